package org.keyline.review.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mentored demo account has a history of strategy reviews, and some are overdue,
 * some due soon and some fine. Other tests share the database: only the demo's accounts
 * (created before the demo seed ran) and the demo's reviews are looked at.
 */
@KeylineTest
class ReviewDemoDataTests {

	private static final String DEMO_ACCOUNTS = "(select * from account_account where created_at <= (select min(seeded_at) from demo_seed))";

	private static final String DEMO_REVIEWS = "(select * from review_strategy_review where created_by = 'demo')";

	@Autowired
	JdbcClient sql;

	@Test
	void everyActiveMentoredDemoAccountHasOneToFourReviews() {
		List<Integer> counts = this.sql.sql("""
				select (select count(*) from %s r where r.account_id = a.id)
				from %s a
				where a.archived_at is null and exists (select 1 from account_mentor m where m.account_id = a.id)
				""".formatted(DEMO_REVIEWS, DEMO_ACCOUNTS)).query(Integer.class).list();
		assertThat(counts).hasSizeGreaterThanOrEqualTo(6).allSatisfy((count) -> assertThat(count).isBetween(1, 4));
		assertThat(this.sql
			.sql("""
					select count(*) from %s r join %s a on a.id = r.account_id
					where a.archived_at is not null
					   or not exists (select 1 from account_mentor m where m.account_id = a.id)"""
				.formatted(DEMO_REVIEWS, DEMO_ACCOUNTS))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void someAreOverdueSomeDueSoonAndSomeFine() {
		Map<String, Integer> states = this.sql.sql("""
				select case when last.next_review_on < current_date then 'overdue'
				            when last.next_review_on <= current_date + 30 then 'soon'
				            else 'fine' end as state, count(*) as accounts
				from %s a
				join lateral (select r.next_review_on from %s r where r.account_id = a.id
				              order by r.reviewed_on desc, r.id desc limit 1) last on true
				group by 1""".formatted(DEMO_ACCOUNTS, DEMO_REVIEWS))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(states).containsOnlyKeys("overdue", "soon", "fine");
		assertThat(states.values()).allSatisfy((count) -> assertThat(count).isPositive());
	}

	@Test
	void reviewsAreInThePastReviewedByTheMentorOrADirectorAndSetALaterNextDate() {
		assertThat(this.sql.sql("""
				select count(*) from %s r
				where r.reviewed_on > current_date or r.next_review_on <= r.reviewed_on
				   or length(trim(r.assessment)) = 0
				   or not (exists (select 1 from account_mentor m where m.account_id = r.account_id
				                   and m.mentor_id = r.reviewer_id)
				           or exists (select 1 from people_user_role ur where ur.user_id = r.reviewer_id
				                      and ur.role = 'DIRECTOR'))""".formatted(DEMO_REVIEWS))
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.sql.sql("select count(*) from " + DEMO_REVIEWS + " r").query(Integer.class).single())
			.isGreaterThanOrEqualTo(6);
	}

	@Test
	void theDemoMentorHasAnOverdueReview() {
		assertThat(this.sql.sql("""
				select count(*) from %s a
				join account_mentor m on m.account_id = a.id
				join people_directory d on d.id = m.mentor_id and d.username = 'mentor'
				join lateral (select r.next_review_on from %s r where r.account_id = a.id
				              order by r.reviewed_on desc, r.id desc limit 1) last on true
				where last.next_review_on < current_date""".formatted(DEMO_ACCOUNTS, DEMO_REVIEWS))
			.query(Integer.class)
			.single()).isPositive();
	}

}
