NAME = "e01_linkedin_harbourline_welder"
PRODUCER = "chromium (DevTools Page.printToPDF, browser header/footer)"
STYLE = "linkedin"
NEEDS_CHROME = True

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>(4) Senior Pipe Welder | Harbourline Fabrication | LinkedIn</title>
<style>
body{font-family:"Liberation Sans",Arial,sans-serif;margin:0;background:#f3f2ef;color:#191919;font-size:13px}
.nav{background:#fff;border-bottom:1px solid #ddd;padding:6px 24px;display:flex;gap:26px;align-items:center;font-size:11px;color:#666}
.nav .logo{background:#0a66c2;color:#fff;font-weight:bold;padding:2px 5px;border-radius:3px;font-size:14px}
.nav .search{border:1px solid #ccc;background:#edf3f8;padding:4px 40px 4px 8px;border-radius:4px}
.wrap{display:flex;gap:18px;padding:18px 24px}
.main{flex:1}.side{width:230px}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:16px 20px;margin-bottom:12px}
h1{font-size:22px;margin:6px 0}
.meta{color:#666;font-size:12px}
.chips span{display:inline-block;background:#e8f1ea;color:#1d6b34;border-radius:4px;padding:2px 8px;margin:6px 6px 0 0;font-size:12px}
.btn{display:inline-block;background:#0a66c2;color:#fff;border-radius:16px;padding:5px 16px;font-weight:bold;margin-right:8px}
.btn2{display:inline-block;border:1px solid #0a66c2;color:#0a66c2;border-radius:16px;padding:5px 16px;font-weight:bold}
h2{font-size:17px;margin:4px 0 8px}
ul{margin:4px 0 10px 0;padding-left:20px}
.sj{border-top:1px solid #eee;padding:8px 0}
.sj b{color:#0a66c2}
.foot{font-size:10px;color:#666;padding:10px 24px;column-count:3}
.person{display:flex;gap:10px;align-items:center}
.avatar{width:44px;height:44px;border-radius:22px;background:#c9d6df}
</style></head><body>
<div class="nav"><span class="logo">in</span><span class="search">Search</span>
<span>Home</span><span>My Network</span><span>Jobs</span><span>Messaging</span><span>Notifications</span><span>Me ▾</span><span>For Business ▾</span><span>Try Premium for £0</span></div>
<div class="wrap"><div class="main">
<div class="card">
<div class="meta">Harbourline Fabrication</div>
<h1>Senior Pipe Welder</h1>
<div class="meta">Newcastle upon Tyne, England, United Kingdom · 2 weeks ago · Over 100 applicants</div>
<div class="meta">Promoted by hirer · Responses managed off LinkedIn</div>
<div class="chips"><span>On-site</span><span>Full-time</span><span>Mid-Senior level</span></div>
<div class="meta" style="margin-top:6px">51-200 employees · Industrial Machinery Manufacturing</div>
<div class="meta">3 connections work here · 14 company alumni work here</div>
<div class="meta">Skills: Tungsten Inert Gas (TIG) Welding, Pipe Welding, +6 more</div>
<div class="meta">Am I a good fit for this job?  How can I best position myself for this job?</div>
<div style="margin-top:10px"><span class="btn">Easy Apply</span><span class="btn2">Save</span></div>
</div>
<div class="card">
<h2>Meet the hiring team</h2>
<div class="person"><div class="avatar"></div><div><b>Dana Whitcombe</b> · 2nd<br><span class="meta">Talent Acquisition Partner at Harbourline Fabrication</span><br><span class="meta">Job poster</span></div><span class="btn2" style="margin-left:auto">Message</span></div>
</div>
<div class="card">
<h2>About the job</h2>
<p>Harbourline Fabrication builds process skids, pressure pipework and modular plant for the offshore wind, food processing and pharmaceutical sectors. From our fabrication halls on the River Tyne we ship finished modules all over Europe, and our order book for 2027 is the strongest it has been in a decade.</p>
<p>We are now looking for a Senior Pipe Welder to join our pressure pipework team on the day shift. You will weld carbon steel, stainless and duplex spools to our qualified procedures, mentor two apprentice welders, and work closely with our QC inspectors to keep repair rates among the lowest in the industry.</p>
<p><b>What you will be doing</b></p>
<ul>
<li>Welding pipework from 1" to 24" in all positions using TIG and MMA processes</li>
<li>Reading isometric drawings and weld maps, and preparing joints to the specified bevel and fit-up</li>
<li>Purging stainless and duplex joints and keeping accurate weld traceability records</li>
<li>Supporting apprentices on the shop floor and passing on good habits</li>
<li>Occasional site work at customer premises in the North East (travel and lodging paid)</li>
</ul>
<p><b>What we need from you</b></p>
<ul>
<li>At least five years of pipe welding experience in a fabrication or process environment</li>
<li>Current coded welder tickets to ASME IX or BS EN ISO 9606-1 (6G position preferred)</li>
<li>Confident with stainless steel and duplex, including back purging</li>
<li>CSCS card, or willingness to obtain one within three months</li>
<li>NVQ Level 3 in Fabrication and Welding or a completed apprenticeship</li>
</ul>
<p><b>What we offer</b></p>
<ul>
<li>£21.50 – £24.00 per hour depending on coding and experience, with overtime paid at time and a half</li>
<li>39-hour week, Monday to Thursday 7:00–16:30 and Friday finish at 12:30</li>
<li>25 days holiday plus bank holidays, rising with service</li>
<li>Company pension with 6% employer contribution and a paid annual medical</li>
<li>Sponsored re-coding and a clear route to Welding Supervisor</li>
</ul>
<p>Harbourline Fabrication is an equal opportunities employer. We welcome applications from everyone and are happy to make reasonable adjustments during the selection process.</p>
<p class="meta">Seniority level: Mid-Senior level · Employment type: Full-time · Job function: Manufacturing · Industries: Industrial Machinery Manufacturing</p>
</div>
<div class="card">
<h2>People also viewed</h2>
<div class="sj"><b>Coded Welder</b><br>Tynebank Engineering Ltd · Gateshead, England, United Kingdom<br>£19/hr - £22/hr · 1 week ago</div>
<div class="sj"><b>Welding Inspector (CSWIP 3.1)</b><br>Northgate NDT Services · Middlesbrough, England, United Kingdom<br>£42,000/yr - £48,000/yr · 5 days ago</div>
<div class="sj"><b>Multi-skilled Fabricator Welder</b><br>Cleveland Process Systems · Stockton-on-Tees · Easy Apply</div>
</div>
</div>
<div class="side">
<div class="card"><h2>Similar jobs</h2>
<div class="sj"><b>Pipe Welder – Nights</b><br>Ardent Marine Services<br>Sunderland, England, United Kingdom<br>£23/hr - £27/hr<br>Actively recruiting</div>
<div class="sj"><b>TIG Welder (Stainless)</b><br>Wearside Food Equipment<br>Washington, England<br>£17.50/hr<br>3 weeks ago</div>
<div class="sj"><b>Welding Supervisor</b><br>Blyth Offshore Structures<br>Blyth, England<br>£45,000/yr - £52,000/yr</div>
<div class="sj">Show more jobs →</div>
</div>
<div class="card"><h2>Looking for talent?</h2><span class="meta">Post a job</span></div>
</div></div>
<div class="foot">About · Accessibility · Help Center · Privacy &amp; Terms ▾ · Ad Choices · Advertising · Business Services ▾ · Get the LinkedIn app · More · LinkedIn Corporation © 2026</div>
</body></html>"""


def render(out, chrome):
    h, f = lib.browser_hf("03/12/2026, 10:42", "(4) Senior Pipe Welder | Harbourline Fabrication | LinkedIn",
                          "https://www.linkedin.com/jobs/view/4072219385/")
    chrome.print(HTML, out, header=h, footer=f, paper=(8.27, 11.69))


GOLD = {
    "title": "Senior Pipe Welder",
    "company": "Harbourline Fabrication",
    "location": "Newcastle upon Tyne, England, United Kingdom",
    "employment_type": "full_time",
    "workplace": "onsite",
    "salary": {"min": 21.5, "max": 24.0, "currency": "GBP", "period": "hour"},
    "experience_years": {"min": 5, "max": None},
    "education": "NVQ Level 3 in Fabrication and Welding or a completed apprenticeship",
    "skills": ["TIG", "MMA", "ASME IX", "BS EN ISO 9606-1", "isometric drawings", "CSCS card"],
    "email": None,
    "phone": None,
    "url": "https://www.linkedin.com/jobs/view/4072219385/",
    "deadline": None,
    "posted": None,
    "key_phrases": [
        "our order book for 2027 is the strongest",
        "mentor two apprentice welders, and work closely",
        "Purging stainless and duplex joints",
        "Sponsored re-coding and a clear route to Welding Supervisor",
    ],
    "notes": "LinkedIn job page printed with Chromium's header (print date + page title) and footer (URL + n/N). "
             "Chips 'On-site' / 'Full-time' -> onsite, full_time. Pay only in the body ('£21.50 – £24.00 per hour'); "
             "'People also viewed' and 'Similar jobs' carry other employers' pay (£19/hr - £22/hr, £23/hr - £27/hr, £42,000/yr ...) "
             "which are traps. 'At least five years' -> min 5. '2 weeks ago' -> posted null. Hiring-team contact Dana Whitcombe is a "
             "LinkedIn widget, not a contact. 'Try Premium for £0' in the nav is chrome. url from the print footer.",
}
