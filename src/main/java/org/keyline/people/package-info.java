/**
 * People: our users, their roles, sign-in and user administration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.keyline.people;
