//! The four seed documents (`samples/seeds/`): cleaning, metadata and sections.
//! See: #2

use chancery_clean::{RemovedKind, clean_text};
use chancery_extract::{Context, extract};
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

pub fn run(prefix: &str) -> Document {
    let ctx = Context {
        id: prefix.into(),
        path: prefix.into(),
        ..Context::default()
    };
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
            assert!(
                !text.contains(chrome),
                "seed {prefix} keeps chrome {chrome:?}"
            );
        }
        assert!(
            !text
                .lines()
                .any(|l| l.trim() == "Photos" || l.trim() == "x"),
            "seed {prefix}"
        );
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
            let glued_counter = norm
                .split_once(" .")
                .is_some_and(|(c, rest)| c.contains('/') && kept.contains(rest));
            assert!(
                kept.contains(norm.as_str()) || removed.contains(&norm.as_str()) || glued_counter,
                "seed {prefix}: line lost: {norm:?}"
            );
        }
        // Removed lines are chrome: short, or numbered captions, or share footers.
        for r in &cleaned.removed {
            let ok = match r.kind {
                RemovedKind::Caption => r.text.as_bytes()[0].is_ascii_digit(),
                RemovedKind::ShareFooter => r.text.contains("Facebook"),
                _ => r.text.chars().count() <= 60,
            };
            assert!(
                ok,
                "seed {prefix}: suspicious removal {:?} {:?}",
                r.kind, r.text
            );
        }
    }
}

/// The exact number of removed lines per kind, so that a rule that starts eating body text shows.
#[test]
fn removed_counts() {
    let count = |prefix: &str, kind: RemovedKind| {
        clean_text(&seed(prefix))
            .removed
            .iter()
            .filter(|r| r.kind == kind)
            .count()
    };
    assert_eq!(count("000", RemovedKind::Boilerplate), 5); // Documents supplémentaires, Photos, x, x, Outils…
    assert_eq!(count("001", RemovedKind::Boilerplate), 3); // Documentos adicionales, Fotografías, Album de fotos
    assert_eq!(count("001", RemovedKind::Counter), 1); // 1 из 1 fotos en el album
    assert_eq!(count("002", RemovedKind::Counter), 8 + 10 + 8);
    assert_eq!(count("002", RemovedKind::Caption), 8 + 11); // parts B and C
    assert_eq!(count("002", RemovedKind::Boilerplate), 1); // Géographie
    assert_eq!(count("003", RemovedKind::ShareFooter), 1);
}

#[test]
fn seed_000_metadata() {
    let doc = run("000");
    assert_eq!(published(&doc).as_deref(), Some("2020-11-26T14:26"));
    assert_eq!(doc.doc_ref.as_deref(), Some("2059-26-11-2020"));
    assert_eq!(doc.translations, ["de", "en", "es", "ru", "fr"]);
    assert_eq!(doc.lang.as_deref(), Some("fr"));
    assert!(
        doc.title
            .as_deref()
            .unwrap_or("")
            .starts_with("Déclaration à la presse de Sergueï Lavrov")
    );
    assert_eq!(doc.publisher, None);
    assert!(doc.sections.is_empty());
}

#[test]
fn seed_001_metadata() {
    let doc = run("001");
    assert_eq!(published(&doc).as_deref(), Some("2024-06-25T14:49"));
    assert_eq!(doc.doc_ref.as_deref(), Some("1206-25-06-2024"));
    assert!(
        doc.title
            .as_deref()
            .unwrap_or("")
            .starts_with("Commentaire pour la presse de Sergueï Lavrov")
    );
    assert_eq!(doc.lang.as_deref(), Some("fr"));
}

#[test]
fn seed_002_metadata_and_sections() {
    let doc = run("002");
    assert_eq!(
        doc.title.as_deref(),
        Some("V.Poutine à Minsk rencontre Alexandre Loukachenko")
    );
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
    assert!(
        doc.sections[0]
            .span
            .slice(&doc.text)
            .starts_with("1°/Vladimir Poutine arrive à Minsk")
    );
    assert_eq!(doc.urls.len(), 6);
}

#[test]
fn seed_003_metadata() {
    let doc = run("003");
    assert_eq!(published(&doc), None, "seed 003 states no date");
    assert_eq!(doc.publisher.as_deref(), Some("News-Front"));
    assert_eq!(
        doc.title.as_deref(),
        Some("Poutine a appelé la pression extérieure sur la Biélorussie sans précédent (Vidéo)")
    );
}

/// The value of the first time expression whose text is `expr` (after `after`, if given).
fn time_value(doc: &Document, expr: &str, after: Option<&str>) -> Option<String> {
    let from = after.and_then(|a| doc.text.find(a)).unwrap_or(0);
    doc.times
        .iter()
        .find(|t| t.span.start >= from && t.span.slice(&doc.text).eq_ignore_ascii_case(expr))
        .map(|t| {
            t.value
                .map(|v| v.to_string())
                .unwrap_or_else(|| "null".into())
        })
}

/// Issue 5's acceptance on the whole pipeline: real cleaning, real sections.
/// See: #5
#[test]
fn times_resolve_against_sections() {
    let d0 = run("000");
    assert_eq!(
        time_value(&d0, "aujourd'hui", None).as_deref(),
        Some("2020-11-26")
    );
    assert_eq!(
        time_value(&d0, "2020-2021", None).as_deref(),
        Some("2020/2021")
    );
    let soon = time_value(&d0, "Dans quelques jours", None).unwrap();
    assert!(
        soon.starts_with("2020-11-27/") || soon.starts_with("2020-11-2"),
        "{soon}"
    );

    let d1 = run("001");
    assert_eq!(time_value(&d1, "hier", None).as_deref(), Some("2024-06-24"));
    assert_eq!(
        time_value(&d1, "14 juin dernier", None).as_deref(),
        Some("2024-06-14")
    );
    assert_eq!(
        time_value(&d1, "3-4 juillet", None).as_deref(),
        Some("2024-07-03/2024-07-04")
    );
    assert_eq!(
        time_value(&d1, "de 2024 à 2026 inclus", None).as_deref(),
        Some("2024/2026")
    );

    let d2 = run("002");
    let v = |e: &str, after: Option<&str>| time_value(&d2, e, after);
    assert_eq!(
        v(
            "23 mai 2024 à 23h30",
            Some("1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk\n")
        )
        .as_deref(),
        Some("2024-05-23T23:30")
    );
    assert_eq!(
        v("24 mai", Some("Les principaux événements")).as_deref(),
        Some("2024-05-24")
    );
    assert_eq!(
        v(
            "demain",
            Some("Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk\n23")
        )
        .as_deref(),
        Some("2024-05-24")
    );
    assert_eq!(
        v("hier", Some("Comme nous l’avons convenu")).as_deref(),
        Some("2024-05-23")
    );
    assert_eq!(v("3 juin", None).as_deref(), Some("2024-06-03"));
    assert_eq!(v("3 juillet", None).as_deref(), Some("2024-07-03"));
    assert_eq!(v("8 décembre", None).as_deref(), Some("2024-12-08"));
    assert_eq!(v("29 janvier", None).as_deref(), Some("2024-01-29"));
    assert_eq!(v("9 mai", None).as_deref(), Some("2024-05-09"));
    assert_eq!(v("novembre 2023", None).as_deref(), Some("2023-11"));
    assert_eq!(
        v("27 et 28 juin", None).as_deref(),
        Some("2024-06-27/2024-06-28")
    );
    assert_eq!(
        v("fin de l’année dernière", None).as_deref(),
        Some("2023-09/2023-12")
    );
    assert_eq!(v("depuis 1954", None).as_deref(), Some("1954"));
    for not_a_date in ["2.500", "46,5", "90.000", "28", "80e", "16.000"] {
        assert!(
            !d2.times
                .iter()
                .any(|t| t.span.slice(&d2.text).starts_with(not_a_date)),
            "{not_a_date} tagged as a time"
        );
    }

    let d3 = run("003");
    assert_eq!(
        time_value(&d3, "14 septembre", None).as_deref(),
        Some("--09-14")
    );
}
