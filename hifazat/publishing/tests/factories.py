"""Test data for releases: drafts about the synthetic child, and photos carrying EXIF and GPS."""

from __future__ import annotations

import io

from PIL import ExifTags, Image

from hifazat.accounts.models import OrgUnit, User
from hifazat.publishing import services
from hifazat.publishing.models import Attachment, Release

# Names the synthetic child of ``hifazat.cases.tests.factories`` (Testina Zarqoon, father Fakeer
# Testwala) in other spellings, as a press release might.
TEXT = (
    "Kasur police recovered a girl, Testeena, who had gone missing from her home last week. "
    "Her father Fakir Testwala thanked the police."
)
CAMERA = "HifazatTestCam"


def draft(actor: User, unit: OrgUnit, text: str = TEXT, title: str = "Recovery") -> Release:
    return services.create_draft(actor=actor, title=title, text=text, unit=unit)


def jpeg_with_gps() -> bytes:
    """A small JPEG whose EXIF names a camera and holds a GPS position (in Kasur)."""
    img = Image.new("RGB", (64, 48), (180, 40, 40))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = CAMERA
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (31.0, 7.0, 0.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (74.0, 27.0, 0.0)
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 90, 70)).save(out, format="PNG")
    return out.getvalue()


def matrix_releases(author: User, station: OrgUnit) -> tuple[Release, Release, Attachment]:
    """For the permission matrix: a release to look at (with a photo) and one to act on."""
    shown = draft(author, station, title="Matrix: pages")
    photo = services.add_attachment(actor=author, release=shown, data=jpeg_with_gps())
    acted_on = draft(author, station, title="Matrix: actions")
    return shown, acted_on, photo
