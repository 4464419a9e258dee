"""The closed vocabularies the extraction emits; the database choices mirror them word for word."""

from enum import StrEnum


class Period(StrEnum):
    ANNUAL = "annual"
    HALF_YEAR = "half_year"
    MULTI_YEAR = "multi_year"


class ReportType(StrEnum):
    WORK_SUMMARY = "work_summary"
    HALF_YEAR_SUMMARY = "half_year_summary"
    DUTY_REPORT = "duty_report"
    DUTY_INTEGRITY_REPORT = "duty_integrity_report"
    OTHER = "other"


class OrgLevel(StrEnum):
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    COUNTY = "county"
    TOWN = "town"
    DEPARTMENT = "department"
    UNKNOWN = "unknown"


class Speaker(StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"


class SectionKind(StrEnum):
    PREAMBLE = "preamble"
    ACHIEVEMENT = "achievement"
    SELF_CRITICISM = "self_criticism"
    PLAN = "plan"
    CLOSING = "closing"


class Theme(StrEnum):
    """Section themes (DOMAIN.md, 'Dimensions worth filtering on'); also the category of a plan item."""

    PARTY_BUILDING = "party_building"
    THEORY_STUDY = "theory_study"
    IDEOLOGY = "ideology"
    ECONOMY = "economy"
    INNOVATION = "innovation"
    URBAN_RURAL = "urban_rural"
    ECOLOGY = "ecology"
    LIVELIHOOD = "livelihood"
    SOCIAL_GOVERNANCE = "social_governance"
    WORK_SAFETY = "work_safety"
    RULE_OF_LAW = "rule_of_law"
    INTEGRITY = "integrity"
    WORK_STYLE = "work_style"
    OTHER = "other"


class CriticismCategory(StrEnum):
    ECONOMY = "economy"  # economic size / structure
    PROJECTS = "projects"  # projects and growth drivers
    LIVELIHOOD = "livelihood"
    URBAN_MANAGEMENT = "urban_management"
    STUDY = "study"  # depth of theory study
    WORK_STYLE = "work_style"  # work style and capability
    DISCIPLINE = "discipline"
    FUNDING = "funding"
    LAND_RESOURCES = "land_resources"  # land and resource constraints
    OTHER = "other"


class MetricKind(StrEnum):
    AMOUNT = "amount"
    COUNT = "count"
    GROWTH = "growth"
    SHARE = "share"
    RANK = "rank"
