"""Media releases and the guard's record of each check.

A release moves draft → checked → approved (media officer and commanding officer, in either
order) → published, or stops at blocked until a supervisor decides. Its title and text may name
a child before the guard has run, so they are sealed in the identity vault like any other
identity (``content_enc``); so are the text each check saw, its redacted version and the photos.
Only the published text — by then redacted and approved — is kept in plain form.
"""

from __future__ import annotations

import uuid
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hifazat.accounts.models import OrgUnit


class Release(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        CHECKED = "checked", _("Checked")
        APPROVED = "approved", _("Approved")
        PUBLISHED = "published", _("Published")
        BLOCKED = "blocked", _("Blocked")

    class Language(models.TextChoices):
        AUTO = "auto", _("Mixed, or not sure")
        EN = "en", _("English")
        UR = "ur", _("Urdu")

    ref = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Vault token of {"title": ..., "text": ...}; context "release:<ref>".
    content_enc = models.TextField()
    key_id = models.CharField(max_length=16)
    language = models.CharField(max_length=4, choices=Language.choices, default=Language.AUTO)
    unit = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")
    # Copy of unit.path: "releases in my area" is one indexed prefix query.
    unit_path = models.CharField(max_length=200, db_index=True)
    # The district whose case register the guard consults for known identities.
    district = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    # Goes up with every change to what would be published (text, language, photos).
    version = models.PositiveIntegerField(default=1)
    # The check of the current version; None once anything it looked at has changed.
    current_check = models.ForeignKey(
        "GuardCheck", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return f"release {self.pk} ({self.status})"


class GuardCheck(models.Model):
    """One run of the publication guard over one version of a release."""

    class Verdict(models.TextChoices):
        CLEAN = "clean", _("Clean")
        REDACTED = "redacted", _("Redacted")
        BLOCKED = "blocked", _("Blocked")

    ref = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    release = models.ForeignKey(Release, on_delete=models.PROTECT, related_name="checks")
    version = models.PositiveIntegerField()
    # The exact text the guard saw and the engine's redacted version (vault tokens; context
    # "release-check:<ref>:text" / ":redacted").
    text_enc = models.TextField()
    redacted_enc = models.TextField()
    verdict = models.CharField(max_length=10, choices=Verdict.choices)
    # Why the engine blocked, as it said it (category and cue words, never the text itself).
    reasons = models.JSONField(default=list, blank=True)
    # Blocks that belong to no single finding ("too many uncertain findings"): one supervisor
    # decision for the whole check clears them.
    text_blocks = models.JSONField(default=list, blank=True)
    attachments = models.PositiveSmallIntegerField(default=0)
    engine_version = models.CharField(max_length=80)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    checked_at = models.DateTimeField()

    class Meta:
        ordering: ClassVar = ["-checked_at", "-id"]

    def __str__(self) -> str:
        return f"check {self.pk} ({self.verdict})"


class Finding(models.Model):
    """A span of the checked text (Python str offsets, end exclusive) that could identify."""

    check_run = models.ForeignKey(GuardCheck, on_delete=models.CASCADE, related_name="findings")
    number = models.PositiveSmallIntegerField()  # 1, 2, ... in text order, as shown on screen
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    category = models.CharField(max_length=20)
    detector = models.CharField(max_length=80)
    confidence = models.FloatField()
    reason = models.CharField(max_length=300)
    role = models.CharField(max_length=20, blank=True)
    # Replaced in the redacted text (an age in years stays; a photo mention blocks instead).
    applied = models.BooleanField()
    placeholder = models.CharField(max_length=40, blank=True)
    # Photo/video or singling out: cannot be redacted, a supervisor must decide.
    blocking = models.BooleanField(default=False)

    class Meta:
        ordering: ClassVar = ["check_run", "number"]
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["check_run", "number"], name="finding_number_unique")
        ]

    def __str__(self) -> str:
        return f"finding {self.number} ({self.category})"


class Attachment(models.Model):
    """A photo sent with a release, re-encoded without EXIF/GPS and sealed in the vault.

    Every photo blocks the release until a supervisor decides: the guard cannot tell whether a
    photo shows a child.
    """

    ref = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    release = models.ForeignKey(Release, on_delete=models.PROTECT, related_name="attachments")
    # Vault tokens (context "release-photo:<ref>" / ":thumb") of the cleaned image and a small
    # preview for the page. The uploaded file's name is not kept: it may name the child.
    image_enc = models.TextField()
    thumb_enc = models.TextField()
    key_id = models.CharField(max_length=16)
    image_format = models.CharField(max_length=8)  # "JPEG" or "PNG"
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    size = models.PositiveIntegerField()  # bytes after cleaning
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField()
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["added_at", "id"]

    def __str__(self) -> str:
        return f"attachment {self.pk}"


class Override(models.Model):
    """A supervisor's recorded decision about one thing a check flagged.

    ``keep``: publish this finding's words as written. ``unblock``: this block may go out — a
    blocking finding, a photo (``attachment``), or, with neither, the check's text-wide blocks.
    """

    class Kind(models.TextChoices):
        KEEP = "keep", _("Keep as written")
        UNBLOCK = "unblock", _("Allow")

    check_run = models.ForeignKey(GuardCheck, on_delete=models.PROTECT, related_name="overrides")
    finding = models.ForeignKey(
        Finding, null=True, blank=True, on_delete=models.PROTECT, related_name="overrides"
    )
    attachment = models.ForeignKey(
        Attachment, null=True, blank=True, on_delete=models.PROTECT, related_name="overrides"
    )
    kind = models.CharField(max_length=8, choices=Kind.choices)
    reason = models.TextField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField()

    class Meta:
        ordering: ClassVar = ["at", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["finding"], condition=Q(finding__isnull=False), name="override_finding_once"
            ),
            models.UniqueConstraint(
                fields=["check_run", "attachment"],
                condition=Q(attachment__isnull=False),
                name="override_attachment_once",
            ),
            models.UniqueConstraint(
                fields=["check_run"],
                condition=Q(finding__isnull=True, attachment__isnull=True),
                name="override_text_blocks_once",
            ),
            models.CheckConstraint(
                condition=~Q(finding__isnull=False, attachment__isnull=False),
                name="override_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"override {self.pk} ({self.kind})"


class Approval(models.Model):
    """A media officer's or commanding officer's approval of one check of a release.

    Approvals are never deleted: a change to the release withdraws them (``withdrawn_at``).
    """

    class As(models.TextChoices):
        MEDIA = "media", _("Media officer")
        COMMAND = "command", _("Commanding officer")

    class Withdrawn(models.TextChoices):
        EDITED = "edited", _("the text changed")
        PHOTO_ADDED = "photo_added", _("a photo was added")
        PHOTO_REMOVED = "photo_removed", _("a photo was removed")
        OVERRIDE = "override", _("a supervisor kept words the guard had removed")
        RECHECKED = "rechecked", _("the text was checked again")

    release = models.ForeignKey(Release, on_delete=models.PROTECT, related_name="approvals")
    check_run = models.ForeignKey(GuardCheck, on_delete=models.PROTECT, related_name="approvals")
    approved_as = models.CharField(max_length=8, choices=As.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # The approver's role and unit at the time, as the record should read years later.
    role_code = models.CharField(max_length=48)
    role_name = models.CharField(max_length=120)
    at = models.DateTimeField()
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_because = models.CharField(max_length=20, choices=Withdrawn.choices, blank=True)

    class Meta:
        ordering: ClassVar = ["at", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["release", "approved_as"],
                condition=Q(withdrawn_at__isnull=True),
                name="approval_one_current_per_kind",
            )
        ]

    def __str__(self) -> str:
        return f"approval {self.pk} ({self.approved_as})"


class Publication(models.Model):
    """The published record: the final text exactly as it went out, and who let it go."""

    release = models.OneToOneField(Release, on_delete=models.PROTECT, related_name="publication")
    check_run = models.ForeignKey(GuardCheck, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    media_approval = models.ForeignKey(Approval, on_delete=models.PROTECT, related_name="+")
    command_approval = models.ForeignKey(Approval, on_delete=models.PROTECT, related_name="+")
    attachments = models.ManyToManyField(Attachment, blank=True, related_name="+")
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    published_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"publication of release {self.release_id}"
