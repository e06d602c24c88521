package org.keyline.vision.web;

import org.keyline.account.AccountRef;
import org.keyline.vision.CurrentVision;

/**
 * What the vision banner of the account page shows: the account and its current vision
 * (null when none was written).
 */
public record VisionSectionModel(AccountRef account, CurrentVision vision) {
}
