# Diagram positions of processes/monthly-approval-window.bpmn (see layout.py). Main row centred on y=200.
LAYOUT = {
    'StartEvent_EveryDay': (80, 182),
    'Task_OpenDueWindows': (160, 160),
    'Gateway_AnyWindowOpened': (310, 175),
    'EndEvent_NoWindowToday': (317, 362),
    'SubProcess_UnitBatch': (410, 60),
    'StartEvent_UnitBatch': (450, 122),
    'Task_SignMonthlyBatch': (530, 100),
    'Timer_WindowClosed': (562, 162),
    'Task_ApplyBatchDecisions': (680, 100),
    'EndEvent_BatchDecided': (830, 122),
    'Task_EscalateAndCarryOver': (530, 230),
    'EndEvent_CarriedOver': (692, 252),
    'EndEvent_WindowsHandled': (960, 182),
}
SIZES = {'SubProcess_UnitBatch': (490, 280)}
ROUTES = {
    'SequenceFlow_AnyWindowOpenedNo': [(335, 225), (335, 362)],
}
