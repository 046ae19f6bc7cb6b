package vn.gov.cbccvc.onboarding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingRepository extends JpaRepository<Onboarding, Long> {

	Optional<Onboarding> findFirstByPersonIdAndStatus(long personId, OnboardingStatus status);

	Optional<Onboarding> findByProcessInstanceId(String processInstanceId);

}
