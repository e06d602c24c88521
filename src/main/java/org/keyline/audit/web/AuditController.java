package org.keyline.audit.web;

import java.time.LocalDate;

import org.keyline.account.AccountManagement;
import org.keyline.account.Viewer;
import org.keyline.audit.AuditFilter;
import org.keyline.audit.AuditPage;
import org.keyline.audit.AuditTrail;
import org.keyline.audit.AuditedKind;
import org.keyline.people.KeylinePrincipal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The histories: of an account and what belongs to it, of a user (admins), of the grading
 * scheme (everybody), and the whole log (directors).
 */
@Controller
class AuditController {

	private final AuditTrail trail;

	private final AccountManagement accounts;

	AuditController(AuditTrail trail, AccountManagement accounts) {
		this.trail = trail;
		this.accounts = accounts;
	}

	@GetMapping("/audit")
	String log(@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "kind", required = false) AuditedKind kind,
			@RequestParam(name = "account", required = false) Long accountId,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal KeylinePrincipal me,
			Model model, HttpServletRequest request) {
		AuditFilter filter = new AuditFilter(actor, kind, accountId, from, to);
		model.addAttribute("history", this.trail.log(filter, page, Viewer.of(me)));
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", AuditedKind.values());
		model.addAttribute("scope", "log");
		pages(model, request);
		return "audit/history";
	}

	@GetMapping("/accounts/{id}/history")
	String account(@PathVariable long id, @RequestParam(name = "kind", required = false) AuditedKind kind,
			@RequestParam(name = "record", required = false) String record,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal KeylinePrincipal me,
			Model model, HttpServletRequest request) {
		Viewer viewer = Viewer.of(me);
		model.addAttribute("history", this.trail.ofAccount(id, kind, record, page, viewer));
		model.addAttribute("account", this.accounts.ref(id, viewer));
		model.addAttribute("kind", kind);
		model.addAttribute("record", record);
		model.addAttribute("scope", "account");
		pages(model, request);
		return "audit/history";
	}

	@GetMapping("/admin/users/{id}/history")
	String user(@PathVariable long id, @RequestParam(name = "page", defaultValue = "0") int page,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, HttpServletRequest request) {
		Viewer viewer = Viewer.of(me);
		model.addAttribute("history", this.trail.ofUser(id, page, viewer));
		model.addAttribute("userId", id);
		model.addAttribute("userName", this.trail.userName(id, viewer).orElse(null));
		model.addAttribute("scope", "user");
		pages(model, request);
		return "audit/history";
	}

	@GetMapping("/grading/history")
	String grading(@RequestParam(name = "page", defaultValue = "0") int page,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, HttpServletRequest request) {
		model.addAttribute("history", this.trail.ofGradingScheme(page, Viewer.of(me)));
		model.addAttribute("scope", "grading");
		pages(model, request);
		return "audit/history";
	}

	/** Links to the newer and the older page, keeping the filter. */
	private static void pages(Model model, HttpServletRequest request) {
		AuditPage history = (AuditPage) model.getAttribute("history");
		if (history.hasPrevious()) {
			model.addAttribute("newerUrl", page(request, history.page() - 1));
		}
		if (history.hasNext()) {
			model.addAttribute("olderUrl", page(request, history.page() + 1));
		}
	}

	private static String page(HttpServletRequest request, int page) {
		return UriComponentsBuilder.fromUriString(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

}
