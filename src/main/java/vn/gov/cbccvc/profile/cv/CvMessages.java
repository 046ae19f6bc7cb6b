package vn.gov.cbccvc.profile.cv;

/**
 * Keys of the format rules used as Bean Validation messages; the profile feature turns them into Vietnamese and
 * English text.
 */
public final class CvMessages {

	public static final String UPPER_CASE = "upper-case";

	public static final String DIGITS_12 = "digits-12";

	public static final String DIGITS_10 = "digits-10";

	public static final String PHONE = "phone";

	public static final String HEALTH_CARD = "health-card";

	public static final String BLOOD_GROUP = "blood-group";

	private CvMessages() {
	}

}
