package org.keyline.dataio.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountRuleViolation;
import org.keyline.account.Industry;
import org.keyline.account.Viewer;
import org.keyline.dataio.importing.CsvImports;
import org.keyline.dataio.importing.DuplicateChoice;
import org.keyline.dataio.importing.ImportField;
import org.keyline.dataio.importing.ImportKind;
import org.keyline.dataio.importing.ImportOutcome;
import org.keyline.dataio.importing.ImportRefused;
import org.keyline.dataio.importing.Preview;
import org.keyline.dataio.importing.Problem;
import org.keyline.people.KeylinePrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The import pages: {@code /accounts/import} (upload), {@code /accounts/import/{id}} (the
 * preview: mapping, failing rows, duplicates, first rows, confirmation),
 * {@code .../mapping}, {@code .../cancel} and {@code .../failures.csv}. Only the person
 * who uploaded a file reaches it (anyone else: 404).
 */
@Controller
@RequestMapping("/accounts/import")
class ImportController {

	private static final Logger logger = LoggerFactory.getLogger(ImportController.class);

	/** Failing rows and duplicates shown on the page; the report lists every one. */
	static final int SHOWN = 100;

	private final CsvImports imports;

	private final MessageSource messages;

	ImportController(CsvImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String start(@RequestParam(required = false) ImportKind kind, @RequestParam(required = false) Long account,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		UploadForm form = new UploadForm();
		List<ImportKind> kinds = kinds(viewer);
		if (kinds.isEmpty()) {
			throw new AccountActionRefused("import");
		}
		form.setKind((kind != null && kinds.contains(kind)) ? kind : kinds.get(0));
		if (account != null) {
			this.imports.contactsAccount(account, viewer);
			form.setKind(ImportKind.CONTACTS);
			form.setAccountId(account);
		}
		model.addAttribute("form", form);
		return showUpload(viewer, form, model);
	}

	@PostMapping
	String upload(@ModelAttribute("form") UploadForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Viewer viewer = Viewer.of(me);
		if (form.getKind() == null || !kinds(viewer).contains(form.getKind())) {
			throw new AccountActionRefused("import");
		}
		if (result.hasErrors()) {
			// a value that is not one of the choices offered: said next to its field
			return showUpload(viewer, form, model);
		}
		try {
			byte[] content = (form.getFile() != null) ? form.getFile().getBytes() : new byte[0];
			UUID id = this.imports.upload(form.getKind(),
					(form.getFile() != null) ? form.getFile().getOriginalFilename() : null, content, form.getOwnerId(),
					(form.getKind() == ImportKind.CONTACTS) ? form.getAccountId() : null, viewer);
			return "redirect:/accounts/import/" + id;
		}
		catch (ImportRefused refused) {
			result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return showUpload(viewer, form, model);
	}

	private String showUpload(Viewer viewer, UploadForm form, Model model) {
		model.addAttribute("kinds", kinds(viewer));
		model.addAttribute("director", viewer.isDirector());
		if (viewer.isDirector()) {
			model.addAttribute("owners", this.imports.possibleOwners());
		}
		if (form.getAccountId() != null) {
			model.addAttribute("account", this.imports.contactsAccount(form.getAccountId(), viewer));
		}
		model.addAttribute("maxMegabytes", Math.max(1, this.imports.maxBytes() / (1024 * 1024)));
		return "dataio/upload";
	}

	private List<ImportKind> kinds(Viewer viewer) {
		return Arrays.stream(ImportKind.values()).filter((kind) -> this.imports.mayImport(kind, viewer)).toList();
	}

	@GetMapping("/{id}")
	String preview(@PathVariable UUID id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		Preview preview = this.imports.preview(id, Viewer.of(me));
		model.addAttribute("mappingForm", MappingForm.from(preview));
		ConfirmForm confirm = new ConfirmForm();
		model.addAttribute("confirmForm", confirm);
		return showPreview(preview, confirm, model);
	}

	@PostMapping("/{id}/mapping")
	String map(@PathVariable UUID id, @ModelAttribute("mappingForm") MappingForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		tamperedWith(result);
		Set<ImportField> twice = this.imports.choose(id, form.getColumns(), form.getDefaultIndustry(),
				form.getDefaultCountry(), viewer);
		if (twice.isEmpty()) {
			redirect.addFlashAttribute("flash", "import.mapping.saved");
			return "redirect:/accounts/import/" + id;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String fields = twice.stream()
			.map((field) -> this.messages.getMessage(field.labelKey(), null, locale))
			.collect(Collectors.joining(", "));
		result.rejectValue("columns", "import.mapping.twice", new Object[] { fields }, null);
		ConfirmForm confirm = new ConfirmForm();
		model.addAttribute("confirmForm", confirm);
		return showPreview(this.imports.preview(id, viewer), confirm, model);
	}

	@PostMapping("/{id}")
	String confirm(@PathVariable UUID id, @ModelAttribute("confirmForm") ConfirmForm form, BindingResult result,
			@AuthenticationPrincipal KeylinePrincipal me, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(me);
		tamperedWith(result);
		try {
			ImportOutcome outcome = this.imports.confirm(id,
					(form.getDuplicates() != null) ? form.getDuplicates() : DuplicateChoice.SKIP, form.isSkipFailing(),
					form.getSeenFailing(), form.getSeenDuplicates(), viewer);
			redirect.addFlashAttribute("flash", "import.done");
			redirect.addFlashAttribute("flashArg",
					this.messages.getMessage(
							"import.done." + outcome.kind(), new Object[] { outcome.created(), outcome.updated(),
									outcome.skippedDuplicates(), outcome.skippedFailing() },
							LocaleContextHolder.getLocale()));
			return (outcome.accountId() != null) ? "redirect:/accounts/" + outcome.accountId() + "/contacts"
					: "redirect:/accounts";
		}
		catch (ImportRefused refused) {
			if ("changed".equals(refused.field())) {
				model.addAttribute("changed", true);
			}
			else {
				result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
			}
		}
		catch (AccountRuleViolation | AccountActionRefused | DataAccessException failed) {
			// Nothing was written: the transaction was rolled back as a whole.
			logger.warn("Import {} by {} failed and was rolled back: {}", id, viewer.username(), failed.toString());
			model.addAttribute("writeFailed", true);
		}
		Preview preview = this.imports.preview(id, viewer);
		model.addAttribute("mappingForm", MappingForm.from(preview));
		return showPreview(preview, form, model);
	}

	/**
	 * The mapping and confirmation forms offer lists, options and hidden counts only: a
	 * value that does not bind was not sent by the page, and nothing is done with it.
	 */
	private static void tamperedWith(BindingResult result) {
		if (result.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "import form values that the page does not send");
		}
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) Long account,
			@AuthenticationPrincipal KeylinePrincipal me, RedirectAttributes redirect) {
		this.imports.cancel(id, Viewer.of(me));
		redirect.addFlashAttribute("flash", "import.cancelled");
		return (account != null) ? "redirect:/accounts/" + account + "/contacts" : "redirect:/accounts";
	}

	/** Every failing row with why, as CSV (UTF-8 with a byte order mark, for Excel). */
	@GetMapping("/{id}/failures.csv")
	ResponseEntity<byte[]> failures(@PathVariable UUID id, @AuthenticationPrincipal KeylinePrincipal me) {
		Preview preview = this.imports.preview(id, Viewer.of(me));
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder out = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(this.messages.getMessage("import.failures.row", null, locale),
					this.messages.getMessage("import.failures.column", null, locale),
					this.messages.getMessage("import.failures.value", null, locale),
					this.messages.getMessage("import.failures.problem", null, locale));
			for (Problem problem : preview.review().problems()) {
				printer.printRecord(problem.row(), (problem.column() != null) ? problem.column() : "",
						(problem.value() != null) ? problem.value() : "", this.messages.getMessage(problem, locale));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(this.messages.getMessage("import.report.filename", null, locale))
						.build()
						.toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String showPreview(Preview preview, ConfirmForm confirm, Model model) {
		confirm.setSeenFailing(preview.review().failingRows());
		confirm.setSeenDuplicates(preview.review().duplicates().size());
		model.addAttribute("preview", preview);
		model.addAttribute("review", preview.review());
		model.addAttribute("fields", ImportField.of(preview.kind()));
		model.addAttribute("industries", Industry.values());
		model.addAttribute("countries", COUNTRIES);
		model.addAttribute("shown", SHOWN);
		model.addAttribute("choices", DuplicateChoice.values());
		return "dataio/preview";
	}

	/** ISO country codes with their English names, by name. */
	static final List<String[]> COUNTRIES = Arrays.stream(Locale.getISOCountries())
		.map((code) -> new String[] { code, new Locale("", code).getDisplayCountry(Locale.ENGLISH) })
		.sorted(Comparator.comparing((String[] country) -> country[1]))
		.toList();

}
