package org.keyline.people.web;

import jakarta.validation.constraints.NotBlank;

/**
 * An administrator sets a new password for a user.
 */
public class PasswordForm {

	@NotBlank(message = "{password.required}")
	private String password = "";

	private String passwordConfirmation = "";

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return this.passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

}
