package org.keyline.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

/**
 * Test data for plans (an object mother): an account with its owner, a director, a mentor
 * and team members; valid objectives and actions within a plan's horizon; and a plan that
 * can be submitted.
 */
final class Plans {

	private Plans() {
	}

	/**
	 * An account owned by a new manager, with a new director, a new mentor assigned to it
	 * and {@code members} new team members who joined a week ago.
	 */
	static PlanAccount anAccount(AccountManagement accounts, TestUsers users, LocalDate today, int members) {
		Viewer director = Accounts.aViewer(users, "director", Role.DIRECTOR);
		Viewer owner = Accounts.aViewer(users, "owner", Role.MANAGER);
		long accountId = accounts.create(Accounts.aProfile(), null, owner);
		Viewer mentor = Accounts.aViewer(users, "mentor", Role.MENTOR);
		accounts.assignMentor(accountId, mentor.userId(), director);
		List<Viewer> team = new ArrayList<>();
		for (int i = 0; i < members; i++) {
			team.add(joins(accounts, users, accountId, director, today));
		}
		Viewer stranger = Accounts.aViewer(users, "stranger", Role.MANAGER);
		return new PlanAccount(accountId, owner, director, mentor, stranger, team);
	}

	/** A new member user who joined the account's team a week ago. */
	static Viewer joins(AccountManagement accounts, TestUsers users, long accountId, Viewer director, LocalDate today) {
		Viewer member = Accounts.aViewer(users, "member", Role.MEMBER);
		accounts.addTeamMember(accountId, member.userId(), TeamRole.ACCOUNT_SUPPORT, null, today.minusDays(7), null,
				director);
		return member;
	}

	/** The member leaves the account's team on {@code leftOn}. */
	static void leaves(AccountManagement accounts, long accountId, Viewer member, LocalDate leftOn, Viewer director) {
		long membership = accounts.currentTeam(accountId, director)
			.stream()
			.filter((m) -> m.userId() == member.userId())
			.findFirst()
			.orElseThrow()
			.id();
		accounts.endTeamMembership(accountId, membership, leftOn, director);
	}

	/** A valid objective with its target at the end of the second year of the horizon. */
	static ObjectiveInput anObjective(int horizonFrom) {
		return anObjective("Grow revenue", "100", "200", LocalDate.of(horizonFrom + 1, 12, 31));
	}

	static ObjectiveInput anObjective(String title, String baseline, String target, LocalDate targetOn) {
		return new ObjectiveInput(title, "Revenue", "kEUR", new BigDecimal(baseline), new BigDecimal(target), targetOn);
	}

	/** The objective with another target. */
	static ObjectiveInput withTarget(ObjectiveInput o, String target) {
		return new ObjectiveInput(o.title(), o.metric(), o.unit(), o.baseline(), new BigDecimal(target), o.targetOn());
	}

	/** A valid action for this owner, due in a month. */
	static ActionInput anAction(long ownerId, LocalDate today) {
		return anAction("Meet the buyer", ownerId, today.plusMonths(1));
	}

	static ActionInput anAction(String description, Long ownerId, LocalDate dueOn) {
		return new ActionInput(description, ownerId, dueOn);
	}

	/** A three-year plan from this year: a draft. */
	static long aDraft(PlanManagement plans, PlanAccount account, LocalDate today) {
		return plans.start(account.id(), "Plan " + Accounts.uniqueName("P"), today.getYear(), 3, account.owner());
	}

	/**
	 * A draft that may be submitted: one objective with a strategy and an action owned by
	 * the account's owner.
	 */
	static Submittable aSubmittablePlan(PlanManagement plans, PlanAccount account, LocalDate today) {
		long planId = aDraft(plans, account, today);
		long objectiveId = plans.addObjective(account.id(), planId, anObjective(today.getYear()), account.owner());
		long strategyId = plans.addStrategy(account.id(), planId, objectiveId, "Visit every plant twice a year",
				account.owner());
		long actionId = plans.addAction(account.id(), planId, strategyId, anAction(account.owner().userId(), today),
				account.owner());
		return new Submittable(planId, objectiveId, strategyId, actionId);
	}

	/** An account with the people around it. */
	record PlanAccount(long id, Viewer owner, Viewer director, Viewer mentor, Viewer stranger, List<Viewer> members) {

		Viewer member(int index) {
			return this.members.get(index);
		}

	}

	/** A submittable plan and its parts. */
	record Submittable(long planId, long objectiveId, long strategyId, long actionId) {
	}

}
