package org.keyline.account.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRuleViolation;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining and leaving the account team, and the mentors a director assigns.
 */
@Controller
@RequestMapping("/accounts/{id}")
class TeamController {

	private final AccountManagement accounts;

	TeamController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/team")
	String add(@PathVariable long id, @Valid @ModelAttribute("teamForm") TeamMemberForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.addTeamMember(id, form.getUserId(), form.getRole(), form.getSpecialty(),
						form.getJoinedOn(), form.getLeftOn(), Viewer.of(me));
				redirect.addFlashAttribute("flash", "team.added");
				return "redirect:/accounts/" + id + "#team";
			}
			catch (AccountRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		// Back to the account page with the form as typed and its messages.
		redirect.addFlashAttribute("org.springframework.validation.BindingResult.teamForm", result);
		redirect.addFlashAttribute("teamForm", form);
		redirect.addFlashAttribute("teamFormOpen", true);
		return "redirect:/accounts/" + id + "#team";
	}

	@PostMapping("/team/{memberId}/leave")
	String leave(@PathVariable long id, @PathVariable long memberId,
			@RequestParam(name = "leftOn",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		try {
			this.accounts.endTeamMembership(id, memberId, (leftOn != null) ? leftOn : LocalDate.now(), Viewer.of(me));
			redirect.addFlashAttribute("flash", "team.left");
		}
		catch (AccountRuleViolation violation) {
			redirect.addFlashAttribute("flashError", violation.messageKey());
		}
		return "redirect:/accounts/" + id + "#team";
	}

	@PostMapping("/mentors")
	String assignMentor(@PathVariable long id, @RequestParam(name = "mentorId", required = false) Long mentorId,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		if (mentorId == null) {
			redirect.addFlashAttribute("flashError", "mentor.required");
			return "redirect:/accounts/" + id + "#mentors";
		}
		try {
			this.accounts.assignMentor(id, mentorId, Viewer.of(me));
			redirect.addFlashAttribute("flash", "mentor.assigned");
		}
		catch (AccountRuleViolation violation) {
			redirect.addFlashAttribute("flashError", violation.messageKey());
		}
		return "redirect:/accounts/" + id + "#mentors";
	}

	@PostMapping("/mentors/{mentorId}/remove")
	String removeMentor(@PathVariable long id, @PathVariable long mentorId,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		this.accounts.removeMentor(id, mentorId, Viewer.of(me));
		redirect.addFlashAttribute("flash", "mentor.removed");
		return "redirect:/accounts/" + id + "#mentors";
	}

}
