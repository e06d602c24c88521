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
		assertThatThrownBy(() -> this.links.changeStrength(this.accountId, id, LinkStrength.ADVOCATE, mentor))
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
		assertThatThrownBy(() -> this.links.changeStrength(this.accountId, id, LinkStrength.NONE, other))
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
		this.links.changeStrength(this.accountId, id, LinkStrength.TRUSTED, this.member);
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
		LinkView fresh = new LinkView(1, 1, "U", 1, "C", null, LinkStrength.WORKING, this.today.minusDays(90), 0);
		LinkView cold = new LinkView(1, 1, "U", 1, "C", null, LinkStrength.WORKING, this.today.minusDays(91), 0);
		LinkView never = new LinkView(1, 1, "U", 1, "C", null, LinkStrength.WORKING, null, 0);

		assertThat(fresh.goingCold(this.today, 90)).isFalse();
		assertThat(cold.goingCold(this.today, 90)).isTrue();
		assertThat(never.goingCold(this.today, 90)).isFalse();
	}

}
