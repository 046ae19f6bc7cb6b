# Diagram positions of processes/transfer-out.bpmn (see layout.py). Main row centred on y=240.
LAYOUT = {
    'StartEvent_TransferOutRecorded': (80, 222),
    'Gateway_PrepareMerge': (170, 215),
    'SubProcess_PrepareOut': (270, 100),
    'StartEvent_PrepareTransferOut': (300, 172),
    'Task_PrepareTransferOut': (380, 150),
    'EndEvent_PrepareTransferOutDone': (560, 172),
    'Timer_PrepareTransferOutDeadline': (412, 212),
    'Task_ReportPrepareTransferOutOverdue': (380, 290),
    'Task_FollowUpPrepareTransferOut': (530, 290),
    'EndEvent_PrepareTransferOutFollowedUp': (680, 312),
    'SubProcess_SignOut': (800, 100),
    'StartEvent_SignTransferOut': (830, 172),
    'Task_SignTransferOut': (910, 150),
    'EndEvent_SignTransferOutDone': (1090, 172),
    'Timer_SignTransferOutDeadline': (942, 212),
    'Task_ReportSignTransferOutOverdue': (910, 290),
    'Task_FollowUpSignTransferOut': (1060, 290),
    'EndEvent_SignTransferOutFollowedUp': (1210, 312),
    'Gateway_HeadSigned': (1330, 215),
    'Task_SignTransferVersion': (1430, 200),
    'Timer_UntilEffective': (1582, 222),
    'Task_ReleaseRecord': (1670, 200),
    'Task_HandOverForSync': (1820, 200),
    'EndEvent_TransferredOut': (1970, 222),
    'SubProcess_Withdrawal': (270, 470),
    'StartEvent_Withdrawn': (310, 532),
    'Task_RecordWithdrawal': (400, 510),
    'EndEvent_Withdrawn': (560, 532),
}
SIZES = {
    'SubProcess_PrepareOut': (480, 300),
    'SubProcess_SignOut': (480, 300),
    'SubProcess_Withdrawal': (360, 160),
}
ROUTES = {
    'SequenceFlow_HeadSignedNo': [(1355, 265), (1355, 440), (195, 440), (195, 265)],
}
