/**
 * The grading pages on the account: the account page's grade card with its hand-scoring
 * forms, the account's tier history, and the list of key accounts everybody may read.
 */
package org.keyline.grading.web;
