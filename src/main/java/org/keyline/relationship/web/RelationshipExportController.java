package org.keyline.relationship.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.keyline.account.AccountFilterParams;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.relationship.RelationshipExport;
import org.keyline.relationship.RelationshipExport.ContactExportRow;
import org.keyline.relationship.RelationshipExport.InteractionExportRow;
import org.keyline.shared.CsvDownload;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Contacts and interactions as CSV files: of one account (linked from its contacts and
 * interactions pages), or of every account of the account list with its filter (linked
 * from the list). Only what the viewer may see; an account they may not see is a 404 like
 * its pages. See {@link CsvDownload} for the file's shape.
 */
@Controller
class RelationshipExportController {

	private static final List<String> CONTACT_COLUMNS = List.of("account", "name", "title", "department", "level",
			"buyingRole", "attitude", "influence", "reportsTo", "left", "email", "phone", "knownBy", "politicalNotes");

	private static final List<String> INTERACTION_COLUMNS = List.of("account", "date", "kind", "summary", "nextStep",
			"contacts", "ourPeople", "loggedBy", "loggedAt");

	private final RelationshipExport export;

	private final MessageSource messages;

	private final Clock clock;

	RelationshipExportController(RelationshipExport export, MessageSource messages, Clock clock) {
		this.export = export;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/accounts/{id}/contacts.csv")
	void contactsOf(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Locale locale,
			HttpServletResponse response) {
		this.export.contactsOf(id, Viewer.of(me), (account) -> {
			CsvDownload csv = start(response, "contacts-" + fileName(account), "contactExport", CONTACT_COLUMNS,
					locale);
			return (row) -> csv.row(cells(row, locale));
		});
		finish(response);
	}

	@GetMapping("/accounts/contacts.csv")
	void contacts(AccountFilterParams params, @AuthenticationPrincipal KeylinePrincipal me, Locale locale,
			HttpServletResponse response) throws IOException {
		CsvDownload csv = start(response, "contacts-" + LocalDate.now(this.clock) + ".csv", "contactExport",
				CONTACT_COLUMNS, locale);
		this.export.contacts(params.filter(), Viewer.of(me), (row) -> csv.row(cells(row, locale)));
		csv.finish();
	}

	@GetMapping("/accounts/{id}/interactions.csv")
	void interactionsOf(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Locale locale,
			HttpServletResponse response) {
		this.export.interactionsOf(id, Viewer.of(me), (account) -> {
			CsvDownload csv = start(response, "interactions-" + fileName(account), "interactionExport",
					INTERACTION_COLUMNS, locale);
			return (row) -> csv.row(cells(row, locale));
		});
		finish(response);
	}

	@GetMapping("/accounts/interactions.csv")
	void interactions(AccountFilterParams params, @AuthenticationPrincipal KeylinePrincipal me, Locale locale,
			HttpServletResponse response) throws IOException {
		CsvDownload csv = start(response, "interactions-" + LocalDate.now(this.clock) + ".csv", "interactionExport",
				INTERACTION_COLUMNS, locale);
		this.export.interactions(params.filter(), Viewer.of(me), (row) -> csv.row(cells(row, locale)));
		csv.finish();
	}

	private Object[] cells(ContactExportRow row, Locale locale) {
		String knownBy = row.knownBy()
			.stream()
			.map((k) -> k.name() + " (" + message("link.strength." + k.strength(), locale) + ")")
			.collect(Collectors.joining("; "));
		return new Object[] { row.accountName(), row.name(), row.title(), row.department(),
				message("contact.level." + row.level(), locale),
				message("contact.buyingRole." + row.buyingRole(), locale),
				message("contact.attitude." + row.attitude(), locale), row.influence(), row.reportsTo(),
				message(row.former() ? "export.yes" : "export.no", locale), row.email(), row.phone(), knownBy,
				row.politicalNotes() };
	}

	private Object[] cells(InteractionExportRow row, Locale locale) {
		return new Object[] { row.accountName(), row.occurredOn(), message("interactionKind." + row.kind(), locale),
				row.summary(), row.nextStep(), String.join("; ", row.contacts()), String.join("; ", row.ourPeople()),
				row.loggedBy(), row.loggedAt().truncatedTo(ChronoUnit.SECONDS) };
	}

	private CsvDownload start(HttpServletResponse response, String fileName, String prefix, List<String> columns,
			Locale locale) {
		try {
			return CsvDownload.start(response, fileName,
					columns.stream().map((column) -> message(prefix + ".col." + column, locale)).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String fileName(AccountRef account) {
		return CsvDownload.fileName(account.name()) + "-" + LocalDate.now(this.clock) + ".csv";
	}

	private static void finish(HttpServletResponse response) {
		try {
			response.flushBuffer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
