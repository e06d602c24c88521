package org.keyline.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.plan.PlanComments;
import org.keyline.shared.RuleViolation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comments on an account plan. With htmx the post is answered with the discussion it was
 * typed in (the plan's or an objective's), showing the new comment and an empty form, or
 * the message next to the text that was typed; without JavaScript it goes back to that
 * discussion on the plan page, which shows the same.
 */
@Controller
@RequestMapping("/accounts/{id}/plans/{planId}/comments")
class PlanCommentController {

	static final String DRAFT = "commentDraft";

	private final PlanComments comments;

	PlanCommentController(PlanComments comments) {
		this.comments = comments;
	}

	/**
	 * One discussion alone, for htmx (to refresh it): the plan's, or the objective's with
	 * {@code objectiveId}.
	 */
	@GetMapping
	@HxRequest
	String discussion(@PathVariable long id, @PathVariable long planId,
			@RequestParam(name = "objectiveId", required = false) Long objectiveId,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		return show(id, planId, objectiveId, Viewer.of(me), model);
	}

	@PostMapping
	@HxRequest
	String addWithHtmx(@PathVariable long id, @PathVariable long planId,
			@ModelAttribute("commentForm") PlanCommentForm form, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		Viewer viewer = Viewer.of(me);
		try {
			this.comments.add(id, planId, form.getObjectiveId(), form.getParentId(), form.getBody(), viewer);
			model.addAttribute("commentAdded", true);
		}
		catch (RuleViolation violation) {
			model.addAttribute(DRAFT, form.rejected(violation.messageKey()));
		}
		return show(id, planId, form.getObjectiveId(), viewer, model);
	}

	@PostMapping
	String add(@PathVariable long id, @PathVariable long planId, @ModelAttribute("commentForm") PlanCommentForm form,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		try {
			this.comments.add(id, planId, form.getObjectiveId(), form.getParentId(), form.getBody(), Viewer.of(me));
			redirect.addFlashAttribute("flash", "comment.added");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute(DRAFT, form.rejected(violation.messageKey()));
			redirect.addFlashAttribute("flashError", violation.messageKey());
		}
		String anchor = (form.getObjectiveId() != null) ? "objective-" + form.getObjectiveId() : "discussion";
		return "redirect:/accounts/" + id + "/plans/" + planId + "#" + anchor;
	}

	private String show(long id, long planId, Long objectiveId, Viewer viewer, Model model) {
		PlanComments.Discussion discussion = this.comments.forPlan(id, planId, viewer);
		model.addAttribute("accountId", id);
		model.addAttribute("planId", planId);
		model.addAttribute("objectiveId", objectiveId);
		model.addAttribute("threads", discussion.on(objectiveId));
		model.addAttribute("canComment", discussion.open());
		return "plan/comments :: discussion(accountId=${accountId}, planId=${planId}, objectiveId=${objectiveId}, "
				+ "threads=${threads}, canComment=${canComment})";
	}

}
