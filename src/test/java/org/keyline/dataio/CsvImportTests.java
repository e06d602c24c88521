package org.keyline.dataio;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Industry;
import org.keyline.account.Viewer;
import org.keyline.dataio.csv.FileEncoding;
import org.keyline.dataio.importing.CsvImports;
import org.keyline.dataio.importing.DuplicateChoice;
import org.keyline.dataio.importing.ImportField;
import org.keyline.dataio.importing.ImportKind;
import org.keyline.dataio.importing.ImportOutcome;
import org.keyline.dataio.importing.ImportRefused;
import org.keyline.dataio.importing.ImportReview;
import org.keyline.dataio.importing.Problem;
import org.keyline.dataio.importing.Shape;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.dataio.ImportFixtures.csv;
import static org.keyline.dataio.ImportFixtures.fixture;
import static org.keyline.dataio.ImportFixtures.run;
import static org.keyline.dataio.ImportFixtures.utf8;
import static org.keyline.dataio.ImportFixtures.withBom;

/**
 * Importing accounts from CSV files against the real database: the four CRM export shapes
 * without any mapping, every kind of failing row, duplicates skipped or updated, all or
 * nothing (while rows fail, and when a statement fails halfway), and the encodings and
 * separators spreadsheets write.
 */
@KeylineTest
class CsvImportTests {

	@Autowired
	CsvImports imports;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSalesforceAccountReportIsImportedWithoutMapping() {
		String run = run();
		Viewer manager = aViewer(this.users, "sfimport", Role.MANAGER);
		UUID id = upload(fixture("salesforce-accounts-report.csv", run), manager);
		ImportReview review = this.imports.preview(id, manager).review();

		assertThat(review.shape()).isEqualTo(Shape.SALESFORCE_ACCOUNTS);
		assertThat(review.unmapped()).isEmpty();
		assertThat(mapped(review)).containsEntry("Account Name", ImportField.ACCOUNT_NAME)
			.containsEntry("Industry", ImportField.INDUSTRY)
			.containsEntry("Billing Country", ImportField.COUNTRY)
			.containsEntry("Employees", ImportField.EMPLOYEES)
			.containsEntry("Website", ImportField.WEBSITE)
			.containsEntry("Parent Account", ImportField.PARENT)
			.containsEntry("Description", ImportField.DESCRIPTION)
			.containsEntry("Account ID", ImportField.SOURCE_ID)
			.containsEntry("Annual Revenue", null)
			.containsEntry("Account Owner", null);
		// "Consulting" is on Salesforce's list but not one of Keyline's industries.
		assertThat(review.problems()).extracting(Problem::row, Problem::messageKey, Problem::value)
			.containsExactly(tuple(6, "import.problem.unknownIndustry", "Consulting"));
		assertThat(review.newRows()).isEqualTo(4);

		ImportOutcome outcome = this.imports.confirm(id, DuplicateChoice.SKIP, true, 1, 0, manager);

		assertThat(outcome.created()).isEqualTo(4);
		Map<String, Object> genepoint = account("Genepoint " + run);
		assertThat(genepoint).containsEntry("industry", "PHARMACEUTICALS")
			.containsEntry("country", "US")
			.containsEntry("region", "NORTH_AMERICA")
			.containsEntry("employees", 265)
			.containsEntry("website", "https://www.genepoint-" + run + ".com")
			.containsEntry("owner_id", manager.userId())
			.containsEntry("stage", "PRE_SALES")
			.containsEntry("notes", "Genomics company, our largest channel partner");
		Map<String, Object> parent = account("United Oil & Gas " + run);
		assertThat(parent).containsEntry("industry", "ENERGY_UTILITIES").containsEntry("employees", 145_000);
		assertThat(account("United Oil & Gas UK " + run)).containsEntry("parent_id", parent.get("id"))
			.containsEntry("country", "GB")
			.containsEntry("region", "NORTHERN_EUROPE")
			.containsEntry("employees", 24_000);
		assertThat(account("Burlington Textiles " + run)).containsEntry("industry", "CONSUMER_GOODS");
		assertThat(count("Dickenson plc " + run)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from dataio_upload where id = ?", Integer.class, id))
			.as("the upload is gone once imported")
			.isZero();
	}

	@Test
	void aSalesforceDataLoaderExportFindsParentsByTheirSalesforceId() {
		String run = run();
		Viewer manager = aViewer(this.users, "dlimport", Role.MANAGER);
		UUID id = upload(fixture("salesforce-accounts-dataloader.csv", run), manager);
		ImportReview review = this.imports.preview(id, manager).review();

		assertThat(review.shape()).isEqualTo(Shape.SALESFORCE_ACCOUNTS);
		assertThat(mapped(review)).containsEntry("NAME", ImportField.ACCOUNT_NAME)
			.containsEntry("ID", ImportField.SOURCE_ID)
			.containsEntry("PARENTID", ImportField.PARENT)
			.containsEntry("BILLINGCOUNTRY", ImportField.COUNTRY)
			.containsEntry("NUMBEROFEMPLOYEES", ImportField.EMPLOYEES);
		assertThat(review.problems()).isEmpty();

		this.imports.confirm(id, DuplicateChoice.SKIP, false, 0, 0, manager);

		Map<String, Object> edge = account("Edge Communications " + run);
		assertThat(edge).containsEntry("industry", "TECHNOLOGY").containsEntry("employees", 1000);
		assertThat(account("Edge Communications Europe " + run)).containsEntry("parent_id", edge.get("id"))
			.containsEntry("industry", "TELECOMMUNICATIONS")
			.containsEntry("country", "NL")
			.containsEntry("region", "WESTERN_EUROPE");
		assertThat(account("Pyramid Construction " + run)).containsEntry("country", "FR")
			.containsEntry("website", null);
	}

	@Test
	void aHubSpotCompaniesExportIsImportedWithoutMapping() {
		String run = run();
		Viewer manager = aViewer(this.users, "hsimport", Role.MANAGER);
		UUID id = upload(fixture("hubspot-companies.csv", run), manager);
		ImportReview review = this.imports.preview(id, manager).review();

		assertThat(review.shape()).isEqualTo(Shape.HUBSPOT_COMPANIES);
		assertThat(mapped(review)).containsEntry("Company name", ImportField.ACCOUNT_NAME)
			.containsEntry("Country/Region", ImportField.COUNTRY)
			.containsEntry("Number of Employees", ImportField.EMPLOYEES)
			.containsEntry("Website URL", ImportField.WEBSITE)
			.containsEntry("Record ID", ImportField.SOURCE_ID);
		assertThat(review.problems()).isEmpty();

		this.imports.confirm(id, DuplicateChoice.SKIP, false, 0, 0, manager);

		assertThat(account("Nordlicht Logistik " + run)).containsEntry("industry", "LOGISTICS")
			.containsEntry("country", "DE")
			.containsEntry("region", "WESTERN_EUROPE")
			.containsEntry("employees", 2400)
			.containsEntry("website", "https://www.nordlicht-" + run + ".de")
			.containsEntry("notes", "Freight forwarding across the Baltic");
		assertThat(account("Helios Software " + run)).containsEntry("industry", "TECHNOLOGY")
			.containsEntry("region", "NORTHERN_EUROPE");
		assertThat(account("Alpenbank " + run)).containsEntry("industry", "BANKING").containsEntry("country", "CH");
	}

	@Test
	void eachKindOfBadRowIsReportedWithItsRowAndReason() {
		String run = run();
		Viewer manager = aViewer(this.users, "badrows", Role.MANAGER);
		String longName = "L".repeat(201);
		UUID id = upload(utf8("Name,Industry,Country,Employees,Website,Parent", ",Banking,DE,10,,",
				"Bad Industry " + run + ",Agriculture,DE,,,", "Bad Country " + run + ",Banking,Atlantis,,,",
				"Bad Employees " + run + ",Banking,DE,many,,", "Bad Website " + run + ",Banking,DE,,not a site,",
				longName + ",Banking,DE,,,", "Twice " + run + ",Banking,DE,,,", "TWICE " + run + ",Banking,DE,,,",
				"Orphan " + run + ",Banking,DE,,,Nowhere " + run, "Extra " + run + ",Banking,DE,,,,surplus",
				"Child " + run + ",Banking,DE,,,Bad Industry " + run, "Good " + run + ",Banking,DE,,,",
				"Antarctic " + run + ",Banking,AQ,,,", "No Industry " + run + ",,DE,,,"), manager);
		ImportReview review = this.imports.preview(id, manager).review();

		assertThat(review.problems()).extracting(Problem::row, Problem::messageKey)
			.containsExactly(tuple(2, "import.problem.required"), tuple(3, "import.problem.unknownIndustry"),
					tuple(4, "import.problem.unknownCountry"), tuple(5, "import.problem.employees"),
					tuple(6, "import.problem.website"), tuple(7, "import.problem.tooLong"),
					tuple(9, "import.problem.twiceInFile"), tuple(10, "import.problem.parentUnknown"),
					tuple(11, "import.problem.extraValues"), tuple(12, "import.problem.parentFails"),
					tuple(14, "import.problem.noRegion"), tuple(15, "import.problem.required"));
		assertThat(review.problems().get(6).getArguments()).containsExactly(8);
		assertThat(review.problems().get(9).getArguments()).containsExactly(3);
		assertThat(review.failingRows()).isEqualTo(12);
		assertThat(review.newRows()).isEqualTo(2);

		this.imports.confirm(id, DuplicateChoice.SKIP, true, 12, 0, manager);

		assertThat(count("Twice " + run)).isEqualTo(1);
		assertThat(count("Good " + run)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from account_account where name like ?", Integer.class,
				"% " + run))
			.isEqualTo(2);
	}

	@Test
	void nothingIsWrittenWhileRowsFailUnlessTheImporterLeavesThemOut() {
		String run = run();
		Viewer manager = aViewer(this.users, "allornothing", Role.MANAGER);
		UUID id = upload(utf8("Name,Industry,Country", "Fine " + run + ",Banking,DE", "Broken " + run + ",Banking,",
				"Also Fine " + run + ",Retail,FR"), manager);
		assertThat(this.imports.preview(id, manager).review().failingRows()).isEqualTo(1);

		assertThatThrownBy(() -> this.imports.confirm(id, DuplicateChoice.SKIP, false, 1, 0, manager))
			.isInstanceOfSatisfying(ImportRefused.class, (refused) -> {
				assertThat(refused.field()).isEqualTo("skipFailing");
				assertThat(refused.messageKey()).isEqualTo("import.confirm.failing");
			});
		assertThat(countLike(run)).isZero();
		// The importer saw another number of failing rows: the preview must be looked at
		// again.
		assertThatThrownBy(() -> this.imports.confirm(id, DuplicateChoice.SKIP, true, 0, 0, manager))
			.isInstanceOfSatisfying(ImportRefused.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("import.confirm.changed"));
		assertThat(countLike(run)).isZero();

		ImportOutcome outcome = this.imports.confirm(id, DuplicateChoice.SKIP, true, 1, 0, manager);

		assertThat(outcome.created()).isEqualTo(2);
		assertThat(outcome.skippedFailing()).isEqualTo(1);
		assertThat(countLike(run)).isEqualTo(2);
	}

	@Test
	void aStatementFailingHalfwayLeavesNothingWritten() {
		String run = run();
		Viewer manager = aViewer(this.users, "halfway", Role.MANAGER);
		String victim = "Explode " + run;
		this.accounts.create(aProfile(victim), null, manager);
		UUID id = upload(utf8("Name,Industry,Country", "First New " + run + ",Banking,DE",
				"Second New " + run + ",Retail,FR", victim + ",Media,ES"), manager);
		// The new accounts are inserted first, then the duplicate is updated: this
		// update fails inside the database.
		this.jdbc.execute("create function test_explode() returns trigger language plpgsql as $$ begin "
				+ "raise exception 'explode'; end $$");
		this.jdbc.execute("create trigger test_explode before update on account_account for each row when (new.name = '"
				+ victim + "') execute function test_explode()");
		try {
			assertThatThrownBy(() -> this.imports.confirm(id, DuplicateChoice.UPDATE, false, 0, 1, manager))
				.isInstanceOf(DataAccessException.class);
		}
		finally {
			this.jdbc.execute("drop trigger test_explode on account_account");
			this.jdbc.execute("drop function test_explode()");
		}
		assertThat(count("First New " + run)).isZero();
		assertThat(count("Second New " + run)).isZero();
		assertThat(account(victim)).containsEntry("industry", "MANUFACTURING");
		assertThat(this.imports.preview(id, manager).review().newRows()).as("the upload is still there to try again")
			.isEqualTo(2);

		this.imports.confirm(id, DuplicateChoice.UPDATE, false, 0, 1, manager);

		assertThat(count("First New " + run)).isEqualTo(1);
		assertThat(account(victim)).containsEntry("industry", "MEDIA");
	}

	@Test
	void duplicatesByNameOrWebsiteAreSkippedOrUpdatedAsChosen() {
		String run = run();
		Viewer manager = aViewer(this.users, "dups", Role.MANAGER);
		Viewer otherManager = aViewer(this.users, "theirs", Role.MANAGER);
		long byName = this.accounts.create(aProfile("Dup Name " + run), null, manager);
		long bySite = this.accounts.create(
				Accounts.withName(withWebsite(aProfile(), "https://www.dupsite-" + run + ".com"), "Site Owner " + run),
				null, manager);
		long theirs = this.accounts.create(aProfile("Theirs " + run), null, otherManager);
		byte[] file = utf8("Account Name,Industry,Billing Country,Employees,Website,Description",
				"dup name " + run + ",Retail,FR,500,,From the file",
				"Renamed " + run + ",Insurance,IT,77,http://dupsite-" + run + ".com/about,",
				"Theirs " + run + ",Media,ES,10,,", "Brand New " + run + ",Media,ES,10,,");

		UUID first = upload(file, manager);
		ImportReview review = this.imports.preview(first, manager).review();
		assertThat(review.duplicates()).extracting("row", "matchedBy", "existingId", "updatable")
			.containsExactly(tuple(2, "name", byName, true), tuple(3, "website", bySite, true),
					tuple(4, "name", theirs, false));
		assertThat(review.duplicates().get(2).existingName()).as("not shown: the importer does not see it").isNull();
		ImportOutcome skipped = this.imports.confirm(first, DuplicateChoice.SKIP, false, 0, 3, manager);
		assertThat(skipped.created()).isEqualTo(1);
		assertThat(skipped.updated()).isZero();
		assertThat(skipped.skippedDuplicates()).isEqualTo(3);
		assertThat(account("Dup Name " + run)).containsEntry("industry", "MANUFACTURING").containsEntry("version", 0L);

		UUID second = upload(file, manager);
		ImportOutcome updated = this.imports.confirm(second, DuplicateChoice.UPDATE, false, 0, 4, manager);

		assertThat(updated.created()).isZero();
		assertThat(updated.updated()).isEqualTo(3);
		assertThat(updated.skippedDuplicates()).isEqualTo(1);
		assertThat(account("Dup Name " + run)).containsEntry("industry", "RETAIL")
			.containsEntry("country", "FR")
			.containsEntry("region", "WESTERN_EUROPE")
			.containsEntry("employees", 500)
			.containsEntry("notes", "Test account")
			.containsEntry("version", 1L)
			.containsEntry("updated_by", manager.username());
		assertThat(account("Site Owner " + run)).containsEntry("industry", "INSURANCE")
			.containsEntry("website", "http://dupsite-" + run + ".com/about");
		assertThat(count("Renamed " + run)).isZero();
		assertThat(account("Theirs " + run)).containsEntry("industry", "MANUFACTURING")
			.containsEntry("owner_id", otherManager.userId());
	}

	@Test
	void encodingsSeparatorsAndQuotedLineBreaksAreRead() {
		String run = run();
		Viewer manager = aViewer(this.users, "encodings", Role.MANAGER);

		UUID plain = upload(utf8("Name,Industry,Country,Description",
				"\"Café Zürich " + run + "\",Retail,CH,\"Line one\nLine two, with a comma and \"\"quotes\"\"\"",
				"Straße " + run + ",Retail,DE,"), manager);
		ImportReview review = this.imports.preview(plain, manager).review();
		assertThat(review.encoding()).isEqualTo(FileEncoding.UTF_8);
		assertThat(review.separator()).isEqualTo(',');
		assertThat(review.problems()).isEmpty();
		assertThat(review.sample().get(1).row()).as("a value over two lines is one row").isEqualTo(3);
		this.imports.confirm(plain, DuplicateChoice.SKIP, false, 0, 0, manager);
		assertThat(account("Café Zürich " + run)).containsEntry("notes",
				"Line one\nLine two, with a comma and \"quotes\"");
		assertThat(count("Straße " + run)).isEqualTo(1);

		UUID bom = upload(withBom(utf8("Name;Industry;Country", "Øresund Shipping " + run + ";Logistics;Dänemark")),
				manager);
		review = this.imports.preview(bom, manager).review();
		assertThat(review.encoding()).isEqualTo(FileEncoding.UTF_8_BOM);
		assertThat(review.separator()).isEqualTo(';');
		assertThat(mapped(review)).containsEntry("Name", ImportField.ACCOUNT_NAME);
		this.imports.confirm(bom, DuplicateChoice.SKIP, false, 0, 0, manager);
		assertThat(account("Øresund Shipping " + run)).containsEntry("country", "DK");

		Charset windows = Charset.forName("windows-1252");
		UUID excel = upload(csv(windows, "Name;Industry;Country;Description",
				"Crème Brûlée Müller " + run + ";Consumer goods;Österreich;\"Umsatz 5 Mio €; Preise in €\"",
				"\"Smith; Jones \"\"SJ\"\" " + run + "\";Banking;GB;"), manager);
		review = this.imports.preview(excel, manager).review();
		assertThat(review.encoding()).isEqualTo(FileEncoding.WINDOWS_1252);
		assertThat(review.separator()).isEqualTo(';');
		assertThat(review.problems()).isEmpty();
		this.imports.confirm(excel, DuplicateChoice.SKIP, false, 0, 0, manager);
		assertThat(account("Crème Brûlée Müller " + run)).containsEntry("notes", "Umsatz 5 Mio €; Preise in €")
			.containsEntry("country", "AT")
			.containsEntry("industry", "CONSUMER_GOODS");
		assertThat(count("Smith; Jones \"SJ\" " + run)).isEqualTo(1);
	}

	@Test
	void filesThatAreNotCsvAreRefusedWithAReason() {
		Viewer manager = aViewer(this.users, "unreadable", Role.MANAGER);
		assertRefused(new byte[0], manager, "import.file.required");
		assertRefused(utf8("   ", ""), manager, "import.file.empty");
		assertRefused(utf8("Name,Industry"), manager, "import.file.noRows");
		assertRefused(utf8("Name,Industry", "\"Unclosed,Banking", "Next,Retail"), manager, "import.file.malformed");
	}

	@Test
	void otherFilesAreMappedOnTheMappingScreenWithValuesForEmptyCells() {
		String run = run();
		Viewer manager = aViewer(this.users, "mapping", Role.MANAGER);
		UUID id = upload(utf8("Firma;Branche;Land;Mitarbeiter", "Kessler Maschinenbau " + run + ";;DE;1.200",
				"Weber Druck " + run + ";Druckerei;;80"), manager);
		ImportReview review = this.imports.preview(id, manager).review();
		assertThat(review.shape()).isEqualTo(Shape.OTHER);
		assertThat(review.unmapped()).containsExactly(ImportField.ACCOUNT_NAME, ImportField.INDUSTRY,
				ImportField.COUNTRY);
		assertThat(review.failingRows()).isEqualTo(2);

		assertThat(
				this.imports.choose(id, List.of("ACCOUNT_NAME", "INDUSTRY", "ACCOUNT_NAME", ""), null, null, manager))
			.as("a field mapped twice is refused")
			.containsExactly(ImportField.ACCOUNT_NAME);
		assertThat(this.imports.choose(id, List.of("ACCOUNT_NAME", "INDUSTRY", "COUNTRY", "EMPLOYEES"),
				Industry.MANUFACTURING, "AT", manager))
			.isEmpty();
		review = this.imports.preview(id, manager).review();
		assertThat(review.unmapped()).isEmpty();
		assertThat(review.problems()).isEmpty();

		this.imports.confirm(id, DuplicateChoice.SKIP, false, 0, 0, manager);

		assertThat(account("Kessler Maschinenbau " + run)).containsEntry("industry", "MANUFACTURING")
			.containsEntry("country", "DE")
			.containsEntry("employees", 1200);
		assertThat(account("Weber Druck " + run)).containsEntry("industry", "MANUFACTURING")
			.containsEntry("country", "AT")
			.containsEntry("region", "WESTERN_EUROPE");
	}

	@Test
	void importedAccountsAreGradedAndGetACoverageSummary() throws InterruptedException {
		String run = run();
		Viewer manager = aViewer(this.users, "events", Role.MANAGER);
		UUID id = upload(utf8("Name,Industry,Country", "Graded One " + run + ",Banking,DE"), manager);
		this.imports.confirm(id, DuplicateChoice.SKIP, false, 0, 0, manager);
		long accountId = (Long) account("Graded One " + run).get("id");
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline && (rows("grading_account_score", accountId) == 0
				|| rows("relationship_coverage_summary", accountId) == 0)) {
			Thread.sleep(100);
		}
		assertThat(rows("grading_account_score", accountId)).as("graded after the import").isEqualTo(1);
		assertThat(rows("relationship_coverage_summary", accountId)).as("coverage summary").isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where table_name = 'account_account' and record_id = ? and actor = ?",
				Integer.class, String.valueOf(accountId), manager.username()))
			.as("the audit trail names the importer")
			.isEqualTo(1);
	}

	private int rows(String table, long accountId) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where account_id = ?", Integer.class,
				accountId);
	}

	private void assertRefused(byte[] file, Viewer viewer, String key) {
		assertThatThrownBy(() -> upload(file, viewer)).isInstanceOfSatisfying(ImportRefused.class, (refused) -> {
			assertThat(refused.field()).isEqualTo("file");
			assertThat(refused.messageKey()).isEqualTo(key);
		});
	}

	private UUID upload(byte[] file, Viewer viewer) {
		return this.imports.upload(ImportKind.ACCOUNTS, "accounts.csv", file, null, null, viewer);
	}

	static Map<String, ImportField> mapped(ImportReview review) {
		Map<String, ImportField> mapped = new java.util.HashMap<>();
		for (int i = 0; i < review.headers().size(); i++) {
			mapped.put(review.headers().get(i), review.mapping().fields().get(i));
		}
		return mapped;
	}

	private Map<String, Object> account(String name) {
		return this.jdbc.queryForMap("select * from account_account where name = ?", name);
	}

	private int count(String name) {
		return this.jdbc.queryForObject("select count(*) from account_account where name = ?", Integer.class, name);
	}

	private int countLike(String run) {
		return this.jdbc.queryForObject("select count(*) from account_account where name like ?", Integer.class,
				"% " + run);
	}

	private static org.keyline.account.AccountProfile withWebsite(org.keyline.account.AccountProfile p,
			String website) {
		return new org.keyline.account.AccountProfile(p.name(), p.industry(), p.region(), p.country(), p.employees(),
				website, p.parentId(), p.stage(), p.relationship(), p.strategicImportance(), p.easeOfBusiness(),
				p.adviceFrequency(), p.notes(), p.competitors());
	}

}
