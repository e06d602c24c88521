package org.keyline.people.signin;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks the lockout before the password, and counts each failed password.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Optional<Instant> lockedUntil = this.throttle.lockedUntil(username);
		if (lockedUntil.isPresent()) {
			throw new SignInLocked(lockedUntil.get());
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			if (this.throttle.recordFailure(username)) {
				throw new SignInLocked(this.throttle.lockedUntil(username).orElse(Instant.now()));
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The username is locked until the given instant.
	 */
	static class SignInLocked extends LockedException {

		private final transient Instant until;

		SignInLocked(Instant until) {
			super("Locked after repeated failed sign-ins");
			this.until = until;
		}

		Instant until() {
			return this.until;
		}

	}

}
