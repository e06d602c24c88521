package org.keyline.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;

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
 * Spring Security run; and its page needs neither the database nor the session
 * ({@link UnavailablePage}).
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final String HANDLED = DatabaseUnavailableFilter.class.getName() + ".HANDLED";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

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
			UnavailablePage.answer(this.templates, request, response, UnavailablePage.Reason.DATABASE, textKey);
		}
	}

	/**
	 * What the user is told about their input: nothing to save for a page read; perhaps
	 * saved if the handler of a change had finished (only writing the session after it
	 * failed); else not saved.
	 */
	private static String textKey(HttpServletRequest request) {
		if (UnavailablePage.reads(request)) {
			return "database.unavailable.read";
		}
		return (request.getAttribute(HANDLED) != null) ? "database.unavailable.savedBefore"
				: "database.unavailable.write";
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
