package org.keyline.people;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.TestComponent;

/**
 * Creates users straight in the database for tests that are not about creating users.
 */
@TestComponent
public class TestUsers {

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwordEncoder;

	TestUsers(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	/** Creates an enabled user with {@link Users#GOOD_PASSWORD}; returns the username. */
	public String create(String prefix, Role... roles) {
		return createNamed(Users.uniqueUsername(prefix), roles);
	}

	/** Creates an enabled user with exactly this username. */
	public String createNamed(String username, Role... roles) {
		Long id = this.jdbc.queryForObject(
				"""
						insert into people_user (username, display_name, email, password_hash, enabled, version, created_at, updated_at, updated_by)
						values (?, ?, ?, ?, true, 0, now(), now(), 'test') returning id""",
				Long.class, username, "Test " + username, username + "@test.example",
				this.passwordEncoder.encode(Users.GOOD_PASSWORD));
		Set<Role> set = (roles.length == 0) ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
		for (Role role : set) {
			this.jdbc.update("insert into people_user_role (user_id, role) values (?, ?)", id, role.name());
		}
		return username;
	}

	public Long idOf(String username) {
		return this.jdbc.queryForObject("select id from people_user where username = ?", Long.class, username);
	}

}
