package org.keyline.shared.web;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.keyline.people.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A path whose id is not a number names nothing: the "not found" page (404), as for an id
 * that does not exist, not "Something went wrong" (it was a 400 with the general error
 * page). A request parameter of the wrong type stays a bad request.
 */
@KeylineTest
class PathIdNotANumberTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void aWordWhereAnIdBelongsIsNotFound() throws Exception {
		Viewer director = Accounts.aViewer(this.testUsers, "pathid", Role.DIRECTOR);
		for (String path : new String[] { "/accounts/abc", "/accounts/1/plans/new",
				"/accounts/9999999999999999999999" }) {
			this.mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(as(this.userDetails, director.username())))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("data-status=\"404\"")));
		}
	}

	@Test
	void aParameterOfTheWrongTypeIsABadRequest() throws Exception {
		Viewer director = Accounts.aViewer(this.testUsers, "paramtype", Role.DIRECTOR);
		this.mvc
			.perform(get("/accounts/1/interactions").param("page", "many")
				.accept(MediaType.TEXT_HTML)
				.with(as(this.userDetails, director.username())))
			.andExpect(status().isBadRequest());
	}

}
