package vn.gov.cbccvc.profile;

/** The four groups the database covers (TT06 Art. 1): cadres, civil servants, public employees, contract workers. */
public enum PersonCategory {

	CADRE, CIVIL_SERVANT, PUBLIC_EMPLOYEE, CONTRACT_WORKER

}
