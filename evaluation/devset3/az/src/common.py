"""Registry, gold writing and the pdftotext check for devset3/az (adapted from devset2/az)."""
import json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.join(HERE, "build")
PDF = os.path.join(ROOT, "pdf")
GOLD = os.path.join(ROOT, "gold")
FIELDS = ["source", "language", "title", "company", "location", "employment_type", "workplace",
          "salary", "experience_years", "education", "skills", "email", "phone", "url",
          "deadline", "posted", "key_phrases", "notes"]
ADS = []


def ad(name, **gold):
    def reg(fn):
        ADS.append((name, fn, gold))
        return fn
    return reg


def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def pdftext(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def check(gold, text):
    t = fold(text)
    problems = []
    must = [("title", gold["title"]), ("company", gold["company"]), ("location", gold["location"]),
            ("email", gold["email"]), ("phone", gold["phone"]), ("url", gold["url"]),
            ("education", gold["education"])]
    must += [("skill", s) for s in gold["skills"]] + [("phrase", k) for k in gold["key_phrases"]]
    for kind, v in must:
        if v and fold(v) not in t:
            problems.append(f"{kind} not in text: {v!r}")
    if not 3 <= len(gold["key_phrases"]) <= 5:
        problems.append("key_phrases count")
    if not 0 <= len(gold["skills"]) <= 10:
        problems.append("skills count")
    for k in ("deadline", "posted"):
        if gold[k] and not re.fullmatch(r"\d{4}-\d\d-\d\d", gold[k]):
            problems.append(f"{k} format")
    if re.search("[\ufffd\ue000-\uf0a6\uf0a8-\uf0b6\uf0b8-\uf8ff]", text):  # Word Symbol bullets tolerated
        problems.append("replacement/private-use characters in text")
    return problems


def pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    p = re.search(r"Producer:\s+(.*)", out)
    return int(m.group(1)), (p.group(1).strip() if p else "")


def main(lang):
    for d in (BUILD, PDF, GOLD):
        os.makedirs(d, exist_ok=True)
    only = set(sys.argv[1:])
    rows, bad = [], 0
    for name, fn, gold in ADS:
        if only and not any(name.startswith(o) for o in only):
            continue
        out = os.path.join(PDF, name + ".pdf")
        fn(name, out)
        g = {k: gold.get(k) for k in FIELDS}
        g["source"] = f"synthetic: evaluation/devset3/az/src/build.py ({gold['producer']})"
        g["language"] = lang
        with open(os.path.join(GOLD, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        probs = check(g, pdftext(out))
        n, prod = pages(out)
        bad += bool(probs)
        print(f"{name:44} {n}p {'ok' if not probs else 'FAIL'}  [{prod}]")
        for p in probs:
            print("    " + p)
        rows.append((name, n, gold["producer"], gold["style"], prod))
    if not only:
        with open(os.path.join(ROOT, "INDEX.tsv"), "w", encoding="utf-8") as f:
            f.write("name\tpages\tproducer\tstyle\tpdf_producer\tlanguage\n")
            for name, n, prod, style, pdfprod in rows:
                f.write(f"{name}.pdf\t{n}\t{prod}\t{style}\t{pdfprod}\t{lang}\n")
    print(f"{len(rows)} built, {bad} with problems")
    return bad
