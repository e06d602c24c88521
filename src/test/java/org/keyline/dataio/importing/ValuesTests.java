package org.keyline.dataio.importing;

import org.junit.jupiter.api.Test;
import org.keyline.account.Industry;
import org.keyline.account.Region;
import org.keyline.relationship.ContactLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other CRMs' values mean in Keyline: industries of Salesforce's and HubSpot's
 * lists, countries by code or name, sales regions, numbers, websites and contact levels.
 */
class ValuesTests {

	@Test
	void industriesOfSalesforceAndHubSpotAsLabelsOrInternalNames() {
		assertThat(Values.industry("Biotechnology")).isEqualTo(Industry.PHARMACEUTICALS);
		assertThat(Values.industry("Food & Beverage")).isEqualTo(Industry.CONSUMER_GOODS);
		assertThat(Values.industry("COMPUTER_SOFTWARE")).isEqualTo(Industry.TECHNOLOGY);
		assertThat(Values.industry("Information Technology and Services")).isEqualTo(Industry.TECHNOLOGY);
		assertThat(Values.industry("Logistics and Supply Chain")).isEqualTo(Industry.LOGISTICS);
		assertThat(Values.industry("Hospital & Health Care")).isEqualTo(Industry.HEALTHCARE);
		assertThat(Values.industry("Energy & utilities")).as("Keyline's own label")
			.isEqualTo(Industry.ENERGY_UTILITIES);
		assertThat(Values.industry("aerospace_defence")).isEqualTo(Industry.AEROSPACE_DEFENCE);
		assertThat(Values.industry("Consulting")).isNull();
		assertThat(Values.industry("Agriculture")).isNull();
	}

	@Test
	void countriesByCodeOrNameAndTheirRegion() {
		assertThat(Values.country("DE")).isEqualTo("DE");
		assertThat(Values.country("deu")).isEqualTo("DE");
		assertThat(Values.country("Germany")).isEqualTo("DE");
		assertThat(Values.country("Deutschland")).isEqualTo("DE");
		assertThat(Values.country("United States")).isEqualTo("US");
		assertThat(Values.country("U.S.A.")).isEqualTo("US");
		assertThat(Values.country("UK")).isEqualTo("GB");
		assertThat(Values.country("Côte d'Ivoire")).isEqualTo("CI");
		assertThat(Values.country("Österreich")).isEqualTo("AT");
		assertThat(Values.country("Atlantis")).isNull();
		assertThat(Values.regionOf("GB")).isEqualTo(Region.NORTHERN_EUROPE);
		assertThat(Values.regionOf("BR")).isEqualTo(Region.LATIN_AMERICA);
		assertThat(Values.regionOf("AE")).isEqualTo(Region.MIDDLE_EAST_AFRICA);
		assertThat(Values.regionOf("JP")).isEqualTo(Region.ASIA_PACIFIC);
		assertThat(Values.regionOf("AQ")).isNull();
		assertThat(Values.region("Central & Eastern Europe")).isEqualTo(Region.CENTRAL_EASTERN_EUROPE);
	}

	@Test
	void wholeNumbersWithThousandsSeparators() {
		assertThat(Values.wholeNumber("1200")).isEqualTo(1200);
		assertThat(Values.wholeNumber("1,200")).isEqualTo(1200);
		assertThat(Values.wholeNumber("1.200")).isEqualTo(1200);
		assertThat(Values.wholeNumber("145,000")).isEqualTo(145_000);
		assertThat(Values.wholeNumber("1 200 000")).isEqualTo(1_200_000);
		assertThat(Values.wholeNumber("1,200.00")).isEqualTo(1200);
		assertThat(Values.wholeNumber("265.0")).isEqualTo(265);
		assertThat(Values.wholeNumber("12.5")).isNull();
		assertThat(Values.wholeNumber("many")).isNull();
	}

	@Test
	void websitesGetASchemeAndMustLookLikeOne() {
		assertThat(Values.website("www.acme.com")).isEqualTo("https://www.acme.com");
		assertThat(Values.website("http://acme.com/en")).isEqualTo("http://acme.com/en");
		assertThat(Values.website("not a site")).isNull();
	}

	@Test
	void aContactsLevelFromTheTitle() {
		assertThat(Values.levelFromTitle("Chief Financial Officer")).isEqualTo(ContactLevel.EXECUTIVE);
		assertThat(Values.levelFromTitle("Managing Director")).isEqualTo(ContactLevel.EXECUTIVE);
		assertThat(Values.levelFromTitle("Head of Procurement")).isEqualTo(ContactLevel.PURCHASING);
		assertThat(Values.levelFromTitle("VP Sales")).isEqualTo(ContactLevel.SENIOR_MANAGEMENT);
		assertThat(Values.levelFromTitle("IT Manager")).isEqualTo(ContactLevel.MIDDLE_MANAGEMENT);
		assertThat(Values.levelFromTitle("Solution Architect")).isEqualTo(ContactLevel.TECHNICAL);
		assertThat(Values.levelFromTitle("Receptionist")).isEqualTo(ContactLevel.USER);
		assertThat(Values.levelFromTitle(null)).isEqualTo(ContactLevel.USER);
	}

}
