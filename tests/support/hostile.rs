//! The hostile set: malformed, forged, recursive, encrypted, oversized and bomb PDFs written at
//! test time, each with the outcome a client must see.

#![allow(dead_code)]

use lopdf::Document;
use std::collections::BTreeMap;
use std::sync::Arc;

/// What the service must answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    /// A `422` (or other 4xx) problem of this slug; nothing is stored.
    Problem(u16, &'static str),
    /// Damage every viewer repairs: the text must equal this (trimmed).
    Repaired(&'static str),
}

pub struct Case {
    pub name: &'static str,
    pub bytes: Vec<u8>,
    pub expect: Expect,
}

/// The text of the base document.
pub const BASE_TEXT: &str = "Senior Accountant\n\nBaku, Azerbaijan\nSalary: 2 000 AZN";

/// A small intact document (classic xref table, uncompressed streams).
pub fn base() -> Vec<u8> {
    one_page(
        "",
        b"BT /F1 16 Tf 72 760 Td (Senior Accountant) Tj ET\n\
          BT /F1 11 Tf 72 730 Td (Baku, Azerbaijan) Tj ET\n\
          BT /F1 11 Tf 72 712 Td (Salary: 2 000 AZN) Tj ET",
        &[],
    )
}

/// Deterministic pseudo-random bytes (xorshift), so failures reproduce.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The document with its `startxref` value replaced.
fn with_startxref(pdf: &[u8], value: usize) -> Vec<u8> {
    let at = rfind(pdf, b"startxref").expect("a startxref") + b"startxref".len();
    let end = at
        + pdf[at..]
            .iter()
            .position(|&c| c == b'%')
            .expect("%%EOF after startxref");
    let mut out = pdf[..at].to_vec();
    out.extend_from_slice(format!("\n{value}\n").as_bytes());
    out.extend_from_slice(&pdf[end..]);
    out
}

/// The document with every in-use xref entry pointing `shift` bytes off.
fn with_shifted_xref(pdf: &[u8], shift: usize) -> Vec<u8> {
    let start = rfind(pdf, b"\nxref").expect("an xref table");
    let end = find(&pdf[start..], b"trailer").expect("a trailer") + start;
    let table = String::from_utf8_lossy(&pdf[start..end]).into_owned();
    let shifted: Vec<String> = table
        .lines()
        .map(|line| {
            let parts: Vec<&str> = line.split(' ').collect();
            if parts.len() >= 3 && parts[2] == "n" && parts[0].len() == 10 {
                let offset: usize = parts[0].parse().unwrap_or(0);
                format!("{:010} {} n ", offset + shift, parts[1])
            } else {
                line.to_string()
            }
        })
        .collect();
    let mut out = pdf[..start].to_vec();
    out.extend_from_slice(shifted.join("\n").as_bytes());
    out.push(b'\n');
    out.extend_from_slice(&pdf[end..]);
    out
}

/// A PDF written by hand: objects as strings, with a correct xref table and trailer.
fn handmade(objects: &[String]) -> Vec<u8> {
    let bodies: Vec<Vec<u8>> = objects.iter().map(|o| o.as_bytes().to_vec()).collect();
    binary_document(&bodies)
}

const FONT: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

/// A one-page document whose page dictionary, content and extra objects are given.
fn one_page(page_extra: &str, content: &[u8], extra: &[String]) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R {page_extra} >>"
        ),
        FONT.to_string(),
        format!(
            "<< /Length {} >>\nstream\n{}\nendstream",
            content.len(),
            String::from_utf8_lossy(content)
        ),
    ];
    objects.extend_from_slice(extra);
    handmade(&objects)
}

/// A Flate stream that inflates to `size` zero bytes, compressed in chunks so the test never
/// holds the inflated data.
fn flate_bomb(size: usize) -> Vec<u8> {
    flate_prefixed_bomb(&[], size)
}

/// The base document encrypted with a user password (`version`: 2 = RC4 128-bit, 5 = AES-256),
/// or with only an owner password when `user` is empty.
fn encrypted(version: u8, user: &str) -> Vec<u8> {
    use lopdf::encryption::crypt_filters::{Aes256CryptFilter, CryptFilter};
    let mut doc = Document::load_mem(&base()).expect("the base document loads");
    let id = lopdf::Object::String(b"jobpdf-test-id-1".to_vec(), lopdf::StringFormat::Hexadecimal);
    doc.trailer.set("ID", vec![id.clone(), id]);
    let state = match version {
        5 => {
            let filter: Arc<dyn CryptFilter> = Arc::new(Aes256CryptFilter);
            lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V5 {
                encrypt_metadata: true,
                crypt_filters: BTreeMap::from([(b"StdCF".to_vec(), filter)]),
                file_encryption_key: &[7u8; 32],
                stream_filter: b"StdCF".to_vec(),
                string_filter: b"StdCF".to_vec(),
                owner_password: "owner-secret",
                user_password: user,
                permissions: lopdf::Permissions::all(),
            })
        }
        _ => lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V2 {
            document: &doc,
            owner_password: "owner-secret",
            user_password: user,
            key_length: 128,
            permissions: lopdf::Permissions::all(),
        }),
    }
    .expect("an encryption state");
    doc.encrypt(&state).expect("lopdf encrypts");
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("lopdf writes");
    out
}

/// A document of `pages` empty pages.
fn many_pages(pages: usize) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        String::new(), // the page tree, filled below
        "<< /Length 0 >>\nstream\n\nendstream".to_string(),
    ];
    let mut kids = String::new();
    for i in 0..pages {
        objects.push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>".to_string());
        kids.push_str(&format!("{} 0 R ", i + 4));
    }
    objects[1] = format!("<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
    handmade(&objects)
}

/// A document whose objects sit in a compressed object stream, cut short.
fn truncated_object_stream() -> Vec<u8> {
    let mut doc = Document::load_mem(&base()).expect("the base document loads");
    let mut out = Vec::new();
    doc.save_with_options(
        &mut out,
        lopdf::SaveOptions::builder()
            .use_object_streams(true)
            .use_xref_streams(true)
            .build(),
    )
    .expect("lopdf writes object streams");
    // Cut the first object stream's data in half, keeping the file's structure around it.
    let marker = find(&out, b"/Type /ObjStm")
        .or_else(|| find(&out, b"/Type/ObjStm"))
        .expect("an object stream");
    let stream = marker + find(&out[marker..], b"stream").expect("stream keyword") + b"stream".len();
    let data_start = stream + if out[stream] == b'\r' { 2 } else { 1 };
    let data_end = data_start + find(&out[data_start..], b"endstream").expect("endstream");
    let half = data_start + (data_end - data_start) / 2;
    for byte in &mut out[half..data_end.saturating_sub(1)] {
        *byte = 0;
    }
    out
}

fn nested(open: &str, close: &str, depth: usize) -> String {
    let mut s = String::with_capacity(depth * (open.len() + close.len()));
    for _ in 0..depth {
        s.push_str(open);
    }
    for _ in 0..depth {
        s.push_str(close);
    }
    s
}

/// The names of the hostile cases, in the order they are reported.
pub const NAMES: &[&str] = &[
    "empty",
    "not-a-pdf",
    "random-bytes-after-header",
    "truncated-1k",
    "truncated-50",
    "truncated-90",
    "wrong-startxref",
    "broken-xref-offsets",
    "prev-loop",
    "circular-kids",
    "reference-cycle",
    "deep-arrays-in-object",
    "deep-dictionaries-in-object",
    "deep-dictionaries-in-damaged-file",
    "deep-arrays-in-content",
    "deep-dictionaries-in-content",
    "flate-bomb-1gb",
    "flate-bomb-second-content-stream",
    "flate-bomb-hundredth-content-stream",
    "medium-streams-past-the-limit",
    "flate-bomb-in-form-xobject",
    "flate-bomb-in-object-stream",
    "flate-bomb-as-font-program",
    "flate-bomb-in-damaged-file",
    "wrong-length",
    "aes-256-user-password",
    "rc4-user-password",
    "rc4-empty-user-password",
    "aes-256-empty-user-password",
    "ten-thousand-empty-pages",
    "truncated-object-stream",
];

/// The whole hostile set (the bomb takes a second or two to write).
pub fn hostile_set() -> Vec<Case> {
    NAMES.iter().filter_map(|name| case(name)).collect()
}

fn real_document() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/corpus/s01_rust_backend_engineer.pdf"
    ))
    .expect("the fixture exists")
}

/// One hostile case by name.
pub fn case(name: &str) -> Option<Case> {
    let name = *NAMES.iter().find(|n| **n == name)?;
    let (bytes, expect) = match name {
        "empty" => (Vec::new(), Expect::Problem(422, "not-a-pdf")),
        "not-a-pdf" => (
            b"<html><body>hello</body></html>".to_vec(),
            Expect::Problem(422, "not-a-pdf"),
        ),
        "random-bytes-after-header" => {
            let mut bytes = b"%PDF-1.7\n".to_vec();
            bytes.extend(noise(64 * 1024, 0x9E37_79B9_7F4A_7C15));
            (bytes, Expect::Problem(422, "malformed"))
        }
        "truncated-1k" => (
            real_document()[..1024].to_vec(),
            Expect::Problem(422, "malformed"),
        ),
        "truncated-50" => {
            let real = real_document();
            (real[..real.len() / 2].to_vec(), Expect::Problem(422, "malformed"))
        }
        "truncated-90" => {
            let real = real_document();
            (
                real[..real.len() * 9 / 10].to_vec(),
                Expect::Problem(422, "malformed"),
            )
        }
        "wrong-startxref" => {
            let base = base();
            let startxref = rfind(&base, b"startxref").unwrap_or(0);
            (with_startxref(&base, startxref / 2), Expect::Repaired(BASE_TEXT))
        }
        "broken-xref-offsets" => (with_shifted_xref(&base(), 7), Expect::Repaired(BASE_TEXT)),
        "prev-loop" => {
            // An incremental update whose /Prev names itself.
            let mut bytes = base();
            let update = bytes.len();
            bytes.extend_from_slice(
                format!(
                    "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Prev {update} >>\nstartxref\n{update}\n%%EOF\n"
                )
                .as_bytes(),
            );
            (bytes, Expect::Repaired(BASE_TEXT))
        }
        "circular-kids" => (
            handmade(&[
                "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>".to_string(),
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >>".to_string(),
            ]),
            Expect::Problem(422, "malformed"),
        ),
        "reference-cycle" => (reference_cycle(), Expect::Problem(422, "no-text-layer")),
        "deep-arrays-in-object" => (
            one_page(
                &format!("/Foo {}", nested("[", "]", 100_000)),
                b"BT /F1 12 Tf 72 700 Td (x) Tj ET",
                &[],
            ),
            Expect::Problem(422, "malformed"),
        ),
        "deep-dictionaries-in-object" => (
            one_page(
                &format!("/Foo {}", nested("<< /A ", ">>", 100_000)),
                b"BT /F1 12 Tf 72 700 Td (x) Tj ET",
                &[],
            ),
            Expect::Problem(422, "malformed"),
        ),
        // The same, with cross-reference offsets that do not hold: lopdf reads the whole file,
        // recursing to its own nesting limit (the deepest stack any input needs).
        "deep-dictionaries-in-damaged-file" => (
            with_shifted_xref(
                &one_page(
                    &format!("/Foo {}", nested("<< /A ", ">>", 100_000)),
                    b"BT /F1 12 Tf 72 700 Td (x) Tj ET",
                    &[],
                ),
                7,
            ),
            Expect::Problem(422, "malformed"),
        ),
        "deep-arrays-in-content" => (
            one_page(
                "",
                format!("BT /F1 12 Tf 72 700 Td {} TJ ET", nested("[", "]", 100_000)).as_bytes(),
                &[],
            ),
            Expect::Problem(422, "too-complex"),
        ),
        "deep-dictionaries-in-content" => (
            one_page(
                "",
                format!("/P {} BDC EMC", nested("<< /A ", ">>", 100_000)).as_bytes(),
                &[],
            ),
            Expect::Problem(422, "too-complex"),
        ),
        "flate-bomb-1gb" => (bomb_document(1 << 30), Expect::Problem(422, "too-large")),
        "flate-bomb-second-content-stream" => (
            bomb_page(&[TEXT_CONTENT, BOMB], "", &[]),
            Expect::Problem(422, "too-large"),
        ),
        "flate-bomb-hundredth-content-stream" => {
            let mut contents = vec![TEXT_CONTENT; 99];
            contents.push(BOMB);
            (bomb_page(&contents, "", &[]), Expect::Problem(422, "too-large"))
        }
        "medium-streams-past-the-limit" => {
            // Forty streams of 1 MiB each: none is large, together they pass the 32 MiB limit.
            let medium = flate_bomb(1 << 20);
            let objects: Vec<Vec<u8>> = (0..40).map(|_| flate_stream("", &medium)).collect();
            (page_with(&objects, "", &[]), Expect::Problem(422, "too-large"))
        }
        "flate-bomb-in-form-xobject" => {
            let form = flate_stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842]", bomb());
            let content = plain_stream(b"BT /F1 12 Tf 72 720 Td (Before the form) Tj ET /X1 Do");
            (
                page_with(&[content], "/XObject << /X1 6 0 R >>", &[form]),
                Expect::Problem(422, "too-large"),
            )
        }
        "flate-bomb-in-object-stream" => (bomb_in_object_stream(), Expect::Problem(422, "too-large")),
        "flate-bomb-as-font-program" => {
            // A symbolic TrueType font without an encoding, whose codes only its program (the
            // bomb) would explain: reading the font stops at the decoded-size limit.
            let widths = vec!["500"; 126].join(" ");
            let font = format!(
                "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Bomb /FirstChar 1 /LastChar 126 \
                 /Widths [{widths}] /FontDescriptor 7 0 R >>"
            );
            let descriptor = "<< /Type /FontDescriptor /FontName /ABCDEF+Bomb /Flags 4 \
                 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 \
                 /StemV 80 /FontFile2 8 0 R >>";
            // Codes 1 to 5 have no standard name: only the program could map them.
            let content = plain_stream(b"BT /F2 12 Tf 72 720 Td <0102030405> Tj (Hello) Tj ET");
            (
                page_with(
                    &[content],
                    "/Font << /F2 6 0 R >>",
                    &[
                        font.into_bytes(),
                        descriptor.as_bytes().to_vec(),
                        flate_stream("", bomb()),
                    ],
                ),
                Expect::Problem(422, "too-large"),
            )
        }
        "flate-bomb-in-damaged-file" => {
            // A wrong startxref sends lopdf through its repair path before the bomb is reached.
            let pdf = bomb_page(&[TEXT_CONTENT, BOMB], "", &[]);
            (with_startxref(&pdf, 12345), Expect::Problem(422, "too-large"))
        }
        "wrong-length" => {
            let doc = one_page("", b"BT /F1 12 Tf 72 700 Td (Wrong length) Tj ET", &[]);
            let doc = String::from_utf8_lossy(&doc)
                .replace("/Length 43", "/Length 7")
                .into_bytes();
            (doc, Expect::Repaired("Wrong length"))
        }
        "aes-256-user-password" => (encrypted(5, "open-sesame"), Expect::Problem(422, "encrypted")),
        "rc4-user-password" => (encrypted(2, "open-sesame"), Expect::Problem(422, "encrypted")),
        "rc4-empty-user-password" => (encrypted(2, ""), Expect::Repaired(BASE_TEXT)),
        "aes-256-empty-user-password" => (encrypted(5, ""), Expect::Repaired(BASE_TEXT)),
        "ten-thousand-empty-pages" => (many_pages(10_000), Expect::Problem(422, "too-complex")),
        "truncated-object-stream" => (truncated_object_stream(), Expect::Problem(422, "malformed")),
        _ => return None,
    };
    Some(Case { name, bytes, expect })
}

/// A one-page document whose content stream is a Flate bomb of `size` bytes.
fn bomb_document(size: usize) -> Vec<u8> {
    binary_document(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_vec(),
        FONT.as_bytes().to_vec(),
        flate_stream("", &flate_bomb(size)),
    ])
}

/// The 1 GiB Flate bomb, compressed once per process (it takes a second or two).
fn bomb() -> &'static [u8] {
    static BOMB: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BOMB.get_or_init(|| flate_bomb(1 << 30))
}

/// Content streams of [`bomb_page`]: a line of text, or the bomb.
const TEXT_CONTENT: u8 = 0;
const BOMB: u8 = 1;

/// A page whose `/Contents` array holds the given streams.
fn bomb_page(contents: &[u8], resources: &str, extra: &[Vec<u8>]) -> Vec<u8> {
    let objects: Vec<Vec<u8>> = contents
        .iter()
        .map(|&c| match c {
            BOMB => flate_stream("", bomb()),
            _ => plain_stream(b"BT /F1 12 Tf 72 720 Td (A line of text) Tj ET"),
        })
        .collect();
    page_with(&objects, resources, extra)
}

/// An uncompressed stream object.
fn plain_stream(data: &[u8]) -> Vec<u8> {
    let mut out = format!("<< /Length {} >>\nstream\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream");
    out
}

/// A FlateDecode stream object of already compressed `data`, with more entries in `dict`.
fn flate_stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "<< {dict} /Length {} /Filter /FlateDecode >>\nstream\n",
        data.len()
    )
    .into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream");
    out
}

/// A one-page document: catalog 1, pages 2, page 3, Helvetica 4, the `contents` from object 5
/// on, then `extra` objects; `resources` adds entries to the page's resources.
fn page_with(contents: &[Vec<u8>], resources: &str, extra: &[Vec<u8>]) -> Vec<u8> {
    let refs: Vec<String> = (0..contents.len()).map(|i| format!("{} 0 R", i + 5)).collect();
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> {resources} >> /Contents [{}] >>",
            refs.join(" ")
        )
        .into_bytes(),
        FONT.as_bytes().to_vec(),
    ];
    objects.extend_from_slice(contents);
    objects.extend_from_slice(extra);
    binary_document(&objects)
}

/// A document of the given object bodies (object `i + 1` each), catalog 1, classic xref.
fn binary_document(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// The page's objects in a compressed object stream that inflates to 1 GiB: its first bytes
/// hold the objects, zeros follow. The cross-reference stream points into it.
fn bomb_in_object_stream() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        FONT,
    ];
    let mut header = String::new();
    let mut body = String::new();
    for (i, o) in objects.iter().enumerate() {
        header.push_str(&format!("{} {} ", i + 1, body.len()));
        body.push_str(o);
        body.push('\n');
    }
    let first = header.len();
    let mut plain = header.into_bytes();
    plain.extend_from_slice(body.as_bytes());
    // Compress the objects followed by 1 GiB of zeros in one deflate stream.
    let data = flate_prefixed_bomb(&plain, 1 << 30);
    let content = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET";
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let content_at = out.len();
    out.extend_from_slice(format!("5 0 obj\n<< /Length {} >>\nstream\n", content.len()).as_bytes());
    out.extend_from_slice(content);
    out.extend_from_slice(b"\nendstream\nendobj\n");
    let objstm_at = out.len();
    out.extend_from_slice(
        format!(
            "6 0 obj\n<< /Type /ObjStm /N 4 /First {first} /Length {} /Filter /FlateDecode >>\nstream\n",
            data.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(&data);
    out.extend_from_slice(b"\nendstream\nendobj\n");
    // Cross-reference stream: type, offset or stream number, generation or index (1, 4, 2 bytes).
    let mut rows = vec![(0u8, 0u32, 65535u16)];
    for i in 0..4u16 {
        rows.push((2, 6, i));
    }
    rows.push((1, content_at as u32, 0));
    rows.push((1, objstm_at as u32, 0));
    let xref_at = out.len();
    rows.push((1, xref_at as u32, 0));
    let mut xref = Vec::new();
    for (t, a, b) in rows {
        xref.push(t);
        xref.extend_from_slice(&a.to_be_bytes());
        xref.extend_from_slice(&b.to_be_bytes());
    }
    out.extend_from_slice(
        format!(
            "7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length {} >>\nstream\n",
            xref.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(&xref);
    out.extend_from_slice(format!("\nendstream\nendobj\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    out
}

/// Deflate data of `prefix` followed by `zeros` zero bytes, compressed in chunks.
fn flate_prefixed_bomb(prefix: &[u8], zeros: usize) -> Vec<u8> {
    use miniz_oxide::deflate::core::{
        CompressorOxide, TDEFLFlush, TDEFLStatus, compress, create_comp_flags_from_zip_params,
    };
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(9, 15, 0));
    let mut out = Vec::new();
    let mut buffer = vec![0u8; 1 << 16];
    let zero_chunk = vec![0u8; 1 << 20];
    let mut feed = |input: &[u8], flush: TDEFLFlush, out: &mut Vec<u8>| {
        let mut input = input;
        loop {
            let (status, read, written) = compress(&mut compressor, input, &mut buffer, flush);
            out.extend_from_slice(&buffer[..written]);
            input = &input[read..];
            let drained = written < buffer.len();
            if status == TDEFLStatus::Done || (input.is_empty() && drained) || status != TDEFLStatus::Okay {
                break;
            }
        }
    };
    feed(prefix, TDEFLFlush::None, &mut out);
    let mut left = zeros;
    while left > 0 {
        let n = left.min(zero_chunk.len());
        left -= n;
        let flush = if left == 0 {
            TDEFLFlush::Finish
        } else {
            TDEFLFlush::None
        };
        feed(&zero_chunk[..n], flush, &mut out);
    }
    out
}

/// A page whose `/Contents` and `/Resources` lead into a cycle of references.
fn reference_cycle() -> Vec<u8> {
    handmade(&[
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 4 0 R /Contents 4 0 R >>"
            .to_string(),
        "5 0 R".to_string(),
        "4 0 R".to_string(),
    ])
}
