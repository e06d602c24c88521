package org.keyline.account.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.keyline.account.AccountProfile;
import org.keyline.account.AdviceFrequency;
import org.keyline.account.Industry;
import org.keyline.account.LifecycleStage;
import org.keyline.account.Region;
import org.keyline.account.RelationshipLevel;

/**
 * The account profile form. Competitors are rows; blank rows are ignored, so the form
 * needs no script to add one.
 */
public class AccountForm {

	static final int COMPETITOR_ROWS = 6;

	@NotBlank(message = "{account.name.required}")
	@Size(max = 200, message = "{account.name.size}")
	private String name = "";

	@NotNull(message = "{account.industry.required}")
	private Industry industry;

	@NotNull(message = "{account.region.required}")
	private Region region;

	@NotBlank(message = "{account.country.required}")
	@Pattern(regexp = "^$|^[A-Z]{2}$", message = "{account.country.invalid}")
	private String country = "";

	@Min(value = 0, message = "{account.employees.min}")
	@Max(value = 10_000_000, message = "{account.employees.max}")
	private Integer employees;

	@Size(max = 255, message = "{account.website.size}")
	@Pattern(regexp = "^$|^https?://[^\\s/$.?#].[^\\s]*$", message = "{account.website.invalid}")
	private String website = "";

	private Long parentId;

	private Long ownerId;

	@NotNull(message = "{account.stage.required}")
	private LifecycleStage stage = LifecycleStage.PRE_SALES;

	@NotNull(message = "{account.relationship.required}")
	private RelationshipLevel relationship = RelationshipLevel.COMMODITY_SUPPLIER;

	@NotNull(message = "{account.rating.required}")
	@Min(value = 1, message = "{account.rating.range}")
	@Max(value = 5, message = "{account.rating.range}")
	private Integer strategicImportance = 3;

	@NotNull(message = "{account.rating.required}")
	@Min(value = 1, message = "{account.rating.range}")
	@Max(value = 5, message = "{account.rating.range}")
	private Integer easeOfBusiness = 3;

	@NotNull(message = "{account.advice.required}")
	private AdviceFrequency adviceFrequency = AdviceFrequency.RARELY;

	@Size(max = 4000, message = "{account.notes.size}")
	private String notes = "";

	private List<@Valid CompetitorRow> competitors = new ArrayList<>();

	private long version;

	public AccountForm() {
		padCompetitors();
	}

	static AccountForm from(AccountProfile profile, long ownerId, long version) {
		AccountForm form = new AccountForm();
		form.name = profile.name();
		form.industry = profile.industry();
		form.region = profile.region();
		form.country = profile.country();
		form.employees = profile.employees();
		form.website = (profile.website() != null) ? profile.website() : "";
		form.parentId = profile.parentId();
		form.ownerId = ownerId;
		form.stage = profile.stage();
		form.relationship = profile.relationship();
		form.strategicImportance = profile.strategicImportance();
		form.easeOfBusiness = profile.easeOfBusiness();
		form.adviceFrequency = profile.adviceFrequency();
		form.notes = (profile.notes() != null) ? profile.notes() : "";
		form.competitors = new ArrayList<>();
		profile.competitors().forEach((c) -> form.competitors.add(new CompetitorRow(c.name(), c.shareOfSpend())));
		form.version = version;
		form.padCompetitors();
		return form;
	}

	AccountProfile toProfile() {
		List<AccountProfile.Competitor> present = this.competitors.stream()
			.filter((row) -> row.getName() != null && !row.getName().isBlank())
			.map((row) -> new AccountProfile.Competitor(row.getName().trim(), row.getShareOfSpend()))
			.toList();
		return new AccountProfile(this.name.trim(), this.industry, this.region, this.country, this.employees,
				this.website, this.parentId, this.stage, this.relationship, this.strategicImportance,
				this.easeOfBusiness, this.adviceFrequency, this.notes, present);
	}

	/** Always offers a few empty competitor rows. */
	void padCompetitors() {
		if (this.competitors == null) {
			this.competitors = new ArrayList<>();
		}
		this.competitors.removeIf((row) -> row == null);
		int blanks = (int) this.competitors.stream().filter(CompetitorRow::blank).count();
		while (this.competitors.size() < COMPETITOR_ROWS || blanks < 2) {
			this.competitors.add(new CompetitorRow());
			blanks++;
		}
	}

	/**
	 * One competitor line of the form.
	 */
	public static class CompetitorRow {

		@Size(max = 100, message = "{account.competitor.name.size}")
		private String name = "";

		@DecimalMin(value = "0", message = "{account.competitor.share.range}")
		@DecimalMax(value = "100", message = "{account.competitor.share.range}")
		@Digits(integer = 3, fraction = 2, message = "{account.competitor.share.digits}")
		private BigDecimal shareOfSpend;

		public CompetitorRow() {
		}

		CompetitorRow(String name, BigDecimal shareOfSpend) {
			this.name = name;
			this.shareOfSpend = shareOfSpend;
		}

		boolean blank() {
			return (this.name == null || this.name.isBlank()) && this.shareOfSpend == null;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public BigDecimal getShareOfSpend() {
			return this.shareOfSpend;
		}

		public void setShareOfSpend(BigDecimal shareOfSpend) {
			this.shareOfSpend = shareOfSpend;
		}

	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Industry getIndustry() {
		return this.industry;
	}

	public void setIndustry(Industry industry) {
		this.industry = industry;
	}

	public Region getRegion() {
		return this.region;
	}

	public void setRegion(Region region) {
		this.region = region;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public Integer getEmployees() {
		return this.employees;
	}

	public void setEmployees(Integer employees) {
		this.employees = employees;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public LifecycleStage getStage() {
		return this.stage;
	}

	public void setStage(LifecycleStage stage) {
		this.stage = stage;
	}

	public RelationshipLevel getRelationship() {
		return this.relationship;
	}

	public void setRelationship(RelationshipLevel relationship) {
		this.relationship = relationship;
	}

	public Integer getStrategicImportance() {
		return this.strategicImportance;
	}

	public void setStrategicImportance(Integer strategicImportance) {
		this.strategicImportance = strategicImportance;
	}

	public Integer getEaseOfBusiness() {
		return this.easeOfBusiness;
	}

	public void setEaseOfBusiness(Integer easeOfBusiness) {
		this.easeOfBusiness = easeOfBusiness;
	}

	public AdviceFrequency getAdviceFrequency() {
		return this.adviceFrequency;
	}

	public void setAdviceFrequency(AdviceFrequency adviceFrequency) {
		this.adviceFrequency = adviceFrequency;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public List<CompetitorRow> getCompetitors() {
		return this.competitors;
	}

	public void setCompetitors(List<CompetitorRow> competitors) {
		this.competitors = competitors;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
