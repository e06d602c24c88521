package org.keyline.people.web;

import org.keyline.people.user.UserNotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Maps the people module's failures to pages; no exception message reaches a page.
 */
@ControllerAdvice(basePackageClasses = PeopleExceptionHandler.class)
class PeopleExceptionHandler {

	@ExceptionHandler(UserNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String userNotFound() {
		return "error/404";
	}

}
