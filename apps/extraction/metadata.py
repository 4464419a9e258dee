"""Report metadata: year, period, report type, organisation level and name, speaker, display title."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .numerals import parse_chinese_int
from .vocabulary import OrgLevel, Period, ReportType, Speaker

# A year, or a range of years whose last year is the report's (`2019—2021年`, `2019年至2021年`).
_YEAR_RE = re.compile(
    r"((?:19|20)[0-9]{2}|[〇一二三四五六七八九]{4})(?:\s*年?\s*[-—–~至到]\s*((?:19|20)[0-9]{2}))?\s*年"
)
_CITATION_RE = re.compile(r"《[^》\n]*》")
_REPORT_PHRASE_RE = re.compile(r"现将([^。：:]{2,40}?)(报告|汇报|述职)如下")
_HALF_YEAR_RE = re.compile(r"上半年|下半年|半年")
_MULTI_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}\s*年?\s*[-—–~至到]\s*(?:19|20)[0-9]{2}|[两三四五]年来|任期|近[三五]年")
_INTEGRITY_RE = re.compile(r"述廉|述德|述法|述安|述责")
_SUBJECT_RE = re.compile(
    r"(?:领导下|指导下|支持下)，(?P<org>[^，。；、“”]{2,24}?)(?=团结带领|认真|深入|坚持|以|紧紧|始终|全面|按照|围绕|积极|"
    r"立足|切实|聚焦|带领|主动|统筹|牢牢|不断|扎实|着力)"
)
# `今年以来，区商务局在区委、区政府的坚强领导下，…`: the subject before 在…领导下.
_LEADING_SUBJECT_RE = re.compile(
    r"(?:[^，。；]{0,12}，)?(?P<org>[^，。；、“”\s]{2,24}?(?:、[^，。；、“”\s]{0,4}政府)?)在[^，。；]{0,30}(?:领导|指导)下"
)
_GENERIC_ORG_RE = re.compile(r"^(?:领导班子|班子|党委|党组|政府|党委政府|我们?|本人|全体.*)$")
# The governing bodies of a place: `XX县人民政府`, `中共XX县委常委会`, `XX街道党工委`, `XX市人大常委会` are the
# place's level; a 社区 or 村 (`XX社区党支部`) is the grassroots under a 街道 or 乡镇, level town (the lowest).
_GOVERNING_SUFFIX_RE = re.compile(
    r"(?:领导班子|班子|党委政府|党工委|党委|党组|党总支|党支部|人民政府|政府|人大|政协|委员会|常委会|(?<=委)常委|管委会"
    r"|(?<=[省市区县镇乡旗州])委)+$"
)
_FUNCTIONAL_RE = re.compile(r"(?:局|厅|办公室|办|中心|院|所|站|公司|部|处|科|委|署|协会|学校)$")
# A place followed by the name of a function (`XX市卫生健康`委员会) is a department of that place.
_PLACE_THEN_FUNCTION_RE = re.compile(r"(?:省|自治区|市|州|盟|区|县|旗|镇|乡|街道)[\u4e00-\u9fff]{2,}$")
# What an organisation's name ends with; a subject such as `紧紧` (围绕…) is none.
_ORG_END_RE = re.compile(
    r"(?:党委|政府|班子|党组|党工委|委员会|常委会|局|厅|委|办|办公室|中心|院|所|站|部|处|公司|镇|乡|街道|区|县|市|省|州|旗)$"
)
# Where the organisation's name in a title ends: `XX县人民政府`|2022年…, `XX区区长`|任期述职报告.
_GENRE_WORD_RE = re.compile("总结|报告|汇报|述职|述廉|回顾")
_TITLE_HEAD_END_RE = re.compile(r"(?:19|20)[0-9xX]{2}|[xX]{4}|年度|领导班子|班子|述职|工作总结|上半年|下半年|任期")
# `本人作为XX县农业农村局党组书记、局长`, `我担任XX区区长`: the organisation a leader heads.
_HEAD_OF = (
    r"(?P<org>[^，。；、“”\s]{2,24}?)(?:党组|党委|党工委)?(?:副?书记|副?主任|副?[局厅处科县区市镇乡省]长"
    r"|副?主席|副?部长|副?院长|副?校长|总?经理|站长|所长)"
)
_HOLDER_RE = re.compile(rf"(?:作为|担任|出任|任){_HEAD_OF}")
# A byline under the title: `市生态环境局局长　王××`.
_BYLINE_RE = re.compile(rf"[—－\-\s]*{_HEAD_OF}")
# A date under the title (`（2022年1月10日）`) dates the speech, not the period the report covers.
_DATE_RE = re.compile(r"(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?")
# A year the report compares with (`由2018年的356亿元`, `比2018年增加`) is not the report's.
_BASE_YEAR_BEFORE = tuple("由比较从与同自")
_L = OrgLevel
_PLACE_LEVEL = tuple(
    zip(
        ("街道", "社区", "村", "自治区", "省", "市", "州", "盟", "区", "县", "旗", "镇", "乡"),
        (
            _L.TOWN,
            _L.TOWN,
            _L.TOWN,
            _L.PROVINCE,
            _L.PROVINCE,
            _L.CITY,
            _L.CITY,
            _L.CITY,
            _L.DISTRICT,
            _L.COUNTY,
            _L.COUNTY,
            _L.TOWN,
            _L.TOWN,
        ),
        strict=True,
    )
)
_POSITION_LEVEL = {"省长": OrgLevel.PROVINCE, "市长": OrgLevel.CITY, "区长": OrgLevel.DISTRICT,
                   "县长": OrgLevel.COUNTY, "镇长": OrgLevel.TOWN, "乡长": OrgLevel.TOWN,
                   "局长": OrgLevel.DEPARTMENT, "厅长": OrgLevel.DEPARTMENT, "主任": OrgLevel.DEPARTMENT}  # fmt: skip
_POSITION_RE = re.compile("|".join(_POSITION_LEVEL) + "|书记|部长|主席|院长|校长|经理|同志")
# How a report names itself: `我区`, `全镇`, `依法治市`, `人才强市`, `市委班子成员`; `居全省前列`, `获全省…`
# and `为全市…` rank or serve a wider area instead.
# (Each branch starts with its own literal character, the lookbehind after it, so the regex engine skips
# ahead to candidate characters; the first group that matched names the level, else the first character.)
_SELF_RE = re.compile(
    "|".join(
        f"{mark}(?<![获居在为列于位选]{mark})(街道|省|市|区|县|镇|乡|局|厅)(?!前列|领先|首|第|率先|排名|唯一|平均)"
        for mark in "全我本"
    )
    + "|依法治(省|市|区|县)|强(省|市|区|县|镇)(?=”|战略|行动|建设)"
    + "".join(f"|{level}委班子" for level in "省市区县镇")
)
_SELF_LEVEL = {"街道": OrgLevel.TOWN, "省": OrgLevel.PROVINCE, "市": OrgLevel.CITY, "区": OrgLevel.DISTRICT,
               "县": OrgLevel.COUNTY, "镇": OrgLevel.TOWN, "乡": OrgLevel.TOWN, "局": OrgLevel.DEPARTMENT,
               "厅": OrgLevel.DEPARTMENT}  # fmt: skip
# A member's rank after the body's name in a post (`XX县委常委`, `XX区委副`书记): not part of the body's name.
_MEMBER_RANK_RE = re.compile(r"(?<=委)(?:常委|委员|副)$")
_SUPERIOR_RE = re.compile(r"在(?:[^，。]{0,12}?)(省|市|区|县)委")
_SINGULAR_RE = re.compile(r"本人|我(?![们区县市镇乡局省厅委办国党单位部门街道校院所中心司公司])")
_PLURAL_RE = re.compile(r"我们|班子")
MIN_INDIVIDUAL = 3
_TYPE_NAMES = {ReportType.WORK_SUMMARY: "工作总结", ReportType.HALF_YEAR_SUMMARY: "上半年工作总结",
               ReportType.DUTY_REPORT: "述职报告", ReportType.DUTY_INTEGRITY_REPORT: "述职述廉报告",
               ReportType.OTHER: "工作报告"}  # fmt: skip
_MASK_EDGE_RE = re.compile(r"^[*xX]+|[*xX]+$")


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None
    display_title: str
    year: int | None
    period: Period
    report_type: ReportType
    org_level: OrgLevel
    org_name: str | None
    speaker: Speaker


def report_metadata(title: str | None, preamble: str, body: str, headings: str = "", subtitle: str = "") -> Metadata:
    """Metadata from the title (and the lines under it), else the preamble (opening sentence, `现将…报告如下`),
    else the body.

    `headings` (the top-level headings) tell the period of a report without a title: a plan chapter
    `下半年工作安排` closes a half-year summary. `subtitle` holds the lines between the title and the text:
    a term (`（2019—2021年）`), a byline (`市生态环境局局长　王××`), a date, an occasion.
    """
    headline = title is not None and not _GENRE_WORD_RE.search(title)  # a slogan over an occasion line
    genre_title = f"{title} {subtitle}" if headline else title  # `——在区委全会上的述职` tells the type
    phrase_match = _REPORT_PHRASE_RE.search(preamble)
    phrase = _MASK_EDGE_RE.sub("", phrase_match.group(1)) if phrase_match else ""
    opening = _CITATION_RE.sub("", preamble.split("。", 1)[0])  # `《…纲要（2021—2025年）》` dates another text
    named = genre_title or (phrase + phrase_match.group(2) if phrase_match else "")  # `2022年工作情况汇报`
    term = _DATE_RE.sub("", subtitle)
    # `本人张XX，现任XX县财政局局长。二〇二二年，在县委…`: the year may open the second sentence.
    year = (
        _year(title or "")
        or _year(term)
        or _year(opening)
        or _body_year(_CITATION_RE.sub("", preamble))
        or _body_year(body)
    )
    period = _period(f"{title} {term} {opening} {phrase}" if title else f"{opening} {phrase} {headings}")
    speaker = _speaker(genre_title or "", preamble + body)
    report_type = _report_type(named or preamble, period)
    if report_type == ReportType.OTHER and not named:  # no title and no `现将…如下`: the genre's usual kinds
        report_type = ReportType.DUTY_REPORT if speaker == Speaker.INDIVIDUAL else _summary(period)
    own_title = "" if headline else title or ""  # a slogan names no organisation (`…开新局` is no 局)
    org_name = _org_name(own_title, preamble, subtitle)
    level = _org_level(org_name, f"{own_title} {term}", preamble + body)  # a byline's position (`区长　王××`)
    display = title or _display_title(phrase, year, org_name, report_type)
    return Metadata(title, display, year, period, report_type, level, org_name, speaker)


def _summary(period: Period) -> ReportType:
    return ReportType.HALF_YEAR_SUMMARY if period == Period.HALF_YEAR else ReportType.WORK_SUMMARY


def _year(text: str) -> int | None:
    match = _YEAR_RE.search(text)
    if not match:
        return None
    return parse_chinese_int(match.group(2) or match.group(1))


def _body_year(body: str) -> int | None:
    """The year most often written in the body (the latest one on a tie), leaving out the years it compares
    with (`由2018年的…增长到`, `比2018年`); None when all are masked."""
    years = Counter(
        parse_chinese_int(m.group(2) or m.group(1))
        for m in _YEAR_RE.finditer(body)
        if not body.endswith(_BASE_YEAR_BEFORE, 0, m.start())
    )
    if not years:
        return None
    best = max(years.values())
    return max(year for year, count in years.items() if count == best)


def _period(text: str) -> Period:
    if _MULTI_YEAR_RE.search(text):
        return Period.MULTI_YEAR
    return Period.HALF_YEAR if _HALF_YEAR_RE.search(text) else Period.ANNUAL


def _report_type(named: str, period: Period) -> ReportType:
    """From the title, else the report's own words (`现将本人履职和廉洁自律情况报告如下`)."""
    integrity = _INTEGRITY_RE.search(named)
    if integrity or re.search("述职|履职", named):
        return ReportType.DUTY_INTEGRITY_REPORT if integrity or "廉" in named else ReportType.DUTY_REPORT
    if re.search("总结|汇报|工作报告|工作情况|工作回顾", named):
        return _summary(period)
    return ReportType.OTHER


def _org_name(title: str, preamble: str, subtitle: str = "") -> str | None:
    """The organisation named before the year in the title, else in a byline under it, else the subject of
    the opening sentence."""
    head = _TITLE_HEAD_END_RE.split(title, maxsplit=1)[0].removeprefix("关于")  # `关于XX区2021年度…的报告`
    head = _first_post_body(head).strip("，、 ")
    if len(head) >= 2 and not _GENERIC_ORG_RE.match(head) and _org_level_of(head) != OrgLevel.UNKNOWN:
        return head
    for line in subtitle.splitlines():
        byline = _BYLINE_RE.match(line)
        if byline and _org_level_of(byline.group("org")) != OrgLevel.UNKNOWN:
            return byline.group("org")
    opening = preamble.split("。", 1)[0]
    holder = _HOLDER_RE.search(opening)
    if holder and _org_level_of(holder.group("org")) != OrgLevel.UNKNOWN:
        return holder.group("org")
    leading = _LEADING_SUBJECT_RE.match(opening.rsplit("\n", 1)[-1])  # not a web headline's line above it
    if leading and _ORG_END_RE.search(leading.group("org")) and not _GENERIC_ORG_RE.match(leading.group("org")):
        return leading.group("org")
    subject = _SUBJECT_RE.search(preamble)
    if subject:
        name = re.sub(r"(?:领导班子|班子)$", "", subject.group("org"))
        if _ORG_END_RE.search(name) and not _GENERIC_ORG_RE.match(name) and not name.startswith(("在", "以", "我")):
            return name
    return head if len(head) >= 2 and not _GENERIC_ORG_RE.match(head) else None


def _first_post_body(head: str) -> str:
    """A title naming one person's posts (`XX县委常委、政法委书记`, `XX区委副书记、区长`) names the body of the
    first post, without the member's rank in it (`XX县委`); a list of bodies (`XX县委、县政府`) stays whole."""
    body = _POSITION_RE.sub("", head)
    if body == head or "、" not in body:
        return body
    return _MEMBER_RANK_RE.sub("", body.split("、", 1)[0])


def _org_level_of(name: str) -> OrgLevel:
    """`省公路局党委` and `县政府办公室` are departments; `XX镇党委政府` a town; `区政府` a district; `XX县委、县政府`
    the level of its first body."""
    name = name.split("、", 1)[0]
    core = _GOVERNING_SUFFIX_RE.sub("", name) or name
    if core != name and not core.strip("X*某"):
        return OrgLevel.UNKNOWN
    if _FUNCTIONAL_RE.search(core) and not core.endswith(("区", "县", "市", "镇", "乡")):
        return OrgLevel.DEPARTMENT
    for suffix, level in _PLACE_LEVEL:
        if core.endswith(suffix):
            return level
    return OrgLevel.DEPARTMENT if core != name and _PLACE_THEN_FUNCTION_RE.search(core) else OrgLevel.UNKNOWN


def _org_level(org_name: str | None, title: str, text: str) -> OrgLevel:
    level = _org_level_of(org_name) if org_name else OrgLevel.UNKNOWN
    if level != OrgLevel.UNKNOWN:
        return level
    position = next((lvl for word, lvl in _POSITION_LEVEL.items() if word in title), None)
    return position or _self_reference_level(text)


def _self_reference_level(text: str) -> OrgLevel:
    """The level the report calls itself (`全区`, `我镇`, `全局`); a lone mention of the superior's own
    level (`全市` under `市委` leadership) names the parent, not the speaker."""
    votes = Counter(_SELF_LEVEL[next((g for g in m.groups() if g), m.group()[0])] for m in _SELF_RE.finditer(text))
    superior = _SUPERIOR_RE.search(text)
    if superior and votes[_SELF_LEVEL[superior.group(1)]] < 2:
        votes.pop(_SELF_LEVEL[superior.group(1)], None)
    if votes:
        return votes.most_common(1)[0][0]
    return OrgLevel.TOWN if "党工委" in text else OrgLevel.UNKNOWN


def _speaker(title: str, text: str) -> Speaker:
    """One leader speaks in a 述职 titled with a position, or says 我/本人 more often than 我们/班子 (in a
    述职 without 班子 in its title, once is enough when the team is never named)."""
    if "班子" not in title and _POSITION_RE.search(title) and "述职" in title:
        return Speaker.INDIVIDUAL
    singular, plural = len(_SINGULAR_RE.findall(text)), len(_PLURAL_RE.findall(text))
    if singular >= MIN_INDIVIDUAL and singular > plural:
        return Speaker.INDIVIDUAL
    if "述职" in title and "班子" not in title and singular and not plural:
        return Speaker.INDIVIDUAL
    return Speaker.COLLECTIVE


def _display_title(phrase: str, year: int | None, org_name: str | None, report_type: ReportType) -> str:
    """`2023年上半年领导班子工作总结` from `现将**上半年领导班子工作总结汇报如下`, else built from the metadata."""
    if re.search("总结|报告|述职", phrase):
        return phrase if year is None or str(year) in phrase else f"{year}年{phrase}"
    prefix = f"{year}年" if year else ""
    return f"{prefix}{org_name or ''}{_TYPE_NAMES[report_type]}"
