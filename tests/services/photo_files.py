"""Photo files for the tests of wall photos: a phone-like JPEG carrying EXIF (make, GPS location, orientation)."""

from __future__ import annotations

import io


def phone_jpeg(width: int = 640, height: int = 480, orientation: int = 1, colour: str = "orange") -> bytes:
    """A JPEG as a phone writes it: EXIF with the camera's make, a GPS position and an orientation."""
    from PIL import Image

    im = Image.new("RGB", (width, height), colour)
    for x in range(0, width, 40):          # some detail, so it is a photo and not a flat colour
        im.paste("navy", (x, 0, x + 8, height))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"                     # Make
    exif[0x0112] = orientation                      # Orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (36.0, 44.0, 12.5)                     # latitude
    gps[3] = "W"
    gps[4] = (119.0, 47.0, 8.25)                    # longitude
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif, quality=95)
    return out.getvalue()


def png(width: int = 300, height: int = 200, alpha: bool = False) -> bytes:
    from PIL import Image

    im = Image.new("RGBA" if alpha else "RGB", (width, height), (20, 120, 60, 0 if alpha else 255))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()
