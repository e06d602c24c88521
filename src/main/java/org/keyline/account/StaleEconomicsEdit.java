package org.keyline.account;

/**
 * Someone else changed this fiscal year after the form was opened.
 */
public class StaleEconomicsEdit extends RuntimeException {

	public StaleEconomicsEdit(long id, int fiscalYear) {
		super("Economics " + fiscalYear + " of account " + id + " were changed by someone else");
	}

}
