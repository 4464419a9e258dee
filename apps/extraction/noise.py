"""Web noise of published report copies: watermark and ad lines, paywall markers, invisible characters."""

from __future__ import annotations

import re

# `##paidbegin##` / `##paidend##` paywall markers, also found inside a word (`不讲##paidbegin##规矩`).
PAID_MARKER_RE = re.compile(r"#{2}\s*paid\s*(?:begin|end)\s*#{2}", re.IGNORECASE)
# Byte-order marks and zero-width characters some sites insert to defeat copying.
INVISIBLE_CHARS = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}]+")

# Phrases that only occur in watermarks, ads and site furniture, never in a report's own prose.
_NOISE_PHRASES = (
    r"本文系.{0,8}投稿",
    r"仅供(?:学习|交流)?参考",
    r"请勿(?:照搬|抄袭|转载|直接使用)",
    r"【[^】\n]{0,12}(?:素材库|代笔|文库|范文|资料库|公文网|写作)[^】\n]{0,12}】",
    r"欢迎(?:加入|关注|订阅)",
    r"(?:会员群|网盘群|svip|vip会员)",
    r"(?:添加|联系)(?:客服|微信|小编)",
    r"(?:扫码|长按|扫描二维码)(?:关注|识别|添加|下载)",
    r"(?:关注|搜索)(?:微信)?公众号",
    r"版权(?:归[^\n，。]{0,20})?所有",
    r"转载请注明",
    r"(?:更多|海量)(?:精彩|范文|材料|素材)[^\n]{0,10}(?:请|尽在|关注|访问)",
    r"(?:点击|免费)(?:下载|阅读原文)",
)
# Searched within one line at a time; a line longer than MAX_NOISE_LINE is report prose, never noise.
NOISE_LINE_RE = re.compile("|".join(_NOISE_PHRASES), re.IGNORECASE)
MAX_NOISE_LINE = 300
