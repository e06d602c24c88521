package org.keyline.vision;

/**
 * Whether the client needs it now or will need it: present or emerging.
 */
public enum RequirementHorizon {

	PRESENT, EMERGING

}
