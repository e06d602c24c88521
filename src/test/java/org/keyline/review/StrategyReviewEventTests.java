package org.keyline.review;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keyline.KeylineTest;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keyline.review.ReviewFixtures.review;

/**
 * Recording a strategy review publishes {@link StrategyReviewRecorded} for other modules
 * (with Spring Modulith's published events); a refused one publishes nothing.
 */
@KeylineTest
@ExtendWith(PublishedEventsExtension.class)
class StrategyReviewEventTests {

	@Autowired
	StrategyReviews reviews;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	@Autowired
	Clock clock;

	@Test
	void recordingAReviewPublishesStrategyReviewRecorded(AssertablePublishedEvents events) {
		LocalDate today = LocalDate.now(this.clock);
		ReviewFixtures f = ReviewFixtures.anAccount(this.accounts, this.users, today);

		long id = this.reviews.record(f.accountId, review(today.minusDays(2), null), f.mentor);

		assertThat(events.ofType(StrategyReviewRecorded.class).matching((event) -> event.accountId() == f.accountId))
			.containsExactly(
					new StrategyReviewRecorded(f.accountId, id, today.minusDays(2), today.minusDays(2).plusDays(90)));
	}

	@Test
	void aRefusedOrInvalidReviewPublishesNothing(AssertablePublishedEvents events) {
		LocalDate today = LocalDate.now(this.clock);
		ReviewFixtures f = ReviewFixtures.anAccount(this.accounts, this.users, today);

		assertThatThrownBy(() -> this.reviews.record(f.accountId, review(today, null), f.owner))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.reviews.record(f.accountId, review(today.plusDays(1), null), f.mentor))
			.isInstanceOf(org.keyline.shared.RuleViolation.class);

		assertThat(events.ofType(StrategyReviewRecorded.class).matching((event) -> event.accountId() == f.accountId))
			.isEmpty();
	}

}
