package vn.gov.cbccvc.signature;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Finds the {@link SignedContentResolver} of a subject type; two for one type is a start-up error. */
@Component
class SignedContentResolvers {

	private final Map<String, SignedContentResolver> byType;

	SignedContentResolvers(List<SignedContentResolver> resolvers) {
		this.byType = resolvers.stream().collect(Collectors.toMap(SignedContentResolver::subjectType,
				Function.identity(), (a, b) -> {
					throw new IllegalStateException("Two SignedContentResolvers for subject type " + a.subjectType());
				}));
		if (this.byType.containsKey(SignatureService.BATCH_MANIFEST)) {
			throw new IllegalStateException(SignatureService.BATCH_MANIFEST + " is resolved by the signature feature");
		}
	}

	Optional<SignedContentResolver> forType(String subjectType) {
		return Optional.ofNullable(this.byType.get(subjectType));
	}

}
