package org.keyline.dataio;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.dataio.importing.CsvImports;
import org.keyline.dataio.importing.DuplicateChoice;
import org.keyline.dataio.importing.ImportField;
import org.keyline.dataio.importing.ImportKind;
import org.keyline.dataio.importing.ImportOutcome;
import org.keyline.dataio.importing.ImportRefused;
import org.keyline.dataio.importing.ImportReview;
import org.keyline.dataio.importing.Problem;
import org.keyline.dataio.importing.Shape;
import org.keyline.dataio.importing.UploadNotFound;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.relationship.ContactManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.dataio.CsvImportTests.mapped;
import static org.keyline.dataio.ImportFixtures.fixture;
import static org.keyline.dataio.ImportFixtures.run;
import static org.keyline.dataio.ImportFixtures.utf8;
import static org.keyline.relationship.Contacts.aContact;

/**
 * Importing contacts against the real database (the Salesforce and HubSpot contact
 * exports without mapping, failing rows, duplicates by e-mail) and who may import what:
 * directors and managers import accounts, team members only contacts, into the accounts
 * they work on; nobody reaches another person's upload.
 */
@KeylineTest
class ContactImportTests {

	@Autowired
	CsvImports imports;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSalesforceContactReportIsImportedWithoutMapping() {
		String run = run();
		Viewer manager = aViewer(this.users, "sfcontacts", Role.MANAGER);
		long northwind = this.accounts.create(aProfile("Northwind Traders " + run), null, manager);
		long contoso = this.accounts.create(aProfile("Contoso Pharma " + run), null, manager);
		UUID id = upload(fixture("salesforce-contacts-report.csv", run), null, manager);
		ImportReview review = this.imports.preview(id, manager).review();

		assertThat(review.shape()).isEqualTo(Shape.SALESFORCE_CONTACTS);
		assertThat(review.unmapped()).isEmpty();
		assertThat(mapped(review)).containsEntry("First Name", ImportField.FIRST_NAME)
			.containsEntry("Last Name", ImportField.LAST_NAME)
			.containsEntry("Title", ImportField.TITLE)
			.containsEntry("Department", ImportField.DEPARTMENT)
			.containsEntry("Account Name", ImportField.CONTACT_ACCOUNT)
			.containsEntry("Email", ImportField.EMAIL)
			.containsEntry("Phone", ImportField.PHONE)
			.containsEntry("Mobile", ImportField.MOBILE)
			.containsEntry("Contact Owner", null);
		assertThat(review.problems()).isEmpty();

		ImportOutcome outcome = this.imports.confirm(id, DuplicateChoice.SKIP, false, 0, 0, manager);

		assertThat(outcome.created()).isEqualTo(4);
		assertThat(contact("Rose Gonzalez " + run)).containsEntry("account_id", northwind)
			.containsEntry("title", "SVP, Procurement")
			.containsEntry("department", "Procurement")
			.containsEntry("email", "rose.gonzalez." + run + "@northwind.example")
			.containsEntry("phone", "(512) 757-6000")
			.containsEntry("level", "PURCHASING")
			.containsEntry("buying_role", "USER")
			.containsEntry("attitude", "NEUTRAL")
			.containsEntry("influence", 3);
		assertThat(contact("Sean Forbes " + run)).containsEntry("level", "EXECUTIVE");
		assertThat(contact("Jack Rogers " + run)).containsEntry("account_id", contoso)
			.containsEntry("level", "SENIOR_MANAGEMENT")
			.containsEntry("phone", "(336) 222-7000");
		assertThat(contact("Pat Stumuller " + run)).containsEntry("level", "MIDDLE_MANAGEMENT");
	}

	@Test
	void aHubSpotContactsExportIsImportedWithoutMapping() {
		String run = run();
		Viewer manager = aViewer(this.users, "hscontacts", Role.MANAGER);
		long northwind = this.accounts.create(aProfile("Northwind Traders " + run), null, manager);
		long contoso = this.accounts.create(aProfile("Contoso Pharma " + run), null, manager);
		UUID id = upload(fixture("hubspot-contacts.csv", run), null, manager);
		ImportReview review = this.imports.preview(id, manager).review();

		assertThat(review.shape()).isEqualTo(Shape.HUBSPOT_CONTACTS);
		assertThat(mapped(review)).containsEntry("Job Title", ImportField.TITLE)
			.containsEntry("Phone Number", ImportField.PHONE)
			.containsEntry("Mobile Phone Number", ImportField.MOBILE)
			.containsEntry("Associated Company", ImportField.CONTACT_ACCOUNT)
			.containsEntry("Record ID", null);
		assertThat(review.problems()).isEmpty();

		this.imports.confirm(id, DuplicateChoice.SKIP, false, 0, 0, manager);

		assertThat(contact("Maria Johnson " + run)).containsEntry("account_id", northwind)
			.containsEntry("level", "EXECUTIVE")
			.containsEntry("phone", "+1 617 555 0101");
		assertThat(contact("Brian Halligan " + run)).containsEntry("account_id", contoso)
			.containsEntry("level", "PURCHASING")
			.containsEntry("phone", "+1 617 555 0199");
		assertThat(contact("Dharmesh Shah " + run)).containsEntry("level", "TECHNICAL");
	}

	@Test
	void eachKindOfBadContactRowIsReported() {
		String run = run();
		Viewer manager = aViewer(this.users, "badcontacts", Role.MANAGER);
		Viewer other = aViewer(this.users, "othermgr", Role.MANAGER);
		this.accounts.create(aProfile("Mine " + run), null, manager);
		this.accounts.create(aProfile("Theirs " + run), null, other);
		UUID id = upload(utf8("First Name,Last Name,Email,Title,Phone,Account Name,Level",
				"Ann,Valid " + run + ",ann." + run + "@x.example,CEO,,Mine " + run + ",",
				",,nobody." + run + "@x.example,,,Mine " + run + ",",
				"Bob,Bad Mail " + run + ",bob-at-example,,,Mine " + run + ",",
				"Cid,Twice " + run + ",ANN." + run + "@x.example,,,Mine " + run + ",",
				"Dan,Unknown " + run + ",dan." + run + "@x.example,,,Nowhere " + run + ",",
				"Eve,Other " + run + ",eve." + run + "@x.example,,,Theirs " + run + ",",
				"Fay,Phone " + run + ",fay." + run + "@x.example,,call me maybe,Mine " + run + ",",
				"Gus,Title " + run + ",gus." + run + "@x.example," + "T".repeat(121) + ",,Mine " + run + ",",
				"Hal,No Account " + run + ",hal." + run + "@x.example,,,,",
				"Ida,Level " + run + ",ida." + run + "@x.example,,,Mine " + run + ",Boss"), null, manager);
		ImportReview review = this.imports.preview(id, manager).review();

		assertThat(review.problems()).extracting(Problem::row, Problem::messageKey)
			.containsExactly(tuple(3, "import.problem.required"), tuple(4, "import.problem.email"),
					tuple(5, "import.problem.twiceInFile"), tuple(6, "import.problem.accountUnknown"),
					tuple(7, "import.problem.accountUnknown"), tuple(8, "import.problem.phone"),
					tuple(9, "import.problem.tooLong"), tuple(10, "import.problem.accountMissing"),
					tuple(11, "import.problem.unknownLevel"));
		assertThat(review.newRows()).isEqualTo(1);
		this.imports.confirm(id, DuplicateChoice.SKIP, true, 9, 0, manager);
		assertThat(this.jdbc.queryForObject("select count(*) from relationship_contact where name like ?",
				Integer.class, "% " + run))
			.isEqualTo(1);
	}

	@Test
	void contactsWithAKnownEmailAreSkippedOrUpdated() {
		String run = run();
		Viewer manager = aViewer(this.users, "dupcontacts", Role.MANAGER);
		Viewer other = aViewer(this.users, "dupother", Role.MANAGER);
		long mine = this.accounts.create(aProfile("Mine " + run), null, manager);
		long theirs = this.accounts.create(aProfile("Theirs " + run), null, other);
		long known = this.contacts.create(mine,
				withEmail(aContact("Known Person " + run), "known." + run + "@x.example"), manager);
		long hidden = this.contacts.create(theirs,
				withEmail(aContact("Hidden Person " + run), "hidden." + run + "@x.example"), other);
		byte[] file = utf8("First Name,Last Name,Email,Title,Account Name",
				"Known,Person " + run + ",KNOWN." + run + "@X.example,Head of Logistics,Mine " + run,
				"Hidden,Person " + run + ",hidden." + run + "@x.example,Buyer,Mine " + run,
				"New,Person " + run + ",new." + run + "@x.example,,Mine " + run);

		UUID first = upload(file, null, manager);
		ImportReview review = this.imports.preview(first, manager).review();
		assertThat(review.duplicates()).extracting("row", "matchedBy", "existingId", "updatable")
			.containsExactly(tuple(2, "email", known, true), tuple(3, "email", hidden, false));
		this.imports.confirm(first, DuplicateChoice.SKIP, false, 0, 2, manager);
		assertThat(this.jdbc.queryForObject("select title from relationship_contact where id = ?", String.class, known))
			.isNotEqualTo("Head of Logistics");

		UUID second = upload(file, null, manager);
		ImportOutcome outcome = this.imports.confirm(second, DuplicateChoice.UPDATE, false, 0, 3, manager);

		assertThat(outcome.updated()).isEqualTo(2);
		assertThat(this.jdbc.queryForMap("select * from relationship_contact where id = ?", known))
			.containsEntry("title", "Head of Logistics")
			.containsEntry("account_id", mine);
		assertThat(
				this.jdbc.queryForObject("select title from relationship_contact where id = ?", String.class, hidden))
			.as("a contact of an account the importer does not work on stays")
			.isNotEqualTo("Buyer");
		assertThat(this.jdbc.queryForObject("select count(*) from relationship_contact where email = ?", Integer.class,
				"new." + run + "@x.example"))
			.isEqualTo(1);
	}

	@Test
	void teamMembersImportContactsIntoTheirAccountsButNoAccounts() {
		String run = run();
		Viewer manager = aViewer(this.users, "teamowner", Role.MANAGER);
		Viewer member = aViewer(this.users, "teammember", Role.MEMBER);
		long onTeam = this.accounts.create(aProfile("On Team " + run), null, manager);
		long notOnTeam = this.accounts.create(aProfile("Not On Team " + run), null, manager);
		this.accounts.addTeamMember(onTeam, member.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				LocalDate.now().minusDays(1), null, manager);

		assertThat(this.imports.mayImport(ImportKind.ACCOUNTS, member)).isFalse();
		assertThatThrownBy(
				() -> this.imports.upload(ImportKind.ACCOUNTS, "a.csv", utf8("Name", "X " + run), null, null, member))
			.isInstanceOf(AccountActionRefused.class);

		UUID id = upload(
				utf8("Name,Email,Account Name", "Mia Member " + run + ",mia." + run + "@x.example,On Team " + run,
						"Nat Outside " + run + ",nat." + run + "@x.example,Not On Team " + run),
				null, member);
		ImportReview review = this.imports.preview(id, member).review();
		assertThat(review.problems()).extracting(Problem::row, Problem::messageKey)
			.containsExactly(tuple(3, "import.problem.accountUnknown"));
		this.imports.confirm(id, DuplicateChoice.SKIP, true, 1, 0, member);
		assertThat(contact("Mia Member " + run)).containsEntry("account_id", onTeam)
			.containsEntry("updated_by", member.username());

		// Started from an account's contacts: rows that name no account go there.
		UUID fromPage = upload(utf8("Name,Email", "Ola Page " + run + ",ola." + run + "@x.example"), onTeam, member);
		assertThat(this.imports.preview(fromPage, member).review().unmapped()).isEmpty();
		this.imports.confirm(fromPage, DuplicateChoice.SKIP, false, 0, 0, member);
		assertThat(contact("Ola Page " + run)).containsEntry("account_id", onTeam);
		assertThatThrownBy(() -> upload(utf8("Name", "Zed " + run), notOnTeam, member))
			.as("an account the member does not see is not found")
			.isInstanceOf(AccountNotFound.class);
	}

	@Test
	void mentorsAndAdministratorsImportNothing() {
		Viewer mentor = aViewer(this.users, "mentorimport", Role.MENTOR);
		Viewer admin = aViewer(this.users, "adminimport", Role.ADMIN);
		for (Viewer viewer : new Viewer[] { mentor, admin }) {
			for (ImportKind kind : ImportKind.values()) {
				assertThat(this.imports.mayImport(kind, viewer)).isFalse();
				assertThatThrownBy(
						() -> this.imports.upload(kind, "x.csv", utf8("Name", "Nothing"), null, null, viewer))
					.isInstanceOf(AccountActionRefused.class);
			}
		}
	}

	@Test
	void aDirectorChoosesTheOwnerOfImportedAccounts() {
		String run = run();
		Viewer director = aViewer(this.users, "dirimport", Role.DIRECTOR);
		Viewer manager = aViewer(this.users, "chosenowner", Role.MANAGER);
		Viewer member = aViewer(this.users, "notanowner", Role.MEMBER);
		byte[] file = utf8("Name,Industry,Country", "Directed " + run + ",Banking,SE");
		assertThatThrownBy(() -> this.imports.upload(ImportKind.ACCOUNTS, "a.csv", file, null, null, director))
			.isInstanceOfSatisfying(ImportRefused.class, (r) -> assertThat(r.field()).isEqualTo("ownerId"));
		assertThatThrownBy(
				() -> this.imports.upload(ImportKind.ACCOUNTS, "a.csv", file, member.userId(), null, director))
			.isInstanceOfSatisfying(ImportRefused.class,
					(r) -> assertThat(r.messageKey()).isEqualTo("account.owner.invalid"));

		UUID id = this.imports.upload(ImportKind.ACCOUNTS, "a.csv", file, manager.userId(), null, director);
		assertThat(this.imports.preview(id, director).ownerName()).isEqualTo("Test " + manager.username());
		this.imports.confirm(id, DuplicateChoice.SKIP, false, 0, 0, director);

		assertThat(this.jdbc.queryForObject("select owner_id from account_account where name = ?", Long.class,
				"Directed " + run))
			.isEqualTo(manager.userId());
	}

	@Test
	void nobodyReachesAnotherPersonsUpload() {
		String run = run();
		Viewer manager = aViewer(this.users, "uploader", Role.MANAGER);
		Viewer director = aViewer(this.users, "snooper", Role.DIRECTOR);
		UUID id = this.imports.upload(ImportKind.ACCOUNTS, "a.csv",
				utf8("Name,Industry,Country", "Mine " + run + ",Banking,DE"), null, null, manager);

		assertThatThrownBy(() -> this.imports.preview(id, director)).isInstanceOf(UploadNotFound.class);
		assertThatThrownBy(() -> this.imports.confirm(id, DuplicateChoice.SKIP, false, 0, 0, director))
			.isInstanceOf(UploadNotFound.class);
		assertThatThrownBy(() -> this.imports.cancel(id, director)).isInstanceOf(UploadNotFound.class);
		assertThatThrownBy(() -> this.imports.preview(UUID.randomUUID(), manager)).isInstanceOf(UploadNotFound.class);

		this.imports.cancel(id, manager);
		assertThatThrownBy(() -> this.imports.preview(id, manager)).isInstanceOf(UploadNotFound.class);
		assertThat(this.jdbc.queryForObject("select count(*) from account_account where name = ?", Integer.class,
				"Mine " + run))
			.isZero();
	}

	@Test
	void expiredUploadsAreDeleted() {
		Viewer manager = aViewer(this.users, "expiring", Role.MANAGER);
		UUID id = this.imports.upload(ImportKind.ACCOUNTS, "a.csv", utf8("Name", "Soon gone"), null, null, manager);
		this.jdbc.update("update dataio_upload set expires_at = now() - interval '1 minute' where id = ?", id);

		assertThatThrownBy(() -> this.imports.preview(id, manager)).isInstanceOf(UploadNotFound.class);
		this.imports.deleteExpired();
		assertThat(this.jdbc.queryForObject("select count(*) from dataio_upload where id = ?", Integer.class, id))
			.isZero();
	}

	private UUID upload(byte[] file, Long accountId, Viewer viewer) {
		return this.imports.upload(ImportKind.CONTACTS, "contacts.csv", file, null, accountId, viewer);
	}

	private Map<String, Object> contact(String name) {
		return this.jdbc.queryForMap("select * from relationship_contact where name = ?", name);
	}

	private static org.keyline.relationship.ContactInput withEmail(org.keyline.relationship.ContactInput c,
			String email) {
		return new org.keyline.relationship.ContactInput(c.name(), c.title(), c.department(), c.level(), c.buyingRole(),
				c.attitude(), c.influence(), c.reportsToId(), email, c.phone(), c.leftCompany(), c.politicalNotes());
	}

}
