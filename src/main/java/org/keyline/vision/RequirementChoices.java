package org.keyline.vision;

import java.util.List;

import org.keyline.account.AccountRef;
import org.keyline.relationship.ContactChoice;

/**
 * Whom a requirement form offers: the account's current contacts (who raised it) and the
 * owner and current team (who represented it).
 */
public record RequirementChoices(AccountRef account, List<ContactChoice> contacts, List<Person> people) {

	/**
	 * One of our people.
	 */
	public record Person(long userId, String name) {
	}

}
