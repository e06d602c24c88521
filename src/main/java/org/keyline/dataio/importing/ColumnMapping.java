package org.keyline.dataio.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which Keyline field each column of a file is (or none: the column is not imported).
 * Recognised from the column names, or chosen on the mapping screen; stored with the
 * upload as the fields' names separated by commas, an empty entry for a column left out.
 */
public final class ColumnMapping {

	private final List<ImportField> fields;

	private ColumnMapping(List<ImportField> fields) {
		this.fields = fields;
	}

	/** Each field to the first column whose name means it. */
	public static ColumnMapping detect(ImportKind kind, List<String> headers) {
		List<String> names = headers.stream().map(ImportField::normalise).toList();
		ImportField[] fields = new ImportField[headers.size()];
		for (ImportField field : ImportField.of(kind)) {
			search: for (String name : field.names()) {
				for (int column = 0; column < names.size(); column++) {
					if (fields[column] == null && names.get(column).equals(name)) {
						fields[column] = field;
						break search;
					}
				}
			}
		}
		return new ColumnMapping(Arrays.asList(fields));
	}

	/**
	 * The mapping as stored; columns beyond it, or fields of another kind, are left out.
	 */
	public static ColumnMapping parse(String stored, ImportKind kind, int columns) {
		List<ImportField> fields = new ArrayList<>();
		String[] parts = (stored == null) ? new String[0] : stored.split(",", -1);
		for (int column = 0; column < columns; column++) {
			fields.add((column < parts.length) ? field(parts[column], kind) : null);
		}
		return new ColumnMapping(fields);
	}

	/** The mapping a person chose: one field name (or blank) per column. */
	public static ColumnMapping of(List<String> chosen, ImportKind kind, int columns) {
		List<ImportField> fields = new ArrayList<>();
		for (int column = 0; column < columns; column++) {
			fields.add((chosen != null && column < chosen.size()) ? field(chosen.get(column), kind) : null);
		}
		return new ColumnMapping(fields);
	}

	private static ImportField field(String name, ImportKind kind) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			ImportField field = ImportField.valueOf(name.trim());
			return (field.kind() == kind) ? field : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String store() {
		return String.join(",", this.fields.stream().map((f) -> (f != null) ? f.name() : "").toList());
	}

	/** The field of each column (null: not imported). */
	public List<ImportField> fields() {
		return java.util.Collections.unmodifiableList(this.fields);
	}

	/** The column of a field, or -1 when no column is mapped to it. */
	public int column(ImportField field) {
		return this.fields.indexOf(field);
	}

	public boolean has(ImportField field) {
		return this.fields.contains(field);
	}

	/** Fields that more than one column is mapped to: the mapping screen refuses them. */
	public Set<ImportField> mappedTwice() {
		Map<ImportField, Integer> counts = new EnumMap<>(ImportField.class);
		this.fields.stream().filter((f) -> f != null).forEach((f) -> counts.merge(f, 1, Integer::sum));
		Set<ImportField> twice = EnumSet.noneOf(ImportField.class);
		counts.forEach((field, count) -> {
			if (count > 1) {
				twice.add(field);
			}
		});
		return twice;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof ColumnMapping mapping) && mapping.fields.equals(this.fields);
	}

	@Override
	public int hashCode() {
		return this.fields.hashCode();
	}

}
