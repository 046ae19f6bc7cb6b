package vn.gov.cbccvc.profile;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.profile.cv.CvMessages;

/** Runs Bean Validation and words each failure in Vietnamese and English, field by field. */
@Component
class BeanViolations {

	private static final Map<String, String[]> FORMATS = Map.of(CvMessages.UPPER_CASE,
			new String[] { "phải viết chữ in hoa", "must be written in upper case" }, CvMessages.DIGITS_12,
			new String[] { "phải gồm đúng 12 chữ số", "must be exactly 12 digits" }, CvMessages.DIGITS_10,
			new String[] { "phải gồm đúng 10 chữ số", "must be exactly 10 digits" }, CvMessages.PHONE,
			new String[] { "số điện thoại không hợp lệ (9–15 chữ số)", "is not a valid phone number (9–15 digits)" },
			CvMessages.HEALTH_CARD,
			new String[] { "mã thẻ BHYT phải gồm 2 chữ cái và 13 chữ số, hoặc 10 chữ số",
					"a health insurance card number is 2 letters and 13 digits, or 10 digits" },
			CvMessages.BLOOD_GROUP, new String[] { "nhóm máu phải là A, B, AB hoặc O (có thể kèm + hoặc -)",
					"blood group must be A, B, AB or O (optionally + or -)" });

	private final Validator validator;

	BeanViolations(Validator validator) {
		this.validator = validator;
	}

	<T> List<FieldViolation> check(String prefix, T object) {
		Set<ConstraintViolation<T>> violations = this.validator.validate(object);
		return violations.stream()
			.map(v -> word(prefix, v))
			.sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::code))
			.toList();
	}

	private static FieldViolation word(String prefix, ConstraintViolation<?> v) {
		String path = v.getPropertyPath().toString().replaceAll("<list element>", "").replace("..", ".");
		String field = prefix.isEmpty() ? path : prefix + "." + path;
		Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
		String type = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return switch (type) {
			case "NotNull", "NotBlank", "NotEmpty" ->
				new FieldViolation(field, "required", "Bắt buộc nhập", "Required");
			case "Size" -> new FieldViolation(field, "size", "Độ dài tối đa " + attrs.get("max"),
					"At most " + attrs.get("max") + " characters or items");
			case "Min", "DecimalMin" -> new FieldViolation(field, "min", "Không được nhỏ hơn " + attrs.get("value"),
					"Must not be less than " + attrs.get("value"));
			case "Max", "DecimalMax" -> new FieldViolation(field, "max", "Không được lớn hơn " + attrs.get("value"),
					"Must not be greater than " + attrs.get("value"));
			case "Pattern" -> {
				String[] text = FORMATS.getOrDefault(v.getMessage(),
						new String[] { "Sai định dạng", "Invalid format" });
				yield new FieldViolation(field, "format." + v.getMessage(), capital(text[0]), capital(text[1]));
			}
			default -> new FieldViolation(field, type.toLowerCase(), "Giá trị không hợp lệ: " + v.getMessage(),
					"Invalid value: " + v.getMessage());
		};
	}

	private static String capital(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

}
