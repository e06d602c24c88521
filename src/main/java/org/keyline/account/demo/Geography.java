package org.keyline.account.demo;

import java.util.List;
import java.util.Map;

import org.keyline.account.Region;

import static java.util.Map.entry;

/**
 * Where demo accounts are: the countries of each sales region (ISO 3166 alpha-2), with
 * their usual company legal forms and web domains.
 */
final class Geography {

	static final Map<Region, List<String>> COUNTRIES = Map.of(Region.NORTH_AMERICA, List.of("US", "CA"),
			Region.LATIN_AMERICA, List.of("BR", "MX", "AR", "CL", "CO"), Region.NORTHERN_EUROPE,
			List.of("SE", "NO", "DK", "FI", "GB", "IE"), Region.WESTERN_EUROPE,
			List.of("DE", "FR", "NL", "BE", "AT", "CH", "LU"), Region.SOUTHERN_EUROPE, List.of("ES", "IT", "PT", "GR"),
			Region.CENTRAL_EASTERN_EUROPE, List.of("PL", "CZ", "HU", "RO", "SK"), Region.MIDDLE_EAST_AFRICA,
			List.of("AE", "SA", "ZA", "KE", "MA", "QA"), Region.ASIA_PACIFIC,
			List.of("JP", "SG", "AU", "KR", "IN", "NZ"));

	private static final Map<String, List<String>> LEGAL_FORMS = Map.ofEntries(entry("US", List.of("Inc.", "Corp.")),
			entry("CA", List.of("Inc.", "Ltd.")), entry("BR", List.of("S.A.", "Ltda.")),
			entry("MX", List.of("S.A. de C.V.")), entry("AR", List.of("S.A.")), entry("CL", List.of("S.A.", "SpA")),
			entry("CO", List.of("S.A.S.")), entry("SE", List.of("AB")), entry("NO", List.of("AS", "ASA")),
			entry("DK", List.of("A/S")), entry("FI", List.of("Oy", "Oyj")), entry("GB", List.of("Ltd", "plc")),
			entry("IE", List.of("Ltd", "DAC")), entry("DE", List.of("GmbH", "AG")), entry("FR", List.of("SA", "SAS")),
			entry("NL", List.of("B.V.", "N.V.")), entry("BE", List.of("NV", "SA")), entry("AT", List.of("GmbH", "AG")),
			entry("CH", List.of("AG", "SA")), entry("LU", List.of("S.A.", "S.à r.l.")),
			entry("ES", List.of("S.A.", "S.L.")), entry("IT", List.of("S.p.A.", "S.r.l.")),
			entry("PT", List.of("S.A.", "Lda.")), entry("GR", List.of("S.A.")),
			entry("PL", List.of("S.A.", "sp. z o.o.")), entry("CZ", List.of("a.s.", "s.r.o.")),
			entry("HU", List.of("Zrt.", "Kft.")), entry("RO", List.of("S.A.", "S.R.L.")),
			entry("SK", List.of("a.s.", "s.r.o.")), entry("AE", List.of("LLC", "PJSC")),
			entry("SA", List.of("Company", "LLC")), entry("ZA", List.of("(Pty) Ltd", "Ltd")),
			entry("KE", List.of("Ltd", "PLC")), entry("MA", List.of("S.A.", "SARL")),
			entry("QA", List.of("W.L.L.", "LLC")), entry("JP", List.of("Co., Ltd.", "K.K.")),
			entry("SG", List.of("Pte Ltd", "Ltd")), entry("AU", List.of("Pty Ltd", "Ltd")),
			entry("KR", List.of("Co., Ltd.")), entry("IN", List.of("Ltd", "Pvt Ltd")),
			entry("NZ", List.of("Ltd", "Limited")));

	private static final Map<String, String> DOMAINS = Map.ofEntries(entry("US", "com"), entry("GB", "co.uk"),
			entry("JP", "co.jp"), entry("AU", "com.au"), entry("BR", "com.br"), entry("ZA", "co.za"),
			entry("KR", "co.kr"), entry("NZ", "co.nz"), entry("MX", "com.mx"), entry("AR", "com.ar"),
			entry("CO", "com.co"), entry("SA", "com.sa"), entry("KE", "co.ke"), entry("IN", "co.in"));

	private Geography() {
	}

	static Region regionOf(String country) {
		return COUNTRIES.entrySet()
			.stream()
			.filter((e) -> e.getValue().contains(country))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No region for " + country));
	}

	static List<String> legalForms(String country) {
		return LEGAL_FORMS.get(country);
	}

	/** The top-level domain companies in the country commonly use. */
	static String domain(String country) {
		return DOMAINS.getOrDefault(country, country.toLowerCase(java.util.Locale.ROOT));
	}

}
