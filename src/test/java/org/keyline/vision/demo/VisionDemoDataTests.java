package org.keyline.vision.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.people.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Most demo accounts have a vision in one to three versions with the customer's feedback
 * in every reaction, many were assessed once or twice, and there are requirements in
 * every status and both horizons that keep the rules. Only demo rows are looked at
 * (accounts created before the demo seed ran): other tests share the database.
 */
@KeylineTest
class VisionDemoDataTests {

	private static final String DEMO = "(select id from account_account where created_at <= (select min(seeded_at) from demo_seed))";

	@Autowired
	JdbcClient sql;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void mostAccountsHaveAVisionInOneToThreeVersionsWithFeedbackInEveryReaction() {
		int active = count("select count(*) from account_account where archived_at is null and id in " + DEMO);
		List<Integer> versions = this.sql
			.sql("select max(version_no) from vision_version where account_id in " + DEMO + " group by account_id")
			.query(Integer.class)
			.list();
		assertThat(versions.size()).isGreaterThanOrEqualTo(active * 3 / 4);
		assertThat(versions).allSatisfy((n) -> assertThat(n).isBetween(1, 3));
		assertThat(versions).contains(1, 2, 3);
		assertThat(this.sql.sql("select distinct f.reaction from vision_feedback f where f.account_id in " + DEMO)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("ENDORSED", "POSITIVE", "MIXED", "SCEPTICAL", "REJECTED");
		// Versions are numbered 1..n without gaps; feedback follows its version, from a
		// contact of the account or a typed name, never in the future.
		assertThat(count("select count(*) from (select account_id from vision_version where account_id in " + DEMO
				+ " group by account_id having count(*) <> max(version_no)) gaps"))
			.isZero();
		assertThat(count("""
				select count(*) from vision_feedback f join vision_version v on v.id = f.version_id
				left join relationship_contact c on c.id = f.contact_id
				where f.account_id in %s
				  and (v.account_id <> f.account_id or f.given_on > current_date
				       or (f.contact_id is not null and (c.account_id <> f.account_id or c.left_company)))"""
			.formatted(DEMO))).isZero();
		assertThat(count("select count(*) from vision_feedback where contact_id is null and account_id in " + DEMO))
			.isPositive();
		// Some current visions were not tried on the customer yet.
		assertThat(count("""
				select count(*) from vision_version v
				where v.account_id in %s
				  and v.version_no = (select max(version_no) from vision_version x where x.account_id = v.account_id)
				  and not exists (select 1 from vision_feedback f where f.version_id = v.id)""".formatted(DEMO)))
			.isPositive();
	}

	@Test
	void manyAccountsWereAssessedOnceOrTwiceWithKnownValuesAndAnswers() {
		List<Map<String, Object>> perAccount = this.sql
			.sql("select account_id, count(*) as n from vision_assessment where account_id in " + DEMO
					+ " group by account_id")
			.query()
			.listOfRows();
		assertThat(perAccount).hasSizeGreaterThanOrEqualTo(30);
		assertThat(perAccount).extracting((row) -> ((Number) row.get("n")).intValue()).contains(1, 2);
		assertThat(
				count("""
						select count(*) from vision_assessment s
						where s.account_id in %s
						  and (s.assessed_on > current_date
						       or (select count(*) from vision_assessment_answer x where x.assessment_id = s.id) not between 7 and 10)"""
					.formatted(DEMO)))
			.isZero();
		// The later of two assessments revised some answers.
		assertThat(count("""
				select count(*) from vision_assessment_answer x1
				join vision_assessment s1 on s1.id = x1.assessment_id
				join vision_assessment s2 on s2.account_id = s1.account_id and s2.assessed_on > s1.assessed_on
				join vision_assessment_answer x2 on x2.assessment_id = s2.id and x2.question = x1.question
				where s1.account_id in %s and x1.answer <> x2.answer""".formatted(DEMO))).isPositive();
	}

	@Test
	void requirementsComeInEveryStatusAndBothHorizonsAndKeepTheRules() {
		List<Map<String, Object>> combinations = this.sql
			.sql("select distinct status, horizon from vision_requirement where account_id in " + DEMO)
			.query()
			.listOfRows();
		assertThat(combinations).hasSize(10);
		assertThat(count("""
				select count(*) from vision_requirement r
				join relationship_contact c on c.id = r.raised_by_contact_id
				where r.account_id in %s
				  and (c.account_id <> r.account_id
				       or (r.status in ('REPRESENTED', 'ACCEPTED', 'DELIVERED') and r.represented_by_id is null)
				       or (r.status in ('DELIVERED', 'DECLINED') and r.outcome is null)
				       or r.raised_on > current_date)""".formatted(DEMO))).isZero();
		assertThat(count("select count(distinct account_id) from vision_requirement where account_id in " + DEMO))
			.isGreaterThanOrEqualTo(30);
	}

	@Test
	void theDemoAccountsVisionPagesRenderForTheDirector() throws Exception {
		RequestPostProcessor director = Users.as(this.userDetails, "director");
		long account = this.sql
			.sql("select s.account_id from vision_assessment s where s.account_id in " + DEMO
					+ " group by s.account_id having count(*) = 2 order by s.account_id limit 1")
			.query(Long.class)
			.single();
		List<Long> assessments = this.sql
			.sql("select id from vision_assessment where account_id = ? order by assessed_on")
			.param(account)
			.query(Long.class)
			.list();
		for (String path : List.of("", "/vision", "/vision/edit", "/assessments", "/assessments/new",
				"/assessments/" + assessments.get(0),
				"/assessments/compare?left=" + assessments.get(0) + "&right=" + assessments.get(1), "/requirements",
				"/requirements/new")) {
			this.mvc.perform(get("/accounts/" + account + path).with(director)).andExpect(status().isOk());
		}
	}

	private int count(String query) {
		return this.sql.sql(query).query(Integer.class).single();
	}

}
