package vn.gov.cbccvc.organisation;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the organisation tree for other features: the head above a unit, the district acting for its
 * communes (DN Art. 8.2), the unit a clerk may see, the successor of a closed unit. Always reads the database, so
 * every node of a cluster sees the same tree.
 */
public interface OrganisationDirectory {

	Optional<UnitView> findUnit(long id);

	/** The unit carrying an electronic identifier code among active units. */
	Optional<UnitView> findByAgencyCode(String agencyCode);

	Optional<UnitView> parentOf(long id);

	/** The chain from the parent up to the root (the province), nearest first; empty for the root. */
	List<UnitView> ancestors(long id);

	/** Active units directly under {@code id}, by name. */
	List<UnitView> childrenOf(long id);

	/** The kind of a unit; throws {@link vn.gov.cbccvc.common.NotFoundException} for an unknown id. */
	UnitKind level(long id);

	/** The nearest unit of {@code kind} among the unit itself and its ancestors (e.g. the district of a commune). */
	Optional<UnitView> nearestOfKind(long id, UnitKind kind);

	/** True when {@code unitId} is {@code ancestorId} or lies below it. */
	boolean isWithin(long unitId, long ancestorId);

	/** The active unit that now holds what a closed unit had (following successors); the unit itself if active. */
	Optional<UnitView> currentSuccessor(long id);

}
