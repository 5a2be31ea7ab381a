"""The safeguards engine: statutory clocks, checklists and breaches, in pure Python.

No Django and no app code except ``hifazat.cases.timeline`` (the event kinds, itself pure): the
engine takes plain dataclasses and returns plain dataclasses, so it runs in tests without a
database, from the command line (``hifazat rules explain CASE.json``) and inside the app.

    book = load_rules()                       # once, at start-up; raises RuleError
    obligations = evaluate(timeline, book, now)
    items = checklist(timeline, book, now)
"""

from .book import RuleBook
from .durations import format_duration, parse_duration
from .evaluate import checklist, evaluate
from .loader import RuleError, RuleProblem, default_rule_files, load_rules
from .model import (
    CONFIDENCES,
    RULE_KINDS,
    STATUSES,
    AllOf,
    AnyOf,
    Applicability,
    Ban,
    CaseFacts,
    ChecklistItem,
    Condition,
    Confidence,
    ContactFact,
    EventDuty,
    EventMatch,
    ItemStatus,
    Not,
    Obligation,
    Offence,
    OffenceFilter,
    PendingRule,
    Predicate,
    Requirement,
    Rule,
    RuleKind,
    Section,
    Status,
    Step,
    Test,
    Timeline,
    TimelineEvent,
)

__all__ = [
    "CONFIDENCES",
    "RULE_KINDS",
    "STATUSES",
    "AllOf",
    "AnyOf",
    "Applicability",
    "Ban",
    "CaseFacts",
    "ChecklistItem",
    "Condition",
    "Confidence",
    "ContactFact",
    "EventDuty",
    "EventMatch",
    "ItemStatus",
    "Not",
    "Obligation",
    "Offence",
    "OffenceFilter",
    "PendingRule",
    "Predicate",
    "Requirement",
    "Rule",
    "RuleBook",
    "RuleError",
    "RuleKind",
    "RuleProblem",
    "Section",
    "Status",
    "Step",
    "Test",
    "Timeline",
    "TimelineEvent",
    "checklist",
    "default_rule_files",
    "evaluate",
    "format_duration",
    "load_rules",
    "parse_duration",
]
