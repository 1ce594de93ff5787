"""Print an HTML file to PDF through Chromium's DevTools protocol (Page.printToPDF),
with Chrome-style header/footer templates whose text we supply (print date, page title, URL)."""
import base64, json, os, socket, subprocess, tempfile, time, urllib.request
import websocket  # websocket-client

CHROME = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync"]

def _free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p

HDR = ('<div style="font-size:8px;font-family:Arial,Helvetica,sans-serif;width:100%;'
       'padding:0 0.4in;display:flex;justify-content:space-between;color:#000">'
       '<span>{left}</span><span>{center}</span><span></span></div>')
FTR = ('<div style="font-size:8px;font-family:Arial,Helvetica,sans-serif;width:100%;'
       'padding:0 0.4in;display:flex;justify-content:space-between;color:#000">'
       '<span>{url}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def print_pdf(html_path, out_pdf, date=None, title=None, url=None, paper=(8.5, 11), scale=1.0):
    port = _free_port()
    prof = tempfile.mkdtemp()
    proc = subprocess.Popen(CHROME + [f"--remote-debugging-port={port}", f"--user-data-dir={prof}", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
                page = [t for t in tabs if t.get("type") == "page"]
                if page:
                    break
            except Exception:
                pass
            time.sleep(0.1)
        ws = websocket.create_connection(page[0]["webSocketDebuggerUrl"], timeout=60)
        mid = [0]
        def call(method, **params):
            mid[0] += 1; ws.send(json.dumps({"id": mid[0], "method": method, "params": params}))
            while True:
                m = json.loads(ws.recv())
                if m.get("id") == mid[0]:
                    if "error" in m:
                        raise RuntimeError(m["error"])
                    return m.get("result", {})
        call("Page.enable")
        call("Page.navigate", url="file://" + os.path.abspath(html_path))
        # wait for load event
        while True:
            m = json.loads(ws.recv())
            if m.get("method") == "Page.loadEventFired":
                break
        time.sleep(0.3)
        opts = dict(printBackground=True, paperWidth=paper[0], paperHeight=paper[1], scale=scale,
                    marginTop=0.4, marginBottom=0.4, marginLeft=0.4, marginRight=0.4)
        if date is not None:
            opts.update(displayHeaderFooter=True,
                        headerTemplate=HDR.format(left=esc(date), center=esc(title)),
                        footerTemplate=FTR.format(url=esc(url)))
        res = call("Page.printToPDF", **opts)
        open(out_pdf, "wb").write(base64.b64decode(res["data"]))
        ws.close()
    finally:
        proc.terminate(); proc.wait()

def plain_pdf(html_path, out_pdf):
    subprocess.run(CHROME + [f"--user-data-dir={tempfile.mkdtemp()}", "--no-pdf-header-footer",
                             f"--print-to-pdf={out_pdf}", "file://" + os.path.abspath(html_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
