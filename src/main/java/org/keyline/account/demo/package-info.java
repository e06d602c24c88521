/**
 * The account module's demo data: a curated portfolio of key accounts, and the generator
 * that grows it into large portfolios for tests and benchmarks.
 */
package org.keyline.account.demo;
