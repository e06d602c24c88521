package org.keyline.relationship.demo;

import java.util.List;
import java.util.Map;

import org.keyline.relationship.InteractionKind;

/**
 * Templates for interaction summaries, next steps, political notes and influence lines.
 * {@code {c}} is a contact's name, {@code {first}} their first name, {@code {other}}
 * another contact, {@code {topic}} what was discussed, {@code {site}} one of their sites.
 */
final class DemoTexts {

	static final List<String> TOPICS = List.of("the quarterly business review", "the renewal terms",
			"the rollout plan for the next site", "the data migration", "the support ticket backlog",
			"next year's pricing", "the security questionnaire", "their five-year IT strategy", "the pilot results",
			"the integration with their ERP", "the service levels", "training for new users",
			"the steering committee agenda", "our product roadmap", "their budget cycle", "the reporting dashboards",
			"the change request for phase two", "the outage last month", "the reference visit",
			"the sustainability reporting requirements", "the framework agreement", "licence usage",
			"the upgrade to the new release", "the interface specification", "their cost-cutting programme");

	static final List<String> REACTIONS = List.of("Positive overall; they want numbers on the savings.",
			"Worried about the timeline, asked for a more detailed plan.",
			"They asked for references in their industry.", "Good discussion, no objections raised.",
			"Budget is the open question; finance has not signed off yet.",
			"They compared us with a competitor's offer on price.", "Agreed on the scope, the dates still move.",
			"Frustrated about response times; we promised an improvement plan.",
			"Enthusiastic about the results so far.", "Reserved; wants to see it working at another site first.",
			"They want fewer people from our side in the meetings.",
			"Asked whether we can take over more of the work next year.");

	static final Map<InteractionKind, List<String>> SUMMARIES = Map.of(InteractionKind.MEETING,
			List.of("Meeting with {c} on {topic}. {reaction}", "Went through {topic} with {c} and the team. {reaction}",
					"Workshop with {c} about {topic}. {reaction}",
					"Monthly steering meeting with {c}: {topic}. {reaction}",
					"Lunch with {c}; talked about {topic}. {reaction}"),
			InteractionKind.CALL,
			List.of("Call with {c} about {topic}. {reaction}", "{first} called about {topic}. {reaction}",
					"Short call with {c} to prepare {topic}. {reaction}", "Video call with {c} on {topic}. {reaction}"),
			InteractionKind.EMAIL,
			List.of("Sent {c} our summary of {topic}; {first} replied the same day. {reaction}",
					"E-mail from {c} with questions about {topic}. {reaction}",
					"Shared the proposal on {topic} with {c}. {reaction}",
					"{first} forwarded their comments on {topic}. {reaction}"),
			InteractionKind.VISIT,
			List.of("Visit at {site} with {c}: walked through {topic} with the local team. {reaction}",
					"On site at {site}; {c} showed us where {topic} hurts most. {reaction}",
					"Visited {c} at {site} to review {topic}. {reaction}"));

	static final List<String> NEXT_STEPS = List.of("Send the revised proposal by Friday.",
			"Set up a workshop with their architects.", "Follow up on {topic} in two weeks.",
			"Introduce our executive sponsor to {c}.", "Prepare the value report for the next review.",
			"Clarify the budget with their finance team.", "Share a reference case from their industry.",
			"Send the minutes and the action list.", "Book the next steering meeting.",
			"Ask {c} who else should be in the room next time.", "Check the open tickets with our support lead.",
			"Draft the change request for phase two.", "Invite {first} to our customer advisory board.",
			"Get a quote for the extra site from delivery.");

	static final List<String> SITES = List.of("their headquarters", "the main plant", "the new distribution centre",
			"the northern site", "their innovation lab", "the service centre", "the head office", "the pilot site");

	static final List<String> POLITICAL_NOTES = List.of("Does not want us to talk to procurement directly.",
			"Wants to be copied on every e-mail to {other}.",
			"Competes with {other} for the same budget; do not present their project as ours.",
			"Compares every offer with their previous supplier; bring numbers, not slides.",
			"Only takes meetings when our executive sponsor is present.",
			"Was passed over for promotion last year; sensitive about decisions made over their head.",
			"Close to the CEO; anything said here travels upwards.",
			"Prefers calls to meetings and dislikes large groups from our side.",
			"Blocks anything that adds work for their team before the year-end closing.",
			"Asked us not to mention the pilot to {other} until the results are in.");

	static final List<String> INFLUENCE_NOTES = List.of("Trusts their judgement on architecture",
			"Former colleagues at a previous employer", "Asks for their view before every large purchase",
			"They run the steering committee together", "Relies on their numbers for the business case",
			"Long-standing personal friendship", "Brought them into the company");

	private DemoTexts() {
	}

}
