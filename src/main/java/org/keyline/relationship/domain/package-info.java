/**
 * Contacts, links, influence lines and interactions, and their persistence.
 */
package org.keyline.relationship.domain;
