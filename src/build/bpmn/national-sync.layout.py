# Diagram positions of processes/national-sync.bpmn (see layout.py). Main row centred on y=200; the director's
# batch signature above it, the national refusal below.
LAYOUT = {
    'StartEvent_VersionHandedOver': (80, 182),
    'Gateway_DirectorSignsSync': (160, 175),
    'Task_AwaitDirectorSignature': (260, 40),
    'Gateway_DirectorDecision': (410, 55),
    'EndEvent_ReturnedByDirector': (520, 62),
    'Gateway_SendOrResend': (410, 175),
    'Task_SendToNationalDatabase': (510, 160),
    'Boundary_NationalRejected': (542, 222),
    'EndEvent_Synced': (710, 182),
    'Task_HandleNationalRejection': (610, 300),
    'Gateway_ResendOrClose': (770, 315),
    'EndEvent_SyncClosed': (890, 322),
}
ROUTES = {
    'SequenceFlow_DirectorSignsYes': [(185, 175), (185, 80), (260, 80)],
    'SequenceFlow_DirectorSigned': [(435, 105), (435, 175)],
    'SequenceFlow_ToHandleRejection': [(560, 258), (560, 340), (610, 340)],
    'SequenceFlow_Resend': [(795, 365), (795, 420), (435, 420), (435, 225)],
}
