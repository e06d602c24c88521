package org.keyline.people.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.keyline.people.Role;
import org.keyline.people.user.UserDetailsChange;
import org.keyline.people.user.UserView;

/**
 * The form that changes a user's name, e-mail and roles. It carries the version the
 * editor saw, so that a concurrent change is detected.
 */
public class EditUserForm {

	@NotBlank(message = "{user.displayName.required}")
	@Size(max = 100, message = "{user.displayName.size}")
	private String displayName = "";

	@NotBlank(message = "{user.email.required}")
	@Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{user.email.invalid}")
	@Size(max = 254, message = "{user.email.size}")
	private String email = "";

	@NotEmpty(message = "{user.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private long version;

	static EditUserForm from(UserView user) {
		EditUserForm form = new EditUserForm();
		form.displayName = user.displayName();
		form.email = user.email();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.version = user.version();
		return form;
	}

	UserDetailsChange toCommand() {
		return new UserDetailsChange(this.displayName.trim(), this.email.trim(), this.roles, this.version);
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

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles : EnumSet.noneOf(Role.class);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
