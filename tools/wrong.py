#!/usr/bin/env python3
"""Developer tool: the wrong fields of a scored set, one line each, optionally for some fields.

    tools/wrong.py GOLD_DIR OUT_DIR [field ...]     (realworld-style gold: NAME.gold.json)
    tools/wrong.py --corpus CORPUS_DIR OUT_DIR [field ...]
"""
import json, os, subprocess, sys
args = sys.argv[1:]
corpus = args[0] == "--corpus"
if corpus:
    args = args[1:]
gold_dir, out_dir, fields = args[0], args[1], set(args[2:])
if corpus:
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools", "score.py"))
    sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".json") or f == "INDEX.json":
            continue
        gold = json.load(open(os.path.join(gold_dir, f)))
        p = os.path.join(out_dir, f)
        if not os.path.exists(p) or "job" not in gold:
            continue
        ours = json.load(open(p)).get("job") or {}
        js = sc.job_scores(gold["job"], ours)
        for k, v in js["fields"].items():
            if v < 1 and (not fields or k in fields):
                g = gold["job"]; o = ours
                if k.startswith("contact."):
                    g = g.get("contact") or {}; o = o.get("contact") or {}; kk = k.split(".")[1]
                else:
                    kk = k
                gv, ov = g.get(kk), o.get(kk)
                print(f"{f[:-5]:34} {k:16} {v:.2f} gold={json.dumps(gv, ensure_ascii=False)[:150]} ours={json.dumps(ov, ensure_ascii=False)[:150]}")
else:
    out = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools", "score_real.py"), gold_dir, out_dir, "-v"], capture_output=True, text=True).stdout
    name = ""
    for line in out.splitlines():
        if not line.startswith("    "):
            name = line.split()[0] if line.strip() else name
            continue
        field = line.strip().split(":")[0]
        if not fields or field in fields:
            print(f"{name[:34]:34} {line.strip()[:260]}")
