"""Word-style job description (python-docx .docx, rendered to PDF by LibreOffice Writer)."""
import os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH


def make_docx(path):
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.8); s.bottom_margin = Cm(1.8)
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Kestrel Freight Services Ltd \u2013 Job Description"; hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ftr = d.sections[0].footer.paragraphs[0]
    ftr.text = "HR-JD-0417  |  Version 3  |  Uncontrolled when printed"
    p = d.add_paragraph(); r = p.add_run("KESTREL FREIGHT SERVICES"); r.bold = True; r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    d.add_paragraph("Contract logistics \u2022 Warehousing \u2022 Pallet distribution")
    d.add_heading("Job Description", level=1)
    rows = [
        ("Job title", "Warehouse Shift Supervisor (Nights)"),
        ("Reports to", "Operations Manager"),
        ("Location", "Daventry, Northamptonshire (DIRFT Unit 7)"),
        ("Salary", "\u00a332k - \u00a336k plus 15% night shift allowance"),
        ("Hours", "40 hours per week, 4 on / 4 off, 18:00 \u2013 06:00"),
        ("Contract", "Permanent, full time"),
        ("Direct reports", "2 Team Leaders and approx. 35 warehouse operatives"),
    ]
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k; c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
        c[0].width = Cm(4.2); c[1].width = Cm(12.4)
    d.add_heading("Purpose of the role", level=2)
    d.add_paragraph(
        "To lead the night shift in our 420,000 sq ft multi-user warehouse, making sure that every order picked "
        "for our retail and e-commerce clients leaves the building accurately, safely and on time for the 05:30 trunking departures.")
    d.add_heading("Main duties and responsibilities", level=2)
    for b in [
        "Plan labour against the forecast at the start of each shift and reallocate people between goods-in, picking and despatch as volumes change.",
        "Run the shift on the WMS (SAP EWM), releasing waves, resolving stock exceptions and closing the shift on the system.",
        "Hold a short safety and performance briefing at the start of every shift.",
        "Monitor pick rates and accuracy, coaching operatives who are below standard and recognising those above it.",
        "Make sure that MHE checks, fire walks and racking inspections are completed and recorded.",
        "Investigate accidents and near misses and carry out return-to-work and absence conversations.",
        "Lead 5S and continuous improvement activity on the shift.",
        "Prepare the end-of-shift report in Microsoft Excel for the Operations Manager.",
    ]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("This is a site-based role. The job holder may be asked to cover day shifts during peak (October \u2013 January).")
    d.add_heading("Person specification", level=2)
    ps = d.add_table(rows=1, cols=3); ps.style = "Table Grid"
    h = ps.rows[0].cells; h[0].text = "Criteria"; h[1].text = "Essential"; h[2].text = "Desirable"
    for c in h:
        c.paragraphs[0].runs[0].bold = True
    for row in [
        ("Experience", "A minimum of two years' supervisory experience in a warehouse or distribution centre",
         "Experience in a multi-user or 3PL environment"),
        ("Qualifications", "GCSE English and Maths (grade 4/C or above) or equivalent",
         "IOSH Managing Safely; Counterbalance (FLT) licence"),
        ("Systems", "Confident user of a WMS and Microsoft Excel", "SAP EWM"),
        ("Skills", "Able to motivate a team of 30+ people on nights", "Lean / 5S training"),
    ]:
        c = ps.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_heading("What we offer", level=2)
    d.add_paragraph(
        "25 days' holiday plus bank holidays, a contributory pension (5% employer), free on-site parking, "
        "a subsidised canteen, an Employee Assistance Programme and a \u00a3500 refer-a-friend bonus.")
    d.add_heading("How to apply", level=2)
    d.add_paragraph(
        "Please send your CV and a short covering letter to recruitment@kestrelfreight.co.uk, quoting reference "
        "KFS-DAV-0417. For an informal chat about the role, call Priya Mistry, Operations Manager, on 01632 960418.")
    p = d.add_paragraph(); r = p.add_run("Closing date: 15 January 2027"); r.bold = True
    d.add_paragraph("Interviews will be held at the Daventry site during the week commencing 25 January 2027.")
    d.add_paragraph(
        "Kestrel Freight Services is an equal opportunities employer. We are a Disability Confident Committed employer.").runs[0].italic = True
    d.save(path)


def build(out_pdf):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "e2_03_word_jd_warehouse_supervisor_daventry.docx")
    make_docx(src)
    subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(src[:-5] + ".pdf", out_pdf)
