package org.keyline.people.signin;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Who may reach which page, how people sign in and out, and the security headers of every
 * response.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Scripts, styles and fonts only from Keyline itself: no inline script, no CDN.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The session cookie ({@code server.servlet.session.cookie.name}). */
	static final String SESSION_COOKIE = "JSESSIONID";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
			throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/error", "/webjars/**", "/assets/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/portfolio/**")
				.hasRole("DIRECTOR")
				.requestMatchers("/accounts", "/accounts/**")
				.hasAnyRole("DIRECTOR", "MANAGER", "MEMBER", "MENTOR")
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.failureHandler(failureHandler())
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.deleteCookies(SESSION_COOKIE)
				.invalidateHttpSession(true))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// An htmx request whose session expired reloads the whole page (and so
			// reaches
			// the sign-in page) instead of swapping the sign-in form into a fragment.
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
						new RequestHeaderRequestMatcher("HX-Request"))
				// "Sign out" on a page left open after the session ended lands on the
				// sign-in page.
				.accessDeniedHandler(new SignOutAfterSessionEnd()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(
						(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			String reason = "bad";
			if (exception instanceof ThrottledAuthenticationProvider.SignInLocked) {
				reason = "locked";
			}
			else if (exception instanceof DisabledException) {
				reason = "disabled";
			}
			// Keep what was typed, so that only the password has to be entered again.
			String username = request.getParameter("username");
			if (username != null && username.length() <= 255) {
				request.getSession().setAttribute(LoginController.LAST_USERNAME, username);
			}
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}

}
