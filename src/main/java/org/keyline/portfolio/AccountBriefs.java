package org.keyline.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.keyline.account.AccountEconomics;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountRef;
import org.keyline.account.Industry;
import org.keyline.account.Region;
import org.keyline.account.Viewer;
import org.keyline.grading.AccountGrade;
import org.keyline.grading.GradingManagement;
import org.keyline.plan.PlanGlance;
import org.keyline.plan.PlanManagement;
import org.keyline.plan.PlanView;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.CoverageAnalysis;
import org.keyline.relationship.CoverageReport;
import org.keyline.review.ReviewSchedule;
import org.keyline.review.ReviewStatus;
import org.keyline.vision.CurrentVision;
import org.keyline.vision.VisionManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-page account brief. It reads each part through the owning module's public
 * service where one call fits (the account ref, the current vision, the grade, the
 * coverage, the open plan, the review status) and, where none does, reads the other
 * modules' tables in SQL itself (as the portfolio module may): the account's header and
 * latest three fiscal years ({@code account_account}, {@code account_economics}), its key
 * contacts ({@code relationship_contact}) and the full text of its last strategy review
 * ({@code review_strategy_review}); names come from {@code people_directory}.
 * <p>
 * A brief runs a fixed number of statements whatever the account's size: 15 without an
 * open plan, 21 with one (see {@code AccountBriefPagesTests}).
 */
@Service
public class AccountBriefs {

	private final AccountManagement accounts;

	private final VisionManagement visions;

	private final GradingManagement grading;

	private final CoverageAnalysis coverage;

	private final PlanManagement plans;

	private final ReviewSchedule reviews;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountBriefs(AccountManagement accounts, VisionManagement visions, GradingManagement grading,
			CoverageAnalysis coverage, PlanManagement plans, ReviewSchedule reviews, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.visions = visions;
		this.grading = grading;
		this.coverage = coverage;
		this.plans = plans;
		this.reviews = reviews;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The brief of an account the viewer may see (owner, team, director, mentor);
	 * {@link AccountNotFound} otherwise.
	 */
	@Transactional(readOnly = true)
	public AccountBrief brief(long accountId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		LocalDate today = LocalDate.now(this.clock);
		Header header = header(accountId);
		CurrentVision vision = this.visions.currentOf(ref).orElse(null);
		AccountGrade grade = this.grading.grade(ref, viewer);
		Contacts contacts = contacts(accountId);
		CoverageReport gaps = this.coverage.analyse(ref);
		Optional<PlanGlance> glance = this.plans.glance(ref, viewer);
		AccountBrief.PlanPart plan = glance.map((g) -> plan(this.plans.plan(ref, g.id(), viewer), today)).orElse(null);
		ReviewStatus status = this.reviews.status(ref, viewer);
		AccountBrief.LastReview review = lastReview(accountId);
		return new AccountBrief(ref, header.ownerName, header.industry, header.region, header.country, header.archived,
				vision, grade, header.economics, contacts.shown, contacts.total, gaps, plan, review, status, today);
	}

	private record Header(String ownerName, Industry industry, Region region, String country, boolean archived,
			List<AccountEconomics> economics) {
	}

	private Header header(long accountId) {
		List<Header> rows = new ArrayList<>();
		List<AccountEconomics> years = new ArrayList<>();
		this.jdbc
			.sql("""
					select a.industry, a.region, a.country, a.archived_at, d.display_name as owner_name,
					       e.fiscal_year, e.revenue, e.cost_to_serve, e.category_spend, e.version, e.updated_by, e.updated_at
					from account_account a
					join people_directory d on d.id = a.owner_id
					left join lateral (
					    select x.* from account_economics x where x.account_id = a.id
					    order by x.fiscal_year desc limit 3) e on true
					where a.id = :accountId
					order by e.fiscal_year""")
			.param("accountId", accountId)
			.query((ResultSet rs) -> {
				if (rows.isEmpty()) {
					rows.add(new Header(rs.getString("owner_name"), Industry.valueOf(rs.getString("industry")),
							Region.valueOf(rs.getString("region")), rs.getString("country"),
							rs.getObject("archived_at") != null, years));
				}
				if (rs.getObject("fiscal_year") != null) {
					years.add(AccountEconomics.of(rs.getInt("fiscal_year"), rs.getBigDecimal("revenue"),
							rs.getBigDecimal("cost_to_serve"), rs.getBigDecimal("category_spend"),
							rs.getLong("version"), rs.getString("updated_by"), instant(rs, "updated_at")));
				}
			});
		if (rows.isEmpty()) {
			throw new AccountNotFound(accountId);
		}
		return rows.get(0);
	}

	private record Contacts(List<AccountBrief.KeyContact> shown, int total) {
	}

	private Contacts contacts(long accountId) {
		int[] total = new int[1];
		List<AccountBrief.KeyContact> shown = this.jdbc.sql("""
				select c.id, c.name, c.title, c.level, c.buying_role, c.attitude, c.influence,
				       count(*) over () as total
				from relationship_contact c
				where c.account_id = :accountId and not c.left_company
				order by case when c.buying_role in ('DECISION_MAKER', 'INFLUENCER') then 0 else 1 end,
				         c.influence desc, c.name, c.id
				limit :limit""")
			.param("accountId", accountId)
			.param("limit", AccountBrief.CONTACTS_SHOWN)
			.query((rs, row) -> {
				total[0] = rs.getInt("total");
				return new AccountBrief.KeyContact(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
						ContactLevel.valueOf(rs.getString("level")), BuyingRole.valueOf(rs.getString("buying_role")),
						Attitude.valueOf(rs.getString("attitude")), rs.getInt("influence"));
			})
			.list();
		return new Contacts(shown, total[0]);
	}

	private AccountBrief.LastReview lastReview(long accountId) {
		return this.jdbc.sql("""
				select r.id, r.reviewed_on, d.display_name as reviewer_name, r.assessment, r.recommendations,
				       r.next_review_on
				from review_strategy_review r
				join people_directory d on d.id = r.reviewer_id
				where r.account_id = :accountId
				order by r.reviewed_on desc, r.id desc
				limit 1""")
			.param("accountId", accountId)
			.query((rs, row) -> new AccountBrief.LastReview(rs.getLong("id"),
					rs.getObject("reviewed_on", LocalDate.class), rs.getString("reviewer_name"),
					rs.getString("assessment"), rs.getString("recommendations"),
					rs.getObject("next_review_on", LocalDate.class)))
			.optional()
			.orElse(null);
	}

	private static AccountBrief.PlanPart plan(PlanView view, LocalDate today) {
		List<AccountBrief.Objective> objectives = view.objectives()
			.stream()
			.sorted(Comparator.comparingInt(PlanView.ObjectiveView::position))
			.limit(AccountBrief.OBJECTIVES_SHOWN)
			.map((o) -> new AccountBrief.Objective(o.title(), o.metric(), o.unit(), o.baselineText(), o.targetText(),
					o.targetOn(), o.latestText(), o.progress()))
			.toList();
		List<PlanView.ActionView> overdue = view.objectives()
			.stream()
			.flatMap((o) -> o.actions().stream())
			.filter(PlanView.ActionView::overdue)
			.sorted(Comparator.comparing(PlanView.ActionView::dueOn).thenComparing(PlanView.ActionView::id))
			.toList();
		List<AccountBrief.OverdueAction> shown = overdue.stream()
			.limit(AccountBrief.ACTIONS_SHOWN)
			.map((a) -> new AccountBrief.OverdueAction(a.description(), a.ownerName(), a.dueOn(),
					today.toEpochDay() - a.dueOn().toEpochDay()))
			.toList();
		return new AccountBrief.PlanPart(view.id(), view.title(), view.status(), view.versionNo(), view.horizonFrom(),
				view.horizonTo(), objectives, view.objectives().size(), shown, overdue.size());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
