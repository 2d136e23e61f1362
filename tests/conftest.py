from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import fuzz_profiles  # noqa: F401  (registers the quick profile before Hypothesis loads one)
import pytest
import split_cache
from postgres_support import postgres_store_url

from factcheck.splitter.parser import english

PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "seeds" / "000_ac684aa55c728b26.txt"
SHARED = PROJECT.parent / "shared"

split_cache.install()

# Allocations between two runs of the garbage collector's youngest pass (Python's default is
# 700). The desk's tests make and drop hundreds of thousands of short-lived objects (Textual's
# strips, segments and styles): at 700 many lived just long enough to be promoted, and the full
# passes that then came, each 50-90 ms over Textual's caches, took a quarter of those tests'
# CPU. At 10,000 most die young: the desk tests' CPU fell by a seventh, the others' a little.
YOUNG_OBJECTS = 10_000
gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])


@pytest.hookimpl(optionalhook=True)  # an xdist hook: pytest also runs without xdist
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto`: one worker more than the cores this process may use. Many tests spend part
    of their time off the CPU (waiting on `factcheck` children, the splitter's worker
    processes, fsyncs, PostgreSQL, terminals, the desk's polls); with one worker a core, a
    core sits idle through each wait. `PYTEST_XDIST_AUTO_NUM_WORKERS` still chooses."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    return len(os.sched_getaffinity(0)) + 1


def pytest_collection_finish(session: pytest.Session) -> None:
    """What lives as long as the test process (every module imported, and in an xdist
    worker the parser model, which nearly every worker loads) is frozen out of the garbage
    collector's full passes, which walked it all again and again: a seventh of the desk and
    splitter tests' CPU. A run without xdist (a file or two) does not load the model ahead."""
    if os.environ.get("PYTEST_XDIST_WORKER") and session.items:
        english()
    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first: with xdist, a long test started last would keep one core busy
    alone while the others sit idle."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "factcheck.json"


@pytest.fixture(params=["tinydb", "postgres"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new store's location on each backend (`--store` text): the store contract tests
    run once per backend; the PostgreSQL run is skipped without a server."""
    if request.param == "tinydb":
        yield str(tmp_path / "store" / "factcheck.json")
        return
    with postgres_store_url() as url:
        yield url


# The seed article's published details, as `article edit` or header lines would give them.
SEED_DETAILS = {
    "title": "Erdoğan: Turkey does not want a war between Russia and Ukraine",
    "url": "https://www.example-wire.com/world/erdogan-ukraine",
    "outlet": "Example Wire",
    "author": "Jane Reporter",
}


@pytest.fixture(scope="module")
def published_newsroom(tmp_path_factory: pytest.TempPathFactory):
    """The report tests' newsroom (see test_report.Newsroom), its seed article given its
    published details: for the public page and ClaimReview tests."""
    from test_report import Newsroom

    newsroom = Newsroom(tmp_path_factory.mktemp("public") / "factcheck.json")
    seed = newsroom.store.get_article(newsroom.seed_id)
    assert seed is not None
    newsroom.store.save_article(seed.model_copy(update=SEED_DETAILS))
    return newsroom
