"""Traditional → simplified conversion (OpenCC's tables via opencc-python-reimplemented), offset-preserving.

Text is converted only where it is written in traditional characters: converting simplified text could
still change a correct character, and the converter is too slow to run on every input. The decision is
taken per region (a run of lines in one script), so a traditional report inside a simplified compilation
is converted and its neighbours are not.
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


def traditional_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of lines written in traditional characters.

    Each line leans to the script whose marker characters it has more of; a line with neither (a figure,
    a heading of shared characters) goes with the lines before it. A run of traditional lines counts when
    it has at least MIN_TRADITIONAL_MARKS traditional forms.
    """
    if _TRADITIONAL_RE.search(text) is None:
        return []  # the common case: simplified text
    regions: list[list[int]] = []  # [start, end, traditional marks]; a run's lines lean traditional or tie
    traditional_run = False
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        marks, simplified = len(_TRADITIONAL_RE.findall(line)), len(_SIMPLIFIED_RE.findall(line))
        if marks != simplified:
            traditional_run = marks > simplified
            if traditional_run and not (regions and regions[-1][1] == start - 1):
                regions.append([start, end, 0])
        if traditional_run:
            regions[-1][1:] = [end, regions[-1][2] + marks]
        start = end + 1
    return [(s, e) for s, e, t in regions if t >= MIN_TRADITIONAL_MARKS]


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
