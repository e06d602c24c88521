package org.keyline.account;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.account.Accounts.withName;

/**
 * Who sees and changes which account, through the service: each role, allowed and
 * refused. An account the viewer may not see is answered exactly like one that does not
 * exist.
 */
@KeylineTest
class AccountAccessTests {

	private static final long NO_SUCH_ACCOUNT = Long.MAX_VALUE;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	Clock clock;

	Viewer managerA;

	Viewer managerB;

	Viewer member;

	Viewer formerMember;

	Viewer mentor;

	Viewer director;

	Viewer adminOnly;

	String name;

	long accountId;

	LocalDate today;

	@BeforeEach
	void createUsersAndAnAccountOwnedByManagerA() {
		this.today = LocalDate.now(this.clock);
		this.managerA = aViewer(this.testUsers, "kam-a", Role.MANAGER);
		this.managerB = aViewer(this.testUsers, "kam-b", Role.MANAGER);
		this.member = aViewer(this.testUsers, "member", Role.MEMBER);
		this.formerMember = aViewer(this.testUsers, "former", Role.MEMBER);
		this.mentor = aViewer(this.testUsers, "mentor", Role.MENTOR);
		this.director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		this.adminOnly = aViewer(this.testUsers, "admin", Role.ADMIN);
		AccountProfile profile = aProfile();
		this.name = profile.name();
		this.accountId = this.accounts.create(profile, null, this.managerA);
		this.accounts.addTeamMember(this.accountId, this.member.userId(), TeamRole.ACCOUNT_SUPPORT, null, this.today,
				null, this.managerA);
		this.accounts.addTeamMember(this.accountId, this.formerMember.userId(), TeamRole.ACCOUNT_DEVELOPMENT, null,
				this.today.minusMonths(6), this.today.minusDays(1), this.managerA);
	}

	@Test
	void aManagerOwnsTheAccountTheyCreateAndSeesAndChangesIt() {
		assertThat(everythingListedFor(this.managerA)).containsExactly(this.accountId);
		AccountDetails details = this.accounts.details(this.accountId, this.managerA);
		assertThat(details.ownerId()).isEqualTo(this.managerA.userId());
		assertThat(details.profile().name()).isEqualTo(this.name);
		assertThat(details.can()).isEqualTo(new AccountDetails.Permissions(true, true, true, false, true, false));

		this.accounts.update(this.accountId, withName(details.profile(), this.name + " renamed"), null,
				details.version(), this.managerA);
		this.accounts.recordEconomics(this.accountId, 2025, money("100"), money("60"), null, null, this.managerA);

		AccountDetails after = this.accounts.details(this.accountId, this.managerA);
		assertThat(after.profile().name()).isEqualTo(this.name + " renamed");
		assertThat(after.economics()).extracting(AccountEconomics::fiscalYear).containsExactly(2025);
	}

	@Test
	void aManagerNamingAnotherOwnerStillCreatesTheirOwnAccount() {
		long id = this.accounts.create(aProfile(), this.managerB.userId(), this.managerA);
		assertThat(this.accounts.details(id, this.managerA).ownerId()).isEqualTo(this.managerA.userId());
		assertNotFound(() -> this.accounts.details(id, this.managerB));
	}

	@Test
	void anotherManagersAccountIsAnsweredLikeOneThatDoesNotExist() {
		long version = this.accounts.details(this.accountId, this.managerA).version();
		for (long id : new long[] { this.accountId, NO_SUCH_ACCOUNT }) {
			assertNotFound(() -> this.accounts.details(id, this.managerB));
			assertNotFound(() -> this.accounts.update(id, aProfile(), null, version, this.managerB));
			assertNotFound(
					() -> this.accounts.recordEconomics(id, 2025, money("1"), money("1"), null, null, this.managerB));
			assertNotFound(() -> this.accounts.addTeamMember(id, this.managerB.userId(), TeamRole.ACCOUNT_SUPPORT, null,
					this.today, null, this.managerB));
			assertNotFound(() -> this.accounts.archive(id, this.managerB));
			assertNotFound(() -> this.accounts.saved(id, this.managerB));
		}
		assertThat(everythingListedFor(this.managerB)).isEmpty();
		assertThat(this.accounts.parentOptions(this.managerB)).extracting(ParentOption::id)
			.doesNotContain(this.accountId);

		AccountDetails unchanged = this.accounts.details(this.accountId, this.managerA);
		assertThat(unchanged.profile().name()).isEqualTo(this.name);
		assertThat(unchanged.version()).isEqualTo(version);
		assertThat(unchanged.economics()).isEmpty();
		assertThat(unchanged.archived()).isFalse();
	}

	@Test
	void aManagerCannotUseSomeoneElsesAccountAsParent() {
		assertNotFound(() -> this.accounts.create(Accounts.aSubsidiaryOf(this.accountId), null, this.managerB));
		long own = this.accounts.create(aProfile(), null, this.managerB);
		long version = this.accounts.details(own, this.managerB).version();
		AccountProfile underA = Accounts.withParent(this.accounts.details(own, this.managerB).profile(),
				this.accountId);
		assertNotFound(() -> this.accounts.update(own, underA, null, version, this.managerB));
		assertThat(this.accounts.details(own, this.managerB).parentId()).isNull();
	}

	@Test
	void theDirectorSeesAndChangesEveryAccountAndReassignsTheOwner() {
		assertThat(listedFor(this.director)).containsExactly(this.accountId);
		AccountDetails details = this.accounts.details(this.accountId, this.director);
		assertThat(details.can()).isEqualTo(new AccountDetails.Permissions(true, true, true, true, true, true));

		this.accounts.update(this.accountId, withName(details.profile(), this.name + " by director"), null,
				details.version(), this.director);
		this.accounts.recordEconomics(this.accountId, 2025, money("100"), money("60"), null, null, this.director);
		long version = this.accounts.details(this.accountId, this.director).version();
		this.accounts.update(this.accountId, withName(details.profile(), this.name + " by director"),
				this.managerB.userId(), version, this.director);

		AccountDetails reassigned = this.accounts.details(this.accountId, this.director);
		assertThat(reassigned.ownerId()).isEqualTo(this.managerB.userId());
		assertThat(reassigned.profile().name()).isEqualTo(this.name + " by director");
		assertThat(everythingListedFor(this.managerA)).isEmpty();
		assertNotFound(() -> this.accounts.details(this.accountId, this.managerA));
		assertThat(everythingListedFor(this.managerB)).containsExactly(this.accountId);
		assertThat(this.accounts.details(this.accountId, this.managerB).can().editEconomics()).isTrue();
	}

	@Test
	void theDirectorCreatesAccountsForAManagerOnly() {
		long id = this.accounts.create(aProfile(), this.managerB.userId(), this.director);
		assertThat(this.accounts.details(id, this.managerB).ownerId()).isEqualTo(this.managerB.userId());
		assertThatExceptionOfType(AccountRuleViolation.class)
			.isThrownBy(() -> this.accounts.create(aProfile(), this.member.userId(), this.director))
			.satisfies((violation) -> assertThat(violation.field()).isEqualTo("ownerId"));
		assertThatExceptionOfType(AccountRuleViolation.class)
			.isThrownBy(() -> this.accounts.create(aProfile(), null, this.director))
			.satisfies((violation) -> assertThat(violation.field()).isEqualTo("ownerId"));
	}

	@Test
	void onlyManagersAndDirectorsCreateAccounts() {
		for (Viewer viewer : List.of(this.member, this.mentor, this.adminOnly)) {
			assertThatExceptionOfType(AccountActionRefused.class)
				.isThrownBy(() -> this.accounts.create(aProfile(), this.managerA.userId(), viewer));
		}
	}

	@Test
	void theOwnerCannotBeReassignedToSomeoneWhoIsNotAManager() {
		long version = this.accounts.details(this.accountId, this.director).version();
		assertThatExceptionOfType(AccountRuleViolation.class).isThrownBy(
				() -> this.accounts.update(this.accountId, aProfile(), this.member.userId(), version, this.director))
			.satisfies((violation) -> assertThat(violation.field()).isEqualTo("ownerId"));
		AccountDetails unchanged = this.accounts.details(this.accountId, this.director);
		assertThat(unchanged.ownerId()).isEqualTo(this.managerA.userId());
		assertThat(unchanged.profile().name()).isEqualTo(this.name);
	}

	@Test
	void aCurrentTeamMemberSeesTheAccountAndEditsOnlyTheProfile() {
		assertThat(everythingListedFor(this.member)).containsExactly(this.accountId);
		AccountDetails details = this.accounts.details(this.accountId, this.member);
		assertThat(details.can()).isEqualTo(new AccountDetails.Permissions(true, false, false, false, false, false));

		this.accounts.update(this.accountId, withName(details.profile(), this.name + " by member"), null,
				details.version(), this.member);
		AccountDetails edited = this.accounts.details(this.accountId, this.member);
		assertThat(edited.profile().name()).isEqualTo(this.name + " by member");
		assertThat(edited.updatedBy()).isEqualTo("Test " + this.member.username());

		assertRefused(() -> this.accounts.recordEconomics(this.accountId, 2025, money("100"), money("60"), null, null,
				this.member));
		assertRefused(() -> this.accounts.addTeamMember(this.accountId, this.member.userId(), TeamRole.SPECIALIST,
				"Legal", this.today.plusYears(1), null, this.member));
		assertRefused(() -> this.accounts.endTeamMembership(this.accountId, edited.currentTeam().get(0).id(),
				this.today, this.member));
		assertRefused(() -> this.accounts.update(this.accountId, withName(edited.profile(), "Taken over"),
				this.managerB.userId(), edited.version(), this.member));
		assertRefused(() -> this.accounts.archive(this.accountId, this.member));
		assertRefused(() -> this.accounts.assignMentor(this.accountId, this.mentor.userId(), this.member));

		AccountDetails after = this.accounts.details(this.accountId, this.managerA);
		assertThat(after.ownerId()).as("owner unchanged").isEqualTo(this.managerA.userId());
		assertThat(after.profile().name()).as("the refused edit saved nothing").isEqualTo(this.name + " by member");
		assertThat(after.version()).isEqualTo(edited.version());
		assertThat(after.economics()).isEmpty();
		assertThat(after.team()).hasSize(2);
		assertThat(after.mentors()).isEmpty();
		assertThat(after.archived()).isFalse();
	}

	@Test
	void aMemberWhoJoinsInTheFutureDoesNotSeeTheAccountYet() {
		Viewer future = aViewer(this.testUsers, "future", Role.MEMBER);
		this.accounts.addTeamMember(this.accountId, future.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				this.today.plusDays(1), null, this.managerA);
		assertThat(listedFor(future)).isEmpty();
		assertNotFound(() -> this.accounts.details(this.accountId, future));
	}

	@Test
	void aMemberWhoLeavesTodayStillSeesItUntilTheEndOfTheDay() {
		Viewer leaver = aViewer(this.testUsers, "leaver", Role.MEMBER);
		this.accounts.addTeamMember(this.accountId, leaver.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				this.today.minusMonths(1), null, this.managerA);
		long membership = this.accounts.details(this.accountId, this.managerA)
			.currentTeam()
			.stream()
			.filter((m) -> m.userId() == leaver.userId())
			.findFirst()
			.orElseThrow()
			.id();
		this.accounts.endTeamMembership(this.accountId, membership, this.today, this.managerA);
		assertThat(everythingListedFor(leaver)).containsExactly(this.accountId);
		this.accounts.endTeamMembership(this.accountId, membership, this.today.minusDays(1), this.managerA);
		assertThat(everythingListedFor(leaver)).isEmpty();
		assertNotFound(() -> this.accounts.details(this.accountId, leaver));
	}

	@Test
	void aFormerTeamMemberNoLongerSeesTheAccount() {
		assertThat(everythingListedFor(this.formerMember)).isEmpty();
		assertNotFound(() -> this.accounts.details(this.accountId, this.formerMember));
		long version = this.accounts.details(this.accountId, this.managerA).version();
		assertNotFound(() -> this.accounts.update(this.accountId, aProfile(), null, version, this.formerMember));
		assertThat(this.accounts.details(this.accountId, this.managerA).formerTeam())
			.extracting(AccountDetails.TeamMemberView::userId)
			.containsExactly(this.formerMember.userId());
	}

	@Test
	void aMentorSeesTheAccountOnlyOnceTheDirectorAssignsThemAndChangesNothing() {
		assertThat(everythingListedFor(this.mentor)).isEmpty();
		assertNotFound(() -> this.accounts.details(this.accountId, this.mentor));

		this.accounts.assignMentor(this.accountId, this.mentor.userId(), this.director);

		assertThat(everythingListedFor(this.mentor)).containsExactly(this.accountId);
		AccountDetails details = this.accounts.details(this.accountId, this.mentor);
		assertThat(details.mentors()).extracting(AccountDetails.MentorView::mentorId)
			.containsExactly(this.mentor.userId());
		// Who assigned the mentor is named by display name (recorded by username).
		assertThat(details.mentors()).extracting(AccountDetails.MentorView::assignedBy)
			.containsExactly("Test " + this.director.username());
		assertThat(details.can()).isEqualTo(new AccountDetails.Permissions(false, false, false, false, false, false));
		long memberId = details.currentTeam().get(0).id();
		assertRefused(() -> this.accounts.update(this.accountId, withName(details.profile(), "Mentor edit"), null,
				details.version(), this.mentor));
		assertRefused(() -> this.accounts.recordEconomics(this.accountId, 2025, money("1"), money("1"), null, null,
				this.mentor));
		assertRefused(() -> this.accounts.addTeamMember(this.accountId, this.managerB.userId(),
				TeamRole.ACCOUNT_SUPPORT, null, this.today, null, this.mentor));
		assertRefused(() -> this.accounts.endTeamMembership(this.accountId, memberId, this.today, this.mentor));
		assertRefused(() -> this.accounts.assignMentor(this.accountId, this.mentor.userId(), this.mentor));
		assertRefused(() -> this.accounts.removeMentor(this.accountId, this.mentor.userId(), this.mentor));
		assertRefused(() -> this.accounts.archive(this.accountId, this.mentor));
		assertRefused(() -> this.accounts.restore(this.accountId, this.mentor));

		AccountDetails after = this.accounts.details(this.accountId, this.director);
		assertThat(after.version()).isEqualTo(details.version());
		assertThat(after.profile().name()).isEqualTo(this.name);
		assertThat(after.economics()).isEmpty();
		assertThat(after.currentTeam()).hasSize(1);
		assertThat(after.mentors()).hasSize(1);

		this.accounts.removeMentor(this.accountId, this.mentor.userId(), this.director);
		assertThat(listedFor(this.mentor)).isEmpty();
		assertNotFound(() -> this.accounts.details(this.accountId, this.mentor));
	}

	@Test
	void aManagerCannotAssignMentors() {
		assertRefused(() -> this.accounts.assignMentor(this.accountId, this.mentor.userId(), this.managerA));
		assertThat(this.accounts.details(this.accountId, this.managerA).mentors()).isEmpty();
		assertNotFound(() -> this.accounts.details(this.accountId, this.mentor));

		this.accounts.assignMentor(this.accountId, this.mentor.userId(), this.director);
		assertRefused(() -> this.accounts.removeMentor(this.accountId, this.mentor.userId(), this.managerA));
		assertThat(listedFor(this.mentor)).containsExactly(this.accountId);
	}

	@Test
	void onlyUsersWithTheMentorRoleCanBeAssignedAsMentors() {
		assertThatExceptionOfType(AccountRuleViolation.class)
			.isThrownBy(() -> this.accounts.assignMentor(this.accountId, this.member.userId(), this.director))
			.satisfies((violation) -> assertThat(violation.field()).isEqualTo("mentorId"));
		assertThat(this.accounts.details(this.accountId, this.director).mentors()).isEmpty();
	}

	@Test
	void anAdministratorWithoutOtherRolesSeesNoAccount() {
		assertThat(
				this.accounts.list(AccountFilter.none(), AccountSort.NAME, false, 0, this.adminOnly).getTotalElements())
			.isZero();
		assertThat(this.accounts.parentOptions(this.adminOnly)).isEmpty();
		assertNotFound(() -> this.accounts.details(this.accountId, this.adminOnly));
		long version = this.accounts.details(this.accountId, this.managerA).version();
		assertNotFound(() -> this.accounts.update(this.accountId, aProfile(), null, version, this.adminOnly));
		assertNotFound(() -> this.accounts.archive(this.accountId, this.adminOnly));
	}

	@Test
	void anAccountThatDoesNotExistIsNotFoundEvenForTheDirector() {
		assertNotFound(() -> this.accounts.details(NO_SUCH_ACCOUNT, this.director));
		assertNotFound(() -> this.accounts.update(NO_SUCH_ACCOUNT, aProfile(), null, 0, this.director));
		assertNotFound(() -> this.accounts.recordEconomics(NO_SUCH_ACCOUNT, 2025, money("1"), money("1"), null, null,
				this.director));
		assertNotFound(() -> this.accounts.assignMentor(NO_SUCH_ACCOUNT, this.mentor.userId(), this.director));
		assertNotFound(() -> this.accounts.archive(NO_SUCH_ACCOUNT, this.director));
	}

	@Test
	void anArchivedAccountLeavesTheDefaultListAndComesBackWhenRestored() {
		AccountFilter archived = new AccountFilter(this.name, null, null, null, null, false, true);
		this.accounts.archive(this.accountId, this.managerA);

		assertThat(everythingListedFor(this.managerA)).isEmpty();
		assertThat(listedFor(this.director)).isEmpty();
		assertThat(ids(archived, this.managerA)).containsExactly(this.accountId);
		assertThat(ids(archived, this.member)).containsExactly(this.accountId);
		assertThat(this.accounts.details(this.accountId, this.managerA).archived()).isTrue();
		assertThat(this.accounts.parentOptions(this.managerA)).extracting(ParentOption::id)
			.doesNotContain(this.accountId);
		assertRefused(() -> this.accounts.restore(this.accountId, this.member));

		this.accounts.restore(this.accountId, this.managerA);

		assertThat(everythingListedFor(this.managerA)).containsExactly(this.accountId);
		assertThat(ids(archived, this.managerA)).isEmpty();
		assertThat(this.accounts.details(this.accountId, this.managerA).archived()).isFalse();
	}

	/**
	 * The ids of the active accounts in the viewer's list whose name contains this test's
	 * unique account name (the director also sees other tests' accounts).
	 */
	private List<Long> listedFor(Viewer viewer) {
		return ids(new AccountFilter(this.name, null, null, null, null, false, false), viewer);
	}

	/** The ids of every active account in the viewer's list, unfiltered. */
	private List<Long> everythingListedFor(Viewer viewer) {
		return ids(AccountFilter.none(), viewer);
	}

	private List<Long> ids(AccountFilter filter, Viewer viewer) {
		return this.accounts.list(filter, AccountSort.NAME, false, 0, viewer)
			.getContent()
			.stream()
			.map(AccountRow::id)
			.toList();
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
		assertThatExceptionOfType(AccountNotFound.class).isThrownBy(action);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
		assertThatExceptionOfType(AccountActionRefused.class).isThrownBy(action);
	}

}
