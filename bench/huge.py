"""One huge article: does the build grow linearly with its size?

Builds, for each size (default 0.5, 1, 2 and 5 MB), a site whose only article
is that big: the five seed articles repeated, as ordinary paragraphs, then
hard-wrapped at 72 columns, then as one single paragraph (the worst case for
anything that rescans a paragraph). Each build runs in a fresh process
(bench/child.py); prints the hooks' time, the whole build and the peak memory
per megabyte: a linear build keeps the seconds per megabyte flat.

    .venv/bin/python bench/huge.py
    .venv/bin/python bench/huge.py --sizes 1,5 --shapes paragraphs
"""

from __future__ import annotations

import argparse
import tempfile
import textwrap
from pathlib import Path

from run import ROOT, project_files, run_child

SEEDS = ROOT / "sources" / "articles"
SHAPES = ("paragraphs", "wrapped", "one-paragraph")


def huge_text(size: int, shape: str) -> str:
    seeds = [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    parts: list[str] = []
    total = 0
    while total < size:
        parts.extend(seeds)
        total += sum(len(s) for s in seeds)
    text = "\n\n".join(parts)[:size]
    if shape == "wrapped":
        text = "\n\n".join(textwrap.fill(p, 72) for p in text.split("\n\n"))
    elif shape == "one-paragraph":
        text = " ".join(text.split())
    return "Un article démesuré\n\n" + text


def project(dest: Path, text: str) -> Path:
    (project_files(dest) / "sources" / "articles" / "huge.txt").write_text(text, encoding="utf-8")
    return dest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0.5,1,2,5", help="megabytes, comma-separated")
    parser.add_argument("--shapes", default=",".join(SHAPES), help=f"among {', '.join(SHAPES)}")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    print("| shape | MB | hooks (s) | s/MB | build (s) | s/MB | peak RSS (MB) | MB/MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for shape in args.shapes.split(","):
        for megabytes in sizes:
            with tempfile.TemporaryDirectory(prefix="dossier-huge-") as tmp:
                work = Path(tmp)
                proj = project(work / "project", huge_text(int(megabytes * 1_000_000), shape))
                data = run_child("build", proj, work / "site", work / "result.json", "--instrument")
            hooks, build, rss = data["hooks"]["total_s"], data["build_s"], data["peak_rss_mb"]
            print(
                f"| {shape} | {megabytes:g} | {hooks:.2f} | {hooks / megabytes:.2f} | {build:.2f} "
                f"| {build / megabytes:.2f} | {rss:.0f} | {rss / megabytes:.0f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
