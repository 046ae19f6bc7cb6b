package vn.gov.cbccvc.signature;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A stand-in for a feature that owns signed content: documents of type TEST_DOCUMENT held in memory. */
@TestConfiguration
class TestDocuments {

	static final String TYPE = "TEST_DOCUMENT";

	@Bean
	Resolver testDocumentResolver() {
		return new Resolver();
	}

	static class Resolver implements SignedContentResolver {

		final Map<String, byte[]> documents = new ConcurrentHashMap<>();

		@Override
		public String subjectType() {
			return TYPE;
		}

		@Override
		public Optional<byte[]> currentContent(String subjectId) {
			return Optional.ofNullable(this.documents.get(subjectId)).map(byte[]::clone);
		}

	}

}
