//! Tokens for the time grammar: words, digit runs and single punctuation characters, each with
//! its byte span, whether whitespace separates it from the previous token, and, for words of the
//! calendar vocabulary, an id into [`VOCAB`].

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use chancery_lexicon::calendar::{self, MonthName, Part, Unit};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Num,
    Punct(char),
    /// A URL or e-mail address: never part of a time expression.
    Skip,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// No whitespace between the previous token and this one.
    pub glued: bool,
    /// A line break between the previous token and this one.
    pub nl: bool,
    /// The first character is uppercase.
    pub upper: bool,
    /// 1 + index into `VOCAB.words`, or 0 when the word is not in the calendar vocabulary.
    pub id: u32,
}

/// What the grammar knows about one lowercase word.
#[derive(Debug, Default)]
pub(super) struct Info {
    pub word: &'static str,
    pub month: Option<MonthName>,
    pub weekday: Option<(u8, u8)>,
    pub season: Option<(u8, u8, bool)>,
    pub part: Option<Part>,
    pub unit: Option<Unit>,
    pub count: Option<Option<u8>>,
    /// A day of the month written as an ordinal word ("пятого").
    pub day_ordinal: Option<u8>,
}

/// A small multiplicative hash for short words (the vocabulary is fixed, so no DoS concern).
#[derive(Default)]
pub(super) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<WordHasher>>;

pub(super) struct Vocab {
    map: WordMap<u32>,
    pub words: Vec<Info>,
    max_len: usize,
}

/// Sets one role of a vocabulary word.
type Setter = Box<dyn Fn(&mut Info)>;

pub(super) static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let mut v = Vocab {
        map: WordMap::default(),
        words: Vec::new(),
        max_len: 0,
    };
    let mut add = |w: &'static str| -> usize {
        let id = *v.map.entry(w).or_insert_with(|| {
            v.words.push(Info {
                word: w,
                ..Info::default()
            });
            v.words.len() as u32
        });
        v.max_len = v.max_len.max(w.len());
        id as usize - 1
    };
    let mut ids: Vec<(usize, Setter)> = Vec::new();
    for (w, m) in calendar::months() {
        ids.push((add(w), Box::new(move |i| i.month = Some(m))));
    }
    for &(w, d, l) in calendar::WEEKDAYS.iter() {
        ids.push((add(w), Box::new(move |i| i.weekday = Some((d, l)))));
    }
    for &(w, s, l, a) in calendar::SEASONS.iter() {
        ids.push((add(w), Box::new(move |i| i.season = Some((s, l, a)))));
    }
    for &(w, p) in calendar::PARTS.iter() {
        ids.push((add(w), Box::new(move |i| i.part = Some(p))));
    }
    for &(w, u) in calendar::UNITS.iter() {
        ids.push((add(w), Box::new(move |i| i.unit = Some(u))));
    }
    for &(w, c) in calendar::COUNTS.iter() {
        ids.push((add(w), Box::new(move |i| i.count = Some(c))));
    }
    for &(w, d) in calendar::DAY_ORDINALS.iter() {
        ids.push((add(w), Box::new(move |i| i.day_ordinal = Some(d))));
    }
    for (phrase, _, _) in calendar::RELATIVE.iter() {
        for w in phrase.split(' ') {
            add(w);
        }
    }
    for (phrase, _, _, _, _) in calendar::YEAR_PARTS.iter() {
        for w in phrase.split(' ') {
            add(w);
        }
    }
    // Every other word of the calendar lists: the words the grammar tests for.
    for w in calendar::all_words() {
        add(w);
    }
    for (id, set) in ids {
        set(&mut v.words[id]);
    }
    v
});

impl Vocab {
    /// The id (1-based) of a lowercase vocabulary word, 0 if absent.
    pub fn id(&self, word: &str) -> u32 {
        self.map.get(word).copied().unwrap_or(0)
    }

    /// The id of a word as written: looked up as is, then lowercased if it starts with a capital.
    fn lookup(&self, word: &str, upper: bool, buf: &mut String) -> u32 {
        if word.len() > self.max_len {
            return 0;
        }
        let id = self.id(word);
        if id != 0 || !upper {
            return id;
        }
        buf.clear();
        if word.is_ascii() {
            buf.push_str(word);
            buf.make_ascii_lowercase();
        } else {
            buf.extend(word.chars().flat_map(char::to_lowercase));
        }
        self.id(buf)
    }
}

/// Splits `text` into tokens. URLs and e-mail addresses become single [`Kind::Skip`] tokens.
/// `after_break`: the text follows a paragraph break (a piece of a larger text), so its first
/// token is on a new line.
pub(super) fn tokenize(text: &str, after_break: bool) -> Vec<Tok> {
    let vocab = &*VOCAB;
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 6);
    let mut buf = String::new();
    let (mut glued, mut nl) = (!after_break, after_break);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            glued = false;
            nl |= b == b'\n';
            i += 1;
            continue;
        }
        let start = i;
        let mut push =
            |end: usize, kind: Kind, upper: bool, id: u32, glued: &mut bool, nl: &mut bool| {
                toks.push(Tok {
                    start,
                    end,
                    kind,
                    glued: *glued,
                    nl: *nl,
                    upper,
                    id,
                });
                *glued = true;
                *nl = false;
            };
        if b.is_ascii_digit() {
            let end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            push(end, Kind::Num, false, 0, &mut glued, &mut nl);
            i = end;
            continue;
        }
        if (b == b'h' || b == b'w' || b == b'H' || b == b'W') && is_url_start(&bytes[i..]) {
            let end = i + bytes[i..]
                .iter()
                .take_while(|b| !b.is_ascii_whitespace())
                .count();
            push(end, Kind::Skip, false, 0, &mut glued, &mut nl);
            i = end;
            continue;
        }
        // Decode one char (the text is valid UTF-8; `i` is always on a char boundary).
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if b.is_ascii_alphabetic() || (b >= 0x80 && chancery_model::text::is_letter(c)) {
            let mut end = i;
            while end < bytes.len() {
                let b = bytes[end];
                if b.is_ascii_alphabetic() {
                    end += 1;
                } else if b < 0x80 {
                    break;
                } else {
                    match text[end..].chars().next() {
                        Some(ch) if chancery_model::text::is_letter(ch) => end += ch.len_utf8(),
                        _ => break,
                    }
                }
            }
            if bytes.get(end) == Some(&b'@') {
                // An e-mail address: skip it whole.
                let end = end
                    + bytes[end..]
                        .iter()
                        .take_while(|b| !b.is_ascii_whitespace())
                        .count();
                push(end, Kind::Skip, false, 0, &mut glued, &mut nl);
                i = end;
                continue;
            }
            let upper = if b < 0x80 {
                b.is_ascii_uppercase()
            } else {
                c.is_uppercase()
            };
            let mut id = vocab.lookup(&text[i..end], upper, &mut buf);
            if id == 0
                && let Some(at) = glued_month(text, i, end)
            {
                // "оригиналапрель 19-го, 2016": a scraper glued a month name onto the word
                // before it; the month is read as its own token.
                push(at, Kind::Word, upper, 0, &mut glued, &mut nl);
                let start = at;
                id = vocab.id(&text[at..end]);
                toks.push(Tok {
                    start,
                    end,
                    kind: Kind::Word,
                    glued: true,
                    nl: false,
                    upper: false,
                    id,
                });
                i = end;
                continue;
            }
            push(end, Kind::Word, upper, id, &mut glued, &mut nl);
            i = end;
            continue;
        }
        if c.is_whitespace() {
            // Non-ASCII spaces (no-break space, thin space) separate tokens like ASCII ones.
            glued = false;
            i += c.len_utf8();
            continue;
        }
        push(
            i + c.len_utf8(),
            Kind::Punct(c),
            false,
            0,
            &mut glued,
            &mut nl,
        );
        i += c.len_utf8();
    }
    toks
}

/// Where a full month name glued onto the end of a longer word starts, when a day number follows
/// after a space ("оригиналапрель 19", "Originaloctober 5"): scrapers join a label and a date.
fn glued_month(text: &str, start: usize, end: usize) -> Option<usize> {
    let after = text[end..].strip_prefix(' ')?;
    if !after.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let word = &text[start..end];
    word.char_indices()
        .skip(3)
        .map(|(k, _)| start + k)
        .find(|&at| {
            let tail = &text[at..end];
            tail.chars().count() >= 4
                && tail.chars().all(char::is_lowercase)
                && calendar::month(tail).is_some_and(|m| !m.abbreviation)
        })
}

fn is_url_start(b: &[u8]) -> bool {
    let lower = |n: usize| b.get(..n).map(|s| s.to_ascii_lowercase());
    lower(7).is_some_and(|s| s == b"http://")
        || lower(8).is_some_and(|s| s == b"https://")
        || lower(4).is_some_and(|s| s == b"www.")
}
