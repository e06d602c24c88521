package org.keyline.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask about users. Each method is one SQL statement.
 */
public interface UserDirectory {

	/** The enabled users who hold the role, by name. */
	List<UserSummary> withRole(Role role);

	/** The enabled users who hold at least one of the roles, by name, each once. */
	List<UserSummary> withAnyRole(Collection<Role> roles);

	/** The users with these ids, keyed by id (unknown ids are left out). */
	Map<Long, UserSummary> byIds(Collection<Long> ids);

	Optional<UserSummary> find(Long id);

	/** The user with this username, enabled or not. */
	Optional<UserSummary> findByUsername(String username);

	/** Whether the user exists, is enabled and holds the role. */
	boolean hasRole(Long id, Role role);

}
