package org.keyline.shared.web;

import java.util.Collection;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The roles of the person a page is rendered for, as the layout and the pages' buttons
 * ask for them ({@code ${roles.director}}): worked out once per request from the
 * authentication's authorities. What a page shows is only a convenience; every action
 * checks its rights again.
 *
 * <p>
 * Thymeleaf's {@code sec:authorize} parsed and evaluated a Spring Security expression on
 * every use, nine times in the layout of every page: 3 to 6 % of a page's CPU time
 * (docs/performance.md).
 *
 * @param signedIn whether someone is signed in (not anonymous)
 * @param director has the role DIRECTOR
 * @param manager has the role MANAGER
 * @param member has the role MEMBER
 * @param mentor has the role MENTOR
 * @param admin has the role ADMIN
 */
public record SignedInRoles(boolean signedIn, boolean director, boolean manager, boolean member, boolean mentor,
		boolean admin) {

	/** The request attribute the roles are in. */
	public static final String ATTRIBUTE = "roles";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static final SignedInRoles NOBODY = new SignedInRoles(false, false, false, false, false, false);

	/** The roles of this authentication: none for no one or someone anonymous. */
	public static SignedInRoles of(Authentication authentication) {
		if (!TRUST.isAuthenticated(authentication)) {
			return NOBODY;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		return new SignedInRoles(true, has(authorities, "ROLE_DIRECTOR"), has(authorities, "ROLE_MANAGER"),
				has(authorities, "ROLE_MEMBER"), has(authorities, "ROLE_MENTOR"), has(authorities, "ROLE_ADMIN"));
	}

	/** Works on or reads accounts: every role but the admin's. */
	public boolean worksWithAccounts() {
		return this.director || this.manager || this.member || this.mentor;
	}

	/** May create accounts: directors and managers. */
	public boolean createsAccounts() {
		return this.director || this.manager;
	}

	/** May import accounts from a file: directors, managers and team members. */
	public boolean importsAccounts() {
		return this.director || this.manager || this.member;
	}

	private static boolean has(Collection<? extends GrantedAuthority> authorities, String role) {
		for (GrantedAuthority authority : authorities) {
			if (role.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
