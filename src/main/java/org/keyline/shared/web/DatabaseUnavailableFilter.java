package org.keyline.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * While the database cannot be reached, every request answers 503 with a page that says
 * so (and whether what was typed was saved) instead of a stack trace or a hanging
 * browser, and Keyline carries on by itself once the database is back.
 *
 * <p>
 * The filter stands outside Spring Session's filter, so it also catches the failure to
 * load or save the HTTP session (which lives in the database), before Spring MVC or
 * Spring Security run; and its page needs neither the database nor the session: a
 * template of its own, rendered without the layout. An htmx request gets the message as a
 * fragment, with headers that tell the page where to put it ({@code keyline.js}).
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	/** A header htmx requests get with the 503, so that the page shows the message. */
	static final String UNAVAILABLE_HEADER = "X-Keyline-Unavailable";

	private static final String HANDLED = DatabaseUnavailableFilter.class.getName() + ".HANDLED";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private final ITemplateEngine templates;

	DatabaseUnavailableFilter(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseUnavailable.causedBy(ex)) {
				throw ex;
			}
			String textKey = textKey(request);
			log.warn("The database is not reachable: {} {} answered 503 ({}): {}", request.getMethod(),
					request.getRequestURI(), textKey, rootMessage(ex));
			log.debug("Database failure", ex);
			if (response.isCommitted()) {
				return;
			}
			answerUnavailable(request, response, textKey);
		}
	}

	private void answerUnavailable(HttpServletRequest request, HttpServletResponse response, String textKey)
			throws IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType("text/html;charset=UTF-8");
		Context context = new Context(locale(request));
		context.setVariable("base", request.getContextPath());
		context.setVariable("textKey", textKey);
		boolean htmx = "true".equals(request.getHeader("HX-Request"));
		if (htmx) {
			response.setHeader(UNAVAILABLE_HEADER, "database");
			response.setHeader("HX-Retarget", "#kl-unavailable");
			response.setHeader("HX-Reswap", "innerHTML show:#kl-unavailable:top");
			response.setHeader("HX-Reselect", "#kl-unavailable-message");
		}
		String page = this.templates.process(htmx ? "error/database-unavailable-alert" : "error/database-unavailable",
				context);
		response.getWriter().write(page);
		response.flushBuffer();
	}

	/**
	 * What the user is told about their input: nothing to save for a page read; perhaps
	 * saved if the handler of a change had finished (only writing the session after it
	 * failed); else not saved.
	 */
	private static String textKey(HttpServletRequest request) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
			return "database.unavailable.read";
		}
		return (request.getAttribute(HANDLED) != null) ? "database.unavailable.savedBefore"
				: "database.unavailable.write";
	}

	private static Locale locale(HttpServletRequest request) {
		Locale locale = request.getLocale();
		return (locale != null) ? locale : Locale.ENGLISH;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/**
	 * Marks a request whose handler finished: its change, if any, is committed.
	 */
	static final class HandledMarker implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				org.springframework.web.servlet.ModelAndView modelAndView) {
			request.setAttribute(HANDLED, Boolean.TRUE);
		}

	}

}
