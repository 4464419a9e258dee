"""Traditional → simplified conversion (OpenCC's tables via opencc-python-reimplemented), offset-preserving.

A report is converted only when its text is written in traditional characters: converting simplified
text could still change a correct character, and the converter is too slow to run on every input.
"""

from __future__ import annotations

import re
from functools import cache

from opencc import OpenCC

# Frequent characters of the genre whose traditional form differs from the simplified one.
_TRADITIONAL_MARKERS = (
    "黨會國領導們來發經濟對為與這個學習設業實現開關進區縣鄉鎮報務員體長門問題將時過還動組織應無產義幹議論點"
    "從當據職責變總結幫傳興機構礎縣級歲費積極強調製質顯著資環態衛療護據創網絡營達億萬聯團廣農貧興優層風廉紀監"
)
_SIMPLIFIED_MARKERS = (
    "党会国领导们来发经济对为与这个学习设业实现开关进区县乡镇报务员体长门问题将时过还动组织应无产义干议论点"
    "从当据职责变总结帮传兴机构础县级岁费积极强调制质显著资环态卫疗护据创网络营达亿万联团广农贫兴优层风廉纪监"
)
_TRADITIONAL_RE = re.compile(f"[{''.join(sorted(set(_TRADITIONAL_MARKERS) - set(_SIMPLIFIED_MARKERS)))}]")
_SIMPLIFIED_RE = re.compile(f"[{''.join(sorted(set(_SIMPLIFIED_MARKERS) - set(_TRADITIONAL_MARKERS)))}]")
MIN_TRADITIONAL_MARKS = 3


@cache
def _converter() -> OpenCC:
    return OpenCC("t2s")


def is_traditional(text: str) -> bool:
    """True when traditional-only forms of common characters outnumber their simplified forms."""
    traditional = len(_TRADITIONAL_RE.findall(text))
    return traditional >= MIN_TRADITIONAL_MARKS and traditional > len(_SIMPLIFIED_RE.findall(text))


def to_simplified(text: str) -> str:
    """Convert to simplified characters keeping every offset (a phrase that would change length is
    converted character by character instead)."""
    converter = _converter()
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    return "\n".join(_line_to_simplified(converter, line) for line in text.split("\n"))


def _line_to_simplified(converter: OpenCC, line: str) -> str:
    converted = converter.convert(line)
    if len(converted) == len(line):
        return converted
    chars = [converter.convert(ch) for ch in line]
    return "".join(new if len(new) == 1 else old for old, new in zip(line, chars, strict=True))
