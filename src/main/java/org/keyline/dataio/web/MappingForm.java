package org.keyline.dataio.web;

import java.util.ArrayList;
import java.util.List;

import org.keyline.account.Industry;
import org.keyline.dataio.importing.ImportField;
import org.keyline.dataio.importing.Preview;

/**
 * The mapping screen: the Keyline field of each column (blank: not imported), and the
 * values for empty or unknown industries and countries.
 */
public class MappingForm {

	private List<String> columns = new ArrayList<>();

	private Industry defaultIndustry;

	private String defaultCountry = "";

	static MappingForm from(Preview preview) {
		MappingForm form = new MappingForm();
		for (ImportField field : preview.review().mapping().fields()) {
			form.columns.add((field != null) ? field.name() : "");
		}
		form.defaultIndustry = preview.options().defaultIndustry();
		form.defaultCountry = (preview.options().defaultCountry() != null) ? preview.options().defaultCountry() : "";
		return form;
	}

	public List<String> getColumns() {
		return this.columns;
	}

	public void setColumns(List<String> columns) {
		this.columns = columns;
	}

	public Industry getDefaultIndustry() {
		return this.defaultIndustry;
	}

	public void setDefaultIndustry(Industry defaultIndustry) {
		this.defaultIndustry = defaultIndustry;
	}

	public String getDefaultCountry() {
		return this.defaultCountry;
	}

	public void setDefaultCountry(String defaultCountry) {
		this.defaultCountry = defaultCountry;
	}

}
