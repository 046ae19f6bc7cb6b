package vn.gov.cbccvc.organisation;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The requests that change the tree; each carries the {@link Decision} behind it. */
public final class UnitCommands {

	private UnitCommands() {
	}

	/** A new unit; {@code parentId} is empty only for the province itself. */
	public record Create(Long parentId, @NotNull UnitKind kind, @NotBlank @Size(max = 300) String name,
			@Size(max = 100) String shortName, String agencyCode, @Valid Decision decision) {
	}

	public record Rename(@NotBlank @Size(max = 300) String name, @Size(max = 100) String shortName,
			Long expectedVersion, @Valid Decision decision) {
	}

	/** A new parent; {@code newAgencyCode} when the unit's code must be re-issued (codes below it follow). */
	public record Move(@NotNull Long newParentId, String newAgencyCode, Long expectedVersion,
			@Valid Decision decision) {
	}

	/**
	 * Several units into one: either an existing {@code survivorId} or a {@code newUnit}. People and child units of
	 * the sources go to the survivor; {@code survivorAgencyCode} re-issues the survivor's code; {@code codes} gives
	 * new codes for moved children whose codes cannot follow automatically (unit id → code).
	 */
	public record Merge(@NotEmpty List<Long> sourceIds, Long survivorId, @Valid NewUnit newUnit,
			String survivorAgencyCode, Map<Long, String> codes, @Valid Decision decision) {
	}

	/** A unit created by a merge or a split; parent and kind default to the source's. */
	public record NewUnit(Long parentId, UnitKind kind, @NotBlank @Size(max = 300) String name,
			@Size(max = 100) String shortName, String agencyCode) {
	}

	/**
	 * One unit into several new ones. {@code people} maps person id → part key, {@code children} maps child unit id
	 * → part key; everybody and everything not mapped goes to {@code defaultPart}, so nobody is lost.
	 */
	public record Split(@NotEmpty @Size(min = 2) List<@Valid Part> parts, @NotBlank String defaultPart,
			Map<Long, String> people, Map<Long, String> children, Map<Long, String> codes,
			@Valid Decision decision) {
	}

	public record Part(@NotBlank @Size(max = 40) String key, @NotNull @Valid NewUnit unit) {
	}

	/**
	 * Closes a unit. People go to {@code peopleTargetId} (required while the unit has people); child units go to
	 * {@code childrenTargetId}, else the people target, else the dissolved unit's parent.
	 */
	public record Dissolve(Long peopleTargetId, Long childrenTargetId, Map<Long, String> codes,
			@Valid Decision decision) {
	}

}
