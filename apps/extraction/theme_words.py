"""The genre's own words for each section theme and self-criticism category (data for `themes.py`).

Three kinds of entry:
- keywords: a word that names its theme wherever it stands (`意识形态`, `安全生产`);
- weak keywords: words the genre also uses as rhetoric (`担当`, `群众`, `学习`): in a heading they count
  no more than in a body;
- compounds: a longer word containing a keyword but meaning something else, which wins because the scan
  is leftmost-longest: `市政府` is not 市政 (urban), `政治生态` is integrity not ecology, `警示教育` is
  integrity not schooling, `健康发展` is nothing at all (None).
"""

from __future__ import annotations

from .vocabulary import CriticismCategory, Theme

T = Theme
THEME_WORDS: dict[Theme, str] = {
    T.PARTY_BUILDING: "党建 党的建设 基层党组织 党组织 党支部 支部 党员 党课 党务 组织生活 三会一课 主题党日 换届 "
    "干部队伍 选人用人 选拔任用 组织建设 基层组织 党性 民主集中制 民主集中 班子建设 自身建设 政治建设 管党治党 "
    "从严治党 战斗堡垒 先锋模范 模范机关 组织力 入党",
    T.THEORY_STUDY: "理论学习 理论武装 学习贯彻 中心组 读书班 专题研讨 学习研讨 学习教育 学懂弄通 十九大精神 "
    "二十大精神 主题教育 党史学习 第一议题 集体学习 专题学习 学习强国 领学 两学一做",
    T.IDEOLOGY: "意识形态 宣传 舆论 思想政治 精神文明 文明实践 文明创建 文明城市 移风易俗 网信 宣讲 文化建设 "
    "思想文化 核心价值观 新闻 媒体",
    T.ECONOMY: "经济 生产总值 财政收入 一般公共预算 税收 税源 固定资产投资 投资 工业 产业 招商 项目建设 重点项目 "
    "企业 营商环境 消费 商贸 物流 旅游 农业 服务业 实体经济 市场主体 民营经济 进出口 外资 园区 开发区 粮食 种植 "
    "合作社 集体经济 要素保障 专项债 稳增长 外贸 金融 贷款 增加值 生产经营 营业收入 利润",
    T.INNOVATION: "创新 科技 人才 研发 高新技术 改革 数字化 智慧 新动能 产学研 放管服 一网通办 专精特新 数字经济 "
    "信息化",
    T.URBAN_RURAL: "城乡 城市 城镇 乡村 农村 道路 交通 公路 基础设施 美丽乡村 城建 棚户区 老旧小区 住房 乡村振兴 "
    "征收 拆迁 片区 小城镇 市政 市容 城市更新 县城 人居环境 和美乡村 供热 燃气 管网 轨道 安置房 通村 国土空间 "
    "加装电梯 老小区",
    T.ECOLOGY: "生态 环保 环境保护 污染 大气 水环境 河长 河湖 湖长 林长 绿化 造林 节能 减排 黑臭水体 环境卫生 "
    "垃圾 蓝天 碧水 净土 空气质量 水质 绿色发展 碳达峰 碳中和 植树 森林 湿地 污水 清洁取暖",
    T.LIVELIHOOD: "民生 就业 教育事业 义务教育 学前教育 职业教育 中小学 幼儿园 学位 学校 医疗 医院 医保 医共体 "
    "卫生 健康 养老 社会保障 社保 扶贫 脱贫 救助 文体 文化事业 公共文化 社会事业 低保 残疾人 退役军人 优抚 增收 "
    "为民办实事 办实事 民生实事 公共服务 兜底 惠民 便民 托育 托管 一老一小 老人 老年 可支配收入 居民收入 农民收入 贫困 "
    "疫情防控 核酸 诊疗 "
    "家庭医生",
    T.SOCIAL_GOVERNANCE: "社会治理 综治 综合治理 平安建设 平安 信访 矛盾纠纷 扫黑除恶 维稳 网格 社会稳定 治安 "
    "应急 安保 基层治理 市域治理 雪亮工程 反邪教 禁毒 和谐稳定",
    T.WORK_SAFETY: "安全生产 安全隐患 隐患排查 消防 安监 生产安全 事故 防汛 抗旱 安全底线 安全监管 危化品 "
    "食品安全 森林防火 山林火灾",
    T.RULE_OF_LAW: "法治 依法 法律 普法 法制 执法 行政复议 依法行政 学法 法治政府 法规 司法 守法 用法 立法",
    T.INTEGRITY: "廉政 廉洁 党风 反腐 腐败 纪律 八项规定 监督执纪 执纪 纪检 监察 问责 一岗双责 四风 正风肃纪 "
    "廉政风险 自律 监督 巡视 巡察 审计 违纪 清廉 家风 以案促改 三公 礼品礼金",
    T.WORK_STYLE: "作风 形式主义 官僚主义 调研 调查研究 抓落实 服务意识 督查 督办 办文 办会 以文辅政 参谋 文稿 "
    "政务信息 信息报送 会务 机要 保密 值班 干事创业 率先垂范 以身作则 基层减负",
}
WEAK_THEME_WORDS: dict[Theme, str] = {
    T.THEORY_STUDY: "学习 理论",
    T.ECONOMY: "项目",
    T.LIVELIHOOD: "群众",
    T.SOCIAL_GOVERNANCE: "风险",
    T.WORK_STYLE: "担当 效率 协调",
}
THEME_COMPOUNDS: dict[str, Theme | None] = {
    "市政府": None,
    "新时代中国特色社会主义思想": None,  # the opening formula of nearly every paragraph
    "改革发展": None,
    "一般公共预算收入": T.ECONOMY,
    "遵纪守法": T.INTEGRITY,
    "红色物业": T.PARTY_BUILDING,
    "市政协": None,
    "健康发展": None,
    "健康向上": None,
    "发展环境": None,
    "社会环境": None,
    "政治生态": T.INTEGRITY,
    "警示教育": T.INTEGRITY,
    "廉政教育": T.INTEGRITY,
    "廉洁教育": T.INTEGRITY,
    "党性教育": T.PARTY_BUILDING,
    "党员教育": T.PARTY_BUILDING,
    "干部教育": T.PARTY_BUILDING,
    "教育培训": T.PARTY_BUILDING,
    "创新社会治理": T.SOCIAL_GOVERNANCE,
    "卫生间": None,
    "服务群众": None,
    "群众路线": T.PARTY_BUILDING,
    "安全稳定": T.SOCIAL_GOVERNANCE,
    "平安公路": T.URBAN_RURAL,
    "审计监督": T.INTEGRITY,
}

C = CriticismCategory
# `study` is the depth of theory study (学习, 理论, 研究不深); research visits to the grassroots (调研, 调查研究,
# 深入基层一线, 联系群众) are how a cadre works, `work_style`.
CRITICISM_WORDS: dict[CriticismCategory, str] = {
    C.ECONOMY: "经济总量 总量 结构 产业 经济 增收 主导产业 龙头企业 转型升级 发展水平 生产能力 集体经济 收入 "
    "发展不平衡 不平衡不充分 发展差距 区域 大而不强 质量和效益 消费 外贸 出口 订单 市场主体 中小微企业 生产经营 同质化 "
    "龙头 骨干企业 工业 房地产 楼市",
    C.PROJECTS: "项目 招商 动能 后劲 带动 投资 载体 科技创新 创新能力 研发 人才",
    C.LIVELIHOOD: "民生 公共服务 教育 医疗 医学 卫生 门诊 就业 养老 社会保障 社会救助 救助 低保 群众期盼 美好生活 "
    "法律服务",
    C.URBAN_MANAGEMENT: "城市 城镇 集镇 规划 建设和管理 建设与管理 城市管理 美丽乡村 乡村旅游 片区开发 城市建设 "
    "社会治理 基础设施 县城 老旧小区 小区 棚户区 交通拥堵 停车 水利设施 防灾减灾 人居环境",
    C.STUDY: "学习 理论 领会 学得 研究不深 研究还不够",
    C.WORK_STYLE: "作风 担当 能力 本领 形式主义 官僚主义 服务意识 创新的意识 意识 效率 谋划 落实 服务质量 "
    "服务水平 精神 服务群众 督查 督导 指导 工作方法 性子 畏难 活力 人员 干部队伍 年轻干部 村干部 教育管理 "
    "办法还不多 办法不多 融合 两张皮 参谋 前瞻性 预见性 创新不够 创新不足 "
    "调研 调查研究 联系群众 基层一线 效能 履职 议政 队伍 年轻骨干 书记 力量 方式方法 思路 重视程度",
    C.DISCIPLINE: "纪律 规矩 违纪 违法 廉洁 廉政 腐败 酒驾 醉驾 管党治党 从严治党 党建 党组织 支部 三会一课 监督",
    C.FUNDING: "资金 经费 债务 配套 欠账 筹集 财力 财政",
    C.LAND_RESOURCES: "土地 用地 林地 耕地 红线 资源 要素 审批 基本农田 生态 环境保护 污染 环保",
}
# Criticism keywords naming an attribute of something (`医疗资源总量`, `服务能力`, `带动能力`): the head of a
# shortcoming only when nothing before them in the clause names what it is about.
CRITICISM_ATTRIBUTES = "总量 结构 能力 意识 资源 效率 水平 活力 精神 人员 后劲 动能"
