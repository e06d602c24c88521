package org.keyline.account.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.keyline.account.AccountEconomics;

/**
 * One fiscal year of an account's economics. Years are kept side by side: that is the
 * history.
 */
@Entity
@Table(name = "account_economics")
public class Economics {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "fiscal_year", nullable = false)
	private int fiscalYear;

	@Column(name = "revenue", nullable = false, precision = 15, scale = 2)
	private BigDecimal revenue;

	@Column(name = "cost_to_serve", nullable = false, precision = 15, scale = 2)
	private BigDecimal costToServe;

	@Column(name = "category_spend", precision = 15, scale = 2)
	private BigDecimal categorySpend;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", length = 50)
	private String updatedBy;

	protected Economics() {
	}

	public Economics(Long accountId, int fiscalYear, BigDecimal revenue, BigDecimal costToServe,
			BigDecimal categorySpend, Instant now, String by) {
		this.accountId = accountId;
		this.fiscalYear = fiscalYear;
		change(revenue, costToServe, categorySpend, now, by);
	}

	public void change(BigDecimal revenue, BigDecimal costToServe, BigDecimal categorySpend, Instant now, String by) {
		this.revenue = revenue;
		this.costToServe = costToServe;
		this.categorySpend = categorySpend;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public AccountEconomics view() {
		return AccountEconomics.of(this.fiscalYear, this.revenue, this.costToServe, this.categorySpend, this.version,
				this.updatedBy, this.updatedAt);
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public BigDecimal getRevenue() {
		return this.revenue;
	}

	public BigDecimal getCostToServe() {
		return this.costToServe;
	}

	public BigDecimal getCategorySpend() {
		return this.categorySpend;
	}

	public long getVersion() {
		return this.version;
	}

}
