package org.keyline.plan;

/**
 * Someone commented on a plan, as a whole ({@code objectiveId} null) or on one of its
 * objectives, or replied to a comment.
 */
public record PlanCommentAdded(long accountId, long planId, Long objectiveId, long commentId, long authorId) {

}
