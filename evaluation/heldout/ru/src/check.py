#!/usr/bin/env python3
"""Check every gold file against its PDF's text (pdftotext): verbatim strings, schema, Cyrillic sanity."""
import json, os, re, subprocess, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["language", "producer", "style", "title", "company", "location", "employment_type", "workplace",
          "salary", "experience_years", "education", "skills", "email", "phone", "url", "deadline", "posted",
          "key_phrases", "notes"]
ENUMS = {"employment_type": {None, "full_time", "part_time", "contract", "temporary", "internship"},
         "workplace": {None, "onsite", "remote", "hybrid"}}

def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()

def text_of(pdf, layout=False):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout

def check(name):
    problems = []; info = []
    g = json.load(open(os.path.join(ROOT, "gold", name + ".gold.json")))
    pdf = os.path.join(ROOT, "pdf", name + ".pdf")
    raw = text_of(pdf); t = fold(raw)
    if list(g) != FIELDS:
        problems.append(f"field order/set differs: {list(g)}")
    for f, allowed in ENUMS.items():
        if g.get(f) not in allowed: problems.append(f"{f}={g.get(f)!r} not allowed")
    if g["language"] != "ru": problems.append("language")
    idx = {l.split("\t")[0]: l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "INDEX.tsv"))}
    if name not in idx: problems.append("not in INDEX.tsv")
    elif [g["producer"], g["style"]] != idx[name][1:3]: problems.append("producer/style differ from INDEX.tsv")
    sal = g["salary"]
    if sal is not None:
        if set(sal) != {"min", "max", "currency", "period"}: problems.append("salary keys")
        if sal["period"] not in (None, "hour", "day", "month", "year"): problems.append("salary period")
        if sal["min"] is not None and sal["max"] is not None and sal["min"] > sal["max"]: problems.append("salary min>max")
    ex = g["experience_years"]
    if ex is not None and set(ex) != {"min", "max"}: problems.append("experience keys")
    for f in ("deadline", "posted"):
        if g[f] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g[f]): problems.append(f"{f} format")
    kp = g["key_phrases"]
    if not 3 <= len(kp) <= 5: problems.append(f"{len(kp)} key phrases")
    for k in kp:
        n = len(k.split())
        if not 5 <= n <= 10: problems.append(f"key phrase has {n} words: {k!r}")
        if fold(k) not in t: problems.append(f"key phrase missing: {k!r}")
    if not 3 <= len(g["skills"]) <= 8: problems.append(f"{len(g['skills'])} skills")
    for s in g["skills"]:
        if fold(s) not in t: problems.append(f"skill missing: {s!r}")
    for f in ("title", "company", "location", "email", "phone", "url", "education"):
        v = g[f]
        if v is not None and fold(v) not in t: problems.append(f"{f} not verbatim: {v!r}")
    # text sanity: Cyrillic present, no replacement/private-use characters, no mixed-script words
    letters = [c for c in raw if c.isalpha()]
    cyr = sum(1 for c in letters if "CYRILLIC" in unicodedata.name(c, ""))
    if not letters or cyr / len(letters) < 0.5: problems.append(f"Cyrillic share {cyr}/{len(letters)}")
    bad = [c for c in raw if c == "\ufffd" or unicodedata.category(c) == "Cs"]
    if bad: problems.append(f"{len(bad)} replacement characters")
    pua = [c for c in raw if unicodedata.category(c) == "Co"]
    if pua: info.append(f"{len(pua)} private-use chars (bullet glyphs) {sorted({hex(ord(c)) for c in pua})}")
    mixed = set()
    for w in re.findall(r"\w+", raw):
        scripts = {("C" if "CYRILLIC" in unicodedata.name(c, "") else "L") for c in w if c.isalpha()}
        if scripts == {"C", "L"}: mixed.add(w)
    if mixed: problems.append(f"mixed-script words: {sorted(mixed)[:8]}")
    return problems, info

def main():
    names = sorted(f[:-10] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".gold.json"))
    pdfs = sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, "pdf")) if f.endswith(".pdf"))
    if names != pdfs: print("gold/pdf mismatch:", set(names) ^ set(pdfs))
    bad = 0
    for n in names:
        p, info = check(n)
        print(f"{n:32} {'OK' if not p else 'PROBLEMS'}")
        for x in p: print("    " + x)
        for x in info: print("    (info) " + x)
        bad += bool(p)
    print(f"{len(names)} checked, {bad} with problems")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
