package vn.gov.cbccvc.status;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

	boolean existsByOpenPersonId(long personId);

	boolean existsByPersonIdAndOrigin(long personId, StatusChangeOrigin origin);

	/** Which of these people already have an open request (one query for a whole page of candidates). */
	@Query("select s.openPersonId from StatusChange s where s.openPersonId in :people")
	List<Long> openAmong(@Param("people") Collection<Long> people);

}
