package org.keyline.portfolio;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.CoverageSummaries;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A portfolio computed by hand, written straight into the tables (no events, so no
 * regrade changes the tiers it sets): eleven active accounts and one archived account
 * owned by a fresh manager, so that the dashboard filtered by that owner shows only them.
 * Without events, the fixture refreshes an account's coverage summary itself after each
 * write that the relationship module's listener would have refreshed it for.
 *
 * <pre>
 * account  revenue cost  spend tier    notes
 * Alpha    1000    600   4000  Gold    review ok, sponsor, active plan, interaction T-5 -> service met
 * Bravo     500    700   1000  Gold    no review/mentor, no sponsor, draft plan, interaction T-30
 * Charlie   300    200   -     Silver  mentor since T-100, no review, no plan, interaction T-20
 * Delta     200    250   2000  -       loss-making, not a key account
 * Echo        -      -   -     -       no economics; North America, banking
 * Small 1-6  50     40   -     -
 * Foxtrot  5000   1000   -     Gold    archived: never counts
 * </pre>
 */
class PortfolioFixture {

	final JdbcTemplate jdbc;

	final CoverageSummaries summaries;

	final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	final Viewer owner;

	final Viewer sponsor;

	final Viewer stranger;

	final Viewer mentor;

	final String prefix = Accounts.uniqueName("PF");

	long alpha;

	long bravo;

	long charlie;

	long delta;

	long echo;

	long foxtrot;

	PortfolioFixture(JdbcTemplate jdbc, TestUsers users, CoverageSummaries summaries) {
		this.jdbc = jdbc;
		this.summaries = summaries;
		this.owner = Accounts.aViewer(users, "pfowner", Role.MANAGER);
		this.sponsor = Accounts.aViewer(users, "pfsponsor", Role.MEMBER);
		this.stranger = Accounts.aViewer(users, "pfstranger", Role.MANAGER);
		this.mentor = Accounts.aViewer(users, "pfmentor", Role.MENTOR);
	}

	PortfolioFixture build() {
		this.alpha = account("Alpha", "1000", "600", "4000", 1, "WESTERN_EUROPE", "MANUFACTURING", false);
		this.bravo = account("Bravo", "500", "700", "1000", 1, "WESTERN_EUROPE", "MANUFACTURING", false);
		this.charlie = account("Charlie", "300", "200", null, 2, "WESTERN_EUROPE", "MANUFACTURING", false);
		this.delta = account("Delta", "200", "250", "2000", null, "WESTERN_EUROPE", "MANUFACTURING", false);
		this.echo = account("Echo", null, null, null, null, "NORTH_AMERICA", "BANKING", false);
		for (int i = 1; i <= 6; i++) {
			account("Small " + i, "50", "40", null, null, "WESTERN_EUROPE", "MANUFACTURING", false);
		}
		this.foxtrot = account("Foxtrot", "5000", "1000", null, 1, "WESTERN_EUROPE", "MANUFACTURING", true);

		// Service: Alpha gets it all.
		review(this.alpha, this.today.minusDays(10), this.today.plusDays(50));
		team(this.alpha, this.sponsor.userId(), "EXECUTIVE_SPONSOR", this.today.minusDays(100));
		plan(this.alpha, "ACTIVE");
		interaction(this.alpha, this.today.minusDays(5));
		// Bravo: nothing but a draft plan and an old interaction.
		plan(this.bravo, "DRAFT");
		interaction(this.bravo, this.today.minusDays(30));
		// Charlie: a mentor since T-100 and no review: due T-10 (Silver reviews every 90
		// days).
		this.jdbc.update(
				"insert into account_mentor (account_id, mentor_id, assigned_at, assigned_by) values (?, ?, ?, 'test')",
				this.charlie, this.mentor.userId(), noon(this.today.minusDays(100)));
		interaction(this.charlie, this.today.minusDays(20));
		// The archived account would miss everything.

		// Coverage.
		long c1 = contact(this.alpha, "EXECUTIVE", "DECISION_MAKER", false);
		long c2 = contact(this.alpha, "SENIOR_MANAGEMENT", "INFLUENCER", false);
		contact(this.alpha, "TECHNICAL", "USER", false);
		contact(this.alpha, "EXECUTIVE", "DECISION_MAKER", true);
		link(this.alpha, this.owner.userId(), c1, "WORKING", this.today.minusDays(10));
		link(this.alpha, this.sponsor.userId(), c1, "TRUSTED", this.today.minusDays(200));
		link(this.alpha, this.owner.userId(), c2, "ACQUAINTED", this.today.minusDays(10));
		long c5 = contact(this.bravo, "EXECUTIVE", "DECISION_MAKER", false);
		long c6 = contact(this.bravo, "SENIOR_MANAGEMENT", "USER", false);
		link(this.bravo, this.owner.userId(), c5, "WORKING", null);
		link(this.bravo, this.stranger.userId(), c6, "WORKING", this.today.minusDays(1));

		// Tier moves.
		change(this.alpha, null, "Silver", "FIRST_GRADED", 20);
		change(this.alpha, "Silver", "Gold", "DATA_CHANGED", 10);
		change(this.bravo, "Silver", "Gold", "DATA_CHANGED", 40);
		change(this.charlie, "Gold", "Silver", "DATA_CHANGED", 3);
		change(this.delta, "Bronze", null, "DATA_CHANGED", 30);
		change(this.delta, "Silver", "Bronze", "DATA_CHANGED", 200);
		change(this.foxtrot, "Silver", "Gold", "DATA_CHANGED", 2);
		return this;
	}

	PortfolioFilter byOwner() {
		return new PortfolioFilter(this.owner.userId(), null, null, null);
	}

	String name(String shortName) {
		return this.prefix + " " + shortName;
	}

	long account(String name, String revenue, String cost, String spend, Integer tier, String region, String industry,
			boolean archived) {
		Long id = this.jdbc.queryForObject(
				"""
						insert into account_account (name, industry, region, country, owner_id, stage, relationship,
						    strategic_importance, ease_of_business, advice_frequency, archived_at, current_year, current_revenue,
						    current_cost_to_serve, current_category_spend, created_at, updated_at, updated_by)
						values (?, ?, ?, 'NL', ?, 'EXPLOITATION', 'PREFERRED_SUPPLIER', 3, 3, 'SOMETIMES', ?, ?, ?, ?, ?,
						    now(), now(), 'test') returning id""",
				Long.class, name(name), industry, region, this.owner.userId(),
				archived ? new Timestamp(System.currentTimeMillis()) : null,
				(revenue != null) ? this.today.getYear() : null, decimal(revenue), decimal(cost), decimal(spend));
		if (revenue != null) {
			this.jdbc.update(
					"""
							insert into account_economics (account_id, fiscal_year, revenue, cost_to_serve, category_spend, updated_at)
							values (?, ?, ?, ?, ?, now())""",
					id, this.today.getYear(), decimal(revenue), decimal(cost), decimal(spend));
		}
		this.jdbc.update(
				"""
						insert into grading_account_score (account_id, score, score_tier_position, tier_position, overridden, graded_at)
						values (?, ?, ?, ?, false, now())""",
				id, (tier == null) ? 10 : 80 - tier * 10, tier, tier);
		this.summaries.refresh(id);
		return id;
	}

	void review(long account, LocalDate on, LocalDate next) {
		this.jdbc.update("""
				insert into review_strategy_review (account_id, reviewed_on, assessment, next_review_on, reviewer_id,
				    created_at, created_by) values (?, ?, 'Fine', ?, ?, now(), 'test')""", account, Date.valueOf(on),
				Date.valueOf(next), this.mentor.userId());
	}

	void team(long account, long user, String role, LocalDate joined) {
		this.jdbc.update("insert into account_team_member (account_id, user_id, role, joined_on) values (?, ?, ?, ?)",
				account, user, role, Date.valueOf(joined));
		this.summaries.refresh(account);
	}

	void plan(long account, String status) {
		this.jdbc.update(
				"""
						insert into plan_plan (account_id, title, horizon_from, horizon_to, status, created_at, created_by, updated_at)
						values (?, 'Plan', ?, ?, ?, now(), 'test', now())""",
				account, this.today.getYear(), this.today.getYear() + 3, status);
	}

	void interaction(long account, LocalDate on) {
		this.jdbc.update("""
				insert into relationship_interaction (account_id, occurred_on, kind, summary, created_at, created_by)
				values (?, ?, 'MEETING', 'Met', now(), 'test')""", account, Date.valueOf(on));
		this.summaries.refresh(account);
	}

	long contact(long account, String level, String role, boolean left) {
		Long id = this.jdbc.queryForObject(
				"""
						insert into relationship_contact (account_id, name, level, buying_role, attitude, influence, left_company,
						    created_at, updated_at) values (?, 'Contact', ?, ?, 'NEUTRAL', 3, ?, now(), now()) returning id""",
				Long.class, account, level, role, left);
		this.summaries.refresh(account);
		return id;
	}

	void link(long account, long user, long contact, String strength, LocalDate last) {
		this.jdbc.update(
				"""
						insert into relationship_link (account_id, user_id, contact_id, strength, last_interaction_on, updated_at)
						values (?, ?, ?, ?, ?, now())""",
				account, user, contact, strength, (last != null) ? Date.valueOf(last) : null);
		this.summaries.refresh(account);
	}

	void change(long account, String from, String to, String cause, int daysAgo) {
		this.jdbc.update("""
				insert into grading_tier_change (account_id, from_tier, to_tier, score, cause, changed_at)
				values (?, ?, ?, 50, ?, ?)""", account, from, to, cause, noon(this.today.minusDays(daysAgo)));
	}

	static Timestamp noon(LocalDate day) {
		return Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
