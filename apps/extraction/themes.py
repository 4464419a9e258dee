"""Section themes and item categories by keyword scoring (the vocabulary is in `theme_words.py`).

One scan per text with a trie-shaped pattern of every keyword and compound, leftmost-longest, so a
compound counts for its own meaning (`市政府` is no 市政, `政治生态` no ecology). A keyword in the heading
weighs HEADING_WEIGHT times one in the body, so the heading names the leading theme while the body adds
others and breaks ties; a weak keyword (`担当`, `学习`) weighs the same in both. In a body one word counts
at most MAX_REPEAT times, so `公路` written ten times does not outvote the heading. A section's body
scores include its subsections' (`sections.py` sums them bottom-up), so a chapter whose own words name
nothing (`抓发展、强实力`) is about what its subsections are about.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .keyword_scan import keyword_hits, keyword_pattern, keywords
from .passages import SHORTCOMING_RE
from .theme_words import CRITICISM_ATTRIBUTES, CRITICISM_WORDS, THEME_COMPOUNDS, THEME_WORDS, WEAK_THEME_WORDS
from .vocabulary import CriticismCategory, Theme

HEADING_WEIGHT = 10
WEAK_HEADING_WEIGHT = 2
MAX_REPEAT = 2
MAX_THEMES = 3
HEAD_WEIGHT = 3
HEADLINE_WEIGHT = 2
_CLAUSE_END_RE = re.compile("[，；,;。]")
_ATTRIBUTES = frozenset(CRITICISM_ATTRIBUTES.split())


def _theme_table() -> dict[str, tuple[Theme | None, int]]:
    """word → (theme, or None for a neutral compound; the weight of a hit in a heading)."""
    table: dict[str, tuple[Theme | None, int]] = {}
    for theme, words in THEME_WORDS.items():
        table |= {word: (theme, HEADING_WEIGHT) for word in words.split()}
    for theme, words in WEAK_THEME_WORDS.items():
        table |= {word: (theme, WEAK_HEADING_WEIGHT) for word in words.split()}
    return table | {word: (theme, HEADING_WEIGHT) for word, theme in THEME_COMPOUNDS.items()}


_THEME_OF = _theme_table()
_THEME_RE = keyword_pattern(_THEME_OF)
_THEME_ONLY = {word: theme for word, (theme, _) in _THEME_OF.items()}
_NEUTRAL = frozenset(word for word, theme in _THEME_ONLY.items() if theme is None)
_NO_THEME = (Theme.OTHER,)
_CRITICISM_OF = {word: category for category, words in CRITICISM_WORDS.items() for word in words.split()}
_CRITICISM_RE = keyword_pattern(_CRITICISM_OF)


Scores = dict[Theme, int]


class ThemeHits:
    """The keyword hits of a text by position: each section counts those inside its own heading and body,
    so a report is scanned once whatever the depth of its outline."""

    __slots__ = ("_starts", "_words")

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        # a neutral compound is matched only to keep its words from counting
        self._starts, self._words = keyword_hits(_THEME_RE, text, start, end, _NEUTRAL)

    def heading(self, start: int, end: int) -> tuple[Scores, Scores]:
        """The scores of a heading, and the same words counted as body text (for the parent)."""
        low = bisect_left(self._starts, start)
        high = bisect_left(self._starts, end, low)
        if low == high:
            return {}, {}
        words = self._words[low:high]
        return _heading_scores(words), _body_scores(words)

    def body(self, start: int, end: int) -> Scores:
        low = bisect_left(self._starts, start)
        high = bisect_left(self._starts, end, low)
        return _body_scores(self._words[low:high]) if low < high else {}


def _heading_scores(words: list[str]) -> Scores:
    """A heading's keywords with their heading weights."""
    weighted: Scores = {}
    for word in words:
        theme, weight = _THEME_OF[word]
        weighted[theme] = weighted.get(theme, 0) + weight
    return weighted


def _body_scores(words: list[str]) -> Scores:
    """A body's keywords, each word counting at most MAX_REPEAT times."""
    scores: Scores = {}
    repeats: dict[str, int] = {}
    for word in words:
        seen = repeats.get(word, 0)
        if seen < MAX_REPEAT:
            repeats[word] = seen + 1
            theme = _THEME_ONLY[word]
            scores[theme] = scores.get(theme, 0) + 1
    return scores


def _theme_words(text: str) -> list[str]:
    """The theme keywords of a text given as a string, neutral compounds left out."""
    words = keywords(_THEME_RE, text)
    return words if _NEUTRAL.isdisjoint(words) else [word for word in words if word not in _NEUTRAL]


def add_scores(total: Scores, more: Scores) -> Scores:
    """`total` with `more` added in place (themes new to `total` keep `more`'s order)."""
    for theme, score in more.items():
        total[theme] = total.get(theme, 0) + score
    return total


def leading_themes(scores: Scores) -> tuple[Theme, ...]:
    """The leading theme first, then others scoring at least a third of it; `other` when nothing scored.

    Ties go to the theme met first (heading before body).
    """
    if len(scores) < 2:
        return tuple(scores) or _NO_THEME
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)  # stable: ties keep their order
    best = scores[ranked[0]]
    kept = [ranked[0]] + [theme for theme in ranked[1:] if scores[theme] * 3 >= best and scores[theme] >= 2]
    return tuple(kept[:MAX_THEMES])


def section_themes(heading: str, body: str) -> tuple[Theme, ...]:
    """The themes of a heading and a body given as strings (plan items, tests)."""
    return leading_themes(add_scores(_heading_scores(_theme_words(heading)), _body_scores(_theme_words(body))))


def plan_category(text: str) -> Theme:
    """A plan item's category is its leading theme, its first sentence acting as the heading."""
    first = text.find("。")
    return section_themes(text[:first] if first != -1 else "", text[first + 1 :] if first != -1 else text)[0]


def criticism_category(text: str) -> CriticismCategory:
    """The category of a shortcoming, told by the head noun of each clause.

    In `抓党建的创新办法不多` the shortcoming is the method (办法), not party building; in `项目建设资金缺口较大`
    the funds (资金). A clause's head is its last keyword before the shortcoming word (Chinese noun phrases
    end in their head), else its last keyword (`缺乏带动力强的龙头企业`); an attribute (`总量`, `能力`) heads only
    a clause that names nothing before it (`优质医疗资源总量不足` is about medical care) or stands after `的`
    (`抓党建的能力不足`, `带动群众增收的能力不强`: the doer's capability); a head right after `的` makes the
    keywords before it its modifiers, which score nothing (`推动产业转型升级的办法还不多` lacks methods, whatever
    they are for); in a `、` list of shortcomings the first
    one listed is the head (`产业链条短、基础设施欠账多`), in a list of a noun's parts that noun. The head weighs
    HEAD_WEIGHT, the clause's other keywords one. The first clause is the shortcoming's headline (the rest
    explains it) and counts HEADLINE_WEIGHT times. Ties go to the category met first.
    """
    hits = [(found.start(), found.group()) for found in _CRITICISM_RE.finditer(text)]
    if not hits:
        return CriticismCategory.OTHER
    scores: dict[CriticismCategory, int] = {}
    clause_start = 0
    at = 0  # the hits are in text order: each clause takes the next run of them (one walk, not one per clause)
    for clause_end in [*(m.start() for m in _CLAUSE_END_RE.finditer(text)), len(text)]:
        first = at
        while at < len(hits) and hits[at][0] < clause_end:
            at += 1
        if at > first:
            weight = HEADLINE_WEIGHT if clause_start == 0 else 1
            _score_clause(text, hits[first:at], clause_start, clause_end, weight, scores)
        if at == len(hits):
            break  # no keyword left: the remaining clauses score nothing
        clause_start = clause_end + 1
    best = max(scores.values())
    return next(category for category in scores if scores[category] == best)


def _score_clause(
    text: str, clause: list[tuple[int, str]], start: int, end: int, weight: int, scores: dict[CriticismCategory, int]
) -> None:
    """Add one clause's keywords (each `weight`) and its head's extra weight to `scores`."""
    head = _clause_head(text, clause, start, end)
    # `推动产业转型升级的办法还不多`: what the doer works on modifies a head after 的, no shortcoming
    modifiers_end = head[0] if text[head[0] - 1 : head[0]] == "的" else start
    for position, word in clause:
        if position >= modifiers_end:
            category = _CRITICISM_OF[word]
            scores[category] = scores.get(category, 0) + weight
    scores[_CRITICISM_OF[head[1]]] += (HEAD_WEIGHT - 1) * weight


def _clause_head(text: str, clause: list[tuple[int, str]], start: int, end: int) -> tuple[int, str]:
    """The keyword hit heading the clause (its position and word)."""
    predicate = SHORTCOMING_RE.search(text, start, end)
    stop = predicate.start() if predicate else end
    listed = text.find("、", start, stop)  # `产业链条短、基础设施欠账多`: the first shortcoming listed heads,
    summed = text.find("等", listed, stop)  # unless the list names the parts of a noun (`土地、资金等要素保障`)
    if listed != -1 and clause[0][0] < listed and (summed == -1 or not any(p > summed for p, _ in clause if p < stop)):
        stop = listed
    before = [hit for hit in clause if hit[0] < stop] or clause
    position, last = before[-1]
    if last in _ATTRIBUTES and text[position - 1 : position] == "的":
        return before[-1]  # `抓党建的能力不足`: what the doer lacks, not what is done
    named = [hit for hit in before if hit[1] not in _ATTRIBUTES]
    return (named or before)[-1]
