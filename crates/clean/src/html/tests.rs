use super::*;

#[track_caller]
fn check(html: &str, expected: &str) {
    let (text, _) = extract_main(html);
    assert_eq!(text, expected, "\ninput: {html}");
}

#[track_caller]
fn check_meta(html: &str, expected: HtmlMeta) {
    let (_, meta) = extract_main(html);
    assert_eq!(meta, expected, "\ninput: {html}");
}

/// The dropped blocks of a page as `(reason, text, at)`.
#[track_caller]
fn check_dropped(html: &str, body: &str, dropped: &[(DropReason, &str, usize)]) {
    let page = extract_page(html);
    assert_eq!(page.body, body, "\ninput: {html}");
    let got: Vec<(DropReason, &str, usize)> = page
        .dropped
        .iter()
        .map(|d| (d.reason, d.text.as_str(), d.at))
        .collect();
    assert_eq!(got, dropped, "\ninput: {html}");
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

/// A paragraph of prose, numbered so that paragraphs differ.
fn prose(n: usize) -> String {
    format!(
        "Paragraphe {n} : le ministre des Affaires étrangères a reçu son homologue, et les deux \
         délégations ont parlé de la coopération régionale."
    )
}

/// `n` paragraphs of prose as `<p>` elements, and as the body they give.
fn paragraphs(n: usize) -> (String, String) {
    let html = (1..=n).map(|i| format!("<p>{}</p>", prose(i))).collect();
    let text = (1..=n).map(prose).collect::<Vec<_>>().join("\n\n");
    (html, text)
}

// ---- blocks and whitespace ----

#[test]
fn blocks_are_separated_by_a_blank_line() {
    check("<p>Hello <b>world</b></p><p>Two</p>", "Hello world\n\nTwo");
    check("<div>One<div>Two</div>Three</div>", "One\n\nTwo\n\nThree");
    check(
        "<h1>Titre</h1><p>Texte.</p><blockquote>Cité</blockquote>",
        "Titre\n\nTexte.\n\nCité",
    );
    // A caption is not body text: it is left out, and listed with its reason.
    check(
        "<figure><img src=x><figcaption>Légende</figcaption></figure><p>Après</p>",
        "Après",
    );
    check(
        "<dl><dt>Terme<dd>Définition<dt>Autre<dd>Sens</dl>",
        "Terme\n\nDéfinition\n\nAutre\n\nSens",
    );
    check("<p>a</p><hr><p>b</p>", "a\n\nb");
}

#[test]
fn inline_whitespace_collapses() {
    check(
        "<p>  Le   ministre\n\t a   déclaré  </p>",
        "Le ministre a déclaré",
    );
    check(
        "<p><span>Le</span> <em>ministre</em><b>,</b> hier</p>",
        "Le ministre, hier",
    );
    check(
        "<p>\n<a href=x>lien</a>\n dans le texte du paragraphe assez long pour rester</p>",
        "lien dans le texte du paragraphe assez long pour rester",
    );
    check("   ", "");
    check("", "");
    check(
        "<p>Un</p><p>&nbsp;</p><p> &nbsp; &#8203; </p><p>Deux</p>",
        "Un\n\nDeux",
    );
    check("<p>&nbsp;Alinéa</p>", "\u{a0}Alinéa");
}

#[test]
fn br_is_a_line_break() {
    check(
        "<p>Ligne un<br>Ligne deux<br/>Ligne trois</p>",
        "Ligne un\nLigne deux\nLigne trois",
    );
    check("<p>Un <br> deux</p>", "Un\ndeux");
    check("<p>Un<br><br><br><br>deux</p>", "Un\n\ndeux");
    check("<p><br>Début<br></p>", "Début");
    check("<p>a</br>b</p>", "a\nb");
}

#[test]
fn pre_keeps_its_line_breaks() {
    check(
        "<pre>\nligne 1\n  ligne 2\r\nligne 3\n</pre>",
        "ligne 1\n  ligne 2\nligne 3",
    );
    check(
        "<p>avant</p><pre>a &lt; b\n<b>gras</b></pre>",
        "avant\n\na < b\ngras",
    );
}

#[test]
fn lists_and_nested_lists() {
    check("<ul><li>Un<li>Deux</ul>", "Un\n\nDeux");
    check(
        "<ol><li>Premier<ul><li>Sous-point A</li><li>Sous-point B</li></ul></li><li>Second</li></ol>",
        "Premier\n\nSous-point A\n\nSous-point B\n\nSecond",
    );
    check(
        "<ul><li>Un<ul><li>Imbriqué</ul><li>Deux</ul>",
        "Un\n\nImbriqué\n\nDeux",
    );
}

#[test]
fn tables_rows_are_blocks() {
    check(
        "<table><tr><th>Pays<th>Capitale<tr><td>France<td>Paris<tr><td>Russie<td>Moscou</table>",
        "Pays Capitale\n\nFrance Paris\n\nRussie Moscou",
    );
}

// ---- character references ----

#[test]
fn entities() {
    check(
        "<p>&laquo;&nbsp;Paix&nbsp;&raquo; &amp; s&eacute;curit&eacute;</p>",
        "«\u{a0}Paix\u{a0}» & sécurité",
    );
    check(
        "<p>l&rsquo;&Eacute;tat &mdash; d&#233;j&#xE0; &#X2026;</p>",
        "l’État — déjà …",
    );
    check(
        "<p>&lt;b&gt; &quot;x&quot; &apos;y&apos; &hellip;&ndash;&ldquo;z&rdquo;</p>",
        "<b> \"x\" 'y' …–“z”",
    );
    check(
        "<p>&#0; &#xD800; &#1114112; &#99999999999999;</p>",
        "\u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD}",
    );
    check("<p>&#146;&#150;&#128;</p>", "’–€");
    check(
        "<p>AT&T &amp &eacute &notit; &copy2024 &unknown; & &#; &#x;</p>",
        "AT&T & é ¬it; ©2024 &unknown; & &#; &#x;",
    );
    check(
        "<p>a&nbsp;&nbsp;b &Alpha;&omega; &euro;5</p>",
        "a\u{a0}\u{a0}b Αω €5",
    );
    check("<p>x&#32;&#32;y&NewLine;z</p>", "x y z");
    check("<p>&ampfoo &lt3 &gt</p>", "&foo <3 >");
}

#[test]
fn letters_and_punctuation_are_kept() {
    check(
        "<p>« Nous sommes alliés », a-t-il dit ; l’État…</p>",
        "« Nous sommes alliés », a-t-il dit ; l’État…",
    );
    check(
        "<html lang=ru><body><article><h1>Заявление МИД России</h1><p>Москва «приветствует» решение — 24&nbsp;мая.</p></article></body></html>",
        "Заявление МИД России\n\nМосква «приветствует» решение — 24\u{a0}мая.",
    );
}

// ---- markup edge cases ----

#[test]
fn scripts_styles_and_raw_text() {
    check(
        "<div><p>Avant</p><script>var s = '</div><p>pas du texte</p>'; if (a<b) {}</script><p>Après</p></div>",
        "Avant\n\nAprès",
    );
    check("<p>a<style>p { color: red } </style>b</p>", "ab");
    check(
        "<p>a<SCRIPT type=text/javascript>document.write('<p>x</p>')</SCRIPT>b</p>",
        "ab",
    );
    // `</script ` ends the script; the rest up to `>` is the end tag's attributes.
    check(
        "<p>a<script>x = '</scripts>'; y = '</script '; </script>b</p>",
        "ab",
    );
    check("<p>texte</p><script>never closed </div> <p>", "texte");
    check(
        "<noscript><p>Activez JavaScript</p></noscript><p>Texte</p>",
        "Texte",
    );
    check("<textarea><p>x</p></textarea><p>Texte</p>", "Texte");
}

#[test]
fn comments_doctype_cdata() {
    check("<!DOCTYPE html><p>a<!-- <p>caché</p> -->b</p>", "ab");
    check("<p>a<!---->b<!-->c<!--->d</p>", "abcd");
    check("<p>a<!-- jamais fermé <p>x</p>", "a");
    check("<p>a<![CDATA[ <b>&amp;</b> ]]>b</p>", "a <b>&amp;</b> b");
    check("<?xml version=\"1.0\"?><p>texte</p>", "texte");
    check("<p>a</ >b<//x>c</p>", "abc");
}

#[test]
fn uppercase_tags_and_unquoted_attributes() {
    check(
        "<DIV><P CLASS=intro>Bonjour</P><UL><LI>Un<LI>Deux</UL></DIV>",
        "Bonjour\n\nUn\n\nDeux",
    );
    check(
        "<div class=nav-menu><a href=/a>Accueil</a></div><p id=txt>Texte</p>",
        "Texte",
    );
    check(
        "<div class='share' data-x=\"1\">Partager</div><p title=a>b>Texte</p>",
        "b>Texte",
    );
    check("<p data-json='{\"a\":\">\"}'>Texte</p>", "Texte");
}

#[test]
fn broken_and_unclosed_html() {
    check("<p>Un<p>Deux<p>Trois", "Un\n\nDeux\n\nTrois");
    check(
        "<div><p>Un<div>Deux</div>Trois</div>",
        "Un\n\nDeux\n\nTrois",
    );
    check(
        "<p><b>gras<i>italique</b>suite</i></p>",
        "grasitaliquesuite",
    );
    check("</div></p></li><p>Texte</div></span>", "Texte");
    check("<p>Texte <", "Texte <");
    check("<p>Texte <div", "Texte");
    check("<p>Texte <a href=\"jamais fermé>suite</p>", "Texte");
    check("<p>1 < 2 et 3 > 2</p>", "1 < 2 et 3 > 2");
    check("<p>a<3 b</p>", "a<3 b");
    check("<<<>>><p>x</p>", "<<<>>>\n\nx");
}

// ---- dropped subtrees ----

#[test]
fn never_content_elements_are_dropped() {
    check(
        "<form><input name=q><button>Chercher</button></form><p>Texte</p><select><option>FR<option>EN</select>",
        "Texte",
    );
    check(
        "<p>a<svg><title>icône</title><text>x</text></svg>b</p>",
        "ab",
    );
    check(
        "<p>a<iframe src=x>fallback</iframe>b<canvas>c</canvas><template><p>t</p></template></p>",
        "ab",
    );
    check(
        "<p hidden>caché</p><p aria-hidden=\"true\">caché</p><p style=\"color:red; display : none\">caché</p><p>vu</p>",
        "vu",
    );
    check(
        "<div role=navigation>menu</div><div role=banner>bandeau</div><div role=contentinfo>pied</div><p>Texte</p>",
        "Texte",
    );
    check(
        "<div class=\"cookie-banner\">Nous utilisons des cookies</div><p>Texte</p>",
        "Texte",
    );
    check(
        "<div class=\"post-share-buttons\">Partager</div><div id=sidebar>À lire</div><ul class=breadcrumbs><li>Accueil</ul><p>Texte</p>",
        "Texte",
    );
}

#[test]
fn class_words_are_matched_as_words() {
    check(
        "<div class=download>Télécharger le rapport annuel</div>",
        "Télécharger le rapport annuel",
    );
    check(
        "<div class=\"content-sidebar-wrap\"><p>Texte</p><div class=sidebar>Pub</div></div>",
        "Texte",
    );
    check("<div class=\"has-sidebar\"><p>Texte</p></div>", "Texte");
}

#[test]
fn a_page_wide_form_is_kept() {
    let long = "Le ministre des Affaires étrangères a reçu son homologue. ".repeat(12);
    let html = format!("<form id=aspnetForm method=post><div><p>{long}</p></div></form>");
    check(&html, long.trim());
    check(
        "<form><label>Votre courriel</label><input></form><p>Texte</p>",
        "Texte",
    );
}

// ---- main content ----

#[test]
fn main_wins_over_nav_and_footer() {
    check(
        "<nav><a href=/>Accueil</a> <a href=/a>Actualités</a></nav>\
         <main><h1>Déclaration</h1><p>Le ministre a déclaré.</p></main>\
         <footer>© Ministère</footer>",
        "Déclaration\n\nLe ministre a déclaré.",
    );
}

#[test]
fn article_in_main_with_chrome_around() {
    check(
        "<html><body>\
         <header><a href=/>Logo</a><h1>Ministère</h1></header>\
         <nav><ul><li><a href=/1>Un</a><li><a href=/2>Deux</a></ul></nav>\
         <main>\
           <article>\
             <header><h1>Visite à Minsk</h1><time datetime=2024-05-24>24 mai</time></header>\
             <p>Vladimir Poutine est arrivé à Minsk.</p>\
             <aside>Lire aussi</aside>\
             <p>Les entretiens ont porté sur l’Union.</p>\
             <footer><div class=tags><a href=/t>Biélorussie</a></div></footer>\
           </article>\
           <section class=related-posts><h2>Articles liés</h2><p>Autre chose</p></section>\
         </main>\
         <aside class=sidebar><p>Abonnez-vous</p></aside>\
         <footer><p>Mentions légales</p></footer>\
         </body></html>",
        "Visite à Minsk\n\n24 mai\n\nVladimir Poutine est arrivé à Minsk.\n\nLes entretiens ont porté sur l’Union.",
    );
}

#[test]
fn best_candidate_has_the_most_text() {
    check(
        "<article><p>Court</p></article><article><p>Un article bien plus long que l'autre.</p></article>",
        "Un article bien plus long que l'autre.",
    );
    check(
        "<div role=main><p>Corps principal de la page</p></div><p>Hors du contenu</p>",
        "Corps principal de la page",
    );
    check(
        "<div><span itemprop=articleBody>Le corps de l'article.</span></div><p>Ailleurs</p>",
        "Le corps de l'article.",
    );
}

#[test]
fn teaser_article_does_not_hide_the_page() {
    let body = "<p>Un long paragraphe du communiqué officiel du ministère.</p>".repeat(10);
    let html = format!(
        "<div class=content>{body}</div><div class=col><article><p>Teaser</p></article></div>"
    );
    let page = extract_page(&html);
    assert_eq!(
        page.body.matches("Un long paragraphe").count(),
        10,
        "{}",
        page.body
    );
    // The teaser card of the side column is not the page's content: it is left out, with why.
    assert!(!page.body.contains("Teaser"), "{}", page.body);
    assert_eq!(
        page.dropped,
        [Dropped {
            reason: DropReason::Outside,
            text: "Teaser".into(),
            at: page.body.len(),
        }]
    );
}

#[test]
fn without_main_link_dense_blocks_go() {
    check(
        "<div class=top><a href=/>Accueil</a> | <a href=/a>Actualités</a> | <a href=/b>Contact</a></div>\
         <ul><li><a href=/1>Politique</a></li><li><a href=/2>Économie</a></li></ul>\
         <div><p>Le ministre a reçu l'ambassadeur, <a href=/x>selon le communiqué</a>, hier à Paris.</p></div>\
         <div>Tags : <a href=/t1>France</a>, <a href=/t2>Russie</a>, <a href=/t3>ONU</a></div>",
        "Le ministre a reçu l'ambassadeur, selon le communiqué, hier à Paris.",
    );
}

#[test]
fn a_page_of_only_chrome_is_empty() {
    check(
        "<html><head><title>Site</title><style>body{}</style></head><body>\
         <header><a href=/>Logo</a></header>\
         <nav><a href=/a>A</a><a href=/b>B</a></nav>\
         <div class=cookie-consent>Nous utilisons des cookies <button>OK</button></div>\
         <ul class=menu><li><a href=/c>C</a></ul>\
         <div><a href=/d>Plan du site</a></div>\
         <footer>© 2024</footer><script>track()</script></body></html>",
        "",
    );
}

// ---- where the content is ----

#[test]
fn names_wrappers_wear_do_not_hide_the_content() {
    // `widget`, `sidebar`, `modal`, `pagination` are worn by layout wrappers too: a name decides
    // only inside the content, never where the content is.
    let (ps, text) = paragraphs(4);
    for wrapper in [
        "widget Blog",
        "container penci_sidebar",
        "box article modal-enabled",
    ] {
        check(
            &format!(
                "<div class='{wrapper}'><div class=post-body>{ps}</div></div>\
                 <div class=widget><a href=/a>Archives</a> <a href=/b>Tags</a></div>"
            ),
            &text,
        );
    }
    check(
        &format!("<div class='article-body pagination-first'>{ps}</div>"),
        &text,
    );
}

#[test]
fn the_container_is_where_the_prose_is() {
    // No `<main>` or `<article>`: the node whose blocks weigh most, junk counting against it.
    let (ps, text) = paragraphs(3);
    check(
        &format!(
            "<div id=page><div class=top><a href=/>Home</a> <a href=/n>News</a></div>\
             <div id=col><div class=story>{ps}</div>\
             <div class=more><a href=/1>Other story one</a><br><a href=/2>Other story two</a></div></div>\
             <div id=right><p>Short teaser</p><p>Another one</p></div></div>"
        ),
        &text,
    );
}

#[test]
fn a_comment_thread_is_never_the_content() {
    let (ps, text) = paragraphs(2);
    let comments: String = (10..16)
        .map(|i| format!("<div class=comment><p>{}</p></div>", prose(i)))
        .collect();
    let page = extract_page(&format!(
        "<div class=post>{ps}</div><div id=comments>{comments}</div>"
    ));
    assert_eq!(page.body, text);
    assert!(
        page.dropped
            .iter()
            .all(|d| d.reason == DropReason::Comments)
    );
}

#[test]
fn a_landmark_holding_the_page_is_a_wrapper() {
    // The page under an open dialog (`aria-hidden`), an article in a `role=complementary`
    // reading pane, an unclosed `<nav>`.
    let (ps, text) = paragraphs(4);
    check(
        &format!(
            "<div aria-hidden=true><article>{ps}</article></div>\
             <div role=dialog><p>Nous utilisons des cookies.</p></div>"
        ),
        &text,
    );
    check(
        &format!(
            "<nav><a href=/>Accueil</a></nav><div role=complementary><article>{ps}</article></div>"
        ),
        &text,
    );
    check(&format!("<nav><a href=/>Accueil</a><div>{ps}</div>"), &text);
}

#[test]
fn a_layout_table_cell_can_hold_the_article() {
    let (ps, text) = paragraphs(3);
    check(
        &format!(
            "<table><tr><td><a href=/1>Accueil</a><br><a href=/2>Actualités</a></td>\
             <td>{ps}</td><td><p>Météo</p></td></tr></table>"
        ),
        &text,
    );
}

#[test]
fn prose_without_spaces_is_prose() {
    let ja = "<p>Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思います。</p>";
    check(
        &format!("<div class=menu><a href=/>ホーム</a></div><div>{}</div>", ja.repeat(3)),
        &["Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思います。"; 3]
            .join("\n\n"),
    );
}

#[test]
fn prose_is_told_by_its_punctuation_in_any_script() {
    for p in [
        "<p>وقال الوزير إن المحادثات كانت بناءة، وإن الجانبين اتفقا على مواصلة الحوار</p>",
        "<p>विदेश मंत्री ने कहा कि बातचीत रचनात्मक रही और दोनों पक्ष बातचीत जारी रखने पर सहमत हुए।</p>",
    ] {
        let html = format!("<div><p>Une étiquette</p></div><div>{}</div>", p.repeat(3));
        let text = extract_main(&html).0;
        assert_eq!(text.matches("\n\n").count(), 2, "{text}");
    }
}

#[test]
fn the_articles_header_is_not_its_text() {
    // Title, byline and date before the first paragraph go, listed with what they are.
    let (ps, text) = paragraphs(2);
    check_dropped(
        &format!(
            "<meta property=article:published_time content=2019-11-19>\
             <div class=content><h1>Un titre</h1><p>Par Jean Dupont</p><p>19 novembre 2019</p>{ps}</div>"
        ),
        &text,
        &[
            (DropReason::Headline, "Un titre", 0),
            (DropReason::Byline, "Par Jean Dupont\n\n19 novembre 2019", 0),
        ],
    );
}

#[test]
fn a_headline_that_dates_the_document_stays() {
    let (ps, text) = paragraphs(2);
    check(
        &format!(
            "<title>Regular Press Conference on June 17, 2020 - Ministry</title>\
             <div class=title>Regular Press Conference on June 17, 2020</div><div>{ps}</div>"
        ),
        &format!("Regular Press Conference on June 17, 2020\n\n{text}"),
    );
    check(
        &format!("<h1>Regular Press Conference</h1><div>{ps}</div>"),
        &text,
    );
}

#[test]
fn an_article_element_keeps_its_own_title_and_dateline() {
    // The `<article>`'s own title, and its dateline when the page's metadata states no date:
    // later stages read them in the text (the sample page samples/formats/000.html).
    let (ps, text) = paragraphs(2);
    let html = format!(
        "<main><article><div class=meta>26 novembre 2020 14:26</div><h1>Déclaration à la presse</h1>\
         <div class=doc-number>2059-26-11-2020</div><div class=text>{ps}</div>\
         <div class=share><a href=#>Facebook</a></div></article></main>"
    );
    check(
        &html,
        &format!("26 novembre 2020 14:26\n\nDéclaration à la presse\n\n2059-26-11-2020\n\n{text}"),
    );
    let dated = format!("<meta property=article:published_time content=2020-11-26>{html}");
    check(&dated, &format!("Déclaration à la presse\n\n{text}"));
}

#[test]
fn furniture_lines_in_the_content() {
    let (ps, text) = paragraphs(2);
    check_dropped(
        &format!(
            "<div class=story>{ps}<p>Advertisement</p><p>{}</p><h4>More:</h4>\
             <h4>Une autre histoire</h4><h4>Et une autre</h4><p>By Jane Doe</p></div>",
            prose(3)
        ),
        &format!("{text}\n\n{}", prose(3)),
        &[
            (DropReason::Ad, "Advertisement", text.len()),
            (
                DropReason::Related,
                "More:\n\nUne autre histoire\n\nEt une autre",
                text.len() + prose(3).len() + 2,
            ),
            (
                DropReason::Byline,
                "By Jane Doe",
                text.len() + prose(3).len() + 2,
            ),
        ],
    );
}

#[test]
fn every_left_out_block_is_listed_with_its_place() {
    let (ps, text) = paragraphs(2);
    check_dropped(
        &format!(
            "<nav><a href=/>Accueil</a></nav><main><p>{}<span class=sr-only>(ouvre une fenêtre)</span></p>\
             <figure><img src=x><figcaption>Le ministre à Minsk</figcaption></figure>{ps}</main>\
             <footer><p>© Ministère</p></footer>",
            prose(0)
        ),
        &format!("{}\n\n{text}", prose(0)),
        &[
            (DropReason::Navigation, "Accueil", 0),
            (DropReason::Hidden, "(ouvre une fenêtre)", 0),
            (DropReason::Caption, "Le ministre à Minsk", prose(0).len()),
            (
                DropReason::Footer,
                "© Ministère",
                prose(0).len() + 2 + text.len(),
            ),
        ],
    );
}

// ---- metadata ----

#[test]
fn meta_from_head() {
    check_meta(
        "<!doctype html><html lang=\"fr-FR\"><head>\
         <title>Visite à Minsk | Kremlin</title>\
         <meta property=\"og:title\" content=\"Poutine &agrave; Minsk\">\
         <meta property=og:site_name content=Kremlin>\
         <meta property=\"article:published_time\" content=\"2024-05-24T09:00:00+03:00\">\
         <meta property=og:url content=\"https://example.org/og\">\
         <link rel=canonical href=\"https://example.org/a?x=1&amp;y=2\">\
         <link rel=alternate hreflang=en href=/en><link rel=alternate hreflang=ru-RU href=/ru>\
         <link rel=alternate hreflang=EN-gb href=/gb><link rel=alternate hreflang=x-default href=/>\
         </head><body><p>x</p></body></html>",
        HtmlMeta {
            title: some("Poutine à Minsk"),
            lang: some("fr"),
            published: some("2024-05-24T09:00:00+03:00"),
            url: some("https://example.org/a?x=1&y=2"),
            site_name: some("Kremlin"),
            translations: vec!["en".into(), "ru".into()],
        },
    );
}

#[test]
fn meta_title_falls_back_to_h1_then_title() {
    check_meta(
        "<title>Titre de page</title><header><h1>Site</h1></header><main><h1>Le vrai&nbsp; titre</h1><p>x</p></main>",
        HtmlMeta {
            title: some("Le vrai titre"),
            ..HtmlMeta::default()
        },
    );
    check_meta(
        "<head><title>Communiqué &#8211; Élysée - France Diplomatie</title>\
         <meta property=og:site_name content=\"France Diplomatie\"></head><p>x</p>",
        HtmlMeta {
            title: some("Communiqué – Élysée"),
            site_name: some("France Diplomatie"),
            ..HtmlMeta::default()
        },
    );
    check_meta(
        "<title>Communiqué - Autre site</title><meta property=og:site_name content=Kremlin>",
        HtmlMeta {
            title: some("Communiqué - Autre site"),
            site_name: some("Kremlin"),
            ..HtmlMeta::default()
        },
    );
    check_meta(
        "<svg><title>icône</title></svg><title>Vrai titre</title>",
        HtmlMeta {
            title: some("Vrai titre"),
            ..HtmlMeta::default()
        },
    );
}

#[test]
fn meta_published_sources_in_order() {
    let with = |head: &str, body: &str| {
        extract_main(&format!("<head>{head}</head><body>{body}</body>"))
            .1
            .published
    };
    assert_eq!(
        with("<meta name=dc.date content=2024-01-01>", ""),
        some("2024-01-01")
    );
    assert_eq!(
        with("<meta name=\"publish-date\" content=\"2024-01-02\">", ""),
        some("2024-01-02")
    );
    assert_eq!(
        with(
            "<meta name=date content=2024-01-01><meta property=og:published_time content=2024-01-03>",
            ""
        ),
        some("2024-01-03")
    );
    assert_eq!(
        with(
            "",
            "<span itemprop=datePublished content=2024-01-04>4 janvier</span>"
        ),
        some("2024-01-04")
    );
    assert_eq!(
        with(
            "<script type=application/ld+json>{\"@type\":\"NewsArticle\", \"datePublished\" : \"2024-01-05\"}</script>",
            ""
        ),
        some("2024-01-05")
    );
    assert_eq!(
        with(
            "",
            "<aside><time datetime=2020-01-01>vieux</time></aside><main><p>x <time datetime=\"2024-01-06\">6 janvier</time></p></main>"
        ),
        some("2024-01-06")
    );
    assert_eq!(with("", "<p>pas de date</p>"), None);
}

#[test]
fn meta_lang_and_url() {
    check_meta(
        "<html lang=RU><p>x</p>",
        HtmlMeta {
            lang: some("ru"),
            ..HtmlMeta::default()
        },
    );
    check_meta(
        "<html><meta http-equiv=Content-Language content=en-US><meta property=og:url content=' https://a.org/b '>",
        HtmlMeta {
            lang: some("en"),
            url: some("https://a.org/b"),
            ..HtmlMeta::default()
        },
    );
    check_meta("<html lang=\"\"><p>x</p>", HtmlMeta::default());
}

// ---- robustness ----

/// A small xorshift generator, so that the soup test needs no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "<",
    ">",
    "</",
    "/>",
    "<!--",
    "-->",
    "<!",
    "<![CDATA[",
    "]]>",
    "<?",
    "&",
    "&amp",
    "&#",
    "&#x",
    ";",
    "=",
    "\"",
    "'",
    " ",
    "\n",
    "\r",
    "\t",
    "a",
    "é",
    "«",
    "ж",
    "\u{a0}",
    "<p>",
    "</p>",
    "<div class=share>",
    "<div>",
    "</div>",
    "<main>",
    "</main>",
    "<article>",
    "</article>",
    "<script>",
    "</script>",
    "<style>",
    "<title>",
    "</title>",
    "<pre>",
    "</pre>",
    "<br>",
    "<li>",
    "<ul>",
    "</ul>",
    "<table><tr><td>",
    "<a href=x>",
    "</a>",
    "<svg>",
    "<form>",
    "</form>",
    "<h1>",
    "</h1>",
    "<meta property=og:title content=",
    "<link rel=alternate hreflang=",
    "<time datetime=",
    "<plaintext>",
    "<nav>",
    "<header>",
    "<footer>",
    "hidden",
    "text ",
    "&eacute;",
    "&#1234567;",
    "\u{0}",
    "<x-y>",
    "</x-y>",
    "<html lang=",
    "<textarea>",
    "<noscript>",
];

#[test]
fn byte_soup_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let mut soup = Vec::new();
        for _ in 0..rng.below(200) {
            if rng.below(4) == 0 {
                soup.push(rng.next() as u8);
            } else {
                soup.extend_from_slice(PIECES[rng.below(PIECES.len())].as_bytes());
            }
        }
        let soup = String::from_utf8_lossy(&soup);
        let (text, meta) = extract_main(&soup);
        assert!(std::str::from_utf8(text.as_bytes()).is_ok());
        assert!(!text.contains("\n\n\n"), "{soup:?} → {text:?}");
        if !soup.contains("<pre") && !soup.contains("<plaintext") {
            assert_eq!(
                text.trim_matches(|c: char| c.is_ascii_whitespace()),
                text,
                "{soup:?}"
            );
            assert!(
                text.lines().all(|l| l.trim_matches(' ') == l),
                "{soup:?} → {text:?}"
            );
        }
        for s in [&meta.title, &meta.lang, &meta.published, &meta.url] {
            assert!(s.as_ref().is_none_or(|s| !s.is_empty()));
        }
    }
}

#[test]
fn pathological_nesting_stays_fast() {
    let deep = "<div><span>".repeat(100_000) + "texte" + &"</x></span>".repeat(100_000);
    let (text, _) = extract_main(&deep);
    assert_eq!(text, "texte");
    let scripts = "<script>".repeat(50_000) + &"</p>".repeat(50_000);
    let _ = extract_main(&scripts);
    let comments = "<!--".repeat(100_000);
    assert_eq!(extract_main(&comments).0, "");
    let attrs = "<p ".to_owned() + &"a=b ".repeat(100_000) + ">x";
    assert_eq!(extract_main(&attrs).0, "x");
}

#[test]
fn ministry_page_with_dsfr_chrome() {
    check(
        "<html lang=fr><body>\
         <div class=\"fr-skiplinks\"><a href=#main>Contenu</a></div>\
         <header role=banner class=fr-header><div class=fr-header__body>Ministère de l'Europe</div></header>\
         <nav class=fr-breadcrumb><ol><li><a href=/>Accueil</a></ol></nav>\
         <main id=main role=main>\
           <h1>Ukraine – Déclaration de la porte-parole (12.03.2024)</h1>\
           <div class=\"fr-share\"><p>Partager la page</p></div>\
           <p>La France condamne les frappes russes.</p>\
           <div class=\"fr-share__group\"><a href=x>Facebook</a></div>\
         </main>\
         <footer class=fr-footer role=contentinfo><p>gouvernement.fr</p></footer>\
         </body></html>",
        "Ukraine – Déclaration de la porte-parole (12.03.2024)\n\nLa France condamne les frappes russes.",
    );
}

#[test]
fn transcript_without_main_container() {
    check(
        "<div id=menu><a href=/1>Новости</a><a href=/2>Стенограммы</a></div>\
         <div class=text>\
           <h2>Пресс-конференция</h2>\
           <p><b>В.Путин:</b> Добрый день!</p>\
           <p><b>Вопрос:</b> Спасибо, Владимир Владимирович.</p>\
         </div>\
         <div class=footer-links><a href=/a>О сайте</a></div>",
        "Пресс-конференция\n\nВ.Путин: Добрый день!\n\nВопрос: Спасибо, Владимир Владимирович.",
    );
}

#[test]
fn an_index_pages_teaser_excerpts_are_its_text() {
    // A home page: news teasers, each a linked headline and an excerpt of prose; the content
    // found holds one of them, the others stand outside it.
    let teaser = |n: usize| {
        format!(
            "<div class=\"post\"><h3><a href=\"/n{n}\">Titre {n}</a></h3><p>Le lundi {n} octobre, \
             le ministre des Affaires étrangères a reçu en audience une délégation de haut niveau \
             conduite par son homologue {n}.</p><a href=\"/n{n}\">Voir plus</a></div>"
        )
    };
    let html = format!(
        "<html><body><nav><ul><li><a href=\"/\">Accueil</a></li><li><a href=\"/m\">Ministère</a></li></ul></nav>\
         <div id=\"slider\">{}</div><div id=\"news\"><article>{}</article></div><div id=\"side\">{}</div>\
         <footer>Copyright 2020 Ministère</footer></body></html>",
        teaser(1),
        teaser(2),
        teaser(3)
    );
    let (text, _) = extract_main(&html);
    for n in 1..=3 {
        assert!(
            text.contains(&format!("conduite par son homologue {n}.")),
            "teaser {n} missing from: {text}"
        );
    }
    assert!(
        !text.contains("Accueil") && !text.contains("Voir plus"),
        "{text}"
    );
}
