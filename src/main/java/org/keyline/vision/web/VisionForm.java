package org.keyline.vision.web;

import org.keyline.vision.VisionEdit;

/**
 * The vision form: statement, rationale, and the version it was based on (0 for the
 * first), to refuse a stale save.
 */
public class VisionForm {

	private String statement;

	private String rationale;

	private int basedOn;

	static VisionForm from(VisionEdit edit) {
		VisionForm form = new VisionForm();
		if (edit.current() != null) {
			form.statement = edit.current().statement();
			form.rationale = edit.current().rationale();
		}
		form.basedOn = edit.basedOn();
		return form;
	}

	public String getStatement() {
		return this.statement;
	}

	public void setStatement(String statement) {
		this.statement = statement;
	}

	public String getRationale() {
		return this.rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public int getBasedOn() {
		return this.basedOn;
	}

	public void setBasedOn(int basedOn) {
		this.basedOn = basedOn;
	}

}
