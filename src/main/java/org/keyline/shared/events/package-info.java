/**
 * Events between modules that were not handled to the end are handed to their listeners
 * again, by one instance at a time.
 */
package org.keyline.shared.events;
