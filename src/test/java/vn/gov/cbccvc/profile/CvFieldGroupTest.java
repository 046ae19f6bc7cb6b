package vn.gov.cbccvc.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.CvFieldGroup;

class CvFieldGroupTest {

	@Test
	void everyGroupOfTheDocument_hasAFieldGroup() {
		var properties = Arrays.stream(CvDocument.class.getRecordComponents())
			.map(RecordComponent::getName)
			.filter(n -> !n.equals("schemaVersion"))
			.toList();
		assertThat(Arrays.stream(CvFieldGroup.values()).map(CvFieldGroup::property))
			.containsExactlyInAnyOrderElementsOf(properties);
	}

	@Test
	void sensitiveDataOfLaw91_isRecognisedByPath() {
		assertThat(CvFieldGroup.isSensitive("identity.religionCode")).isTrue();
		assertThat(CvFieldGroup.isSensitive("family.ownSide[0].fullName")).isTrue();
		assertThat(CvFieldGroup.isSensitive("health.bloodGroup")).isTrue();
		assertThat(CvFieldGroup.isSensitive("identity.birthName")).isFalse();
		assertThat(CvFieldGroup.isSensitive("familyBackground")).isFalse();
	}

}
