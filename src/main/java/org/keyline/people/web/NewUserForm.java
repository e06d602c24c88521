package org.keyline.people.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.keyline.people.Role;
import org.keyline.people.user.NewUser;

/**
 * The form that creates a user.
 */
public class NewUserForm {

	@NotBlank(message = "{user.username.required}")
	@Pattern(regexp = "^$|^[A-Za-z0-9._-]{3,50}$", message = "{user.username.pattern}")
	private String username = "";

	@NotBlank(message = "{user.displayName.required}")
	@Size(max = 100, message = "{user.displayName.size}")
	private String displayName = "";

	@NotBlank(message = "{user.email.required}")
	@Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{user.email.invalid}")
	@Size(max = 254, message = "{user.email.size}")
	private String email = "";

	@NotBlank(message = "{password.required}")
	private String password = "";

	private String passwordConfirmation = "";

	@NotEmpty(message = "{user.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	NewUser toCommand() {
		return new NewUser(this.username.trim(), this.displayName.trim(), this.email.trim(), this.password, this.roles);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.trim() : "";
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

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

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles : EnumSet.noneOf(Role.class);
	}

}
