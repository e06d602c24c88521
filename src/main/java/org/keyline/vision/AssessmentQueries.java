package org.keyline.vision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keyline.account.AdviceFrequency;
import org.keyline.account.RelationshipLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assessments read with SQL, and what Keyline knows about an account now, read from the
 * account and relationship tables as a read-only snapshot.
 */
@Component
class AssessmentQueries {

	/**
	 * Live links: our person is on the account's current team and the contact has not
	 * left the customer.
	 */
	static final String LIVE_LINKS = """
			(select count(*) from relationship_link l
			 join relationship_contact c on c.id = l.contact_id
			 where l.account_id = a.id and not c.left_company
			   and exists (select 1 from account_team_member t
			               where t.account_id = l.account_id and t.user_id = l.user_id
			                 and t.joined_on <= :today and (t.left_on is null or t.left_on >= :today)))""";

	/**
	 * The competitors present, with their share of spend where known: "Contoso (30%)".
	 */
	static final String COMPETITORS = """
			(select string_agg(co.name || coalesce(' (' || trim_scale(co.share_of_spend) || '%)', ''), ', '
			                   order by co.position, co.id)
			 from account_competitor co where co.account_id = a.id)""";

	private final JdbcClient jdbc;

	AssessmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What Keyline knows about the account today: one statement. */
	KnownAnswers known(long accountId, LocalDate today) {
		return this.jdbc
			.sql("select a.current_year, a.current_share_of_wallet, a.relationship, a.advice_frequency,"
					+ " a.strategic_importance, a.ease_of_business, " + LIVE_LINKS + " as touch_points, " + COMPETITORS
					+ " as competitors from account_account a where a.id = :accountId")
			.param("accountId", accountId)
			.param("today", today)
			.query((rs, row) -> new KnownAnswers((Integer) rs.getObject("current_year"),
					rs.getBigDecimal("current_share_of_wallet"),
					RelationshipLevel.valueOf(rs.getString("relationship")), rs.getInt("touch_points"),
					AdviceFrequency.valueOf(rs.getString("advice_frequency")), rs.getInt("strategic_importance"),
					rs.getInt("ease_of_business"), rs.getString("competitors")))
			.single();
	}

	/** The account's assessments, newest first: one statement. */
	List<AssessmentSummary> list(long accountId) {
		return this.jdbc.sql("""
				select s.id, s.assessed_on, coalesce(d.display_name, s.created_by) as by_name, s.created_at,
				       (select count(*) from vision_assessment_answer x where x.assessment_id = s.id) as answered
				from vision_assessment s left join people_directory d on d.username = s.created_by
				where s.account_id = :accountId
				order by s.assessed_on desc, s.id desc""")
			.param("accountId", accountId)
			.query((rs, row) -> new AssessmentSummary(rs.getLong("id"), rs.getObject("assessed_on", LocalDate.class),
					rs.getString("by_name"), VisionQueries.instant(rs, "created_at"), rs.getInt("answered")))
			.list();
	}

	/** The account's latest assessment's id, if any. */
	Long latestId(long accountId) {
		return this.jdbc.sql("""
				select id from vision_assessment where account_id = :accountId
				order by assessed_on desc, id desc limit 1""")
			.param("accountId", accountId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * These assessments of the account with their answers, by id: one statement. Ids of
	 * another account are left out.
	 */
	Map<Long, AssessmentView> find(long accountId, Collection<Long> ids) {
		record Line(long id, LocalDate assessedOn, String by, java.time.Instant at, KnownAnswers known, String question,
				String answer) {
		}
		List<Line> lines = this.jdbc.sql("""
				select s.id, s.assessed_on, coalesce(d.display_name, s.created_by) as by_name, s.created_at,
				       s.known_fiscal_year, s.known_share_of_wallet, s.known_relationship, s.known_touch_points,
				       s.known_advice_frequency, s.known_strategic_importance, s.known_ease_of_business,
				       s.known_competitors, x.question, x.answer
				from vision_assessment s
				left join people_directory d on d.username = s.created_by
				left join vision_assessment_answer x on x.assessment_id = s.id
				where s.account_id = :accountId and s.id in (:ids)
				order by s.id""")
			.param("accountId", accountId)
			.param("ids", ids)
			.query((rs, row) -> new Line(rs.getLong("id"), rs.getObject("assessed_on", LocalDate.class),
					rs.getString("by_name"), VisionQueries.instant(rs, "created_at"),
					new KnownAnswers((Integer) rs.getObject("known_fiscal_year"),
							(BigDecimal) rs.getBigDecimal("known_share_of_wallet"),
							RelationshipLevel.valueOf(rs.getString("known_relationship")),
							rs.getInt("known_touch_points"),
							AdviceFrequency.valueOf(rs.getString("known_advice_frequency")),
							rs.getInt("known_strategic_importance"), rs.getInt("known_ease_of_business"),
							rs.getString("known_competitors")),
					rs.getString("question"), rs.getString("answer")))
			.list();
		Map<Long, List<Line>> byId = new LinkedHashMap<>();
		for (Line line : lines) {
			byId.computeIfAbsent(line.id(), (id) -> new ArrayList<>()).add(line);
		}
		Map<Long, AssessmentView> views = new LinkedHashMap<>();
		byId.forEach((id, group) -> {
			Map<AssessmentQuestion, String> answers = new EnumMap<>(AssessmentQuestion.class);
			for (Line line : group) {
				if (line.question() != null) {
					answers.put(AssessmentQuestion.valueOf(line.question()), line.answer());
				}
			}
			Line first = group.get(0);
			views.put(id, new AssessmentView(id, first.assessedOn(), first.by(), first.at(), first.known(), answers));
		});
		return views;
	}

	/** The id of the assessment before this one (by day, then by id), or null. */
	Long previousId(long accountId, LocalDate assessedOn, long id) {
		return this.jdbc.sql("""
				select id from vision_assessment
				where account_id = :accountId and (assessed_on < :day or (assessed_on = :day and id < :id))
				order by assessed_on desc, id desc limit 1""")
			.param("accountId", accountId)
			.param("day", assessedOn)
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
