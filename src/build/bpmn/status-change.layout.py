# Diagram positions of processes/status-change.bpmn (see layout.py). Main row centred on y=240.
LAYOUT = {
    'StartEvent_StatusDocumentRecorded': (80, 222),
    'Gateway_PrepareMerge': (170, 215),
    'SubProcess_Prepare': (270, 100),
    'StartEvent_Prepare': (310, 172),
    'Task_PrepareStatusChange': (390, 150),
    'EndEvent_Prepared': (690, 172),
    'Timer_StatusChangeDeadline': (422, 212),
    'Task_ReportStatusChangeOverdue': (390, 290),
    'Task_FollowUpStatusChange': (540, 290),
    'EndEvent_StatusChangeFollowedUp': (690, 312),
    'Task_SignStatusChange': (830, 200),
    'Gateway_HeadSigned': (980, 215),
    'Task_SignStatusVersion': (1080, 200),
    'Timer_UntilEffective': (1232, 222),
    'Task_ArchiveRecord': (1320, 200),
    'Task_HandOverForSync': (1470, 200),
    'EndEvent_StatusChanged': (1620, 222),
    'SubProcess_Withdrawal': (270, 470),
    'StartEvent_Withdrawn': (310, 532),
    'Task_RecordWithdrawal': (400, 510),
    'EndEvent_Withdrawn': (560, 532),
}
SIZES = {
    'SubProcess_Prepare': (480, 280),
    'SubProcess_Withdrawal': (360, 160),
}
ROUTES = {
    'SequenceFlow_HeadSignedNo': [(1005, 265), (1005, 420), (195, 420), (195, 265)],
}
