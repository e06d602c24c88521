package org.keyline.portfolio.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.keyline.account.Industry;
import org.keyline.account.Region;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.portfolio.Portfolio;
import org.keyline.portfolio.PortfolioDashboard;
import org.keyline.portfolio.PortfolioFilter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directors' portfolio dashboard ({@code /portfolio}) and each of its tables as CSV
 * ({@code /portfolio/{table}.csv}), with the same filter.
 */
@Controller
@RequestMapping("/portfolio")
class PortfolioController {

	private final PortfolioDashboard dashboard;

	private final MessageSource messages;

	PortfolioController(PortfolioDashboard dashboard, MessageSource messages) {
		this.dashboard = dashboard;
		this.messages = messages;
	}

	@GetMapping
	String dashboard(PortfolioFilter filter, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Portfolio portfolio = this.dashboard.dashboard(filter, Viewer.of(me));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("filter", portfolio.filter());
		model.addAttribute("charts", PortfolioCharts.of(portfolio, this.messages, locale));
		model.addAttribute("regions", Region.values());
		model.addAttribute("industries", Industry.values());
		model.addAttribute("filterQuery", query(portfolio.filter()));
		model.addAttribute("notKey", PortfolioFilter.NOT_KEY);
		return "portfolio/dashboard";
	}

	@GetMapping("/{table}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String table, PortfolioFilter filter,
			@AuthenticationPrincipal KeylinePrincipal me) throws IOException {
		PortfolioTables.Table which = PortfolioTables.Table.byName(table);
		Portfolio portfolio = this.dashboard.export(filter, Viewer.of(me));
		if (which == null) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		PortfolioTables tables = new PortfolioTables(this.messages, LocaleContextHolder.getLocale());
		List<List<Object>> rows = tables.rows(which, portfolio);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
			printer.printRecord(tables.headers(which));
			for (List<Object> row : rows) {
				printer.printRecord(row);
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("portfolio-" + which.fileName() + ".csv")
						.build()
						.toString())
			.body(out.toByteArray());
	}

	/** The filter as a query string ("" or "?owner=…&…"), for the CSV links. */
	static String query(PortfolioFilter filter) {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		if (filter.owner() != null) {
			b.queryParam("owner", filter.owner());
		}
		if (filter.region() != null) {
			b.queryParam("region", filter.region().name());
		}
		if (filter.industry() != null) {
			b.queryParam("industry", filter.industry().name());
		}
		if (filter.tier() != null) {
			b.queryParam("tier", filter.tier());
		}
		return b.build().toUriString();
	}

}
