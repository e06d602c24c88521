package org.keyline.vision;

import java.util.List;

import org.keyline.account.AccountRef;

/**
 * The account's assessments, newest first.
 */
public record AssessmentList(AccountRef account, List<AssessmentSummary> assessments) {
}
