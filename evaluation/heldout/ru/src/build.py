#!/usr/bin/env python3
"""Rebuild every PDF of the Russian held-out set, then check it against its gold.

    python3 src/build.py            # all ads
    python3 src/build.py r05 r14    # only names starting with these prefixes

Needs: chromium (+ chromium-l10n for Russian print dates), LibreOffice, TeX Live (xelatex,
pdflatex, cyrillic, polyglossia), Ghostscript, poppler-utils; pip: reportlab fpdf2 python-docx
odfpy websocket-client. Fonts: DejaVu, Liberation, Noto.
"""
import os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from lib import SOURCES, BUILD, PDF, SRC

def src(name): return os.path.join(SOURCES, name)
def gen(script, out):
    subprocess.run([sys.executable, os.path.join(SRC, "gen", script), out], check=True)

def hh_cdp(html, url):
    return lambda out: lib.chrome_cdp(src(html), out, url)

def r02(out):
    # Chrome print with explicit header/footer templates (fixed print date, real title/URL slots)
    head = ('<div style="font-size:8px;font-family:Arial;width:100%;margin:0 0.4in;display:flex;justify-content:space-between">'
            '<span>28.11.2026, 09:14</span><span class="title"></span><span></span></div>')
    foot = ('<div style="font-size:8px;font-family:Arial;width:100%;margin:0 0.4in;display:flex;justify-content:space-between">'
            '<span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')
    lib.chrome_cdp(src("r02_hh_python_remote_msk.html"), out, "https://hh.ru/vacancy/119033561",
                   header_template=head, footer_template=foot)

def chrome_then_gs(html, url=None):
    def f(out):
        tmp = os.path.join(BUILD, os.path.basename(out) + ".chrome.pdf")
        if url: lib.chrome_cdp(src(html), tmp, url)
        else: lib.chrome_cli(src(html), tmp)
        lib.gs_redistill(tmp, out)
    return f

def docx_lo(script, stem, ext):
    def f(out):
        d = os.path.join(BUILD, stem + "." + ext); gen(script, d); lib.soffice(d, out)
    return f

def direct(script):
    return lambda out: gen(script, out)

ADS = [
 ("r01_hh_buhgalter_kazan", "Chromium 156 print via DevTools (browser header/footer)", "hh.ru vacancy page printed from browser",
  hh_cdp("r01_hh_buhgalter_kazan.html", "https://kazan.hh.ru/vacancy/118402377")),
 ("r02_hh_python_remote_msk", "Chromium 156 print via DevTools (custom header/footer templates)", "hh.ru IT vacancy page (new layout), remote",
  r02),
 ("r03_hh_prodavec_spb", "Chromium 156 --print-to-pdf (Firefox-like header/footer from CSS @page boxes)", "hh.ru vacancy page printed from browser, salary not given",
  lambda out: lib.chrome_cli(src("r03_hh_prodavec_spb.html"), out)),
 ("r04_superjob_voditel_ekb", "Chromium 156 --print-to-pdf (CSS @page header/footer)", "superjob.ru vacancy page",
  lambda out: lib.chrome_cli(src("r04_superjob_voditel_ekb.html"), out)),
 ("r05_avito_kladovshik_nsk", "Chromium 156 --print-to-pdf, re-distilled by Ghostscript 10 pdfwrite", "Avito Работа listing page",
  chrome_then_gs("r05_avito_kladovshik_nsk.html")),
 ("r06_docx_master_smr_ekb", "python-docx -> LibreOffice 7.4 Writer", "employer Word document (letterhead, sections)",
  docx_lo("r06_docx_master_smr_ekb.py", "r06_docx_master_smr_ekb", "docx")),
 ("r07_odt_povar_msk", "odfpy ODT -> LibreOffice 7.4 Writer", "employer notice (document with bullet sections)",
  docx_lo("r07_odt_povar_msk.py", "r07_odt_povar_msk", "odt")),
 ("r08_letter_medsestra_kazan", "XeLaTeX (fontspec, polyglossia) / xdvipdfmx", "letter / prose announcement without headings",
  lambda out: lib.latex("xelatex", src("r08_letter_medsestra_kazan.tex"), out)),
 ("r09_prose_prepodavatel_nsk", "pdfLaTeX (T2A, cmap)", "prose announcement with title line",
  lambda out: lib.latex("pdflatex", src("r09_prose_prepodavatel_nsk.tex"), out)),
 ("r10_boss_bank_baku", "Chromium 156 --print-to-pdf (CSS @page header/footer)", "Azerbaijani job board page in Russian (boss.az-like)",
  lambda out: lib.chrome_cli(src("r10_boss_bank_baku.html"), out)),
 ("r11_flyer_shveya_ganja", "reportlab 5.1", "flyer/poster, Azerbaijani employer",
  direct("r11_reportlab_flyer_shveya_ganja.py")),
 ("r12_form_callcenter_spb", "python-docx table -> LibreOffice 7.4 Writer", "formal HR form (label/value table)",
  docx_lo("r12_docx_form_callcenter_spb.py", "r12_docx_form_callcenter_spb", "docx")),
 ("r13_fpdf_devops_baku", "fpdf2 2.8", "IT vacancy one-pager, hybrid, Azerbaijani employer",
  direct("r13_fpdf_devops_baku.py")),
 ("r14_rabota_cnc_kazan", "Chromium 156 print via DevTools (browser header/footer), re-distilled by Ghostscript 10", "rabota.ru vacancy page",
  chrome_then_gs("r14_rabota_cnc_kazan.html", "https://kazan.rabota.ru/vacancy/48817263/")),
]

def main():
    os.makedirs(BUILD, exist_ok=True); os.makedirs(PDF, exist_ok=True)
    want = sys.argv[1:]
    for name, producer, style, fn in ADS:
        if want and not any(name.startswith(w) for w in want):
            continue
        out = os.path.join(PDF, name + ".pdf")
        print("building", name, flush=True)
        fn(out)
    # INDEX.tsv
    rows = ["name\tproducer\tstyle\tpages"]
    for name, producer, style, fn in ADS:
        p = os.path.join(PDF, name + ".pdf")
        pages = "?"
        if os.path.exists(p):
            info = subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
            pages = next((l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")), "?")
        rows.append(f"{name}\t{producer}\t{style}\t{pages}")
    open(os.path.join(lib.ROOT, "INDEX.tsv"), "w").write("\n".join(rows) + "\n")
    subprocess.run([sys.executable, os.path.join(SRC, "check.py")], check=False)

if __name__ == "__main__":
    main()
