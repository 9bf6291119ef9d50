"""JSON from outside, parsed in bounded time and memory.

Before the parser builds a single object, one linear pass (all of it in C: a regular
expression with possessive quantifiers, str.count and str.replace) measures the text: how deep
it nests, how many containers and values it would become. Anything past the limits is refused
with a key, so a small hostile file can neither freeze the app nor fill its memory. The parse
itself is strict: no duplicate keys, no NaN or Infinity, no giant numbers.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass


class JsonRefused(ValueError):
    """JSON that is refused; key says why (the caller turns it into its own error)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


@dataclass(frozen=True)
class JsonLimits:
    max_bytes: int
    max_depth: int
    max_containers: int  # objects and arrays
    max_items: int  # keys, values and containers together: what the parse allocates
    max_number_digits: int = 40

    @property
    def max_text_memory(self) -> int:
        # Python keeps a text in 1, 2 or 4 bytes a character, by its widest one: one emoji
        # makes an ASCII text take four times its size.
        return 2 * self.max_bytes


# A string runs from its quote to the next unescaped quote, or to the end of the text when it
# never closes. The possessive quantifiers never backtrack, and a string that never closes
# still matches (to the end), so the search is not sent back to try again from every later
# quote: each character is looked at once. (The old pattern did that, and a 1.4 KB bundle of
# escaped quotes kept it busy for hours.)
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]++")
_ASTRAL_LEAD = re.compile(rb"[\xf0-\xf4]")  # starts a UTF-8 character past U+FFFF
_WIDE_LEAD = re.compile(rb"[\xc4-\xef]")  # starts one past U+00FF


def measure(text: str, limits: JsonLimits) -> None:
    """Refuse text that nests deeper, or would become more objects, than limits allow."""
    # A lower bound on the strings, counted before they are taken out one by one: a quote
    # after a backslash may be escaped, every other one opens or closes a string.
    if (text.count('"') - text.count('\\"')) // 2 > limits.max_items:
        raise JsonRefused("too_large", "strings")
    skeleton, strings = _STRING.subn("", text)  # what is left cannot hide in a string
    containers = skeleton.count("{") + skeleton.count("[")
    if containers > limits.max_containers:
        raise JsonRefused("too_large", f"{containers} objects and arrays")
    items = strings + skeleton.count(",") + skeleton.count(":") + containers
    if items > limits.max_items:
        raise JsonRefused("too_large", f"{items} values")
    brackets = _NOT_A_BRACKET.sub("", skeleton).replace("{", "[").replace("}", "]")
    del skeleton
    # Each round takes out the innermost pairs, one level of nesting: what survives
    # max_depth rounds as a pair nests deeper than that.
    for _round in range(limits.max_depth):
        if not brackets:
            return
        brackets = brackets.replace("[]", "")
    if "[]" in brackets or brackets.count("[") > limits.max_depth:
        # (Unclosed brackets are refused here too, before the parser recurses into them.)
        raise JsonRefused("too_deep")


def decode(data: bytes, limits: JsonLimits) -> str:
    """The UTF-8 text in data (a BOM allowed), refused when it is, or becomes, too big."""
    if len(data) > limits.max_bytes:
        raise JsonRefused("too_large", f"more than {limits.max_bytes // (1024 * 1024)} MB")
    # Judged before decoding (at most a character a byte, as wide as the widest one).
    width = 4 if _ASTRAL_LEAD.search(data) else 2 if _WIDE_LEAD.search(data) else 1
    if width * len(data) > limits.max_text_memory:
        raise JsonRefused("too_large", f"{len(data)} bytes of wide characters")
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return str(memoryview(data)[start:], "utf-8")
    except UnicodeDecodeError:
        raise JsonRefused("bad_json", "not UTF-8") from None


def loads(text: str, limits: JsonLimits) -> object:
    """The value in text (from decode), measured first, parsed strictly; or JsonRefused."""
    measure(text, limits)
    digits = limits.max_number_digits

    def bounded_int(number: str) -> int:
        if len(number.lstrip("-")) > digits:
            raise JsonRefused("bad_value", "number too long")
        return int(number)

    def bounded_float(number: str) -> float:
        if len(number) > digits * 2:
            raise JsonRefused("bad_value", "number too long")
        value = float(number)
        if value in (float("inf"), float("-inf")):
            raise JsonRefused("not_a_number", number[:40])
        return value

    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
            parse_int=bounded_int,
            parse_float=bounded_float,
        )
    except JsonRefused:
        raise
    except (ValueError, RecursionError) as error:
        raise JsonRefused("bad_json", str(error)[:200]) from None


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise JsonRefused("duplicate_key", key[:80])
        result[key] = value
    return result


def _no_constants(name: str) -> None:
    raise JsonRefused("not_a_number", name)
