/**
 * Monthly approval windows (TT06 Art. 7.1, DN Art. 7.1-7.2, HY Art. 8.1-8.2): the daily check that opens one batch
 * per unit and approver when the unit's window is open, the head's batch decision with one signature over all
 * approved versions, and the carry-over of unsigned records into the next window.
 */
package vn.gov.cbccvc.approval;
