package org.keyline.plan.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.keyline.plan.PlanStatus;

/**
 * An account plan: its horizon, where it stands in its life and the number of its current
 * version. Its objectives, strategies and actions are rows of their own.
 */
@Entity
@Table(name = "plan_plan")
public class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "horizon_from", nullable = false)
	private int horizonFrom;

	@Column(name = "horizon_to", nullable = false)
	private int horizonTo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PlanStatus status;

	@Column(name = "version_no", nullable = false)
	private int versionNo;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by", length = 50)
	private String submittedBy;

	@Column(name = "agreed_at")
	private Instant agreedAt;

	@Column(name = "override_by", length = 50)
	private String overrideBy;

	@Column(name = "override_reason", length = 2000)
	private String overrideReason;

	@Column(name = "activated_at")
	private Instant activatedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closing_note", length = 2000)
	private String closingNote;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 50)
	private String createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", length = 50)
	private String updatedBy;

	protected Plan() {
	}

	public Plan(Long accountId, String title, int horizonFrom, int horizonTo, Instant now, String by) {
		this.accountId = accountId;
		this.title = title;
		this.horizonFrom = horizonFrom;
		this.horizonTo = horizonTo;
		this.status = PlanStatus.DRAFT;
		this.versionNo = 1;
		this.createdAt = now;
		this.createdBy = by;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public void describe(String title, int horizonFrom, int horizonTo, Instant now, String by) {
		this.title = title;
		this.horizonFrom = horizonFrom;
		this.horizonTo = horizonTo;
		touch(now, by);
	}

	public void submit(Instant now, String by) {
		this.status = PlanStatus.IN_REVIEW;
		this.submittedAt = now;
		this.submittedBy = by;
		touch(now, by);
	}

	public void withdraw(Instant now, String by) {
		this.status = PlanStatus.DRAFT;
		this.submittedAt = null;
		this.submittedBy = null;
		touch(now, by);
	}

	public void agree(Instant now, String by) {
		this.status = PlanStatus.AGREED;
		this.agreedAt = now;
		touch(now, by);
	}

	public void agreeByOverride(String reason, Instant now, String by) {
		this.overrideBy = by;
		this.overrideReason = reason;
		agree(now, by);
	}

	public void activate(Instant now, String by) {
		this.status = PlanStatus.ACTIVE;
		this.activatedAt = now;
		touch(now, by);
	}

	public void close(String note, Instant now, String by) {
		this.status = PlanStatus.CLOSED;
		this.closedAt = now;
		this.closingNote = note;
		touch(now, by);
	}

	/** The agreed plan's content changes: the next version starts as a draft. */
	public void startNextVersion(Instant now, String by) {
		this.versionNo++;
		this.status = PlanStatus.DRAFT;
		this.submittedAt = null;
		this.submittedBy = null;
		this.agreedAt = null;
		this.overrideBy = null;
		this.overrideReason = null;
		this.activatedAt = null;
		touch(now, by);
	}

	public void touch(Instant now, String by) {
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getTitle() {
		return this.title;
	}

	public int getHorizonFrom() {
		return this.horizonFrom;
	}

	public int getHorizonTo() {
		return this.horizonTo;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public int getVersionNo() {
		return this.versionNo;
	}

	public Instant getAgreedAt() {
		return this.agreedAt;
	}

	public String getOverrideBy() {
		return this.overrideBy;
	}

	public String getOverrideReason() {
		return this.overrideReason;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
