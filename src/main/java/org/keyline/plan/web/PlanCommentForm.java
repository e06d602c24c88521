package org.keyline.plan.web;

import java.io.Serializable;
import java.util.Objects;

/**
 * A comment as typed: on the plan ({@code objectiveId} empty) or on an objective, new or
 * in reply to {@code parentId}. After a refusal it carries the message key, so that the
 * discussion it was typed in shows it next to the text, which is kept.
 */
public class PlanCommentForm implements Serializable {

	// Kept in the HTTP session as a flash attribute, which lives in the database (Spring
	// Session JDBC) so that another instance can show it after the redirect.
	private static final long serialVersionUID = 1L;

	private Long objectiveId;

	private Long parentId;

	private String body = "";

	/** The refusal's message key; not bound from the request. */
	private String error;

	public Long getObjectiveId() {
		return this.objectiveId;
	}

	public void setObjectiveId(Long objectiveId) {
		this.objectiveId = objectiveId;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = (body != null) ? body : "";
	}

	public String getError() {
		return this.error;
	}

	PlanCommentForm rejected(String messageKey) {
		this.error = messageKey;
		return this;
	}

	/**
	 * Whether this was typed in the form for a new thread on that objective (or the plan
	 * when null), or, with a parent, in the reply form of that thread.
	 */
	public boolean isFor(Long objectiveId, Long parentId) {
		return Objects.equals(this.objectiveId, objectiveId) && Objects.equals(this.parentId, parentId);
	}

}
