package org.keyline.vision.web;

import org.keyline.vision.VisionRecordNotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A vision version, assessment or requirement that is not on the account answers 404.
 */
@ControllerAdvice
class VisionExceptionHandler {

	@ExceptionHandler(VisionRecordNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
