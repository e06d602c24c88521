package org.keyline.dataio.web;

import org.keyline.dataio.importing.DuplicateChoice;

/**
 * The confirmation: what to do with duplicates, whether to leave failing rows out, and
 * how many failing rows and duplicates the person saw (if that changed, the preview is
 * shown again).
 */
public class ConfirmForm {

	private DuplicateChoice duplicates = DuplicateChoice.SKIP;

	private boolean skipFailing;

	private int seenFailing;

	private int seenDuplicates;

	public DuplicateChoice getDuplicates() {
		return this.duplicates;
	}

	public void setDuplicates(DuplicateChoice duplicates) {
		this.duplicates = duplicates;
	}

	public boolean isSkipFailing() {
		return this.skipFailing;
	}

	public void setSkipFailing(boolean skipFailing) {
		this.skipFailing = skipFailing;
	}

	public int getSeenFailing() {
		return this.seenFailing;
	}

	public void setSeenFailing(int seenFailing) {
		this.seenFailing = seenFailing;
	}

	public int getSeenDuplicates() {
		return this.seenDuplicates;
	}

	public void setSeenDuplicates(int seenDuplicates) {
		this.seenDuplicates = seenDuplicates;
	}

}
