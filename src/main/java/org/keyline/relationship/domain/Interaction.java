package org.keyline.relationship.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.keyline.relationship.InteractionKind;

/**
 * A meeting, call, e-mail or visit, with who took part on both sides. Logged once, not
 * edited: the log is a record.
 */
@Entity
@Table(name = "relationship_interaction")
public class Interaction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 20)
	private InteractionKind kind;

	@Column(name = "summary", nullable = false, length = 2000)
	private String summary;

	@Column(name = "next_step", length = 500)
	private String nextStep;

	@ElementCollection
	@CollectionTable(name = "relationship_interaction_contact", joinColumns = @JoinColumn(name = "interaction_id"))
	@Column(name = "contact_id")
	private Set<Long> contactIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "relationship_interaction_user", joinColumns = @JoinColumn(name = "interaction_id"))
	@Column(name = "user_id")
	private Set<Long> userIds = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 50)
	private String createdBy;

	protected Interaction() {
	}

	public Interaction(Long accountId, LocalDate occurredOn, InteractionKind kind, String summary, String nextStep,
			Set<Long> contactIds, Set<Long> userIds, Instant now, String by) {
		this.accountId = accountId;
		this.occurredOn = occurredOn;
		this.kind = kind;
		this.summary = summary.trim();
		this.nextStep = (nextStep == null || nextStep.isBlank()) ? null : nextStep.trim();
		this.contactIds.addAll(contactIds);
		this.userIds.addAll(userIds);
		this.createdAt = now;
		this.createdBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public Set<Long> getContactIds() {
		return Set.copyOf(this.contactIds);
	}

	public Set<Long> getUserIds() {
		return Set.copyOf(this.userIds);
	}

}
