package org.keyline.people.user;

import java.time.Clock;
import java.util.EnumSet;

import org.keyline.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a database without users (an external database, where no
 * demo users are seeded): created from {@code keyline.initial-admin.password}, or else a
 * log line says how to get one. Runs after demo seeding, so demo mode needs no password.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	private final String username;

	private final String password;

	private final JdbcTemplate jdbc;

	InitialAdmin(UserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Clock clock,
			@Value("${keyline.initial-admin.username:admin}") String username,
			@Value("${keyline.initial-admin.password:}") String password, JdbcTemplate jdbc) {
		this.users = users;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// Several instances may start at once on an empty database: one creates the
		// administrator, the others wait here and then find a user.
		this.jdbc.execute("select pg_advisory_xact_lock(hashtext('keyline.initial-admin'))");
		if (this.users.count() > 0) {
			return;
		}
		if (this.password.isBlank()) {
			log.warn("Keyline has no users yet. Start it once with KEYLINE_INITIAL_ADMIN_PASSWORD set "
					+ "(at least 12 characters) to create the administrator '{}'.", this.username);
			return;
		}
		String problem = this.passwordPolicy.check(this.password, this.username).orElse(null);
		if (problem != null) {
			throw new IllegalStateException("keyline.initial-admin.password does not meet the password rules ("
					+ problem + "): use at least 12 characters, not a common password, not the username");
		}
		this.users.save(new User(this.username, "Administrator", this.username + "@localhost",
				this.passwordEncoder.encode(this.password), EnumSet.of(Role.ADMIN), this.clock.instant(), "setup"));
		log.info("Created the initial administrator '{}'. Change its e-mail and password after signing in.",
				this.username);
	}

}
