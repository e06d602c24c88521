package org.keyline.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.people.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The coverage card on the account page and the relationship map through HTTP: what they
 * show, who may open them, and that they run the same statements for 5 contacts as for
 * 200.
 */
@KeylineTest
@Import(RelationshipTestData.class)
class CoveragePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	RelationshipTestData data;

	@Autowired
	StatementCounter statements;

	@Autowired
	Clock clock;

	Viewer owner;

	Viewer member;

	Viewer mentor;

	Viewer otherManager;

	long accountId;

	LocalDate today;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.owner = aViewer(this.testUsers, "kam", Role.MANAGER);
		this.member = aViewer(this.testUsers, "member", Role.MEMBER);
		this.mentor = aViewer(this.testUsers, "mentor", Role.MENTOR);
		this.otherManager = aViewer(this.testUsers, "other", Role.MANAGER);
		Viewer director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
		this.accounts.addTeamMember(this.accountId, this.member.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				this.today.minusDays(10), null, this.owner);
		this.accounts.assignMentor(this.accountId, this.mentor.userId(), director);
	}

	@Test
	void theAccountPageShowsTheCoverageFindingsWithWhatFixesThem() throws Exception {
		long dm = this.data.contact(this.accountId, "Dora Decider", ContactLevel.EXECUTIVE, BuyingRole.DECISION_MAKER,
				Attitude.OPPONENT);
		this.data.link(this.accountId, this.member.userId(), dm, LinkStrength.ACQUAINTED, this.today);
		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.userDetails, this.member.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"coverage\"")))
			.andExpect(content().string(containsString("Relationship coverage")))
			.andExpect(content().string(containsString("data-rule=\"UNCOVERED_DECISION_MAKER\" data-count=\"1\"")))
			.andExpect(content().string(containsString("data-rule=\"HOSTILE_DECISION_MAKER\" data-count=\"1\"")))
			.andExpect(content().string(containsString("data-rule=\"GOING_COLD\" data-count=\"0\"")))
			.andExpect(content().string(containsString("Uncovered decision makers")))
			.andExpect(content().string(containsString("Dora Decider")))
			.andExpect(content().string(containsString("Opponent")))
			.andExpect(content()
				.string(containsString("href=\"/accounts/" + this.accountId + "/links?contactId=" + dm + "\"")))
			.andExpect(content().string(
					containsString("href=\"/accounts/" + this.accountId + "/interactions/new?contactId=" + dm + "\"")))
			.andExpect(content().string(containsString("href=\"/accounts/" + this.accountId + "/contacts/new\"")))
			.andExpect(content().string(containsString("href=\"/accounts/" + this.accountId + "/relationship-map\"")))
			.andExpect(content().string(containsString("href=\"/accounts/" + this.accountId + "/org-chart\"")))
			.andExpect(content().string(not(containsString("id=\"coverageAllClear\""))));
	}

	@Test
	void aMentorSeesTheFindingsButNoFixLinks() throws Exception {
		long dm = this.data.contact(this.accountId, "Dora Decider", ContactLevel.EXECUTIVE, BuyingRole.DECISION_MAKER,
				Attitude.NEUTRAL);
		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.userDetails, this.mentor.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dora Decider")))
			.andExpect(content().string(not(containsString("links?contactId=" + dm))))
			.andExpect(content().string(not(containsString("class=\"kl-cov-fix"))));
	}

	@Test
	void aWellCoveredAccountShowsAllClear() throws Exception {
		long ceo = this.data.contact(this.accountId, "Cleo Ceo", ContactLevel.EXECUTIVE, BuyingRole.DECISION_MAKER,
				Attitude.SUPPORTER);
		long vp = this.data.contact(this.accountId, "Vera Vp", ContactLevel.SENIOR_MANAGEMENT, BuyingRole.USER,
				Attitude.NEUTRAL);
		for (long contact : List.of(ceo, vp)) {
			this.data.link(this.accountId, this.owner.userId(), contact, LinkStrength.TRUSTED, this.today);
			this.data.link(this.accountId, this.member.userId(), contact, LinkStrength.WORKING, this.today);
		}
		this.mvc.perform(get("/accounts/" + this.accountId).with(as(this.userDetails, this.owner.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"coverageAllClear\"")))
			.andExpect(content().string(not(containsString("class=\"kl-cov-finding"))));
	}

	@Test
	void theMapDrawsOurPeopleTheirContactsAndTheLinks() throws Exception {
		long dm = this.data.contact(this.accountId, "Dora Decider", ContactLevel.EXECUTIVE, BuyingRole.DECISION_MAKER,
				Attitude.SCEPTIC);
		long user = this.data.contact(this.accountId, "Uli User", ContactLevel.USER, BuyingRole.USER,
				Attitude.CHAMPION);
		this.data.contact(this.accountId, "Left Long Ago", ContactLevel.USER, BuyingRole.USER, Attitude.CHAMPION, true);
		this.data.link(this.accountId, this.member.userId(), dm, LinkStrength.ACQUAINTED, null);
		this.data.link(this.accountId, this.owner.userId(), user, LinkStrength.TRUSTED, this.today.minusDays(200));
		this.mvc
			.perform(get("/accounts/" + this.accountId + "/relationship-map")
				.with(as(this.userDetails, this.owner.username())))
			.andExpect(status().isOk())
			.andExpect(view().name("relationship/map"))
			.andExpect(content().string(containsString("<svg class=\"kl-map\"")))
			.andExpect(content().string(containsString("data-contact-id=\"" + dm + "\" data-covered=\"false\"")))
			.andExpect(content().string(containsString("data-contact-id=\"" + user + "\" data-covered=\"true\"")))
			.andExpect(content().string(containsString("⚠ uncovered")))
			.andExpect(content().string(containsString("★ Decision maker")))
			.andExpect(content().string(containsString("Sceptic")))
			.andExpect(content().string(containsString("class=\"kl-map-link kl-str-acquainted\"")))
			.andExpect(content().string(containsString("class=\"kl-map-link kl-str-trusted kl-map-cold\"")))
			.andExpect(content().string(containsString(": Acquainted, no interaction recorded</title>")))
			.andExpect(content().string(containsString("Account owner")))
			.andExpect(content().string(containsString("id=\"mapTable\"")))
			.andExpect(content().string(containsString("going cold")))
			.andExpect(content().string(not(containsString("Left Long Ago"))));
	}

	@Test
	void theTeamAndMentorsReadTheMapAndOthersGetNotFound() throws Exception {
		String map = "/accounts/" + this.accountId + "/relationship-map";
		for (Viewer reader : List.of(this.owner, this.member, this.mentor)) {
			this.mvc.perform(get(map).with(as(this.userDetails, reader.username()))).andExpect(status().isOk());
		}
		this.mvc.perform(get(map).with(as(this.userDetails, this.otherManager.username())))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
		this.mvc.perform(get("/accounts/999999999/relationship-map").with(as(this.userDetails, this.owner.username())))
			.andExpect(status().isNotFound());
		String adminOnly = this.testUsers.create("adminonly", Role.ADMIN);
		this.mvc.perform(get(map).with(as(this.userDetails, adminOnly))).andExpect(status().isForbidden());
	}

	@Test
	void theMapAndTheAccountPageRunTheSameStatementsForFiveContactsAsForTwoHundred() throws Exception {
		RequestPostProcessor me = as(this.userDetails, this.owner.username());
		long small = this.accountId;
		List<Long> smallContacts = this.data.manyContacts(small, 5, "Few");
		this.data.manyLinks(small, List.of(this.owner.userId(), this.member.userId()), smallContacts, this.today);

		long large = this.accounts.create(aProfile(), null, this.owner);
		List<Long> team = new java.util.ArrayList<>(List.of(this.owner.userId()));
		for (int i = 0; i < 8; i++) {
			Viewer mate = aViewer(this.testUsers, "mate", Role.MEMBER);
			this.accounts.addTeamMember(large, mate.userId(), TeamRole.SPECIALIST, "Spec " + i,
					this.today.minusDays(30), null, this.owner);
			team.add(mate.userId());
		}
		List<Long> largeContacts = this.data.manyContacts(large, 200, "Many");
		this.data.manyLinks(large, team, largeContacts, this.today);

		// A first view reads the grading scheme's tiers and criteria, kept afterwards.
		this.mvc.perform(get("/accounts/" + small).with(me)).andExpect(status().isOk());
		int mapSmall = this.statements
			.count(() -> this.mvc.perform(get("/accounts/" + small + "/relationship-map").with(me))
				.andExpect(status().isOk()));
		int mapLarge = this.statements
			.count(() -> this.mvc.perform(get("/accounts/" + large + "/relationship-map").with(me))
				.andExpect(status().isOk()));
		int pageSmall = this.statements
			.count(() -> this.mvc.perform(get("/accounts/" + small).with(me)).andExpect(status().isOk()));
		int pageLarge = this.statements
			.count(() -> this.mvc.perform(get("/accounts/" + large).with(me)).andExpect(status().isOk()));
		long start = System.nanoTime();
		this.mvc.perform(get("/accounts/" + large + "/relationship-map").with(me)).andExpect(status().isOk());
		long mapMillis = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		this.mvc.perform(get("/accounts/" + large).with(me)).andExpect(status().isOk());
		long pageMillis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf(
				"Relationship statements: map 5 contacts %d, 200 contacts %d; account page 5 contacts %d, 200 contacts %d."
						+ " 200 contacts: map %d ms, account page %d ms%n",
				mapSmall, mapLarge, pageSmall, pageLarge, mapMillis, pageMillis);
		// The access check and the name, then our people, their contacts, the links.
		assertThat(mapLarge).isEqualTo(mapSmall).isEqualTo(5);
		assertThat(pageLarge).isEqualTo(pageSmall);
	}

}
