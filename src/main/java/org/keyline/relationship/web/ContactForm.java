package org.keyline.relationship.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactEdit;
import org.keyline.relationship.ContactInput;
import org.keyline.relationship.ContactLevel;

/**
 * The contact form (new and edit).
 */
public class ContactForm {

	@NotBlank(message = "{contact.name.required}")
	@Size(max = 120, message = "{contact.name.size}")
	private String name = "";

	@Size(max = 120, message = "{contact.title.size}")
	private String title = "";

	@Size(max = 120, message = "{contact.department.size}")
	private String department = "";

	@NotNull(message = "{contact.level.required}")
	private ContactLevel level;

	@NotNull(message = "{contact.buyingRole.required}")
	private BuyingRole buyingRole;

	@NotNull(message = "{contact.attitude.required}")
	private Attitude attitude = Attitude.NEUTRAL;

	@NotNull(message = "{contact.influence.required}")
	@Min(value = 1, message = "{contact.influence.range}")
	@Max(value = 5, message = "{contact.influence.range}")
	private Integer influence = 3;

	private Long reportsToId;

	@Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{contact.email.invalid}")
	@Size(max = 254, message = "{contact.email.size}")
	private String email = "";

	@Size(max = 40, message = "{contact.phone.size}")
	@Pattern(regexp = "^$|^[+0-9 ()./-]{3,40}$", message = "{contact.phone.invalid}")
	private String phone = "";

	private boolean leftCompany;

	@Size(max = 4000, message = "{contact.politicalNotes.size}")
	private String politicalNotes = "";

	private long version;

	static ContactForm from(ContactEdit contact) {
		ContactInput in = contact.input();
		ContactForm form = new ContactForm();
		form.name = in.name();
		form.title = nz(in.title());
		form.department = nz(in.department());
		form.level = in.level();
		form.buyingRole = in.buyingRole();
		form.attitude = in.attitude();
		form.influence = in.influence();
		form.reportsToId = in.reportsToId();
		form.email = nz(in.email());
		form.phone = nz(in.phone());
		form.leftCompany = in.leftCompany();
		form.politicalNotes = nz(in.politicalNotes());
		form.version = contact.version();
		return form;
	}

	ContactInput toInput() {
		return new ContactInput(this.name, this.title, this.department, this.level, this.buyingRole, this.attitude,
				this.influence, this.reportsToId, this.email, this.phone, this.leftCompany, this.politicalNotes);
	}

	private static String nz(String value) {
		return (value != null) ? value : "";
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public ContactLevel getLevel() {
		return this.level;
	}

	public void setLevel(ContactLevel level) {
		this.level = level;
	}

	public BuyingRole getBuyingRole() {
		return this.buyingRole;
	}

	public void setBuyingRole(BuyingRole buyingRole) {
		this.buyingRole = buyingRole;
	}

	public Attitude getAttitude() {
		return this.attitude;
	}

	public void setAttitude(Attitude attitude) {
		this.attitude = attitude;
	}

	public Integer getInfluence() {
		return this.influence;
	}

	public void setInfluence(Integer influence) {
		this.influence = influence;
	}

	public Long getReportsToId() {
		return this.reportsToId;
	}

	public void setReportsToId(Long reportsToId) {
		this.reportsToId = reportsToId;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isLeftCompany() {
		return this.leftCompany;
	}

	public void setLeftCompany(boolean leftCompany) {
		this.leftCompany = leftCompany;
	}

	public String getPoliticalNotes() {
		return this.politicalNotes;
	}

	public void setPoliticalNotes(String politicalNotes) {
		this.politicalNotes = politicalNotes;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
