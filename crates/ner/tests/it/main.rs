//! Integration tests: the shipped models (no training here: training runs over whole corpora
//! belong to `chancery train ner`, not to `cargo test`).

use chancery_model::text::CharOffsets;
use chancery_ner::{EntityType, Model, shipped_model_path};

fn load(lang: &str) -> Model {
    let path = shipped_model_path(lang);
    match Model::load_path(&path) {
        Ok(m) => m,
        Err(e) => panic!("shipped model {}: {e}", path.display()),
    }
}

fn tagged(model: &Model, text: &str) -> Vec<(String, EntityType)> {
    model
        .tag(text)
        .into_iter()
        .map(|(s, t)| (s.slice(text).to_string(), t))
        .collect()
}

#[test]
fn shipped_fr_model_tags_the_seed_sentence() {
    let model = load("fr");
    assert_eq!(model.lang(), "fr");
    let got = tagged(
        &model,
        "Vladimir Poutine a rencontré Alexandre Loukachenko à Minsk.",
    );
    assert_eq!(
        got,
        [
            ("Vladimir Poutine".to_string(), EntityType::Per),
            ("Alexandre Loukachenko".to_string(), EntityType::Per),
            ("Minsk".to_string(), EntityType::Loc),
        ]
    );
}

#[test]
fn shipped_fr_model_keeps_honorifics_and_reads_old_newspapers() {
    let model = load("fr");
    // French convention (WikiNER, HIPE, Quaero): the honorific belongs to the person's span,
    // also across a line break of OCR text.
    let got = tagged(&model, "Le conseil a entendu M. Jules Richard, à Genève.");
    assert!(
        got.contains(&("M. Jules Richard".to_string(), EntityType::Per)),
        "{got:?}"
    );
    let got = tagged(
        &model,
        "La vente aura lieu chez Mme\nLouise Perrenoud, à Neuchâtel.",
    );
    assert!(
        got.iter()
            .any(|(s, t)| s.starts_with("Mme") && *t == EntityType::Per),
        "{got:?}"
    );
    // English keeps the CoNLL convention: no title in the span.
    let en = load("en");
    let got = tagged(&en, "Yesterday Mr. John Smith arrived in London.");
    assert!(got.iter().all(|(s, _)| !s.starts_with("Mr.")), "{got:?}");
}

#[test]
fn shipped_models_load_and_spans_fall_on_char_boundaries() {
    let cases = [
        (
            "fr",
            "Le président Émile Loubet a reçu à l'Élysée le tsar Nicolas II.",
        ),
        (
            "en",
            "Sergey Lavrov met Antony Blinken in Geneva on Friday.",
        ),
        (
            "ru",
            "Сергей Лавров встретился с Александром Лукашенко в Минске.",
        ),
    ];
    for (lang, text) in cases {
        let model = load(lang);
        let ents = model.tag(text);
        assert!(!ents.is_empty(), "{lang}: nothing found in {text:?}");
        let map = CharOffsets::new(text);
        for (span, _) in &ents {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            let (cs, ce) = (map.char_offset(span.start), map.char_offset(span.end));
            let by_chars: String = text.chars().skip(cs).take(ce - cs).collect();
            assert_eq!(by_chars, span.slice(text), "{lang}: code points vs bytes");
        }
    }
    let ru = load("ru");
    let text = "Сергей Лавров встретился с Александром Лукашенко в Минске.";
    let found = tagged(&ru, text);
    assert!(
        found
            .iter()
            .any(|(s, t)| s == "Минске" && *t == EntityType::Loc),
        "{found:?}"
    );
}

#[test]
fn tagging_odd_input_never_panics() {
    let model = load("fr");
    for text in [
        "",
        " ",
        "\u{200f}\u{feff}",
        "« »",
        "l'",
        "M.",
        "...",
        "𝄞𝄞 Ё̈ e\u{301}",
        "A-",
        "d'l'qu'",
        "M.",
        "M.\n",
        "M.\nM.\nMM. Mme",
        "MM. Mme Mlle Dr Me",
        "M. Richard",
        "GAZETTE DE LAUSANNE\nM. J. RICHARD, greffier.",
        "Jean-\nPierre ¬ _£ „ ’’ 1 S 08.",
        &"Paris ".repeat(5000),
        &"x".repeat(100_000),
    ] {
        let ents = model.tag(text);
        for (s, _) in ents {
            assert!(s.start < s.end && s.end <= text.len());
        }
    }
}
