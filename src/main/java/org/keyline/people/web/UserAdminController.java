package org.keyline.people.web;

import java.util.Objects;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import org.keyline.people.KeylinePrincipal;
import org.keyline.people.Role;
import org.keyline.people.user.PasswordPolicy;
import org.keyline.people.user.StaleUserEdit;
import org.keyline.people.user.UserManagement;
import org.keyline.people.user.UserRuleViolation;
import org.keyline.people.user.UserView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
 * User administration: list, create, edit, disable, enable and reset passwords. Admins
 * only (the URL rule and the service both check it).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final int PAGE_SIZE = 20;

	private static final Set<String> SORTABLE = Set.of("username", "displayName", "email", "updatedAt");

	private final UserManagement users;

	private final PasswordPolicy passwordPolicy;

	UserAdminController(UserManagement users, PasswordPolicy passwordPolicy) {
		this.users = users;
		this.passwordPolicy = passwordPolicy;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "sort", defaultValue = "username") String sort,
			@RequestParam(name = "dir", defaultValue = "asc") String direction, Model model) {
		addList(query, page, sort, direction, model);
		return "people/users";
	}

	@GetMapping
	@HxRequest
	String listRows(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "sort", defaultValue = "username") String sort,
			@RequestParam(name = "dir", defaultValue = "asc") String direction, Model model) {
		addList(query, page, sort, direction, model);
		return "people/users :: results";
	}

	private void addList(String query, int page, String sort, String direction, Model model) {
		String sortBy = SORTABLE.contains(sort) ? sort : "username";
		Sort.Direction dir = "desc".equalsIgnoreCase(direction) ? Sort.Direction.DESC : Sort.Direction.ASC;
		String q = (query.length() > 100) ? query.substring(0, 100) : query;
		Pageable pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(dir, sortBy).and(Sort.by("id")));
		Page<?> result = this.users.list(q, pageable);
		model.addAttribute("users", result);
		model.addAttribute("q", q);
		model.addAttribute("sort", sortBy);
		model.addAttribute("dir", dir.name().toLowerCase());
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new NewUserForm());
		return "people/user-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		checkPassword(form.getPassword(), form.getPasswordConfirmation(), form.getUsername(), result);
		if (result.hasErrors()) {
			return "people/user-new";
		}
		try {
			UserView created = this.users.create(form.toCommand(), me.getUsername());
			redirect.addFlashAttribute("flash", "user.created");
			redirect.addFlashAttribute("flashArg", created.username());
			return "redirect:/admin/users/" + created.id();
		}
		catch (UserRuleViolation violation) {
			result.rejectValue(violation.field(), violation.messageKey());
			return "people/user-new";
		}
	}

	/**
	 * The password rules are checked with the other fields, so that every message shows
	 * at once; the service checks them again before saving.
	 */
	private void checkPassword(String password, String confirmation, String username, BindingResult result) {
		if (result.hasFieldErrors("password")) {
			return;
		}
		this.passwordPolicy.check(password, username)
			.ifPresentOrElse((key) -> result.rejectValue("password", key), () -> {
				if (!Objects.equals(password, confirmation)) {
					result.rejectValue("passwordConfirmation", "password.mismatch");
				}
			});
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		UserView user = this.users.find(id);
		model.addAttribute("user", user);
		model.addAttribute("form", EditUserForm.from(user));
		model.addAttribute("passwordForm", new PasswordForm());
		return "people/user-edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showEdit(id, model);
		}
		try {
			this.users.changeDetails(id, form.toCommand(), me.getUsername());
			redirect.addFlashAttribute("flash", "user.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (UserRuleViolation violation) {
			result.rejectValue(violation.field(), violation.messageKey());
			return showEdit(id, model);
		}
		catch (StaleUserEdit stale) {
			return showStale(stale.current(), form, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return showStale(this.users.find(id), form, model);
		}
	}

	/**
	 * Someone saved the user since this form was opened: show what they saved next to
	 * what was typed, and let the admin save again on top of it.
	 */
	private String showStale(UserView current, EditUserForm form, Model model) {
		model.addAttribute("staleCurrent", current);
		form.setVersion(current.version());
		return showEdit(current.id(), model);
	}

	private String showEdit(Long id, Model model) {
		model.addAttribute("user", this.users.find(id));
		model.addAttribute("passwordForm", new PasswordForm());
		return "people/user-edit";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable Long id, @AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		try {
			this.users.disable(id, me.getUsername());
			redirect.addFlashAttribute("flash", "user.disabled");
		}
		catch (UserRuleViolation violation) {
			redirect.addFlashAttribute("flashError", violation.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, @AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		this.users.enable(id, me.getUsername());
		redirect.addFlashAttribute("flash", "user.enabled");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, @AuthenticationPrincipal KeylinePrincipal me, Model model,
			RedirectAttributes redirect) {
		checkPassword(form.getPassword(), form.getPasswordConfirmation(), this.users.find(id).username(), result);
		if (!result.hasErrors()) {
			try {
				this.users.resetPassword(id, form.getPassword(), me.getUsername());
				redirect.addFlashAttribute("flash", "user.passwordReset");
				return "redirect:/admin/users/" + id;
			}
			catch (UserRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		UserView user = this.users.find(id);
		model.addAttribute("user", user);
		model.addAttribute("form", EditUserForm.from(user));
		model.addAttribute("passwordOpen", true);
		return "people/user-edit";
	}

}
