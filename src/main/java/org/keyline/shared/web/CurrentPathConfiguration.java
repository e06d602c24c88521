package org.keyline.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the layout needs on every page, error pages included: the path of the page, to
 * mark the current navigation entry, and the roles of the person signed in
 * ({@link SignedInRoles}), to show the entries they may use. Set as request attributes
 * before any handler runs, so that views returned by exception handlers have them too.
 */
@Configuration(proxyBeanMethods = false)
class CurrentPathConfiguration implements WebMvcConfigurer {

	static final String CURRENT_PATH = "currentPath";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
				request.setAttribute(CURRENT_PATH, (original != null) ? original.toString() : request.getRequestURI());
				request.setAttribute(SignedInRoles.ATTRIBUTE,
						SignedInRoles.of(SecurityContextHolder.getContext().getAuthentication()));
				return true;
			}
		});
	}

}
