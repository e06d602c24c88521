package org.keyline.vision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.keyline.account.AccountRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Client requirements read with SQL, filtered and paged in the database, and the people a
 * requirement form offers.
 */
@Component
class RequirementQueries {

	private static final String COLUMNS = """
			select r.id, r.horizon, r.title, r.description, r.raised_by_contact_id, c.name as raised_by, r.raised_on,
			       r.represented_by_id, d.display_name as represented_by, r.status, r.outcome, r.version,
			       r.updated_at, coalesce(u.display_name, r.updated_by) as updated_by_name
			from vision_requirement r
			join relationship_contact c on c.id = r.raised_by_contact_id
			left join people_directory d on d.id = r.represented_by_id
			left join people_directory u on u.username = r.updated_by
			""";

	private final JdbcClient jdbc;

	RequirementQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count(long accountId, RequirementStatus status, RequirementHorizon horizon) {
		return this.jdbc.sql("select count(*) from vision_requirement r where " + filter(status, horizon))
			.param("accountId", accountId)
			.param("status", (status != null) ? status.name() : "")
			.param("horizon", (horizon != null) ? horizon.name() : "")
			.query(Long.class)
			.single();
	}

	List<RequirementRow> page(long accountId, RequirementStatus status, RequirementHorizon horizon, int limit,
			long offset) {
		return this.jdbc
			.sql(COLUMNS + "where " + filter(status, horizon)
					+ " order by r.raised_on desc, r.id desc limit :limit offset :offset")
			.param("accountId", accountId)
			.param("status", (status != null) ? status.name() : "")
			.param("horizon", (horizon != null) ? horizon.name() : "")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new RequirementRow(rs.getLong("id"),
					RequirementHorizon.valueOf(rs.getString("horizon")), rs.getString("title"),
					rs.getString("description"), rs.getString("raised_by"), rs.getObject("raised_on", LocalDate.class),
					rs.getString("represented_by"), RequirementStatus.valueOf(rs.getString("status")),
					rs.getString("outcome")))
			.list();
	}

	Optional<RequirementEdit> find(AccountRef account, long requirementId) {
		return this.jdbc.sql(COLUMNS + "where r.account_id = :accountId and r.id = :id")
			.param("accountId", account.id())
			.param("id", requirementId)
			.query((rs, row) -> new RequirementEdit(rs.getLong("id"), account,
					new RequirementInput(RequirementHorizon.valueOf(rs.getString("horizon")), rs.getString("title"),
							rs.getString("description"), rs.getLong("raised_by_contact_id"),
							rs.getObject("raised_on", LocalDate.class), (Long) rs.getObject("represented_by_id"),
							RequirementStatus.valueOf(rs.getString("status")), rs.getString("outcome")),
					rs.getLong("version"), rs.getString("raised_by"), rs.getString("represented_by"),
					rs.getString("updated_by_name"), VisionQueries.instant(rs, "updated_at")))
			.optional();
	}

	/** The account's owner and the people on its current team, by name: one statement. */
	List<RequirementChoices.Person> people(long accountId, LocalDate today) {
		return this.jdbc.sql("""
				select d.id, d.display_name from people_directory d
				where d.id in (select a.owner_id from account_account a where a.id = :accountId
				               union
				               select t.user_id from account_team_member t
				               where t.account_id = :accountId and t.joined_on <= :today
				                 and (t.left_on is null or t.left_on >= :today))
				order by d.display_name, d.id""")
			.param("accountId", accountId)
			.param("today", today)
			.query((rs, row) -> new RequirementChoices.Person(rs.getLong("id"), rs.getString("display_name")))
			.list();
	}

	/** Whether this user is the account's owner or on its current team. */
	boolean isOwnerOrOnTeam(long accountId, long userId, LocalDate today) {
		return this.jdbc.sql("""
				select exists (select 1 from account_account a where a.id = :accountId and a.owner_id = :userId)
				    or exists (select 1 from account_team_member t
				               where t.account_id = :accountId and t.user_id = :userId and t.joined_on <= :today
				                 and (t.left_on is null or t.left_on >= :today))""")
			.param("accountId", accountId)
			.param("userId", userId)
			.param("today", today)
			.query(Boolean.class)
			.single();
	}

	private static String filter(RequirementStatus status, RequirementHorizon horizon) {
		String where = "r.account_id = :accountId";
		if (status != null) {
			where += " and r.status = :status";
		}
		if (horizon != null) {
			where += " and r.horizon = :horizon";
		}
		return where;
	}

}
