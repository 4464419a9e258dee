"""Chinese numerals: the digit and unit characters, and parsing to int (shared with the metric finder)."""

from __future__ import annotations

DIGITS = dict(zip("零〇○一二两三四五六七八九", (0, 0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}


def parse_chinese_int(text: str) -> int | None:
    """Parse 十二, 二十三, 一百零五, 两万, 3万 or digit-by-digit 二〇一九; None if `text` is not a numeral."""
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if all(ch in DIGITS for ch in text) and len(text) > 1:
        return int("".join(str(DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch.isascii() and ch.isdigit():
            digit = (digit or 0) * 10 + int(ch)
        elif ch in UNITS:
            section += (1 if digit is None else digit) * UNITS[ch]
            digit = None
        elif ch == "亿":
            total = (total + section + (digit or 0)) * BIG_UNITS[ch]
            section, digit = 0, None
        elif ch == "万":
            total += (section + (digit or 0)) * BIG_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)
