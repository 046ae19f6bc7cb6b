# Diagram positions of processes/sync-batch.bpmn (see layout.py). Main row centred on y=200; the missed window
# below the director's task, the release loop to the right.
LAYOUT = {
    'StartEvent_EveryDay': (80, 182),
    'Task_PlanSyncWindow': (160, 160),
    'Gateway_DirectorSignsSync': (310, 175),
    'EndEvent_NoSyncWindow': (317, 322),
    'Timer_WindowOpens': (412, 182),
    'Task_CutSyncBatch': (500, 160),
    'Gateway_AnyWaiting': (650, 175),
    'EndEvent_NothingToSign': (657, 322),
    'Task_DirectorSignsBatch': (750, 160),
    'Timer_SyncWindowClosed': (782, 222),
    'Task_CarryOverSyncBatch': (750, 300),
    'Task_FollowUpMissedSyncWindow': (900, 300),
    'EndEvent_CarriedOver': (1052, 322),
    'Gateway_ReleaseMerge': (900, 175),
    'Task_ReleaseDecidedVersions': (1000, 160),
    'Gateway_AllReleased': (1150, 175),
    'EndEvent_BatchSigned': (1252, 182),
}
ROUTES = {
    'SequenceFlow_DirectorSignsNo': [(335, 225), (335, 322)],
    'SequenceFlow_AnyWaitingNo': [(675, 225), (675, 322)],
    'SequenceFlow_ToCarryOver': [(800, 258), (800, 300)],
    'SequenceFlow_ReleaseMore': [(1175, 175), (1175, 110), (925, 110), (925, 175)],
}
