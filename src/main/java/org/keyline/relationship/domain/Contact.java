package org.keyline.relationship.domain;

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
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactLevel;
import org.keyline.shared.Text;

/**
 * One of the customer's people. Someone who left the company is kept for history and
 * hidden from current views.
 */
@Entity
@Table(name = "relationship_contact")
public class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "name", nullable = false, length = 120)
	private String name;

	@Column(name = "title", length = 120)
	private String title;

	@Column(name = "department", length = 120)
	private String department;

	@Enumerated(EnumType.STRING)
	@Column(name = "level", nullable = false, length = 30)
	private ContactLevel level;

	@Enumerated(EnumType.STRING)
	@Column(name = "buying_role", nullable = false, length = 30)
	private BuyingRole buyingRole;

	@Enumerated(EnumType.STRING)
	@Column(name = "attitude", nullable = false, length = 20)
	private Attitude attitude;

	@Column(name = "influence", nullable = false)
	private short influence;

	@Column(name = "reports_to_id")
	private Long reportsToId;

	@Column(name = "email", length = 254)
	private String email;

	@Column(name = "phone", length = 40)
	private String phone;

	@Column(name = "left_company", nullable = false)
	private boolean leftCompany;

	@Column(name = "political_notes")
	private String politicalNotes;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", length = 50)
	private String updatedBy;

	protected Contact() {
	}

	public Contact(Long accountId, ContactDetails details, Instant now, String by) {
		this.accountId = accountId;
		this.createdAt = now;
		apply(details, now, by);
	}

	/** Replaces everything the contact form edits. */
	public void apply(ContactDetails details, Instant now, String by) {
		this.name = details.name().trim();
		this.title = Text.blankToNull(details.title());
		this.department = Text.blankToNull(details.department());
		this.level = details.level();
		this.buyingRole = details.buyingRole();
		this.attitude = details.attitude();
		this.influence = (short) details.influence();
		this.reportsToId = details.reportsToId();
		this.email = Text.blankToNull(details.email());
		this.phone = Text.blankToNull(details.phone());
		this.leftCompany = details.leftCompany();
		this.politicalNotes = Text.blankToNull(details.politicalNotes());
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public ContactDetails details() {
		return new ContactDetails(this.name, this.title, this.department, this.level, this.buyingRole, this.attitude,
				this.influence, this.reportsToId, this.email, this.phone, this.leftCompany, this.politicalNotes);
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getName() {
		return this.name;
	}

	public Long getReportsToId() {
		return this.reportsToId;
	}

	public boolean isLeftCompany() {
		return this.leftCompany;
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
