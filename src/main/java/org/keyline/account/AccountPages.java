package org.keyline.account;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keyline.people.Role;
import org.keyline.people.UserDirectory;
import org.keyline.people.UserSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything the account page shows, the sections of the other modules included
 * ({@link AccountPageSection}), in one read-only transaction: one connection and one
 * snapshot of the database for the whole page, so that its cards agree with each other
 * even while someone else saves. Each section's service opened a transaction of its own
 * before: eleven per page, a tenth of the page's PostgreSQL time spent beginning and
 * ending them.
 */
@Service
public class AccountPages {

	private static final EnumSet<Role> TEAM_ROLES = EnumSet.of(Role.MEMBER, Role.MANAGER, Role.DIRECTOR);

	private final AccountManagement accounts;

	private final UserDirectory users;

	private final List<AccountPageSection> sections;

	AccountPages(AccountManagement accounts, UserDirectory users, List<AccountPageSection> sections) {
		this.accounts = accounts;
		this.users = users;
		this.sections = sections.stream().sorted(Comparator.comparingInt(AccountPageSection::order)).toList();
	}

	/**
	 * The account page of this account for this viewer; {@link AccountNotFound} for an
	 * account that does not exist or that the viewer may not see.
	 */
	@Transactional(readOnly = true)
	public AccountPage read(long id, Viewer viewer) {
		AccountDetails account = this.accounts.details(id, viewer);
		AccountRef ref = new AccountRef(account.id(), account.profile().name(), account.can());
		List<AccountPage.Section> shown = this.sections.stream()
			.map((section) -> new AccountPage.Section(section, section.model(account, ref, viewer)))
			.toList();
		// The people who may join the team and those who may mentor it, in one statement.
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		if (account.can().editTeam()) {
			roles.addAll(TEAM_ROLES);
		}
		if (account.can().assignMentors()) {
			roles.add(Role.MENTOR);
		}
		Map<UserSummary, Set<Role>> people = this.users.withRoles(roles);
		List<UserSummary> teamCandidates = account.can().editTeam() ? people.entrySet()
			.stream()
			.filter((person) -> person.getValue().stream().anyMatch(TEAM_ROLES::contains))
			.map(Map.Entry::getKey)
			.toList() : List.of();
		List<UserSummary> mentorCandidates = account.can().assignMentors() ? people.entrySet()
			.stream()
			.filter((person) -> person.getValue().contains(Role.MENTOR))
			.map(Map.Entry::getKey)
			.filter((mentor) -> account.mentors().stream().noneMatch((m) -> m.mentorId() == mentor.id()))
			.toList() : List.of();
		return new AccountPage(account, shown, teamCandidates, mentorCandidates);
	}

}
