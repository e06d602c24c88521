/**
 * The account aggregate and its persistence.
 */
package org.keyline.account.domain;
