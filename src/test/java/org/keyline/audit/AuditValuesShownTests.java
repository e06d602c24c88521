package org.keyline.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the audit log shows a recorded value. */
class AuditValuesShownTests {

	@Test
	void aMomentIsShownInUtcToTheSecond() {
		AuditEntry.FieldChange change = new AuditEntry.FieldChange("set_at", "2026-12-06T02:50:59.333176+00:00",
				"2026-12-06T04:05:00+01:00", false);
		assertThat(change.beforeShown()).isEqualTo("2026-12-06 02:50:59 UTC");
		assertThat(change.afterShown()).isEqualTo("2026-12-06 03:05:00 UTC");
	}

	@Test
	void otherValuesAreShownAsTheyAre() {
		assertThat(new AuditEntry.FieldChange("expires_on", null, "2027-06-06", false).afterShown())
			.isEqualTo("2027-06-06");
		assertThat(new AuditEntry.FieldChange("reason", "2026-12-06T02:50 was when we met", "x", false).beforeShown())
			.isEqualTo("2026-12-06T02:50 was when we met");
		assertThat(new AuditEntry.FieldChange("reason", "2026-13-45T99:99:99Z", null, false).beforeShown())
			.isEqualTo("2026-13-45T99:99:99Z");
		assertThat(new AuditEntry.FieldChange("reason", null, null, false).afterShown()).isNull();
	}

	@Test
	void aNameWinsOverTheValue() {
		AuditEntry.FieldChange change = new AuditEntry.FieldChange("tier_position", "2", "1", false).named("Silver",
				"Gold");
		assertThat(change.beforeShown()).isEqualTo("Silver");
		assertThat(change.afterShown()).isEqualTo("Gold");
	}

}
