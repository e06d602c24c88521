package org.keyline.review.web;

import org.keyline.review.ReviewNotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A review that does not exist on the account in the URL is "not found" (404).
 */
@ControllerAdvice
class ReviewExceptionHandler {

	@ExceptionHandler(ReviewNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
