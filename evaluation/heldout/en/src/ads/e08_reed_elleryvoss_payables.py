NAME = "e08_reed_elleryvoss_payables"
PRODUCER = "chromium (DevTools Page.printToPDF, Firefox-like header/footer templates)"
STYLE = "reed (UK)"
NEEDS_CHROME = True

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>Accounts Payable Clerk job in Bristol - reed.co.uk</title>
<style>
body{font-family:"Liberation Sans",Arial,sans-serif;font-size:12.5px;color:#222;margin:0}
.top{background:#fff;border-bottom:3px solid #cc0a0a;display:flex;gap:18px;padding:8px 18px;align-items:center}
.top .logo{font:bold 22px "Liberation Serif",serif;color:#cc0a0a}
.top .r{margin-left:auto;display:flex;gap:14px;font-size:11.5px}
.crumb{font-size:11px;color:#666;padding:8px 18px}
.wrap{display:grid;grid-template-columns:1fr 220px;gap:20px;padding:0 18px}
h1{font-size:22px;margin:2px 0}
.posted{font-size:12px;color:#555;margin-bottom:10px}
.posted a{color:#2a6ebb}
.facts{border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:8px 0;display:flex;flex-wrap:wrap;gap:6px 22px}
.facts div{font-size:12.5px}
.btn{display:inline-block;background:#cc0a0a;color:#fff;font-weight:bold;padding:8px 24px;border-radius:3px;margin:10px 8px 10px 0}
.btn2{display:inline-block;border:1px solid #999;padding:7px 16px;border-radius:3px}
h3{font-size:14px;margin:12px 0 4px}
.side .b{border:1px solid #ddd;padding:10px;margin-bottom:10px;font-size:11.5px}
.side .b b{display:block;margin-bottom:4px}
.foot{margin-top:16px;border-top:1px solid #ddd;padding:8px 18px;font-size:10px;color:#777}
</style></head><body>
<div class="top"><span class="logo">reed.co.uk</span><span>Jobs</span><span>Courses</span><span>Career advice</span><span>Salary checker</span><span class="r"><span>Sign in</span><span>Register</span><span>Recruiting?</span></span></div>
<div class="crumb">Home › Jobs › Accountancy jobs › Accounts payable jobs › Accounts payable jobs in Bristol</div>
<div class="wrap"><div>
<h1>Accounts Payable Clerk</h1>
<div class="posted">Posted 2 December 2026 by <a>Ellery &amp; Voss Ltd</a> &nbsp;★ Featured</div>
<div class="facts"><div>£26,500 - £29,000 per annum, Benefits</div><div>Bristol, South West England</div><div>Permanent, full-time</div></div>
<div><span class="btn">Apply now</span><span class="btn2">☆ Save</span></div>
<p>Ellery &amp; Voss is a specialist distributor of professional kitchen equipment, supplying restaurants, schools and hospitals across the UK from our distribution centre in Avonmouth and our head office at Temple Quay, Bristol. Turnover has doubled in four years and our finance team is growing with it.</p>
<p>We are looking for an Accounts Payable Clerk to join a team of four in the finance department, reporting to the Purchase Ledger Supervisor. You will take ownership of a supplier portfolio of around 350 accounts and make sure our suppliers are paid accurately and on time.</p>
<h3>Key responsibilities</h3>
<ul>
<li>Processing a high volume of purchase invoices and credit notes in Sage 200</li>
<li>Three-way matching of invoices to purchase orders and goods received notes</li>
<li>Preparing the weekly BACS payment run and supplier remittances</li>
<li>Reconciling supplier statements and resolving queries with buyers and the warehouse</li>
<li>Coding expenses and company credit card transactions</li>
<li>Supporting month-end with accruals listings and purchase ledger reports</li>
</ul>
<h3>About you</h3>
<ul>
<li>2+ years of experience in a purchase ledger or accounts payable role</li>
<li>Confident with Excel, including VLOOKUP/XLOOKUP and pivot tables</li>
<li>Experience with Sage 200 or a similar ERP (Dynamics 365, NetSuite)</li>
<li>AAT Level 2 or above, or currently studying (we will support further study)</li>
<li>Organised, numerate and comfortable talking to suppliers on the phone</li>
</ul>
<h3>What we offer</h3>
<ul>
<li>Salary of £26,500 - £29,000 per annum depending on experience</li>
<li>This is a hybrid role with three days a week in our Temple Quay office</li>
<li>Monday to Friday, 37.5 hours; early finish on Fridays</li>
<li>25 days' holiday plus bank holidays, and your birthday off</li>
<li>Company pension, life assurance and an employee purchase scheme</li>
</ul>
<p>Closing date: 31-Dec-2026. We reserve the right to close the vacancy early if we receive a high volume of applications.</p>
<p>Reference: EV-FIN-0412</p>
<p style="font-size:11px;color:#666">Ellery &amp; Voss Ltd is acting as an employer in relation to this vacancy. Applicants must be eligible to work in the UK.</p>
<div><span class="btn">Apply now</span></div>
</div>
<div class="side">
<div class="b"><b>Salary checker</b>Average salary for Accounts Payable Clerk in Bristol: <b>£27,412</b>per annum, based on 318 jobs advertised on reed.co.uk in the last 12 months.</div>
<div class="b"><b>Similar jobs</b>
Purchase Ledger Assistant<br>£24,000 - £27,000 per annum<br>Bristol · Permanent, full-time<br><br>
Accounts Assistant (Part Time)<br>£14.50 per hour<br>Bath · Permanent, part-time<br><br>
Credit Controller<br>£28,000 - £31,000 per annum<br>Portishead · Contract</div>
<div class="b"><b>Upskill with a course</b>AAT Level 3 Diploma in Accounting – Online – £1,150</div>
</div></div>
<div class="foot">Jobs by location · Jobs by sector · Courses · Career advice · Salary checker · Recruiter services · About us · Privacy · Cookies · Terms &amp; conditions · © Reed.co.uk 2026</div>
</body></html>"""


def render(out, chrome):
    st = "font-family:'Liberation Sans',Arial,sans-serif;font-size:8px;width:100%;padding:0 0.5in;display:flex;justify-content:space-between"
    header = (f'<div style="{st}"><span>Accounts Payable Clerk job in Bristol - reed.co.uk</span>'
              '<span>https://www.reed.co.uk/jobs/accounts-payable-clerk/51873402</span></div>')
    footer = (f'<div style="{st}"><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>'
              '<span>08/12/2026, 13:26</span></div>')
    chrome.print(HTML, out, header=header, footer=footer, paper=(8.27, 11.69), margins=(0.5, 0.5, 0.5, 0.5))


GOLD = {
    "title": "Accounts Payable Clerk",
    "company": "Ellery & Voss Ltd",
    "location": "Bristol, South West England",
    "employment_type": "full_time",
    "workplace": "hybrid",
    "salary": {"min": 26500, "max": 29000, "currency": "GBP", "period": "year"},
    "experience_years": {"min": 2, "max": None},
    "education": "AAT Level 2 or above, or currently studying",
    "skills": ["Sage 200", "Excel", "Three-way matching", "BACS", "VLOOKUP/XLOOKUP", "AAT Level 2"],
    "email": None,
    "phone": None,
    "url": "https://www.reed.co.uk/jobs/accounts-payable-clerk/51873402",
    "deadline": "2026-12-31",
    "posted": "2026-12-02",
    "key_phrases": [
        "supplying restaurants, schools and hospitals across the UK",
        "a supplier portfolio of around 350 accounts",
        "Preparing the weekly BACS payment run and supplier remittances",
        "25 days' holiday plus bank holidays, and your birthday off",
    ],
    "notes": "Reed.co.uk page printed with Firefox-style header (title left, URL right) and footer ('Page n of N', print date) "
             "made as Chromium header/footer templates. 'Posted 2 December 2026 by Ellery & Voss Ltd' -> posted 2026-12-02 and "
             "the company (body also says 'Ellery & Voss'). 'Permanent, full-time' -> full_time. Body states 'hybrid role with three "
             "days a week in our Temple Quay office' -> hybrid. 'Closing date: 31-Dec-2026'. Sidebar 'Salary checker' average "
             "£27,412, similar jobs' pay and the course price £1,150 are traps. Education = AAT (a qualification requirement).",
}
