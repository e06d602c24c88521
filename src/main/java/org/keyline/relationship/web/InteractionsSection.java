package org.keyline.relationship.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.keyline.account.AccountDetails;
import org.keyline.account.AccountPageSection;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.relationship.InteractionLog;
import org.keyline.relationship.RecentInteractions;

import org.springframework.stereotype.Component;

/**
 * The account page's interactions card: the five latest interactions, a link to the
 * timeline and, for contributors, the htmx quick add. One statement for a reader, two for
 * a contributor on the account page (which has read the current team already), whatever
 * the size of the log.
 */
@Component
class InteractionsSection implements AccountPageSection {

	private final InteractionLog log;

	private final Clock clock;

	InteractionsSection(InteractionLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public String template() {
		return "relationship/interactions-section";
	}

	@Override
	public String fragment() {
		return "section";
	}

	@Override
	public Object model(AccountRef account, Viewer viewer) {
		return model(account, this.log.recent(account, viewer), viewer);
	}

	@Override
	public Object model(AccountDetails details, AccountRef account, Viewer viewer) {
		return model(account, this.log.recent(account, details.currentTeam()), viewer);
	}

	private InteractionsSectionModel model(AccountRef account, RecentInteractions recent, Viewer viewer) {
		return new InteractionsSectionModel(account, recent, freshForm(recent, viewer), Map.of(), null);
	}

	/** Today, and me as our participant when I am on the team. */
	InteractionForm freshForm(RecentInteractions recent, Viewer viewer) {
		boolean onTeam = recent.team().stream().anyMatch((member) -> member.userId() == viewer.userId());
		return InteractionForm.startingOn(LocalDate.now(this.clock), null, onTeam ? viewer.userId() : null);
	}

}
