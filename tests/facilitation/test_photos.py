"""Photos picked by the user are shrunk to what a report needs and nothing else gets in."""

from __future__ import annotations

import base64
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from facilitation.photos import (
    MAX_JPEG_BYTES,
    MAX_SIDE,
    PhotoError,
    decode,
    encode,
    photo_problem,
    shrink_photo,
)
from tests.storage.official_helpers import photo_file

PHOTOS = "photos"


def test_a_phone_photo_is_shrunk_to_1600_px_jpeg_and_its_file_kept(tmp_path):
    source = photo_file(tmp_path, (4000, 3000))
    before = source.read_bytes()
    jpeg, width, height = shrink_photo(source)
    assert (width, height) == (MAX_SIDE, 1200)
    assert jpeg.startswith(b"\xff\xd8\xff") and len(jpeg) <= MAX_JPEG_BYTES
    assert source.read_bytes() == before
    assert decode(encode(jpeg)) == jpeg


def test_a_png_becomes_a_jpeg_and_a_small_photo_keeps_its_size(tmp_path):
    path = tmp_path / "kecil.png"
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(path)
    jpeg, width, height = shrink_photo(path)
    assert (width, height) == (300, 200)
    assert Image.open(BytesIO(jpeg)).format == "JPEG"


def test_a_sideways_phone_photo_is_turned_upright_and_loses_its_exif(tmp_path):
    image = Image.new("RGB", (800, 400), (10, 200, 10))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° on display
    exif[0x010F] = "PhoneMaker"
    path = tmp_path / "miring.jpg"
    image.save(path, "JPEG", exif=exif.tobytes())
    jpeg, width, height = shrink_photo(path)
    assert (width, height) == (400, 800)
    assert not Image.open(BytesIO(jpeg)).getexif()


@pytest.mark.attack(PHOTOS)
@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"", "photo_unreadable"),
        (b"%PDF-1.4 not a picture", "photo_unreadable"),
        (b"\xff\xd8\xff\xe0" + b"\0" * 100, "photo_unreadable"),  # a JPEG cut short
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>',
            "photo_unreadable",
        ),
    ],
    ids=["empty", "pdf", "truncated-jpeg", "svg"],
)
def test_a_file_that_is_no_photo_is_refused_with_a_reason(tmp_path, content, key):
    path = tmp_path / "foto.jpg"
    path.write_bytes(content)
    with pytest.raises(PhotoError) as error:
        shrink_photo(path)
    assert error.value.key == key
    assert path.read_bytes() == content


@pytest.mark.attack(PHOTOS)
def test_a_decompression_bomb_is_refused_before_it_is_decoded(tmp_path):
    path = tmp_path / "bom.png"
    Image.new("1", (12_000, 12_000)).save(path)  # 144 megapixels in a small file
    assert path.stat().st_size < 1_000_000
    with pytest.raises(PhotoError) as error:
        shrink_photo(path)
    assert error.value.key == "photo_too_large"


@pytest.mark.attack(PHOTOS)
def test_a_folder_or_a_missing_file_is_not_a_photo(tmp_path):
    for path in (tmp_path, tmp_path / "tidak-ada.jpg", Path("/dev/null")):
        with pytest.raises(PhotoError):
            shrink_photo(path)


@pytest.mark.attack(PHOTOS)
@pytest.mark.parametrize(
    "text",
    [
        "",
        "****",
        base64.b64encode(b"GIF89a" + b"\0" * 20).decode(),
        12345,
    ],
    ids=["empty", "not-base64", "gif", "number"],
)
def test_a_stored_photo_column_must_hold_a_jpeg_we_could_have_made(text):
    assert photo_problem(text) is not None
