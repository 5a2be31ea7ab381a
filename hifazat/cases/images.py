"""Photos: accept only real JPEG/PNG images, and drop every metadata block (EXIF, GPS, comments)."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

MAX_PIXELS = 40_000_000


def clean_image(data: bytes) -> bytes:
    """Return the image re-encoded with no metadata. Raises ValueError if it is not an image."""
    try:
        with Image.open(io.BytesIO(data)) as probe:
            fmt = probe.format
            probe.verify()
        if fmt not in {"JPEG", "PNG"}:
            raise ValueError("unsupported image format")
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_PIXELS:
                raise ValueError("image too large")
            img.load()
            out = io.BytesIO()
            if fmt == "JPEG":
                img.convert("RGB").save(out, format="JPEG", quality=90)
            else:
                clean = Image.new(img.mode, img.size)
                # Pillow 12 deprecates getdata() for get_flattened_data()
                flat = getattr(img, "get_flattened_data", None)
                clean.putdata(list(flat() if flat is not None else img.getdata()))
                clean.save(out, format="PNG")
            return out.getvalue()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValueError("not an image") from exc
