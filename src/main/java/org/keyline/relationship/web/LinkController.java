package org.keyline.relationship.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.relationship.LinkManagement;
import org.keyline.relationship.LinkStrength;
import org.keyline.relationship.LinksOverview;
import org.keyline.relationship.StaleLinkEdit;
import org.keyline.shared.RuleViolation;

import org.springframework.beans.factory.annotation.Value;
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
 * Who on our team knows whom at the customer: the list of links, adding one, rating one
 * again and removing one.
 */
@Controller
@RequestMapping("/accounts/{id}/links")
class LinkController {

	private final LinkManagement links;

	private final Clock clock;

	private final int coldAfterDays;

	LinkController(LinkManagement links, Clock clock,
			@Value("${keyline.relationships.cold-after-days:90}") int coldAfterDays) {
		this.links = links;
		this.clock = clock;
		this.coldAfterDays = coldAfterDays;
	}

	@GetMapping
	String list(@PathVariable long id, @RequestParam(name = "contactId", required = false) Long contactId,
			@RequestParam(name = "userId", required = false) Long userId, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		LinksOverview overview = this.links.overview(id, Viewer.of(me));
		LinkForm form = new LinkForm();
		if (contactId != null && overview.contacts().stream().anyMatch((contact) -> contact.id() == contactId)) {
			form.setContactId(contactId);
		}
		if (userId != null && overview.team().stream().anyMatch((member) -> member.userId() == userId)) {
			form.setUserId(userId);
		}
		model.addAttribute("form", form);
		return show(overview, model);
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute("form") LinkForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		LinksOverview overview = this.links.overview(id, viewer);
		if (!overview.account().contributes()) {
			throw new AccountActionRefused("add link");
		}
		if (!result.hasErrors()) {
			try {
				this.links.add(id, form.getUserId(), form.getContactId(), form.getStrength(), viewer);
				redirect.addFlashAttribute("flash", "link.added");
				return "redirect:/accounts/" + id + "/links";
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return show(overview, model);
	}

	@PostMapping("/{linkId}")
	String changeStrength(@PathVariable long id, @PathVariable long linkId,
			@RequestParam(name = "strength", required = false) LinkStrength strength,
			@RequestParam(name = "version", required = false) Long version,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		try {
			// A form without a version (a page from before versions were sent) is stale.
			this.links.changeStrength(id, linkId, strength, (version != null) ? version : -1, Viewer.of(me));
			redirect.addFlashAttribute("flash", "link.changed");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("flashError", violation.messageKey());
		}
		catch (StaleLinkEdit stale) {
			redirect.addFlashAttribute("staleLink",
					new StaleLinkNotice(stale.linkId(), stale.by(), stale.at(), stale.strength()));
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flashError", "link.stale.concurrent");
		}
		return "redirect:/accounts/" + id + "/links";
	}

	@PostMapping("/{linkId}/remove")
	String remove(@PathVariable long id, @PathVariable long linkId, @AuthenticationPrincipal KeylinePrincipal me,
			RedirectAttributes redirect) {
		this.links.remove(id, linkId, Viewer.of(me));
		redirect.addFlashAttribute("flash", "link.removed");
		return "redirect:/accounts/" + id + "/links";
	}

	private String show(LinksOverview overview, Model model) {
		model.addAttribute("overview", overview);
		model.addAttribute("strengths", LinkStrength.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("coldAfterDays", this.coldAfterDays);
		return "relationship/links";
	}

}
