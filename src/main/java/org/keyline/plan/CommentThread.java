package org.keyline.plan;

import java.util.List;

/**
 * A conversation on a plan or one of its objectives: the comment that started it and
 * every reply to it or to one of its replies, oldest first.
 */
public record CommentThread(PlanCommentView root, List<PlanCommentView> replies) {

	public CommentThread {
		replies = List.copyOf(replies);
	}

	/** The id that a reply to this thread names as its parent. */
	public long id() {
		return this.root.id();
	}

	/** The number of comments in the thread, the first one included. */
	public int size() {
		return 1 + this.replies.size();
	}

}
