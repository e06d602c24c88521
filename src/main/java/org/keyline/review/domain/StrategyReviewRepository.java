package org.keyline.review.domain;

import org.springframework.data.repository.Repository;

public interface StrategyReviewRepository extends Repository<StrategyReview, Long> {

	StrategyReview save(StrategyReview review);

}
