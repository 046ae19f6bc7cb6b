package vn.gov.cbccvc.signature;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Keys are only added and read. */
interface SigningKeyRepository extends Repository<SigningKey, Long> {

	SigningKey saveAndFlush(SigningKey key);

	Optional<SigningKey> findByOwnerUsername(String ownerUsername);

	long countByOwnerUsername(String ownerUsername);

}
