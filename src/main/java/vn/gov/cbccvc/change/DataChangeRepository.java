package vn.gov.cbccvc.change;

import org.springframework.data.jpa.repository.JpaRepository;

interface DataChangeRepository extends JpaRepository<DataChange, Long> {

	boolean existsByOpenPersonId(long personId);

}
