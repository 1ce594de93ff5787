#!/usr/bin/env python3
"""Turn the criterion medians of `cargo bench` into the README's performance tables.

    cargo bench && python3 tools/bench_table.py

Reads target/criterion/<group>/<function>/new/estimates.json (medians), target/criterion/
component-memory.json, target/criterion/component-ratio.json, target/criterion/component-stages.json and fixtures/corpus/INDEX.tsv (pages per document). Prints Markdown.
Every figure comes from the one bench run those files hold, so ratios compare like with like.
"""

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRITERION = ROOT / "target" / "criterion"
STAGES = ["load", "decode", "layout", "posting", "total"]
PEERS = ["lopdf_extract_text", "pdf_extract"]


def median_ns(group: str, function: str) -> float | None:
    path = CRITERION / group / function / "new" / "estimates.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())["median"]["point_estimate"]


def ms(ns: float | None) -> str:
    return "–" if ns is None else f"{ns / 1e6:.3f} ms"


def pages_by_document() -> dict[str, int]:
    rows = (ROOT / "fixtures" / "corpus" / "INDEX.tsv").read_text().splitlines()
    header = rows[0].split("\t")
    out = {}
    for row in rows[1:]:
        cells = dict(zip(header, row.split("\t")))
        out[cells["name"]] = int(cells["pages"])
    return out


def main() -> int:
    pages = pages_by_document()
    docs = sorted(n for n in pages if median_ns(n, "total") is not None)
    if not docs:
        print("no criterion results: run `cargo bench` first", file=sys.stderr)
        return 1
    typical = [n for n in docs if pages[n] <= 2]

    def med(names, function):
        values = [median_ns(n, function) for n in names]
        values = [v for v in values if v is not None]
        return statistics.median(values) if values else None

    print(f"Native, median over the per-document medians ({len(typical)} typical 1–2 page ads of "
          f"fixtures/corpus; {len(docs)} documents with text in all):\n")
    print("| Stage | Typical ad | All documents |")
    print("|---|---|---|")
    for stage in STAGES:
        print(f"| {stage} | {ms(med(typical, stage))} | {ms(med(docs, stage))} |")
    total = med(typical, "total")
    posting = med(typical, "posting")
    if total and posting:
        print(f"\nPosting is {100 * posting / (total - posting):.1f}% on top of the text extraction of a typical ad.")

    print("\nPeers on the same files in the same run (per-document medians; pdf-extract only where it "
          "does not panic):\n")
    print("| Extractor | Typical ad | Whole set (sum) | Peer time ÷ ours (set) |")
    print("|---|---|---|---|")
    ours_set = median_ns("set", "ours")
    print(f"| jobpdf (text, layout and fields) | {ms(total)} | {ms(ours_set)} | |")
    for peer, label, ours_fn in [
        ("lopdf_extract_text", "lopdf `extract_text` (text only, no layout)", "ours"),
        ("pdf_extract", "pdf-extract 0.12 (text only)", "ours_on_pdf_extract_set"),
    ]:
        peer_typical = med([n for n in typical if median_ns(n, peer) is not None], peer)
        peer_set = median_ns("set", peer)
        ours_same = median_ns("set", ours_fn)
        factor = f"{peer_set / ours_same:.2f}" if peer_set and ours_same else "–"
        print(f"| {label} | {ms(peer_typical)} | {ms(peer_set)} | {factor} |")

    many = [n for n in docs if pages[n] >= 5]
    singles = [median_ns(n, "total") / 1 for n in docs if pages[n] == 1]
    if many and singles:
        print("\nCost per page:\n")
        print("| Document | Pages | Total | Per page | Per page ÷ 1-page median |")
        print("|---|---|---|---|---|")
        one = statistics.median(singles)
        print(f"| median of the {len(singles)} one-page ads | 1 | {ms(one)} | {ms(one)} | 1.00 |")
        for n in many:
            t = median_ns(n, "total")
            print(f"| {n} | {pages[n]} | {ms(t)} | {ms(t / pages[n])} | {t / pages[n] / one:.2f} |")

    comp = {f: median_ns("component", f) for f in [
        "instantiate_health", "post_typical_extract_and_store", "post_typical_already_stored",
        "extract_in_wasm_typical", "extract_native_typical", "extract_in_wasm_ten_pages",
        "extract_native_ten_pages"]}
    if any(comp.values()):
        print("\nThe real component in the embedded wasmtime host (module compiled once, a fresh "
              "instance per request, as Spin runs it):\n")
        print("| Measure | Median |")
        print("|---|---|")
        rows = [
            ("instantiate + `GET /v1/health`", "instantiate_health"),
            ("`POST /v1/documents`, typical ad, end to end (instantiate, extract, KV write)", "post_typical_extract_and_store"),
            ("`POST` of an ad already stored (hash, KV read)", "post_typical_already_stored"),
            ("extraction inside Wasm, typical ad", "extract_in_wasm_typical"),
            ("extraction native, typical ad", "extract_native_typical"),
            ("extraction inside Wasm, 10-page ad", "extract_in_wasm_ten_pages"),
            ("extraction native, 10-page ad", "extract_native_ten_pages"),
        ]
        for label, key in rows:
            print(f"| {label} | {ms(comp[key])} |")
        for label in ["typical", "ten_pages"]:
            w, n = comp[f"extract_in_wasm_{label}"], comp[f"extract_native_{label}"]
            if w and n:
                print(f"| wasm/native ratio of the extraction, {label.replace('_', ' ')} | {w / n:.2f} |")

    ratio = CRITERION / "component-ratio.json"
    if ratio.exists():
        print("\nThe wasm/native ratio again, measured so that a change of load on the machine cancels: "
              "blocks of requests to the component and of native extractions (a warm loop, as above) "
              "alternate, which side goes first alternating too; one ratio of medians per pair of "
              "blocks:\n")
        print("| Document | Pairs of blocks | Requests per block | Median ratio | Range |")
        print("|---|---|---|---|---|")
        for label, m in json.loads(ratio.read_text()).items():
            print(f"| {label.replace('_', ' ')} | {m['blocks']} | {m['block']} | **{m['median']:.2f}** | "
                  f"{m['low']:.2f}–{m['high']:.2f} |")

    stages = CRITERION / "component-stages.json"
    if stages.exists():
        print("\nWhere the time goes, typical ad: the component's own `Server-Timing` beside the native "
              "pipeline's stage timings, alternating in one loop of 101 requests (medians; alternating "
              "leaves neither with warm caches):\n")
        print("| Stage | In Wasm | Native | Ratio |")
        print("|---|---|---|---|")
        for stage, m in json.loads(stages.read_text()).items():
            w, n = m["wasm_ms"], m["native_ms"]
            ratio = f"{w / n:.2f}" if w and n else "–"
            wn = "–" if w is None else f"{w:.3f} ms"
            nn = "–" if n is None else f"{n:.3f} ms"
            print(f"| {stage} | {wn} | {nn} | {ratio} |")

    memory = CRITERION / "component-memory.json"
    if memory.exists():
        print("\nPeak linear memory of the component per request:\n")
        print("| Input | Bytes | Status | Peak memory |")
        print("|---|---|---|---|")
        for label, m in json.loads(memory.read_text()).items():
            print(f"| {label.replace('_', ' ')} | {m['bytes']:,} | {m['status']} | {m['peak_mib']:.1f} MiB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
