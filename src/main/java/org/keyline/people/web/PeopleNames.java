package org.keyline.people.web;

import org.keyline.people.UserDirectory;
import org.keyline.people.UserSummary;

import org.springframework.stereotype.Component;

/**
 * Names a user recorded by username (who saved what someone else was editing, who last
 * changed a user) by their display name, for templates
 * ({@code ${@people.displayName(by)}}). A username that is no user's (Keyline itself, the
 * demo seeder, a user since renamed) is shown as recorded. One statement; used by pages
 * that show one such name.
 */
@Component("people")
public class PeopleNames {

	private final UserDirectory users;

	PeopleNames(UserDirectory users) {
		this.users = users;
	}

	public String displayName(String username) {
		if (username == null || username.isBlank()) {
			return username;
		}
		return this.users.findByUsername(username).map(UserSummary::displayName).orElse(username);
	}

}
