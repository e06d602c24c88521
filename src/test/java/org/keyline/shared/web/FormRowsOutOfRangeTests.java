package org.keyline.shared.web;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.grading.GradingManagement;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.people.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form row no page sends (far beyond the rows a form binds, negative, or not a number)
 * is a bad request (400) that changes nothing; it used to be a server error, found by the
 * hostile-input suite.
 */
@KeylineTest
class FormRowsOutOfRangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GradingManagement grading;

	@Test
	void aCompetitorRowOutOfRangeCreatesNoAccount() throws Exception {
		Viewer manager = Accounts.aViewer(this.testUsers, "rows", Role.MANAGER);
		String name = Accounts.uniqueName("Rows");
		for (String row : new String[] { "100000", "-1", "x" }) {
			this.mvc
				.perform(post("/accounts").with(as(this.userDetails, manager.username()))
					.with(csrf())
					.param("name", name)
					.param("industry", "MANUFACTURING")
					.param("region", "WESTERN_EUROPE")
					.param("country", "NL")
					.param("stage", "EXPLOITATION")
					.param("relationship", "PREFERRED_SUPPLIER")
					.param("strategicImportance", "3")
					.param("easeOfBusiness", "3")
					.param("adviceFrequency", "SOMETIMES")
					.param("competitors[" + row + "].name", "Rival"))
				.andExpect(status().isBadRequest());
		}
		assertThat(this.jdbc.queryForObject("select count(*) from account_account where name = ?", Integer.class, name))
			.isZero();
	}

	@Test
	void aTierRowOutOfRangeLeavesTheTiersAlone() throws Exception {
		Viewer director = Accounts.aViewer(this.testUsers, "rowsdir", Role.DIRECTOR);
		long version = this.grading.scheme().version();
		this.mvc
			.perform(post("/grading/tiers").with(as(this.userDetails, director.username()))
				.with(csrf())
				.param("tiers[100000].name", "Platinum")
				.param("version", String.valueOf(version)))
			.andExpect(status().isBadRequest());
		assertThat(this.grading.scheme().version()).isEqualTo(version);
	}

}
