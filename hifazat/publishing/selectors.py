"""Reads for media releases. Lists start from ``releases_visible_to``; one release comes through
``get_release_for``, which answers 404 outside the user's area."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from hifazat.accounts import access
from hifazat.accounts.models import User
from hifazat.publishing import services
from hifazat.publishing.checking import Segment, Span, original_segments, redacted_segments
from hifazat.publishing.models import (
    Approval,
    Attachment,
    Finding,
    GuardCheck,
    Override,
    Publication,
    Release,
)

# Holding any of these lets a user see the releases of their area.
RELEASE_PERMISSIONS = (
    "release.draft",
    "release.approve_media",
    "release.approve_command",
    "guard.override",
)
PAGE_SIZE = 25


def releases_visible_to(user: User) -> QuerySet[Release]:
    if user.org_unit is None or not any(access.can(user, p) for p in RELEASE_PERMISSIONS):
        return Release.objects.none()
    return Release.objects.filter(unit_path__startswith=user.org_unit.path)


def get_release_for(user: User, release_id: int, *, permission: str) -> Release:
    access.require(user, permission)
    release = (
        releases_visible_to(user)
        .select_related("unit", "district", "author", "current_check")
        .filter(pk=release_id)
        .first()
    )
    if release is None:
        raise Http404("no such release in your area")
    return release


@dataclass
class ReleaseRow:
    release: Release
    title: str


def release_list(
    user: User, *, statuses: list[str] | None = None, page: int = 1
) -> tuple[list[ReleaseRow], bool]:
    """One page of releases, most recently changed first, and whether there is a next page."""
    qs = releases_visible_to(user)
    if statuses:
        qs = qs.filter(status__in=statuses)
    start = (max(page, 1) - 1) * PAGE_SIZE
    rows = list(
        qs.select_related("unit", "author").order_by("-updated_at", "-id")[
            start : start + PAGE_SIZE + 1
        ]
    )
    out = [ReleaseRow(r, services.open_content(r).title) for r in rows[:PAGE_SIZE]]
    return out, len(rows) > PAGE_SIZE


@dataclass
class PhotoView:
    attachment: Attachment
    preview: str  # base64 JPEG
    override: Override | None


@dataclass
class ReleasePage:
    """Everything the release page shows, read in a fixed number of queries."""

    release: Release
    title: str
    text: str
    check: GuardCheck | None = None
    checked: str = ""  # the text the current check saw (the release's text)
    spans: list[Span] = field(default_factory=list)
    original: list[Segment] = field(default_factory=list)
    redacted: list[Segment] = field(default_factory=list)
    overrides: dict[int, Override] = field(default_factory=dict)  # by finding id
    text_override: Override | None = None
    blocks: services.Blocks = field(default_factory=services.Blocks)
    photos: list[PhotoView] = field(default_factory=list)
    approvals: dict[str, Approval] = field(default_factory=dict)
    withdrawn: list[Approval] = field(default_factory=list)
    publication: Publication | None = None


def release_page(release: Release) -> ReleasePage:
    content = services.open_content(release)
    page = ReleasePage(release=release, title=content.title, text=content.text)
    photos = list(release.attachments.filter(removed_at__isnull=True))
    check = release.current_check
    photo_overrides: dict[int, Override] = {}
    if check is not None:
        check = (
            GuardCheck.objects.select_related("checked_by")
            .prefetch_related(
                Prefetch("findings", queryset=Finding.objects.order_by("number")),
                Prefetch("overrides", queryset=Override.objects.select_related("by")),
            )
            .get(pk=check.pk)
        )
        check.release = release
        page.check = check
        text = page.checked = services.checked_text(check)
        page.spans = services.spans_of(check, list(check.findings.all()))
        overrides = list(check.overrides.all())
        page.overrides = {o.finding_id: o for o in overrides if o.finding_id is not None}
        photo_overrides = {o.attachment_id: o for o in overrides if o.attachment_id is not None}
        page.text_override = next(
            (o for o in overrides if o.finding_id is None and o.attachment_id is None), None
        )
        keep = {fid for fid, o in page.overrides.items() if o.kind == Override.Kind.KEEP}
        page.original = original_segments(text, page.spans)
        page.redacted = redacted_segments(text, page.spans, keep)
        page.blocks = services.outstanding_blocks(check)
    page.photos = [
        PhotoView(
            a,
            base64.b64encode(services.photo_preview(a)).decode("ascii"),
            photo_overrides.get(a.pk),
        )
        for a in photos
    ]
    approvals = list(release.approvals.select_related("by").order_by("at"))
    page.approvals = {a.approved_as: a for a in approvals if a.withdrawn_at is None}
    page.withdrawn = [a for a in approvals if a.withdrawn_at is not None]
    if release.status == Release.Status.PUBLISHED:
        page.publication = (
            Publication.objects.select_related(
                "published_by", "media_approval__by", "command_approval__by"
            )
            .filter(release=release)
            .first()
        )
    return page
