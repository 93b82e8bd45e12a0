//! The tagging fast path: emission scores assembled from per-word-form caches and small tables,
//! then a Viterbi pass over the allowed BILOU transitions only.
//!
//! The 35 features of a token (see [`crate::features`]) fall in four groups, by what they
//! depend on:
//!
//! - the token alone (15: bias, word, shape, affixes, script, class, "not sentence-initial"),
//!   and each single neighbour at −2, −1, +1, +2 (6): their summed weights are computed once
//!   per distinct word form and kept in a [`WordCache`], five vectors per form;
//! - small-valued fields (6: classes × capitalisation, capitalisation patterns, case lexicon):
//!   tables indexed by value, filled when the model is loaded;
//! - pairs of neighbouring words or shapes (8): looked up in the model's table per token.
//!
//! The sums are exactly those of the 35 lookups of [`crate::features::token_features`] (a
//! unit test checks it), so the fast path and training agree.

use chancery_model::Span;

use crate::features::{
    Lexicon, TokenInfo, boundary, first_features, next1_features, next2_features, prev1_features,
    prev2_features, self_features, small_feature, token_info,
};

/// Sums of weights, `ntags` per vector.
pub(crate) type Acc = i32;

/// Tables derived from a model when it is loaded (not serialized).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Derived {
    pub nt: usize,
    /// Boundary vectors: as −1, +1, −2, +2 neighbour.
    pub bound: Vec<Acc>,
    /// Bias + template 23 (script × length): `[script][length]`, 16 × 16.
    pub t23: Vec<Acc>,
    /// Template 26 (class of the token): `[class]`.
    pub t26: Vec<Acc>,
    /// Template 27 (class of −1 × title of 0): `[class][title]`.
    pub t27: Vec<Acc>,
    /// Template 28 (class of +1 × title of 0).
    pub t28: Vec<Acc>,
    /// Template 29 (class of −2 × title of −1 × title of 0): `[class][title][title]`.
    pub t29: Vec<Acc>,
    /// Template 32 (titles of −1, 0, +1).
    pub t32: Vec<Acc>,
    /// Template 33 (lexicon × title × first): `[lex][title][first]`.
    pub t33: Vec<Acc>,
    /// Template 34 (lexicon × title of −1 × title of +1).
    pub t34: Vec<Acc>,
    /// Allowed predecessors of each tag (ascending), flattened, and each tag's range in it.
    pub preds: Vec<u8>,
    pub pred_ranges: Vec<(u16, u16)>,
    /// The transition weight of each entry of `preds` (to its tag).
    pub pred_trans: Vec<i64>,
    /// Transition weights from the sentence start ([`crate::model::FORBIDDEN`] if forbidden).
    pub start: Vec<i64>,
    /// The vectorised Viterbi's plan, see [`viterbi`].
    pub plan: Plan,
}

/// Lanes of the vectorised Viterbi step (1 + 2 × types "closed" tags: up to three types; a
/// model with four falls back to the scalar [`viterbi`]).
const LANES: usize = 8;

/// Score of an impossible state in the vectorised Viterbi (scores are kept relative to the
/// step's best, so real states stay far above it).
const DEAD: i32 = -(1 << 29);

/// The BILOU transitions split for a vectorised Viterbi step: the "closed" targets (O, B-k,
/// U-k) all have the same predecessors, the closed sources (O, L-k, U-k); an I-k or L-k target
/// has two predecessors, B-k and I-k.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Plan {
    closed_targets: Vec<u8>,
    closed_sources: Vec<u8>,
    /// Per closed source, its transition weight to each closed target (lane order).
    closed_trans: Vec<[i32; LANES]>,
    /// Per type k: (B-k, I-k, L-k) and the weights B→I, I→I, B→L, I→L.
    open: Vec<([u8; 3], [i32; 4])>,
    start: Vec<i32>,
    ends: Vec<bool>,
}

impl Plan {
    fn new(nt: usize, transitions: &[i32], allowed: &impl Fn(Option<u8>, u8) -> bool) -> Plan {
        let tr = |p: usize, t: usize| transitions.get(p * nt + t).copied().unwrap_or(0);
        let ntypes = nt.saturating_sub(1) / 4;
        let closed_targets: Vec<u8> = (0..nt as u8)
            .filter(|&t| t == 0 || matches!((t - 1) % 4, 0 | 3))
            .collect();
        let closed_sources: Vec<u8> = (0..nt as u8)
            .filter(|&t| t == 0 || matches!((t - 1) % 4, 2 | 3))
            .collect();
        if closed_targets.len() > LANES || nt != 1 + 4 * ntypes || nt > LANES + 8 {
            return Plan::default();
        }
        // The split must be exactly the BILOU constraints.
        for p in 0..nt as u8 {
            for t in 0..nt as u8 {
                let by_plan = if closed_targets.contains(&t) {
                    closed_sources.contains(&p)
                } else {
                    let b = t - (t - 1) % 4;
                    p == b || p == b + 1
                };
                if by_plan != allowed(Some(p), t) {
                    return Plan::default();
                }
            }
        }
        let closed_trans = closed_sources
            .iter()
            .map(|&p| {
                let mut row = [0; LANES];
                for (l, &t) in closed_targets.iter().enumerate() {
                    row[l] = tr(usize::from(p), usize::from(t));
                }
                row
            })
            .collect();
        let open = (0..ntypes)
            .map(|k| {
                let (b, i, l) = (1 + 4 * k, 2 + 4 * k, 3 + 4 * k);
                (
                    [b as u8, i as u8, l as u8],
                    [tr(b, i), tr(i, i), tr(b, l), tr(i, l)],
                )
            })
            .collect();
        let start = (0..nt)
            .map(|t| {
                if allowed(None, t as u8) {
                    tr(nt, t)
                } else {
                    DEAD
                }
            })
            .collect();
        let ends = (0..nt as u8).map(crate::model::allowed_end).collect();
        Plan {
            closed_targets,
            closed_sources,
            closed_trans,
            open,
            start,
            ends,
        }
    }

    pub fn usable(&self, nt: usize) -> bool {
        self.start.len() == nt && nt > 0
    }
}

/// A place to read the weights of a feature from.
pub(crate) trait Weights {
    fn ntags(&self) -> usize;
    /// Adds the weights of feature `key` (if any) to `acc`.
    fn add(&self, key: u64, acc: &mut [Acc]);
    /// Adds the weights of `keys[i * per..(i + 1) * per]` to `em[i * nt..(i + 1) * nt]` for
    /// every `i` (a place to overlap the memory accesses of many lookups).
    fn add_batch(&self, keys: &[u64], per: usize, em: &mut [Acc]) {
        let nt = self.ntags();
        for (k, acc) in keys.chunks(per.max(1)).zip(em.chunks_exact_mut(nt.max(1))) {
            self.add_all(k, acc);
        }
    }
    /// Adds the weights of several features (a place to overlap their memory accesses).
    fn add_all(&self, keys: &[u64], acc: &mut [Acc]) {
        for &k in keys {
            self.add(k, acc);
        }
    }
}

fn table<W: Weights>(w: &W, n: usize, f: impl Fn(usize) -> u64) -> Vec<Acc> {
    let nt = w.ntags();
    let mut out = vec![0; n * nt];
    for (i, row) in out.chunks_exact_mut(nt.max(1)).enumerate() {
        w.add(f(i), row);
    }
    out
}

impl Derived {
    /// `transitions` is `(nt + 1) × nt` (last row: from the sentence start).
    pub fn new<W: Weights>(
        w: &W,
        allowed: impl Fn(Option<u8>, u8) -> bool,
        transitions: &[i32],
    ) -> Derived {
        let nt = w.ntags();
        let b = boundary();
        let mut bound = vec![0; 4 * nt];
        let groups: [&[u64]; 4] = [
            &prev1_features(b),
            &next1_features(b),
            &prev2_features(b),
            &next2_features(b),
        ];
        for (g, row) in groups.iter().zip(bound.chunks_exact_mut(nt.max(1))) {
            for &k in *g {
                w.add(k, row);
            }
        }
        let bit = |i: usize, k: usize| ((i >> k) & 1) as u64;
        let mut preds = Vec::new();
        let mut pred_ranges = Vec::new();
        let mut pred_trans = Vec::new();
        let tr = |p: usize, t: usize| transitions.get(p * nt + t).map_or(0, |&x| i64::from(x));
        for t in 0..nt {
            let s = preds.len() as u16;
            for p in (0..nt as u8).filter(|&p| allowed(Some(p), t as u8)) {
                preds.push(p);
                pred_trans.push(tr(usize::from(p), t));
            }
            pred_ranges.push((s, preds.len() as u16));
        }
        let start = (0..nt)
            .map(|t| {
                if allowed(None, t as u8) {
                    tr(nt, t)
                } else {
                    crate::model::FORBIDDEN
                }
            })
            .collect();
        Derived {
            nt,
            bound,
            t23: {
                let mut t = table(w, 256, |i| {
                    small_feature(23, (i >> 4) as u64, (i & 15) as u64, 0)
                });
                let mut bias = vec![0; nt];
                w.add(small_feature(0, 0, 0, 0), &mut bias);
                for row in t.chunks_exact_mut(nt.max(1)) {
                    add_to(row, &bias);
                }
                t
            },
            t26: table(w, 256, |i| small_feature(26, i as u64, 0, 0)),
            t27: table(w, 512, |i| small_feature(27, (i >> 1) as u64, bit(i, 0), 0)),
            t28: table(w, 512, |i| small_feature(28, (i >> 1) as u64, bit(i, 0), 0)),
            t29: table(w, 1024, |i| {
                small_feature(29, (i >> 2) as u64, bit(i, 1), bit(i, 0))
            }),
            t32: table(w, 8, |i| small_feature(32, bit(i, 2), bit(i, 1), bit(i, 0))),
            t33: table(w, 1024, |i| {
                small_feature(33, (i >> 2) as u64, bit(i, 1), bit(i, 0))
            }),
            t34: table(w, 1024, |i| {
                small_feature(34, (i >> 2) as u64, bit(i, 1), bit(i, 0))
            }),
            preds,
            pred_ranges,
            pred_trans,
            start,
            plan: Plan::new(nt, transitions, &allowed),
        }
    }
}

/// One slot of the word-form table: the form's 64-bit hash and byte length (which identify
/// it, as 64-bit hashes identify features in the model), and its index + 1 (0 = empty).
#[derive(Clone, Copy, Default)]
struct Slot {
    hash: u64,
    len: u32,
    index: u32,
}

/// What the pair and small-valued features need of a word form, in 32 bytes.
#[derive(Clone, Copy)]
struct Compact {
    word: u64,
    shape: u64,
    suffix3: u64,
    class: u8,
    lex: u8,
    title: bool,
}

/// [`crate::features::pair_features`] of a window of [`Compact`]s (the same values).
#[inline]
fn pair_keys(p2: &Compact, p1: &Compact, t: &Compact, n1: &Compact, n2: &Compact) -> [u64; 8] {
    use crate::features::feat;
    [
        feat(9, p2.shape, p1.shape, 0),
        feat(10, n1.shape, n2.shape, 0),
        feat(19, p1.word, t.word, 0),
        feat(20, t.word, n1.word, 0),
        feat(21, p1.shape, t.shape, n1.shape),
        feat(24, p1.word, t.shape, 0),
        feat(25, t.shape, n1.word, 0),
        feat(30, p1.suffix3, t.shape, 0),
    ]
}

impl Compact {
    fn of(t: &TokenInfo) -> Compact {
        Compact {
            word: t.word,
            shape: t.shape,
            suffix3: t.suffix[2],
            class: t.class,
            lex: t.lex,
            title: t.title,
        }
    }

    /// Back to a [`TokenInfo`] with the fields the pair and small features read.
    fn info(&self) -> TokenInfo {
        let mut t = TokenInfo {
            word: self.word,
            shape: self.shape,
            class: self.class,
            lex: self.lex,
            title: self.title,
            ..TokenInfo::default()
        };
        t.suffix[2] = self.suffix3;
        t
    }
}

/// 16 sums, aligned on a cache line.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C, align(64))]
pub(crate) struct Line([Acc; 16]);

/// Per-word-form cache of [`TokenInfo`] and summed weight vectors. Bounded: cleared when it
/// holds [`WordCache::MAX`] forms (about 10 MB with 13 tags).
#[derive(Default)]
pub(crate) struct WordCache {
    /// Open addressing on the form's hash.
    slots: Vec<Slot>,
    compact: Vec<Compact>,
    /// The slot of each form, to rehash when growing.
    keys: Vec<Slot>,
    /// Five vectors per entry: self (not sentence-initial), as −1, +1, −2, +2; each `lines`
    /// cache lines (one for up to 16 tags), so that reading one touches as few lines as can be.
    vecs: Vec<Line>,
    lines: usize,
    /// Where [`WordCache::insert`] sums the vectors before they are copied into `vecs`.
    scratch: Vec<Acc>,
    /// Per distinct shape (few), the weights of its shape features: as the token (templates
    /// 6 and 22 not sentence-initial), as −1 (7), as +1 (8); three vectors each.
    shapes: crate::features::HashMap64<u32>,
    shape_vecs: Vec<Acc>,
}

fn hash_bytes(b: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    h ^ (h >> 29)
}

impl WordCache {
    const MAX: usize = 1 << 15;

    fn clear(&mut self) {
        self.slots.iter_mut().for_each(|s| *s = Slot::default());
        self.compact.clear();
        self.keys.clear();
        self.vecs.clear();
        self.shapes.clear();
        self.shape_vecs.clear();
    }

    /// Called before each sentence: the table exists, and it is cleared when full (only
    /// between sentences, so that the entry indices of a sentence stay valid while it is
    /// tagged; a sentence of more than [`WordCache::MAX`] distinct forms grows it past that).
    fn begin(&mut self) {
        if self.slots.is_empty() {
            self.slots = vec![Slot::default(); 1 << 12];
        }
        if self.keys.len() >= Self::MAX {
            self.clear();
        }
    }

    /// The entry index of `word` (hash `h`, as [`hash_bytes`]), computing it on first sight.
    #[inline]
    fn get_hashed<W: Weights>(
        &mut self,
        word: &str,
        h: u64,
        w: &W,
        d: &Derived,
        lexicon: &Lexicon,
    ) -> u32 {
        let len = u32::try_from(word.len()).unwrap_or(u32::MAX);
        let mask = self.slots.len() - 1;
        let mut s = (h as usize) & mask;
        loop {
            let e = self.slots[s];
            if e.index == 0 {
                break;
            }
            if e.hash == h && e.len == len {
                return e.index - 1;
            }
            s = (s + 1) & mask;
        }
        self.insert(word, h, w, d, lexicon)
    }

    #[inline(never)]
    fn insert<W: Weights>(
        &mut self,
        word: &str,
        h: u64,
        w: &W,
        d: &Derived,
        lexicon: &Lexicon,
    ) -> u32 {
        let nt = w.ntags();
        if self.slots.is_empty() {
            self.slots = vec![Slot::default(); 1 << 12];
        }
        if (self.keys.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut s = (h as usize) & mask;
        while self.slots[s].index != 0 {
            s = (s + 1) & mask;
        }
        let mut info = token_info(word);
        info.lex = lexicon.get(&info.word).copied().unwrap_or(0);
        let idx = self.keys.len() as u32;
        let slot = Slot {
            hash: h,
            // Longer forms (never seen in text) share the length u32::MAX.
            len: u32::try_from(word.len()).unwrap_or(u32::MAX),
            index: idx + 1,
        };
        self.compact.push(Compact::of(&info));
        self.keys.push(slot);
        self.slots[s] = slot;
        let sh = self.shape(&info, w, nt);
        let mut v = std::mem::take(&mut self.scratch);
        v.clear();
        v.resize(5 * nt, 0);
        let t23 = (info.script < 16 && info.length < 16)
            .then(|| row(&d.t23, (info.script * 16 + info.length) as usize, nt))
            .filter(|r| r.len() == nt);
        let t26 = Some(row(&d.t26, usize::from(info.class), nt)).filter(|r| r.len() == nt);
        let sv = |k: usize| &self.shape_vecs[(sh as usize * 3 + k) * nt..][..nt];
        if let (Some(t23), Some(t26), true) = (t23, t26, d.nt == nt) {
            // The token alone: bias, script × length, class and shapes from tables, the rest
            // (word, affixes, not-initial × word) from the model.
            // (`self_features` order: 0 bias, 2 shape, 11 script × length, 12 class and 13
            // initial × shape come from tables.)
            let own = self_features(&info, 0);
            let rest = [
                own[1], own[3], own[4], own[5], own[6], own[7], own[8], own[9], own[10], own[14],
            ];
            let v0 = &mut v[..nt];
            v0.copy_from_slice(t23);
            add_to(v0, t26);
            add_to(v0, sv(0));
            w.add_all(&rest, v0);
        } else {
            w.add_all(&self_features(&info, 0), &mut v[..nt]);
        }
        let v1 = &mut v[nt..2 * nt];
        v1.copy_from_slice(sv(1));
        w.add_all(&prev1_features(&info)[..1], v1);
        let v2 = &mut v[2 * nt..3 * nt];
        v2.copy_from_slice(sv(2));
        w.add_all(&next1_features(&info)[..1], v2);
        w.add_all(&prev2_features(&info), &mut v[3 * nt..4 * nt]);
        w.add_all(&next2_features(&info), &mut v[4 * nt..5 * nt]);
        self.lines = nt.div_ceil(16).max(1);
        for vector in v.chunks_exact(nt.max(1)) {
            let base = self.vecs.len();
            self.vecs.resize(base + self.lines, Line::default());
            for (line, part) in self.vecs[base..].iter_mut().zip(vector.chunks(16)) {
                line.0[..part.len()].copy_from_slice(part);
            }
        }
        self.scratch = v;
        idx
    }

    /// The index of a token's shape in `shape_vecs`, computing its vectors on first sight.
    fn shape<W: Weights>(&mut self, info: &TokenInfo, w: &W, nt: usize) -> u32 {
        if let Some(&i) = self.shapes.get(&info.shape) {
            return i;
        }
        let i = self.shapes.len() as u32;
        self.shapes.insert(info.shape, i);
        let base = self.shape_vecs.len();
        self.shape_vecs.resize(base + 3 * nt, 0);
        let v = &mut self.shape_vecs[base..];
        let own = self_features(info, 0);
        w.add_all(&[own[2], own[13]], &mut v[..nt]);
        w.add_all(&prev1_features(info)[1..], &mut v[nt..2 * nt]);
        w.add_all(&next1_features(info)[1..], &mut v[2 * nt..3 * nt]);
        i
    }

    fn grow(&mut self) {
        let cap = (self.slots.len() * 2).max(1 << 12);
        self.slots = vec![Slot::default(); cap];
        let mask = cap - 1;
        for &k in &self.keys {
            let mut s = (k.hash as usize) & mask;
            while self.slots[s].index != 0 {
                s = (s + 1) & mask;
            }
            self.slots[s] = k;
        }
    }

    fn vec(&self, idx: u32, which: usize) -> &[Line] {
        let k = self.lines;
        &self.vecs[(idx as usize * 5 + which) * k..][..k]
    }
}

#[inline]
fn add_lines(acc: &mut [Acc], v: &[Line]) {
    for (c, l) in acc.chunks_mut(16).zip(v) {
        add_to(c, &l.0);
    }
}

#[inline]
fn add_to(acc: &mut [Acc], v: &[Acc]) {
    for (a, &x) in acc.iter_mut().zip(v) {
        *a += x;
    }
}

fn row(table: &[Acc], i: usize, nt: usize) -> &[Acc] {
    table.get(i * nt..(i + 1) * nt).unwrap_or(&[])
}

/// The word-form cache and the buffers of [`emissions`]; the scores end in `em`.
#[derive(Default)]
pub(crate) struct Buffers {
    pub cache: WordCache,
    pub ids: Vec<u32>,
    win: Vec<Compact>,
    pub em: Vec<Acc>,
    pub pairs: Vec<u64>,
    hashes: Vec<u64>,
    homes: Vec<Slot>,
}

/// Emission scores of a sentence (`tokens.len() × nt`) into `em`.
pub(crate) fn emissions<W: Weights>(
    text: &str,
    tokens: &[Span],
    w: &W,
    d: &Derived,
    lexicon: &Lexicon,
    bufs: &mut Buffers,
) {
    let Buffers {
        cache,
        ids,
        win,
        em,
        pairs,
        hashes,
        homes,
    } = bufs;
    pairs.clear();
    let nt = d.nt;
    cache.begin();
    // In passes with small bodies, so that the cache misses of many tokens overlap: the
    // forms' hashes, their home slots, their entries (most forms end at their home slot).
    hashes.clear();
    hashes.extend(tokens.iter().map(|t| hash_bytes(t.slice(text).as_bytes())));
    let mask = cache.slots.len() - 1;
    homes.clear();
    homes.extend(hashes.iter().map(|&h| cache.slots[(h as usize) & mask]));
    ids.clear();
    for ((t, &h), home) in tokens.iter().zip(hashes.iter()).zip(homes.iter()) {
        let word = t.slice(text);
        let len = u32::try_from(word.len()).unwrap_or(u32::MAX);
        // A slot holding this form stays valid while the sentence inserts others.
        let id = if home.index != 0 && home.hash == h && home.len == len {
            home.index - 1
        } else {
            cache.get_hashed(word, h, w, d, lexicon)
        };
        ids.push(id);
    }
    win.clear();
    let bnd = Compact::of(boundary());
    win.extend([bnd, bnd]);
    win.extend(ids.iter().map(|&id| cache.compact[id as usize]));
    win.extend([bnd, bnd]);
    let n = tokens.len();
    em.clear();
    em.resize(n * nt, 0);
    // The word-form vectors first, in a loop of its own (their loads miss the most).
    if cache.lines == 1 && nt <= 16 {
        let mut bound = [[0; 16]; 4];
        for (l, v) in bound.iter_mut().zip(d.bound.chunks_exact(nt.max(1))) {
            l[..nt].copy_from_slice(v);
        }
        let vecs = &cache.vecs;
        let line = |id: u32, which: usize| &vecs[id as usize * 5 + which].0;
        for (i, acc) in em.chunks_exact_mut(nt).enumerate() {
            let mut sum = *line(ids[i], 0);
            let v1 = if i >= 1 {
                line(ids[i - 1], 1)
            } else {
                &bound[0]
            };
            let v2 = ids.get(i + 1).map_or(&bound[1], |&x| line(x, 2));
            let v3 = if i >= 2 {
                line(ids[i - 2], 3)
            } else {
                &bound[2]
            };
            let v4 = ids.get(i + 2).map_or(&bound[3], |&x| line(x, 4));
            for l in 0..16 {
                sum[l] = sum[l]
                    .wrapping_add(v1[l])
                    .wrapping_add(v2[l])
                    .wrapping_add(v3[l])
                    .wrapping_add(v4[l]);
            }
            acc.copy_from_slice(&sum[..nt]);
        }
    } else {
        for (i, acc) in em.chunks_exact_mut(nt).enumerate() {
            add_lines(acc, cache.vec(ids[i], 0));
            if i >= 1 {
                add_lines(acc, cache.vec(ids[i - 1], 1));
            } else {
                add_to(acc, &d.bound[..nt]);
            }
            match ids.get(i + 1) {
                Some(&x) => add_lines(acc, cache.vec(x, 2)),
                None => add_to(acc, &d.bound[nt..2 * nt]),
            }
            if i >= 2 {
                add_lines(acc, cache.vec(ids[i - 2], 3));
            } else {
                add_to(acc, &d.bound[2 * nt..3 * nt]);
            }
            match ids.get(i + 2) {
                Some(&x) => add_lines(acc, cache.vec(x, 4)),
                None => add_to(acc, &d.bound[3 * nt..4 * nt]),
            }
        }
    }
    let b = |x: bool| usize::from(x);
    for (i, (acc, ctx)) in em.chunks_exact_mut(nt).zip(win.windows(5)).enumerate() {
        let [p2, p1, t, n1, n2] = ctx else {
            continue;
        };
        let first = i == 0;
        if first {
            // The cached self vector assumes "not sentence-initial".
            let ti = t.info();
            let mut neg = [0; 32];
            w.add_all(&first_features(&ti, 0), &mut neg[..nt.min(32)]);
            for (a, x) in acc.iter_mut().zip(&neg) {
                *a -= x;
            }
            w.add_all(&first_features(&ti, 1), acc);
        }
        pairs.extend_from_slice(&pair_keys(p2, p1, t, n1, n2));
        let (pc, nc, p2c) = (
            usize::from(p1.class),
            usize::from(n1.class),
            usize::from(p2.class),
        );
        let lex = usize::from(t.lex);
        add_to(acc, row(&d.t27, pc * 2 + b(t.title), nt));
        add_to(acc, row(&d.t28, nc * 2 + b(t.title), nt));
        add_to(acc, row(&d.t29, p2c * 4 + b(p1.title) * 2 + b(t.title), nt));
        add_to(
            acc,
            row(&d.t32, b(p1.title) * 4 + b(t.title) * 2 + b(n1.title), nt),
        );
        add_to(acc, row(&d.t33, lex * 4 + b(t.title) * 2 + b(first), nt));
        add_to(
            acc,
            row(&d.t34, lex * 4 + b(p1.title) * 2 + b(n1.title), nt),
        );
    }
    // The pair features of the whole sentence at once: their lookups are the costliest part.
    w.add_batch(pairs, crate::features::N_PAIR, em);
}

/// Viterbi over the allowed transitions only (see [`Derived`]); the result equals
/// [`crate::model::viterbi`]'s on the same scores and constrained transitions.
pub(crate) fn viterbi(
    em: &[Acc],
    d: &Derived,
    back: &mut Vec<u8>,
    scores: &mut Vec<i64>,
    out: &mut Vec<u8>,
) {
    use crate::model::{FORBIDDEN, allowed_end};
    let nt = d.nt;
    out.clear();
    let n = em.len() / nt.max(1);
    if n == 0 || nt == 0 || d.pred_ranges.len() != nt || d.start.len() != nt {
        return;
    }
    back.clear();
    back.resize(n * nt, 0);
    scores.clear();
    scores.resize(2 * nt, FORBIDDEN);
    let (mut prev, mut cur) = scores.split_at_mut(nt);
    for ((p, &tr), &e) in prev.iter_mut().zip(&d.start).zip(&em[..nt]) {
        *p = if tr <= FORBIDDEN {
            FORBIDDEN
        } else {
            tr + i64::from(e)
        };
    }
    for (e, bk) in em.chunks_exact(nt).zip(back.chunks_exact_mut(nt)).skip(1) {
        for (t, &(a, z)) in d.pred_ranges.iter().enumerate() {
            let (a, z) = (usize::from(a), usize::from(z));
            let mut best = FORBIDDEN;
            let mut arg = 0u8;
            for (&p, &tr) in d.preds[a..z].iter().zip(&d.pred_trans[a..z]) {
                let s = prev[usize::from(p)] + tr;
                // Branch-free (the comparison is unpredictable): a strict maximum, so ties go
                // to the smallest tag, as in `model::viterbi`.
                let gt = s > best;
                best = if gt { s } else { best };
                arg = if gt { p } else { arg };
            }
            cur[t] = if best <= FORBIDDEN {
                FORBIDDEN
            } else {
                best + i64::from(e[t])
            };
            bk[t] = arg;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let mut best = i64::MIN;
    let mut arg = 0u8;
    for (t, &s) in prev.iter().enumerate() {
        if allowed_end(t as u8) && s > best {
            best = s;
            arg = t as u8;
        }
    }
    out.resize(n, 0);
    out[n - 1] = arg;
    for i in (1..n).rev() {
        out[i - 1] = back[i * nt + usize::from(out[i])];
    }
}

/// Subtracts the best score from all (clamping at [`DEAD`]), so that scores stay small.
fn normalise(scores: &mut [i32]) {
    let m = scores.iter().copied().max().unwrap_or(0);
    for s in scores {
        *s = s.saturating_sub(m).max(DEAD);
    }
}

/// [`normalise`] on 16 lanes (unused lanes at `i32::MIN`), branch-free: the same values.
#[inline]
fn normalise16(scores: &mut [i32; 16]) {
    let m = scores.iter().copied().fold(i32::MIN, i32::max);
    let thr = m.saturating_add(DEAD);
    if thr == i32::MIN {
        normalise(scores);
        return;
    }
    // No overflow: `m + DEAD` did not saturate; `s - m` lies in (DEAD, 0] when `s > thr`.
    for s in scores.iter_mut() {
        *s = if *s > thr { s.wrapping_sub(m) } else { DEAD };
    }
}

/// Viterbi in i32 with the [`Plan`]'s split: the closed targets' step is a max over a few
/// sources of `LANES`-wide vectors, with no argmax; the best predecessor is found again while
/// backtracking, from the kept scores (`scores`, `n × nt`), on the chosen path only. Scores are
/// kept relative to each step's best; a state clamped at [`DEAD`] is hundreds of millions below
/// the best, while every state is reachable from the best one within three steps, each moving
/// scores by a few million at most: it can never be on the best path, so the result equals
/// [`viterbi`]'s (ties go to the smallest tag in both).
pub(crate) fn viterbi_fast(em: &[Acc], d: &Derived, scores: &mut Vec<Acc>, out: &mut Vec<u8>) {
    let plan = &d.plan;
    let nt = d.nt;
    out.clear();
    let n = em.len() / nt.max(1);
    if n == 0 || !plan.usable(nt) || d.pred_ranges.len() != nt {
        return;
    }
    scores.clear();
    scores.resize(n * nt, DEAD);
    {
        let first = &mut scores[..nt];
        for ((p, &st), &e) in first.iter_mut().zip(&plan.start).zip(&em[..nt]) {
            *p = if st == DEAD {
                DEAD
            } else {
                st.saturating_add(e)
            };
        }
        normalise(first);
    }
    // The previous step's scores, padded to 16 lanes (`nt` ≤ 16 here, see [`Plan::new`]).
    let mut prev = [i32::MIN; 16];
    prev[..nt].copy_from_slice(&scores[..nt]);
    for (e, out) in em.chunks_exact(nt).zip(scores.chunks_exact_mut(nt)).skip(1) {
        let mut best = [i32::MIN; LANES];
        for (&p, row) in plan.closed_sources.iter().zip(&plan.closed_trans) {
            let pv = prev[usize::from(p) & 15];
            for l in 0..LANES {
                // No overflow: |scores| < 2^30 and |weights| < 2^24 in any sane model; a
                // corrupt one wraps, it does not panic.
                best[l] = best[l].max(pv.wrapping_add(row[l]));
            }
        }
        let mut cur = [i32::MIN; 16];
        for (l, &t) in plan.closed_targets.iter().enumerate() {
            let t = usize::from(t);
            cur[t & 15] = best[l].saturating_add(e[t]);
        }
        for &([b, i, l], [bi, ii, bl, il]) in &plan.open {
            let (bu, iu, lu) = (
                usize::from(b) & 15,
                usize::from(i) & 15,
                usize::from(l) & 15,
            );
            let (pb, pi) = (prev[bu], prev[iu]);
            cur[iu] = pb
                .saturating_add(bi)
                .max(pi.saturating_add(ii))
                .saturating_add(e.get(iu).copied().unwrap_or(0));
            cur[lu] = pb
                .saturating_add(bl)
                .max(pi.saturating_add(il))
                .saturating_add(e.get(lu).copied().unwrap_or(0));
        }
        normalise16(&mut cur);
        out.copy_from_slice(&cur[..nt]);
        prev = cur;
    }
    let last = &scores[(n - 1) * nt..];
    let mut best = i32::MIN;
    let mut arg = 0u8;
    for (t, (&s, &end)) in last.iter().zip(&plan.ends).enumerate() {
        if end && s > best {
            best = s;
            arg = t as u8;
        }
    }
    out.resize(n, 0);
    out[n - 1] = arg;
    for i in (1..n).rev() {
        let t = usize::from(out[i]);
        let prev = &scores[(i - 1) * nt..i * nt];
        let (a, z) = d.pred_ranges[t];
        let (a, z) = (usize::from(a), usize::from(z));
        let mut best = i64::MIN;
        let mut arg = 0u8;
        for (&p, &tr) in d.preds[a..z].iter().zip(&d.pred_trans[a..z]) {
            let s = i64::from(prev[usize::from(p)]) + tr;
            // Branch-free, a strict maximum (ties to the smallest tag).
            let gt = s > best;
            best = if gt { s } else { best };
            arg = if gt { p } else { arg };
        }
        out[i - 1] = arg;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{N_FEATURES, token_features};
    use crate::model::{Model, allowed, constrained_transitions};
    use crate::token::{sentences, tokenize};

    /// A small model with every feature of a few sentences weighted (deterministic values).
    fn toy_model() -> Model {
        use chancery_model::EntityType;
        let text = "M. Poutine est à Minsk. Le président Macron a reçu l'OTAN à Paris.\n\
                    VLADIMIR POUTINE, Jean-Pierre et O'Brien ! « Bonjour » 2,5 %";
        let toks = tokenize(text);
        let mut feats = Vec::new();
        for r in sentences(text, &toks) {
            let infos: Vec<TokenInfo> = toks[r].iter().map(|t| token_info(t.slice(text))).collect();
            let mut f = [0u64; N_FEATURES];
            for i in 0..infos.len() {
                token_features(&infos, i, &mut f);
                feats.extend_from_slice(&f);
            }
        }
        feats.sort_unstable();
        feats.dedup();
        let nt = 13;
        let rows = feats
            .iter()
            .map(|&h| {
                let row: Vec<i16> = (0..nt)
                    .map(|t| ((h >> (t * 3)) % 201) as i16 - 100)
                    .collect();
                (h, row)
            })
            .collect();
        let trans: Vec<i32> = (0..(nt + 1) * nt).map(|i| (i * 37) % 91 - 45).collect();
        Model::from_parts(
            "fr".into(),
            vec![EntityType::Per, EntityType::Loc, EntityType::Org],
            1.0,
            rows,
            trans,
            Lexicon::default(),
        )
    }

    #[test]
    fn cached_emissions_equal_the_sum_of_feature_lookups() {
        let m = toy_model();
        let d = &m.derived_for_tests();
        let nt = d.nt;
        let text = "M. Poutine est à Minsk. Le président Macron a reçu l'OTAN à Paris.\n\
                    VLADIMIR POUTINE, Jean-Pierre et O'Brien ! « Bonjour » 2,5 % Paris Paris";
        let toks = tokenize(text);
        let mut bufs = Buffers::default();
        let lex = Lexicon::default();
        // twice: the second time every form comes from the cache
        for _ in 0..2 {
            for r in sentences(text, &toks) {
                let sent = &toks[r];
                emissions(text, sent, &m, d, &lex, &mut bufs);
                let em = &bufs.em;
                let infos: Vec<TokenInfo> =
                    sent.iter().map(|t| token_info(t.slice(text))).collect();
                let mut f = [0u64; N_FEATURES];
                for i in 0..sent.len() {
                    token_features(&infos, i, &mut f);
                    let mut want = vec![0; nt];
                    for &k in &f {
                        m.add(k, &mut want);
                    }
                    assert_eq!(&em[i * nt..(i + 1) * nt], &want[..], "token {i}");
                }
            }
        }
    }

    #[test]
    fn a_full_cache_is_cleared_between_sentences_only() {
        let m = toy_model();
        let d = &m.derived_for_tests();
        let nt = d.nt;
        let lex = Lexicon::default();
        let mut bufs = Buffers::default();
        // one sentence of more distinct forms than the cache holds, then a short one
        let long: String = (0..WordCache::MAX + 100)
            .map(|i| format!("w{i} "))
            .collect();
        for text in [long.as_str(), "Poutine est à Minsk w7 w8", long.as_str()] {
            let toks = tokenize(text);
            emissions(text, &toks, &m, d, &lex, &mut bufs);
            let infos: Vec<TokenInfo> = toks.iter().map(|t| token_info(t.slice(text))).collect();
            let mut f = [0u64; N_FEATURES];
            for i in (0..toks.len()).step_by(997).chain([toks.len() - 1]) {
                token_features(&infos, i, &mut f);
                let mut want = vec![0; nt];
                for &k in &f {
                    m.add(k, &mut want);
                }
                assert_eq!(&bufs.em[i * nt..(i + 1) * nt], &want[..], "token {i}");
            }
        }
    }

    #[test]
    fn both_viterbis_agree_with_the_reference() {
        let m = toy_model();
        let d = &m.derived_for_tests();
        let nt = d.nt;
        assert!(d.plan.usable(nt));
        let mut tr = Vec::new();
        constrained_transitions(m.transitions_for_tests(), nt, &mut tr);
        let mut x: u64 = 0x9e37_79b9;
        for n in [1usize, 2, 3, 7, 40] {
            for _ in 0..50 {
                let em: Vec<Acc> = (0..n * nt)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 7;
                        x ^= x << 17;
                        (x % 400_001) as i32 - 200_000
                    })
                    .collect();
                let em64: Vec<i64> = em.iter().map(|&e| i64::from(e)).collect();
                let (mut b1, mut o1, mut b2, mut o2, mut s3, mut o3, mut sc) = Default::default();
                crate::model::viterbi(&em64, &tr, nt, &mut b1, &mut o1);
                viterbi(&em, d, &mut b2, &mut sc, &mut o2);
                viterbi_fast(&em, d, &mut s3, &mut o3);
                assert_eq!(o1, o2);
                assert_eq!(o1, o3);
                let valid = o3
                    .iter()
                    .enumerate()
                    .all(|(i, &t)| allowed(i.checked_sub(1).map(|j| o3[j]), t));
                assert!(valid, "{o3:?}");
            }
        }
    }
}
