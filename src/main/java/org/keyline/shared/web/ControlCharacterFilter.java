package org.keyline.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away (400 Bad Request, before anything else looks at it) a request whose
 * parameter names or values hold a control character other than tab, line feed and
 * carriage return. Nobody types those into a form: they come from scripts. NUL
 * ({@code \u0000}) is refused by PostgreSQL in text, so without this filter it failed
 * deep in a service as a server error; the others are not allowed in XML, so once stored
 * they would break the PDF brief. Refusing the whole request, rather than quietly
 * removing the characters, changes nothing and stores nothing the user did not send.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ControlCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasControlCharacter(request.getParameterMap())) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean hasControlCharacter(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (hasControlCharacter(parameter.getKey())) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (hasControlCharacter(value)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean hasControlCharacter(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

}
