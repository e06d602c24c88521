package org.keyline.dataio.importing;

import java.time.Instant;
import java.util.UUID;

/**
 * An upload and what importing it would do, for the preview page.
 *
 * @param ownerName who will own the new accounts (accounts only)
 * @param accountName the account contacts without one go to, or null
 */
public record Preview(UUID id, String fileName, ImportKind kind, ImportOptions options, String ownerName,
		String accountName, Instant expiresAt, ImportReview review) {
}
