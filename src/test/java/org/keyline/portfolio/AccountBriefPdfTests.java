package org.keyline.portfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.people.TestUsers;
import org.keyline.people.Users;
import org.keyline.plan.PlanManagement;
import org.keyline.portfolio.BriefFixtures.BriefAccount;
import org.keyline.relationship.ContactManagement;
import org.keyline.review.StrategyReviews;
import org.keyline.vision.VisionManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account brief as a PDF rendered on the server: a PDF, downloaded under the
 * account's name, with the account's name and vision in its text, also when they hold
 * characters beyond Latin-1; page one is saved as
 * {@code target/screenshots/brief-pdf-*.png} to look at.
 */
@KeylineTest
class AccountBriefPdfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	VisionManagement visions;

	@Autowired
	PlanManagement plans;

	@Autowired
	StrategyReviews reviews;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theRichBriefIsAPdfWithTheNameAndTheVisionBeyondLatin1() throws Exception {
		String name = "Łódź Logistyka " + Accounts.uniqueName("Sp. z o.o.");
		BriefAccount a = BriefFixtures.rich(this.accounts, this.users, this.contacts, this.visions, this.plans,
				this.reviews, this.jdbc, name);
		MockHttpServletResponse response = pdf(a);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"Lodz-Logistyka-")
			.contains("-brief.pdf\"")
			.contains("filename*=UTF-8''");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = oneLine(new PDFTextStripper().getText(document));
			assertThat(text).contains(name)
				.contains(oneLine(BriefFixtures.VISION))
				.contains("Tier and why")
				.contains("Strong sponsor, weak at purchasing")
				.contains("Overdue action 0")
				.contains("€");
			assertThat(document.getNumberOfPages()).as("one A4 page").isEqualTo(1);
			snapshot(document, "brief-pdf-rich");
		}
	}

	@Test
	void theBareBriefIsAPdfWithItsEmptyStates() throws Exception {
		BriefAccount a = BriefFixtures.bare(this.accounts, this.users, this.jdbc,
				Accounts.uniqueName("Bare PDF — “Ørsted”"));
		MockHttpServletResponse response = pdf(a);
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = oneLine(new PDFTextStripper().getText(document));
			assertThat(text).contains(a.name()).contains("No vision yet").contains("No open account plan");
			assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"Bare-PDF-Orsted-");
			snapshot(document, "brief-pdf-bare");
		}
	}

	@Test
	void controlCharactersInStoredTextDoNotBreakThePdf() throws Exception {
		// found by the hostile-input suite: a bell character in a contact's name made the
		// PDF
		// a server error (its renderer parses the page as XML); the web refuses them now,
		// but
		// text can reach the database by other paths
		BriefAccount a = BriefFixtures.rich(this.accounts, this.users, this.contacts, this.visions, this.plans,
				this.reviews, this.jdbc, Accounts.uniqueName("Control"));
		this.jdbc.update("update relationship_contact set name = 'Bell\u0007 Escape\u001b Ada' where account_id = ?",
				a.id());
		MockHttpServletResponse response = pdf(a);
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(oneLine(new PDFTextStripper().getText(document))).contains("Bell Escape Ada");
		}
	}

	private MockHttpServletResponse pdf(BriefAccount a) throws Exception {
		return this.mvc
			.perform(get("/accounts/{id}/brief.pdf", a.id()).with(Users.as(this.userDetails, a.owner().username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static void snapshot(PDDocument document, String name) throws IOException {
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
				folder.resolve(name + ".png").toFile());
	}

}
