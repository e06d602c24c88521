package org.keyline.account;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.keyline.shared.Money;
import tools.jackson.databind.JsonNode;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.keyline.shared.SqlJson.array;
import static org.keyline.shared.SqlJson.date;
import static org.keyline.shared.SqlJson.decimal;
import static org.keyline.shared.SqlJson.micros;
import static org.keyline.shared.SqlJson.text;

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

	/**
	 * Everything of the account page that this module shows, for a viewer who may see the
	 * account; empty when it does not exist or they may not see it. One statement: the
	 * account's row with what the viewer may do, the owner's, the last editor's and the
	 * parent's names, and its competitors, fiscal years, team, mentors and group below it
	 * as JSON arrays. It was eight statements (the access check, the account and its
	 * competitors through JPA, the names, the years, the team, the mentors, the group),
	 * each a round trip to PostgreSQL that cost both sides more than its query did
	 * (docs/performance.md).
	 */
	Optional<AccountDetails> details(long id, Viewer viewer, LocalDate today) {
		if (!viewer.worksWithAccounts()) {
			return Optional.empty();
		}
		return this.jdbc
			.sql(DETAILS_SQL.formatted(AccountAccess.currentMember("a"), AccountAccess.mentor("a"),
					AccountAccess.visibleTo(viewer, "p"), AccountAccess.visibleTo(viewer, "s"),
					AccountAccess.visibleTo(viewer)))
			.param("id", id)
			.param("viewerId", viewer.userId())
			.param("today", today)
			.query((rs, n) -> details(rs, viewer))
			.optional();
	}

	private static final String DETAILS_SQL = """
			select a.id, a.name, a.industry, a.region, a.country, a.employees, a.website, a.parent_id, a.owner_id,
			    a.stage, a.relationship, a.strategic_importance, a.ease_of_business, a.advice_frequency, a.notes,
			    a.archived_at, a.version, a.updated_at, a.updated_by,
			    a.owner_id = :viewerId as is_owner, %1$s as is_member, %2$s as is_mentor,
			    coalesce((select d.display_name from people_directory d where d.id = a.owner_id), '?') as owner_name,
			    coalesce((select d.display_name from people_directory d where d.username = a.updated_by), a.updated_by)
			        as updater_name,
			    p.name as parent_name, coalesce(%3$s, false) as parent_visible,
			    (select json_agg(json_build_array(c.name, c.share_of_spend::text) order by c.position)
			     from account_competitor c where c.account_id = a.id) as competitors,
			    (select json_agg(json_build_array(e.fiscal_year, e.revenue::text, e.cost_to_serve::text,
			         e.category_spend::text, e.version, e.updated_by,
			         cast(extract(epoch from e.updated_at) * 1000000 as bigint)) order by e.fiscal_year)
			     from account_economics e where e.account_id = a.id) as economics,
			    (select json_agg(json_build_array(t.id, t.user_id, t.display_name, t.role, t.specialty, t.joined_on,
			         t.left_on, t.current) order by t.current desc, t.role = 'EXECUTIVE_SPONSOR' desc, t.joined_on,
			         t.display_name)
			     from (select t.id, t.user_id, u.display_name, t.role, t.specialty, t.joined_on, t.left_on,
			               (t.joined_on <= :today and (t.left_on is null or t.left_on >= :today)) as current
			           from account_team_member t join people_directory u on u.id = t.user_id
			           where t.account_id = a.id) t) as team,
			    (select json_agg(json_build_array(m.mentor_id, u.display_name,
			         cast(extract(epoch from m.assigned_at) * 1000000 as bigint),
			         coalesce(b.display_name, m.assigned_by)) order by u.display_name)
			     from account_mentor m join people_directory u on u.id = m.mentor_id
			     left join people_directory b on b.username = m.assigned_by
			     where m.account_id = a.id) as mentors,
			    (with recursive tree(id, depth, path) as (
			         select id, 1, array[lower(name)::text] from account_account where parent_id = :id
			         union all
			         select c.id, t.depth + 1, t.path || lower(c.name)::text
			         from account_account c join tree t on c.parent_id = t.id where t.depth < 20)
			     select json_agg(json_build_array(s.id, s.name, t.depth, s.current_revenue::text,
			         coalesce(s.current_margin < 0, false), %4$s) order by t.path)
			     from tree t join account_account s on s.id = t.id) as subsidiaries
			from account_account a left join account_account p on p.id = a.parent_id
			where a.id = :id and %5$s""";

	private static AccountDetails details(ResultSet rs, Viewer viewer) throws SQLException {
		AccountAccess.Relation relation = new AccountAccess.Relation(true, viewer.isDirector(),
				rs.getBoolean("is_owner"), rs.getBoolean("is_member"), rs.getBoolean("is_mentor"));
		List<AccountProfile.Competitor> competitors = new ArrayList<>();
		for (JsonNode c : array(rs, "competitors")) {
			competitors.add(new AccountProfile.Competitor(c.get(0).asString(), decimal(c.get(1))));
		}
		AccountProfile profile = new AccountProfile(rs.getString("name"), Industry.valueOf(rs.getString("industry")),
				Region.valueOf(rs.getString("region")), rs.getString("country"), (Integer) rs.getObject("employees"),
				rs.getString("website"), (Long) rs.getObject("parent_id"),
				LifecycleStage.valueOf(rs.getString("stage")), RelationshipLevel.valueOf(rs.getString("relationship")),
				rs.getInt("strategic_importance"), rs.getInt("ease_of_business"),
				AdviceFrequency.valueOf(rs.getString("advice_frequency")), rs.getString("notes"),
				List.copyOf(competitors));
		List<AccountEconomics> years = new ArrayList<>();
		for (JsonNode e : array(rs, "economics")) {
			years.add(AccountEconomics.of(e.get(0).asInt(), decimal(e.get(1)), decimal(e.get(2)), decimal(e.get(3)),
					e.get(4).asLong(), text(e.get(5)), micros(e.get(6))));
		}
		List<AccountDetails.TeamMemberView> team = new ArrayList<>();
		for (JsonNode t : array(rs, "team")) {
			team.add(new AccountDetails.TeamMemberView(t.get(0).asLong(), t.get(1).asLong(), t.get(2).asString(),
					TeamRole.valueOf(t.get(3).asString()), text(t.get(4)), date(t.get(5)), date(t.get(6)),
					t.get(7).asBoolean()));
		}
		List<AccountDetails.MentorView> mentors = new ArrayList<>();
		for (JsonNode m : array(rs, "mentors")) {
			mentors.add(new AccountDetails.MentorView(m.get(0).asLong(), m.get(1).asString(), micros(m.get(2)),
					text(m.get(3))));
		}
		List<AccountDetails.SubsidiaryView> subsidiaries = new ArrayList<>();
		for (JsonNode s : array(rs, "subsidiaries")) {
			BigDecimal revenue = decimal(s.get(3));
			subsidiaries.add(new AccountDetails.SubsidiaryView(s.get(0).asLong(), s.get(1).asString(), s.get(2).asInt(),
					(revenue != null) ? new Money(revenue) : null, s.get(4).asBoolean(), s.get(5).asBoolean()));
		}
		Money groupRevenue = null;
		if (!subsidiaries.isEmpty()) {
			Money own = years.isEmpty() ? Money.ZERO : years.get(years.size() - 1).revenue();
			groupRevenue = subsidiaries.stream()
				.map(AccountDetails.SubsidiaryView::revenue)
				.filter(Objects::nonNull)
				.reduce(own, Money::plus);
		}
		Long parentId = profile.parentId();
		return new AccountDetails(rs.getLong("id"), profile, rs.getLong("version"), rs.getLong("owner_id"),
				rs.getString("owner_name"), parentId, (parentId != null) ? rs.getString("parent_name") : null,
				parentId != null && rs.getBoolean("parent_visible"), instant(rs.getTimestamp("archived_at")),
				instant(rs.getTimestamp("updated_at")), rs.getString("updater_name"), List.copyOf(years),
				List.copyOf(team), List.copyOf(mentors), List.copyOf(subsidiaries), groupRevenue,
				relation.permissions());
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
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
