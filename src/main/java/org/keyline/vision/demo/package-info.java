/**
 * The vision module's demo data.
 */
package org.keyline.vision.demo;
