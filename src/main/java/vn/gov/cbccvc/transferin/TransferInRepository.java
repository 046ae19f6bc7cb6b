package vn.gov.cbccvc.transferin;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TransferInRepository extends JpaRepository<TransferIn, Long> {

	boolean existsByOpenPersonalId(String personalIdNumber);

	Page<TransferIn> findByUnitId(long unitId, Pageable page);

	Page<TransferIn> findByUnitIdAndStatus(long unitId, TransferInStatus status, Pageable page);

	Page<TransferIn> findByStatus(TransferInStatus status, Pageable page);

}
