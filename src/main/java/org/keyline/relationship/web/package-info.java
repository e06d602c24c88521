/**
 * The relationship pages: contacts, organisation chart, links, interactions.
 */
package org.keyline.relationship.web;
