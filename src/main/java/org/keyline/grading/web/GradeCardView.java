package org.keyline.grading.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keyline.account.AccountRef;
import org.keyline.account.RelationshipLevel;
import org.keyline.grading.AccountGrade;
import org.keyline.grading.CriterionKind;
import org.keyline.grading.GradeCard;
import org.keyline.grading.GradingScheme;
import org.keyline.grading.ServiceCheck;
import org.keyline.grading.Metric;
import org.keyline.shared.CompanyCurrency;

import org.springframework.context.MessageSource;

/**
 * The grade card as the page shows it: the grade with each value written in words (money,
 * %, the ladder's steps, levels), the first moves up, and a form for each hand-scored
 * criterion when the viewer may score.
 *
 * @param account the account
 * @param grade the grade as the service computed it
 * @param score the score written plainly, e.g. "63.5"
 * @param rows each criterion's part
 * @param moves the first three moves to the next tier, in words
 * @param scoring the hand-scored criteria the viewer may score (empty when they may not)
 * @param tiers the scheme's tiers, best first
 */
public record GradeCardView(AccountRef account, AccountGrade grade, String score, List<Row> rows, List<String> moves,
		List<Scoring> scoring, List<GradingScheme.Tier> tiers, ServiceCheck service, boolean canOverride) {

	/**
	 * The position of the current tier with this name, 0 for a name the scheme no longer
	 * has, null for no tier (not a key account).
	 */
	public Integer positionOf(String tierName) {
		if (tierName == null) {
			return null;
		}
		return this.tiers.stream()
			.filter((t) -> t.name().equals(tierName))
			.map(GradingScheme.Tier::position)
			.findFirst()
			.orElse(0);
	}

	static final int MOVES_SHOWN = 3;

	/** A criterion's part: value in words, score 0-100, share and points. */
	public record Row(long criterionId, String name, CriterionKind kind, String value, String score, String share,
			String points) {
	}

	/**
	 * A hand-scored criterion's form: its current level (null: not scored) and guidance.
	 */
	public record Scoring(long criterionId, String name, Integer level, Map<Integer, String> guidance) {
	}

	static GradeCardView of(AccountRef account, GradeCard card, MessageSource messages, CompanyCurrency money,
			Locale locale) {
		AccountGrade grade = card.grade();
		Words words = new Words(messages, money, locale);
		List<Row> rows = new ArrayList<>();
		List<Scoring> scoring = new ArrayList<>();
		for (AccountGrade.Contribution c : grade.contributions()) {
			rows.add(new Row(c.criterionId(), c.name(), c.kind(), words.value(c.kind(), c.metric(), c.value()),
					plain(c.score()), plain(c.share()), plain(c.points())));
		}
		if (grade.canScore()) {
			// From the scheme, so that an account not graded yet can be scored too.
			for (GradingScheme.Criterion criterion : card.scheme().criteria()) {
				if (criterion.kind() == CriterionKind.MANUAL) {
					BigDecimal level = grade.contributions()
						.stream()
						.filter((c) -> c.criterionId() == criterion.id())
						.map(AccountGrade.Contribution::value)
						.filter(java.util.Objects::nonNull)
						.findFirst()
						.orElse(null);
					scoring.add(new Scoring(criterion.id(), criterion.name(), (level != null) ? level.intValue() : null,
							criterion.guidance()));
				}
			}
		}
		List<String> moves = grade.movesUp().stream().limit(MOVES_SHOWN).map(words::move).toList();
		return new GradeCardView(account, grade, plain(grade.score()), rows, moves, scoring, card.scheme().tiers(),
				card.service(), card.canOverride());
	}

	/** A score written plainly, for the page. */
	public String number(BigDecimal value) {
		return plain(value);
	}

	/** A number without trailing zeros: 63.50 is "63.5", 30.00 is "30". */
	static String plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
	}

	/** Writes values and moves in words. */
	private record Words(MessageSource messages, CompanyCurrency money, Locale locale) {

		String value(CriterionKind kind, Metric metric, BigDecimal value) {
			if (value == null) {
				return text("gradeCard.value.unknown");
			}
			if (kind == CriterionKind.MANUAL || metric == null) {
				return text("gradeCard.value.level", plain(value));
			}
			return switch (metric) {
				case REVENUE -> this.money.format(value);
				case MARGIN_PERCENT, SHARE_OF_WALLET, REVENUE_GROWTH, RELATIONSHIP_COVERAGE ->
					text("gradeCard.value.percent", plain(value));
				case RELATIONSHIP_LEVEL -> ladder(value);
				case STRATEGIC_IMPORTANCE, EASE_OF_BUSINESS -> text("gradeCard.value.ofFive", plain(value));
			};
		}

		String move(AccountGrade.Move move) {
			if (move.kind() == CriterionKind.MANUAL) {
				return text("gradeCard.move.level", move.name(), String.valueOf(move.levelNeeded()));
			}
			return text("gradeCard.move.raise", move.name(), value(move.kind(), move.metric(), move.valueNeeded()),
					value(move.kind(), move.metric(), move.currentValue()));
		}

		private String ladder(BigDecimal value) {
			int step = value.intValue();
			if (step < 1 || step > RelationshipLevel.values().length) {
				return plain(value);
			}
			return text("relationship." + RelationshipLevel.values()[step - 1].name());
		}

		private String text(String key, Object... args) {
			return this.messages.getMessage(key, args, this.locale);
		}

	}

}
