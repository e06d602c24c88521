package org.keyline.account;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
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
 * The CSV export of the account list: the list's access rule, filters and sort, all rows,
 * plain values, the CSV injection guard, one statement whatever the number of accounts.
 */
@KeylineTest
class AccountExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

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

	Viewer manager;

	Viewer other;

	String token;

	long alpha;

	long formula;

	long foreign;

	@BeforeEach
	void accounts() {
		this.manager = Accounts.aViewer(this.testUsers, "exporter", Role.MANAGER);
		this.other = Accounts.aViewer(this.testUsers, "notmine", Role.MANAGER);
		this.token = Accounts.uniqueName("Xp").replace(" ", "");
		this.alpha = this.accounts.create(Accounts.aProfile("Alpha " + this.token + " Ltd, \"Süd\""), null,
				this.manager);
		int year = LocalDate.now(this.clock).getYear() - 1;
		this.accounts.recordEconomics(this.alpha, year, new BigDecimal("2500000.00"), new BigDecimal("2000000.00"),
				new BigDecimal("25000000.00"), null, this.manager);
		this.formula = this.accounts.create(Accounts.aProfile("Formula " + this.token), null, this.manager);
		this.jdbc.update("update account_account set name = ? where id = ?",
				"=HYPERLINK(\"http://evil\") " + this.token, this.formula);
		this.foreign = this.accounts.create(Accounts.aProfile("Foreign " + this.token), null, this.other);
	}

	@Test
	void aManagerExportsTheAccountsTheyMaySeeWithTheirValues() throws Exception {
		MockHttpServletResponse response = export("/accounts/export.csv", this.manager);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"accounts-" + LocalDate.now(this.clock) + ".csv\"");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> rows = parse(response);
		assertThat(rows.get(0).values()).containsExactly("Account", "Owner", "Industry", "Region", "Lifecycle stage",
				"Fiscal year", "Revenue", "Gross margin", "Margin %", "Share of wallet %");
		assertThat(rows).hasSize(3);
		// In the list's order (by name): "=" sorts before "a".
		CSVRecord alphaRow = rows.get(2);
		assertThat(alphaRow.get(0)).isEqualTo("Alpha " + this.token + " Ltd, \"Süd\"");
		assertThat(alphaRow.get(1)).isEqualTo("Test " + this.manager.username());
		assertThat(alphaRow.get(5)).isEqualTo(String.valueOf(LocalDate.now(this.clock).getYear() - 1));
		assertThat(alphaRow.get(6)).isEqualTo("2500000.00");
		assertThat(alphaRow.get(7)).isEqualTo("500000.00");
		assertThat(new BigDecimal(alphaRow.get(8))).isEqualByComparingTo("20");
		assertThat(new BigDecimal(alphaRow.get(9))).isEqualByComparingTo("10");
		assertThat(alphaRow.get(2)).isNotBlank().doesNotContain("industry.");
		// The injection guard: a name that starts like a formula is written as text.
		assertThat(rows.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://evil\") " + this.token);
		assertThat(rows.get(1).get(6)).isEmpty();
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Foreign " + this.token);
	}

	@Test
	void someoneElsesAccountsNeverAppear() throws Exception {
		List<CSVRecord> rows = parse(export("/accounts/export.csv", this.other));
		assertThat(rows).extracting((r) -> r.get(0)).containsExactly("Account", "Foreign " + this.token);
		Viewer stranger = Accounts.aViewer(this.testUsers, "stranger", Role.MANAGER);
		assertThat(parse(export("/accounts/export.csv?q=" + this.token, stranger))).hasSize(1);
	}

	@Test
	void theExportFollowsTheFilterAndSort() throws Exception {
		List<CSVRecord> rows = parse(export("/accounts/export.csv?q=alpha " + this.token, this.manager));
		assertThat(rows).extracting((r) -> r.get(0))
			.containsExactly("Account", "Alpha " + this.token + " Ltd, \"Süd\"");
		Viewer director = Accounts.aViewer(this.testUsers, "exportdirector", Role.DIRECTOR);
		rows = parse(export("/accounts/export.csv?q=" + this.token + "&sort=name&dir=desc", director));
		assertThat(rows).extracting((r) -> r.get(0))
			.containsExactly("Account", "Foreign " + this.token, "Alpha " + this.token + " Ltd, \"Süd\"",
					"'=HYPERLINK(\"http://evil\") " + this.token);
		rows = parse(export("/accounts/export.csv?q=" + this.token + "&owner=" + this.other.userId(), director));
		assertThat(rows).extracting((r) -> r.get(0)).containsExactly("Account", "Foreign " + this.token);
	}

	@Test
	void oneStatementWhateverTheNumberOfAccounts() throws Exception {
		Viewer big = Accounts.aViewer(this.testUsers, "bigexporter", Role.MANAGER);
		for (int i = 0; i < 60; i++) {
			this.accounts.create(Accounts.aProfile(), null, big);
		}
		// Signed in before counting: the user's lookup is not the export's.
		RequestPostProcessor smallUser = as(this.userDetails, this.manager.username());
		RequestPostProcessor bigUser = as(this.userDetails, big.username());
		int small = this.statements.count(() -> export("/accounts/export.csv", smallUser));
		int large = this.statements.count(() -> assertThat(parse(export("/accounts/export.csv", bigUser))).hasSize(61));
		assertThat(small).isEqualTo(1);
		assertThat(large).isEqualTo(1);
	}

	@Test
	void theListLinksToTheExportWithItsFilter() throws Exception {
		String page = this.mvc
			.perform(get("/accounts").param("q", this.token).with(as(this.userDetails, this.manager.username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"exportCsv\"").contains("/accounts/export.csv?q=" + this.token);
	}

	private MockHttpServletResponse export(String url, Viewer viewer) throws Exception {
		return export(url, as(this.userDetails, viewer.username()));
	}

	private MockHttpServletResponse export(String url, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static List<CSVRecord> parse(MockHttpServletResponse response) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.parse(new StringReader(body.substring(1))).getRecords();
	}

}
