"""``hifazat guard [FILE|-] [--json] [--lang auto|en|ur]``: check a text without a database.

Pure (no Django): ``run(argv, stdin)`` returns ``(exit_code, output)``; the management command
and ``python -m hifazat.publishing.cli`` only print it. Exit codes: 0 clean, 1 redacted,
2 blocked (3 for a usage or input error). With ``--json`` the output is one object:
``{"verdict", "findings": [{"start", "end", "category", "detector", "confidence", "reason"}],
"redacted"}``, offsets being Python string offsets into the input as read (UTF-8).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from .engine import Policy, Redaction, ScanContext, Verdict, redact, scan

EXIT = {Verdict.CLEAN: 0, Verdict.REDACTED: 1, Verdict.BLOCKED: 2}
USAGE_ERROR = 3


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="hifazat guard",
        description="Find and redact what could identify a child (exit 0 clean, 1 redacted, "
        "2 blocked).",
    )
    add_arguments(p)
    return p


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", nargs="?", default="-", help="text file (UTF-8), or - for stdin")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--lang", choices=("auto", "en", "ur"), default="auto", help="placeholders")
    p.add_argument(
        "--not-child-case",
        action="store_true",
        help="the text is not about a child case (no default-deny)",
    )


def check(text: str, *, lang: str = "auto", child_case: bool = True) -> Redaction:
    language = lang if lang in ("en", "ur") else "auto"
    ctx = ScanContext(language=language, child_case=child_case)  # type: ignore[arg-type]
    policy = Policy(default_deny=child_case, language=language)  # type: ignore[arg-type]
    return redact(text, scan(text, ctx), policy)


def render(result: Redaction, *, as_json: bool) -> str:
    if as_json:
        return json.dumps(result.as_dict(), ensure_ascii=False)
    lines = [f"verdict: {result.verdict}"]
    lines += [f"blocked: {r}" for r in result.reasons]
    for f in result.findings:
        lines.append(
            f"  {f.start}-{f.end} {f.category} ({f.detector}, {f.confidence:.2f}): {f.reason}"
        )
    lines += ["", result.text]
    return "\n".join(lines)


def read_text(path: str, stdin: TextIO | None = None) -> str:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode()
    else:
        with open(path, "rb") as fh:
            data = fh.read()
    return data.decode("utf-8")


def run(argv: list[str], stdin: TextIO | None = None) -> tuple[int, str]:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:
        return (USAGE_ERROR if exc.code else 0), ""
    return run_args(
        args.file,
        as_json=args.json,
        lang=args.lang,
        child_case=not args.not_child_case,
        stdin=stdin,
    )


def run_args(
    file: str, *, as_json: bool, lang: str, child_case: bool, stdin: TextIO | None = None
) -> tuple[int, str]:
    try:
        text = read_text(file, stdin)
    except (OSError, UnicodeDecodeError) as exc:
        return USAGE_ERROR, f"hifazat guard: cannot read {file}: {exc}"
    result = check(text, lang=lang, child_case=child_case)
    return EXIT[result.verdict], render(result, as_json=as_json)


def main() -> None:
    code, out = run(sys.argv[1:])
    if out:
        print(out)
    raise SystemExit(code)


if __name__ == "__main__":
    main()
