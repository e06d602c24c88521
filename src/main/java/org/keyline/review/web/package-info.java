/**
 * The pages of strategy reviews: the history, the form, one review, the reviews due, and
 * the account page's section.
 */
package org.keyline.review.web;
