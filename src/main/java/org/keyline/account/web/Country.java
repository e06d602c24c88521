package org.keyline.account.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A country by its ISO 3166 code, with its English name.
 */
public record Country(String code, String name) {

	static final List<Country> ALL = Arrays.stream(Locale.getISOCountries())
		.map((code) -> new Country(code, nameOf(code)))
		.sorted(Comparator.comparing(Country::name))
		.toList();

	/** The English name of a country code; the code itself when unknown. */
	public static String nameOf(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
		return name.isBlank() ? code : name;
	}

}
