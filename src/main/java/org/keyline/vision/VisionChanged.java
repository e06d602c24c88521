package org.keyline.vision;

/**
 * A new version of an account's vision was saved.
 */
public record VisionChanged(long accountId, int versionNo) {
}
