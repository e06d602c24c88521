package org.keyline.grading;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends overrides whose date has passed: every night shortly after midnight, and when
 * Keyline starts (it may have been down at midnight). Idempotent, so several instances
 * may run it.
 */
@Component
class OverrideExpiry {

	private static final Logger logger = LoggerFactory.getLogger(OverrideExpiry.class);

	private final GradingManagement grading;

	OverrideExpiry(GradingManagement grading) {
		this.grading = grading;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "${keyline.grading.override-expiry-cron:0 5 0 * * *}")
	@SchedulerLock(name = "grading.override-expiry")
	void expire() {
		int ended = this.grading.expireOverrides();
		if (ended > 0) {
			logger.info("Ended {} expired tier overrides", ended);
		}
	}

}
