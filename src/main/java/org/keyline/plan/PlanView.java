package org.keyline.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.keyline.account.AccountRef;

/**
 * A plan as its page shows it: the plan, its objectives with their strategies and
 * actions, who was asked to sign this version, its earlier versions and what the viewer
 * may do.
 */
public record PlanView(long id, AccountRef account, String title, int horizonFrom, int horizonTo, PlanStatus status,
		int versionNo, Instant submittedAt, String submittedBy, Instant agreedAt, String overrideBy,
		String overrideReason, Instant activatedAt, Instant closedAt, String closingNote, long version,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, List<ObjectiveView> objectives,
		List<SignOffView> signOffs, List<VersionRef> earlierVersions, Permissions can) {

	/** The same plan with what this viewer may do. */
	PlanView with(Permissions can) {
		return new PlanView(this.id, this.account, this.title, this.horizonFrom, this.horizonTo, this.status,
				this.versionNo, this.submittedAt, this.submittedBy, this.agreedAt, this.overrideBy, this.overrideReason,
				this.activatedAt, this.closedAt, this.closingNote, this.version, this.createdAt, this.createdBy,
				this.updatedAt, this.updatedBy, this.objectives, this.signOffs, this.earlierVersions, can);
	}

	/** The number of the horizon's fiscal years (three or four). */
	public int years() {
		return this.horizonTo - this.horizonFrom + 1;
	}

	public long overdueActions() {
		return this.objectives.stream().mapToLong(ObjectiveView::overdueActions).sum();
	}

	public long actionCount() {
		return this.objectives.stream()
			.flatMap((o) -> o.strategies().stream())
			.mapToLong((s) -> s.actions().size())
			.sum();
	}

	/** Sign-offs still awaited from people who are on the team. */
	public List<SignOffView> awaited() {
		return this.signOffs.stream().filter((s) -> s.signedAt() == null && s.onTeam()).toList();
	}

	/** The viewer's own sign-off of this version, if they were asked. */
	public boolean signedBy(long userId) {
		return this.signOffs.stream().anyMatch((s) -> s.userId() == userId && s.signedAt() != null);
	}

	/**
	 * What the viewer may do: {@code shape} the plan (objectives, strategies, actions,
	 * submit, withdraw, activate, close: the owner and directors), {@code monitor} it
	 * (record measurements: whoever works on the account), {@code sign} this version,
	 * {@code override} the sign-off (directors), {@code comment}.
	 */
	public record Permissions(boolean shape, boolean monitor, boolean sign, boolean override, boolean comment) {
	}

	/**
	 * An objective with its computed progress: how far the latest value has moved from
	 * the baseline towards the target, 0 to 100 (empty until something is measured).
	 */
	public record ObjectiveView(long id, int position, String title, String metric, String unit, BigDecimal baseline,
			BigDecimal target, LocalDate targetOn, BigDecimal latestValue, LocalDate latestOn, long version,
			Instant updatedAt, String updatedBy, List<StrategyView> strategies) {

		public Integer progress() {
			return Progress.of(this.baseline, this.target, this.latestValue);
		}

		/** The baseline as people write it: 1,250.5 rather than 1250.50. */
		public String baselineText() {
			return Progress.text(this.baseline);
		}

		public String targetText() {
			return Progress.text(this.target);
		}

		public String latestText() {
			return Progress.text(this.latestValue);
		}

		/** Whether the target is a decrease (costs, complaints, days to answer). */
		public boolean decreasing() {
			return this.target.compareTo(this.baseline) < 0;
		}

		public long overdueActions() {
			return this.strategies.stream().flatMap((s) -> s.actions().stream()).filter(ActionView::overdue).count();
		}

		public List<ActionView> actions() {
			return this.strategies.stream().flatMap((s) -> s.actions().stream()).toList();
		}

	}

	public record StrategyView(long id, long objectiveId, String description, List<ActionView> actions) {
	}

	/** An action; overdue when still open or in progress after its due date. */
	public record ActionView(long id, long strategyId, String description, long ownerId, String ownerName,
			LocalDate dueOn, ActionStatus status, LocalDate doneOn, long version, boolean overdue, Instant updatedAt,
			String updatedBy) {
	}

	/**
	 * Someone asked to sign this version; {@code onTeam} false once they left the team.
	 */
	public record SignOffView(long userId, String name, Instant requestedAt, Instant signedAt, boolean onTeam) {
	}

	/** An earlier version of the plan, kept as it stood. */
	public record VersionRef(int versionNo, PlanStatus status, Instant agreedAt, Instant frozenAt, String frozenBy) {
	}

	/** Progress from baseline to target. */
	public static final class Progress {

		private Progress() {
		}

		/** A value with thousands separators and no trailing zeros; empty for none. */
		public static String text(BigDecimal value) {
			if (value == null) {
				return "";
			}
			java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##",
					java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));
			return format.format(value);
		}

		public static Integer of(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
			if (latest == null || target.compareTo(baseline) == 0) {
				return null;
			}
			BigDecimal share = latest.subtract(baseline)
				.multiply(BigDecimal.valueOf(100))
				.divide(target.subtract(baseline), 0, RoundingMode.HALF_UP);
			return Math.max(0, Math.min(100, share.intValue()));
		}

	}

}
