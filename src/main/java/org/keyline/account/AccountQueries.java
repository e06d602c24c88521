package org.keyline.account;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keyline.shared.Money;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account list and the reads of the account page, in SQL: paged, sorted and filtered
 * in the database, a fixed number of statements whatever the amount of data.
 */
@Component
class AccountQueries {

	static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	AccountQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<AccountRow> list(AccountFilter filter, AccountSort sort, boolean descending, int page, Viewer viewer,
			LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, viewer, today, params);
		long total = this.jdbc.sql("select count(*) from account_account a where " + where)
			.params(params)
			.query(Long.class)
			.single();
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), lastPage);
		// The page's bounds are numbers written into the statement, not bound: bound,
		// PostgreSQL's plan for any bounds looked dearer than one for the bounds at
		// hand, and it planned the statement anew for every list (0.3 ms).
		String bounds = " limit " + PAGE_SIZE + " offset " + (current * PAGE_SIZE);
		String order = sort.column() + (descending ? " desc nulls last" : " asc nulls last") + ", a.id";
		// Sort and cut the page on the account table alone (its indexes serve the common
		// orders), then add the owners' names to the page's rows only.
		String sql = (sort == AccountSort.OWNER)
				? "select a.*, o.display_name as owner_name from account_account a"
						+ " join people_directory o on o.id = a.owner_id where " + where + " order by " + order + bounds
				: "select a.*, o.display_name as owner_name from (select * from account_account a where " + where
						+ " order by " + order + bounds + ") a"
						+ " join people_directory o on o.id = a.owner_id order by " + order;
		List<AccountRow> rows = this.jdbc.sql(sql).params(params).query(AccountQueries::row).list();
		return new PageImpl<>(rows, PageRequest.of(current, PAGE_SIZE), total);
	}

	static String where(AccountFilter filter, Viewer viewer, LocalDate today, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add(AccountAccess.visibleTo(viewer));
		params.put("viewerId", viewer.userId());
		params.put("today", today);
		conditions.add(filter.archived() ? "a.archived_at is not null" : "a.archived_at is null");
		if (filter.text() != null && !filter.text().isBlank()) {
			conditions.add("lower(a.name) like :text escape '\\'");
			params.put("text", "%" + escapeLike(filter.text().trim().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.industry() != null) {
			conditions.add("a.industry = :industry");
			params.put("industry", filter.industry().name());
		}
		if (filter.region() != null) {
			conditions.add("a.region = :region");
			params.put("region", filter.region().name());
		}
		if (filter.stage() != null) {
			conditions.add("a.stage = :stage");
			params.put("stage", filter.stage().name());
		}
		if (filter.ownerId() != null) {
			conditions.add("a.owner_id = :ownerId");
			params.put("ownerId", filter.ownerId());
		}
		if (filter.lossMaking()) {
			conditions.add("a.current_margin < 0");
		}
		return String.join(" and ", conditions);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static AccountRow row(ResultSet rs, int rowNum) throws SQLException {
		BigDecimal revenue = rs.getBigDecimal("current_revenue");
		BigDecimal margin = rs.getBigDecimal("current_margin");
		BigDecimal categorySpend = rs.getBigDecimal("current_category_spend");
		BigDecimal marginPercent = (revenue != null && revenue.signum() > 0 && margin != null)
				? new Money(margin).percentOf(new Money(revenue)).orElse(null) : null;
		// Rounded as on the account page (one decimal), not as the stored sort column.
		BigDecimal shareOfWallet = (revenue != null && categorySpend != null)
				? new Money(revenue).percentOf(new Money(categorySpend)).orElse(null) : null;
		return new AccountRow(rs.getLong("id"), rs.getString("name"), Industry.valueOf(rs.getString("industry")),
				Region.valueOf(rs.getString("region")), rs.getString("country"),
				LifecycleStage.valueOf(rs.getString("stage")), rs.getLong("owner_id"), rs.getString("owner_name"),
				(Integer) rs.getObject("current_year"), (revenue != null) ? new Money(revenue) : null,
				(margin != null) ? new Money(margin) : null, marginPercent, shareOfWallet,
				rs.getTimestamp("archived_at") != null);
	}

	List<AccountEconomics> economics(long accountId) {
		return this.jdbc.sql("""
				select fiscal_year, revenue, cost_to_serve, category_spend, version, updated_by, updated_at
				from account_economics where account_id = :id order by fiscal_year""")
			.param("id", accountId)
			.query((rs, n) -> AccountEconomics.of(rs.getInt("fiscal_year"), rs.getBigDecimal("revenue"),
					rs.getBigDecimal("cost_to_serve"), rs.getBigDecimal("category_spend"), rs.getLong("version"),
					rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	List<AccountDetails.TeamMemberView> team(long accountId, LocalDate today) {
		return this.jdbc.sql("""
				select t.id, t.user_id, u.display_name, t.role, t.specialty, t.joined_on, t.left_on,
				       (t.joined_on <= :today and (t.left_on is null or t.left_on >= :today)) as current
				from account_team_member t join people_directory u on u.id = t.user_id
				where t.account_id = :id
				order by current desc, t.role = 'EXECUTIVE_SPONSOR' desc, t.joined_on, u.display_name""")
			.param("id", accountId)
			.param("today", today)
			.query((rs, n) -> new AccountDetails.TeamMemberView(rs.getLong("id"), rs.getLong("user_id"),
					rs.getString("display_name"), TeamRole.valueOf(rs.getString("role")), rs.getString("specialty"),
					rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
					rs.getBoolean("current")))
			.list();
	}

	/**
	 * The owner's display name ("?" for none) and the display name of who last changed
	 * the account (their username when they are not a user, as the demo data's "demo"):
	 * one statement.
	 */
	String[] ownerAndUpdaterNames(Long ownerId, String updatedBy) {
		return this.jdbc
			.sql("""
					select coalesce((select display_name from people_directory where id = :owner), '?') as owner_name,
					       coalesce((select display_name from people_directory where username = :by), :by) as updater_name""")
			.param("owner", ownerId)
			.param("by", updatedBy)
			.query((rs, n) -> new String[] { rs.getString("owner_name"), rs.getString("updater_name") })
			.single();
	}

	List<AccountDetails.MentorView> mentors(long accountId) {
		return this.jdbc
			.sql("""
					select m.mentor_id, u.display_name, m.assigned_at, coalesce(b.display_name, m.assigned_by) as assigned_by
					from account_mentor m join people_directory u on u.id = m.mentor_id
					left join people_directory b on b.username = m.assigned_by
					where m.account_id = :id order by u.display_name""")
			.param("id", accountId)
			.query((rs, n) -> new AccountDetails.MentorView(rs.getLong("mentor_id"), rs.getString("display_name"),
					rs.getTimestamp("assigned_at").toInstant(), rs.getString("assigned_by")))
			.list();
	}

	/**
	 * The whole group below an account, depth first, with whether the viewer may open
	 * each.
	 */
	List<AccountDetails.SubsidiaryView> subsidiaries(long accountId, Viewer viewer, LocalDate today) {
		return this.jdbc.sql("""
				with recursive tree(id, depth, path) as (
				    select id, 1, array[lower(name)::text] from account_account where parent_id = :id
				    union all
				    select c.id, t.depth + 1, t.path || lower(c.name)::text
				    from account_account c join tree t on c.parent_id = t.id where t.depth < 20
				)
				select a.id, a.name, t.depth, a.current_revenue, a.current_margin,
				       """ + AccountAccess.visibleTo(viewer) + """
				 as visible
				from tree t join account_account a on a.id = t.id
				order by t.path""")
			.param("id", accountId)
			.param("viewerId", viewer.userId())
			.param("today", today)
			.query((rs, n) -> {
				BigDecimal revenue = rs.getBigDecimal("current_revenue");
				BigDecimal margin = rs.getBigDecimal("current_margin");
				return new AccountDetails.SubsidiaryView(rs.getLong("id"), rs.getString("name"), rs.getInt("depth"),
						(revenue != null) ? new Money(revenue) : null, margin != null && margin.signum() < 0,
						rs.getBoolean("visible"));
			})
			.list();
	}

	/**
	 * Whether {@code candidateParent} is {@code accountId} or lies below it in its group.
	 */
	boolean wouldCycle(long accountId, long candidateParent) {
		return Boolean.TRUE.equals(this.jdbc.sql("""
				with recursive up(id, parent_id, depth) as (
				    select id, parent_id, 0 from account_account where id = :candidate
				    union all
				    select a.id, a.parent_id, up.depth + 1 from account_account a join up on a.id = up.parent_id
				    where up.depth < 100
				)
				select exists (select 1 from up where id = :account)""")
			.param("candidate", candidateParent)
			.param("account", accountId)
			.query(Boolean.class)
			.single());
	}

	/** The names of accounts the viewer may pick as a parent, for the form. */
	List<ParentOption> parentOptions(Viewer viewer, LocalDate today) {
		return this.jdbc
			.sql("select a.id, a.name from account_account a where a.archived_at is null and "
					+ AccountAccess.visibleTo(viewer) + " order by lower(a.name) limit 2000")
			.param("viewerId", viewer.userId())
			.param("today", today)
			.query((rs, n) -> new ParentOption(rs.getLong("id"), rs.getString("name")))
			.list();
	}

}
