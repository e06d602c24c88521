package org.keyline.vision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The vision's rules: every save is a new version and the earlier ones are kept, a stale
 * save is refused, feedback belongs to the version it was given on, the current vision is
 * read in one statement, and who may write.
 */
@KeylineTest
@Import(VisionManagementTests.Events.class)
class VisionManagementTests {

	@Autowired
	VisionManagement visions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Events events;

	@Autowired
	org.keyline.StatementCounter statements;

	VisionFixtures f;

	LocalDate today;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.f = new VisionFixtures(this.accounts, this.users, this.jdbc, this.today);
	}

	@Test
	void everySaveIsANewVersionAndTheEarlierOnesAreKept() {
		assertThat(this.visions.currentOf(ref())).isEmpty();
		assertThat(this.visions.save(this.f.accountId, "  Be their first choice  ", "", 0, this.f.owner)).isEqualTo(1);
		assertThat(this.visions.save(this.f.accountId, "Be embedded in their five-year IT strategy", "Because.", 1,
				this.f.member))
			.isEqualTo(2);

		CurrentVision current = this.visions.currentOf(ref()).orElseThrow();
		assertThat(current.versionNo()).isEqualTo(2);
		assertThat(current.statement()).isEqualTo("Be embedded in their five-year IT strategy");
		assertThat(current.rationale()).isEqualTo("Because.");
		assertThat(current.setBy()).isEqualTo("Test " + this.f.member.username());
		assertThat(current.latestReaction()).isNull();

		VisionPage page = this.visions.page(this.f.accountId, 1, this.f.mentor);
		assertThat(page.versions()).extracting(VisionVersionView::versionNo).containsExactly(2, 1);
		assertThat(page.shown().statement()).isEqualTo("Be their first choice");
		assertThat(page.shown().rationale()).isNull();
		assertThat(page.showingCurrent()).isFalse();
		assertThat(this.events.changed).contains(new VisionChanged(this.f.accountId, 1),
				new VisionChanged(this.f.accountId, 2));
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefusedWithWhatWasSaved() {
		this.visions.save(this.f.accountId, "First", null, 0, this.f.owner);
		this.visions.save(this.f.accountId, "Second", null, 1, this.f.member);
		assertThatThrownBy(() -> this.visions.save(this.f.accountId, "Mine", null, 1, this.f.owner))
			.isInstanceOfSatisfying(StaleVisionEdit.class, (stale) -> {
				assertThat(stale.saved().versionNo()).isEqualTo(2);
				assertThat(stale.saved().statement()).isEqualTo("Second");
			});
		assertThat(this.visions.currentOf(ref()).orElseThrow().statement()).isEqualTo("Second");
	}

	@Test
	void aVisionNeedsAStatementAndAChange() {
		assertThatThrownBy(() -> this.visions.save(this.f.accountId, "  ", "why", 0, this.f.owner))
			.isInstanceOfSatisfying(VisionRuleViolation.class,
					(v) -> assertThat(v.messageKey()).isEqualTo("vision.statement.required"));
		this.visions.save(this.f.accountId, "Same", "Why", 0, this.f.owner);
		assertThatThrownBy(() -> this.visions.save(this.f.accountId, "Same ", " Why", 1, this.f.owner))
			.isInstanceOfSatisfying(VisionRuleViolation.class,
					(v) -> assertThat(v.messageKey()).isEqualTo("vision.unchanged"));
	}

	@Test
	void feedbackBelongsToTheVersionItWasGivenOnAndTheLatestShowsOnTheCurrentVision() {
		this.visions.save(this.f.accountId, "First", null, 0, this.f.owner);
		this.visions.addFeedback(this.f.accountId,
				new FeedbackInput(null, this.today.minusDays(3), this.f.ada, null, Reaction.SCEPTICAL, "Too vague"),
				this.f.owner);
		this.visions.save(this.f.accountId, "Second", null, 1, this.f.owner);
		assertThat(this.visions.currentOf(ref()).orElseThrow().latestReaction()).isNull();

		this.visions.addFeedback(this.f.accountId,
				new FeedbackInput(null, this.today.minusDays(2), null, "  Carla Visitor ", Reaction.POSITIVE, null),
				this.f.member);
		this.visions.addFeedback(this.f.accountId,
				new FeedbackInput(2, this.today.minusDays(1), this.f.bob, null, Reaction.ENDORSED, "Loves it"),
				this.f.owner);

		int[] count = new int[1];
		CurrentVision[] current = new CurrentVision[1];
		org.keyline.account.AccountRef ref = ref();
		count[0] = this.statements.count(() -> current[0] = this.visions.currentOf(ref).orElseThrow());
		assertThat(count[0]).isEqualTo(1);
		assertThat(current[0].latestReaction()).isEqualTo(Reaction.ENDORSED);
		assertThat(current[0].latestFeedbackOn()).isEqualTo(this.today.minusDays(1));

		VisionPage second = this.visions.page(this.f.accountId, null, this.f.owner);
		assertThat(second.feedback()).extracting(FeedbackView::who, FeedbackView::contact, FeedbackView::reaction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Bob Marsh", true, Reaction.ENDORSED),
					org.assertj.core.groups.Tuple.tuple("Carla Visitor", false, Reaction.POSITIVE));
		VisionPage first = this.visions.page(this.f.accountId, 1, this.f.owner);
		assertThat(first.feedback()).extracting(FeedbackView::who).containsExactly("Ada Quill");
	}

	@Test
	void feedbackNeedsAVisionAWhoAndACurrentContact() {
		FeedbackInput fine = new FeedbackInput(null, this.today, this.f.ada, null, Reaction.MIXED, null);
		assertThatThrownBy(() -> this.visions.addFeedback(this.f.accountId, fine, this.f.owner)).isInstanceOfSatisfying(
				VisionRuleViolation.class, (v) -> assertThat(v.messageKey()).isEqualTo("vision.feedback.noVision"));
		this.visions.save(this.f.accountId, "First", null, 0, this.f.owner);
		long former = this.f.contact(this.f.accountId, "Gone Person", true);
		long elsewhere = this.f.contact(
				this.accounts.create(org.keyline.account.Accounts.aProfile(), null, this.f.owner), "Other Account",
				false);
		List<String> keys = new ArrayList<>();
		for (FeedbackInput input : List.of(new FeedbackInput(null, this.today, null, " ", Reaction.MIXED, null),
				new FeedbackInput(null, this.today, former, null, Reaction.MIXED, null),
				new FeedbackInput(null, this.today, elsewhere, null, Reaction.MIXED, null),
				new FeedbackInput(null, this.today.plusDays(1), this.f.ada, null, Reaction.MIXED, null),
				new FeedbackInput(null, this.today, this.f.ada, null, null, null))) {
			try {
				this.visions.addFeedback(this.f.accountId, input, this.f.owner);
			}
			catch (VisionRuleViolation violation) {
				keys.add(violation.messageKey());
			}
		}
		assertThat(keys).containsExactly("vision.feedback.who.required", "vision.feedback.contact.invalid",
				"vision.feedback.contact.invalid", "vision.feedback.date.future", "vision.feedback.reaction.required");
	}

	@Test
	void contributorsWriteAMentorOnlyReadsAndAStrangerSeesNothing() {
		this.visions.save(this.f.accountId, "By the director", null, 0, this.f.director);
		assertThatThrownBy(() -> this.visions.save(this.f.accountId, "Mentor", null, 1, this.f.mentor))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.visions.addFeedback(this.f.accountId,
				new FeedbackInput(null, this.today, this.f.ada, null, Reaction.MIXED, null), this.f.mentor))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.visions.edit(this.f.accountId, this.f.mentor))
			.isInstanceOf(AccountActionRefused.class);
		assertThat(this.visions.page(this.f.accountId, null, this.f.mentor).contacts()).isEmpty();
		assertThatThrownBy(() -> this.visions.page(this.f.accountId, null, this.f.stranger))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.visions.save(this.f.accountId, "Stranger", null, 1, this.f.stranger))
			.isInstanceOf(AccountNotFound.class);
	}

	private org.keyline.account.AccountRef ref() {
		return this.accounts.ref(this.f.accountId, this.f.owner);
	}

	@TestComponent
	static class Events {

		final List<VisionChanged> changed = new java.util.concurrent.CopyOnWriteArrayList<>();

		@EventListener
		void on(VisionChanged event) {
			this.changed.add(event);
		}

	}

}
