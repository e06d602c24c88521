package org.keyline.dataio;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.viewer;
import static org.keyline.dataio.ImportFixtures.run;
import static org.keyline.dataio.ImportFixtures.utf8;
import static org.keyline.people.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages through HTTP: upload (multipart, CSRF), preview, the mapping screen,
 * the confirmation with its all-or-nothing rule, the report of failing rows, who may open
 * them, the links to them, and a preview that runs as many statements for 300 rows as for
 * 3.
 */
@KeylineTest
class ImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AccountManagement accounts;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aManagerUploadsSeesTheFailingRowLeavesItOutAndImports() throws Exception {
		String run = run();
		String manager = this.users.create("pages", Role.MANAGER);
		String preview = upload(manager, "ACCOUNTS",
				utf8("Account Name,Industry,Billing Country,Employees", "Page One " + run + ",Banking,Germany,120",
						"Page Two " + run + ",Retail,Nowhere Land,80", "Page Three " + run + ",Insurance,FR,"));

		this.mvc.perform(get(preview).with(as(this.userDetails, manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Salesforce account export")))
			.andExpect(content().string(containsString("2 new accounts")))
			.andExpect(content().string(containsString("1 failing row")))
			.andExpect(content().string(containsString("Keyline does not know this country.")))
			.andExpect(content().string(containsString("Nowhere Land")))
			.andExpect(content().string(containsString("Leave out the failing row and import the rest")));

		this.mvc
			.perform(post(preview).with(as(this.userDetails, manager))
				.with(csrf())
				.param("duplicates", "SKIP")
				.param("seenFailing", "1")
				.param("seenDuplicates", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing is written until you choose to leave it out")));
		assertThat(countLike(run)).isZero();

		this.mvc
			.perform(post(preview).with(as(this.userDetails, manager))
				.with(csrf())
				.param("duplicates", "SKIP")
				.param("skipFailing", "true")
				.param("seenFailing", "1")
				.param("seenDuplicates", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/accounts"))
			.andExpect(flash().attribute("flashArg",
					"Import done: 2 accounts created, none updated, no duplicates and 1 failing row skipped."));
		assertThat(countLike(run)).isEqualTo(2);
		this.mvc.perform(get(preview).with(as(this.userDetails, manager))).andExpect(status().isNotFound());
	}

	@Test
	void valuesThePagesDoNotSendAreRefusedAndWriteNothing() throws Exception {
		String run = run();
		String manager = this.users.create("tamper", Role.MANAGER);
		String preview = upload(manager, "ACCOUNTS", utf8("Account Name,Industry,Billing Country",
				"Tamper One " + run + ",Banking,Germany", "Tamper Two " + run + ",Retail,FR"));
		for (String[] bad : new String[][] { { "seenFailing", "abc" }, { "seenDuplicates", "1e309" },
				{ "duplicates", "MERGE" }, { "skipFailing", "perhaps" } }) {
			java.util.Map<String, String> params = new java.util.LinkedHashMap<>(
					java.util.Map.of("duplicates", "SKIP", "seenFailing", "0", "seenDuplicates", "0"));
			params.put(bad[0], bad[1]);
			var request = post(preview).with(as(this.userDetails, manager)).with(csrf());
			params.forEach(request::param);
			this.mvc.perform(request).andExpect(status().isBadRequest());
		}
		this.mvc
			.perform(post(preview + "/mapping").with(as(this.userDetails, manager))
				.with(csrf())
				.param("columns[0]", "NAME")
				.param("defaultIndustry", "NOT_AN_INDUSTRY"))
			.andExpect(status().isBadRequest());
		assertThat(countLike(run)).isZero();
		// the upload is still there to be imported as the page sends it
		this.mvc.perform(get(preview).with(as(this.userDetails, manager))).andExpect(status().isOk());
	}

	@Test
	void theMappingScreenRefusesAFieldMappedTwiceAndSavesAValidMapping() throws Exception {
		String run = run();
		String manager = this.users.create("mapper", Role.MANAGER);
		String preview = upload(manager, "ACCOUNTS", utf8("Firma;Branche;Land", "Map Me " + run + ";Banking;DE"));
		this.mvc.perform(get(preview).with(as(this.userDetails, manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another file: check the mapping")))
			.andExpect(content().string(containsString("No column is mapped to: Name, Industry, Country")))
			.andExpect(content().string(containsString(
					"<label class=\"visually-hidden\" for=\"column0\">Keyline field for column Firma</label>")));

		this.mvc
			.perform(post(preview + "/mapping").with(as(this.userDetails, manager))
				.with(csrf())
				.param("columns[0]", "ACCOUNT_NAME")
				.param("columns[1]", "ACCOUNT_NAME")
				.param("columns[2]", "COUNTRY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Each Keyline field can take one column only: Name")));

		this.mvc
			.perform(post(preview + "/mapping").with(as(this.userDetails, manager))
				.with(csrf())
				.param("columns[0]", "ACCOUNT_NAME")
				.param("columns[1]", "INDUSTRY")
				.param("columns[2]", "COUNTRY"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(preview));
		this.mvc.perform(get(preview).with(as(this.userDetails, manager)))
			.andExpect(content().string(containsString("1 new account")))
			.andExpect(content().string(containsString("no failing rows")));
	}

	@Test
	void theReportListsEveryFailingRow() throws Exception {
		String manager = this.users.create("report", Role.MANAGER);
		String preview = upload(manager, "ACCOUNTS",
				utf8("Name,Industry,Country", ",Banking,DE", "Fine,Agriculture,DE", "Also,Banking,Mars"));
		MvcResult result = this.mvc.perform(get(preview + "/failures.csv").with(as(this.userDetails, manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("failing-rows.csv")))
			.andReturn();
		String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFRow,Column,Value,Problem")
			.contains("2,Name,,Name is empty.")
			.contains("3,Industry,Agriculture,\"Keyline does not know this industry.")
			.contains("4,Country,Mars,\"Keyline does not know this country.");
	}

	@Test
	void uploadsNeedACsrfTokenAndARoleThatImports() throws Exception {
		String manager = this.users.create("csrf", Role.MANAGER);
		this.mvc
			.perform(multipart("/accounts/import").file(file(utf8("Name", "X")))
				.param("kind", "ACCOUNTS")
				.with(as(this.userDetails, manager)))
			.andExpect(status().isForbidden());
		for (Role role : List.of(Role.MENTOR, Role.ADMIN)) {
			String user = this.users.create("noimport", role);
			this.mvc.perform(get("/accounts/import").with(as(this.userDetails, user)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(multipart("/accounts/import").file(file(utf8("Name", "X")))
					.param("kind", "CONTACTS")
					.with(as(this.userDetails, user))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		String member = this.users.create("memberimport", Role.MEMBER);
		this.mvc.perform(get("/accounts/import").with(as(this.userDetails, member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"CONTACTS\"")))
			.andExpect(content().string(not(containsString("value=\"ACCOUNTS\""))));
		this.mvc
			.perform(multipart("/accounts/import").file(file(utf8("Name", "X")))
				.param("kind", "ACCOUNTS")
				.with(as(this.userDetails, member))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBadUploadIsExplainedNextToTheField() throws Exception {
		String director = this.users.create("dirupload", Role.DIRECTOR);
		this.mvc
			.perform(multipart("/accounts/import").file(file(utf8("Name", "X")))
				.param("kind", "ACCOUNTS")
				.with(as(this.userDetails, director))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose who will own the imported accounts.")));
		String manager = this.users.create("badupload", Role.MANAGER);
		this.mvc
			.perform(multipart("/accounts/import").file(file(utf8("Name,Industry", "\"Open,Banking")))
				.param("kind", "ACCOUNTS")
				.with(as(this.userDetails, manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be read as CSV from row 2 on")))
			.andExpect(content().string(containsString("id=\"file-errors\"")));
	}

	@Test
	void anotherPersonsUploadIsNotFound() throws Exception {
		String manager = this.users.create("owner", Role.MANAGER);
		String other = this.users.create("other", Role.MANAGER);
		String preview = upload(manager, "ACCOUNTS", utf8("Name,Industry,Country", "Private,Banking,DE"));
		this.mvc.perform(get(preview).with(as(this.userDetails, other))).andExpect(status().isNotFound());
		this.mvc.perform(get(preview + "/failures.csv").with(as(this.userDetails, other)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(preview).with(as(this.userDetails, other))
				.with(csrf())
				.param("seenFailing", "0")
				.param("seenDuplicates", "0"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(preview + "/cancel").with(as(this.userDetails, other)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListAndTheContactsPageLinkToTheImportForThoseWhoMay() throws Exception {
		String manager = this.users.create("links", Role.MANAGER);
		String mentor = this.users.create("linksmentor", Role.MENTOR);
		long accountId = this.accounts.create(aProfile(), null,
				viewer(this.users.idOf(manager), manager, Role.MANAGER));
		this.mvc.perform(get("/accounts").with(as(this.userDetails, manager)))
			.andExpect(content().string(containsString("id=\"importLink\"")));
		this.mvc.perform(get("/accounts").with(as(this.userDetails, mentor)))
			.andExpect(content().string(not(containsString("id=\"importLink\""))));
		this.mvc.perform(get("/accounts/" + accountId + "/contacts").with(as(this.userDetails, manager)))
			.andExpect(content().string(containsString("/accounts/import?kind=CONTACTS&amp;account=" + accountId)));
		this.mvc.perform(get("/accounts/import?kind=CONTACTS&account=" + accountId).with(as(this.userDetails, manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"contactsAccount\"")));
	}

	@Test
	void thePreviewRunsAsManyStatementsForManyRowsAsForFew() throws Exception {
		String manager = this.users.create("statements", Role.MANAGER);
		String few = upload(manager, "ACCOUNTS", rows(3));
		String many = upload(manager, "ACCOUNTS", rows(300));
		this.mvc.perform(get(few).with(as(this.userDetails, manager))).andExpect(status().isOk());
		int forFew = this.statements.count(() -> this.mvc.perform(get(few).with(as(this.userDetails, manager))));
		int forMany = this.statements.count(() -> this.mvc.perform(get(many).with(as(this.userDetails, manager))));
		assertThat(forMany).isEqualTo(forFew);
		System.out.println("IMPORT PREVIEW STATEMENTS: " + forFew);
	}

	private static byte[] rows(int n) {
		String run = run();
		List<String> lines = new ArrayList<>();
		lines.add("Name,Industry,Country,Parent");
		for (int i = 0; i < n; i++) {
			lines.add("Row " + i + " " + run + ",Banking,DE," + ((i > 0) ? "Row " + (i - 1) + " " + run : ""));
		}
		return utf8(lines.toArray(String[]::new));
	}

	private String upload(String user, String kind, byte[] content) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/accounts/import").file(file(content))
				.param("kind", kind)
				.with(as(this.userDetails, user))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/accounts/import/[0-9a-f-]{36}");
		return location;
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "upload.csv", "text/csv", content);
	}

	private int countLike(String run) {
		return this.jdbc.queryForObject("select count(*) from account_account where name like ?", Integer.class,
				"% " + run);
	}

}
