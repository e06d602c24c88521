package org.keyline.vision.web;

import java.time.Clock;
import java.time.LocalDate;

import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.vision.StaleVisionEdit;
import org.keyline.vision.VisionEdit;
import org.keyline.vision.VisionManagement;
import org.keyline.vision.VisionPage;
import org.keyline.vision.VisionRuleViolation;
import org.keyline.vision.Reaction;

import org.springframework.dao.DataIntegrityViolationException;
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
 * The account vision: its page (the current or an earlier version, its feedback, the
 * earlier versions), the form that saves a new version, and the customer's feedback.
 */
@Controller
@RequestMapping("/accounts/{id}/vision")
class VisionController {

	private final VisionManagement visions;

	private final Clock clock;

	VisionController(VisionManagement visions, Clock clock) {
		this.visions = visions;
		this.clock = clock;
	}

	@GetMapping
	String page(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		VisionPage page = this.visions.page(id, version, Viewer.of(me));
		model.addAttribute("feedbackForm",
				FeedbackForm.on((page.shown() != null) ? page.shown().versionNo() : null, LocalDate.now(this.clock)));
		return show(page, model);
	}

	@GetMapping("/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		VisionEdit edit = this.visions.edit(id, Viewer.of(me));
		model.addAttribute("form", VisionForm.from(edit));
		model.addAttribute("edit", edit);
		return "vision/vision-form";
	}

	@PostMapping("/edit")
	String save(@PathVariable long id, @ModelAttribute("form") VisionForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		VisionEdit edit = this.visions.edit(id, viewer);
		if (!result.hasErrors()) {
			try {
				int versionNo = this.visions.save(id, form.getStatement(), form.getRationale(), form.getBasedOn(),
						viewer);
				redirect.addFlashAttribute("flash", "vision.saved");
				redirect.addFlashAttribute("flashArg", versionNo);
				return "redirect:/accounts/" + id + "/vision";
			}
			catch (VisionRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
			catch (StaleVisionEdit | DataIntegrityViolationException stale) {
				edit = this.visions.edit(id, viewer);
				model.addAttribute("stale", edit.current());
				form.setBasedOn(edit.basedOn());
			}
		}
		model.addAttribute("edit", edit);
		return "vision/vision-form";
	}

	@PostMapping("/feedback")
	String feedback(@PathVariable long id, @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		if (!result.hasErrors()) {
			try {
				this.visions.addFeedback(id, form.toInput(), viewer);
				redirect.addFlashAttribute("flash", "vision.feedback.added");
				return "redirect:/accounts/" + id + "/vision"
						+ ((form.getVersionNo() != null) ? "?version=" + form.getVersionNo() : "") + "#feedback";
			}
			catch (VisionRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		// The page for the version the feedback was typed on, with what was typed.
		VisionPage page = this.visions.page(id, null, viewer);
		if (form.getVersionNo() != null
				&& page.versions().stream().anyMatch((v) -> v.versionNo() == form.getVersionNo())) {
			page = this.visions.page(id, form.getVersionNo(), viewer);
		}
		if (!page.account().contributes()) {
			throw new org.keyline.account.AccountActionRefused("record vision feedback");
		}
		return show(page, model);
	}

	private String show(VisionPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("reactions", Reaction.values());
		return "vision/vision";
	}

}
