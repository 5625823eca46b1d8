"""Build the whole corpus from the sources folder, afresh on every build."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import glossary as glossary_mod
from . import quotes as quotes_mod
from . import sources, themes
from .clean import clean
from .model import Article, Diagnostic
from .related import related
from .text import slugify

RESERVED_SLUGS = {"index"}


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    themes: list[themes.Theme] = field(default_factory=list)
    matcher: themes.Matcher | None = None
    related: dict[str, list[tuple[Article, list[str]]]] = field(default_factory=dict)
    quotes: list[quotes_mod.Quote] = field(default_factory=list)
    glossary: glossary_mod.Glossary = field(default_factory=lambda: glossary_mod.Glossary([]))
    linker: glossary_mod.Linker | None = None
    terms: dict[str, glossary_mod.TermData] = field(default_factory=dict)
    missing_terms: list[tuple[str, int]] = field(default_factory=list)

    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}


def assign_slugs(articles: list[Article]) -> None:
    """Slugs from titles; duplicates get -2, -3… in source-file order, so they are stable."""
    taken: set[str] = set(RESERVED_SLUGS)
    for article in sorted(articles, key=lambda a: a.id):
        base = slugify(article.title) or slugify(article.id) or "article"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        article.slug = slug


def build(articles_dir: Path, root: Path, themes_file: Path | None = None, glossary_file: Path | None = None) -> Corpus:
    """Read, clean and analyse every article.

    Raises ThemeConfigError or GlossaryError when themes.yml or glossary.yml cannot be used.
    """
    themes_file = themes_file or root / "sources" / "themes.yml"
    glossary_file = glossary_file or root / "sources" / "glossary.yml"
    glossary = glossary_mod.load_glossary(glossary_file, sources._rel(glossary_file, root))
    taxonomy = themes.load_themes(themes_file, sources._rel(themes_file, root))
    matcher = themes.Matcher(taxonomy)
    paths, diagnostics = sources.discover(articles_dir, root)
    loaded, problems = sources.load_all(paths, root)
    corpus = Corpus(diagnostics=glossary.diagnostics + diagnostics + problems, themes=taxonomy, matcher=matcher)
    corpus.glossary = glossary
    corpus.linker = glossary_mod.Linker(glossary)
    corpus.articles = sorted((clean(source) for source in loaded), key=lambda a: a.id)
    for article in corpus.articles:
        corpus.diagnostics += themes.check_front_matter_themes(article, taxonomy)
        themes.classify(article, matcher)
    for article in corpus.articles:
        found = quotes_mod.extract(article)
        quotes_mod.dedupe_anchors(article, found)
        for quote in found:
            if not quote.themes:  # a quotation outside any passage: the article's themes it speaks to
                hits = matcher.count(quote.text)
                quote.themes = [t for t in article.themes if hits.get(t)]
        corpus.quotes += found
    quotes_mod.unify_speakers(corpus.quotes)
    assign_slugs(corpus.articles)
    corpus.related = related(corpus.articles)
    corpus.terms = glossary_mod.analyse(corpus.articles, corpus.linker)
    corpus.missing_terms = glossary_mod.missing_terms(corpus.articles, corpus.linker)
    return corpus
