package org.keyline.shared.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.people.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL or another control character in a request is turned away with 400 before any
 * handler sees it (it used to reach PostgreSQL, which refuses NUL in text, and answer
 * 500), and nothing is stored; tab, line feed and carriage return are text like any
 * other.
 */
@KeylineTest
class ControlCharacterFilterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	Viewer owner;

	long accountId;

	@BeforeEach
	void account() {
		this.owner = Accounts.aViewer(this.testUsers, "nul", Role.MANAGER);
		this.accountId = this.accounts.create(Accounts.aProfile(), null, this.owner);
	}

	@Test
	void aNulInAFormIsTurnedAwayAndNothingIsStored() throws Exception {
		this.mvc.perform(contact("Ada\u0000Lovelace", "Likes detail")).andExpect(status().isBadRequest());
		this.mvc.perform(contact("Ada Lovelace", "bell\u0007")).andExpect(status().isBadRequest());
		assertThat(contacts()).isZero();
	}

	@Test
	void aNulInAParameterNameOrASearchIsTurnedAway() throws Exception {
		this.mvc.perform(get("/search").param("q", "ada\u0000").with(as(this.userDetails, this.owner.username())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/accounts").param("q\u0000", "ada").with(as(this.userDetails, this.owner.username())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void tabsAndLineBreaksAreText() throws Exception {
		this.mvc.perform(contact("Ada\tLovelace", "First line\r\nsecond line\n"))
			.andExpect(status().is3xxRedirection());
		assertThat(contacts()).isOne();
	}

	private MockHttpServletRequestBuilder contact(String name, String notes) {
		return post("/accounts/" + this.accountId + "/contacts").with(as(this.userDetails, this.owner.username()))
			.with(csrf())
			.param("name", name)
			.param("level", "EXECUTIVE")
			.param("buyingRole", "DECISION_MAKER")
			.param("attitude", "NEUTRAL")
			.param("influence", "3")
			.param("politicalNotes", notes);
	}

	private int contacts() {
		Integer count = this.jdbc.queryForObject("select count(*) from relationship_contact where account_id = ?",
				Integer.class, this.accountId);
		return (count != null) ? count : 0;
	}

}
