package org.keyline.account;

/**
 * An account that can be chosen as another's parent.
 */
public record ParentOption(long id, String name) {
}
