package org.keyline.grading.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.Viewer;
import org.keyline.grading.CriterionKind;
import org.keyline.grading.GradingManagement;
import org.keyline.grading.GradingScheme;
import org.keyline.grading.Metric;
import org.keyline.grading.StaleGradingEdit;
import org.keyline.grading.TierInput;
import org.keyline.people.KeylinePrincipal;
import org.keyline.shared.RuleViolation;
import org.keyline.shared.Text;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "How accounts are graded", readable by everybody who works with accounts, and the forms
 * in which directors change the criteria and the tiers. Every save regrades all accounts
 * (the service does it in the same transaction).
 */
@Controller
@RequestMapping("/grading")
class GradingSchemeController {

	private static final Pattern TIER_FIELD = Pattern.compile("tiers\\[(\\d+)\\]\\.(\\w+)");

	private final GradingManagement grading;

	GradingSchemeController(GradingManagement grading) {
		this.grading = grading;
	}

	@GetMapping
	String scheme(@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		if (!viewer.worksWithAccounts()) {
			throw new AccountActionRefused("see the grading scheme");
		}
		model.addAttribute("scheme", this.grading.scheme());
		model.addAttribute("director", viewer.isDirector());
		return "grading/scheme";
	}

	// ------------------------------------------------------------ criteria

	@GetMapping("/criteria/new")
	String newCriterion(@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		directing(me);
		model.addAttribute("form", new CriterionForm());
		return showCriterionForm(null, model);
	}

	@PostMapping("/criteria/new")
	String addCriterion(@ModelAttribute("form") CriterionForm form, BindingResult result,
			@RequestParam(required = false) String preview, @AuthenticationPrincipal KeylinePrincipal me, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = directing(me);
		form.padBands();
		if (!result.hasErrors()) {
			try {
				if (preview != null) {
					model.addAttribute("preview", this.grading.previewNewCriterion(form.toInput(), viewer));
					return showCriterionForm(null, model);
				}
				this.grading.addCriterion(form.toInput(), viewer);
				redirect.addFlashAttribute("flash", "grading.criterion.added");
				redirect.addFlashAttribute("flashArg", form.getName().trim());
				return "redirect:/grading";
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return showCriterionForm(null, model);
	}

	@GetMapping("/criteria/{id}/edit")
	String editCriterion(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		directing(me);
		GradingScheme.Criterion criterion = criterion(this.grading.scheme(), id);
		model.addAttribute("form", CriterionForm.from(criterion));
		return showCriterionForm(criterion, model);
	}

	@PostMapping("/criteria/{id}/edit")
	String updateCriterion(@PathVariable long id, @ModelAttribute("form") CriterionForm form, BindingResult result,
			@RequestParam(required = false) String preview, @AuthenticationPrincipal KeylinePrincipal me, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = directing(me);
		GradingScheme.Criterion criterion = criterion(this.grading.scheme(), id);
		form.padBands();
		if (!result.hasErrors()) {
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : criterion.version();
				if (preview != null) {
					model.addAttribute("preview", this.grading.previewCriterion(id, form.toInput(), version, viewer));
					return showCriterionForm(criterion, model);
				}
				this.grading.updateCriterion(id, form.toInput(), version, viewer);
				redirect.addFlashAttribute("flash", "grading.criterion.saved");
				redirect.addFlashAttribute("flashArg", form.getName().trim());
				return "redirect:/grading";
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
			catch (StaleGradingEdit stale) {
				GradingScheme.Criterion saved = criterion(this.grading.scheme(), id);
				model.addAttribute("stale", GradingStaleChanges.criterion(stale.by(), stale.at(), saved, form));
				form.setVersion(saved.version());
				criterion = saved;
			}
		}
		return showCriterionForm(criterion, model);
	}

	@PostMapping("/criteria/{id}/retire")
	String retireCriterion(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me,
			RedirectAttributes redirect) {
		Viewer viewer = directing(me);
		GradingScheme.Criterion criterion = criterion(this.grading.scheme(), id);
		try {
			this.grading.retireCriterion(id, viewer);
			redirect.addFlashAttribute("flash", "grading.criterion.retired");
			redirect.addFlashAttribute("flashArg", criterion.name());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("flashError", violation.messageKey());
		}
		return "redirect:/grading";
	}

	// ------------------------------------------------------------ tiers

	@GetMapping("/tiers")
	String tiers(@RequestParam(required = false) String preset, @AuthenticationPrincipal KeylinePrincipal me,
			Model model) {
		directing(me);
		GradingScheme scheme = this.grading.scheme();
		TierNaming naming = TierNaming.parse(preset);
		List<GradingScheme.Tier> tiers = (naming != TierNaming.CUSTOM) ? presetTiers(naming) : scheme.tiers();
		model.addAttribute("form", TiersForm.from(tiers, scheme.version()));
		return showTiersForm(scheme, model);
	}

	@PostMapping("/tiers")
	String saveTiers(@ModelAttribute("form") TiersForm form, BindingResult result,
			@RequestParam(required = false) String preview, @AuthenticationPrincipal KeylinePrincipal me, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = directing(me);
		GradingScheme scheme = this.grading.scheme();
		form.pad();
		List<Integer> rows = form.filledRows();
		if (!result.hasErrors()) {
			List<TierInput> typed = form.toInput(rows);
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : scheme.version();
				TierNaming naming = TierNaming
					.of(typed.stream().map((t) -> String.valueOf(Text.blankToNull(t.name()))).toList());
				if (preview != null) {
					model.addAttribute("preview", this.grading.previewTiers(naming.name(), typed, version, viewer));
					return showTiersForm(scheme, model);
				}
				this.grading.updateTiers(naming.name(), typed, version, viewer);
				redirect.addFlashAttribute("flash", "grading.tiers.saved");
				return "redirect:/grading";
			}
			catch (RuleViolation violation) {
				result.rejectValue(formField(violation.field(), rows), violation.messageKey());
			}
			catch (StaleGradingEdit stale) {
				scheme = this.grading.scheme();
				model.addAttribute("stale", GradingStaleChanges.tiers(stale.by(), stale.at(), scheme.tiers(), typed));
				form.setVersion(scheme.version());
			}
		}
		return showTiersForm(scheme, model);
	}

	/** The service names the n-th tier it was given; the form shows it on its own row. */
	private static String formField(String field, List<Integer> rows) {
		Matcher matcher = TIER_FIELD.matcher(field);
		if (matcher.matches()) {
			int index = Integer.parseInt(matcher.group(1));
			int row = (index < rows.size()) ? rows.get(index) : index;
			return "tiers[" + row + "]." + matcher.group(2);
		}
		return field;
	}

	private static List<GradingScheme.Tier> presetTiers(TierNaming naming) {
		List<TierNaming.Preset> presets = naming.tiers();
		return java.util.stream.IntStream.range(0, presets.size())
			.mapToObj((i) -> presets.get(i).asTier(i + 1))
			.toList();
	}

	// ------------------------------------------------------------ helpers

	private static Viewer directing(KeylinePrincipal me) {
		Viewer viewer = Viewer.of(me);
		if (!viewer.isDirector()) {
			throw new AccountActionRefused("change the grading scheme");
		}
		return viewer;
	}

	private static GradingScheme.Criterion criterion(GradingScheme scheme, long id) {
		return scheme.criteria()
			.stream()
			.filter((c) -> c.id() == id)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String showCriterionForm(GradingScheme.Criterion criterion, Model model) {
		model.addAttribute("criterion", criterion);
		model.addAttribute("kinds", CriterionKind.values());
		model.addAttribute("metrics", Metric.values());
		return "grading/criterion-form";
	}

	private String showTiersForm(GradingScheme scheme, Model model) {
		model.addAttribute("scheme", scheme);
		model.addAttribute("presets", List.of(TierNaming.OLYMPIC, TierNaming.FOOTBALL, TierNaming.AIRLINE));
		return "grading/tiers-form";
	}

}
