"""Council job pack written as a Word document (python-docx) and exported with LibreOffice."""
import os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)

def build(out_pdf):
    d = Document()
    sec = d.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    hp = sec.header.paragraphs[0]; hp.text = "Calderbrook Borough Council \u2013 Recruitment Pack"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs: r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]; fp.text = "Ref: PR-2026-117  |  Calderbrook Borough Council is a Disability Confident Employer"
    for r in fp.runs: r.font.size = Pt(8)

    p = d.add_paragraph(); r = p.add_run("CALDERBROOK BOROUGH COUNCIL"); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x00, 0x4b, 0x87)
    p = d.add_paragraph(); r = p.add_run("Place and Regeneration Directorate \u2013 Planning Service"); r.font.size = Pt(11)
    p = d.add_paragraph(); r = p.add_run("Job Description and Person Specification"); r.bold = True; r.font.size = Pt(14)

    rows = [
        ("Job title", "Planning Officer (Development Management)"),
        ("Directorate", "Place and Regeneration"),
        ("Reports to", "Principal Planning Officer"),
        ("Grade", "Grade 8"),
        ("Salary", "\u00a328,000 - \u00a332,000 per annum"),
        ("Hours", "37 hours per week (full time)"),
        ("Contract", "Permanent"),
        ("Location", "Civic Centre, Marsh Lane, Calderbrook"),
        ("Working arrangements", "Hybrid \u2013 a minimum of two days per week in the office, plus site visits"),
        ("Closing date", "31-Dec-2026 (midnight)"),
        ("Interviews", "Week commencing 18 January 2027"),
        ("Reference", "PR-2026-117"),
    ]
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k; c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True; shade(c[0], "DCE6F1")
        c[0].width = Cm(4.5); c[1].width = Cm(12)

    d.add_heading("Purpose of the job", level=2)
    d.add_paragraph("To assess and determine planning applications for householder, minor and smaller major developments, "
                    "giving clear, well-reasoned advice to applicants, agents, residents and councillors, and helping the "
                    "Council deliver good-quality growth across the borough.")
    d.add_heading("Key accountabilities", level=2)
    for s in [
        "Manage a caseload of planning applications, prior approvals and discharge of conditions from validation to decision.",
        "Carry out site visits, consult statutory bodies and neighbours, and negotiate improvements to schemes.",
        "Write delegated and committee reports that apply the Local Plan and the National Planning Policy Framework.",
        "Present applications at Planning Committee and respond to questions from members of the public.",
        "Keep case records accurate and up to date in Uniform and use GIS to check constraints and planning history.",
        "Support planning enforcement and appeals work when required.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("Person specification", level=2)
    ps = d.add_table(rows=1, cols=2); ps.style = "Table Grid"
    h = ps.rows[0].cells; h[0].text = "Essential criteria"; h[1].text = "Desirable criteria"
    for c in h:
        c.paragraphs[0].runs[0].bold = True; shade(c, "DCE6F1")
    ess = ["Degree or postgraduate qualification in town planning accredited by the RTPI",
           "At least two years' experience in development management",
           "Sound knowledge of the National Planning Policy Framework and planning law",
           "Confident IT user (Microsoft Office, Uniform or a similar back-office system)",
           "Full driving licence and access to a vehicle for site visits"]
    des = ["Chartered Membership of the RTPI (MRTPI)",
           "Experience presenting at Planning Committee",
           "Working knowledge of GIS",
           "Experience of heritage and conservation area cases"]
    for i in range(max(len(ess), len(des))):
        c = ps.add_row().cells
        c[0].text = ess[i] if i < len(ess) else ""
        c[1].text = des[i] if i < len(des) else ""

    d.add_heading("How to apply", level=2)
    d.add_paragraph("Apply online at www.calderbrook.gov.uk/jobs. We do not accept CVs on their own. For an informal "
                    "discussion about the role please contact Priya Lomax, Principal Planning Officer, on 01632 960 418 "
                    "or at planning.recruitment@calderbrook.gov.uk.")
    d.add_paragraph("The Council offers 27 days' annual leave rising to 32 with service, plus bank holidays, membership of "
                    "the Local Government Pension Scheme and payment of one professional subscription.")
    d.add_paragraph("This post is not eligible for sponsorship under the Skilled Worker route.")

    tmp = tempfile.mkdtemp()
    docx_path = os.path.join(tmp, os.path.basename(out_pdf)[:-4] + ".docx")
    d.save(docx_path)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", tmp, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(docx_path[:-5] + ".pdf", out_pdf)
