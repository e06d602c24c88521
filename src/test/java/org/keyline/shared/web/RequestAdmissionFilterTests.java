package org.keyline.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * Requests are worked on a few at a time and the others wait their turn in the order they
 * came; one that waited too long gets the 503 page "Keyline is busy" and reaches nothing
 * behind the filter; health and static files never wait. Real threads, the real
 * templates.
 */
@KeylineTest
class RequestAdmissionFilterTests {

	@Autowired
	ITemplateEngine templates;

	@Autowired
	FilterRegistrationBean<RequestAdmissionFilter> registration;

	@Autowired
	RequestAdmissionProperties properties;

	final CountDownLatch release = new CountDownLatch(1);

	final ExecutorService threads = Executors.newCachedThreadPool();

	final List<String> served = new CopyOnWriteArrayList<>();

	@AfterEach
	void letGo() {
		this.release.countDown();
		this.threads.shutdownNow();
	}

	@Test
	void aRequestBeyondTheLimitWaitsForItsTurnAndIsServedWhenOneIsDone() throws Exception {
		RequestAdmissionFilter filter = new RequestAdmissionFilter(1, Duration.ofSeconds(20), this.templates);
		CompletableFuture<MockHttpServletResponse> first = holding(filter, "first");
		CompletableFuture<MockHttpServletResponse> second = CompletableFuture
			.supplyAsync(() -> run(filter, get("/accounts"), recording("second")), this.threads);
		awaitWaiting(filter, 1);
		assertThat(this.served).containsExactly("first");
		assertThat(second).isNotDone();

		this.release.countDown();
		assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(this.served).containsExactly("first", "second");
	}

	@Test
	void turnsAreTakenInTheOrderOfArrival() throws Exception {
		RequestAdmissionFilter filter = new RequestAdmissionFilter(1, Duration.ofSeconds(20), this.templates);
		CompletableFuture<MockHttpServletResponse> first = holding(filter, "first");
		List<CompletableFuture<MockHttpServletResponse>> waiting = new CopyOnWriteArrayList<>();
		for (String name : List.of("b", "c", "d", "e")) {
			waiting
				.add(CompletableFuture.supplyAsync(() -> run(filter, get("/accounts"), recording(name)), this.threads));
			awaitWaiting(filter, waiting.size());
		}
		this.release.countDown();
		CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		first.get(10, TimeUnit.SECONDS);
		assertThat(this.served).containsExactly("first", "b", "c", "d", "e");
	}

	@Test
	void aRequestThatWaitedTooLongIsAnswered503WithTheBusyPageAndReachesNothing() throws Exception {
		RequestAdmissionFilter filter = new RequestAdmissionFilter(1, Duration.ofMillis(300), this.templates);
		holding(filter, "first");

		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/accounts/7/interactions");
		post.addPreferredLocale(Locale.ENGLISH);
		MockHttpServletResponse posted = run(filter, post, recording("post"));
		assertThat(posted.getStatus()).isEqualTo(503);
		assertThat(posted.getHeader("Retry-After")).isEqualTo("2");
		assertThat(posted.getHeader("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(posted.getContentAsString()).contains("Keyline is busy")
			.contains("Keyline did not get to what you sent, so it was not saved.")
			.doesNotContain("database");

		MockHttpServletResponse page = run(filter, get("/accounts"), recording("page"));
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getContentAsString()).contains("<title>Keyline is busy · Keyline</title>")
			.contains("nothing was changed");

		MockHttpServletRequest htmx = new MockHttpServletRequest("POST", "/accounts/7/interactions");
		htmx.addHeader("HX-Request", "true");
		MockHttpServletResponse fragment = run(filter, htmx, recording("htmx"));
		assertThat(fragment.getStatus()).isEqualTo(503);
		assertThat(fragment.getHeader(UnavailablePage.UNAVAILABLE_HEADER)).isEqualTo("busy");
		assertThat(fragment.getHeader("HX-Retarget")).isEqualTo("#kl-unavailable");
		assertThat(fragment.getContentAsString()).contains("id=\"kl-unavailable-message\"")
			.contains("bi-hourglass-split")
			.doesNotContain("<html");

		assertThat(this.served).containsExactly("first");
	}

	@Test
	void healthAndStaticFilesDoNotWait() throws Exception {
		RequestAdmissionFilter filter = new RequestAdmissionFilter(1, Duration.ofSeconds(20), this.templates);
		holding(filter, "first");
		for (String path : List.of("/actuator/health", "/assets/css/keyline.css",
				"/webjars/htmx.org/dist/htmx.min.js")) {
			assertThat(run(filter, get(path), recording(path)).getStatus()).isEqualTo(200);
		}
		assertThat(this.served).containsExactly("first", "/actuator/health", "/assets/css/keyline.css",
				"/webjars/htmx.org/dist/htmx.min.js");
	}

	@Test
	void aRequestThatFailsGivesItsTurnBack() throws Exception {
		RequestAdmissionFilter filter = new RequestAdmissionFilter(1, Duration.ofMillis(300), this.templates);
		assertThatRuntimeException()
			.isThrownBy(() -> filter.doFilter(get("/accounts"), new MockHttpServletResponse(), (request, response) -> {
				throw new IllegalStateException("failed");
			}));
		assertThat(run(filter, get("/accounts"), recording("next")).getStatus()).isEqualTo(200);
		assertThat(this.served).containsExactly("next");
	}

	@Test
	void theFilterStandsOutsideTheSessionAndTakesTwiceTheProcessorsByDefault() {
		assertThat(this.registration.getOrder()).isLessThan(SessionRepositoryFilter.DEFAULT_ORDER)
			.isLessThan(OrderUtils.getOrder(ControlCharacterFilter.class, 0));
		assertThat(this.properties.concurrent()).isZero();
		assertThat(this.properties.permits()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
		assertThat(this.properties.maxWait()).isEqualTo(Duration.ofSeconds(10));
		assertThat(new RequestAdmissionProperties(3, Duration.ofSeconds(1)).permits()).isEqualTo(3);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RequestAdmissionProperties(-1, Duration.ofSeconds(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestAdmissionProperties(4, Duration.ZERO));
	}

	private CompletableFuture<MockHttpServletResponse> holding(RequestAdmissionFilter filter, String name)
			throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> held = CompletableFuture
			.supplyAsync(() -> run(filter, get("/accounts"), (request, response) -> {
				this.served.add(name);
				inside.countDown();
				try {
					this.release.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}), this.threads);
		assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
		return held;
	}

	private FilterChain recording(String name) {
		return (request, response) -> this.served.add(name);
	}

	private static MockHttpServletRequest get(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addPreferredLocale(Locale.ENGLISH);
		return request;
	}

	private static MockHttpServletResponse run(RequestAdmissionFilter filter, MockHttpServletRequest request,
			FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			filter.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static void awaitWaiting(RequestAdmissionFilter filter, int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (filter.waiting() < count && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(filter.waiting()).isEqualTo(count);
	}

}
