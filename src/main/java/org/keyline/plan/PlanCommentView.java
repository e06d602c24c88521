package org.keyline.plan;

import java.time.Instant;

/**
 * One comment on a plan as shown: who wrote it (and whether they mentor the account),
 * when, and what. {@code objectiveId} is null for a comment on the plan as a whole, and
 * also when the objective it was about has been removed since: {@code objectiveTitle}
 * then still names it. {@code inReplyTo} names the author of the comment this one answers
 * when that is a reply itself (replies are shown flat under their thread's first
 * comment), else null.
 */
public record PlanCommentView(long id, Long objectiveId, String objectiveTitle, Long parentId, String body,
		long authorId, String authorName, boolean authorMentor, Instant createdAt, String inReplyTo) {

	/** The comment was about an objective that has been removed from the plan since. */
	public boolean aboutRemovedObjective() {
		return this.objectiveId == null && this.objectiveTitle != null;
	}

}
