package org.keyline.relationship.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.relationship.InteractionChoices;
import org.keyline.relationship.InteractionKind;
import org.keyline.relationship.InteractionLog;
import org.keyline.relationship.InteractionView;
import org.keyline.relationship.RecentInteractions;
import org.keyline.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The interaction log of an account: the paged timeline, the full form, and the quick add
 * of the account page (an htmx post answered with the quick add fragment).
 */
@Controller
@RequestMapping("/accounts/{id}/interactions")
class InteractionController {

	private final InteractionLog log;

	private final InteractionsSection section;

	private final MessageSource messages;

	private final Clock clock;

	private final CoverageSection coverage;

	InteractionController(InteractionLog log, InteractionsSection section, MessageSource messages, Clock clock,
			CoverageSection coverage) {
		this.coverage = coverage;
		this.log = log;
		this.section = section;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String timeline(@PathVariable long id, @RequestParam(name = "page", defaultValue = "0") int page,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		model.addAttribute("timeline", this.log.timeline(id, page, Viewer.of(me)));
		return "relationship/interactions";
	}

	@GetMapping("/new")
	String newInteraction(@PathVariable long id, @RequestParam(name = "contactId", required = false) Long contactId,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		InteractionChoices choices = contributing(id, viewer);
		Long preselected = (contactId != null
				&& choices.contacts().stream().anyMatch((contact) -> contact.id() == contactId)) ? contactId : null;
		model.addAttribute("form", InteractionForm.startingOn(LocalDate.now(this.clock), preselected,
				choices.onTeam(viewer.userId()) ? viewer.userId() : null));
		return showForm(choices, model);
	}

	@PostMapping
	String log(@PathVariable long id, @Valid @ModelAttribute("form") InteractionForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		InteractionChoices choices = contributing(id, viewer);
		requireOurs(form, choices, viewer, result);
		if (!result.hasErrors()) {
			try {
				this.log.log(id, form.toInteraction(), viewer);
				redirect.addFlashAttribute("flash", "interaction.logged");
				return "redirect:/accounts/" + id + "/interactions";
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return showForm(choices, model);
	}

	/**
	 * The account page's quick add: answers the quick add fragment again, with the
	 * messages next to the fields, or empty with the interaction just logged (and the
	 * latest interactions and the coverage card, out of band).
	 */
	@PostMapping
	@HxRequest
	String quickAdd(@PathVariable long id, @Valid @ModelAttribute("form") InteractionForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, Locale locale) {
		Viewer viewer = Viewer.of(me);
		InteractionChoices choices = contributing(id, viewer);
		AccountRef account = choices.account();
		requireOurs(form, choices, viewer, result);
		InteractionView logged = null;
		if (!result.hasErrors()) {
			try {
				long saved = this.log.log(id, form.toInteraction(), viewer);
				logged = new InteractionView(saved, form.getOccurredOn(), form.getKind(), form.getSummary().trim(),
						form.getNextStep(), List.of(), List.of());
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		RecentInteractions recent = this.log.recent(account, viewer);
		InteractionsSectionModel shown = (logged != null)
				? new InteractionsSectionModel(account, recent, this.section.freshForm(recent, viewer), Map.of(),
						named(logged, recent))
				: new InteractionsSectionModel(account, recent, form, errors(result, locale), null);
		model.addAttribute("section", shown);
		if (logged != null) {
			// the coverage card of the page refreshes too (out of band): a link may no
			// longer be going cold
			model.addAttribute("coverage", this.coverage.model(account, viewer));
		}
		return "relationship/interactions-section :: quickAdd(interactionsCard=${section})";
	}

	private InteractionChoices contributing(long id, Viewer viewer) {
		InteractionChoices choices = this.log.choices(id, viewer);
		if (!choices.account().contributes()) {
			throw new AccountActionRefused("log interaction");
		}
		return choices;
	}

	/**
	 * Nobody of ours chosen is fine for a team member (it means "me"), not for an owner
	 * or director who is not on the team: say so with the other messages.
	 */
	private static void requireOurs(InteractionForm form, InteractionChoices choices, Viewer viewer,
			BindingResult result) {
		if (form.getUserIds().isEmpty() && !choices.onTeam(viewer.userId()) && !result.hasFieldErrors("userIds")) {
			result.rejectValue("userIds", "interaction.users.required");
		}
	}

	private String showForm(InteractionChoices choices, Model model) {
		model.addAttribute("choices", choices);
		model.addAttribute("kinds", InteractionKind.values());
		return "relationship/interaction-form";
	}

	/** The interaction just logged, with the names of the contacts it was with. */
	private static InteractionView named(InteractionView logged, RecentInteractions recent) {
		return recent.latest().stream().filter((shown) -> shown.id() == logged.id()).findFirst().orElse(logged);
	}

	private Map<String, List<String>> errors(BindingResult result, Locale locale) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.computeIfAbsent(error.getField(), (field) -> new ArrayList<>())
				.add(this.messages.getMessage(error, locale));
		}
		errors.replaceAll((field, list) -> List.copyOf(new LinkedHashSet<>(list)));
		return errors;
	}

}
