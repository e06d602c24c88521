package org.keyline.account;

/**
 * How the customer sees us: the five-step ladder from commodity supplier (a vendor) up to
 * strategic partner.
 */
public enum RelationshipLevel {

	COMMODITY_SUPPLIER, PREFERRED_SUPPLIER, SOLUTION_PROVIDER, TRUSTED_ADVISOR, STRATEGIC_PARTNER

}
