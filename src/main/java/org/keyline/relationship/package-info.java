/**
 * Relationships: the customer's contacts and organisation chart, who on our team knows
 * whom and how well, the interaction log, coverage analysis and the relationship map.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Relationship")
package org.keyline.relationship;
