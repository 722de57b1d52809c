"""PDF handouts (reportlab), QR codes (qrcode) and CSV files. No Qt, no database.

The services gather a `Handout` (plain values, handout.py) and hand it here;
`pdf.build_pdf` lays it out, one section module per capability (sections/).
reportlab is imported only when a build starts.
"""
