package org.keyline.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may ask about users. Each method is one SQL statement.
 */
public interface UserDirectory {

	/** The enabled users who hold the role, by name. */
	List<UserSummary> withRole(Role role);

	/**
	 * The enabled users who hold at least one of the roles, in the order of their names,
	 * each with those of the roles they hold: one statement for what would take one
	 * {@link #withRole} for each role.
	 */
	Map<UserSummary, Set<Role>> withRoles(Collection<Role> roles);

	/** The users with these ids, keyed by id (unknown ids are left out). */
	Map<Long, UserSummary> byIds(Collection<Long> ids);

	Optional<UserSummary> find(Long id);

	/** The user with this username, enabled or not. */
	Optional<UserSummary> findByUsername(String username);

	/** Whether the user exists, is enabled and holds the role. */
	boolean hasRole(Long id, Role role);

}
