package org.keyline.plan.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A comment on a plan as a whole or on one of its objectives, possibly a reply to another
 * comment of the same plan. Written once and never edited nor deleted: the conversation
 * is a record. The objective's title is kept with it so that it stays readable if the
 * objective is removed (the database then clears {@code objective_id}).
 */
@Entity
@Table(name = "plan_comment")
public class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(name = "objective_id")
	private Long objectiveId;

	@Column(name = "objective_title", length = 200)
	private String objectiveTitle;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "body", nullable = false, length = 4000)
	private String body;

	@Column(name = "author_id", nullable = false)
	private Long authorId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Comment() {
	}

	public Comment(long planId, Long objectiveId, String objectiveTitle, Long parentId, String body, long authorId,
			Instant createdAt) {
		this.planId = planId;
		this.objectiveId = objectiveId;
		this.objectiveTitle = objectiveTitle;
		this.parentId = parentId;
		this.body = body;
		this.authorId = authorId;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getObjectiveId() {
		return this.objectiveId;
	}

	public String getObjectiveTitle() {
		return this.objectiveTitle;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getBody() {
		return this.body;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
