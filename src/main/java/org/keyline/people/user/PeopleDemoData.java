package org.keyline.people.user;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.keyline.people.Role;
import org.keyline.shared.DemoData;
import org.keyline.shared.DemoMode;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo users: one per role with the role as username, plus colleagues (more key
 * account managers, team members and a mentor) for the accounts' other owners, teams and
 * mentors; all with the demo password. Seeded only into a database that has no users yet.
 */
@Component
class PeopleDemoData implements DemoData {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	PeopleDemoData(UserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void seed() {
		if (this.users.count() > 0) {
			return;
		}
		record Demo(String username, String name, Role role) {
		}
		List<Demo> demos = List.of(new Demo("admin", "Alex Admin", Role.ADMIN),
				new Demo("director", "Dana Director", Role.DIRECTOR),
				new Demo("manager", "Morgan Manager", Role.MANAGER), new Demo("member", "Max Member", Role.MEMBER),
				new Demo("mentor", "Mira Mentor", Role.MENTOR),
				// Colleagues, so that the accounts have other owners, teams and mentors.
				new Demo("sofia.lind", "Sofia Lind", Role.MANAGER),
				new Demo("james.okafor", "James Okafor", Role.MANAGER),
				new Demo("lucia.moretti", "Lucia Moretti", Role.MANAGER),
				new Demo("kenji.watanabe", "Kenji Watanabe", Role.MANAGER),
				new Demo("priya.raman", "Priya Raman", Role.MEMBER),
				new Demo("tomas.novak", "Tomáš Novák", Role.MEMBER),
				new Demo("hannah.becker", "Hannah Becker", Role.MEMBER),
				new Demo("diego.alvarez", "Diego Álvarez", Role.MEMBER),
				new Demo("chloe.martin", "Chloé Martin", Role.MEMBER),
				new Demo("oliver.grant", "Oliver Grant", Role.MEMBER),
				new Demo("henrik.dahl", "Henrik Dahl", Role.MENTOR));
		// One hash for all: the demo password is public anyway, and bcrypt costs ~0.1 s a
		// hash,
		// which every fresh database (each test JVM, each start) would pay sixteen times.
		String hash = this.passwordEncoder.encode(DemoMode.DEMO_PASSWORD);
		for (Demo demo : demos) {
			this.users.save(new User(demo.username(), demo.name(), demo.username() + "@keyline.example", hash,
					EnumSet.of(demo.role()), this.clock.instant(), "demo"));
		}
	}

}
