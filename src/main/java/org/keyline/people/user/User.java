package org.keyline.people.user;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.keyline.people.Role;

/**
 * A person who signs in to Keyline. The password is only ever held as a hash.
 */
@Entity
@Table(name = "people_user")
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "username", nullable = false, length = 50)
	private String username;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(name = "email", nullable = false, length = 254)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "enabled", nullable = false)
	private boolean enabled;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "people_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 20)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", length = 50)
	private String updatedBy;

	protected User() {
	}

	User(String username, String displayName, String email, String passwordHash, Set<Role> roles, Instant now,
			String createdBy) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = true;
		this.createdAt = now;
		this.updatedAt = now;
		this.updatedBy = createdBy;
	}

	void changeDetails(String displayName, String email, Set<Role> roles, Instant now, String changedBy) {
		this.displayName = displayName;
		this.email = email;
		this.roles.clear();
		this.roles.addAll(roles);
		touch(now, changedBy);
	}

	void changePassword(String passwordHash, Instant now, String changedBy) {
		this.passwordHash = passwordHash;
		touch(now, changedBy);
	}

	void disable(Instant now, String changedBy) {
		this.enabled = false;
		touch(now, changedBy);
	}

	void enable(Instant now, String changedBy) {
		this.enabled = true;
		touch(now, changedBy);
	}

	private void touch(Instant now, String changedBy) {
		this.updatedAt = now;
		this.updatedBy = changedBy;
	}

	boolean isActiveAdmin() {
		return this.enabled && this.roles.contains(Role.ADMIN);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Set<Role> getRoles() {
		return Collections.unmodifiableSet(this.roles);
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
