/**
 * The pages of the people module: home, user administration and the user's own password.
 */
package org.keyline.people.web;
