"""Charts as inline SVG, drawn on the server: no JavaScript, no CDN, the same in a PDF.

Pure: takes labels and numbers, returns markup. A withheld number (None) is drawn as an empty
bar with a dash, never as zero. Every chart is an image with a title; the table printed next to
it is its text alternative (``described_by``). Right-to-left pages get mirrored bars.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

BAR = "#0b5d4b"
MUTED = "#5b6472"
LINE = "#d6dbe3"
URDU_FONTS = "'Hifazat Nastaliq', 'Noto Nastaliq Urdu', serif"
LATIN_FONTS = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif"


def _num(n: int | float) -> str:
    return f"{n:,}" if isinstance(n, int) else f"{n:,.1f}"


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def bars(
    items: Sequence[tuple[str, int | None]],
    *,
    title: str,
    described_by: str = "",
    rtl: bool = False,
    urdu: bool = False,
    width: int = 640,
    withheld: str = "—",
) -> str:
    """Horizontal bars, one per item, largest scale = the largest number."""
    row_h = 34 if urdu else 26
    label_w = min(260, width // 2 - 40)
    top = 8
    height = top + row_h * len(items) + 8
    peak = max([v for _l, v in items if v is not None] or [1]) or 1
    span = width - label_w - 70
    out = [_open(width, height, title, described_by, urdu)]
    for k, (label, value) in enumerate(items):
        y = top + k * row_h
        mid = y + row_h / 2 + 5
        length = 0.0 if value is None else max(1.0, span * value / peak) if value else 0.0
        if rtl:
            x0 = width - label_w
            out.append(
                f'<text x="{x0 + 8}" y="{_fmt(mid)}" text-anchor="end" direction="rtl">'
                f"{escape(_fit(label, label_w - 10, urdu))}</text>"
            )
            bar_x = x0 - 6 - length
            value_x = bar_x - 6
            anchor = "end"
        else:
            out.append(
                f'<text x="{label_w - 8}" y="{_fmt(mid)}" text-anchor="end">'
                f"{escape(_fit(label, label_w - 10, urdu))}</text>"
            )
            bar_x = label_w + 6
            value_x = bar_x + length + 6
            anchor = "start"
        if value is None:
            out.append(
                f'<rect x="{_fmt(bar_x - 24 if rtl else bar_x)}" y="{y + 5}" width="24" '
                f'height="{row_h - 10}" fill="none" stroke="{MUTED}" stroke-dasharray="3 3"/>'
            )
            wx = (bar_x - 30) if rtl else (bar_x + 30)
            out.append(
                f'<text x="{_fmt(wx)}" y="{_fmt(mid)}" text-anchor="{anchor}" fill="{MUTED}">'
                f"{escape(withheld)}</text>"
            )
            continue
        out.append(
            f'<rect x="{_fmt(bar_x)}" y="{y + 5}" width="{_fmt(length)}" height="{row_h - 10}" '
            f'fill="{BAR}" rx="2"/>'
        )
        out.append(
            f'<text x="{_fmt(value_x)}" y="{_fmt(mid)}" text-anchor="{anchor}" direction="ltr" '
            f'font-family="{LATIN_FONTS}">{_num(value)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def columns(
    items: Sequence[tuple[str, int | None]],
    *,
    title: str,
    described_by: str = "",
    rtl: bool = False,
    urdu: bool = False,
    width: int = 640,
    height: int = 220,
    withheld: str = "—",
) -> str:
    """Vertical columns for a time series; in right-to-left pages time runs right to left."""
    n = max(1, len(items))
    bottom = 36 if urdu else 28
    top = 18
    plot_h = height - top - bottom
    slot = width / n
    peak = max([v for _l, v in items if v is not None] or [1]) or 1
    out = [_open(width, height, title, described_by, urdu)]
    base_y = top + plot_h
    out.append(f'<line x1="0" y1="{base_y}" x2="{width}" y2="{base_y}" stroke="{LINE}"/>')
    for k, (label, value) in enumerate(items):
        pos = (n - 1 - k) if rtl else k
        cx = slot * pos + slot / 2
        w = max(4.0, slot * 0.6)
        out.append(
            f'<text x="{_fmt(cx)}" y="{height - 8}" text-anchor="middle">{escape(label)}</text>'
        )
        if value is None:
            out.append(
                f'<text x="{_fmt(cx)}" y="{base_y - 6}" text-anchor="middle" fill="{MUTED}">'
                f"{escape(withheld)}</text>"
            )
            continue
        h = plot_h * value / peak if peak else 0
        out.append(
            f'<rect x="{_fmt(cx - w / 2)}" y="{_fmt(base_y - h)}" width="{_fmt(w)}" '
            f'height="{_fmt(h)}" fill="{BAR}" rx="2"/>'
        )
        out.append(
            f'<text x="{_fmt(cx)}" y="{_fmt(base_y - h - 4)}" text-anchor="middle" '
            f'font-family="{LATIN_FONTS}" font-size="11">{_num(value)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def _fit(label: str, width: int, urdu: bool) -> str:
    """Shorten a label to what fits in ``width`` pixels (roughly); the table has it in full."""
    most = max(6, width // (6 if urdu else 7))
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"


def _open(width: int, height: int, title: str, described_by: str, urdu: bool) -> str:
    fonts = URDU_FONTS if urdu else LATIN_FONTS
    described = f' aria-describedby="{escape(described_by)}"' if described_by else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-family="{fonts}" font-size="{14 if urdu else 13}" fill="#1d2430"{described}>'
        f"<title>{escape(title)}</title>"
    )


GOOD = "#1a7f37"
BAD = "#b42318"


def sparkline(
    items: Sequence[tuple[str, float | None, bool | None]],
    *,
    title: str,
    peak: float | None = None,
    target: float | None = None,
    rtl: bool = False,
    width: int = 132,
    height: int = 34,
) -> str:
    """A small column per month: green on target, red off it, grey when it cannot be judged, a
    dashed gap where there is nothing to measure; an optional line at the target. Time runs
    right to left on right-to-left pages. The table next to it has the numbers."""
    n = max(1, len(items))
    slot = width / n
    values = [v for _l, v, _ok in items if v is not None]
    top = peak if peak is not None else max([*values, target or 0.0, 1.0])
    top = top or 1.0
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="spark" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
        f"<title>{escape(title)}</title>",
        f'<line x1="0" y1="{height - 1}" x2="{width}" y2="{height - 1}" stroke="{LINE}"/>',
    ]
    for k, (label, value, ok) in enumerate(items):
        pos = (n - 1 - k) if rtl else k
        x = slot * pos + slot * 0.15
        w = max(2.0, slot * 0.7)
        if value is None:
            out.append(
                f'<rect x="{_fmt(x)}" y="{height - 4}" width="{_fmt(w)}" height="3" '
                f'fill="none" stroke="{LINE}"><title>{escape(label)}: –</title></rect>'
            )
            continue
        h = max(1.5, (height - 3) * min(value, top) / top)
        colour = MUTED if ok is None else GOOD if ok else BAD
        out.append(
            f'<rect x="{_fmt(x)}" y="{_fmt(height - 1 - h)}" width="{_fmt(w)}" '
            f'height="{_fmt(h)}" fill="{colour}">'
            f"<title>{escape(label)}: {_num(value)}</title></rect>"
        )
    if target is not None and 0 < target <= top:
        y = height - 1 - (height - 3) * target / top
        out.append(
            f'<line x1="0" y1="{_fmt(y)}" x2="{width}" y2="{_fmt(y)}" stroke="{MUTED}" '
            'stroke-dasharray="2 2"/>'
        )
    out.append("</svg>")
    return "".join(out)
