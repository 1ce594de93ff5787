"""Helper used while annotating: python3 writegold.py NAME < gold-as-python-dict.
Writes gold/NAME.gold.json with the field order of the set. The values themselves were typed by hand."""
import ast, json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDER = ["language", "producer", "style", "title", "company", "location", "employment_type", "workplace",
         "salary", "experience_years", "education", "skills", "email", "phone", "url", "deadline", "posted",
         "key_phrases", "notes"]
name = sys.argv[1]
d = ast.literal_eval(sys.stdin.read())
idx = {l.split("\t")[0]: l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "INDEX.tsv"))}
d = {"language": "ru", "producer": idx[name][1], "style": idx[name][2], **d}
missing = [k for k in ORDER if k not in d]; extra = [k for k in d if k not in ORDER]
assert not missing and not extra, (missing, extra)
json.dump({k: d[k] for k in ORDER}, open(os.path.join(ROOT, "gold", name + ".gold.json"), "w"), ensure_ascii=False, indent=2)
open(os.path.join(ROOT, "gold", name + ".gold.json"), "a").write("\n")
print("wrote", name)
