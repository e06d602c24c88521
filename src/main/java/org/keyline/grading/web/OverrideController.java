package org.keyline.grading.web;

import java.time.Clock;
import java.time.LocalDate;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.grading.GradingManagement;
import org.keyline.people.KeylinePrincipal;
import org.keyline.shared.RuleViolation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tier overrides: the page that lists them for everybody, and a director's form to set or
 * end one on an account.
 */
@Controller
class OverrideController {

	private final GradingManagement grading;

	private final AccountManagement accounts;

	private final Clock clock;

	OverrideController(GradingManagement grading, AccountManagement accounts, Clock clock) {
		this.grading = grading;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/grading/overrides")
	String list(@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		model.addAttribute("overrides", this.grading.overrides(viewer));
		model.addAttribute("director", viewer.isDirector());
		return "grading/overrides";
	}

	@GetMapping("/accounts/{id}/grading/override")
	String form(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		AccountRef account = directing(id, viewer);
		OverrideForm form = new OverrideForm();
		form.setExpiresOn(LocalDate.now(this.clock).plusMonths(6));
		model.addAttribute("form", form);
		return show(account, model);
	}

	@PostMapping("/accounts/{id}/grading/override")
	String set(@PathVariable long id, @ModelAttribute("form") OverrideForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		AccountRef account = directing(id, viewer);
		if (!result.hasErrors()) {
			try {
				this.grading.setOverride(id, form.getTierPosition(), form.getReason(), form.getExpiresOn(), viewer);
				redirect.addFlashAttribute("flash", "override.saved");
				return "redirect:/accounts/" + id + "#grade";
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return show(account, model);
	}

	@PostMapping("/accounts/{id}/grading/override/end")
	String end(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		directing(id, viewer);
		try {
			this.grading.endOverride(id, viewer);
			redirect.addFlashAttribute("flash", "override.ended");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("flashError", violation.messageKey());
		}
		return "redirect:/accounts/" + id + "#grade";
	}

	private String show(AccountRef account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("scheme", this.grading.scheme());
		model.addAttribute("current", this.grading.overrideOf(account).orElse(null));
		return "grading/override-form";
	}

	private AccountRef directing(long id, Viewer viewer) {
		AccountRef account = this.accounts.ref(id, viewer);
		if (!viewer.isDirector()) {
			throw new AccountActionRefused("override a tier");
		}
		return account;
	}

}
