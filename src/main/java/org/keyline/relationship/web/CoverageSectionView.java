package org.keyline.relationship.web;

import java.util.Arrays;
import java.util.List;

import org.keyline.account.AccountRef;
import org.keyline.relationship.CoverageFinding;
import org.keyline.relationship.CoverageReport;
import org.keyline.relationship.CoverageRule;

/**
 * What the coverage card shows.
 *
 * @param account the account and what the viewer may do (fix links only for those who
 * contribute)
 * @param report the analysis
 * @param groups one per rule, in order, with the findings shown
 */
public record CoverageSectionView(AccountRef account, CoverageReport report, List<Group> groups) {

	static CoverageSectionView of(AccountRef account, CoverageReport report, int shownPerRule) {
		List<Group> groups = Arrays.stream(CoverageRule.values()).map((rule) -> {
			List<CoverageFinding> all = report.of(rule);
			return new Group(rule, all.size(), all.subList(0, Math.min(all.size(), shownPerRule)),
					Math.max(0, all.size() - shownPerRule));
		}).toList();
		return new CoverageSectionView(account, report, groups);
	}

	/** The rules that found something. */
	public List<Group> firing() {
		return this.groups.stream().filter((group) -> group.count() > 0).toList();
	}

	/**
	 * One rule: how many findings, the first ones, and how many more there are.
	 */
	public record Group(CoverageRule rule, int count, List<CoverageFinding> shown, int more) {
	}

}
