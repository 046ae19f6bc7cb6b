package vn.gov.cbccvc.profile;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileDraftRepository extends JpaRepository<ProfileDraft, Long> {

	Optional<ProfileDraft> findByPersonId(long personId);

}
