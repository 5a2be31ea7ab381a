"""``hifazat rules explain`` and ``hifazat rules list``, through the pure CLI functions and the
management command, with no database."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from hifazat.safeguards.cli import main
from hifazat.safeguards.management.commands.rules import Command

EXAMPLE = Path(__file__).resolve().parents[3] / "docs" / "examples" / "missing-child.json"


def case_file(tmp_path: Path, data: object) -> str:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def minimal(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "case": {
            "kind": "missing",
            "province": "PB",
            "reported_at": "2026-03-01T23:30:00+05:00",
            "child": {"sex": "female", "age": 12},
        },
        "events": [
            {"id": 1, "kind": "complaint_received", "at": "2026-03-01T23:30:00+05:00"},
        ],
    }
    data.update(changes)
    return data


def test_explain_the_example_case() -> None:
    code, text = main(["explain", str(EXAMPLE)])
    assert code == 0
    assert "BREACHED  The police station informs ZARRA within 2 hours" in text
    assert "ZARRA 2020 s.7(1) · law · verified" in text
    assert "due 2026-03-02 01:30 PKT; done 2026-03-02 01:50 PKT (20 min late)" in text
    assert "the record was corrected" in text


def test_explain_as_json_at_a_chosen_time() -> None:
    code, text = main(["explain", str(EXAMPLE), "--json", "--at", "2026-03-02T01:00:00+05:00"])
    assert code == 0
    data = json.loads(text)
    by_rule = {o["rule"]: o for o in data["obligations"]}
    assert by_rule["zarra.s7-1.notify-2h"]["status"] == "due"
    assert by_rule["zarra.s7-1.notify-2h"]["due_at"] == "2026-03-02T01:30:00+05:00"
    assert data["as_of"] == "2026-03-02T01:00:00+05:00"


def test_explain_flags_unverified_rules(tmp_path: Path) -> None:
    data = minimal(
        case={
            "kind": "conflict",
            "province": "KP",
            "reported_at": "2026-03-01T10:00:00+05:00",
            "child": {"sex": "male", "age": 15, "age_pending": True},
        }
    )
    code, text = main(["explain", case_file(tmp_path, data), "--at", "2026-03-02T10:00+05:00"])
    assert code == 0
    assert "JJSA 2018 s.8 · law · UNVERIFIED: legal review needed" in text


def test_explain_prints_the_checklist(tmp_path: Path) -> None:
    code, text = main(["explain", str(EXAMPLE), "--checklist"])
    assert code == 0
    assert "  D.1  BREACHED" in text and "  0.5  MANUAL" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", "not valid JSON (line 1"),
        (minimal(case={"kind": "lost"}), "case.kind: 'lost' is not one of victim"),
        (
            minimal(events=[{"id": 1, "kind": "complaint_received", "at": "2026-03-01T23:30"}]),
            "events[0].at: '2026-03-01T23:30' has no time zone",
        ),
        (
            minimal(events=[{"id": 1, "kind": "teleported", "at": "2026-03-01T23:30+05:00"}]),
            "events[0].kind: unknown event kind 'teleported'",
        ),
        (
            minimal(
                events=[
                    {
                        "id": 1,
                        "kind": "custody_changed",
                        "at": "2026-03-01T23:30+05:00",
                        "details": {"location": "cell"},
                    }
                ]
            ),
            "events[0].details.location: not one of the allowed choices (observation_home",
        ),
        (
            minimal(
                events=[
                    {"id": 2, "kind": "correction", "corrects": 1, "at": "2026-03-01T23:30+05:00"}
                ]
            ),
            "events[0].corrects: a correction names the id of an earlier event",
        ),
        (
            minimal(
                contacts=[
                    {
                        "id": 1,
                        "kind": "report",
                        "at": "2026-03-01T23:30+05:00",
                        "location": "station",
                        "present": ["uncle"],
                    }
                ]
            ),
            "contacts[0].present: expected a list of: guardian",
        ),
        (
            minimal(
                case={
                    "kind": "victim",
                    "province": "PB",
                    "child": {"sex": "female"},
                    "reported_at": "2026-03-01T23:30+05:00",
                    "offences": ["PPC-999"],
                }
            ),
            "case.offences[0]: unknown offence code 'PPC-999'",
        ),
    ],
    ids=[
        "bad JSON",
        "bad case kind",
        "naive time",
        "unknown event",
        "bad choice",
        "dangling correction",
        "unknown presence code",
        "unknown offence",
    ],
)
def test_a_bad_case_file_says_which_field_and_why(
    tmp_path: Path, data: object, message: str
) -> None:
    path = tmp_path / "case.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    code, text = main(["explain", str(path)])
    assert code == 2
    assert text.startswith(str(path) + ": ")
    assert message in text


def test_a_missing_file() -> None:
    assert main(["explain", "/nonexistent/case.json"]) == (
        2,
        "/nonexistent/case.json: no such file",
    )


def test_fir_offences_become_case_offences(tmp_path: Path) -> None:
    data = minimal(
        case={
            "kind": "victim",
            "province": "PB",
            "reported_at": "2026-03-01T10:00:00+05:00",
            "child": {"sex": "female", "age": 12},
        },
        events=[
            {
                "id": 1,
                "kind": "fir_registered",
                "at": "2026-03-01T11:00:00+05:00",
                "details": {
                    "fir_number": "1",
                    "fir_date": "2026-03-01",
                    "offences": ["PPC-376(3)"],
                },
            }
        ],
    )
    code, text = main(
        ["explain", case_file(tmp_path, data), "--json", "--at", "2026-03-03T10:00+05:00"]
    )
    statuses = {o["rule"]: o["status"] for o in json.loads(text)["obligations"]}
    assert code == 0 and statuses["bp.pocso.medical-24h"] == "overdue"


def test_list_filters_by_province_and_contact() -> None:
    code, text = main(["list", "--province", "SD", "--contact", "missing"])
    assert code == 0
    assert "sindh.missing-fir-4h" in text and "zarra.s7-1.notify-2h" in text
    assert "bp.missing.daily-family" not in text  # not for Sindh: the SOP rule is
    assert "jjsa.s3-2.lawyer-24h" not in text


def test_list_by_contact_kind_and_as_json() -> None:
    code, text = main(["list", "--contact", "arrest", "--json"])
    assert code == 0
    ids = {r["id"] for r in json.loads(text)["rules"]}
    assert "const.art10-2.production-24h" in ids and "zarra.s8.fir" not in ids


def test_list_refuses_an_unknown_province() -> None:
    code, text = main(["list", "--province", "XX"])
    assert code == 2 and "--province: unknown province 'XX'" in text


def test_the_management_command_runs_without_the_database() -> None:
    out = StringIO()
    call_command(Command(), "list", "--province", "ICT", stdout=out)
    assert "ict" in out.getvalue().lower()
    with pytest.raises(CommandError) as caught:
        call_command(Command(), "explain", "/nonexistent.json")
    assert caught.value.returncode == 2
