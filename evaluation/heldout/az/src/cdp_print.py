#!/usr/bin/env python3
"""Print an HTML file to PDF with headless Chromium through the DevTools protocol,
with Chrome's own print header/footer (displayHeaderFooter), like a user pressing Ctrl+P.

    cdp_print.py IN.html OUT.pdf --title T --url U --date D [--paper a4|letter]

The header/footer templates use Chrome's span classes (pageNumber, totalPages); the date,
title and URL are written in so the printout shows the page's real web address and a fixed
print time instead of the local file:// path.
"""
import argparse, base64, json, os, shutil, socket, subprocess, tempfile, time, urllib.request

import websocket


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inp"); ap.add_argument("out")
    ap.add_argument("--title", required=True); ap.add_argument("--url", required=True)
    ap.add_argument("--date", required=True); ap.add_argument("--paper", default="a4")
    a = ap.parse_args()
    port = free_port()
    prof = tempfile.mkdtemp(prefix="chr-")
    proc = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update",
                             "--disable-sync", f"--user-data-dir={prof}",
                             f"--remote-debugging-port={port}", "--remote-allow-origins=*",
                             "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
                pages = [t for t in tabs if t.get("type") == "page"]
                if pages:
                    break
            except Exception:
                pass
            time.sleep(0.2)
        ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=60)
        mid = [0]

        def call(method, **params):
            mid[0] += 1
            ws.send(json.dumps({"id": mid[0], "method": method, "params": params}))
            while True:
                m = json.loads(ws.recv())
                if m.get("id") == mid[0]:
                    if "error" in m:
                        raise RuntimeError(m["error"])
                    return m.get("result", {})

        call("Page.enable")
        call("Page.navigate", url="file://" + os.path.abspath(a.inp))
        time.sleep(1.5)
        style = "font-family: Arial, 'Liberation Sans', sans-serif; font-size: 8px; width: 100%; margin: 0 10mm; display: flex; justify-content: space-between;"
        header = f'<div style="{style}"><span>{esc(a.date)}</span><span>{esc(a.title)}</span></div>'
        footer = (f'<div style="{style}"><span>{esc(a.url)}</span>'
                  '<span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')
        w, h = (8.27, 11.69) if a.paper == "a4" else (8.5, 11)
        res = call("Page.printToPDF", displayHeaderFooter=True, headerTemplate=header,
                   footerTemplate=footer, printBackground=False, paperWidth=w, paperHeight=h,
                   marginTop=0.4, marginBottom=0.4, marginLeft=0.4, marginRight=0.4)
        open(a.out, "wb").write(base64.b64decode(res["data"]))
        ws.close()
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except Exception:
            proc.kill()
        shutil.rmtree(prof, ignore_errors=True)


if __name__ == "__main__":
    main()
