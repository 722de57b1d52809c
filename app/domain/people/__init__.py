"""Rosters: reading the CSVs people bring (decode), the columns we recognise
(fields), and planning what an import adds and skips (table). Pure: bytes in,
values out."""
