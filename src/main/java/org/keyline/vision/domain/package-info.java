/**
 * The vision module's entities and repositories: internal to the module.
 */
package org.keyline.vision.domain;
