# Diagram positions of processes/national-sync.bpmn (see layout.py). Main row centred on y=200, rejection below.
LAYOUT = {
    'StartEvent_VersionHandedOver': (80, 182),
    'Gateway_SendOrResend': (170, 175),
    'Task_SendToNationalDatabase': (270, 160),
    'Boundary_NationalRejected': (302, 222),
    'EndEvent_Synced': (470, 182),
    'Task_HandleNationalRejection': (370, 300),
    'Gateway_ResendOrClose': (530, 315),
    'EndEvent_SyncClosed': (650, 322),
}
ROUTES = {
    'SequenceFlow_ToHandleRejection': [(320, 258), (320, 340), (370, 340)],
    'SequenceFlow_Resend': [(555, 365), (555, 420), (195, 420), (195, 225)],
}
