"""Golden outline, metadata, items and substitutions of the seven seed reports, hand-checked against the text.

Compared field by field so a regression names the field that moved. Metrics have their own golden list
(the metric finder's tests).
"""

from pathlib import Path

import pytest

from apps.extraction.pipeline import document_structure

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"

# (file, index): metadata, then top-level sections as (label, heading, kind, children per child…).
GOLDEN = {
    ("000_7f86634c6e6bb5ce.txt", 0): {
        "meta": ("2018年度领导班子工作总结", 2018, "annual", "work_summary", "district", "区政府", "collective"),
        "sections": [
            ("", "", "preamble", 0),
            ("一", "加强理论学习，提高政治素质", "achievement", 4),
            ("二", "坚持第一要务，实现高质量发展", "achievement", 5),
            ("三", "坚持廉洁勤政，强化自身建设", "achievement", 3),
            ("", "", "self_criticism", 0),
            ("", "", "plan", 0),
        ],
        "criticisms": [
            ("经济总量不够大、结构不够优", "economy"),
            ("项目带动力不强", "projects"),
            ("民生保障欠账较多", "livelihood"),
            ("城市规划建设与管理水平有待进一步提高", "urban_management"),
        ],
        "plans": ["下一步，我们将在区委的坚强领导下"],
        "substitutions": {},
    },
    ("001_16c95ffec1dfd3a3.txt", 0): {
        "meta": ("2018年区长述职报告", 2018, "annual", "duty_report", "district", None, "individual"),
        "sections": [
            ("", "", "preamble", 0),
            ("一", "坚定正确政治方向，深入开展学习实践活动", "achievement", 3),
            ("二", "恪尽职守奋发进取，全力推动区域发展再上新台阶", "achievement", 7),
            ("三", "严于律己以身作则，认真履行“一岗双责”", "achievement", 4),
            ("四", "增强依法行政意识，不断提高依法治区能力", "achievement", 3),
            ("", "", "self_criticism", 0),
            ("", "", "plan", 0),
        ],
        "criticisms": [
            ("虽然跑了很多地方，但还不够深入，还需要进一步加强调研工作", "work_style"),
            (
                "十九大提出一系列新的理论路线方针和政策，自己学习得不够深、不够透彻，还需要在今后的工作中结合实践进一步深入领会",
                "study",
            ),
            ("虽然化解了一些历史遗留问题，但还有一批“老大难”问题亟待加快解决", "other"),
            ("针对区当前发展中存在的一些薄弱环节，采取了一些解决办法，但要真正突破瓶颈还需要攻坚克难", "other"),
        ],
        "plans": ["新的一年，我将在市委、市政府和区委的领导下"],
        "substitutions": {},
    },
    ("002_6ca391c38d97fea4.txt", 0): {
        "meta": ("XX党委政府2018年度工作总结", 2018, "annual", "work_summary", "town", "XX镇党委政府", "collective"),
        "sections": [
            ("", "", "preamble", 0),
            ("一", "坚持党要管党，从严治党，党的建设进一步加强", "achievement", 3),
            ("二", "应对挑战，开拓创新，工业经济发展活力倍增", "achievement", 0),
            ("三", "发挥优势，突出特色，现代农业发展迈出新步伐", "achievement", 0),
            ("四", "加大投入，奋力提速，城乡面貌大幅改善", "achievement", 0),
            ("五", "强化服务，改善民生，社会和谐指数进一步提升", "achievement", 0),
            ("", "", "self_criticism", 0),
            ("", "", "plan", 0),
        ],
        "level2": {"1": ["认真学习宣传贯彻党的十九大精神", "认真履行管党治党责任", "强化干事创业导向"]},
        "criticisms": [
            ("镇域经济总量较小、主导产业支撑不强、龙头企业个头小", "economy"),
            (
                "农业综合生产能力还比较弱，特色主导产业仍然处在培育发展阶段，发展水平不高，农民持续增收难度较大",
                "economy",
            ),
            ("美丽乡村建设和乡村旅游发展还处于起步阶段，需要长期持续的人力物力投入", "urban_management"),
            ("有的部门和干部担当意识不强，抓落实的本领有待提高", "work_style"),
        ],
        "plans": ["在今后的工作中，我们将全面贯彻党的十九大精神"],
        "substitutions": {},
    },
    ("003_db1ddc03e9e72f32.txt", 0): {
        "meta": (None, 2023, "half_year", "half_year_summary", "town", None, "collective"),
        "display_title": "2023年上半年领导班子工作总结",
        "sections": [
            ("", "", "preamble", 0),
            ("一", "注重固本强基，领导班子履职能力显著增强", "achievement", 3),
            ("二", "全面履职尽责，经济社会各项事业健康发展", "achievement", 5),
            ("三", "坚持守土有责，从严治党主体责任切实履行", "achievement", 3),
            ("", "", "self_criticism", 5),
            ("", "下半年工作打算", "plan", 7),
            ("", "", "closing", 0),
        ],
        "level2": {
            "1": ["坚持理论武装，提高理想信念", "严守政治纪律，坚定政治立场", "坚持制度建设，凝聚班子力量"],
            "2": [
                "着力推进全面振兴，经济运行稳中求进",
                "着力推进乡村振兴，发展品质有力呈现",
                "着力推进城镇建设，发展环境持续优化",
                "着力夯实民生基础，发展成果加快共享",
                "着力防范化解风险，社会环境和谐有序",
            ],
            "3": ["抓党的建设不动摇", "抓意识形态工作不放松", "抓党风廉政建设不懈怠"],
        },
        "items": {"2": [2, 2, 3, 3, 3], "3": [3, 3, 3]},
        "criticisms": [
            ("传统产业转型升级不快，新兴产业支撑不足", "economy"),
            ("城镇建设和管理水平总体不高", "urban_management"),
            ("企业发展意识不足，开拓进取精神减弱，存在“小富即安”“吃老本”思想", "work_style"),
            ("社会治理形式多变，群众述求复杂", "urban_management"),
            ("部分机关干部的落实力度、专业能力有待增强，服务企业、服务群众水平需要进一步提高", "work_style"),
        ],
        "plans": [
            "全面学习贯彻党的二十大精神，勇做贯彻落实的排头兵",
            "立足全市发展大局，服务市委、市政府中心工作",
            "加强综合环境治理，打造生态宜居环境",
            "提升社会治理能力，创建和谐社会环境",
            "实施项目攻坚，推动经济平稳发展",
            "持续改善民生，提高群众幸福指数",
            "优化营商环境，打造良好社会环境",
        ],
        "substitutions": {},
    },
    ("004_a013bd0005226764.txt", 0): {
        "meta": (
            "党委领导班子2023年述职述廉报告",
            2023,
            "annual",
            "duty_integrity_report",
            "department",
            "省公路局党委",
            "collective",
        ),
        "sections": [
            ("", "", "preamble", 0),
            ("一", "围绕核心铸牢忠诚，“两个维护”更加坚决", "achievement", 3),
            ("二", "聚焦主题凝心铸魂，理论武装更加深入", "achievement", 3),
            ("三", "牢记主责固本强基，基层基础更加坚实", "achievement", 5),
            ("四", "聚焦主业强化担当，服务中心更加有效", "achievement", 4),
            ("五", "紧盯主线正风肃纪，管党治党更加有力", "achievement", 4),
            ("", "", "self_criticism", 3),
            ("", "", "plan", 4),
            ("", "", "closing", 0),
        ],
        "labels": {"1": ["一是", "二是", "二是"], "2": ["一是", "二", "三"]},
        "criticisms": [
            ("全面从严管党治党压力传导仍有差距。个别干部职工不听指挥", "discipline"),
            ("地方配套资金筹集问题仍未解决。", "funding"),
            ("制约行业高质量发展要素依然突出。", "land_resources"),
        ],
        "plans": ["聚焦党建引领、持续建强战斗堡垒。", "聚焦投资调度、", "聚焦养护管理、", "聚焦管党治党、"],
        "substitutions": {("D", "党"): 71},
    },
    ("004_a013bd0005226764.txt", 1): {
        "meta": (
            "领导班子2023年述职述廉述德述法述安报告",
            2023,
            "annual",
            "duty_integrity_report",
            "city",
            None,
            "collective",
        ),
        "sections": [
            ("", "", "preamble", 0),
            ("一", "把党的建设作为根本保障，全面从严激扬清风正气", "achievement", 6),
            ("二", "把精准务实作为根本方法，加快推动经济社会高质量发展", "achievement", 3),
            ("三", "把平安稳定作为根本前提，硬核担当筑牢安全底线", "achievement", 0),
            ("", "", "self_criticism", 0),
            ("", "", "plan", 0),
        ],
        "criticisms": [
            ("重特大项目还比较少，发展后劲有所不足", "projects"),
            ("片区开发和城市建设的任务更加艰巨，亟需攻坚克难的领域还比较多", "urban_management"),
            ("优质的公共服务供给还不够充分，距离群众对美好生活的向往还有差距", "livelihood"),
            ("形式主义、官僚主义仍未完全根除，改进作风、基层减负必须进一步加大力度", "work_style"),
        ],
        "plans": ["今后工作中，我们将以新时代中国特色社会主义思想为指引"],
        "substitutions": {
            ("D", "党"): 34,
            ("社市", "社区"): 4,
            ("片市", "片区"): 5,
            ("小市", "小区"): 2,
            ("景市", "景区"): 1,
            ("集聚市", "集聚区"): 1,
            ("DP", "GDP"): 1,
        },
    },
    ("004_a013bd0005226764.txt", 2): {
        "meta": (
            "县政府办公室领导班子2023年述职述廉报告",
            2023,
            "annual",
            "duty_integrity_report",
            "department",
            "县政府办公室",
            "collective",
        ),
        "sections": [
            ("", "", "preamble", 0),
            ("一", "围绕大局，紧扣中心，政务服务水平明显提高", "achievement", 7),
            ("二", "加强协作，服务全局，综合协调能力显著增强", "achievement", 3),
            ("三", "凝心聚力，增强合力，班子自身建设不断加强", "achievement", 4),
            ("", "", "self_criticism", 0),
            ("", "", "plan", 0),
        ],
        "criticisms": [
            ("囿于具体事务，深入基层调查研究仍然不够", "work_style"),
            ("对区情的认识缺乏从理论的深度去挖掘和研究", "study"),
            ("为县政府提供的涉及全区经济社会发展重大决策依据数量偏少，质量不高", "economy"),
            ("少数同志主动创新的意识不够强烈", "work_style"),
            ("工作超前谋划不够充分", "work_style"),
            ("服务意识、服务效率和服务质量还需进一步提高", "work_style"),
        ],
        "plans": ["在今后的工作中，我们将继续保持谦虚谨慎"],
        "substitutions": {("哒哒君", "公文"): 2, ("D", "党"): 8},
    },
}


@pytest.fixture(scope="module")
def reports():
    parsed = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for report in document_structure(path.read_text(encoding="utf-8"), path.name).reports:
            parsed[(path.name, report.index)] = report
    return parsed


def test_every_seed_report_is_found(reports):
    assert sorted(reports) == sorted(GOLDEN)


@pytest.mark.parametrize("key", list(GOLDEN), ids=[f"{k[0][:3]}-{k[1]}" for k in GOLDEN])
class TestSeed:
    def test_metadata(self, reports, key):
        report, (title, year, period, report_type, level, org, speaker) = reports[key], GOLDEN[key]["meta"]
        assert report.title == title
        assert report.display_title == GOLDEN[key].get("display_title", title)
        assert report.year == year
        assert report.period == period
        assert report.report_type == report_type
        assert report.org_level == level
        assert report.org_name == org
        assert report.speaker == speaker

    def test_top_level_sections(self, reports, key):
        got = [(s.label, s.heading, s.kind.value, len(s.children)) for s in reports[key].sections]
        assert got == GOLDEN[key]["sections"]
        assert [s.path for s in reports[key].sections][:2] == ["0", "1"]

    def test_level_two_headings_and_items(self, reports, key):
        by_path = {s.path: s for s in reports[key].all_sections()}
        for path, headings in GOLDEN[key].get("level2", {}).items():
            assert [c.heading for c in by_path[path].children] == headings
            assert {c.level for c in by_path[path].children} == {2}
        for path, counts in GOLDEN[key].get("items", {}).items():
            assert [len(c.children) for c in by_path[path].children] == counts
        for path, labels in GOLDEN[key].get("labels", {}).items():
            assert [c.label for c in by_path[path].children] == labels
            assert [c.ordinal for c in by_path[path].children] == list(range(1, len(labels) + 1))

    def test_self_criticism_items(self, reports, key):
        items = reports[key].self_criticisms
        expected = GOLDEN[key]["criticisms"]
        assert len(items) == len(expected)
        for item, (text, category) in zip(items, expected, strict=True):
            assert item.text.startswith(text), item.text
            assert item.category == category, item.text
        assert [i.ordinal for i in items] == list(range(1, len(items) + 1))

    def test_plan_items(self, reports, key):
        items = reports[key].plans
        assert len(items) == len(GOLDEN[key]["plans"])
        for item, text in zip(items, GOLDEN[key]["plans"], strict=True):
            assert item.text.startswith(text), item.text

    def test_substitutions(self, reports, key):
        got = {(s.original, s.restored): s.count for s in reports[key].substitutions}
        assert got == GOLDEN[key]["substitutions"]


def test_item_text_has_no_numbering_or_trailing_punctuation(reports):
    for report in reports.values():
        for item in (*report.self_criticisms, *report.plans):
            assert not item.text.startswith(("一是", "二是", "一要")), item.text
            assert item.text[-1] not in "；。，", item.text


def test_section_paths_unique_and_spans_nested(reports):
    for report in reports.values():
        paths = [s.path for s in report.all_sections()]
        assert len(paths) == len(set(paths))
        for section in report.all_sections():
            assert report.span.start <= section.span.start <= section.span.end <= report.span.end
            for child in section.children:
                assert section.span.start <= child.span.start <= child.span.end <= section.span.end


def test_restored_text_keeps_real_words():
    text = (SEEDS / "004_a013bd0005226764.txt").read_text(encoding="utf-8")
    document = document_structure(text, "004")
    reports = "".join(r.span.slice(document.cleaned_text) for r in document.reports)
    assert "D委" not in reports and "社市" not in reports  # the compilation header is no report: left as written
    assert "占GDP比重" in reports and "PPT" not in document.cleaned_text  # the ad line is gone
    assert "市委班子成员" in reports and "老旧小区" in reports
