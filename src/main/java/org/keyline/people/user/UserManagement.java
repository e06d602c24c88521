package org.keyline.people.user;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.keyline.people.Role;
import org.keyline.shared.SignedInSessions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes users. Administration is for admins only; every user may change
 * their own password. Rules that protect the installation (nobody disables themself, the
 * last active admin stays) live here, not in the pages.
 */
@Service
public class UserManagement {

	private final UserRepository users;

	private final UserRoleQueries roleQueries;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	private final SignedInSessions sessions;

	UserManagement(UserRepository users, UserRoleQueries roleQueries, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, Clock clock, SignedInSessions sessions) {
		this.sessions = sessions;
		this.users = users;
		this.roleQueries = roleQueries;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

	/**
	 * A page of users whose username, name or e-mail contains the query, with their
	 * roles: three statements whatever the page size.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<UserListItem> list(String query, Pageable pageable) {
		Page<UserRow> rows = this.users.search(likePattern(query), pageable);
		Map<Long, List<Role>> roles = this.roleQueries.rolesOf(rows.map(UserRow::id).getContent());
		return rows.map((row) -> new UserListItem(row.id(), row.username(), row.displayName(), row.email(),
				row.enabled(), roles.getOrDefault(row.id(), List.of()), row.updatedAt()));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public UserView find(Long id) {
		return UserView.of(load(id));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserView create(NewUser command, String actor) {
		if (this.users.existsByUsername(command.username())) {
			throw new UserRuleViolation("username", "user.username.taken");
		}
		checkPassword("password", command.password(), command.username());
		User user = new User(command.username().trim(), command.displayName().trim(), command.email().trim(),
				this.passwordEncoder.encode(command.password()), command.roles(), this.clock.instant(), actor);
		return UserView.of(this.users.save(user));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserView changeDetails(Long id, UserDetailsChange change, String actor) {
		User user = load(id);
		if (user.getVersion() != change.expectedVersion()) {
			throw new StaleUserEdit(UserView.of(user));
		}
		Set<Role> newRoles = change.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(change.roles());
		if (user.getUsername().equalsIgnoreCase(actor) && !newRoles.equals(user.getRoles())) {
			throw new UserRuleViolation("roles", "user.roles.ownRoles");
		}
		if (user.isActiveAdmin() && !newRoles.contains(Role.ADMIN) && this.users.countActiveAdmins() <= 1) {
			throw new UserRuleViolation("roles", "user.roles.lastAdmin");
		}
		boolean rolesChanged = !newRoles.equals(user.getRoles());
		user.changeDetails(change.displayName().trim(), change.email().trim(), newRoles, this.clock.instant(), actor);
		UserView saved = UserView.of(this.users.save(user));
		if (rolesChanged) {
			// what a signed-in user may do was settled when they signed in
			this.sessions.endAllOf(user.getUsername());
		}
		return saved;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserView disable(Long id, String actor) {
		User user = load(id);
		if (user.getUsername().equalsIgnoreCase(actor)) {
			throw new UserRuleViolation("enabled", "user.disable.self");
		}
		if (user.isActiveAdmin() && this.users.countActiveAdmins() <= 1) {
			throw new UserRuleViolation("enabled", "user.disable.lastAdmin");
		}
		user.disable(this.clock.instant(), actor);
		UserView saved = UserView.of(this.users.save(user));
		this.sessions.endAllOf(user.getUsername());
		return saved;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UserView enable(Long id, String actor) {
		User user = load(id);
		user.enable(this.clock.instant(), actor);
		return UserView.of(this.users.save(user));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void resetPassword(Long id, String newPassword, String actor) {
		User user = load(id);
		checkPassword("password", newPassword, user.getUsername());
		user.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant(), actor);
		this.users.save(user);
		// whoever knew the old password is signed out too
		this.sessions.endAllOf(user.getUsername());
	}

	/**
	 * A signed-in user changes their own password; the current one proves it is them.
	 */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		User user = this.users.findByUsername(username).orElseThrow(() -> new UserNotFound(null));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new UserRuleViolation("currentPassword", "password.currentWrong");
		}
		checkPassword("newPassword", newPassword, user.getUsername());
		if (this.passwordEncoder.matches(newPassword, user.getPasswordHash())) {
			throw new UserRuleViolation("newPassword", "password.unchanged");
		}
		user.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant(), username);
		this.users.save(user);
	}

	private void checkPassword(String field, String password, String username) {
		this.passwordPolicy.check(password, username).ifPresent((key) -> {
			throw new UserRuleViolation(field, key);
		});
	}

	private User load(Long id) {
		return this.users.findById(id).orElseThrow(() -> new UserNotFound(id));
	}

	private static String likePattern(String query) {
		if (query == null || query.isBlank()) {
			return "";
		}
		return query.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static Map<Long, List<Role>> group(List<Object[]> pairs) {
		Map<Long, List<Role>> byUser = new HashMap<>();
		for (Object[] pair : pairs) {
			byUser.computeIfAbsent((Long) pair[0], (k) -> new java.util.ArrayList<>()).add((Role) pair[1]);
		}
		byUser.values().forEach((roles) -> roles.sort(null));
		return byUser;
	}

}
