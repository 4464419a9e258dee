"""Web noise of published report copies: watermark and ad lines, paywall markers, invisible characters,
page numbers and the furniture of the sites that host the reports."""

from __future__ import annotations

import re

# `##paidbegin##` / `##paidend##` paywall markers, also found inside a word (`不讲##paidbegin##规矩`).
PAID_MARKER_RE = re.compile(r"##\s*paid\s*(?:begin|end)\s*##", re.IGNORECASE)  # literal-led: a fast scan
# Byte-order marks and zero-width characters some sites insert to defeat copying.
INVISIBLE_CHARS = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}]+")

_DIGITS = "[0-9０-９]"
_CN_DIGITS = "[一二三四五六七八九十]"
# Phrases that only occur in watermarks, ads and site furniture, never in a report's own prose. Every
# branch starts with a literal character, so the regex engine skips to candidate positions by itself.
_NOISE_PHRASES = (
    r"本文系.{0,8}投稿",
    r"本文(?:来源|来自|转自|摘自|由)[^\n]{0,20}(?:网|整理|编辑|提供)",
    r"仅供(?:学习|交流)?参考",
    r"请勿(?:照搬|抄袭|转载|直接使用)",
    r"【[^】\n]{0,12}(?:素材库|代笔|文库|范文|资料库|公文网|写作)[^】\n]{0,12}】",
    r"欢迎(?:加入|关注|订阅)",
    r"会员群|网盘群|svip|SVIP|vip会员|VIP会员",
    r"添加(?:客服|微信|小编)|联系(?:客服|微信|小编)",
    r"扫码(?:关注|识别|添加|下载)|长按(?:关注|识别|添加|下载)|扫描二维码",
    r"点击(?:关注|下载|阅读|查看|蓝字|上方|下方|链接|收藏)|免费(?:下载|阅读原文)",
    r"关注(?:微信)?公众号|搜索(?:微信)?公众号",
    r"版权(?:归[^\n，。]{0,20})?所有|转载请注明",
    r"如有侵权|涉及侵权|侵权(?:请)?(?:联系)?删除",
    r"相关(?:推荐|阅读|文章|范文)[：:]|热门(?:推荐|阅读|文章|范文)[：:]|精彩(?:推荐|阅读|文章|范文)[：:]",
    r"推荐(?:阅读|文章|范文)[：:]|猜你喜欢|上一篇[：:]|下一篇[：:]",
    r"更多(?:精彩|范文|材料|素材)[^\n]{0,10}(?:请|尽在|关注|访问)|海量(?:精彩|范文|材料|素材)[^\n]{0,10}(?:请|尽在|关注|访问)",
)
NOISE_PHRASE_RE = re.compile("|".join(_NOISE_PHRASES))
# Whole lines of site furniture, matched from the line's start (after any indentation).
_NOISE_LINES = (
    # A site's byline: `来源：公文写作网  发布时间：…`, `责任编辑：…`.
    r"[（(]?(?:来源|作者|编辑|责任编辑|发布时间|发布日期|发表时间|更新时间|浏览次数|阅读次数|阅读量|字数)[:：]",
    # Page numbers of a printed copy: `- 2 -`, `—3—`, `第2页 共6页`, `2/6`, `Page 2 of 6`.
    rf"[-—–－\s]*{_DIGITS}{{1,4}}[-—–－\s]*$",
    rf"第\s*{_DIGITS}{{1,4}}\s*页(?:\s*[,，/、]?\s*共\s*{_DIGITS}{{1,4}}\s*页)?\s*$",
    rf"{_DIGITS}{{1,4}}\s*/\s*{_DIGITS}{{1,4}}\s*$|[pP]age\s*\d{{1,4}}(?:\s*of\s*\d{{1,4}})?\s*$",
    # A compilation's ordinal standing alone between two reports: `篇二`, `【范文3】`, `第二篇：`.
    rf"【?(?:篇|范文|材料|文章)(?:{_CN_DIGITS}|{_DIGITS}){{1,3}}】?[：:]?\s*$|第(?:{_CN_DIGITS}|{_DIGITS}){{1,3}}篇[：:]?\s*$",
    # A WeChat article's furniture: `阅读原文`, `—END—`, a picture's `图片` placeholder, a `▲` caption (a
    # phrase, no sentence), the editors' line (the account's byline: POSTED_BYLINE_RE).
    r"阅读原文\s*$|图片\s*$|[-—–－~～\s]*END[-—–－~～\s]*$|[▲△][^。！？\n]*$",
    r"(?:审核|校对|排版|供稿|图文|摄影|初审|复审|终审)[:：]",
)
NOISE_LINE_RE = re.compile(r"\s*(?:" + "|".join(_NOISE_LINES) + ")", re.MULTILINE)
# Markdown a web page kept (`# 标题`, `## 一、…`, `**（一）…。** 正文`): a heading's hashes and a bold run's
# stars are page furniture, and so are the spaces after them (a run-in heading runs into its text).
MARKDOWN_RE = re.compile(r"^[ \t\u3000]*#{1,6}[ \t\u3000]+|\*\*(?P<bold>[^*\n]{1,120}?)\*\*[ \t\u3000]*", re.MULTILINE)


def has_markdown(text: str) -> bool:
    """Cheap test for MARKDOWN_RE's work: bold stars, or a hash opening the text or a line."""
    return "**" in text or text.startswith("#") or "\n#" in text


# Bullets and emoji that open a line of a pasted web article (`■ 一、…`, `● …`, `🍊 全镇…`), with the spaces
# after them: decoration, never words. `○` and `✕ ✖` (masks) are not among them. Only a line's start is
# looked at: a scan of the whole text for them would cost as much as a cleaning pass.
_BULLETS = "■□●◆◇▶►▷◎★☆※◉•▪▫➤➢√✔☑"
_EMOJI = "\U0001f000-\U0001faff\u2600-\u2604\u2607-\u2714\u2717-\u27bf\u2b50\u2b55\ufe0f"
DECORATION_RE = re.compile(f"[ \t\u3000]*[{_BULLETS}{_EMOJI}][{_BULLETS}{_EMOJI} \t\u3000]*")
_DECORATION_FIRST = frozenset(" \t\u3000" + _BULLETS + "".join(map(chr, range(0x2600, 0x27C0))) + "\u2b50\u2b55")


# Emoji of the supplementary planes inside a sentence (`突破300亿元🎉，`): pictures, never words. CJK
# extensions lie above them (U+20000…) and are kept. Searching for it is cheap (~1 ms/MB: max() of the text
# costs ten times more).
INLINE_EMOJI_RE = re.compile("[\U0001f000-\U0001faff]\ufe0f?")


def opens_with_decoration(text: str, start: int) -> bool:
    """Cheap first test: the line at `start` opens with a space, a bullet or an emoji."""
    first = text[start]
    return first in _DECORATION_FIRST or first >= "\U0001f000"


# A WeChat post's trailer: its buttons (`👍点赞　👀在看　↗️分享`) and a call to press them (`觉得有用就点个赞吧！`),
# tried only on the short lines of a text with `赞` or `在看` (cleaning._like_trailers).
LIKE_TRAILER_RE = re.compile(
    r"(?:[^\w\n]*(?:点赞|在看|分享|转发|收藏|留言)){2,}[^\w\n]*$|[^\n。]{0,20}(?:点个赞|点亮在看|点个在看|一键三连)[^\n。]{0,10}$"
)
# A WeChat account's byline ending in its posting time (`XX镇发布　2019-01-08 18:30`), tried only on a short
# line with a hyphen: at every line's start it would cost as much as all the other line patterns.
POSTED_BYLINE_RE = re.compile(
    rf"[^\n。，；]{{1,30}}[ \t\u3000]{_DIGITS}{{4}}-{_DIGITS}{{1,2}}-{_DIGITS}{{1,2}}"
    rf"(?:[ \t\u3000]+{_DIGITS}{{1,2}}:{_DIGITS}{{2}})?\s*$"
)
MAX_BYLINE = 50
# A line longer than this is report prose, never noise.
MAX_NOISE_LINE = 300


def is_noise_line(text: str, start: int, end: int) -> bool:
    """True when the line `text[start:end]` is a watermark, an ad, a byline or a page number."""
    if end - start > MAX_NOISE_LINE:
        return False
    if NOISE_LINE_RE.match(text, start, end) or NOISE_PHRASE_RE.search(text, start, end):
        return True
    byline = end - start <= MAX_BYLINE and text.find("-", start, end) != -1
    return byline and POSTED_BYLINE_RE.match(text, start, end) is not None
