package vn.gov.cbccvc.profile;

import java.util.List;

import org.springframework.data.domain.Page;

/** A stable JSON shape for a page of results (Spring's Page is not meant to be serialised as is). */
record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	static <T> PageResponse<T> of(Page<T> page) {
		return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
