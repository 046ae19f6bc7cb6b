package vn.gov.cbccvc.signature;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: save and read, no update or delete. */
interface StoredSignatureRepository extends Repository<StoredSignature, Long> {

	StoredSignature saveAndFlush(StoredSignature signature);

	Optional<StoredSignature> findById(Long id);

	/** Signatures made on the subject itself or on a batch that lists it, newest first. */
	@Query(value = """
			select s from StoredSignature s
			where (s.subjectType = :type and s.subjectId = :id)
			   or s.id in (select e.signatureId from SignatureBatchEntry e where e.subjectType = :type and e.subjectId = :id)
			order by s.signingTime desc, s.id desc""", countQuery = """
			select count(s) from StoredSignature s
			where (s.subjectType = :type and s.subjectId = :id)
			   or s.id in (select e.signatureId from SignatureBatchEntry e where e.subjectType = :type and e.subjectId = :id)""")
	Page<StoredSignature> findCovering(@Param("type") String subjectType, @Param("id") String subjectId,
			Pageable pageable);

}
