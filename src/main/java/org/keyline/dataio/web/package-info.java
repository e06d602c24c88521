/**
 * The import pages: upload, preview with the column mapping, failing rows and duplicates,
 * and the confirmation.
 */
package org.keyline.dataio.web;
