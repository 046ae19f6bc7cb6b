package vn.gov.cbccvc.transferin;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransferInScanRepository extends JpaRepository<TransferInScan, Long> {
}
