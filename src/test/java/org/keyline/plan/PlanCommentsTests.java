package org.keyline.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountRef;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.shared.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;

/**
 * The comments on a plan through the service: who may comment, on what, the rules of the
 * text, how comments are grouped into threads, the event, and the single statement that
 * reads them all.
 */
@KeylineTest
@Import(PlanTestData.class)
@RecordApplicationEvents
class PlanCommentsTests {

	@Autowired
	PlanComments comments;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlanTestData data;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Clock clock;

	Viewer owner;

	Viewer member;

	Viewer mentor;

	Viewer director;

	long accountId;

	long planId;

	long growth;

	long retention;

	@BeforeEach
	void plan() {
		this.owner = aViewer(this.testUsers, "owner", Role.MANAGER);
		this.mentor = aViewer(this.testUsers, "mentor", Role.MENTOR);
		this.director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		this.member = aViewer(this.testUsers, "member", Role.MEMBER);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
		this.accounts.addTeamMember(this.accountId, this.member.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				LocalDate.now(this.clock).minusDays(7), null, this.owner);
		this.accounts.assignMentor(this.accountId, this.mentor.userId(), this.director);
		this.planId = this.data.plan(this.accountId, "Grow the account", "ACTIVE");
		this.growth = this.data.objective(this.planId, 1, "Grow revenue");
		this.retention = this.data.objective(this.planId, 2, "Keep the plant contract");
	}

	@Test
	void theMentorCommentsOnAnObjectiveAndTheOwnerSeesItMarkedAsTheMentors() {
		long id = this.comments.add(this.accountId, this.planId, this.growth, null, "  Is 200 realistic?\nCheck.  ",
				this.mentor);

		PlanComments.Discussion discussion = this.comments.forPlan(this.accountId, this.planId, this.owner);
		assertThat(discussion.open()).isTrue();
		assertThat(discussion.total()).isEqualTo(1);
		assertThat(discussion.on(null)).isEmpty();
		assertThat(discussion.on(this.retention)).isEmpty();
		assertThat(discussion.count(this.growth)).isEqualTo(1);
		PlanCommentView shown = discussion.on(this.growth).get(0).root();
		assertThat(shown.id()).isEqualTo(id);
		assertThat(shown.body()).isEqualTo("Is 200 realistic?\nCheck.");
		assertThat(shown.authorId()).isEqualTo(this.mentor.userId());
		assertThat(shown.authorName()).isEqualTo("Test " + this.mentor.username());
		assertThat(shown.authorMentor()).isTrue();
		assertThat(shown.objectiveTitle()).isEqualTo("Grow revenue");
		assertThat(shown.createdAt()).isNotNull();
		assertThat(this.events.stream(PlanCommentAdded.class))
			.containsExactly(new PlanCommentAdded(this.accountId, this.planId, this.growth, id, this.mentor.userId()));
	}

	@Test
	void theOwnerATeamMemberAndADirectorMayCommentToo() {
		this.comments.add(this.accountId, this.planId, null, null, "Owner", this.owner);
		this.comments.add(this.accountId, this.planId, null, null, "Member", this.member);
		this.comments.add(this.accountId, this.planId, null, null, "Director", this.director);

		List<CommentThread> threads = this.comments.forPlan(this.accountId, this.planId, this.mentor).on(null);
		assertThat(threads).extracting((thread) -> thread.root().body()).containsExactly("Owner", "Member", "Director");
		assertThat(threads).allSatisfy((thread) -> assertThat(thread.root().authorMentor()).isFalse());
		assertThat(this.events.stream(PlanCommentAdded.class)).hasSize(3);
	}

	@Test
	void anotherMentorOrAStrangerIsToldTheAccountIsNotThere() {
		Viewer otherMentor = aViewer(this.testUsers, "othermentor", Role.MENTOR);
		Viewer stranger = aViewer(this.testUsers, "stranger", Role.MANAGER);
		for (Viewer viewer : List.of(otherMentor, stranger)) {
			assertThatThrownBy(() -> this.comments.add(this.accountId, this.planId, null, null, "Hello", viewer))
				.isInstanceOf(AccountNotFound.class);
			assertThatThrownBy(() -> this.comments.forPlan(this.accountId, this.planId, viewer))
				.isInstanceOf(AccountNotFound.class);
		}
		assertThat(comments(this.planId)).isZero();
		assertThat(this.events.stream(PlanCommentAdded.class)).isEmpty();
	}

	@Test
	void aPlanObjectiveOrCommentOfAnotherPlanIsNotFound() {
		long otherAccount = this.accounts.create(aProfile(), null, this.owner);
		long otherPlan = this.data.plan(otherAccount, "Other plan", "DRAFT");
		long otherObjective = this.data.objective(otherPlan, 1, "Elsewhere");
		long otherComment = this.comments.add(otherAccount, otherPlan, null, null, "Elsewhere", this.owner);

		assertThatThrownBy(() -> this.comments.add(this.accountId, otherPlan, null, null, "Hi", this.owner))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.comments.forPlan(this.accountId, otherPlan, this.owner))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.comments.add(this.accountId, this.planId, otherObjective, null, "Hi", this.owner))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.comments.add(this.accountId, this.planId, null, otherComment, "Hi", this.owner))
			.isInstanceOf(AccountNotFound.class);
		this.comments.add(this.accountId, this.planId, null, null, "Hi", this.mentor);
		assertThat(comments(this.planId)).isEqualTo(1);
	}

	@Test
	void aReplyGoesOnTheObjectiveOfTheCommentItAnswers() {
		long root = this.comments.add(this.accountId, this.planId, this.growth, null, "Question", this.mentor);

		assertThatThrownBy(() -> this.comments.add(this.accountId, this.planId, null, root, "Answer", this.owner))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(
				() -> this.comments.add(this.accountId, this.planId, this.retention, root, "Answer", this.owner))
			.isInstanceOf(AccountNotFound.class);
		this.comments.add(this.accountId, this.planId, this.growth, root, "Answer", this.owner);
		assertThat(this.comments.forPlan(this.accountId, this.planId, this.owner).on(this.growth)).singleElement()
			.satisfies((thread) -> assertThat(thread.replies()).extracting(PlanCommentView::body)
				.containsExactly("Answer"));
	}

	@Test
	void theTextIsRequiredTrimmedAndAtMostFourThousandCharacters() {
		assertRefused(null, "comment.body.required");
		assertRefused("", "comment.body.required");
		assertRefused(" \n\t ", "comment.body.required");
		assertRefused("x".repeat(PlanComments.BODY_MAX + 1), "comment.body.size");
		assertThat(comments(this.planId)).isZero();

		String longest = "y".repeat(PlanComments.BODY_MAX);
		this.comments.add(this.accountId, this.planId, null, null, "  " + longest + "\n ", this.mentor);
		assertThat(this.comments.forPlan(this.accountId, this.planId, this.mentor).on(null).get(0).root().body())
			.isEqualTo(longest);
	}

	@Test
	void aClosedPlanTakesNoMoreCommentsButADraftDoes() {
		long otherAccount = this.accounts.create(aProfile(), null, this.owner);
		long closed = this.data.plan(otherAccount, "Last year's plan", "CLOSED");
		long earlier = this.data.comment(closed, null, null, "Said before closing", this.owner.userId(), Instant.now());
		long draft = this.data.plan(otherAccount, "Next plan", "DRAFT");

		assertThatThrownBy(() -> this.comments.add(otherAccount, closed, null, null, "Late", this.owner))
			.isInstanceOfSatisfying(RuleViolation.class, (violation) -> {
				assertThat(violation.field()).isEqualTo("body");
				assertThat(violation.messageKey()).isEqualTo("comment.plan.closed");
			});
		assertThatThrownBy(() -> this.comments.add(otherAccount, closed, null, earlier, "Late", this.owner))
			.isInstanceOf(RuleViolation.class);
		PlanComments.Discussion shown = this.comments.forPlan(otherAccount, closed, this.owner);
		assertThat(shown.open()).isFalse();
		assertThat(shown.total()).isEqualTo(1);

		this.comments.add(otherAccount, draft, null, null, "Early advice", this.owner);
		assertThat(this.comments.forPlan(otherAccount, draft, this.owner).open()).isTrue();
	}

	@Test
	void repliesAreFlatUnderTheirThreadOldestFirstAndARemovedObjectivesThreadsMoveToThePlan() {
		Instant start = Instant.parse("2026-03-01T09:00:00Z");
		long ownerId = this.owner.userId();
		long mentorId = this.mentor.userId();
		long planRoot = this.data.comment(this.planId, null, null, "On the plan", mentorId, start);
		long question = this.data.comment(this.planId, this.growth, null, "Why 200?", mentorId, start.plusSeconds(60));
		long answer = this.data.comment(this.planId, this.growth, question, "Because", ownerId, start.plusSeconds(120));
		this.data.comment(this.planId, this.growth, answer, "Not convinced", mentorId, start.plusSeconds(180));
		this.data.comment(this.planId, this.growth, question, "Me neither", this.member.userId(),
				start.plusSeconds(240));
		this.data.comment(this.planId, null, planRoot, "Agreed", ownerId, start.plusSeconds(300));
		long second = this.data.comment(this.planId, this.growth, null, "Second thread", ownerId,
				start.plusSeconds(360));
		long removed = this.data.objective(this.planId, 3, "Dropped idea");
		this.data.comment(this.planId, removed, null, "About the idea", mentorId, start.plusSeconds(420));
		this.data.removeObjective(removed);

		PlanComments.Discussion discussion = this.comments.forPlan(this.accountId, this.planId, this.owner);
		assertThat(discussion.total()).isEqualTo(8);
		List<CommentThread> growthThreads = discussion.on(this.growth);
		assertThat(growthThreads).extracting(CommentThread::id).containsExactly(question, second);
		assertThat(growthThreads.get(0).replies()).extracting(PlanCommentView::body)
			.containsExactly("Because", "Not convinced", "Me neither");
		assertThat(growthThreads.get(0).replies()).extracting(PlanCommentView::inReplyTo)
			.containsExactly(null, "Test " + this.owner.username(), null);
		assertThat(discussion.count(this.growth)).isEqualTo(5);

		List<CommentThread> planThreads = discussion.on(null);
		assertThat(planThreads).extracting((thread) -> thread.root().body())
			.containsExactly("On the plan", "About the idea");
		assertThat(planThreads.get(0).replies()).extracting(PlanCommentView::body).containsExactly("Agreed");
		PlanCommentView orphan = planThreads.get(1).root();
		assertThat(orphan.aboutRemovedObjective()).isTrue();
		assertThat(orphan.objectiveTitle()).isEqualTo("Dropped idea");
		assertThat(planThreads.get(0).root().aboutRemovedObjective()).isFalse();
	}

	@Test
	void allCommentsOfAPlanAreReadWithOneStatementWhateverTheirNumber() {
		this.data.comment(this.planId, null, null, "Only one", this.mentor.userId(), Instant.now());
		long otherAccount = this.accounts.create(aProfile(), null, this.owner);
		this.accounts.assignMentor(otherAccount, this.mentor.userId(), this.director);
		long busyPlan = this.data.plan(otherAccount, "Busy plan", "IN_REVIEW");
		List<Long> objectives = this.data.objectives(busyPlan, 10, 10, this.owner.userId());
		Instant start = Instant.now().minusSeconds(3600);
		long parent = 0;
		for (int i = 0; i < 50; i++) {
			Long objectiveId = (i % 5 == 0) ? null : objectives.get(i % 10);
			parent = this.data.comment(busyPlan, objectiveId, null, "Comment " + i,
					(i % 2 == 0) ? this.mentor.userId() : this.owner.userId(), start.plusSeconds(i));
		}

		AccountRef small = this.accounts.ref(this.accountId, this.owner);
		AccountRef large = this.accounts.ref(otherAccount, this.owner);
		PlanComments.Discussion[] shown = new PlanComments.Discussion[2];
		int one = this.statements.count(() -> shown[0] = this.comments.forPlan(small, this.planId));
		int fifty = this.statements.count(() -> shown[1] = this.comments.forPlan(large, busyPlan));
		int withAccessCheck = this.statements.count(() -> this.comments.forPlan(otherAccount, busyPlan, this.owner));
		System.out.printf("Plan comment statements: 1 comment %d, 50 comments %d, with the access check %d%n", one,
				fifty, withAccessCheck);
		assertThat(shown[0].total()).isEqualTo(1);
		assertThat(shown[1].total()).isEqualTo(50);
		assertThat(shown[1].on(null)).hasSize(10);
		assertThat(parent).isPositive();
		assertThat(one).isEqualTo(fifty).isEqualTo(1);
		assertThat(withAccessCheck).isEqualTo(3);
	}

	private void assertRefused(String body, String messageKey) {
		assertThatThrownBy(() -> this.comments.add(this.accountId, this.planId, null, null, body, this.mentor))
			.isInstanceOfSatisfying(RuleViolation.class, (violation) -> {
				assertThat(violation.field()).isEqualTo("body");
				assertThat(violation.messageKey()).isEqualTo(messageKey);
			});
	}

	private long comments(long planId) {
		return this.jdbc.queryForObject("select count(*) from plan_comment where plan_id = ?", Long.class, planId);
	}

}
