package org.keyline.account;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

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
		List<UserSummary> teamCandidates = account.can().editTeam() ? this.users.withAnyRole(TEAM_ROLES) : List.of();
		List<UserSummary> mentorCandidates = account.can().assignMentors() ? this.users.withRole(Role.MENTOR)
			.stream()
			.filter((mentor) -> account.mentors().stream().noneMatch((m) -> m.mentorId() == mentor.id()))
			.toList() : List.of();
		return new AccountPage(account, shown, teamCandidates, mentorCandidates);
	}

}
