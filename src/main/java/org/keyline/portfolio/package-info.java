/**
 * Portfolio: what Keyline gives back for the data people enter. The directors' portfolio
 * dashboard, "my work" (the home page of every role) and the one-page account brief. It
 * sits on top of the other modules and reads their tables in SQL where it aggregates over
 * many accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package org.keyline.portfolio;
