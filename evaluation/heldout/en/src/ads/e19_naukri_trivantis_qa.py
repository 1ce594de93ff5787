NAME = "e19_naukri_trivantis_qa"
PRODUCER = "chromium (DevTools Page.printToPDF, browser header/footer)"
STYLE = "indian job board (Naukri-like)"
NEEDS_CHROME = True

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>Senior QA Automation Engineer - Trivantis Softlabs Pvt. Ltd. - 5 to 8 years of experience - Naukri.com</title>
<style>
body{font-family:"Noto Sans","DejaVu Sans",sans-serif;font-size:12px;color:#2b2b2b;margin:0;background:#f7f8fa}
.top{background:#fff;display:flex;gap:22px;align-items:center;padding:8px 20px;border-bottom:1px solid #e6e6e6;font-size:12px}
.top .logo{font-size:19px;font-weight:bold;color:#275df5}
.top .r{margin-left:auto;display:flex;gap:12px}.top .r span{border:1px solid #275df5;border-radius:14px;padding:3px 12px;color:#275df5}
.wrap{display:grid;grid-template-columns:1fr 220px;gap:16px;padding:14px 20px}
.card{background:#fff;border-radius:12px;padding:14px 18px;margin-bottom:12px;border:1px solid #eceef3}
h1{font-size:19px;margin:0 0 4px}
.co{font-size:13px;margin-bottom:8px}
.ln{margin:4px 0;color:#474d6a}
.bar{border-top:1px solid #eee;margin-top:10px;padding-top:8px;display:flex;gap:16px;color:#717b9e;font-size:11px;align-items:center}
.bar .a{margin-left:auto;background:#275df5;color:#fff;border-radius:16px;padding:5px 18px;font-weight:bold}
.bar .s{border:1px solid #275df5;color:#275df5;border-radius:16px;padding:4px 16px}
h2{font-size:14px;margin:0 0 8px}
h4{font-size:12.5px;margin:10px 0 3px}
.chip{display:inline-block;border:1px solid #d6d9e4;border-radius:14px;padding:2px 10px;margin:3px 4px 0 0;font-size:11px}
.kv div{margin:3px 0}.kv b{color:#717b9e;font-weight:normal}
.sj{border-top:1px solid #eee;padding:7px 0;font-size:11px}.sj b{font-size:12px}
.hl{background:#eef3ff;border-radius:8px;padding:8px 10px;font-size:11px;margin:8px 0}
</style></head><body>
<div class="top"><span class="logo">naukri</span><span>Jobs</span><span>Companies</span><span>Services</span><span class="r"><span>Login</span><span>Register</span></span></div>
<div class="wrap"><div>
<div class="card">
<h1>Senior QA Automation Engineer</h1>
<div class="co">Trivantis Softlabs Pvt. Ltd. &nbsp;<span style="color:#717b9e">3.8 ★ 512 Reviews</span></div>
<div class="ln">💼 5-8 Yrs &nbsp;&nbsp; ₹ 12-18 Lacs P.A.</div>
<div class="ln">📍 Pune (Hybrid)</div>
<div class="ln" style="color:#717b9e">Send me jobs like this</div>
<div class="bar"><span>Posted: 3 days ago</span><span>Openings: 4</span><span>Applicants: 100+</span><span class="s">Save</span><span class="a">Apply</span></div>
</div>
<div class="card">
<h2>Job highlights</h2>
<div class="hl">• 5-8 years of experience in test automation for web and mobile applications<br>• Strong hands-on Selenium WebDriver with Java, TestNG and REST Assured<br>• Hybrid: 3 days a week from our Hinjewadi Phase 2 office</div>
<h2 style="margin-top:12px">Job description</h2>
<p>Trivantis Softlabs builds core banking and lending software used by more than 60 co-operative banks and NBFCs across India and South-East Asia. Our QA Centre of Excellence in Pune owns test strategy and automation for the loan origination product line.</p>
<p>We are hiring a Senior QA Automation Engineer who can design automation frameworks from scratch, mentor junior testers and work with developers in two-week sprints.</p>
<h4>Roles and responsibilities</h4>
<ul>
<li>Design, build and maintain a hybrid automation framework using Selenium WebDriver, Java, TestNG and the Page Object Model</li>
<li>Automate API tests with REST Assured and Postman; validate data directly in Oracle and PostgreSQL using SQL</li>
<li>Automate Android regression suites with Appium</li>
<li>Integrate suites into Jenkins pipelines and publish Allure reports for every build</li>
<li>Review test cases written by the team and track defects in JIRA</li>
<li>Participate in sprint planning, estimation and release sign-off</li>
</ul>
<h4>Desired candidate profile</h4>
<ul>
<li>5 to 8 years of total QA experience, with at least 3 years in automation</li>
<li>BFSI or lending domain experience preferred</li>
<li>ISTQB Foundation certification is an advantage</li>
<li>Immediate joiners or notice period of 30 days or less preferred</li>
</ul>
<p><b>CTC: 12-18 LPA</b> (based on experience and interview performance), plus annual performance bonus and group medical insurance for self and family.</p>
<div class="kv">
<div><b>Role:</b> Test Automation Engineer</div>
<div><b>Industry Type:</b> IT Services &amp; Consulting</div>
<div><b>Department:</b> Quality Assurance</div>
<div><b>Employment Type:</b> Full Time, Permanent</div>
<div><b>Role Category:</b> Quality Assurance and Testing</div>
</div>
<h4>Education</h4>
<div class="kv"><div><b>UG:</b> B.Tech/B.E. in Any Specialization, BCA in Any Specialization</div><div><b>PG:</b> Any Postgraduate</div></div>
<h4>Key Skills</h4>
<div>Skills highlighted with ‘★’ are preferred keyskills</div>
<span class="chip">★ Selenium</span><span class="chip">★ Java</span><span class="chip">TestNG</span><span class="chip">REST Assured</span><span class="chip">Appium</span><span class="chip">Jenkins</span><span class="chip">SQL</span><span class="chip">JIRA</span>
</div>
<div class="card"><h2>About company</h2>Trivantis Softlabs Pvt. Ltd. is a product engineering company focused on lending, collections and core banking for regulated financial institutions.<br>
<span style="color:#717b9e">Company Info · Address: Plot 17, Rajiv Gandhi Infotech Park, Hinjewadi Phase 2, Pune, Maharashtra 411057</span></div>
</div>
<div>
<div class="card"><h2>Jobs you might be interested in</h2>
<div class="sj"><b>QA Automation Lead</b><br>Fincrest Technologies · Pune<br>7-10 Yrs · 18-25 Lacs P.A.</div>
<div class="sj"><b>Automation Test Engineer - Selenium</b><br>Coravel IT Services · Bengaluru<br>3-6 Yrs · 8-14 Lacs P.A.</div>
<div class="sj"><b>SDET - Java</b><br>Quellon Digital · Hyderabad (Remote)<br>4-7 Yrs · Not Disclosed</div>
</div>
<div class="card"><h2>Reviews</h2>Trivantis Softlabs · 3.8 ★<br><span style="color:#717b9e">Good work culture and learning; appraisal cycle could be faster.</span></div>
<div class="card"><h2>Salary insights</h2>Senior QA Automation Engineer at Trivantis Softlabs: ₹ 11.2 - 16.9 Lacs per year (based on 23 salaries)</div>
</div></div>
</body></html>"""


def render(out, chrome):
    h, f = lib.browser_hf("09/12/2026, 11:48",
                          "Senior QA Automation Engineer - Trivantis Softlabs Pvt. Ltd. - 5 to 8 years of experience - Naukri.com",
                          "https://www.naukri.com/job-listings-senior-qa-automation-engineer-trivantis-softlabs-pvt-ltd-pune-5-to-8-years-061226500187")
    chrome.print(HTML, out, header=h, footer=f, paper=(8.27, 11.69))


GOLD = {
    "title": "Senior QA Automation Engineer",
    "company": "Trivantis Softlabs Pvt. Ltd.",
    "location": "Pune",
    "employment_type": "full_time",
    "workplace": "hybrid",
    "salary": {"min": 1200000, "max": 1800000, "currency": "INR", "period": "year"},
    "experience_years": {"min": 5, "max": 8},
    "education": "B.Tech/B.E. in Any Specialization, BCA in Any Specialization",
    "skills": ["Selenium WebDriver", "Java", "TestNG", "REST Assured", "Appium", "Jenkins", "Postman", "ISTQB Foundation"],
    "email": None,
    "phone": None,
    "url": "https://www.naukri.com/job-listings-senior-qa-automation-engineer-trivantis-softlabs-pvt-ltd-pune-5-to-8-years-061226500187",
    "deadline": None,
    "posted": None,
    "key_phrases": [
        "more than 60 co-operative banks and NBFCs",
        "owns test strategy and automation for the loan origination",
        "publish Allure reports for every build",
        "notice period of 30 days or less preferred",
    ],
    "notes": "Indian job-board page printed with Chromium's header/footer (long URL in the footer). '₹ 12-18 Lacs P.A.' and "
             "'CTC: 12-18 LPA' -> 1200000-1800000 INR a year. Sidebar salaries (18-25 / 8-14 Lacs) and the 'Salary insights' "
             "₹ 11.2 - 16.9 Lacs are traps. '5-8 Yrs' -> 5..8 ('at least 3 years in automation' is a smaller minimum). "
             "'Pune (Hybrid)' -> location Pune, hybrid. 'Full Time, Permanent' -> full_time. 'Posted: 3 days ago' -> null. "
             "Icons are emoji glyphs before the experience and location lines.",
}
