package org.keyline.account.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.keyline.account.AdviceFrequency;
import org.keyline.account.Industry;
import org.keyline.account.LifecycleStage;
import org.keyline.account.Region;
import org.keyline.account.RelationshipLevel;
import org.keyline.account.TeamRole;

/**
 * One demo account with everything that belongs to it, ready to be written.
 *
 * @param parent the index of the parent account in the portfolio (written before this
 * one), or null
 * @param years the fiscal years, oldest first
 */
record DemoAccount(String name, Industry industry, Region region, String country, Integer employees, String website,
		Integer parent, long ownerId, LifecycleStage stage, RelationshipLevel relationship, int strategicImportance,
		int easeOfBusiness, AdviceFrequency adviceFrequency, String notes, Instant archivedAt, Instant createdAt,
		Instant updatedAt, List<Year> years, List<Competitor> competitors, List<Member> team, List<Mentor> mentors) {

	Year latest() {
		return this.years.get(this.years.size() - 1);
	}

	record Year(int fiscalYear, BigDecimal revenue, BigDecimal costToServe, BigDecimal categorySpend,
			Instant updatedAt) {
	}

	record Competitor(String name, BigDecimal shareOfSpend) {
	}

	record Member(long userId, TeamRole role, String specialty, LocalDate joinedOn, LocalDate leftOn) {
	}

	record Mentor(long mentorId, Instant assignedAt) {
	}

}
