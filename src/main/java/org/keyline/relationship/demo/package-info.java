/**
 * The relationship module's demo data: every demo account's organisation, who on its team
 * knows whom, and a year of interactions.
 */
package org.keyline.relationship.demo;
