"""Section themes and item categories by keyword: what a passage is about, in the genre's own words."""

from __future__ import annotations

import re
from collections import Counter

from .vocabulary import CriticismCategory, Theme

_THEME_WORDS = {
    Theme.PARTY_BUILDING: "党建 党的建设 基层党组织 党支部 党组织 党员 组织生活 三会一课 主题党日 换届 "
    "干部队伍 选人用人 组织建设 党性 民主集中制 班子建设 自身建设 政治建设 管党治党",
    Theme.THEORY_STUDY: "理论学习 理论武装 学习贯彻 中心组 读书班 专题研讨 学习教育 学懂弄通 十九大精神 二十大精神 "
    "新时代中国特色社会主义思想 学习 理论",
    Theme.IDEOLOGY: "意识形态 宣传 舆论 思想政治 精神文明 文明实践 文明创建 移风易俗 网信 宣讲",
    Theme.ECONOMY: "经济 生产总值 财政收入 固定资产投资 工业 产业 招商 项目建设 重点项目 企业 营商环境 消费 税收 "
    "农业 服务业 投资 实体经济 商贸 物流 旅游",
    Theme.INNOVATION: "创新 科技 人才 研发 高新技术 改革 数字化 智慧 新动能 产学研",
    Theme.URBAN_RURAL: "城乡 城市 城镇 乡村 农村 道路 交通 公路 基础设施 美丽乡村 城建 棚户区 老旧小区 住房 乡村振兴 "
    "征收 拆迁 片区 小城镇 市政",
    Theme.ECOLOGY: "生态 环保 环境保护 污染 大气 水环境 河长 绿化 造林 节能 减排 黑臭水体 生态修复 环境卫生 垃圾",
    Theme.LIVELIHOOD: "民生 就业 教育 医疗 卫生 养老 社会保障 社保 扶贫 脱贫 救助 文体 文化事业 低保 残疾人 退役军人 "
    "增收 为民办实事 公共服务 群众",
    Theme.SOCIAL_GOVERNANCE: "社会治理 综治 平安建设 平安 信访 矛盾纠纷 扫黑除恶 维稳 网格 社会稳定 治安 应急 稳定",
    Theme.WORK_SAFETY: "安全生产 安全隐患 隐患排查 消防 安监 生产安全 事故 防汛 安全底线",
    Theme.RULE_OF_LAW: "法治 依法 法律 普法 法制 执法 行政复议 依法行政 学法 法治政府",
    Theme.INTEGRITY: "廉政 廉洁 党风 反腐 纪律 八项规定 监督执纪 执纪 纪检 问责 一岗双责 四风 正风肃纪 廉政风险 自律",
    Theme.WORK_STYLE: "作风 形式主义 官僚主义 担当 效率 调研 调查研究 抓落实 服务意识 督查 督办 办文办会 协调",
}
_CRITICISM_WORDS = {
    CriticismCategory.ECONOMY: "经济总量 总量 结构 产业 经济 增收 主导产业 龙头企业 转型升级 发展水平 生产能力",
    CriticismCategory.PROJECTS: "项目 招商 动能 后劲 带动 投资 载体",
    CriticismCategory.LIVELIHOOD: "民生 公共服务 教育 医疗 就业 养老 社会保障 群众 美好生活",
    CriticismCategory.URBAN_MANAGEMENT: "城市 城镇 规划 建设和管理 建设与管理 城市管理 美丽乡村 乡村旅游 "
    "片区开发 城市建设 社会治理",
    CriticismCategory.STUDY: "学习 理论 领会 调研 调查研究 学得",
    CriticismCategory.WORK_STYLE: "作风 担当 能力 本领 形式主义 官僚主义 服务意识 创新的意识 意识 效率 谋划 落实 "
    "服务质量 服务水平 精神",
    CriticismCategory.DISCIPLINE: "纪律 规矩 违纪 违法 廉洁 腐败 酒驾 醉驾 管党治党 从严治党",
    CriticismCategory.FUNDING: "资金 经费 债务 配套 欠账 筹集 财力 财政",
    CriticismCategory.LAND_RESOURCES: "土地 用地 林地 红线 资源 要素 审批 基本农田",
}


def _matcher(table: dict) -> tuple[re.Pattern[str], dict[str, object]]:
    words = {word: key for key, spaced in table.items() for word in spaced.split()}
    pattern = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    return pattern, words


_THEME_RE, _THEME_OF = _matcher(_THEME_WORDS)
_CRITICISM_RE, _CRITICISM_OF = _matcher(_CRITICISM_WORDS)
MAX_THEMES = 3
HEADING_WEIGHT = 3


def section_themes(heading: str, body: str) -> tuple[Theme, ...]:
    """Themes scored from the heading first (weighted), then the body; `other` when nothing matches."""
    scores: Counter[Theme] = Counter()
    for word in _THEME_RE.findall(heading):
        scores[_THEME_OF[word]] += HEADING_WEIGHT
    for word in _THEME_RE.findall(body):
        scores[_THEME_OF[word]] += 1
    if not scores:
        return (Theme.OTHER,)
    best = scores.most_common(1)[0][1]
    kept = [theme for theme, score in scores.most_common() if (score * 3 >= best and score >= 2) or score == best]
    return tuple(kept[:MAX_THEMES])


def plan_category(text: str) -> Theme:
    """A plan item's category is its leading theme."""
    return section_themes(text[: text.find("。") + 1 or len(text)], text)[0]


def criticism_category(text: str) -> CriticismCategory:
    """The category with the most keyword hits; ties go to the keyword met first."""
    hits = [_CRITICISM_OF[word] for word in _CRITICISM_RE.findall(text)]
    if not hits:
        return CriticismCategory.OTHER
    counts = Counter(hits)
    best = max(counts.values())
    return next(category for category in hits if counts[category] == best)
