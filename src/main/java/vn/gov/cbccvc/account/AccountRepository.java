package vn.gov.cbccvc.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

	@EntityGraph(attributePaths = "roles")
	Optional<Account> findByUsername(String username);

	Optional<Account> findFirstByKindAndPersonId(AccountKind kind, Long personId);

	/** Accounts for the admin list; filters are optional (null = any). Roles are fetched in batches. */
	@Query("""
			select a from Account a
			where (:unitId is null or a.unitId = :unitId)
			  and (:kind is null or a.kind = :kind)
			  and (:status is null or a.status = :status)
			""")
	Page<Account> search(@Param("unitId") Long unitId, @Param("kind") AccountKind kind,
			@Param("status") AccountStatus status, Pageable pageable);

	@Query("""
			select distinct a.username from AccountRole r join r.account a
			where r.role = :role and r.unitId = :unitId and a.status = vn.gov.cbccvc.account.AccountStatus.ACTIVE
			order by a.username
			""")
	List<String> activeUsernamesWithRoleInUnit(@Param("role") String role, @Param("unitId") long unitId);

	@Query("""
			select distinct a.username from AccountRole r join r.account a
			where r.role = :role and r.unitId is null and a.status = vn.gov.cbccvc.account.AccountStatus.ACTIVE
			order by a.username
			""")
	List<String> activeUsernamesWithProvinceWideRole(@Param("role") String role);

}
