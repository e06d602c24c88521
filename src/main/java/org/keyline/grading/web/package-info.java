/**
 * The grading pages: how accounts are graded, for everybody who works with accounts, the
 * criteria and tiers forms for directors, the account page's grade card with its
 * hand-scoring forms, the account's tier history, and the list of key accounts.
 */
package org.keyline.grading.web;
