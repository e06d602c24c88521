package org.keyline.dataio.importing;

import java.time.Instant;
import java.util.UUID;

import org.keyline.account.Industry;

/**
 * An uploaded file waiting to be imported, with what its owner chose so far.
 */
record Upload(UUID id, long ownerId, ImportKind kind, String fileName, byte[] content, String mapping,
		Industry defaultIndustry, String defaultCountry, Long accountOwnerId, Long accountId, Instant createdAt,
		Instant expiresAt) {

	ImportOptions options() {
		return new ImportOptions(this.defaultIndustry, this.defaultCountry, this.accountOwnerId, this.accountId);
	}

}
