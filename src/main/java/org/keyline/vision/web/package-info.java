/**
 * The vision module's pages and its section of the account page.
 */
package org.keyline.vision.web;
