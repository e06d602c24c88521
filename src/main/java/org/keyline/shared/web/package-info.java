/**
 * Web plumbing shared by every module: the clock, error pages, and the model attributes
 * the layout needs.
 */
package org.keyline.shared.web;
