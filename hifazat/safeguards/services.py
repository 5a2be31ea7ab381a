"""Writes of the safeguards app.

``refresh_case`` runs at the end of every write to a case (cases/services.py), in the same
transaction, and from the periodic ``hifazat safeguards tick``: it evaluates the case's timeline
with the pure engine, rewrites the case's stored obligations, records each new breach at once (with
the rule's wording and citation, and an audit event), and escalates to the officers named by each
rule's ``escalate_to``: in-app notices, and e-mail through Django's mail backend after commit.

Escalation, per obligation:
- *due soon*: when a quarter of its time limit is left (at most 6 hours before the deadline), to
  the first role the rule names (the one who must act, usually the SHO);
- *overdue*: when the deadline passes with nothing recorded, to every role the rule names;
- *breach*: when a breach is recorded, to every role the rule names.
Officers are found by role and org unit: the station's roles at the case's station, district roles
(SDPO, DPO, SP) in the case's district, and so on up the case's unit path.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mass_mail
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, User
from hifazat.audit.services import record_event
from hifazat.cases.models import Case
from hifazat.safeguards.engine import EventDuty, Obligation, Rule, RuleBook, Timeline, evaluate
from hifazat.safeguards.models import Breach, Notice
from hifazat.safeguards.models import Obligation as StoredObligation
from hifazat.safeguards.rulebook import rule_book
from hifazat.safeguards.selectors import STORED_COLUMNS, CaseRow, read_for_refresh

log = logging.getLogger(__name__)

DUE_SOON_MAX = dt.timedelta(hours=6)
MIN_REASON = 10


@dataclass
class Refresh:
    """What one refresh did: for the caller's message, the tick's progress and the tests."""

    case_id: int
    obligations: int = 0  # rows stored for the case
    overdue: int = 0  # obligations that turned overdue in this refresh
    breaches: list[Breach] = field(default_factory=list)  # breaches recorded in this refresh
    notices: int = 0


def warn_at(rule: Rule, due_at: dt.datetime | None) -> dt.datetime | None:
    """When to warn that a deadline is near: with a quarter of the limit left, at most 6 h."""
    if due_at is None:
        return None
    req = rule.requirement
    limit = rule.within
    if limit is None and isinstance(req, EventDuty):
        limit = req.every
    if not limit:
        return due_at
    return due_at - min(limit / 4, DUE_SOON_MAX)


def refresh_case(
    case: Case | int,
    *,
    actor: User | None = None,
    now: dt.datetime | None = None,
    book: RuleBook | None = None,
) -> Refresh:
    """Re-evaluate one case and store the result; record new breaches; escalate.

    Bounded queries whatever the timeline's length: the case (locked, so two refreshes of one
    case queue), its offences, accused, events, contacts and stored obligations, in one round trip
    on PostgreSQL (``selectors.read_for_refresh``); then only what changed (one upsert, and a
    delete of rules that no longer fit); breaches, officers and notices only when something new
    happened.
    """
    now = now or timezone.now()
    book = book or rule_book()
    case_id = case if isinstance(case, int) else case.pk
    # No savepoint: inside a write to the case, a failure here fails that whole write.
    with transaction.atomic(savepoint=False):
        row, timeline, stored_rows, known = read_for_refresh(case_id, now=now)
        result = Refresh(case_id=case_id)
        obligations = [
            ob
            for ob in evaluate(timeline, book, now)
            if ob.in_scope and ob.status != "not_applicable"
        ]
        stored = {r[1]: r for r in stored_rows}
        was_breached = {rule for rule, r in stored.items() if r[2] == "breached"}
        changed: list[tuple[str, tuple[Any, ...]]] = []  # (rule id, values)
        warnings: list[tuple[Obligation, str]] = []  # (obligation, notice kind)
        for ob in obligations:
            old = stored.pop(ob.rule.id, None)
            values, notice = _values(ob, old, now)
            if notice:
                warnings.append((ob, notice))
                if notice == Notice.Kind.OVERDUE:
                    result.overdue += 1
            if old is not None and old[2:] == values:
                continue  # unchanged rows are not rewritten: refreshed_at is when a row changed
            changed.append((ob.rule.id, values))
        if changed:
            _upsert(case_id, changed, now)
        if stored:  # rules that no longer apply (a correction, a changed offence)
            StoredObligation.objects.filter(pk__in=[r[0] for r in stored.values()]).delete()
        result.obligations = len(obligations)
        # A rule breached for the first time in this refresh (a stored "breached" row means its
        # breach was recorded when the row was written, in the same transaction). A breach
        # already recorded stays as it is (acknowledged or not); none is ever removed, even if a
        # later correction shows the entry was mistyped.
        breached = [
            ob
            for ob in obligations
            if ob.status == "breached"
            and ob.rule.id not in was_breached
            and ob.rule.id not in known
        ]
        if breached:
            result.breaches = _record_breaches(row, breached, timeline, actor, now)
        if warnings or result.breaches:
            result.notices = _escalate(row, warnings, result.breaches, now)
    return result


# What ``_values`` returns, in order: the stored columns after id and rule.
_STORED = STORED_COLUMNS[2:]
_UPSERT_COLUMNS = ("case_id", "rule", *_STORED, "refreshed_at")
_DATETIMES = frozenset(
    f.column
    for f in StoredObligation._meta.concrete_fields
    if f.get_internal_type() == "DateTimeField"
)
_UPSERT_BATCH = 50  # rows per statement (16 parameters each: within SQLite's limit)
_UPSERT_SQL = (
    f"INSERT INTO safeguards_obligation ({', '.join(_UPSERT_COLUMNS)}) VALUES {{rows}}"  # noqa: S608
    " ON CONFLICT (case_id, rule) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _UPSERT_COLUMNS[2:])
)


def _upsert(case_id: int, rows: list[tuple[str, tuple[Any, ...]]], now: dt.datetime) -> None:
    """Insert, or rewrite, the case's changed obligations (the key is case and rule), stamped
    ``refreshed_at = now``. Hand-written, like the reads: the same statement on SQLite and
    PostgreSQL, without building model instances for bulk_create."""
    adapt = connection.ops.adapt_datetimefield_value  # SQLite stores naive UTC text
    stamp = adapt(now)
    dates = [i for i, name in enumerate(_STORED) if name in _DATETIMES]
    row_sql = "(" + ", ".join(["%s"] * len(_UPSERT_COLUMNS)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), _UPSERT_BATCH):
            batch = rows[start : start + _UPSERT_BATCH]
            params: list[Any] = []
            for rule_id, values in batch:
                row = list(values)
                for i in dates:
                    row[i] = adapt(row[i])
                params += (case_id, rule_id, *row, stamp)
            cursor.execute(_UPSERT_SQL.format(rows=", ".join([row_sql] * len(batch))), params)


def _values(
    ob: Obligation, old: tuple[Any, ...] | None, now: dt.datetime
) -> tuple[tuple[Any, ...], str]:
    """The stored values of ``ob`` (in ``_STORED`` order), and the notice it calls for now ("" for
    none). ``old`` is the stored row, if any (``STORED_COLUMNS``)."""
    notified: str = old[12] if old is not None else ""
    old_due = old[5] if old is not None else None
    notice = ""
    check: dt.datetime | None = None
    if ob.status == "overdue":
        if notified != Notice.Kind.OVERDUE:
            notice = notified = Notice.Kind.OVERDUE
    elif ob.status == "due" and ob.due_at is not None:
        warn = warn_at(ob.rule, ob.due_at)
        if notified == Notice.Kind.OVERDUE or (old is not None and old_due != ob.due_at):
            notified = ""  # a new deadline (a repeating duty's next day): warn again
        if not notified and warn is not None and warn <= now:
            notice = notified = Notice.Kind.DUE_SOON
        check = warn if (not notified and warn is not None) else ob.due_at
    elif ob.status == "met":
        notified = ""
    satisfied = ob.satisfied_by
    return (
        (
            ob.status,
            ob.reason[:400],
            ob.since,
            ob.due_at,
            ob.done_at,
            satisfied,
            ob.contact_id if satisfied is None else None,
            ob.breached_by,
            ob.recorded_late,
            ob.corrected,
            notified,
            check,
        ),
        notice,
    )


def _record_breaches(
    case: CaseRow,
    breached: list[Obligation],
    timeline: Timeline,
    actor: User | None,
    now: dt.datetime,
) -> list[Breach]:
    """A Breach row for each rule breached for the first time on this case, and its audit event."""
    when = {e.id: e.at for e in timeline.events}
    contact_when = {c.id: c.at for c in timeline.contacts}
    created = []
    for ob in breached:
        rule = ob.rule
        event = ob.breached_by or ob.satisfied_by
        occurred = (when.get(event) if event is not None else None) or contact_when.get(
            ob.contact_id or 0
        )
        created.append(
            Breach(
                case_id=case.pk,
                rule=rule.id,
                citation=rule.citation[:300],
                title_en=rule.title_en[:400],
                title_ur=rule.title_ur[:400],
                rule_kind=rule.kind,
                confidence=rule.confidence,
                reason=ob.reason[:400],
                event_id=event,
                contact_id=ob.contact_id if event is None else None,
                occurred_at=occurred or ob.done_at or ob.due_at or now,
                recorded_at=now,
                recorded_by=actor,
            )
        )
    station = OrgUnit.objects.get(pk=case.station_id)
    for breach in created:
        breach.save()
        record_event(
            actor=actor,
            actor_label=None if actor is not None else "safeguards",
            action="safeguards.breach_recorded",
            subject_type="cases.case",
            subject_id=case.pk,
            org_unit=station,
            details={
                "breach": breach.pk,
                "rule": breach.rule,
                "event": breach.event_id,
                "contact": breach.contact_id,
            },
        )
    return created


def _ancestor_paths(unit_path: str) -> list[str]:
    parts = [p for p in unit_path.split("/") if p]
    return ["/".join(parts[: i + 1]) + "/" for i in range(len(parts))]


def _escalate(
    case: CaseRow,
    warnings: Sequence[tuple[Obligation, str]],
    breaches: Sequence[Breach],
    now: dt.datetime,
) -> int:
    """Notices for the officers each rule names; one e-mail per officer, sent after commit."""
    book = rule_book()
    # (kind, rule id, roles to tell, deadline, breach)
    wanted: list[tuple[str, str, tuple[str, ...], dt.datetime | None, Breach | None]] = []
    for ob, kind in warnings:
        roles = ob.rule.escalate_to[:1] if kind == Notice.Kind.DUE_SOON else ob.rule.escalate_to
        wanted.append((kind, ob.rule.id, roles, ob.due_at, None))
    for breach in breaches:
        known = _rule(book, breach.rule)
        roles = known.escalate_to if known is not None else ()
        wanted.append((Notice.Kind.BREACH, breach.rule, roles, None, breach))
    all_roles = {r for _k, _r, roles, _d, _b in wanted for r in roles}
    if not all_roles:
        return 0
    officers: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for pk, email, role in User.objects.filter(
        is_active=True,
        role__code__in=all_roles,
        org_unit__path__in=_ancestor_paths(case.unit_path),
    ).values_list("pk", "email", "role__code"):
        officers[role].append((pk, email))
    notices = [
        Notice(
            recipient_id=pk,
            case_id=case.pk,
            rule=rule_id,
            kind=kind,
            due_at=due,
            breach=breach,
            created_at=now,
        )
        for kind, rule_id, roles, due, breach in wanted
        for role in roles
        for pk, _email in officers.get(role, ())
    ]
    if not notices:
        return 0
    Notice.objects.bulk_create(notices)
    emails = {pk: email for people in officers.values() for pk, email in people if email}
    mailed = [n for n in notices if n.recipient_id in emails]
    if mailed:
        transaction.on_commit(lambda: _send_mail(case.code, mailed, emails))
    return len(notices)


def _rule(book: RuleBook, rule_id: str) -> Rule | None:
    try:
        return book[rule_id]
    except KeyError:  # a rule removed from the book since the notice was made
        return None


_KIND_WORDS: dict[str, str] = {
    "due_soon": "Due soon",
    "overdue": "Overdue",
    "breach": "Breach recorded",
}


def _send_mail(case_code: str, notices: Iterable[Notice], emails: dict[int, str]) -> None:
    """One message per officer. It holds the case code and the rules' titles, nothing about the
    child: the details are in Hifazat, behind sign-in."""
    book = rule_book()
    by_officer: dict[int, list[Notice]] = defaultdict(list)
    for n in notices:
        by_officer[n.recipient_id].append(n)
    messages = []
    for pk, mine in by_officer.items():
        lines = []
        for n in mine:
            rule = _rule(book, n.rule)
            title = rule.title_en if rule else n.rule
            lines.append(f"- {_KIND_WORDS.get(n.kind, n.kind)}: {title}")
            if rule and rule.title_ur:
                lines.append(f"  {rule.title_ur}")
        body = (
            f"Case {case_code}\n\n"
            + "\n".join(lines)
            + "\n\nSign in to Hifazat and open Notices for the case and what to do next.\n"
        )
        subject = f"Hifazat: {len(mine)} safeguards notice(s), case {case_code}"
        messages.append((subject, body, settings.DEFAULT_FROM_EMAIL, [emails[pk]]))
    try:
        send_mass_mail(tuple(messages), fail_silently=False)
    except Exception:  # the notices are in the app either way; the mail can be resent
        log.exception("safeguards: sending %d notice e-mail(s) failed", len(messages))
        return
    Notice.objects.filter(pk__in=[n.pk for n in notices if n.pk is not None]).update(emailed=True)


# ---- Acknowledging a breach, reading a notice --------------------------------------------------


@transaction.atomic
def acknowledge_breach(*, actor: User, breach: Breach, reason: str) -> Breach:
    """A supervisor acknowledges a breach with a reason. The breach stays on record; this is the
    only change ever made to it, and only once."""
    access.require(actor, "safeguards.acknowledge")
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise ValidationError(
            {
                "reason": _(
                    "Say what was done about it or why it happened (at least %(n)d characters)."
                )
                % {"n": MIN_REASON}
            }
        )
    locked = Breach.objects.select_for_update().select_related("case").get(pk=breach.pk)
    if not access.in_scope(actor, locked.case.station):
        raise PermissionDenied("not in scope")
    if locked.acknowledged_at is not None:
        raise ValidationError({"reason": _("This breach was already acknowledged.")})
    now = timezone.now()
    Breach.objects.filter(pk=locked.pk, acknowledged_at__isnull=True).update(
        acknowledged_by=actor, acknowledged_at=now, acknowledgement=reason[:1000]
    )
    locked.refresh_from_db()
    record_event(
        actor=actor,
        action="safeguards.breach_acknowledged",
        subject=locked.case,
        org_unit=locked.case.station,
        reason=reason[:1000],
        details={"breach": locked.pk, "rule": locked.rule},
    )
    return locked


@transaction.atomic
def mark_notices_read(*, actor: User, notice_ids: Iterable[int] | None = None) -> int:
    """Mark the actor's own notices read (all unread ones when ``notice_ids`` is None)."""
    qs = Notice.objects.filter(recipient=actor, read_at__isnull=True)
    if notice_ids is not None:
        qs = qs.filter(pk__in=list(notice_ids))
    ids = list(qs.values_list("pk", flat=True))
    if not ids:
        return 0
    Notice.objects.filter(pk__in=ids).update(read_at=timezone.now())
    record_event(
        actor=actor,
        action="safeguards.notices_read",
        details={"notices": ids[:50], "count": len(ids)},
    )
    return len(ids)


# ---- The tick -----------------------------------------------------------------------------------


def cases_to_tick(*, now: dt.datetime, after: int = 0, limit: int = 200) -> list[int]:
    """Open cases with an obligation whose clock needs looking at by ``now`` (a warning is due or
    a deadline has passed), in id order after ``after``: one batch."""
    return list(
        StoredObligation.objects.filter(
            next_check_at__lte=now, case__status=Case.Status.OPEN, case_id__gt=after
        )
        .order_by("case_id")
        .values_list("case_id", flat=True)
        .distinct()[:limit]
    )


def open_cases(*, after: int = 0, limit: int = 200) -> list[int]:
    return list(
        Case.objects.filter(status=Case.Status.OPEN, pk__gt=after)
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
