/**
 * Accounts: the key account record, its economics by fiscal year, competitors, the
 * account team, mentor assignments, and who may see and change what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package org.keyline.account;
