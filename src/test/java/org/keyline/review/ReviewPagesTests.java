package org.keyline.review;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.keyline.review.ReviewFixtures.review;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The strategy review pages through HTTP: the form, the history, one review, the account
 * page's section, "Strategy reviews due", who may do what, and how many statements they
 * run.
 */
@KeylineTest
class ReviewPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	StrategyReviews reviews;

	@Autowired
	ReviewSchedule schedule;

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

	LocalDate today;

	ReviewFixtures f;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.f = ReviewFixtures.anAccount(this.accounts, this.users, this.today);
	}

	@Test
	void theMentorRecordsAReviewThroughTheFormAndSeesItInFull() throws Exception {
		this.mvc.perform(get(reviewsOf() + "/new").with(as(this.f.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.today + "\"")))
			.andExpect(content().string(containsString("value=\"" + this.today.plusDays(90) + "\"")))
			.andExpect(content().string(containsString("for=\"assessment\"")));

		String location = this.mvc
			.perform(post(reviewsOf() + "/new").with(as(this.f.mentor))
				.with(csrf())
				.param("reviewedOn", this.today.minusDays(1).toString())
				.param("assessment", "Strategy <b>sound</b>; expand into logistics.")
				.param("recommendations", "Meet the CFO before the budget round.")
				.param("nextReviewOn", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "review.recorded"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith(reviewsOf() + "/");

		this.mvc.perform(get(location).with(as(this.f.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Strategy &lt;b&gt;sound&lt;/b&gt;; expand into logistics.")))
			.andExpect(content().string(containsString("Meet the CFO before the budget round.")))
			.andExpect(content().string(containsString(this.today.minusDays(1).plusDays(90).toString())));
	}

	@Test
	void badInputReShowsTheFormWithTheMessagesAndSavesNothing() throws Exception {
		this.mvc
			.perform(post(reviewsOf() + "/new").with(as(this.f.mentor))
				.with(csrf())
				.param("reviewedOn", this.today.plusDays(2).toString())
				.param("assessment", " ")
				.param("nextReviewOn", this.today.toString()))
			.andExpect(status().isOk())
			.andExpect(view().name("review/form"))
			.andExpect(content().string(containsString("Write the assessment of the long-term strategy.")));
		this.mvc
			.perform(post(reviewsOf() + "/new").with(as(this.f.mentor))
				.with(csrf())
				.param("reviewedOn", this.today.plusDays(2).toString())
				.param("assessment", "Fine."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The review date cannot be in the future.")));
		this.mvc
			.perform(post(reviewsOf() + "/new").with(as(this.f.mentor))
				.with(csrf())
				.param("reviewedOn", this.today.toString())
				.param("assessment", "Fine.")
				.param("nextReviewOn", this.today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The next review must come after the review date.")))
			.andExpect(content().string(containsString("Fine.")));
		assertThat(this.reviews.history(this.f.accountId, this.f.owner).reviews()).isEmpty();
	}

	@Test
	void theAccessMatrix() throws Exception {
		long reviewId = this.reviews.record(this.f.accountId, review(this.today, null), this.f.mentor);
		String one = reviewsOf() + "/" + reviewId;

		// The account's mentor and directors record; the owner and team members read.
		for (Viewer writer : new Viewer[] { this.f.mentor, this.f.director }) {
			this.mvc.perform(get(reviewsOf() + "/new").with(as(writer))).andExpect(status().isOk());
			this.mvc.perform(post(reviewsOf() + "/new").with(as(writer)).with(csrf()).params(form()))
				.andExpect(status().is3xxRedirection());
			this.mvc.perform(get(reviewsOf()).with(as(writer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"recordReview\"")));
		}
		for (Viewer reader : new Viewer[] { this.f.owner, this.f.member }) {
			this.mvc.perform(get(reviewsOf()).with(as(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"recordReview\""))));
			this.mvc.perform(get(one).with(as(reader))).andExpect(status().isOk());
			this.mvc.perform(get(reviewsOf() + "/new").with(as(reader))).andExpect(status().isForbidden());
			this.mvc.perform(post(reviewsOf() + "/new").with(as(reader)).with(csrf()).params(form()))
				.andExpect(status().isForbidden());
		}
		// A mentor of other accounts and a stranger do not see the account at all.
		for (Viewer outsider : new Viewer[] { this.f.otherMentor, this.f.stranger }) {
			this.mvc.perform(get(reviewsOf()).with(as(outsider))).andExpect(status().isNotFound());
			this.mvc.perform(get(one).with(as(outsider))).andExpect(status().isNotFound());
			this.mvc.perform(get(reviewsOf() + "/new").with(as(outsider))).andExpect(status().isNotFound());
			this.mvc.perform(post(reviewsOf() + "/new").with(as(outsider)).with(csrf()).params(form()))
				.andExpect(status().isNotFound());
		}
		// A review id of another account.
		long other = this.f.anotherAccount(this.accounts);
		long elsewhere = this.reviews.record(other, review(this.today, null), this.f.mentor);
		this.mvc.perform(get(reviewsOf() + "/" + elsewhere).with(as(this.f.mentor))).andExpect(status().isNotFound());
		assertThat(this.reviews.history(this.f.accountId, this.f.owner).reviews()).hasSize(3);
	}

	@Test
	void theHistoryListsEveryReviewNewestFirst() throws Exception {
		this.mvc.perform(get(reviewsOf()).with(as(this.f.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reviewsEmpty\"")));
		this.reviews.record(this.f.accountId,
				new NewReview(this.today.minusDays(200), "Older review.", null, this.today.minusDays(110)),
				this.f.mentor);
		this.reviews.record(this.f.accountId,
				new NewReview(this.today.minusDays(100), "Newer review.", null, this.today.minusDays(4)),
				this.f.mentor);
		String body = this.mvc.perform(get(reviewsOf()).with(as(this.f.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Overdue by 4 days")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body.indexOf("Newer review.")).isPositive().isLessThan(body.indexOf("Older review."));
	}

	@Test
	void theAccountPageShowsTheLastReviewTheDueDateAndTheOverdueBadge() throws Exception {
		ReviewFixtures.mentorAssignedDaysAgo(this.jdbc, this.f.accountId, 95);
		this.mvc.perform(get("/accounts/" + this.f.accountId).with(as(this.f.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"strategyReviews\"")))
			.andExpect(content().string(containsString("No strategy review recorded yet.")))
			.andExpect(content().string(containsString("Overdue by 5 days")))
			.andExpect(content().string(not(containsString("id=\"recordReview\""))));

		this.reviews.record(this.f.accountId,
				new NewReview(this.today.minusDays(80), "Holding course.", null, this.today.plusDays(10)),
				this.f.mentor);
		this.mvc.perform(get("/accounts/" + this.f.accountId).with(as(this.f.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Holding course.")))
			.andExpect(content().string(containsString(this.today.minusDays(80).toString())))
			.andExpect(content().string(containsString("Due in 10 days")))
			.andExpect(content().string(not(containsString("id=\"reviewOverdueBadge\""))))
			.andExpect(content().string(containsString("id=\"recordReview\"")))
			.andExpect(content().string(containsString("All reviews (1 review)")));
		this.mvc.perform(get("/accounts/" + this.f.accountId).with(as(this.f.director)))
			.andExpect(content().string(containsString("id=\"recordReview\"")));
	}

	@Test
	void reviewsDueShowsOnlyVisibleAccountsDueWithinThirtyDaysMostOverdueFirst() throws Exception {
		Viewer owner = this.f.owner;
		long overdue = this.f.accountId;
		this.reviews.record(overdue, review(this.today.minusDays(100), this.today.minusDays(7)), this.f.mentor);
		long soon = this.f.anotherAccount(this.accounts);
		this.reviews.record(soon, review(this.today.minusDays(70), this.today.plusDays(20)), this.f.mentor);
		long fine = this.f.anotherAccount(this.accounts);
		this.reviews.record(fine, review(this.today.minusDays(10), this.today.plusDays(80)), this.f.mentor);
		long neverReviewed = this.f.anotherAccount(this.accounts);
		ReviewFixtures.mentorAssignedDaysAgo(this.jdbc, neverReviewed, 92);
		long unmentored = this.accounts.create(Accounts.aProfile(), null, owner);
		long archived = this.f.anotherAccount(this.accounts);
		this.reviews.record(archived, review(this.today.minusDays(100), this.today.minusDays(9)), this.f.mentor);
		this.accounts.archive(archived, owner);
		// Someone else's overdue account.
		ReviewFixtures others = ReviewFixtures.anAccount(this.accounts, this.users, this.today);
		this.reviews.record(others.accountId, review(this.today.minusDays(100), this.today.minusDays(8)),
				others.mentor);

		String body = page("/reviews", owner);
		assertThat(rows(body)).containsExactly(overdue, neverReviewed, soon);
		assertThat(body).contains("Overdue by 7 days").contains("Overdue by 2 days").contains("Never reviewed");
		assertThat(rows(page("/reviews?overdue=true", owner))).containsExactly(overdue, neverReviewed);
		assertThat(this.schedule.countOverdue(owner)).isEqualTo(2);
		assertThat(rows(page("/reviews", this.f.member))).containsExactly(overdue);
		assertThat(rows(page("/reviews", this.f.mentor))).containsExactly(overdue, neverReviewed, soon);
		assertThat(rows(page("/reviews", this.f.otherMentor))).isEmpty();
		assertThat(allDue(this.f.director)).contains(overdue, neverReviewed, soon, others.accountId)
			.doesNotContain(fine, unmentored, archived);
		assertThat(page("/reviews", this.f.otherMentor)).contains("id=\"reviewsDueEmpty\"");
	}

	@Test
	void reviewsDueRunsTwoStatementsForTwoAccountsAndForFortyAndTheSectionOne() throws Exception {
		Viewer mentor = Accounts.aViewer(this.users, "busymentor", Role.MENTOR);
		for (int i = 0; i < 2; i++) {
			dueAccount(mentor, i);
		}
		RequestPostProcessor asMentor = as(mentor);
		int[] shown = new int[1];
		int two = this.statements.count(() -> shown[0] = rows(page("/reviews", asMentor)).size());
		assertThat(shown[0]).isEqualTo(2);
		for (int i = 2; i < 40; i++) {
			dueAccount(mentor, i);
		}
		String[] body = new String[1];
		int forty = this.statements.count(() -> body[0] = page("/reviews", asMentor));
		assertThat(rows(body[0])).hasSize(ReviewSchedule.PAGE_SIZE);
		assertThat(body[0]).contains("Page 1 of 2");
		int lastPage = this.statements.count(() -> body[0] = page("/reviews?page=1", asMentor));
		assertThat(rows(body[0])).hasSize(15);

		AccountRef ref = this.accounts.ref(this.f.accountId, this.f.owner);
		int section = this.statements.count(() -> this.schedule.status(ref, this.f.owner));
		int count = this.statements.count(() -> this.schedule.countOverdue(mentor));

		long large = this.f.anotherAccount(this.accounts);
		for (int i = 0; i < 30; i++) {
			this.reviews.record(large, review(this.today.minusDays(i), null), this.f.mentor);
		}
		RequestPostProcessor owner = as(this.f.owner);
		int accountSmall = this.statements.count(() -> page("/accounts/" + this.f.accountId, owner));
		int accountLarge = this.statements.count(() -> page("/accounts/" + large, owner));
		int historySmall = this.statements.count(() -> page(reviewsOf(), owner));
		int historyLarge = this.statements.count(() -> body[0] = page("/accounts/" + large + "/reviews", owner));
		assertThat(body[0]).contains("data-review-id=");

		System.out.printf(
				"Review statements: reviews due 2 %d / 40 %d (last page %d); section %d; overdue count %d; "
						+ "account page small %d / 30 reviews %d; history 0 %d / 30 %d%n",
				two, forty, lastPage, section, count, accountSmall, accountLarge, historySmall, historyLarge);
		assertThat(forty).isEqualTo(two).isEqualTo(lastPage).isEqualTo(2);
		assertThat(section).isEqualTo(1);
		assertThat(count).isEqualTo(1);
		assertThat(accountLarge).isEqualTo(accountSmall);
		assertThat(historyLarge).isEqualTo(historySmall).isEqualTo(4);
	}

	@Test
	void anAdministratorWithoutAccountRolesIsRefusedTheReviewsDuePage() throws Exception {
		Viewer admin = Accounts.aViewer(this.users, "admin", Role.ADMIN);
		this.mvc.perform(get("/reviews").with(as(admin))).andExpect(status().isForbidden());
	}

	@Test
	void theNavigationLinksToReviewsDue() throws Exception {
		this.mvc.perform(get("/accounts").with(as(this.f.member)))
			.andExpect(content().string(containsString("id=\"navReviews\"")));
	}

	/** Every account on every page of the viewer's reviews due. */
	private java.util.List<Long> allDue(Viewer viewer) {
		java.util.List<Long> ids = new java.util.ArrayList<>();
		org.springframework.data.domain.Page<DueReview> page = this.schedule.due(viewer, false, 0);
		page.forEach((row) -> ids.add(row.accountId()));
		while (page.hasNext()) {
			page = this.schedule.due(viewer, false, page.getNumber() + 1);
			page.forEach((row) -> ids.add(row.accountId()));
		}
		return ids;
	}

	private void dueAccount(Viewer mentor, int i) {
		long id = this.accounts.create(Accounts.aProfile(), null, this.f.owner);
		this.accounts.assignMentor(id, mentor.userId(), this.f.director);
		this.reviews.record(id, review(this.today.minusDays(100), this.today.minusDays(i % 20 - 5)), mentor);
	}

	private org.springframework.util.MultiValueMap<String, String> form() {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("reviewedOn", this.today.toString());
		form.add("assessment", "Assessed.");
		return form;
	}

	private String page(String url, Viewer viewer) throws Exception {
		return page(url, as(viewer));
	}

	private String page(String url, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static java.util.List<Long> rows(String body) {
		java.util.List<Long> ids = new java.util.ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-account-id=\"(\\d+)\"").matcher(body);
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return ids;
	}

	private String reviewsOf() {
		return "/accounts/" + this.f.accountId + "/reviews";
	}

	private RequestPostProcessor as(Viewer viewer) {
		return org.keyline.people.Users.as(this.userDetails, viewer.username());
	}

}
