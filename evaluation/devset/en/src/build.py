#!/usr/bin/env python3
"""Build the English development set: every PDF in ../pdf from the sources in this folder,
then ../INDEX.tsv, then check every gold file against `pdftotext` of its PDF.

    python3 build.py            # build all, write INDEX.tsv, check gold
    python3 build.py en03 en07  # rebuild only these (prefix match), then check all
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
#       latex = pdflatex; py = a generator module with build(out_pdf)
ADS = {
    "de01_linkedin_fnb_manager_charleston": ("cdp", "html/de01_linkedin_fnb_manager_charleston.html", dict(
        date="11/16/26, 10:14 AM", title="(3) Food & Beverage Manager | Harborview Grand Hotel | LinkedIn",
        url="https://www.linkedin.com/jobs/view/4087215539/?refId=x8Qm2%2BcT0aL1pXh%3D%3D&trackingId=Zr7e0w9PqS", paper=LETTER)),
    "de02_indeed_dental_hygienist_la": ("cdp", "html/de02_indeed_dental_hygienist_la.html", dict(
        date="11/18/26, 3:05 PM", title="Registered Dental Hygienist - Part-Time - Los Angeles, CA 90011 - Indeed.com",
        url="https://www.indeed.com/viewjob?jk=7c41e9a0b2d35f18&from=serp&vjs=3", paper=LETTER)),
    "de03_glassdoor_sre_denver": ("cdp", "html/de03_glassdoor_sre_denver.html", dict(
        date="11/20/26, 9:31 AM", title="Tallgrass Ledger Site Reliability Engineer II Job in Denver, CO | Glassdoor",
        url="https://www.glassdoor.com/job-listing/site-reliability-engineer-ii-tallgrass-ledger-JV_IC1148170_KO0,28_KE29,45.htm?jl=1009561234567&src=GD_JOB_AD",
        paper=LETTER)),
    "de04_ziprecruiter_hvac_phoenix": ("plain", "html/de04_ziprecruiter_hvac_phoenix.html", {}),
    "de05_workday_structural_engineer_wichita": ("cdp", "html/de05_workday_structural_engineer_wichita.html", dict(
        date="11/23/26, 2:18 PM", title="Principal Structural Analysis Engineer",
        url="https://harrowgate.wd5.myworkdayjobs.com/en-US/Harrowgate_Careers/job/Wichita-KS/Principal-Structural-Analysis-Engineer_R-0048213",
        paper=LETTER)),
    "de06_greenhouse_scientist_ssf": ("plain", "html/de06_greenhouse_scientist_ssf.html", {}),
    "de07_lever_pm_payments_remote": ("cdp", "html/de07_lever_pm_payments_remote.html", dict(
        date="11/24/26, 4:40 PM", title="Quillfeather - Senior Product Manager, Payments Risk",
        url="https://jobs.lever.co/quillfeather/3e9b7a42-6c1d-4f0e-9a85-2d17c4b8e601", paper=LETTER)),
    "de08_seek_electrician_brisbane": ("cdp", "html/de08_seek_electrician_brisbane.html", dict(
        date="14/11/2026, 8:52 am", title="Commercial Electrician Job in Milton, Brisbane QLD - SEEK",
        url="https://www.seek.com.au/job/79234418?type=standard#sol=4f1c0a2e9b", paper=A4)),
    "de09_reed_hgv_driver_wakefield": ("cdp", "html/de09_reed_hgv_driver_wakefield.html", dict(
        date="18/11/2026, 07:31", title="HGV Class 2 Driver - Nights - Wakefield - reed.co.uk",
        url="https://www.reed.co.uk/jobs/hgv-class-2-driver-nights/51877203?source=searchResults&filter=%2fjobs%2fhgv-driver-jobs-in-wakefield",
        paper=A4)),
    "de10_gov_council_planning_officer": ("py", "py/de10_gov_council_planning_officer.py", {}),
    "de11_latex_postdoc_soil_microbiology": ("latex", "tex/de11_latex_postdoc_soil_microbiology.tex", {}),
    "de12_letter_bakery_galway": ("py", "py/de12_letter_bakery_galway.py", {}),
    "de13_flyer_retail_boise": ("py", "py/de13_flyer_retail_boise.py", {}),
    "de14_agency_senior_accountant_pittsburgh": ("py", "py/de14_agency_senior_accountant_pittsburgh.py", {}),
    "de15_canada_teacher_winnipeg": ("py", "py/de15_canada_teacher_winnipeg.py", {}),
    "de16_naukri_backend_golang_bengaluru": ("cdp", "html/de16_naukri_backend_golang_bengaluru.html", dict(
        date="17/11/2026, 11:20",
        title="Senior Backend Engineer - Golang - Kavach Ledger Technologies - 3 to 6 years of experience - Naukri.com",
        url="https://www.naukri.com/job-listings-senior-backend-engineer-golang-kavach-ledger-technologies-bengaluru-3-to-6-years-151126009412",
        paper=A4)),
}

def build_one(name):
    kind, src, opt = ADS[name]
    out = os.path.join(PDF, name + ".pdf"); src = os.path.join(HERE, src)
    if kind == "cdp":
        cdp_print.print_pdf(src, out, **opt)
    elif kind == "plain":
        cdp_print.plain_pdf(src, out)
    elif kind == "latex":
        tmp = tempfile.mkdtemp()
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, src],
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
    t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
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
    if not 3 <= len(g.get("key_phrases") or []) <= 5:
        bad.append("key_phrases count")
    if len(g.get("skills") or []) > 8:
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
