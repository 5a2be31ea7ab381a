"""A report as JSON, CSV, XLSX or PDF. Formatting only: the numbers are the report's own.

A withheld number is ``null`` in JSON, an empty cell with ``withheld`` = yes in CSV, and a dash in
XLSX and PDF. WeasyPrint and openpyxl are imported when first used (they are large and have no
type information).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import json
from typing import Any

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from hifazat.stats import charts
from hifazat.stats.tables import PUBLIC, Report, Table

FORMATS = ("json", "csv", "xlsx", "pdf")
CONTENT_TYPES = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}
NASTALIQ = "web/fonts/NotoNastaliqUrdu-Regular.ttf"


def filename(report: Report, fmt: str) -> str:
    last = report.period.end - dt.timedelta(days=1)
    return (
        f"hifazat-{report.unit.code.lower()}-{report.period.start:%Y%m%d}-{last:%Y%m%d}-"
        f"{report.grade}{'-' + report.language if fmt == 'pdf' else ''}.{fmt}"
    )


def to_json(report: Report) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)


def to_csv(report: Report) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(
        [
            "unit",
            "period_start",
            "period_end",
            "grade",
            "table",
            "row",
            "row_label",
            "column",
            "column_label",
            "count",
            "withheld",
        ]
    )
    last = _last_day(report)
    for t in report.tables:
        for i, row in enumerate(t.rows):
            for j, col in enumerate(t.cols):
                v = t.values[i][j]
                w.writerow(
                    [
                        report.unit.code,
                        report.period.start.isoformat(),
                        last,
                        report.grade,
                        t.key,
                        _code(row.dims, row.code),
                        row.label,
                        _code(col.dims, col.code),
                        col.label,
                        "" if v is None else v,
                        "yes" if v is None and report.grade == PUBLIC else "",
                    ]
                )
    return buf.getvalue()


def _code(dims: tuple[tuple[str, str], ...], fallback: str) -> str:
    return "/".join(v for _k, v in dims) or fallback


def to_xlsx(report: Report) -> bytes:
    openpyxl = importlib.import_module("openpyxl")
    styles = importlib.import_module("openpyxl.styles")
    book = openpyxl.Workbook()
    about = book.active
    about.title = _sheet(_("About"))
    rtl = report.language == "ur"
    bold = styles.Font(bold=True)
    about.sheet_view.rightToLeft = rtl
    for line in _about_lines(report):
        about.append([line])
    about["A1"].font = bold
    about.column_dimensions["A"].width = 110
    used = {about.title}
    for t in report.tables:
        name = _sheet(t.title or t.key)
        while name in used:
            name = _sheet(f"{name[:27]} {len(used)}")
        used.add(name)
        ws = book.create_sheet(name)
        ws.sheet_view.rightToLeft = rtl
        ws.append([t.title])
        ws["A1"].font = bold
        ws.append([t.description])
        ws.append([""] + [c.label for c in t.cols])
        for cell in ws[3]:
            cell.font = bold
        for i, row in enumerate(t.rows):
            cells: list[str | int] = [("    " if row.level else "") + row.label]
            cells += ["—" if v is None else v for v in t.values[i]]
            ws.append(cells)
            if row.total:
                for cell in ws[ws.max_row]:
                    cell.font = bold
        ws.column_dimensions["A"].width = 44
        for note in t.notes:
            ws.append([note])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet(name: str) -> str:
    bad = "[]:*?/\\"
    clean = "".join(" " if ch in bad else ch for ch in name).strip()
    return clean[:31] or "Table"


def _about_lines(report: Report) -> list[str]:
    lines = [
        _("Hifazat: statistics of police cases involving children"),
        _("Unit: %(unit)s") % {"unit": report.unit.display_name(report.language)},
        _("Period: %(start)s to %(end)s")
        % {"start": report.period.start.isoformat(), "end": _last_day(report)},
        _("Generated: %(when)s") % {"when": report.generated_at.strftime("%Y-%m-%d %H:%M UTC")},
    ]
    if report.grade == PUBLIC:
        lines += [
            _(
                "Public tables. Counts of 1 to 9 are withheld (shown as a dash), and so are other "
                "counts wherever they would let a withheld count be worked out. Every published "
                "count is rounded to the nearest 5, each on its own, so totals may differ from the "
                "sum of their parts. No area smaller than a district is shown."
            ),
        ]
    else:
        lines += [
            _(
                "Internal tables: exact counts, for police use only. Do not publish: use the "
                "public tables, which protect children from being identified."
            ),
        ]
    lines += [
        _(
            "Each case is one child's case registered with police, counted once in its gravest "
            "category. Sahil's Cruel Numbers count incidents reported in newspapers: a different "
            "measure."
        ),
    ]
    lines += report.notes
    return lines


def _last_day(report: Report) -> str:
    return (report.period.end - dt.timedelta(days=1)).isoformat()


def title(report: Report) -> str:
    return _("Child protection statistics %(year)s: %(unit)s") % {
        "year": report.period.start.year,
        "unit": report.unit.display_name(report.language),
    }


def keywords(report: Report) -> str:
    return ", ".join(
        [
            _("child protection"),
            _("statistics"),
            _("police"),
            _("child sexual abuse"),
            _("Cruel Numbers"),
            report.unit.display_name(report.language),
            str(report.period.start.year),
        ]
    )


def chart_for(t: Table, *, rtl: bool, urdu: bool, dom_id: str = "") -> str:
    withheld = _("withheld")
    if t.chart == "columns":
        items = [
            (r.label.split(" ")[0], t.values[i][-1]) for i, r in enumerate(t.rows) if not r.total
        ]
        return charts.columns(
            items, title=t.title, described_by=dom_id, rtl=rtl, urdu=urdu, withheld="—"
        )
    if t.chart == "bars":
        return charts.bars(
            t.series(), title=t.title, described_by=dom_id, rtl=rtl, urdu=urdu, withheld=withheld
        )
    return ""


def html_bars(t: Table) -> list[dict[str, Any]]:
    """A chart as plain rows (label, number, share of the largest) for the PDF, where text in
    HTML is shaped and ordered right to left properly and text inside SVG is not."""
    if not t.chart:
        return []
    items = [(r.label, t.values[i][-1]) for i, r in enumerate(t.rows) if not r.total]
    peak = max([v for _l, v in items if v] or [1])
    return [
        {"label": label, "value": v, "width": 0 if not v else max(0.5, 100 * v / peak)}
        for label, v in items
    ]


def report_context(report: Report) -> dict[str, Any]:
    """What the dashboard and the PDF both show."""
    rtl = report.language == "ur"
    return {
        "report": report,
        "tables": [
            {
                "table": t,
                "chart": chart_for(t, rtl=rtl, urdu=rtl, dom_id=f"t-{t.key}"),
                "bars": html_bars(t),
                "columns": t.chart == "columns",
            }
            for t in report.tables
        ],
        "last_day": report.period.end - dt.timedelta(days=1),
        "public": report.grade == PUBLIC,
        "about": _about_lines(report)[4:],
        "title": title(report),
        "unit_name": report.unit.display_name(report.language),
        "generated": report.generated_at.astimezone(dt.timezone(dt.timedelta(hours=5))).strftime(
            "%Y-%m-%d %H:%M"
        ),
        "keywords": keywords(report),
        "rtl": rtl,
    }


def to_pdf(report: Report) -> bytes:
    """The printable annual report. In Urdu: right to left, Noto Nastaliq Urdu embedded, and the
    title and keywords in Urdu in the PDF's metadata."""
    weasyprint = importlib.import_module("weasyprint")
    font = finders.find(NASTALIQ)
    if not font or isinstance(font, list):
        raise FileNotFoundError(NASTALIQ)
    with translation.override(report.language):
        html = render_to_string(
            "stats/report_pdf.html",
            {**report_context(report), "nastaliq": f"file://{font}", "lang": report.language},
        )
    document = weasyprint.HTML(string=html, base_url=str(font).rsplit("/", 1)[0])
    pdf: bytes = document.write_pdf()
    return pdf


def render(report: Report, fmt: str) -> bytes:
    if fmt == "json":
        return to_json(report).encode()
    if fmt == "csv":
        return to_csv(report).encode("utf-8-sig")
    if fmt == "xlsx":
        return to_xlsx(report)
    if fmt == "pdf":
        return to_pdf(report)
    raise ValueError(f"unknown format {fmt!r}")
