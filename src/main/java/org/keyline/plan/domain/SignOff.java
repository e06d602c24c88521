package org.keyline.plan.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A team member asked to sign off a version of a plan, and when they signed.
 */
@Entity
@Table(name = "plan_signoff")
public class SignOff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(name = "version_no", nullable = false)
	private int versionNo;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "signed_at")
	private Instant signedAt;

	protected SignOff() {
	}

	public SignOff(Long planId, int versionNo, Long userId, Instant requestedAt) {
		this.planId = planId;
		this.versionNo = versionNo;
		this.userId = userId;
		this.requestedAt = requestedAt;
	}

	public void sign(Instant now) {
		this.signedAt = now;
	}

	public boolean signed() {
		return this.signedAt != null;
	}

	public Long getUserId() {
		return this.userId;
	}

}
