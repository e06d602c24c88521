package org.keyline.relationship;

/**
 * What fixes a coverage finding, and the page where one does it.
 *
 * @param kind what to do
 * @param url the page, relative to the application
 */
public record CoverageFix(Kind kind, String url) {

	static CoverageFix addLink(long accountId, Long contactId) {
		return new CoverageFix(Kind.ADD_LINK,
				"/accounts/" + accountId + "/links" + ((contactId != null) ? "?contactId=" + contactId : ""));
	}

	static CoverageFix logInteraction(long accountId, long contactId) {
		return new CoverageFix(Kind.LOG_INTERACTION,
				"/accounts/" + accountId + "/interactions/new?contactId=" + contactId);
	}

	static CoverageFix addContact(long accountId) {
		return new CoverageFix(Kind.ADD_CONTACT, "/accounts/" + accountId + "/contacts/new");
	}

	/**
	 * The kinds of fix.
	 */
	public enum Kind {

		ADD_LINK, LOG_INTERACTION, ADD_CONTACT

	}

}
