package org.keyline.plan.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.keyline.plan.PlanStateConflict;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A change the plan's state does not allow (someone else moved it on meanwhile, or the
 * request was forged): back to the plan, which says why and shows where it stands now.
 */
@ControllerAdvice(basePackageClasses = PlanStateConflictHandler.class)
class PlanStateConflictHandler {

	private static final Pattern PLAN = Pattern.compile("^(/accounts/\\d+/plans/\\d+)");

	private static final Pattern ACCOUNT = Pattern.compile("^(/accounts/\\d+)");

	@ExceptionHandler(PlanStateConflict.class)
	String conflict(PlanStateConflict conflict, HttpServletRequest request) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flashError", conflict.messageKey());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher plan = PLAN.matcher(path);
		if (plan.find()) {
			return "redirect:" + plan.group(1);
		}
		Matcher account = ACCOUNT.matcher(path);
		return account.find() ? "redirect:" + account.group(1) + "/plans" : "redirect:/accounts";
	}

}
