package org.keyline.relationship;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.people.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV exports of contacts and interactions, of one account and of every account of
 * the list: the content, who may download what (director all, owner and team member their
 * accounts, mentor the accounts they mentor without the contacts' private details, admin
 * refused, someone else's account 404), the CSV injection guard, and a fixed number of
 * statements whatever the number of rows.
 */
@KeylineTest
class RelationshipExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	LinkManagement links;

	@Autowired
	InteractionLog log;

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

	String token;

	Viewer owner;

	Viewer member;

	Viewer mentor;

	Viewer director;

	Viewer stranger;

	Viewer admin;

	long account;

	long foreign;

	long clara;

	@BeforeEach
	void accounts() {
		this.today = LocalDate.now(this.clock);
		this.token = Accounts.uniqueName("Rx").replace(" ", "");
		this.owner = Accounts.aViewer(this.testUsers, "rxowner", Role.MANAGER);
		this.director = Accounts.aViewer(this.testUsers, "rxdirector", Role.DIRECTOR);
		this.mentor = Accounts.aViewer(this.testUsers, "rxmentor", Role.MENTOR);
		this.stranger = Accounts.aViewer(this.testUsers, "rxstranger", Role.MANAGER);
		this.admin = Accounts.aViewer(this.testUsers, "rxadmin", Role.ADMIN);
		this.account = this.accounts.create(Accounts.aProfile("Ölwerke " + this.token + " AG"), null, this.owner);
		this.member = RelationshipFixtures.teamMember(this.accounts, this.testUsers, this.account, this.owner,
				this.today);
		this.accounts.assignMentor(this.account, this.mentor.userId(), this.director);
		this.clara = this.contacts.create(this.account,
				new ContactInput("Clara Brandt", "CFO", "Finance", ContactLevel.EXECUTIVE, BuyingRole.DECISION_MAKER,
						Attitude.SUPPORTER, 5, null, "clara@oelwerke.example", "+49 40 1234", false,
						"Wants savings, line by line"),
				this.owner);
		this.contacts.create(this.account,
				new ContactInput("=HYPERLINK(\"http://evil\")", "Buyer, \"senior\"", "Purchasing",
						ContactLevel.PURCHASING, BuyingRole.GATEKEEPER, Attitude.NEUTRAL, 2, this.clara, null,
						"-12 ext", false, "@everyone\nsecond line"),
				this.owner);
		this.contacts.create(this.account, Contacts.left(Contacts.aContact("Otto Former")), this.owner);
		this.links.add(this.account, this.member.userId(), this.clara, LinkStrength.TRUSTED, this.owner);
		this.log.log(
				this.account, new NewInteraction(this.today.minusDays(3), InteractionKind.MEETING,
						"+Budget talk, \"frank\"", "Send the offer", Set.of(this.clara), Set.of(this.member.userId())),
				this.owner);
		this.log.log(this.account, new NewInteraction(this.today.minusDays(10), InteractionKind.CALL, "First call",
				null, Set.of(this.clara), Set.of(this.member.userId())), this.member);
		this.foreign = this.accounts.create(Accounts.aProfile("Foreign " + this.token), null, this.stranger);
		long hidden = this.contacts.create(this.foreign, Contacts.aContact("Hidden Person"), this.stranger);
		Viewer foreignMember = RelationshipFixtures.teamMember(this.accounts, this.testUsers, this.foreign,
				this.stranger, this.today);
		this.log.log(this.foreign, new NewInteraction(this.today.minusDays(1), InteractionKind.VISIT, "Hidden visit",
				null, Set.of(hidden), Set.of(foreignMember.userId())), this.stranger);
	}

	@Test
	void anAccountsContactsWithTheirDetailsAndWhoKnowsThem() throws Exception {
		MockHttpServletResponse response = download("/accounts/" + this.account + "/contacts.csv", this.owner);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo(
				"attachment; filename=\"contacts-olwerke-" + this.token.toLowerCase() + "-ag-" + this.today + ".csv\"");
		List<CSVRecord> rows = parse(response);
		assertThat(rows.get(0).values()).containsExactly("Account", "Name", "Title", "Department", "Level",
				"Buying role", "Attitude", "Influence (1-5)", "Reports to", "Left the company", "E-mail", "Phone",
				"Known by", "Political notes");
		// By level (executive, middle management, purchasing), former ones too.
		assertThat(rows).extracting((r) -> r.get(1))
			.containsExactly("Name", "Clara Brandt", "Otto Former", "'=HYPERLINK(\"http://evil\")");
		CSVRecord claraRow = rows.get(1);
		assertThat(claraRow.values()).containsExactly("Ölwerke " + this.token + " AG", "Clara Brandt", "CFO", "Finance",
				"Executive", "Decision maker", "Supporter", "5", "", "no", "clara@oelwerke.example", "'+49 40 1234",
				"Test " + this.member.username() + " (Trusted)", "Wants savings, line by line");
		CSVRecord buyer = rows.get(3);
		// Quotes, commas and line breaks survive; text that a spreadsheet would evaluate
		// is guarded.
		assertThat(buyer.get(2)).isEqualTo("Buyer, \"senior\"");
		assertThat(buyer.get(8)).isEqualTo("Clara Brandt");
		assertThat(buyer.get(11)).isEqualTo("'-12 ext");
		assertThat(buyer.get(13)).isEqualTo("'@everyone\nsecond line");
		assertThat(rows.get(2).get(9)).isEqualTo("yes");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Hidden Person");
	}

	@Test
	void whoMayDownloadAnAccountsContactsAndInteractions() throws Exception {
		for (String file : List.of("contacts.csv", "interactions.csv")) {
			String url = "/accounts/" + this.account + "/" + file;
			for (Viewer allowed : List.of(this.director, this.owner, this.member, this.mentor)) {
				assertThat(parse(download(url, allowed))).hasSize(file.equals("contacts.csv") ? 4 : 3);
			}
			expect(url, this.stranger, 404);
			expect(url, this.admin, 403);
			expect("/accounts/999999999/" + file, this.owner, 404);
			// Someone else's account id typed into the URL.
			expect("/accounts/" + this.foreign + "/" + file, this.owner, 404);
		}
		// A mentor reads the account but not the contacts' private details, as in
		// Keyline.
		CSVRecord claraForMentor = parse(download("/accounts/" + this.account + "/contacts.csv", this.mentor)).get(1);
		assertThat(claraForMentor.get(1)).isEqualTo("Clara Brandt");
		assertThat(claraForMentor.get(10)).isEmpty();
		assertThat(claraForMentor.get(11)).isEmpty();
		assertThat(claraForMentor.get(13)).isEmpty();
		assertThat(claraForMentor.get(12)).isEqualTo("Test " + this.member.username() + " (Trusted)");
		CSVRecord claraForMember = parse(download("/accounts/" + this.account + "/contacts.csv", this.member)).get(1);
		assertThat(claraForMember.get(10)).isEqualTo("clara@oelwerke.example");
	}

	@Test
	void anAccountsInteractionsNewestFirstWithBothSides() throws Exception {
		MockHttpServletResponse response = download("/accounts/" + this.account + "/interactions.csv", this.mentor);
		assertThat(response.getHeader("Content-Disposition")).contains("interactions-olwerke-");
		List<CSVRecord> rows = parse(response);
		assertThat(rows.get(0).values()).containsExactly("Account", "Date", "Kind", "Summary", "Next step",
				"Their people", "Our people", "Logged by", "Logged at (UTC)");
		assertThat(rows).hasSize(3);
		CSVRecord meeting = rows.get(1);
		assertThat(meeting.get(0)).isEqualTo("Ölwerke " + this.token + " AG");
		assertThat(meeting.get(1)).isEqualTo(this.today.minusDays(3).toString());
		assertThat(meeting.get(2)).isEqualTo("Meeting");
		assertThat(meeting.get(3)).isEqualTo("'+Budget talk, \"frank\"");
		assertThat(meeting.get(4)).isEqualTo("Send the offer");
		assertThat(meeting.get(5)).isEqualTo("Clara Brandt");
		assertThat(meeting.get(6)).isEqualTo("Test " + this.member.username());
		assertThat(meeting.get(7)).isEqualTo("Test " + this.owner.username());
		assertThat(meeting.get(8)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(rows.get(2).get(2)).isEqualTo("Call");
		assertThat(rows.get(2).get(4)).isEmpty();
	}

	@Test
	void everyAccountOfTheListThatTheViewerMaySee() throws Exception {
		String contacts = "/accounts/contacts.csv?q=" + this.token;
		String interactions = "/accounts/interactions.csv?q=" + this.token;
		for (Viewer mine : List.of(this.owner, this.member, this.mentor)) {
			assertThat(parse(download(contacts, mine))).extracting((r) -> r.get(1))
				.containsExactly("Name", "Clara Brandt", "Otto Former", "'=HYPERLINK(\"http://evil\")");
			assertThat(parse(download(interactions, mine))).extracting((r) -> r.get(3))
				.containsExactly("Summary", "'+Budget talk, \"frank\"", "First call");
		}
		// By account name: "Foreign" before "Ölwerke" (case-insensitive, ö after f).
		assertThat(parse(download(contacts, this.director))).extracting((r) -> r.get(1))
			.containsExactly("Name", "Hidden Person", "Clara Brandt", "Otto Former", "'=HYPERLINK(\"http://evil\")");
		assertThat(parse(download(interactions, this.stranger))).extracting((r) -> r.get(3))
			.containsExactly("Summary", "Hidden visit");
		// The list's filters apply: the director's export of one owner's accounts.
		assertThat(parse(download(contacts + "&owner=" + this.stranger.userId(), this.director)))
			.extracting((r) -> r.get(1))
			.containsExactly("Name", "Hidden Person");
		// The mentor sees the account but not the contacts' private details.
		assertThat(parse(download(contacts, this.mentor)).get(1).get(10)).isEmpty();
		assertThat(parse(download(contacts, this.member)).get(1).get(10)).isEqualTo("clara@oelwerke.example");
		// An account the mentor does not mentor, and an admin who sees no account.
		Viewer otherMentor = Accounts.aViewer(this.testUsers, "rxmentor2", Role.MENTOR);
		assertThat(parse(download(contacts, otherMentor))).hasSize(1);
		expect(contacts, this.admin, 403);
		expect(interactions, this.admin, 403);
		assertThat(download(contacts, this.director).getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"contacts-" + this.today + ".csv\"");
	}

	@Test
	void aFixedNumberOfStatementsWhateverTheNumberOfRows() throws Exception {
		RequestPostProcessor owner = as(this.userDetails, this.owner.username());
		RequestPostProcessor director = as(this.userDetails, this.director.username());
		String one = "/accounts/" + this.account;
		String all = "/accounts/%s.csv?q=" + this.token;
		int contactsSmall = this.statements.count(() -> download(one + "/contacts.csv", owner));
		int interactionsSmall = this.statements.count(() -> download(one + "/interactions.csv", owner));
		int listSmall = this.statements.count(() -> download(all.formatted("contacts"), director))
				+ this.statements.count(() -> download(all.formatted("interactions"), director));
		for (int i = 0; i < 40; i++) {
			long contact = this.contacts.create(this.account, Contacts.aContact("Extra " + i), this.owner);
			this.links.add(this.account, this.member.userId(), contact, LinkStrength.WORKING, this.owner);
			this.log.log(this.account, new NewInteraction(this.today.minusDays(i), InteractionKind.EMAIL, "Mail " + i,
					null, Set.of(contact, this.clara), Set.of(this.member.userId())), this.owner);
		}
		int contactsLarge = this.statements
			.count(() -> assertThat(parse(download(one + "/contacts.csv", owner))).hasSize(44));
		int interactionsLarge = this.statements
			.count(() -> assertThat(parse(download(one + "/interactions.csv", owner))).hasSize(43));
		int listLarge = this.statements.count(() -> download(all.formatted("contacts"), director))
				+ this.statements.count(() -> download(all.formatted("interactions"), director));
		// Two for the account and its access, one for the rows.
		assertThat(contactsSmall).isEqualTo(3);
		assertThat(contactsLarge).isEqualTo(3);
		assertThat(interactionsSmall).isEqualTo(3);
		assertThat(interactionsLarge).isEqualTo(3);
		// One statement each across accounts.
		assertThat(listSmall).isEqualTo(2);
		assertThat(listLarge).isEqualTo(2);
	}

	@Test
	void thePagesLinkToTheirExports() throws Exception {
		assertThat(page("/accounts/" + this.account + "/contacts", this.mentor)).contains("id=\"exportContacts\"")
			.contains("/accounts/" + this.account + "/contacts.csv");
		assertThat(page("/accounts/" + this.account + "/interactions", this.mentor))
			.contains("id=\"exportInteractions\"")
			.contains("/accounts/" + this.account + "/interactions.csv");
		String list = page("/accounts?q=" + this.token + "&owner=" + this.owner.userId(), this.director);
		for (String file : List.of("contacts", "interactions", "plans")) {
			assertThat(list).containsPattern("href=\"/accounts/" + file + "\\.csv\\?q=" + this.token
					+ "&amp;[^\"]*owner=" + this.owner.userId() + "[&\"]");
		}
		assertThat(list).contains("id=\"exportContacts\"", "id=\"exportInteractions\"", "id=\"exportPlans\"");
	}

	private String page(String url, Viewer viewer) throws Exception {
		return this.mvc.perform(get(url).with(as(this.userDetails, viewer.username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void expect(String url, Viewer viewer, int expected) throws Exception {
		this.mvc.perform(get(url).with(as(this.userDetails, viewer.username()))).andExpect(status().is(expected));
	}

	private MockHttpServletResponse download(String url, Viewer viewer) throws Exception {
		return download(url, as(this.userDetails, viewer.username()));
	}

	private MockHttpServletResponse download(String url, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse();
	}

	static List<CSVRecord> parse(MockHttpServletResponse response) throws Exception {
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.parse(new StringReader(body.substring(1))).getRecords();
	}

}
