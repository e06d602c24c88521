/**
 * Account plans: objectives three to four years out with their strategies and actions,
 * progress and overdue actions, the plan's life from draft to closed with the team's
 * sign-off, the versions kept when an agreed plan changes, and comments on the plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package org.keyline.plan;
