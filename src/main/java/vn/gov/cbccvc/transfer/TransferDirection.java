package vn.gov.cbccvc.transfer;

/** Inside the province ({@code Process_Transfer}) or out of it or of the state sector ({@code Process_TransferOut}). */
public enum TransferDirection {

	INSIDE, OUT

}
