/**
 * HTTP sessions in the database (Spring Session JDBC), shared by every Keyline instance.
 */
package org.keyline.shared.session;
