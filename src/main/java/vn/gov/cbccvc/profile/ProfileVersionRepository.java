package vn.gov.cbccvc.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: there is deliberately no delete and no update method. */
interface ProfileVersionRepository extends Repository<ProfileVersion, Long> {

	ProfileVersion save(ProfileVersion version);

	Optional<ProfileVersion> findById(long id);

	Optional<ProfileVersion> findByPersonIdAndVersionNo(long personId, int versionNo);

	Optional<ProfileVersion> findFirstByPersonIdOrderByVersionNoDesc(long personId);

	@Query("select coalesce(max(v.versionNo), 0) from ProfileVersion v where v.personId = :personId")
	int maxVersionNo(@Param("personId") long personId);

	/** Summaries only: the content is not loaded for the list. */
	@Query("select new vn.gov.cbccvc.profile.ProfileVersionInfo(v.id, v.personId, v.versionNo, v.schemaVersion,"
			+ " v.kind, v.contentSha256, v.createdAt, v.createdBy) from ProfileVersion v"
			+ " where v.personId = :personId order by v.versionNo desc")
	List<ProfileVersionInfo> listByPerson(@Param("personId") long personId);

}
