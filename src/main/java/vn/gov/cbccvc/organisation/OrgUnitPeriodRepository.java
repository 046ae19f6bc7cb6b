package vn.gov.cbccvc.organisation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrgUnitPeriodRepository extends JpaRepository<OrgUnitPeriod, Long>, JpaSpecificationExecutor<OrgUnitPeriod> {

	List<OrgUnitPeriod> findByUnitIdInAndValidToIsNull(Collection<Long> unitIds);

}
