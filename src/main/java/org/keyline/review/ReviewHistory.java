package org.keyline.review;

import java.util.List;

/**
 * The strategy reviews of an account, newest first, with where it stands now.
 */
public record ReviewHistory(ReviewStatus status, List<ReviewEntry> reviews) {
}
