/**
 * The grading scheme pages: how accounts are graded, for everybody who works with
 * accounts, and the criteria and tiers forms for directors.
 */
package org.keyline.grading.web;
