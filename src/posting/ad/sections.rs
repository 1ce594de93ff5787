//! Sections: recognises headings ("Responsibilities", "What you'll do", "Vəzifə öhdəlikləri",
//! "Обязанности", "Namizədə tələblər", "Будет плюсом", "Biz təklif edirik" …) in English,
//! Azerbaijani and Russian, assigns every line to the section it belongs to, and collects the
//! list items of the tagged sections (see [`crate::posting::ad::lists`] for what counts as an item).

use crate::posting::ad::lines::{Ln, Marker};
use crate::posting::ad::{content, lists};
use crate::posting::text::fold::{self};

pub use crate::posting::lexicon::headings::Kind;
use crate::posting::lexicon::headings::{HEADING_TEXTS, HEADINGS};

impl Kind {
    /// Sections whose items go into a list of the posting.
    pub fn tagged(self) -> bool {
        self != Kind::Other
    }
}

/// A recognised heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heading {
    pub kind: Kind,
    /// Recognised by its words (not only by typography).
    pub lexical: bool,
    /// A heading such as "The role" that may introduce prose rather than a list.
    pub weak: bool,
}

use Kind::*;

/// A trailing "do" ("What trainees do", "What you will learn and do").
fn ends_with_do(core: &str) -> bool {
    let mut ws = fold::words(core).map(|(_, w)| w);
    let first = ws.next();
    let last = fold::words(core).last().map(|(_, w)| w);
    first == Some("what") && last == Some("do")
}

/// The kind a short heading text names, by its words.
pub fn classify(core: &str) -> Option<(Kind, bool)> {
    // Most short lines start no heading phrase: a compile-time mask rules them out.
    const MASK: fold::Set = fold::Set::new(HEADING_TEXTS);
    if MASK.any_start(core)
        && let Some(i) = fold::first_stem(core, HEADING_TEXTS)
    {
        let (_, kind, weak) = HEADINGS[i];
        return Some((kind, weak));
    }
    if ends_with_do(core) {
        return Some((Responsibilities, false));
    }
    None
}

/// First words of question headings (folded).
const QUESTION_STARTS: &[&str] = &[
    "are you",
    "do you",
    "how ",
    "is this",
    "what",
    "who ",
    "why ",
    "kim",
    "ne ",
    "nece",
    "kimi",
    "чем",
    "что",
    "кого",
    "почему",
    "кто",
];

/// The heading text of a line: without enumerator and trailing colon, or `None` when the
/// line cannot be a heading (a bullet item, a sentence, a label with a value).
fn heading_core<'a>(ln: &'a Ln) -> Option<&'a str> {
    if ln.marker == Marker::Glyph {
        return None;
    }
    let raw = ln.fbody();
    let raw = raw
        .split('\t')
        .find(|c| !c.trim().is_empty())
        .unwrap_or("")
        .trim();
    // "What will you do?", "Is this you?", "Чем предстоит заниматься?": a short question
    // is a heading; a question in a sentence is not.
    let question = raw.ends_with('?')
        && fold::words(raw).count() <= 7
        && QUESTION_STARTS.iter().any(|q| raw.starts_with(q));
    if raw.ends_with('.')
        || raw.ends_with('!')
        || raw.ends_with('?') && !question
        || raw.ends_with(',')
        || raw.ends_with(';')
    {
        return None;
    }
    let core = raw.trim_end_matches([':', ' ', '-', '?']).trim();
    if core.is_empty() || core.chars().count() > 60 || core.contains(':') || core.contains('@') {
        return None;
    }
    let n = fold::words(core).count();
    if n == 0 || n > 7 || core.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(core)
}

/// True when the line's look sets it apart from body text.
fn typographic(ln: &Ln) -> bool {
    let body = ln.fbody();
    let caps = {
        let letters = ln.body().chars().filter(|c| c.is_alphabetic());
        let mut any = false;
        let mut all_upper = true;
        for c in letters {
            any = true;
            if c.is_lowercase() {
                all_upper = false;
            }
        }
        any && all_upper
    };
    ln.first_in_block || body.ends_with(':') || caps || ln.bold || ln.rel_size > 1.1
}

/// The heading a line is, if any (`next`: the line after it). `in_numbered_list`: the line would continue a numbered list
/// of a tagged section, where "3. Kompüter biliyi" is an item, not a heading.
pub fn heading(
    ln: &Ln,
    next: Option<&Ln>,
    first_line: bool,
    in_tagged: bool,
    in_numbered_list: bool,
) -> Option<Heading> {
    if first_line || ln.skip() {
        return None;
    }
    let core = heading_core(ln)?;
    if ln.marker == Marker::Number {
        // Numbered headings ("2. Working time") exist, but inside a tagged section only a short
        // tagged heading that does not continue a numbered list can be one.
        let (kind, weak) = classify(core)?;
        let short = fold::words(core).count() <= 4;
        if !short || in_tagged && (!kind.tagged() || in_numbered_list) {
            return None;
        }
        return Some(Heading {
            kind,
            lexical: true,
            weak,
        });
    }
    // A row whose first cell is a heading and whose other cells hold content is a
    // table-sections row; a single non-empty cell is a plain heading.
    // A short line right before a bulleted list introduces it even without any typography.
    let before_list = next.is_some_and(|n| n.marker != Marker::None) && fold::words(core).count() <= 5;
    if !typographic(ln) && !before_list {
        return None;
    }
    if let Some((kind, weak)) = classify(core) {
        return Some(Heading {
            kind,
            lexical: true,
            weak,
        });
    }
    let ends_colon = ln.fbody().trim_end().ends_with(':');
    let n = fold::words(core).count();
    let strong_look = ln.bold && (ln.rel_size > 1.05 || ln.first_in_block) || ln.rel_size > 1.15;
    if (ends_colon && n <= 5 && !ln.is_row()) || (strong_look && n <= 6) {
        return Some(Heading {
            kind: Other,
            lexical: false,
            weak: false,
        });
    }
    None
}

/// A heading in the first cell of a table row with the content in the other cells.
fn row_heading<'l>(ln: &'l Ln) -> Option<(Heading, Vec<&'l str>)> {
    if !ln.is_row() {
        return None;
    }
    let mut cells = ln.text.split('\t');
    let mut fcells = ln.fold.split('\t');
    let (_, f0) = (cells.next()?, fcells.next()?);
    let core = f0.trim().trim_end_matches(':').trim();
    if core.is_empty() || fold::words(core).count() > 4 || core.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let (kind, weak) = classify(core)?;
    let rest: Vec<&str> = cells.map(str::trim).filter(|c| !c.is_empty()).collect();
    if rest.is_empty() {
        return None;
    }
    Some((
        Heading {
            kind,
            lexical: true,
            weak,
        },
        rest,
    ))
}

/// Words of an appendix heading (folded stems).
const APPENDIX: &[&str] = &["annex", "appendix", "приложени"];

/// Headings stacked in a left column with their contents in a column to the right, as a
/// table-sections layout reads when the layout takes it column by column: "About us",
/// "Responsibilities", "Requirements" … then every cell's lines. Each heading sits beside its
/// cell, at its top or its middle; the content lines (contiguous, top to bottom) are split
/// into one group per heading so that the groups line up with the headings best.
/// Returns (first content line of a group, heading line) pairs.
fn headings_beside(lines: &[Ln]) -> Vec<(usize, usize)> {
    let stacked = |ln: &Ln| {
        !ln.skip()
            && ln.marker == Marker::None
            && !ln.is_row()
            && heading_core(ln).is_some_and(|c| fold::words(c).count() <= 4 && classify(c).is_some())
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !stacked(&lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let page = lines[start].page;
        while i < lines.len() && stacked(&lines[i]) && lines[i].page == page {
            i += 1;
        }
        let heads: Vec<usize> = (start..i).collect();
        if heads.len() < 3 {
            continue;
        }
        let right = heads.iter().map(|&h| lines[h].bbox.x1).fold(f32::MIN, f32::max);
        let content: Vec<usize> = (i..lines.len())
            .take_while(|&c| lines[c].page == page && (lines[c].skip() || lines[c].bbox.x0 > right))
            .filter(|&c| !lines[c].skip())
            .collect();
        if content.len() < heads.len() || content.len() > 200 {
            continue;
        }
        // cost[k][a..b]: how badly content a..b (inclusive) lines up with heading k.
        let cost = |k: usize, a: usize, b: usize| -> f32 {
            let hb = lines[heads[k]].bbox;
            let (top, bottom) = (lines[content[a]].bbox.y0, lines[content[b]].bbox.y1);
            let by_top = (top - hb.y0).abs();
            let by_middle = ((top + bottom) / 2.0 - (hb.y0 + hb.y1) / 2.0).abs();
            by_top.min(by_middle)
        };
        // best[k][e]: least cost of headings 0..=k over content 0..=e; from[k][e]: where
        // heading k's group starts.
        let (nk, nc) = (heads.len(), content.len());
        let mut best = vec![vec![f32::INFINITY; nc]; nk];
        let mut from = vec![vec![0usize; nc]; nk];
        for (e, b) in best[0].iter_mut().enumerate() {
            *b = cost(0, 0, e);
        }
        for k in 1..nk {
            for e in k..nc {
                for a in k..=e {
                    let c = best[k - 1][a - 1] + cost(k, a, e);
                    if c < best[k][e] {
                        best[k][e] = c;
                        from[k][e] = a;
                    }
                }
            }
        }
        let mut e = nc - 1;
        let mut groups = Vec::with_capacity(nk);
        for k in (0..nk).rev() {
            let a = if k == 0 { 0 } else { from[k][e] };
            groups.push((content[a], heads[k]));
            if k > 0 {
                e = a.saturating_sub(1);
            }
        }
        groups.reverse();
        out.extend(groups);
        i = content.last().map_or(i, |&c| c + 1);
    }
    out
}

/// Sections of the document.
pub struct Sections {
    /// The section of every line (`None` before the first heading).
    pub kind_of: Vec<Option<Kind>>,
    /// The heading lines.
    pub heading: Vec<Option<Heading>>,
    /// Items of the tagged sections: (line, text).
    pub items: Vec<(Kind, usize, String)>,
    /// The first heading recognised by its words.
    pub first_heading: Option<usize>,
    /// Lines that are items of a tagged section.
    pub is_item: Vec<bool>,
}

impl Sections {
    pub fn list(&self, kind: Kind) -> Vec<String> {
        self.items
            .iter()
            .filter(|(k, _, _)| *k == kind)
            .map(|(_, _, t)| t.clone())
            .collect()
    }

    /// True when line `i` is in a tagged section (or is a heading of one).
    pub fn in_tagged(&self, i: usize) -> bool {
        self.kind_of.get(i).copied().flatten().is_some_and(Kind::tagged)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.kind_of.get(i).copied().flatten()
    }

    /// True when line `i` is an item of a duties, requirements or nice-to-have list.
    pub fn is_duty_or_requirement(&self, i: usize) -> bool {
        self.is_item.get(i).copied().unwrap_or(false)
            && matches!(
                self.kind(i),
                Some(Kind::Responsibilities | Kind::Requirements | Kind::NiceToHave)
            )
    }

    pub fn any_tagged(&self) -> bool {
        self.kind_of.iter().any(|k| k.is_some_and(Kind::tagged))
    }
}

/// Splits the document into sections and collects the tagged sections' items.
pub fn assign(lines: &[Ln]) -> Sections {
    let n = lines.len();
    let mut s = Sections {
        kind_of: vec![None; n],
        heading: vec![None; n],
        items: Vec::new(),
        first_heading: None,
        is_item: vec![false; n],
    };
    let first_real = lines.iter().position(|l| !l.skip());
    let mut cur: Option<Heading> = None;
    let mut list = lists::ListState::default();
    let beside = headings_beside(lines);
    let mut appendix = false;
    // The heading each line is under (none before the first), for the content pass.
    let mut governing: Vec<Option<Heading>> = vec![None; n];
    for (i, ln) in lines.iter().enumerate() {
        governing[i] = cur;
        if ln.skip() {
            s.kind_of[i] = cur.map(|h| h.kind);
            continue;
        }
        // A table-sections layout read column by column: this line opens the cell beside an
        // earlier heading.
        if let Some(&(_, h)) = beside.iter().find(|(c, _)| *c == i)
            && let Some(hd) = s.heading.get(h).copied().flatten()
        {
            cur = Some(hd);
            list = lists::ListState::default();
        }
        if let Some((h, cells)) = row_heading(ln) {
            cur = Some(h);
            s.heading[i] = Some(h);
            s.kind_of[i] = Some(h.kind);
            s.first_heading.get_or_insert(i);
            list = lists::ListState::default();
            if h.kind.tagged() {
                for c in cells {
                    if let Some(item) = lists::cell_item(c) {
                        s.items.push((h.kind, i, item));
                        s.is_item[i] = true;
                    }
                }
            }
            continue;
        }
        let in_tagged = cur.is_some_and(|h| h.kind.tagged());
        if let Some(mut h) = heading(
            ln,
            lines.get(i + 1),
            Some(i) == first_real,
            in_tagged,
            list.numbered(),
        ) {
            // An appendix (handbook extracts, rules) is in no list, nor are its subsections
            // ("1. Общие требования к переводам").
            appendix |= h.kind == Other && fold::has_any_stem(ln.fbody(), APPENDIX);
            if appendix {
                h.kind = Other;
            }
            cur = Some(h);
            s.heading[i] = Some(h);
            s.kind_of[i] = Some(h.kind);
            if h.lexical {
                s.first_heading.get_or_insert(i);
            }
            list = lists::ListState::default();
            continue;
        }
        s.kind_of[i] = cur.map(|h| h.kind);
        governing[i] = cur;
        if let Some(h) = cur
            && h.kind.tagged()
            && let Some(item) = list.take(ln, h.weak, lines.get(i + 1))
        {
            s.items.push((h.kind, i, item));
            s.is_item[i] = true;
        }
    }
    by_content(lines, &governing, &mut s);
    s
}

/// Lines of a run under an unknown heading, at least, to be read as a list by content.
const UNMARKED_RUN: usize = 3;

/// Lists under no heading or under one whose words say nothing (a bold "The person", a
/// question): each run of list lines takes the kind its lines say ([`content`]).
fn by_content(lines: &[Ln], governing: &[Option<Heading>], s: &mut Sections) {
    // Nothing after an appendix (handbook extracts, rules) is a list of the job.
    let appendix = (0..lines.len())
        .find(|&i| {
            let f = lines[i].fbody();
            fold::words(f).count() <= 8 && APPENDIX.iter().any(|a| f.starts_with(a))
        })
        .unwrap_or(lines.len());
    let open_lines: Vec<bool> = (0..lines.len())
        .map(|i| {
            i < appendix
                && !lines[i].skip()
                && s.heading[i].is_none()
                && !s.is_item[i]
                && match governing[i] {
                    None => true,
                    Some(h) => !h.lexical && h.kind == Other,
                }
        })
        .collect();
    let open = |i: usize| open_lines[i];
    let mut i = 0;
    let mut added = false;
    while i < lines.len() {
        if !open(i) || lines[i].marker == Marker::None && governing[i].is_none() {
            i += 1;
            continue;
        }
        // A run: marked lines, or (under a heading of their own) short unmarked lines.
        let marked = lines[i].marker != Marker::None;
        let start = i;
        while i < lines.len()
            && open(i)
            && (lines[i].marker != Marker::None) == marked
            && !lists::paragraph_like(lines[i].body(), lines[i].fbody())
            && (marked || fold::words(lines[i].fbody()).count() <= 20)
        {
            i += 1;
        }
        let run = start..i;
        if run.is_empty() {
            i += 1;
            continue;
        }
        if !marked && run.len() < UNMARKED_RUN {
            continue;
        }
        if let Some(kind) = content::kind_of_run(run.clone().map(|k| lines[k].fbody())) {
            for k in run {
                s.kind_of[k] = Some(kind);
                s.is_item[k] = true;
                let body = lines[k].body().trim();
                if !body.is_empty() {
                    s.items.push((kind, k, body.to_string()));
                    added = true;
                }
            }
        }
    }
    if added {
        s.items.sort_by_key(|(_, line, _)| *line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::layout::{Block, Document, Line, Page, Rect};
    use crate::posting::ad::lines::flatten;

    /// A page of one-line blocks placed at (x, y), 10 pt high.
    fn placed(items: &[(&str, f32, f32)]) -> Document {
        let blocks = items
            .iter()
            .map(|&(t, x, y)| {
                let r = Rect::new(x, y, x + 6.0 * t.chars().count() as f32, y + 10.0);
                Block {
                    bbox: r,
                    lines: vec![Line::plain(t, r, 10.0)],
                    ..Block::default()
                }
            })
            .collect();
        Document {
            pages: vec![Page {
                number: 1,
                width: 595.0,
                height: 842.0,
                blocks,
            }],
        }
    }

    fn lists_of(doc: &Document) -> [Vec<String>; 3] {
        let lines = flatten(doc);
        let s = assign(&lines);
        [s.list(Responsibilities), s.list(Requirements), s.list(Benefits)]
    }

    #[test]
    fn table_sections_read_column_by_column() {
        // Headings in the middle of their cells.
        let doc = placed(&[
            ("Maintenance Electrician", 50.0, 80.0),
            ("About us", 50.0, 136.0),
            ("Responsibilities", 50.0, 185.0),
            ("Requirements", 50.0, 242.0),
            ("We offer", 50.0, 299.0),
            (
                "Azer Glass Works produces glass for the construction industry,",
                190.0,
                128.0,
            ),
            ("and for beverage companies in the region.", 190.0, 144.0),
            ("• Maintain electrical equipment", 190.0, 160.0),
            ("• Troubleshoot motors and drives", 190.0, 177.0),
            ("• Record all work orders", 190.0, 193.0),
            ("• Follow lock-out procedures", 190.0, 209.0),
            ("• Vocational diploma in electrical engineering", 190.0, 226.0),
            ("• Minimum 3 years of maintenance experience", 190.0, 242.0),
            ("• Electrical safety group IV", 190.0, 258.0),
            ("• 1 100 – 1 400 manat per month", 190.0, 291.0),
            ("• Free transport", 190.0, 307.0),
        ]);
        let [resp, req, ben] = lists_of(&doc);
        assert_eq!(resp.len(), 4, "{resp:?}");
        assert_eq!(req.len(), 3, "{req:?}");
        assert_eq!(req[0], "Vocational diploma in electrical engineering");
        assert_eq!(ben, ["1 100 – 1 400 manat per month", "Free transport"]);
        // Headings at the top of their cells.
        let doc = placed(&[
            ("Nurse", 50.0, 80.0),
            ("Vəzifələr", 50.0, 120.0),
            ("Tələblər", 50.0, 170.0),
            ("Təklif edirik", 50.0, 204.0),
            ("• Xəstələrə qulluq", 190.0, 120.0),
            ("• Dərman vermək", 190.0, 136.0),
            ("• Qeydlər aparmaq", 190.0, 152.0),
            ("• Tibb kolleci", 190.0, 170.0),
            ("• Sertifikat", 190.0, 186.0),
            ("• Sığorta", 190.0, 204.0),
        ]);
        let [resp, req, ben] = lists_of(&doc);
        assert_eq!(resp.len(), 3, "{resp:?}");
        assert_eq!(req, ["Tibb kolleci", "Sertifikat"]);
        assert_eq!(ben, ["Sığorta"]);
        // Two headings are no stack: ordinary sections.
        let doc = placed(&[
            ("Cook", 50.0, 80.0),
            ("Requirements", 50.0, 120.0),
            ("We offer", 50.0, 136.0),
            ("• Free meals", 190.0, 152.0),
        ]);
        let [_, req, ben] = lists_of(&doc);
        assert!(req.is_empty());
        assert_eq!(ben, ["Free meals"]);
    }

    #[test]
    fn appendices_hold_no_lists() {
        let doc = Document::from_plain_text(
            "Translator\n\nRequirements\n\n• Degree in linguistics\n\nПриложение. Правила работы с переводчиками\n\n1. Общие требования к переводам\n\n• Перевод должен быть точным\n\nAppendix: Employee Handbook (extracts)\n\nBenefits\n\n• Staff canteen",
        );
        let [_, req, ben] = lists_of(&doc);
        assert_eq!(req, ["Degree in linguistics"]);
        assert!(ben.is_empty(), "{ben:?}");
    }

    #[test]
    fn new_headings_and_questions() {
        assert_eq!(k("Essential criteria"), Some(Requirements));
        assert_eq!(k("Desirable criteria"), Some(NiceToHave));
        assert_eq!(k("Main duties"), Some(Responsibilities));
        assert_eq!(k("What we're looking for"), Some(Requirements));
        assert_eq!(k("Ваши задачи"), Some(Responsibilities));
        assert_eq!(k("Что нужно делать"), Some(Responsibilities));
        assert_eq!(k("Sizdən gözləntilərimiz"), Some(Requirements));
    }

    fn k(s: &str) -> Option<Kind> {
        classify(&fold::fold(s)).map(|(k, _)| k)
    }

    #[test]
    fn english_headings() {
        for h in [
            "Responsibilities",
            "What you will do",
            "What you'll do",
            "Your tasks",
            "Key duties",
            "Scope of work",
            "Main tasks",
            "Role and responsibilities",
            "What trainees do",
            "What you will learn and do",
            "What you will build",
        ] {
            assert_eq!(k(h), Some(Responsibilities), "{h}");
        }
        for h in [
            "Requirements",
            "What we are looking for",
            "Who we are looking for",
            "You have",
            "Must have",
            "Qualifications and experience",
            "Your profile",
            "Who can apply",
            "What you need",
        ] {
            assert_eq!(k(h), Some(Requirements), "{h}");
        }
        for h in [
            "Nice to have",
            "Bonus points",
            "Preferred",
            "Desirable",
            "Would be a plus",
        ] {
            assert_eq!(k(h), Some(NiceToHave), "{h}");
        }
        for h in [
            "We offer",
            "What we offer",
            "Perks",
            "Package",
            "Benefits",
            "Conditions",
            "Remuneration and Benefits",
            "Terms",
        ] {
            assert_eq!(k(h), Some(Benefits), "{h}");
        }
        for h in [
            "How to apply",
            "Selection process",
            "Application process",
            "Purpose of the role",
            "Key facts",
            "At a glance",
            "Job summary",
            "Contact",
            "Appendix: Employee Handbook (extracts)",
        ] {
            assert_eq!(k(h), Some(Other), "{h}");
        }
        for h in [
            "Medical insurance",
            "Annual bonus",
            "Company car",
            "Fluent English",
        ] {
            assert_eq!(k(h), None, "{h}");
        }
    }

    #[test]
    fn azerbaijani_headings() {
        for h in [
            "Vəzifə öhdəlikləri",
            "Vəzifələr",
            "Əsas vəzifələr",
            "Nə edəcəksiniz",
            "Təcrübəçinin vəzifələri",
            "Vezife ohdelikleri",
            "Təcrübəçi nə edəcək",
            "İş təsviri",
        ] {
            assert_eq!(k(h), Some(Responsibilities), "{h}");
        }
        for h in [
            "Namizədə tələblər",
            "Tələblər",
            "Telebler",
            "Namizədin keyfiyyətləri",
            "Kimlər müraciət edə bilər",
        ] {
            assert_eq!(k(h), Some(Requirements), "{h}");
        }
        for h in ["Üstünlük hesab olunur", "Üstünlük verilir", "Arzuolunan"] {
            assert_eq!(k(h), Some(NiceToHave), "{h}");
        }
        for h in [
            "Biz təklif edirik",
            "Təklif edirik",
            "İş şəraiti",
            "Şərait",
            "Şirkət təklif edir",
            "Şərtlər",
        ] {
            assert_eq!(k(h), Some(Benefits), "{h}");
        }
        for h in ["Müraciət qaydası", "Seçim prosesi", "Qısa məlumat", "Əlaqə"] {
            assert_eq!(k(h), Some(Other), "{h}");
        }
    }

    #[test]
    fn russian_headings() {
        for h in [
            "Обязанности",
            "Основные обязанности",
            "Чем предстоит заниматься",
            "Что нужно делать",
            "Задачи",
        ] {
            assert_eq!(k(h), Some(Responsibilities), "{h}");
        }
        for h in [
            "Требования",
            "Требования к кандидату",
            "Что мы ждём от кандидата",
            "Кого мы ищем",
        ] {
            assert_eq!(k(h), Some(Requirements), "{h}");
        }
        for h in ["Будет плюсом", "Будет преимуществом", "Желательно"]
        {
            assert_eq!(k(h), Some(NiceToHave), "{h}");
        }
        for h in ["Условия", "Мы предлагаем", "Что мы предлагаем", "Условия работы"]
        {
            assert_eq!(k(h), Some(Benefits), "{h}");
        }
        for h in [
            "Как откликнуться",
            "Контакты",
            "Порядок отбора",
            "Коротко о вакансии",
            "Коротко",
            "О компании",
        ] {
            assert_eq!(k(h), Some(Other), "{h}");
        }
    }
}
