package org.keyline.review.demo;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.keyline.people.Role;
import org.keyline.people.UserDirectory;
import org.keyline.people.UserSummary;
import org.keyline.review.ReviewCadence;
import org.keyline.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Strategy reviews of every active demo account that has a mentor: a history of one to
 * four reviews each, about a cadence apart. Each mentor's accounts take turns being
 * overdue, due in the next 30 days, and fine, so that the account page, the reviews due
 * and the overdue badge all have something to show. Reviews from before the mentor was
 * assigned were recorded by a director.
 *
 * <p>
 * Accounts and mentors are read with plain SQL, and the reviews written in JDBC batches,
 * so that large benchmark portfolios seed quickly.
 */
@Component
class ReviewDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);

	/** Any fixed seed: the same reviews on every run. */
	private static final long SEED = 20_261_125L;

	private static final String BY = "demo";

	private static final String[] ASSESSMENTS = { """
			The long-term strategy still rests on becoming the customer's preferred partner for \
			its operations. Share of wallet grows slowly; the plan's objectives are measurable but \
			two actions are late. The executive relationship is thin.""", """
			The strategy is sound: we follow the customer into its new markets and the team knows \
			the decision makers. The risk is concentration on one sponsor; if they leave, we lose \
			our access to the board.""", """
			We are still seen as a vendor, not a partner. The plan talks about value but the \
			actions are mostly sales activities. The vision has not been tested with the customer \
			yet.""", """
			Good progress: the customer asked us into its supplier innovation programme and \
			margins recovered. The three-year horizon should now include the service business \
			they are building.""", """
			The account is profitable but the strategy is defensive. A competitor is winning \
			the new sites; our answer so far is price. We need a reason to be chosen that is not \
			price.""" };

	private static final String[] RECOMMENDATIONS = {
			"Test the vision with the CFO before the next budget round; add one objective on the service business.",
			"Build a second executive relationship; ask the sponsor to introduce us to the COO.",
			"Replace two sales actions in the plan with joint projects the customer values.",
			"Bring the late actions back on track and report progress at the next team meeting.", null };

	private final JdbcTemplate jdbc;

	private final UserDirectory users;

	private final ReviewCadence cadence;

	private final Clock clock;

	ReviewDemoData(JdbcTemplate jdbc, UserDirectory users, ReviewCadence cadence, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.cadence = cadence;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public void seed() {
		Boolean existing = this.jdbc.queryForObject("select exists (select 1 from review_strategy_review)",
				Boolean.class);
		if (Boolean.TRUE.equals(existing)) {
			return;
		}
		record Mentored(long accountId, long mentorId, LocalDate assignedOn) {
		}
		// The account's first assigned mentor reviews it.
		List<Mentored> accounts = this.jdbc.query(
				"""
						select distinct on (a.id) a.id, m.mentor_id, cast(m.assigned_at at time zone 'UTC' as date) as assigned_on
						from account_account a join account_mentor m on m.account_id = a.id
						where a.archived_at is null
						order by a.id, m.assigned_at, m.mentor_id""",
				(rs, n) -> new Mentored(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)));
		Long director = this.users.withRole(Role.DIRECTOR).stream().map(UserSummary::id).findFirst().orElse(null);
		LocalDate today = LocalDate.now(this.clock);
		Random random = new Random(SEED);
		Map<Long, Integer> turns = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		for (Mentored account : accounts) {
			int days = this.cadence.daysFor(account.accountId());
			int turn = turns.merge(account.mentorId(), 1, Integer::sum) - 1;
			LocalDate next = switch (turn % 3) {
				case 0 -> today.minusDays(3 + random.nextInt(58));
				case 1 -> today.plusDays(1 + random.nextInt(30));
				default -> today.plusDays(31 + random.nextInt(Math.max(1, days - 35)));
			};
			LocalDate reviewedOn = next.minusDays(days);
			int count = 1 + random.nextInt(4);
			for (int i = 0; i < count; i++) {
				long reviewer = (reviewedOn.isBefore(account.assignedOn()) && director != null) ? director
						: account.mentorId();
				rows.add(
						new Object[] { account.accountId(), reviewedOn, ASSESSMENTS[random.nextInt(ASSESSMENTS.length)],
								RECOMMENDATIONS[random.nextInt(RECOMMENDATIONS.length)], next, reviewer,
								reviewedOn.atTime(LocalTime.of(16, 0)).atOffset(ZoneOffset.UTC) });
				next = reviewedOn;
				reviewedOn = next.minusDays(days - 10 + random.nextInt(21));
			}
		}
		this.jdbc.batchUpdate("""
				insert into review_strategy_review (account_id, reviewed_on, assessment, recommendations,
				    next_review_on, reviewer_id, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, '%s')""".formatted(BY), rows, new int[] { Types.BIGINT, Types.DATE,
				Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE });
		log.info("Seeded {} demo strategy reviews of {} mentored accounts", rows.size(), accounts.size());
	}

}
