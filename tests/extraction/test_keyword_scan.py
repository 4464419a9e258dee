"""The fast keyword scan finds exactly what a plain trie pattern finds (leftmost-longest, in order)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apps.extraction.keyword_scan import keyword_hits, keyword_pattern
from apps.extraction.units import alternation

ALPHABET = "党建设的工作风一是在经济发展市政府，。\n"
words = st.text(alphabet=ALPHABET, min_size=2, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.sets(words, min_size=1, max_size=12), st.text(alphabet=ALPHABET, max_size=80), st.data())
def test_same_hits_as_a_trie_pattern(keywords, text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain = re.compile(alternation(keywords))
    expected = [(m.start(), m.group()) for m in plain.finditer(text, start, end)]
    positions, found = keyword_hits(keyword_pattern(keywords), text, start, end)
    assert list(zip(positions, found, strict=True)) == expected


def test_longest_keyword_wins_and_compounds_hide_their_parts():
    pattern = keyword_pattern(["市政", "市政府", "党建", "党的建设", "建设"])
    assert keyword_hits(pattern, "在市政府领导下加强党的建设和市政建设") == (
        [1, 9, 14, 16], ["市政府", "党的建设", "市政", "建设"],
    )  # fmt: skip


def test_one_character_keywords_are_refused():
    with pytest.raises(ValueError, match="two characters"):
        keyword_pattern(["党建", "党"])
