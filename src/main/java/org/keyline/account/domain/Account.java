package org.keyline.account.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.keyline.account.AccountProfile;
import org.keyline.account.AdviceFrequency;
import org.keyline.account.Industry;
import org.keyline.account.LifecycleStage;
import org.keyline.account.Region;
import org.keyline.account.RelationshipLevel;
import org.keyline.shared.Text;

/**
 * A key account: who the customer is and where we stand with them. Its economics and team
 * are kept as their own rows (history by year and by membership); the latest year's
 * figures are copied here for the list.
 */
@Entity
@Table(name = "account_account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "name", nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "industry", nullable = false, length = 40)
	private Industry industry;

	@Enumerated(EnumType.STRING)
	@Column(name = "region", nullable = false, length = 40)
	private Region region;

	@Column(name = "country", nullable = false, length = 2)
	private String country;

	@Column(name = "employees")
	private Integer employees;

	@Column(name = "website", length = 255)
	private String website;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@Column(name = "stage", nullable = false, length = 30)
	private LifecycleStage stage;

	@Enumerated(EnumType.STRING)
	@Column(name = "relationship", nullable = false, length = 30)
	private RelationshipLevel relationship;

	@Column(name = "strategic_importance", nullable = false)
	private short strategicImportance;

	@Column(name = "ease_of_business", nullable = false)
	private short easeOfBusiness;

	@Enumerated(EnumType.STRING)
	@Column(name = "advice_frequency", nullable = false, length = 20)
	private AdviceFrequency adviceFrequency;

	@Column(name = "notes")
	private String notes;

	@ElementCollection
	@CollectionTable(name = "account_competitor", joinColumns = @JoinColumn(name = "account_id"))
	@OrderColumn(name = "position")
	private List<CompetitorPresence> competitors = new ArrayList<>();

	@Column(name = "archived_at")
	private Instant archivedAt;

	@Column(name = "current_year")
	private Integer currentYear;

	@Column(name = "current_revenue", precision = 15, scale = 2)
	private BigDecimal currentRevenue;

	@Column(name = "current_cost_to_serve", precision = 15, scale = 2)
	private BigDecimal currentCostToServe;

	@Column(name = "current_category_spend", precision = 15, scale = 2)
	private BigDecimal currentCategorySpend;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", length = 50)
	private String updatedBy;

	protected Account() {
	}

	public Account(AccountProfile profile, Long ownerId, Instant now, String createdBy) {
		this.ownerId = Objects.requireNonNull(ownerId, "owner");
		this.createdAt = now;
		apply(profile, now, createdBy);
	}

	/** Replaces the profile (everything the profile form edits). */
	public void apply(AccountProfile profile, Instant now, String changedBy) {
		this.name = profile.name().trim();
		this.industry = profile.industry();
		this.region = profile.region();
		this.country = profile.country();
		this.employees = profile.employees();
		this.website = Text.blankToNull(profile.website());
		this.parentId = profile.parentId();
		this.stage = profile.stage();
		this.relationship = profile.relationship();
		this.strategicImportance = (short) profile.strategicImportance();
		this.easeOfBusiness = (short) profile.easeOfBusiness();
		this.adviceFrequency = profile.adviceFrequency();
		this.notes = Text.blankToNull(profile.notes());
		this.competitors.clear();
		profile.competitors()
			.forEach((competitor) -> this.competitors
				.add(new CompetitorPresence(competitor.name().trim(), competitor.shareOfSpend())));
		touch(now, changedBy);
	}

	public void reassign(Long newOwnerId, Instant now, String changedBy) {
		this.ownerId = Objects.requireNonNull(newOwnerId, "owner");
		touch(now, changedBy);
	}

	public void archive(Instant now, String changedBy) {
		if (this.archivedAt == null) {
			this.archivedAt = now;
			touch(now, changedBy);
		}
	}

	public void restore(Instant now, String changedBy) {
		if (this.archivedAt != null) {
			this.archivedAt = null;
			touch(now, changedBy);
		}
	}

	/**
	 * Copies the figures of the latest fiscal year, so that the list can sort on them.
	 */
	public void showLatest(Economics latest, Instant now, String changedBy) {
		if (latest == null) {
			this.currentYear = null;
			this.currentRevenue = null;
			this.currentCostToServe = null;
			this.currentCategorySpend = null;
		}
		else {
			this.currentYear = latest.getFiscalYear();
			this.currentRevenue = latest.getRevenue();
			this.currentCostToServe = latest.getCostToServe();
			this.currentCategorySpend = latest.getCategorySpend();
		}
		touch(now, changedBy);
	}

	private void touch(Instant now, String changedBy) {
		this.updatedAt = now;
		this.updatedBy = changedBy;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Industry getIndustry() {
		return this.industry;
	}

	public Region getRegion() {
		return this.region;
	}

	public String getCountry() {
		return this.country;
	}

	public Integer getEmployees() {
		return this.employees;
	}

	public String getWebsite() {
		return this.website;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public LifecycleStage getStage() {
		return this.stage;
	}

	public RelationshipLevel getRelationship() {
		return this.relationship;
	}

	public int getStrategicImportance() {
		return this.strategicImportance;
	}

	public int getEaseOfBusiness() {
		return this.easeOfBusiness;
	}

	public AdviceFrequency getAdviceFrequency() {
		return this.adviceFrequency;
	}

	public String getNotes() {
		return this.notes;
	}

	public List<CompetitorPresence> getCompetitors() {
		return List.copyOf(this.competitors);
	}

	public Instant getArchivedAt() {
		return this.archivedAt;
	}

	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public AccountProfile profile() {
		return new AccountProfile(this.name, this.industry, this.region, this.country, this.employees, this.website,
				this.parentId, this.stage, this.relationship, this.strategicImportance, this.easeOfBusiness,
				this.adviceFrequency, this.notes,
				this.competitors.stream()
					.map((c) -> new AccountProfile.Competitor(c.getName(), c.getShareOfSpend()))
					.toList());
	}

}
