package org.keyline.vision.web;

import java.time.Clock;
import java.time.LocalDate;

import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.vision.AssessmentDraft;
import org.keyline.vision.Assessments;
import org.keyline.vision.VisionRuleViolation;

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
 * An account's assessments: the list, a new one (prefilled from the previous one), one
 * assessment, and two side by side.
 */
@Controller
@RequestMapping("/accounts/{id}/assessments")
class AssessmentController {

	private final Assessments assessments;

	private final Clock clock;

	AssessmentController(Assessments assessments, Clock clock) {
		this.assessments = assessments;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		model.addAttribute("page", this.assessments.list(id, Viewer.of(me)));
		return "vision/assessments";
	}

	@GetMapping("/new")
	String newAssessment(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		AssessmentDraft draft = this.assessments.draft(id, Viewer.of(me));
		model.addAttribute("form", AssessmentForm.from(draft, LocalDate.now(this.clock)));
		model.addAttribute("draft", draft);
		return "vision/assessment-form";
	}

	@PostMapping("/new")
	String record(@PathVariable long id, @ModelAttribute("form") AssessmentForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		AssessmentDraft draft = this.assessments.draft(id, viewer);
		if (!result.hasErrors()) {
			try {
				long assessmentId = this.assessments.record(id, form.toInput(), viewer);
				redirect.addFlashAttribute("flash", "assessment.recorded");
				return "redirect:/accounts/" + id + "/assessments/" + assessmentId;
			}
			catch (VisionRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		model.addAttribute("draft", draft);
		return "vision/assessment-form";
	}

	@GetMapping("/{assessmentId}")
	String show(@PathVariable long id, @PathVariable long assessmentId, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		model.addAttribute("detail", this.assessments.get(id, assessmentId, Viewer.of(me)));
		return "vision/assessment";
	}

	@GetMapping("/compare")
	String compare(@PathVariable long id, @RequestParam long left, @RequestParam long right,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		model.addAttribute("comparison", this.assessments.compare(id, left, right, Viewer.of(me)));
		return "vision/compare";
	}

}
