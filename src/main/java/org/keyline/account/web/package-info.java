/**
 * The account pages: list, account home, profile form, economics, team and mentors.
 */
package org.keyline.account.web;
