package org.keyline.grading.web;

import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.grading.GradingManagement;
import org.keyline.people.KeylinePrincipal;
import org.keyline.shared.CompanyCurrency;
import org.keyline.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grading pages on accounts: an account's tier history with its grade, the hand
 * scores its owner gives, and the list of key accounts.
 */
@Controller
class GradingController {

	private final GradingManagement grading;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final CompanyCurrency money;

	GradingController(GradingManagement grading, AccountManagement accounts, MessageSource messages,
			CompanyCurrency money) {
		this.grading = grading;
		this.accounts = accounts;
		this.messages = messages;
		this.money = money;
	}

	@GetMapping("/accounts/{id}/grading")
	String history(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		AccountRef ref = this.accounts.ref(id, viewer);
		model.addAttribute("card", GradeCardView.of(ref, this.grading.card(ref, viewer), this.messages, this.money,
				LocaleContextHolder.getLocale()));
		model.addAttribute("history", this.grading.history(id, viewer));
		return "grading/account-history";
	}

	@PostMapping("/accounts/{id}/grading/scores")
	String score(@PathVariable long id, @RequestParam long criterionId, @RequestParam(required = false) Integer level,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		try {
			this.grading.scoreByHand(id, criterionId, level, Viewer.of(me));
			redirect.addFlashAttribute("flash", "gradeCard.scored");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("flashError", "gradeCard.score.invalid");
		}
		return "redirect:/accounts/" + id + "#grade";
	}

	@GetMapping("/key-accounts")
	String keyAccounts(@RequestParam(required = false) Integer tier,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		Viewer viewer = Viewer.of(me);
		model.addAttribute("keyAccounts", this.grading.keyAccounts(tier, Math.max(page, 0), viewer));
		model.addAttribute("tiers", this.grading.scheme().tiers());
		model.addAttribute("tier", tier);
		return "grading/key-accounts";
	}

}
