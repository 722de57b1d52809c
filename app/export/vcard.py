"""A school's contact as a vCard 3.0 (what a phone's camera offers to save when it reads a QR code)."""

from __future__ import annotations

from app.export.handout import Contact


def escape(value: str) -> str:
    """A vCard text value: backslash, comma and semicolon escaped, line breaks as \\n (RFC 6350 3.4)."""
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))


def vcard(contact: Contact, school: str, note: str = "") -> str:
    """The contact person of `school`; the whole name is kept as typed (no guess at given and family names)."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{escape(contact.name)};;;;",
        f"FN:{escape(contact.name)}",
        f"ORG:{escape(school)}",
    ]
    if contact.role:
        lines.append(f"TITLE:{escape(contact.role)}")
    lines.append(f"EMAIL;TYPE=INTERNET:{contact.email}")
    if note:
        lines.append(f"NOTE:{escape(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
