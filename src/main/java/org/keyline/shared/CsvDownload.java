package org.keyline.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A CSV file written straight to the response as its rows arrive, the way every export of
 * Keyline writes one: an attachment, UTF-8 with a byte order mark so that spreadsheets
 * read the accents, RFC 4180 quoting (commas, quotes and line breaks in a value are
 * quoted), and text cells guarded against CSV injection (OWASP): a text that a
 * spreadsheet would take for a formula gets a leading {@code '}. Numbers are written
 * plain ({@code 1234567.00}, no grouping, no currency) and are not guarded, so that a
 * negative amount stays a number; dates as ISO ({@code 2026-03-31}).
 */
public final class CsvDownload {

	private final CSVPrinter csv;

	private CsvDownload(CSVPrinter csv) {
		this.csv = csv;
	}

	/**
	 * Starts the download {@code fileName}: sets the headers, writes the byte order mark
	 * and the header row.
	 */
	public static CsvDownload start(HttpServletResponse response, String fileName, List<String> header)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		Writer writer = response.getWriter();
		writer.write('\uFEFF');
		CsvDownload download = new CsvDownload(new CSVPrinter(writer, CSVFormat.DEFAULT));
		download.row(header.toArray());
		return download;
	}

	/**
	 * Writes one row: a {@link String} as guarded text, a {@link BigDecimal} in plain
	 * notation, {@code null} as an empty cell, anything else as its {@code toString()}.
	 * An I/O failure (the browser went away) is thrown unchecked, so that it ends the
	 * statement that feeds the rows.
	 */
	public void row(Object... cells) {
		List<String> values = new ArrayList<>(cells.length);
		for (Object cell : cells) {
			values.add(cell(cell));
		}
		try {
			this.csv.printRecord(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A name for a file made of plain letters, digits and dashes ("Müller &amp; Söhne
	 * GmbH" becomes "muller-sohne-gmbh"), at most 60 characters, so that the file name
	 * travels in every browser; "export" when nothing is left.
	 */
	public static String fileName(String name) {
		String plain = Normalizer.normalize((name != null) ? name : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() > 60) {
			plain = plain.substring(0, 60).replaceAll("-+$", "");
		}
		return plain.isEmpty() ? "export" : plain;
	}

	/** Writes what is still buffered. */
	public void finish() throws IOException {
		this.csv.flush();
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String text) {
			return text(text);
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Money money) {
			return money.amount().toPlainString();
		}
		return value.toString();
	}

	/**
	 * A text cell, guarded against CSV injection: a value that starts with {@code =},
	 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
	 * {@code '} so that a spreadsheet shows it rather than evaluates it.
	 */
	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

}
