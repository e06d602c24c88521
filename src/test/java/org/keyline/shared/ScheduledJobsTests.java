package org.keyline.shared;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduled job of Keyline's runs on one instance at a time when several share the
 * database: each {@code @Scheduled} method is locked with ShedLock's
 * {@code @SchedulerLock}, under a name of its own.
 */
class ScheduledJobsTests {

	@Test
	void everyScheduledJobIsLockedUnderItsOwnName() throws ClassNotFoundException {
		List<String> jobs = new ArrayList<>();
		List<String> unlocked = new ArrayList<>();
		List<String> names = new ArrayList<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.keyline")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			for (Method method : type.getDeclaredMethods()) {
				if (!AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
					continue;
				}
				String job = type.getSimpleName() + "." + method.getName();
				jobs.add(job);
				SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
				if (lock == null) {
					unlocked.add(job);
				}
				else {
					names.add(lock.name());
				}
			}
		}
		assertThat(jobs).as("the scheduled jobs found")
			.contains("CsvImports.deleteExpired", "ExpiredSessionCleanup.deleteExpired", "OutstandingEvents.resubmit",
					"NightlyRegrade.regrade", "OverrideExpiry.expire", "ReminderJob.run", "CoverageRefresh.nightly");
		assertThat(unlocked).as("scheduled jobs without @SchedulerLock").isEmpty();
		assertThat(names).as("lock names").doesNotHaveDuplicates();
	}

}
