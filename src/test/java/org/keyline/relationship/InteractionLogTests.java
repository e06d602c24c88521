package org.keyline.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
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
import static org.keyline.relationship.RelationshipFixtures.teamMember;

/**
 * Logging interactions: who may take part, which dates make sense, and the links between
 * the participants that the log keeps up to date by itself.
 */
@KeylineTest
class InteractionLogTests {

	@Autowired
	InteractionLog log;

	@Autowired
	LinkManagement links;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactRepository contacts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	LocalDate today;

	Viewer owner;

	Viewer anna;

	Viewer ben;

	long accountId;

	long ada;

	long bob;

	long cleo;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.owner = aViewer(this.testUsers, "owner", Role.MANAGER);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
		this.anna = teamMember(this.accounts, this.testUsers, this.accountId, this.owner, this.today);
		this.ben = teamMember(this.accounts, this.testUsers, this.accountId, this.owner, this.today);
		this.ada = contact(this.contacts, this.accountId, "Ada");
		this.bob = contact(this.contacts, this.accountId, "Bob");
		this.cleo = contact(this.contacts, this.accountId, "Cleo");
	}

	@Test
	void loggingBringsTheLinksBetweenItsParticipantsUpToDateAndNoOthers() {
		long annaAda = link(this.anna, this.ada);
		long annaBob = link(this.anna, this.bob);
		long annaCleo = link(this.anna, this.cleo);
		long benAda = link(this.ben, this.ada);
		LocalDate day = this.today.minusDays(3);

		this.log.log(this.accountId, new NewInteraction(day, InteractionKind.MEETING, "Quarterly review",
				"Send the proposal", Set.of(this.ada, this.bob), Set.of(this.anna.userId())), this.owner);

		Map<Long, LocalDate> last = lastInteractions();
		assertThat(last.get(annaAda)).isEqualTo(day);
		assertThat(last.get(annaBob)).isEqualTo(day);
		assertThat(last.get(annaCleo)).isNull();
		assertThat(last.get(benAda)).isNull();
	}

	@Test
	void anOlderInteractionLeavesALaterDateAlone() {
		long annaAda = link(this.anna, this.ada);
		LocalDate recent = this.today.minusDays(2);
		this.log.log(this.accountId, interaction(recent, Set.of(this.ada), Set.of(this.anna.userId())), this.owner);

		this.log.log(this.accountId,
				interaction(this.today.minusDays(40), Set.of(this.ada), Set.of(this.anna.userId())), this.owner);

		assertThat(lastInteractions().get(annaAda)).isEqualTo(recent);
	}

	@Test
	void loggingCreatesNoLinks() {
		this.log.log(this.accountId, interaction(this.today, Set.of(this.ada), Set.of(this.anna.userId())), this.owner);

		assertThat(this.links.list(this.accountId, this.owner)).isEmpty();
		assertThat(this.log.timeline(this.accountId, 0, this.owner).interactions().getContent()).singleElement()
			.satisfies((shown) -> {
				assertThat(shown.contactNames()).containsExactly("Ada");
				assertThat(shown.userNames()).containsExactly("Test " + this.anna.username());
			});
	}

	@Test
	void aDateInTheFutureOrBefore1990IsRefused() {
		assertRefused(interaction(this.today.plusDays(1), Set.of(this.ada), Set.of(this.anna.userId())), "occurredOn",
				"interaction.date.future");
		assertRefused(interaction(LocalDate.of(1989, 12, 31), Set.of(this.ada), Set.of(this.anna.userId())),
				"occurredOn", "interaction.date.tooEarly");
	}

	@Test
	void ourParticipantsComeFromTheCurrentTeam() {
		Viewer outsider = aViewer(this.testUsers, "outsider", Role.MEMBER);

		assertRefused(interaction(this.today, Set.of(this.ada), Set.of(this.anna.userId(), outsider.userId())),
				"userIds", "interaction.users.notOnTeam");
	}

	@Test
	void theirParticipantsAreCurrentContactsOfThisAccount() {
		long otherAccount = this.accounts.create(aProfile(), null, this.owner);
		long elsewhere = contact(this.contacts, otherAccount, "Elsewhere");
		long gone = RelationshipFixtures.formerContact(this.contacts, this.accountId, "Gone");

		assertRefused(interaction(this.today, Set.of(this.ada, elsewhere), Set.of(this.anna.userId())), "contactIds",
				"interaction.contacts.invalid");
		assertRefused(interaction(this.today, Set.of(gone), Set.of(this.anna.userId())), "contactIds",
				"interaction.contacts.invalid");
		assertRefused(interaction(this.today, Set.of(), Set.of(this.anna.userId())), "contactIds",
				"interaction.contacts.required");
	}

	@Test
	void withNobodyOfOursChosenTheTeamMemberLoggingItTookPart() {
		long annaAda = link(this.anna, this.ada);

		this.log.log(this.accountId, interaction(this.today, Set.of(this.ada), Set.of()), this.anna);

		assertThat(lastInteractions().get(annaAda)).isEqualTo(this.today);
		// The owner is not on the team: they must say who of ours took part.
		assertRefused(interaction(this.today, Set.of(this.ada), Set.of()), "userIds", "interaction.users.required");
	}

	@Test
	void aSummaryIsRequiredAndKeptShort() {
		assertRefused(new NewInteraction(this.today, InteractionKind.CALL, "  ", null, Set.of(this.ada),
				Set.of(this.anna.userId())), "summary", "interaction.summary.required");
		assertRefused(new NewInteraction(this.today, InteractionKind.CALL, "x".repeat(2001), null, Set.of(this.ada),
				Set.of(this.anna.userId())), "summary", "interaction.summary.size");
		assertRefused(new NewInteraction(this.today, InteractionKind.CALL, "ok", "x".repeat(501), Set.of(this.ada),
				Set.of(this.anna.userId())), "nextStep", "interaction.nextStep.size");
	}

	@Test
	void aMentorReadsTheLogAndLogsNothing() {
		Viewer director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		Viewer mentor = aViewer(this.testUsers, "mentor", Role.MENTOR);
		this.accounts.assignMentor(this.accountId, mentor.userId(), director);

		assertThatThrownBy(() -> this.log.log(this.accountId,
				interaction(this.today, Set.of(this.ada), Set.of(this.anna.userId())), mentor))
			.isInstanceOf(AccountActionRefused.class);
		assertThat(this.log.timeline(this.accountId, 0, mentor).interactions().getTotalElements()).isZero();
		assertThat(count()).isZero();
	}

	private void assertRefused(NewInteraction interaction, String field, String messageKey) {
		long before = count();
		assertThatThrownBy(() -> this.log.log(this.accountId, interaction, this.owner))
			.isInstanceOfSatisfying(RuleViolation.class, (violation) -> {
				assertThat(violation.field()).isEqualTo(field);
				assertThat(violation.messageKey()).isEqualTo(messageKey);
			});
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from relationship_interaction where account_id = ?",
				Long.class, this.accountId);
	}

	private NewInteraction interaction(LocalDate day, Set<Long> contactIds, Set<Long> userIds) {
		return new NewInteraction(day, InteractionKind.CALL, "Catch-up", null, contactIds, userIds);
	}

	private long link(Viewer ours, long contactId) {
		return this.links.add(this.accountId, ours.userId(), contactId, LinkStrength.WORKING, this.owner);
	}

	private Map<Long, LocalDate> lastInteractions() {
		return this.links.list(this.accountId, this.owner)
			.stream()
			.filter((link) -> link.lastInteractionOn() != null)
			.collect(Collectors.toMap(LinkView::id, LinkView::lastInteractionOn));
	}

}
