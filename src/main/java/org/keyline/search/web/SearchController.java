package org.keyline.search.web;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.search.Search;
import org.keyline.search.SearchKind;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: the search box in the navigation bar submits to it.
 */
@Controller
class SearchController {

	/** Longer input is cut before it is parsed. */
	private static final int MAX_TYPED = 400;

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String typed,
			@RequestParam(name = "kind", required = false) SearchKind kind,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		Viewer viewer = Viewer.of(me);
		if (!viewer.worksWithAccounts()) {
			throw new AccountActionRefused("search accounts");
		}
		String query = (typed.length() > MAX_TYPED) ? typed.substring(0, MAX_TYPED) : typed;
		model.addAttribute("q", query);
		model.addAttribute("results", this.search.search(query, kind, page, viewer));
		model.addAttribute("kinds", SearchKind.values());
		return "search/results";
	}

}
