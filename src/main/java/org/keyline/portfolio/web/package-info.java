/**
 * Portfolio web: the pages of the portfolio module (the one-page account brief as HTML
 * and PDF).
 */
package org.keyline.portfolio.web;
