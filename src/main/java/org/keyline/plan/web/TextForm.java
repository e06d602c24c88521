package org.keyline.plan.web;

/**
 * One text typed on its own: a strategy, a reason for an override, a closing note.
 */
public class TextForm {

	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
