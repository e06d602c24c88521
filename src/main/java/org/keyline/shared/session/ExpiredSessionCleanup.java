package org.keyline.shared.session;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions. Spring Session's own cleanup task runs on every instance
 * ({@code spring.session.jdbc.cleanup-cron} is switched off); this one runs on one
 * instance at a time (ShedLock).
 */
@Component
class ExpiredSessionCleanup {

	private final JdbcIndexedSessionRepository sessions;

	ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${keyline.sessions.cleanup-cron:0 */5 * * * *}")
	@SchedulerLock(name = "shared.expired-sessions", lockAtMostFor = "PT5M")
	void deleteExpired() {
		this.sessions.cleanUpExpiredSessions();
	}

}
