package org.keyline.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose listener did not finish (Keyline stopped or crashed while it ran,
 * the database was down, the listener failed) to their listeners again.
 *
 * <p>
 * Spring Modulith can do so when an instance starts, but with several instances that
 * would re-run events another instance is handling right now, and an event would wait for
 * the next restart. Instead, once a minute, one instance (ShedLock) resubmits the events
 * published more than {@code keyline.events.resubmit-after} ago (default two minutes, far
 * longer than a listener takes) that are still incomplete; an event that keeps failing is
 * retried less and less often (after 2, 4, 8 … minutes, at most hourly). Listeners are
 * idempotent, so a second run does no harm.
 */
@Component
class OutstandingEvents {

	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	private final IncompleteEventPublications publications;

	private final Clock clock;

	private final Duration resubmitAfter;

	OutstandingEvents(IncompleteEventPublications publications, Clock clock,
			@Value("${keyline.events.resubmit-after:PT2M}") Duration resubmitAfter) {
		this.publications = publications;
		this.clock = clock;
		this.resubmitAfter = resubmitAfter;
	}

	@Scheduled(cron = "${keyline.events.resubmit-cron:30 * * * * *}")
	@SchedulerLock(name = "shared.outstanding-events", lockAtMostFor = "PT10M")
	void resubmit() {
		Instant now = this.clock.instant();
		this.publications.resubmitIncompletePublications((publication) -> due(publication, now));
	}

	boolean due(EventPublication publication, Instant now) {
		if (publication.getPublicationDate().plus(this.resubmitAfter).isAfter(now)) {
			return false;
		}
		Instant last = publication.getLastResubmissionDate();
		if (last == null) {
			return true;
		}
		int attempts = Math.min(Math.max(publication.getCompletionAttempts(), 1), 10);
		Duration wait = this.resubmitAfter.multipliedBy(1L << (attempts - 1));
		if (wait.compareTo(LONGEST_WAIT) > 0) {
			wait = LONGEST_WAIT;
		}
		return !last.plus(wait).isAfter(now);
	}

}
