//! The four seed documents (`samples/seeds/`): cleaning, metadata and sections.
//! See: #2

use chancery_clean::{clean_text, ChromeKind};
use chancery_extract::{extract, Context};
use chancery_model::Document;

fn seed(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/seeds");
    let entry = std::fs::read_dir(dir)
        .expect("samples/seeds exists")
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .expect("seed present");
    std::fs::read_to_string(entry.path()).expect("seed is UTF-8")
}

fn run(prefix: &str) -> Document {
    let ctx = Context { id: prefix.into(), path: prefix.into(), fallback_date: None };
    extract(clean_text(&seed(prefix)), &ctx)
}

fn published(doc: &Document) -> Option<String> {
    doc.published.map(|p| p.to_string())
}

/// Chrome the issue names, by seed: none of it may remain in the cleaned text.
const CHROME: [&str; 16] = [
    "de-DE1",
    "Documents supplémentaires",
    "Outils supplémentaires de recherche",
    "Documentos adicionales",
    "Fotografías",
    "Album de fotos",
    "fotos en el album",
    "De gauche à droite",
    "VP Avec le président",
    "Photo :",
    "Géographie",
    "Rejoignez News-Front",
    "1/8",
    "5/10",
    "10/10",
    "\nx\n",
];

#[test]
fn no_chrome_remains() {
    for prefix in ["000", "001", "002", "003"] {
        let text = format!("\n{}\n", run(prefix).text);
        for chrome in CHROME {
            assert!(!text.contains(chrome), "seed {prefix} keeps chrome {chrome:?}");
        }
        assert!(!text.lines().any(|l| l.trim() == "Photos" || l.trim() == "x"), "seed {prefix}");
    }
}

/// Every body line of every seed is kept whole: a raw line is either a line of the cleaned text
/// (after whitespace normalisation; a gallery counter glued before a caption loses only the
/// counter) or one of the lines cleaning reports as removed, and the removed ones are chrome.
#[test]
fn every_body_line_is_kept() {
    for prefix in ["000", "001", "002", "003"] {
        let raw = seed(prefix);
        let cleaned = clean_text(&raw);
        let kept: std::collections::HashSet<&str> = cleaned.text.lines().collect();
        let removed: Vec<&str> = cleaned.removed.iter().map(|r| r.text.as_str()).collect();
        for line in raw.lines() {
            let norm = line.split_whitespace().collect::<Vec<_>>().join(" ");
            if norm.is_empty() {
                continue;
            }
            let glued_counter = norm.split_once(" .").is_some_and(|(c, rest)| c.contains('/') && kept.contains(rest));
            assert!(
                kept.contains(norm.as_str()) || removed.contains(&norm.as_str()) || glued_counter,
                "seed {prefix}: line lost: {norm:?}"
            );
        }
        // Removed lines are chrome: short, or numbered captions, or share footers.
        for r in &cleaned.removed {
            let ok = match r.kind {
                ChromeKind::Caption => r.text.as_bytes()[0].is_ascii_digit(),
                ChromeKind::ShareFooter => r.text.contains("Facebook"),
                _ => r.text.chars().count() <= 60,
            };
            assert!(ok, "seed {prefix}: suspicious removal {:?} {:?}", r.kind, r.text);
        }
    }
}

/// The exact number of removed lines per kind, so that a rule that starts eating body text shows.
#[test]
fn removed_counts() {
    let count = |prefix: &str, kind: ChromeKind| clean_text(&seed(prefix)).removed.iter().filter(|r| r.kind == kind).count();
    assert_eq!(count("000", ChromeKind::Boilerplate), 5); // Documents supplémentaires, Photos, x, x, Outils…
    assert_eq!(count("001", ChromeKind::Boilerplate), 3); // Documentos adicionales, Fotografías, Album de fotos
    assert_eq!(count("001", ChromeKind::Counter), 1); // 1 из 1 fotos en el album
    assert_eq!(count("002", ChromeKind::Counter), 8 + 10 + 8);
    assert_eq!(count("002", ChromeKind::Caption), 8 + 11); // parts B and C
    assert_eq!(count("002", ChromeKind::Boilerplate), 1); // Géographie
    assert_eq!(count("003", ChromeKind::ShareFooter), 1);
}

#[test]
fn seed_000_metadata() {
    let doc = run("000");
    assert_eq!(published(&doc).as_deref(), Some("2020-11-26T14:26"));
    assert_eq!(doc.doc_ref.as_deref(), Some("2059-26-11-2020"));
    assert_eq!(doc.translations, ["de", "en", "es", "ru", "fr"]);
    assert_eq!(doc.lang.as_deref(), Some("fr"));
    assert!(doc.title.as_deref().unwrap_or("").starts_with("Déclaration à la presse de Sergueï Lavrov"));
    assert_eq!(doc.publisher, None);
    assert!(doc.sections.is_empty());
}

#[test]
fn seed_001_metadata() {
    let doc = run("001");
    assert_eq!(published(&doc).as_deref(), Some("2024-06-25T14:49"));
    assert_eq!(doc.doc_ref.as_deref(), Some("1206-25-06-2024"));
    assert!(doc.title.as_deref().unwrap_or("").starts_with("Commentaire pour la presse de Sergueï Lavrov"));
    assert_eq!(doc.lang.as_deref(), Some("fr"));
}

#[test]
fn seed_002_metadata_and_sections() {
    let doc = run("002");
    assert_eq!(doc.title.as_deref(), Some("V.Poutine à Minsk rencontre Alexandre Loukachenko"));
    assert_eq!(published(&doc).as_deref(), Some("2024-05-24"));
    assert_eq!(doc.doc_ref.as_deref(), Some("6125"));
    let got: Vec<String> = doc
        .sections
        .iter()
        .map(|s| {
            format!(
                "{} {} {} {} {}",
                s.label,
                s.published.map(|p| p.to_string()).unwrap_or_default(),
                s.place.as_deref().unwrap_or("-"),
                s.url.as_deref().unwrap_or("-"),
                s.parent.map_or("-".to_owned(), |p| p.to_string()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "1 2024-05-23T23:30 Minsk http://en.kremlin.ru/events/president/news/74102 -",
            "2 2024-05-24T09:00 Moscou http://en.kremlin.ru/events/president/news/74101 -",
            "3 2024-05-24T14:10 Minsk http://en.kremlin.ru/events/president/news/74103 -",
            "4 2024-05-24T17:15 Minsk - -",
            "A 2024-05-24T14:50 Minsk http://en.kremlin.ru/events/president/transcripts/74106 3",
            "B 2024-05-24T16:40 Minsk http://en.kremlin.ru/events/president/transcripts/74107 3",
            "C 2024-05-24T17:30 Minsk http://en.kremlin.ru/events/president/news/74108 3",
        ]
    );
    assert_eq!(doc.sections[0].title, "Vladimir Poutine arrive à Minsk");
    assert_eq!(doc.sections[3].title, "Pourparlers Russie-Biélorussie");
    // Parts lie inside their parent; top-level sections do not overlap.
    for s in &doc.sections {
        if let Some(p) = s.parent {
            assert!(doc.sections[p].span.contains(s.span));
        }
    }
    assert!(doc.sections[0].span.end <= doc.sections[1].span.start);
    assert!(doc.sections[0].span.slice(&doc.text).starts_with("1°/Vladimir Poutine arrive à Minsk"));
    assert_eq!(doc.urls.len(), 6);
}

#[test]
fn seed_003_metadata() {
    let doc = run("003");
    assert_eq!(published(&doc), None, "seed 003 states no date");
    assert_eq!(doc.publisher.as_deref(), Some("News-Front"));
    assert_eq!(doc.title.as_deref(), Some("Poutine a appelé la pression extérieure sur la Biélorussie sans précédent (Vidéo)"));
}
