package org.keyline.plan;

import java.util.List;
import java.util.Optional;

import org.keyline.account.AccountRef;

/**
 * An account's plans, and whether the viewer may start one.
 */
public record PlanList(AccountRef account, List<PlanSummary> plans, boolean canStart) {

	public Optional<PlanSummary> open() {
		return this.plans.stream().filter((p) -> p.status().open()).findFirst();
	}

	public List<PlanSummary> closed() {
		return this.plans.stream().filter((p) -> !p.status().open()).toList();
	}

}
