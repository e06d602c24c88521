package org.keyline.dataio.csv;

import java.util.List;

/**
 * A CSV file as read: how it was encoded and separated, its header and its rows.
 *
 * @param headers the column names of the first row, blank ones named by position
 * @param rows the rows after the header, without empty ones
 */
public record CsvTable(FileEncoding encoding, char separator, List<String> headers, List<Row> rows) {

	/**
	 * One row of values.
	 *
	 * @param number the row's number as a spreadsheet shows it: the header is row 1, so
	 * the first data row is 2 (a value with line breaks still counts as one row)
	 * @param values as many values as there are headers (missing ones are empty)
	 * @param extraValues how many non-empty values the row has beyond the last column
	 */
	public record Row(int number, List<String> values, int extraValues) {

		public String value(int column) {
			return this.values.get(column);
		}

	}

}
