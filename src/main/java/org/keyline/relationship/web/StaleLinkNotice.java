package org.keyline.relationship.web;

import java.io.Serializable;
import java.time.Instant;

import org.keyline.relationship.LinkStrength;

/**
 * A strength change that was refused because someone else changed the link first: who,
 * when and the strength they saved, shown on the links page after the redirect.
 */
public record StaleLinkNotice(long linkId, String by, Instant at, LinkStrength strength) implements Serializable {
}
