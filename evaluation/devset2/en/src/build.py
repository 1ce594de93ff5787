#!/usr/bin/env python3
"""Build the second English development set (devset2/en): every PDF in ../pdf from the sources in this folder,
then ../INDEX.tsv, then check every gold file against `pdftotext` of its PDF.

    python3 build.py            # build all, write INDEX.tsv, check gold
    python3 build.py e2_03 e2_07  # rebuild only these (prefix match), then check all
"""
import json, os, re, shutil, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PDF = os.path.join(ROOT, "pdf"); GOLD = os.path.join(ROOT, "gold")
sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(HERE, "py"))
import cdp_print

A4 = (8.27, 11.69); LETTER = (8.5, 11)

# name -> (kind, source, options)
# kind: cdp = Chromium DevTools Page.printToPDF with a Chrome-style header/footer (date, title, URL, n/N)
#       plain = chromium --print-to-pdf --no-pdf-header-footer (any header is drawn by the page itself)
#       latex = pdflatex; xelatex = xelatex; py = a generator module with build(out_pdf)
ADS = {
    "e2_01_usajobs_hvac_mechanic_lakewood": ("cdp", "html/e2_01_usajobs_hvac_mechanic_lakewood.html", dict(
        date="12/3/26, 9:12 AM", title="HVAC Mechanic - USAJOBS - Job Announcement",
        url="https://www.usajobs.gov/job/824519300", paper=LETTER)),
    "e2_02_hotel_careers_front_office_savannah": ("plain", "html/e2_02_hotel_careers_front_office_savannah.html", {}),
    "e2_03_word_jd_warehouse_supervisor_daventry": ("py", "py/e2_03_word_jd_warehouse_supervisor_daventry.py", {}),
    "e2_04_ngo_vacancy_programme_officer_nairobi": ("xelatex", "tex/e2_04_ngo_vacancy_programme_officer_nairobi.tex", {}),
    "e2_05_flyer_trucking_otr_billings": ("py", "py/e2_05_flyer_trucking_otr_billings.py", {}),
    "e2_06_govuk_apprenticeship_vehicle_tech_bristol": ("cdp", "html/e2_06_govuk_apprenticeship_vehicle_tech_bristol.html", dict(
        date="16/12/2026, 19:48", title="Light Vehicle Technician Apprentice - Find an apprenticeship - GOV.UK",
        url="https://www.findapprenticeship.service.gov.uk/apprenticeship/VAC1000384152", paper=A4)),
    "e2_07_taleo_rn_icu_spokane": ("cdp", "html/e2_07_taleo_rn_icu_spokane.html", dict(
        date="12/10/26, 6:02 AM", title="Job Description - Registered Nurse - ICU - Nights (2600118X)",
        url="https://cascadeprovidence.taleo.net/careersection/ex/jobdetail.ftl?job=2600118X&tz=GMT-08%3A00&tzname=America%2FLos_Angeles",
        paper=LETTER)),
    "e2_08_dice_data_engineer_contract_remote": ("cdp", "html/e2_08_dice_data_engineer_contract_remote.html", dict(
        date="12/4/26, 1:37 PM", title="Senior Data Engineer (Snowflake / dbt) - Halcyon Data Partners - Remote | Dice.com",
        url="https://www.dice.com/job-detail/5b2f9c1e-7d4a-4e63-a0b8-1f6c2d9e8a47?searchlink=search%2F%3Fq%3Dsnowflake", paper=LETTER)),
    "e2_09_totaljobs_accounts_payable_manchester": ("cdp", "html/e2_09_totaljobs_accounts_payable_manchester.html", dict(
        date="09/12/2026, 12:26", title="Accounts Payable Clerk - 6 Month FTC job in Manchester | Totaljobs",
        url="https://www.totaljobs.com/job/accounts-payable-clerk-6-month-ftc/pennine-home-furnishings-ltd-job104418823", paper=A4)),
    "e2_10_newsletter_lab_tech_saskatoon": ("py", "py/e2_10_newsletter_lab_tech_saskatoon.py", {}),
}

def build_one(name):
    kind, src, opt = ADS[name]
    out = os.path.join(PDF, name + ".pdf"); src = os.path.join(HERE, src)
    if kind == "cdp":
        cdp_print.print_pdf(src, out, **opt)
    elif kind == "plain":
        cdp_print.plain_pdf(src, out)
    elif kind in ("latex", "xelatex"):
        tmp = tempfile.mkdtemp()
        for _ in range(2):
            subprocess.run(["pdflatex" if kind == "latex" else "xelatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, src],
                           check=True, stdout=subprocess.DEVNULL, cwd=os.path.dirname(src))
        shutil.move(os.path.join(tmp, os.path.basename(src)[:-4] + ".pdf"), out)
    elif kind == "py":
        mod = __import__(os.path.basename(src)[:-3]); mod.build(out)
    print("built", name)

def pdfinfo(path):
    info = {}
    for line in subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout.splitlines():
        k, _, v = line.partition(":"); info[k.strip()] = v.strip()
    return info

def text_of(path):
    t = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", t))

def check(name):
    g = json.load(open(os.path.join(GOLD, name + ".gold.json")))
    text = text_of(os.path.join(PDF, name + ".pdf"))
    fold = lambda s: re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s))
    bad = []
    for f in ("title", "company", "location", "email", "phone", "url"):
        if g.get(f) and fold(g[f]) not in text:
            bad.append(f"{f} {g[f]!r}")
    for f in ("skills", "key_phrases"):
        for s in g.get(f) or []:
            if fold(s) not in text:
                bad.append(f"{f} {s!r}")
    if not 5 <= len(g.get("key_phrases") or []) <= 8:
        bad.append("key_phrases count")
    if g.get("skills") and not 5 <= len(g["skills"]) <= 12:
        bad.append("skills count")
    for f in ("deadline", "posted"):
        if g.get(f) and not re.fullmatch(r"\d{4}-\d\d-\d\d", g[f]):
            bad.append(f"{f} format")
    assert g.get("employment_type") in (None, "full_time", "part_time", "contract", "temporary", "internship"), name
    assert g.get("workplace") in (None, "onsite", "remote", "hybrid"), name
    return bad

def main():
    sel = [a for a in sys.argv[1:]]
    os.makedirs(PDF, exist_ok=True)
    for name in ADS:
        if not sel or any(name.startswith(s) for s in sel):
            build_one(name)
    rows = ["name\tpages\tproducer\tlanguage\tstyle\tsource"]
    problems = 0
    for name, (kind, src, opt) in ADS.items():
        p = os.path.join(PDF, name + ".pdf"); info = pdfinfo(p)
        prod = info.get("Producer", "") or "(no Producer)"
        if info.get("Creator"):
            prod += " | Creator: " + info["Creator"]
        gp = os.path.join(GOLD, name + ".gold.json")
        gj = json.load(open(gp)) if os.path.exists(gp) else {}
        rows.append(f"{name}.pdf\t{info.get('Pages')}\t{prod}\t{gj.get('language', 'en')}\t{gj.get('style', '')}\tsrc/{src}")
        if os.path.exists(gp):
            bad = check(name)
            problems += len(bad)
            for b in bad:
                print(f"CHECK {name}: not in text: {b}")
        else:
            print(f"CHECK {name}: no gold file"); problems += 1
    open(os.path.join(ROOT, "INDEX.tsv"), "w").write("\n".join(rows) + "\n")
    print(f"{len(ADS)} PDFs, {problems} check problems")

if __name__ == "__main__":
    main()
