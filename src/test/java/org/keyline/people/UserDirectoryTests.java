package org.keyline.people;

import java.util.EnumSet;
import java.util.List;

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
	void withAnyRoleListsEachEnabledHolderOnceByName() {
		String member = this.testUsers.create("anyrole-member", Role.MEMBER);
		String managerAndMentor = this.testUsers.create("anyrole-both", Role.MANAGER, Role.MENTOR);
		String mentor = this.testUsers.create("anyrole-mentor", Role.MENTOR);
		String disabled = this.testUsers.create("anyrole-disabled", Role.MEMBER);
		this.jdbc.update("update people_user set enabled = false where username = ?", disabled);

		List<UserSummary> found = this.users.withAnyRole(EnumSet.of(Role.MEMBER, Role.MANAGER));
		List<String> names = found.stream().map(UserSummary::username).toList();

		assertThat(names).contains(member, managerAndMentor).doesNotContain(mentor, disabled).doesNotHaveDuplicates();
		assertThat(names.indexOf(managerAndMentor)).as("by display name").isLessThan(names.indexOf(member));
		assertThat(this.users.withAnyRole(EnumSet.of(Role.MENTOR))).extracting(UserSummary::username)
			.contains(managerAndMentor, mentor)
			.doesNotContain(member, disabled);
		assertThat(this.users.withAnyRole(EnumSet.noneOf(Role.class))).isEmpty();
	}

}
