package org.keyline.account.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.keyline.people.Role;
import org.keyline.people.UserDirectory;
import org.keyline.people.UserSummary;

/**
 * The people who own, work on and mentor the demo accounts, found through the people
 * module's directory. The demo users named after their role ({@code manager},
 * {@code member}, {@code mentor}) get a portfolio of their own; everybody else shares the
 * rest. Missing colleagues are tolerated: their accounts go to whoever holds the role.
 */
final class DemoCast {

	static final String MANAGER = "manager";

	static final String MEMBER = "member";

	static final String MENTOR = "mentor";

	final List<UserSummary> managers;

	final List<UserSummary> directors;

	final List<UserSummary> members;

	final List<UserSummary> mentors;

	/** The key account manager who owns a portfolio of about a dozen accounts. */
	final UserSummary manager;

	/**
	 * The managers other than {@link #manager}; {@link #manager} alone if there are none.
	 */
	final List<UserSummary> otherManagers;

	/** The team member on a few accounts, or null when there are no team members. */
	final UserSummary member;

	/**
	 * The team members other than {@link #member}; all members if there are no others.
	 */
	final List<UserSummary> otherMembers;

	/** The mentor of a few accounts, or null when there are no mentors. */
	final UserSummary mentor;

	/** The mentors other than {@link #mentor}; empty if there are none. */
	final List<UserSummary> otherMentors;

	private DemoCast(List<UserSummary> managers, List<UserSummary> directors, List<UserSummary> members,
			List<UserSummary> mentors) {
		this.managers = managers;
		this.directors = directors;
		this.members = members;
		this.mentors = mentors;
		this.manager = named(managers, MANAGER).orElse(managers.isEmpty() ? null : managers.get(0));
		this.otherManagers = othersThan(managers, this.manager, true);
		this.member = named(members, MEMBER).orElse(members.isEmpty() ? null : members.get(0));
		this.otherMembers = othersThan(members, this.member, true);
		this.mentor = named(mentors, MENTOR).orElse(mentors.isEmpty() ? null : mentors.get(0));
		this.otherMentors = othersThan(mentors, this.mentor, false);
	}

	static DemoCast from(UserDirectory users) {
		return new DemoCast(users.withRole(Role.MANAGER), users.withRole(Role.DIRECTOR), users.withRole(Role.MEMBER),
				users.withRole(Role.MENTOR));
	}

	boolean canOwnAccounts() {
		return this.manager != null;
	}

	/** The manager with this username, else one of the other managers. */
	UserSummary managerNamed(String username) {
		if (MANAGER.equals(username)) {
			return this.manager;
		}
		return named(this.otherManagers, username)
			.orElse(this.otherManagers.get(Math.floorMod(username.hashCode(), this.otherManagers.size())));
	}

	/** The mentor with this username, else one of the other mentors, else null. */
	UserSummary mentorNamed(String username) {
		if (MENTOR.equals(username)) {
			return this.mentor;
		}
		if (this.otherMentors.isEmpty()) {
			return null;
		}
		return named(this.otherMentors, username)
			.orElse(this.otherMentors.get(Math.floorMod(username.hashCode(), this.otherMentors.size())));
	}

	/** Who may be an executive sponsor: directors and managers. */
	List<UserSummary> sponsors() {
		List<UserSummary> sponsors = new ArrayList<>(this.directors);
		this.managers.stream().filter((m) -> !sponsors.contains(m)).forEach(sponsors::add);
		return sponsors;
	}

	private static Optional<UserSummary> named(List<UserSummary> users, String username) {
		return users.stream().filter((user) -> user.username().equals(username)).findFirst();
	}

	private static List<UserSummary> othersThan(List<UserSummary> users, UserSummary one, boolean allIfNoOthers) {
		List<UserSummary> others = users.stream().filter((user) -> !Objects.equals(user, one)).toList();
		if (others.isEmpty() && allIfNoOthers) {
			return users;
		}
		return others;
	}

}
