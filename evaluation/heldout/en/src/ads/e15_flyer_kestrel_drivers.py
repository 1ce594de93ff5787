NAME = "e15_flyer_kestrel_drivers"
PRODUCER = "fpdf2 2.8 (DejaVu Sans TTF, two columns + colour blocks)"
STYLE = "flyer / one-page poster"
NEEDS_CHROME = False

from fpdf import FPDF

DV = "/usr/share/fonts/truetype/dejavu/"


def render(out, chrome):
    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("DV", "", DV + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DV + "DejaVuSans-Bold.ttf")
    pdf.add_font("DVC", "B", DV + "DejaVuSansCondensed-Bold.ttf")
    pdf.set_title("Now Hiring Drivers"); pdf.set_creator("fpdf2"); pdf.set_author("Kestrel Freight Co.")
    pdf.add_page()
    W, H = 612, 792
    # header band
    pdf.set_fill_color(242, 140, 20); pdf.rect(0, 0, W, 175, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DV", "B", 14); pdf.set_xy(36, 26); pdf.cell(300, 18, "KESTREL FREIGHT CO.")
    pdf.set_font("DVC", "B", 64); pdf.set_xy(36, 50); pdf.cell(540, 70, "NOW HIRING")
    pdf.set_font("DV", "B", 26); pdf.set_xy(36, 122); pdf.cell(540, 32, "Local Delivery Drivers")
    pdf.set_text_color(30, 30, 30)
    # pay block
    pdf.set_fill_color(25, 45, 80); pdf.rect(36, 195, 540, 78, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DV", "B", 34); pdf.set_xy(50, 203); pdf.cell(250, 40, "$23.50/hr")
    pdf.set_font("DV", "", 12); pdf.set_xy(50, 245); pdf.cell(260, 16, "+ $1.50/hr night differential")
    pdf.set_font("DV", "B", 13); pdf.set_xy(320, 208); pdf.multi_cell(245, 17,
        "Full-time · Mon–Fri\nHome every night\n$1,000 sign-on bonus*")
    pdf.set_text_color(30, 30, 30)
    # two columns
    col_w = 255
    def column(x, y, heading, items):
        pdf.set_font("DV", "B", 15); pdf.set_text_color(242, 140, 20); pdf.set_xy(x, y); pdf.cell(col_w, 20, heading)
        pdf.set_text_color(30, 30, 30); pdf.set_font("DV", "", 11.5)
        yy = y + 28
        for it in items:
            pdf.set_xy(x, yy); pdf.cell(12, 15, "■")
            pdf.set_xy(x + 16, yy); pdf.multi_cell(col_w - 16, 15, it, align="L")
            yy = pdf.get_y() + 6
        return yy
    y1 = column(36, 295, "WHAT YOU'LL DO", [
        "Deliver building supplies and appliances to homes and job sites across the Fresno–Clovis area",
        "Drive 26 ft box trucks and flatbeds with liftgate",
        "Load and secure your truck; hand-truck and pallet-jack deliveries",
        "Complete pre-trip inspections and electronic proof of delivery on a handheld scanner",
        "Be the friendly face of Kestrel at the customer's door",
    ])
    y2 = column(321, 295, "WHAT YOU NEED", [
        "Class C driver's license (Class B a plus)",
        "Clean MVR for the past 3 years",
        "Current DOT medical card",
        "1+ year of commercial delivery experience",
        "Able to lift up to 50 lbs repeatedly",
        "Must be 21 or older and pass a drug screen",
    ])
    y = max(y1, y2) + 10
    # referral strip
    pdf.set_fill_color(255, 236, 210); pdf.rect(36, y, 540, 44, "F")
    pdf.set_font("DV", "B", 12.5); pdf.set_xy(48, y + 7); pdf.cell(520, 16, "REFER A FRIEND: earn a $500 referral bonus")
    pdf.set_font("DV", "", 10); pdf.set_xy(48, y + 24); pdf.cell(520, 14, "Paid to current employees after your referral completes 90 days.")
    y += 60
    pdf.set_font("DV", "", 11); pdf.set_xy(36, y)
    pdf.multi_cell(540, 15, "Benefits: medical, dental & vision after 30 days · 401(k) with match · paid holidays · weekly pay · "
                   "uniforms and boots allowance", align="L")
    y = pdf.get_y() + 8
    pdf.set_font("DV", "B", 11); pdf.set_xy(36, y); pdf.cell(540, 15, "Fresno Depot: 3180 S Golden State Blvd, Fresno, CA 93725")
    y += 26
    # apply box
    pdf.set_draw_color(25, 45, 80); pdf.set_line_width(2); pdf.rect(36, y, 540, 84)
    pdf.set_font("DV", "B", 20); pdf.set_xy(50, y + 10); pdf.cell(520, 26, "APPLY IN 5 MINUTES")
    pdf.set_font("DV", "", 12.5); pdf.set_xy(50, y + 42)
    pdf.cell(520, 17, "Text DRIVE to 559-555-0193 or visit kestrelfreight.com/drive")
    pdf.set_xy(50, y + 62)
    pdf.cell(520, 17, "Walk-in interviews: Saturday, Jan 9, 2027, 9 am – 1 pm")
    pdf.set_font("DV", "", 8); pdf.set_text_color(90, 90, 90); pdf.set_xy(36, H - 34)
    pdf.multi_cell(540, 10, "*Sign-on bonus paid in two installments at 30 and 90 days. Kestrel Freight Co. is an Equal Opportunity "
                   "Employer. We participate in E-Verify.")
    pdf.output(out)


GOLD = {
    "title": "Local Delivery Drivers",
    "company": "Kestrel Freight Co.",
    "location": "3180 S Golden State Blvd, Fresno, CA 93725",
    "employment_type": "full_time",
    "workplace": None,
    "salary": {"min": 23.5, "max": 23.5, "currency": "USD", "period": "hour"},
    "experience_years": {"min": 1, "max": None},
    "education": None,
    "skills": ["Class C driver's license", "DOT medical card", "Clean MVR", "liftgate", "pallet-jack"],
    "email": None,
    "phone": "559-555-0193",
    "url": "kestrelfreight.com/drive",
    "deadline": None,
    "posted": None,
    "key_phrases": [
        "Deliver building supplies and appliances to homes and job sites",
        "Be the friendly face of Kestrel",
        "Paid to current employees after your referral completes 90 days.",
        "Sign-on bonus paid in two installments",
    ],
    "notes": "One-page flyer drawn with fpdf2: big 'NOW HIRING' headline, pay block, two columns. Title = the role line under "
             "the headline ('Local Delivery Drivers'). Pay '$23.50/hr' (single amount -> min = max; US address -> USD); the "
             "'+ $1.50/hr night differential', '$1,000 sign-on bonus' and '$500 referral bonus' are not the salary. '1+ year' -> 1. "
             "'Saturday, Jan 9, 2027' is a walk-in interview day, not a deadline. Apply by text message to the phone number or "
             "the URL (printed without scheme).",
}
