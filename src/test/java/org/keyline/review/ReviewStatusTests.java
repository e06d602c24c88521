package org.keyline.review;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overdue, due soon and on time, on fixed dates.
 */
class ReviewStatusTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@Test
	void aDueDateBeforeTodayIsOverdueByTheDaysInBetween() {
		ReviewStatus status = due(LocalDate.of(2026, 2, 28));
		assertThat(status.overdue()).isTrue();
		assertThat(status.daysOverdue()).isEqualTo(10);
		assertThat(status.dueSoon()).isFalse();
	}

	@Test
	void todayAndTheNextThirtyDaysAreDueSoonNotOverdue() {
		assertThat(due(TODAY).overdue()).isFalse();
		assertThat(due(TODAY).dueSoon()).isTrue();
		assertThat(due(TODAY).daysUntilDue()).isZero();
		assertThat(due(TODAY.plusDays(30)).dueSoon()).isTrue();
		assertThat(due(TODAY.plusDays(31)).dueSoon()).isFalse();
		assertThat(due(TODAY.plusDays(31)).daysOverdue()).isZero();
	}

	@Test
	void noDueDateIsNeitherOverdueNorDueSoon() {
		ReviewStatus status = due(null);
		assertThat(status.overdue()).isFalse();
		assertThat(status.dueSoon()).isFalse();
		assertThat(status.daysOverdue()).isZero();
	}

	@Test
	void aDueReviewRowIsOverdueWhenItHasDaysOverdue() {
		assertThat(new DueReview(1, "A", "O", null, null, null, TODAY, 0).overdue()).isFalse();
		assertThat(new DueReview(1, "A", "O", null, null, null, TODAY.minusDays(1), 1).overdue()).isTrue();
	}

	@Test
	void theConfiguredCadenceIsTheSameForEveryAccountAndAConstantInSql() {
		ConfiguredReviewCadence cadence = new ConfiguredReviewCadence(45);
		assertThat(cadence.daysFor(1)).isEqualTo(45);
		assertThat(cadence.daysFor(2)).isEqualTo(45);
		assertThat(cadence.daysSql()).isEqualTo(":cadenceDays");
		assertThat(cadence.sqlParameters()).containsEntry("cadenceDays", 45);
	}

	private static ReviewStatus due(LocalDate dueOn) {
		return new ReviewStatus(null, true, null, dueOn, 0, false, TODAY);
	}

}
