package org.keyline.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.events.EventPublication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which unfinished events are handed to their listeners again: not those a listener may
 * still be working on, and those that keep failing less and less often.
 */
class OutstandingEventsTests {

	static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	final OutstandingEvents events = new OutstandingEvents(null, Clock.fixed(NOW, ZoneOffset.UTC),
			Duration.ofMinutes(2));

	@Test
	void anEventPublishedAMomentAgoIsLeftToItsListener() {
		assertThat(this.events.due(publication(NOW.minusSeconds(30), null, 0), NOW)).isFalse();
		assertThat(this.events.due(publication(NOW.minusSeconds(119), null, 0), NOW)).isFalse();
	}

	@Test
	void anEventUnfinishedForTwoMinutesIsResubmitted() {
		assertThat(this.events.due(publication(NOW.minusSeconds(120), null, 0), NOW)).isTrue();
		assertThat(this.events.due(publication(NOW.minus(Duration.ofDays(2)), null, 1), NOW)).isTrue();
	}

	@Test
	void anEventThatKeepsFailingWaitsLongerEachTimeAtMostAnHour() {
		Instant published = NOW.minus(Duration.ofDays(1));
		assertThat(this.events.due(publication(published, NOW.minusSeconds(60), 1), NOW)).isFalse();
		assertThat(this.events.due(publication(published, NOW.minusSeconds(120), 1), NOW)).isTrue();
		assertThat(this.events.due(publication(published, NOW.minus(Duration.ofMinutes(7)), 3), NOW)).isFalse();
		assertThat(this.events.due(publication(published, NOW.minus(Duration.ofMinutes(8)), 3), NOW)).isTrue();
		assertThat(this.events.due(publication(published, NOW.minus(Duration.ofMinutes(59)), 30), NOW)).isFalse();
		assertThat(this.events.due(publication(published, NOW.minus(Duration.ofMinutes(60)), 30), NOW)).isTrue();
	}

	static EventPublication publication(Instant published, Instant lastResubmission, int attempts) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return "event";
			}

			@Override
			public Instant getPublicationDate() {
				return published;
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			public Instant getLastResubmissionDate() {
				return lastResubmission;
			}

			@Override
			public int getCompletionAttempts() {
				return attempts;
			}

		};
	}

}
