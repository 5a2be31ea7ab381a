"""``scan``: run every detector, take the union, map spans back to the original text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hifazat.cases.names import name_keys, name_tokens

from . import detect, model, words
from .detect import Doc, Hit
from .text import normalise
from .types import (
    NAME_CATEGORIES,
    Category,
    Finding,
    KnownIdentity,
    NameCandidate,
    ScanContext,
)

# When spans of different categories overlap, the more specific one names the merged finding.
_PRIORITY = {
    Category.PHOTO_VIDEO: 0,
    Category.SINGLING_OUT: 1,
    Category.ID_NUMBER: 2,
    Category.PHONE: 3,
    Category.CHILD_NAME: 4,
    Category.RELATIVE_NAME: 5,
    Category.SCHOOL: 6,
    Category.AGE_OR_DOB: 7,
    Category.FINE_LOCATION: 8,
    Category.CASTE_TRIBE: 9,
    Category.PERSON_NAME: 10,
}
_MODEL_CATEGORY = {
    "PER": Category.PERSON_NAME,
    "LOC": Category.FINE_LOCATION,
    "SCH": Category.SCHOOL,
}
_MODEL_CONFIDENCE = 0.6


def scan(text: str, context: ScanContext | None = None) -> list[Finding]:
    """Everything in ``text`` that could identify a child, as non-overlapping findings.

    Offsets are Python ``str`` offsets into ``text`` itself (not the normalised form).
    """
    ctx = context or ScanContext()
    if not text.strip():
        return []
    norm = normalise(text)
    doc = Doc(norm, ctx.allow)
    hits: list[Hit] = []
    hits += detect.formats(doc)
    age_hits = detect.ages(doc)
    hits += age_hits
    hits += detect.age_names(doc, age_hits)
    if ctx.child_case:
        hits += detect.age_again(doc, age_hits)
    hits += detect.cue_names(doc)
    hits += detect.places(doc)
    hits += detect.schools(doc)
    hits += detect.castes(doc, ctx.child_case)
    hits += detect.media(doc)
    hits += detect.singling_out(doc)
    hits += detect.gazetteer_names(doc)
    if ctx.child_case:
        hits += detect.default_deny(doc)
        hits += detect.arrested(doc)
        hits += detect.signature(doc)
        hits += detect.suspected(doc)
        hits += detect.hashtag_names(doc)
        hits += detect.clan_members(doc)
        hits += detect.before_markers(doc)
        hits += detect.clause_subjects(doc)
        hits += detect.speakers(doc)
        hits += detect.after_phone(doc, hits)
        hits += detect.name_tails(doc)
        hits += detect.told_names(doc)
        hits += detect.hashtag_for(doc)
        hits += detect.before_parentage(doc)
        hits += detect.before_person_nouns(doc)
    hits += detect.address_tail(doc, hits)
    hits += _model_hits(doc, hits, ctx.child_case)
    hits = [h for h in (_trim(doc, h) for h in hits) if h is not None]
    hits += detect.propagate(doc, hits, 0.0 if ctx.child_case else 0.8)
    if ctx.child_case:
        hits += detect.name_edges(doc, hits)
    if ctx.known_identity is not None:
        hits += _known(doc, hits, ctx)
    merged = _merge(doc, hits)
    out: list[Finding] = []
    for h in merged:
        start, end = norm.span(h.start, h.end)
        out.append(Finding(start, end, h.category, h.detector, h.confidence, h.reason, h.role))
    return out


_WINDOW = 5  # tokens of context on each side of a word the rules could not settle


def _model_hits(doc: Doc, rule_hits: list[Hit], child_case: bool) -> list[Hit]:
    """Run the model where it can add something: around name-like words that no rule finding
    covers (the model is the slowest detector; most text needs no second opinion).

    In a child case every finding is redacted, so a word any rule (default-deny included) has
    found is settled; otherwise only a confident finding (>= 0.8) settles it.
    """
    toks = doc.toks
    if child_case and not any(t.arabic for t in toks):
        return []  # see below: in a child case the model reads only Urdu script
    settled = [False] * len(toks)
    floor = 0.0 if child_case else 0.8
    for h in rule_hits:
        if h.confidence >= floor:
            for i in doc.inside(h.start, h.end):
                settled[i] = True
    # In a child case Latin text is left to the rules and default-deny (the model found nothing
    # more there in the evaluation); it reads Urdu script, where nothing else marks a name.
    latin_settled = child_case
    windows: list[list[int]] = []
    for i in range(len(toks)):
        if settled[i] or not doc.namey(i) or (latin_settled and not toks[i].arabic):
            continue
        a, b = max(0, i - _WINDOW), min(len(toks) - 1, i + _WINDOW)
        if windows and a <= windows[-1][1] + 1:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    if not windows:
        return []
    # One text for the model, the windows joined by a line break: a call costs mostly fixed
    # overhead, so one call with three windows is much cheaper than three calls.
    parts: list[str] = []
    offsets: list[tuple[int, int, int]] = []  # (start in joined text, end there, start in doc)
    pos = 0
    for a, b in windows:
        s, e = toks[a].start, toks[b].end
        if parts:
            parts.append(_JOINER)
            pos += len(_JOINER)
        parts.append(doc.text[s:e])
        offsets.append((pos, pos + e - s, s))
        pos += e - s
    hits = []
    for start, end, label in model.entities("".join(parts)):
        cat = _MODEL_CATEGORY.get(label)
        if cat is None:
            continue
        for seg_start, seg_end, doc_start in offsets:
            if seg_start <= start < seg_end:
                shift = doc_start - seg_start
                hits.append(
                    Hit(
                        start + shift,
                        min(end, seg_end) + shift,
                        cat,
                        "model",
                        _MODEL_CONFIDENCE,
                        f"model: {label}",
                    )
                )
                break
    return hits


_JOINER = "\n\n"


_TRIMMED = NAME_CATEGORIES | {Category.FINE_LOCATION, Category.SCHOOL}


def _trim(doc: Doc, h: Hit) -> Hit | None:
    """Drop kept tokens (districts, ranks ...) from the edges of name and place spans."""
    if h.category not in _TRIMMED:
        return h
    inside = doc.inside(h.start, h.end)
    a, b = inside.start, inside.stop - 1
    if a > b:
        return None
    kept = doc.kept
    lows = doc.lows
    first, last = a, b
    while a <= b and (kept[a] or lows[a] in _EDGE_WORDS):
        a += 1
    while a <= b and ((kept[b] and h.category is not Category.SCHOOL) or lows[b] in _EDGE_WORDS):
        b -= 1  # a school keeps the town it is named after
    if a > b:
        return None
    if h.category in NAME_CATEGORIES and not (h.detector == "cue" and h.confidence >= 0.9):
        # a name of ordinary words only is dropped, unless an explicit cue ("s/o", "ولد",
        # "Mst.", "name:") put it there: names are ordinary words too ("ولدیت: حاصل")
        stop = doc.stop
        for i in range(a, b + 1):
            if lows[i] not in stop or lows[i] in words.AMBIGUOUS or doc.namey(i):
                break
        else:
            return None
    if a == first and b == last:
        return h
    start = h.start if a == first else doc.toks[a].start
    end = h.end if b == last else doc.toks[b].end
    return Hit(start, end, h.category, h.detector, h.confidence, h.reason, h.role)


_EDGE_WORDS = frozenset(
    {
        "the",
        "of",
        "and",
        "in",
        "at",
        "from",
        "district",
        "distt",
        "tehsil",
        "ضلع",
        "اور",
        "کے",
        "کی",
        "کا",
        "میں",
    }
)


def _known(doc: Doc, hits: list[Hit], ctx: ScanContext) -> list[Hit]:
    """Ask the case register (through the caller's lookup) which candidate names it knows."""
    assert ctx.known_identity is not None
    spans: dict[tuple[int, int], None] = {}
    for h in hits:
        if h.category in NAME_CATEGORIES:
            spans[(h.start, h.end)] = None
    for i, t in enumerate(doc.toks):
        if (
            not t.digit
            and t.low not in doc.stop
            and not doc.kept[i]
            and len(t.low) > 1
            and (t.arabic or doc.caseless or doc.capitalised(t) or t.low not in doc.common)
        ):
            spans[(t.start, t.end)] = None
    candidates: list[NameCandidate] = []
    where: list[tuple[int, int]] = []
    for start, end in spans:
        text = doc.text[start:end]
        toks = tuple(name_tokens(text))
        if not toks:
            continue
        candidates.append(NameCandidate(len(candidates), text, toks, tuple(name_keys(text))))
        where.append((start, end))
    if not candidates:
        return []
    found: Iterable[KnownIdentity] = ctx.known_identity(candidates)
    out = []
    for k in found:
        if 0 <= k.index < len(where):
            start, end = where[k.index]
            cat = {"child": Category.CHILD_NAME, "guardian": Category.RELATIVE_NAME}.get(
                k.role, Category.PERSON_NAME
            )
            role = "relative" if k.role == "guardian" else ""
            out.append(
                Hit(
                    start,
                    end,
                    cat,
                    "known_identity",
                    0.99,
                    f"matches a {k.role} on the case register",
                    role,
                )
            )
    return out


# what may stand between two name findings of one name: spaces, a hyphen, or a particle
# ("Gulistan-e-Jauhar", "Zia ul Haq")
_PARTICLE = "|".join(sorted(words.NAME_PARTICLES | {"i"}, key=len, reverse=True))  # "-i-" too
_JOIN = re.compile(rf"[ \t]*(?:[-\u2010][ \t]*)?(?:(?:{_PARTICLE})[ \t]*[-\u2010]?[ \t]*)?", re.I)


def _merge(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """Union of overlapping spans (and of adjacent name spans), one finding each."""
    if not hits:
        return []
    hits = sorted(hits, key=lambda h: (h.start, -h.end))
    groups: list[list[Hit]] = []
    end = -1
    for h in hits:
        if groups and (
            h.start < end or (h.start >= end and _adjacent_names(doc, groups[-1], h, end))
        ):
            groups[-1].append(h)
            end = max(end, h.end)
        else:
            groups.append([h])
            end = h.end
    return [_combine(g) for g in groups]


def _adjacent_names(doc: Doc, group: list[Hit], h: Hit, end: int) -> bool:
    if h.category not in NAME_CATEGORIES:
        return False
    if not any(g.category in NAME_CATEGORIES and g.end == end for g in group):
        return False
    return bool(_JOIN.fullmatch(doc.text[end : h.start]))


def _combine(group: list[Hit]) -> Hit:
    if len(group) == 1:
        return group[0]
    start = group[0].start
    end = group[0].end
    best = group[0]
    best_key = _rank(best)
    top = 0.0
    miss = 1.0
    detectors: set[str] = set()
    reasons: dict[str, None] = {}
    for h in group:
        if h.start < start:
            start = h.start
        if h.end > end:
            end = h.end
        key = _rank(h)
        if key < best_key:
            best, best_key = h, key
        if h.confidence > top:
            top = h.confidence
        miss *= 1.0 - h.confidence
        detectors.add(h.detector)
        reasons[h.reason] = None
    confidence = max(top, 1.0 - miss * 0.5)
    if best.category is Category.AGE_OR_DOB and best.role != "dob":
        # an age in years may stay in the redacted text; what it overlaps (a name, a place)
        # may not, so the merged finding is named after the other part
        others = [h for h in group if h.category is not Category.AGE_OR_DOB]
        if others:
            best = min(others, key=_rank)
    # a known identity or a cue says whose name it is; keep its category and role
    role = best.role or next((h.role for h in group if h.category == best.category and h.role), "")
    return Hit(
        start,
        end,
        best.category,
        "+".join(sorted(detectors)),
        min(confidence, 0.999),
        "; ".join(reasons),
        role,
    )


def _rank(h: Hit) -> tuple[bool, int, float]:
    """Which finding of a group names it: confident first, then the more specific category."""
    p = _PRIORITY[h.category]
    return (h.confidence < 0.8, p if h.confidence >= 0.5 else 20 + p, -h.confidence)
