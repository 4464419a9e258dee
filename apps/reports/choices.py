"""Database choices; their values are the extraction vocabularies (apps/extraction/vocabulary.py)."""

from django.db import models


class Period(models.TextChoices):
    ANNUAL = "annual", "annual (全年)"
    HALF_YEAR = "half_year", "half year (半年)"
    MULTI_YEAR = "multi_year", "multi-year (多年)"


class ReportType(models.TextChoices):
    WORK_SUMMARY = "work_summary", "work summary (工作总结)"
    HALF_YEAR_SUMMARY = "half_year_summary", "half-year summary (半年工作总结)"
    DUTY_REPORT = "duty_report", "duty report (述职报告)"
    DUTY_INTEGRITY_REPORT = "duty_integrity_report", "duty and integrity report (述职述廉报告)"
    OTHER = "other", "other"


class OrgLevel(models.TextChoices):
    PROVINCE = "province", "province (省)"
    CITY = "city", "city (市)"
    DISTRICT = "district", "district (区)"
    COUNTY = "county", "county (县)"
    TOWN = "town", "town (镇/乡/街道)"
    DEPARTMENT = "department", "department (部门)"
    UNKNOWN = "unknown", "unknown"


class Speaker(models.TextChoices):
    COLLECTIVE = "collective", "collective team (领导班子)"
    INDIVIDUAL = "individual", "individual leader (本人)"


class SectionKind(models.TextChoices):
    PREAMBLE = "preamble", "preamble"
    ACHIEVEMENT = "achievement", "achievement"
    SELF_CRITICISM = "self_criticism", "self-criticism"
    PLAN = "plan", "plan"
    CLOSING = "closing", "closing"


class Theme(models.TextChoices):
    PARTY_BUILDING = "party_building", "party building (党的建设)"
    THEORY_STUDY = "theory_study", "theory study (理论学习)"
    IDEOLOGY = "ideology", "ideology (意识形态)"
    ECONOMY = "economy", "economy and projects (经济与项目)"
    INNOVATION = "innovation", "innovation (创新)"
    URBAN_RURAL = "urban_rural", "urban and rural construction (城乡建设)"
    ECOLOGY = "ecology", "ecology (生态环保)"
    LIVELIHOOD = "livelihood", "livelihood (民生)"
    SOCIAL_GOVERNANCE = "social_governance", "social governance and stability (社会治理)"
    WORK_SAFETY = "work_safety", "work safety (安全生产)"
    RULE_OF_LAW = "rule_of_law", "rule of law (法治)"
    INTEGRITY = "integrity", "integrity and discipline (廉政纪律)"
    WORK_STYLE = "work_style", "work style (作风)"
    OTHER = "other", "other"


class CriticismCategory(models.TextChoices):
    ECONOMY = "economy", "economic size and structure"
    PROJECTS = "projects", "projects and drivers"
    LIVELIHOOD = "livelihood", "livelihood"
    URBAN_MANAGEMENT = "urban_management", "urban management"
    STUDY = "study", "study depth"
    WORK_STYLE = "work_style", "work style and capability"
    DISCIPLINE = "discipline", "discipline"
    FUNDING = "funding", "funding"
    LAND_RESOURCES = "land_resources", "land and resource constraints"
    OTHER = "other", "other"


class MetricKind(models.TextChoices):
    AMOUNT = "amount", "amount"
    COUNT = "count", "count"
    GROWTH = "growth", "growth"
    SHARE = "share", "share"
    RANK = "rank", "rank"
