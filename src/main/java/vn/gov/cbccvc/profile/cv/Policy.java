package vn.gov.cbccvc.profile.cv;

import jakarta.validation.constraints.Size;

/** Item 18: policy beneficiary category (đối tượng chính sách). */
public record Policy(@Size(max = 200) String beneficiaryCategory) {
}
