package org.keyline.dataio.csv;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading CSV files as spreadsheets and CRMs write them.
 */
class CsvReaderTests {

	@Test
	void theSeparatorIsTheOneTheHeaderUsesOutsideQuotes() {
		assertThat(CsvReader.separatorOf("a,b,c\n1;2;3;4;5")).isEqualTo(',');
		assertThat(CsvReader.separatorOf("\"a,b\";\"c,d\";e\n")).isEqualTo(';');
		assertThat(CsvReader.separatorOf("a\tb\tc")).isEqualTo('\t');
		assertThat(CsvReader.separatorOf("name")).isEqualTo(',');
	}

	@Test
	void encodingsByByteOrderMarkOrValidity() {
		assertThat(CsvReader.encodingOf("Zürich".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileEncoding.UTF_8);
		assertThat(CsvReader.encodingOf("Zürich".getBytes(FileEncoding.WINDOWS_1252.charset())))
			.isEqualTo(FileEncoding.WINDOWS_1252);
		byte[] utf16 = "\uFEFFName\tCountry\r\nMüller\tDE\r\n".getBytes(StandardCharsets.UTF_16LE);
		CsvTable table = CsvReader.read(utf16);
		assertThat(table.encoding()).isEqualTo(FileEncoding.UTF_16LE_BOM);
		assertThat(table.separator()).isEqualTo('\t');
		assertThat(table.headers()).containsExactly("Name", "Country");
		assertThat(table.rows().get(0).values()).containsExactly("Müller", "DE");
	}

	@Test
	void rowsAreNumberedAsASpreadsheetShowsThemAndPaddedToTheHeader() {
		CsvTable table = CsvReader
			.read("Name,Notes,\r\n\"Two\nlines\",x\r\n\r\nShort\r\nLong,a,b,c\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(table.headers()).containsExactly("Name", "Notes");
		assertThat(table.rows()).extracting(CsvTable.Row::number).containsExactly(2, 3, 4);
		assertThat(table.rows().get(0).value(0)).isEqualTo("Two\nlines");
		assertThat(table.rows().get(1).values()).containsExactly("Short", "");
		assertThat(table.rows().get(2).extraValues()).isEqualTo(2);
	}

	@Test
	void tooManyRowsAreRefused() {
		StringBuilder text = new StringBuilder("Name\n");
		for (int i = 0; i <= CsvReader.MAX_ROWS; i++) {
			text.append("n").append(i).append('\n');
		}
		assertThatThrownBy(() -> CsvReader.read(text.toString().getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(UnreadableFile.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("import.file.tooManyRows"));
	}

}
