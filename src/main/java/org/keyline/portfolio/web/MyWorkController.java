package org.keyline.portfolio.web;

import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.portfolio.MyWorkService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My work", the home page after sign-in: one section for each role the user holds, every
 * line a link to where it is dealt with.
 */
@Controller
class MyWorkController {

	private final MyWorkService myWork;

	MyWorkController(MyWorkService myWork) {
		this.myWork = myWork;
	}

	@GetMapping("/")
	String myWork(@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		model.addAttribute("work", this.myWork.of(Viewer.of(me)));
		return "portfolio/my-work";
	}

}
