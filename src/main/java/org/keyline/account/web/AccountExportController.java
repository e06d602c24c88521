package org.keyline.account.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.keyline.account.AccountExport;
import org.keyline.account.AccountRow;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.shared.CsvDownload;

import org.springframework.context.MessageSource;
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
		CsvDownload csv = CsvDownload.start(response, "accounts-" + LocalDate.now(this.clock) + ".csv",
				COLUMNS.stream().map((column) -> message("accountExport.col." + column, locale)).toList());
		this.export.forEach(params.filter(), params.sortBy(), params.descending(), Viewer.of(me),
				(row) -> csv.row(cells(row, locale)));
		csv.finish();
	}

	private Object[] cells(AccountRow row, Locale locale) {
		return new Object[] { row.name(), row.ownerName(), message("industry." + row.industry(), locale),
				message("region." + row.region(), locale), message("stage." + row.stage(), locale), row.year(),
				row.revenue(), row.margin(), row.marginPercent(), row.shareOfWallet() };
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
