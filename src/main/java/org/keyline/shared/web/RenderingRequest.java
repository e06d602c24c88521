package org.keyline.shared.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as a template sees it while it renders: the attributes the template sets
 * (the model, each loop's and fragment's variables, set and reset for every row) are kept
 * in this request's own map, and only what the template has not set is read from the
 * request underneath.
 * <p>
 * Thymeleaf keeps every template variable as a request attribute and reads every variable
 * from there. Beneath a page's template lie the request wrappers of Spring Session and
 * Spring Security and Tomcat's own request, so each of the thousands of reads and writes
 * a page makes passed through six wrappers to Tomcat's attribute maps, which look for
 * special attribute names first: about a twentieth of the account page's CPU. Attributes
 * set by the filters and the controller before rendering (the CSRF token, the signed-in
 * roles, binding results) are still read from the request underneath; what the template
 * sets ends with the rendering, as it would be of no use afterwards.
 */
final class RenderingRequest extends HttpServletRequestWrapper {

	/** Marks an attribute the template removed, which hides the one underneath. */
	private static final Object REMOVED = new Object();

	private final Map<String, Object> attributes = new HashMap<>(64);

	RenderingRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public Object getAttribute(String name) {
		Object value = this.attributes.get(name);
		if (value == null) {
			return super.getAttribute(name);
		}
		return (value != REMOVED) ? value : null;
	}

	@Override
	public void setAttribute(String name, Object value) {
		if (name == null) {
			throw new IllegalArgumentException("An attribute needs a name");
		}
		this.attributes.put(name, (value != null) ? value : REMOVED);
	}

	@Override
	public void removeAttribute(String name) {
		this.attributes.put(name, REMOVED);
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		Set<String> names = new LinkedHashSet<>();
		Enumeration<String> underneath = super.getAttributeNames();
		while (underneath.hasMoreElements()) {
			String name = underneath.nextElement();
			if (!this.attributes.containsKey(name)) {
				names.add(name);
			}
		}
		this.attributes.forEach((name, value) -> {
			if (value != REMOVED) {
				names.add(name);
			}
		});
		return Collections.enumeration(names);
	}

}
