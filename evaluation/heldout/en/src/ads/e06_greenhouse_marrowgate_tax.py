NAME = "e06_greenhouse_marrowgate_tax"
PRODUCER = "chromium (DevTools Page.printToPDF, browser header/footer)"
STYLE = "ats (Greenhouse)"
NEEDS_CHROME = True

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>Job Application for Senior Tax Accountant at Marrowgate Capital</title>
<style>
body{font-family:"DejaVu Serif",Georgia,serif;font-size:12.5px;color:#222;margin:0;line-height:1.45}
.app{max-width:720px;margin:0 auto;padding:8px 24px}
.logo{margin:10px 0 18px}
h1{font-family:"DejaVu Sans",sans-serif;font-size:22px;color:#b3262f;margin:0}
.loc{font-family:"DejaVu Sans",sans-serif;color:#555;margin:4px 0 16px}
.btn{display:inline-block;background:#b3262f;color:#fff;font-family:"DejaVu Sans",sans-serif;padding:7px 18px;border-radius:3px}
h3{font-family:"DejaVu Sans",sans-serif;font-size:13.5px;margin:14px 0 4px}
.pay{border-top:1px solid #ccc;border-bottom:1px solid #ccc;padding:10px 0;margin:16px 0}
.pay .t{font-family:"DejaVu Sans",sans-serif;font-weight:bold}
.form{border-top:2px solid #b3262f;margin-top:20px;padding-top:10px;font-family:"DejaVu Sans",sans-serif;font-size:11.5px}
.f{margin:8px 0}.f span{display:block;border:1px solid #bbb;height:18px;margin-top:2px}
.pw{font-size:10px;color:#888;text-align:center;margin:18px 0 6px;font-family:"DejaVu Sans",sans-serif}
</style></head><body><div class="app">
<div class="logo"><svg width="150" height="34" viewBox="0 0 150 34"><rect x="0" y="2" width="30" height="30" fill="#b3262f"/><path d="M6 26 L6 8 L15 19 L24 8 L24 26" stroke="#fff" stroke-width="3" fill="none"/><rect x="38" y="10" width="104" height="5" fill="#333"/><rect x="38" y="20" width="70" height="4" fill="#999"/></svg></div>
<h1>Senior Tax Accountant</h1>
<div class="loc">Chicago, IL (Hybrid)</div>
<span class="btn">Apply for this job</span>
<h3>Who we are</h3>
<p>We are a privately held investment firm managing roughly $9 billion across credit, real estate and infrastructure funds on behalf of pensions, endowments and family offices. Our tax group is small (eight people) and sits at the center of the fund structuring process, so the work is varied and you will see deals from term sheet to K-1.</p>
<h3>What you'll work on</h3>
<ul>
<li>Prepare and review federal and state partnership returns (Form 1065) and related K-1s for our domestic fund entities</li>
<li>Compute quarterly and year-end tax provisions under ASC 740 for the management company and its subsidiaries</li>
<li>Track taxable income allocations, including tiered partnership and carried interest waterfalls</li>
<li>Coordinate with outside preparers and respond to investor tax questions during K-1 season</li>
<li>Support FATCA/CRS reporting and withholding reviews for offshore feeder funds</li>
<li>Help automate our workpapers using OneSource and Alteryx</li>
</ul>
<h3>What you'll bring</h3>
<ul>
<li>Bachelor's degree in Accounting; Master of Taxation a plus</li>
<li>CPA license (active) required</li>
<li>4-6 years of tax experience, ideally split between a public accounting firm and an alternative asset manager</li>
<li>Strong Excel skills (pivot tables, INDEX/MATCH, large linked workbooks)</li>
<li>Working knowledge of partnership taxation under Subchapter K</li>
</ul>
<h3>Working here</h3>
<p>The team works from our West Loop office Monday through Wednesday and remotely on Thursdays and Fridays, with a fully in-office schedule during the last two weeks of March and September. Benefits include fully paid medical premiums for employees, a 401(k) with a 6% match, a CPE budget, and paid time off for exam preparation.</p>
<div class="pay"><div class="t">Chicago Pay Range</div>$108,000—$131,000 USD<br>
<span style="font-size:11px">The range above is the base salary for this position. Senior Tax Accountants are also eligible for an annual discretionary bonus.</span></div>
<p>Questions about the role or accommodations during the hiring process can go to <b>taxrecruiting@marrowgatecap.com</b>. We are an equal opportunity employer.</p>
<div class="form"><b>Apply for this Job</b> &nbsp; * Required
<div class="f">First Name *<span></span></div><div class="f">Last Name *<span></span></div>
<div class="f">Email *<span></span></div><div class="f">Phone<span></span></div>
<div class="f">Resume/CV * &nbsp; Attach · Dropbox · Google Drive · Enter manually<br>(File types: pdf, doc, docx, txt, rtf)</div>
<div class="f">LinkedIn Profile<span></span></div>
<div class="f">Are you legally authorized to work in the United States? * &nbsp; -- Please select --</div>
<div class="f">Do you hold an active CPA license? * &nbsp; -- Please select --</div>
<div class="f"><b>Voluntary Self-Identification</b> — For government reporting purposes, we ask candidates to respond to the below self-identification survey. Completion of the form is entirely voluntary.</div>
<span class="btn">Submit Application</span></div>
<div class="pw">Powered by greenhouse · Read our Privacy Policy</div>
</div></body></html>"""


def render(out, chrome):
    h, f = lib.browser_hf("12/2/26, 4:51 PM", "Job Application for Senior Tax Accountant at Marrowgate Capital",
                          "https://boards.greenhouse.io/marrowgatecapital/jobs/5523190004")
    chrome.print(HTML, out, header=h, footer=f)


GOLD = {
    "title": "Senior Tax Accountant",
    "company": "Marrowgate Capital",
    "location": "Chicago, IL",
    "employment_type": None,
    "workplace": "hybrid",
    "salary": {"min": 108000, "max": 131000, "currency": "USD", "period": "year"},
    "experience_years": {"min": 4, "max": 6},
    "education": "Bachelor's degree in Accounting; Master of Taxation a plus",
    "skills": ["Form 1065", "ASC 740", "OneSource", "Alteryx", "CPA", "Excel", "FATCA/CRS"],
    "email": "taxrecruiting@marrowgatecap.com",
    "phone": None,
    "url": "https://boards.greenhouse.io/marrowgatecapital/jobs/5523190004",
    "deadline": None,
    "posted": None,
    "key_phrases": [
        "you will see deals from term sheet to K-1",
        "tiered partnership and carried interest waterfalls",
        "respond to investor tax questions during K-1 season",
        "paid time off for exam preparation",
    ],
    "notes": "Greenhouse board printed with Chromium's header/footer. The company name appears only in the print header "
             "(page title 'Job Application for Senior Tax Accountant at Marrowgate Capital'); the logo is drawn shapes without "
             "text and the body says 'we' / 'the firm'; the e-mail domain is 'marrowgatecap.com'. Location line 'Chicago, IL (Hybrid)' "
             "-> location 'Chicago, IL', hybrid. Pay '$108,000—$131,000 USD' (em dash, 'Chicago Pay Range', base salary -> year); "
             "'$9 billion' is AUM. Employment type never stated -> null. Application-form labels are page chrome. "
             "Email is a questions/accommodation address, the only one printed.",
}
