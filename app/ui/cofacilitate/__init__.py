"""The console's co-facilitator panel: the QR and address (never on the projector), devices, cues."""
