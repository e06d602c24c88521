/**
 * The embedded PostgreSQL that Keyline starts when no datasource is configured.
 */
package org.keyline.shared.database;
