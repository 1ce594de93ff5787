#!/usr/bin/python3
"""Build the third English development set (devset3/en): every PDF in ../pdf from the sources in this folder,
then ../INDEX.tsv, then check every gold file against `pdftotext` of its PDF.

    python3 build.py            # build all, write INDEX.tsv, check gold
    python3 build.py e3_03 e3_07  # rebuild only these (prefix match), then check all
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
#       groff = groff -ms -Tps, then Ghostscript ps2pdf
ADS = {
    "e3_01_smartrecruiters_field_service_tech_columbus": ("cdp", "html/e3_01_smartrecruiters_field_service_tech_columbus.html", dict(
        date="12/2/26, 10:41 AM", title="Vantor Packaging Systems, Inc. Field Service Technician \u2013 Packaging Equipment | SmartRecruiters",
        url="https://jobs.smartrecruiters.com/VantorPackagingSystems/744000029381562-field-service-technician-packaging-equipment?trid=3f1c9a52-77e0-4b8e-9d1a-c2a61f0b7e44",
        paper=LETTER)),
    "e3_02_upwork_shopify_developer_hourly": ("cdp", "html/e3_02_upwork_shopify_developer_hourly.html", dict(
        date="12/2/26, 3:58 PM", title="Shopify Plus developer for theme rebuild and subscription checkout - Freelance Job in Web Development - Upwork",
        url="https://www.upwork.com/jobs/Shopify-Plus-developer-for-theme-rebuild-and-subscription-checkout_~01a7c3e9f4b2d81c65/?referrer_url_path=/nx/search/jobs",
        paper=LETTER)),
    "e3_03_gcjobs_policy_analyst_ottawa": ("cdp", "html/e3_03_gcjobs_policy_analyst_ottawa.html", dict(
        date="2026-12-02, 9:07 a.m.", title="Policy Analyst - Natural Resources Canada - GC Jobs",
        url="https://emploisfp-psjobs.cfp-psc.gc.ca/psrs-srfp/applicant/page1800?poster=2148703&toggleLanguage=en",
        paper=LETTER)),
    "e3_04_aps_jobpack_data_analyst_canberra": ("py", "py/e3_04_aps_jobpack_data_analyst_canberra.py", {}),
    "e3_05_publicjobs_ie_executive_officer_portlaoise": ("py", "py/e3_05_publicjobs_ie_executive_officer_portlaoise.py", {}),
    "e3_06_craigslist_line_cook_portland": ("cdp", "html/e3_06_craigslist_line_cook_portland.html", dict(
        date="12/1/26, 8:19 PM", title="Line Cook - Evenings, Part Time + tips - food/beverage/hospitality job - craigslist",
        url="https://portland.craigslist.org/mlt/fbh/d/portland-line-cook-evenings-part-time/7801346529.html",
        paper=LETTER)),
    "e3_07_nhs_jobs_staff_nurse_leeds": ("cdp", "html/e3_07_nhs_jobs_staff_nurse_leeds.html", dict(
        date="02/12/2026, 07:52", title="Staff Nurse - Acute Medical Unit | NHS Jobs",
        url="https://www.jobs.nhs.uk/candidate/jobadvert/C9219-26-1183", paper=A4)),
    "e3_08_icims_patient_care_tech_phoenix": ("cdp", "html/e3_08_icims_patient_care_tech_phoenix.html", dict(
        date="12/2/26, 6:14 AM", title="Patient Care Technician - Med/Surg - Nights in Phoenix, Arizona | Careers at Sonoran Valley Health",
        url="https://careers-sonoranvalleyhealth.icims.com/jobs/48213/patient-care-technician---med-surg---nights/job?mobile=false&width=1140&height=500&bga=true&needsRedirect=false",
        paper=LETTER)),
    "e3_09_gdocs_jd_ops_manager_auckland": ("plain", "html/e3_09_gdocs_jd_ops_manager_auckland.html", {}),
    "e3_10_groff_vacancy_site_engineer_abu_dhabi": ("groff", "groff/e3_10_groff_vacancy_site_engineer_abu_dhabi.ms", {}),
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
    elif kind == "groff":
        tmp = tempfile.mkdtemp(); ps = os.path.join(tmp, "out.ps")
        with open(ps, "wb") as fh:
            subprocess.run(["groff", "-t", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", src], check=True, stdout=fh)
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", ps, out], check=True)
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
