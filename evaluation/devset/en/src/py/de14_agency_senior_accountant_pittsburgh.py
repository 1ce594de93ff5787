"""Staffing agency posting for an unnamed client: prose only, no headings or bullets.
Word document (python-docx) exported with LibreOffice."""
import os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

PARAS = [
    "Keystone Talent Partners is working with our client, a privately held commercial construction firm with more than "
    "forty years in Western Pennsylvania, to find a Senior Accountant for its downtown headquarters. The company builds "
    "hospitals, university buildings and distribution centers, runs about thirty active projects at any time, and has "
    "grown its revenue by almost half over the past three years. This is a direct-hire, full-time position with a "
    "hybrid schedule after the first 90 days (three days in the office, two from home).",
    "Reporting to the Controller, the Senior Accountant will own the month-end close for the company's largest division, "
    "prepare job-cost reporting and WIP schedules, reconcile balance sheet accounts and work with project managers to "
    "make sure that revenue recognition under ASC 606 reflects what is really happening on site. You will also prepare "
    "audit schedules for the outside CPA firm, help with the annual surety review and mentor two staff accountants who "
    "are new to construction.",
    "The right person has a bachelor's degree in accounting and at least five years of progressive accounting "
    "experience, ideally with some time in construction, engineering or another project-based business. A CPA or "
    "active progress toward the CPA is strongly preferred. Our client runs Sage 300 CRE for accounting and Procore for "
    "project management, so experience with either is a real advantage, and you should be very comfortable in Excel "
    "(pivot tables, XLOOKUP). People who enjoy walking a job site with a project manager as much as building a "
    "reconciliation tend to do well here.",
    "Our client offers a base salary of up to $95,000 depending on experience, plus an annual bonus, fully paid "
    "medical coverage for the employee, a 401(k) with a 5% match and paid parking in the Cultural District. Please "
    "note that this is not a remote role and that the client is unable to sponsor visas.",
    "To be considered, send your resume to Megan Oyelaran, Senior Recruiter, at moyelaran@keystonetalent.com or call "
    "her directly on (412) 555-0126, quoting Job #KTP-11842. All conversations are confidential, and your details will "
    "not be shared with our client without your permission. The position is based in Pittsburgh, PA 15222.",
]

def build(out_pdf):
    d = Document()
    sec = d.sections[0]
    sec.page_height = Cm(27.94); sec.page_width = Cm(21.59)
    sec.left_margin = sec.right_margin = Cm(2.5); sec.top_margin = Cm(2.0)
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
    st.paragraph_format.space_after = Pt(9); st.paragraph_format.line_spacing = 1.12
    p = d.add_paragraph(); r = p.add_run("KEYSTONE TALENT PARTNERS"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x7a, 0x1f, 0x2b)
    r.font.name = "Liberation Sans"
    p = d.add_paragraph(); r = p.add_run("Accounting & Finance Recruiting  \u00b7  One Oxford Centre, Suite 1400, Pittsburgh  \u00b7  keystonetalent.com")
    r.font.size = Pt(9); r.font.name = "Liberation Sans"
    p = d.add_paragraph(); r = p.add_run("Senior Accountant"); r.bold = True; r.font.size = Pt(14)
    for t in PARAS:
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = d.add_paragraph(); r = p.add_run("Keystone Talent Partners is an equal opportunity employer and does not charge candidates any fee.")
    r.italic = True; r.font.size = Pt(9)
    tmp = tempfile.mkdtemp()
    docx_path = os.path.join(tmp, os.path.basename(out_pdf)[:-4] + ".docx")
    d.save(docx_path)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", tmp, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(docx_path[:-5] + ".pdf", out_pdf)
