package org.keyline.reminder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the daily reminders at {@code keyline.reminders.cron} (07:00 by default, in
 * {@code keyline.reminders.zone} or the server's time zone) when
 * {@code keyline.reminders.enabled} is true. ShedLock lets one instance at a time run it;
 * the delivery table keeps a second run the same day from e-mailing anyone again.
 */
@Component
class ReminderJob {

	private static final Logger logger = LoggerFactory.getLogger(ReminderJob.class);

	private final DailyReminders reminders;

	private final boolean enabled;

	ReminderJob(DailyReminders reminders, @Value("${keyline.reminders.enabled:false}") boolean enabled) {
		this.reminders = reminders;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkMail() {
		if (this.enabled && !this.reminders.canSend()) {
			logger.warn("keyline.reminders.enabled is true but no SMTP server is configured (spring.mail.host):"
					+ " no reminder e-mails will be sent");
		}
	}

	@Scheduled(cron = "${keyline.reminders.cron:0 0 7 * * *}", zone = "${keyline.reminders.zone:}")
	@SchedulerLock(name = "reminder.daily")
	void run() {
		if (this.enabled) {
			this.reminders.sendToday();
		}
	}

}
