package org.keyline;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Hands the flash attributes of a redirect to the next MockMvc request. MockMvc's own
 * {@code flashAttrs(..)} puts them into the mock container's session, which the
 * application does not see: its session is Spring Session's, in the database.
 */
public final class Flash {

	private Flash() {
	}

	/** The flash attributes {@code redirect} saved, as the next request receives them. */
	public static RequestPostProcessor of(MvcResult redirect) {
		return (request) -> {
			request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap());
			return request;
		};
	}

}
