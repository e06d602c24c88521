package org.keyline.people.user;

import java.time.Instant;
import java.util.List;

import org.keyline.people.Role;

/**
 * One line of the user list with its roles.
 */
public record UserListItem(Long id, String username, String displayName, String email, boolean enabled,
		List<Role> roles, Instant updatedAt) {
}
