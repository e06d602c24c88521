package org.keyline.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Works on a few requests at once, twice as many as there are processors by default
 * ({@link RequestAdmissionProperties}), and lets the others wait their turn in the order
 * they came; a request that waited longer than {@code keyline.requests.max-wait} is
 * answered 503 with a page that says Keyline is busy ({@link UnavailablePage}), having
 * changed nothing.
 *
 * <p>
 * Sixteen requests on two processors otherwise share them sixteen ways, each in slices
 * between its round trips to PostgreSQL, and a request that loses its turn a few times
 * waits for all the others: on the benchmark's account page (docs/performance.md) the
 * slowest twentieth took 1.8 times as long as the average. Taken in turn, four at a time,
 * the same requests took 1.3 times the average, and Keyline answered more of them a
 * second, as fewer of them compete for the processors' caches. The semaphore is fair, so
 * the turn is the order of arrival.
 *
 * <p>
 * {@code /actuator/} (health for the load balancer, which must answer while Keyline is
 * busy) and the static files under {@code /assets/} and {@code /webjars/} do not wait.
 * The filter stands outside every other one but the character encoding and the request's
 * observation ({@link RequestAdmissionConfiguration}), so the session's read and the
 * sign-in check are part of the turn.
 */
class RequestAdmissionFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestAdmissionFilter.class);

	private final Semaphore turns;

	private final int permits;

	private final long maxWaitNanos;

	private final ITemplateEngine templates;

	RequestAdmissionFilter(int permits, Duration maxWait, ITemplateEngine templates) {
		this.turns = new Semaphore(permits, true);
		this.permits = permits;
		this.maxWaitNanos = maxWait.toNanos();
		this.templates = templates;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/") || path.startsWith("/assets/") || path.startsWith("/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.turns.tryAcquire(this.maxWaitNanos, TimeUnit.NANOSECONDS);
			if (!admitted) {
				log.warn("Keyline is busy: {} {} waited {} ms for one of {} turns and was answered 503",
						request.getMethod(), request.getRequestURI(), TimeUnit.NANOSECONDS.toMillis(this.maxWaitNanos),
						this.permits);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			log.warn("{} {} was interrupted while it waited for its turn (Keyline stopping?) and was answered 503",
					request.getMethod(), request.getRequestURI());
			admitted = false;
		}
		if (!admitted) {
			UnavailablePage.answer(this.templates, request, response, UnavailablePage.Reason.BUSY,
					UnavailablePage.reads(request) ? "busy.read" : "busy.write");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.turns.release();
		}
	}

	/** Requests waiting for their turn now (an estimate, for tests). */
	int waiting() {
		return this.turns.getQueueLength();
	}

}
