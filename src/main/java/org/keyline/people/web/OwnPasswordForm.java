package org.keyline.people.web;

import jakarta.validation.constraints.NotBlank;

/**
 * A user changes their own password, proving it is them with the current one.
 */
public class OwnPasswordForm {

	@NotBlank(message = "{password.current.required}")
	private String currentPassword = "";

	@NotBlank(message = "{password.required}")
	private String newPassword = "";

	private String newPasswordConfirmation = "";

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getNewPasswordConfirmation() {
		return this.newPasswordConfirmation;
	}

	public void setNewPasswordConfirmation(String newPasswordConfirmation) {
		this.newPasswordConfirmation = newPasswordConfirmation;
	}

}
