"""`mkdocs serve` rebuilds give the site a fresh build gives, byte for byte, whatever was edited.

A serve session keeps each article's analysis (dossier.corpus.Cache) and what
the corpus made of them (dossier.reuse: listing rows, written pages, data
records, what MkDocs rendered of the generated pages' skeletons) for the next
build. These tests build a project as `mkdocs serve` does (one process, the
configuration loaded again for each rebuild), edit its sources, rebuild, and
compare every file of the site, and the warnings, with a fresh `mkdocs build`
of a copy of the same sources, in another process (the serve session's state
stays as it is from one test to the next).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from .conftest import make_project, run_build
from .test_scale import load_generator

N = 60  # generated articles, with the seeds: enough figures and dates for listings on several pages


class Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def built(project: Path, site: Path, command: str | None) -> tuple[list[str], ModuleType, int]:
    """Build ``project`` into ``site`` in this process; ``command`` starts a session (None: a rebuild of one).

    Returns the warnings, the hook module (its serve state) and how many rendered skeletons it reused.
    """
    handler = Warnings()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
        (hooks,) = config.hooks.values()
        before = hooks.session.reuse.renders.reused
        if command is not None:
            config.plugins.on_startup(command=command, dirty=False)
        build(config)
    finally:
        logger.removeHandler(handler)
    return sorted(handler.messages), hooks, hooks.session.reuse.renders.reused - before


def warnings_of(log: str) -> list[str]:
    """The warnings of a `mkdocs build` run's output."""
    return sorted(line.split("-", 1)[1].strip() for line in log.splitlines() if line.startswith("WARNING"))


def files(site: Path) -> dict[str, bytes]:
    # The gzipped sitemap carries its own timestamp; sitemap.xml says the same.
    return {
        str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file() and p.suffix != ".gz"
    }


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A project built once as `mkdocs serve` builds it; the tests below edit it in turn."""
    generate = load_generator()
    project = make_project(tmp_path_factory.mktemp("serve") / "project")
    generate.write_raw(generate.generate(N), project / "sources" / "articles")
    site = project.parent / "site"
    assert built(project, site, "serve")[0] == []
    yield project, site


def assert_same_as_fresh(session: tuple[Path, Path], tmp_path: Path) -> None:
    project, site = session
    served_warnings, hooks, reused = built(project, site, None)
    # The rebuild reused the last build's work: pages written, skeletons rendered by MkDocs.
    assert hooks.session.reuse.memo.hits > 0 and reused > 0
    fresh = tmp_path / "fresh"
    shutil.copytree(project, fresh, ignore=shutil.ignore_patterns("__pycache__", ".cache", "site"))
    done = run_build(fresh, strict=False, env={"DOSSIER_CACHE": "0"})
    assert done.returncode == 0, done.log
    assert [w.strip() for w in served_warnings] == warnings_of(done.log)
    served, expected = files(site), files(done.site)
    assert served.keys() == expected.keys()
    different = [name for name in expected if served[name] != expected[name]]
    assert different == []


def article(project: Path, index: int) -> Path:
    return sorted((project / "sources" / "articles").iterdir())[index]


def test_after_editing_articles(session: tuple[Path, Path], tmp_path: Path) -> None:
    path = article(session[0], 7)
    path.write_text(
        path.read_text("utf-8") + "\n\nLe 3 mars 2025, Meta a annoncé 2 milliards de dollars pour la sécurité.\n",
        "utf-8",
    )
    # A rare name in two articles: they become related.
    for index in (8, 30):
        path = article(session[0], index)
        text = (
            "\n\nLe projet a été présenté par la chercheuse Ondine Quilliboeuf, avec Bertille Vasquezian "
            "et Lothaire Pennanech, du laboratoire Kestrelys de Quimperlé.\n"
        )
        path.write_text(path.read_text("utf-8") + text, "utf-8")
    assert_same_as_fresh(session, tmp_path)


def test_after_rewording_and_dropping_paragraphs(session: tuple[Path, Path], tmp_path: Path) -> None:
    """Edits inside the text: a paragraph's anchor changes, terms and names come and go in its passages."""
    project = session[0]
    path = article(project, 20)
    paragraphs = path.read_text("utf-8").split("\n\n")
    middle = len(paragraphs) // 2
    paragraphs[middle] += " Les poids ouverts de Llama changent la donne pour la souveraineté numérique."
    path.write_text("\n\n".join(paragraphs), "utf-8")
    path = article(project, 41)
    paragraphs = path.read_text("utf-8").split("\n\n")
    del paragraphs[len(paragraphs) // 2]
    path.write_text("\n\n".join(paragraphs), "utf-8")
    assert_same_as_fresh(session, tmp_path)


def test_after_retitling_deleting_and_adding_articles(session: tuple[Path, Path], tmp_path: Path) -> None:
    project = session[0]
    retitled = article(project, 0)
    retitled.write_text("Un tout autre titre pour cet article\n\n" + retitled.read_text("utf-8"), "utf-8")
    # A title spelt otherwise, the same slug: every listing shows the new title.
    seed = next(p for p in (project / "sources" / "articles").iterdir() if "Meta Redéfinit" in p.read_text("utf-8"))
    seed.write_text(seed.read_text("utf-8").replace("Meta Redéfinit", "Meta redéfinit", 1), "utf-8")
    article(project, 12).unlink()
    (project / "sources" / "articles" / "zz-nouveau.txt").write_text(
        "Un article tout neuf\n\nMark Zuckerberg défend Llama : « Le code ouvert rend l’IA plus sûre », dit-il.\n",
        "utf-8",
    )
    assert_same_as_fresh(session, tmp_path)


def test_after_adding_a_namesake(session: tuple[Path, Path], tmp_path: Path) -> None:
    """The same title as an unchanged article, and a name that comes first: it takes that article's slug."""
    project = session[0]
    twin = next(p for p in (project / "sources" / "articles").iterdir() if p.name.startswith("002_"))
    title = twin.read_text("utf-8").splitlines()[0]
    (project / "sources" / "articles" / "000-homonyme.txt").write_text(f"{title}\n\nUn autre texte.\n", "utf-8")
    assert_same_as_fresh(session, tmp_path)


def test_after_changing_a_definition_and_a_hand_written_page(session: tuple[Path, Path], tmp_path: Path) -> None:
    project = session[0]
    glossary = project / "sources" / "glossary.yml"
    text = glossary.read_text("utf-8")
    assert "definition:" in text
    glossary.write_text(text.replace("definition:", "definition: (revue)", 1), "utf-8")
    (project / "docs" / "methode.md").write_text(
        (project / "docs" / "methode.md").read_text("utf-8") + "\n\nUne ligne de plus.\n", "utf-8"
    )
    assert_same_as_fresh(session, tmp_path)


def test_a_rebuild_without_changes_is_the_same_site(session: tuple[Path, Path], tmp_path: Path) -> None:
    assert_same_as_fresh(session, tmp_path)


def test_the_memo_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DOSSIER_SERVE_MEMO=0: a serve session keeps the articles' analyses only (for a machine short of memory)."""
    project = make_project(tmp_path / "project")
    kept = []
    for setting in ("0", "1"):
        monkeypatch.setenv("DOSSIER_SERVE_MEMO", setting)
        config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
        config.plugins.on_startup(command="serve", dirty=False)
        build(config)
        (hooks,) = config.hooks.values()
        kept.append(len(hooks.session.reuse.memo))
    assert kept[0] == 0 and kept[1] > 0
