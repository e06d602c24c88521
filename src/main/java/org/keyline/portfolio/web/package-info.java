/**
 * The portfolio pages: "my work", the home page of every role.
 */
package org.keyline.portfolio.web;
