/**
 * Sign-in, sign-out, lockout after repeated failures, and the security rules of every
 * page.
 */
package org.keyline.people.signin;
