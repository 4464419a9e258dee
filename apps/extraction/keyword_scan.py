"""A fast leftmost-longest scan for a large set of literal keywords in Chinese text.

The pattern is tried only at positions whose two characters can start a keyword (a lookahead on the
keywords' first and second characters). There, one branch per first character holds the trie of that
character's keywords (`units.alternation`, longest first); a branch matches only a whole keyword, so the
scan yields keywords and nothing else. After a branch failed on a later character, Python's regex engine
goes on trying the branches after it: the first characters are split into a few groups, each behind a
lookahead on its own characters, so a failure costs the rest of one group and the other groups'
lookaheads rather than every first character; within a group the branches are ordered by how common
their first character is in Chinese prose. Grouping and order only affect speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .units import alternation

# The most frequent characters of Chinese prose (general frequency lists), most frequent first.
COMMON_CHARACTERS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"
    "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开"
    "它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此"
    "变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老"
    "头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门"
    "即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花"
    "带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段"
    "研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳"
    "便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京"
)
_RANK = {char: rank for rank, char in enumerate(COMMON_CHARACTERS)}
_GROUPS = 4  # groups of first characters: 3 to 6 scan the seeds alike, 1 or 12 much slower


def keyword_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern for `keywords` and `keyword_hits`; every word must have two characters or more."""
    tails: dict[str, list[str]] = {}
    for word in words:
        if len(word) < 2:
            raise ValueError(f"a keyword needs two characters or more: {word!r}")
        tails.setdefault(word[0], []).append(word[1:])
    firsts = sorted(tails, key=lambda char: (_RANK.get(char, len(_RANK)), char))
    seconds = {tail[0] for words_tails in tails.values() for tail in words_tails}
    size = -(-len(firsts) // _GROUPS)
    groups = [firsts[at : at + size] for at in range(0, len(firsts), size)]
    branches = "|".join(
        f"(?={_class(group)})(?:{'|'.join(re.escape(char) + alternation(tails[char]) for char in group)})"
        for group in groups
    )
    return re.compile(f"(?={_class(firsts)}{_class(seconds)})(?:{branches})")


def _class(chars) -> str:
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


def keywords(pattern: re.Pattern[str], text: str) -> list[str]:
    """The keywords of `text`, leftmost-longest, in text order, where their positions are not wanted."""
    return pattern.findall(text)


def keyword_hits(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None, dropped: frozenset[str] = frozenset()
) -> tuple[list[int], list[str]]:
    """Positions and keywords of `text[start:end]`, leftmost-longest, in text order; the `dropped` keywords
    (compounds that only keep their words from counting) are matched but not returned."""
    found = list(pattern.finditer(text, start, len(text) if end is None else end))
    words = [match.group() for match in found]
    if dropped.isdisjoint(words):  # the common case
        return [match.start() for match in found], words
    kept = [index for index, word in enumerate(words) if word not in dropped]
    return [found[index].start() for index in kept], [words[index] for index in kept]
