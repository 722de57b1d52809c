"""PDF (reportlab), QR (qrcode) and CSV output. No Qt. (PDF handouts come in a later issue.)"""
