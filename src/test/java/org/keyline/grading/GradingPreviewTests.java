package org.keyline.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.shared.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What-if: before a change of the scheme is saved, a director sees which accounts would
 * change tier; the preview changes nothing, and saving then does exactly what it showed.
 */
@KeylineTest
class GradingPreviewTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	GradingManagement grading;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void thePreviewShowsExactlyWhatSavingDoes() {
		Viewer owner = Accounts.aViewer(this.testUsers, "owner", Role.MANAGER);
		Viewer director = Accounts.aViewer(this.testUsers, "director", Role.DIRECTOR);
		int year = LocalDate.now(this.clock).getYear() - 1;
		long big = this.accounts.create(Accounts.aProfile(), null, owner);
		this.accounts.recordEconomics(big, year, BigDecimal.valueOf(6_000_000), BigDecimal.valueOf(4_000_000),
				BigDecimal.valueOf(10_000_000), null, owner);
		settle();
		GradingScheme before = this.grading.scheme();
		GradingScheme.Criterion revenue = before.criteria().get(0);
		assertThat(revenue.name()).isEqualTo("Revenue");
		CriterionInput heavier = new CriterionInput(revenue.name(), revenue.description(), BigDecimal.valueOf(80),
				revenue.kind(), revenue.metric(), revenue.bands(), revenue.guidance());
		long changesBefore = changes();

		GradingPreview preview = this.grading.previewCriterion(revenue.id(), heavier, revenue.version(), director);

		assertThat(changes()).as("the preview saved nothing").isEqualTo(changesBefore);
		assertThat(this.grading.scheme().criteria().get(0).weight()).isEqualByComparingTo("25");
		assertThat(preview.moves()).anySatisfy((m) -> assertThat(m.accountId()).isEqualTo(big));
		assertThat(preview.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(preview.total());

		long last = this.jdbc.queryForObject("select coalesce(max(id), 0) from grading_tier_change", Long.class);
		try {
			this.grading.updateCriterion(revenue.id(), heavier, revenue.version(), director);
			Set<String> saved = this.jdbc
				.queryForList(
						"select account_id || ':' || coalesce(from_tier, '-') || '>' || coalesce(to_tier, '-') "
								+ "from grading_tier_change where id > ? and cause <> 'DATA_CHANGED'",
						String.class, last)
				.stream()
				.collect(Collectors.toSet());
			Set<String> shown = preview.moves()
				.stream()
				.map((m) -> m.accountId() + ":" + (m.fromTier() != null ? m.fromTier() : "-") + ">"
						+ (m.toTier() != null ? m.toTier() : "-"))
				.collect(Collectors.toSet());
			assertThat(saved).isEqualTo(shown);
		}
		finally {
			GradingScheme.Criterion now = this.grading.scheme().criteria().get(0);
			this.grading.updateCriterion(
					revenue.id(), new CriterionInput(revenue.name(), revenue.description(), revenue.weight(),
							revenue.kind(), revenue.metric(), revenue.bands(), revenue.guidance()),
					now.version(), director);
		}
		assertThat(this.grading.scheme().criteria().get(0).weight()).isEqualByComparingTo("25");
	}

	@Test
	void renamingACriterionRegradesNobodyAndChangingItsWeightRegradesEveryone() {
		Viewer owner = Accounts.aViewer(this.testUsers, "owner", Role.MANAGER);
		Viewer director = Accounts.aViewer(this.testUsers, "director", Role.DIRECTOR);
		long account = this.accounts.create(Accounts.aProfile(), null, owner);
		settle();
		GradingScheme.Criterion revenue = this.grading.scheme().criteria().get(0);
		java.sql.Timestamp graded = gradedAt(account);
		try {
			this.grading.updateCriterion(revenue.id(),
					new CriterionInput(revenue.name() + " (net)", "Net revenue last year", revenue.weight(),
							revenue.kind(), revenue.metric(), revenue.bands(), revenue.guidance()),
					revenue.version(), director);
			assertThat(this.grading.scheme().criteria().get(0).name()).isEqualTo("Revenue (net)");
			assertThat(gradedAt(account)).as("not regraded for a new name").isEqualTo(graded);

			GradingScheme.Criterion renamed = this.grading.scheme().criteria().get(0);
			this.grading.updateCriterion(
					revenue.id(), new CriterionInput(renamed.name(), renamed.description(), BigDecimal.valueOf(30),
							renamed.kind(), renamed.metric(), renamed.bands(), renamed.guidance()),
					renamed.version(), director);
			assertThat(gradedAt(account)).as("regraded for a new weight").isAfter(graded);
		}
		finally {
			GradingScheme.Criterion now = this.grading.scheme().criteria().get(0);
			this.grading.updateCriterion(
					revenue.id(), new CriterionInput(revenue.name(), revenue.description(), revenue.weight(),
							revenue.kind(), revenue.metric(), revenue.bands(), revenue.guidance()),
					now.version(), director);
		}
	}

	private java.sql.Timestamp gradedAt(long account) {
		return this.jdbc.queryForObject("select graded_at from grading_account_score where account_id = ?",
				java.sql.Timestamp.class, account);
	}

	@Test
	void onlyDirectorsPreviewAndBadInputIsRefusedAsWhenSaving() {
		Viewer manager = Accounts.aViewer(this.testUsers, "manager", Role.MANAGER);
		Viewer director = Accounts.aViewer(this.testUsers, "director", Role.DIRECTOR);
		GradingScheme scheme = this.grading.scheme();
		List<TierInput> tiers = scheme.tiers()
			.stream()
			.map((t) -> new TierInput(t.name(), t.threshold(), t.reviewCadenceDays(), t.sponsorRequired(),
					t.agreedPlanRequired(), t.interactionTargetDays()))
			.toList();
		assertThatThrownBy(() -> this.grading.previewTiers(scheme.naming(), tiers, scheme.version(), manager))
			.isInstanceOf(AccountActionRefused.class);
		List<TierInput> unordered = List.of(tiers.get(1), tiers.get(0));
		assertThatThrownBy(() -> this.grading.previewTiers(scheme.naming(), unordered, scheme.version(), director))
			.isInstanceOfSatisfying(RuleViolation.class,
					(v) -> assertThat(v.messageKey()).isEqualTo("grading.tier.threshold.order"));
		assertThat(this.grading.scheme().tiers()).hasSize(scheme.tiers().size());
	}

	private long changes() {
		return this.jdbc.queryForObject("select count(*) from grading_tier_change", Long.class);
	}

	private void settle() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null", Integer.class) == 0);
	}

}
