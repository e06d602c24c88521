package org.keyline.relationship;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes every account's coverage summary every night ("going cold" and team
 * memberships that start or end on a given day change with the date alone), and when
 * Keyline starts if some summary is older than today or some active account has none (it
 * may have been down at night; demo data, seeded by an {@code ApplicationRunner} before
 * the application is ready, is written straight into the tables).
 */
@Component
class CoverageRefresh {

	private final CoverageSummaries summaries;

	CoverageRefresh(CoverageSummaries summaries) {
		this.summaries = summaries;
	}

	@Scheduled(cron = "${keyline.relationships.coverage-refresh-cron:0 20 0 * * *}")
	@SchedulerLock(name = "relationship.coverage-refresh")
	void nightly() {
		this.summaries.refreshAll();
	}

	// Under the nightly job's lock: instances starting together refresh once, not each.
	@EventListener(ApplicationReadyEvent.class)
	@SchedulerLock(name = "relationship.coverage-refresh")
	void atStartup() {
		if (this.summaries.stale()) {
			this.summaries.refreshAll();
		}
	}

}
