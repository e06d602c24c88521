package org.keyline.account.web;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountNotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * For every page about an account (this module's and those built on it): an account the
 * viewer may not see is "not found" (404) like one that does not exist; an account they
 * see but may not change this way is "not allowed" (403).
 */
@ControllerAdvice
class AccountExceptionHandler {

	@ExceptionHandler(AccountNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(AccountActionRefused.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused() {
		return "error/403";
	}

}
