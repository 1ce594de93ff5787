"""Australian Public Service job pack in Word (python-docx .docx, rendered to PDF by LibreOffice Writer):
OFFICIAL protective markings in header and footer, cover block, position-details table, 'The role' / 'You'll bring' sections."""
import os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAVY = RGBColor(0x0B, 0x2A, 0x4A); TEAL = RGBColor(0x00, 0x7A, 0x87)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor); tcPr.append(sh)


def heading(d, text, size=14, color=TEAL, before=12):
    p = d.add_paragraph(); p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(3); p.paragraph_format.keep_with_next = True
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = color
    return p


def bullets(d, items):
    for b in items:
        p = d.add_paragraph(b, style="List Bullet"); p.paragraph_format.space_after = Pt(2)


def make_docx(path):
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.3); s.top_margin = Cm(2.0); s.bottom_margin = Cm(1.8)
        s.page_width = Cm(21.0); s.page_height = Cm(29.7)
    st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL"); r.bold = True; r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00); r.font.size = Pt(10)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("OFFICIAL"); r.bold = True; r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00); r.font.size = Pt(10)
    fp2 = sec.footer.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = fp2.add_run("AFDA Job Pack \u2013 Data Analyst (APS 6) \u2013 Recruitment round 2026/41"); r.font.size = Pt(8)

    p = d.add_paragraph(); r = p.add_run("Australian Government"); r.font.size = Pt(10); r.font.color.rgb = NAVY
    p = d.add_paragraph(); r = p.add_run("Australian Freight Data Agency"); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = NAVY
    p.paragraph_format.space_after = Pt(18)
    p = d.add_paragraph(); r = p.add_run("Job Pack"); r.font.size = Pt(30); r.font.color.rgb = TEAL
    p = d.add_paragraph(); r = p.add_run("Data Analyst"); r.bold = True; r.font.size = Pt(22); r.font.color.rgb = NAVY
    p = d.add_paragraph(); r = p.add_run("APS Level 6  |  Freight Insights Branch"); r.font.size = Pt(13)
    p.paragraph_format.space_after = Pt(12)

    rows = [
        ("Position title", "Data Analyst"),
        ("Position numbers", "30012, 30013"),
        ("Classification", "APS Level 6"),
        ("Branch / Section", "Freight Insights Branch \u2013 Data Products Section"),
        ("Salary", "$99,271 \u2013 $112,340 per annum plus 15.4% superannuation"),
        ("Employment status", "Ongoing, full-time"),
        ("Location", "Canberra, ACT"),
        ("Security clearance", "Baseline"),
        ("Contact officer", "Lachlan Pereira, Director Data Products\n(02) 6271 4455 | recruitment@afda.gov.au"),
        ("Closing date", "11:30pm AEDT, Monday 18 January 2027"),
    ]
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k; c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True; shade(c[0], "DCEEF0")
        c[0].width = Cm(4.6); c[1].width = Cm(11.8)

    heading(d, "About us")
    d.add_paragraph(
        "The Australian Freight Data Agency (AFDA) is a non-corporate Commonwealth entity within the Infrastructure "
        "portfolio. We collect, link and publish national data on road, rail, sea and air freight so that governments "
        "and industry can plan supply chains, invest in infrastructure and respond to disruptions. Our 160 staff are "
        "based in Canberra and Melbourne.")
    heading(d, "The role")
    d.add_paragraph(
        "The Data Products Section builds the National Freight Data Hub's public dashboards and the datasets behind "
        "them. As a Data Analyst you will turn raw telematics, port and rail operator feeds into trusted, well-documented "
        "products, and explain what the numbers mean to policy colleagues who are not data specialists. You will work "
        "under limited direction and may supervise an APS 4 or APS 5 analyst.")
    heading(d, "What you'll do", size=12, color=NAVY, before=6)
    bullets(d, [
        "Design, build and maintain data pipelines in Python and SQL on the agency's Databricks platform.",
        "Clean, link and validate large freight datasets, and document their quality and limitations.",
        "Develop interactive dashboards and reports in Power BI for internal and public audiences.",
        "Apply statistical methods, including time-series analysis, to identify trends and anomalies.",
        "Prepare clear written briefs and data releases, and respond to ad hoc requests from the Minister's office.",
        "Contribute to code review, version control in Git and the section's reproducible analysis standards.",
    ])
    heading(d, "You'll bring", size=12, color=NAVY, before=6)
    bullets(d, [
        "Strong skills in SQL and Python (pandas), and experience working with large or messy datasets.",
        "Experience with a cloud data platform such as Databricks, Azure Synapse or Snowflake.",
        "The ability to design clear visualisations in Power BI or Tableau.",
        "Sound judgement about data quality, confidentiality and the Privacy Act 1988.",
        "Excellent written and verbal communication skills, and the ability to explain technical findings to non-technical audiences.",
    ])
    d.add_paragraph(
        "Tertiary qualifications in statistics, data science, economics or a related discipline are highly desirable "
        "but not essential.")
    heading(d, "Eligibility")
    d.add_paragraph(
        "To be eligible for employment with the APS and the AFDA, applicants must be Australian citizens. The successful "
        "applicant must be able to obtain and maintain a Baseline security clearance and will be required to undergo a "
        "pre-employment check.")
    heading(d, "What we offer")
    d.add_paragraph(
        "We offer flexible working arrangements, including part-time hours, compressed hours and working from home, "
        "subject to operational requirements. Other benefits include 15.4% employer superannuation, a generous leave "
        "package with paid Christmas shutdown, an Employee Assistance Program and learning and development support, "
        "including study assistance.")
    heading(d, "How to apply")
    d.add_paragraph(
        "Apply online at https://careers.afda.gov.au/jobs/30012 by the closing date. Your application must include "
        "a pitch of no more than 750 words, explaining how your skills and experience make you suitable for the role, "
        "and a current CV of no more than three pages. We do not accept applications by email. If you require assistance "
        "or a reasonable adjustment, please contact the contact officer.")
    heading(d, "Merit pool", size=12, color=NAVY, before=6)
    d.add_paragraph(
        "A merit list or pool may be established from this process and used to fill similar ongoing or non-ongoing "
        "vacancies at the APS 6 level over the next 18 months, including in Melbourne, VIC.")
    heading(d, "RecruitAbility", size=12, color=NAVY, before=6)
    d.add_paragraph(
        "The AFDA supports the RecruitAbility scheme. Applicants with disability who opt into the scheme and meet the "
        "minimum requirements of the role will be advanced to the next stage of the selection process.")
    d.save(path)


def build(out_pdf):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "AFDA_JobPack_Data_Analyst_APS6.docx")
    make_docx(src)
    subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(src[:-5] + ".pdf", out_pdf)
