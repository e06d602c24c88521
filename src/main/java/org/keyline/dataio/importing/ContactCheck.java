package org.keyline.dataio.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.keyline.account.AccountImports;
import org.keyline.account.Viewer;
import org.keyline.dataio.csv.CsvTable;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactImports;
import org.keyline.relationship.ContactInput;
import org.keyline.relationship.ContactLevel;

import org.springframework.stereotype.Component;

import static org.keyline.dataio.importing.AccountCheck.abbreviate;
import static org.keyline.dataio.importing.AccountCheck.label;

/**
 * Checks a file of contacts row by row and against Keyline: one statement for the
 * accounts it names and two for the contacts it names by e-mail, whatever the number of
 * rows.
 *
 * <p>
 * A contact's account is the account the importer works on with the name in the file
 * (else with its website); an account they do not work on is "not found", whether it
 * exists or not. An import started from an account's contacts puts rows that name no
 * account there. New contacts are neutral, of influence 3, a user in the buying decision
 * unless a column says otherwise, at the level their title suggests.
 */
@Component
class ContactCheck {

	static final List<String> SAMPLE_COLUMNS = List.of("import.sample.contactName", "import.field.EMAIL",
			"import.field.TITLE", "import.field.DEPARTMENT", "import.field.PHONE", "import.sample.account",
			"import.field.LEVEL");

	private final AccountImports accounts;

	private final ContactImports contacts;

	ContactCheck(AccountImports accounts, ContactImports contacts) {
		this.accounts = accounts;
		this.contacts = contacts;
	}

	ImportReview check(CsvTable table, ColumnMapping mapping, ImportOptions options, Viewer viewer, Shape shape) {
		AccountCheck.Reader in = new AccountCheck.Reader(table, mapping);
		List<Problem> problems = new ArrayList<>();
		List<Parsed> rows = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			rows.add(parse(row, in, problems));
		}

		// The accounts the file names: one statement.
		Set<String> nameKeys = new HashSet<>();
		Set<String> siteKeys = new HashSet<>();
		for (Parsed row : rows) {
			if (row.account != null) {
				nameKeys.add(AccountImports.nameKey(row.account));
			}
			if (row.accountWebsite != null) {
				String key = AccountImports.websiteKey(row.accountWebsite);
				if (key != null) {
					siteKeys.add(key);
				}
			}
		}
		Map<String, List<AccountImports.Match>> byName = new HashMap<>();
		Map<String, List<AccountImports.Match>> bySite = new HashMap<>();
		Map<Long, String> accountNames = new HashMap<>();
		for (AccountImports.Match match : this.accounts.find(nameKeys, siteKeys, viewer)) {
			if (!match.editable() || match.archived()) {
				continue;
			}
			byName.computeIfAbsent(match.nameKey(), (k) -> new ArrayList<>()).add(match);
			if (match.websiteKey() != null) {
				bySite.computeIfAbsent(match.websiteKey(), (k) -> new ArrayList<>()).add(match);
			}
			accountNames.put(match.id(), match.name());
		}
		for (Parsed row : rows) {
			List<AccountImports.Match> candidates = (row.account != null)
					? byName.getOrDefault(AccountImports.nameKey(row.account), List.of()) : List.of();
			String column = in.header(ImportField.CONTACT_ACCOUNT);
			String value = row.account;
			if (candidates.isEmpty() && row.accountWebsite != null) {
				String key = AccountImports.websiteKey(row.accountWebsite);
				candidates = (key != null) ? bySite.getOrDefault(key, List.of()) : List.of();
				if (row.account == null) {
					column = in.header(ImportField.CONTACT_ACCOUNT_WEBSITE);
					value = row.accountWebsite;
				}
			}
			if (candidates.size() == 1) {
				row.accountId = candidates.get(0).id();
			}
			else if (candidates.size() > 1) {
				fail(problems, row, column, value, "import.problem.accountAmbiguous", candidates.size());
			}
			else if (row.account != null || row.accountWebsite != null) {
				fail(problems, row, column, value, "import.problem.accountUnknown");
			}
			else if (options.accountId() != null) {
				row.accountId = options.accountId();
			}
			else {
				fail(problems, row, in.header(ImportField.CONTACT_ACCOUNT), null, "import.problem.accountMissing");
			}
		}

		// The same e-mail twice in the file.
		Map<String, Parsed> firstByEmail = new HashMap<>();
		for (Parsed row : rows) {
			if (row.emailKey != null) {
				Parsed first = firstByEmail.putIfAbsent(row.emailKey, row);
				if (first != null) {
					fail(problems, row, in.header(ImportField.EMAIL), row.email, "import.problem.twiceInFile",
							first.number);
				}
			}
		}

		// Contacts Keyline has with those e-mails: two statements.
		Map<String, ContactImports.Match> existing = new HashMap<>();
		for (ContactImports.Match match : this.contacts.find(firstByEmail.keySet(), viewer)) {
			existing.merge(match.emailKey(), match, (a, b) -> a.editable() ? a : b);
		}
		Map<Integer, Duplicate> duplicates = new HashMap<>();
		List<ContactImports.NewContact> creates = new ArrayList<>();
		List<ContactImports.Change> changes = new ArrayList<>();
		for (Parsed row : rows) {
			if (row.failing) {
				continue;
			}
			ContactImports.Match match = (row.emailKey != null) ? existing.get(row.emailKey) : null;
			if (match != null) {
				duplicates.put(row.number,
						new Duplicate(row.number, row.email, "email", match.id(),
								match.editable() ? match.name() : null, match.editable() ? match.accountId() : null,
								match.editable()));
				if (match.editable()) {
					changes.add(new ContactImports.Change(match.id(), row.name, row.title, row.department, row.phone));
				}
			}
			else {
				creates.add(new ContactImports.NewContact(row.accountId,
						new ContactInput(row.name, row.title, row.department, row.level, row.buyingRole,
								Attitude.NEUTRAL, 3, null, row.email, row.phone, false, null)));
			}
		}

		List<Duplicate> duplicateList = new ArrayList<>(duplicates.values());
		duplicateList.sort(java.util.Comparator.comparingInt(Duplicate::row));
		problems.sort(java.util.Comparator.comparingInt(Problem::row));
		int failing = (int) rows.stream().filter((row) -> row.failing).count();
		List<ImportReview.SampleRow> sample = rows.stream()
			.limit(AccountCheck.SAMPLE_ROWS)
			.map((row) -> sample(row, accountNames, duplicates.containsKey(row.number)))
			.toList();
		return new ImportReview(ImportKind.CONTACTS, shape, table.encoding(), table.separator(), table.headers(),
				mapping, rows.size(), unmapped(mapping, options), List.copyOf(problems), failing,
				List.copyOf(duplicateList), SAMPLE_COLUMNS, sample, creates.size(), new ContactPlan(creates, changes),
				ImportReview.examplesOf(table));
	}

	private static Set<ImportField> unmapped(ColumnMapping mapping, ImportOptions options) {
		Set<ImportField> unmapped = new TreeSet<>();
		if (!mapping.has(ImportField.FULL_NAME) && !mapping.has(ImportField.LAST_NAME)
				&& !mapping.has(ImportField.FIRST_NAME)) {
			unmapped.add(ImportField.LAST_NAME);
		}
		if (!mapping.has(ImportField.CONTACT_ACCOUNT) && !mapping.has(ImportField.CONTACT_ACCOUNT_WEBSITE)
				&& options.accountId() == null) {
			unmapped.add(ImportField.CONTACT_ACCOUNT);
		}
		return unmapped;
	}

	private static Parsed parse(CsvTable.Row source, AccountCheck.Reader in, List<Problem> problems) {
		Parsed row = new Parsed(source.number());
		if (source.extraValues() > 0) {
			fail(problems, row, null, null, "import.problem.extraValues", in.headers().size());
		}
		String first = in.text(source, ImportField.FIRST_NAME);
		String last = in.text(source, ImportField.LAST_NAME);
		String full = in.text(source, ImportField.FULL_NAME);
		String name = (first != null || last != null)
				? ((first != null ? first : "") + " " + (last != null ? last : "")).strip() : full;
		String nameColumn = in.header(ImportField.LAST_NAME) != null ? in.header(ImportField.LAST_NAME)
				: (in.header(ImportField.FULL_NAME) != null ? in.header(ImportField.FULL_NAME)
						: in.header(ImportField.FIRST_NAME));
		if (name == null) {
			fail(problems, row, nameColumn, null, "import.problem.required", label(ImportField.LAST_NAME));
		}
		else if (name.length() > 120) {
			fail(problems, row, nameColumn, name, "import.problem.tooLong", label(ImportField.FULL_NAME), 120);
		}
		else {
			row.name = name;
		}
		row.email = text(source, in, ImportField.EMAIL, row, problems);
		if (row.email != null) {
			if (!Values.email(row.email)) {
				fail(problems, row, in.header(ImportField.EMAIL), row.email, "import.problem.email");
			}
			else {
				row.emailKey = ContactImports.emailKey(row.email);
			}
		}
		row.title = text(source, in, ImportField.TITLE, row, problems);
		row.department = text(source, in, ImportField.DEPARTMENT, row, problems);
		ImportField phoneField = (in.text(source, ImportField.PHONE) != null) ? ImportField.PHONE : ImportField.MOBILE;
		row.phone = text(source, in, phoneField, row, problems);
		if (row.phone != null && !Values.phone(row.phone)) {
			fail(problems, row, in.header(phoneField), row.phone, "import.problem.phone");
		}
		String level = in.text(source, ImportField.LEVEL);
		if (level != null) {
			row.level = Values.level(level);
			if (row.level == null) {
				fail(problems, row, in.header(ImportField.LEVEL), level, "import.problem.unknownLevel");
			}
		}
		else {
			row.level = Values.levelFromTitle(row.title);
		}
		String role = in.text(source, ImportField.BUYING_ROLE);
		if (role != null) {
			row.buyingRole = Values.buyingRole(role);
			if (row.buyingRole == null) {
				fail(problems, row, in.header(ImportField.BUYING_ROLE), role, "import.problem.unknownBuyingRole");
			}
		}
		else {
			row.buyingRole = BuyingRole.USER;
		}
		row.account = in.text(source, ImportField.CONTACT_ACCOUNT);
		row.accountWebsite = in.text(source, ImportField.CONTACT_ACCOUNT_WEBSITE);
		return row;
	}

	/** A value that must not be longer than its field allows. */
	private static String text(CsvTable.Row source, AccountCheck.Reader in, ImportField field, Parsed row,
			List<Problem> problems) {
		String value = in.text(source, field);
		if (value != null && value.length() > field.maxLength()) {
			fail(problems, row, in.header(field), value, "import.problem.tooLong", label(field), field.maxLength());
			return null;
		}
		return value;
	}

	private static void fail(List<Problem> problems, Parsed row, String column, String value, String key,
			Object... args) {
		row.failing = true;
		problems.add(new Problem(row.number, column, (value != null) ? abbreviate(value) : null, key, args));
	}

	private static ImportReview.SampleRow sample(Parsed row, Map<Long, String> accountNames, boolean duplicate) {
		List<ImportReview.Cell> cells = new ArrayList<>();
		cells.add(ImportReview.Cell.text(row.name));
		cells.add(ImportReview.Cell.text(row.email));
		cells.add(ImportReview.Cell.text(row.title));
		cells.add(ImportReview.Cell.text(row.department));
		cells.add(ImportReview.Cell.text(row.phone));
		String account = (row.accountId != null) ? accountNames.get(row.accountId) : null;
		cells.add(ImportReview.Cell.text((account != null) ? account : row.account));
		cells.add((row.level != null) ? ImportReview.Cell.key("contactLevel." + row.level)
				: ImportReview.Cell.text(null));
		return new ImportReview.SampleRow(row.number, cells, row.failing, duplicate);
	}

	/** The values of one row, as far as they could be read. */
	private static final class Parsed {

		final int number;

		boolean failing;

		String name;

		String email;

		String emailKey;

		String title;

		String department;

		String phone;

		ContactLevel level;

		BuyingRole buyingRole;

		String account;

		String accountWebsite;

		Long accountId;

		Parsed(int number) {
			this.number = number;
		}

	}

	/** New contacts and the changes to duplicates the importer may update. */
	record ContactPlan(List<ContactImports.NewContact> newContacts,
			List<ContactImports.Change> changes) implements ImportReview.Plan {

		@Override
		public int creates() {
			return this.newContacts.size();
		}

		@Override
		public int updates() {
			return this.changes.size();
		}

	}

}
