/**
 * The portfolio pages: "my work" (the home page of every role), the directors' dashboard
 * and the one-page account brief as HTML and PDF.
 */
package org.keyline.portfolio.web;
