package org.keyline.account.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A director assigned a mentor to an account.
 */
@Entity
@Table(name = "account_mentor")
public class MentorAssignment {

	@EmbeddedId
	private Key key;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	@Column(name = "assigned_by", nullable = false, length = 50)
	private String assignedBy;

	protected MentorAssignment() {
	}

	public MentorAssignment(Long accountId, Long mentorId, Instant assignedAt, String assignedBy) {
		this.key = new Key(accountId, mentorId);
		this.assignedAt = assignedAt;
		this.assignedBy = assignedBy;
	}

	public Key getKey() {
		return this.key;
	}

	/**
	 * Account and mentor.
	 */
	@Embeddable
	public record Key(@Column(name = "account_id") Long accountId,
			@Column(name = "mentor_id") Long mentorId) implements Serializable {
	}

}
