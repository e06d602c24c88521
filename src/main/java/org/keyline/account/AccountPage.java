package org.keyline.account;

import java.util.List;

import org.keyline.people.UserSummary;

/**
 * What the account page shows ({@link AccountPages#read}).
 *
 * @param account the account, as {@link AccountManagement#details} reads it
 * @param sections the other modules' sections with their models, in their order
 * @param teamCandidates who may join the team, by name; empty unless the viewer may edit
 * the team
 * @param mentorCandidates the mentors not yet assigned, by name; empty unless the viewer
 * may assign mentors
 */
public record AccountPage(AccountDetails account, List<Section> sections, List<UserSummary> teamCandidates,
		List<UserSummary> mentorCandidates) {

	/**
	 * One section and its model.
	 *
	 * @param section the section
	 * @param model what its fragment shows
	 */
	public record Section(AccountPageSection section, Object model) {

	}

}
