package org.keyline.vision;

import java.time.Instant;

/**
 * One version of the vision as it was saved, with the name of who saved it.
 */
public record VisionVersionView(int versionNo, String statement, String rationale, Instant setAt, String setBy) {
}
