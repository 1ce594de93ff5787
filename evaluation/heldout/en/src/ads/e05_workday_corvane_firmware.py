NAME = "e05_workday_corvane_firmware"
PRODUCER = "chromium (--print-to-pdf CLI, no header/footer)"
STYLE = "ats (Workday)"
NEEDS_CHROME = False

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>Principal Firmware Engineer</title>
<style>
body{font-family:"Noto Sans",Arial,sans-serif;font-size:12px;color:#333;margin:0}
.cookie{background:#f4f4f4;border-bottom:2px solid #ccc;padding:10px 24px;font-size:11px}
.cookie b{font-size:13px}
.cookie .b{display:inline-block;border:1px solid #0875e1;color:#0875e1;border-radius:14px;padding:3px 12px;margin:6px 8px 0 0}
.cookie .b.p{background:#0875e1;color:#fff}
.bar{display:flex;align-items:center;padding:8px 24px;border-bottom:1px solid #ddd}
.bar .logo{font-weight:bold;font-size:15px;letter-spacing:1px;color:#14324f}
.bar .r{margin-left:auto;display:flex;gap:18px}
.hero{background:#14324f;color:#fff;padding:14px 24px;font-size:11px}
.wrap{display:grid;grid-template-columns:1fr 230px;gap:24px;padding:16px 24px}
h1{font-size:22px;color:#14324f;margin:0 0 10px}
.apply{display:inline-block;background:#0875e1;color:#fff;border-radius:16px;padding:6px 26px;font-weight:bold;margin-bottom:12px}
dl{margin:0} dt{font-size:10px;color:#666;text-transform:lowercase;margin-top:8px} dd{margin:0;font-size:12px}
h3{font-size:13px;margin:12px 0 4px;color:#14324f}
li{margin-bottom:3px}
.sim{border:1px solid #ddd;border-radius:6px;padding:8px 10px;margin-bottom:8px;font-size:11px}
.foot{border-top:1px solid #ddd;padding:10px 24px;font-size:10px;color:#666}
</style></head><body>
<div class="cookie"><b>What Are Cookies</b><br>
Cookies are small text files placed on your device when you visit a website. We use necessary cookies to make this careers site work and optional cookies to understand how it is used and to remember your preferences. You can accept all cookies, or manage them in Cookie Settings. For more information, see our Cookie Policy.<br>
<span class="b p">Accept Cookies</span><span class="b">Revoke Cookies</span><span class="b">Cookie Settings</span></div>
<div class="bar"><span class="logo">CORVANE</span><span class="r"><span>Search for Jobs</span><span>Candidate Home</span><span>Sign In</span><span>English ▾</span></span></div>
<div class="hero">Careers at Corvane Systems · Build the sensors that keep the grid running</div>
<div class="wrap"><div>
<h1>Principal Firmware Engineer</h1>
<span class="apply">Apply</span>
<p><b>About Corvane Systems</b><br>
Corvane Systems designs ruggedized sensing and protection equipment for electric utilities: fault recorders, line monitors and the edge gateways that tie them together. More than 300 utilities in 19 countries run our devices on transmission lines, in substations and at wind and solar sites.</p>
<p><b>The role</b><br>
We are looking for a Principal Firmware Engineer to lead the firmware architecture of our next-generation line monitor platform. You will set technical direction for a team of nine embedded engineers, make the hard calls on partitioning between the application processor and the real-time cores, and stay hands-on in the code. This is a hybrid role requiring three days per week at our Boulder campus; the remaining days may be worked from home.</p>
<h3>What you will do</h3>
<ul>
<li>Own the firmware architecture for multi-core ARM Cortex-M and Cortex-A designs running Zephyr and embedded Linux</li>
<li>Define secure boot, over-the-air update and cryptographic key-handling flows that meet IEC 62443 requirements</li>
<li>Lead bring-up of new boards with hardware engineers using JTAG debuggers, logic analyzers and oscilloscopes</li>
<li>Review code and designs, and coach engineers on writing testable C and modern C++</li>
<li>Drive hardware-in-the-loop testing and continuous integration for firmware releases</li>
<li>Support field investigations when devices behave unexpectedly on a live feeder</li>
</ul>
<h3>What you bring</h3>
<ul>
<li>BS in Electrical Engineering, Computer Engineering, or related field; MS preferred</li>
<li>10+ years of embedded firmware development, at least 3 of them as a technical lead</li>
<li>Expert C and solid C++17; experience with an RTOS (Zephyr, FreeRTOS or ThreadX)</li>
<li>Working knowledge of communication protocols such as CAN, Modbus, DNP3 or IEC 61850</li>
<li>Experience shipping products under a functional-safety or security standard</li>
</ul>
<h3>Compensation and benefits</h3>
<p>The base pay range for this role is $152,400 - $214,600 / Year. Your pay within the range will depend on skills, experience and location. This position is eligible for our annual incentive plan and a new-hire equity grant. Corvane offers medical, dental and vision plans, a 401(k) with a 5% company match, 18 days of paid time off plus 11 holidays, paid parental leave and an employee referral bonus of $5,000 for eligible hires.</p>
<p>Corvane Systems is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status. Applicants must be authorized to work in the United States; this role is not eligible for visa sponsorship.</p>
</div>
<div>
<dl>
<dt>locations</dt><dd>Boulder, CO</dd>
<dt>time type</dt><dd>Full time</dd>
<dt>posted on</dt><dd>Posted 30+ Days Ago</dd>
<dt>job requisition id</dt><dd>JR-0048213</dd>
</dl>
<h3 style="margin-top:20px">Similar Jobs (5)</h3>
<div class="sim"><b>Senior Embedded Software Engineer</b><br>Boulder, CO<br>Posted 7 Days Ago</div>
<div class="sim"><b>Staff Hardware Engineer, Power Electronics</b><br>2 Locations<br>Posted 14 Days Ago</div>
<div class="sim"><b>Firmware Test Engineer</b><br>Raleigh, NC<br>Posted Yesterday</div>
<h3>Follow Us</h3><div style="font-size:11px">LinkedIn · YouTube · Corvane Newsroom</div>
</div></div>
<div class="foot">© 2026 Workday, Inc. All rights reserved. · Privacy · Cookie Policy · Accessibility</div>
</body></html>"""


def render(out, chrome):
    lib.chromium_cli(HTML, out, header_footer=False)


GOLD = {
    "title": "Principal Firmware Engineer",
    "company": "Corvane Systems",
    "location": "Boulder, CO",
    "employment_type": "full_time",
    "workplace": "hybrid",
    "salary": {"min": 152400, "max": 214600, "currency": "USD", "period": "year"},
    "experience_years": {"min": 10, "max": None},
    "education": "BS in Electrical Engineering, Computer Engineering, or related field; MS preferred",
    "skills": ["ARM Cortex-M", "Zephyr", "JTAG", "C++17", "RTOS", "IEC 62443", "embedded Linux", "DNP3"],
    "email": None,
    "phone": None,
    "url": None,
    "deadline": None,
    "posted": None,
    "key_phrases": [
        "fault recorders, line monitors and the edge gateways",
        "make the hard calls on partitioning",
        "when devices behave unexpectedly on a live feeder",
        "this role is not eligible for visa sponsorship",
    ],
    "notes": "Workday careers page printed by headless Chromium without header/footer, so no URL anywhere -> url null. "
             "Cookie banner ('What Are Cookies', Accept/Revoke Cookies) at the top. Workday facts sidebar: locations Boulder, CO; "
             "time type Full time; 'posted on Posted 30+ Days Ago' -> posted null; requisition JR-0048213. Body: 'hybrid role "
             "requiring three days per week' -> hybrid. Base pay '$152,400 - $214,600 / Year'; the '$5,000' employee referral bonus "
             "is a trap. '10+ years ..., at least 3 of them as a technical lead' -> min 10. Similar Jobs list are other requisitions.",
}
