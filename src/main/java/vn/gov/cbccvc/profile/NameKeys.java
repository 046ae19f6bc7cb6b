package vn.gov.cbccvc.profile;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese names as search keys: lower case, no diacritics, đ as d, single spaces ("Đỗ Thị Ánh" → "do thi anh"). */
final class NameKeys {

	private NameKeys() {
	}

	static String of(String name) {
		if (name == null) {
			return "";
		}
		String s = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		return s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
	}

}
