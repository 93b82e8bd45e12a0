//! The trained model: hashed feature weights over BILOU tags, first-order transitions, Viterbi.
//!
//! # File format
//!
//! `CHNER` + format version byte (`1`), then a zlib stream of:
//! language (varint length + UTF-8), number of entity types (u8) and their codes
//! (0 PER, 1 LOC, 2 ORG, 3 MISC), weight scale (f32 LE), number of features (varint),
//! the feature hashes in ascending order (varint deltas), the weights row by row
//! (`ntags` zigzag varints per feature, i16 range), then `(ntags + 1) × ntags` transition
//! weights (zigzag varints, i32 range; the last row is "from sentence start"). Tag `0` is `O`;
//! the tags of type `k` are `1 + 4k` B, `2 + 4k` I, `3 + 4k` L, `4 + 4k` U. Weights are integers:
//! the averaged perceptron's weights times `scale`, rounded.

use std::io::{Read, Write};

use chancery_model::{EntityType, Span};

use crate::fast::{Buffers, Derived};
use crate::features::Lexicon;
use crate::token::{is_honorific, sentences, tokenize_into};
use crate::{Error, Result};

const MAGIC: &[u8; 5] = b"CHNER";
const VERSION: u8 = 1;

/// Tag numbers: `O`, then B, I, L, U per type.
pub const TAG_O: u8 = 0;

pub fn tag_count(types: usize) -> usize {
    1 + 4 * types
}

/// The type index and position (0 B, 1 I, 2 L, 3 U) of a non-O tag.
pub fn tag_parts(tag: u8) -> Option<(usize, u8)> {
    let t = tag.checked_sub(1)?;
    Some((usize::from(t / 4), t % 4))
}

pub const fn make_tag(type_index: usize, part: u8) -> u8 {
    1 + 4 * type_index as u8 + part
}

/// Whether `cur` may follow `prev` (`None` = sentence start) in a BILOU sequence.
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    let open = prev.and_then(tag_parts).filter(|&(_, p)| p == 0 || p == 1);
    match (open, tag_parts(cur)) {
        (None, None) => true,
        (None, Some((_, p))) => p == 0 || p == 3,
        (Some(_), None) => false,
        (Some((k, _)), Some((j, p))) => k == j && (p == 1 || p == 2),
    }
}

/// Whether a sentence may end on `tag`.
pub fn allowed_end(tag: u8) -> bool {
    !matches!(tag_parts(tag), Some((_, 0 | 1)))
}

/// Score of a forbidden transition.
pub const FORBIDDEN: i64 = i64::MIN / 4;

/// Transition weights widened to i64 with the BILOU constraints folded in: forbidden
/// transitions score [`FORBIDDEN`]. `weights` is `(ntags + 1) × ntags` (last row: from start).
pub fn constrained_transitions(weights: &[i32], ntags: usize, out: &mut Vec<i64>) {
    out.clear();
    out.extend(weights.iter().enumerate().map(|(i, &w)| {
        let (from, to) = (i / ntags.max(1), (i % ntags.max(1)) as u8);
        let prev = if from == ntags {
            None
        } else {
            Some(from as u8)
        };
        if allowed(prev, to) {
            i64::from(w)
        } else {
            FORBIDDEN
        }
    }));
}

/// Best tag sequence. `emissions` is `n × ntags`; `transitions` `(ntags + 1) × ntags` as made
/// by [`constrained_transitions`] (last row: from start). Writes `n` tags into `out`.
pub fn viterbi(
    emissions: &[i64],
    transitions: &[i64],
    ntags: usize,
    back: &mut Vec<u8>,
    out: &mut Vec<u8>,
) {
    out.clear();
    let n = emissions.len() / ntags.max(1);
    if n == 0 || ntags == 0 || transitions.len() < (ntags + 1) * ntags {
        return;
    }
    back.clear();
    back.resize(n * ntags, 0);
    let mut prev: Vec<i64> = transitions[ntags * ntags..(ntags + 1) * ntags]
        .iter()
        .zip(&emissions[..ntags])
        .map(|(&t, &e)| if t <= FORBIDDEN { FORBIDDEN } else { t + e })
        .collect();
    let mut cur = vec![FORBIDDEN; ntags];
    for i in 1..n {
        let em = &emissions[i * ntags..(i + 1) * ntags];
        let bk = &mut back[i * ntags..(i + 1) * ntags];
        for t in 0..ntags {
            let mut best = FORBIDDEN;
            let mut arg = 0u8;
            for (p, &ps) in prev.iter().enumerate() {
                let s = ps + transitions[p * ntags + t];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            cur[t] = if best <= FORBIDDEN {
                FORBIDDEN
            } else {
                best + em[t]
            };
            bk[t] = arg;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let mut best = i64::MIN;
    let mut arg = 0u8;
    for (t, &score) in prev.iter().enumerate() {
        if allowed_end(t as u8) && score > best {
            best = score;
            arg = t as u8;
        }
    }
    out.resize(n, 0);
    out[n - 1] = arg;
    for i in (1..n).rev() {
        out[i - 1] = back[i * ntags + usize::from(out[i])];
    }
}

/// Turns a tag sequence over tokens into entity spans. Tolerates invalid sequences: an `I` or
/// `L` without an open entity of its type starts one.
pub fn decode(tokens: &[Span], tags: &[u8], types: &[EntityType]) -> Vec<(Span, EntityType)> {
    let mut out = Vec::new();
    decode_into(tokens, tags, types, &mut out);
    out
}

/// Extends person entities over an honorific right before them ("M." + "Richard" → "M.
/// Richard"): an `O`-tagged [`is_honorific`] token followed by a `B` or `U` person tag.
pub fn extend_over_honorifics(text: &str, tokens: &[Span], tags: &mut [u8], types: &[EntityType]) {
    let Some(k) = types.iter().position(|&t| t == EntityType::Per) else {
        return;
    };
    let n = tags.len().min(tokens.len());
    for i in 1..n {
        let p = tags[i];
        let starts = p == make_tag(k, 0) || p == make_tag(k, 3);
        if starts && tags[i - 1] == TAG_O && is_honorific(tokens[i - 1].slice(text)) {
            tags[i - 1] = make_tag(k, 0);
            tags[i] = if p == make_tag(k, 0) {
                make_tag(k, 1)
            } else {
                make_tag(k, 2)
            };
        }
    }
}

/// Like [`decode`], appending to `out`.
pub fn decode_into(
    tokens: &[Span],
    tags: &[u8],
    types: &[EntityType],
    out: &mut Vec<(Span, EntityType)>,
) {
    let mut open: Option<(usize, usize)> = None; // (start token, type)
    let n = tags.len().min(tokens.len());
    for i in 0..n {
        let parts = tag_parts(tags[i]).filter(|&(k, _)| k < types.len());
        let continues = matches!((open, parts), (Some((_, ok)), Some((k, 1 | 2))) if ok == k);
        if !continues && let Some((s, k)) = open.take() {
            // An entity left open by an invalid sequence ends at the previous token.
            out.push((Span::new(tokens[s].start, tokens[i - 1].end), types[k]));
        }
        let Some((k, p)) = parts else {
            continue;
        };
        let start = open.map_or(i, |(s, _)| s);
        if p == 2 || p == 3 {
            out.push((Span::new(tokens[start].start, tokens[i].end), types[k]));
            open = None;
        } else {
            open = Some((start, k));
        }
    }
    if let Some((s, k)) = open {
        out.push((Span::new(tokens[s].start, tokens[n - 1].end), types[k]));
    }
}

fn type_code(t: EntityType) -> u8 {
    match t {
        EntityType::Per => 0,
        EntityType::Loc => 1,
        EntityType::Org => 2,
        EntityType::Misc => 3,
    }
}

fn code_type(c: u8) -> Option<EntityType> {
    Some(match c {
        0 => EntityType::Per,
        1 => EntityType::Loc,
        2 => EntityType::Org,
        3 => EntityType::Misc,
        _ => return None,
    })
}

/// The size of the pieces a long text is tagged in.
const CHUNK: usize = 64 * 1024;

/// A trained tagger.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    lang: String,
    types: Vec<EntityType>,
    ntags: usize,
    scale: f32,
    /// Feature hashes, ascending (the serialized order).
    keys: Vec<u64>,
    /// `keys.len() × ntags` weights.
    weights: Vec<i16>,
    transitions: Vec<i32>,
    /// Case statistics of training words.
    lexicon: Lexicon,
    /// Open-addressing table for tagging (linear probing on the low bits of the hash): a
    /// 32-bit fingerprint of the hash per slot (0 = empty), so that probing touches one small
    /// array…
    fps: Vec<u32>,
    /// A blocked Bloom filter over the feature hashes (two bits in one 64-bit word, 64 KiB):
    /// most absent features, the common case of the pair features, are rejected by one load
    /// from a cache-resident array.
    bloom: Vec<u64>,
    /// … and per slot, `stride` i16s: the feature's hash (four parts, little end first), which
    /// confirms a fingerprint match, then its weights.
    rows: Vec<i16>,
    stride: usize,
    /// Tables derived from the weights for the fast path (see [`crate::fast`]).
    derived: Derived,
    /// Identifies the model (and its clones) for the per-thread cache of [`Model::tag`].
    id: ModelId,
}

/// What a model is made of; its lookup tables are derived from these.
struct Parts {
    lang: String,
    types: Vec<EntityType>,
    ntags: usize,
    scale: f32,
    keys: Vec<u64>,
    weights: Vec<i16>,
    transitions: Vec<i32>,
    lexicon: Lexicon,
}

impl Parts {
    fn build(self) -> Model {
        let mut model = Model {
            lang: self.lang,
            types: self.types,
            ntags: self.ntags,
            scale: self.scale,
            keys: self.keys,
            weights: self.weights,
            transitions: self.transitions,
            lexicon: self.lexicon,
            fps: Vec::new(),
            bloom: Vec::new(),
            rows: Vec::new(),
            stride: 0,
            derived: Derived::default(),
            id: ModelId::next(),
        };
        model.build_table();
        model
    }
}

/// A process-unique number per loaded or built model; equal for all models (it is not part
/// of what a model is).
#[derive(Clone, Debug)]
struct ModelId(u64);

impl ModelId {
    fn next() -> ModelId {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        ModelId(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

impl PartialEq for ModelId {
    fn eq(&self, _: &ModelId) -> bool {
        true
    }
}

/// Reusable buffers for tagging, and the per-word-form cache.
#[derive(Default)]
struct Scratch {
    tokens: Vec<Span>,
    bufs: Buffers,
    back: Vec<u8>,
    scores: Vec<i64>,
    lattice: Vec<i32>,
    tags: Vec<u8>,
}

impl crate::fast::Weights for Model {
    fn ntags(&self) -> usize {
        self.ntags
    }

    #[inline]
    fn add(&self, key: u64, acc: &mut [i32]) {
        if let Some(row) = self.lookup(key) {
            for (a, &w) in acc.iter_mut().zip(row) {
                *a += i32::from(w);
            }
        }
    }

    /// Works on 64 keys at a time, in passes with small bodies so that the (mostly
    /// cache-missing) loads of many keys overlap: the Bloom filter keeps the candidates (most
    /// keys end there), then their home slots' fingerprints are loaded, then the rows of
    /// those that match (most present keys sit in their home slot; the others are probed).
    fn add_batch(&self, keys: &[u64], per: usize, em: &mut [i32]) {
        let nt = self.ntags;
        let mask = self.fps.len().wrapping_sub(1);
        let per = per.max(1);
        let mut cand = [0u8; 64];
        let mut toks = [0usize; 64];
        let mut fps = [0u32; 64];
        // The token of the next key, and how many keys of it are left.
        let (mut tok, mut left) = (0usize, per);
        for chunk in keys.chunks(64) {
            let mut n = 0;
            for (j, &k) in chunk.iter().enumerate() {
                let (w, bits) = bloom_bits(k);
                let maybe = self.bloom.get(w).is_some_and(|&x| x & bits == bits);
                cand[n] = j as u8;
                toks[n] = tok;
                n += usize::from(maybe);
                left -= 1;
                if left == 0 {
                    tok += 1;
                    left = per;
                }
            }
            let cand = &cand[..n];
            for (f, &j) in fps.iter_mut().zip(cand) {
                let k = chunk[usize::from(j)];
                *f = self.fps.get((k as usize) & mask).copied().unwrap_or(0);
            }
            for ((&f, &j), &tok) in fps.iter().zip(cand).zip(&toks) {
                if f == 0 {
                    continue;
                }
                let k = chunk[usize::from(j)];
                let Some(acc) = em.get_mut(tok * nt..(tok + 1) * nt) else {
                    continue;
                };
                self.add_probed(k, f, acc);
            }
        }
    }

    /// Loads the first probed fingerprint of every key that passes the Bloom filter before
    /// following any of them, so that the (mostly cache-missing) loads overlap; most keys end
    /// there (absent, an empty slot, or the key itself in its home slot).
    fn add_all(&self, keys: &[u64], acc: &mut [i32]) {
        let mask = self.fps.len().wrapping_sub(1);
        let mut first = [0u32; 16];
        for (f, &k) in first.iter_mut().zip(keys) {
            let (w, bits) = bloom_bits(k);
            let maybe = self.bloom.get(w).is_some_and(|&x| x & bits == bits);
            *f = if maybe {
                self.fps.get((k as usize) & mask).copied().unwrap_or(0)
            } else {
                0
            };
        }
        for (&f, &k) in first.iter().zip(keys) {
            if f != 0 {
                self.add_probed(k, f, acc);
            }
        }
        if let Some(more) = keys.get(16..) {
            self.add_all(more, acc);
        }
    }
}

impl Model {
    /// Adds the weights of feature `k` to `acc`, given the (non-zero) fingerprint `f` already
    /// loaded from its home slot: the home row when it holds `k`, else a full probe.
    #[inline]
    fn add_probed(&self, k: u64, f: u32, acc: &mut [i32]) {
        let s = (k as usize) & self.fps.len().wrapping_sub(1);
        let home = if f == fingerprint(k) {
            self.rows
                .get(s * self.stride..(s + 1) * self.stride)
                .filter(|row| slot_key(row) == k)
        } else {
            None
        };
        if let Some(row) = home.map(|r| &r[4..]).or_else(|| self.lookup(k)) {
            for (a, &w) in acc.iter_mut().zip(row) {
                *a += i32::from(w);
            }
        }
    }

    /// Builds a model from its parts; `weights` is `keys.len() × tag_count(types.len())`.
    pub(crate) fn from_parts(
        lang: String,
        types: Vec<EntityType>,
        scale: f32,
        mut features: Vec<(u64, Vec<i16>)>,
        transitions: Vec<i32>,
        lexicon: Lexicon,
    ) -> Model {
        let ntags = tag_count(types.len());
        features.sort_by_key(|f| f.0);
        features.dedup_by_key(|f| f.0);
        let keys: Vec<u64> = features.iter().map(|f| f.0).collect();
        let mut weights = Vec::with_capacity(keys.len() * ntags);
        for (_, row) in &features {
            weights.extend((0..ntags).map(|t| row.get(t).copied().unwrap_or(0)));
        }
        Parts {
            lang,
            types,
            ntags,
            scale,
            keys,
            weights,
            transitions,
            lexicon,
        }
        .build()
    }

    fn build_table(&mut self) {
        let nt = self.ntags;
        self.stride = 4 + nt;
        let cap = (self.keys.len() + self.keys.len() / 2)
            .next_power_of_two()
            .max(16);
        self.fps = vec![0; cap];
        self.rows = vec![0; cap * self.stride];
        self.bloom = vec![0; BLOOM_WORDS];
        for &k in &self.keys {
            let (w, bits) = bloom_bits(k);
            self.bloom[w] |= bits;
        }
        let mask = cap - 1;
        for (i, &k) in self.keys.iter().enumerate() {
            let mut s = (k as usize) & mask;
            while self.fps[s] != 0 {
                s = (s + 1) & mask;
            }
            self.fps[s] = fingerprint(k);
            let row = &mut self.rows[s * self.stride..(s + 1) * self.stride];
            for (j, part) in row[..4].iter_mut().enumerate() {
                *part = (k >> (16 * j)) as u16 as i16;
            }
            row[4..].copy_from_slice(&self.weights[i * nt..(i + 1) * nt]);
        }
        self.derived = Derived::new(&*self, allowed, &self.transitions);
    }

    /// The weights of a feature, if the model has it.
    #[inline]
    fn lookup(&self, key: u64) -> Option<&[i16]> {
        let mask = self.fps.len().wrapping_sub(1);
        let fp = fingerprint(key);
        let mut s = (key as usize) & mask;
        for _ in 0..self.fps.len() {
            let f = *self.fps.get(s)?;
            if f == fp {
                let row = self.rows.get(s * self.stride..(s + 1) * self.stride)?;
                if slot_key(row) == key {
                    return Some(&row[4..]);
                }
            } else if f == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
        None
    }

    #[cfg(test)]
    pub(crate) fn derived_for_tests(&self) -> Derived {
        self.derived.clone()
    }

    #[cfg(test)]
    pub(crate) fn transitions_for_tests(&self) -> &[i32] {
        &self.transitions
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    pub fn types(&self) -> &[EntityType] {
        &self.types
    }

    /// Whether the training text mostly writes `word` in lower case (seen so at least twice and
    /// at least as often as capitalised): a common word, even where a capital opens it.
    pub fn mostly_lowercase(&self, word: &str) -> bool {
        self.lexicon.get(&crate::features::word_hash(word)) == Some(&crate::features::LEX_LOWER)
    }

    /// Number of weighted features.
    pub fn feature_count(&self) -> usize {
        self.keys.len()
    }

    /// Tags `text`: entity spans (byte offsets into `text`) with their types, in text order,
    /// never overlapping.
    ///
    /// Each thread keeps the buffers and word-form cache of the last model it tagged with, so
    /// that repeated calls are as fast as a [`Tagger`]'s.
    pub fn tag(&self, text: &str) -> Vec<(Span, EntityType)> {
        thread_local! {
            static SCRATCH: std::cell::RefCell<(u64, Scratch)> =
                std::cell::RefCell::new((0, Scratch::default()));
        }
        let mut out = Vec::new();
        let reused = SCRATCH.with(|cell| {
            let Ok(mut guard) = cell.try_borrow_mut() else {
                return false;
            };
            let (id, scratch) = &mut *guard;
            if *id != self.id.0 {
                *scratch = Scratch::default();
                *id = self.id.0;
            }
            self.tag_with(text, scratch, &mut out);
            true
        });
        if !reused {
            self.tag_with(text, &mut Scratch::default(), &mut out);
        }
        out
    }

    /// Tags a text piece by piece (paragraph-aligned pieces of [`CHUNK`] bytes: sentences end at
    /// line breaks, so nothing is cut), so that the token buffer stays small however large
    /// the document.
    fn tag_with(&self, text: &str, s: &mut Scratch, out: &mut Vec<(Span, EntityType)>) {
        for range in chancery_model::text::chunks(text, CHUNK) {
            let from = out.len();
            self.tag_piece(&text[range.clone()], s, out);
            for (span, _) in &mut out[from..] {
                span.start += range.start;
                span.end += range.start;
            }
        }
    }

    fn tag_piece(&self, text: &str, s: &mut Scratch, out: &mut Vec<(Span, EntityType)>) {
        tokenize_into(text, &mut s.tokens);
        let tokens = std::mem::take(&mut s.tokens);
        let titles = self.titles_in_per();
        for range in sentences(text, &tokens) {
            let sent = &tokens[range];
            crate::fast::emissions(text, sent, self, &self.derived, &self.lexicon, &mut s.bufs);
            if self.derived.plan.usable(self.ntags) {
                crate::fast::viterbi_fast(&s.bufs.em, &self.derived, &mut s.lattice, &mut s.tags);
            } else {
                crate::fast::viterbi(
                    &s.bufs.em,
                    &self.derived,
                    &mut s.back,
                    &mut s.scores,
                    &mut s.tags,
                );
            }
            if titles {
                extend_over_honorifics(text, sent, &mut s.tags, &self.types);
            }
            decode_into(sent, &s.tags, &self.types, out);
        }
        s.tokens = tokens;
    }

    /// Whether person spans include a preceding honorific ("M. Jules Richard"): the French
    /// convention of WikiNER, HIPE and Quaero, not of CoNLL-style English and Russian corpora.
    fn titles_in_per(&self) -> bool {
        self.lang == "fr"
    }

    /// Serializes the model (deterministic: the same model gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut body = Vec::new();
        put_varint(&mut body, self.lang.len() as u64);
        body.extend_from_slice(self.lang.as_bytes());
        body.push(self.types.len() as u8);
        body.extend(self.types.iter().map(|&t| type_code(t)));
        body.extend_from_slice(&self.scale.to_le_bytes());
        put_varint(&mut body, self.keys.len() as u64);
        let mut last = 0u64;
        for &k in &self.keys {
            put_varint(&mut body, k - last);
            last = k;
        }
        for &w in &self.weights {
            put_varint(&mut body, zigzag(i64::from(w)));
        }
        for &t in &self.transitions {
            put_varint(&mut body, zigzag(i64::from(t)));
        }
        let mut lex: Vec<(u64, u8)> = self.lexicon.iter().map(|(&k, &v)| (k, v)).collect();
        lex.sort_unstable();
        put_varint(&mut body, lex.len() as u64);
        let mut last = 0u64;
        for &(k, v) in &lex {
            put_varint(&mut body, k - last);
            body.push(v);
            last = k;
        }
        let mut out = Vec::with_capacity(body.len() / 2);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        let mut enc = flate2::write::ZlibEncoder::new(out, flate2::Compression::best());
        // Writing into a Vec cannot fail.
        let _ = enc.write_all(&body);
        enc.finish().unwrap_or_default()
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn load(bytes: &[u8]) -> Result<Model> {
        let corrupt = |m: &str| Error::Corrupt(m.to_string());
        if bytes.len() < 6 || &bytes[..5] != MAGIC {
            return Err(corrupt("not a chancery NER model (bad magic)"));
        }
        if bytes[5] != VERSION {
            return Err(Error::Corrupt(format!("unsupported version {}", bytes[5])));
        }
        let mut body = Vec::new();
        flate2::read::ZlibDecoder::new(&bytes[6..])
            .take(512 << 20)
            .read_to_end(&mut body)
            .map_err(|e| Error::Corrupt(format!("compressed body: {e}")))?;
        let mut r = Reader { buf: &body, pos: 0 };
        let lang_len = r.varint()? as usize;
        let lang = String::from_utf8(r.bytes(lang_len)?.to_vec())
            .map_err(|_| corrupt("language is not UTF-8"))?;
        let ntypes = usize::from(r.byte()?);
        if ntypes == 0 || ntypes > 4 {
            return Err(corrupt("bad number of entity types"));
        }
        let types = r
            .bytes(ntypes)?
            .iter()
            .map(|&c| code_type(c).ok_or_else(|| corrupt("unknown entity type")))
            .collect::<Result<Vec<_>>>()?;
        let scale = f32::from_le_bytes(
            r.bytes(4)?
                .try_into()
                .map_err(|_| corrupt("truncated scale"))?,
        );
        let nfeat = r.varint()? as usize;
        let ntags = tag_count(ntypes);
        // Each feature takes at least 1 + ntags bytes: bound before allocating.
        if nfeat.saturating_mul(ntags + 1) > body.len() {
            return Err(corrupt("feature count exceeds the data"));
        }
        let mut keys = Vec::with_capacity(nfeat);
        let mut last = 0u64;
        for _ in 0..nfeat {
            let d = r.varint()?;
            if d == 0 && !keys.is_empty() {
                return Err(corrupt("feature hashes not strictly ascending"));
            }
            last = last
                .checked_add(d)
                .ok_or_else(|| corrupt("feature hash overflow"))?;
            keys.push(last);
        }
        let mut weights = Vec::with_capacity(nfeat * ntags);
        for _ in 0..nfeat * ntags {
            let w = unzigzag(r.varint()?);
            weights.push(i16::try_from(w).map_err(|_| corrupt("weight out of range"))?);
        }
        let mut transitions = Vec::with_capacity((ntags + 1) * ntags);
        for _ in 0..(ntags + 1) * ntags {
            let t = unzigzag(r.varint()?);
            transitions.push(i32::try_from(t).map_err(|_| corrupt("transition out of range"))?);
        }
        let nlex = r.varint()? as usize;
        if nlex.saturating_mul(2) > body.len() {
            return Err(corrupt("lexicon size exceeds the data"));
        }
        let mut lexicon = Lexicon::default();
        lexicon.reserve(nlex);
        let mut last = 0u64;
        for _ in 0..nlex {
            last = last
                .checked_add(r.varint()?)
                .ok_or_else(|| corrupt("lexicon hash overflow"))?;
            lexicon.insert(last, r.byte()?);
        }
        if r.pos != body.len() {
            return Err(corrupt("trailing bytes"));
        }
        Ok(Parts {
            lang,
            types,
            ntags,
            scale,
            keys,
            weights,
            transitions,
            lexicon,
        }
        .build())
    }

    /// Reads a model file.
    pub fn load_path(path: &std::path::Path) -> Result<Model> {
        let bytes = std::fs::read(path).map_err(|error| Error::Io {
            path: path.to_path_buf(),
            error,
        })?;
        Model::load(&bytes)
    }
}

/// A [`Model`] with reusable buffers, for tagging many texts.
pub struct Tagger<'m> {
    model: &'m Model,
    scratch: Scratch,
}

impl<'m> Tagger<'m> {
    pub fn new(model: &'m Model) -> Tagger<'m> {
        Tagger {
            model,
            scratch: Scratch::default(),
        }
    }

    /// Like [`Model::tag`], into `out` (cleared first).
    pub fn tag_into(&mut self, text: &str, out: &mut Vec<(Span, EntityType)>) {
        out.clear();
        self.model.tag_with(text, &mut self.scratch, out);
    }
}

const BLOOM_WORDS: usize = 1 << 13;

/// The word of the Bloom filter and the two bits in it for a feature hash (from bits of the
/// hash not used by the table's slot index or fingerprint's low end).
const fn bloom_bits(key: u64) -> (usize, u64) {
    let w = ((key >> 20) as usize) & (BLOOM_WORDS - 1);
    let a = (key >> 40) & 63;
    let b = (key >> 46) & 63;
    (w, (1 << a) | (1 << b))
}

/// Nonzero 32-bit fingerprint of a feature hash (its high half).
const fn fingerprint(key: u64) -> u32 {
    ((key >> 32) as u32) | 1
}

fn slot_key(slot: &[i16]) -> u64 {
    slot.iter()
        .take(4)
        .enumerate()
        .fold(0, |k, (j, &p)| k | (u64::from(p as u16) << (16 * j)))
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

const fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

const fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8> {
        let b = *self
            .buf
            .get(self.pos)
            .ok_or_else(|| Error::Corrupt("truncated".into()))?;
        self.pos += 1;
        Ok(b)
    }

    fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(|| Error::Corrupt("truncated".into()))?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn varint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::Corrupt("varint too long".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLO: [EntityType; 3] = [EntityType::Per, EntityType::Loc, EntityType::Org];

    #[test]
    fn bilou_constraints() {
        let b_per = make_tag(0, 0);
        let i_per = make_tag(0, 1);
        let l_per = make_tag(0, 2);
        let u_loc = make_tag(1, 3);
        let l_loc = make_tag(1, 2);
        assert!(allowed(None, b_per) && allowed(None, u_loc) && allowed(None, TAG_O));
        assert!(!allowed(None, i_per) && !allowed(Some(TAG_O), l_per));
        assert!(allowed(Some(b_per), i_per) && allowed(Some(i_per), l_per));
        assert!(!allowed(Some(b_per), l_loc) && !allowed(Some(b_per), TAG_O));
        assert!(allowed(Some(l_per), u_loc));
        assert!(allowed_end(l_per) && !allowed_end(b_per) && !allowed_end(i_per));
    }

    #[test]
    fn decode_bilou_to_spans() {
        let text = "Vladimir Poutine à Minsk et New York";
        let toks = crate::token::tokenize(text);
        let (b, l, u) = (make_tag(0, 0), make_tag(0, 2), make_tag(1, 3));
        let tags = [b, l, TAG_O, u, TAG_O, make_tag(1, 0), make_tag(1, 2)];
        let spans: Vec<(&str, EntityType)> = decode(&toks, &tags, &PLO)
            .into_iter()
            .map(|(s, t)| (s.slice(text), t))
            .collect();
        assert_eq!(
            spans,
            [
                ("Vladimir Poutine", EntityType::Per),
                ("Minsk", EntityType::Loc),
                ("New York", EntityType::Loc)
            ]
        );
        // invalid sequences still decode, without panics
        let bad = [make_tag(0, 1), make_tag(2, 1), 99, make_tag(0, 0)];
        let got = decode(&toks[..4], &bad, &PLO);
        assert_eq!(got.len(), 3);
        assert_eq!(decode(&toks, &[], &PLO), []);
    }

    #[test]
    fn person_spans_take_a_preceding_honorific() {
        let text = "M. Jules Richard et MM. Dupont à Paris. M.";
        let toks = crate::token::tokenize(text);
        let (b, l, u) = (make_tag(0, 0), make_tag(0, 2), make_tag(0, 3));
        // M. Jules Richard et MM. Dupont à Paris . M.
        let mut tags = vec![
            TAG_O,
            b,
            l,
            TAG_O,
            TAG_O,
            u,
            TAG_O,
            make_tag(1, 3),
            TAG_O,
            TAG_O,
        ];
        extend_over_honorifics(text, &toks, &mut tags, &PLO);
        let spans: Vec<&str> = decode(&toks, &tags, &PLO)
            .into_iter()
            .map(|(s, _)| s.slice(text))
            .collect();
        assert_eq!(spans, ["M. Jules Richard", "MM. Dupont", "Paris"]);
        // a lone honorific, or one before a place, is left alone; short inputs do not panic
        let mut t2 = vec![TAG_O, make_tag(1, 3)];
        extend_over_honorifics(
            "M. Paris",
            &crate::token::tokenize("M. Paris"),
            &mut t2,
            &PLO,
        );
        assert_eq!(t2, [TAG_O, make_tag(1, 3)]);
        extend_over_honorifics(text, &toks, &mut [], &PLO);
        extend_over_honorifics(text, &toks[..1], &mut [u, u, u], &PLO);
    }

    #[test]
    fn viterbi_respects_constraints() {
        let nt = tag_count(1);
        // emissions prefer I at token 0 (invalid at start): must pick something valid
        let mut em = vec![0i64; 2 * nt];
        em[2] = 10; // I-X at 0
        em[nt + 3] = 10; // L-X at 1
        let mut tr = Vec::new();
        constrained_transitions(&vec![0; (nt + 1) * nt], nt, &mut tr);
        let (mut back, mut out) = (Vec::new(), Vec::new());
        viterbi(&em, &tr, nt, &mut back, &mut out);
        assert_eq!(out, [make_tag(0, 0), make_tag(0, 2)]);
        viterbi(&[], &tr, nt, &mut back, &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn save_load_round_trip_and_corruption() {
        let nt = tag_count(3);
        let feats = vec![
            (42u64, vec![1i16, -2, 3]),
            (7, (0..nt as i16).collect()),
            (u64::MAX, vec![i16::MIN, i16::MAX]),
        ];
        let trans: Vec<i32> = (0..((nt + 1) * nt) as i32).map(|x| x - 50).collect();
        let mut lex = Lexicon::default();
        lex.insert(99, 1);
        lex.insert(3, 2);
        let m = Model::from_parts("fr".into(), PLO.to_vec(), 12.5, feats, trans, lex);
        let bytes = m.to_bytes();
        assert_eq!(bytes, m.to_bytes());
        let back = Model::load(&bytes).expect("round trip");
        assert_eq!(back, m);
        assert_eq!(
            back.lookup(42).map(|r| r[..3].to_vec()),
            Some(vec![1, -2, 3])
        );
        assert_eq!(back.lookup(8), None);
        assert!(Model::load(b"").is_err());
        assert!(Model::load(b"CHNER\x01garbage").is_err());
        for cut in [6, 10, bytes.len() / 2, bytes.len() - 1] {
            assert!(Model::load(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        // tagging with a tiny model never panics
        let _ = back.tag("Vladimir Poutine à Minsk. « » l' \u{200f}");
    }
}
