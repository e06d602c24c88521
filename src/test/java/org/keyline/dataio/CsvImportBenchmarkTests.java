package org.keyline.dataio;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.Viewer;
import org.keyline.dataio.importing.CsvImports;
import org.keyline.dataio.importing.DuplicateChoice;
import org.keyline.dataio.importing.ImportKind;
import org.keyline.dataio.importing.ImportOutcome;
import org.keyline.dataio.importing.ImportReview;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.dataio.ImportFixtures.run;
import static org.keyline.dataio.ImportFixtures.utf8;

/**
 * How an import scales: checking and writing a file runs the same number of SQL
 * statements for 2,000 rows as for 20 (set-based, not row by row), and the time of 10,000
 * accounts and then 10,000 contacts is printed (not asserted: this machine is shared).
 * Each test runs in a transaction that is rolled back, so the shared test database keeps
 * none of these rows (and no listener runs after them).
 */
@KeylineTest
@Transactional
class CsvImportBenchmarkTests {

	@Autowired
	CsvImports imports;

	@Autowired
	TestUsers users;

	@Autowired
	StatementCounter statements;

	@Test
	void importingRunsAFixedNumberOfStatementsWhateverTheNumberOfRows() {
		Viewer manager = aViewer(this.users, "statements", Role.MANAGER);
		int few = statementsToImport(accounts(20, run()), manager);
		int many = statementsToImport(accounts(2_000, run()), manager);
		System.out.printf("IMPORT STATEMENTS: upload, preview and confirm of 20 accounts %d, of 2,000 accounts %d%n",
				few, many);
		assertThat(many).isEqualTo(few);
		int fewContacts = statementsToImportContacts(contacts(20, run(), manager), manager);
		int manyContacts = statementsToImportContacts(contacts(2_000, run(), manager), manager);
		System.out.printf("IMPORT STATEMENTS: contacts 20 %d, 2,000 %d%n", fewContacts, manyContacts);
		assertThat(manyContacts).isEqualTo(fewContacts);
	}

	@Test
	void tenThousandAccountsAndTenThousandContacts() {
		Viewer manager = aViewer(this.users, "tenthousand", Role.MANAGER);
		String run = run();
		byte[] accounts = accounts(10_000, run);
		long start = System.nanoTime();
		UUID upload = this.imports.upload(ImportKind.ACCOUNTS, "accounts.csv", accounts, null, null, manager);
		long uploaded = System.nanoTime();
		ImportReview review = this.imports.preview(upload, manager).review();
		long previewed = System.nanoTime();
		ImportOutcome outcome = this.imports.confirm(upload, DuplicateChoice.SKIP, false, 0, 0, manager);
		long confirmed = System.nanoTime();
		assertThat(review.failingRows()).isZero();
		assertThat(outcome.created()).isEqualTo(10_000);
		System.out.printf(
				"IMPORT BENCHMARK: 10,000 accounts (%d KB): upload %d ms, preview %d ms, confirm %d ms, total %d ms%n",
				accounts.length / 1024, ms(start, uploaded), ms(uploaded, previewed), ms(previewed, confirmed),
				ms(start, confirmed));

		byte[] contacts = contactsOf(10_000, run);
		start = System.nanoTime();
		upload = this.imports.upload(ImportKind.CONTACTS, "contacts.csv", contacts, null, null, manager);
		uploaded = System.nanoTime();
		review = this.imports.preview(upload, manager).review();
		previewed = System.nanoTime();
		outcome = this.imports.confirm(upload, DuplicateChoice.SKIP, false, 0, 0, manager);
		confirmed = System.nanoTime();
		assertThat(review.failingRows()).isZero();
		assertThat(outcome.created()).isEqualTo(10_000);
		System.out.printf(
				"IMPORT BENCHMARK: 10,000 contacts (%d KB): upload %d ms, preview %d ms, confirm %d ms, total %d ms%n",
				contacts.length / 1024, ms(start, uploaded), ms(uploaded, previewed), ms(previewed, confirmed),
				ms(start, confirmed));

		start = System.nanoTime();
		upload = this.imports.upload(ImportKind.ACCOUNTS, "accounts.csv", accounts, null, null, manager);
		outcome = this.imports.confirm(upload, DuplicateChoice.UPDATE, false, 0, 10_000, manager);
		System.out.printf("IMPORT BENCHMARK: the same 10,000 accounts again, updated: %d ms%n",
				ms(start, System.nanoTime()));
		assertThat(outcome.updated()).isEqualTo(10_000);
	}

	private int statementsToImport(byte[] file, Viewer viewer) {
		return this.statements.count(() -> {
			UUID id = this.imports.upload(ImportKind.ACCOUNTS, "a.csv", file, null, null, viewer);
			this.imports.preview(id, viewer);
			this.imports.confirm(id, DuplicateChoice.SKIP, false, 0, 0, viewer);
		});
	}

	private int statementsToImportContacts(byte[] file, Viewer viewer) {
		return this.statements.count(() -> {
			UUID id = this.imports.upload(ImportKind.CONTACTS, "c.csv", file, null, null, viewer);
			this.imports.preview(id, viewer);
			this.imports.confirm(id, DuplicateChoice.SKIP, false, 0, 0, viewer);
		});
	}

	/**
	 * Accounts in Salesforce's report shape; every tenth row is a subsidiary of the row
	 * before.
	 */
	static byte[] accounts(int n, String run) {
		String[] industries = { "Banking", "Retail", "Biotechnology", "Energy", "Manufacturing", "Technology" };
		String[] countries = { "Germany", "United States", "FR", "Sweden", "Japan", "Brazil" };
		List<String> lines = new ArrayList<>(n + 1);
		lines.add("Account Name,Industry,Billing Country,Employees,Website,Parent Account,Description");
		for (int i = 0; i < n; i++) {
			lines.add(String.format("Bench Account %d %s,%s,%s,\"%,d\",www.bench-%d-%s.example,%s,\"Imported, row %d\"",
					i, run, industries[i % industries.length], countries[i % countries.length], 100 + i, i, run,
					(i % 10 == 9) ? "Bench Account " + (i - 1) + " " + run : "", i));
		}
		return utf8(lines.toArray(String[]::new));
	}

	/** Contacts in HubSpot's shape, spread over the accounts of {@link #accounts}. */
	static byte[] contactsOf(int n, String run) {
		List<String> lines = new ArrayList<>(n + 1);
		lines.add("Record ID,First Name,Last Name,Email,Phone Number,Job Title,Associated Company");
		String[] titles = { "Chief Executive Officer", "VP Sales", "IT Manager", "Software Engineer", "Buyer", "" };
		for (int i = 0; i < n; i++) {
			lines.add(String.format("%d,First%d,Last %s,person%d.%s@bench.example,+49 40 %06d,%s,Bench Account %d %s",
					i, i, run, i, run, i, titles[i % titles.length], i % 10_000, run));
		}
		return utf8(lines.toArray(String[]::new));
	}

	private byte[] contacts(int n, String run, Viewer manager) {
		int accounts = Math.max(1, n / 10);
		this.imports.confirm(
				this.imports.upload(ImportKind.ACCOUNTS, "a.csv", accounts(accounts, run), null, null, manager),
				DuplicateChoice.SKIP, false, 0, 0, manager);
		List<String> lines = new ArrayList<>(n + 1);
		lines.add("First Name,Last Name,Email,Title,Account Name");
		for (int i = 0; i < n; i++) {
			lines.add("F" + i + ",L " + run + ",p" + i + "." + run + "@bench.example,Engineer,Bench Account "
					+ (i % accounts) + " " + run);
		}
		return utf8(lines.toArray(String[]::new));
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}

}
