/**
 * The strategy review entity and its repository: internal to the review module.
 */
package org.keyline.review.domain;
