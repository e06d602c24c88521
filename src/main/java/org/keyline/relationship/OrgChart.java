package org.keyline.relationship;

import java.util.List;

import org.keyline.account.AccountRef;

/**
 * The customer's organisation chart from reports-to: the current contacts as trees. Roots
 * are contacts without a current manager; contacts who left are not shown.
 *
 * @param size how many contacts the chart shows
 */
public record OrgChart(AccountRef account, List<Node> roots, int size) {

	/**
	 * One contact on the chart, with our strongest link to them (null user when nobody on
	 * our side has a link).
	 */
	public record Node(long id, String name, String title, String department, ContactLevel level, BuyingRole buyingRole,
			Attitude attitude, int influence, String linkUserName, LinkStrength linkStrength, List<Node> reports) {

		public boolean linked() {
			return this.linkUserName != null;
		}

	}

}
