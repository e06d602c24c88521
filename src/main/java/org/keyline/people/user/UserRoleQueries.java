package org.keyline.people.user;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.keyline.people.Role;

import org.springframework.stereotype.Component;

/**
 * Reads the roles of a page of users in one statement.
 */
@Component
class UserRoleQueries {

	private final EntityManager entityManager;

	UserRoleQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Map<Long, List<Role>> rolesOf(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		List<Object[]> pairs = this.entityManager
			.createQuery("select u.id, r from User u join u.roles r where u.id in :ids", Object[].class)
			.setParameter("ids", userIds)
			.getResultList();
		return UserManagement.group(pairs);
	}

}
