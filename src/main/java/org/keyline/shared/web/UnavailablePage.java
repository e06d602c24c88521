package org.keyline.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The 503 answer of a request Keyline cannot serve just now: the database cannot be
 * reached ({@link DatabaseUnavailableFilter}), or the request waited too long for its
 * turn ({@link RequestAdmissionFilter}). A page of its own, rendered without Spring MVC
 * and the layout (which need the session, and so the database), or for an htmx request a
 * fragment with headers that tell the page where to put it ({@code keyline.js}); the same
 * security headers as every page.
 */
final class UnavailablePage {

	/** A header htmx requests get with the 503, so that the page shows the message. */
	static final String UNAVAILABLE_HEADER = "X-Keyline-Unavailable";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private UnavailablePage() {
	}

	/**
	 * Why a request is not served, with the texts that say so (keys of
	 * {@code messages.properties}) and the seconds after which to try again.
	 */
	enum Reason {

		DATABASE("database", "database.unavailable.title", "database.unavailable.retry", "bi-database-x", 5),

		BUSY("busy", "busy.title", "busy.retry", "bi-hourglass-split", 2);

		private final String header;

		private final String titleKey;

		private final String retryKey;

		private final String icon;

		private final int retryAfterSeconds;

		Reason(String header, String titleKey, String retryKey, String icon, int retryAfterSeconds) {
			this.header = header;
			this.titleKey = titleKey;
			this.retryKey = retryKey;
			this.icon = icon;
			this.retryAfterSeconds = retryAfterSeconds;
		}

	}

	/**
	 * Answers 503 with the page (or the htmx fragment) for this reason; {@code textKey}
	 * says what became of the user's input.
	 */
	static void answer(ITemplateEngine templates, HttpServletRequest request, HttpServletResponse response,
			Reason reason, String textKey) throws IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(reason.retryAfterSeconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType("text/html;charset=UTF-8");
		Context context = new Context(locale(request));
		context.setVariable("base", request.getContextPath());
		context.setVariable("titleKey", reason.titleKey);
		context.setVariable("textKey", textKey);
		context.setVariable("retryKey", reason.retryKey);
		context.setVariable("icon", reason.icon);
		boolean htmx = "true".equals(request.getHeader("HX-Request"));
		if (htmx) {
			response.setHeader(UNAVAILABLE_HEADER, reason.header);
			response.setHeader("HX-Retarget", "#kl-unavailable");
			response.setHeader("HX-Reswap", "innerHTML show:#kl-unavailable:top");
			response.setHeader("HX-Reselect", "#kl-unavailable-message");
		}
		String page = templates.process(htmx ? "error/unavailable-alert" : "error/unavailable", context);
		response.getWriter().write(page);
		response.flushBuffer();
	}

	/** Whether the request only reads: then nothing the user sent is at stake. */
	static boolean reads(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

	private static Locale locale(HttpServletRequest request) {
		Locale locale = request.getLocale();
		return (locale != null) ? locale : Locale.ENGLISH;
	}

}
