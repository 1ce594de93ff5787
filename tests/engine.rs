//! The text engine, one mechanism at a time, on purpose-made PDFs: each test asserts the exact
//! text a reader sees.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/pdf.rs"]
mod pdf;

use jobpdf_core::extract::{Extraction, extract};
use lopdf::{Object, dictionary};
use pdf::{PdfBuilder, to_unicode_cmap};

fn run(bytes: &[u8]) -> Extraction {
    extract(bytes, &corpus::options()).expect("the test PDF extracts")
}

fn text(bytes: &[u8]) -> String {
    run(bytes).text.trim_end().to_string()
}

fn helvetica() -> PdfBuilder {
    let mut b = PdfBuilder::new();
    b.standard_font("F1", "Helvetica");
    b
}

#[test]
fn tj_kerning_joins_letters_and_wide_adjustments_make_spaces() {
    let mut b = helvetica();
    b.page("BT /F1 12 Tf 72 700 Td [(Hel) -20 (lo) -400 (world) 30 (!)] TJ ET");
    assert_eq!(text(&b.build()), "Hello world!");
}

#[test]
fn td_moves_and_space_glyphs_separate_words() {
    let mut b = helvetica();
    b.page("BT /F1 12 Tf 72 700 Td (Senior) Tj 45 0 Td (Engineer) Tj ET BT /F1 12 Tf 72 680 Td (Baku, Azerbaijan) Tj ET");
    assert_eq!(text(&b.build()), "Senior Engineer\nBaku, Azerbaijan");
}

#[test]
fn differences_override_the_base_encoding() {
    let mut b = PdfBuilder::new();
    b.font(
        "F1",
        dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
            "Encoding" => dictionary! {
                "Type" => "Encoding",
                "BaseEncoding" => "WinAnsiEncoding",
                "Differences" => vec![65.into(), "Adieresis".into(), "bullet".into(), 100.into(), "uni20BC".into()],
            },
        },
    );
    b.page("BT /F1 12 Tf 72 700 Td (ABxd) Tj ET");
    assert_eq!(text(&b.build()), "Ä•x₼");
}

/// A Type0 font with Identity-H encoding and the given ToUnicode body.
fn type0(b: &mut PdfBuilder, to_unicode: &str) {
    let cmap = b.stream(dictionary! {}, &to_unicode_cmap("<0000> <FFFF>", to_unicode));
    let descendant = b.object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+TestSans",
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
        "DW" => 500,
        "W" => vec![1.into(), vec![600.into(), 650.into()].into(), 4.into(), 4.into(), 250.into()],
    });
    b.font(
        "F1",
        dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+TestSans",
            "Encoding" => "Identity-H",
            "DescendantFonts" => vec![Object::Reference(descendant)],
            "ToUnicode" => Object::Reference(cmap),
        },
    );
}

#[test]
fn type0_fonts_decode_two_byte_codes_through_bfrange_arrays_and_expand_ligatures() {
    let mut b = PdfBuilder::new();
    type0(
        &mut b,
        "1 beginbfrange\n<0001> <0003> [<0041> <0042> <FB01>]\nendbfrange\n1 beginbfchar\n<0004> <0020>\nendbfchar",
    );
    b.page("BT /F1 12 Tf 72 700 Td <0001000200040003> Tj ET");
    assert_eq!(text(&b.build()), "AB fi");
}

#[test]
fn incrementing_bfranges_map_cyrillic() {
    let mut b = PdfBuilder::new();
    type0(&mut b, "1 beginbfrange\n<0010> <0012> <0430>\nendbfrange");
    b.page("BT /F1 12 Tf 72 700 Td <001000110012> Tj ET");
    assert_eq!(text(&b.build()), "абв");
}

#[test]
fn adobe_unicode_cmaps_make_each_code_its_own_character() {
    // A font the viewer supplies (not embedded), addressed by UTF-16 codes: TCPDF's cid0 fonts.
    let mut b = PdfBuilder::new();
    let descendant = b.object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType0", "BaseFont" => "KozMinPro-Regular",
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Japan1"), "Supplement" => 5 },
        "DW" => 1000,
    });
    b.font(
        "F1",
        dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "KozMinPro-Regular-UniJIS-UCS2-H",
            "Encoding" => "UniJIS-UCS2-H",
            "DescendantFonts" => vec![Object::Reference(descendant)],
        },
    );
    b.page("BT /F1 12 Tf 72 700 Td <65E5672C8A9E> Tj ET");
    assert_eq!(text(&b.build()), "日本語");
}

#[test]
fn type3_fonts_use_their_font_matrix() {
    let mut b = PdfBuilder::new();
    let glyph = b.stream(dictionary! {}, b"50 0 0 0 40 70 d1 0 0 40 70 re f");
    let procs = b.object(dictionary! { "A" => Object::Reference(glyph), "B" => Object::Reference(glyph) });
    b.font(
        "F1",
        dictionary! {
            "Type" => "Font", "Subtype" => "Type3",
            "FontBBox" => vec![0.into(), 0.into(), 50.into(), 70.into()],
            "FontMatrix" => vec![0.01.into(), 0.into(), 0.into(), 0.01.into(), 0.into(), 0.into()],
            "CharProcs" => Object::Reference(procs),
            "Encoding" => dictionary! { "Type" => "Encoding", "Differences" => vec![65.into(), "A".into(), "B".into()] },
            "FirstChar" => 65, "LastChar" => 66,
            "Widths" => vec![50.into(), 50.into()],
        },
    );
    // Letters 6 pt apart at size 12 (0.5 em) read as one word; the Td gap makes a second.
    b.page("BT /F1 12 Tf 72 700 Td (AB) Tj 15 0 Td (BA) Tj ET");
    assert_eq!(text(&b.build()), "AB BA");
}

#[test]
fn type3_fonts_without_a_font_box_take_their_size_from_their_advances() {
    // 58 pt nominal with glyph space 1/0.0042 units: the letters are about 12 pt, so a doubled
    // letter is the next glyph, not an overprint.
    let mut b = PdfBuilder::new();
    let glyph = b.stream(dictionary! {}, b"26 0 0 0 20 40 d1 0 0 20 40 re f");
    let names = ["A", "c", "o", "u", "n", "t", "w", "i", "l"];
    let mut procs = lopdf::Dictionary::new();
    let mut differences: Vec<Object> = Vec::new();
    for (k, name) in names.iter().enumerate() {
        differences.push(Object::Integer(65 + k as i64));
        differences.push(Object::Name(name.as_bytes().to_vec()));
        procs.set(*name, Object::Reference(glyph));
    }
    differences.push(Object::Integer(32));
    differences.push("space".into());
    procs.set("space", Object::Reference(glyph));
    let procs = b.object(procs);
    let mut widths = vec![Object::Integer(26); 9];
    widths.insert(0, Object::Integer(13));
    b.font(
        "F0",
        dictionary! {
            "Type" => "Font", "Subtype" => "Type3",
            "FontBBox" => vec![0.into(), 0.into(), 0.into(), 0.into()],
            "FontMatrix" => vec![0.0042.into(), 0.into(), 0.into(), 0.0042.into(), 0.into(), 0.into()],
            "CharProcs" => Object::Reference(procs),
            "Encoding" => dictionary! { "Type" => "Encoding", "Differences" => differences },
            "FirstChar" => 64, "LastChar" => 73,
            "Widths" => widths,
        },
    );
    // Codes: A=65 c=66 o=67 u=68 n=69 t=70 w=71 i=72 l=73, space=32 (width from 64's slot: none).
    b.page("BT /F0 58 Tf 72 700 Td (ABBCDEF) Tj 50 0 Td (GHII) Tj ET");
    assert_eq!(text(&b.build()), "Account will");
}

#[test]
fn scripts_that_touch_their_base_join_its_word_and_a_gap_still_parts_them() {
    let mut b = helvetica();
    // "PaCO" 12 pt, then a 7 pt "2" lowered 4 pt right where the O ends; "240" and a raised "th";
    // a raised "4" after a real gap.
    b.page(
        "BT /F1 12 Tf 72 700 Td (PaCO) Tj ET BT /F1 7 Tf 104.8 696 Td (2) Tj ET \
         BT /F1 12 Tf 112 700 Td (was 240) Tj ET BT /F1 7 Tf 156.9 704.5 Td (th) Tj ET \
         BT /F1 12 Tf 172 700 Td (note) Tj ET BT /F1 7 Tf 199 704.5 Td (4) Tj ET",
    );
    assert_eq!(text(&b.build()), "PaCO2 was 240th note 4");
}

/// A CFF font program (as Ghostscript embeds TeX's fonts) whose own encoding puts "fi" at 12
/// and 28 and "endash" at 123: see `pdf::font::cff`'s tests for how it is laid out.
const CFF_FI_ENDASH: [u8; 73] = [
    1, 0, 4, 1, 0, 1, 1, 1, 6, 67, 77, 82, 49, 48, 0, 1, 1, 1, 13, 28, 0, 45, 15, 28, 0, 52, 16, 28, 0, 61,
    17, 0, 1, 1, 1, 8, 84, 99, 105, 114, 99, 108, 101, 0, 0, 0, 0, 109, 0, 111, 1, 135, 128, 3, 12, 123, 65,
    1, 28, 0, 109, 0, 4, 1, 1, 2, 3, 4, 5, 14, 14, 14, 14,
];

#[test]
fn cff_programs_without_tounicode_read_through_their_own_encoding() {
    let mut b = PdfBuilder::new();
    let program = b.stream(dictionary! { "Subtype" => "Type1C" }, &CFF_FI_ENDASH);
    let descriptor = b.object(dictionary! {
        "Type" => "FontDescriptor", "FontName" => "ABCDEF+CMR10", "Flags" => 4,
        "FontBBox" => vec![0.into(), (-250).into(), 1000.into(), 750.into()],
        "Ascent" => 750, "Descent" => -250, "ItalicAngle" => 0, "StemV" => 80, "CapHeight" => 700,
        "FontFile3" => Object::Reference(program),
    });
    b.font(
        "F1",
        dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "ABCDEF+CMR10",
            "FirstChar" => 0, "LastChar" => 255, "Widths" => vec![Object::Integer(500); 256],
            "FontDescriptor" => Object::Reference(descriptor),
        },
    );
    b.page("BT /F1 12 Tf 72 700 Td (\\014\\173\\034) Tj ET");
    assert_eq!(text(&b.build()), "fi–fi");
}

/// A Type3 font drawn by TeX from bitmaps: glyphs named by code alone, no ToUnicode map.
fn tex_bitmap_font(b: &mut PdfBuilder, codes: &[u8]) {
    let glyph = b.stream(dictionary! {}, b"50 0 0 0 40 70 d1 0 0 40 70 re f");
    let mut procs = lopdf::Dictionary::new();
    let mut differences = Vec::new();
    for &code in codes {
        differences.push(Object::Integer(i64::from(code)));
        differences.push(Object::Name(format!("a{code}").into_bytes()));
        procs.set(format!("a{code}"), Object::Reference(glyph));
    }
    let procs = b.object(procs);
    b.font(
        "T3",
        dictionary! {
            "Type" => "Font", "Subtype" => "Type3",
            "FontBBox" => vec![0.into(), 0.into(), 50.into(), 70.into()],
            "FontMatrix" => vec![0.01.into(), 0.into(), 0.into(), 0.01.into(), 0.into(), 0.into()],
            "CharProcs" => Object::Reference(procs),
            "Encoding" => dictionary! { "Type" => "Encoding", "Differences" => differences },
            "FirstChar" => 0, "LastChar" => 255,
            "Widths" => vec![Object::Integer(50); 256],
        },
    );
}

#[test]
fn tex_bitmap_fonts_read_through_their_tex_encoding() {
    // T1 (Cork): 28 is "fi", 21 an en dash, 16/17 curly quotes.
    let mut b = PdfBuilder::new();
    tex_bitmap_font(
        &mut b,
        &[16, 17, 21, 28, b'a', b'd', b'e', b'l', b'n', b'o', b'1', b'9'],
    );
    b.page("BT /T3 12 Tf 72 700 Td (\\034nd) Tj 22 0 Td (\\020one\\021) Tj 35 0 Td (19\\02591) Tj ET");
    assert_eq!(text(&b.build()), "find “one” 19–91");
    // OT1 (Knuth's): ligatures at 11–15, so 12 is "fi" and 123 an en dash.
    let mut b = PdfBuilder::new();
    tex_bitmap_font(&mut b, &[12, 123, b'd', b'n', b'1', b'9']);
    b.page("BT /T3 12 Tf 72 700 Td (\\014nd) Tj 22 0 Td (19\\17391) Tj ET");
    assert_eq!(text(&b.build()), "find 19–91");
    // T2A (Cyrillic), which Russian LaTeX without cm-super sets from bitmaps.
    let mut b = PdfBuilder::new();
    tex_bitmap_font(&mut b, &[0x9C, 0xEA, 0xEB, 0xE0, 0xCE, 0xEF, 0xFB, 0xF2]);
    b.page("BT /T3 12 Tf 72 700 Td (\\234\\353\\352\\340) Tj 30 0 Td (\\316\\357\\373\\362) Tj ET");
    assert_eq!(text(&b.build()), "Ёлка Опыт");
}

#[test]
fn dvips_bitmap_fonts_through_ghostscript_read_by_their_glyph_names() {
    // Ghostscript's rendering of a dvips bitmap font: glyphs named by code in base 36 ("/G8" is
    // 224), a WinAnsi base, a unit font box and a tiny font size that the glyph space scales up.
    let mut b = PdfBuilder::new();
    let glyph = b.stream(dictionary! {}, b"90 0 0 0 80 -100 d1 0 0 80 -100 re f");
    let codes: [(u8, &str); 5] = [(0xEB, "GJ"), (0xEA, "GI"), (0xE0, "G8"), (0x9C, "EC"), (58, "BM")];
    let mut procs = lopdf::Dictionary::new();
    let mut differences: Vec<Object> = Vec::new();
    for (code, name) in codes {
        differences.push(Object::Integer(i64::from(code)));
        differences.push(Object::Name(name.as_bytes().to_vec()));
        procs.set(name, Object::Reference(glyph));
    }
    let procs = b.object(procs);
    b.font(
        "R23",
        dictionary! {
            "Type" => "Font", "Subtype" => "Type3",
            "FontBBox" => vec![0.into(), 0.into(), 1.into(), (-1).into()],
            "FontMatrix" => vec![1.into(), 0.into(), 0.into(), (-1).into(), 0.into(), 0.into()],
            "CharProcs" => Object::Reference(procs),
            "Encoding" => dictionary! { "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding", "Differences" => differences },
            "FirstChar" => 0, "LastChar" => 255,
            "Widths" => vec![Object::Integer(90); 256],
        },
    );
    // "Ёлка:" twice, the second a word space (an em) after the first.
    b.page("BT /R23 0.12 Tf 1 0 0 -1 72 700 Tm (\\234\\353\\352\\340:) Tj 1 0 0 -1 140 700 Tm (\\234\\353\\352\\340:) Tj ET");
    let bytes = b.build();
    assert_eq!(text(&bytes), "Ёлка: Ёлка:");
    // The glyphs are about twice their advance high, not a tenth of a point.
    let mut budget = jobpdf_core::limits::Budget::new(jobpdf_core::limits::Limits::default());
    let doc = jobpdf_core::pdf::Document::load(&bytes, &mut budget).expect("loads");
    let glyphs = doc.page_glyphs(0, &mut budget).expect("decodes");
    let size = glyphs.glyphs[0].size;
    assert!((15.0..30.0).contains(&size), "{size}");
}

/// A widget annotation for a text field at `rect`, with an appearance stream when `shows` is
/// given (drawn with `/F1`).
fn text_field(b: &mut PdfBuilder, rect: [i64; 4], value: Object, shows: Option<&str>, flags: i64) {
    let mut widget = dictionary! {
        "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx", "F" => flags,
        "Rect" => rect.iter().map(|&v| Object::Integer(v)).collect::<Vec<_>>(),
        "V" => value, "DA" => Object::string_literal("/F1 10 Tf 0 g"),
    };
    if let Some(content) = shows {
        let width = rect[2] - rect[0];
        let height = rect[3] - rect[1];
        let font = b.resources().get(b"Font").cloned().unwrap_or(Object::Null);
        let ap = b.stream(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), width.into(), height.into()],
                "Resources" => dictionary! { "Font" => font },
            },
            content.as_bytes(),
        );
        widget.set("AP", dictionary! { "N" => Object::Reference(ap) });
    }
    b.annotation(widget);
}

#[test]
fn filled_in_form_fields_read_in_place_once() {
    let mut b = helvetica();
    b.page(
        "BT /F1 12 Tf 72 700 Td (Position:) Tj 0 -30 Td (City:) Tj 0 -30 Td (Salary:) Tj \
         80 0 Td (2000 AZN) Tj -80 -30 Td (Contact:) Tj ET",
    );
    // Drawn by its appearance stream.
    text_field(
        &mut b,
        [150, 695, 350, 712],
        Object::string_literal("Accountant"),
        Some("/Tx BMC BT /F1 10 Tf 2 5 Td (Accountant) Tj ET EMC"),
        4,
    );
    // No appearance (left to the viewer): the value, a UTF-16 text string, is set in place.
    let baku: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain("Bakı".encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    text_field(
        &mut b,
        [150, 665, 350, 682],
        Object::String(baku, lopdf::StringFormat::Hexadecimal),
        None,
        4,
    );
    // The page already shows this value where the field lies: read once.
    text_field(
        &mut b,
        [150, 635, 350, 652],
        Object::string_literal("2000 AZN"),
        Some("BT /F1 12 Tf 2 5 Td (2000 AZN) Tj ET"),
        4,
    );
    // A hidden field is not on the page.
    text_field(
        &mut b,
        [150, 605, 350, 622],
        Object::string_literal("Secret"),
        Some("BT /F1 10 Tf 2 5 Td (Secret) Tj ET"),
        2,
    );
    b.acro_form(dictionary! { "Fields" => Vec::<Object>::new(), "NeedAppearances" => true });
    assert_eq!(
        text(&b.build()),
        "Position:\tAccountant\nCity:\tBakı\nSalary:\t2000 AZN\nContact:"
    );
}

#[test]
fn nested_form_xobjects_are_read_in_page_position_order() {
    let mut b = helvetica();
    let inner_resources =
        dictionary! { "Font" => b.resources().get(b"Font").cloned().unwrap_or(Object::Null) };
    let inner = b.form(
        "Fm2",
        "BT /F1 12 Tf 72 600 Td (Inner text) Tj ET",
        [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        Some(inner_resources.clone()),
    );
    let mut outer_resources = inner_resources;
    outer_resources.set("XObject", dictionary! { "Fm2" => Object::Reference(inner) });
    // The outer form draws the inner one first, lower on the page, and is shifted up by 50.
    b.form(
        "Fm1",
        "/Fm2 Do BT /F1 12 Tf 72 650 Td (Outer text) Tj ET",
        [1.0, 0.0, 0.0, 1.0, 0.0, 50.0],
        Some(outer_resources),
    );
    b.page("q /Fm1 Do Q");
    assert_eq!(text(&b.build()), "Outer text\n\nInner text");
}

#[test]
fn a_form_that_draws_itself_is_drawn_once() {
    let mut b = helvetica();
    let font = b.resources().get(b"Font").cloned().unwrap_or(Object::Null);
    let id = b.form(
        "Loop",
        "BT /F1 12 Tf 72 700 Td (Once) Tj ET /Loop Do",
        [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        None,
    );
    let resources =
        dictionary! { "Font" => font, "XObject" => dictionary! { "Loop" => Object::Reference(id) } };
    b.form(
        "Loop",
        "BT /F1 12 Tf 72 700 Td (Once) Tj ET /Loop Do",
        [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        Some(resources),
    );
    b.page("/Loop Do");
    assert_eq!(text(&b.build()), "Once");
}

#[test]
fn two_columns_read_left_column_first() {
    let mut b = helvetica();
    let mut content =
        String::from("BT /F1 18 Tf 72 760 Td (Full-width title across both columns here) Tj ET\n");
    let left = ["Left one", "Left two", "Left three", "Left four"];
    let right = ["Right one", "Right two", "Right three", "Right four"];
    for (i, (l, r)) in left.iter().zip(right).enumerate() {
        // A sidebar with its own line pitch beside the main column, drawn interleaved.
        let (yl, yr) = (700 - 14 * i as i32, 703 - 19 * i as i32);
        content.push_str(&format!(
            "BT /F1 9 Tf 72 {yl} Td ({l}) Tj ET BT /F1 11 Tf 320 {yr} Td ({r}) Tj ET\n"
        ));
    }
    b.page(&content);
    let t = text(&b.build());
    let order: Vec<&str> = t.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        order,
        [
            "Full-width title across both columns here",
            "Left one",
            "Left two",
            "Left three",
            "Left four",
            "Right one",
            "Right two",
            "Right three",
            "Right four"
        ]
    );
}

#[test]
fn key_value_tables_read_row_by_row_with_tabs() {
    let mut b = helvetica();
    let rows = [
        ("Location", "Baku, Nasimi"),
        ("Salary", "1 200 AZN"),
        ("Schedule", "5/2, 09:00-18:00"),
    ];
    let mut content = String::new();
    for (i, (k, v)) in rows.iter().enumerate() {
        let y = 700 - 16 * i as i32;
        content.push_str(&format!(
            "BT /F1 11 Tf 72 {y} Td ({k}) Tj ET BT /F1 11 Tf 200 {y} Td ({v}) Tj ET\n"
        ));
    }
    b.page(&content);
    assert_eq!(
        text(&b.build()),
        "Location\tBaku, Nasimi\nSalary\t1 200 AZN\nSchedule\t5/2, 09:00-18:00"
    );
}

/// Content drawing each `(y, x, text)` in 11-point Helvetica.
fn words_at(items: &[(i32, i32, &str)]) -> String {
    items
        .iter()
        .map(|(y, x, t)| format!("BT /F1 11 Tf {x} {y} Td ({t}) Tj ET\n"))
        .collect()
}

#[test]
fn a_forms_wrapped_labels_stay_in_their_rows() {
    // A form's narrow column of labels beside its values: a label wrapped onto a second line
    // ("Main" / "duties") and a value wrapped beside it ("and log" going on) are one row.
    let mut b = helvetica();
    let items: [(i32, i32, &str); 8] = [
        (700, 72, "Position"),
        (700, 200, "Cold store operator on the night shift"),
        (688, 72, "Main"),
        (688, 200, "Check the chambers every two hours"),
        (676, 72, "duties"),
        (676, 200, "and log the readings in the shift book"),
        (664, 72, "Salary"),
        (664, 200, "1 200 AZN a month before tax"),
    ];
    b.page(&words_at(&items));
    assert_eq!(
        text(&b.build()),
        "Position\tCold store operator on the night shift\n\
         Main duties\tCheck the chambers every two hours and log the readings in the shift book\n\
         Salary\t1 200 AZN a month before tax"
    );
}

#[test]
fn two_columns_of_running_text_are_no_table() {
    // Negative: columns alike in width whose lines go on in lower case are prose, read column
    // by column.
    let mut b = helvetica();
    let items: [(i32, i32, &str); 6] = [
        (700, 72, "Degree in town planning accredited"),
        (700, 320, "Chartered membership of the institute"),
        (688, 72, "by the institute or a similar body"),
        (688, 320, "or working towards it this year"),
        (676, 72, "Two years in development control"),
        (676, 320, "Experience of heritage cases"),
    ];
    b.page(&words_at(&items));
    let t = text(&b.build());
    assert!(!t.contains('\t'), "{t}");
}

#[test]
fn numbered_spreadsheet_rows_read_one_by_one_even_when_set_tight() {
    // Rows as close as the lines of a wrapped cell, and a taller row between them: each row
    // that fills every column is a row of its own, not a cell of the one above.
    let mut b = helvetica();
    let rows: [(i32, &str, &str, &str); 5] = [
        (700, "1", "Company", "Acme Storage"),
        (688, "2", "Duties", "Check the chambers"),
        (676, "", "", "and log the readings"),
        (640, "3", "Posted", "01.12.2026"),
        (628, "4", "Deadline", "28.12.2026"),
    ];
    let mut content = String::new();
    for (y, n, k, v) in rows {
        for (x, t) in [(72, n), (100, k), (240, v)] {
            if !t.is_empty() {
                content.push_str(&format!("BT /F1 11 Tf {x} {y} Td ({t}) Tj ET\n"));
            }
        }
    }
    b.page(&content);
    let t = text(&b.build());
    assert!(
        t.contains("3\tPosted\t01.12.2026\n4\tDeadline\t28.12.2026"),
        "{t}"
    );
    assert!(t.contains("1\tCompany\tAcme Storage"), "{t}");
}

#[test]
fn rotated_text_reads_along_its_baseline() {
    let mut b = helvetica();
    b.page("BT /F1 12 Tf 0 1 -1 0 60 300 Tm (Apply before 31 December) Tj ET");
    assert_eq!(text(&b.build()), "Apply before 31 December");
}

#[test]
fn invisible_text_is_text() {
    let mut b = helvetica();
    b.page("BT 3 Tr /F1 12 Tf 72 700 Td (Scanned page OCR layer) Tj ET");
    assert_eq!(text(&b.build()), "Scanned page OCR layer");
}

#[test]
fn actual_text_replaces_the_glyphs_it_covers() {
    let mut b = helvetica();
    b.property("P1", dictionary! { "ActualText" => Object::string_literal("fi") });
    b.page("BT /F1 12 Tf 72 700 Td (pro) Tj /Span /P1 BDC (XY) Tj EMC (le) Tj ET");
    assert_eq!(text(&b.build()), "profile");
}

#[test]
fn overprinted_fake_bold_is_read_once() {
    let mut b = helvetica();
    b.page("BT /F1 14 Tf 72 700 Td (Requirements) Tj ET BT /F1 14 Tf 72.3 700 Td (Requirements) Tj ET");
    assert_eq!(text(&b.build()), "Requirements");
}

/// A paragraph in Courier (every glyph 0.6 em), so line widths follow character counts.
fn courier_paragraph(producer: &str, lines: &[&str]) -> Vec<u8> {
    let mut b = PdfBuilder::new();
    b.standard_font("F1", "Courier");
    b.info("Producer", producer);
    let mut content = String::new();
    for (i, line) in lines.iter().enumerate() {
        let y = 700 - 13 * i as i32;
        content.push_str(&format!("BT /F1 10 Tf 72 {y} Td ({line}) Tj ET\n"));
    }
    b.page(&content);
    b.build()
}

#[test]
fn soft_wraps_join_and_tex_hyphens_are_removed() {
    let lines = [
        "Our team builds the payment platform and",
        "maintains its reporting and monitoring de-",
        "velopment tools.",
    ];
    assert_eq!(
        text(&courier_paragraph("pdfTeX-1.40.25", &lines)),
        "Our team builds the payment platform and maintains its reporting and monitoring development tools."
    );
}

#[test]
fn hyphens_of_the_text_itself_are_kept_when_not_typeset_by_tex() {
    let lines = [
        "Work closely with the mobile and merchant-",
        "portal teams on every release we ship now.",
    ];
    assert_eq!(
        text(&courier_paragraph("Chromium", &lines)),
        "Work closely with the mobile and merchant-portal teams on every release we ship now."
    );
}

#[test]
fn a_line_end_hyphen_is_settled_by_the_words_the_document_writes() {
    // Word with automatic hyphenation: "sem-" / "per" joins where "semper" is written whole;
    // "full-" / "time" stays where "full-time" is; with neither, the hyphen is left as drawn.
    let lines = [
        "Nulla semper nibh at the lake; donec sem-",
        "per urna a full-time position as a full-",
        "time clerk in our busy office with a cur-",
        "rent duties that are set out on page two.",
    ];
    assert_eq!(
        text(&courier_paragraph("Microsoft® Word for Microsoft 365", &lines)),
        "Nulla semper nibh at the lake; donec semper urna a full-time position as a full-time clerk in our busy office with a cur-rent duties that are set out on page two."
    );
}

#[test]
fn letter_spaced_headings_read_as_words() {
    // A designer's heading tracked 3 pt per letter: the letters are one word, the wider gap at
    // the space parts the words; the text below, set normally, keeps its spaces.
    let mut b = helvetica();
    b.page(
        "BT /F1 12 Tf 3 Tc 72 700 Td (HUMAN RESOURCES) Tj ET \
         BT /F1 12 Tf 0 Tc 72 680 Td (Join a team of A B testers) Tj ET",
    );
    assert_eq!(text(&b.build()), "HUMAN RESOURCES\nJoin a team of A B testers");
}

#[test]
fn list_items_stay_separate_lines() {
    let mut b = helvetica();
    b.page(
        "BT /F1 11 Tf 72 700 Td (\\225 Design and operate payment services) Tj ET\n\
         BT /F1 11 Tf 72 686 Td (\\225 Review code and mentor engineers) Tj ET",
    );
    assert_eq!(
        text(&b.build()),
        "• Design and operate payment services\n• Review code and mentor engineers"
    );
}

#[test]
fn unmapped_glyphs_are_counted_in_a_warning() {
    let mut b = helvetica();
    let descendant = b.object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "NoMap",
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
    });
    b.font(
        "F2",
        dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "NoMap", "Encoding" => "Identity-H",
            "DescendantFonts" => vec![Object::Reference(descendant)],
        },
    );
    b.page("BT /F1 12 Tf 72 700 Td (Readable) Tj ET BT /F2 12 Tf 72 680 Td <0005000600070008> Tj ET");
    let result = run(&b.build());
    assert_eq!(result.text.trim(), "Readable");
    let warning = result
        .warnings
        .iter()
        .find(|w| w.code == "unmapped_glyphs")
        .expect("a warning");
    assert_eq!(warning.ratio, Some(0.3333));
}

#[test]
fn standard_fonts_without_widths_use_their_metrics() {
    let mut b = PdfBuilder::new();
    b.standard_font("F1", "Times-Roman");
    // Two strings placed exactly one Times space (250/1000 em) apart.
    b.page("BT /F1 10 Tf 72 700 Td (Job) Tj 16.67 0 Td (ad) Tj ET");
    assert_eq!(text(&b.build()), "Job ad");
}
