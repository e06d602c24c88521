/**
 * The search page.
 */
package org.keyline.search.web;
