package org.keyline.vision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Client requirements: the rules of status, representative and outcome, stale edits, the
 * filtered and paged list, the pages and who may use them.
 */
@KeylineTest
class ClientRequirementsTests {

	@Autowired
	ClientRequirements requirements;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

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
	void representedNeedsWhoAndDeliveredOrDeclinedNeedAnOutcome() {
		List<String> keys = new ArrayList<>();
		Viewer outsider = Accounts.aViewer(this.users, "outsider", Role.MEMBER);
		long elsewhere = this.f.contact(this.accounts.create(Accounts.aProfile(), null, this.f.owner), "Elsewhere",
				false);
		long gone = this.f.contact(this.f.accountId, "Gone", true);
		for (RequirementInput input : List.of(input(RequirementStatus.REPRESENTED, null, null),
				input(RequirementStatus.ACCEPTED, null, null),
				input(RequirementStatus.DELIVERED, this.f.member.userId(), " "),
				input(RequirementStatus.DECLINED, null, null),
				input(RequirementStatus.REPRESENTED, outsider.userId(), null), withContact(elsewhere),
				withContact(gone), withContact(null),
				new RequirementInput(RequirementHorizon.PRESENT, " ", null, this.f.ada, this.today, null,
						RequirementStatus.RAISED, null),
				new RequirementInput(RequirementHorizon.PRESENT, "Future", null, this.f.ada, this.today.plusDays(1),
						null, RequirementStatus.RAISED, null))) {
			try {
				this.requirements.create(this.f.accountId, input, this.f.owner);
				keys.add("saved");
			}
			catch (VisionRuleViolation violation) {
				keys.add(violation.messageKey());
			}
		}
		assertThat(keys).containsExactly("requirement.representedBy.required", "requirement.representedBy.required",
				"requirement.outcome.required", "requirement.outcome.required", "requirement.representedBy.invalid",
				"requirement.raisedBy.invalid", "requirement.raisedBy.invalid", "requirement.raisedBy.required",
				"requirement.title.required", "requirement.raisedOn.future");

		// The owner and the current team may represent; a declined one needs nobody.
		this.requirements.create(this.f.accountId, input(RequirementStatus.REPRESENTED, this.f.owner.userId(), null),
				this.f.owner);
		this.requirements.create(this.f.accountId, input(RequirementStatus.DECLINED, null, "Not our market"),
				this.f.member);
		this.requirements.create(this.f.accountId,
				input(RequirementStatus.DELIVERED, this.f.member.userId(), "Shipped in 4.2"), this.f.director);
		assertThat(this.requirements.list(this.f.accountId, null, null, 0, this.f.mentor).requirements())
			.extracting(RequirementRow::status, RequirementRow::representedBy)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(RequirementStatus.REPRESENTED,
							"Test " + this.f.owner.username()),
					org.assertj.core.groups.Tuple.tuple(RequirementStatus.DECLINED, null), org.assertj.core.groups.Tuple
						.tuple(RequirementStatus.DELIVERED, "Test " + this.f.member.username()));
	}

	@Test
	void aStaleEditIsRefusedAndAContactWhoLeftStaysOnTheRequirement() {
		long id = this.requirements.create(this.f.accountId, input(RequirementStatus.RAISED, null, null), this.f.owner);
		RequirementEdit read = this.requirements.get(this.f.accountId, id, this.f.owner);
		this.requirements.update(this.f.accountId, id,
				input(RequirementStatus.REPRESENTED, this.f.member.userId(), null), read.version(), this.f.member);
		assertThatThrownBy(() -> this.requirements.update(this.f.accountId, id,
				input(RequirementStatus.ACCEPTED, this.f.owner.userId(), null), read.version(), this.f.owner))
			.isInstanceOf(StaleRequirementEdit.class);

		this.jdbc.update("update relationship_contact set left_company = true where id = ?", this.f.ada);
		RequirementEdit now = this.requirements.get(this.f.accountId, id, this.f.owner);
		assertThat(now.input().status()).isEqualTo(RequirementStatus.REPRESENTED);
		assertThat(now.raisedByName()).isEqualTo("Ada Quill");
		this.requirements.update(this.f.accountId, id,
				input(RequirementStatus.DELIVERED, this.f.member.userId(), "Delivered in March"), now.version(),
				this.f.owner);
		assertThat(this.requirements.get(this.f.accountId, id, this.f.owner).input().outcome())
			.isEqualTo("Delivered in March");
	}

	@Test
	void theListFiltersByStatusAndHorizonAndPagesInTheDatabase() throws Exception {
		for (int i = 0; i < 25; i++) {
			this.requirements.create(this.f.accountId,
					new RequirementInput((i % 2 == 0) ? RequirementHorizon.PRESENT : RequirementHorizon.EMERGING,
							"Requirement " + i, null, this.f.ada, this.today.minusDays(i), null,
							RequirementStatus.RAISED, null),
					this.f.owner);
		}
		this.requirements.create(this.f.accountId, input(RequirementStatus.DECLINED, null, "No"), this.f.owner);
		assertThat(this.requirements.list(this.f.accountId, null, null, 0, this.f.mentor).requirements()).hasSize(20);
		assertThat(this.requirements.list(this.f.accountId, null, null, 1, this.f.mentor).requirements()).hasSize(6);
		assertThat(this.requirements
			.list(this.f.accountId, RequirementStatus.RAISED, RequirementHorizon.EMERGING, 0, this.f.mentor)
			.requirements()
			.getTotalElements()).isEqualTo(12);
		assertThat(this.requirements.list(this.f.accountId, RequirementStatus.DECLINED, null, 0, this.f.mentor)
			.requirements()
			.getContent()).extracting(RequirementRow::outcome).containsExactly("No");

		String page = body(get(url("/requirements")).param("status", "RAISED").param("horizon", "EMERGING"),
				this.f.mentor);
		assertThat(page).contains("12 requirements").contains("Requirement 1<").doesNotContain("Requirement 2<");
		assertThat(page).doesNotContain("/requirements/new");
		String second = body(get(url("/requirements")).param("page", "1"), this.f.owner);
		assertThat(second).contains("Page 2 of 2").contains("Declined");
	}

	@Test
	void thePagesCreateEditExplainAStaleEditAndRefuseAMentor() throws Exception {
		this.mvc.perform(get(url("/requirements/new")).with(as(this.f.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ada Quill (Head of Things)")))
			.andExpect(content().string(containsString("Test " + this.f.owner.username())));
		this.mvc
			.perform(form(post(url("/requirements/new")), "Single sign-on", "DELIVERED",
					String.valueOf(this.f.member.userId()), "")
				.with(as(this.f.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("an outcome is required when delivered or declined")));
		this.mvc
			.perform(form(post(url("/requirements/new")), "Single sign-on", "RAISED", "", "").with(as(this.f.member)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(url("/requirements")));
		long id = this.requirements.list(this.f.accountId, null, null, 0, this.f.owner)
			.requirements()
			.getContent()
			.get(0)
			.id();
		this.mvc.perform(get(url("/requirements/" + id + "/edit")).with(as(this.f.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Single sign-on")));
		RequirementEdit read = this.requirements.get(this.f.accountId, id, this.f.owner);
		this.requirements.update(this.f.accountId, id, new RequirementInput(RequirementHorizon.EMERGING,
				"SSO for all plants", null, this.f.bob, this.today, null, RequirementStatus.RAISED, null),
				read.version(), this.f.member);
		this.mvc
			.perform(form(post(url("/requirements/" + id + "/edit")), "My title", "REPRESENTED",
					String.valueOf(this.f.owner.userId()), "")
				.param("version", String.valueOf(read.version()))
				.with(as(this.f.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"staleWarning\"")))
			.andExpect(content().string(containsString("SSO for all plants")))
			.andExpect(content().string(containsString("My title")));

		this.mvc.perform(get(url("/requirements")).with(as(this.f.mentor))).andExpect(status().isOk());
		this.mvc.perform(get(url("/requirements/new")).with(as(this.f.mentor))).andExpect(status().isForbidden());
		this.mvc.perform(get(url("/requirements/" + id + "/edit")).with(as(this.f.mentor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(post(url("/requirements/new")), "Mentor", "RAISED", "", "").with(as(this.f.mentor)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(form(post(url("/requirements/" + id + "/edit")), "Mentor", "RAISED", "", "").param("version", "5")
				.with(as(this.f.mentor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(url("/requirements/" + id + "/edit")).with(as(this.f.stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(url("/requirements/" + id + "/edit")).with(as(this.f.director)))
			.andExpect(status().isOk());
		assertThatThrownBy(() -> this.requirements.list(this.f.accountId, null, null, 0, this.f.stranger))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.requirements.create(this.f.accountId, input(RequirementStatus.RAISED, null, null),
				this.f.mentor))
			.isInstanceOf(AccountActionRefused.class);
	}

	@Test
	void theListRunsTheSameStatementsForOneAndAHundredRequirements() throws Exception {
		this.requirements.create(this.f.accountId, input(RequirementStatus.RAISED, null, null), this.f.owner);
		VisionFixtures large = new VisionFixtures(this.accounts, this.users, this.jdbc, this.today);
		for (int i = 0; i < 100; i++) {
			RequirementStatus status = RequirementStatus.values()[i % 5];
			this.requirements.create(large.accountId,
					new RequirementInput(RequirementHorizon.values()[i % 2], "Requirement " + i, "Why " + i,
							(i % 2 == 0) ? large.ada : large.bob, this.today.minusDays(i),
							status.needsRepresentative() ? large.member.userId() : null, status,
							status.needsOutcome() ? "Outcome " + i : null),
					large.owner);
		}
		int small = count(url("/requirements"), this.f.owner);
		int bigFirst = count("/accounts/" + large.accountId + "/requirements", large.owner);
		int bigFiltered = count(
				"/accounts/" + large.accountId + "/requirements?status=DELIVERED&horizon=PRESENT&page=1", large.owner);
		int formSmall = count(url("/requirements/new"), this.f.owner);
		int formLarge = count("/accounts/" + large.accountId + "/requirements/new", large.owner);
		System.out.printf("Requirement statements: list 1 %d, 100 %d, filtered %d; form %d/%d%n", small, bigFirst,
				bigFiltered, formSmall, formLarge);
		assertThat(bigFirst).isEqualTo(small).isEqualTo(bigFiltered).isEqualTo(4);
		assertThat(formLarge).isEqualTo(formSmall).isEqualTo(4);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String status,
			String representedBy, String outcome) {
		return request.with(csrf())
			.param("horizon", "PRESENT")
			.param("title", title)
			.param("description", "")
			.param("raisedByContactId", String.valueOf(this.f.ada))
			.param("raisedOn", this.today.toString())
			.param("representedById", representedBy)
			.param("status", status)
			.param("outcome", outcome);
	}

	private RequirementInput input(RequirementStatus status, Long representedBy, String outcome) {
		return new RequirementInput(RequirementHorizon.PRESENT, "Single sign-on", "For all plants", this.f.ada,
				this.today.minusDays(5), representedBy, status, outcome);
	}

	private RequirementInput withContact(Long contactId) {
		return new RequirementInput(RequirementHorizon.EMERGING, "Data export", null, contactId, this.today, null,
				RequirementStatus.RAISED, null);
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
