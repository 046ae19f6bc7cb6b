# Diagram positions of processes/transfer-in.bpmn (see layout.py). Main row centred on y=240.
LAYOUT = {
    'StartEvent_DossierRecorded': (80, 222),
    'SubProcess_Pull': (170, 80),
    'StartEvent_Pull': (200, 172),
    'Task_PullFromNational': (270, 150),
    'Gateway_FetchMerge': (420, 165),
    'Task_FetchNationalRecord': (510, 150),
    'EndEvent_Pulled': (700, 172),
    'Error_RecordNotFound': (542, 212),
    'Task_ResolveNotFound': (510, 290),
    'Gateway_RetryPull': (660, 305),
    'EndEvent_PullCancelled': (760, 312),
    'Timer_PullDeadline': (302, 212),
    'Task_ReportPullOverdue': (270, 400),
    'Task_FollowUpPull': (420, 400),
    'EndEvent_PullFollowedUp': (570, 422),
    'Error_PullCancelled': (822, 492),
    'Task_RecordCancellation': (900, 560),
    'EndEvent_TransferCancelled': (1060, 582),
    'Task_IssuePersonalAccount': (900, 200),
    'CallActivity_Onboarding': (1050, 200),
    'Task_RecordApproved': (1200, 200),
    'EndEvent_TransferredIn': (1350, 222),
    'SubProcess_Withdrawal': (170, 580),
    'StartEvent_Withdrawn': (210, 642),
    'Task_RecordWithdrawal': (300, 620),
    'EndEvent_Withdrawn': (460, 642),
}
SIZES = {
    'SubProcess_Pull': (680, 430),
    'SubProcess_Withdrawal': (360, 160),
}
ROUTES = {
    'SequenceFlow_RetryYes': [(685, 305), (685, 270), (445, 270), (445, 215)],
    'SequenceFlow_ToResolveNotFound': [(560, 248), (560, 290)],
    'SequenceFlow_ToRecordCancellation': [(840, 528), (840, 600), (900, 600)],
    'SequenceFlow_ToReportPullOverdue': [(320, 248), (320, 400)],
}
