"""Writes for media releases. Each is one transaction with one audit event; none ever puts a
release's words (or any name) into the audit trail — only ids, counts and categories.

The rules, in one place:
- any change to what would go out (text, language, unit, photos) withdraws the check and every
  approval, and the release is a draft again;
- a check blocks while a blocking finding, a photo or a text-wide block has no supervisor
  decision; photos always block (the guard cannot tell whether a photo shows a child);
- approvals (media officer and commanding officer, either order, two different people) are for
  one check; a supervisor keeping a span changes the text that would go out, so it withdraws
  them too;
- publishing re-verifies all of that and stores the final text exactly as it goes out.
"""

from __future__ import annotations

import base64
import io
import json
from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, User
from hifazat.audit.services import record_event
from hifazat.cases import identity as vault
from hifazat.cases.images import clean_image
from hifazat.publishing.checking import (
    Span,
    annotate,
    compose,
    engine_version,
    policy_for,
    run_guard,
)
from hifazat.publishing.engine import Redaction, redact
from hifazat.publishing.engine.types import BLOCKING_CATEGORIES
from hifazat.publishing.lookup import districts_for
from hifazat.publishing.models import (
    Approval,
    Attachment,
    Finding,
    GuardCheck,
    Override,
    Publication,
    Release,
)

MAX_TITLE = 200
MAX_TEXT = 20_000
MAX_PHOTOS = 6
MAX_PHOTO_BYTES = 5 * 1024 * 1024
THUMB_PIXELS = 480
MIN_REASON = 10

APPROVE_PERMISSION: dict[str, str] = {
    Approval.As.MEDIA: "release.approve_media",
    Approval.As.COMMAND: "release.approve_command",
}


# Sealed content ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Content:
    title: str
    text: str


def _seal(value: str, context: str) -> str:
    return vault.keyring().encrypt(value, context=context)


def _open(token: str, context: str) -> str:
    return vault.keyring().decrypt(token, context=context)


def open_content(release: Release) -> Content:
    raw = json.loads(_open(release.content_enc, f"release:{release.ref}") or "{}")
    return Content(title=raw.get("title", ""), text=raw.get("text", ""))


def _seal_content(release: Release, content: Content) -> None:
    payload = json.dumps({"title": content.title, "text": content.text}, ensure_ascii=False)
    release.content_enc = _seal(payload, f"release:{release.ref}")
    release.key_id = vault.keyring().current


def checked_text(check: GuardCheck) -> str:
    return _open(check.text_enc, f"release-check:{check.ref}:text")


def redacted_text(check: GuardCheck) -> str:
    return _open(check.redacted_enc, f"release-check:{check.ref}:redacted")


def photo_preview(attachment: Attachment) -> bytes:
    return base64.b64decode(_open(attachment.thumb_enc, f"release-photo:{attachment.ref}:thumb"))


# Reading a check ---------------------------------------------------------------------------------


def spans_of(check: GuardCheck, findings: list[Finding] | None = None) -> list[Span]:
    rows = findings if findings is not None else list(check.findings.all())
    return [
        Span(
            number=f.number,
            start=f.start,
            end=f.end,
            category=f.category,
            detector=f.detector,
            confidence=f.confidence,
            reason=f.reason,
            role=f.role,
            applied=f.applied,
            placeholder=f.placeholder,
            blocking=f.blocking,
            key=f.pk,
        )
        for f in rows
    ]


@dataclass
class Blocks:
    """What still stops a checked release, until a supervisor decides each."""

    findings: list[Finding] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    text_blocks: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.findings or self.attachments or self.text_blocks)

    def count(self) -> int:
        return len(self.findings) + len(self.attachments) + len(self.text_blocks)


def outstanding_blocks(check: GuardCheck) -> Blocks:
    overrides = list(check.overrides.all())
    unblocked_findings = {o.finding_id for o in overrides if o.kind == Override.Kind.UNBLOCK}
    unblocked_photos = {o.attachment_id for o in overrides if o.attachment_id is not None}
    text_cleared = any(o.finding_id is None and o.attachment_id is None for o in overrides)
    return Blocks(
        findings=[f for f in check.findings.all() if f.blocking and f.pk not in unblocked_findings],
        attachments=[a for a in current_attachments(check.release) if a.pk not in unblocked_photos],
        text_blocks=[] if text_cleared else list(check.text_blocks),
    )


def current_attachments(release: Release) -> list[Attachment]:
    return list(release.attachments.filter(removed_at__isnull=True))


def current_approvals(release: Release) -> dict[str, Approval]:
    rows = release.approvals.filter(withdrawn_at__isnull=True).select_related("by")
    return {a.approved_as: a for a in rows}


def kept_findings(check: GuardCheck) -> set[int]:
    return set(
        check.overrides.filter(kind=Override.Kind.KEEP, finding__isnull=False).values_list(
            "finding_id", flat=True
        )
    )


def final_text(check: GuardCheck) -> str:
    """The text that would go out: the redaction, with the spans a supervisor kept."""
    return compose(checked_text(check), spans_of(check), keep=kept_findings(check))


# Validation and shared steps ---------------------------------------------------------------------


def _district_of(unit: OrgUnit) -> OrgUnit:
    if unit.kind == OrgUnit.Kind.DISTRICT:
        return unit
    assert unit.parent is not None
    return unit.parent


def _check_unit(actor: User, unit: OrgUnit) -> None:
    if unit.kind not in (OrgUnit.Kind.STATION, OrgUnit.Kind.DISTRICT) or not access.in_scope(
        actor, unit
    ):
        raise ValidationError({"unit": _("Choose a police station or district in your area.")})


def _clean_content(title: str, text: str) -> Content:
    title, text = title.strip(), text.replace("\r\n", "\n").strip()
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = _("Give the release a title.")
    elif len(title) > MAX_TITLE:
        errors["title"] = _("Keep the title under %(n)d characters.") % {"n": MAX_TITLE}
    if not text:
        errors["text"] = _("Write the text of the release.")
    elif len(text) > MAX_TEXT:
        errors["text"] = _("The text is longer than %(n)d characters.") % {"n": MAX_TEXT}
    if errors:
        raise ValidationError(errors)
    return Content(title=title, text=text)


def _check_language(language: str) -> None:
    if language not in Release.Language.values:
        raise ValidationError({"language": _("Choose the language of the text.")})


def _in_scope(actor: User, release: Release) -> None:
    if not access.in_scope(actor, release.unit):
        raise PermissionDenied("release outside the user's area")


def _lock(release: Release) -> Release:
    """The release row, locked for this transaction, with what the checks below read."""
    # of=("self",): PostgreSQL cannot lock the nullable side of the join to current_check.
    return (
        Release.objects.select_for_update(of=("self",))
        .select_related("unit", "current_check")
        .get(pk=release.pk)
    )


def _not_published(release: Release) -> None:
    if release.status == Release.Status.PUBLISHED:
        raise ValidationError(_("This release has been published and can no longer change."))


def _same_check(release: Release, check: GuardCheck) -> GuardCheck:
    current = release.current_check
    if current is None or current.pk != check.pk or current.version != release.version:
        raise ValidationError(
            _("The release has changed since you opened it. Look at it again before deciding.")
        )
    return current


def _withdraw_approvals(release: Release, because: str) -> int:
    return Approval.objects.filter(release=release, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now(), withdrawn_because=because
    )


def _content_changed(release: Release, because: str) -> int:
    """Something that would go out changed: the check and every approval no longer hold."""
    release.version += 1
    release.current_check = None
    release.status = Release.Status.DRAFT
    release.updated_at = timezone.now()
    return _withdraw_approvals(release, because)


def _settle(release: Release) -> None:
    """Status from the current check, its outstanding blocks and the approvals in force."""
    check = release.current_check
    if check is None:
        release.status = Release.Status.DRAFT
    elif outstanding_blocks(check):
        release.status = Release.Status.BLOCKED
    elif set(current_approvals(release)) == set(Approval.As.values):
        release.status = Release.Status.APPROVED
    else:
        release.status = Release.Status.CHECKED


# Drafting ----------------------------------------------------------------------------------------


@transaction.atomic
def create_draft(
    *, actor: User, title: str, text: str, unit: OrgUnit, language: str = "auto"
) -> Release:
    access.require(actor, "release.draft")
    _check_unit(actor, unit)
    _check_language(language)
    content = _clean_content(title, text)
    now = timezone.now()
    release = Release(
        language=language,
        unit=unit,
        unit_path=unit.path,
        district=_district_of(unit),
        author=actor,
        created_at=now,
        updated_at=now,
    )
    _seal_content(release, content)
    release.save()
    record_event(
        actor=actor,
        action="release.drafted",
        subject=release,
        org_unit=unit,
        details={"version": release.version, "chars": len(content.text)},
    )
    return release


@transaction.atomic
def update_draft(
    *,
    actor: User,
    release: Release,
    expected_version: int,
    title: str,
    text: str,
    unit: OrgUnit,
    language: str,
) -> Release:
    """Change a release. A new text, language or unit withdraws its check and approvals; a new
    title alone (never published) does not."""
    access.require(actor, "release.draft")
    release = _lock(release)
    _in_scope(actor, release)
    _not_published(release)
    if release.version != expected_version:
        raise ValidationError(
            _("Someone changed this release since you opened it. Reload it and make your change.")
        )
    _check_unit(actor, unit)
    _check_language(language)
    content = _clean_content(title, text)
    before = open_content(release)
    changed = [
        name
        for name, differs in (
            ("title", before.title != content.title),
            ("text", before.text != content.text),
            ("language", release.language != language),
            ("unit", release.unit_id != unit.pk),
        )
        if differs
    ]
    withdrawn = 0
    if set(changed) - {"title"}:
        withdrawn = _content_changed(release, "edited")
    release.language = language
    release.unit, release.unit_path, release.district = unit, unit.path, _district_of(unit)
    release.updated_at = timezone.now()
    _seal_content(release, content)
    release.save()
    record_event(
        actor=actor,
        action="release.edited",
        subject=release,
        org_unit=release.unit,
        details={"version": release.version, "changed": changed, "approvals_withdrawn": withdrawn},
    )
    return release


def _thumbnail(clean: bytes) -> tuple[bytes, str, int, int]:
    with Image.open(io.BytesIO(clean)) as img:
        fmt = str(img.format)
        width, height = img.size
        preview = img.convert("RGB")
        preview.thumbnail((THUMB_PIXELS, THUMB_PIXELS))
        out = io.BytesIO()
        preview.save(out, format="JPEG", quality=80)
    return out.getvalue(), fmt, width, height


@transaction.atomic
def add_attachment(*, actor: User, release: Release, data: bytes) -> Attachment:
    """Attach a photo, stored without its metadata (EXIF, GPS). It blocks the release until a
    supervisor decides."""
    access.require(actor, "release.draft")
    release = _lock(release)
    _in_scope(actor, release)
    _not_published(release)
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError({"image": _("The photo is larger than 5 MB.")})
    if release.attachments.filter(removed_at__isnull=True).count() >= MAX_PHOTOS:
        raise ValidationError(
            {"image": _("A release can carry at most %(n)d photos.") % {"n": MAX_PHOTOS}}
        )
    try:
        clean = clean_image(data)
    except ValueError:
        raise ValidationError({"image": _("This file is not a JPEG or PNG image.")}) from None
    thumb, fmt, width, height = _thumbnail(clean)
    attachment = Attachment(
        release=release,
        image_format=fmt,
        width=width,
        height=height,
        size=len(clean),
        added_by=actor,
        added_at=timezone.now(),
    )
    ring = vault.keyring()
    attachment.image_enc = ring.encrypt(
        base64.b64encode(clean).decode("ascii"), context=f"release-photo:{attachment.ref}"
    )
    attachment.thumb_enc = ring.encrypt(
        base64.b64encode(thumb).decode("ascii"), context=f"release-photo:{attachment.ref}:thumb"
    )
    attachment.key_id = ring.current
    attachment.save()
    withdrawn = _content_changed(release, "photo_added")
    release.save()
    record_event(
        actor=actor,
        action="release.photo_added",
        subject=release,
        org_unit=release.unit,
        details={
            "attachment": attachment.pk,
            "format": fmt,
            "version": release.version,
            "approvals_withdrawn": withdrawn,
        },
    )
    return attachment


@transaction.atomic
def remove_attachment(*, actor: User, attachment: Attachment) -> None:
    access.require(actor, "release.draft")
    release = _lock(attachment.release)
    _in_scope(actor, release)
    _not_published(release)
    attachment = Attachment.objects.select_for_update().get(pk=attachment.pk)
    if attachment.removed_at is not None:
        raise ValidationError(_("This photo was already removed."))
    attachment.removed_at, attachment.removed_by = timezone.now(), actor
    attachment.save(update_fields=["removed_at", "removed_by"])
    withdrawn = _content_changed(release, "photo_removed")
    release.save()
    record_event(
        actor=actor,
        action="release.photo_removed",
        subject=release,
        org_unit=release.unit,
        details={
            "attachment": attachment.pk,
            "version": release.version,
            "approvals_withdrawn": withdrawn,
        },
    )


# The guard ---------------------------------------------------------------------------------------


def _known_count(spans: list[Span]) -> int:
    return sum("known_identity" in s.detector for s in spans)


def _text_blocks(text: str, result: Redaction, lang: str) -> list[str]:
    """Block reasons no single finding or photo explains (e.g. "too many uncertain findings"):
    the engine's verdict on the text without its blocking findings and without photos."""
    rest = [f for f in result.findings if f.category not in BLOCKING_CATEGORIES]
    return list(redact(text, rest, policy_for(lang), attachments=0).reasons)


def _checkable(actor: User, release: Release) -> None:
    _in_scope(actor, release)
    _not_published(release)
    if release.current_check_id is not None:
        raise ValidationError(
            _("This text has already been checked. Change the release to check it again.")
        )


def check(*, actor: User, release: Release) -> GuardCheck:
    """Run the guard over the release as it is now, with the district's case register.

    The engine runs before the write transaction opens (it can take a second, and SQLite
    would hold every other writer meanwhile); the transaction then stores the result only if
    the release is still the version that was checked.
    """
    access.require(actor, "release.draft")
    seen = Release.objects.select_related("unit").get(pk=release.pk)
    _checkable(actor, seen)
    text = open_content(seen).text
    photos = len(current_attachments(seen))
    result = run_guard(
        text, district_ids=[seen.district_id], lang=seen.language, attachments=photos
    )
    spans = annotate(text, result, policy_for(seen.language))
    with transaction.atomic():
        return _store_check(actor, seen, text, photos, result, spans)


def _store_check(
    actor: User, seen: Release, text: str, photos: int, result: Redaction, spans: list[Span]
) -> GuardCheck:
    release = _lock(seen)
    _checkable(actor, release)
    if release.version != seen.version or release.language != seen.language:
        raise ValidationError(_("The release changed while it was being checked. Check again."))
    check = GuardCheck(
        release=release,
        version=release.version,
        verdict=str(result.verdict),
        reasons=list(result.reasons),
        text_blocks=_text_blocks(text, result, release.language),
        attachments=photos,
        engine_version=engine_version(),
        checked_by=actor,
        checked_at=timezone.now(),
    )
    check.text_enc = _seal(text, f"release-check:{check.ref}:text")
    check.redacted_enc = _seal(result.text, f"release-check:{check.ref}:redacted")
    check.save()
    Finding.objects.bulk_create(
        Finding(
            check_run=check,
            number=s.number,
            start=s.start,
            end=s.end,
            category=s.category,
            detector=s.detector[:80],
            confidence=s.confidence,
            reason=s.reason[:300],
            role=s.role[:20],
            applied=s.applied,
            placeholder=s.placeholder[:40],
            blocking=s.blocking,
        )
        for s in spans
    )
    _withdraw_approvals(release, "rechecked")
    release.current_check = check
    _settle(release)
    release.updated_at = timezone.now()
    release.save()
    blocks = outstanding_blocks(check)
    record_event(
        actor=actor,
        action="release.checked",
        subject=release,
        org_unit=release.unit,
        details={
            "check": check.pk,
            "version": release.version,
            "verdict": check.verdict,
            "findings": len(spans),
            "categories": dict(Counter(s.category for s in spans)),
            "known_identity": _known_count(spans),
            "blocks": blocks.count(),
            "engine": check.engine_version,
        },
    )
    return check


@transaction.atomic
def override_finding(
    *,
    actor: User,
    release: Release,
    guard_check: GuardCheck,
    reason: str,
    two_factor_verified: bool,
    finding: Finding | None = None,
    attachment: Attachment | None = None,
) -> Override:
    """A supervisor's decision, with a reason: keep a finding's words as written, or let a
    blocking finding, a photo or (with neither given) the text-wide blocks go out."""
    access.require(actor, "guard.override")
    if not two_factor_verified:
        raise PermissionDenied("two-factor needed")
    release = _lock(release)
    _in_scope(actor, release)
    _not_published(release)
    check = _same_check(release, guard_check)
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise ValidationError(
            {
                "reason": _("Say why (at least %(n)d characters); your reason is recorded.")
                % {"n": MIN_REASON}
            }
        )
    if finding is not None and attachment is not None:
        raise ValidationError(_("Decide about one thing at a time."))
    done = check.overrides.all()
    if finding is not None:
        if finding.check_run_id != check.pk:
            raise ValidationError(_("This finding belongs to an earlier check."))
        if finding.blocking:
            kind = Override.Kind.UNBLOCK
        elif finding.applied:
            kind = Override.Kind.KEEP
        else:
            raise ValidationError(_("Nothing was removed here, so there is nothing to keep."))
        if done.filter(finding=finding).exists():
            raise ValidationError(_("A supervisor has already decided about this finding."))
    elif attachment is not None:
        if attachment.release_id != release.pk or attachment.removed_at is not None:
            raise ValidationError(_("This photo is no longer part of the release."))
        kind = Override.Kind.UNBLOCK
        if done.filter(attachment=attachment).exists():
            raise ValidationError(_("A supervisor has already decided about this photo."))
    else:
        if not check.text_blocks:
            raise ValidationError(_("Nothing in the text as a whole is blocked."))
        kind = Override.Kind.UNBLOCK
        if done.filter(finding__isnull=True, attachment__isnull=True).exists():
            raise ValidationError(_("A supervisor has already decided about this text."))
    override = Override.objects.create(
        check_run=check,
        finding=finding,
        attachment=attachment,
        kind=kind,
        reason=reason[:1000],
        by=actor,
        at=timezone.now(),
    )
    # Keeping words changes the text that would go out: approvals given before no longer hold.
    withdrawn = _withdraw_approvals(release, "override") if kind == Override.Kind.KEEP else 0
    _settle(release)
    release.updated_at = timezone.now()
    release.save()
    record_event(
        actor=actor,
        action="release.overridden",
        subject=release,
        org_unit=release.unit,
        reason=reason[:1000],
        details={
            "check": check.pk,
            "kind": kind,
            "finding": finding.number if finding else None,
            "category": finding.category if finding else ("photo" if attachment else "text"),
            "attachment": attachment.pk if attachment else None,
            "status": release.status,
            "approvals_withdrawn": withdrawn,
        },
    )
    return override


@transaction.atomic
def approve(
    *, actor: User, release: Release, guard_check: GuardCheck, approved_as: str
) -> Approval:
    """Approve the release as checked (``approved_as``: "media" or "command")."""
    if approved_as not in APPROVE_PERMISSION:
        raise ValidationError(_("Approve as media officer or as commanding officer."))
    access.require(actor, APPROVE_PERMISSION[approved_as])
    release = _lock(release)
    _in_scope(actor, release)
    _not_published(release)
    check = _same_check(release, guard_check)
    if outstanding_blocks(check):
        raise ValidationError(
            _("The guard blocked this release. A supervisor must decide before it is approved.")
        )
    approvals = current_approvals(release)
    if approved_as in approvals:
        raise ValidationError(_("This release already has that approval."))
    if any(a.by_id == actor.pk for a in approvals.values()):
        raise ValidationError(_("The two approvals must come from two different officers."))
    role = actor.role
    approval = Approval.objects.create(
        release=release,
        check_run=check,
        approved_as=approved_as,
        by=actor,
        role_code=role.code if role else "",
        role_name=role.name_en if role else "",
        at=timezone.now(),
    )
    _settle(release)
    release.updated_at = timezone.now()
    release.save()
    record_event(
        actor=actor,
        action="release.approved",
        subject=release,
        org_unit=release.unit,
        details={
            "as": approved_as,
            "check": check.pk,
            "role": approval.role_code,
            "status": release.status,
        },
    )
    return approval


@transaction.atomic
def publish(*, actor: User, release: Release, guard_check: GuardCheck) -> Publication:
    """Publish: only the checked current text, with every block decided and both approvals."""
    access.require(actor, "release.draft")
    release = _lock(release)
    _in_scope(actor, release)
    _not_published(release)
    check = _same_check(release, guard_check)
    text = open_content(release).text
    if checked_text(check) != text:
        raise ValidationError(_("The text changed after it was checked. Check it again."))
    if outstanding_blocks(check):
        raise ValidationError(
            _("The guard blocked this release and a supervisor has not decided yet.")
        )
    approvals = current_approvals(release)
    media, command = approvals.get(Approval.As.MEDIA), approvals.get(Approval.As.COMMAND)
    if media is None or command is None:
        raise ValidationError(
            _("Publishing needs the approval of the media officer and of the commanding officer.")
        )
    if media.check_run_id != check.pk or command.check_run_id != check.pk:
        raise ValidationError(_("The approvals are for an earlier check. Approve again."))
    if media.by_id == command.by_id:
        raise ValidationError(_("The two approvals must come from two different officers."))
    publication = Publication.objects.create(
        release=release,
        check_run=check,
        text=final_text(check),
        media_approval=media,
        command_approval=command,
        published_by=actor,
        published_at=timezone.now(),
    )
    photos = current_attachments(release)
    publication.attachments.set(photos)
    release.status = Release.Status.PUBLISHED
    release.updated_at = publication.published_at
    release.save()
    record_event(
        actor=actor,
        action="release.published",
        subject=release,
        org_unit=release.unit,
        details={
            "publication": publication.pk,
            "check": check.pk,
            "media_approval": media.pk,
            "command_approval": command.pk,
            "attachments": len(photos),
            "chars": len(publication.text),
            "kept": len(kept_findings(check)),
        },
    )
    return publication


# Check any text ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextCheck:
    result: Redaction
    spans: list[Span]


def check_text(*, actor: User, text: str, lang: str = "auto", via: str = "web") -> TextCheck:
    """Check a text that is not a release (a post, a letter). The text is never stored; the
    audit trail records that a check happened, and counts."""
    access.require(actor, "release.draft")
    if not text.strip():
        raise ValidationError({"text": _("Paste the text to check.")})
    if len(text) > MAX_TEXT:
        raise ValidationError(
            {"text": _("The text is longer than %(n)d characters.") % {"n": MAX_TEXT}}
        )
    if lang not in Release.Language.values:
        raise ValidationError({"lang": _("Choose the language of the text.")})
    unit = actor.org_unit
    districts = districts_for(unit) if unit is not None else []
    result = run_guard(text, district_ids=districts, lang=lang)
    spans = annotate(text, result, policy_for(lang))
    with transaction.atomic():
        record_event(
            actor=actor,
            action="guard.checked",
            details={
                "via": via,
                "verdict": str(result.verdict),
                "findings": len(spans),
                "categories": dict(Counter(s.category for s in spans)),
                "known_identity": _known_count(spans),
                "chars": len(text),
            },
        )
    return TextCheck(result=result, spans=spans)
