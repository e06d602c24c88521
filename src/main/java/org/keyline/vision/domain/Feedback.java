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
import org.keyline.vision.Reaction;

/**
 * The customer's reaction to one version of the vision: from a contact of the account, or
 * from someone named by hand who is not (yet) a contact.
 */
@Entity
@Table(name = "vision_feedback")
public class Feedback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "version_id", nullable = false)
	private Long versionId;

	@Column(name = "given_on", nullable = false)
	private LocalDate givenOn;

	@Column(name = "contact_id")
	private Long contactId;

	@Column(name = "contact_name", length = 120)
	private String contactName;

	@Enumerated(EnumType.STRING)
	@Column(name = "reaction", nullable = false, length = 20)
	private Reaction reaction;

	@Column(name = "notes", length = 4000)
	private String notes;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 50)
	private String createdBy;

	protected Feedback() {
	}

	public Feedback(long accountId, long versionId, LocalDate givenOn, Long contactId, String contactName,
			Reaction reaction, String notes, Instant createdAt, String createdBy) {
		if (contactId == null && contactName == null) {
			throw new IllegalArgumentException("Feedback needs a contact or a name");
		}
		this.accountId = accountId;
		this.versionId = versionId;
		this.givenOn = givenOn;
		this.contactId = contactId;
		this.contactName = (contactId != null) ? null : contactName;
		this.reaction = reaction;
		this.notes = notes;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

}
