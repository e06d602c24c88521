package org.keyline.plan.demo;

import java.util.List;

/**
 * What the demo plans say: the account team's typical objectives made measurable, with
 * strategies and actions that fit each, and what mentors and owners write about them.
 */
final class DemoPlanTexts {

	private DemoPlanTexts() {
	}

	/**
	 * One kind of objective: its title, metric and unit, how its baseline is drawn and
	 * how far the target moves from it (negative: the metric is to come down).
	 */
	record Kind(String title, String metric, String unit, int baselineMin, int baselineMax, int moveMin, int moveMax,
			List<String> strategies, List<String> actions) {
	}

	/** Annual revenue: baseline from the account's economics. */
	static final Kind REVENUE = new Kind("Grow the business with the account", "Annual revenue", "EUR", 0, 0, 15, 50,
			List.of("Expand from the current sites to the whole group through the framework agreement",
					"Win the replacement business that runs out at the competitor next year",
					"Bundle services with the products they already buy from us"),
			List.of("Map the group's sites and who buys for each of them",
					"Present the framework proposal to procurement",
					"Prepare the business case for the replacement tender", "Run a pilot at a second site",
					"Agree the price review with the purchasing director", "Quantify the service bundle's savings"));

	static final List<Kind> KINDS = List.of(
			new Kind("A coherent, professional image of us as a partner", "Net promoter score", "points", 5, 35, 15, 30,
					List.of("One voice: every contact with the account goes through the plan's owners",
							"Quarterly business reviews with the same structure and the same figures",
							"Fix the recurring complaints before we sell anything new"),
					List.of("Agree a single contact matrix with the customer", "Run the quarterly business review",
							"Survey the users after the rollout", "Close the open complaints from the last survey",
							"Align the invoices with the contract's structure",
							"Send the review's minutes within a week")),
			new Kind("A secure long-term relationship", "Share of wallet", "%", 12, 30, 10, 20,
					List.of("Renew the framework agreement early, on a longer term",
							"Become the preferred supplier for the category",
							"Tie our roadmap to theirs through a joint steering group"),
					List.of("Propose the early renewal to the purchasing director", "Set up the joint steering group",
							"Benchmark our prices against the two competitors", "Prepare the preferred-supplier audit",
							"Present the three-year roadmap to their management",
							"Collect references from their plants")),
			new Kind("Penetrate the decision-making unit", "Executive contacts with a strong link", "contacts", 1, 3, 3,
					5,
					List.of("Meet every member of the decision-making unit at least twice a year",
							"Pair each of their executives with one of ours",
							"Reach the finance side, not only operations"),
					List.of("Introduce our director to their chief financial officer",
							"Invite the operations board to the customer day",
							"Map the buying centre for the next tender", "Lunch with the new head of procurement",
							"Brief our executive sponsor before the visit",
							"Find out who signs off investments above one million")),
			new Kind("Document the customer's strategic direction", "Business units with a documented strategy",
					"units", 0, 2, 3, 5,
					List.of("Interview each business unit's head about their three-year plans",
							"Read and summarise their annual report and investor material",
							"Keep the account vision up to date after every strategy meeting"),
					List.of("Summarise the annual report for the team", "Interview the head of the largest unit",
							"Write up the strategy workshop", "Update the account vision with the new markets",
							"Ask for their sustainability roadmap", "Review the documented strategies with the team")),
			new Kind("Feed growth potential back to our senior management", "Opportunities reviewed with the board",
					"per year", 1, 3, 4, 8,
					List.of("A growth review with our board every quarter",
							"Qualify every lead from the account within two weeks",
							"Quantify the whitespace: what they buy elsewhere that we could supply"),
					List.of("Prepare the whitespace analysis", "Present the growth review to the board",
							"Qualify the leads from the customer day", "Estimate the category spend per site",
							"Write the investment request for the new service",
							"Report the pipeline to sales management")),
			new Kind("Technically sound solutions", "Escalated incidents", "per quarter", 8, 14, -7, -4,
					List.of("A named service engineer and a monthly technical review",
							"Design reviews with their engineers before every rollout",
							"Root-cause every escalation within ten working days"),
					List.of("Name the service engineer and introduce them", "Hold the monthly technical review",
							"Write the root-cause report on the outage", "Review the design of the next rollout",
							"Train their operators on the new release", "Agree the escalation path with their IT")),
			new Kind("Deliver our company's total resource", "Product lines in use", "lines", 2, 3, 2, 4,
					List.of("Bring our specialists in early, before the customer asks",
							"Introduce the service and financing offers, not only the products",
							"Cross-sell through the sites that already buy two lines"),
					List.of("Invite the financing specialist to the next meeting", "Demonstrate the service offer",
							"Run a joint workshop with our engineering department",
							"Offer a trial of the analytics line", "List the sites that buy only one line",
							"Agree a pilot for the second product line")));

	static final List<String> PLAN_TITLES = List.of("Account plan {from}–{to}", "Growth plan {from}–{to}",
			"Partnership plan {from}–{to}", "Strategic account plan {from}–{to}", "Key account plan {from}–{to}");

	static final List<String> CLOSING_NOTES = List.of(
			"Most objectives reached; the share of wallet stayed below target because the tender moved a year. Carried over into the new plan.",
			"Closed early: the customer reorganised and the new plan starts from their new structure.",
			"Revenue target reached in the second year. The relationship with the board is now strong; the new plan builds on it.",
			"Half of the objectives reached. The escalations came down, the executive contacts did not: the new plan puts that first.");

	static final List<String> OVERRIDE_REASONS = List.of(
			"The specialist is on leave for two months and agreed the plan by e-mail; the customer review cannot wait.",
			"Agreed in the account review meeting with the whole team present; the sign-offs were not recorded in time.");

	static final List<String> MENTOR_ON_PLAN = List.of(
			"Good plan. I miss the customer's own priorities: which of their strategic goals does each objective support?",
			"Four years is long for this account. Consider three, with a review after the first year.",
			"The actions are concentrated on two people. Can the team share them more evenly?",
			"Well structured. Before you submit it, walk the executive sponsor through it.",
			"Which of these objectives would the customer recognise as theirs? Test it in the next business review.",
			"Several actions are overdue. Which of them still matter, and which should be dropped?");

	static final List<String> MENTOR_ON_OBJECTIVE = List.of(
			"Is this target realistic given last year's figures? I would like to see how you got to it.",
			"How will you measure this? Agree the source of the figure with the team first.",
			"This is the most important objective of the plan. Put it first.",
			"The strategies for this objective are about us, not the customer. What will they gain?",
			"Good progress here. Keep the measurements coming every quarter.",
			"The baseline looks optimistic; the last survey said otherwise.");

	static final List<String> OWNER_REPLIES = List.of("Thanks, agreed. I changed it.",
			"Fair point. We discuss it in the next team meeting and I come back to you.",
			"The figure comes from their procurement report; I added the source to the objective.",
			"Done: the sponsor has seen it and supports it.",
			"We keep it: the customer confirmed the direction last week.",
			"I spread the actions over the team and added a second owner for the review.");

	static final List<String> MENTOR_FOLLOW_UPS = List.of("Thanks, that answers it.",
			"Good. Let us look at it again at the half-year review.", "Fine with me.");

}
