package org.keyline.shared.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keyline's pages rendered on a {@link RenderingRequest}, so that the template's
 * variables live in a map of their own rather than in the attributes of the request
 * underneath all its wrappers.
 */
class RenderingView extends ThymeleafView {

	@Override
	protected void renderFragment(Set<String> markupSelectorsToRender, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		super.renderFragment(markupSelectorsToRender, model, new RenderingRequest(request), response);
	}

	@Configuration(proxyBeanMethods = false)
	static class RenderingViewConfiguration {

		@Bean
		static BeanPostProcessor renderingViews() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessBeforeInitialization(Object bean, String beanName) {
					if (bean instanceof ThymeleafViewResolver resolver) {
						resolver.setViewClass(RenderingView.class);
					}
					return bean;
				}

			};
		}

	}

}
