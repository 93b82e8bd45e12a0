#!/usr/bin/env python3
"""Builds the extraction benchmark corpus: varied HTML pages, deterministically.

Each page wraps one real article text (French WiNER articles, Russian FactRuEval texts, the
chancery seeds) in the chrome of one of several site styles: navigation menus, breadcrumbs, cookie
banners, sidebars, share widgets, comments, footers, inline scripts, styles and JSON-LD, with the
article in <main>, <article>, or a plain <div> (no semantic container). The same seed gives the
same bytes. Nothing is downloaded: the texts come from ../shared/data and samples/.

usage: make_corpus.py OUT_DIR [--mb 100]
"""
import argparse
import glob
import html
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))


def sources():
    texts = []
    for pattern in [
        os.path.join(SHARED, "data/ner/winer-fr/*/*/*.txt"),
        os.path.join(SHARED, "data/ner/factrueval-2016-ru/testset/*.txt"),
        os.path.join(ROOT, "samples/seeds/*.txt"),
    ]:
        for path in sorted(glob.glob(pattern)):
            if path.endswith("-urls.txt"):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                t = f.read().strip()
            if len(t) > 400:
                texts.append(t)
    if not texts:
        raise SystemExit("no source texts found under " + SHARED)
    return texts


WORDS = "accueil actualités politique monde économie culture sport international diplomatie " \
        "ministère archives contact presse vidéos photos dossiers régions opinions".split()


def menu(rng, n, cls):
    items = "".join(
        f'<li class="{cls}-item"><a href="/{rng.choice(WORDS)}/{i}">{rng.choice(WORDS).capitalize()}</a></li>'
        for i in range(n))
    return f'<ul class="{cls}">{items}</ul>'


def script(rng, kb):
    body = ";".join(f"var x{i}={rng.randint(0, 10**6)};function f{i}(a){{return a+'</div>'+x{i}}}"
                    for i in range(kb * 12))
    return f"<script>{body}</script>"


def style(rng, kb):
    rules = "".join(f".c{i}{{margin:{rng.randint(0, 20)}px;color:#{rng.randint(0, 0xffffff):06x}}}"
                    for i in range(kb * 25))
    return f"<style>{rules}</style>"


def paragraphs(text):
    out = []
    for block in text.split("\n"):
        block = block.strip()
        if block:
            out.append(f"<p>{html.escape(block, quote=False)}</p>")
    return "\n".join(out)


def page(rng, text, i):
    title = html.escape(text.split("\n", 1)[0][:120])
    style_kind = i % 4
    head = (f'<!DOCTYPE html><html lang="{rng.choice(["fr", "fr-FR", "ru", "en"])}"><head><meta charset="utf-8">'
            f"<title>{title} | Site {style_kind}</title>"
            f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="Site {style_kind}">'
            f'<meta property="article:published_time" content="20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T1{rng.randint(0, 9)}:00:00Z">'
            f'<link rel="canonical" href="https://site{style_kind}.example/a/{i}">'
            + style(rng, rng.randint(2, 8)) + script(rng, rng.randint(2, 10))
            + '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script></head><body>')
    chrome_top = (f'<div id="cookie-banner" class="cookie">Nous utilisons des cookies. <button>OK</button></div>'
                  f'<header class="site-header"><a href="/">Logo</a>{menu(rng, rng.randint(20, 60), "menu")}</header>'
                  f'<nav class="breadcrumbs"><a href="/">Accueil</a> › <a href="/monde">Monde</a></nav>')
    share = ('<div class="share-buttons"><a href="#">Facebook</a><a href="#">Twitter</a>'
             '<a href="#">Telegram</a><a href="#">VK</a></div>')
    aside = f'<aside class="sidebar"><h3>À lire aussi</h3>{menu(rng, rng.randint(5, 20), "related")}</aside>'
    comments = "".join(f'<div class="comment"><b>user{j}</b> <p>Commentaire {j} {rng.choice(WORDS)}</p></div>'
                       for j in range(rng.randint(0, 15)))
    footer = (f'<footer class="site-footer">{menu(rng, rng.randint(10, 30), "footer-links")}'
              f'<p>© 2024 Site {style_kind}. Tous droits réservés.</p></footer>')
    body = f"<h1>{title}</h1>\n{paragraphs(text)}"
    if style_kind == 0:
        content = f"<main><article>{body}{share}</article></main>{aside}"
    elif style_kind == 1:
        content = f'<div class="layout"><article class="post">{body}</article>{aside}<section class="comments">{comments}</section></div>'
    elif style_kind == 2:
        content = f'<div id="content" class="content"><div class="text">{body}</div>{share}</div>{aside}'
    else:
        content = f'<div role="main"><div itemprop="articleBody">{body}</div></div><div class="widget">{menu(rng, 8, "tags")}</div>'
    return head + chrome_top + content + footer + script(rng, rng.randint(1, 6)) + "</body></html>\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=100.0)
    args = ap.parse_args()
    rng = random.Random(20241122)
    texts = sources()
    os.makedirs(args.out, exist_ok=True)
    target = int(args.mb * 1024 * 1024)
    total, i = 0, 0
    while total < target:
        text = texts[i % len(texts)]
        if i >= len(texts):
            # Later rounds join two articles, so that pages differ in size and content.
            text = text + "\n" + texts[rng.randrange(len(texts))]
        data = page(rng, text, i).encode("utf-8")
        with open(os.path.join(args.out, f"page-{i:05d}.html"), "wb") as f:
            f.write(data)
        total += len(data)
        i += 1
    print(f"{i} pages, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
