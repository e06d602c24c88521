/**
 * What an import does with a file: which column is which Keyline field (recognised from
 * the CRM's own column names, or chosen on the mapping screen), what each value means,
 * which rows fail and why, which rows are already in Keyline, and then writing it all or
 * nothing.
 */
package org.keyline.dataio.importing;
