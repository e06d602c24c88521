/**
 * The relationship module's pages: the coverage section of the account page and the
 * relationship map.
 */
package org.keyline.relationship.web;
