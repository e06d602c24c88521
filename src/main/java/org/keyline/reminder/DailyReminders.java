package org.keyline.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keyline.reminder.ReminderQueries.DueAction;
import org.keyline.reminder.ReminderQueries.DueReviewReminder;
import org.keyline.reminder.ReminderQueries.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder e-mail: each enabled person with overdue plan actions, or strategy
 * reviews due on accounts they own or mentor, gets one e-mail listing both; nobody else
 * gets one. A person gets at most one a day ({@code reminder_delivery}), however often
 * the job runs and on however many instances.
 */
@Service
public class DailyReminders {

	private static final Logger logger = LoggerFactory.getLogger(DailyReminders.class);

	private final ReminderQueries queries;

	private final ReminderMail mail;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DailyReminders(ReminderQueries queries, ReminderMail mail, ObjectProvider<JavaMailSender> mailSender,
			TransactionTemplate transactions, Clock clock) {
		this.queries = queries;
		this.mail = mail;
		this.mailSender = mailSender;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Whether e-mail can be sent at all (SMTP configured: {@code spring.mail.host}). */
	public boolean canSend() {
		return this.mailSender.getIfAvailable() != null;
	}

	/** Sends today's reminders (the clock's date). */
	public Outcome sendToday() {
		return send(LocalDate.now(this.clock));
	}

	/**
	 * Sends the reminders of this day to everyone who has something due and has not had
	 * them yet. Two statements to find what is due, then one transaction per person: it
	 * records the delivery and sends the e-mail, so a failed sending is retried at the
	 * next run and a person is never e-mailed twice the same day.
	 */
	public Outcome send(LocalDate day) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			logger.warn("Daily reminders not sent: no SMTP server configured (set spring.mail.host)");
			return new Outcome(0, 0, 0);
		}
		Map<Long, Due> due = new LinkedHashMap<>();
		for (DueAction action : this.queries.overdueActions(day)) {
			due.computeIfAbsent(action.owner().id(), (id) -> new Due(action.owner())).actions.add(action);
		}
		for (DueReviewReminder review : this.queries.dueReviews(day)) {
			due.computeIfAbsent(review.person().id(), (id) -> new Due(review.person())).reviews.add(review);
		}
		int sent = 0;
		int skipped = 0;
		int failed = 0;
		for (Due person : due.values()) {
			try {
				boolean delivered = Boolean.TRUE
					.equals(this.transactions.execute((status) -> deliver(sender, person, day)));
				if (delivered) {
					sent++;
				}
				else {
					skipped++;
				}
			}
			catch (RuntimeException ex) {
				failed++;
				logger.error("Daily reminder to user {} failed; it is retried at the next run", person.recipient.id(),
						ex);
			}
		}
		if (sent > 0 || failed > 0) {
			logger.info("Daily reminders for {}: {} sent, {} already sent, {} failed", day, sent, skipped, failed);
		}
		return new Outcome(sent, skipped, failed);
	}

	private boolean deliver(JavaMailSender sender, Due person, LocalDate day) {
		if (!this.queries.recordDelivery(person.recipient.id(), day, this.clock.instant(), person.actions.size(),
				person.reviews.size())) {
			return false;
		}
		Optional.ofNullable(person.recipient.email())
			.filter((email) -> !email.isBlank())
			.ifPresentOrElse(
					(email) -> sender.send(this.mail.compose(person.recipient, person.actions, person.reviews, day)),
					() -> logger.warn("User {} has no e-mail address: no reminder", person.recipient.id()));
		return true;
	}

	/**
	 * What a run did: e-mails sent, people who had theirs already, sendings that failed.
	 */
	public record Outcome(int sent, int alreadySent, int failed) {
	}

	private static final class Due {

		private final Recipient recipient;

		private final List<DueAction> actions = new ArrayList<>();

		private final List<DueReviewReminder> reviews = new ArrayList<>();

		Due(Recipient recipient) {
			this.recipient = recipient;
		}

	}

}
