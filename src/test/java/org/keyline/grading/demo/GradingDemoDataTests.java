package org.keyline.grading.demo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo accounts are graded with hand scores, all three tiers are taken, and the
 * curated accounts have a year of tier history. Other tests share the database: only the
 * demo's accounts (created before the demo seed ran) and the demo's rows are looked at.
 */
@KeylineTest
class GradingDemoDataTests {

	private static final String DEMO_ACCOUNTS = "(select * from account_account where created_at <= (select min(seeded_at) from demo_seed))";

	/** The demo's tier changes: those written before the demo seed finished. */
	private static final String DEMO_CHANGES = """
			(select c.* from grading_tier_change c join %s a on a.id = c.account_id
			 where c.changed_at <= (select min(seeded_at) from demo_seed))""".formatted(DEMO_ACCOUNTS);

	@Autowired
	JdbcClient sql;

	@Test
	void everyActiveDemoAccountIsGradedAndScoredByHand() {
		assertThat(count("""
				select count(*) from %s a
				where a.archived_at is null
				  and not exists (select 1 from grading_account_score s where s.account_id = a.id)""")).isZero();
		assertThat(count("""
				select count(*) from %s a
				where a.archived_at is null
				  and not exists (select 1 from grading_manual_score m where m.account_id = a.id
				                  and m.scored_by = 'demo' and m.level between 1 and 5)""")).isZero();
		assertThat(count("select count(*) from %s a where a.archived_at is null")).isGreaterThanOrEqualTo(50);
	}

	@Test
	void theDemoAccountsTakeEveryTierAndSomeAreNoKeyAccounts() {
		List<Integer> tiers = this.sql.sql("""
				select distinct coalesce(s.tier_position, 0) from grading_account_score s
				join %s a on a.id = s.account_id order by 1""".formatted(DEMO_ACCOUNTS)).query(Integer.class).list();
		assertThat(tiers).contains(1, 2, 3);
	}

	@Test
	void theCuratedAccountsHaveAYearOfTierHistoryEndingInTheirTier() {
		OffsetDateTime oldest = this.sql.sql("select min(changed_at) from " + DEMO_CHANGES + " c")
			.query(OffsetDateTime.class)
			.single();
		OffsetDateTime newest = this.sql.sql("select max(changed_at) from " + DEMO_CHANGES + " c")
			.query(OffsetDateTime.class)
			.single();
		OffsetDateTime now = OffsetDateTime.now();
		assertThat(Duration.between(oldest, now).toDays()).isBetween(330L, 370L);
		assertThat(Duration.between(newest, now).toDays()).isBetween(0L, 200L);
		List<String> causes = this.sql.sql("select distinct cause from " + DEMO_CHANGES + " c order by 1")
			.query(String.class)
			.list();
		assertThat(causes).contains("FIRST_GRADED", "DATA_CHANGED", "CRITERIA_CHANGED");
		assertThat(count("""
				select count(*) from (select c.account_id from %s c group by c.account_id having count(*) >= 3) x"""
			.replace("%s", DEMO_CHANGES))).isGreaterThanOrEqualTo(10);
		// Each change starts from the tier the one before ended in.
		assertThat(
				count("""
						select count(*) from (
						    select c.from_tier, lag(c.to_tier) over (partition by c.account_id order by c.changed_at, c.id) as before
						    from %s c) x
						where x.from_tier is distinct from x.before"""
					.replace("%s", DEMO_CHANGES)))
			.isZero();
		// The last demo change of each account is its tier after the demo seed.
		assertThat(count("""
				select count(*) from (
				    select distinct on (c.account_id) c.account_id, c.to_tier
				    from %s c order by c.account_id, c.changed_at desc, c.id desc) last
				join grading_account_score s on s.account_id = last.account_id
				left join grading_tier t on t.position = s.tier_position
				where t.name is distinct from last.to_tier
				  and not exists (select 1 from grading_tier_change later where later.account_id = last.account_id
				                  and later.changed_at > (select min(seeded_at) from demo_seed))""".replace("%s",
				DEMO_CHANGES)))
			.isZero();
	}

	private int count(String sql) {
		return this.sql.sql(sql.contains("%s") ? sql.formatted(DEMO_ACCOUNTS) : sql).query(Integer.class).single();
	}

}
