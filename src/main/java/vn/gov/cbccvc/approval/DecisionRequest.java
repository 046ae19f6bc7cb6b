package vn.gov.cbccvc.approval;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The approver's decision on some or all records of a batch; records not listed wait for the next window.
 *
 * @param approve persons whose reviewed record is approved (one signature covers them all)
 * @param returns persons whose record goes back to the employee with reasons (DN Art. 7.2)
 */
@Schema(description = "Quyết định của người ký duyệt / The approver's decision")
public record DecisionRequest(List<Long> approve, @JsonProperty("return") List<Return> returns) {

	public DecisionRequest {
		approve = approve == null ? List.of() : approve;
		returns = returns == null ? List.of() : returns;
	}

	/** A record returned with the reasons the employee reads. */
	public record Return(Long personId, String reasons) {
	}

}
