package vn.gov.cbccvc.transfer;

/**
 * Who acts in a move inside the province.
 *
 * @param sendingUnitId the unit whose clerk hands the record over
 * @param receivingUnitId the unit whose clerk accepts and whose head (or authorised deputy) signs
 * @param delegationArticle the rule set's article when a higher level acts for both (DN Art. 8.2), else null
 */
record TransferRoute(TransferKind kind, long sendingUnitId, long receivingUnitId, String delegationArticle) {
}
