package org.keyline.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing found.
 *
 * @param kind what it is
 * @param id its id
 * @param accountId the account it belongs to (for an account, itself)
 * @param accountName that account's name
 * @param title its name or title, with the matching words marked
 * @param snippet the best matching passage of its text, with the matching words marked;
 * empty when only the title matched
 * @param detail a short plain line about it (a contact's job title, a requirement's
 * status, an interaction's kind), or null
 * @param on its date (an interaction's, a requirement's raising), or null
 * @param inactive an archived account, a contact who left the company
 */
public record SearchHit(SearchKind kind, long id, long accountId, String accountName, List<Segment> title,
		List<Segment> snippet, String detail, LocalDate on, boolean inactive) {

	/**
	 * A piece of text, marked when it matched a searched word. Shown escaped; the mark is
	 * an element around the escaped text, never markup taken from the data.
	 */
	public record Segment(String text, boolean match) {
	}

	/** Where the hit is dealt with. */
	public String url() {
		return switch (this.kind) {
			case ACCOUNT -> "/accounts/" + this.id;
			case CONTACT -> "/accounts/" + this.accountId + "/contacts" + (this.inactive ? "?former=true" : "");
			case REQUIREMENT -> "/accounts/" + this.accountId + "/requirements";
			case INTERACTION -> "/accounts/" + this.accountId + "/interactions";
		};
	}

}
