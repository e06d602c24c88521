package org.keyline.dataio.importing;

/**
 * What an import wrote.
 *
 * @param accountId the account the import was started from (contacts), or null
 */
public record ImportOutcome(ImportKind kind, int created, int updated, int skippedDuplicates, int skippedFailing,
		Long accountId) {
}
