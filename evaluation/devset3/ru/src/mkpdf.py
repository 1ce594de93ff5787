"""Shared PDF producers (copied from devset2/ru/src/mkpdf.py; devset3 adds header_footer/scale/
landscape options to chrome_devtools() and lualatex()).

chrome_devtools(): Chromium + DevTools Page.printToPDF with the browser's own header/footer
chrome_cli():      chromium --headless --print-to-pdf (header/footer, if any, drawn in the HTML)
soffice():         LibreOffice --convert-to pdf (docx / odt / fodt)
xelatex():         XeLaTeX
gs_redistill():    Ghostscript pdfwrite with -dNEWPDF=false
"""
import base64, json, os, shutil, subprocess, tempfile, time, urllib.request

CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chrome_cli(html_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="chr")
    try:
        subprocess.run(["chromium", *CHROME_FLAGS, f"--user-data-dir={prof}", "--no-pdf-header-footer",
                        f"--print-to-pdf={out_pdf}", "file://" + os.path.abspath(html_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def _chrome_header(left, centre):
    return ('<div style="font-size:8px;font-family:Arial,\'Liberation Sans\',sans-serif;width:100%;'
            'margin:0 8mm;display:flex;justify-content:space-between;color:#000">'
            f'<span>{left}</span><span style="flex:1;text-align:center">{centre}</span><span></span></div>')


def _chrome_footer(url):
    return ('<div style="font-size:8px;font-family:Arial,\'Liberation Sans\',sans-serif;width:100%;'
            'margin:0 8mm;display:flex;justify-content:space-between;color:#000">'
            f'<span>{url}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')


def chrome_devtools(html_path, out_pdf, print_date, page_title, url, paper=(8.27, 11.69),
                    header_footer=True, scale=1.0, landscape=False):
    """Print like Chrome's print dialog with 'Headers and footers' ticked: date + title on top,
    URL + page x/y below.  The date/title/url are given explicitly (the page is a local file)."""
    import websocket
    prof = tempfile.mkdtemp(prefix="chr")
    proc = subprocess.Popen(["chromium", *CHROME_FLAGS, f"--user-data-dir={prof}",
                             "--remote-debugging-port=0", "--remote-allow-origins=*", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = os.path.join(prof, "DevToolsActivePort")
        for _ in range(200):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.1)
        port = open(port_file).read().split()[0]
        for _ in range(50):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
                pages = [t for t in targets if t.get("type") == "page"]
                if pages:
                    break
            except Exception:
                pass
            time.sleep(0.1)
        ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=60)
        n = [0]

        def call(method, **params):
            n[0] += 1
            ws.send(json.dumps({"id": n[0], "method": method, "params": params}))
            while True:
                msg = json.loads(ws.recv())
                if msg.get("id") == n[0]:
                    if "error" in msg:
                        raise RuntimeError(msg["error"])
                    return msg.get("result")

        call("Page.enable")
        call("Page.navigate", url="file://" + os.path.abspath(html_path))
        for _ in range(100):
            r = call("Runtime.evaluate", expression="document.readyState + '|' + document.fonts.status")
            if r["result"]["value"] == "complete|loaded":
                break
            time.sleep(0.1)
        time.sleep(0.3)
        res = call("Page.printToPDF", displayHeaderFooter=header_footer, printBackground=True,
                   scale=scale, landscape=landscape,
                   paperWidth=paper[0], paperHeight=paper[1],
                   marginTop=0.4, marginBottom=0.4, marginLeft=0.4, marginRight=0.4,
                   headerTemplate=_chrome_header(print_date, page_title),
                   footerTemplate=_chrome_footer(url))
        with open(out_pdf, "wb") as f:
            f.write(base64.b64decode(res["data"]))
        ws.close()
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(prof, ignore_errors=True)


def soffice(doc_path, out_pdf):
    outdir = tempfile.mkdtemp(prefix="lo")
    prof = tempfile.mkdtemp(prefix="loprof")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, doc_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        produced = os.path.join(outdir, os.path.splitext(os.path.basename(doc_path))[0] + ".pdf")
        shutil.move(produced, out_pdf)
    finally:
        shutil.rmtree(outdir, ignore_errors=True)
        shutil.rmtree(prof, ignore_errors=True)


def xelatex(tex_path, out_pdf):
    work = tempfile.mkdtemp(prefix="tex")
    try:
        shutil.copy(tex_path, work)
        name = os.path.basename(tex_path)
        for _ in range(2):
            subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", name], cwd=work,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(work, os.path.splitext(name)[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def lualatex(tex_path, out_pdf):
    work = tempfile.mkdtemp(prefix="tex")
    try:
        shutil.copy(tex_path, work)
        name = os.path.basename(tex_path)
        for _ in range(2):
            subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", name], cwd=work,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(os.path.join(work, os.path.splitext(name)[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def gs_redistill(in_pdf, out_pdf):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dNEWPDF=false", "-sDEVICE=pdfwrite",
                    "-dCompatibilityLevel=1.4", "-dPDFSETTINGS=/printer", f"-sOutputFile={out_pdf}", in_pdf],
                   check=True, timeout=180)
