package org.keyline.shared.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A form field name that no form of Keyline's can have, such as a row far beyond the rows
 * a form binds ({@code tiers[100000].name}), a negative row or one that is not a number:
 * Spring's data binding refuses it with an {@link InvalidPropertyException}, which is the
 * client's mistake (400 Bad Request), not a server error. Nothing is changed: the handler
 * never runs.
 */
@ControllerAdvice
class BadRequestHandler {

	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidProperty() {
		return "error";
	}

}
