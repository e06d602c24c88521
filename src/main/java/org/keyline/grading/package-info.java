/**
 * Selection and grading: the weighted criteria directors set, every account's score with
 * each criterion's part in it, the tiers (Gold, Silver, Bronze...) and the service each
 * tier gets, hand-scored criteria, and the history of tier changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grading")
package org.keyline.grading;
