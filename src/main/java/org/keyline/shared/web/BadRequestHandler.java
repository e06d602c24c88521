package org.keyline.shared.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form field name that no form of Keyline's can have, such as a row far beyond the rows
 * a form binds ({@code tiers[100000].name}), a negative row or one that is not a number:
 * Spring's data binding refuses it with an {@link InvalidPropertyException}, which is the
 * client's mistake (400 Bad Request), not a server error. Nothing is changed: the handler
 * never runs.
 * <p>
 * A path whose id is not a number ({@code /accounts/12/plans/new}, {@code /accounts/abc})
 * names nothing that exists: 404 with the page that says so, as for an id that is not
 * there. A request parameter of the wrong type stays 400.
 */
@ControllerAdvice
class BadRequestHandler {

	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidProperty() {
		return "error";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException mismatch) {
		boolean inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
		HttpStatus status = inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
		ModelAndView view = new ModelAndView(inPath ? "error/404" : "error");
		view.setStatus(status);
		view.addObject("status", status.value());
		return view;
	}

}
