package org.keyline.dataio.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.keyline.account.AccountImports;
import org.keyline.account.AccountProfile;
import org.keyline.account.AdviceFrequency;
import org.keyline.account.Industry;
import org.keyline.account.LifecycleStage;
import org.keyline.account.Region;
import org.keyline.account.RelationshipLevel;
import org.keyline.account.Viewer;
import org.keyline.dataio.csv.CsvTable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Checks a file of accounts row by row and against Keyline: one statement to find the
 * accounts it names (duplicates and parents), whatever the number of rows.
 *
 * <p>
 * New accounts start where the account form starts: pre-sales, commodity supplier,
 * strategic importance and ease of business 3, advice rarely asked; the region is the
 * country's sales region unless a column gives it.
 */
@Component
class AccountCheck {

	static final List<String> SAMPLE_COLUMNS = List.of("import.field.ACCOUNT_NAME", "import.field.INDUSTRY",
			"import.field.REGION", "import.field.COUNTRY", "import.field.EMPLOYEES", "import.field.WEBSITE",
			"import.field.PARENT");

	static final int SAMPLE_ROWS = 10;

	private final AccountImports accounts;

	AccountCheck(AccountImports accounts) {
		this.accounts = accounts;
	}

	ImportReview check(CsvTable table, ColumnMapping mapping, ImportOptions options, Viewer viewer,
			org.keyline.dataio.importing.Shape shape) {
		Reader in = new Reader(table, mapping);
		List<Problem> problems = new ArrayList<>();
		List<Parsed> rows = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			rows.add(parse(row, in, options, problems));
		}
		Map<Integer, Parsed> byNumber = new HashMap<>();
		rows.forEach((row) -> byNumber.put(row.number, row));

		// The same account twice in the file.
		Map<String, Parsed> firstByName = new HashMap<>();
		Map<String, Parsed> firstBySite = new HashMap<>();
		for (Parsed row : rows) {
			if (row.nameKey != null) {
				Parsed first = firstByName.putIfAbsent(row.nameKey, row);
				if (first != null) {
					fail(problems, row, in.header(ImportField.ACCOUNT_NAME), row.name, "import.problem.twiceInFile",
							first.number);
				}
			}
			if (row.websiteKey != null) {
				Parsed first = firstBySite.putIfAbsent(row.websiteKey, row);
				if (first != null && first != firstByName.get(row.nameKey)) {
					fail(problems, row, in.header(ImportField.WEBSITE), row.website, "import.problem.twiceInFile",
							first.number);
				}
			}
		}

		// What Keyline has already: one statement for duplicates and parents.
		Set<String> nameKeys = new HashSet<>(firstByName.keySet());
		rows.stream()
			.filter((row) -> row.parent != null)
			.forEach((row) -> nameKeys.add(AccountImports.nameKey(row.parent)));
		List<AccountImports.Match> existing = this.accounts.find(nameKeys, firstBySite.keySet(), viewer);
		Map<String, List<AccountImports.Match>> existingByName = new HashMap<>();
		Map<String, AccountImports.Match> existingBySite = new HashMap<>();
		for (AccountImports.Match match : existing) {
			existingByName.computeIfAbsent(match.nameKey(), (k) -> new ArrayList<>()).add(match);
			if (match.websiteKey() != null) {
				existingBySite.putIfAbsent(match.websiteKey(), match);
			}
		}
		Map<Integer, Duplicate> duplicates = new HashMap<>();
		Map<Integer, AccountImports.Match> duplicateOf = new HashMap<>();
		for (Parsed row : rows) {
			if (row.failing) {
				continue;
			}
			AccountImports.Match match = null;
			String by = null;
			List<AccountImports.Match> named = existingByName.get(row.nameKey);
			if (named != null) {
				match = named.stream().filter(AccountImports.Match::editable).findFirst().orElse(named.get(0));
				by = "name";
			}
			else if (row.websiteKey != null && existingBySite.containsKey(row.websiteKey)) {
				match = existingBySite.get(row.websiteKey);
				by = "website";
			}
			if (match != null) {
				duplicateOf.put(row.number, match);
				duplicates.put(row.number, new Duplicate(row.number, row.name, by, match.id(),
						match.visible() ? match.name() : null, match.visible() ? match.id() : null, match.editable()));
			}
		}

		// Parents: another row of the file (by its id in the other CRM, or by name), else
		// an account the importer sees.
		Map<String, Parsed> bySourceId = new HashMap<>();
		rows.stream().filter((row) -> row.sourceId != null).forEach((row) -> bySourceId.putIfAbsent(row.sourceId, row));
		for (Parsed row : rows) {
			if (row.parent == null || row.failing) {
				continue;
			}
			Parsed parentRow = bySourceId.get(row.parent);
			if (parentRow == null) {
				parentRow = firstByName.get(AccountImports.nameKey(row.parent));
			}
			if (parentRow == row) {
				fail(problems, row, in.header(ImportField.PARENT), row.parent, "import.problem.parentCycle");
			}
			else if (parentRow != null && duplicateOf.containsKey(parentRow.number)) {
				AccountImports.Match match = duplicateOf.get(parentRow.number);
				if (match.visible()) {
					row.parentId = match.id();
				}
				else {
					fail(problems, row, in.header(ImportField.PARENT), row.parent, "import.problem.parentUnknown");
				}
			}
			else if (parentRow != null) {
				row.parentRow = parentRow;
			}
			else {
				AccountImports.Match match = existingByName.getOrDefault(AccountImports.nameKey(row.parent), List.of())
					.stream()
					.filter(AccountImports.Match::visible)
					.findFirst()
					.orElse(null);
				if (match != null) {
					row.parentId = match.id();
				}
				else {
					fail(problems, row, in.header(ImportField.PARENT), row.parent, "import.problem.parentUnknown");
				}
			}
		}
		// A cycle among new rows, and rows whose parent fails, fail too.
		for (Parsed row : rows) {
			Set<Parsed> seen = new HashSet<>();
			Parsed step = row;
			while (step != null && !row.failing) {
				if (!seen.add(step)) {
					fail(problems, row, in.header(ImportField.PARENT), row.parent, "import.problem.parentCycle");
				}
				step = step.parentRow;
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Parsed row : rows) {
				if (!row.failing && row.parentRow != null && row.parentRow.failing) {
					fail(problems, row, in.header(ImportField.PARENT), row.parent, "import.problem.parentFails",
							row.parentRow.number);
					changed = true;
				}
			}
		}

		// What would be written.
		List<AccountImports.NewAccount> creates = new ArrayList<>();
		Map<Parsed, Integer> createIndex = new HashMap<>();
		List<Parsed> newRows = rows.stream()
			.filter((row) -> !row.failing && !duplicates.containsKey(row.number))
			.toList();
		newRows.forEach((row) -> createIndex.put(row, createIndex.size()));
		for (Parsed row : newRows) {
			AccountProfile profile = new AccountProfile(row.name, row.industry, row.region, row.country, row.employees,
					row.website, row.parentId, LifecycleStage.PRE_SALES, RelationshipLevel.COMMODITY_SUPPLIER, 3, 3,
					AdviceFrequency.RARELY, row.description, List.of());
			creates.add(new AccountImports.NewAccount(profile,
					(row.parentRow != null) ? createIndex.get(row.parentRow) : null));
		}
		List<AccountImports.Change> changes = new ArrayList<>();
		for (Parsed row : rows) {
			Duplicate duplicate = duplicates.get(row.number);
			if (!row.failing && duplicate != null && duplicate.updatable()) {
				changes.add(new AccountImports.Change(duplicate.existingId(),
						row.industryFromFile ? row.industry : null, row.regionFromFile ? row.region : null,
						row.countryFromFile ? row.country : null, row.employees, row.website, row.description));
			}
		}
		// Two rows of the file may name the same existing account (one by name, one by
		// website): it is changed once, by the first.
		Set<Long> changedOnce = new HashSet<>();
		changes.removeIf((change) -> !changedOnce.add(change.id()));

		List<Duplicate> duplicateList = new ArrayList<>(duplicates.values());
		duplicateList.sort(java.util.Comparator.comparingInt(Duplicate::row));
		problems.sort(java.util.Comparator.comparingInt(Problem::row));
		int failing = (int) rows.stream().filter((row) -> row.failing).count();
		List<ImportReview.SampleRow> sample = rows.stream()
			.limit(SAMPLE_ROWS)
			.map((row) -> sample(row, duplicates.containsKey(row.number)))
			.toList();
		return new ImportReview(ImportKind.ACCOUNTS, shape, table.encoding(), table.separator(), table.headers(),
				mapping, rows.size(), unmapped(mapping, options), List.copyOf(problems), failing,
				List.copyOf(duplicateList), SAMPLE_COLUMNS, sample, creates.size(), new AccountPlan(creates, changes),
				ImportReview.examplesOf(table));
	}

	private static Set<ImportField> unmapped(ColumnMapping mapping, ImportOptions options) {
		Set<ImportField> unmapped = new TreeSet<>();
		if (!mapping.has(ImportField.ACCOUNT_NAME)) {
			unmapped.add(ImportField.ACCOUNT_NAME);
		}
		if (!mapping.has(ImportField.INDUSTRY) && options.defaultIndustry() == null) {
			unmapped.add(ImportField.INDUSTRY);
		}
		if (!mapping.has(ImportField.COUNTRY) && options.defaultCountry() == null) {
			unmapped.add(ImportField.COUNTRY);
		}
		return unmapped;
	}

	private static Parsed parse(CsvTable.Row source, Reader in, ImportOptions options, List<Problem> problems) {
		Parsed row = new Parsed(source.number());
		if (source.extraValues() > 0) {
			fail(problems, row, null, null, "import.problem.extraValues", in.headers().size());
		}
		row.name = in.text(source, ImportField.ACCOUNT_NAME);
		if (row.name == null) {
			fail(problems, row, in.header(ImportField.ACCOUNT_NAME), null, "import.problem.required",
					label(ImportField.ACCOUNT_NAME));
		}
		else if (tooLong(row.name, ImportField.ACCOUNT_NAME, row, in, problems)) {
			row.name = null;
		}
		else {
			row.nameKey = AccountImports.nameKey(row.name);
		}

		String industry = in.text(source, ImportField.INDUSTRY);
		row.industry = (industry != null) ? Values.industry(industry) : null;
		row.industryFromFile = row.industry != null;
		if (row.industry == null) {
			row.industry = options.defaultIndustry();
		}
		if (row.industry == null) {
			fail(problems, row, in.header(ImportField.INDUSTRY), industry,
					(industry == null) ? "import.problem.required" : "import.problem.unknownIndustry",
					label(ImportField.INDUSTRY));
		}

		String country = in.text(source, ImportField.COUNTRY);
		row.country = (country != null) ? Values.country(country) : null;
		row.countryFromFile = row.country != null;
		if (row.country == null) {
			row.country = options.defaultCountry();
		}
		if (row.country == null) {
			fail(problems, row, in.header(ImportField.COUNTRY), country,
					(country == null) ? "import.problem.required" : "import.problem.unknownCountry",
					label(ImportField.COUNTRY));
		}

		String region = in.text(source, ImportField.REGION);
		if (region != null) {
			row.region = Values.region(region);
			row.regionFromFile = row.region != null;
			if (row.region == null) {
				fail(problems, row, in.header(ImportField.REGION), region, "import.problem.unknownRegion");
			}
		}
		else if (row.country != null) {
			row.region = Values.regionOf(row.country);
			if (row.region == null) {
				fail(problems, row, in.header(ImportField.COUNTRY), country, "import.problem.noRegion", row.country);
			}
		}

		String employees = in.text(source, ImportField.EMPLOYEES);
		if (employees != null) {
			Long number = Values.wholeNumber(employees);
			if (number == null || number > 10_000_000) {
				fail(problems, row, in.header(ImportField.EMPLOYEES), employees, "import.problem.employees");
			}
			else {
				row.employees = number.intValue();
			}
		}

		String website = in.text(source, ImportField.WEBSITE);
		if (website != null) {
			row.website = Values.website(website);
			if (row.website == null) {
				fail(problems, row, in.header(ImportField.WEBSITE), website, "import.problem.website");
			}
			else if (row.website.length() > ImportField.WEBSITE.maxLength()) {
				fail(problems, row, in.header(ImportField.WEBSITE), website, "import.problem.tooLong",
						label(ImportField.WEBSITE), ImportField.WEBSITE.maxLength());
				row.website = null;
			}
			else {
				row.websiteKey = AccountImports.websiteKey(row.website);
			}
		}

		row.parent = in.text(source, ImportField.PARENT);
		if (row.parent != null && tooLong(row.parent, ImportField.PARENT, row, in, problems)) {
			row.parent = null;
		}
		row.description = in.text(source, ImportField.DESCRIPTION);
		if (row.description != null && tooLong(row.description, ImportField.DESCRIPTION, row, in, problems)) {
			row.description = null;
		}
		row.sourceId = in.text(source, ImportField.SOURCE_ID);
		return row;
	}

	private static boolean tooLong(String value, ImportField field, Parsed row, Reader in, List<Problem> problems) {
		if (value.length() > field.maxLength()) {
			fail(problems, row, in.header(field), abbreviate(value), "import.problem.tooLong", label(field),
					field.maxLength());
			return true;
		}
		return false;
	}

	static String abbreviate(String value) {
		return (value.length() > 60) ? value.substring(0, 57) + "…" : value;
	}

	static DefaultMessageSourceResolvable label(ImportField field) {
		return new DefaultMessageSourceResolvable(field.labelKey());
	}

	private static void fail(List<Problem> problems, Parsed row, String column, String value, String key,
			Object... args) {
		row.failing = true;
		problems.add(new Problem(row.number, column, (value != null) ? abbreviate(value) : null, key, args));
	}

	private static ImportReview.SampleRow sample(Parsed row, boolean duplicate) {
		List<ImportReview.Cell> cells = new ArrayList<>();
		cells.add(ImportReview.Cell.text(row.name));
		cells.add((row.industry != null) ? ImportReview.Cell.key("industry." + row.industry)
				: ImportReview.Cell.text(null));
		cells.add((row.region != null) ? ImportReview.Cell.key("region." + row.region) : ImportReview.Cell.text(null));
		cells.add(ImportReview.Cell.text(row.country));
		cells.add(ImportReview.Cell.text((row.employees != null) ? row.employees.toString() : null));
		cells.add(ImportReview.Cell.text(row.website));
		cells.add(ImportReview.Cell.text(row.parent));
		return new ImportReview.SampleRow(row.number, cells, row.failing, duplicate);
	}

	/** The values of one row, as far as they could be read. */
	private static final class Parsed {

		final int number;

		boolean failing;

		String name;

		String nameKey;

		Industry industry;

		boolean industryFromFile;

		Region region;

		boolean regionFromFile;

		String country;

		boolean countryFromFile;

		Integer employees;

		String website;

		String websiteKey;

		String parent;

		Long parentId;

		Parsed parentRow;

		String description;

		String sourceId;

		Parsed(int number) {
			this.number = number;
		}

	}

	/** New accounts and the changes to duplicates the importer may update. */
	record AccountPlan(List<AccountImports.NewAccount> newAccounts,
			List<AccountImports.Change> changes) implements ImportReview.Plan {

		@Override
		public int creates() {
			return this.newAccounts.size();
		}

		@Override
		public int updates() {
			return this.changes.size();
		}

	}

	/** Reads a row's value of a field through the mapping. */
	static final class Reader {

		private final CsvTable table;

		private final ColumnMapping mapping;

		Reader(CsvTable table, ColumnMapping mapping) {
			this.table = table;
			this.mapping = mapping;
		}

		/** The value, trimmed, or null when empty or not mapped. */
		String text(CsvTable.Row row, ImportField field) {
			int column = this.mapping.column(field);
			if (column < 0) {
				return null;
			}
			String value = row.value(column);
			return value.isBlank() ? null : value.strip();
		}

		String header(ImportField field) {
			int column = this.mapping.column(field);
			return (column < 0) ? null : this.table.headers().get(column);
		}

		List<String> headers() {
			return this.table.headers();
		}

	}

}
