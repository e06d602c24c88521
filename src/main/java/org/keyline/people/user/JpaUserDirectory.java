package org.keyline.people.user;

import java.sql.ResultSet;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaUserDirectory implements UserDirectory {

	private static final String SUMMARY = "select new org.keyline.people.UserSummary(u.id, u.username, u.displayName) from User u";

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	JpaUserDirectory(EntityManager entityManager, JdbcClient jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
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
		// In SQL rather than JPQL: on the account page, where it runs for every view, the
		// query through Hibernate cost twice what the statement did. The roles are enum
		// names written into the statement, so that it stays one prepared statement.
		String names = roles.stream().sorted().map((role) -> "'" + role.name() + "'").collect(Collectors.joining(", "));
		Map<UserSummary, Set<Role>> users = new LinkedHashMap<>();
		this.jdbc.sql("""
				select u.id, u.username, u.display_name, r.role from people_user u
				join people_user_role r on r.user_id = u.id
				where u.enabled and r.role in (%s) order by u.display_name, u.id""".formatted(names))
			.query((ResultSet rs) -> {
				users
					.computeIfAbsent(
							new UserSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name")),
							(user) -> EnumSet.noneOf(Role.class))
					.add(Role.valueOf(rs.getString("role")));
			});
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
