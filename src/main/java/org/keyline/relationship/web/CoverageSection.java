package org.keyline.relationship.web;

import org.keyline.account.AccountPageSection;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.relationship.CoverageAnalysis;

import org.springframework.stereotype.Component;

/**
 * The relationship coverage card on the account page: counts per rule, the first findings
 * of each with what fixes them, or an all-clear. One statement.
 */
@Component
class CoverageSection implements AccountPageSection {

	/** Findings shown per rule on the account page; the map shows everything. */
	static final int SHOWN_PER_RULE = 5;

	private final CoverageAnalysis coverage;

	CoverageSection(CoverageAnalysis coverage) {
		this.coverage = coverage;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String template() {
		return "relationship/coverage-section";
	}

	@Override
	public String fragment() {
		return "section";
	}

	@Override
	public Object model(AccountRef account, Viewer viewer) {
		return CoverageSectionView.of(account, this.coverage.analyse(account), SHOWN_PER_RULE);
	}

}
