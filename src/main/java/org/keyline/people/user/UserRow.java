package org.keyline.people.user;

import java.time.Instant;

/**
 * One line of the user list, read by a projection.
 */
public record UserRow(Long id, String username, String displayName, String email, boolean enabled, Instant updatedAt) {
}
