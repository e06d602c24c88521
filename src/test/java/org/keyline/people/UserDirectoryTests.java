package org.keyline.people;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@KeylineTest
class UserDirectoryTests {

	@Autowired
	UserDirectory users;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withRolesListsEachEnabledHolderOnceByNameWithTheRolesAskedFor() {
		String member = this.testUsers.create("anyrole-member", Role.MEMBER);
		String managerAndMentor = this.testUsers.create("anyrole-both", Role.MANAGER, Role.MENTOR);
		String mentor = this.testUsers.create("anyrole-mentor", Role.MENTOR);
		String director = this.testUsers.create("anyrole-director", Role.DIRECTOR);
		String disabled = this.testUsers.create("anyrole-disabled", Role.MEMBER);
		this.jdbc.update("update people_user set enabled = false where username = ?", disabled);

		Map<UserSummary, Set<Role>> found = this.users.withRoles(EnumSet.of(Role.MEMBER, Role.MANAGER, Role.MENTOR));
		Map<String, Set<Role>> byName = new LinkedHashMap<>();
		found.forEach((user, roles) -> byName.put(user.username(), roles));
		List<String> names = List.copyOf(byName.keySet());

		assertThat(names).contains(member, managerAndMentor, mentor).doesNotContain(director, disabled);
		assertThat(byName.get(managerAndMentor)).containsExactlyInAnyOrder(Role.MANAGER, Role.MENTOR);
		assertThat(byName.get(member)).containsExactly(Role.MEMBER);
		assertThat(byName.get(mentor)).containsExactly(Role.MENTOR);
		assertThat(names.indexOf(managerAndMentor)).as("by display name").isLessThan(names.indexOf(member));
		assertThat(names.indexOf(member)).as("by display name").isLessThan(names.indexOf(mentor));
		assertThat(this.users.withRoles(EnumSet.of(Role.DIRECTOR)).keySet()).extracting(UserSummary::username)
			.contains(director)
			.doesNotContain(member, managerAndMentor, mentor);
		assertThat(this.users.withRoles(EnumSet.noneOf(Role.class))).isEmpty();
	}

}
