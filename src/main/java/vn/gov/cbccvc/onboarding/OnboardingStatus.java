package vn.gov.cbccvc.onboarding;

public enum OnboardingStatus {

	IN_PROGRESS, APPROVED, CANCELLED

}
