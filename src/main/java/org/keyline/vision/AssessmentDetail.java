package org.keyline.vision;

import org.keyline.account.AccountRef;

/**
 * One assessment on its page, with the id of the one before it (null for the first) to
 * compare with.
 */
public record AssessmentDetail(AccountRef account, AssessmentView assessment, Long previousId) {
}
