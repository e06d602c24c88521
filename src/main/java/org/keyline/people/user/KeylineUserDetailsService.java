package org.keyline.people.user;

import org.keyline.people.KeylinePrincipal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users from the database for sign-in. Disabled users are found but cannot sign in.
 */
@Service
class KeylineUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	KeylineUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		User user = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return new KeylinePrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
				user.isEnabled(),
				user.getRoles().stream().sorted().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
	}

}
