package org.keyline.review.web;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.review.ReviewSchedule;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Strategy reviews due": the accounts the viewer may see whose review is overdue or due
 * in the next 30 days, most overdue first.
 */
@Controller
class ReviewsDueController {

	private final ReviewSchedule schedule;

	ReviewsDueController(ReviewSchedule schedule) {
		this.schedule = schedule;
	}

	@GetMapping("/reviews")
	String due(@RequestParam(name = "overdue", defaultValue = "false") boolean overdueOnly,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		Viewer viewer = Viewer.of(me);
		if (!viewer.worksWithAccounts()) {
			throw new AccountActionRefused("see strategy reviews");
		}
		model.addAttribute("due", this.schedule.due(viewer, overdueOnly, page));
		model.addAttribute("overdueOnly", overdueOnly);
		return "review/due";
	}

}
