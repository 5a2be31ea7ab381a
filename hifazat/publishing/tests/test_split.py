"""Held-out names never reach the gazetteers; generated data is deterministic."""

from __future__ import annotations

from hifazat.cases.names import name_tokens, phonetic_key
from hifazat.publishing import synth
from hifazat.publishing.engine import lexicon


def test_no_held_out_name_is_in_a_gazetteer() -> None:
    g = lexicon.gazetteer()
    for lst, entries in lexicon.name_entries("test").items():
        for e in entries:
            for form in lexicon.entry_forms(e):
                for tok in name_tokens(form):
                    assert lexicon.is_held_out(phonetic_key(tok)), (lst, form)
                    assert tok not in g.given | g.family | g.caste, (lst, form)
    assert lexicon.name_entries("test")["given_female"]
    assert lexicon.name_entries("train")["given_female"]


def test_generation_is_deterministic_and_spans_are_exact() -> None:
    a = list(synth.generate(synth.model_templates(), "train", 30, seed=1))
    b = list(synth.generate(synth.model_templates(), "train", 30, seed=1))
    assert [d.text for d in a] == [d.text for d in b]
    for d in a:
        for s, e, _ in d.spans:
            assert d.text[s:e].strip() == d.text[s:e] != ""


def test_no_evaluation_template_is_trained_on() -> None:
    """The model learns from the training templates only: no template of the test set or of a
    development set (bench/guard_data) is among them, not even with other spacing or case."""
    import json
    from pathlib import Path

    def key(text: str) -> str:
        return " ".join(text.lower().split())

    trained = {key(t.text) for t in synth.model_templates()}
    assert len(trained) > 200
    data = Path(__file__).resolve().parents[3] / "bench" / "guard_data"
    files = sorted(data.glob("*templates.json"))
    assert any(f.name == "templates.json" for f in files)
    for f in files:
        for t in json.loads(f.read_text("utf-8"))["templates"]:
            assert key(t["text"]) not in trained, (f.name, t["id"])
