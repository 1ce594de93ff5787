use super::agl_data::GLYPHS;
use super::std14_data::{ALIASES, COUNT, NAMES, OFFSETS};
use super::*;

fn map(name: &str) -> Option<String> {
    let mut out = String::new();
    glyph_to_unicode(name.as_bytes(), &mut out).then_some(out)
}

fn map_zapf(name: &str) -> Option<String> {
    let mut out = String::new();
    zapf_glyph_to_unicode(name.as_bytes(), &mut out).then_some(out)
}

/// Every base encoding table, the fonts' built-in ones included.
const BASE_ENCODINGS: [&[&str; 256]; 8] = [
    &STANDARD,
    &WIN_ANSI,
    &MAC_ROMAN,
    &MAC_OS_ROMAN,
    &MAC_EXPERT,
    &PDF_DOC,
    &SYMBOL,
    &ZAPF_DINGBATS,
];

#[test]
fn agl_names() {
    assert_eq!(map("A").as_deref(), Some("A"));
    assert_eq!(map("Lcommaaccent").as_deref(), Some("\u{13B}"));
    assert_eq!(map("afii10017").as_deref(), Some("\u{410}"));
    assert_eq!(map("Euro").as_deref(), Some("€"));
    assert_eq!(map("bullet").as_deref(), Some("•"));
    assert_eq!(map("space").as_deref(), Some(" "));
    assert_eq!(map("quoteright").as_deref(), Some("\u{2019}"));
    // Several code points for one name (AGL 2.0's Hebrew letter-plus-point names).
    assert_eq!(map("dalethatafpatah").as_deref(), Some("\u{5D3}\u{5B2}"));
    // The first and last entries, which the binary search reaches last.
    assert_eq!(map("A").as_deref(), Some("A"));
    assert_eq!(map("zukatakana").as_deref(), Some("\u{30BA}"));
}

#[test]
fn agl_uni_and_u_forms() {
    assert_eq!(map("uni0041").as_deref(), Some("A"));
    assert_eq!(map("uni00660069").as_deref(), Some("fi"));
    assert_eq!(map("uni00e9").as_deref(), Some("é"));
    assert_eq!(map("u1F600").as_deref(), Some("😀"));
    assert_eq!(map("u0041").as_deref(), Some("A"));
    assert_eq!(map("u10FFFF").as_deref(), Some("\u{10FFFF}"));
    // Surrogates, out-of-range values and malformed digit groups are rejected.
    assert_eq!(map("uniD800"), None);
    assert_eq!(map("uni0041DFFF"), None);
    assert_eq!(map("uD83D"), None);
    assert_eq!(map("u110000"), None);
    assert_eq!(map("uni004"), None);
    assert_eq!(map("uni"), None);
    assert_eq!(map("u041"), None);
    assert_eq!(map("u1234567"), None);
    assert_eq!(map("uniXYZW"), None);
}

#[test]
fn agl_ligatures_and_suffixes() {
    assert_eq!(map("f_i").as_deref(), Some("fi"));
    assert_eq!(map("f_f_i").as_deref(), Some("ffi"));
    assert_eq!(map("T_h").as_deref(), Some("Th"));
    assert_eq!(map("a.sc").as_deref(), Some("a"));
    assert_eq!(map("one.oldstyle").as_deref(), Some("1"));
    assert_eq!(map("f_f_i.liga").as_deref(), Some("ffi"));
    assert_eq!(map("uni0066_uni0069").as_deref(), Some("fi"));
    assert_eq!(map("fi").as_deref(), Some("\u{FB01}"));
    assert_eq!(map("fl").as_deref(), Some("\u{FB02}"));
    assert_eq!(map("ff").as_deref(), Some("\u{FB00}"));
    assert_eq!(map("ffi").as_deref(), Some("\u{FB03}"));
    assert_eq!(map("ffl").as_deref(), Some("\u{FB04}"));
}

#[test]
fn tex_and_folded_names() {
    assert_eq!(map("dotlessi").as_deref(), Some("ı"));
    assert_eq!(map("dotlessj").as_deref(), Some("\u{237}"));
    assert_eq!(map("cwm").as_deref(), Some(""));
    assert_eq!(map("compwordmark").as_deref(), Some(""));
    assert_eq!(map("suppress").as_deref(), Some(""));
    assert_eq!(map("visiblespace").as_deref(), Some("\u{2423}"));
    assert_eq!(map("perthousandzero").as_deref(), Some("0"));
    assert_eq!(map("SS").as_deref(), Some("SS"));
    assert_eq!(map("dieresis").as_deref(), Some("\u{A8}"));
    assert_eq!(map("hungarumlaut").as_deref(), Some("\u{2DD}"));
    assert_eq!(map("ogonek").as_deref(), Some("\u{2DB}"));
    assert_eq!(map("circumflex").as_deref(), Some("\u{2C6}"));
    assert_eq!(map("Odblacute").as_deref(), Some("Ő"));
    assert_eq!(map("Asmall").as_deref(), Some("a"));
    assert_eq!(map("Eacutesmall").as_deref(), Some("é"));
    assert_eq!(map("oneoldstyle").as_deref(), Some("1"));
    assert_eq!(map("Dieresis").as_deref(), Some("\u{A8}"));
    assert_eq!(map("parenlefttp").as_deref(), Some("\u{239B}"));
    assert_eq!(map("registerserif").as_deref(), Some("®"));
}

#[test]
fn unmapped_names() {
    for name in [
        "g123", "glyph12", "cid12", "index12", "G12", ".notdef", "", ".", "_", "f_", "f__i", "g_1", "a1",
        "foo",
    ] {
        assert_eq!(map(name), None, "{name}");
    }
    // A failed lookup leaves the output as it was.
    let mut out = String::from("ab");
    assert!(!glyph_to_unicode(b"f_g123", &mut out));
    assert!(!glyph_to_unicode(b"uni00410041D800", &mut out));
    assert_eq!(out, "ab");
    assert!(glyph_to_unicode(b"c", &mut out));
    assert_eq!(out, "abc");
}

#[test]
fn zapf_dingbats_names() {
    assert_eq!(map_zapf("a1").as_deref(), Some("\u{2701}"));
    assert_eq!(map_zapf("a202").as_deref(), Some("\u{2703}"));
    assert_eq!(map_zapf("a71").as_deref(), Some("\u{25CF}"));
    assert_eq!(map_zapf("space").as_deref(), Some(" "));
    assert_eq!(map_zapf("a0"), None);
    assert_eq!(map_zapf("a01"), None);
    assert_eq!(map_zapf("a999"), None);
    for name in ZAPF_DINGBATS.iter().filter(|n| !n.is_empty()) {
        assert!(map_zapf(name).is_some(), "{name}");
    }
}

#[test]
fn agl_table_is_sorted_and_well_formed() {
    let mut previous: Option<&str> = None;
    let mut count = 0;
    for entry in GLYPHS.split(' ') {
        let (name, _) = entry.split_once(':').expect("entry has a colon");
        if let Some(previous) = previous {
            assert!(previous.as_bytes() < name.as_bytes(), "{previous} >= {name}");
        }
        previous = Some(name);
        assert!(map(name).is_some(), "{name} does not map");
        count += 1;
    }
    assert!(count > 4_000);
}

#[test]
fn encodings() {
    assert_eq!(WIN_ANSI[0x80], "Euro");
    assert_eq!(WIN_ANSI[0x95], "bullet");
    assert_eq!(WIN_ANSI[0xA0], "space");
    assert_eq!(WIN_ANSI[0xAD], "hyphen");
    for code in [0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D] {
        assert_eq!(WIN_ANSI[code], "", "{code:#x}");
    }
    assert_eq!(STANDARD[0xAE], "fi");
    assert_eq!(STANDARD[0x27], "quoteright");
    assert_eq!(STANDARD[0x60], "quoteleft");
    assert_eq!(MAC_ROMAN[0xDE], "fi");
    assert_eq!(MAC_ROMAN[0xCA], "space");
    assert_eq!(MAC_ROMAN[0xDB], "currency");
    assert_eq!(MAC_ROMAN[0xAD], "");
    assert_eq!(MAC_OS_ROMAN[0xAD], "notequal");
    assert_eq!(MAC_EXPERT[0x61], "Asmall");
    assert_eq!(PDF_DOC[0x80], "bullet");
    assert_eq!(PDF_DOC[0xA0], "Euro");
    assert_eq!(SYMBOL[0x61], "alpha");
    assert_eq!(SYMBOL[0xA0], "Euro");
    assert_eq!(ZAPF_DINGBATS[0x21], "a1");

    assert_eq!(PDF_DOC_CHARS[b'A' as usize], 'A');
    assert_eq!(PDF_DOC_CHARS[0x18], '\u{2D8}');
    assert_eq!(PDF_DOC_CHARS[0x8A], '\u{2212}');
    assert_eq!(PDF_DOC_CHARS[0xA0], '€');
    assert_eq!(PDF_DOC_CHARS[0xE9], 'é');
    assert_eq!(PDF_DOC_CHARS[0x0A], '\n');
    for code in [0x00, 0x7F, 0x9F, 0xAD] {
        assert_eq!(PDF_DOC_CHARS[code], '\0', "{code:#x}");
    }
    assert_eq!(WIN_ANSI_CHARS[0x80], '€');
    assert_eq!(WIN_ANSI_CHARS[0x81], '\0');

    assert_eq!(base_encoding(b"WinAnsiEncoding"), Some(&WIN_ANSI));
    assert_eq!(base_encoding(b"/StandardEncoding"), Some(&STANDARD));
    assert_eq!(base_encoding(b"MacRomanEncoding"), Some(&MAC_ROMAN));
    assert_eq!(base_encoding(b"MacExpertEncoding"), Some(&MAC_EXPERT));
    assert_eq!(base_encoding(b"PDFDocEncoding"), Some(&PDF_DOC));
    assert_eq!(base_encoding(b"SymbolEncoding"), None);
}

#[test]
fn every_encoded_glyph_maps_to_text() {
    // ZapfDingbats' names need the dingbat list, not the AGL: see `zapf_dingbats_names`.
    let tables: Vec<_> = BASE_ENCODINGS
        .into_iter()
        .filter(|t| **t != ZAPF_DINGBATS)
        .collect();
    assert_eq!(tables.len(), BASE_ENCODINGS.len() - 1);
    for table in tables {
        for name in table.iter().filter(|n| !n.is_empty()) {
            assert!(map(name).is_some(), "{name}");
        }
    }
    for (code, name) in WIN_ANSI.iter().enumerate() {
        let expected = map(name).and_then(|s| s.chars().next()).unwrap_or('\0');
        assert_eq!(WIN_ANSI_CHARS[code], expected, "{code:#x}");
    }
    for (code, name) in PDF_DOC.iter().enumerate().filter(|(_, n)| !n.is_empty()) {
        let expected = map(name).and_then(|s| s.chars().next());
        assert_eq!(Some(PDF_DOC_CHARS[code]), expected, "{code:#x}");
    }
}

#[test]
fn std14_aliases() {
    let cases: [(&str, Std14); 17] = [
        ("Helvetica", Std14::Helvetica),
        ("Times-Roman", Std14::TimesRoman),
        ("ABCDEF+Arial,Bold", Std14::HelveticaBold),
        ("Arial", Std14::Helvetica),
        ("Arial-BoldMT", Std14::HelveticaBold),
        ("ArialMT", Std14::Helvetica),
        ("Arial,BoldItalic", Std14::HelveticaBoldOblique),
        ("TimesNewRoman", Std14::TimesRoman),
        ("TimesNewRomanPS-BoldMT", Std14::TimesBold),
        ("Times New Roman,Italic", Std14::TimesItalic),
        ("TimesNewRomanPSMT,BoldItalic", Std14::TimesBoldItalic),
        ("CourierNew", Std14::Courier),
        ("CourierNewPS-BoldMT", Std14::CourierBold),
        ("Courier New,Bold", Std14::CourierBold),
        ("Symbol,Bold", Std14::Symbol),
        ("SymbolMT", Std14::Symbol),
        ("XYZABC+ZapfDingbats", Std14::ZapfDingbats),
    ];
    for (name, font) in cases {
        assert_eq!(Std14::from_base_font(name.as_bytes()), Some(font), "{name}");
    }
    for name in [
        "Calibri",
        "helvetica",
        "abcdef+Arial",
        "ABCDEF+",
        "",
        "Helvetica-Light",
        "TimesNewRomanPSMT-BoldItalicTimesNewRomanPSMT-BoldItalic",
    ] {
        assert_eq!(Std14::from_base_font(name.as_bytes()), None, "{name}");
    }
    for font in Std14::ALL {
        assert_eq!(Std14::from_base_font(font.name().as_bytes()), Some(font));
    }
    assert!(ALIASES.windows(2).all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
}

#[test]
fn std14_widths() {
    assert_eq!(Std14::Helvetica.width(b"a"), Some(556));
    assert_eq!(Std14::HelveticaOblique.width(b"a"), Some(556));
    assert_eq!(Std14::TimesRoman.width(b"space"), Some(250));
    assert_eq!(Std14::TimesBold.width(b"A"), Some(722));
    assert_eq!(Std14::Symbol.width(b"alpha"), Some(631));
    assert_eq!(Std14::ZapfDingbats.width(b"a1"), Some(974));
    assert_eq!(Std14::Helvetica.width(b"a1"), None);
    assert_eq!(Std14::Helvetica.width(b"nosuchglyph"), None);
    assert_eq!(Std14::Helvetica.width(b""), None);
    // The first and last names of the shared table.
    let first = &NAMES[..usize::from(OFFSETS[1]) - 1];
    let last = &NAMES[usize::from(OFFSETS[COUNT - 1])..];
    assert!(Std14::ALL.iter().any(|f| f.width(first.as_bytes()).is_some()));
    assert!(Std14::ALL.iter().any(|f| f.width(last.as_bytes()).is_some()));

    let latin = [&STANDARD, &WIN_ANSI, &MAC_ROMAN, &PDF_DOC];
    for font in Std14::ALL.into_iter().filter(|f| !f.is_symbolic()) {
        for name in latin.iter().flat_map(|t| t.iter()).filter(|n| !n.is_empty()) {
            let width = font.width(name.as_bytes());
            assert!(width.is_some(), "{font:?} {name}");
            if font.is_fixed_pitch() {
                assert_eq!(width, Some(600), "{font:?} {name}");
            }
        }
    }
    for font in [Std14::Symbol, Std14::ZapfDingbats] {
        for name in font.builtin_encoding().iter().filter(|n| !n.is_empty()) {
            assert!(font.width(name.as_bytes()).is_some(), "{font:?} {name}");
        }
    }
}

#[test]
fn std14_names_are_sorted() {
    assert_eq!(OFFSETS.len(), COUNT + 1);
    let names: Vec<&str> = NAMES.split(' ').collect();
    assert_eq!(names.len(), COUNT);
    assert!(names.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()));
    for (i, name) in names.iter().enumerate() {
        assert_eq!(
            &NAMES[usize::from(OFFSETS[i])..usize::from(OFFSETS[i + 1]) - 1],
            *name
        );
    }
}

#[test]
fn std14_metrics() {
    assert_eq!(Std14::Helvetica.ascent(), 718);
    assert_eq!(Std14::Helvetica.descent(), -207);
    assert_eq!(Std14::TimesRoman.ascent(), 683);
    assert_eq!(Std14::Courier.descent(), -157);
    assert_eq!(Std14::Symbol.ascent(), 1010);
    assert_eq!(Std14::TimesItalic.italic_angle(), -15.5);
    assert!(Std14::CourierBoldOblique.is_bold());
    assert!(Std14::CourierBoldOblique.is_italic());
    assert!(Std14::CourierBoldOblique.is_fixed_pitch());
    assert!(!Std14::TimesRoman.is_bold());
    assert!(!Std14::TimesRoman.is_italic());
    assert!(!Std14::Helvetica.is_fixed_pitch());
    assert!(Std14::Symbol.is_symbolic());
    assert!(!Std14::Helvetica.is_symbolic());
    assert_eq!(Std14::TimesBoldItalic.name(), "Times-BoldItalic");
    assert_eq!(Std14::Symbol.builtin_encoding(), &SYMBOL);
    assert_eq!(Std14::TimesRoman.builtin_encoding(), &STANDARD);
}

#[test]
fn resolved_tables_agree_with_the_run_time_lookups() {
    for encoding in BASE_ENCODINGS {
        let table = resolved(encoding).expect("every base encoding is resolved");
        for (code, name) in encoding.iter().enumerate() {
            let mut text = String::new();
            let mapped = glyph_to_unicode(name.as_bytes(), &mut text);
            match table.chars[code] {
                Some(c) => assert_eq!((mapped, text.as_str()), (true, c.to_string().as_str()), "{name}"),
                // Only names the compile-time search cannot settle are left to run time.
                None => assert!(name.is_empty() || text.chars().count() != 1, "{name} -> {text:?}"),
            }
            for font in Std14::ALL {
                let by_index = table.std14_glyphs[code].and_then(|g| font.glyph_width(g));
                assert_eq!(by_index, font.width(name.as_bytes()), "{name} in {}", font.name());
            }
        }
    }
    assert!(resolved(&[""; 256]).is_none());
    // The common encodings resolve completely.
    for encoding in [&STANDARD, &WIN_ANSI] {
        let table = resolved(encoding).expect("resolved");
        let named = encoding.iter().filter(|n| !n.is_empty()).count();
        assert_eq!(table.chars.iter().flatten().count(), named);
    }
}
