//! A streaming content-stream lexer: yields one operator at a time with its operands, so that a
//! page's operators are never all held in memory, nesting is bounded, and inline images
//! (`BI … ID <binary> EI`) are skipped without being decoded.
//!
//! The same lexer reads the objects of the file itself ([`Lexer::for_objects`]), where `5 0 R`
//! is a reference rather than two numbers and an operator.
//!
//! Operands are read into one reusable [`Operands`] buffer: a flat list of items (an array or a
//! dictionary is an item followed by its contents) and one byte arena for names and strings.
//! After the first few operators of a page nothing is allocated per operator, which matters
//! because a page has thousands of them and every allocation is a call into the allocator.

/// What went wrong while reading a content stream.
#[derive(Debug, PartialEq, Eq)]
pub enum LexError {
    /// Arrays or dictionaries nested deeper than allowed.
    TooDeep,
}

/// Reads operators from a decoded content stream.
pub struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
    max_nesting: usize,
    /// Whether `n g R` is read as a reference (file objects; never in content streams).
    references: bool,
    /// Most items kept per object read (see [`MAX_ITEMS`]).
    max_items: usize,
}

/// An operator and the operands that preceded it.
pub struct Operation<'a> {
    pub operator: &'a [u8],
}

/// One lexed value in the flat list. A composite value is followed by the items it contains;
/// `len` counts all of them, nested ones included, so that skipping one is a single step.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Item {
    Integer(i64),
    Real(f32),
    Bool(bool),
    Null,
    /// `bytes[start..end]` of the arena.
    Name(u32, u32),
    String(u32, u32),
    /// `number generation R`.
    Reference(u32, u16),
    Array {
        len: u32,
    },
    /// Keys and values alternate inside.
    Dictionary {
        len: u32,
    },
}

impl Item {
    /// How many items this one spans, itself included.
    fn span(self) -> usize {
        match self {
            Item::Array { len } | Item::Dictionary { len } => len as usize + 1,
            _ => 1,
        }
    }
}

/// The operands of one operator, reused from one operator to the next.
#[derive(Default)]
pub struct Operands {
    items: Vec<Item>,
    bytes: Vec<u8>,
    /// Index in `items` of each top-level operand.
    tops: Vec<u32>,
}

/// One operand, borrowed from [`Operands`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Operand<'o> {
    Integer(i64),
    Real(f32),
    Bool(bool),
    Null,
    Name(&'o [u8]),
    String(&'o [u8]),
    Reference(u32, u16),
    Array(Sequence<'o>),
    Dictionary(Sequence<'o>),
}

/// The contents of an array or dictionary operand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sequence<'o> {
    items: &'o [Item],
    bytes: &'o [u8],
}

/// Most items (values, nested ones included) kept per operator: far beyond any real operator,
/// and a bound on memory for a hostile array of millions of numbers.
const MAX_ITEMS: usize = 1 << 16;

/// Most items kept per file object. A CID font's `/W` array or a large page tree's `/Kids`
/// may run to tens of thousands of values; the source bytes bound the rest.
const MAX_OBJECT_ITEMS: usize = 1 << 22;

impl Operands {
    fn clear(&mut self) {
        self.items.clear();
        self.bytes.clear();
        self.tops.clear();
    }

    pub fn len(&self) -> usize {
        self.tops.len()
    }

    pub fn get(&self, i: usize) -> Option<Operand<'_>> {
        let at = *self.tops.get(i)? as usize;
        Some(operand(&self.items, at, &self.bytes))
    }

    pub fn first(&self) -> Option<Operand<'_>> {
        self.get(0)
    }

    pub fn last(&self) -> Option<Operand<'_>> {
        self.get(self.len().checked_sub(1)?)
    }

    /// The operands, first to last.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = Operand<'_>> {
        self.tops
            .iter()
            .map(|&at| operand(&self.items, at as usize, &self.bytes))
    }

    /// The last `N` operands as numbers: operands are counted from the end, so garbage before
    /// them is ignored, as viewers do.
    pub fn last_numbers<const N: usize>(&self) -> Option<[f32; N]> {
        let start = self.len().checked_sub(N)?;
        let mut out = [0.0; N];
        for (slot, i) in out.iter_mut().zip(start..) {
            *slot = self.get(i)?.number()?;
        }
        Some(out)
    }

    /// Appends an item unless `max` are held already; returns its index.
    fn push(&mut self, item: Item, max: usize) -> Option<usize> {
        (self.items.len() < max).then(|| {
            self.items.push(item);
            self.items.len() - 1
        })
    }
}

fn operand<'o>(items: &'o [Item], at: usize, bytes: &'o [u8]) -> Operand<'o> {
    let text = |start: u32, end: u32| bytes.get(start as usize..end as usize).unwrap_or_default();
    let contents = |len: u32| Sequence {
        items: items.get(at + 1..at + 1 + len as usize).unwrap_or_default(),
        bytes,
    };
    match items[at] {
        Item::Integer(i) => Operand::Integer(i),
        Item::Real(r) => Operand::Real(r),
        Item::Bool(b) => Operand::Bool(b),
        Item::Null => Operand::Null,
        Item::Name(s, e) => Operand::Name(text(s, e)),
        Item::String(s, e) => Operand::String(text(s, e)),
        Item::Reference(n, g) => Operand::Reference(n, g),
        Item::Array { len } => Operand::Array(contents(len)),
        Item::Dictionary { len } => Operand::Dictionary(contents(len)),
    }
}

impl<'o> Sequence<'o> {
    /// The values in order (for a dictionary: key, value, key, value…).
    pub fn iter(self) -> impl Iterator<Item = Operand<'o>> {
        let mut at = 0;
        std::iter::from_fn(move || {
            let item = *self.items.get(at)?;
            let here = at;
            at += item.span();
            Some(operand(self.items, here, self.bytes))
        })
    }

    /// A dictionary's value for `key`.
    pub fn get(self, key: &[u8]) -> Option<Operand<'o>> {
        let mut values = self.iter();
        while let Some(k) = values.next() {
            let value = values.next()?;
            if k == Operand::Name(key) {
                return Some(value);
            }
        }
        None
    }
}

impl<'o> Operand<'o> {
    /// A finite number (integer or real) as `f32`.
    pub fn number(self) -> Option<f32> {
        match self {
            Operand::Integer(i) => Some(i as f32),
            Operand::Real(r) if r.is_finite() => Some(r),
            _ => None,
        }
    }

    pub fn integer(self) -> Option<i64> {
        match self {
            Operand::Integer(i) => Some(i),
            _ => None,
        }
    }

    pub fn name(self) -> Option<&'o [u8]> {
        match self {
            Operand::Name(n) => Some(n),
            _ => None,
        }
    }

    pub fn string(self) -> Option<&'o [u8]> {
        match self {
            Operand::String(s) => Some(s),
            _ => None,
        }
    }
}

impl<'a> Lexer<'a> {
    pub fn new(data: &'a [u8], max_nesting: usize) -> Self {
        Lexer {
            data,
            pos: 0,
            max_nesting,
            references: false,
            max_items: MAX_ITEMS,
        }
    }

    /// A lexer for the file's own objects, starting at byte `pos` of `data`.
    pub fn for_objects(data: &'a [u8], pos: usize, max_nesting: usize) -> Self {
        Lexer {
            data,
            pos,
            max_nesting,
            references: true,
            max_items: MAX_OBJECT_ITEMS,
        }
    }

    /// The byte position of the next read.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Reads one object into `out` (cleared first): then `out.first()` is it. `false` when
    /// nothing readable is there.
    pub fn read_object(&mut self, out: &mut Operands) -> Result<bool, LexError> {
        out.clear();
        let read = self.object(0, out, true)?;
        if read && !out.items.is_empty() {
            out.tops.push(0);
        }
        Ok(read && !out.tops.is_empty())
    }

    /// The next word of regular characters (a keyword such as `obj`), after whitespace.
    pub fn read_word(&mut self) -> &'a [u8] {
        self.skip_whitespace_and_comments();
        self.regular_word()
    }

    /// The next non-negative integer, after whitespace; `None` (nothing consumed but the
    /// whitespace) when there is none.
    pub fn read_unsigned(&mut self) -> Option<u64> {
        self.skip_whitespace_and_comments();
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(&c @ b'0'..=b'9') = self.data.get(self.pos) {
            // Compared, not `checked_mul`, for the reason given in `number`.
            if value > (u64::MAX - 9) / 10 {
                self.pos = start;
                return None;
            }
            value = value * 10 + u64::from(c - b'0');
            self.pos += 1;
        }
        let delimited = self
            .data
            .get(self.pos)
            .is_none_or(|&c| is_whitespace(c) || is_delimiter(c));
        if self.pos == start || !delimited {
            self.pos = start;
            return None;
        }
        Some(value)
    }

    /// After an integer `number` in a file object: ` generation R` makes it a reference.
    fn reference_after(&mut self, number: i64) -> Option<Item> {
        let after_number = self.pos;
        let reference = (|| {
            let number = u32::try_from(number).ok()?;
            let generation = u16::try_from(self.read_unsigned()?).ok()?;
            self.skip_whitespace_and_comments();
            let after_r = self.data.get(self.pos + 1);
            (self.data.get(self.pos) == Some(&b'R')
                && after_r.is_none_or(|&c| is_whitespace(c) || is_delimiter(c)))
            .then(|| {
                self.pos += 1;
                Item::Reference(number, generation)
            })
        })();
        if reference.is_none() {
            self.pos = after_number;
        }
        reference
    }

    /// Reads operands into `operands` (cleared first) up to the next operator, and returns the
    /// operator, or `None` at the end of the stream. Inline images are reported as the operator
    /// `BI` with no operands, their data skipped.
    pub fn next_operation(&mut self, operands: &mut Operands) -> Result<Option<Operation<'a>>, LexError> {
        operands.clear();
        self.resume_operation(operands)
    }

    /// As [`Lexer::next_operation`], adding to the operands already read: a page's content
    /// streams are one stream split at token boundaries, so operands read at the end of one
    /// belong to the operator at the start of the next.
    pub fn resume_operation(&mut self, operands: &mut Operands) -> Result<Option<Operation<'a>>, LexError> {
        loop {
            self.skip_whitespace_and_comments();
            let Some(&c) = self.data.get(self.pos) else {
                return Ok(None);
            };
            match c {
                // Numbers are most of a content stream: read them without `object`'s detour.
                b'+' | b'-' | b'.' | b'0'..=b'9' => {
                    if let Some(item) = self.number()
                        && operands.tops.len() < MAX_OPERANDS
                        && let Some(at) = operands.push(item, self.max_items)
                    {
                        operands.tops.push(at as u32);
                    }
                }
                b'/' | b'(' | b'<' | b'[' => {
                    let at = operands.items.len();
                    // Operands beyond any operator's need are garbage: read past them unkept.
                    let keep = operands.tops.len() < MAX_OPERANDS;
                    if self.object(0, operands, keep)? && keep && at < operands.items.len() {
                        operands.tops.push(at as u32);
                    }
                }
                b']' | b')' | b'>' | b'{' | b'}' => self.pos += 1, // stray delimiters
                _ => {
                    let word = self.regular_word();
                    let keyword = match word {
                        b"true" => Item::Bool(true),
                        b"false" => Item::Bool(false),
                        b"null" => Item::Null,
                        b"BI" => {
                            self.skip_inline_image();
                            operands.clear();
                            return Ok(Some(Operation { operator: b"BI" }));
                        }
                        b"" => {
                            self.pos += 1;
                            continue;
                        }
                        _ => return Ok(Some(Operation { operator: word })),
                    };
                    if operands.tops.len() < MAX_OPERANDS
                        && let Some(at) = operands.push(keyword, self.max_items)
                    {
                        operands.tops.push(at as u32);
                    }
                }
            }
        }
    }

    fn skip_whitespace_and_comments(&mut self) {
        while let Some(&c) = self.data.get(self.pos) {
            if is_whitespace(c) {
                self.pos += 1;
            } else if c == b'%' {
                while let Some(&c) = self.data.get(self.pos) {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// A run of regular characters (an operator or keyword).
    fn regular_word(&mut self) -> &'a [u8] {
        let start = self.pos;
        while let Some(&c) = self.data.get(self.pos) {
            if is_whitespace(c) || is_delimiter(c) {
                break;
            }
            self.pos += 1;
        }
        &self.data[start..self.pos]
    }

    /// Reads one object at the current position into `out` (when `keep`); `false` for
    /// something unreadable (skipped).
    fn object(&mut self, depth: usize, out: &mut Operands, keep: bool) -> Result<bool, LexError> {
        if depth > self.max_nesting {
            return Err(LexError::TooDeep);
        }
        self.skip_whitespace_and_comments();
        let Some(&c) = self.data.get(self.pos) else {
            return Ok(false);
        };
        let item = match c {
            b'/' => self.arena_item(out, Self::name, Item::Name),
            b'(' => self.arena_item(out, Self::literal_string, Item::String),
            b'<' if self.data.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                return self.composite(depth, out, keep, Item::Dictionary { len: 0 });
            }
            b'<' => self.arena_item(out, Self::hex_string, Item::String),
            b'[' => {
                self.pos += 1;
                return self.composite(depth, out, keep, Item::Array { len: 0 });
            }
            b'+' | b'-' | b'.' | b'0'..=b'9' => match self.number() {
                Some(Item::Integer(n)) if self.references => {
                    self.reference_after(n).unwrap_or(Item::Integer(n))
                }
                Some(item) => item,
                None => return Ok(false),
            },
            _ => match self.regular_word() {
                b"true" => Item::Bool(true),
                b"false" => Item::Bool(false),
                b"null" => Item::Null,
                b"" => {
                    self.pos += 1;
                    return Ok(false);
                }
                // An operator inside an array or dictionary is malformed; drop it.
                _ => return Ok(false),
            },
        };
        if keep {
            out.push(item, self.max_items);
        } else if let Item::Name(s, _) | Item::String(s, _) = item {
            out.bytes.truncate(s as usize);
        }
        Ok(true)
    }

    /// The contents of an array (after `[`) or dictionary (after `<<`), up to its closing
    /// delimiter. A dictionary's contents are read as alternating keys and values; a key
    /// without a readable value is dropped with it.
    fn composite(
        &mut self,
        depth: usize,
        out: &mut Operands,
        keep: bool,
        header: Item,
    ) -> Result<bool, LexError> {
        let is_dictionary = matches!(header, Item::Dictionary { .. });
        let at = if keep {
            out.push(header, self.max_items)
        } else {
            None
        };
        let keep = at.is_some();
        loop {
            self.skip_whitespace_and_comments();
            match self.data.get(self.pos) {
                None => break,
                Some(b']') if !is_dictionary => {
                    self.pos += 1;
                    break;
                }
                Some(b'>') if is_dictionary => {
                    self.pos += if self.data.get(self.pos + 1) == Some(&b'>') {
                        2
                    } else {
                        1
                    };
                    break;
                }
                Some(b'/') if is_dictionary => {
                    let (items, bytes) = (out.items.len(), out.bytes.len());
                    self.object(depth + 1, out, keep)?;
                    let before = self.pos;
                    let read = self.object(depth + 1, out, keep)?;
                    let stored = !keep || out.items.len() >= items + 2;
                    if !read || !stored {
                        // No value (or no room for it): the key goes too.
                        out.items.truncate(items);
                        out.bytes.truncate(bytes);
                        if self.pos == before {
                            self.pos += 1;
                        }
                    }
                }
                Some(_) => {
                    let before = self.pos;
                    self.object(depth + 1, out, keep)?;
                    if self.pos == before {
                        self.pos += 1; // never stall on an unreadable byte
                    }
                }
            }
        }
        if let Some(at) = at {
            let len = (out.items.len() - at - 1) as u32;
            out.items[at] = match header {
                Item::Dictionary { .. } => Item::Dictionary { len },
                _ => Item::Array { len },
            };
        }
        Ok(true)
    }

    /// Reads a name or string with `read` into the arena, as the item `make` spans.
    fn arena_item(
        &mut self,
        out: &mut Operands,
        read: fn(&mut Self, &mut Vec<u8>),
        make: fn(u32, u32) -> Item,
    ) -> Item {
        let start = out.bytes.len();
        read(self, &mut out.bytes);
        make(start as u32, out.bytes.len() as u32)
    }

    fn name(&mut self, out: &mut Vec<u8>) {
        self.pos += 1; // '/'
        while let Some(&c) = self.data.get(self.pos) {
            if is_whitespace(c) || is_delimiter(c) {
                break;
            }
            if c == b'#'
                && let (Some(h), Some(l)) = (
                    self.data.get(self.pos + 1).and_then(|&b| hex_value(b)),
                    self.data.get(self.pos + 2).and_then(|&b| hex_value(b)),
                )
            {
                out.push(h << 4 | l);
                self.pos += 3;
                continue;
            }
            out.push(c);
            self.pos += 1;
        }
    }

    /// A number; malformed signs ("--5", "5-") are tolerated as viewers do.
    fn number(&mut self) -> Option<Item> {
        let start = self.pos;
        let mut negative = false;
        let mut int_part: i64 = 0;
        // Fraction digits as an integer over 10^frac_digits: one division at the end instead
        // of one per digit. Digits past the 18th cannot change an f32.
        let (mut frac, mut frac_digits) = (0u64, 0usize);
        let (mut seen_dot, mut digits, mut overflow) = (false, 0usize, false);
        while let Some(&c) = self.data.get(self.pos) {
            match c {
                b'0'..=b'9' => {
                    let d = i64::from(c - b'0');
                    if seen_dot {
                        if frac_digits < POWERS_OF_TEN.len() - 1 {
                            frac = frac * 10 + d as u64;
                            frac_digits += 1;
                        }
                    } else {
                        // Compared, not `checked_mul`: on wasm32 an overflow-checked i64
                        // multiply is a call into 128-bit arithmetic.
                        if int_part < i64::MAX / 10 || (int_part == i64::MAX / 10 && d <= i64::MAX % 10) {
                            int_part = int_part * 10 + d;
                        } else {
                            overflow = true;
                        }
                    }
                    digits += 1;
                }
                b'.' if !seen_dot => seen_dot = true,
                b'-' if self.pos == start => negative = true,
                b'+' | b'-' => {}
                _ => break,
            }
            self.pos += 1;
        }
        if self.pos == start {
            self.pos += 1;
            return None;
        }
        if digits == 0 {
            return Some(Item::Integer(0));
        }
        if !seen_dot && !overflow {
            return Some(Item::Integer(if negative { -int_part } else { int_part }));
        }
        let v = if overflow {
            f64::MAX
        } else {
            int_part as f64 + frac as f64 / POWERS_OF_TEN[frac_digits]
        };
        let v = (if negative { -v } else { v }) as f32;
        v.is_finite().then_some(Item::Real(v))
    }

    fn literal_string(&mut self, out: &mut Vec<u8>) {
        self.pos += 1; // '('
        let mut depth = 1usize;
        while let Some(&c) = self.data.get(self.pos) {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(&e) = self.data.get(self.pos) else {
                        break;
                    };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.data.get(self.pos) {
                                    Some(&d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xFF) as u8);
                        }
                        b'\r' => {
                            if self.data.get(self.pos) == Some(&b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
    }

    fn hex_string(&mut self, out: &mut Vec<u8>) {
        self.pos += 1; // '<'
        let mut high: Option<u8> = None;
        while let Some(&c) = self.data.get(self.pos) {
            self.pos += 1;
            if c == b'>' {
                break;
            }
            if let Some(v) = hex_value(c) {
                match high.take() {
                    Some(h) => out.push(h << 4 | v),
                    None => high = Some(v),
                }
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
    }

    /// Skips `<dict> ID <data> EI`. The data's end is the first `EI` that stands as a word and is
    /// followed by text-like bytes, since image data may itself contain "EI".
    fn skip_inline_image(&mut self) {
        let Some(id) = find_word(self.data, self.pos, b"ID") else {
            self.pos = self.data.len();
            return;
        };
        let mut search = id + 3;
        while let Some(offset) = memchr::memmem::find(self.data.get(search..).unwrap_or_default(), b"EI") {
            let at = search + offset;
            let before_ok = at > 0 && self.data.get(at - 1).is_some_and(|&c| is_whitespace(c));
            let after = self.data.get(at + 2).copied();
            let after_ok = after.is_none_or(|c| is_whitespace(c) || is_delimiter(c));
            let tail = self
                .data
                .get(at + 2..(at + 20).min(self.data.len()))
                .unwrap_or_default();
            let looks_like_content = tail
                .iter()
                .all(|&c| c.is_ascii() && (c >= 0x20 || is_whitespace(c)));
            if before_ok && after_ok && looks_like_content {
                self.pos = at + 2;
                return;
            }
            search = at + 2;
        }
        self.pos = self.data.len();
    }
}

/// Operands kept per operator (the most any operator takes is `d0`/`d1`-style 6, or `sc` with a
/// pattern; 32 leaves room and bounds memory).
const MAX_OPERANDS: usize = 32;

/// 10^0 to 10^18, for the fraction of a number.
const POWERS_OF_TEN: [f64; 19] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
];

/// Position of `word` standing alone (delimited by whitespace) at or after `from`.
fn find_word(data: &[u8], from: usize, word: &[u8]) -> Option<usize> {
    let mut search = from;
    while let Some(offset) = memchr::memmem::find(data.get(search..)?, word) {
        let at = search + offset;
        let before_ok = at == 0
            || data
                .get(at - 1)
                .is_some_and(|&c| is_whitespace(c) || is_delimiter(c));
        let after_ok = data.get(at + word.len()).is_none_or(|&c| is_whitespace(c));
        if before_ok && after_ok {
            return Some(at);
        }
        search = at + 1;
    }
    None
}

pub fn is_whitespace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

pub fn is_delimiter(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each operator with its operands rendered as text, for easy comparison.
    fn ops(data: &[u8]) -> Vec<(String, Vec<String>)> {
        let mut lexer = Lexer::new(data, 16);
        let mut operands = Operands::default();
        let mut out = Vec::new();
        while let Ok(Some(op)) = lexer.next_operation(&mut operands) {
            out.push((
                String::from_utf8_lossy(op.operator).into_owned(),
                operands.iter().map(render).collect(),
            ));
        }
        out
    }

    fn render(operand: Operand<'_>) -> String {
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        match operand {
            Operand::Integer(i) => i.to_string(),
            Operand::Real(r) => format!("{r:?}"),
            Operand::Bool(b) => b.to_string(),
            Operand::Null => "null".into(),
            Operand::Name(n) => format!("/{}", text(n)),
            Operand::String(s) => format!("({})", text(s)),
            Operand::Reference(n, g) => format!("{n} {g} R"),
            Operand::Array(items) => format!("[{}]", items.iter().map(render).collect::<Vec<_>>().join(" ")),
            Operand::Dictionary(items) => {
                format!("<<{}>>", items.iter().map(render).collect::<Vec<_>>().join(" "))
            }
        }
    }

    #[test]
    fn reads_text_operators() {
        let got = ops(b"BT /F1 12 Tf 72 700 Td (Hello \\(world\\)) Tj [(A) -120 (B)] TJ ET");
        let names: Vec<&str> = got.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(names, ["BT", "Tf", "Td", "Tj", "TJ", "ET"]);
        assert_eq!(got[1].1, ["/F1", "12"]);
        assert_eq!(got[3].1, ["(Hello (world))"]);
        assert_eq!(got[4].1, ["[(A) -120 (B)]"]);
    }

    #[test]
    fn hex_strings_names_and_numbers() {
        let got = ops(b"<48 65 6C6C6F> Tj /A#20B 0 .5 -3.25 Tf");
        assert_eq!(got[0].1, ["(Hello)"]);
        assert_eq!(got[1].1, ["/A B", "0", "0.5", "-3.25"]);
    }

    #[test]
    fn integers_up_to_i64_max_stay_integers() {
        let got = ops(b"9223372036854775807 -9223372036854775807 9223372036854775808 x");
        assert_eq!(got[0].1[..2], ["9223372036854775807", "-9223372036854775807"]);
        // One past the largest integer is not read as an integer (nor wraps around).
        assert!(
            !got[0].1[2..]
                .iter()
                .any(|o| o.starts_with("92233") || o.starts_with('-'))
        );
    }

    #[test]
    fn nested_arrays_and_dictionaries() {
        let got = ops(b"/Span <</ActualText (fi) /K [1 [2 3] <</A /B>>] /Lone>> BDC [[1] 2] x");
        assert_eq!(got[0].1, ["/Span", "<</ActualText (fi) /K [1 [2 3] <</A /B>>]>>"]);
        assert_eq!(got[1].1, ["[[1] 2]"]);
        let mut lexer = Lexer::new(b"<</ActualText (fi) /K [1 2] /N 5>> BDC", 16);
        let mut operands = Operands::default();
        lexer.next_operation(&mut operands).expect("lexes");
        let Some(Operand::Dictionary(props)) = operands.last() else {
            panic!("a dictionary operand")
        };
        assert_eq!(
            props.get(b"ActualText").and_then(Operand::string),
            Some(&b"fi"[..])
        );
        assert_eq!(props.get(b"N").and_then(Operand::integer), Some(5));
        assert_eq!(props.get(b"Missing"), None);
    }

    #[test]
    fn last_numbers_count_from_the_end() {
        let mut lexer = Lexer::new(b"/junk 1 0 0 1 72 700 cm 5 Td", 16);
        let mut operands = Operands::default();
        lexer.next_operation(&mut operands).expect("lexes");
        assert_eq!(
            operands.last_numbers::<6>(),
            Some([1.0, 0.0, 0.0, 1.0, 72.0, 700.0])
        );
        assert_eq!(operands.last_numbers::<7>(), None);
        lexer.next_operation(&mut operands).expect("lexes");
        assert_eq!(operands.last_numbers::<2>(), None);
    }

    #[test]
    fn octal_escapes_and_line_continuations() {
        let got = ops(b"(a\\101\\7b\\\nc) Tj");
        assert_eq!(got[0].1, ["(aA\u{7}bc)"]);
    }

    #[test]
    fn skips_inline_images_with_ei_inside_the_data() {
        let got = ops(b"q BI /W 2 /H 2 /BPC 8 ID \x00EI\xff\x01 EI Q (x) Tj");
        let names: Vec<&str> = got.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(names, ["q", "BI", "Q", "Tj"]);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let mut data = vec![b'['; 100_000];
        data.extend(vec![b']'; 100_000]);
        data.extend(b" Tj");
        let mut lexer = Lexer::new(&data, 16);
        let mut operands = Operands::default();
        assert_eq!(lexer.next_operation(&mut operands).err(), Some(LexError::TooDeep));
    }

    #[test]
    fn huge_operands_are_bounded() {
        let mut data = b"[".to_vec();
        for _ in 0..200_000 {
            data.extend_from_slice(b"1 ");
        }
        data.extend_from_slice(b"] TJ 7 w");
        let mut lexer = Lexer::new(&data, 16);
        let mut operands = Operands::default();
        lexer.next_operation(&mut operands).expect("lexes");
        let Some(Operand::Array(items)) = operands.last() else {
            panic!("an array operand")
        };
        assert_eq!(items.iter().count(), MAX_ITEMS - 1);
        lexer.next_operation(&mut operands).expect("lexes");
        assert_eq!(operands.last_numbers::<1>(), Some([7.0]));
        let many: Vec<u8> = b"1 ".repeat(100).into_iter().chain(*b"re").collect();
        let mut lexer = Lexer::new(&many, 16);
        lexer.next_operation(&mut operands).expect("lexes");
        assert_eq!(operands.len(), MAX_OPERANDS);
    }

    #[test]
    fn garbage_never_stalls() {
        let got = ops(b")) >> } { ] 1 2 cm \xff\xfe re");
        assert!(got.iter().any(|(o, _)| o == "cm"));
    }

    #[test]
    fn unsigned_integers_for_file_structure() {
        let mut lexer = Lexer::for_objects(b" 12 0 obj 18446744073709551615 99999999999999999999 7x", 0, 0);
        assert_eq!(lexer.read_unsigned(), Some(12));
        assert_eq!(lexer.read_unsigned(), Some(0));
        assert_eq!(lexer.read_unsigned(), None, "a word is not a number");
        assert_eq!(lexer.read_word(), b"obj");
        // The largest values are refused rather than wrapped (no offset is that large).
        assert_eq!(lexer.read_unsigned(), None);
        assert_eq!(lexer.read_word(), b"18446744073709551615");
        assert_eq!(lexer.read_unsigned(), None);
        assert_eq!(lexer.read_word(), b"99999999999999999999");
        assert_eq!(lexer.read_unsigned(), None, "not delimited");
    }
}
