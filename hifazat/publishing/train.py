"""Train the guard's small NER model from generated text: ``python -m hifazat.publishing.train``.

Offline and deterministic (fixed seeds, one thread): documents come from ``synth`` with the
training templates (less the development fifth) and the "model" part of the *training* split of
the names (``synth.DEV_PERCENT``), in English, Roman Urdu and Urdu script, with ALL CAPS,
small-letter, Urdu-digit, Arabic-code-point and spelling-drift variants; some Urdu and Roman Urdu
documents get a sentence of ordinary words after them, so that the model does not take every
word it has not seen for a name. The model
is a blank multilingual ("xx") spaCy pipeline with one ``ner`` component (labels PER, LOC, SCH),
written to ``hifazat/publishing/model/`` (a few MB), which ships in the package.
"""

from __future__ import annotations

import argparse
import copy
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from .engine import words
from .engine.model import LABELS, MODEL_DIR
from .engine.text import normalise
from .synth import MODEL_LABEL, Document, generate, model_templates

# Small on purpose: the guard must scan more than a megabyte a second per core. A call costs
# mostly fixed overhead per layer (about 0.6 ms with width 64 and two CNN layers, 0.4 ms with
# width 32 and one), and the model only settles words the rules left open.
_NER_CONFIG = {
    "model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 32,
        "maxout_pieces": 1,
        "use_upper": True,
        "tok2vec": {
            "@architectures": "spacy.HashEmbedCNN.v2",
            "pretrained_vectors": None,
            "width": 32,
            "depth": 1,
            "embed_size": 2000,
            "window_size": 1,
            "maxout_pieces": 2,
            "subword_features": True,
        },
    }
}


# Ordinary words, so that the model learns that a word it has not seen in a template is not
# a name just because it is there: generated text is nearly all names and cue words. A filler
# sentence of such words (no entities) follows some Urdu and Roman Urdu documents.
_FILLER = {
    "ur": sorted(words.URDU_FUNCTION | words.URDU_COMMON | words.URDU_GENERAL),
    "roman": sorted(words.ROMAN_URDU | words.ROMAN_COMMON),
}
_FILLER_SHARE = 0.6


def examples(docs: list[Document], seed: int = 0) -> list[tuple[str, list[tuple[int, int, str]]]]:
    rng = random.Random(seed)  # noqa: S311 - generated training data
    out = []
    for d in docs:
        text = normalise(d.text).text
        if len(text) != len(d.text):  # variants used for training keep lengths
            continue
        ents = [(s, e, MODEL_LABEL[c]) for s, e, c in d.spans if c in MODEL_LABEL]
        filler = _FILLER.get(d.lang)
        if filler and rng.random() < _FILLER_SHARE:
            sentence = " ".join(rng.choice(filler) for _ in range(rng.randint(6, 14)))
            text = f"{text} {sentence}{'۔' if d.lang == 'ur' else '.'}"
        out.append((text, ents))
    return out


def train(
    out_dir: Path, n_docs: int, epochs: int, seed: int, width: int = 32, depth: int = 1
) -> dict[str, float]:
    import spacy
    from spacy.training import Example
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    started = time.perf_counter()
    docs = list(generate(model_templates(), "model", n_docs, seed))
    data = examples(docs, seed)
    nlp = spacy.blank("xx")
    config: dict[str, Any] = copy.deepcopy(_NER_CONFIG)
    config["model"]["hidden_width"] = width
    config["model"]["tok2vec"]["width"] = width
    config["model"]["tok2vec"]["depth"] = depth
    ner = nlp.add_pipe("ner", config=config)
    for label in LABELS:
        ner.add_label(label)  # type: ignore[attr-defined]
    exs = []
    dropped = 0
    for text, ents in data:
        doc = nlp.make_doc(text)
        spans = []
        for s, e, label in ents:
            span = doc.char_span(s, e, label=label, alignment_mode="expand")
            if span is None:
                dropped += 1
                continue
            spans.append(span)
        try:
            doc.ents = spans
        except ValueError:
            dropped += 1
            continue
        exs.append(Example(nlp.make_doc(text), doc))
    optimizer = nlp.initialize(lambda: exs)
    rng = random.Random(seed)  # noqa: S311 - shuffling training data
    losses: dict[str, float] = {}
    for epoch in range(epochs):
        rng.shuffle(exs)
        losses = {}
        for k in range(0, len(exs), 16):
            batch = exs[k : k + 16]
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}/{epochs}: ner loss {losses.get('ner', 0.0):.1f}", file=sys.stderr)
    nlp.meta["name"] = "hifazat_guard"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = (
        "Hifazat publication guard NER (PER, LOC, SCH), trained on generated text; "
        f"{len(exs)} documents, {epochs} epochs, seed {seed}"
    )
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    nlp.to_disk(tmp)
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)
    elapsed = time.perf_counter() - started
    size = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())
    return {"docs": len(exs), "dropped_spans": dropped, "seconds": elapsed, "bytes": size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hifazat.publishing.train", description=__doc__)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--docs", type=int, default=8000)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--width", type=int, default=32, help="hidden width (speed vs. recall)")
    parser.add_argument("--depth", type=int, default=1, help="convolution layers")
    args = parser.parse_args(argv)
    r = train(args.out, args.docs, args.epochs, args.seed, args.width, args.depth)
    print(
        f"trained on {r['docs']:.0f} generated documents in {r['seconds']:.1f} s; "
        f"model {r['bytes'] / 1e6:.1f} MB in {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
