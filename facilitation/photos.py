"""Photos of the day attached to activities: read from a file the user picked, shrunk to a
JPEG of at most MAX_SIDE pixels and MAX_JPEG_BYTES, and checked again wherever they come from
(a bundle row is held to the same bounds as the app's own import).

They live in the store (base64 text in activity_photos.jpeg), so a bundle carries them as any
other column: at most MAX_PHOTOS_PER_SESSION per session keeps them within the bundle's limit.
"""

from __future__ import annotations

import base64
import binascii
import uuid
import warnings
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_SIDE = 1600
MAX_JPEG_BYTES = 400 * 1024
MAX_PHOTOS_PER_SESSION = 30  # 30 x 400 KiB as base64 is ~16 MiB of a bundle's 32 MiB
MAX_SOURCE_BYTES = 40 * 1024 * 1024
MAX_SOURCE_PIXELS = 80_000_000  # a 40-megapixel phone photo passes, a decompression bomb not
MAX_BASE64_LENGTH = (MAX_JPEG_BYTES + 2) // 3 * 4
_JPEG = b"\xff\xd8\xff"


class PhotoError(ValueError):
    """A photo that cannot be used; key says why, the UI words it."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass
class Photo:
    activity_id: str
    jpeg: bytes
    width: int
    height: int
    caption: str = ""
    position: int = 0
    id: str = field(default_factory=lambda: str(uuid.uuid4()))


def shrink_photo(path: Path) -> tuple[bytes, int, int]:
    """The picture in path as a JPEG of at most MAX_SIDE px a side and MAX_JPEG_BYTES, turned
    upright by its EXIF orientation, without its EXIF data (no GPS position leaves the room).
    The user's file is only read."""
    path = Path(path)
    if not path.is_file():
        raise PhotoError("photo_not_a_file")
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise PhotoError("photo_too_large")
    try:
        with warnings.catch_warnings():
            # Pillow only warns of a bomb below twice its limit: here it is a refusal.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(path)
        with opened:
            if opened.width * opened.height > MAX_SOURCE_PIXELS:
                raise PhotoError("photo_too_large")
            if opened.format not in ("JPEG", "PNG", "WEBP", "BMP", "GIF", "TIFF", "MPO"):
                raise PhotoError("photo_unreadable")
            image = ImageOps.exif_transpose(opened).convert("RGB")
    except PhotoError:
        raise
    except Image.DecompressionBombWarning as error:
        raise PhotoError("photo_too_large") from error
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as error:
        raise PhotoError("photo_unreadable") from error
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    for quality in (82, 72, 62, 50, 40):
        data = _jpeg(image, quality)
        if len(data) <= MAX_JPEG_BYTES:
            return data, image.width, image.height
    image.thumbnail((MAX_SIDE // 2, MAX_SIDE // 2), Image.Resampling.LANCZOS)
    data = _jpeg(image, 60)
    if len(data) > MAX_JPEG_BYTES:
        raise PhotoError("photo_too_large")
    return data, image.width, image.height


def _jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def encode(jpeg: bytes) -> str:
    return base64.b64encode(jpeg).decode("ascii")


def decode(text: str) -> bytes:
    """The JPEG bytes of a stored photo, or PhotoError when they are not a photo we keep."""
    problem = photo_problem(text)
    if problem:
        raise PhotoError(problem)
    return base64.b64decode(text, validate=True)


def photo_problem(text: object) -> str | None:
    """Why a stored (or bundled) photo column is not one the app writes, or None: base64 of
    a JPEG within MAX_JPEG_BYTES whose sides are at most MAX_SIDE."""
    if not isinstance(text, str):
        return "not_text"
    if len(text) > MAX_BASE64_LENGTH:
        return "photo_too_large"
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return "photo_unreadable"
    if not data.startswith(_JPEG):
        return "photo_unreadable"
    try:
        with Image.open(BytesIO(data)) as image:
            if image.format != "JPEG":
                return "photo_unreadable"
            if max(image.size) > MAX_SIDE or min(image.size) < 1:
                return "photo_too_large"
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return "photo_unreadable"
    return None
