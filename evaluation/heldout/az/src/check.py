#!/usr/bin/env python3
"""Check the hand-made gold of the Azerbaijani held-out set against the PDFs' text and write
INDEX.tsv (name, producer, style, pages).

For every gold/NAME.gold.json: pdf/NAME.pdf exists; every key phrase, skill, e-mail, phone and
URL occurs in `pdftotext` output (NFKC, whitespace folded; skills case-insensitive); title,
company and location occur verbatim; dates are ISO; the text has Azerbaijani letters and no
U+FFFD or stray ` / _ where ş/Ş were expected. Exit status 1 on any failure.
"""
import json, os, re, subprocess, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD, PDF = os.path.join(ROOT, "gold"), os.path.join(ROOT, "pdf")
FIELDS = ["language", "producer", "style", "title", "company", "location", "employment_type", "workplace",
          "salary", "experience_years", "education", "skills", "email", "phone", "url", "deadline", "posted",
          "key_phrases", "notes"]
ENUM = {"employment_type": {None, "full_time", "part_time", "contract", "temporary", "internship"},
        "workplace": {None, "onsite", "remote", "hybrid"}}


def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def text_of(pdf):
    return subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def main():
    bad = 0; rows = []
    names = sorted(f[:-10] for f in os.listdir(GOLD) if f.endswith(".gold.json"))
    for n in names:
        g = json.load(open(os.path.join(GOLD, n + ".gold.json")))
        errs = []
        missing = [f for f in FIELDS if f not in g]
        if missing:
            errs.append(f"missing fields {missing}")
        pdf = os.path.join(PDF, n + ".pdf")
        if not os.path.exists(pdf):
            print(f"FAIL {n}: no PDF"); bad += 1; continue
        raw = text_of(pdf); t = fold(raw); tl = t.casefold()
        for k in ("title", "company", "location", "email", "phone", "url"):
            v = g.get(k)
            if v and fold(v) not in t:
                errs.append(f"{k} not verbatim: {v!r}")
        for s in g.get("skills") or []:
            if fold(s).casefold() not in tl:
                errs.append(f"skill not found: {s!r}")
        kp = g.get("key_phrases") or []
        if not 3 <= len(kp) <= 5:
            errs.append(f"{len(kp)} key phrases")
        for p in kp:
            if fold(p) not in t:
                errs.append(f"key phrase not found: {p!r}")
            w = len(p.split())
            if not 5 <= w <= 10:
                errs.append(f"key phrase has {w} words: {p!r}")
        for k in ("deadline", "posted"):
            v = g.get(k)
            if v is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                errs.append(f"{k} not ISO: {v!r}")
        for k, allowed in ENUM.items():
            if g.get(k) not in allowed:
                errs.append(f"{k} bad value {g.get(k)!r}")
        sal = g.get("salary")
        if sal is not None and set(sal) != {"min", "max", "currency", "period"}:
            errs.append("salary keys")
        ex = g.get("experience_years")
        if ex is not None and set(ex) != {"min", "max"}:
            errs.append("experience keys")
        if "\ufffd" in raw:
            errs.append("U+FFFD in text")
        if not re.search("[əƏ]", raw) or not re.search("[şŞçÇğĞıİöÖüÜ]", raw):
            errs.append("Azerbaijani letters missing in text")
        if re.search(r"[A-Za-zəı]`[a-zəı]", raw):
            errs.append("backquote inside a word (broken ş?)")
        pg = pages(pdf)
        rows.append((n, g.get("producer", ""), g.get("style", ""), pg))
        if errs:
            bad += 1
            print(f"FAIL {n}"); [print("   ", e) for e in errs]
        else:
            print(f"ok   {n}  ({pg} p.)")
    with open(os.path.join(ROOT, "INDEX.tsv"), "w") as f:
        f.write("name\tproducer\tstyle\tpages\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"{len(names)} gold files, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
