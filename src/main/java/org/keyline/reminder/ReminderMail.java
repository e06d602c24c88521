package org.keyline.reminder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.InternetAddress;
import org.keyline.reminder.ReminderQueries.DueAction;
import org.keyline.reminder.ReminderQueries.DueReviewReminder;
import org.keyline.reminder.ReminderQueries.Recipient;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;

/**
 * The reminder e-mail: a subject that counts what is due, an HTML body
 * ({@code templates/reminder/daily.html}, escaped like every page) and a plain-text
 * alternative ({@code templates/reminder/daily.txt}), each line with a link to where it
 * is dealt with ({@code keyline.base-url}).
 */
@Component
class ReminderMail {

	static final Locale LOCALE = Locale.ENGLISH;

	private final ITemplateEngine html;

	private final SpringTemplateEngine text;

	private final MessageSource messages;

	private final String baseUrl;

	private final String from;

	ReminderMail(ITemplateEngine html, MessageSource messages,
			@Value("${keyline.base-url:http://localhost:8080}") String baseUrl,
			@Value("${keyline.reminders.from:keyline@localhost}") String from) {
		this.html = html;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		this.text = new SpringTemplateEngine();
		this.text.setTemplateResolver(resolver);
		this.text.setTemplateEngineMessageSource(messages);
	}

	MimeMessagePreparator compose(Recipient to, List<DueAction> actions, List<DueReviewReminder> reviews,
			LocalDate day) {
		Context context = new Context(LOCALE);
		context.setVariable("name", to.name());
		context.setVariable("day", day);
		context.setVariable("actions", actions);
		context.setVariable("reviews", reviews);
		context.setVariable("baseUrl", this.baseUrl);
		String subject = subject(actions.size(), reviews.size());
		context.setVariable("subject", subject);
		String htmlBody = this.html.process("reminder/daily", context);
		String textBody = this.text.process("reminder/daily.txt", context);
		return (message) -> {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(new InternetAddress(to.email(), to.name(), StandardCharsets.UTF_8.name()));
			helper.setSubject(subject);
			helper.setText(textBody, htmlBody);
		};
	}

	/** "Keyline: 3 overdue actions, 1 review due". */
	String subject(int actions, int reviews) {
		List<String> parts = new ArrayList<>();
		if (actions > 0) {
			parts.add(this.messages.getMessage("reminder.subject.actions", new Object[] { actions }, LOCALE));
		}
		if (reviews > 0) {
			parts.add(this.messages.getMessage("reminder.subject.reviews", new Object[] { reviews }, LOCALE));
		}
		return this.messages.getMessage("reminder.subject", new Object[] { String.join(", ", parts) }, LOCALE);
	}

}
