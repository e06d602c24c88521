package org.keyline.portfolio.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.portfolio.AccountBrief;
import org.keyline.portfolio.AccountBriefs;
import org.keyline.shared.CompanyCurrency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The one-page account brief: a printable page ({@code /accounts/{id}/brief}) and the
 * same brief as a PDF download ({@code /accounts/{id}/brief.pdf}), for whoever may see
 * the account.
 */
@Controller
class BriefController {

	private final AccountBriefs briefs;

	private final BriefPdf pdf;

	private final CompanyCurrency money;

	BriefController(AccountBriefs briefs, BriefPdf pdf, CompanyCurrency money) {
		this.briefs = briefs;
		this.pdf = pdf;
		this.money = money;
	}

	@GetMapping("/accounts/{id}/brief")
	String brief(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		model.addAttribute("brief", this.briefs.brief(id, Viewer.of(me)));
		model.addAttribute("money", this.money);
		return "portfolio/brief";
	}

	@GetMapping("/accounts/{id}/brief.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Locale locale) {
		AccountBrief brief = this.briefs.brief(id, Viewer.of(me));
		byte[] body = this.pdf.render(brief, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(brief.name()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	/**
	 * {@code attachment; filename="<safe name>-brief.pdf"}, with the name as typed in
	 * {@code filename*} for browsers that read it.
	 */
	static String disposition(String accountName) {
		String utf8 = "filename*=UTF-8''" + URLEncoder.encode(accountName + "-brief.pdf", StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A");
		return "attachment; filename=\"" + safeFileName(accountName) + "-brief.pdf\"; " + utf8;
	}

	/**
	 * The account's name as an ASCII file name: accents dropped ("Łódź" is "Lodz"),
	 * anything but letters, digits, dots, dashes and underscores made a dash.
	 */
	static String safeFileName(String name) {
		String latin = Normalizer
			.normalize(name.replace("Ł", "L")
				.replace("ł", "l")
				.replace("Ø", "O")
				.replace("ø", "o")
				.replace("Æ", "AE")
				.replace("æ", "ae")
				.replace("ß", "ss"), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		String safe = latin.replaceAll("[^A-Za-z0-9._-]+", "-")
			.replaceAll("-{2,}", "-")
			.replaceAll("^[-.]+|[-.]+$", "");
		if (safe.length() > 80) {
			safe = safe.substring(0, 80).replaceAll("-+$", "");
		}
		return safe.isEmpty() ? "account" : safe;
	}

}
