package org.keyline.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountProfile;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactInput;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.ContactManagement;
import org.keyline.relationship.InteractionKind;
import org.keyline.relationship.InteractionLog;
import org.keyline.relationship.NewInteraction;
import org.keyline.vision.ClientRequirements;
import org.keyline.vision.RequirementHorizon;
import org.keyline.vision.RequirementInput;
import org.keyline.vision.RequirementStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.keyline.people.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Full-text search across accounts, contacts, requirements and interactions: what it
 * finds, ranked and marked, only in the accounts the viewer may see, in a fixed number of
 * statements, and safe against whatever is typed.
 */
@KeylineTest
class SearchTests {

	@Autowired
	Search search;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	ClientRequirements requirements;

	@Autowired
	InteractionLog interactions;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	StatementCounter statements;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	Viewer owner;

	Viewer stranger;

	Viewer director;

	Viewer mentor;

	Viewer member;

	String word;

	long account;

	long contact;

	@BeforeEach
	void data() {
		this.owner = Accounts.aViewer(this.testUsers, "seeker", Role.MANAGER);
		this.stranger = Accounts.aViewer(this.testUsers, "stranger", Role.MANAGER);
		this.director = Accounts.aViewer(this.testUsers, "searchdir", Role.DIRECTOR);
		this.mentor = Accounts.aViewer(this.testUsers, "searchmentor", Role.MENTOR);
		this.word = word();
		this.account = this.accounts.create(profile(this.word + " Holdings", "Notes about pallets"), null, this.owner);
		this.accounts.assignMentor(this.account, this.mentor.userId(), this.director);
		this.contact = this.contacts.create(this.account,
				new ContactInput("Ada " + this.word, "Chief buyer", "Procurement", ContactLevel.EXECUTIVE,
						BuyingRole.DECISION_MAKER, Attitude.SUPPORTER, 4, null, "ada@example.com", null, false,
						"Prefers meetings in the morning"),
				this.owner);
		LocalDate today = LocalDate.now(this.clock);
		this.member = Accounts.aViewer(this.testUsers, "searchmember", Role.MEMBER);
		this.accounts.addTeamMember(this.account, this.member.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				today.minusDays(30), null, this.owner);
		this.requirements.create(this.account,
				new RequirementInput(RequirementHorizon.PRESENT, "Faster delivery to " + this.word,
						"They need deliveries within two days", this.contact, today.minusDays(10), null,
						RequirementStatus.RAISED, null),
				this.owner);
		this.interactions.log(this.account,
				new NewInteraction(today.minusDays(2), InteractionKind.MEETING,
						"Quarterly meeting with the " + this.word + " buying team about renewals", "Send the proposal",
						Set.of(this.contact), Set.of(this.member.userId())),
				this.owner);
	}

	@Test
	void findsEveryKindWithTheMatchingWordsMarked() {
		SearchResults results = this.search.search(this.word, null, 0, this.owner);
		assertThat(results.totals()).containsEntry(SearchKind.ACCOUNT, 1)
			.containsEntry(SearchKind.CONTACT, 1)
			.containsEntry(SearchKind.REQUIREMENT, 1)
			.containsEntry(SearchKind.INTERACTION, 1);
		assertThat(results.hits()).extracting(SearchHit::kind)
			.containsExactly(SearchKind.ACCOUNT, SearchKind.CONTACT, SearchKind.REQUIREMENT, SearchKind.INTERACTION);
		SearchHit account = results.of(SearchKind.ACCOUNT).get(0);
		assertThat(account.id()).isEqualTo(this.account);
		assertThat(account.title()).containsExactly(new SearchHit.Segment(this.word, true),
				new SearchHit.Segment(" Holdings", false));
		SearchHit interaction = results.of(SearchKind.INTERACTION).get(0);
		assertThat(interaction.snippet()).anySatisfy((s) -> {
			assertThat(s.match()).isTrue();
			assertThat(s.text()).isEqualToIgnoringCase(this.word);
		});
		assertThat(interaction.url()).isEqualTo("/accounts/" + this.account + "/interactions");
	}

	@Test
	void wordsMatchByTheirStartAndTheirStemAndAllMustMatch() {
		SearchResults beginning = this.search.search(this.word.substring(0, 6), null, 0, this.owner);
		assertThat(beginning.totals()).containsEntry(SearchKind.ACCOUNT, 1)
			.containsEntry(SearchKind.CONTACT, 1)
			.containsEntry(SearchKind.REQUIREMENT, 1)
			.containsEntry(SearchKind.INTERACTION, 1);
		// "meeting" in the contact's notes and the interaction: "meetings" stems to it.
		SearchResults meetings = this.search.search(this.word + " meetings", null, 0, this.owner);
		assertThat(meetings.total(SearchKind.CONTACT)).isEqualTo(1);
		assertThat(meetings.total(SearchKind.INTERACTION)).isEqualTo(1);
		assertThat(meetings.total(SearchKind.ACCOUNT)).as("the account's text has no meeting").isZero();
		assertThat(this.search.search(this.word + " zzzqqq", null, 0, this.owner).isEmpty()).isTrue();
	}

	@Test
	void aPrefixThatStemmingWouldChangeStillMatches() {
		// English stemming makes "qvabcy" "qvabci", which starts no word "qvabcy..."
		// stored.
		String name = this.word.substring(0, 4) + "byzzz";
		this.accounts.create(profile(name + " Partners", null), null, this.owner);
		// Another test's random word may start with the same six letters (it happened
		// once
		// in CI): every hit must start with them, and this account must be among them.
		assertThat(this.search.search(name.substring(0, 6), SearchKind.ACCOUNT, 0, this.owner).hits())
			.extracting(SearchHit::accountName)
			.contains(name + " Partners")
			.allMatch((found) -> found.startsWith(name.substring(0, 6)));
		assertThat(this.search.search("the", null, 0, this.owner).isEmpty()).as("a stop word alone finds nothing")
			.isTrue();
	}

	@Test
	void aBeginningFindsWordsWrittenSinceAndWordsThatManyBeginWith() {
		// A word that came with a change of the name: found by its beginning at once.
		String renamed = word();
		long version = this.accounts.saved(this.account, this.owner).version();
		this.accounts.update(this.account, profile(renamed + " Holdings", "Notes about pallets"), null, version,
				this.owner);
		assertThat(this.search.search(renamed.substring(0, 6), SearchKind.ACCOUNT, 0, this.owner).hits())
			.extracting(SearchHit::id)
			.containsExactly(this.account);
		assertThat(this.search.search(this.word, SearchKind.ACCOUNT, 0, this.owner).total(SearchKind.ACCOUNT))
			.as("the old name is gone")
			.isZero();
		// Words that only a new contact, requirement or interaction holds.
		String title = word();
		String need = word();
		String talk = word();
		this.contacts.create(this.account,
				new ContactInput("Bo Smith", title + " lead", "Finance", ContactLevel.MIDDLE_MANAGEMENT,
						BuyingRole.INFLUENCER, Attitude.NEUTRAL, 3, null, null, null, false, null),
				this.owner);
		LocalDate today = LocalDate.now(this.clock);
		this.requirements.create(this.account, new RequirementInput(RequirementHorizon.EMERGING, "Less " + need, null,
				this.contact, today, null, RequirementStatus.RAISED, null), this.owner);
		this.interactions.log(this.account, new NewInteraction(today, InteractionKind.CALL, "Call about " + talk, null,
				Set.of(this.contact), Set.of(this.member.userId())), this.owner);
		assertThat(this.search.search(title.substring(0, 6), SearchKind.CONTACT, 0, this.owner).hits())
			.extracting(SearchHit::accountId)
			.containsExactly(this.account);
		assertThat(this.search.search(need.substring(0, 6), SearchKind.REQUIREMENT, 0, this.owner).hits())
			.extracting(SearchHit::accountId)
			.containsExactly(this.account);
		assertThat(this.search.search(talk.substring(0, 6), SearchKind.INTERACTION, 0, this.owner).hits())
			.extracting(SearchHit::accountId)
			.containsExactly(this.account);
		// Forty words that begin alike: more than are looked up one by one.
		String stem = word();
		for (int i = 0; i < 40; i++) {
			this.accounts.create(profile(stem + "z" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + " Group", null),
					null, this.owner);
		}
		assertThat(this.search.search(stem, SearchKind.ACCOUNT, 0, this.owner).total(SearchKind.ACCOUNT)).isEqualTo(40);
		assertThat(this.search.search(stem + "zb", SearchKind.ACCOUNT, 0, this.owner).total(SearchKind.ACCOUNT))
			.isEqualTo(14);
		// A word of a web address with a quote in it: "qv….example.com/o'brien".
		String host = word();
		long quoted = this.accounts.create(
				profile(word() + " Quoted", "See http://" + host + ".example.com/o'brien for the brief"), null,
				this.owner);
		assertThat(this.search.search(host, null, 0, this.owner).hits()).extracting(SearchHit::id)
			.containsExactly(quoted);
	}

	@Test
	void onlyWhatTheViewerMaySeeIsSearched() {
		assertThat(this.search.search(this.word, null, 0, this.stranger).isEmpty()).isTrue();
		assertThat(this.search.search(this.word, null, 0, this.director).total()).isEqualTo(4);
		assertThat(this.search.search(this.word, null, 0, this.mentor).total()).isEqualTo(4);
		Viewer admin = Accounts.aViewer(this.testUsers, "searchadmin", Role.ADMIN);
		assertThat(this.search.search(this.word, null, 0, admin).isEmpty()).isTrue();
	}

	@Test
	void namesRankAboveNotesAndOneKindPages() {
		for (int i = 0; i < 25; i++) {
			this.accounts.create(profile("Other " + word(), "Mentions " + this.word + " in passing, number " + i), null,
					this.owner);
		}
		SearchResults overview = this.search.search(this.word, null, 0, this.owner);
		assertThat(overview.total(SearchKind.ACCOUNT)).isEqualTo(26);
		assertThat(overview.of(SearchKind.ACCOUNT)).hasSize(Search.OVERVIEW_SIZE);
		assertThat(overview.of(SearchKind.ACCOUNT).get(0).id()).as("the name weighs most").isEqualTo(this.account);

		SearchResults first = this.search.search(this.word, SearchKind.ACCOUNT, 0, this.owner);
		SearchResults second = this.search.search(this.word, SearchKind.ACCOUNT, 1, this.owner);
		assertThat(first.hits()).hasSize(20).allMatch((hit) -> hit.kind() == SearchKind.ACCOUNT);
		assertThat(second.hits()).hasSize(6);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasNext()).isFalse();
		assertThat(first.hits()).extracting(SearchHit::id)
			.doesNotContainAnyElementsOf(second.hits().stream().map(SearchHit::id).toList());
		assertThat(first.total(SearchKind.ACCOUNT)).isEqualTo(26);

		SearchResults beyond = this.search.search(this.word, SearchKind.ACCOUNT, 4, this.owner);
		assertThat(beyond.hits()).isEmpty();
		assertThat(beyond.total(SearchKind.ACCOUNT)).as("a page after the last still counts the hits").isEqualTo(26);
	}

	@Test
	void oneStatementWhateverTheData() {
		int small = this.statements.count(() -> this.search.search(this.word, null, 0, this.owner));
		for (int i = 0; i < 10; i++) {
			this.accounts.create(profile(this.word + " Branch " + i, null), null, this.owner);
		}
		int large = this.statements.count(() -> this.search.search(this.word, null, 0, this.owner));
		assertThat(small).isEqualTo(1);
		assertThat(large).isEqualTo(small);
	}

	@Test
	void whateverIsTypedIsSafe() {
		for (String typed : List.of("'; drop table account_account; --", "a & b | !c <-> d:*", "\\\\", "%_%",
				"<script>alert(1)</script>", "🙂 émile Łódź 東京", "x".repeat(5000), "   ", "")) {
			SearchResults results = this.search.search(typed, null, 0, this.owner);
			assertThat(results.terms().words()).allMatch((w) -> w.codePoints().allMatch(Character::isLetterOrDigit));
			assertThat(results.terms().words()).hasSizeLessThanOrEqualTo(SearchTerms.MAX_WORDS);
		}
		assertThat(SearchTerms.parse("a & b | !c <-> d:*").text()).isEqualTo("a b c d");
		assertThat(SearchTerms.parse("Łódź 東京").words()).containsExactly("łódź", "東京");
	}

	@Test
	void thePageShowsHitsEscapedAndRefusesAdmins() throws Exception {
		long hostile = this.accounts.create(profile(this.word + " <b>bold</b>", "<script>alert('x')</script>"), null,
				this.owner);
		this.mvc.perform(get("/search").param("q", this.word).with(as(this.userDetails, this.owner.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/accounts/" + hostile)))
			.andExpect(content().string(containsString("&lt;b&gt;bold&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<b>bold</b>"))))
			.andExpect(content().string(containsString("<mark>")))
			.andExpect(content().string(containsString("id=\"results-INTERACTION\"")));
		this.mvc.perform(get("/search").param("q", this.word).with(as(this.userDetails, this.stranger.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"searchEmpty\"")))
			.andExpect(content().string(not(containsString("/accounts/" + this.account))));
		this.mvc
			.perform(get("/search").param("q", this.word)
				.param("kind", "NOT_A_KIND")
				.with(as(this.userDetails, this.owner.username())))
			.andExpect(status().isBadRequest());
		Viewer admin = Accounts.aViewer(this.testUsers, "searchadmin", Role.ADMIN);
		this.mvc.perform(get("/search").param("q", this.word).with(as(this.userDetails, admin.username())))
			.andExpect(status().isForbidden());
	}

	private static AccountProfile profile(String name, String notes) {
		AccountProfile p = Accounts.aProfile();
		return new AccountProfile(name, p.industry(), p.region(), p.country(), p.employees(), p.website(), null,
				p.stage(), p.relationship(), p.strategicImportance(), p.easeOfBusiness(), p.adviceFrequency(), notes,
				List.of());
	}

	/** A made-up word nobody else's data holds. */
	private static String word() {
		StringBuilder word = new StringBuilder("qv");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
