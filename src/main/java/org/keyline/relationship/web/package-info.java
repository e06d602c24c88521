/**
 * The relationship pages: contacts, organisation chart, links, interactions, the coverage
 * and interactions sections of the account page, and the relationship map.
 */
package org.keyline.relationship.web;
