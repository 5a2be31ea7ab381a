"""Highlighting a checked text: each finding a <mark> that says, to eyes and to screen readers,
what it is and why; the redacted version with its placeholders and the words a supervisor kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from hifazat.publishing.checking import Segment, category_label

register = template.Library()


@register.filter
def highlighted(segments: Sequence[Segment]) -> SafeString:
    """The text as written, every finding marked with its number, category and reason."""
    parts = []
    for seg in segments:
        s = seg.span
        if s is None:
            parts.append(format_html("{}", seg.text))
            continue
        label = category_label(s.category)
        parts.append(
            format_html(
                '<mark class="hl cat-{cat}{block}" id="hl-{n}" title="{label}: {reason}">'
                '<span class="sr-only">{finding} {n}, {label}: </span><bdi>{text}</bdi>'
                '<sup class="hl-n" aria-hidden="true">{n}</sup>'
                "</mark>",
                cat=s.category,
                block=" blocking" if s.blocking else "",
                n=s.number,
                label=label,
                reason=s.reason,
                finding=_("Finding"),
                text=seg.text,
            )
        )
    return format_html_join("", "{}", ((p,) for p in parts))


@register.filter
def redacted(segments: Sequence[Segment]) -> SafeString:
    """The text as it would go out: placeholders marked, and words a supervisor kept."""
    parts = []
    for seg in segments:
        s = seg.span
        if s is None:
            parts.append(format_html("{}", seg.text))
        elif seg.kept:
            parts.append(
                format_html(
                    '<mark class="kept" title="{title}"><span class="sr-only">{title}: </span>'
                    "<bdi>{text}</bdi></mark>",
                    title=_("Kept by a supervisor (finding %(n)d)") % {"n": s.number},
                    text=seg.text,
                )
            )
        else:
            parts.append(
                format_html(
                    '<mark class="ph" title="{title}"><bdi>{text}</bdi></mark>',
                    title=_("Removed: %(what)s (finding %(n)d)")
                    % {"what": category_label(s.category), "n": s.number},
                    text=seg.text,
                )
            )
    return format_html_join("", "{}", ((p,) for p in parts))


@register.filter
def category_name(category: str) -> str:
    return category_label(category)


@register.filter
def percent(value: float) -> str:
    return f"{round(value * 100)}%"
