package org.keyline.vision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.relationship.ContactChoice;
import org.keyline.vision.ClientRequirements;
import org.keyline.vision.RequirementChoices;
import org.keyline.vision.RequirementEdit;
import org.keyline.vision.RequirementHorizon;
import org.keyline.vision.RequirementStatus;
import org.keyline.vision.StaleRequirementEdit;
import org.keyline.vision.VisionRuleViolation;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's requirements of an account: the filtered, paged list and the create and
 * edit forms.
 */
@Controller
@RequestMapping("/accounts/{id}/requirements")
class RequirementController {

	private final ClientRequirements requirements;

	private final Clock clock;

	RequirementController(ClientRequirements requirements, Clock clock) {
		this.requirements = requirements;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable long id, @RequestParam(required = false) RequirementStatus status,
			@RequestParam(required = false) RequirementHorizon horizon, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		model.addAttribute("page", this.requirements.list(id, status, horizon, page, Viewer.of(me)));
		return "vision/requirements";
	}

	@GetMapping("/new")
	String newRequirement(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		model.addAttribute("form", RequirementForm.startingOn(LocalDate.now(this.clock)));
		return showForm(this.requirements.choices(id, Viewer.of(me)), null, model);
	}

	@PostMapping("/new")
	String create(@PathVariable long id, @ModelAttribute("form") RequirementForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		RequirementChoices choices = this.requirements.choices(id, viewer);
		if (!result.hasErrors()) {
			try {
				this.requirements.create(id, form.toInput(), viewer);
				redirect.addFlashAttribute("flash", "requirement.created");
				redirect.addFlashAttribute("flashArg", form.getTitle().trim());
				return "redirect:/accounts/" + id + "/requirements";
			}
			catch (VisionRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return showForm(choices, null, model);
	}

	@GetMapping("/{requirementId}/edit")
	String edit(@PathVariable long id, @PathVariable long requirementId, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		Viewer viewer = Viewer.of(me);
		RequirementEdit edit = this.requirements.get(id, requirementId, viewer);
		model.addAttribute("form", RequirementForm.from(edit));
		return showForm(this.requirements.choices(id, viewer), edit, model);
	}

	@PostMapping("/{requirementId}/edit")
	String update(@PathVariable long id, @PathVariable long requirementId, @ModelAttribute("form") RequirementForm form,
			BindingResult result, @AuthenticationPrincipal KeylinePrincipal me, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		RequirementEdit edit = this.requirements.get(id, requirementId, viewer);
		RequirementChoices choices = this.requirements.choices(id, viewer);
		if (!result.hasErrors()) {
			try {
				this.requirements.update(id, requirementId, form.toInput(), form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "requirement.saved");
				redirect.addFlashAttribute("flashArg", form.getTitle().trim());
				return "redirect:/accounts/" + id + "/requirements";
			}
			catch (VisionRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
			catch (StaleRequirementEdit | ObjectOptimisticLockingFailureException stale) {
				RequirementEdit saved = this.requirements.get(id, requirementId, viewer);
				Map<Long, String> contacts = choices.contacts()
					.stream()
					.collect(Collectors.toMap(ContactChoice::id, ContactChoice::name));
				Map<Long, String> people = choices.people()
					.stream()
					.collect(Collectors.toMap(RequirementChoices.Person::userId, RequirementChoices.Person::name));
				model.addAttribute("stale", RequirementStaleChanges.between(form.toInput(), saved, contacts, people));
				form.setVersion(saved.version());
				edit = saved;
			}
		}
		return showForm(choices, edit, model);
	}

	private String showForm(RequirementChoices choices, RequirementEdit edit, Model model) {
		model.addAttribute("choices", choices);
		model.addAttribute("account", choices.account());
		model.addAttribute("requirement", edit);
		model.addAttribute("horizons", RequirementHorizon.values());
		model.addAttribute("statuses", RequirementStatus.values());
		return "vision/requirement-form";
	}

}
