package vn.gov.cbccvc.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountEventRepository extends JpaRepository<AccountEvent, Long> {

	Page<AccountEvent> findByAccountIdOrderByOccurredAtDescIdDesc(Long accountId, Pageable pageable);

}
