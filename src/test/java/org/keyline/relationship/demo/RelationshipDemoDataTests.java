package org.keyline.relationship.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo accounts have organisations, links and interactions that hang together, and
 * each coverage finding shows on some demo accounts and not on others.
 */
@KeylineTest
class RelationshipDemoDataTests {

	// Other tests share the database and add accounts, contacts and links of their own:
	// every
	// query looks only at what the demo seeded (accounts created before the demo seed
	// ran).

	private static final String WORKING_OR_BETTER = "('WORKING', 'TRUSTED', 'ADVOCATE')";

	/** One column per coverage finding, true where the account shows it. */
	private static final String FINDINGS = """
			select a.name,
			    exists (select 1 from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c
			            where c.account_id = a.id and not c.left_company
			              and c.buying_role in ('DECISION_MAKER', 'INFLUENCER')
			              and not exists (select 1 from (select * from relationship_link where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) l
			                              where l.contact_id = c.id and l.strength in %1$s)) as uncovered,
			    exists (select 1 from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c
			            where c.account_id = a.id and not c.left_company
			              and (select count(*) from (select * from relationship_link where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) l where l.contact_id = c.id) = 1) as single_threaded,
			    exists (select 1 from (select * from relationship_link where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) l join (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c on c.id = l.contact_id
			            where l.account_id = a.id and not c.left_company
			              and (l.last_interaction_on is null or l.last_interaction_on < current_date - 90)) as cold,
			    exists (select 1 from (values ('EXECUTIVE'), ('SENIOR_MANAGEMENT')) v (level)
			            where not exists (select 1 from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c
			                              join (select * from relationship_link where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) l on l.contact_id = c.id
			                              where c.account_id = a.id and not c.left_company and c.level = v.level
			                                and l.strength in %1$s)) as level_gap,
			    exists (select 1 from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c
			            where c.account_id = a.id and not c.left_company
			              and c.buying_role in ('DECISION_MAKER', 'INFLUENCER')
			              and c.attitude in ('SCEPTIC', 'OPPONENT')) as against
			from (select * from account_account where created_at <= (select min(seeded_at) from demo_seed)) a
			where a.archived_at is null
			order by a.name"""
		.formatted(WORKING_OR_BETTER);

	@Autowired
	JdbcClient sql;

	@Test
	void contactsWereLastChangedByTheAccountsOwnerAndLinksByTheColleagueWhoKnowsThem() {
		assertThat(this.sql.sql("""
				select count(*) from relationship_contact c
				join account_account a on a.id = c.account_id
				join people_user u on u.id = a.owner_id and u.username = c.updated_by""").query(Integer.class).single())
			.isGreaterThan(500);
		assertThat(this.sql.sql("""
				select count(*) from relationship_link l
				join people_user u on u.id = l.user_id and u.username = l.updated_by""").query(Integer.class).single())
			.isGreaterThan(100);
		assertThat(this.sql.sql("select count(*) from relationship_contact where updated_by = 'demo'")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.sql.sql("select count(*) from relationship_link where updated_by = 'demo'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void everyActiveAccountHasTenToFortyContactsAndArchivedOnesNone() {
		List<Integer> counts = this.sql
			.sql("""
					select count(c.id) from (select * from account_account where created_at <= (select min(seeded_at) from demo_seed)) a left join (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c on c.account_id = a.id
					where a.archived_at is null group by a.id""")
			.query(Integer.class)
			.list();
		assertThat(counts).hasSizeGreaterThanOrEqualTo(50).allSatisfy((count) -> assertThat(count).isBetween(10, 40));
		assertThat(this.sql
			.sql("""
					select count(*) from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c join (select * from account_account where created_at <= (select min(seeded_at) from demo_seed)) a on a.id = c.account_id
					where a.archived_at is not null""")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void eachOrganisationIsOneTreeUnderItsChiefExecutiveWithinTheAccount() {
		assertThat(this.sql
			.sql("""
					select count(*) from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c join (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) m on m.id = c.reports_to_id
					where m.account_id <> c.account_id or m.left_company""")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.sql
			.sql("""
					select title from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) where reports_to_id is null""")
			.query(String.class)
			.list()).hasSizeGreaterThanOrEqualTo(50).containsOnly("Chief Executive Officer");
		assertThat(this.sql
			.sql("""
					select count(*) from (select account_id from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) where reports_to_id is null
					group by account_id having count(*) > 1) roots""")
			.query(Integer.class)
			.single()).isZero();
		// Walking up from everybody reaches the top: no cycles.
		assertThat(this.sql
			.sql("""
					with recursive up (id, manager, depth) as (
					    select id, reports_to_id, 0 from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed)))
					    union all
					    select up.id, c.reports_to_id, up.depth + 1
					    from up join (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c on c.id = up.manager
					    where up.depth < 50)
					select count(*) from up where manager is not null and depth >= 50""")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void linksAreFromCurrentTeamMembersToCurrentContactsOfTheSameAccount() {
		assertThat(this.sql.sql(
				"select count(*) from (select * from relationship_link where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed)))")
			.query(Integer.class)
			.single()).isGreaterThan(300);
		assertThat(this.sql
			.sql("""
					select count(*) from (select * from relationship_link where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) l join (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c on c.id = l.contact_id
					where c.account_id <> l.account_id or c.left_company
					   or not exists (select 1 from account_team_member t
					                  where t.account_id = l.account_id and t.user_id = l.user_id
					                    and t.joined_on <= current_date
					                    and (t.left_on is null or t.left_on >= current_date))""")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aLinksLastInteractionIsTheLatestInteractionOfThatPair() {
		assertThat(this.sql
			.sql("""
					select count(*) from (select * from relationship_link where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) l
					where l.last_interaction_on is distinct from (
					    select max(i.occurred_on) from (select * from relationship_interaction where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) i
					    join relationship_interaction_contact ic on ic.interaction_id = i.id
					    join relationship_interaction_user iu on iu.interaction_id = i.id
					    where ic.contact_id = l.contact_id and iu.user_id = l.user_id)""")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void interactionsCoverThePastYearWithOneToFourAWeekAndParticipantsOnBothSides() {
		List<Map<String, Object>> perAccount = this.sql
			.sql("""
					select a.id, count(i.id) as interactions, min(i.occurred_on) >= current_date - 370 as within_year,
					    max(i.occurred_on) <= current_date as not_future
					from (select * from account_account where created_at <= (select min(seeded_at) from demo_seed)) a join (select * from relationship_interaction where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) i on i.account_id = a.id
					group by a.id""")
			.query()
			.listOfRows();
		assertThat(perAccount).hasSizeGreaterThanOrEqualTo(50).allSatisfy((row) -> {
			assertThat(((Number) row.get("interactions")).intValue()).isBetween(50, 250);
			assertThat(row.get("within_year")).isEqualTo(true);
			assertThat(row.get("not_future")).isEqualTo(true);
		});
		assertThat(this.sql
			.sql("""
					select count(*) from (select * from relationship_interaction where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) i
					where (select count(*) from relationship_interaction_contact c where c.interaction_id = i.id) not between 1 and 3
					   or (select count(*) from relationship_interaction_user u where u.interaction_id = i.id) not between 1 and 2""")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void eachCoverageFindingShowsOnSeveralAccountsAndNotOnOthers() {
		List<Map<String, Object>> findings = this.sql.sql(FINDINGS).query().listOfRows();
		for (String finding : List.of("uncovered", "single_threaded", "cold", "level_gap", "against")) {
			assertThat(findings).as(finding)
				.filteredOn((row) -> Boolean.TRUE.equals(row.get(finding)))
				.hasSizeGreaterThanOrEqualTo(3);
			assertThat(findings).as(finding)
				.filteredOn((row) -> Boolean.FALSE.equals(row.get(finding)))
				.hasSizeGreaterThanOrEqualTo(3);
		}
		// Some accounts are covered well: none of the findings.
		assertThat(findings).filteredOn((row) -> row.values().stream().noneMatch(Boolean.TRUE::equals))
			.hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void nordhafenTellsAStoryOfAnUnknownDecisionMakerAColdLinkAndAnOpponent() {
		long account = this.sql.sql(
				"select id from (select * from account_account where created_at <= (select min(seeded_at) from demo_seed)) where name = 'Nordhafen Logistics AG'")
			.query(Long.class)
			.single();
		assertThat(this.sql
			.sql("""
					select c.name, c.title from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c
					where c.account_id = ? and not c.left_company and c.buying_role in ('DECISION_MAKER', 'INFLUENCER')
					  and not exists (select 1 from (select * from relationship_link where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) l where l.contact_id = c.id and l.strength in %s)"""
				.formatted(WORKING_OR_BETTER))
			.param(account)
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
			.list()).containsExactly(tuple("Matthias Krüger", "Chief Financial Officer"));
		assertThat(this.sql
			.sql("""
					select d.username, c.name, current_date - l.last_interaction_on from (select * from relationship_link where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) l
					join (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c on c.id = l.contact_id join people_directory d on d.id = l.user_id
					where l.account_id = ? and l.last_interaction_on < current_date - 90""")
			.param(account)
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getInt(3) >= 120 && rs.getInt(3) <= 122))
			.list()).containsExactly(tuple("member", "Sabine Lorenz", true));
		assertThat(this.sql
			.sql("""
					select c.name, c.buying_role, c.attitude from (select * from relationship_contact where account_id in (select id from account_account where created_at <= (select min(seeded_at) from demo_seed))) c
					where c.account_id = ? and not c.left_company and c.buying_role in ('DECISION_MAKER', 'INFLUENCER')
					  and c.attitude in ('SCEPTIC', 'OPPONENT')""")
			.param(account)
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()).containsExactly(tuple("Jörg Brandt", "DECISION_MAKER", "OPPONENT"));
	}

}
