package org.keyline.grading.web;

import org.keyline.account.AccountPageSection;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.grading.GradingManagement;
import org.keyline.shared.CompanyCurrency;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account page's grade card: score, tier, each criterion's part, what would move it
 * up, and for the account's owner or a director the hand-scored criteria. Two statements
 * (see {@link GradingManagement#card}).
 */
@Component
class GradeSection implements AccountPageSection {

	private final GradingManagement grading;

	private final MessageSource messages;

	private final CompanyCurrency money;

	GradeSection(GradingManagement grading, MessageSource messages, CompanyCurrency money) {
		this.grading = grading;
		this.messages = messages;
		this.money = money;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String template() {
		return "grading/account-grade";
	}

	@Override
	public String fragment() {
		return "section";
	}

	@Override
	public Placement placement() {
		return Placement.MAIN;
	}

	@Override
	public Object model(AccountRef account, Viewer viewer) {
		return GradeCardView.of(account, this.grading.card(account, viewer), this.messages, this.money,
				LocaleContextHolder.getLocale());
	}

}
