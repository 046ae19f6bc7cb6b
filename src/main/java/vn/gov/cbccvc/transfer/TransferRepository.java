package vn.gov.cbccvc.transfer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TransferRepository extends JpaRepository<Transfer, Long> {

	boolean existsByOpenPersonId(long personId);

	/** The history of a person's moves (ix_transfer_person). */
	Page<Transfer> findByPersonId(long personId, Pageable pageable);

	/** What a unit sends or receives, optionally of one status (ix_transfer_sending_status, ix_transfer_receiving_status). */
	@Query("select t from Transfer t where (t.unitId = :unit or t.receivingUnitId = :unit)"
			+ " and (:status is null or t.status = :status)")
	Page<Transfer> findForUnit(@Param("unit") long unitId, @Param("status") TransferStatus status, Pageable pageable);

}
