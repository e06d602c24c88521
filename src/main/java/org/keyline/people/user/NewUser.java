package org.keyline.people.user;

import java.util.Set;

import org.keyline.people.Role;

/**
 * Command to create a user.
 */
public record NewUser(String username, String displayName, String email, String password, Set<Role> roles) {
}
