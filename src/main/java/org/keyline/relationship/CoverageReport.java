package org.keyline.relationship;

import java.util.List;

/**
 * The coverage of one account: every finding, and what was analysed.
 *
 * @param accountId the account
 * @param findings every finding, grouped by rule in {@link CoverageRule} order
 * @param contacts how many current contacts the account has
 * @param people how many of our people work on it (owner and current team)
 * @param coldAfterDays after how many days without interaction a link goes cold
 */
public record CoverageReport(long accountId, List<CoverageFinding> findings, int contacts, int people,
		int coldAfterDays) {

	public boolean allClear() {
		return this.findings.isEmpty();
	}

	/** The findings of one rule. */
	public List<CoverageFinding> of(CoverageRule rule) {
		return this.findings.stream().filter((finding) -> finding.rule() == rule).toList();
	}

	public int count(CoverageRule rule) {
		return (int) this.findings.stream().filter((finding) -> finding.rule() == rule).count();
	}

}
