/**
 * Demo grading: hand scores for the demo accounts, their grades, and a year of tier
 * history for the curated ones.
 */
package org.keyline.grading.demo;
