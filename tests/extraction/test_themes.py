"""Theme scoring: heading-weighted, compound-aware, weak rhetoric discounted; item categories."""

import pytest

from apps.extraction.pipeline import document_structure
from apps.extraction.themes import criticism_category, plan_category, section_themes

STUDY_BODY = "组织开展学习贯彻主题教育，召开中心组学习会12次，举办读书班2期，开展专题研讨6次，学懂弄通做实。"


@pytest.mark.parametrize(
    ("heading", "body", "leading"),
    [
        # a strong heading word outweighs a body full of another theme's words
        ("监督质效更加精准有力", STUDY_BODY + "开展监督128次。", "integrity"),
        ("突出抓好政治建设", STUDY_BODY, "party_building"),
        # one word repeated in the body counts at most twice
        (
            "文化建设立心立魂",
            "建成公路传承馆，讲好公路故事，展示公路风采，评选最美公路人，宣传公路精神，公路公路。",
            "ideology",
        ),
        # weak rhetoric in a heading does not decide
        ("聚焦主业强化担当，服务中心更加有效", "不断优化公路供给服务，加快农村公路和城乡交通建设。", "urban_rural"),
        ("坚持业务知识学习", "认真研读相关法律法规和政策文件。", "theory_study"),
        # an enterprise's business is the economy
        ("推动生产经营提质增效", "改革创新持续深化，科技创新能力提升。", "economy"),
        # a legislature's law-making is rule of law, whatever its laws regulate
        # plain words of a community's report
        ("为居民办实事", "办好老年食堂，开设暑期托管班；协调加装电梯3部，改造雨污管网1.2公里。", "livelihood"),
        ("坚持立法为民，以良法促进发展保障善治", "制定《XX市城市绿化条例》，设立基层立法联系点12个。", "rule_of_law"),
    ],
)
def test_leading_theme(heading, body, leading):
    assert section_themes(heading, body)[0] == leading


@pytest.mark.parametrize(
    ("text", "not_theme"),
    [
        ("在市委、市政府的坚强领导下，认真落实各项决策部署。", "urban_rural"),  # 市政府 is no 市政
        ("持续营造风清气正的政治生态。", "ecology"),
        ("开展警示教育和廉政教育，筑牢思想防线。", "livelihood"),
        ("深入开展党风廉政建设，严格落实一岗双责。", "urban_rural"),
        ("推动经济社会持续健康发展。", "livelihood"),
        ("一般公共预算收入增长6.8%。", "livelihood"),
        ("坚持以习近平新时代中国特色社会主义思想为指导，奋力谱写新篇章。", "theory_study"),
    ],
)
def test_compounds_count_for_their_own_meaning(text, not_theme):
    assert not_theme not in section_themes("", text)


def test_compound_keeps_its_own_theme():
    assert section_themes("", "持续营造风清气正的政治生态。") == ("integrity",)
    assert section_themes("", "开展警示教育。") == ("integrity",)


def test_nothing_matched_is_other_and_secondary_themes_need_weight():
    assert section_themes("把牢正确方向", "坚决贯彻落实各项决策部署。") == ("other",)
    themes = section_themes("着力保障改善民生", "新建中小学6所，改扩建医院2所，新增就业1200人，开展安全生产检查。")
    assert themes[0] == "livelihood" and "work_safety" not in themes


def test_a_chapter_without_keywords_takes_its_subsections_themes():
    text = (
        "XX区2021年工作总结\n2021年，在区委的坚强领导下，区政府认真履职，圆满完成了全年各项目标任务。现将有关情况报告如下：\n"
        "一、抓发展、强实力，综合实力实现新跨越\n（一）经济总量持续壮大。地区生产总值增长7.9%。\n"
        "（二）产业结构不断优化。规模以上工业企业增加到268家。\n"
    )
    (report,) = document_structure(text, "t").reports
    assert report.sections[1].themes[0] == "economy"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("全力以赴稳增长。力争地区生产总值增长6%以上", "economy"),
        ("统筹推进城乡建设。加快县城扩容提质，推进和美乡村示范村建设", "urban_rural"),
        ("立足全市发展大局，服务市委、市政府中心工作", "other"),
        ("毫不放松抓好常态化疫情防控", "livelihood"),
        ("抓实稳增长政策落地", "economy"),
        ("稳住外贸外资基本盘，扩大金融信贷投放", "economy"),
    ],
)
def test_plan_category(text, category):
    assert plan_category(text) == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("城乡基础设施仍有短板，县城承载能力和管理水平有待提升", "urban_management"),
        ("科技创新能力不强，研发投入强度低于全国平均水平，新旧动能转换任务艰巨", "projects"),
        ("生态环境保护任务依然繁重，部分地区大气、水污染治理成效还不稳固", "land_resources"),
        ("基层党建工作发展不平衡，个别支部“三会一课”质量不高", "discipline"),
        ("社区工作者队伍专业化水平不高，服务群众能力有待提升", "work_style"),
        ("教育、医疗等优质公共服务资源供给不足，与群众期盼还有差距", "livelihood"),
        ("统计经费保障不足，普查经费缺口较大", "funding"),
        ("部分市场主体特别是中小微企业生产经营困难", "economy"),
        ("虽然化解了一些历史遗留问题，但还有一批“老大难”问题亟待加快解决", "other"),
        # round 7: `不充分` alone is how far a task went, not the economy's `不平衡不充分`; the housing market
        # is the economy; 人居环境 is managed like the towns
        ("智慧监管手段运用不充分，信用监管效能有待提升", "work_style"),
        ("城乡区域发展不平衡不充分", "economy"),
        ("房地产市场下行压力较大，商品房销售面积下降", "economy"),
        ("人居环境整治还有死角", "urban_management"),
        ("基层监督力量薄弱，村级监督作用发挥不充分", "work_style"),  # the staff (力量) doing it, as 人员
        # round 8: `不平衡` alone is how even a task went (法治政府建设不平衡), the economy's is `发展不平衡`; the
        # ways of working (方式方法, 思路, 重视程度) and a 政协's deliberation (议政) are work style; public legal
        # services are a public service
        ("法治政府建设不平衡，部分县区和部门重视程度还不够", "work_style"),
        ("区域发展不平衡，城乡差距较大", "economy"),
        ("民主监督的方式方法还不够多", "work_style"),
        ("抓产业发展的思路不宽，招商引资成效不够明显", "work_style"),
        ("参政议政的质量还有待提高", "work_style"),
        ("公共法律服务资源分布不均，基层法律服务力量薄弱", "livelihood"),
    ],
)
def test_criticism_category(text, category):
    assert criticism_category(text) == category


# Real-looking shortcomings, their category written before the rule was run: the head noun of the first
# clause (the headline) decides, not an incidental word before `的` or an attribute such as 总量/能力.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("抓党建的创新办法不多，党建与业务融合不够紧密", "work_style"),
        ("推动产业发展的办法不多", "work_style"),
        ("项目建设资金缺口较大", "funding"),
        ("基础设施欠账较多，部分村组道路通行条件较差", "urban_management"),
        ("优质医疗资源总量不足，高层次医学人才偏少", "livelihood"),
        ("基层医疗卫生机构服务能力不强", "livelihood"),
        ("产业规模偏小，带动能力不强", "economy"),
        ("工业经济总量偏小，主导产业链条短，缺乏税收贡献大的龙头企业", "economy"),
        ("县级财力紧张，债务化解压力较大", "funding"),
        ("耕地保护压力较大，土地违法问题时有发生", "land_resources"),
        ("理论学习的系统性不够，学用结合还不够紧密", "study"),
        ("个别部门服务意识不强，办事效率有待提高", "work_style"),
        ("对干部的日常监督管理还不够严格", "discipline"),
        ("缺乏带动力强的龙头企业，农民持续增收渠道不多", "economy"),
        ("新增建设用地指标紧张，重点项目落地受到制约", "land_resources"),
        ("养老服务设施建设滞后，农村养老服务供给不足", "livelihood"),
        ("老旧小区改造资金筹集难度大", "funding"),
        ("个别党员干部纪律意识淡化，存在违反中央八项规定精神问题", "discipline"),
        ("城市管理精细化水平不高，背街小巷环境卫生仍有死角", "urban_management"),
        ("招商引资质量不高，缺少投资体量大的产业项目", "projects"),
        # round 4: a capability after 的 is the doer's; integration and an office's foresight are methods
        ("抓产业发展的办法不多，主导产业规模偏小，带动群众增收的能力不强", "work_style"),
        ("党建与生产经营融合还不够紧密，存在“两张皮”现象", "work_style"),
        ("参谋服务的前瞻性不够强，对全局性、战略性问题研究不够深入", "work_style"),
        ("农业防灾减灾能力较弱，部分地区农田水利设施老化失修", "urban_management"),
        ("部分基层党组织书记抓党建的能力不足，党建工作创新不够", "work_style"),
        ("科技创新不足，高新技术企业数量偏少", "projects"),
        # round 5: research visits to the grassroots are how a cadre works, not theory study
        ("深入基层调研的时间不够，对一些群众急难愁盼问题解决还不够及时", "work_style"),
        ("调查研究不够经常，联系群众还不够紧密", "work_style"),
        ("理论学习不够深入，对新思想研究不深", "study"),
        ("以案促改的深度还不够，标本兼治的综合效能有待提升", "work_style"),
        ("代表履职服务保障的精准化水平有待提升", "work_style"),
        ("旅游产品同质化问题突出，缺少有影响力的龙头景区", "economy"),
        ("社区网格员队伍年龄偏大，年轻骨干培养得不够", "work_style"),
        # a list of shortcomings is headed by its first one; a list of a noun's parts by that noun
        ("我乡发展仍面临产业链条短、基础设施欠账多等困难", "economy"),
        ("项目、资金、土地等要素保障不足", "land_resources"),
        ("工业基础薄弱，缺少带动力强的骨干企业", "economy"),
        # round 6: the words a head after 的 modifies score nothing; guidance and supervision are how a leader
        # works, a 书记's capability is a cadre's; a 集镇 is a small town to build and manage
        ("推动产业转型升级的办法还不多，新兴产业规模偏小，发展后劲不足", "work_style"),
        ("对基层党组织的指导还不够经常，个别基层党组织战斗堡垒作用发挥不够充分", "work_style"),
        ("对基层所队的督导检查不够经常，个别派出所执法规范化水平不高", "work_style"),
        ("基层党组织书记能力素质参差不齐，有的支部组织生活质量不高", "work_style"),
        ("少数单位党组织对机关党建重视不够，“两张皮”问题仍然存在", "discipline"),
        ("集镇建设滞后，承载能力不强", "urban_management"),
    ],
)
def test_criticism_category_follows_the_head_noun(text, category):
    assert criticism_category(text) == category
