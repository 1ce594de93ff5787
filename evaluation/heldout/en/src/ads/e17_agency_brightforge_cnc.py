NAME = "e17_agency_brightforge_cnc"
PRODUCER = "chromium (DevTools Page.printToPDF, browser header/footer)"
STYLE = "staffing agency, unnamed client"
NEEDS_CHROME = True

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>CNC Machinist – Days | Brightforge Recruitment</title>
<style>
body{font-family:"Noto Sans","DejaVu Sans",sans-serif;font-size:12px;color:#202020;margin:0}
.top{background:#1b1f3b;color:#fff;display:flex;align-items:center;padding:10px 22px;gap:20px;font-size:11.5px}
.top .logo{font-size:17px;font-weight:bold;letter-spacing:.5px}.top .logo i{color:#ffb703;font-style:normal}
.top .r{margin-left:auto;display:flex;gap:16px}
.ref{background:#ffb703;color:#1b1f3b;padding:6px 22px;font-weight:bold;font-size:11.5px}
.wrap{display:grid;grid-template-columns:1fr 215px;gap:22px;padding:14px 22px}
h1{font-size:23px;margin:0 0 8px;color:#1b1f3b}
table.k{border-collapse:collapse;margin-bottom:10px}
table.k td{padding:3px 14px 3px 0;font-size:12px;vertical-align:top}
table.k td:first-child{color:#666;width:95px}
h3{font-size:13.5px;margin:12px 0 4px;color:#1b1f3b}
.btn{display:inline-block;background:#e63946;color:#fff;font-weight:bold;padding:7px 20px;border-radius:4px;margin:6px 0}
.side .card{border:1px solid #ddd;border-radius:6px;padding:10px;margin-bottom:12px;font-size:11px}
.side .card b{display:block;font-size:12px;margin-bottom:4px}
.side .job{border-top:1px solid #eee;padding:6px 0}
.foot{background:#f2f2f2;padding:10px 22px;font-size:10px;color:#555;margin-top:10px}
</style></head><body>
<div class="top"><span class="logo">BRIGHT<i>FORGE</i></span><span>Find a job</span><span>Employers</span><span>Sectors</span><span>Contact</span><span class="r"><span>Candidate login</span><span>Upload CV</span></span></div>
<div class="ref">Refer a friend: earn £250 when they complete 12 weeks in a role placed by Brightforge. T&amp;Cs apply.</div>
<div class="wrap"><div>
<h1>CNC Machinist – Days</h1>
<table class="k">
<tr><td>Location</td><td>Redditch, Worcestershire</td></tr>
<tr><td>Salary</td><td>£17.50 - £19.00 per hour</td></tr>
<tr><td>Job type</td><td>Permanent, FT</td></tr>
<tr><td>Sector</td><td>Engineering &amp; Manufacturing</td></tr>
<tr><td>Reference</td><td>BF-CNC-2291</td></tr>
<tr><td>Posted</td><td>27/11/2026</td></tr>
</table>
<span class="btn">Apply for this job</span>
<p>Our client, a leading manufacturer of precision aerospace and motorsport components in the West Midlands, is looking for an experienced CNC Machinist to join its milling cell on a permanent day-shift basis. The business employs around 140 people, has AS9100 approval and has invested over £3m in new 5-axis capacity in the last two years.</p>
<h3>The role</h3>
<ul>
<li>Setting and operating 3- and 5-axis CNC milling machines (Haas, DMG Mori and Hermle) with Fanuc and Heidenhain controls</li>
<li>Editing G-code programs at the machine and proving out first-off components</li>
<li>Working from engineering drawings to tight tolerances in aluminium, titanium and Inconel</li>
<li>Inspecting parts with hand instruments and supporting the quality team with CMM reports</li>
<li>Contributing to continuous improvement and 5S in the cell</li>
</ul>
<h3>The person</h3>
<ul>
<li>2–4 years' CNC milling experience in a precision engineering environment</li>
<li>Time-served apprenticeship or NVQ Level 3 in Engineering/Machining</li>
<li>Able to read and interpret engineering drawings, including GD&amp;T</li>
<li>Experience with Heidenhain conversational programming is highly desirable</li>
</ul>
<h3>Hours and benefits</h3>
<p>Monday to Thursday 7:00am – 4:00pm, Friday 7:00am – 1:00pm (39 hours). Overtime is available at time and a half. The client offers 25 days' holiday plus bank holidays, a 5% matched pension, free on-site parking and an annual performance bonus.</p>
<p>To apply, click "Apply for this job" or contact Aisha Malik at Brightforge Recruitment on 01527 555 812 or aisha.malik@brightforge.co.uk quoting reference BF-CNC-2291.</p>
<p style="font-size:10.5px;color:#666">Brightforge Recruitment is acting as an employment agency in relation to this vacancy. By applying you agree to our privacy notice. Due to the volume of applications, we can only respond to shortlisted candidates.</p>
</div>
<div class="side">
<div class="card"><b>Your consultant</b>Aisha Malik<br>Senior Consultant – Engineering<br>Redditch office</div>
<div class="card"><b>Similar jobs</b>
<div class="job">CNC Setter Operator<br>Coventry · £16.00 per hour</div>
<div class="job">CNC Turner (Nights)<br>Bromsgrove · £18.50 - £21.00 per hour</div>
<div class="job">Quality Inspector (CMM)<br>Worcester · £32,000 - £36,000 per annum</div>
<div class="job">Maintenance Engineer<br>Droitwich · £42,000 per annum</div></div>
<div class="card"><b>Salary guide 2026</b>Download our West Midlands Engineering Salary Guide – average CNC machinist pay £36,400.</div>
</div></div>
<div class="foot">Brightforge Recruitment Ltd · Registered in England &amp; Wales No. 09999999 · Unit 4, Alcester Street, Redditch B98 8AE · Privacy · Cookies · Modern Slavery Statement</div>
</body></html>"""


def render(out, chrome):
    h, f = lib.browser_hf("30/11/2026, 09:12", "CNC Machinist – Days | Brightforge Recruitment",
                          "https://www.brightforge.co.uk/jobs/cnc-machinist-days-redditch/bf-cnc-2291")
    chrome.print(HTML, out, header=h, footer=f, paper=(8.27, 11.69))


GOLD = {
    "title": "CNC Machinist – Days",
    "company": "Brightforge Recruitment",
    "location": "Redditch, Worcestershire",
    "employment_type": "full_time",
    "workplace": None,
    "salary": {"min": 17.5, "max": 19.0, "currency": "GBP", "period": "hour"},
    "experience_years": {"min": 2, "max": 4},
    "education": "Time-served apprenticeship or NVQ Level 3 in Engineering/Machining",
    "skills": ["Fanuc", "Heidenhain", "G-code", "CMM", "GD&T", "5-axis", "Haas"],
    "email": "aisha.malik@brightforge.co.uk",
    "phone": "01527 555 812",
    "url": "https://www.brightforge.co.uk/jobs/cnc-machinist-days-redditch/bf-cnc-2291",
    "deadline": None,
    "posted": "2026-11-27",
    "key_phrases": [
        "has invested over £3m in new 5-axis capacity",
        "Editing G-code programs at the machine and proving out",
        "to tight tolerances in aluminium, titanium and Inconel",
        "we can only respond to shortlisted candidates",
    ],
    "notes": "Recruitment-agency page printed with Chromium's header/footer. 'Our client, a leading manufacturer ...' is unnamed "
             "-> company = the agency, Brightforge Recruitment. Salary '£17.50 - £19.00 per hour'; the '£250' refer-a-friend "
             "banner, similar jobs, '£3m' investment and the salary-guide average '£36,400' are traps. 'Permanent, FT' -> "
             "full_time (abbreviation). '2–4 years'' -> 2..4. 'Posted 27/11/2026' (dd/mm). url from the print footer.",
}
