/**
 * Runs the modules' demo-data seeders once, in demo mode only.
 */
package org.keyline.shared.demo;
