"""What a damaged or forged zip (a bundle, an .xlsx) can make the zipfile module raise."""

from __future__ import annotations

import struct
import zipfile
import zlib

ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    OSError,
    EOFError,
    ValueError,
    KeyError,
    NotImplementedError,
    OverflowError,
)
