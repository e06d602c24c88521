package org.keyline.people.user;

import java.time.Instant;
import java.util.List;

import org.keyline.people.Role;

/**
 * A user as the administration pages show it.
 */
public record UserView(Long id, String username, String displayName, String email, boolean enabled, List<Role> roles,
		long version, Instant createdAt, Instant updatedAt, String updatedBy) {

	static UserView of(User user) {
		return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.isEnabled(),
				user.getRoles().stream().sorted().toList(), user.getVersion(), user.getCreatedAt(), user.getUpdatedAt(),
				user.getUpdatedBy());
	}

}
