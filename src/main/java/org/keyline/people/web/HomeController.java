package org.keyline.people.web;

import java.util.Arrays;
import java.util.List;

import org.keyline.people.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: who you are and what your roles let you do.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		List<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList();
		List<Role> roles = Arrays.stream(Role.values())
			.filter((role) -> authorities.contains(role.authority()))
			.toList();
		model.addAttribute("roles", roles);
		return "home";
	}

}
