"""Media-release pages and the "check a text" page: thin views over the services and selectors.

Two desks show the same release: the drafting desk (``release``, for those who draft: media
officer, SHO) and the review desk (``release_review``, for commanding officers and supervisors
who approve and override but do not draft). Every action is a POST that comes back to the desk
the officer works at. A text to check is only ever POSTed: it may name a child, and must never
end up in a URL, a browser history or a server log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hifazat.accounts import access
from hifazat.accounts.access import current_user, permission_required
from hifazat.accounts.models import OrgUnit, User
from hifazat.publishing import selectors, services
from hifazat.publishing.checking import Span, original_segments, redacted_segments
from hifazat.publishing.forms import (
    AttachmentForm,
    CheckTextForm,
    DecisionForm,
    OverrideForm,
    ReleaseForm,
)
from hifazat.publishing.models import (
    Approval,
    Attachment,
    Finding,
    GuardCheck,
    Override,
    Release,
)
from hifazat.web.helpers import apply_service_errors, two_factor_verified


def _units(user: User) -> QuerySet[OrgUnit]:
    return (
        access.units_in_scope(user)
        .filter(kind__in=[OrgUnit.Kind.STATION, OrgUnit.Kind.DISTRICT])
        .order_by("path")
    )


def _page_number(request: HttpRequest) -> int:
    try:
        return max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        return 1


def _desk(user: User, release: Release) -> str:
    """The page an officer comes back to after acting on a release."""
    name = (
        "publishing:release" if access.can(user, "release.draft") else "publishing:release_review"
    )
    return reverse(name, args=[release.pk])


def _error(request: HttpRequest, exc: ValidationError) -> None:
    messages.error(request, " ".join(exc.messages))


# Lists -------------------------------------------------------------------------------------------


def _list(request: HttpRequest, *, review: bool) -> HttpResponse:
    user = current_user(request)
    page = _page_number(request)
    statuses: list[str] | None = (
        [Release.Status.CHECKED, Release.Status.BLOCKED] if review else None
    )
    rows, has_next = selectors.release_list(user, statuses=statuses, page=page)
    context = {
        "rows": rows,
        "page": page,
        "has_next": has_next,
        "review": review,
        "can_draft": access.can(user, "release.draft"),
    }
    return render(request, "publishing/list.html", context)


@permission_required("release.draft")
def release_list(request: HttpRequest) -> HttpResponse:
    return _list(request, review=False)


@permission_required("release.approve_command")
def review_queue(request: HttpRequest) -> HttpResponse:
    """Releases waiting for a commanding officer's approval or a supervisor's decision."""
    return _list(request, review=True)


# Drafting ----------------------------------------------------------------------------------------


def _content(form: ReleaseForm) -> dict[str, Any]:
    data = form.cleaned_data
    return {
        "title": data["title"],
        "text": data["text"],
        "unit": data["unit"],
        "language": data["language"],
    }


@permission_required("release.draft")
def release_create(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    units = _units(user)
    own = units.filter(pk=user.org_unit.pk).first() if user.org_unit else None
    initial = {"unit": own} if own is not None else {}
    form = ReleaseForm(request.POST or None, initial=initial, units=units)
    if request.method == "POST" and form.is_valid():
        try:
            release = services.create_draft(actor=user, **_content(form))
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Draft saved. Run the guard when the text is ready."))
            return redirect("publishing:release", release_id=release.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "publishing/form.html", {"form": form, "release": None}, status=status)


@permission_required("release.draft")
def release_edit(request: HttpRequest, release_id: int) -> HttpResponse:
    user = current_user(request)
    release = selectors.get_release_for(user, release_id, permission="release.draft")
    if release.status == Release.Status.PUBLISHED:
        messages.error(request, _("This release has been published and can no longer change."))
        return redirect("publishing:release", release_id=release.pk)
    content = services.open_content(release)
    initial = {
        "title": content.title,
        "text": content.text,
        "unit": release.unit,
        "language": release.language,
        "version": release.version,
    }
    form = ReleaseForm(request.POST or None, initial=initial, units=_units(user))
    if request.method == "POST" and form.is_valid():
        try:
            release = services.update_draft(
                actor=user,
                release=release,
                expected_version=form.cleaned_data["version"] or 0,
                **_content(form),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            if release.current_check is None:
                messages.success(request, _("Saved. Run the guard again on the new text."))
            else:
                messages.success(request, _("Saved."))
            return redirect("publishing:release", release_id=release.pk)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "release": release}
    return render(request, "publishing/form.html", context, status=status)


# The release page --------------------------------------------------------------------------------


@dataclass
class FindingRow:
    span: Span
    words: str
    override: Override | None
    form: OverrideForm | None


def _override_form(
    target: str, check: GuardCheck, bound: OverrideForm | None, slug: str
) -> OverrideForm:
    if bound is not None and bound.data.get("target") == target:
        return bound
    return OverrideForm(initial={"target": target, "check_run": check.pk}, auto_id=f"id_{slug}_%s")


def _render_release(
    request: HttpRequest,
    release: Release,
    *,
    review: bool,
    status: int = 200,
    attach_form: AttachmentForm | None = None,
    override_form: OverrideForm | None = None,
) -> HttpResponse:
    user = current_user(request)
    page = selectors.release_page(release)
    published = release.status == Release.Status.PUBLISHED
    can_override = access.can(user, "guard.override") and not published
    two_factor = two_factor_verified(request)
    check = page.check
    deciding = can_override and two_factor and check is not None
    rows = []
    for s in page.spans:
        override = page.overrides.get(s.key)  # type: ignore[call-overload]
        open_to_override = deciding and override is None and (s.blocking or s.applied)
        rows.append(
            FindingRow(
                span=s,
                words=page.checked[s.start : s.end],
                override=override,
                form=_override_form(f"finding:{s.key}", check, override_form, f"f{s.number}")
                if open_to_override and check is not None
                else None,
            )
        )
    photo_forms = {}
    if deciding and check is not None:
        for p in page.photos:
            if p.override is None:
                target = f"photo:{p.attachment.pk}"
                photo_forms[p.attachment.pk] = _override_form(
                    target, check, override_form, f"p{p.attachment.pk}"
                )
    text_form = None
    if deciding and check is not None and check.text_blocks and page.text_override is None:
        text_form = _override_form("text", check, override_form, "text")
    approvals = page.approvals
    checked = release.status == Release.Status.CHECKED
    context = {
        "page": page,
        "release": release,
        "check": check,
        "rows": rows,
        "photos": [(p, photo_forms.get(p.attachment.pk)) for p in page.photos],
        "text_form": text_form,
        "review": review,
        "published": published,
        "can_draft": access.can(user, "release.draft") and not published,
        "can_override": can_override,
        "two_factor": two_factor,
        "attach_form": attach_form or AttachmentForm(),
        "approve_media": checked
        and access.can(user, "release.approve_media")
        and Approval.As.MEDIA not in approvals,
        "approve_command": checked
        and access.can(user, "release.approve_command")
        and Approval.As.COMMAND not in approvals,
        "can_publish": release.status == Release.Status.APPROVED
        and access.can(user, "release.draft"),
        "unit_name": release.unit.display_name,
    }
    return render(request, "publishing/release.html", context, status=status)


@permission_required("release.draft")
def release_detail(request: HttpRequest, release_id: int) -> HttpResponse:
    user = current_user(request)
    release = selectors.get_release_for(user, release_id, permission="release.draft")
    return _render_release(request, release, review=False)


@permission_required("release.approve_command")
def release_review(request: HttpRequest, release_id: int) -> HttpResponse:
    user = current_user(request)
    release = selectors.get_release_for(user, release_id, permission="release.approve_command")
    return _render_release(request, release, review=True)


# Actions -----------------------------------------------------------------------------------------


@require_POST
@permission_required("release.draft")
def release_check(request: HttpRequest, release_id: int) -> HttpResponse:
    user = current_user(request)
    release = selectors.get_release_for(user, release_id, permission="release.draft")
    try:
        services.check(actor=user, release=release)
    except ValidationError as exc:
        _error(request, exc)
    else:
        release.refresh_from_db(fields=["status"])
        if release.status == Release.Status.BLOCKED:
            messages.warning(
                request,
                _("The guard blocked this release. A supervisor (SDPO or DPO) must decide."),
            )
        else:
            messages.success(
                request,
                _("Checked. Read the redacted version; it is what will be published."),
            )
    return redirect(_desk(user, release))


@require_POST
@permission_required("release.draft")
def attachment_add(request: HttpRequest, release_id: int) -> HttpResponse:
    user = current_user(request)
    release = selectors.get_release_for(user, release_id, permission="release.draft")
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["image"]
        if upload.size > services.MAX_PHOTO_BYTES:
            form.add_error("image", _("The photo is larger than 5 MB."))
        else:
            try:
                services.add_attachment(actor=user, release=release, data=upload.read())
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                messages.warning(
                    request,
                    _(
                        "Photo added, without its location and camera details. It blocks the "
                        "release until a supervisor has looked at it."
                    ),
                )
                return redirect("publishing:release", release_id=release.pk)
    return _render_release(request, release, review=False, status=400, attach_form=form)


@require_POST
@permission_required("release.draft")
def attachment_remove(request: HttpRequest, release_id: int, attachment_id: int) -> HttpResponse:
    user = current_user(request)
    release = selectors.get_release_for(user, release_id, permission="release.draft")
    attachment = get_object_or_404(Attachment, release=release, pk=attachment_id)
    try:
        services.remove_attachment(actor=user, attachment=attachment)
    except ValidationError as exc:
        _error(request, exc)
    else:
        messages.success(request, _("Photo removed. Run the guard again."))
    return redirect("publishing:release", release_id=release.pk)


@require_POST
@permission_required("guard.override")
def release_override(request: HttpRequest, release_id: int) -> HttpResponse:
    user = current_user(request)
    release = selectors.get_release_for(user, release_id, permission="guard.override")
    form = OverrideForm(request.POST)
    if form.is_valid():
        check = GuardCheck.objects.filter(
            release=release, pk=form.cleaned_data["check_run"]
        ).first()
        kind, _sep, ident = form.cleaned_data["target"].partition(":")
        finding = attachment = None
        if check is None:
            form.add_error(None, _("This check is not part of the release. Reload the page."))
        elif kind == "finding":
            finding = Finding.objects.filter(check_run=check, pk=int(ident)).first()
            if finding is None:
                form.add_error(None, _("This finding belongs to another check. Reload the page."))
        elif kind == "photo":
            attachment = release.attachments.filter(pk=int(ident)).first()
            if attachment is None:
                form.add_error(None, _("This photo is not part of the release. Reload the page."))
        if check is not None and not form.errors:
            try:
                services.override_finding(
                    actor=user,
                    release=release,
                    guard_check=check,
                    reason=form.cleaned_data["reason"],
                    two_factor_verified=two_factor_verified(request),
                    finding=finding,
                    attachment=attachment,
                )
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                messages.success(request, _("Your decision and its reason were recorded."))
                return redirect(_desk(user, release))
    review = not access.can(user, "release.draft")
    return _render_release(request, release, review=review, status=400, override_form=form)


def _decision(
    request: HttpRequest, release_id: int, permission: str
) -> tuple[User, Release, GuardCheck | None]:
    user = current_user(request)
    release = selectors.get_release_for(user, release_id, permission=permission)
    form = DecisionForm(request.POST)
    check = None
    if form.is_valid():
        check = GuardCheck.objects.filter(
            release=release, pk=form.cleaned_data["check_run"]
        ).first()
    return user, release, check


def _stale(request: HttpRequest, user: User, release: Release) -> HttpResponse:
    messages.error(request, _("The page was out of date. Look at the release again."))
    review = not access.can(user, "release.draft")
    return _render_release(request, release, review=review, status=400)


def _approve(request: HttpRequest, release_id: int, approved_as: str) -> HttpResponse:
    permission = services.APPROVE_PERMISSION[approved_as]
    user, release, check = _decision(request, release_id, permission)
    if check is None:
        return _stale(request, user, release)
    try:
        services.approve(actor=user, release=release, guard_check=check, approved_as=approved_as)
    except ValidationError as exc:
        _error(request, exc)
    else:
        messages.success(request, _("Approved."))
    return redirect(_desk(user, release))


@require_POST
@permission_required("release.approve_media")
def approve_media(request: HttpRequest, release_id: int) -> HttpResponse:
    return _approve(request, release_id, Approval.As.MEDIA)


@require_POST
@permission_required("release.approve_command")
def approve_command(request: HttpRequest, release_id: int) -> HttpResponse:
    return _approve(request, release_id, Approval.As.COMMAND)


@require_POST
@permission_required("release.draft")
def release_publish(request: HttpRequest, release_id: int) -> HttpResponse:
    user, release, check = _decision(request, release_id, "release.draft")
    if check is None:
        return _stale(request, user, release)
    try:
        services.publish(actor=user, release=release, guard_check=check)
    except ValidationError as exc:
        _error(request, exc)
    else:
        messages.success(request, _("Published. The final text and its approvers are on record."))
    return redirect("publishing:release", release_id=release.pk)


# Check any text ----------------------------------------------------------------------------------


@permission_required("release.draft")
def check_text(request: HttpRequest) -> HttpResponse:
    """Check a text that is not a release. POST only; the text is never stored."""
    user = current_user(request)
    form = CheckTextForm(request.POST or None)
    context: dict[str, Any] = {"form": form}
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            text = form.cleaned_data["text"].replace("\r\n", "\n")
            try:
                done = services.check_text(
                    actor=user, text=text, lang=form.cleaned_data["lang"], via="web"
                )
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                status = 200
                context.update(
                    result=done.result,
                    spans=done.spans,
                    rows=[FindingRow(s, text[s.start : s.end], None, None) for s in done.spans],
                    original=original_segments(text, done.spans),
                    redacted=redacted_segments(text, done.spans),
                )
    return render(request, "publishing/check_text.html", context, status=status)
