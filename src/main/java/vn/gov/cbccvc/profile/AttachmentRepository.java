package vn.gov.cbccvc.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only; list and metadata queries never touch the content column. */
interface AttachmentRepository extends Repository<Attachment, Long> {

	String INFO = "select new vn.gov.cbccvc.profile.AttachmentInfo(a.id, a.personId, a.fieldPath, a.fileName,"
			+ " a.mediaType, a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedBy) from Attachment a";

	Attachment save(Attachment attachment);

	@Query(INFO + " where a.personId = :personId order by a.uploadedAt desc, a.id desc")
	List<AttachmentInfo> listByPerson(@Param("personId") long personId);

	@Query(INFO + " where a.id = :id and a.personId = :personId")
	Optional<AttachmentInfo> info(@Param("id") long id, @Param("personId") long personId);

	@Query("select a.content from Attachment a where a.id = :id and a.personId = :personId")
	Optional<byte[]> content(@Param("id") long id, @Param("personId") long personId);

	@Query("select count(a) > 0 from Attachment a where a.id = :id and a.personId = :personId"
			+ " and a.mediaType in ('image/jpeg', 'image/png')")
	boolean isImageOf(@Param("id") long id, @Param("personId") long personId);

}
