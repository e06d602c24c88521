package org.keyline.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a change of the scheme would do before it is saved: how many accounts would move
 * from each tier to each other tier, and which. Computed by making the change and
 * regrading in a transaction that is then rolled back, so that it is exactly what saving
 * does.
 */
public record GradingPreview(int accountsGraded, Map<String, Integer> counts, List<Move> moves) {

	/** Moves up and down, and accounts that become or stop being key accounts. */
	public int total() {
		return this.moves.size();
	}

	/** An account that would change tier ({@code null}: not a key account). */
	public record Move(long accountId, String name, String fromTier, String toTier, BigDecimal score) {

		/** "Silver → Gold", or "not a key account → Bronze". */
		public String key() {
			return label(this.fromTier) + " → " + label(this.toTier);
		}

		private static String label(String tier) {
			return (tier != null) ? tier : "not a key account";
		}

	}

}
