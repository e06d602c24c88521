package org.keyline.people.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A refused request gets Spring Security's usual answer (403 and the error page), except
 * one: "Sign out" pressed on a page left open after the session ended. Its CSRF token
 * belonged to that session, so the request is refused, but nobody is signed in any more:
 * the person is sent to the sign-in page that says they are signed out, which is what
 * they asked for. A forged sign-out for someone still signed in stays refused, and they
 * stay signed in.
 */
class SignOutAfterSessionEnd implements AccessDeniedHandler {

	private final AccessDeniedHandler usual = new AccessDeniedHandlerImpl();

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		if (refused instanceof CsrfException && "POST".equals(request.getMethod())
				&& (request.getContextPath() + "/logout").equals(request.getRequestURI()) && !signedIn()) {
			response.sendRedirect(request.getContextPath() + "/login?logout");
			return;
		}
		this.usual.handle(request, response, refused);
	}

	private boolean signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && this.trust.isAuthenticated(authentication);
	}

}
