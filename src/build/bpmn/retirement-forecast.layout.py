# Diagram positions of processes/retirement-forecast.bpmn (see layout.py). Main row centred on y=200.
LAYOUT = {
    'StartEvent_EveryDay': (80, 182),
    'Task_StartDueRetirements': (170, 160),
    'EndEvent_ForecastDone': (330, 182),
}
