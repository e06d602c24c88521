package org.keyline.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.keyline.account.AccountFilterParams;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.plan.PlanExport;
import org.keyline.plan.PlanExport.PlanExportRow;
import org.keyline.shared.CsvDownload;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Plans as CSV files, one row per action with its strategy, objective and plan: one plan
 * (linked from the plan page), every plan of an account (from its plans page), or the
 * open plans of every account of the account list with its filter (from the list). Only
 * what the viewer may see; an account they may not see, or a plan of another account, is
 * a 404 like the pages. See {@link CsvDownload} for the file's shape.
 */
@Controller
class PlanExportController {

	private static final List<String> COLUMNS = List.of("account", "plan", "years", "status", "version", "objectiveNo",
			"objective", "metric", "unit", "baseline", "target", "targetOn", "latestValue", "latestOn", "strategyNo",
			"strategy", "action", "actionOwner", "dueOn", "actionStatus", "doneOn");

	private final PlanExport export;

	private final MessageSource messages;

	private final Clock clock;

	PlanExportController(PlanExport export, MessageSource messages, Clock clock) {
		this.export = export;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/accounts/{id}/plans/{planId}/export.csv")
	void plan(@PathVariable long id, @PathVariable long planId, @AuthenticationPrincipal KeylinePrincipal me,
			Locale locale, HttpServletResponse response) {
		export(id, planId, "plan-", me, locale, response);
	}

	@GetMapping("/accounts/{id}/plans.csv")
	void plansOf(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Locale locale,
			HttpServletResponse response) {
		export(id, null, "plans-", me, locale, response);
	}

	@GetMapping("/accounts/plans.csv")
	void openPlans(AccountFilterParams params, @AuthenticationPrincipal KeylinePrincipal me, Locale locale,
			HttpServletResponse response) throws IOException {
		CsvDownload csv = start(response, "plans-" + LocalDate.now(this.clock) + ".csv", locale);
		this.export.openPlans(params.filter(), Viewer.of(me), (row) -> csv.row(cells(row, locale)));
		csv.finish();
	}

	private void export(long id, Long planId, String prefix, KeylinePrincipal me, Locale locale,
			HttpServletResponse response) {
		this.export.plansOf(id, planId, Viewer.of(me), (account) -> {
			CsvDownload csv = start(response, prefix + fileName(account), locale);
			return (row) -> csv.row(cells(row, locale));
		});
		try {
			response.flushBuffer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Object[] cells(PlanExportRow row, Locale locale) {
		String strategyNo = (row.strategyPosition() != null) ? row.objectivePosition() + "." + row.strategyPosition()
				: null;
		return new Object[] { row.accountName(), row.planTitle(), row.horizonFrom() + "–" + row.horizonTo(),
				message("planStatus." + row.planStatus(), locale), row.version(), row.objectivePosition(),
				row.objective(), row.metric(), row.unit(), row.baseline(), row.target(), row.targetOn(),
				row.latestValue(), row.latestOn(), strategyNo, row.strategy(), row.action(), row.actionOwner(),
				row.dueOn(),
				(row.actionStatus() != null) ? message("actionStatus." + row.actionStatus(), locale) : null,
				row.doneOn() };
	}

	private CsvDownload start(HttpServletResponse response, String fileName, Locale locale) {
		try {
			return CsvDownload.start(response, fileName,
					COLUMNS.stream().map((column) -> message("planExport.col." + column, locale)).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String fileName(AccountRef account) {
		return CsvDownload.fileName(account.name()) + "-" + LocalDate.now(this.clock) + ".csv";
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
