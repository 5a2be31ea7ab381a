"""What the safeguards engine found, stored for the boards: obligations, breaches, notices.

``Obligation`` rows are derived: ``services.refresh_case`` rewrites a case's rows from its
timeline whenever something is recorded, and the periodic tick when a clock runs out. They exist
so a station board is one indexed query, not an evaluation of every open case.

``Breach`` rows are the record: one per case and rule, with the rule's citation and wording as
they were when the breach was found, never deleted (PostgreSQL refuses it with a trigger, see
migrations/0002), and changed only once, to add an acknowledgement with its reason.

``Notice`` rows are escalations to a named officer (in-app, and by e-mail when the officer has an
address): an obligation falling due soon, overdue, or breached.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hifazat.cases.models import Case, Contact, Event


class Status(models.TextChoices):
    MET = "met", _("Met")
    DUE = "due", _("Due")
    OVERDUE = "overdue", _("Overdue")
    BREACHED = "breached", _("Breached")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class Obligation(models.Model):
    """One rule's standing on one case, as of ``refreshed_at``. Only rules that fit the case and
    have started are stored; the case page's checklist is always evaluated afresh."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="obligations")
    rule = models.CharField(max_length=80)  # rule id in the rule book: "jjsa.s3-2.lawyer-24h"
    status = models.CharField(max_length=16, choices=Status.choices)
    reason = models.CharField(max_length=400)
    since = models.DateTimeField(null=True, blank=True)  # when the clock started
    due_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    satisfied_by = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    satisfied_by_contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    breached_by = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_late = models.BooleanField(default=False)
    corrected = models.BooleanField(default=False)
    # Escalation: the last notice sent for this obligation ("", "due_soon", "overdue"), and when
    # the tick must look at it again (the warning time, then the deadline; null: never).
    notified = models.CharField(max_length=12, blank=True)
    next_check_at = models.DateTimeField(null=True, blank=True)
    # When a refresh last wrote this row, i.e. when its standing last changed; a refresh that
    # finds it unchanged leaves it alone (one write per change, not one per row per refresh).
    refreshed_at = models.DateTimeField()

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["case", "rule"], name="one_obligation_per_rule")
        ]
        indexes: ClassVar = [
            models.Index(fields=["status", "due_at"], name="obligation_status_due"),
            models.Index(fields=["next_check_at"], name="obligation_next_check"),
        ]

    def __str__(self) -> str:
        return f"{self.rule} on case {self.case_id}: {self.status}"


class BreachesAreKept(Exception):
    """Raised on any attempt to delete a breach: a breach is acknowledged, never deleted."""

    def __init__(self) -> None:
        super().__init__("breaches are never deleted; acknowledge one with a reason")


class BreachQuerySet(models.QuerySet["Breach"]):
    def delete(self) -> tuple[int, dict[str, int]]:
        raise BreachesAreKept


class Breach(models.Model):
    """A rule broken on a case: a forbidden state, an act done in a forbidden way, or done late.

    The rule's wording, citation, kind and confidence are copied in, so the record reads the same
    after the rule book changes. Acknowledging (who, when, why) is the only change ever made."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="breaches")
    rule = models.CharField(max_length=80)
    citation = models.CharField(max_length=300)
    title_en = models.CharField(max_length=400)
    title_ur = models.CharField(max_length=400)
    rule_kind = models.CharField(max_length=16)  # law / police_order / best_practice
    confidence = models.CharField(max_length=12)  # verified / secondary / unverified
    reason = models.CharField(max_length=400)  # the engine's explanation (English)
    # The act that broke the rule (or was done too late), when it was an event or a contact.
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    occurred_at = models.DateTimeField()  # when it happened (the act, or the deadline missed)
    recorded_at = models.DateTimeField()
    # Whose write revealed it (null when found by the tick).
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledgement = models.TextField(blank=True)

    objects = BreachQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "breaches"
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["case", "rule"], name="one_breach_per_rule")
        ]
        indexes: ClassVar = [
            models.Index(fields=["acknowledged_at", "-occurred_at"], name="breach_open_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.rule} breached on case {self.case_id}"

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise BreachesAreKept

    def title(self, language: str = "en") -> str:
        return self.title_ur if language == "ur" and self.title_ur else self.title_en


class Notice(models.Model):
    """An escalation to one officer: something on a case in their area needs their attention."""

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("Due soon")
        OVERDUE = "overdue", _("Overdue")
        BREACH = "breach", _("Breach")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="safeguard_notices"
    )
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    rule = models.CharField(max_length=80)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    due_at = models.DateTimeField(null=True, blank=True)
    breach = models.ForeignKey(
        Breach, null=True, blank=True, on_delete=models.PROTECT, related_name="notices"
    )
    created_at = models.DateTimeField()
    read_at = models.DateTimeField(null=True, blank=True)
    emailed = models.BooleanField(default=False)

    class Meta:
        indexes: ClassVar = [
            models.Index(fields=["recipient", "read_at", "-created_at"], name="notice_inbox"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} notice for {self.recipient_id}: {self.rule}"
