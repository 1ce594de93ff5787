//! Page furniture: what a browser, a printer or a job board put around the ad, recognised
//! before any field is read so that none feeds a field.
//!
//! - **Print** furniture is what a browser prints in the page margins: the time of printing,
//!   the page's title, its address and "1/3". It is found by place (the top or bottom margin
//!   band of the page) and by shape (a time stamp, an address, a page counter, or a line the
//!   band repeats on other pages); a line beside such a line in the band goes with it.
//! - **Chrome** is a job board's navigation and buttons: "Home", "Sign in", "Easy Apply",
//!   "More jobs from this company", each line made only of such phrases.
//! - **Elsewhere** is what describes other jobs or the site: "Similar jobs", "People also
//!   viewed", "Похожие вакансии", a cookie banner, and everything under those headings up to
//!   the next heading of the ad's own sections.
//!
//! The page title and the printed address stay available as *sources* ([`super::page_title`]
//! reads them); nothing else of the furniture is read.

use super::lines::{Ln, is_page_number};
use super::sections;
use crate::posting::lexicon::chrome::{CHROME, ELSEWHERE_HEADINGS};
use crate::posting::text::fold;

/// What a line is, as far as furniture goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Furniture {
    /// Part of the ad.
    #[default]
    None,
    /// A browser's print header or footer.
    Print,
    /// A job board's navigation, buttons and widgets.
    Chrome,
    /// Other jobs, the site's own news, cookie banners.
    Elsewhere,
}

/// Height of the top margin band in points: browsers print their header at 10-26 pt from the
/// top edge, and the ad's own text starts below 30 pt.
const TOP_BAND: f32 = 32.0;
/// Height of the bottom margin band: footers sit 8-50 pt above the bottom edge.
const BOTTOM_BAND: f32 = 52.0;
/// How far a line's left edge may be from an other-jobs heading's and still be in its column.
const COLUMN_SLACK: f32 = 24.0;
/// Lines of a cookie banner or other block marked as a whole, at most.
const BANNER_LINES: usize = 12;

/// Marks the furniture of `lines`.
pub fn mark(lines: &mut [Ln]) {
    mark_print(lines);
    for ln in lines.iter_mut() {
        if ln.furniture == Furniture::None && is_chrome(&ln.fold) {
            ln.furniture = Furniture::Chrome;
        }
    }
    mark_elsewhere(lines);
}

/// True when the line lies in the top or bottom margin band of its page.
pub fn in_band(ln: &Ln) -> bool {
    ln.bbox.y1 <= TOP_BAND || (ln.page_h > 0.0 && ln.bbox.y0 >= ln.page_h - BOTTOM_BAND)
}

/// True when the line lies in the top band.
pub fn in_top_band(ln: &Ln) -> bool {
    ln.bbox.y1 <= TOP_BAND
}

fn mark_print(lines: &mut [Ln]) {
    let band: Vec<usize> = (0..lines.len()).filter(|&i| in_band(&lines[i])).collect();
    let mut print = vec![false; lines.len()];
    for &i in &band {
        let ln = &lines[i];
        let shaped = ln.fold.split('\t').any(|cell| print_cell(cell.trim()));
        // The same text in the band of another page: a page title or a site name.
        let repeated = || {
            band.iter()
                .any(|&j| j != i && lines[j].page != ln.page && same_furniture_text(&lines[j].fold, &ln.fold))
        };
        if shaped || repeated() {
            print[i] = true;
        }
    }
    // A line in the band beside a print line (the title beside the time stamp) goes with it.
    for &i in &band {
        if print[i] {
            continue;
        }
        let beside = band.iter().any(|&j| {
            print[j] && lines[j].page == lines[i].page && overlaps_vertically(&lines[i], &lines[j])
        });
        if beside {
            print[i] = true;
        }
    }
    for (ln, p) in lines.iter_mut().zip(print) {
        if p {
            ln.furniture = Furniture::Print;
        }
    }
}

fn overlaps_vertically(a: &Ln, b: &Ln) -> bool {
    a.bbox.y0 < b.bbox.y1 && b.bbox.y0 < a.bbox.y1
}

/// Two band lines that say the same but for the page counter and the time.
fn same_furniture_text(a: &str, b: &str) -> bool {
    let strip = |s: &str| -> String {
        s.split('\t')
            .map(str::trim)
            .filter(|c| !print_cell(c))
            .collect::<Vec<_>>()
            .join("\t")
    };
    let (a, b) = (strip(a), strip(b));
    !a.is_empty() && a == b && fold::words(&a).count() >= 1
}

/// A cell of a print header or footer that only a printer writes: a time stamp, an address or
/// a page counter.
pub fn print_cell(cell: &str) -> bool {
    !cell.is_empty() && (is_timestamp(cell) || is_address(cell) || is_page_number(cell))
}

/// A web address standing alone.
pub fn is_address(cell: &str) -> bool {
    let c = cell.trim();
    (c.starts_with("http://")
        || c.starts_with("https://")
        || c.starts_with("www.")
        || c.starts_with("file://"))
        && !c.contains(' ')
}

/// A print time stamp or a bare date: "4/7/25, 4:35 PM", "23.09.2022, 13:45",
/// "14/08/2022, 23:21", "16/06/2019", "2/4/25, 08:36".
pub fn is_timestamp(cell: &str) -> bool {
    let c = cell.trim();
    if c.len() > 30 {
        return false;
    }
    let b = c.as_bytes();
    let mut i = 0;
    // d{1,2} sep d{1,2} sep d{2,4}
    let mut groups = 0;
    let mut sep = 0u8;
    while groups < 3 {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let n = i - start;
        let ok = if groups < 2 {
            (1..=2).contains(&n)
        } else {
            n == 2 || n == 4
        };
        if !ok {
            return false;
        }
        groups += 1;
        if groups < 3 {
            if i >= b.len() || !matches!(b[i], b'/' | b'.' | b'-') || (sep != 0 && b[i] != sep) {
                return false;
            }
            sep = b[i];
            i += 1;
        }
    }
    let rest = c[i..].trim_start_matches([',', ' ']).trim();
    if rest.is_empty() {
        return true;
    }
    // h{1,2}:mm[:ss] [am|pm]
    let rb = rest.as_bytes();
    let mut j = 0;
    while j < rb.len() && rb[j].is_ascii_digit() {
        j += 1;
    }
    if !(1..=2).contains(&j) || rb.get(j) != Some(&b':') {
        return false;
    }
    let tail = rest[j + 1..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ':');
    matches!(
        tail.trim().to_ascii_lowercase().as_str(),
        "" | "am" | "pm" | "a.m." | "p.m."
    )
}

/// A line made of a job board's navigation and button phrases ("Home\tMy Network\tJobs",
/// "Apply now\tSaved", "Sign in"): every cell one, or in a row of three cells or more (a
/// site's footer menu), two cells of three.
pub fn is_chrome(f: &str) -> bool {
    // A search box: "What: dental hygienist\tWhere: Los Angeles, CA\tFind jobs".
    let cells_all: Vec<&str> = f.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect();
    if cells_all.len() >= 2 && cells_all.iter().any(|c| SEARCH_BUTTONS.contains(c)) {
        return true;
    }
    let (mut cells, mut chrome, mut long) = (0, 0, false);
    for cell in f.split('\t') {
        let c = cell
            .trim()
            .trim_matches(|c: char| !fold::is_word(c) && c != '+' && c != '#');
        if c.is_empty() {
            continue;
        }
        cells += 1;
        if CHROME.binary_search(&c).is_ok() {
            chrome += 1;
        } else if fold::words(c).count() > 3 {
            long = true;
        }
    }
    cells > 0 && (chrome == cells || cells >= 3 && !long && chrome * 3 >= cells * 2)
}

/// The buttons of a board's search box.
const SEARCH_BUTTONS: &[&str] = &[
    "find",
    "find jobs",
    "search",
    "search jobs",
    "axtar",
    "найти",
    "найти работу",
    "поиск",
];

/// Headings of other jobs and site blocks, and cookie banners: marks them and what follows,
/// up to the next heading of one of the ad's own sections.
fn mark_elsewhere(lines: &mut [Ln]) {
    let mut i = 0;
    while i < lines.len() {
        let f = lines[i].fold.trim();
        if lines[i].furniture == Furniture::None && is_cookie_line(f) {
            let block = lines[i].block;
            let mut j = i;
            while j > 0 && lines[j - 1].block == block && i - j < BANNER_LINES {
                j -= 1;
            }
            // The banner's lines up to BANNER_LINES past the cookie line; the scan then goes on
            // after them, never back (a banner that starts above its cookie line once sent it
            // back to that line for ever).
            while j < lines.len() && lines[j].block == block && j < i + BANNER_LINES {
                if lines[j].furniture == Furniture::None {
                    lines[j].furniture = Furniture::Elsewhere;
                }
                j += 1;
            }
            i = j.max(i + 1);
            continue;
        }
        if lines[i].furniture == Furniture::None && is_elsewhere_heading(f) {
            // The block is the heading's column: a sidebar of other jobs interleaved with the
            // ad's own facts in reading order leaves those facts alone.
            let x0 = lines[i].bbox.x0;
            let mut j = i;
            while j < lines.len() {
                let in_column = (lines[j].bbox.x0 - x0).abs() <= COLUMN_SLACK;
                if j > i && in_column && own_section_heading(&lines[j]) {
                    break;
                }
                if in_column && lines[j].furniture == Furniture::None {
                    lines[j].furniture = Furniture::Elsewhere;
                }
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
}

/// "Similar jobs", "People also viewed", "Похожие вакансии" (a short line starting with one).
fn is_elsewhere_heading(f: &str) -> bool {
    let core = f.trim_end_matches([':', ' ']);
    fold::words(core).count() <= 7
        && ELSEWHERE_HEADINGS
            .iter()
            .any(|h| core.starts_with(h) && fold::word_end(core, h.len()))
}

fn is_cookie_line(f: &str) -> bool {
    (f.contains("cookie") || f.contains("куки") || f.contains("cookies"))
        && (f.contains("we use")
            || f.contains("what are cookies")
            || f.contains("accept")
            || f.contains("this site uses")
            || f.contains("this website uses")
            || f.contains("используем")
            || f.contains("istifade"))
}

/// A heading of the ad's own duties, requirements or offer: where an "elsewhere" run ends.
fn own_section_heading(ln: &Ln) -> bool {
    let core = ln.fbody().trim_end_matches([':', ' ']);
    fold::words(core).count() <= 5
        && core.len() <= 60
        && sections::classify(core).is_some_and(|(kind, _)| kind.tagged())
}

/// Separators of a breadcrumb trail.
const CRUMB_SEPARATORS: &[&str] = &[" / ", " > ", " › ", " » "];

/// A breadcrumb trail's last step (the page's own subject, often the job's title), for a trail of
/// at least three steps, the first of them a home page ("Home",
/// "Ana səhifə", "Главная") or all of them short.
pub fn last_crumb(cell: &str) -> Option<&str> {
    // Most lines have no separator character at all: one pass rules them out.
    if !cell.contains(['/', '>', '›', '»']) {
        return None;
    }
    let sep = CRUMB_SEPARATORS.iter().find(|s| cell.matches(*s).count() >= 2)?;
    let steps: Vec<&str> = cell.split(sep).map(str::trim).collect();
    let home = fold::has_any_word(
        &fold::fold(steps[0]),
        &[
            "ana sehife",
            "esas sehife",
            "home",
            "homepage",
            "главная",
            "главная страница",
        ],
    );
    let short = steps[..steps.len() - 1]
        .iter()
        .all(|s| fold::words(s).count() <= 3);
    let last = steps.last().copied().filter(|s| !s.is_empty())?;
    (home || short && steps.len() >= 4).then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_breadcrumb_trail_ends_in_its_page() {
        assert_eq!(
            last_crumb("Ana səhifə / Karyera / Vakansiyalar / Kredit mütəxəssisi (Lənkəran filialı)"),
            Some("Kredit mütəxəssisi (Lənkəran filialı)")
        );
        assert_eq!(
            last_crumb("Home > Jobs > Warehouse Operative"),
            Some("Warehouse Operative")
        );
        assert_eq!(last_crumb("Главная › Вакансии › Бухгалтер"), Some("Бухгалтер"));
        assert_eq!(last_crumb("Sales / Marketing / Support"), None);
        assert_eq!(last_crumb("Data Engineer / Analyst"), None);
    }

    #[test]
    fn time_stamps() {
        for s in [
            "4/7/25, 4:35 PM",
            "23.09.2022, 13:45",
            "14/08/2022, 23:21",
            "16/06/2019",
            "2/4/25, 08:36",
            "13/06/2022, 6:19 pm",
        ] {
            assert!(is_timestamp(s), "{s}");
        }
        for s in [
            "1/2",
            "12.5",
            "2025-2109",
            "4/7/25, about",
            "Salary 4/7/25",
            "1 500",
        ] {
            assert!(!is_timestamp(s), "{s}");
        }
    }

    #[test]
    fn chrome_lines() {
        for s in [
            "home\tmy network\tjobs\tmessaging",
            "apply now\tsaved",
            "sign in",
            "easy apply\tsave",
        ] {
            assert!(is_chrome(s), "{s}");
        }
        assert!(is_chrome("tools\tcompany\tconnect\temployers"));
        assert!(is_chrome(
            "what: dental hygienist\twhere: los angeles, ca\tfind jobs"
        ));
        for s in [
            "home care assistant",
            "apply by 31 december",
            "jobs\tsenior welder",
            "",
            "salary\tcompany\tconnect",
        ] {
            assert!(!is_chrome(s), "{s}");
        }
    }

    #[test]
    fn elsewhere_headings() {
        assert!(is_elsewhere_heading("similar jobs"));
        assert!(is_elsewhere_heading("people also viewed"));
        assert!(is_elsewhere_heading("похожие вакансии"));
        assert!(is_elsewhere_heading("oxsar vakansiyalar"));
        assert!(is_elsewhere_heading("sirketin diger vakansiyalari"));
        assert!(is_elsewhere_heading("diger vakansiyalar (5)"));
        assert!(!is_elsewhere_heading("vakansiyalar"));
        assert!(!is_elsewhere_heading(
            "similar jobsite experience is required for this role today"
        ));
    }
}
