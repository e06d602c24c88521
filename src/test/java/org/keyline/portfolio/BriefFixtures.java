package org.keyline.portfolio;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.plan.ActionInput;
import org.keyline.plan.ObjectiveInput;
import org.keyline.plan.PlanManagement;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactInput;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.ContactManagement;
import org.keyline.review.NewReview;
import org.keyline.review.StrategyReviews;
import org.keyline.vision.VisionManagement;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Accounts for the brief's tests: a bare one (every part empty) and a rich one (every
 * part filled), each with an owner, a team member, a mentor, a director and a stranger.
 */
final class BriefFixtures {

	static final String VISION = "The trusted partner for their whole supply chain — from Łódź to Málaga, €10m by 2029";

	private BriefFixtures() {
	}

	record BriefAccount(long id, String name, Viewer owner, Viewer member, Viewer mentor, Viewer director,
			Viewer stranger, Viewer strangerMentor, Viewer admin) {
	}

	/** A bare account, graded (the grading module grades a new account after commit). */
	static BriefAccount bare(AccountManagement accounts, TestUsers users, JdbcTemplate jdbc, String name) {
		BriefAccount a = bare(accounts, users, name);
		graded(jdbc, a.id());
		return a;
	}

	static void graded(JdbcTemplate jdbc, long accountId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from grading_account_score where account_id = ?",
					Long.class, accountId) > 0);
	}

	private static BriefAccount bare(AccountManagement accounts, TestUsers users, String name) {
		Viewer director = Accounts.aViewer(users, "bdir", Role.DIRECTOR);
		Viewer owner = Accounts.aViewer(users, "bown", Role.MANAGER);
		long id = accounts.create(Accounts.withName(Accounts.aProfile(), name), null, owner);
		Viewer member = Accounts.aViewer(users, "bmem", Role.MEMBER);
		accounts.addTeamMember(id, member.userId(), TeamRole.ACCOUNT_SUPPORT, null, LocalDate.now().minusDays(30), null,
				director);
		Viewer mentor = Accounts.aViewer(users, "bment", Role.MENTOR);
		accounts.assignMentor(id, mentor.userId(), director);
		return new BriefAccount(id, name, owner, member, mentor, director,
				Accounts.aViewer(users, "bstr", Role.MANAGER), Accounts.aViewer(users, "bsmen", Role.MENTOR),
				Accounts.aViewer(users, "badm", Role.ADMIN));
	}

	/**
	 * A bare account, then everything the brief shows: three fiscal years (and an older
	 * one), a vision with a customer reaction, eight contacts, an open plan with seven
	 * objectives and overdue actions, two strategy reviews; graded.
	 */
	static BriefAccount rich(AccountManagement accounts, TestUsers users, ContactManagement contacts,
			VisionManagement visions, PlanManagement plans, StrategyReviews reviews, JdbcTemplate jdbc, String name) {
		BriefAccount a = bare(accounts, users, jdbc, name);
		int year = LocalDate.now().getYear();
		for (int y = year - 4; y < year; y++) {
			accounts.recordEconomics(a.id(), y, new BigDecimal(1_000_000 + (y - year + 5) * 100_000),
					new BigDecimal(800_000), new BigDecimal(4_000_000), null, a.owner());
		}
		visions.save(a.id(), VISION, "They consolidate suppliers next year.", 0, a.owner());
		visions.addFeedback(a.id(), new org.keyline.vision.FeedbackInput(1, LocalDate.now().minusDays(3), null,
				"Ewa Nowak", org.keyline.vision.Reaction.POSITIVE, "Liked it"), a.owner());
		BuyingRole[] roles = { BuyingRole.USER, BuyingRole.DECISION_MAKER, BuyingRole.TECHNICAL_EVALUATOR,
				BuyingRole.INFLUENCER, BuyingRole.GATEKEEPER, BuyingRole.COACH, BuyingRole.USER,
				BuyingRole.DECISION_MAKER };
		for (int i = 0; i < roles.length; i++) {
			contacts.create(a.id(),
					new ContactInput("Contact " + i + " Żółć", "Title " + i, null, ContactLevel.values()[i % 6],
							roles[i], (i == 7) ? Attitude.OPPONENT : Attitude.SUPPORTER, 1 + i % 5, null, null, null,
							false, null),
					a.owner());
		}
		long plan = plans.start(a.id(), "Growth plan " + year, year, 3, a.owner());
		for (int o = 0; o < 7; o++) {
			long objective = plans.addObjective(a.id(), plan, new ObjectiveInput("Objective " + o, "Share of wallet",
					"%", new BigDecimal(10), new BigDecimal(30), LocalDate.of(year + 2, 12, 31)), a.owner());
			long strategy = plans.addStrategy(a.id(), plan, objective, "Strategy " + o, a.owner());
			plans.addAction(a.id(), plan, strategy,
					new ActionInput("Overdue action " + o, a.member().userId(), LocalDate.of(year, 1, 1 + o)),
					a.owner());
			plans.addAction(a.id(), plan, strategy,
					new ActionInput("Later action " + o, a.owner().userId(), LocalDate.of(year + 2, 6, 1)), a.owner());
		}
		reviews.record(a.id(),
				new NewReview(LocalDate.now().minusDays(200), "Old assessment", null, LocalDate.now().minusDays(100)),
				a.mentor());
		reviews.record(a.id(), new NewReview(LocalDate.now().minusDays(10), "Strong sponsor, weak at purchasing",
				"Meet the purchasing director before the tender", LocalDate.now().plusDays(80)), a.mentor());
		graded(jdbc, a.id());
		return a;
	}

}
