package org.keyline.people.web;

import java.util.Objects;

import jakarta.validation.Valid;
import org.keyline.people.KeylinePrincipal;
import org.keyline.people.user.PasswordPolicy;
import org.keyline.people.user.UserManagement;
import org.keyline.people.user.UserRuleViolation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user changes their own password here.
 */
@Controller
@RequestMapping("/me/password")
class OwnPasswordController {

	private final UserManagement users;

	private final PasswordPolicy passwordPolicy;

	OwnPasswordController(UserManagement users, PasswordPolicy passwordPolicy) {
		this.users = users;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new OwnPasswordForm());
		return "people/own-password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") OwnPasswordForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword")) {
			this.passwordPolicy.check(form.getNewPassword(), me.getUsername())
				.ifPresentOrElse((key) -> result.rejectValue("newPassword", key), () -> {
					if (!Objects.equals(form.getNewPassword(), form.getNewPasswordConfirmation())) {
						result.rejectValue("newPasswordConfirmation", "password.mismatch");
					}
				});
		}
		if (result.hasErrors()) {
			return "people/own-password";
		}
		try {
			this.users.changeOwnPassword(me.getUsername(), form.getCurrentPassword(), form.getNewPassword());
		}
		catch (UserRuleViolation violation) {
			result.rejectValue(violation.field(), violation.messageKey());
			return "people/own-password";
		}
		redirect.addFlashAttribute("flash", "password.changed");
		return "redirect:/";
	}

}
