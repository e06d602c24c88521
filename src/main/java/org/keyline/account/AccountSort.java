package org.keyline.account;

/**
 * The columns the account list sorts by, with the SQL each one orders on.
 */
public enum AccountSort {

	NAME("lower(a.name)"), REVENUE("a.current_revenue"), MARGIN("a.current_margin"),
	SHARE_OF_WALLET("a.current_share_of_wallet"), STAGE("a.stage"), OWNER("lower(o.display_name)");

	private final String column;

	AccountSort(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

	public static AccountSort parse(String value) {
		for (AccountSort sort : values()) {
			if (sort.name().equalsIgnoreCase(value) || sort.name().replace("_", "").equalsIgnoreCase(value)) {
				return sort;
			}
		}
		return NAME;
	}

	public String param() {
		return name().toLowerCase().replace("_", "");
	}

}
