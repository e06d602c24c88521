package org.keyline.people.user;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface UserRepository extends Repository<User, Long> {

	Optional<User> findById(Long id);

	@Query("select u from User u where lower(u.username) = lower(:username)")
	Optional<User> findByUsername(@Param("username") String username);

	@Query("select count(u) > 0 from User u where lower(u.username) = lower(:username)")
	boolean existsByUsername(@Param("username") String username);

	@Query("""
			select new org.keyline.people.user.UserRow(u.id, u.username, u.displayName, u.email, u.enabled, u.updatedAt)
			from User u
			where :query = ''
			   or lower(u.username) like concat('%', :query, '%') escape '\\'
			   or lower(u.displayName) like concat('%', :query, '%') escape '\\'
			   or lower(u.email) like concat('%', :query, '%') escape '\\'
			""")
	Page<UserRow> search(@Param("query") String query, Pageable pageable);

	@Query("select count(u) from User u join u.roles r where u.enabled = true and r = org.keyline.people.Role.ADMIN")
	long countActiveAdmins();

	long count();

	User save(User user);

}
