package vn.gov.cbccvc.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

	@Test
	void vietnameseNames_becomeKeysWithoutDiacritics() {
		assertThat(NameKeys.of("Đỗ  Thị Ánh")).isEqualTo("do thi anh");
		assertThat(NameKeys.of("NGUYỄN VĂN AN")).isEqualTo(NameKeys.of("Nguyễn Văn An")).isEqualTo("nguyen van an");
		// decomposed input (combining marks) gives the same key as composed
		assertThat(NameKeys.of("Nguye\u0302\u0303n")).isEqualTo("nguyen");
	}

}
