from __future__ import annotations

import importlib

import pytest

from factcheck.splitter import parser


def test_the_pinned_english_model_loads_once_with_its_parser_and_entities() -> None:
    nlp = parser.english()
    assert (nlp.meta["name"], nlp.meta["version"]) == (parser.MODEL_NAME, parser.MODEL_VERSION)
    assert {"parser", "ner", "tagger"} <= set(nlp.pipe_names)
    assert parser.english() is nlp
    said = nlp("Erdoğan said relations are better than ever.")
    assert [t.text for t in said if t.dep_ == "ROOT"] == ["said"]


def test_a_missing_model_is_one_line_naming_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = importlib.import_module

    def without_model(name: str, *args: object) -> object:
        if name == parser.MODEL_PACKAGE:
            raise ImportError(name)
        return real_import(name, *args)

    monkeypatch.setattr(importlib, "import_module", without_model)
    parser.english.cache_clear()
    try:
        with pytest.raises(parser.ParserError, match=r"requirements/parser-model\.txt"):
            parser.english()
    finally:
        parser.english.cache_clear()
