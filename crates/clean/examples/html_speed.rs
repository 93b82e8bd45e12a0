//! Throughput of `extract_main` on synthetic news pages with realistic chrome.
//!
//! `cargo run --release -p chancery-clean --example html_speed [-- seed.txt [share]]`
//!
//! The article body comes from a plain-text seed (one paragraph per line), or from built-in
//! French sentences without one. Around it: a head with meta tags, CSS and JSON-LD, a cookie
//! banner, a header with a search form and a language switcher, a 40-link menu, a breadcrumb, a
//! share widget with SVG icons, a tag list, related articles, a sidebar with a newsletter form, a
//! three-column footer and analytics scripts (with `</div>` inside their strings). Pages are
//! built at several body sizes; each is extracted repeatedly for about a second. With
//! `HTML_SPEED_PRINT=1` set, the extracted text and metadata are printed too.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chancery_clean::html::extract_main;

fn main() {
    let paragraphs = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>(),
        None => builtin_paragraphs(),
    };
    println!(
        "{:>10} {:>10} {:>10} {:>10} {:>10}",
        "page KB", "text KB", "iters", "µs/page", "MB/s"
    );
    let mut total_bytes = 0usize;
    let mut total_time = Duration::ZERO;
    // An optional second argument picks one body share (0.1 = a tenth of the seed's paragraphs).
    let shares = match std::env::args().nth(2).and_then(|s| s.parse::<f64>().ok()) {
        Some(share) => vec![share],
        None => vec![0.1, 0.25, 0.5, 1.0],
    };
    for share in shares {
        let count = ((paragraphs.len() as f64 * share).ceil() as usize).max(1);
        let page = build_page(&paragraphs[..count]);
        let (text, meta) = extract_main(&page);
        assert!(
            text.starts_with("Visite d"),
            "unexpected extraction start: {:?}",
            &text[..text.len().min(80)]
        );
        assert!(
            !text.contains("Accueil") && !text.contains("cookies"),
            "chrome leaked into the text"
        );
        assert_eq!(meta.lang.as_deref(), Some("fr"));
        if std::env::var_os("HTML_SPEED_PRINT").is_some() {
            println!("{meta:#?}\n{text}\n");
        }

        let start = Instant::now();
        let mut iters = 0u64;
        while start.elapsed() < Duration::from_secs(1) {
            for _ in 0..10 {
                black_box(extract_main(black_box(&page)));
            }
            iters += 10;
        }
        let elapsed = start.elapsed();
        total_bytes += page.len() * iters as usize;
        total_time += elapsed;
        let per_page = elapsed.as_secs_f64() / iters as f64;
        println!(
            "{:>10.1} {:>10.1} {:>10} {:>10.1} {:>10.1}",
            page.len() as f64 / 1024.0,
            text.len() as f64 / 1024.0,
            iters,
            per_page * 1e6,
            page.len() as f64 / per_page / 1e6
        );
    }
    println!(
        "overall: {:.1} MB/s",
        total_bytes as f64 / total_time.as_secs_f64() / 1e6
    );
}

fn builtin_paragraphs() -> Vec<String> {
    let sentences = [
        "Le ministre de l’Europe et des Affaires étrangères a reçu aujourd’hui son homologue.",
        "Les deux ministres ont évoqué la situation régionale ainsi que les perspectives de coopération.",
        "« Nous sommes attachés au dialogue », a déclaré le porte-parole du Quai d’Orsay.",
        "La France rappelle son soutien constant au droit international et à la Charte des Nations unies.",
    ];
    (0..120)
        .map(|i| {
            (0..4)
                .map(|j| sentences[(i + j) % 4])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

const SVG_ICON: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d="M22.46 6c-.77.35-1.6.58-2.46.69.88-.53 1.56-1.37 1.88-2.38-.83.5-1.75.85-2.72 1.05C18.37 4.5 17.26 4 16 4c-2.35 0-4.27 1.92-4.27 4.29 0 .34.04.67.11.98C8.28 9.09 5.11 7.38 3 4.79c-.37.63-.58 1.37-.58 2.15 0 1.49.75 2.81 1.91 3.56-.71 0-1.37-.2-1.95-.5v.03c0 2.08 1.48 3.82 3.44 4.21a4.22 4.22 0 0 1-1.93.07 4.28 4.28 0 0 0 4 2.98 8.521 8.521 0 0 1-5.33 1.84c-.34 0-.68-.02-1.02-.06C3.44 20.29 5.7 21 8.12 21 16 21 20.33 14.46 20.33 8.79c0-.19 0-.37-.01-.56.84-.6 1.56-1.36 2.14-2.23z"/></svg>"#;

fn build_page(paragraphs: &[String]) -> String {
    let mut p = String::with_capacity(200_000);
    p.push_str("<!DOCTYPE html>\n<html lang=\"fr-FR\" class=\"no-js\">\n<head>\n<meta charset=\"utf-8\">\n");
    p.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    p.push_str("<title>Visite de Vladimir Poutine à Minsk | Diplomatie</title>\n");
    for (k, v) in [
        ("og:title", "Visite de Vladimir Poutine à Minsk"),
        ("og:site_name", "Diplomatie"),
        ("og:type", "article"),
        ("og:url", "https://example.org/fr/actualites/visite-minsk"),
        ("og:image", "https://example.org/media/minsk.jpg"),
        ("article:published_time", "2024-05-24T09:00:00+03:00"),
        ("twitter:card", "summary_large_image"),
        ("twitter:site", "@diplomatie"),
    ] {
        p.push_str(&format!("<meta property=\"{k}\" content=\"{v}\">\n"));
    }
    p.push_str(
        "<link rel=\"canonical\" href=\"https://example.org/fr/actualites/visite-minsk\">\n",
    );
    for l in ["en", "ru", "es", "de", "x-default"] {
        p.push_str(&format!("<link rel=\"alternate\" hreflang=\"{l}\" href=\"https://example.org/{l}/news/minsk\">\n"));
    }
    for i in 0..4 {
        p.push_str(&format!(
            "<link rel=\"stylesheet\" href=\"/assets/css/bundle-{i}.min.css?v=8f3a9c\">\n"
        ));
    }
    p.push_str("<style>\n");
    for i in 0..60 {
        p.push_str(&format!(
            ".c-block-{i} > .c-block__inner {{ margin: 0 auto; padding: {i}px 1rem; color: #1a1a1a; font: 400 1rem/1.5 Marianne, arial, sans-serif; }}\n"
        ));
    }
    p.push_str("</style>\n<script>\nwindow.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\n");
    for i in 0..30 {
        p.push_str(&format!(
            "document.querySelectorAll('.js-toggle-{i}').forEach(function (el) {{ el.innerHTML = '<div class=\"x\"><p>' + el.dataset.label + '</p></div>'; }});\n"
        ));
    }
    p.push_str("</script>\n<script type=\"application/ld+json\">\n{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Visite de Vladimir Poutine à Minsk\",\"datePublished\":\"2024-05-24T09:00:00+03:00\",\"author\":{\"@type\":\"Organization\",\"name\":\"Diplomatie\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"Diplomatie\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://example.org/logo.png\"}}}\n</script>\n</head>\n");
    p.push_str("<body class=\"page-template-default single single-post has-sidebar\">\n");
    p.push_str("<div id=\"cookie-banner\" class=\"cookie-consent\" role=\"dialog\"><p>Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience. <a href=\"/cookies\">En savoir plus</a></p><button class=\"btn\">Accepter</button><button class=\"btn\">Refuser</button></div>\n");
    p.push_str("<a class=\"skip-link\" href=\"#content\">Aller au contenu</a>\n<header class=\"site-header\" role=\"banner\"><div class=\"container\"><a class=\"logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"Diplomatie\"></a>");
    p.push_str("<form role=\"search\" action=\"/recherche\"><label for=\"q\">Rechercher</label><input id=\"q\" name=\"q\" type=\"search\"><button type=\"submit\">OK</button></form>");
    p.push_str("<ul class=\"lang-switch\"><li><a href=\"/en\" hreflang=\"en\">EN</a></li><li><a href=\"/ru\">RU</a></li><li><a href=\"/es\">ES</a></li></ul></div></header>\n");
    p.push_str("<nav class=\"main-nav\" aria-label=\"Menu principal\"><ul class=\"menu\">\n");
    for i in 0..40 {
        p.push_str(&format!(
            "<li class=\"menu-item menu-item-{i}\"><a href=\"/fr/rubrique-{i}/\" class=\"nav-link\">Accueil rubrique {i}</a></li>\n"
        ));
    }
    p.push_str("</ul></nav>\n<ol class=\"breadcrumb\"><li><a href=\"/\">Accueil</a></li><li><a href=\"/actualites\">Actualités</a></li><li>Visite</li></ol>\n");
    p.push_str("<div class=\"content-sidebar-wrap\"><main id=\"content\" class=\"site-main\"><article class=\"post type-post\">\n");
    p.push_str("<header class=\"entry-header\"><h1 class=\"entry-title\">Visite de Vladimir Poutine à Minsk</h1><time datetime=\"2024-05-24\">24 mai 2024</time></header>\n");
    p.push_str("<div class=\"share-buttons\">");
    for net in ["facebook", "twitter", "telegram", "vk", "mail"] {
        p.push_str(&format!("<a class=\"share-{net}\" href=\"https://share.example/{net}?u=x\" title=\"Partager sur {net}\">{SVG_ICON}<span class=\"sr-only\">Partager sur {net}</span></a>"));
    }
    p.push_str("</div>\n<div class=\"entry-content\" itemprop=\"articleBody\">\n");
    for (i, para) in paragraphs.iter().enumerate() {
        let para = html_escape(para);
        if i % 7 == 3 {
            p.push_str(&format!("<figure class=\"wp-block-image\"><img src=\"/media/photo-{i}.jpg\" alt=\"Photo {i}\" loading=\"lazy\" width=\"800\" height=\"533\"><figcaption>Photo&nbsp;: Kremlin.ru</figcaption></figure>\n"));
        }
        if i % 5 == 2 {
            // A link in the middle of the paragraph.
            let cut = para
                .char_indices()
                .nth(para.chars().count() / 2)
                .map_or(0, |(b, _)| b);
            let (a, b) = para.split_at(cut);
            p.push_str(&format!("<p>{a}<a href=\"/fr/dossier-{i}\">{b}</a></p>\n"));
        } else if i % 11 == 0 {
            p.push_str(&format!("<h2 class=\"wp-block-heading\">{para}</h2>\n"));
        } else {
            p.push_str(&format!("<p class=\"has-text-align-justify\">{para}</p>\n"));
        }
    }
    p.push_str("</div>\n<footer class=\"entry-footer\"><div class=\"tags-links\">Mots-clés : ");
    for t in ["Russie", "Biélorussie", "Union", "Diplomatie", "Minsk"] {
        p.push_str(&format!("<a href=\"/tag/{t}\" rel=\"tag\">{t}</a>, "));
    }
    p.push_str(
        "</div></footer>\n</article>\n<section class=\"related-posts\"><h2>Articles liés</h2>",
    );
    for i in 0..6 {
        p.push_str(&format!("<article class=\"card\"><a href=\"/fr/article-{i}\"><img src=\"/t{i}.jpg\" alt=\"\"><h3>Un autre article lié numéro {i}</h3></a><p>Résumé court de l’article lié.</p></article>"));
    }
    p.push_str("</section>\n</main>\n<aside class=\"sidebar widget-area\" role=\"complementary\">");
    for i in 0..20 {
        p.push_str(&format!("<div class=\"widget\"><a href=\"/fr/populaire-{i}\">Article populaire numéro {i} de la semaine</a></div>"));
    }
    p.push_str("<div class=\"newsletter\"><h3>Newsletter</h3><form action=\"/subscribe\"><input type=\"email\" placeholder=\"Votre courriel\"><button>S’abonner</button></form></div></aside></div>\n");
    p.push_str("<footer class=\"site-footer\" role=\"contentinfo\"><div class=\"footer-columns\">");
    for c in 0..3 {
        p.push_str("<ul class=\"footer-menu\">");
        for i in 0..10 {
            p.push_str(&format!(
                "<li><a href=\"/fr/pied-{c}-{i}\">Lien de pied de page {c}-{i}</a></li>"
            ));
        }
        p.push_str("</ul>");
    }
    p.push_str("</div><p class=\"copyright\">© 2024 Diplomatie — Mentions légales — Accessibilité</p></footer>\n");
    p.push_str("<script src=\"/assets/js/app.min.js?v=8f3a9c\" defer></script>\n<script>\n");
    for i in 0..80 {
        p.push_str(&format!(
            "(function(){{var n{i}=document.createElement('div');n{i}.className='tracker-{i}';n{i}.innerHTML='<img src=\"/px.gif?e={i}\" alt=\"\"></div>';if(window.innerWidth<{i}*10&&true){{document.body.appendChild(n{i});}}}})();\n"
        ));
    }
    p.push_str("</script>\n</body>\n</html>\n");
    p
}

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '’' => out.push_str("&rsquo;"),
            _ => out.push(c),
        }
    }
    out
}
