package org.keyline.dataio.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV files that CRMs and spreadsheets write: UTF-8 with or without a byte
 * order mark, UTF-16 with one, else Windows-1252; values separated by commas, semicolons
 * (Excel in much of Europe) or tabs, as the header row shows; quoted values may hold
 * separators, quotes ({@code ""}) and line breaks (RFC 4180).
 */
public final class CsvReader {

	/** More rows than this are refused: the page and the transaction stay bounded. */
	public static final int MAX_ROWS = 50_000;

	private static final char[] SEPARATORS = { ',', ';', '\t' };

	private CsvReader() {
	}

	public static CsvTable read(byte[] bytes) {
		FileEncoding encoding = encodingOf(bytes);
		String text = new String(bytes, encoding.bomLength(), bytes.length - encoding.bomLength(), encoding.charset());
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new UnreadableFile("import.file.empty");
		}
		char separator = separatorOf(text);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(separator)
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
		List<String> headers = null;
		List<CsvTable.Row> rows = new ArrayList<>();
		int number = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				number++;
				if (headers == null) {
					headers = headers(record);
					continue;
				}
				if (blank(record)) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw new UnreadableFile("import.file.tooManyRows", MAX_ROWS);
				}
				rows.add(row(number, record, headers.size()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// commons-csv reports a quote that is never closed, or text after a closing
			// quote, this way; the row after the last one read is where it went wrong.
			throw new UnreadableFile("import.file.malformed", number + 1);
		}
		if (headers == null) {
			throw new UnreadableFile("import.file.empty");
		}
		if (rows.isEmpty()) {
			throw new UnreadableFile("import.file.noRows");
		}
		return new CsvTable(encoding, separator, headers, List.copyOf(rows));
	}

	static FileEncoding encodingOf(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return FileEncoding.UTF_8_BOM;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return FileEncoding.UTF_16LE_BOM;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return FileEncoding.UTF_16BE_BOM;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return FileEncoding.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return FileEncoding.WINDOWS_1252;
		}
	}

	/**
	 * The separator the header row uses most, outside quotes; a comma if it has none (a
	 * file of one column).
	 */
	static char separatorOf(String text) {
		int[] counts = new int[SEPARATORS.length];
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted) {
				for (int s = 0; s < SEPARATORS.length; s++) {
					if (c == SEPARATORS[s]) {
						counts[s]++;
					}
				}
			}
		}
		int best = 0;
		for (int s = 1; s < SEPARATORS.length; s++) {
			if (counts[s] > counts[best]) {
				best = s;
			}
		}
		return SEPARATORS[best];
	}

	private static List<String> headers(CSVRecord record) {
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < record.size(); i++) {
			String header = record.get(i).strip();
			headers.add(header.isEmpty() ? "#" + (i + 1) : header);
		}
		while (headers.size() > 1 && headers.get(headers.size() - 1).equals("#" + headers.size())) {
			headers.remove(headers.size() - 1);
		}
		return List.copyOf(headers);
	}

	private static boolean blank(CSVRecord record) {
		for (String value : record) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static CsvTable.Row row(int number, CSVRecord record, int columns) {
		List<String> values = new ArrayList<>(columns);
		int extra = 0;
		for (int i = 0; i < record.size(); i++) {
			String value = record.get(i).strip();
			if (i < columns) {
				values.add(value);
			}
			else if (!value.isEmpty()) {
				extra++;
			}
		}
		while (values.size() < columns) {
			values.add("");
		}
		return new CsvTable.Row(number, List.copyOf(values), extra);
	}

}
