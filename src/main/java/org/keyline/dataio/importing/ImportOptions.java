package org.keyline.dataio.importing;

import org.keyline.account.Industry;

/**
 * What the importer chose besides the mapping.
 *
 * @param defaultIndustry the industry of accounts whose industry is empty or not one
 * Keyline knows (null: such rows fail)
 * @param defaultCountry the country (ISO code) of accounts whose country is empty or
 * unknown (null: such rows fail)
 * @param ownerId the owner of new accounts (a director chooses; a manager owns them)
 * @param accountId the account contacts go to when their row names none (an import
 * started from an account's contacts)
 */
public record ImportOptions(Industry defaultIndustry, String defaultCountry, Long ownerId, Long accountId) {

	public static final ImportOptions NONE = new ImportOptions(null, null, null, null);

}
