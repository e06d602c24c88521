package org.keyline.reminder;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an SMTP server (no {@code spring.mail.host}, so no {@link JavaMailSender}) the
 * reminders send nothing, read nothing and fail nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReminderWithoutMailTests {

	@Test
	void withoutAMailSenderNothingIsSentAndAWarningIsLogged(CapturedOutput output) {
		DailyReminders reminders = new DailyReminders(null, null,
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), null, null);
		assertThat(reminders.canSend()).isFalse();
		assertThat(reminders.send(LocalDate.of(2031, 1, 1))).isEqualTo(new DailyReminders.Outcome(0, 0, 0));
		ReminderJob job = new ReminderJob(reminders, true);
		job.checkMail();
		assertThat(output).contains("no SMTP server is configured (spring.mail.host)");
	}

}
