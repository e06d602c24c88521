package org.keyline.people.signin;

import jakarta.servlet.http.HttpSession;
import org.keyline.shared.DemoMode;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. In demo mode it names the demo users and their password.
 */
@Controller
class LoginController {

	static final String LAST_USERNAME = LoginController.class.getName() + ".LAST_USERNAME";

	private final DemoMode demoMode;

	LoginController(DemoMode demoMode) {
		this.demoMode = demoMode;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "error", required = false) String error, Authentication authentication,
			HttpSession session, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (error != null) {
			Object lastUsername = session.getAttribute(LAST_USERNAME);
			model.addAttribute("lastUsername", (lastUsername != null) ? lastUsername : "");
			model.addAttribute("errorKey", switch (error) {
				case "locked" -> "signin.error.locked";
				case "disabled" -> "signin.error.disabled";
				default -> "signin.error.bad";
			});
		}
		model.addAttribute("demoMode", this.demoMode);
		return "signin/login";
	}

}
