#!/usr/bin/env python3
"""Rebuild every PDF of the Azerbaijani held-out set from the sources in src/, then check the
hand-made gold against the PDFs' text and rewrite INDEX.tsv.

    python3 src/build.py            # build all, check
    python3 src/build.py a03 a11    # build only these (prefix match), check all

Needs: chromium, soffice (LibreOffice), xelatex, gs, pdftotext/pdfinfo, and the Python
packages reportlab, fpdf2, python-docx, websocket-client. The gold files in gold/ are written
by hand and are never generated here.
"""
import os, shutil, subprocess, sys, tempfile

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SRC)
PDF = os.path.join(ROOT, "pdf")
HTML = os.path.join(SRC, "html")

# name -> (producer kind, options)
ADS = {
    "a01_bossaz_kassir_ganja": ("chrome-cdp", dict(title="Kassir — Gülüstan Market MMC — Gəncə — Boss.az",
                                url="https://boss.az/vacancies/301245", date="14.11.2026, 10:32", paper="a4")),
    "a02_bossaz_muhasib_baki": ("chrome-cdp", dict(title="Bas muhasib — Nurlu Yol MMC — Bakı — Boss.az",
                                url="https://boss.az/vacancies/302118", date="11/21/26, 9:05 AM", paper="letter")),
    "a03_jobsearch_satis_sumqayit": ("chrome", {}),
    "a04_jobsearch_anbardar_lokbatan": ("chrome-cdp+gs", dict(title="Anbardar | Xəzər Yol Logistika MMC | JobSearch",
                                url="https://jobsearch.az/vacancies/anbardar-115842", date="01.12.2026, 09:14", paper="a4")),
    "a05_glorri_data_analitik_baki": ("chrome", {}),
    "a06_glorri_cagri_merkezi_baki": ("chrome-cdp", dict(title="Çağrı mərkəzi operatoru (yarımştat) - Netlink Telekom MMC | Glorri",
                                url="https://jobs.glorri.az/vacancies/netlink-telekom/cagri-merkezi-operatoru-48213",
                                date="26.11.2026 16:47", paper="a4")),
    "a07_docx_qazma_muhendisi": ("docx", {}),
    "a08_docx_prorab_shamkir": ("docx", {}),
    "a09_letter_bank_lankaran": ("xelatex", {}),
    "a10_letter_tibb_bacisi_ganja": ("fodt", {}),
    "a11_careers_backend_go_baki": ("chrome", {}),
    "a12_bilingual_surucu_baki": ("xelatex", {}),
    "a13_flyer_ofisiant_quba": ("python", {}),
    "a14_flyer_muellim_sumqayit": ("python", {}),
}

CHROME = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def run(cmd, **kw):
    print("  $", " ".join(cmd)[:160])
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, **kw)


def soffice(src, outdir):
    prof = tempfile.mkdtemp(prefix="lo-")
    try:
        run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
             "--outdir", outdir, src])
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def build(name):
    kind, opt = ADS[name]
    out = os.path.join(PDF, name + ".pdf")
    print(f"[{kind}] {name}")
    tmp = tempfile.mkdtemp(prefix="azb-")
    try:
        if kind == "chrome":
            prof = tempfile.mkdtemp(prefix="chr-")
            run(CHROME + [f"--user-data-dir={prof}", "--no-pdf-header-footer", f"--print-to-pdf={out}",
                          "file://" + os.path.join(HTML, name + ".html")])
            shutil.rmtree(prof, ignore_errors=True)
        elif kind in ("chrome-cdp", "chrome-cdp+gs"):
            target = out if kind == "chrome-cdp" else os.path.join(tmp, "chrome.pdf")
            run([sys.executable, os.path.join(SRC, "cdp_print.py"), os.path.join(HTML, name + ".html"), target,
                 "--title", opt["title"], "--url", opt["url"], "--date", opt["date"], "--paper", opt["paper"]])
            if kind == "chrome-cdp+gs":
                # the PDF is re-distilled, as when a user "prints" a saved PDF through a Ghostscript printer;
                # the legacy interpreter keeps ToUnicode for ş/Ş (gs 10.00's new one maps them to ` and _)
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dNEWPDF=false", "-dPDFSETTINGS=/ebook",
                     "-dCompatibilityLevel=1.5", f"-sOutputFile={out}", target])
        elif kind == "docx":
            run([sys.executable, os.path.join(SRC, "docs", "make_docx.py"), tmp])
            soffice(os.path.join(tmp, name + ".docx"), tmp)
            shutil.copy(os.path.join(tmp, name + ".pdf"), out)
        elif kind == "fodt":
            src = os.path.join(tmp, name + ".fodt")
            shutil.copy(os.path.join(SRC, "docs", name + ".fodt"), src)
            soffice(src, tmp)
            shutil.copy(os.path.join(tmp, name + ".pdf"), out)
        elif kind == "xelatex":
            for _ in range(2):
                run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                     os.path.join(SRC, "tex", name + ".tex")])
            shutil.copy(os.path.join(tmp, name + ".pdf"), out)
        elif kind == "python":
            run([sys.executable, os.path.join(SRC, "flyers", name + ".py"), out])
        else:
            raise ValueError(kind)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    os.makedirs(PDF, exist_ok=True)
    want = sys.argv[1:]
    for name in ADS:
        if not want or any(name.startswith(w) for w in want):
            build(name)
    subprocess.run([sys.executable, os.path.join(SRC, "check.py")], check=False)


if __name__ == "__main__":
    main()
