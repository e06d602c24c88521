package org.keyline.vision;

import java.math.BigDecimal;
import java.util.List;

import org.keyline.account.AdviceFrequency;
import org.keyline.account.RelationshipLevel;

/**
 * What Keyline already knows about an account that answers some of the assessment's
 * questions, as it was when read: the latest fiscal year's share of wallet, the rung on
 * the partner-or-vendor ladder, the number of live relationship links (touch points), how
 * often they call us, how strategic our product is and how easy business is (1 to 5), and
 * the competitors present with their share of spend.
 *
 * <p>
 * A live link joins one of our people who is on the account's current team to a contact
 * who has not left the customer: the links of former team members and former contacts are
 * history, not touch points.
 */
public record KnownAnswers(Integer fiscalYear, BigDecimal shareOfWallet, RelationshipLevel relationship,
		int touchPoints, AdviceFrequency adviceFrequency, int strategicImportance, int easeOfBusiness,
		String competitors) {

	/** What Keyline knew for this question, or null when only people can answer it. */
	public KnownValue of(AssessmentQuestion question) {
		return switch (question) {
			case SHARE_OF_WALLET -> (this.shareOfWallet != null)
					? new KnownValue("vision.known.shareOfWallet",
							List.of(this.shareOfWallet.stripTrailingZeros().toPlainString(), this.fiscalYear),
							"vision.source.economics")
					: new KnownValue("vision.known.shareOfWallet.unknown", List.of(), "vision.source.economics");
			case PARTNER_OR_VENDOR ->
				new KnownValue("relationship." + this.relationship.name(), List.of(), "vision.source.profile");
			case TOUCH_POINTS ->
				new KnownValue("vision.known.touchPoints", List.of(this.touchPoints), "vision.source.links");
			case ADVICE_FREQUENCY ->
				new KnownValue("advice." + this.adviceFrequency.name(), List.of(), "vision.source.profile");
			case COMPETITORS_DOING -> (this.competitors != null)
					? new KnownValue("vision.known.competitors", List.of(this.competitors), "vision.source.competitors")
					: new KnownValue("vision.known.competitors.none", List.of(), "vision.source.competitors");
			case STRATEGIC_IMPORTANCE ->
				new KnownValue("vision.known.score", List.of(this.strategicImportance), "vision.source.profile");
			case EASE_OF_BUSINESS ->
				new KnownValue("vision.known.score", List.of(this.easeOfBusiness), "vision.source.profile");
			default -> null;
		};
	}

	/**
	 * A known answer as a message key with its arguments, and the message key that says
	 * where in Keyline it comes from.
	 */
	public record KnownValue(String key, List<Object> args, String sourceKey) {

		public Object[] argArray() {
			return this.args.toArray();
		}

	}

}
