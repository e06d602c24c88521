/**
 * Users and their administration.
 */
package org.keyline.people.user;
