package org.keyline.plan.web;

/**
 * The plan's title and horizon: the first fiscal year and three or four years.
 */
public class PlanForm {

	private String title;

	private Integer horizonFrom;

	private Integer years = 4;

	private long version;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getHorizonFrom() {
		return this.horizonFrom;
	}

	public void setHorizonFrom(Integer horizonFrom) {
		this.horizonFrom = horizonFrom;
	}

	public Integer getYears() {
		return this.years;
	}

	public void setYears(Integer years) {
		this.years = years;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
