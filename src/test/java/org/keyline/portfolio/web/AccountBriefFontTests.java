package org.keyline.portfolio.web;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.portfolio.AccountBrief;
import org.keyline.portfolio.AccountBriefs;
import org.keyline.shared.CompanyCurrency;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF brief's fonts: DejaVu Sans where Debian's fonts-dejavu-core is installed, else
 * Liberation Sans from the pdfbox jar; either way text beyond Latin-1 comes through. And
 * safe download file names.
 */
@KeylineTest
class AccountBriefFontTests {

	@Autowired
	ITemplateEngine templates;

	@Autowired
	CompanyCurrency money;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountBriefs briefs;

	@Autowired
	TestUsers users;

	@Test
	void withoutDejaVuTheBriefFallsBackToLiberationSansFromThePdfboxJar() throws Exception {
		Viewer owner = Accounts.aViewer(this.users, "font", Role.MANAGER);
		String name = Accounts.uniqueName("Żabka Łódź — €");
		long id = this.accounts.create(Accounts.withName(Accounts.aProfile(), name), null, owner);
		AccountBrief brief = this.briefs.brief(id, owner);
		BriefPdf fallback = new BriefPdf(this.templates, this.money, Path.of("/nonexistent-fonts"));
		assertThat(fallback.fontName()).isEqualTo("Liberation Sans");
		try (PDDocument document = Loader.loadPDF(fallback.render(brief, Locale.UK))) {
			assertThat(new PDFTextStripper().getText(document)).contains(name);
		}
		BriefPdf usual = new BriefPdf(this.templates, this.money);
		if (usual.fontName().equals("DejaVu Sans")) {
			try (PDDocument document = Loader.loadPDF(usual.render(brief, Locale.UK))) {
				assertThat(new PDFTextStripper().getText(document)).contains(name);
			}
		}
	}

	@Test
	void downloadFileNamesAreSafe() {
		assertThat(BriefController.safeFileName("Łódź Sp. z o.o.")).isEqualTo("Lodz-Sp.-z-o.o");
		assertThat(BriefController.safeFileName("\"/..\\evil\r\n")).isEqualTo("evil");
		assertThat(BriefController.safeFileName("東京")).isEqualTo("account");
		assertThat(BriefController.disposition("Łódź"))
			.startsWith("attachment; filename=\"Lodz-brief.pdf\"; filename*=UTF-8''");
	}

	@Test
	void onlyCharactersXmlAllowsReachTheRenderer() {
		assertThat(BriefPdf.xmlCharactersOnly("plain text, Łódź \ud83d\ude80\t\r\n"))
			.isEqualTo("plain text, Łódź \ud83d\ude80\t\r\n");
		assertThat(BriefPdf.xmlCharactersOnly("a\u0000b\u0007c\u001bd\ud800e\udc00f\uffffg")).isEqualTo("abcdefg");
	}

}
