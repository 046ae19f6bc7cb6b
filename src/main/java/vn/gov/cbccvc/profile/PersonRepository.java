package vn.gov.cbccvc.profile;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

	boolean existsByPersonalIdNumber(String personalIdNumber);

	Optional<Person> findByPersonalIdNumber(String personalIdNumber);

	long countByUnitId(long unitId);

	// Bulk moves for organisation changes: one statement, optimistic version bumped so stale edits fail.
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Person p set p.unitId = :to, p.updatedAt = :now, p.version = p.version + 1 where p.unitId = :from")
	int moveAll(@Param("from") long fromUnitId, @Param("to") long toUnitId, @Param("now") OffsetDateTime now);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Person p set p.unitId = :to, p.updatedAt = :now, p.version = p.version + 1"
			+ " where p.unitId = :from and p.id in :ids")
	int move(@Param("ids") Collection<Long> ids, @Param("from") long fromUnitId, @Param("to") long toUnitId,
			@Param("now") OffsetDateTime now);

}
