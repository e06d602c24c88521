package org.keyline.plan;

/**
 * Someone who may own an action: the account's owner or a current team member.
 */
public record ActionOwner(long userId, String name) {
}
