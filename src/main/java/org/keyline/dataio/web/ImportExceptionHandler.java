package org.keyline.dataio.web;

import org.keyline.dataio.importing.UploadNotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An upload that is not (or no longer) waiting for this person is "not found"; a file too
 * large for the server to take at all sends the person back to the upload page with a
 * message.
 */
@ControllerAdvice
class ImportExceptionHandler {

	@ExceptionHandler(UploadNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(org.springframework.ui.Model model) {
		return "error/404";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "import.file.tooLargeRequest");
		return "redirect:/accounts/import";
	}

}
