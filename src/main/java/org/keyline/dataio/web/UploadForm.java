package org.keyline.dataio.web;

import org.keyline.dataio.importing.ImportKind;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form: what the file holds, the file, and for a director the owner of the new
 * accounts; the account contacts go to when the import starts from its contacts.
 */
public class UploadForm {

	private ImportKind kind = ImportKind.ACCOUNTS;

	private MultipartFile file;

	private Long ownerId;

	private Long accountId;

	public ImportKind getKind() {
		return this.kind;
	}

	public void setKind(ImportKind kind) {
		this.kind = kind;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public void setAccountId(Long accountId) {
		this.accountId = accountId;
	}

}
