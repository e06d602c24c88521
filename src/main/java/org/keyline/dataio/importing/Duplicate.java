package org.keyline.dataio.importing;

/**
 * A row that is already in Keyline: an account of the same name or website, a contact
 * with the same e-mail.
 *
 * @param row the row's number as a spreadsheet shows it
 * @param inFile the row's name (or e-mail) as in the file
 * @param matchedBy what matched: {@code name}, {@code website} or {@code email}
 * @param existingId the account or contact in Keyline
 * @param existingName its name, or null when the importer may not see it
 * @param accountId the account of the existing record (for contacts; the account itself
 * for accounts), or null when the importer may not see it
 * @param updatable whether the importer may change it; those they may not are always
 * skipped
 */
public record Duplicate(int row, String inFile, String matchedBy, long existingId, String existingName, Long accountId,
		boolean updatable) {
}
