package org.keyline.dataio.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A Keyline field a file's column can be mapped to, with the column names that mean it in
 * the exports of Salesforce (reports and Data Loader) and HubSpot (companies and
 * contacts), compared without case, spaces and punctuation ("Billing Country",
 * "BillingCountry" and "billing_country" are the same). The names are tried in order, so
 * that the more specific one wins when a file has both ("Website URL" before "Company
 * Domain Name").
 */
public enum ImportField {

	/**
	 * Salesforce "Account Name" (report) or "Name" (Data Loader), HubSpot "Company name".
	 */
	ACCOUNT_NAME(ImportKind.ACCOUNTS, 200, "accountname", "companyname", "name", "company", "account", "organisation",
			"organization"),

	/** Salesforce and HubSpot "Industry". */
	INDUSTRY(ImportKind.ACCOUNTS, 0, "industry", "sector"),

	/** Keyline's sales region; usually derived from the country. */
	REGION(ImportKind.ACCOUNTS, 0, "region", "salesregion"),

	/** Salesforce "Billing Country" / "BillingCountry", HubSpot "Country/Region". */
	COUNTRY(ImportKind.ACCOUNTS, 0, "billingcountry", "countryregion", "country", "shippingcountry"),

	/** Salesforce "Employees" / "NumberOfEmployees", HubSpot "Number of Employees". */
	EMPLOYEES(ImportKind.ACCOUNTS, 0, "employees", "numberofemployees", "headcount", "size"),

	/** Salesforce "Website", HubSpot "Website URL" or else "Company Domain Name". */
	WEBSITE(ImportKind.ACCOUNTS, 255, "website", "websiteurl", "companydomainname", "domain", "url"),

	/**
	 * Salesforce "Parent Account" (a name) or "ParentId" (the Salesforce id of another
	 * row of the file), HubSpot "Parent Company".
	 */
	PARENT(ImportKind.ACCOUNTS, 200, "parentaccount", "parentaccountname", "parentcompany", "parentid", "parent"),

	/** Salesforce and HubSpot "Description": Keyline's notes. */
	DESCRIPTION(ImportKind.ACCOUNTS, 4000, "description", "notes"),

	/**
	 * The other CRM's id of the row (Salesforce "Account ID" / "Id", HubSpot "Record
	 * ID"): not stored, only used to find a parent named by its id.
	 */
	SOURCE_ID(ImportKind.ACCOUNTS, 0, "accountid", "id", "recordid"),

	/** Salesforce "First Name" / "FirstName", HubSpot "First Name". */
	FIRST_NAME(ImportKind.CONTACTS, 0, "firstname", "givenname"),

	/** Salesforce "Last Name" / "LastName", HubSpot "Last Name". */
	LAST_NAME(ImportKind.CONTACTS, 0, "lastname", "surname", "familyname"),

	/**
	 * A whole name in one column (Salesforce Data Loader "Name"); used when first and
	 * last name are empty.
	 */
	FULL_NAME(ImportKind.CONTACTS, 0, "name", "fullname", "contactname"),

	/** Salesforce "Email", HubSpot "Email". */
	EMAIL(ImportKind.CONTACTS, 254, "email", "emailaddress", "mail"),

	/** Salesforce "Title", HubSpot "Job Title". */
	TITLE(ImportKind.CONTACTS, 120, "title", "jobtitle", "position"),

	/** Salesforce "Department". */
	DEPARTMENT(ImportKind.CONTACTS, 120, "department"),

	/** Salesforce "Phone", HubSpot "Phone Number". */
	PHONE(ImportKind.CONTACTS, 40, "phone", "phonenumber", "businessphone", "workphone", "telephone"),

	/**
	 * Salesforce "Mobile" / "MobilePhone", HubSpot "Mobile Phone Number": used when there
	 * is no phone.
	 */
	MOBILE(ImportKind.CONTACTS, 40, "mobile", "mobilephone", "mobilephonenumber"),

	/**
	 * The contact's account by name: Salesforce "Account Name" / "Account.Name", HubSpot
	 * "Associated Company" or "Company Name".
	 */
	CONTACT_ACCOUNT(ImportKind.CONTACTS, 0, "accountname", "associatedcompany", "companyname", "company", "account"),

	/** The contact's account by website, when no account of that name is found. */
	CONTACT_ACCOUNT_WEBSITE(ImportKind.CONTACTS, 0, "accountwebsite", "companydomainname", "website", "websiteurl"),

	/** Keyline's contact level; otherwise guessed from the title. */
	LEVEL(ImportKind.CONTACTS, 0, "level", "contactlevel"),

	/** Keyline's buying role; otherwise "user". */
	BUYING_ROLE(ImportKind.CONTACTS, 0, "buyingrole");

	private final ImportKind kind;

	private final int maxLength;

	private final List<String> names;

	ImportField(ImportKind kind, int maxLength, String... names) {
		this.kind = kind;
		this.maxLength = maxLength;
		this.names = List.of(names);
	}

	public ImportKind kind() {
		return this.kind;
	}

	/** The longest value Keyline keeps for this field; 0 when another rule applies. */
	public int maxLength() {
		return this.maxLength;
	}

	/** The column names (normalised) that mean this field, best first. */
	List<String> names() {
		return this.names;
	}

	public String labelKey() {
		return "import.field." + name();
	}

	public static List<ImportField> of(ImportKind kind) {
		return Arrays.stream(values()).filter((field) -> field.kind == kind).toList();
	}

	/** A column name without case, spaces and punctuation. */
	static String normalise(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
