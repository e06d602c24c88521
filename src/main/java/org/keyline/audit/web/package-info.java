/**
 * The history pages.
 */
package org.keyline.audit.web;
