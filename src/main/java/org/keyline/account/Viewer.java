package org.keyline.account;

import java.util.EnumSet;
import java.util.Set;

import org.keyline.people.KeylinePrincipal;
import org.keyline.people.Role;

/**
 * Who is looking at accounts: their user id, username and roles.
 */
public record Viewer(Long userId, String username, Set<Role> roles) {

	public static Viewer of(KeylinePrincipal principal) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (principal.hasRole(role)) {
				roles.add(role);
			}
		}
		return new Viewer(principal.getId(), principal.getUsername(), roles);
	}

	public boolean isDirector() {
		return this.roles.contains(Role.DIRECTOR);
	}

	public boolean isManager() {
		return this.roles.contains(Role.MANAGER);
	}

	/**
	 * Whether any role lets this user see account data at all (an admin alone does not).
	 */
	public boolean worksWithAccounts() {
		return isDirector() || isManager() || this.roles.contains(Role.MEMBER) || this.roles.contains(Role.MENTOR);
	}

}
