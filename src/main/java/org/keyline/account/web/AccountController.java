package org.keyline.account.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import org.keyline.account.AccountDetails;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountPage;
import org.keyline.account.AccountPageSection;
import org.keyline.account.AccountPages;
import org.keyline.account.AccountRuleViolation;
import org.keyline.account.AccountSort;
import org.keyline.account.AdviceFrequency;
import org.keyline.account.Industry;
import org.keyline.account.LifecycleStage;
import org.keyline.account.Region;
import org.keyline.account.RelationshipLevel;
import org.keyline.account.SavedAccount;
import org.keyline.account.StaleAccountEdit;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.people.Role;
import org.keyline.people.UserDirectory;

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
 * The account list, the account page, and the profile form.
 */
@Controller
@RequestMapping("/accounts")
class AccountController {

	private final AccountManagement accounts;

	private final UserDirectory users;

	private final AccountPages pages;

	AccountController(AccountManagement accounts, UserDirectory users, AccountPages pages) {
		this.accounts = accounts;
		this.users = users;
		this.pages = pages;
	}

	@GetMapping
	String list(AccountListParams params, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		addList(params, me, model);
		model.addAttribute("managers", this.users.withRole(Role.MANAGER));
		return "account/list";
	}

	@GetMapping
	@HxRequest
	String listResults(AccountListParams params, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		addList(params, me, model);
		return "account/list :: results";
	}

	private void addList(AccountListParams params, KeylinePrincipal me, Model model) {
		model.addAttribute("accounts", this.accounts.list(params.filter(), params.sortBy(), params.descending(),
				params.page(), Viewer.of(me)));
		model.addAttribute("params", params);
		model.addAttribute("sort", params.sortBy().param());
		model.addAttribute("dir", params.descending() ? "desc" : "asc");
		model.addAttribute("sortColumns", AccountSort.values());
		addChoices(model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		AccountPage page = this.pages.read(id, Viewer.of(me));
		AccountDetails account = page.account();
		// "accountDetails", not "account": the other pages name an account's reference
		// (AccountRef) "account", and an expression text that meets two types is compiled
		// anew again and again (CompiledExpressionsTests).
		model.addAttribute("accountDetails", account);
		model.addAttribute("trend", TrendChart.of(account.economics()));
		model.addAttribute("sections",
				page.sections()
					.stream()
					.map((shown) -> new RenderedSection(shown.section().template(), shown.section().fragment(),
							shown.model(), shown.section().placement() == AccountPageSection.Placement.TOP))
					.toList());
		if (account.can().editTeam()) {
			if (!model.containsAttribute("teamForm")) {
				TeamMemberForm teamForm = new TeamMemberForm();
				teamForm.setJoinedOn(java.time.LocalDate.now());
				model.addAttribute("teamForm", teamForm);
			}
			model.addAttribute("teamCandidates", page.teamCandidates());
			model.addAttribute("teamRoles", TeamRole.values());
		}
		if (account.can().assignMentors()) {
			model.addAttribute("mentorCandidates", page.mentorCandidates());
		}
		return "account/detail";
	}

	@GetMapping("/new")
	String newAccount(@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		if (!viewer.isDirector() && !viewer.isManager()) {
			throw new org.keyline.account.AccountActionRefused("create account");
		}
		AccountForm form = new AccountForm();
		form.setOwnerId(viewer.isDirector() ? null : viewer.userId());
		model.addAttribute("form", form);
		return showForm(null, viewer, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		if (viewer.isDirector() && form.getOwnerId() == null) {
			result.rejectValue("ownerId", "account.owner.required");
		}
		if (result.hasErrors()) {
			form.padCompetitors();
			return showForm(null, viewer, model);
		}
		try {
			long id = this.accounts.create(form.toProfile(), form.getOwnerId(), viewer);
			redirect.addFlashAttribute("flash", "account.created");
			redirect.addFlashAttribute("flashArg", form.getName());
			return "redirect:/accounts/" + id;
		}
		catch (AccountRuleViolation violation) {
			result.rejectValue(violation.field(), violation.messageKey());
			form.padCompetitors();
			return showForm(null, viewer, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		AccountDetails account = this.accounts.details(id, viewer);
		if (!account.can().editProfile()) {
			throw new org.keyline.account.AccountActionRefused("edit account");
		}
		model.addAttribute("form", AccountForm.from(account.profile(), account.ownerId(), account.version()));
		return showForm(account, viewer, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		AccountDetails account = this.accounts.details(id, viewer);
		if (result.hasErrors()) {
			form.padCompetitors();
			return showForm(account, viewer, model);
		}
		try {
			this.accounts.update(id, form.toProfile(), account.can().reassignOwner() ? form.getOwnerId() : null,
					form.getVersion(), viewer);
			redirect.addFlashAttribute("flash", "account.saved");
			return "redirect:/accounts/" + id;
		}
		catch (AccountRuleViolation violation) {
			result.rejectValue(violation.field(), violation.messageKey());
		}
		catch (StaleAccountEdit | ObjectOptimisticLockingFailureException stale) {
			SavedAccount saved = this.accounts.saved(id, viewer);
			model.addAttribute("stale", StaleChanges.between(form, saved, this.users));
			form.setVersion(saved.version());
		}
		form.padCompetitors();
		return showForm(this.accounts.details(id, viewer), viewer, model);
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		this.accounts.archive(id, Viewer.of(me));
		redirect.addFlashAttribute("flash", "account.archived");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		this.accounts.restore(id, Viewer.of(me));
		redirect.addFlashAttribute("flash", "account.restored");
		return "redirect:/accounts/" + id;
	}

	private String showForm(AccountDetails account, Viewer viewer, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("canChooseOwner", viewer.isDirector());
		model.addAttribute("managers", this.users.withRole(Role.MANAGER));
		model.addAttribute("parents",
				this.accounts.parentOptions(viewer)
					.stream()
					.filter((option) -> account == null || option.id() != account.id())
					.toList());
		model.addAttribute("relationships", RelationshipLevel.values());
		model.addAttribute("adviceFrequencies", AdviceFrequency.values());
		addChoices(model);
		return "account/form";
	}

	private void addChoices(Model model) {
		model.addAttribute("industries", Industry.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("stages", LifecycleStage.values());
		model.addAttribute("countries", Country.ALL);
	}

}
