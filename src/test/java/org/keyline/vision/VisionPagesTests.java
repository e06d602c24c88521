package org.keyline.vision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.Viewer;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The vision pages through HTTP: the banner on the account page, the vision page with its
 * versions and feedback, the edit form with its guidance and stale-save explanation, who
 * may do what, and the statements the pages run.
 */
@KeylineTest
class VisionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	VisionManagement visions;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	Clock clock;

	VisionFixtures f;

	LocalDate today;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.f = new VisionFixtures(this.accounts, this.users, this.jdbc, this.today);
	}

	@Test
	void theAccountPageInvitesAContributorToWriteTheVisionAndThenShowsItOnTop() throws Exception {
		this.mvc.perform(get("/accounts/" + this.f.accountId).with(as(this.f.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"visionEmpty\"")))
			.andExpect(content().string(containsString("href=\"/accounts/" + this.f.accountId + "/vision/edit\"")));
		this.mvc.perform(get("/accounts/" + this.f.accountId).with(as(this.f.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"visionEmpty\"")))
			.andExpect(content().string(not(containsString("/vision/edit"))));

		this.visions.save(this.f.accountId, "Be their first choice for communication", null, 0, this.f.owner);
		this.visions.addFeedback(this.f.accountId,
				new FeedbackInput(null, this.today, this.f.ada, null, Reaction.ENDORSED, null), this.f.owner);
		String page = body(get("/accounts/" + this.f.accountId), this.f.mentor);
		assertThat(page).contains("Be their first choice for communication")
			.contains("Version 1 of " + this.today)
			.contains("Customer: Endorsed (" + this.today + ")")
			.contains("href=\"/accounts/" + this.f.accountId + "/assessments\"")
			.contains("href=\"/accounts/" + this.f.accountId + "/requirements\"");
		// Across the top: before the headline figures and the main column.
		assertThat(page.indexOf("id=\"visionBanner\"")).isLessThan(page.indexOf("id=\"identityHeading\""));
	}

	@Test
	void writingRevisingAndViewingAnEarlierVersion() throws Exception {
		String form = body(get(url("/vision/edit")), this.f.owner);
		assertThat(form).contains("is not a vision").contains("about tomorrow, not today");
		this.mvc
			.perform(post(url("/vision/edit")).with(csrf())
				.with(as(this.f.owner))
				.param("statement", "Embedded in their IT strategy")
				.param("rationale", "They plan five years out")
				.param("basedOn", "0"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(url("/vision")));
		this.mvc
			.perform(post(url("/vision/edit")).with(csrf())
				.with(as(this.f.member))
				.param("statement", "Their first choice")
				.param("basedOn", "1"))
			.andExpect(status().isFound());
		String page = body(get(url("/vision")), this.f.mentor);
		assertThat(page).contains("Their first choice").contains("Version 2 of").contains("Version 1:");
		String earlier = body(get(url("/vision")).param("version", "1"), this.f.mentor);
		assertThat(earlier).contains("This is an earlier version").contains("They plan five years out");
		this.mvc.perform(get(url("/vision")).param("version", "9").with(as(this.f.owner)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleSaveIsExplainedAndKeepsWhatWasTyped() throws Exception {
		this.visions.save(this.f.accountId, "First", null, 0, this.f.owner);
		this.visions.save(this.f.accountId, "Second by the member", null, 1, this.f.member);
		this.mvc
			.perform(post(url("/vision/edit")).with(csrf())
				.with(as(this.f.owner))
				.param("statement", "My own idea")
				.param("basedOn", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"staleWarning\"")))
			.andExpect(content().string(containsString("Second by the member")))
			.andExpect(content().string(containsString("Test " + this.f.member.username())))
			.andExpect(content().string(containsString("My own idea")))
			.andExpect(content().string(containsString("name=\"basedOn\" value=\"2\"")));
		assertThat(this.visions.currentOf(this.accounts.ref(this.f.accountId, this.f.owner)).orElseThrow().versionNo())
			.isEqualTo(2);
	}

	@Test
	void feedbackIsRecordedFromTheVisionPageAndBadInputIsShownNextToTheField() throws Exception {
		this.visions.save(this.f.accountId, "First", null, 0, this.f.owner);
		String page = body(get(url("/vision")), this.f.member);
		assertThat(page).contains("id=\"feedbackForm\"").contains("Ada Quill (Head of Things)");
		this.mvc
			.perform(post(url("/vision/feedback")).with(csrf())
				.with(as(this.f.member))
				.param("versionNo", "1")
				.param("givenOn", this.today.toString())
				.param("contactId", "")
				.param("contactName", "")
				.param("reaction", "MIXED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a contact, or type the name of the person.")));
		this.mvc
			.perform(post(url("/vision/feedback")).with(csrf())
				.with(as(this.f.member))
				.param("versionNo", "1")
				.param("givenOn", this.today.toString())
				.param("contactId", String.valueOf(this.f.bob))
				.param("reaction", "REJECTED")
				.param("notes", "Not ambitious enough"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(url("/vision?version=1#feedback")));
		assertThat(body(get(url("/vision")), this.f.mentor)).contains("Rejected")
			.contains("Not ambitious enough")
			.contains("bi-hand-thumbs-down")
			.doesNotContain("id=\"feedbackForm\"");
	}

	@Test
	void aMentorIsRefusedEveryWriteAndAStrangerFindsNothing() throws Exception {
		this.visions.save(this.f.accountId, "First", null, 0, this.f.owner);
		this.mvc.perform(get(url("/vision")).with(as(this.f.mentor))).andExpect(status().isOk());
		this.mvc.perform(get(url("/vision/edit")).with(as(this.f.mentor))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(url("/vision/edit")).with(csrf())
				.with(as(this.f.mentor))
				.param("statement", "Mine")
				.param("basedOn", "1"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(url("/vision/feedback")).with(csrf())
				.with(as(this.f.mentor))
				.param("givenOn", this.today.toString())
				.param("contactId", String.valueOf(this.f.ada))
				.param("reaction", "MIXED"))
			.andExpect(status().isForbidden());
		for (String path : new String[] { "/vision", "/vision/edit", "/assessments", "/assessments/new",
				"/requirements", "/requirements/new" }) {
			this.mvc.perform(get(url(path)).with(as(this.f.stranger))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post(url("/vision/edit")).with(csrf())
				.with(as(this.f.stranger))
				.param("statement", "Mine")
				.param("basedOn", "1"))
			.andExpect(status().isNotFound());
		// The director and the owner write.
		this.mvc.perform(get(url("/vision/edit")).with(as(this.f.director))).andExpect(status().isOk());
		this.mvc.perform(get(url("/vision/edit")).with(as(this.f.owner))).andExpect(status().isOk());
		assertThat(this.visions.currentOf(this.accounts.ref(this.f.accountId, this.f.owner)).orElseThrow().versionNo())
			.isEqualTo(1);
	}

	@Test
	void theVisionPageAndTheAccountPageRunTheSameStatementsForOneAndManyVersions() throws Exception {
		this.visions.save(this.f.accountId, "Only", null, 0, this.f.owner);
		this.visions.addFeedback(this.f.accountId,
				new FeedbackInput(null, this.today, this.f.ada, null, Reaction.MIXED, null), this.f.owner);

		VisionFixtures large = new VisionFixtures(this.accounts, this.users, this.jdbc, this.today);
		for (int i = 0; i < 12; i++) {
			this.visions.save(large.accountId, "Version " + i, "Because " + i, i, large.owner);
			for (int j = 0; j < 5; j++) {
				this.visions.addFeedback(
						large.accountId, new FeedbackInput(null, this.today.minusDays(j),
								(j % 2 == 0) ? large.ada : large.bob, null, Reaction.values()[j], "Note " + j),
						large.owner);
			}
		}
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		counts.put("vision small", count(url("/vision"), this.f.owner));
		counts.put("vision large", count("/accounts/" + large.accountId + "/vision", large.owner));
		counts.put("vision reader", count(url("/vision"), this.f.mentor));
		counts.put("account small", count("/accounts/" + this.f.accountId, this.f.owner));
		counts.put("account large", count("/accounts/" + large.accountId, large.owner));
		System.out.println("Vision statements: " + counts);
		assertThat(counts.get("vision large")).isEqualTo(counts.get("vision small")).isEqualTo(6);
		assertThat(counts.get("vision reader")).isEqualTo(5);
		assertThat(counts.get("account large")).isEqualTo(counts.get("account small"));
	}

	private int count(String url, Viewer viewer) throws Exception {
		RequestPostProcessor user = as(viewer);
		return this.statements.count(() -> this.mvc.perform(get(url).with(user)).andExpect(status().isOk()));
	}

	private String body(MockHttpServletRequestBuilder request, Viewer viewer) throws Exception {
		return this.mvc.perform(request.with(as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String url(String path) {
		return "/accounts/" + this.f.accountId + path;
	}

	private RequestPostProcessor as(Viewer viewer) {
		return org.keyline.people.Users.as(this.userDetails, viewer.username());
	}

}
