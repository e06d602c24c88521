package org.keyline.account.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One fiscal year's figures. {@code version} is empty for a new year and carries the
 * version read for a correction.
 */
public class EconomicsForm {

	@NotNull(message = "{economics.year.required}")
	@Min(value = 1990, message = "{economics.year.range}")
	@Max(value = 2100, message = "{economics.year.range}")
	private Integer fiscalYear;

	@NotNull(message = "{economics.revenue.required}")
	@DecimalMin(value = "0", message = "{economics.amount.negative}")
	@DecimalMax(value = "9999999999999.99", message = "{economics.amount.tooLarge}")
	@Digits(integer = 13, fraction = 2, message = "{economics.amount.digits}")
	private BigDecimal revenue;

	@NotNull(message = "{economics.cost.required}")
	@DecimalMin(value = "0", message = "{economics.amount.negative}")
	@DecimalMax(value = "9999999999999.99", message = "{economics.amount.tooLarge}")
	@Digits(integer = 13, fraction = 2, message = "{economics.amount.digits}")
	private BigDecimal costToServe;

	@DecimalMin(value = "0", message = "{economics.amount.negative}")
	@DecimalMax(value = "9999999999999.99", message = "{economics.amount.tooLarge}")
	@Digits(integer = 13, fraction = 2, message = "{economics.amount.digits}")
	private BigDecimal categorySpend;

	private Long version;

	public Integer getFiscalYear() {
		return this.fiscalYear;
	}

	public void setFiscalYear(Integer fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	public BigDecimal getRevenue() {
		return this.revenue;
	}

	public void setRevenue(BigDecimal revenue) {
		this.revenue = revenue;
	}

	public BigDecimal getCostToServe() {
		return this.costToServe;
	}

	public void setCostToServe(BigDecimal costToServe) {
		this.costToServe = costToServe;
	}

	public BigDecimal getCategorySpend() {
		return this.categorySpend;
	}

	public void setCategorySpend(BigDecimal categorySpend) {
		this.categorySpend = categorySpend;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
