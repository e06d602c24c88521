package org.keyline.plan;

/**
 * An account's open plan at a glance, for the account page: where it stands, how many
 * objectives and overdue actions it has, and how many sign-offs are awaited (one of them,
 * perhaps, the viewer's).
 */
public record PlanGlance(long id, String title, PlanStatus status, int versionNo, int horizonFrom, int horizonTo,
		int objectives, int overdueActions, int awaitedSignOffs, boolean awaitingViewer) {
}
