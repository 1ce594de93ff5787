#!/usr/bin/env python3
"""Render every ad in src/ads/, write gold JSON, check gold against the PDF text, write INDEX.tsv.

    python3 src/build.py            # everything
    python3 src/build.py e03 e07    # only ads whose name starts with these prefixes
"""
import importlib.util, json, os, re, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

FIELDS = ["language", "producer", "style", "title", "company", "location", "employment_type", "workplace",
          "salary", "experience_years", "education", "skills", "email", "phone", "url", "deadline",
          "posted", "key_phrases", "notes"]
ET = {None, "full_time", "part_time", "contract", "temporary", "internship"}
WP = {None, "onsite", "remote", "hybrid"}


def load_ads():
    mods = []
    for p in sorted(glob.glob(os.path.join(lib.HERE, "ads", "e*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        mods.append(m)
    return mods


def check(name, gold, pdf):
    errs = []
    raw = lib.pdftext(pdf)
    text = lib.fold(raw)
    if len(text) < 200:
        errs.append("no/short text layer")
    def has(s):
        return lib.fold(s) in text
    for f in ("title", "company", "location", "email", "phone", "url"):
        v = gold.get(f)
        if v is not None and not has(v):
            errs.append(f"{f} not verbatim in text: {v!r}")
    for s in gold["skills"]:
        if not has(s):
            errs.append(f"skill not in text: {s!r}")
    if not 3 <= len(gold["skills"]) <= 8:
        errs.append(f"skills count {len(gold['skills'])}")
    kp = gold["key_phrases"]
    if not 3 <= len(kp) <= 5:
        errs.append("key_phrases count")
    for k in kp:
        n = len(k.split())
        if not 5 <= n <= 10:
            errs.append(f"key phrase length {n}: {k!r}")
        if not has(k):
            errs.append(f"key phrase not in text: {k!r}")
    if gold["employment_type"] not in ET: errs.append("bad employment_type")
    if gold["workplace"] not in WP: errs.append("bad workplace")
    for f in ("deadline", "posted"):
        v = gold[f]
        if v is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", v): errs.append(f"bad {f}")
    s = gold["salary"]
    if s is not None:
        assert set(s) == {"min", "max", "currency", "period"}, name
        if s["period"] not in (None, "hour", "day", "month", "year"): errs.append("bad period")
        if s["min"] is not None and s["max"] is not None and s["min"] > s["max"]: errs.append("salary min>max")
    e = gold["experience_years"]
    if e is not None:
        assert set(e) == {"min", "max"}, name
    if list(gold) != FIELDS:
        errs.append(f"field order/keys: {list(gold)}")
    return errs


def main():
    only = sys.argv[1:]
    ads = [m for m in load_ads() if not only or any(m.NAME.startswith(o) for o in only)]
    chrome = None
    rows = []; bad = 0
    try:
        for m in ads:
            pdf = os.path.join(lib.ROOT, "pdf", m.NAME + ".pdf")
            if getattr(m, "NEEDS_CHROME", False) and chrome is None:
                chrome = lib.Chrome()
            m.render(pdf, chrome)
            gold = dict(m.GOLD)
            gold = {"language": "en", "producer": m.PRODUCER, "style": m.STYLE, **gold}
            gold = {k: gold[k] for k in FIELDS if k in gold} | {k: v for k, v in gold.items() if k not in FIELDS}
            json.dump(gold, open(os.path.join(lib.ROOT, "gold", m.NAME + ".gold.json"), "w"),
                      ensure_ascii=False, indent=2)
            errs = check(m.NAME, gold, pdf)
            np_ = lib.pages(pdf)
            cr, pr = lib.producer_of(pdf)
            print(f"{m.NAME:44} pages={np_} creator={cr[:30]!r} producer={pr[:30]!r} " + ("OK" if not errs else "FAIL"))
            for e in errs:
                print("    " + e)
            bad += bool(errs)
            rows.append((m.NAME, m.PRODUCER, m.STYLE, np_))
    finally:
        if chrome:
            chrome.close()
    if not only:
        with open(os.path.join(lib.ROOT, "INDEX.tsv"), "w") as f:
            f.write("name\tproducer\tstyle\tpages\n")
            for r in rows:
                f.write("\t".join(map(str, r)) + "\n")
    print(f"{len(rows)} ads, {bad} with problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
