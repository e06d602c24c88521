package org.keyline.people;

/**
 * What a user may do in Keyline. A user may hold several roles.
 */
public enum Role {

	/** Manages users and roles. */
	ADMIN,

	/** Sales director: decides grading, sees every account and the dashboards. */
	DIRECTOR,

	/** Key account manager: owns accounts and their plans. */
	MANAGER,

	/** Account team member: works on the accounts they belong to. */
	MEMBER,

	/** Reads the accounts they mentor, comments and records strategy reviews. */
	MENTOR;

	/**
	 * The Spring Security authority for this role.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
