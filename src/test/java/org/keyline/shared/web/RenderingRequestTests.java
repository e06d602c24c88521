package org.keyline.shared.web;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a template renders, what it sets is read back from the rendering request's own
 * map, what it removes is gone for it even when the request underneath has it, and what
 * the filters and the controller set before is read from the request underneath, which
 * the template does not change.
 */
class RenderingRequestTests {

	private final MockHttpServletRequest underneath = new MockHttpServletRequest();

	private final RenderingRequest rendering = new RenderingRequest(this.underneath);

	@Test
	void readsWhatWasSetBeforeRendering() {
		this.underneath.setAttribute("_csrf", "token");
		assertThat(this.rendering.getAttribute("_csrf")).isEqualTo("token");
		assertThat(this.rendering.getAttribute("nothing")).isNull();
	}

	@Test
	void keepsWhatTheTemplateSetsToItself() {
		this.underneath.setAttribute("row", "before");
		this.rendering.setAttribute("row", "first");
		this.rendering.setAttribute("account", 42L);

		assertThat(this.rendering.getAttribute("row")).isEqualTo("first");
		assertThat(this.rendering.getAttribute("account")).isEqualTo(42L);
		assertThat(this.underneath.getAttribute("row")).isEqualTo("before");
		assertThat(this.underneath.getAttribute("account")).isNull();
	}

	@Test
	void aRemovedOrNullAttributeHidesTheOneUnderneath() {
		this.underneath.setAttribute("row", "before");
		this.underneath.setAttribute("status", "before");

		this.rendering.removeAttribute("row");
		this.rendering.setAttribute("status", null);

		assertThat(this.rendering.getAttribute("row")).isNull();
		assertThat(this.rendering.getAttribute("status")).isNull();
		assertThat(Collections.list(this.rendering.getAttributeNames())).doesNotContain("row", "status");

		this.rendering.setAttribute("row", "again");
		assertThat(this.rendering.getAttribute("row")).isEqualTo("again");
	}

	@Test
	void namesBothTheAttributesUnderneathAndItsOwn() {
		this.underneath.setAttribute("_csrf", "token");
		this.underneath.setAttribute("shared", "underneath");
		this.rendering.setAttribute("shared", "own");
		this.rendering.setAttribute("account", 42L);

		assertThat(Collections.list(this.rendering.getAttributeNames())).containsExactlyInAnyOrder("_csrf", "shared",
				"account");
	}

}
