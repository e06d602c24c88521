package org.keyline.relationship.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactEdit;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.ContactManagement;
import org.keyline.relationship.ContactRow;
import org.keyline.relationship.ContactRuleViolation;
import org.keyline.relationship.StaleContactEdit;

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
 * An account's contacts: the list, the contact form, the influence lines between
 * contacts, and the organisation chart.
 */
@Controller
@RequestMapping("/accounts/{id}")
class ContactController {

	private final ContactManagement contacts;

	ContactController(ContactManagement contacts) {
		this.contacts = contacts;
	}

	@GetMapping("/contacts")
	String list(@PathVariable long id, @RequestParam(defaultValue = "false") boolean former,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		model.addAttribute("page", this.contacts.list(id, former, Viewer.of(me)));
		return "relationship/contacts";
	}

	@GetMapping("/org-chart")
	String orgChart(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		model.addAttribute("chart", this.contacts.orgChart(id, Viewer.of(me)));
		return "relationship/org-chart";
	}

	@GetMapping("/contacts/new")
	String newContact(@PathVariable long id, @RequestParam(required = false) Long reportsToId,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		AccountRef account = contributor(id, viewer);
		ContactForm form = new ContactForm();
		form.setReportsToId(reportsToId);
		model.addAttribute("form", form);
		return showForm(account, null, viewer, model);
	}

	@PostMapping("/contacts")
	String create(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		AccountRef account = contributor(id, viewer);
		if (!result.hasErrors()) {
			try {
				this.contacts.create(id, form.toInput(), viewer);
				redirect.addFlashAttribute("flash", "contact.created");
				redirect.addFlashAttribute("flashArg", form.getName().trim());
				return "redirect:/accounts/" + id + "/contacts";
			}
			catch (ContactRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return showForm(account, null, viewer, model);
	}

	@GetMapping("/contacts/{contactId}/edit")
	String edit(@PathVariable long id, @PathVariable long contactId, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		Viewer viewer = Viewer.of(me);
		ContactEdit contact = this.contacts.get(id, contactId, viewer);
		refuseUnlessContributes(contact.account());
		model.addAttribute("form", ContactForm.from(contact));
		return showForm(contact.account(), contact, viewer, model);
	}

	@PostMapping("/contacts/{contactId}")
	String update(@PathVariable long id, @PathVariable long contactId, @Valid @ModelAttribute("form") ContactForm form,
			BindingResult result, @AuthenticationPrincipal KeylinePrincipal me, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		ContactEdit contact = this.contacts.get(id, contactId, viewer);
		refuseUnlessContributes(contact.account());
		if (!result.hasErrors()) {
			try {
				this.contacts.update(id, contactId, form.toInput(), form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "contact.saved");
				redirect.addFlashAttribute("flashArg", form.getName().trim());
				return "redirect:/accounts/" + id + "/contacts";
			}
			catch (ContactRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
			catch (StaleContactEdit | ObjectOptimisticLockingFailureException stale) {
				ContactEdit saved = this.contacts.get(id, contactId, viewer);
				Map<Long, String> names = this.contacts.list(id, true, viewer)
					.contacts()
					.stream()
					.collect(Collectors.toMap(ContactRow::id, ContactRow::name));
				model.addAttribute("stale", ContactStaleChanges.between(form.toInput(), saved, names));
				form.setVersion(saved.version());
				contact = saved;
			}
		}
		return showForm(contact.account(), contact, viewer, model);
	}

	@PostMapping("/contacts/{contactId}/influences")
	String addInfluence(@PathVariable long id, @PathVariable long contactId,
			@Valid @ModelAttribute("influenceForm") InfluenceForm influenceForm, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		if (!result.hasErrors()) {
			try {
				this.contacts.addInfluence(id, contactId, influenceForm.getToContactId(), influenceForm.getNote(),
						viewer);
				redirect.addFlashAttribute("flash", "contact.influence.added");
				return "redirect:/accounts/" + id + "/contacts/" + contactId + "/edit#influence";
			}
			catch (ContactRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		ContactEdit contact = this.contacts.get(id, contactId, viewer);
		refuseUnlessContributes(contact.account());
		model.addAttribute("form", ContactForm.from(contact));
		return showForm(contact.account(), contact, viewer, model);
	}

	@PostMapping("/contacts/{contactId}/influences/{influenceId}/remove")
	String removeInfluence(@PathVariable long id, @PathVariable long contactId, @PathVariable long influenceId,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		this.contacts.removeInfluence(id, influenceId, Viewer.of(me));
		redirect.addFlashAttribute("flash", "contact.influence.removed");
		return "redirect:/accounts/" + id + "/contacts/" + contactId + "/edit#influence";
	}

	private AccountRef contributor(long id, Viewer viewer) {
		AccountRef account = this.contacts.account(id, viewer);
		refuseUnlessContributes(account);
		return account;
	}

	private static void refuseUnlessContributes(AccountRef account) {
		if (!account.contributes()) {
			throw new AccountActionRefused("change contacts");
		}
	}

	private String showForm(AccountRef account, ContactEdit contact, Viewer viewer, Model model) {
		List<ContactRow> all = this.contacts.list(account.id(), true, viewer).contacts();
		Long self = (contact != null) ? contact.id() : null;
		Object selected = model.getAttribute("form") instanceof ContactForm form ? form.getReportsToId() : null;
		// Current contacts, and the saved manager even if they left, so that it is not
		// lost.
		model.addAttribute("managers",
				all.stream()
					.filter((c) -> !Long.valueOf(c.id()).equals(self))
					.filter((c) -> !c.former() || Long.valueOf(c.id()).equals(selected))
					.toList());
		model.addAttribute("account", account);
		model.addAttribute("contact", contact);
		model.addAttribute("levels", ContactLevel.values());
		model.addAttribute("buyingRoles", BuyingRole.values());
		model.addAttribute("attitudes", Attitude.values());
		if (contact != null) {
			if (!model.containsAttribute("influenceForm")) {
				model.addAttribute("influenceForm", new InfluenceForm());
			}
			model.addAttribute("influenceTargets",
					all.stream()
						.filter((c) -> !c.former() && c.id() != contact.id())
						.filter((c) -> contact.listensTo().stream().noneMatch((line) -> line.toId() == c.id()))
						.toList());
		}
		return "relationship/contact-form";
	}

}
