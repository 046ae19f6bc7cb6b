package vn.gov.cbccvc.profile;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import vn.gov.cbccvc.common.DomainException;

/** Keeps client paging inside what the indexes serve: known sort keys only, pages of at most 200. */
final class PageRequests {

	static final int MAX_SIZE = 200;

	private static final Set<String> SORTABLE = Set.of("id", "fullName", "birthDate", "fileNumber", "createdAt",
			"updatedAt", "archivedAt", "recordStatus");

	private PageRequests() {
	}

	static Pageable safe(Pageable requested, Sort fallback) {
		for (Sort.Order order : requested.getSort()) {
			if (!SORTABLE.contains(order.getProperty())) {
				throw DomainException.invalid("bad-sort",
						"Không sắp xếp được theo '" + order.getProperty() + "'; dùng một trong " + SORTABLE,
						"Cannot sort by '" + order.getProperty() + "'; use one of " + SORTABLE);
			}
		}
		Sort sort = requested.getSort().isSorted() ? requested.getSort() : fallback;
		return PageRequest.of(requested.getPageNumber(), Math.min(requested.getPageSize(), MAX_SIZE),
				sort.and(Sort.by("id")));
	}

}
