package org.keyline.account.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.keyline.account.AccountExport;
import org.keyline.account.AccountRow;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.shared.Money;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The account list as a CSV file: the list's filters and sort (the same URL parameters),
 * every matching account the user may see (not one page), written to the response as the
 * rows arrive. UTF-8 with a byte order mark so that spreadsheets read the accents; text
 * cells that a spreadsheet would take for a formula are prefixed with {@code '} (OWASP
 * CSV injection). Numbers are plain ({@code 1234567.00}, no grouping, no currency).
 */
@Controller
class AccountExportController {

	private static final List<String> COLUMNS = List.of("name", "owner", "industry", "region", "stage", "year",
			"revenue", "margin", "marginPercent", "shareOfWallet");

	private final AccountExport export;

	private final MessageSource messages;

	private final Clock clock;

	AccountExportController(AccountExport export, MessageSource messages, Clock clock) {
		this.export = export;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/accounts/export.csv")
	void export(AccountListParams params, @AuthenticationPrincipal KeylinePrincipal me, Locale locale,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("accounts-" + LocalDate.now(this.clock) + ".csv")
					.build()
					.toString());
		Writer writer = response.getWriter();
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
		csv.printRecord(COLUMNS.stream().map((column) -> message("accountExport.col." + column, locale)).toList());
		this.export.forEach(params.filter(), params.sortBy(), params.descending(), Viewer.of(me), (row) -> {
			try {
				csv.printRecord(cells(row, locale));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		csv.flush();
	}

	private List<String> cells(AccountRow row, Locale locale) {
		return List.of(text(row.name()), text(row.ownerName()), message("industry." + row.industry(), locale),
				message("region." + row.region(), locale), message("stage." + row.stage(), locale),
				(row.year() != null) ? row.year().toString() : "", amount(row.revenue()), amount(row.margin()),
				number(row.marginPercent()), number(row.shareOfWallet()));
	}

	private String message(String key, Locale locale) {
		return text(this.messages.getMessage(key, null, key, locale));
	}

	/**
	 * A text cell, guarded against CSV injection: a value that starts with {@code =},
	 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
	 * {@code '} so that a spreadsheet shows it rather than evaluates it. Numbers are not
	 * guarded: Keyline writes them itself, and a negative margin stays a number.
	 */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

	private static String amount(Money money) {
		return (money != null) ? money.amount().toPlainString() : "";
	}

	private static String number(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

}
