"""One-page trucking company driver-recruiting flyer, drawn with fpdf2 (core Helvetica fonts)."""
from fpdf import FPDF


def build(out_pdf):
    pdf = FPDF(format="letter", unit="pt")
    pdf.set_creator("Big Sky Freightways Recruiting")
    import fpdf; pdf.set_producer(f"PyFPDF/fpdf2 {fpdf.__version__}")
    pdf.set_title("Now Hiring CDL-A Drivers")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    W = pdf.w
    # top band
    pdf.set_fill_color(12, 44, 84); pdf.rect(0, 0, W, 120, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 18); pdf.set_xy(36, 20); pdf.cell(0, 20, "BIG SKY FREIGHTWAYS")
    pdf.set_font("Helvetica", "", 10); pdf.set_xy(36, 42); pdf.cell(0, 14, "Family owned since 1979  |  USDOT 1184522  |  Billings, Montana")
    pdf.set_font("Helvetica", "B", 34); pdf.set_xy(36, 64); pdf.cell(0, 40, "NOW HIRING CDL-A DRIVERS")
    # pay burst
    pdf.set_fill_color(245, 176, 28); pdf.ellipse(380, 132, 200, 130, "F")
    pdf.set_text_color(12, 44, 84)
    pdf.set_font("Helvetica", "B", 13); pdf.set_xy(380, 150); pdf.cell(200, 16, "EARN", align="C")
    pdf.set_font("Helvetica", "B", 40); pdf.set_xy(380, 168); pdf.cell(200, 44, "$0.62", align="C")
    pdf.set_font("Helvetica", "B", 14); pdf.set_xy(380, 212); pdf.cell(200, 18, "per mile", align="C")
    pdf.set_font("Helvetica", "", 9); pdf.set_xy(380, 232); pdf.cell(200, 12, "all miles paid - loaded & empty", align="C")
    # left copy
    pdf.set_text_color(30, 30, 30)
    pdf.set_xy(36, 140); pdf.set_font("Helvetica", "B", 20); pdf.multi_cell(330, 24, "OTR Company Drivers - Dry Van & Reefer")
    pdf.set_xy(36, 196); pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(330, 15, "Run the Northern Tier lanes from our Billings, MT terminal to the Pacific Northwest "
                   "and the Upper Midwest. Out 10-12 days, home 3-4 days. No touch freight, 92% drop and hook.")
    y = 282
    pdf.set_fill_color(12, 44, 84); pdf.rect(36, y, 250, 22, "F"); pdf.rect(320, y, 256, 22, "F")
    pdf.set_text_color(255, 255, 255); pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(44, y + 4); pdf.cell(0, 14, "PAY & BENEFITS"); pdf.set_xy(328, y + 4); pdf.cell(0, 14, "REQUIREMENTS")
    pdf.set_text_color(30, 30, 30); pdf.set_font("Helvetica", "", 11)
    left = ["$0.62 per mile, all miles paid", "$1,500 sign-on bonus", "Detention pay $20/hr after 2 hours",
            "Weekly direct deposit", "Medical, dental & vision after 30 days", "401(k) with 3% company match",
            "Paid orientation & rider program", "Pet and spouse policy"]
    right = ["Class A CDL", "Minimum 6 months verifiable tractor-trailer experience",
             "Clean MVR - no DUI in last 5 years", "Pass DOT physical and drug screen",
             "Hazmat endorsement a plus", "Comfortable with ELD logs and pre-trip inspections",
             "Able to chain up in mountain winter conditions"]
    for i, t in enumerate(left):
        pdf.set_xy(40, y + 32 + i * 19); pdf.cell(10, 14, "-"); pdf.set_xy(52, y + 32 + i * 19); pdf.cell(234, 14, t)
    ry = y + 32
    for t in right:
        pdf.set_xy(324, ry); pdf.cell(10, 14, "-"); pdf.set_xy(336, ry)
        pdf.multi_cell(240, 14, t, align="L"); ry = max(pdf.get_y(), ry + 14) + 4
    # equipment strip
    y = 480
    pdf.set_fill_color(235, 238, 242); pdf.rect(36, y, 540, 60, "F")
    pdf.set_font("Helvetica", "B", 12); pdf.set_xy(48, y + 8); pdf.cell(0, 14, "YOUR EQUIPMENT")
    pdf.set_font("Helvetica", "", 10.5); pdf.set_xy(48, y + 26)
    pdf.multi_cell(520, 14, "2024-2025 Freightliner Cascadias, automatic transmissions, inverters and APUs in every truck. "
                   "Assigned equipment - you keep your truck.")
    # call to action
    y = 554
    pdf.set_text_color(12, 44, 84); pdf.set_font("Helvetica", "B", 22); pdf.set_xy(36, y)
    pdf.cell(540, 28, "CALL RECRUITING: (406) 555-0173", align="C")
    pdf.set_font("Helvetica", "", 12); pdf.set_xy(36, y + 32)
    pdf.cell(540, 16, "Text DRIVE to 55512  |  Apply in 5 minutes at www.bigskyfreightways.com/drive", align="C")
    pdf.set_xy(36, y + 52); pdf.cell(540, 16, "Same-week orientation available. Ask for Luann or Marcus.", align="C")
    # decorative tear-off tabs
    pdf.set_xy(36, 628); pdf.set_font("Helvetica", "", 7); pdf.set_text_color(60, 60, 60)
    pdf.multi_cell(540, 9, "Big Sky Freightways is an Equal Opportunity Employer. Pay and home time vary by lane. "
                   "Sign-on bonus paid in installments over 90 days.", align="C")
    pdf.set_draw_color(120, 120, 120); pdf.set_dash_pattern(dash=3, gap=3)
    pdf.line(36, 656, 576, 656); pdf.set_dash_pattern()
    pdf.set_font("Helvetica", "", 7.5)
    for i in range(8):
        x = 40 + i * 67
        pdf.line(x + 60, 656, x + 60, 772)
        with pdf.rotation(90, x + 30, 720):
            pdf.set_xy(x - 20, 716); pdf.cell(100, 10, "Big Sky (406) 555-0173")
    pdf.output(out_pdf)
