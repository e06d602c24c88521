package org.keyline.people;

/**
 * A user as other modules see them: id, username and name.
 */
public record UserSummary(Long id, String username, String displayName) {
}
