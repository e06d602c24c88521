package org.keyline.account.web;

/**
 * A section another module adds to the account page, with its model for this request.
 */
public record RenderedSection(String template, String fragment, Object model, boolean top) {
}
