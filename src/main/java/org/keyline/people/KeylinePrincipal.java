package org.keyline.people;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user: their id and name as well as their username and roles.
 */
public class KeylinePrincipal extends User {

	// Kept in the HTTP session, which lives in the database and is read by every
	// instance.
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String displayName;

	public KeylinePrincipal(Long id, String username, String displayName, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.id = id;
		this.displayName = displayName;
	}

	public Long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public boolean hasRole(Role role) {
		return getAuthorities().stream().anyMatch((authority) -> role.authority().equals(authority.getAuthority()));
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
