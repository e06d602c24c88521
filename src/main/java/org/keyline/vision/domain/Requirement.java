package org.keyline.vision.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.keyline.vision.RequirementInput;

/**
 * A client requirement: what the customer needs now or will need, who raised it, who
 * represented it inside our company and what became of it.
 */
@Entity
@Table(name = "vision_requirement")
public class Requirement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@Column(name = "horizon", nullable = false, length = 10)
	private org.keyline.vision.RequirementHorizon horizon;

	@Column(name = "title", nullable = false, length = 200)
	private String title;

	@Column(name = "description", length = 4000)
	private String description;

	@Column(name = "raised_by_contact_id", nullable = false)
	private Long raisedByContactId;

	@Column(name = "raised_on", nullable = false)
	private LocalDate raisedOn;

	@Column(name = "represented_by_id")
	private Long representedById;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private org.keyline.vision.RequirementStatus status;

	@Column(name = "outcome", length = 4000)
	private String outcome;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 50)
	private String createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false, length = 50)
	private String updatedBy;

	protected Requirement() {
	}

	/** A requirement whose input the service has checked. */
	public Requirement(long accountId, RequirementInput input, Instant now, String by) {
		this.accountId = accountId;
		this.createdAt = now;
		this.createdBy = by;
		apply(input, now, by);
	}

	public void apply(RequirementInput input, Instant now, String by) {
		this.horizon = input.horizon();
		this.title = input.title();
		this.description = input.description();
		this.raisedByContactId = input.raisedByContactId();
		this.raisedOn = input.raisedOn();
		this.representedById = input.representedById();
		this.status = input.status();
		this.outcome = input.outcome();
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getRaisedByContactId() {
		return this.raisedByContactId;
	}

	public Long getRepresentedById() {
		return this.representedById;
	}

}
