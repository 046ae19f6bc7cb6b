package vn.gov.cbccvc.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a list of units is filtered by.
 *
 * @param at the tree as it stood on that date (from the periods) instead of today's
 * @param status ignored with {@code at}: only units that existed on that date are listed
 */
record UnitFilter(Long parentId, UnitKind kind, UnitStatus status, String q, LocalDate at) {

	Specification<OrgUnit> units() {
		return (root, query, cb) -> {
			List<Predicate> where = common(root, cb);
			if (this.status != null) {
				where.add(cb.equal(root.get("status"), this.status));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	Specification<OrgUnitPeriod> periods() {
		return (root, query, cb) -> {
			List<Predicate> where = common(root, cb);
			where.add(cb.lessThanOrEqualTo(root.get("validFrom"), this.at));
			where.add(cb.or(cb.isNull(root.get("validTo")), cb.greaterThan(root.get("validTo"), this.at)));
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private List<Predicate> common(jakarta.persistence.criteria.Root<?> root,
			jakarta.persistence.criteria.CriteriaBuilder cb) {
		List<Predicate> where = new ArrayList<>();
		if (this.parentId != null) {
			where.add(cb.equal(root.get("parentId"), this.parentId));
		}
		if (this.kind != null) {
			where.add(cb.equal(root.get("kind"), this.kind));
		}
		if (this.q != null && !this.q.isBlank()) {
			where.add(cb.like(cb.lower(root.get("name")), "%" + this.q.trim().toLowerCase() + "%"));
		}
		return where;
	}

	/** The same filter without the parent: a tree is cut below its root in memory, not by the query. */
	UnitFilter withoutParent() {
		return new UnitFilter(null, this.kind, this.status, this.q, this.at);
	}

}
