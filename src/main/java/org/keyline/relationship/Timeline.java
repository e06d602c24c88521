package org.keyline.relationship;

import org.keyline.account.AccountRef;

import org.springframework.data.domain.Page;

/**
 * One page of an account's interactions, newest first.
 */
public record Timeline(AccountRef account, Page<InteractionView> interactions) {
}
