"""The fact-check memory's matcher: which checked claims does a new claim repeat?

`ClaimIndex(texts).search(query, k)` is the whole public interface (see `index`). Plain Python
over PyStemmer and numpy: no store, no UI, no network; the re-ranker's weights ship in
this package (`reranker.json`, trained by scripts/train_matcher.py).
"""

from factcheck.matching.index import ClaimIndex

__all__ = ["ClaimIndex"]
