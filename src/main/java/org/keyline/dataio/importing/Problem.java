package org.keyline.dataio.importing;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why a row fails: a message with its arguments (field labels are themselves resolvable),
 * the column and the value concerned.
 *
 * @param row the row's number as a spreadsheet shows it
 * @param column the file's column name, or null for the whole row
 * @param value the value in the file, or null
 */
public record Problem(int row, String column, String value, String messageKey,
		Object[] arguments) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Problem p) && p.row == this.row && java.util.Objects.equals(p.column, this.column)
				&& java.util.Objects.equals(p.value, this.value) && p.messageKey.equals(this.messageKey)
				&& Arrays.equals(p.arguments, this.arguments);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.row, this.column, this.messageKey);
	}

	@Override
	public String toString() {
		return "row " + this.row + " " + this.messageKey + Arrays.toString(this.arguments);
	}

}
