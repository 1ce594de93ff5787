"""Rendering helpers for the Russian held-out set (see README.md)."""
import base64, json, os, shutil, socket, subprocess, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
SOURCES = os.path.join(SRC, "sources")
BUILD = os.path.join(ROOT, "build")        # intermediate files (docx, odt, tex aux)
PDF = os.path.join(ROOT, "pdf")

CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=ru-RU"]

def _free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p

def chrome_cli(html_path, out_pdf):
    """Plain `chromium --print-to-pdf` (no browser header/footer; pages may draw their own)."""
    ud = tempfile.mkdtemp(prefix="chr")
    try:
        subprocess.run(["chromium", *CHROME_FLAGS, f"--user-data-dir={ud}", "--no-pdf-header-footer",
                        f"--print-to-pdf={out_pdf}", "file://" + os.path.abspath(html_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        shutil.rmtree(ud, ignore_errors=True)

def chrome_cdp(html_path, out_pdf, url, header_template=None, footer_template=None, paper="A4"):
    """Print through the DevTools protocol with displayHeaderFooter=true, the page being served
    under its real-looking URL (request intercepted and fulfilled with the local HTML), so the
    browser's own header (date, title) and footer (URL, n/N) come out as in a real printout.
    With templates given, those are used instead of Chrome's defaults."""
    import websocket
    body = open(html_path, "rb").read()
    ud = tempfile.mkdtemp(prefix="cdp")
    port = _free_port()
    env = dict(os.environ, LANG="ru_RU.UTF-8", LANGUAGE="ru")
    proc = subprocess.Popen(["chromium", *CHROME_FLAGS, f"--user-data-dir={ud}",
                             f"--remote-debugging-port={port}", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        tabs = None
        for _ in range(100):
            try:
                tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json")); break
            except Exception:
                time.sleep(0.2)
        tab = [t for t in tabs if t["type"] == "page"][0]
        ws = websocket.create_connection(tab["webSocketDebuggerUrl"], suppress_origin=True, timeout=60)
        state = {"id": 0}
        events = []
        def send(method, **params):
            state["id"] += 1; ws.send(json.dumps({"id": state["id"], "method": method, "params": params}))
            return state["id"]
        def call(method, **params):
            i = send(method, **params)
            while True:
                m = json.loads(ws.recv())
                if m.get("id") == i:
                    if "error" in m: raise RuntimeError(m["error"])
                    return m.get("result", {})
                events.append(m)
        call("Page.enable")
        call("Fetch.enable", patterns=[{"urlPattern": "*", "requestStage": "Request"}])
        send("Page.navigate", url=url)
        loaded = False
        deadline = time.time() + 60
        while not loaded and time.time() < deadline:
            m = events.pop(0) if events else json.loads(ws.recv())
            if m.get("method") == "Fetch.requestPaused":
                rid = m["params"]["requestId"]; rurl = m["params"]["request"]["url"]
                if rurl.split("#")[0] == url:
                    send("Fetch.fulfillRequest", requestId=rid, responseCode=200,
                         responseHeaders=[{"name": "Content-Type", "value": "text/html; charset=utf-8"}],
                         body=base64.b64encode(body).decode())
                else:   # no other resources: everything is inline
                    send("Fetch.failRequest", requestId=rid, errorReason="BlockedByClient")
            elif m.get("method") == "Page.loadEventFired":
                loaded = True
        time.sleep(0.5)
        params = dict(displayHeaderFooter=True, printBackground=True,
                      paperWidth=8.27, paperHeight=11.69,
                      marginTop=0.4, marginBottom=0.4, marginLeft=0.4, marginRight=0.4)
        if header_template is not None: params["headerTemplate"] = header_template
        if footer_template is not None: params["footerTemplate"] = footer_template
        res = call("Page.printToPDF", **params)
        open(out_pdf, "wb").write(base64.b64decode(res["data"]))
        ws.close()
    finally:
        proc.terminate()
        try: proc.wait(10)
        except Exception: proc.kill()
        shutil.rmtree(ud, ignore_errors=True)

def gs_redistill(in_pdf, out_pdf):
    """Re-distil a PDF through Ghostscript's pdfwrite (as 'print to PDF' drivers do)."""
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-dNEWPDF=false", "-dCompatibilityLevel=1.5", "-dPDFSETTINGS=/ebook", f"-sOutputFile={out_pdf}", in_pdf],
                   check=True)

def soffice(doc_path, out_pdf):
    outdir = tempfile.mkdtemp(prefix="so")
    prof = tempfile.mkdtemp(prefix="soprof")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, doc_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        base = os.path.splitext(os.path.basename(doc_path))[0] + ".pdf"
        shutil.move(os.path.join(outdir, base), out_pdf)
    finally:
        shutil.rmtree(outdir, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)

def latex(engine, tex_path, out_pdf):
    work = tempfile.mkdtemp(prefix="tex")
    try:
        shutil.copy(tex_path, work)
        name = os.path.basename(tex_path)
        for _ in range(2):
            subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", name], cwd=work,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(work, os.path.splitext(name)[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(work, ignore_errors=True)
