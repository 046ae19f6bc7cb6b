package vn.gov.cbccvc.onboarding;

/** What the onboarding rests on: a recruitment decision (CBCCVC) or a labour contract (TT06 Art. 6.1). */
public enum RecruitmentBasis {

	DECISION, CONTRACT

}
