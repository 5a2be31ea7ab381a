"""The small named-entity model (spaCy), trained in this repository from generated text.

``python -m hifazat.publishing.train`` writes it to ``hifazat/publishing/model/``; it ships in
the package. It is loaded once, lazily, on the first scan that needs it. Labels: ``PER`` (a
private person's name), ``LOC`` (a place below district), ``SCH`` (a named school or madrassa).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parent.parent / "model"
LABELS = ("PER", "LOC", "SCH")

_lock = threading.Lock()
_nlp: Language | None = None


class ModelMissing(RuntimeError):
    """The trained model is not in the package: run ``python -m hifazat.publishing.train``."""


def load(path: Path | None = None) -> Language:
    """The model, loaded once per process."""
    global _nlp
    if _nlp is not None and path is None:
        return _nlp
    with _lock:
        if _nlp is not None and path is None:
            return _nlp
        import spacy

        where = path or MODEL_DIR
        if not (where / "meta.json").exists():
            raise ModelMissing(
                f"no trained guard model in {where}; run `python -m hifazat.publishing.train`"
            )
        nlp = spacy.load(where)
        if path is None:
            _nlp = nlp
        return nlp


def entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans the model finds in ``text``."""
    if not text.strip():
        return []
    nlp = load()
    doc = nlp(text)
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def entities_many(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """``entities`` for several texts at once (batched through the model)."""
    if not texts:
        return []
    nlp = load()
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
