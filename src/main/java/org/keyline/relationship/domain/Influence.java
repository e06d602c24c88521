package org.keyline.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An informal influence line between two contacts of one account: "from listens to to",
 * whatever the organisation chart says.
 */
@Entity
@Table(name = "relationship_influence")
public class Influence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "from_contact_id", nullable = false)
	private Long fromContactId;

	@Column(name = "to_contact_id", nullable = false)
	private Long toContactId;

	@Column(name = "note", length = 200)
	private String note;

	protected Influence() {
	}

	public Influence(Long accountId, Long fromContactId, Long toContactId, String note) {
		if (fromContactId.equals(toContactId)) {
			throw new IllegalArgumentException("A contact does not listen to themself");
		}
		this.accountId = accountId;
		this.fromContactId = fromContactId;
		this.toContactId = toContactId;
		this.note = (note == null || note.isBlank()) ? null : note.trim();
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public Long getFromContactId() {
		return this.fromContactId;
	}

	public Long getToContactId() {
		return this.toContactId;
	}

}
