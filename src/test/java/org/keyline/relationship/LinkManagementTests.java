package org.keyline.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.domain.ContactRepository;
import org.keyline.shared.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.relationship.RelationshipFixtures.contact;
import static org.keyline.relationship.RelationshipFixtures.formerContact;
import static org.keyline.relationship.RelationshipFixtures.teamMember;

/**
 * Links between our people and the customer's: one per person and contact, only for the
 * current team and current contacts, read by everyone who sees the account and changed by
 * those who work on it.
 */
@KeylineTest
class LinkManagementTests {

	@Autowired
	LinkManagement links;

	@Autowired
	InteractionLog log;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactRepository contacts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	Viewer owner;

	Viewer member;

	long accountId;

	long ada;

	LocalDate today;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.owner = aViewer(this.testUsers, "owner", Role.MANAGER);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
		this.member = teamMember(this.accounts, this.testUsers, this.accountId, this.owner, this.today);
		this.ada = contact(this.contacts, this.accountId, "Ada");
	}

	@Test
	void aPersonHasOneLinkToAContactAtMost() {
		long id = this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.WORKING, this.member);

		assertThatThrownBy(
				() -> this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.TRUSTED, this.owner))
			.isInstanceOfSatisfying(RuleViolation.class, (violation) -> {
				assertThat(violation.field()).isEqualTo("contactId");
				assertThat(violation.messageKey()).isEqualTo("link.exists");
			});
		assertThat(this.links.list(this.accountId, this.owner)).singleElement().satisfies((link) -> {
			assertThat(link.id()).isEqualTo(id);
			assertThat(link.strength()).isEqualTo(LinkStrength.WORKING);
			assertThat(link.userName()).startsWith("Test member");
			assertThat(link.contactName()).isEqualTo("Ada");
		});
	}

	@Test
	void onlyTheCurrentTeamHasLinks() {
		Viewer outsider = aViewer(this.testUsers, "outsider", Role.MEMBER);
		Viewer former = aViewer(this.testUsers, "former", Role.MEMBER);
		this.accounts.addTeamMember(this.accountId, former.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				this.today.minusYears(1), this.today.minusDays(1), this.owner);

		for (Viewer notOnTeam : new Viewer[] { outsider, former }) {
			assertThatThrownBy(() -> this.links.add(this.accountId, notOnTeam.userId(), this.ada, LinkStrength.WORKING,
					this.owner))
				.isInstanceOfSatisfying(RuleViolation.class,
						(violation) -> assertThat(violation.messageKey()).isEqualTo("link.user.notOnTeam"));
		}
		assertThat(this.links.list(this.accountId, this.owner)).isEmpty();
	}

	@Test
	void onlyCurrentContactsOfTheAccountHaveLinks() {
		long gone = formerContact(this.contacts, this.accountId, "Gone");
		long otherAccount = this.accounts.create(aProfile(), null, this.owner);
		long elsewhere = contact(this.contacts, otherAccount, "Elsewhere");

		for (long contactId : new long[] { gone, elsewhere }) {
			assertThatThrownBy(() -> this.links.add(this.accountId, this.member.userId(), contactId,
					LinkStrength.WORKING, this.owner))
				.isInstanceOfSatisfying(RuleViolation.class,
						(violation) -> assertThat(violation.messageKey()).isEqualTo("link.contact.invalid"));
		}
	}

	@Test
	void mentorsReadTheLinksAndChangeNothing() {
		Viewer director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		Viewer mentor = aViewer(this.testUsers, "mentor", Role.MENTOR);
		this.accounts.assignMentor(this.accountId, mentor.userId(), director);
		long id = this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.WORKING, this.owner);

		assertThat(this.links.list(this.accountId, mentor)).hasSize(1);
		assertThat(this.links.overview(this.accountId, mentor).team()).isEmpty();
		assertThatThrownBy(
				() -> this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.WORKING, mentor))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.links.changeStrength(this.accountId, id, LinkStrength.ADVOCATE, 0, mentor))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.links.remove(this.accountId, id, mentor))
			.isInstanceOf(AccountActionRefused.class);
		assertThat(this.links.list(this.accountId, this.owner)).singleElement()
			.extracting(LinkView::strength)
			.isEqualTo(LinkStrength.WORKING);
	}

	@Test
	void anotherManagerDoesNotSeeTheLinks() {
		Viewer other = aViewer(this.testUsers, "other", Role.MANAGER);
		long id = this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.WORKING, this.owner);

		assertThatThrownBy(() -> this.links.list(this.accountId, other)).isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.links.changeStrength(this.accountId, id, LinkStrength.NONE, 0, other))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.links.remove(this.accountId, id, other)).isInstanceOf(AccountNotFound.class);
	}

	@Test
	void aLinkOfAnotherAccountIsNotFoundThroughThisOne() {
		long otherAccount = this.accounts.create(aProfile(), null, this.owner);
		Viewer otherMember = teamMember(this.accounts, this.testUsers, otherAccount, this.owner, this.today);
		long otherLink = this.links.add(otherAccount, otherMember.userId(), contact(this.contacts, otherAccount, "Bob"),
				LinkStrength.WORKING, this.owner);

		assertThatThrownBy(() -> this.links.remove(this.accountId, otherLink, this.owner))
			.isInstanceOf(AccountNotFound.class);
		assertThat(this.links.list(otherAccount, this.owner)).hasSize(1);
	}

	@Test
	void aTeamMemberRatesAgainAndRemoves() {
		long id = this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.ACQUAINTED, this.member);
		this.links.changeStrength(this.accountId, id, LinkStrength.TRUSTED, version(id), this.member);
		assertThat(this.links.list(this.accountId, this.member)).singleElement()
			.extracting(LinkView::strength)
			.isEqualTo(LinkStrength.TRUSTED);

		this.links.remove(this.accountId, id, this.member);
		assertThat(this.links.list(this.accountId, this.member)).isEmpty();
	}

	@Test
	void aNewLinkKnowsTheLastInteractionTheyAlreadyHad() {
		LocalDate day = this.today.minusDays(12);
		this.log.log(this.accountId, new NewInteraction(day, InteractionKind.CALL, "Intro call", null, Set.of(this.ada),
				Set.of(this.member.userId())), this.owner);

		this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.ACQUAINTED, this.owner);

		assertThat(this.links.list(this.accountId, this.owner)).singleElement()
			.extracting(LinkView::lastInteractionOn)
			.isEqualTo(day);
	}

	@Test
	void linksToContactsWhoLeftAreHiddenFromTheList() {
		long link = this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.WORKING, this.owner);
		assertThat(this.links.list(this.accountId, this.owner)).extracting(LinkView::id).containsExactly(link);

		var ada = this.contacts.findByIdAndAccountId(this.ada, this.accountId).orElseThrow();
		var details = ada.details();
		ada.apply(new org.keyline.relationship.domain.ContactDetails(details.name(), details.title(),
				details.department(), details.level(), details.buyingRole(), details.attitude(), details.influence(),
				null, null, null, true, null), java.time.Instant.now(), "test");
		this.contacts.save(ada);

		assertThat(this.links.list(this.accountId, this.owner)).isEmpty();
	}

	@Test
	void goingColdIsOlderThanTheThreshold() {
		LinkView fresh = new LinkView(1, 1, "U", 1, "C", null, LinkStrength.WORKING, this.today.minusDays(90), 0, true);
		LinkView cold = new LinkView(1, 1, "U", 1, "C", null, LinkStrength.WORKING, this.today.minusDays(91), 0, true);
		LinkView never = new LinkView(1, 1, "U", 1, "C", null, LinkStrength.WORKING, null, 0, true);
		LinkView formerMember = new LinkView(1, 1, "U", 1, "C", null, LinkStrength.WORKING, this.today.minusDays(91), 0,
				false);

		assertThat(fresh.goingCold(this.today, 90)).isFalse();
		assertThat(cold.goingCold(this.today, 90)).isTrue();
		assertThat(never.goingCold(this.today, 90)).isFalse();
		assertThat(formerMember.goingCold(this.today, 90)).isFalse();
	}

	@Test
	void aStaleStrengthChangeIsRefusedAndChangesNothing() {
		Viewer other = aViewer(this.testUsers, "other-member", Role.MEMBER);
		this.accounts.addTeamMember(this.accountId, other.userId(), TeamRole.ACCOUNT_SUPPORT, null, this.today, null,
				this.owner);
		long id = this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.ACQUAINTED, this.member);
		long seen = version(id);
		this.links.changeStrength(this.accountId, id, LinkStrength.TRUSTED, seen, other);

		assertThatThrownBy(() -> this.links.changeStrength(this.accountId, id, LinkStrength.NONE, seen, this.member))
			.isInstanceOfSatisfying(StaleLinkEdit.class, (stale) -> {
				assertThat(stale.linkId()).isEqualTo(id);
				assertThat(stale.by()).isEqualTo(other.username());
				assertThat(stale.at()).isNotNull();
				assertThat(stale.strength()).isEqualTo(LinkStrength.TRUSTED);
			});
		assertThat(this.links.list(this.accountId, this.owner)).singleElement().satisfies((link) -> {
			assertThat(link.strength()).isEqualTo(LinkStrength.TRUSTED);
			assertThat(link.version()).isEqualTo(seen + 1);
		});

		this.links.changeStrength(this.accountId, id, LinkStrength.NONE, seen + 1, this.member);
		assertThat(this.links.list(this.accountId, this.owner)).singleElement()
			.extracting(LinkView::strength)
			.isEqualTo(LinkStrength.NONE);
	}

	@Test
	void aLinkOfSomeoneNoLongerOnTheTeamIsListedAsHistoryAndNotGoingCold() {
		Viewer former = aViewer(this.testUsers, "former", Role.MEMBER);
		this.accounts.addTeamMember(this.accountId, former.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				this.today.minusYears(1), null, this.owner);
		long link = this.links.add(this.accountId, former.userId(), this.ada, LinkStrength.WORKING, this.owner);
		this.log.log(this.accountId, new NewInteraction(this.today.minusDays(200), InteractionKind.CALL, "Old call",
				null, Set.of(this.ada), Set.of(former.userId())), this.owner);
		this.jdbc.update("update account_team_member set left_on = ? where account_id = ? and user_id = ?",
				java.sql.Date.valueOf(this.today.minusDays(1)), this.accountId, former.userId());

		assertThat(this.links.list(this.accountId, this.owner)).singleElement().satisfies((view) -> {
			assertThat(view.id()).isEqualTo(link);
			assertThat(view.onTeam()).isFalse();
			assertThat(view.lastInteractionOn()).isEqualTo(this.today.minusDays(200));
			assertThat(view.goingCold(this.today, 90)).isFalse();
		});
	}

	private long version(long linkId) {
		return this.links.list(this.accountId, this.owner)
			.stream()
			.filter((link) -> link.id() == linkId)
			.findFirst()
			.orElseThrow()
			.version();
	}

}
