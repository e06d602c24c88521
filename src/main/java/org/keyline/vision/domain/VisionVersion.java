package org.keyline.vision.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of an account's vision. Versions are never changed: saving the vision adds
 * the next one, so that the earlier ones stay as they were.
 */
@Entity
@Table(name = "vision_version")
public class VisionVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "version_no", nullable = false)
	private int versionNo;

	@Column(name = "statement", nullable = false, length = 2000)
	private String statement;

	@Column(name = "rationale", length = 4000)
	private String rationale;

	@Column(name = "set_at", nullable = false)
	private Instant setAt;

	@Column(name = "set_by", nullable = false, length = 50)
	private String setBy;

	protected VisionVersion() {
	}

	public VisionVersion(long accountId, int versionNo, String statement, String rationale, Instant setAt,
			String setBy) {
		this.accountId = accountId;
		this.versionNo = versionNo;
		this.statement = statement;
		this.rationale = rationale;
		this.setAt = setAt;
		this.setBy = setBy;
	}

	public Long getId() {
		return this.id;
	}

	public int getVersionNo() {
		return this.versionNo;
	}

}
