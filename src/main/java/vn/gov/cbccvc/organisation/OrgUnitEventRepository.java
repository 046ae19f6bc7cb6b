package vn.gov.cbccvc.organisation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitEventRepository extends JpaRepository<OrgUnitEvent, Long> {

	@Query(value = "select e from OrgUnitEvent e where e.id in "
			+ "(select x.id from OrgUnitEvent x join x.units u where u.unitId = :unitId)",
			countQuery = "select count(distinct x.id) from OrgUnitEvent x join x.units u where u.unitId = :unitId")
	Page<OrgUnitEvent> findInvolving(long unitId, Pageable pageable);

}
