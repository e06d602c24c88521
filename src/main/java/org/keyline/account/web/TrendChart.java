package org.keyline.account.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.keyline.account.AccountEconomics;

/**
 * The revenue and margin trend as a server-drawn SVG: one revenue bar per year and the
 * margin as a line, scaled to the largest figure. No script, so it prints and works under
 * the Content-Security-Policy.
 *
 * @param bars one per year
 * @param marginLine the margin line's points ("x,y x,y …")
 * @param zeroY where the zero line is
 * @param width the drawing's width
 * @param height the drawing's height
 */
public record TrendChart(List<Bar> bars, String marginLine, int zeroY, int width, int height) {

	static final int HEIGHT = 180;

	static final int TOP = 10;

	static final int BAR_WIDTH = 36;

	static final int MIN_GAP = 28;

	/**
	 * Few years get wider gaps, so that the drawing does not shrink to a corner of the
	 * card.
	 */
	static final int MIN_WIDTH = 420;

	/** Below the plot: room for the year labels, clear of the lowest point. */
	static final int LABELS = 30;

	/**
	 * One year: its revenue bar and margin point.
	 */
	public record Bar(int year, int x, int y, int barHeight, int marginX, int marginY, boolean loss) {
	}

	static TrendChart of(List<AccountEconomics> years) {
		if (years.isEmpty()) {
			return null;
		}
		BigDecimal max = BigDecimal.ONE;
		BigDecimal min = BigDecimal.ZERO;
		for (AccountEconomics year : years) {
			max = max.max(year.revenue().amount()).max(year.margin().amount());
			min = min.min(year.margin().amount());
		}
		BigDecimal range = max.subtract(min);
		int plot = HEIGHT - TOP - LABELS;
		int gap = Math.max(MIN_GAP, (MIN_WIDTH - years.size() * BAR_WIDTH) / (years.size() + 1));
		int zeroY = TOP + scale(max, range, plot);
		List<Bar> bars = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int x = gap;
		for (AccountEconomics year : years) {
			int revenueTop = TOP + scale(max.subtract(year.revenue().amount()), range, plot);
			int marginY = TOP + scale(max.subtract(year.margin().amount()), range, plot);
			bars.add(new Bar(year.fiscalYear(), x, revenueTop, Math.max(zeroY - revenueTop, 1), x + BAR_WIDTH / 2,
					marginY, year.lossMaking()));
			line.append(x + BAR_WIDTH / 2).append(',').append(marginY).append(' ');
			x += BAR_WIDTH + gap;
		}
		return new TrendChart(bars, line.toString().trim(), zeroY, x, HEIGHT);
	}

	private static int scale(BigDecimal value, BigDecimal range, int plot) {
		return value.multiply(BigDecimal.valueOf(plot)).divide(range, 0, RoundingMode.HALF_UP).intValue();
	}

}
