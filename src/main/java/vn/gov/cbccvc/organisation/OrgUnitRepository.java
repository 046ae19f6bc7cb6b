package vn.gov.cbccvc.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long>, JpaSpecificationExecutor<OrgUnit> {

	List<OrgUnit> findByParentIdInAndStatus(Collection<Long> parentIds, UnitStatus status);

	List<OrgUnit> findByParentIdAndStatusOrderByNameAsc(Long parentId, UnitStatus status);

	Optional<OrgUnit> findByActiveCode(String activeCode);

	List<OrgUnit> findByStatus(UnitStatus status);

}
