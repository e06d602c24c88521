package org.keyline.relationship;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.Flash;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.domain.ContactRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.relationship.RelationshipFixtures.contact;
import static org.keyline.relationship.RelationshipFixtures.teamMember;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The links and interaction pages through HTTP: the paged timeline, the full form, the
 * htmx quick add of the account page, who may do what, and how many statements the pages
 * run with a small and a large log.
 */
@KeylineTest
class InteractionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	InteractionLog log;

	@Autowired
	LinkManagement links;

	@Autowired
	ContactRepository contacts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	Clock clock;

	LocalDate today;

	Viewer owner;

	Viewer member;

	Viewer mentor;

	Viewer otherManager;

	long accountId;

	long ada;

	long bob;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.owner = aViewer(this.testUsers, "owner", Role.MANAGER);
		this.otherManager = aViewer(this.testUsers, "other", Role.MANAGER);
		this.mentor = aViewer(this.testUsers, "mentor", Role.MENTOR);
		Viewer director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
		this.member = teamMember(this.accounts, this.testUsers, this.accountId, this.owner, this.today);
		this.accounts.assignMentor(this.accountId, this.mentor.userId(), director);
		this.ada = contact(this.contacts, this.accountId, "Ada Quill");
		this.bob = contact(this.contacts, this.accountId, "Bob Marsh");
	}

	@Test
	void theTimelineShowsTwentyInteractionsAPageNewestFirst() throws Exception {
		insertInteractions(this.accountId, 25);

		String first = this.mvc.perform(get(timeline()).with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString("25 interactions")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(first, "data-interaction-id=")).isEqualTo(20);
		assertThat(first).contains("Bulk interaction 25").doesNotContain("Bulk interaction 5<");
		assertThat(first.indexOf("Bulk interaction 25")).isLessThan(first.indexOf("Bulk interaction 24"));

		String second = this.mvc.perform(get(timeline()).param("page", "1").with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 2 of 2")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(second, "data-interaction-id=")).isEqualTo(5);
		assertThat(second).contains("Bulk interaction 1<").contains("Ada Quill");
	}

	@Test
	void anEmptyTimelineSaysSoAndOffersTheForm() throws Exception {
		this.mvc.perform(get(timeline()).with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"interactionsEmpty\"")))
			.andExpect(content().string(containsString("id=\"newInteraction\"")));
		this.mvc.perform(get(timeline()).with(as(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"newInteraction\""))));
	}

	@Test
	void theQuickAddAnswersItsFragmentWithTheMessagesNextToTheFields() throws Exception {
		String body = this.mvc
			.perform(quickAdd().with(as(this.member))
				.param("occurredOn", this.today.toString())
				.param("kind", "CALL")
				.param("summary", " ")
				.param("contactIds", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain("<html").doesNotContain("<nav").startsWith("<div id=\"interactionQuickAdd\"");
		String prefix = "qa" + this.accountId;
		assertThat(body).containsPattern("id=\"" + prefix + "Summary-errors\">\\s*<div>Write a short summary.</div>");
		assertThat(body).containsPattern(
				"id=\"" + prefix + "Contact-errors\">\\s*<div>Choose at least one of their contacts.</div>");
		assertThat(body).contains("aria-describedby=\"" + prefix + "Summary-errors\"");
		assertThat(interactions(this.accountId)).isZero();
	}

	@Test
	void anOwnerOffTheTeamIsToldToChooseOneOfOursWithTheOtherMessages() throws Exception {
		String body = this.mvc
			.perform(quickAdd().with(as(this.owner))
				.param("occurredOn", this.today.toString())
				.param("kind", "CALL")
				.param("summary", "")
				.param("contactIds", String.valueOf(this.ada))
				.param("userIds", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String prefix = "qa" + this.accountId;
		assertThat(body)
			.containsPattern("id=\"" + prefix + "User-errors\">\\s*<div>Choose at least one of our people.</div>");
		assertThat(body).containsPattern("id=\"" + prefix + "Summary-errors\">");
		assertThat(body).doesNotContain(prefix + "Contact-errors");
		assertThat(interactions(this.accountId)).isZero();
	}

	@Test
	void theQuickAddRefusesAFutureDateNextToTheDate() throws Exception {
		String body = this.mvc
			.perform(quickAdd().with(as(this.member))
				.param("occurredOn", this.today.plusDays(2).toString())
				.param("kind", "CALL")
				.param("summary", "Planned call")
				.param("contactIds", String.valueOf(this.ada))
				.param("userIds", String.valueOf(this.member.userId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).containsPattern("id=\"qa" + this.accountId + "Date-errors\">\\s*<div>The date cannot be");
		assertThat(body).contains("Planned call");
		assertThat(interactions(this.accountId)).isZero();
	}

	@Test
	void aValidQuickAddLogsItAndAnswersAFreshFormWithTheNewEntry() throws Exception {
		long link = this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.WORKING, this.owner);

		String body = this.mvc
			.perform(quickAdd().with(as(this.member))
				.param("occurredOn", this.today.minusDays(1).toString())
				.param("kind", "VISIT")
				.param("summary", "Plant tour with the operations team")
				.param("nextStep", "Send the audit checklist")
				.param("contactIds", String.valueOf(this.ada))
				.param("userIds", String.valueOf(this.member.userId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain("<html").startsWith("<div id=\"interactionQuickAdd\"");
		assertThat(body).contains("id=\"interactionLoggedNotice\"")
			.containsPattern("Logged: Visit on \\d{1,2} \\w{3} \\d{4} with Ada Quill</span>");
		assertThat(body).contains("hx-swap-oob=\"true\"").contains("Plant tour with the operations team");
		assertThat(body).doesNotContain("is-invalid");
		assertThat(body).containsPattern("<textarea[^>]*name=\"summary\"[^>]*>\\s*</textarea>");
		assertThat(interactions(this.accountId)).isEqualTo(1);
		assertThat(this.links.list(this.accountId, this.owner)).singleElement()
			.satisfies((shown) -> assertThat(shown.id()).isEqualTo(link))
			.extracting(LinkView::lastInteractionOn)
			.isEqualTo(this.today.minusDays(1));
	}

	@Test
	void theFullFormLogsSeveralParticipantsAndRedirectsToTheTimeline() throws Exception {
		this.mvc
			.perform(post(timeline()).with(as(this.member))
				.with(csrf())
				.param("occurredOn", this.today.toString())
				.param("kind", "MEETING")
				.param("summary", "Steering committee")
				.param("contactIds", String.valueOf(this.ada), String.valueOf(this.bob))
				.param("userIds", String.valueOf(this.member.userId())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(timeline()))
			.andExpect(flash().attribute("flash", "interaction.logged"));

		this.mvc.perform(get(timeline()).with(as(this.mentor)))
			.andExpect(content().string(containsString("Steering committee")))
			.andExpect(content().string(containsString("with Ada Quill, Bob Marsh")));
	}

	@Test
	void theFullFormShowsErrorsOnTheSamePage() throws Exception {
		this.mvc
			.perform(post(timeline()).with(as(this.owner))
				.with(csrf())
				.param("occurredOn", "1985-03-01")
				.param("kind", "MEETING")
				.param("summary", "Old times")
				.param("contactIds", String.valueOf(this.ada))
				.param("userIds", String.valueOf(this.member.userId())))
			.andExpect(status().isOk())
			.andExpect(view().name("relationship/interaction-form"))
			.andExpect(content().string(containsString("Enter a date from 1990 on.")));
		assertThat(interactions(this.accountId)).isZero();
	}

	@Test
	void theFullFormPreselectsTheContactAndTheViewerOnTheTeam() throws Exception {
		String body = this.mvc
			.perform(get(timeline() + "/new").param("contactId", String.valueOf(this.bob)).with(as(this.member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(checkbox(body, "contactIds", this.bob)).contains("checked");
		assertThat(checkbox(body, "contactIds", this.ada)).doesNotContain("checked");
		assertThat(checkbox(body, "userIds", this.member.userId())).contains("checked");
		assertThat(body).contains("value=\"" + this.today + "\"");
	}

	@Test
	void aMentorSeesTheLogButNoQuickAddAndMayNotPost() throws Exception {
		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"interactionsHeading\"")))
			.andExpect(content().string(not(containsString("id=\"interactionQuickAddForm\""))));
		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.member)))
			.andExpect(content().string(containsString("id=\"interactionQuickAddForm\"")));

		for (MockHttpServletRequestBuilder request : List.of(quickAdd(), post(timeline()).with(csrf()),
				get(timeline() + "/new"))) {
			this.mvc
				.perform(request.with(as(this.mentor))
					.param("occurredOn", this.today.toString())
					.param("kind", "CALL")
					.param("summary", "Mentor call")
					.param("contactIds", String.valueOf(this.ada)))
				.andExpect(status().isForbidden());
		}
		assertThat(interactions(this.accountId)).isZero();
	}

	@Test
	void anotherManagersAccountIdAnswersNotFound() throws Exception {
		long linkId = this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.WORKING, this.owner);
		for (MockHttpServletRequestBuilder request : List.of(get(timeline()), get(timeline() + "/new"), quickAdd(),
				post(timeline()).with(csrf()), get(linksPage()),
				post(linksPage()).with(csrf())
					.param("userId", String.valueOf(this.member.userId()))
					.param("contactId", String.valueOf(this.bob))
					.param("strength", "WORKING"),
				post(linksPage() + "/" + linkId).with(csrf()).param("strength", "NONE"),
				post(linksPage() + "/" + linkId + "/remove").with(csrf()))) {
			this.mvc.perform(request.with(as(this.otherManager)))
				.andExpect(status().isNotFound())
				.andExpect(view().name("error/404"));
		}
		assertThat(this.links.list(this.accountId, this.owner)).singleElement()
			.extracting(LinkView::strength)
			.isEqualTo(LinkStrength.WORKING);
	}

	@Test
	void theLinksPageListsAddsAndRefusesASecondLinkForThePair() throws Exception {
		LocalDate longAgo = this.today.minusDays(200);
		this.log.log(this.accountId, new NewInteraction(longAgo, InteractionKind.CALL, "Intro", null,
				java.util.Set.of(this.ada), java.util.Set.of(this.member.userId())), this.owner);

		String form = this.mvc
			.perform(get(linksPage()).param("contactId", String.valueOf(this.ada))
				.param("userId", String.valueOf(this.member.userId()))
				.with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"linksEmpty\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(option(form, "contactId", this.ada)).contains("selected");
		assertThat(option(form, "userId", this.member.userId())).contains("selected");

		this.mvc
			.perform(post(linksPage()).with(as(this.member))
				.with(csrf())
				.param("userId", String.valueOf(this.member.userId()))
				.param("contactId", String.valueOf(this.ada))
				.param("strength", "TRUSTED"))
			.andExpect(redirectedUrl(linksPage()));

		this.mvc.perform(get(linksPage()).with(as(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trusted")))
			.andExpect(content().string(containsString("going cold")))
			.andExpect(content().string(not(containsString("id=\"linkForm\""))))
			.andExpect(content().string(not(containsString("confirmRemoveLink"))));

		this.mvc
			.perform(post(linksPage()).with(as(this.member))
				.with(csrf())
				.param("userId", String.valueOf(this.member.userId()))
				.param("contactId", String.valueOf(this.ada))
				.param("strength", "WORKING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This person already has a link to this contact")));
		this.mvc
			.perform(post(linksPage()).with(as(this.mentor))
				.with(csrf())
				.param("userId", String.valueOf(this.member.userId()))
				.param("contactId", String.valueOf(this.bob))
				.param("strength", "WORKING"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLinkIsRatedAgainAndRemovedAfterConfirmation() throws Exception {
		long linkId = this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.ACQUAINTED,
				this.owner);
		this.mvc.perform(get(linksPage()).with(as(this.member)))
			.andExpect(content().string(containsString("id=\"confirmRemoveLink" + linkId + "\"")));

		this.mvc
			.perform(post(linksPage() + "/" + linkId).with(as(this.member))
				.with(csrf())
				.param("strength", "ADVOCATE")
				.param("version", String.valueOf(linkVersion(linkId))))
			.andExpect(redirectedUrl(linksPage()))
			.andExpect(flash().attribute("flash", "link.changed"));
		assertThat(this.links.list(this.accountId, this.owner)).singleElement()
			.extracting(LinkView::strength)
			.isEqualTo(LinkStrength.ADVOCATE);

		this.mvc.perform(post(linksPage() + "/" + linkId + "/remove").with(as(this.mentor)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(linksPage() + "/" + linkId + "/remove").with(as(this.member)).with(csrf()))
			.andExpect(redirectedUrl(linksPage()));
		assertThat(this.links.list(this.accountId, this.owner)).isEmpty();
	}

	@Test
	void theSectionOfAnAccountWithoutInteractionsStillOffersItsContacts() {
		long quiet = this.accounts.create(aProfile(), null, this.owner);
		contact(this.contacts, quiet, "Zoe Quiet");
		RecentInteractions recent = this.log.recent(this.accounts.ref(quiet, this.owner), this.owner);
		assertThat(recent.latest()).isEmpty();
		assertThat(recent.total()).isZero();
		assertThat(recent.contacts()).extracting(ContactChoice::name).containsExactly("Zoe Quiet");
	}

	@Test
	void theTimelineTheSectionAndTheAccountPageRunTheSameStatementsForFiveAndAThousandInteractions() throws Exception {
		long small = this.accountId;
		insertInteractions(small, 5);
		long large = this.accounts.create(aProfile(), null, this.owner);
		teamMember(this.accounts, this.testUsers, large, this.owner, this.today);
		contact(this.contacts, large, "Ada Quill");
		contact(this.contacts, large, "Bob Marsh");
		insertInteractions(large, 1000);

		RequestPostProcessor owner = as(this.owner);
		String[] shown = new String[1];
		int timelineSmall = this.statements.count(() -> page(timeline(small), owner));
		int timelineLarge = this.statements.count(() -> page(timeline(large), owner));
		int timelineLargeLastPage = this.statements.count(() -> shown[0] = page(timeline(large) + "?page=49", owner));
		assertThat(shown[0]).contains("Page 50 of 50");

		AccountRef smallRef = this.accounts.ref(small, this.owner);
		AccountRef largeRef = this.accounts.ref(large, this.owner);
		RecentInteractions[] recent = new RecentInteractions[2];
		int sectionSmall = this.statements.count(() -> recent[0] = this.log.recent(smallRef, this.owner));
		int sectionLarge = this.statements.count(() -> recent[1] = this.log.recent(largeRef, this.owner));
		assertThat(recent[0].latest()).hasSize(5);
		assertThat(recent[1].latest()).hasSize(5);
		assertThat(recent[1].total()).isEqualTo(1000);
		AccountRef mentorView = this.accounts.ref(small, this.mentor);
		int sectionReader = this.statements.count(() -> this.log.recent(mentorView, this.mentor));

		// A first view reads the grading scheme's tiers and criteria, kept afterwards.
		page("/accounts/" + small, owner);
		int accountSmall = this.statements.count(() -> page("/accounts/" + small, owner));
		int accountLarge = this.statements.count(() -> shown[0] = page("/accounts/" + large, owner));
		assertThat(shown[0]).contains("Timeline (1,000 interactions)");

		System.out.printf(
				"Interaction statements: timeline 5 %d / 1000 %d (last page %d); section 5 %d / 1000 %d (reader %d); "
						+ "account page 5 %d / 1000 %d%n",
				timelineSmall, timelineLarge, timelineLargeLastPage, sectionSmall, sectionLarge, sectionReader,
				accountSmall, accountLarge);
		assertThat(timelineLarge).isEqualTo(timelineSmall).isEqualTo(timelineLargeLastPage).isEqualTo(4);
		// One for the latest interactions with the contacts of the quick add, two for the
		// current team.
		assertThat(sectionLarge).isEqualTo(sectionSmall).isEqualTo(3);
		assertThat(recent[1].contacts()).extracting(ContactChoice::name).containsExactly("Ada Quill", "Bob Marsh");
		assertThat(recent[1].contacts()).isEqualTo(this.log.choices(large, this.owner).contacts());
		assertThat(sectionReader).isEqualTo(1);
		assertThat(accountLarge).isEqualTo(accountSmall);
	}

	@Test
	void theLinksPageRunsTheSameStatementsForOneAndFortyLinks() throws Exception {
		this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.WORKING, this.owner);
		RequestPostProcessor owner = as(this.owner);
		int one = this.statements.count(() -> page(linksPage(), owner));
		for (int i = 0; i < 39; i++) {
			long contactId = contact(this.contacts, this.accountId, "Contact " + i);
			this.links.add(this.accountId, this.member.userId(), contactId, LinkStrength.ACQUAINTED, this.owner);
		}
		String[] body = new String[1];
		int forty = this.statements.count(() -> body[0] = page(linksPage(), owner));
		assertThat(count(body[0], "data-link-id=")).isEqualTo(40);
		System.out.printf("Links page statements: 1 link %d, 40 links %d%n", one, forty);
		assertThat(forty).isEqualTo(one).isEqualTo(6);
	}

	@Test
	void aStaleStrengthChangeIsRefusedWithWhoChangedItWhenAndToWhat() throws Exception {
		long linkId = this.links.add(this.accountId, this.member.userId(), this.ada, LinkStrength.ACQUAINTED,
				this.owner);
		String page = page(linksPage(), as(this.member));
		long shownVersion = linkVersion(linkId);
		assertThat(page).contains("name=\"version\" value=\"" + shownVersion + "\"");
		this.links.changeStrength(this.accountId, linkId, LinkStrength.TRUSTED, shownVersion, this.owner);

		var redirect = this.mvc
			.perform(post(linksPage() + "/" + linkId).with(as(this.member))
				.with(csrf())
				.param("strength", "NONE")
				.param("version", String.valueOf(shownVersion)))
			.andExpect(redirectedUrl(linksPage()))
			.andExpect(flash().attributeExists("staleLink"))
			.andExpect(flash().attributeCount(1))
			.andReturn();
		assertThat(this.links.list(this.accountId, this.owner)).singleElement()
			.extracting(LinkView::strength)
			.isEqualTo(LinkStrength.TRUSTED);

		String shown = this.mvc.perform(get(linksPage()).with(as(this.member)).with(Flash.of(redirect)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).contains("id=\"staleLinkWarning\"")
			.contains(this.owner.username() + " changed the link between")
			.contains("Ada Quill")
			.contains("to &quot;Trusted&quot;")
			.doesNotContain("Strength changed.");

		this.mvc
			.perform(post(linksPage() + "/" + linkId).with(as(this.member))
				.with(csrf())
				.param("strength", "NONE")
				.param("version", String.valueOf(linkVersion(linkId))))
			.andExpect(flash().attribute("flash", "link.changed"));
		assertThat(this.links.list(this.accountId, this.owner)).singleElement()
			.extracting(LinkView::strength)
			.isEqualTo(LinkStrength.NONE);
	}

	@Test
	void aLinkOfAFormerTeamMemberIsMarkedAndNotGoingCold() throws Exception {
		Viewer former = aViewer(this.testUsers, "former", Role.MEMBER);
		this.accounts.addTeamMember(this.accountId, former.userId(), org.keyline.account.TeamRole.ACCOUNT_SUPPORT, null,
				this.today.minusYears(1), null, this.owner);
		long formerLink = this.links.add(this.accountId, former.userId(), this.ada, LinkStrength.WORKING, this.owner);
		long memberLink = this.links.add(this.accountId, this.member.userId(), this.bob, LinkStrength.WORKING,
				this.owner);
		this.log.log(this.accountId,
				new NewInteraction(this.today.minusDays(200), InteractionKind.CALL, "Old call", null,
						java.util.Set.of(this.ada, this.bob), java.util.Set.of(former.userId(), this.member.userId())),
				this.owner);
		this.jdbc.update("update account_team_member set left_on = ? where account_id = ? and user_id = ?",
				Date.valueOf(this.today.minusDays(1)), this.accountId, former.userId());

		String body = page(linksPage(), as(this.owner));
		String formerRow = row(body, formerLink);
		String memberRow = row(body, memberLink);
		assertThat(formerRow).contains("no longer on the team").doesNotContain("going cold");
		assertThat(memberRow).contains("going cold").doesNotContain("no longer on the team");
	}

	private String page(String url, RequestPostProcessor viewer) throws Exception {
		return this.mvc.perform(get(url).with(viewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Inserts interactions with a JDBC batch, each with both contacts named Ada Quill and
	 * Bob Marsh of the account and its first team member, one a day back from today.
	 */
	private void insertInteractions(long accountId, int count) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(new Object[] { accountId, Date.valueOf(this.today.minusDays(count - i)), "Bulk interaction " + i,
					"Next " + i });
		}
		this.jdbc.batchUpdate(
				"""
						insert into relationship_interaction (account_id, occurred_on, kind, summary, next_step, created_at, created_by)
						values (?, ?, 'CALL', ?, ?, now(), 'test')""",
				rows);
		this.jdbc.update("""
				insert into relationship_interaction_contact (interaction_id, contact_id)
				select i.id, c.id from relationship_interaction i
				join relationship_contact c on c.account_id = i.account_id
				where i.account_id = ?""", accountId);
		this.jdbc.update("""
				insert into relationship_interaction_user (interaction_id, user_id)
				select i.id, (select min(t.user_id) from account_team_member t where t.account_id = i.account_id)
				from relationship_interaction i where i.account_id = ?""", accountId);
	}

	private long interactions(long accountId) {
		return this.jdbc.queryForObject("select count(*) from relationship_interaction where account_id = ?",
				Long.class, accountId);
	}

	private MockHttpServletRequestBuilder quickAdd() {
		return post(timeline()).with(csrf()).header("HX-Request", "true");
	}

	private String timeline() {
		return timeline(this.accountId);
	}

	private static String timeline(long accountId) {
		return "/accounts/" + accountId + "/interactions";
	}

	private long linkVersion(long linkId) {
		return this.jdbc.queryForObject("select version from relationship_link where id = ?", Long.class, linkId);
	}

	/** The table row of one link. */
	private static String row(String body, long linkId) {
		int start = body.indexOf("data-link-id=\"" + linkId + "\"");
		assertThat(start).isNotNegative();
		return body.substring(start, body.indexOf("</tr>", start));
	}

	private String linksPage() {
		return "/accounts/" + this.accountId + "/links";
	}

	private RequestPostProcessor as(Viewer viewer) {
		return org.keyline.people.Users.as(this.userDetails, viewer.username());
	}

	private static int count(String body, String marker) {
		int count = 0;
		for (int at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, at + 1)) {
			count++;
		}
		return count;
	}

	/** The checkbox input of this name and value. */
	private static String checkbox(String body, String name, long value) {
		Matcher matcher = Pattern.compile("<input[^>]*>").matcher(body);
		while (matcher.find()) {
			String input = matcher.group();
			if (input.contains("name=\"" + name + "\"") && input.contains("value=\"" + value + "\"")) {
				return input;
			}
		}
		throw new AssertionError("no checkbox " + name + "=" + value);
	}

	/** The option of this value in the select of this name. */
	private static String option(String body, String name, long value) {
		Matcher select = Pattern.compile("<select[^>]*name=\"" + name + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(body);
		assertThat(select.find()).as("select " + name).isTrue();
		Matcher option = Pattern.compile("<option[^>]*value=\"" + value + "\"[^>]*>").matcher(select.group(1));
		assertThat(option.find()).as("option " + value).isTrue();
		return option.group();
	}

}
