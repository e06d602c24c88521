package org.keyline.review;

/**
 * No such review on this account (or the viewer may not see it): a 404 page.
 */
public class ReviewNotFound extends RuntimeException {

	public ReviewNotFound(long accountId, long reviewId) {
		super("Review " + reviewId + " of account " + accountId);
	}

}
