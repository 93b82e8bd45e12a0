//! Training: a structured averaged perceptron over BILOU tags with Viterbi decoding.
//!
//! Deterministic: features are fixed hashes, dense feature ids are given in ascending hash
//! order, sentences are shuffled by a fixed-seed xorshift generator, and the arithmetic is in
//! integers until the final averaging. The same data and options give the same model bytes.

use std::collections::HashMap;

use chancery_model::{EntityType, Span};

use crate::corpus::Doc;
use crate::features::{
    Lexicon, LexiconBuilder, N_FEATURES, TokenInfo, sentence_info, token_features,
};
use crate::model::{Model, TAG_O, constrained_transitions, make_tag, tag_count, viterbi};
use crate::token::{sentences, tokenize};

/// Training options.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub lang: String,
    /// Entity types the model learns; others in the gold are treated as outside.
    pub types: Vec<EntityType>,
    pub epochs: usize,
    pub seed: u64,
    /// Features seen fewer times than this in the training data are dropped.
    pub min_count: u32,
    /// Quantised weights with an absolute value below this are pruned (set to zero); features
    /// left with no weight are dropped.
    pub prune: i16,
    /// At most this many features are kept: those with the largest weights (by the largest
    /// absolute weight of their row; ties in hash order). Bounds the model file and keeps the
    /// tagging table small enough for the processor's caches.
    pub max_features: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            lang: "fr".into(),
            types: vec![EntityType::Per, EntityType::Loc, EntityType::Org],
            epochs: 10,
            seed: 0x0c4a_4ce7,
            min_count: 2,
            prune: 4,
            max_features: 43_000,
        }
    }
}

/// What training saw and did.
#[derive(Clone, Debug, Default)]
pub struct TrainStats {
    pub documents: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub entities: usize,
    /// Gold entities whose edges fall inside a token of our tokenizer (learnt on the covering
    /// tokens).
    pub misaligned: usize,
    pub features_seen: usize,
    pub features_kept: usize,
    /// Token errors in each epoch, on the training data.
    pub epoch_errors: Vec<usize>,
}

/// One training sentence: feature hashes per token and gold tags.
struct Sentence {
    feats: Vec<u64>,
    gold: Vec<u8>,
}

/// Gold tags for the tokens of a text.
pub fn gold_tags(
    tokens: &[Span],
    entities: &[(Span, EntityType)],
    types: &[EntityType],
    misaligned: &mut usize,
) -> Vec<u8> {
    let mut tags = vec![TAG_O; tokens.len()];
    for &(span, kind) in entities {
        let Some(k) = types.iter().position(|&t| t == kind) else {
            continue;
        };
        let first = tokens.partition_point(|t| t.end <= span.start);
        let last = tokens.partition_point(|t| t.start < span.end);
        if first >= last {
            *misaligned += 1;
            continue;
        }
        if tokens[first].start != span.start || tokens[last - 1].end != span.end {
            *misaligned += 1;
        }
        if tags[first..last].iter().any(|&t| t != TAG_O) {
            continue;
        }
        if last - first == 1 {
            tags[first] = make_tag(k, 3);
        } else {
            tags[first] = make_tag(k, 0);
            for t in &mut tags[first + 1..last - 1] {
                *t = make_tag(k, 1);
            }
            tags[last - 1] = make_tag(k, 2);
        }
    }
    tags
}

fn prepare(
    docs: &[&Doc],
    opts: &TrainOptions,
    lexicon: &Lexicon,
    stats: &mut TrainStats,
) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut infos: Vec<TokenInfo> = Vec::new();
    let mut f = [0u64; N_FEATURES];
    for doc in docs {
        stats.documents += 1;
        stats.entities += doc
            .entities
            .iter()
            .filter(|(_, t)| opts.types.contains(t))
            .count();
        let tokens = tokenize(&doc.text);
        let tags = gold_tags(&tokens, &doc.entities, &opts.types, &mut stats.misaligned);
        for range in sentences(&doc.text, &tokens) {
            let sent = &tokens[range.clone()];
            sentence_info(&doc.text, sent, lexicon, &mut infos);
            let mut feats = Vec::with_capacity(sent.len() * N_FEATURES);
            for i in 0..sent.len() {
                token_features(&infos, i, &mut f);
                feats.extend_from_slice(&f);
            }
            stats.tokens += sent.len();
            out.push(Sentence {
                feats,
                gold: tags[range].to_vec(),
            });
        }
    }
    stats.sentences = out.len();
    out
}

/// xorshift64*: a small fixed-seed generator for the shuffle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Trains a model on documents.
pub fn train(docs: &[&Doc], opts: &TrainOptions) -> (Model, TrainStats) {
    let mut stats = TrainStats::default();
    let mut lex = LexiconBuilder::default();
    for doc in docs {
        for t in tokenize(&doc.text) {
            lex.add(t.slice(&doc.text));
        }
    }
    let lexicon = lex.build();
    let sents = prepare(docs, opts, &lexicon, &mut stats);
    let ntags = tag_count(opts.types.len());

    // Dense ids for features seen at least `min_count` times, in ascending hash order.
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for s in &sents {
        for &h in &s.feats {
            *counts.entry(h).or_insert(0) += 1;
        }
    }
    stats.features_seen = counts.len();
    let mut kept: Vec<u64> = counts
        .iter()
        .filter(|&(_, &c)| c >= opts.min_count)
        .map(|(&h, _)| h)
        .collect();
    kept.sort_unstable();
    let ids: HashMap<u64, u32> = kept
        .iter()
        .enumerate()
        .map(|(i, &h)| (h, i as u32))
        .collect();
    drop(counts);
    let dense: Vec<(Vec<u32>, Vec<u8>)> = sents
        .into_iter()
        .map(|s| {
            let f = s
                .feats
                .iter()
                .map(|h| ids.get(h).copied().unwrap_or(u32::MAX))
                .collect();
            (f, s.gold)
        })
        .collect();
    drop(ids);

    let nfeat = kept.len();
    let mut w = vec![0i32; nfeat * ntags];
    let mut u = vec![0i64; nfeat * ntags];
    let ntrans = (ntags + 1) * ntags;
    let mut tw = vec![0i32; ntrans];
    let mut tu = vec![0i64; ntrans];
    let mut c: i64 = 1;
    let mut rng = Rng(opts.seed | 1);
    let mut order: Vec<usize> = (0..dense.len()).collect();
    let (mut em, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    let mut trans64 = vec![0i64; ntrans];
    for _ in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            let j = rng.below(i + 1);
            order.swap(i, j);
        }
        let mut errors = 0;
        for &si in &order {
            let (feats, gold) = &dense[si];
            let n = gold.len();
            em.clear();
            em.resize(n * ntags, 0i64);
            for i in 0..n {
                for &f in &feats[i * N_FEATURES..(i + 1) * N_FEATURES] {
                    if f == u32::MAX {
                        continue;
                    }
                    let row = &w[f as usize * ntags..(f as usize + 1) * ntags];
                    for (e, &x) in em[i * ntags..(i + 1) * ntags].iter_mut().zip(row) {
                        *e += i64::from(x);
                    }
                }
            }
            constrained_transitions(&tw, ntags, &mut trans64);
            viterbi(&em, &trans64, ntags, &mut back, &mut pred);
            if pred != *gold {
                for i in 0..n {
                    let (g, p) = (usize::from(gold[i]), usize::from(pred[i]));
                    if g != p {
                        errors += 1;
                        for &f in &feats[i * N_FEATURES..(i + 1) * N_FEATURES] {
                            if f == u32::MAX {
                                continue;
                            }
                            let base = f as usize * ntags;
                            w[base + g] += 1;
                            u[base + g] += c;
                            w[base + p] -= 1;
                            u[base + p] -= c;
                        }
                    }
                    let gp = if i == 0 {
                        ntags
                    } else {
                        usize::from(gold[i - 1])
                    };
                    let pp = if i == 0 {
                        ntags
                    } else {
                        usize::from(pred[i - 1])
                    };
                    if (gp, g) != (pp, p) {
                        tw[gp * ntags + g] += 1;
                        tu[gp * ntags + g] += c;
                        tw[pp * ntags + p] -= 1;
                        tu[pp * ntags + p] -= c;
                    }
                }
            }
            c += 1;
        }
        stats.epoch_errors.push(errors);
    }

    // Average (w - u / c), quantise with one scale for emissions and transitions, prune.
    let cf = c as f64;
    let avg = |w: i32, u: i64| f64::from(w) - u as f64 / cf;
    let max_abs = w
        .iter()
        .zip(&u)
        .map(|(&a, &b)| avg(a, b).abs())
        .fold(1e-9, f64::max);
    let scale = 32_000.0 / max_abs;
    let mut features = Vec::new();
    for (fi, &h) in kept.iter().enumerate() {
        let row: Vec<i16> = (0..ntags)
            .map(|t| {
                let q = (avg(w[fi * ntags + t], u[fi * ntags + t]) * scale).round() as i64;
                let q = q.clamp(-32_767, 32_767) as i16;
                if q.abs() < opts.prune { 0 } else { q }
            })
            .collect();
        if row.iter().any(|&x| x != 0) {
            features.push((h, row));
        }
    }
    if features.len() > opts.max_features {
        let strength = |r: &[i16]| r.iter().map(|&x| i32::from(x).abs()).max().unwrap_or(0);
        features.sort_by(|a, b| strength(&b.1).cmp(&strength(&a.1)).then(a.0.cmp(&b.0)));
        features.truncate(opts.max_features);
    }
    stats.features_kept = features.len();
    let transitions: Vec<i32> = tw
        .iter()
        .zip(&tu)
        .map(|(&a, &b)| (avg(a, b) * scale).round() as i32)
        .collect();
    let model = Model::from_parts(
        opts.lang.clone(),
        opts.types.clone(),
        scale as f32,
        features,
        transitions,
        lexicon,
    );
    (model, stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, ents: &[(&str, EntityType)]) -> Doc {
        let mut entities = Vec::new();
        for (s, t) in ents {
            if let Some(i) = text.find(s) {
                entities.push((Span::new(i, i + s.len()), *t));
            }
        }
        Doc {
            id: text.into(),
            text: text.into(),
            entities,
        }
    }

    #[test]
    fn gold_tags_bilou_and_misalignment() {
        let text = "Vladimir Poutine à Moscou-Ville";
        let toks = tokenize(text);
        let ents = [
            (Span::new(0, 16), EntityType::Per),
            (Span::new(21, 27), EntityType::Loc), // "Moscou" inside "Moscou-Ville"
        ];
        let mut bad = 0;
        let tags = gold_tags(&toks, &ents, &[EntityType::Per, EntityType::Loc], &mut bad);
        assert_eq!(
            tags,
            [make_tag(0, 0), make_tag(0, 2), TAG_O, make_tag(1, 3)]
        );
        assert_eq!(bad, 1);
    }

    #[test]
    fn tiny_training_is_deterministic_and_learns() {
        let data = [
            doc(
                "Vladimir Poutine est à Minsk.",
                &[
                    ("Vladimir Poutine", EntityType::Per),
                    ("Minsk", EntityType::Loc),
                ],
            ),
            doc(
                "Alexandre Loukachenko est à Moscou.",
                &[
                    ("Alexandre Loukachenko", EntityType::Per),
                    ("Moscou", EntityType::Loc),
                ],
            ),
            doc(
                "L'OTAN est à Bruxelles.",
                &[("OTAN", EntityType::Org), ("Bruxelles", EntityType::Loc)],
            ),
        ];
        let refs: Vec<&Doc> = data.iter().collect();
        let opts = TrainOptions {
            min_count: 1,
            prune: 0,
            epochs: 5,
            ..TrainOptions::default()
        };
        let (a, stats) = train(&refs, &opts);
        let (b, _) = train(&refs, &opts);
        assert_eq!(a.to_bytes(), b.to_bytes());
        assert_eq!(stats.sentences, 3);
        let got: Vec<&str> = a
            .tag("Vladimir Poutine est à Minsk.")
            .iter()
            .map(|(s, _)| s.slice("Vladimir Poutine est à Minsk."))
            .collect();
        assert_eq!(got, ["Vladimir Poutine", "Minsk"]);
        let (empty, _) = train(&[], &opts);
        assert!(empty.tag("Rien.").is_empty());
    }
}
