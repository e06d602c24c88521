/**
 * Reading an uploaded CSV file: its encoding, its separator and its rows.
 */
package org.keyline.dataio.csv;
