package org.keyline.dataio.importing;

import java.util.List;
import java.util.Set;

import org.keyline.dataio.csv.FileEncoding;

/**
 * What importing a file would do, as the preview shows it: how the file was read and
 * mapped, every failing row with why, the rows already in Keyline, the first rows as
 * Keyline would store them, and what would be written.
 *
 * @param unmapped required fields no column is mapped to (and no value chosen for)
 * @param failingRows how many rows fail (a row may have several problems)
 * @param sample the first rows, as Keyline would store them
 * @param plan what confirming writes, with duplicates skipped or updated
 * @param examples the first non-empty value of each column
 * @param examples the first non-empty value of each column
 */
public record ImportReview(ImportKind kind, Shape shape, FileEncoding encoding, char separator, List<String> headers,
		ColumnMapping mapping, int rows, Set<ImportField> unmapped, List<Problem> problems, int failingRows,
		List<Duplicate> duplicates, List<String> sampleColumns, List<SampleRow> sample, int newRows, Plan plan,
		List<String> examples) {

	/** The first non-empty value of each column, for the mapping screen. */
	static List<String> examplesOf(org.keyline.dataio.csv.CsvTable table) {
		String[] examples = new String[table.headers().size()];
		int missing = examples.length;
		for (org.keyline.dataio.csv.CsvTable.Row row : table.rows()) {
			for (int column = 0; column < examples.length; column++) {
				if (examples[column] == null && !row.value(column).isBlank()) {
					examples[column] = AccountCheck.abbreviate(row.value(column));
					missing--;
				}
			}
			if (missing == 0) {
				break;
			}
		}
		return java.util.Arrays.stream(examples).map((e) -> (e != null) ? e : "").toList();
	}

	/** Duplicates the importer may update. */
	public long updatableDuplicates() {
		return this.duplicates.stream().filter(Duplicate::updatable).count();
	}

	/** Whether the file is of the other kind (a contacts export imported as accounts). */
	public boolean otherKind() {
		return this.shape.kind() != null && this.shape.kind() != this.kind;
	}

	/** A value of the separator for the page: its message key. */
	public String separatorKey() {
		return switch (this.separator) {
			case ';' -> "import.separator.semicolon";
			case '\t' -> "import.separator.tab";
			default -> "import.separator.comma";
		};
	}

	/**
	 * A row of the preview: each cell's text, or a message key for values Keyline
	 * translates.
	 */
	public record SampleRow(int row, List<Cell> cells, boolean failing, boolean duplicate) {
	}

	/** A cell: a text as it is, or a message key. */
	public record Cell(String text, String key) {

		static Cell text(String text) {
			return new Cell(text, null);
		}

		static Cell key(String key) {
			return new Cell(null, key);
		}

	}

	/**
	 * What to write: new records, and changes for duplicates the importer may update
	 * (used only when they choose to update). Opaque to the page.
	 */
	public interface Plan {

		int creates();

		int updates();

	}

}
