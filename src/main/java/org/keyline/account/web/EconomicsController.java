package org.keyline.account.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountDetails;
import org.keyline.account.AccountEconomics;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRuleViolation;
import org.keyline.account.StaleEconomicsEdit;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a fiscal year's economics, or correcting one.
 */
@Controller
@RequestMapping("/accounts/{id}/economics")
class EconomicsController {

	private final AccountManagement accounts;

	EconomicsController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/new")
	String newYear(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		AccountDetails account = editable(id, Viewer.of(me));
		EconomicsForm form = new EconomicsForm();
		form.setFiscalYear(account.latest().map((year) -> year.fiscalYear() + 1).orElse(LocalDate.now().getYear() - 1));
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		return "account/economics";
	}

	@GetMapping("/{year}")
	String edit(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		Viewer viewer = Viewer.of(me);
		AccountDetails account = editable(id, viewer);
		AccountEconomics economics = this.accounts.economicsOf(id, year, viewer);
		model.addAttribute("form", formOf(economics));
		model.addAttribute("account", account);
		model.addAttribute("correcting", true);
		return "account/economics";
	}

	@PostMapping
	String save(@PathVariable long id, @Valid @ModelAttribute("form") EconomicsForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		AccountDetails account = editable(id, viewer);
		model.addAttribute("account", account);
		model.addAttribute("correcting", form.getVersion() != null);
		if (result.hasErrors()) {
			return "account/economics";
		}
		try {
			this.accounts.recordEconomics(id, form.getFiscalYear(), form.getRevenue(), form.getCostToServe(),
					form.getCategorySpend(), form.getVersion(), viewer);
			redirect.addFlashAttribute("flash", "economics.saved");
			redirect.addFlashAttribute("flashArg", form.getFiscalYear());
			return "redirect:/accounts/" + id + "#economics";
		}
		catch (AccountRuleViolation violation) {
			result.rejectValue(violation.field(), violation.messageKey());
		}
		catch (StaleEconomicsEdit | ObjectOptimisticLockingFailureException stale) {
			AccountEconomics saved = this.accounts.economicsOf(id, form.getFiscalYear(), viewer);
			model.addAttribute("staleEconomics", saved);
			form.setVersion(saved.version());
		}
		return "account/economics";
	}

	private AccountDetails editable(long id, Viewer viewer) {
		AccountDetails account = this.accounts.details(id, viewer);
		if (!account.can().editEconomics()) {
			throw new AccountActionRefused("edit economics");
		}
		return account;
	}

	private static EconomicsForm formOf(AccountEconomics economics) {
		EconomicsForm form = new EconomicsForm();
		form.setFiscalYear(economics.fiscalYear());
		form.setRevenue(economics.revenue().amount());
		form.setCostToServe(economics.costToServe().amount());
		form.setCategorySpend((economics.categorySpend() != null) ? economics.categorySpend().amount() : null);
		form.setVersion(economics.version());
		return form;
	}

}
