package org.keyline.review.web;

import jakarta.validation.Valid;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.review.ReviewStart;
import org.keyline.review.StrategyReviews;
import org.keyline.shared.RuleViolation;

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
 * The strategy reviews of an account: the history, one review in full, and the form a
 * mentor of the account or a director records a review with.
 */
@Controller
@RequestMapping("/accounts/{id}/reviews")
class ReviewController {

	private final StrategyReviews reviews;

	ReviewController(StrategyReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	String history(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		model.addAttribute("history", this.reviews.history(id, Viewer.of(me)));
		return "review/history";
	}

	@GetMapping("/{reviewId}")
	String review(@PathVariable long id, @PathVariable long reviewId, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		model.addAttribute("review", this.reviews.review(id, reviewId, Viewer.of(me)));
		return "review/review";
	}

	@GetMapping("/new")
	String newReview(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		ReviewStart start = this.reviews.start(id, Viewer.of(me));
		model.addAttribute("form", ReviewForm.startingWith(start));
		model.addAttribute("start", start);
		return "review/form";
	}

	@PostMapping("/new")
	String record(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		ReviewStart start = this.reviews.start(id, viewer);
		if (!result.hasErrors()) {
			try {
				long reviewId = this.reviews.record(id, form.toReview(), viewer);
				redirect.addFlashAttribute("flash", "review.recorded");
				return "redirect:/accounts/" + id + "/reviews/" + reviewId;
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		model.addAttribute("start", start);
		return "review/form";
	}

}
