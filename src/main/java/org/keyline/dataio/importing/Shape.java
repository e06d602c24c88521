package org.keyline.dataio.importing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which CRM export a file looks like, from its column names: shown on the preview, and a
 * warning when a contacts export is imported as accounts or the other way round.
 */
public enum Shape {

	HUBSPOT_CONTACTS(ImportKind.CONTACTS), HUBSPOT_COMPANIES(ImportKind.ACCOUNTS),
	SALESFORCE_CONTACTS(ImportKind.CONTACTS), SALESFORCE_ACCOUNTS(ImportKind.ACCOUNTS), OTHER(null);

	private final ImportKind kind;

	Shape(ImportKind kind) {
		this.kind = kind;
	}

	/** What such a file holds; null for a file of unknown shape. */
	public ImportKind kind() {
		return this.kind;
	}

	public static Shape of(List<String> headers) {
		Set<String> h = headers.stream().map(ImportField::normalise).collect(Collectors.toSet());
		boolean person = h.contains("firstname") || h.contains("lastname");
		if (h.contains("recordid") && person) {
			return HUBSPOT_CONTACTS;
		}
		if (h.contains("recordid") && (h.contains("companyname") || h.contains("companydomainname"))) {
			return HUBSPOT_COMPANIES;
		}
		if (person && (h.contains("accountname") || h.contains("accountid") || h.contains("contactid")
				|| h.contains("mailingcountry") || h.contains("contactowner"))) {
			return SALESFORCE_CONTACTS;
		}
		if ((h.contains("accountname") || h.contains("name"))
				&& (h.contains("billingcountry") || h.contains("billingcity") || h.contains("accountowner")
						|| h.contains("parentaccount") || h.contains("parentid") || h.contains("accountid"))) {
			return SALESFORCE_ACCOUNTS;
		}
		return OTHER;
	}

	public String labelKey() {
		return "import.shape." + name();
	}

}
