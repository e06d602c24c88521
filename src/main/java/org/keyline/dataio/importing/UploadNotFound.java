package org.keyline.dataio.importing;

/**
 * No upload with this id is waiting for this person: it never was theirs, it was imported
 * or cancelled, or it expired.
 */
public class UploadNotFound extends RuntimeException {

	public UploadNotFound() {
		super("No such upload");
	}

}
