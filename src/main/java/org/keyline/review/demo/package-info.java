/**
 * Demo strategy reviews for the mentored demo accounts.
 */
package org.keyline.review.demo;
