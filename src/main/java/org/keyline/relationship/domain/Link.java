package org.keyline.relationship.domain;

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
import org.keyline.relationship.LinkStrength;

/**
 * One of our people knows one of the customer's, this well. The date of the last
 * interaction between them is kept up to date by the interaction log.
 */
@Entity
@Table(name = "relationship_link")
public class Link {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(name = "contact_id", nullable = false)
	private Long contactId;

	@Enumerated(EnumType.STRING)
	@Column(name = "strength", nullable = false, length = 20)
	private LinkStrength strength;

	@Column(name = "last_interaction_on")
	private LocalDate lastInteractionOn;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", length = 50)
	private String updatedBy;

	protected Link() {
	}

	public Link(Long accountId, Long userId, Long contactId, LinkStrength strength, LocalDate lastInteractionOn,
			Instant now, String by) {
		this.accountId = accountId;
		this.userId = userId;
		this.contactId = contactId;
		this.strength = strength;
		this.lastInteractionOn = lastInteractionOn;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public void rate(LinkStrength strength, Instant now, String by) {
		this.strength = strength;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** An interaction on that day: the link is fresh again unless it knew a later one. */
	public void interactedOn(LocalDate day) {
		if (this.lastInteractionOn == null || day.isAfter(this.lastInteractionOn)) {
			this.lastInteractionOn = day;
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public Long getUserId() {
		return this.userId;
	}

	public Long getContactId() {
		return this.contactId;
	}

	public LinkStrength getStrength() {
		return this.strength;
	}

	public LocalDate getLastInteractionOn() {
		return this.lastInteractionOn;
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
