package org.keyline.plan.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.plan.PlanComparison;
import org.keyline.plan.PlanManagement;
import org.keyline.plan.PlanSnapshot;
import org.keyline.plan.PlanStatus;
import org.keyline.plan.PlanView;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo plans show every state of a plan's life, keep the plan service's rules, and
 * read back through the plan service.
 */
@KeylineTest
class PlanDemoDataTests {

	// Other tests share the database and add plans of their own: every query looks only
	// at what the demo seeded (plans of demo accounts, created before the demo seed ran).

	private static final String SEEDED = "(select min(seeded_at) from demo_seed)";

	private static final String DEMO_ACCOUNTS = "(select * from account_account where created_at <= " + SEEDED + ")";

	private static final String DEMO_PLANS = "(select * from plan_plan where created_at <= " + SEEDED
			+ " and account_id in (select id from " + DEMO_ACCOUNTS + " da))";

	private static final String DEMO_ACTIONS = "(select * from plan_action where plan_id in (select id from "
			+ DEMO_PLANS + " dp))";

	private static final String DEMO_OBJECTIVES = "(select * from plan_objective where plan_id in (select id from "
			+ DEMO_PLANS + " dp))";

	private static final String CURRENT_MEMBER = """
			exists (select 1 from account_team_member t where t.account_id = %s and t.user_id = %s
			    and t.joined_on <= current_date and (t.left_on is null or t.left_on >= current_date))""";

	@Autowired
	JdbcClient sql;

	@Autowired
	PlanManagement plans;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void mostCuratedAccountsHaveAPlanAndEveryStateIsAmongThem() {
		Map<String, Integer> byStatus = new java.util.HashMap<>();
		this.sql.sql("select status, count(*) from " + DEMO_PLANS + " p group by status")
			.query((rs, n) -> byStatus.put(rs.getString(1), rs.getInt(2)))
			.list();
		assertThat(byStatus.keySet()).containsExactlyInAnyOrder("DRAFT", "IN_REVIEW", "AGREED", "ACTIVE", "CLOSED");
		assertThat(byStatus.get("ACTIVE")).isGreaterThan(byStatus.get("DRAFT"));
		int withPlan = this.sql.sql("""
				select count(*) from (select * from %s a where a.archived_at is null
				    order by a.id limit 60) c
				where exists (select 1 from plan_plan p where p.account_id = c.id)""".formatted(DEMO_ACCOUNTS))
			.query(Integer.class)
			.single();
		assertThat(withPlan).isGreaterThanOrEqualTo(40);
		// A plan in review waiting for some members while others signed, and one agreed
		// by
		// a director's override with its reason.
		assertThat(this.sql.sql("""
				select count(*) from %s p where p.status = 'IN_REVIEW'
				  and exists (select 1 from plan_signoff s where s.plan_id = p.id and s.version_no = p.version_no
				              and s.signed_at is not null)
				  and exists (select 1 from plan_signoff s where s.plan_id = p.id and s.version_no = p.version_no
				              and s.signed_at is null)""".formatted(DEMO_PLANS)).query(Integer.class).single())
			.isPositive();
		assertThat(this.sql.sql("select count(*) from " + DEMO_PLANS
				+ " p where p.status in ('AGREED', 'ACTIVE') and p.override_by is not null and length(p.override_reason) >= 10")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void theDemoManagerMeetsEveryStateOnTheirOwnAccounts() {
		assertThat(this.sql.sql("""
				select distinct p.status from %s p join account_account a on a.id = p.account_id
				join people_directory d on d.id = a.owner_id where d.username = 'manager'""".formatted(DEMO_PLANS))
			.query(String.class)
			.list()).containsExactlyInAnyOrder("DRAFT", "IN_REVIEW", "AGREED", "ACTIVE", "CLOSED");
	}

	@Test
	void atMostOneOpenPlanPerAccountAndClosedPlansHaveANoteAndANewerPlan() {
		assertThat(this.sql
			.sql("select count(*) from (select account_id from " + DEMO_PLANS
					+ " p where status <> 'CLOSED' group by account_id having count(*) > 1) twice")
			.query(Integer.class)
			.single()).isZero();
		List<Map<String, Object>> closed = this.sql.sql("""
				select p.closing_note, p.closed_at is not null as dated,
				    exists (select 1 from plan_plan n where n.account_id = p.account_id and n.status <> 'CLOSED'
				            and n.created_at > p.closed_at) as newer
				from %s p where p.status = 'CLOSED'""".formatted(DEMO_PLANS)).query().listOfRows();
		assertThat(closed).hasSizeGreaterThanOrEqualTo(3).allSatisfy((row) -> {
			assertThat((String) row.get("closing_note")).isNotBlank();
			assertThat(row.get("dated")).isEqualTo(true);
			assertThat(row.get("newer")).isEqualTo(true);
		});
	}

	@Test
	void plansKeepTheRulesOfTheService() {
		// Horizon of three or four years, objectives that move, targets within it.
		assertThat(
				this.sql.sql("select count(*) from " + DEMO_PLANS + " p where horizon_to - horizon_from not in (2, 3)")
					.query(Integer.class)
					.single())
			.isZero();
		assertThat(this.sql
			.sql("""
					select count(*) from %s o join plan_plan p on p.id = o.plan_id
					where o.target = o.baseline or extract(year from o.target_on) not between p.horizon_from and p.horizon_to
					   or (o.latest_on is not null and (o.latest_on > current_date
					       or extract(year from o.latest_on) < p.horizon_from - 1))"""
				.formatted(DEMO_OBJECTIVES))
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.sql
			.sql("""
					select count(*) from %s p
					where (select count(*) from plan_objective o where o.plan_id = p.id) not between 3 and 6
					   or exists (select 1 from plan_objective o where o.plan_id = p.id
					              and (select count(*) from plan_strategy s where s.objective_id = o.id) not between 1 and 3)
					   or exists (select 1 from plan_strategy s join plan_objective o on o.id = s.objective_id
					              where o.plan_id = p.id
					                and (select count(*) from plan_action a where a.strategy_id = s.id) not between 1 and 4)"""
				.formatted(DEMO_PLANS))
			.query(Integer.class)
			.single()).isZero();
		// Actions due within the horizon (or the year before), done ones dated.
		assertThat(this.sql
			.sql("""
					select concat_ws(' ', p.status, p.horizon_from, p.horizon_to, a.status, a.due_on, a.done_on)
					from %s a join plan_plan p on p.id = a.plan_id
					where extract(year from a.due_on) not between p.horizon_from - 1 and p.horizon_to
					   or (a.status = 'DONE') <> (a.done_on is not null) or a.done_on > current_date"""
				.formatted(DEMO_ACTIONS))
			.query(String.class)
			.list()).isEmpty();
		// The life's dates in order.
		assertThat(this.sql.sql("""
				select concat_ws(' ', p.status, p.created_at, p.submitted_at, p.agreed_at, p.activated_at, p.closed_at)
				from %s p
				where p.submitted_at < p.created_at or p.agreed_at < p.submitted_at or p.activated_at < p.agreed_at
				   or p.closed_at < p.activated_at or p.updated_at > now()
				   or (p.status = 'DRAFT' and p.submitted_at is not null)
				   or (p.status <> 'DRAFT' and p.submitted_at is null)
				   or (p.status in ('AGREED', 'ACTIVE', 'CLOSED') and p.agreed_at is null)
				   or (p.status in ('ACTIVE', 'CLOSED') and p.activated_at is null)
				   or ((p.status = 'CLOSED') <> (p.closed_at is not null))""".formatted(DEMO_PLANS))
			.query(String.class)
			.list()).isEmpty();
	}

	@Test
	void everyActionOwnerIsTheAccountsOwnerOrOnItsTeam() {
		assertThat(this.sql.sql("select count(*) from " + DEMO_ACTIONS + " a").query(Integer.class).single())
			.isGreaterThan(300);
		assertThat(this.sql
			.sql("""
					select count(*) from %s a join plan_plan p on p.id = a.plan_id join account_account acc on acc.id = p.account_id
					where a.owner_id <> acc.owner_id and not %s"""
				.formatted(DEMO_ACTIONS, CURRENT_MEMBER.formatted("p.account_id", "a.owner_id")))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void signOffsAreAskedOfTheTeamAndOnePlanInReviewWaitsForSomebodyWhoLeft() {
		// Open plans: sign-offs from current team members only, but for the one who left.
		List<Long> leftWhileAsked = this.sql
			.sql("""
					select s.plan_id from plan_signoff s join %s p on p.id = s.plan_id
					where p.status <> 'CLOSED' and not %s""".formatted(DEMO_PLANS,
					CURRENT_MEMBER.formatted("p.account_id", "s.user_id")))
			.query(Long.class)
			.list();
		assertThat(leftWhileAsked).hasSize(1);
		assertThat(this.sql.sql("select status from plan_plan where id = ?")
			.param(leftWhileAsked.get(0))
			.query(String.class)
			.single()).isEqualTo("IN_REVIEW");
		// A plan in review still waits for somebody on the team; agreed ones were signed
		// by everybody asked, or agreed by a director's override.
		assertThat(this.sql
			.sql("""
					select count(*) from %s p where p.status = 'IN_REVIEW'
					  and not exists (select 1 from plan_signoff s where s.plan_id = p.id and s.version_no = p.version_no
					                  and s.signed_at is null and %s)"""
				.formatted(DEMO_PLANS, CURRENT_MEMBER.formatted("p.account_id", "s.user_id")))
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.sql
			.sql("""
					select count(*) from %s p where p.status in ('AGREED', 'ACTIVE') and p.override_by is null
					  and (not exists (select 1 from plan_signoff s where s.plan_id = p.id and s.version_no = p.version_no)
					       or exists (select 1 from plan_signoff s where s.plan_id = p.id and s.version_no = p.version_no
					                  and (s.signed_at is null or s.signed_at < s.requested_at or s.signed_at > p.agreed_at)))"""
				.formatted(DEMO_PLANS))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void someActionsAreOverdueAndEveryActionStatusIsThere() {
		assertThat(this.sql
			.sql("""
					select count(*) from %s a join plan_plan p on p.id = a.plan_id
					where p.status <> 'CLOSED' and a.status in ('OPEN', 'IN_PROGRESS') and a.due_on < current_date"""
				.formatted(DEMO_ACTIONS))
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(10);
		assertThat(this.sql.sql("select distinct status from " + DEMO_ACTIONS + " a").query(String.class).list())
			.containsExactlyInAnyOrder("OPEN", "IN_PROGRESS", "DONE", "DROPPED");
		// Some objectives measured on various dates, some not yet.
		assertThat(this.sql.sql("select count(distinct latest_on) from " + DEMO_OBJECTIVES + " o")
			.query(Integer.class)
			.single()).isGreaterThan(20);
		assertThat(this.sql.sql("select count(*) from " + DEMO_OBJECTIVES + " o where latest_on is null")
			.query(Integer.class)
			.single()).isGreaterThan(10);
	}

	@Test
	void earlierVersionsAreKeptAsSnapshotsThatDifferFromTheNextVersion() {
		JsonMapper json = JsonMapper.builder().build();
		List<Map<String, Object>> versions = this.sql
			.sql("""
					select v.plan_id, v.version_no, v.snapshot::text as snapshot, p.version_no as current
					from plan_version v join %s p on p.id = v.plan_id order by v.plan_id, v.version_no"""
				.formatted(DEMO_PLANS))
			.query()
			.listOfRows();
		assertThat(versions).hasSizeGreaterThanOrEqualTo(5).allSatisfy((row) -> {
			PlanSnapshot snapshot = json.readValue((String) row.get("snapshot"), PlanSnapshot.class);
			assertThat(snapshot.objectives()).isNotEmpty();
			assertThat(snapshot.objectives()).allSatisfy((o) -> assertThat(o.strategies()).isNotEmpty());
			assertThat((Integer) row.get("version_no")).isLessThan((Integer) row.get("current"));
		});
		// Versions 1 to n-1 are all kept, and some plans are at version 3.
		assertThat(this.sql
			.sql("""
					select count(*) from %s p
					where (select count(*) from plan_version v where v.plan_id = p.id) <> p.version_no - 1"""
				.formatted(DEMO_PLANS))
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.sql.sql("select count(*) from " + DEMO_PLANS + " p where version_no = 3")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void mentorsCommentAndOwnersReply() {
		List<Map<String, Object>> comments = this.sql
			.sql("""
					select c.id, c.parent_id, c.objective_id, c.author_id, acc.owner_id,
					    exists (select 1 from account_mentor m where m.account_id = acc.id and m.mentor_id = c.author_id) as by_mentor
					from plan_comment c join %s p on p.id = c.plan_id join account_account acc on acc.id = p.account_id"""
				.formatted(DEMO_PLANS))
			.query()
			.listOfRows();
		List<Map<String, Object>> threads = comments.stream().filter((c) -> c.get("parent_id") == null).toList();
		List<Map<String, Object>> replies = comments.stream().filter((c) -> c.get("parent_id") != null).toList();
		assertThat(threads).hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy((c) -> assertThat(c.get("by_mentor")).isEqualTo(true));
		assertThat(threads).anyMatch((c) -> c.get("objective_id") != null)
			.anyMatch((c) -> c.get("objective_id") == null);
		assertThat(replies).isNotEmpty()
			.anyMatch((c) -> c.get("author_id").equals(c.get("owner_id")))
			.allSatisfy((c) -> assertThat(
					c.get("author_id").equals(c.get("owner_id")) || Boolean.TRUE.equals(c.get("by_mentor")))
				.isTrue());
		assertThat(this.sql.sql("""
				select count(*) from plan_comment c join %s p on p.id = c.plan_id
				where c.created_at > now() or c.created_at < p.created_at
				   or exists (select 1 from plan_comment r where r.id = c.parent_id
				              and (r.created_at > c.created_at or r.plan_id <> c.plan_id or r.parent_id is not null))
				   or (select count(*) from plan_comment a where a.plan_id = p.id) > 6""".formatted(DEMO_PLANS))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theOwnerReadsADemoPlanAndComparesItsVersions() {
		Map<String, Object> demo = this.sql.sql("""
				select p.id, p.account_id, p.version_no, acc.owner_id, d.username from %s p
				join account_account acc on acc.id = p.account_id join people_directory d on d.id = acc.owner_id
				where p.status = 'ACTIVE' and p.version_no > 1
				order by p.id limit 1""".formatted(DEMO_PLANS)).query().singleRow();
		long planId = ((Number) demo.get("id")).longValue();
		long accountId = ((Number) demo.get("account_id")).longValue();
		int versionNo = (Integer) demo.get("version_no");
		Viewer owner = new Viewer(((Number) demo.get("owner_id")).longValue(), (String) demo.get("username"),
				EnumSet.of(Role.MANAGER));
		PlanView plan = this.plans.plan(accountId, planId, owner);
		assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(plan.objectives()).hasSizeBetween(3, 6);
		assertThat(plan.actionCount()).isPositive();
		assertThat(plan.earlierVersions()).hasSize(versionNo - 1);
		assertThat(plan.can().shape()).isTrue();
		PlanComparison comparison = this.plans.compare(accountId, planId, versionNo - 1, versionNo, owner);
		assertThat(comparison.objectives()).isNotEmpty()
			.anyMatch((o) -> o.change() != PlanComparison.Change.SAME
					|| o.strategies().stream().anyMatch((s) -> s.change() != PlanComparison.Change.SAME));
		// Every earlier version of every demo plan compares with the current one.
		List<Map<String, Object>> versioned = this.sql.sql("""
				select p.id, p.account_id, p.version_no, acc.owner_id, d.username from %s p
				join account_account acc on acc.id = p.account_id join people_directory d on d.id = acc.owner_id
				where p.version_no > 1""".formatted(DEMO_PLANS)).query().listOfRows();
		for (Map<String, Object> row : versioned) {
			Viewer viewer = new Viewer(((Number) row.get("owner_id")).longValue(), (String) row.get("username"),
					EnumSet.of(Role.MANAGER));
			int current = (Integer) row.get("version_no");
			for (int v = 1; v < current; v++) {
				PlanComparison compared = this.plans.compare(((Number) row.get("account_id")).longValue(),
						((Number) row.get("id")).longValue(), v, v + 1, viewer);
				assertThat(compared.objectives()).anyMatch((o) -> o.change() != PlanComparison.Change.SAME
						|| o.strategies().stream().anyMatch((s) -> s.change() != PlanComparison.Change.SAME));
			}
		}
	}

	@Test
	void theDemoManagersPlanPagesRender() throws Exception {
		List<Map<String, Object>> plans = this.sql
			.sql("""
					select p.id, p.account_id, p.version_no from %s p join account_account a on a.id = p.account_id
					join people_directory d on d.id = a.owner_id where d.username = 'manager' order by p.id"""
				.formatted(DEMO_PLANS))
			.query()
			.listOfRows();
		assertThat(plans).hasSizeGreaterThanOrEqualTo(8);
		for (Map<String, Object> plan : plans) {
			String account = "/accounts/" + plan.get("account_id");
			String page = account + "/plans/" + plan.get("id");
			var manager = org.keyline.people.Users.as(this.userDetails, "manager");
			this.mvc.perform(get(page).with(manager)).andExpect(status().isOk());
			this.mvc.perform(get(account).with(manager)).andExpect(status().isOk());
			this.mvc.perform(get(account + "/plans").with(manager)).andExpect(status().isOk());
			int versionNo = (Integer) plan.get("version_no");
			if (versionNo > 1) {
				this.mvc.perform(get(page + "/compare?left=1&right=" + versionNo).with(manager))
					.andExpect(status().isOk());
			}
		}
	}

}
