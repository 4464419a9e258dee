"""Restoring swapped characters: only with evidence in the report, never changing a correct word."""

from apps.extraction.restoration import count_pairs, find_replacements, restore


def restored(text: str) -> str:
    return restore(text, find_replacements(text, 0, len(text)))[0]


def test_district_swap_needs_two_compounds_and_spares_real_city_words():
    text = "推进社市治理和老旧小市改造，建设集聚市、开发市；市委、市政府、市场、直辖市、城市照旧。"
    assert restored(text) == "推进社区治理和老旧小区改造，建设集聚区、开发区；市委、市政府、市场、直辖市、城市照旧。"
    assert restored("推进社市治理，市场繁荣。") == "推进社市治理，市场繁荣。"  # one compound is no evidence


def test_party_letter_only_between_chinese_with_evidence():
    text = "加强D的建设，D委、D员带头；GDP增长，3D打印，D级危房，PPT。"
    assert restored(text) == "加强党的建设，党委、党员带头；GDP增长，3D打印，D级危房，PPT。"
    assert restored("D级危房改造，D类项目。") == "D级危房改造，D类项目。"


def test_gdp_and_official_document_and_counts():
    text = "研发投入占DP比重提高，哒哒君起草，D委会议、管D治D。"
    replacements = find_replacements(text, 0, len(text))
    assert restore(text, replacements)[0] == "研发投入占GDP比重提高，公文起草，党委会议、管党治党。"
    assert count_pairs(replacements) == {("DP", "GDP"): 1, ("哒哒君", "公文"): 1, ("D", "党"): 3}


def test_a_region_only_counts_its_own_text():
    text = "社市老旧小市。" + "正文" * 10
    assert find_replacements(text, 1, len(text)) == []  # 社市 starts before the region: one compound left
