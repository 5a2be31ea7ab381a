"""The rule book: the validated rules, the rules waiting for event kinds, and the checklists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .model import PendingRule, Rule, Section, Step
from .vocab import CONTACT_KINDS, CONTACT_PREFIX


class RuleBook:
    """Immutable once loaded. ``evaluate`` compiles it on first use and keeps the compiled form
    (and a cache of which rules fit which kind of case) on the book, so pass the same book to
    every call instead of reloading it."""

    __slots__ = (
        "_by_id",
        "_compiled",
        "files",
        "instruments",
        "notes",
        "pending",
        "rules",
        "sections",
    )

    def __init__(
        self,
        rules: Iterable[Rule],
        *,
        pending: Iterable[PendingRule] = (),
        sections: Iterable[Section] = (),
        files: Iterable[str] = (),
        notes: Iterable[str] = (),
        instruments: dict[str, str] | None = None,
    ) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        self.pending: tuple[PendingRule, ...] = tuple(pending)
        self.sections: tuple[Section, ...] = tuple(sections)
        self.files: tuple[str, ...] = tuple(files)
        self.notes: tuple[str, ...] = tuple(notes)
        # Rule file stem -> the instrument's title ("jjsa_2018" -> "Juvenile Justice System Act…").
        self.instruments: dict[str, str] = dict(instruments or {})
        self._by_id = {r.id: r for r in self.rules}
        self._compiled: object | None = None

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __getitem__(self, rule_id: str) -> Rule:
        return self._by_id[rule_id]

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._by_id

    def __repr__(self) -> str:
        return f"<RuleBook {len(self.rules)} rules, {len(self.pending)} pending>"

    @property
    def steps(self) -> dict[str, Step]:
        return {step.id: step for section in self.sections for step in section.steps}

    def only(self, rule_ids: Iterable[str]) -> RuleBook:
        """A smaller book with just these rules (same checklists): for tests and what-ifs."""
        wanted = set(rule_ids)
        missing = wanted - set(self._by_id)
        if missing:
            raise KeyError(f"no such rules: {', '.join(sorted(missing))}")
        return RuleBook(
            (r for r in self.rules if r.id in wanted),
            sections=self.sections,
            files=self.files,
            instruments=self.instruments,
        )

    def select(self, *, province: str | None = None, contact: str | None = None) -> list[Rule]:
        """Rules for the rule-book page: those that can apply in ``province``, and to ``contact``
        (a checklist code or slug such as "D" / "missing", or a ContactKind such as "arrest")."""
        out = []
        for rule in self.rules:
            if province and rule.applies.provinces and province not in rule.applies.provinces:
                continue
            if contact and not self._about(rule, contact):
                continue
            out.append(rule)
        return out

    def section(self, code_or_slug: str) -> Section | None:
        for section in self.sections:
            if code_or_slug in (section.code, section.slug):
                return section
        return None

    def _about(self, rule: Rule, contact: str) -> bool:
        section = self.section(contact)
        if section is not None:
            return any(step.split(".", 1)[0] == section.code for step in rule.steps)
        if contact not in CONTACT_KINDS:
            return False
        named = {*rule.trigger, *rule.applies.when_recorded}
        if CONTACT_PREFIX + contact in named:
            return True
        # Otherwise: a rule belongs to a contact kind through the checklists it sits on.
        codes = {s.code for s in self.sections if contact in s.contact_kinds}
        return any(step.split(".", 1)[0] in codes for step in rule.steps)
