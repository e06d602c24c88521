/**
 * Shared kernel: the layout, error pages, web helpers, the embedded database and
 * demo-data plumbing that every other module builds on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package org.keyline.shared;
