package org.keyline.shared.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * Keyline's pages rendered on a {@link RenderingRequest}, so that the template's
 * variables live in a map of their own rather than in the attributes of the request
 * underneath all its wrappers. Set as the view class by {@link ThymeleafSettings}.
 */
class RenderingView extends ThymeleafView {

	@Override
	protected void renderFragment(Set<String> markupSelectorsToRender, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		super.renderFragment(markupSelectorsToRender, model, new RenderingRequest(request), response);
	}

}
