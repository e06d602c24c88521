package org.keyline.plan;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.Flash;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Comments through HTTP: the htmx post answered with the discussion fragment (the new
 * comment and an empty form, or the message next to the kept text), the redirect without
 * htmx, CSRF, and who may post.
 */
@KeylineTest
@Import(PlanTestData.class)
@RecordApplicationEvents
class PlanCommentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlanTestData data;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	Viewer owner;

	Viewer mentor;

	long accountId;

	long planId;

	long objectiveId;

	@BeforeEach
	void plan() {
		this.owner = aViewer(this.testUsers, "owner", Role.MANAGER);
		this.mentor = aViewer(this.testUsers, "mentor", Role.MENTOR);
		Viewer director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
		this.accounts.assignMentor(this.accountId, this.mentor.userId(), director);
		this.planId = this.data.plan(this.accountId, "Grow the account", "AGREED");
		this.objectiveId = this.data.objective(this.planId, 1, "Grow revenue");
	}

	@Test
	void theMentorsHtmxCommentIsAnsweredWithTheObjectivesDiscussionShowingItAsTextAndAnEmptyForm() throws Exception {
		String body = this.mvc
			.perform(htmx(post(comments())).with(as(this.mentor))
				.param("objectiveId", String.valueOf(this.objectiveId))
				.param("body", "Why 200?\n<script>alert('x')</script> & more"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain("<html").doesNotContain("<nav");
		assertThat(body).startsWith("<section class=\"kl-discussion\"")
			.contains("id=\"comments-objective-" + this.objectiveId + "\"")
			.doesNotContain("id=\"comments-plan\"");
		assertThat(body).contains("Why 200?\n&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
			.doesNotContain("<script>");
		assertThat(body).contains("class=\"badge text-bg-info kl-comment-mentor\">Mentor</span>");
		assertThat(body).contains("Test " + this.mentor.username()).contains("Comment added.");
		assertThat(body).containsPattern("<textarea[^>]*name=\"body\"[^>]*>\\s*</textarea>");
		assertThat(body).contains("hx-target=\"#comments-objective-" + this.objectiveId + "\"")
			.contains("hx-swap=\"outerHTML\"")
			.contains("name=\"_csrf\"");
		assertThat(body).contains("<label class=\"form-label small\" for=\"comments-objective-" + this.objectiveId
				+ "-new-body\">Add a comment on this objective</label>");
		assertThat(body).contains("<summary class=\"small\"><span>Reply</span><span class=\"visually-hidden\"> to Test "
				+ this.mentor.username() + "</span></summary>");
		assertThat(commentCount()).isEqualTo(1);
		assertThat(this.events.stream(PlanCommentAdded.class)).singleElement()
			.satisfies((event) -> assertThat(event.objectiveId()).isEqualTo(this.objectiveId));
	}

	@Test
	void anHtmxReplyIsAnsweredWithThePlansDiscussionAndTheReplyUnderItsThread() throws Exception {
		long root = this.data.comment(this.planId, null, null, "Is the horizon right?", this.mentor.userId(),
				Instant.now().minusSeconds(60));

		String body = this.mvc
			.perform(htmx(post(comments())).with(as(this.owner))
				.param("parentId", String.valueOf(root))
				.param("body", "Yes: four years."))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).startsWith("<section class=\"kl-discussion\"").contains("id=\"comments-plan\"");
		assertThat(body.indexOf("Is the horizon right?")).isLessThan(body.indexOf("kl-comment-replies"));
		assertThat(body.indexOf("kl-comment-replies")).isLessThan(body.indexOf("Yes: four years."));
		assertThat(body).contains("aria-label=\"1 reply\"").doesNotContain("No comments yet");
	}

	@Test
	void aBlankOrTooLongHtmxCommentIsRefusedNextToTheTextWhichIsKept() throws Exception {
		String base = "comments-objective-" + this.objectiveId + "-new";
		String blank = this.mvc
			.perform(htmx(post(comments())).with(as(this.mentor))
				.param("objectiveId", String.valueOf(this.objectiveId))
				.param("body", "   "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(blank).containsPattern("id=\"" + base + "-errors\">\\s*<div>Write your comment first.</div>");
		assertThat(blank).contains("aria-describedby=\"" + base + "-errors\"").contains("is-invalid");
		assertThat(blank).contains("No comments yet.").doesNotContain("Comment added.");

		String tooLong = "z".repeat(4001);
		String refused = this.mvc
			.perform(htmx(post(comments())).with(as(this.mentor))
				.param("objectiveId", String.valueOf(this.objectiveId))
				.param("body", tooLong))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("A comment can have at most 4000 characters.")
			.contains(">" + tooLong + "</textarea>");
		assertThat(commentCount()).isZero();
	}

	@Test
	void aReplysRefusalOpensThatThreadsReplyForm() throws Exception {
		long root = this.data.comment(this.planId, this.objectiveId, null, "Question", this.mentor.userId(),
				Instant.now().minusSeconds(60));
		String body = this.mvc
			.perform(htmx(post(comments())).with(as(this.owner))
				.param("objectiveId", String.valueOf(this.objectiveId))
				.param("parentId", String.valueOf(root))
				.param("body", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reply = "comments-objective-" + this.objectiveId + "-reply-" + root;
		assertThat(body).contains("<details class=\"kl-comment-reply\" open=\"open\">")
			.containsPattern("id=\"" + reply + "-errors\">\\s*<div>Write your comment first.</div>")
			.doesNotContain("-new-errors");
	}

	@Test
	void aClosedPlanShowsNoFormAndARefusedCommentKeepsItsText() throws Exception {
		long otherAccount = this.accounts.create(aProfile(), null, this.owner);
		long closed = this.data.plan(otherAccount, "Old plan", "CLOSED");
		String body = this.mvc
			.perform(htmx(post("/accounts/" + otherAccount + "/plans/" + closed + "/comments")).with(as(this.owner))
				.param("body", "Too late"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("The plan is closed: it takes no more comments.")
			.contains("Too late")
			.doesNotContain("<textarea")
			.contains("No comments. The plan is closed");
	}

	@Test
	void withoutHtmxTheCommentGoesBackToItsPlaceOnThePlanPage() throws Exception {
		String plan = "/accounts/" + this.accountId + "/plans/" + this.planId;
		this.mvc
			.perform(post(comments()).with(csrf())
				.with(as(this.mentor))
				.param("objectiveId", String.valueOf(this.objectiveId))
				.param("body", "On the objective"))
			.andExpect(redirectedUrl(plan + "#objective-" + this.objectiveId))
			.andExpect(flash().attribute("flash", "comment.added"));
		this.mvc.perform(post(comments()).with(csrf()).with(as(this.owner)).param("body", "On the plan"))
			.andExpect(redirectedUrl(plan + "#discussion"));
		this.mvc.perform(post(comments()).with(csrf()).with(as(this.owner)).param("body", " "))
			.andExpect(redirectedUrl(plan + "#discussion"))
			.andExpect(flash().attribute("flashError", "comment.body.required"))
			.andExpect(flash().attributeExists("commentDraft"));
		assertThat(commentCount()).isEqualTo(2);
	}

	@Test
	void aRefusalWithoutHtmxIsShownInItsFormOnTheNextPageWithTheTypedText() throws Exception {
		var refused = this.mvc
			.perform(post(comments()).with(csrf())
				.with(as(this.mentor))
				.param("objectiveId", String.valueOf(this.objectiveId))
				.param("body", "x".repeat(4001)))
			.andExpect(redirectedUrl(
					"/accounts/" + this.accountId + "/plans/" + this.planId + "#objective-" + this.objectiveId))
			.andReturn();

		String base = "comments-objective-" + this.objectiveId + "-new";
		String shown = this.mvc
			.perform(get(comments()).header("HX-Request", "true")
				.param("objectiveId", String.valueOf(this.objectiveId))
				.with(as(this.mentor))
				.with(Flash.of(refused)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).containsPattern("id=\"" + base + "-errors\">\\s*<div>A comment can have at most 4000")
			.contains(">" + "x".repeat(4001) + "</textarea>");

		String plan = this.mvc
			.perform(get(comments()).header("HX-Request", "true").with(as(this.mentor)).with(Flash.of(refused)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(plan).contains("id=\"comments-plan\"").doesNotContain("-errors").doesNotContain("xxxx");
	}

	@Test
	void aDiscussionAloneIsForThoseWhoSeeTheAccount() throws Exception {
		this.data.comment(this.planId, null, null, "Hello team", this.mentor.userId(), Instant.now());
		this.mvc.perform(get(comments()).header("HX-Request", "true").with(as(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hello team")));
		Viewer stranger = aViewer(this.testUsers, "stranger", Role.MEMBER);
		this.mvc.perform(get(comments()).header("HX-Request", "true").with(as(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsForbidden() throws Exception {
		this.mvc.perform(post(comments()).header("HX-Request", "true").with(as(this.mentor)).param("body", "Sneaky"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(comments()).with(as(this.mentor)).param("body", "Sneaky"))
			.andExpect(status().isForbidden());
		assertThat(commentCount()).isZero();
	}

	@Test
	void anotherMentorAStrangerAndAnotherAccountsObjectiveAreNotFound() throws Exception {
		Viewer otherMentor = aViewer(this.testUsers, "othermentor", Role.MENTOR);
		Viewer stranger = aViewer(this.testUsers, "stranger", Role.MANAGER);
		for (Viewer viewer : new Viewer[] { otherMentor, stranger }) {
			this.mvc.perform(htmx(post(comments())).with(as(viewer)).param("body", "Hello"))
				.andExpect(status().isNotFound());
			this.mvc.perform(post(comments()).with(csrf()).with(as(viewer)).param("body", "Hello"))
				.andExpect(status().isNotFound());
		}
		long otherAccount = this.accounts.create(aProfile(), null, this.owner);
		long otherPlan = this.data.plan(otherAccount, "Other", "DRAFT");
		long otherObjective = this.data.objective(otherPlan, 1, "Elsewhere");
		this.mvc
			.perform(htmx(post(comments())).with(as(this.owner))
				.param("objectiveId", String.valueOf(otherObjective))
				.param("body", "Hello"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					htmx(post("/accounts/" + this.accountId + "/plans/" + otherPlan + "/comments")).with(as(this.owner))
						.param("body", "Hello"))
			.andExpect(status().isNotFound());
		assertThat(commentCount()).isZero();
	}

	private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).header("HX-Request", "true");
	}

	private String comments() {
		return "/accounts/" + this.accountId + "/plans/" + this.planId + "/comments";
	}

	private long commentCount() {
		return this.jdbc.queryForObject("select count(*) from plan_comment where plan_id = ?", Long.class, this.planId);
	}

	private RequestPostProcessor as(Viewer viewer) {
		return org.keyline.people.Users.as(this.userDetails, viewer.username());
	}

}
