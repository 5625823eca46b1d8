"""The pictures drawn at build time (dossier.charts), and what the pages make of the corpus for them."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET

import pytest

from dossier import charts, render_actors, render_facts, render_themes
from dossier.actors import Actor
from dossier.facts import ActorData, Facts, Located
from dossier.figures import Figure
from dossier.model import Article, Passage
from dossier.themes import Theme
from dossier.timeline import DateMention

PAYLOAD = '<script>alert(1)</script> " & \x00url\x00evil.md\x00'


def svg_of(figure: str) -> ET.Element:
    """The picture's SVG, parsed as XML: every text and attribute escaped makes it well-formed."""
    match = re.search(r"<svg\b.*?</svg>", figure, re.S)
    assert match, figure
    return ET.fromstring(match.group())


def named(figure: str) -> ET.Element:
    svg = svg_of(figure)
    assert svg.get("role") == "img"
    title, desc = svg.find("title"), svg.find("desc")  # inline SVG in HTML: no namespace
    assert title is not None and title.text and desc is not None and desc.text
    assert svg.get("aria-labelledby") == title.get("id") and svg.get("aria-describedby") == desc.get("id")
    assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", svg.get("viewBox", ""))
    assert svg.find(".//a") is None  # links lie over the picture, never inside the image
    return svg


def hits(figure: str) -> list[tuple[str, str, list[float]]]:
    """(href, name, [left, top, width, height] in %) of the links over a picture."""
    found = re.findall(
        r'<a class="dossier-chart__hit" href="([^"]*)" title="[^"]*" style="left:([\d.]+)%;top:([\d.]+)%;'
        r'width:([\d.]+)%;height:([\d.]+)%"><span class="dossier-chart__name">([^<]*)</span></a>',
        figure,
    )
    return [(href, name, [float(v) for v in box]) for href, *box, name in found]


def test_untrusted_text_is_escaped_everywhere() -> None:
    rows = [charts.Bar(10.0, PAYLOAD, PAYLOAD), charts.Bar(5.0, "cinq")]
    for figure in (
        charts.bars("u1", PAYLOAD, rows, str, PAYLOAD),
        charts.timeline("u2", [charts.Moment(2025.5, "past", PAYLOAD, "#p-1")], PAYLOAD),
        charts.shares("u3", PAYLOAD, [PAYLOAD, "b"], [charts.Share(PAYLOAD, (1, 2))], PAYLOAD),
        charts.cocitation_matrix("u4", [charts.Node(PAYLOAD, "#a"), charts.Node("b", "#b")], [[0, 1], [1, 0]]),
        charts.cocitation_fan("u5", PAYLOAD, [(charts.Node(PAYLOAD, "#a"), 2)], PAYLOAD),
    ):
        assert "<script" not in figure and "\x00" not in figure
        assert "&lt;script&gt;" in figure
        named(figure)
        for _, name, _ in hits(figure):
            assert "<" not in name


def test_scale_is_logarithmic_from_two_orders_of_magnitude() -> None:
    linear = charts.scale_for([3.0, 14.0, 80.0])
    assert not linear.log and linear.high >= 80 and linear(0) == 0 and linear(linear.high) == 1
    assert linear.ticks()[0] == 0 and len(linear.ticks()) <= 7
    log = charts.scale_for([6e6, 1e8, 14.3e9])
    assert log.log and log.low == 1e6 and log.high == 1e11
    assert log.ticks() == [1e6, 1e7, 1e8, 1e9, 1e10, 1e11]
    assert log(1e6) == 0 and log(1e11) == 1 and 0 < log(1e8) < log(14.3e9) < 1
    assert not charts.scale_for([0.0, 1.0, 1000.0]).log  # zero has no logarithm: linear
    wide = charts.scale_for([1.0, 1e15])
    assert wide.log and len(wide.ticks()) <= 7


def test_bars_are_labelled_as_written_on_one_scale() -> None:
    rows = [charts.Bar(14.3e9, "14,3 milliards $", "Meta"), charts.Bar(1e8, "100 millions $"), charts.Bar(6e6, "6 M$")]
    figure = charts.bars("money", "Montants", rows, lambda v: f"{v:g}", "Trois valeurs.")
    svg = named(figure)
    assert "14,3 milliards\u00a0$" in figure and "Meta" in figure  # the sign stays with its number
    widths = [float(r.get("width", 0)) for r in svg.iter() if r.get("class") == "dossier-chart__bar"]
    assert len(widths) == 3 and widths == sorted(widths, reverse=True)
    assert "logarithmique" in figure.split("<desc")[1].split("</desc>")[0]
    assert "Échelle logarithmique" in figure.split("<figcaption>")[1]
    small = charts.bars("count", "Nombres", [charts.Bar(3, "3"), charts.Bar(2, "2")], str)
    assert "logarithmique" not in small


def test_tick_labels_never_run_into_each_other() -> None:
    rows = [charts.Bar(1.0, "a"), charts.Bar(1e12, "b")]
    figure = charts.bars("wide", "Large", rows, lambda v: f"{v:,.0f} unités")
    svg = svg_of(figure)
    ticks = [t for t in svg.iter() if t.get("class") == "dossier-chart__muted" and t.text and "unités" in t.text]
    spans = []
    for t in ticks:
        x, w = float(t.get("x", 0)), charts.text_width(t.text or "")
        anchor = t.get("text-anchor", "start")
        start = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
        spans.append((start, start + w))
    assert len(spans) >= 2
    assert all(b[0] - a[1] >= 6 for a, b in itertools.pairwise(spans))
    assert spans[0][0] >= 0 and spans[-1][1] <= charts.BARS_WIDTH


def test_timeline_places_points_in_time_and_marks_announced_dates_apart() -> None:
    moments = [
        charts.Moment(2023.5, "past", "2023", "\x00url\x00articles/a.md\x00#p-1"),
        charts.Moment(2024.1, "publication", "publication", "\x00url\x00articles/b.md\x00"),
        charts.Moment(2026.5, "announced", "prévu 2026", "\x00url\x00articles/a.md\x00#p-2"),
        charts.Moment(2023.5, "past", "2023 encore", "\x00url\x00articles/c.md\x00#p-3"),
    ]
    figure = charts.timeline("t", moments, "Légende.")
    svg = named(figure)
    kinds = [el.get("class", "") for el in svg.iter() if "dossier-chart__mark" in el.get("class", "")]
    assert sorted(k.rsplit("--", 1)[1] for k in kinds) == ["announced", "past", "past", "publication"]
    assert any(el.tag.endswith("polygon") for el in svg.iter())  # announced: a diamond, not a disc
    links = hits(figure)
    assert sorted(href for href, _, _ in links) == sorted(m.href for m in moments)
    for _, _, box in links:
        assert all(0 <= v <= 100 for v in box)
    by_name = {name: box for _, name, box in links}
    assert by_name["2023"][0] < by_name["prévu 2026"][0]  # left to right in time
    assert by_name["2023"][1] != by_name["2023 encore"][1]  # the same date twice: stacked, not on top
    assert "Date annoncée" in figure and "2026" in figure


def test_timeline_groups_are_sized_by_count() -> None:
    moments = [charts.Moment(2020.5, "past", "1", "#a", 1), charts.Moment(2021.5, "past", "100", "#b", 100)]
    svg = named(charts.timeline("g", moments))
    radii = sorted(float(c.get("r", 0)) for c in svg.iter() if c.tag.endswith("circle"))
    assert radii[0] >= 2.5 and radii[1] / radii[0] > 4  # area by count; the smallest still visible


def test_shares_fill_the_bar_and_write_the_percentages() -> None:
    figure = charts.shares("s", "Parts", ["Stratégie", "Sécurité"], [charts.Share("Un article", (3, 1))])
    svg = named(figure)
    segments = [float(r.get("width", 0)) for r in svg.iter() if "dossier-chart__series " in r.get("class", "") + " "]
    assert sum(segments) == pytest.approx(charts.SHARES_WIDTH, abs=0.2)
    assert "75\u00a0%" in figure and "25\u00a0%" in figure
    assert "dossier-chart__swatch--series-2" in figure  # the legend, in HTML


def test_cocitation_pictures_link_to_the_actors() -> None:
    nodes = [charts.Node(f"Acteur {i}", f"#a{i}") for i in range(4)]
    together = [[0, 3, 1, 0], [3, 0, 2, 0], [1, 2, 0, 1], [0, 0, 1, 0]]
    figure = charts.cocitation_matrix("m", nodes, together, total=60)
    svg = named(figure)
    cells = [r for r in svg.iter() if "dossier-chart__cell " in r.get("class", "")]
    assert len(cells) == 6  # the triangle below the diagonal
    assert [h for h, _, _ in hits(figure)] == ["#a0", "#a1", "#a2", "#a3"]
    assert "sur 60" in figure
    fan = charts.cocitation_fan("f", "Meta", [(nodes[1], 5), (nodes[2], 1)])
    paths = [float(p.get("stroke-width", 0)) for p in named(fan).iter() if p.tag.endswith("path")]
    assert paths[0] > paths[1]
    assert [h for h, _, _ in hits(fan)] == ["#a1", "#a2"]


# ----------------------------------------------------------------------------
# What the pages draw from a large corpus: the top, or groups, and they say so
# ----------------------------------------------------------------------------


def _article(i: int, date: str | None = None) -> Article:
    return Article(id=f"a{i:04d}", source_file=f"a{i}.txt", title=f"Article {i}", slug=f"article-{i}", date=date)


N = 5000


def test_key_figures_picture_shows_the_largest_values_and_says_so() -> None:
    articles = {a.id: a for a in (_article(i) for i in range(N))}
    rows = [
        (a, Located("p-1", Figure(0, 5, f"{i} M$", "money", 1e6 * (i % 900 + 1), "USD", sentence="s")))
        for i, a in enumerate(articles)
    ]
    figure = render_facts.figure_chart("money", rows)
    svg = named(figure)
    assert sum(1 for r in svg.iter() if r.get("class") == "dossier-chart__bar") == render_facts.BARS_SHOWN
    assert f"Les {render_facts.BARS_SHOWN} plus grandes valeurs sur 900" in figure
    assert "cité" in figure and len(figure) < 20_000


def test_chronology_picture_groups_dates_past_a_few_dozen() -> None:
    articles = {a.id: a for a in (_article(i, f"202{i % 4}-0{i % 9 + 1}-15") for i in range(N))}
    facts = Facts()
    for i, article_id in enumerate(articles):
        year = 2020 + i % 6
        mention = DateMention(0, 7, f"en {year}", year, None, None, "year", str(year), sentence="s")
        facts.dates.append((article_id, Located("p-1", mention)))
    found = render_facts.events(facts, articles)
    figure = render_facts.timeline_chart(found, articles, lambda y: f"#annee-{y}")
    named(figure)
    assert "regroupées par trimestre" in figure and len(hits(figure)) < 100 and len(figure) < 40_000
    assert "dossier-chart__mark--announced" in figure  # a year after the article's own date: announced


def test_chronology_picture_marks_planned_dates_and_links_each_to_its_paragraph() -> None:
    articles = {"a": Article(id="a", source_file="a.txt", title="A", slug="a", date="2025-03-01")}
    facts = Facts()
    for anchor, (raw, year, qualifier) in enumerate([("en 2024", 2024, ""), ("prévu pour 2025", 2025, "prévu")]):
        mention = DateMention(0, 7, raw, year, None, None, "year", str(year), qualifier, sentence="s")
        facts.dates.append(("a", Located(f"p-{anchor}", mention)))
    found = render_facts.events(facts, articles)
    assert [render_facts.is_announced(e, articles) for e in found] == [False, True, False]  # 2024, 2025, publication
    figure = render_facts.timeline_chart(found, articles, lambda y: f"#annee-{y}")
    assert sorted(h for h, _, _ in hits(figure)) == sorted(
        ["\x00url\x00articles/a.md\x00", "\x00url\x00articles/a.md\x00#p-0", "\x00url\x00articles/a.md\x00#p-1"]
    )


def test_theme_shares_per_article_then_per_period() -> None:
    themes = [Theme("strategy", "Stratégie", "", ()), Theme("security", "Sécurité", "", ())]

    def with_passages(article: Article, n: int) -> Article:
        article.passages = {"strategy": [Passage(f"p-{k}", 0, 1) for k in range(n)], "security": [Passage("p-x", 0, 1)]}
        return article

    undated = [with_passages(_article(i), i % 7 + 1) for i in range(40)]
    figure = render_themes.share_chart(themes, undated)
    assert f"les {render_themes.SHARE_ROWS} articles qui ont le plus de passages, sur 40" in figure
    named(figure)
    dated = [with_passages(_article(i, f"{2015 + i % 8}-06-01"), 2) for i in range(N)]
    figure = render_themes.share_chart(themes, dated)
    assert "par année de publication" in figure and "2022" in figure
    assert "Part de chaque thème dans le temps" in figure and len(figure) < 20_000


def test_actor_index_picture_crosses_the_most_cited_actors() -> None:
    facts = Facts()
    for i in range(60):
        actor = Actor(f"Acteur {i}", f"acteur-{i}", "organisation")
        data = ActorData(actor, articles=[(f"a{k}", ["p-1"], 1) for k in range(0, 100 - i, 1 + i % 3)])
        data.mentions = len(data.articles)
        facts.actors[actor.slug] = data
    figure = render_actors.cocitation_chart(facts)
    named(figure)
    assert len(hits(figure)) == render_actors.MATRIX_SHOWN and "sur 60" in figure
    pairs = render_actors.top_pairs(facts)
    assert pairs and pairs[0][2] == max(n for _, _, n in pairs)


def test_chart_text_is_bound_as_french_typography_binds_it() -> None:
    # Labels, tooltips and captions are the site's words or the articles': the spaces French never breaks are bound.
    assert (
        charts.esc("Échelle : 1 200 articles ; 75 % ?") == "Échelle\u00a0: 1\u202f200 articles\u202f; 75\u00a0%\u202f?"
    )
    assert charts.esc("a <b> & « c »") == "a &lt;b&gt; &amp; «\u00a0c\u00a0»"
