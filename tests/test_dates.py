"""An article's date with month precision ("YYYY-MM", ISO 8601 reduced precision) in every consumer.

A date line that gives only the month ("mars 2025", "2025-03") makes the article's date a month:
shown « mars 2025 », ``<time datetime="2025-03">``, sorted before the days of its month, its
first day in the feeds (RSS and JSON Feed need a day), as is in the open data.
"""

from __future__ import annotations

import json
from email.utils import parsedate_to_datetime

import pytest

from dossier import export, feeds, render, render_facts
from dossier.facts import Facts, Located
from dossier.model import Article
from dossier.timeline import DateMention


def _article(name: str, date: str | None) -> Article:
    return Article(id=name, source_file=f"{name}.txt", title=f"Article {name}", slug=name, date=date)


@pytest.mark.parametrize(
    ("iso", "shown"),
    [
        ("2025-03-04", "4 mars 2025"),
        ("2025-03-01", "1er mars 2025"),
        ("2025-03", "mars 2025"),
        ("2024-12", "décembre 2024"),
    ],
)
def test_shown_in_french(iso: str, shown: str) -> None:
    assert render.french_date(iso) == shown


def test_not_a_month_is_an_error_as_not_a_day_is() -> None:
    for wrong in ("2025-13", "2025-02-30"):
        with pytest.raises(ValueError):
            render.date_parts(wrong)


def test_byline_and_listing() -> None:
    month = _article("m", "2025-03")
    assert '<time datetime="2025-03">mars 2025</time>' in render.byline_html(month)
    assert "mars 2025 ·" in render.render_listing([month], "articles")


def test_listing_order_puts_a_month_before_its_days() -> None:
    articles = [_article(n, d) for n, d in [("a", "2025-03-15"), ("b", "2025-03"), ("c", "2025-02-28"), ("d", None)]]
    assert [a.id for a in render.sort_for_listing(articles)] == ["a", "b", "c", "d"]  # newest first, undated last


def test_feeds_give_the_first_day_of_the_month() -> None:
    articles = [_article("m", "2025-03"), _article("d", "2025-04-02")]
    rss = feeds.rss(articles, "Dossier", "Desc", "https://example.org/")
    dates = [parsedate_to_datetime(d.split("</pubDate>")[0]) for d in rss.split("<pubDate>")[1:]]
    assert [(d.year, d.month, d.day) for d in dates] == [(2025, 4, 2), (2025, 3, 1)]
    items = json.loads(feeds.json_feed(articles, "Dossier", "Desc", "https://example.org/"))["items"]
    assert [i["date_published"][:10] for i in items] == ["2025-04-02", "2025-03-01"]


def test_open_data_keeps_the_month() -> None:
    month, day = _article("m", "2025-03"), _article("d", "2025-03-04")
    assert export.article_record(month)["date"] == "2025-03"
    events = render_facts.events(Facts(), {a.id: a for a in (month, day)})
    records = list(export.timeline_records(events, [month, day]))
    assert [(r["date"], r["type"], r["precision"]) for r in records] == [
        ("2025-03", "publication", "month"),
        ("2025-03-04", "publication", "day"),
    ]


def test_chronology_places_a_month_publication() -> None:
    articles = {a.id: a for a in [_article("m", "2025-03"), _article("d", "2025-03-01")]}
    facts = Facts()
    # A day in the month the article was published is not announced; the next month is.
    for anchor, (raw, iso, day, month) in enumerate(
        [("le 20 mars 2025", "2025-03-20", 20, 3), ("en avril 2025", "2025-04", None, 4)]
    ):
        precision = "day" if day else "month"
        mention = DateMention(0, len(raw), raw, 2025, month, day, precision, iso, sentence="s")
        facts.dates.append(("m", Located(f"p-{anchor}", mention)))
    found = render_facts.events(facts, articles)
    assert [(e.iso, e.label) for e in found] == [
        ("2025-03", "mars 2025"),  # the month first, as day 0
        ("2025-03-01", "1er mars 2025"),
        ("2025-03-20", "20 mars 2025"),
        ("2025-04", "avril 2025"),
    ]
    assert [render_facts.is_announced(e, articles) for e in found] == [False, False, False, True]
    assert render_facts.when(found[0]) == pytest.approx(2025 + 2.5 / 12)  # the middle of March
