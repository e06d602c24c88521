package org.keyline.shared.web;

import jakarta.servlet.DispatcherType;
import org.thymeleaf.ITemplateEngine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Requests taken in turn ({@link RequestAdmissionFilter}), outside every other filter but
 * the character encoding and the request's observation (Spring Boot's, at
 * {@code HIGHEST_PRECEDENCE + 1}), so that the time a request waits for its turn counts
 * in {@code http.server.requests}.
 */
@Configuration(proxyBeanMethods = false)
class RequestAdmissionConfiguration {

	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

	@Bean
	FilterRegistrationBean<RequestAdmissionFilter> requestAdmissionFilter(RequestAdmissionProperties properties,
			ITemplateEngine templates) {
		FilterRegistrationBean<RequestAdmissionFilter> registration = new FilterRegistrationBean<>(
				new RequestAdmissionFilter(properties.permits(), properties.maxWait(), templates));
		registration.setOrder(ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
