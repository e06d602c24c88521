package org.keyline.portfolio.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.keyline.portfolio.AccountBrief;
import org.keyline.shared.CompanyCurrency;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders the account brief as a PDF on the server: the brief's Thymeleaf template (the
 * same {@code sheet} fragment the HTML page shows, in a standalone XHTML page with its
 * own embedded CSS) is rendered to a string and laid out with openhtmltopdf.
 * <p>
 * Fonts: openhtmltopdf's built-in PDF fonts cover Latin-1 only, so "Łódź" or "€" would
 * come out as "#". The brief embeds DejaVu Sans (regular and bold) when Debian's
 * {@code fonts-dejavu-core} is installed ({@code /usr/share/fonts/truetype/dejavu};
 * {@code scripts/install-test-dependencies.sh} installs it, the Dockerfile does not yet),
 * else Liberation Sans Regular, which ships inside the pdfbox jar on the classpath (for
 * both weights: bold then looks regular). Both cover Latin Extended, the euro sign and
 * dashes; nothing is downloaded.
 */
@Component
class BriefPdf {

	private static final Log logger = LogFactory.getLog(BriefPdf.class);

	static final String FAMILY = "Brief Sans";

	static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

	static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;

	private final CompanyCurrency money;

	private final Path fontFolder;

	@Autowired
	BriefPdf(ITemplateEngine templates, CompanyCurrency money) {
		this(templates, money, DEJAVU);
	}

	BriefPdf(ITemplateEngine templates, CompanyCurrency money, Path fontFolder) {
		this.templates = templates;
		this.money = money;
		this.fontFolder = fontFolder;
	}

	/** The brief's XHTML, as laid out into the PDF. */
	String html(AccountBrief brief, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("brief", brief);
		context.setVariable("money", this.money);
		return this.templates.process("portfolio/brief-pdf", context);
	}

	byte[] render(AccountBrief brief, Locale locale) {
		String html = html(brief, locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			fonts(builder);
			builder.withHtmlContent(xmlCharactersOnly(html), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The text without the characters XML 1.0 does not allow (control characters but tab,
	 * line feed and carriage return; unpaired surrogates; U+FFFE and U+FFFF): the PDF
	 * renderer parses the page as XML and fails on the first one, so one such character
	 * in a contact's notes would make the brief a server error. They show nothing anyway.
	 */
	static String xmlCharactersOnly(String text) {
		StringBuilder clean = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed;
			if (Character.isHighSurrogate(c)) {
				allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
				if (allowed) {
					if (clean != null) {
						clean.append(c).append(text.charAt(i + 1));
					}
					i++;
					continue;
				}
			}
			else {
				allowed = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
						&& c != '\uFFFE' && c != '\uFFFF';
			}
			if (!allowed && clean == null) {
				clean = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (allowed && clean != null) {
				clean.append(c);
			}
		}
		return (clean != null) ? clean.toString() : text;
	}

	/** Which font the brief embeds: "DejaVu Sans" or "Liberation Sans". */
	String fontName() {
		return dejaVu() ? "DejaVu Sans" : "Liberation Sans";
	}

	private boolean dejaVu() {
		return Files.isReadable(this.fontFolder.resolve("DejaVuSans.ttf"))
				&& Files.isReadable(this.fontFolder.resolve("DejaVuSans-Bold.ttf"));
	}

	private void fonts(PdfRendererBuilder builder) {
		if (dejaVu()) {
			builder.useFont(this.fontFolder.resolve("DejaVuSans.ttf").toFile(), FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(this.fontFolder.resolve("DejaVuSans-Bold.ttf").toFile(), FAMILY, 700, FontStyle.NORMAL,
					true);
			return;
		}
		if (BriefPdf.class.getResource(LIBERATION) == null) {
			logger.warn("No Unicode font for the PDF brief (neither DejaVu Sans nor Liberation Sans): "
					+ "characters outside Latin-1 will show as '#'");
			return;
		}
		builder.useFont(BriefPdf::liberation, FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(BriefPdf::liberation, FAMILY, 700, FontStyle.NORMAL, true);
	}

	private static InputStream liberation() {
		return BriefPdf.class.getResourceAsStream(LIBERATION);
	}

}
