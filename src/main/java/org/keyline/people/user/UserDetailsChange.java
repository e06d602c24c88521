package org.keyline.people.user;

import java.util.Set;

import org.keyline.people.Role;

/**
 * Command to change a user's details and roles, based on the version the editor saw.
 */
public record UserDetailsChange(String displayName, String email, Set<Role> roles, long expectedVersion) {
}
