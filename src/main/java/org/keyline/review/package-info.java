/**
 * Strategy reviews: mentors (and directors) review an account's long-term strategy on a
 * cadence; reviews that fall due or are overdue are shown to the mentor, the manager and
 * directors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy review")
package org.keyline.review;
