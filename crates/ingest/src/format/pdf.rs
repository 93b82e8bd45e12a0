//! PDF files: the text layer, page by page; OCR through Tesseract for scans without one.
//!
//! **Text layer.** pdf_oxide reads the file; its text runs are laid out into lines by position
//! (runs on one baseline joined, a space where the gap is wider than a letter's fraction, a blank
//! line where the gap between lines is wider than the page's usual line pitch, so paragraphs
//! stay visible). The result is scored by the share of tokens shaped like real words: fonts
//! without a Unicode map come out as "RKpublique" or "U n p r o g r a m m e". Below a good score
//! two other readers give a second opinion and the best-scored text wins: pdf-extract (which
//! panics on damaged files, so it runs under `catch_unwind`) and poppler's `pdftotext` when it is
//! installed. All readers run on a worker thread with a deadline: a hostile file costs at most
//! [`TEXT_DEADLINE`] plus a share per megabyte, then the read fails with a message.
//!
//! **Scans.** When more than half of the pages hold fewer than [`MIN_PAGE_CHARS`] characters
//! that are not spaces, the file is a scan: each such page is rendered by `pdftoppm` (poppler-utils)
//! at 300 dpi and read by the `tesseract` command with `OMP_THREAD_LIMIT=1` (its OpenMP threads
//! otherwise spin on small machines), in French, English and Russian as far as the installed
//! language packs allow, narrowed to the script of the first page. Files live in a temporary
//! directory removed on every path. Without Tesseract or poppler-utils the read fails with a
//! message saying how to install them.
//!
//! Pages are separated by a form feed (U+000C) in [`PdfText::text`].

use std::cell::Cell;
use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::{Once, mpsc};
use std::time::{Duration, Instant};

/// The text of a PDF file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PdfText {
    /// The pages' text, pages separated by a form feed (U+000C).
    pub text: String,
    pub pages: usize,
    /// Whether the text came from OCR.
    pub ocr: bool,
    /// Things the user should know (pages without text, OCR confidence…), one line each.
    pub warnings: Vec<String>,
}

/// A page with fewer characters than this (spaces aside) has no text layer.
pub const MIN_PAGE_CHARS: usize = 20;
/// The time the text-layer readers get for one file, plus [`TEXT_DEADLINE_PER_MB`] per megabyte.
pub const TEXT_DEADLINE: Duration = Duration::from_secs(60);
pub const TEXT_DEADLINE_PER_MB: Duration = Duration::from_secs(10);
/// A text layer whose share of well-formed words reaches this is taken without a second opinion.
const GOOD_SCORE: f64 = 0.93;
/// At most this many pages are OCR'd in one file.
pub const MAX_OCR_PAGES: usize = 200;
/// Rendering resolution for OCR.
const OCR_DPI: &str = "300";
const RENDER_TIMEOUT: Duration = Duration::from_secs(120);
const OCR_TIMEOUT: Duration = Duration::from_secs(300);
const TOOL_TIMEOUT: Duration = Duration::from_secs(20);
/// The languages OCR reads, in order of preference, as Tesseract names them.
const OCR_LANGUAGES: [&str; 3] = ["fra", "eng", "rus"];
const INSTALL_HINT: &str = "install Tesseract and poppler-utils for OCR, e.g. `apt-get install \
     tesseract-ocr tesseract-ocr-fra tesseract-ocr-rus poppler-utils`";
/// The name of the worker thread that runs the PDF readers (its panics are not printed).
const WORKER: &str = "chancery-pdf";

/// Reads the text of a PDF file. The error says what to do (install Tesseract, repair the file).
pub fn read_pdf(bytes: &[u8]) -> Result<PdfText, String> {
    if !looks_like_pdf(bytes) {
        return Err("not a PDF file: no %PDF- header".to_owned());
    }
    let layer = text_layer(bytes)?;
    let pages = layer.pages.len();
    if pages == 0 {
        return Err(format!(
            "no page of the PDF could be read (damaged or truncated file?){}",
            layer.error.map_or(String::new(), |e| format!(": {e}"))
        ));
    }
    let textless: Vec<usize> = (0..pages)
        .filter(|&i| non_space_chars(&layer.pages[i]) < MIN_PAGE_CHARS)
        .collect();
    let mut warnings = layer.warnings;
    if textless.len() * 2 <= pages {
        if !textless.is_empty() {
            warnings.push(format!(
                "{} of {pages} pages have no text layer (not OCR'd): {}",
                textless.len(),
                page_list(&textless)
            ));
        }
        return Ok(PdfText {
            text: layer.pages.join("\u{c}"),
            pages,
            ocr: false,
            warnings,
        });
    }
    let mut pages_text = layer.pages;
    let ocr = ocr_pages(bytes, &textless, pages).map_err(|e| {
        format!(
            "the PDF has no text layer ({} of {pages} pages are images, a scan?) and OCR is not \
             possible: {e}",
            textless.len()
        )
    })?;
    for (i, text) in ocr.pages {
        pages_text[i] = text;
    }
    warnings.extend(ocr.warnings);
    Ok(PdfText {
        text: pages_text.join("\u{c}"),
        pages,
        ocr: true,
        warnings,
    })
}

/// A PDF starts with `%PDF-`, possibly after some junk (the format allows 1024 bytes of it).
fn looks_like_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

fn non_space_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// "1, 3–5, 9" (pages numbered from 1).
fn page_list(pages: &[usize]) -> String {
    let mut out = Vec::new();
    let mut i = 0;
    while i < pages.len() {
        let mut j = i;
        while j + 1 < pages.len() && pages[j + 1] == pages[j] + 1 {
            j += 1;
        }
        out.push(if j > i {
            format!("{}–{}", pages[i] + 1, pages[j] + 1)
        } else {
            format!("{}", pages[i] + 1)
        });
        i = j + 1;
    }
    out.join(", ")
}

// ---------------------------------------------------------------------------------------------
// Text layer

/// The text layer as the best reader gave it.
#[derive(Debug, Default)]
struct Layer {
    pages: Vec<String>,
    warnings: Vec<String>,
    /// Why the first reader failed, when no reader gave pages.
    error: Option<String>,
}

/// Runs the readers on a worker thread, with a deadline.
fn text_layer(bytes: &[u8]) -> Result<Layer, String> {
    quiet_worker_panics();
    let owned = bytes.to_vec();
    let mb = u32::try_from(bytes.len() / 1_000_000).unwrap_or(u32::MAX);
    let deadline = TEXT_DEADLINE.saturating_add(TEXT_DEADLINE_PER_MB.saturating_mul(mb));
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(WORKER.to_owned())
        .spawn(move || {
            let layer = best_layer(owned);
            // The receiver may have given up: nothing to do then.
            let _ = tx.send(layer);
        });
    if let Err(e) = spawned {
        return Err(format!("cannot start the PDF reader thread: {e}"));
    }
    match rx.recv_timeout(deadline) {
        Ok(layer) => Ok(layer),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
            "reading the PDF took longer than {} s (damaged or hostile file?)",
            deadline.as_secs()
        )),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err("the PDF reader failed on this file (damaged file?)".to_owned())
        }
    }
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Panics inside the PDF readers are caught and reported as errors; the default hook would also
/// print them on stderr. The hook installed here stays silent on the worker thread while a
/// reader runs and hands every other panic to the hook that was there before.
fn quiet_worker_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into an error carrying its message.
fn guarded<T>(what: &str, f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    QUIET.with(|q| q.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    match result {
        Ok(r) => r,
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".to_owned());
            Err(format!("{what} crashed: {}", one_line(&message)))
        }
    }
}

fn one_line(s: &str) -> String {
    let s: String = s.chars().take(200).collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// pdf_oxide first; below a good score, pdf-extract and pdftotext too, and the best-scored text.
fn best_layer(bytes: Vec<u8>) -> Layer {
    let first = guarded("pdf_oxide", || oxide_pages(bytes.clone()));
    let mut error = None;
    let mut candidates: Vec<(&str, Layer)> = Vec::new();
    match first {
        Ok(layer) => candidates.push(("pdf_oxide", layer)),
        Err(e) => error = Some(e),
    }
    let good = candidates
        .first()
        .is_some_and(|(_, l)| is_good(&Quality::of(&l.pages), &l.pages));
    if !good {
        if let Ok(layer) = guarded("pdf-extract", || extract_pages(&bytes)) {
            candidates.push(("pdf-extract", layer));
        }
        if let Ok(layer) = pdftotext_pages(&bytes) {
            candidates.push(("pdftotext", layer));
        }
    }
    let scored: Vec<(&str, Layer, Quality)> = candidates
        .into_iter()
        .map(|(name, l)| {
            let q = Quality::of(&l.pages);
            (name, l, q)
        })
        .collect();
    let most_words = scored.iter().map(|(_, _, q)| q.words).max().unwrap_or(0);
    // Among the readers that found most of the words, the one whose words are best formed.
    let best = scored
        .into_iter()
        .filter(|(_, _, q)| q.words * 10 >= most_words * 7)
        .max_by(|a, b| a.2.score().total_cmp(&b.2.score()));
    match best {
        Some((name, mut layer, quality)) => {
            if name != "pdf_oxide" && quality.words > 0 {
                layer.warnings.push(format!(
                    "text layer read by {name} (well-formed words {:.0}%)",
                    quality.score() * 100.0
                ));
            }
            layer
        }
        None => Layer {
            error,
            ..Layer::default()
        },
    }
}

/// A text layer is good enough without a second opinion: well-formed words, and every page has
/// text (a page without text may be a font the reader could not decode).
fn is_good(quality: &Quality, pages: &[String]) -> bool {
    quality.score() >= GOOD_SCORE && pages.iter().all(|p| non_space_chars(p) >= MIN_PAGE_CHARS)
}

fn oxide_pages(bytes: Vec<u8>) -> Result<Layer, String> {
    use pdf_oxide::document::PdfDocument;
    let doc = PdfDocument::from_bytes(bytes).map_err(|e| one_line(&e.to_string()))?;
    if doc.is_encrypted() && !doc.is_authenticated() {
        return Err("the PDF is encrypted with a password".to_owned());
    }
    let count = doc.page_count().map_err(|e| one_line(&e.to_string()))?;
    let mut layer = Layer::default();
    let mut failed = Vec::new();
    for i in 0..count {
        match doc.extract_spans(i) {
            Ok(spans) => {
                let runs: Vec<Run<'_>> = spans
                    .iter()
                    .map(|s| Run {
                        text: &s.text,
                        x: s.bbox.x,
                        y: s.bbox.y,
                        width: s.bbox.width,
                        height: s.bbox.height.max(s.font_size),
                    })
                    .collect();
                layer.pages.push(lay_out(&runs));
            }
            Err(_) => {
                failed.push(i);
                layer.pages.push(String::new());
            }
        }
    }
    if !failed.is_empty() {
        layer.warnings.push(format!(
            "pages that could not be read: {}",
            page_list(&failed)
        ));
    }
    Ok(layer)
}

fn extract_pages(bytes: &[u8]) -> Result<Layer, String> {
    let pages =
        pdf_extract::extract_text_from_mem_by_pages(bytes).map_err(|e| one_line(&e.to_string()))?;
    Ok(Layer {
        pages: pages.iter().map(|p| clean_page(p)).collect(),
        ..Layer::default()
    })
}

/// poppler's `pdftotext`, when installed.
fn pdftotext_pages(bytes: &[u8]) -> Result<Layer, String> {
    let dir = temp_dir()?;
    let input = dir.path().join("in.pdf");
    let output = dir.path().join("out.txt");
    std::fs::write(&input, bytes).map_err(|e| e.to_string())?;
    run(
        Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&input)
            .arg(&output),
        RENDER_TIMEOUT,
    )?;
    let text = std::fs::read(&output).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&text);
    let mut pages: Vec<String> = text.split('\u{c}').map(clean_page).collect();
    // pdftotext ends every page with a form feed: the last piece is empty.
    if pages.len() > 1 && pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    Ok(Layer {
        pages,
        ..Layer::default()
    })
}

/// A page's text without control characters, and without blank lines at its ends.
fn clean_page(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| match c {
            '\n' => '\n',
            '\t' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_matches('\n').to_owned()
}

/// One text run of a page: its text and box (PDF units, y growing upwards).
#[derive(Clone, Copy, Debug)]
struct Run<'a> {
    text: &'a str,
    x: f32,
    y: f32,
    width: f32,
    height: f32,
}

struct PageLine {
    text: String,
    y: f32,
    height: f32,
    x_end: f32,
}

/// Lays a page's runs (in reading order) out as lines: runs on one baseline join, with a space
/// where the gap is wider than a fraction of the letter height; a blank line marks a gap between
/// lines clearly wider than the page's usual line pitch, or a jump back up the page.
fn lay_out(runs: &[Run<'_>]) -> String {
    let mut lines: Vec<PageLine> = Vec::new();
    for run in runs {
        let text: String = run
            .text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if text.trim().is_empty() || !run.x.is_finite() || !run.y.is_finite() {
            continue;
        }
        let height = if run.height.is_finite() && run.height > 0.0 {
            run.height
        } else {
            10.0
        };
        let x_end = run.x + run.width.max(0.0);
        match lines.last_mut() {
            Some(line)
                if (run.y - line.y).abs() <= 0.5 * height.min(line.height)
                    && run.x >= line.x_end - height =>
            {
                let gap = run.x - line.x_end;
                if gap > 0.12 * height
                    && !line.text.ends_with(char::is_whitespace)
                    && !text.starts_with(char::is_whitespace)
                {
                    line.text.push(' ');
                }
                line.text.push_str(&text);
                line.x_end = line.x_end.max(x_end);
            }
            _ => lines.push(PageLine {
                text,
                y: run.y,
                height,
                x_end,
            }),
        }
    }
    // The usual distance between consecutive lines of the page.
    let mut pitches: Vec<f32> = lines
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .filter(|&d| d > 0.0 && d < 4.0 * 72.0)
        .collect();
    pitches.sort_by(f32::total_cmp);
    let pitch = pitches.get(pitches.len() / 2).copied();
    let order = edges_first_and_last(&lines, pitch);
    let mut out = String::new();
    for (n, &i) in order.iter().enumerate() {
        let line = &lines[i];
        let words: Vec<&str> = line.text.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        if n > 0 {
            let prev = &lines[order[n - 1]];
            let d = prev.y - line.y;
            let wide = pitch.is_some_and(|p| d > p * 1.2 + 0.5) || d < -prev.height;
            out.push_str(if wide { "\n\n" } else { "\n" });
        }
        out.push_str(&words.join(" "));
    }
    out
}

/// The order to write a page's lines in: reading order, except that the lines standing apart at
/// the top and the bottom of the page (running heads, page numbers, footers; a gap of more than
/// 1.5 line pitches sets them apart) come first and last, wherever the reader placed them (a
/// table read column by column can put the footer in the middle).
fn edges_first_and_last(lines: &[PageLine], pitch: Option<f32>) -> Vec<usize> {
    let reading: Vec<usize> = (0..lines.len()).collect();
    let Some(pitch) = pitch else {
        return reading;
    };
    if lines.len() < 5 {
        return reading;
    }
    let mut by_height = reading.clone();
    by_height.sort_by(|&a, &b| lines[b].y.total_cmp(&lines[a].y));
    let apart = |k: usize| lines[by_height[k]].y - lines[by_height[k + 1]].y > 1.5 * pitch;
    let n = lines.len();
    let top = (0..3).find(|&k| apart(k)).map_or(0, |k| k + 1);
    let bottom = (n - 4..n - 1)
        .rev()
        .find(|&k| apart(k))
        .map_or(n, |k| k + 1);
    if top >= bottom {
        return reading;
    }
    let head = &by_height[..top];
    let foot = &by_height[bottom..];
    let mut order: Vec<usize> = head.to_vec();
    order.extend(
        reading
            .iter()
            .filter(|i| !head.contains(i) && !foot.contains(i)),
    );
    order.extend_from_slice(foot);
    order
}

/// How word-like the tokens of a text are.
#[derive(Clone, Copy, Debug, Default)]
struct Quality {
    words: usize,
    good: usize,
}

impl Quality {
    fn of(pages: &[String]) -> Quality {
        let mut q = Quality::default();
        for token in pages.iter().flat_map(|p| p.split_whitespace()) {
            let core = token.trim_matches(|c: char| !c.is_alphanumeric());
            if !core.chars().any(char::is_alphabetic) {
                continue;
            }
            q.words += 1;
            if is_word_shaped(core) {
                q.good += 1;
            }
        }
        q
    }

    fn score(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.good as f64 / self.words as f64
        }
    }
}

/// A token shaped like a word of French, English or Russian text: one script; each part (between
/// apostrophes, hyphens, dots) in lowercase, Capitalised or CAPITALS, after a number only a
/// lowercase or capital suffix ("4ème", "19H"); a vowel in any longer part; single letters only
/// those that are words.
fn is_word_shaped(token: &str) -> bool {
    let latin = token
        .chars()
        .any(|c| c.is_alphabetic() && (c as u32) < 0x250);
    let cyrillic = token.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    if latin && cyrillic {
        return false;
    }
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && token.chars().count() == 1 {
        return "aAàÀyYIoOаАвВиИкКоОсСуУяЯ".contains(token);
    }
    token
        .split(['\'', '’', '-', '.', '‐'])
        .filter(|part| !part.is_empty())
        .all(is_part_shaped)
}

fn is_part_shaped(part: &str) -> bool {
    if !part.chars().all(char::is_alphanumeric) {
        return false;
    }
    let letters: Vec<char> = part.chars().skip_while(char::is_ascii_digit).collect();
    if letters.iter().any(char::is_ascii_digit) {
        // Digits after letters: "NR001", "G20": the letters alone decide.
        let head: Vec<char> = part.chars().take_while(|c| !c.is_ascii_digit()).collect();
        return head.is_empty() || head.iter().all(|c| c.is_uppercase());
    }
    if letters.is_empty() {
        return true;
    }
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let after_number = letters.len() < part.chars().count();
    let case_ok = upper == 0
        || upper == letters.len()
        || (!after_number && upper == 1 && letters[0].is_uppercase());
    let vowel = letters.len() < 5
        || letters.iter().any(|c| {
            "aeiouyàâäéèêëîïôöùûüÿœæAEIOUYÀÂÉÈÊËÎÏÔÖÙÛÜŒаеёиоуыэюяАЕЁИОУЫЭЮЯ".contains(*c)
        });
    case_ok && vowel
}

// ---------------------------------------------------------------------------------------------
// OCR

struct Ocr {
    /// (page index, text) for each page read.
    pages: Vec<(usize, String)>,
    warnings: Vec<String>,
}

/// OCRs the given pages (indices from 0) of the PDF with pdftoppm and tesseract.
fn ocr_pages(bytes: &[u8], which: &[usize], total: usize) -> Result<Ocr, String> {
    let installed = ocr_languages()?;
    let dir = temp_dir()?;
    let input = dir.path().join("in.pdf");
    std::fs::write(&input, bytes).map_err(|e| format!("cannot write a temporary file: {e}"))?;
    let mut languages = installed.clone();
    let mut out = Ocr {
        pages: Vec::new(),
        warnings: Vec::new(),
    };
    let mut confidences = Vec::new();
    for (n, &page) in which.iter().take(MAX_OCR_PAGES).enumerate() {
        let image_base = dir.path().join("page");
        let image = dir.path().join("page.png");
        let number = (page + 1).to_string();
        run(
            Command::new("pdftoppm")
                .args(["-r", OCR_DPI, "-gray", "-png", "-singlefile"])
                .args(["-f", &number, "-l", &number])
                .arg(&input)
                .arg(&image_base),
            RENDER_TIMEOUT,
        )
        .map_err(|e| format!("pdftoppm could not render page {number}: {e}"))?;
        let base = dir.path().join("ocr");
        run(
            Command::new("tesseract")
                .arg(&image)
                .arg(&base)
                .args(["-l", &languages.join("+")])
                .args(["txt", "tsv"])
                .env("OMP_THREAD_LIMIT", "1"),
            OCR_TIMEOUT,
        )
        .map_err(|e| format!("tesseract failed on page {number}: {e}"))?;
        let text = std::fs::read(base.with_extension("txt")).unwrap_or_default();
        let text = clean_page(&String::from_utf8_lossy(&text));
        let tsv = std::fs::read(base.with_extension("tsv")).unwrap_or_default();
        confidences.push((page, mean_confidence(&String::from_utf8_lossy(&tsv))));
        // The first page shows the script: the others are read in its languages only.
        if n == 0 && installed.len() > 1 {
            languages = languages_for(&text, &installed);
        }
        let _ = std::fs::remove_file(&image);
        out.pages.push((page, text));
    }
    if which.len() > MAX_OCR_PAGES {
        out.warnings.push(format!(
            "only the first {MAX_OCR_PAGES} of {} scanned pages were OCR'd",
            which.len()
        ));
    }
    let listed: Vec<String> = confidences
        .iter()
        .map(|(page, c)| match c {
            Some(c) => format!("p{} {c:.0}", page + 1),
            None => format!("p{} -", page + 1),
        })
        .collect();
    out.warnings.push(format!(
        "OCR by Tesseract ({}) on {} of {total} pages; mean word confidence (0–100) by page: {}",
        languages.join("+"),
        out.pages.len(),
        listed.join(", ")
    ));
    drop(dir);
    Ok(out)
}

/// The OCR languages Tesseract has among ours, or why OCR is not possible.
fn ocr_languages() -> Result<Vec<String>, String> {
    let version = run(Command::new("pdftoppm").arg("-v"), TOOL_TIMEOUT);
    if version.is_err() {
        return Err(format!(
            "pdftoppm (poppler-utils) is not installed; {INSTALL_HINT}"
        ));
    }
    let listed = run(Command::new("tesseract").arg("--list-langs"), TOOL_TIMEOUT)
        .map_err(|_| format!("Tesseract is not installed; {INSTALL_HINT}"))?;
    let installed: Vec<&str> = listed.split_whitespace().collect();
    let ours: Vec<String> = OCR_LANGUAGES
        .iter()
        .filter(|l| installed.contains(l))
        .map(|l| (*l).to_owned())
        .collect();
    if ours.is_empty() {
        return Err(format!(
            "Tesseract has none of the language packs fra, eng, rus; {INSTALL_HINT}"
        ));
    }
    Ok(ours)
}

/// The languages to read the rest of a scan in, from the script of its first page.
fn languages_for(text: &str, installed: &[String]) -> Vec<String> {
    let (mut cyrillic, mut latin) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if ('\u{400}'..='\u{4ff}').contains(&c) {
            cyrillic += 1;
        } else if (c as u32) < 0x250 {
            latin += 1;
        }
    }
    let wanted: &[&str] = if cyrillic + latin < 50 {
        &OCR_LANGUAGES
    } else if cyrillic * 2 > latin * 3 {
        &["rus", "eng"]
    } else if latin * 2 > cyrillic * 3 {
        &["fra", "eng"]
    } else {
        &OCR_LANGUAGES
    };
    let chosen: Vec<String> = wanted
        .iter()
        .filter(|l| installed.iter().any(|i| i == *l))
        .map(|l| (*l).to_owned())
        .collect();
    if chosen.is_empty() {
        installed.to_vec()
    } else {
        chosen
    }
}

/// The mean confidence of the words in Tesseract's TSV output (column 11, `-1` for non-words).
fn mean_confidence(tsv: &str) -> Option<f64> {
    let (mut sum, mut n) = (0.0, 0usize);
    for line in tsv.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(conf), Some(word)) = (cols.get(10), cols.get(11)) else {
            continue;
        };
        if word.trim().is_empty() {
            continue;
        }
        if let Ok(c) = conf.trim().parse::<f64>()
            && c >= 0.0
        {
            sum += c;
            n += 1;
        }
    }
    (n > 0).then(|| sum / n as f64)
}

fn temp_dir() -> Result<tempfile::TempDir, String> {
    tempfile::Builder::new()
        .prefix("chancery-pdf-")
        .tempdir()
        .map_err(|e| format!("cannot create a temporary directory: {e}"))
}

/// Runs a command to its end or until `timeout` (then kills it); its standard output on success,
/// else an error with the end of its standard error.
fn run(cmd: &mut Command, timeout: Duration) -> Result<String, String> {
    let program = cmd.get_program().to_string_lossy().into_owned();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(s) = stdout.as_mut() {
            let _ = s.take(64 << 20).read_to_end(&mut buf);
        }
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(s) = stderr.as_mut() {
            let _ = s.take(1 << 20).read_to_end(&mut buf);
        }
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{program} took longer than {} s",
                    timeout.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("{program}: {e}")),
        }
    };
    let out = out_reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    if status.success() {
        Ok(String::from_utf8_lossy(&out).into_owned())
    } else {
        let err = String::from_utf8_lossy(&err);
        let tail: Vec<&str> = err.lines().rev().take(2).collect();
        Err(format!(
            "{program} failed ({status}): {}",
            one_line(&tail.into_iter().rev().collect::<Vec<_>>().join(" "))
        ))
    }
}

// ---------------------------------------------------------------------------------------------
// PDF-extracted text in a .txt file

/// How much of a text is looked at to decide.
const SNIFF_BYTES: usize = 1 << 20;

/// Whether plain text looks like text extracted from a PDF: form feeds, page numbers and running
/// headers repeated from page to page, hard-wrapped lines.
pub fn looks_like_pdf_text(text: &str) -> bool {
    let mut end = text.len().min(SNIFF_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let lines: Vec<&str> = text
        .split(['\n', '\u{c}'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() < 8 {
        return false;
    }
    let form_feeds = text.matches('\u{c}').count();
    let furniture = page_furniture_lines(&lines);
    let wrapped = is_hard_wrapped(&lines);
    wrapped || furniture >= 3 || form_feeds >= 1 && furniture >= 1
}

/// Page-number lines ("Page 3 of 12", "- 3 -", "26/51 15-29431") and running heads with a number
/// repeated on three lines or more ("29/09/2015 A/70/PV.16").
fn page_furniture_lines(lines: &[&str]) -> usize {
    let mut count = 0;
    let mut shapes: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for line in lines {
        if line.chars().count() > 60 {
            continue;
        }
        if is_page_number_line(line) {
            count += 1;
        } else if line.chars().any(|c| c.is_ascii_digit())
            && line.split_whitespace().count() <= 6
            && !line.contains(['<', '>', '{', '}', '"', '=', ':', '[', ']'])
        {
            *shapes
                .entry(chancery_model::text::line_shape(line))
                .or_default() += 1;
        }
    }
    // A running head carries a date or a document symbol besides its number (a gallery's "1/8"
    // alone is not one).
    count
        + shapes
            .iter()
            .filter(|(shape, n)| {
                **n >= 3
                    && shape.contains(' ')
                    && shape.chars().any(|c| c.is_alphabetic() || c == '/')
            })
            .map(|(_, n)| n)
            .sum::<usize>()
}

/// "Page 3", "Page 3 of 12", "- 3 -", "— 3 —", "Стр. 3", and UN-style "26/51 15-29431" (page of
/// pages with a document number).
fn is_page_number_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [p, n] if matches!(*p, "page" | "p." | "стр." | "страница" | "seite") => {
            number(n)
        }
        [p, n, of, m]
            if matches!(*p, "page" | "стр." | "страница" | "seite")
                && matches!(*of, "of" | "sur" | "de" | "из" | "von" | "/") =>
        {
            number(n) && number(m)
        }
        [d1, n, d2] if is_dash(d1) && is_dash(d2) => number(n),
        [a, b] => {
            let of_pages = |w: &str| {
                w.split_once('/')
                    .is_some_and(|(n, m)| number(n) && number(m))
            };
            let doc_number = |w: &str| {
                w.split_once('-').is_some_and(|(a, b)| {
                    a.len() == 2
                        && number(a)
                        && b.len() >= 4
                        && b.len() <= 6
                        && b.bytes().all(|c| c.is_ascii_digit())
                })
            };
            (of_pages(a) && doc_number(b)) || (doc_number(a) && of_pages(b))
        }
        _ => false,
    }
}

fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

/// Most lines of about the same length, many cut inside a sentence (the next starts lowercase),
/// and nothing that makes it Markdown.
fn is_hard_wrapped(lines: &[&str]) -> bool {
    if lines.len() < 12 {
        return false;
    }
    let markdown = lines
        .iter()
        .filter(|l| {
            l.starts_with('#') || l.starts_with("```") || l.starts_with('|') || l.contains("](")
        })
        .count();
    if markdown * 20 > lines.len() {
        return false;
    }
    let mut lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    lengths.sort_unstable();
    let width = lengths[lengths.len() * 9 / 10];
    if !(45..=140).contains(&width) {
        return false;
    }
    let full = lines
        .iter()
        .filter(|l| l.chars().count() * 4 >= width * 3 && l.chars().count() <= width + width / 5)
        .count();
    let cut = lines
        .windows(2)
        .filter(|w| {
            let ends = w[0].ends_with(['.', '!', '?', ':', ';', '"', '»', '”']);
            !ends && w[1].chars().next().is_some_and(char::is_lowercase)
        })
        .count();
    full * 10 >= lines.len() * 6 && cut * 5 >= lines.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expected: bool) {
        assert_eq!(looks_like_pdf_text(text), expected, "{text:?}");
    }

    #[test]
    fn pdf_text_is_recognised() {
        let wrapped = "The security of all countries is tied together. In face of various kinds\n\
                       of global challenges and risks, no one can stay immune or enjoy security\n\
                       alone. Countries need to be guided by a vision of common, comprehensive,\n\
                       cooperative and sustainable security. We should respect each other and\n"
            .repeat(4);
        check(&wrapped, true);
        let paragraph =
            "A long paragraph on its own line, as web pages and transcripts are written. "
                .repeat(5);
        let furniture = format!(
            "{paragraph}\n26/51 15-29431\n\u{c}\n29/09/2015 A/70/PV.16\n{paragraph}\n{paragraph}\n\
             15-29431 27/51\n\u{c}\nA/70/PV.16 29/09/2015\n{paragraph}\n{paragraph}\n{paragraph}\n"
        );
        check(&furniture, true);
        let numbered = format!(
            "{paragraph}\nPage 1 of 3\n{paragraph}\n{paragraph}\nPage 2 of 3\n{paragraph}\n{paragraph}\n- 3 -\n{paragraph}\n{paragraph}\n"
        );
        check(&numbered, true);
    }

    #[test]
    fn other_text_is_not() {
        let paragraph =
            "A long paragraph on its own line, as web pages and transcripts are written. "
                .repeat(5);
        check(&format!("{paragraph}\n").repeat(12), false);
        check(
            &"LAVROV: Thank you.\nQUESTION: What about the talks?\nLAVROV: We will see.\n"
                .repeat(6),
            false,
        );
        check(
            &"# Title\n\nSome *Markdown* text with a [link](http://x.org) that\nis wrapped at a short width like\nthis one and goes on and on here.\n".repeat(5),
            false,
        );
        check("", false);
        check("\u{c}\u{c}", false);
    }

    #[test]
    fn word_shapes() {
        for (token, good) in [
            ("République", true),
            ("RKpublique", false),
            ("COte", false),
            ("d'Ivoire", true),
            ("lYintKgration", false),
            ("4ème", true),
            ("20Lme", false),
            ("OSCE", true),
            ("U.S", true),
            ("Нозависимых", true),
            ("C\u{43e}\u{44e}\u{437}", false),
            ("n", false),
            ("à", true),
            ("Xnrtsk", false),
            ("Nagorno-Karabakh", true),
        ] {
            assert_eq!(is_word_shaped(token), good, "{token}");
        }
    }

    #[test]
    fn runs_become_lines() {
        let run = |text, x, y, width| Run {
            text,
            x,
            y,
            width,
            height: 14.0,
        };
        let page = lay_out(&[
            run("COMMUNIQUE", 100.0, 740.0, 100.0),
            run(
                "vivre ensemble et du dialogue interreli",
                36.0,
                700.0,
                215.6,
            ),
            run("gieux exemplaire, marques d’un p", 251.9, 700.0, 190.8),
            run("ays uni.", 442.9, 700.0, 50.0),
            run("Le Chef", 36.0, 684.0, 40.0),
            run("de l’Etat", 80.0, 684.0, 40.0),
            run("4", 36.0, 668.0, 6.0),
            run("ème", 42.2, 672.0, 15.0),
            run("sommet.", 60.0, 668.0, 40.0),
            run("1", 300.0, 40.0, 6.0),
        ]);
        assert_eq!(
            page,
            "COMMUNIQUE\n\nvivre ensemble et du dialogue interreligieux exemplaire, marques d’un pays uni.\n\
             Le Chef de l’Etat\n4ème sommet.\n\n1"
        );
    }

    #[test]
    fn page_lists() {
        assert_eq!(page_list(&[0, 2, 3, 4, 8]), "1, 3–5, 9");
        assert_eq!(page_list(&[]), "");
    }

    #[test]
    fn not_a_pdf() {
        assert!(read_pdf(b"hello").unwrap_err().contains("not a PDF"));
        assert!(read_pdf(b"").is_err());
        assert!(read_pdf(b"%PDF-1.4\n").is_err());
    }

    // ---- PDF files made here ----

    /// A PDF made by hand: one page per entry, its lines written top down in Helvetica (WinAnsi:
    /// Latin-1 letters only); `None` is a page holding only an image, as a scan does.
    fn make_pdf(pages: &[Option<&[&str]>]) -> Vec<u8> {
        let n = pages.len();
        let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 5 + 2 * i)).collect();
        let mut objects: Vec<Vec<u8>> = vec![
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
                .to_vec(),
        ];
        // An 8x8 grey image with a stripe.
        let pixels: Vec<u8> = (0..64).map(|i| if i % 8 < 2 { 0 } else { 255 }).collect();
        let mut image = b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n".to_vec();
        image.extend_from_slice(&pixels);
        image.extend_from_slice(b"\nendstream");
        objects.push(image);
        for (i, page) in pages.iter().enumerate() {
            let mut content = Vec::new();
            match page {
                Some(lines) => {
                    content.extend_from_slice(b"BT /F1 12 Tf 16 TL 72 720 Td");
                    for line in *lines {
                        content.extend_from_slice(b" (");
                        for c in line.chars() {
                            match c {
                                '(' | ')' | '\\' => {
                                    content.extend_from_slice(format!("\\{c}").as_bytes())
                                }
                                c if c.is_ascii() => content.push(c as u8),
                                c => content
                                    .extend_from_slice(format!("\\{:o}", c as u32).as_bytes()),
                            }
                        }
                        content.extend_from_slice(b") Tj T*");
                    }
                    content.extend_from_slice(b" ET");
                }
                None => content.extend_from_slice(b"q 400 0 0 400 100 200 cm /Im1 Do Q"),
            }
            objects.push(
                format!(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents {} 0 R >>",
                    6 + 2 * i
                )
                .into_bytes(),
            );
            let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
            stream.extend_from_slice(&content);
            stream.extend_from_slice(b"\nendstream");
            objects.push(stream);
        }
        let mut pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            pdf.extend_from_slice(body);
            pdf.extend_from_slice(b"\nendobj\n");
        }
        let xref = pdf.len();
        pdf.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
        );
        for offset in offsets {
            pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        pdf
    }

    const PAGE_1: &[&str] = &[
        "A/70/PV.16 29/09/2015",
        "Hello",
        "Accord sign\u{e9} (Gen\u{e8}ve) entre les deux pays, dont la coop\u{e9}-",
        "ration se poursuit.",
        "26/51 15-29431",
    ];
    const PAGE_2: &[&str] = &[
        "A/70/PV.16 29/09/2015",
        "The second page goes on with the text of the",
        "statement, which ends here.",
        "27/51 15-29431",
    ];

    fn tesseract_installed() -> bool {
        Command::new("tesseract")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }

    /// On CI (`CHANCERY_CI` set) the OCR tools must be there: their absence fails the test.
    fn ocr_expected() -> bool {
        let installed = tesseract_installed();
        if std::env::var_os("CHANCERY_CI").is_some() {
            assert!(
                installed,
                "CHANCERY_CI is set but tesseract is not installed"
            );
        }
        installed
    }

    #[test]
    fn text_layer_by_page() {
        let pdf = read_pdf(&make_pdf(&[Some(PAGE_1), Some(PAGE_2)])).unwrap();
        assert_eq!((pdf.pages, pdf.ocr), (2, false));
        assert_eq!(pdf.warnings, Vec::<String>::new());
        let pages: Vec<&str> = pdf.text.split('\u{c}').collect();
        assert_eq!(pages.len(), 2);
        let lines: Vec<&str> = pages[0].lines().collect();
        assert_eq!(
            lines,
            [
                "A/70/PV.16 29/09/2015",
                "Hello",
                "Accord signé (Genève) entre les deux pays, dont la coopé-",
                "ration se poursuit.",
                "26/51 15-29431"
            ]
        );
        // Through the cleaning of PDF text: running heads out, words and sentences whole.
        let (text, removed) = chancery_clean::pdftext::to_text(&pdf.text);
        assert_eq!(
            text,
            "Hello\n\nAccord signé (Genève) entre les deux pays, dont la coopération se poursuit.\n\n\
             The second page goes on with the text of the statement, which ends here."
        );
        assert_eq!(removed.len(), 4);
    }

    #[test]
    fn scan_without_text_layer() {
        let bytes = make_pdf(&[None, None, Some(&["Page 3"])]);
        match read_pdf(&bytes) {
            Ok(pdf) => {
                assert!(ocr_expected(), "OCR ran without tesseract?");
                assert!(pdf.ocr);
                assert_eq!(pdf.pages, 3);
                assert!(
                    pdf.warnings
                        .iter()
                        .any(|w| w.contains("OCR by Tesseract") && w.contains("p1")),
                    "{:?}",
                    pdf.warnings
                );
            }
            Err(e) => {
                assert!(!ocr_expected(), "OCR failed: {e}");
                assert!(e.contains("no text layer"), "{e}");
                assert!(e.contains("apt-get install tesseract-ocr"), "{e}");
            }
        }
    }

    /// Damaged copies of a file: truncated, and with bytes changed here and there. Each read ends
    /// with text or an error, never a panic.
    fn read_damaged(bytes: &[u8], copies: usize) {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for copy in 0..copies {
            let mut damaged = bytes.to_vec();
            if copy % 3 == 0 {
                damaged.truncate(bytes.len() * (copy + 1) / (copies + 1));
            } else {
                for _ in 0..=(next() % 40) {
                    let at = (next() % bytes.len() as u64) as usize;
                    damaged[at] = next() as u8;
                }
            }
            let _ = read_pdf(&damaged);
        }
    }

    #[test]
    fn damaged_pdfs_are_errors_not_panics() {
        read_damaged(&make_pdf(&[Some(PAGE_1), Some(PAGE_2)]), 40);
        if let Some(bytes) = field("fr/001_senegal-pr-discours-focac-2024.pdf") {
            read_damaged(&bytes, 12);
        }
    }

    // ---- real documents of the field corpus (read from ../shared/data/field) ----

    fn field(path: &str) -> Option<Vec<u8>> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/field/");
        match std::fs::read(format!("{root}{path}")) {
            Ok(bytes) => Some(bytes),
            Err(_) => {
                eprintln!("field corpus not found, skipped: {path}");
                None
            }
        }
    }

    /// The cleaned body of a field PDF and its removed lines.
    fn field_body(path: &str, pages: usize) -> Option<(String, Vec<String>)> {
        let pdf = read_pdf(&field(path)?).unwrap();
        assert_eq!(pdf.pages, pages);
        assert_eq!(pdf.text.matches('\u{c}').count() + 1, pages);
        let (text, removed) = chancery_clean::pdftext::to_text(&pdf.text);
        Some((text, removed.into_iter().map(|r| r.text).collect()))
    }

    #[track_caller]
    fn assert_paragraph(text: &str, sentence: &str) {
        assert!(
            text.split("\n\n").any(|p| p.contains(sentence)),
            "not whole in one paragraph: {sentence}"
        );
    }

    #[test]
    fn field_pdf_text_files() {
        let text = |path: &str| field(path).map(|b| String::from_utf8_lossy(&b).into_owned());
        for path in [
            "en/048_unga-general-debate-ukraine-2015-pdf-text-with-page-furniture.txt",
            "en/028_unga-general-debate-china-2024.txt",
        ] {
            if let Some(t) = text(path) {
                assert!(looks_like_pdf_text(&t), "{path}");
            }
        }
        for path in [
            "en/010_unga-general-debate-india-2023.txt",
            "en/027_unga-general-debate-ukraine-2022.txt",
            "en/034_unga-general-debate-russia-2016.txt",
            "en/035_unga-general-debate-senegal-2019.txt",
            "en/036_unga-general-debate-brazil-2023.txt",
            "ru/001_wikinews-trump-putin-paris-meeting.txt",
            "ru/011_kp-putin-nippon-tv-interview-trump.txt",
            "ru/012_fontanka-gazprom-belarus-gas-agreement.txt",
        ] {
            if let Some(t) = text(path) {
                assert!(!looks_like_pdf_text(&t), "{path}");
            }
        }
        // The bundled seeds: one paragraph per line.
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/seeds");
        for entry in std::fs::read_dir(seeds).into_iter().flatten().flatten() {
            let t = std::fs::read_to_string(entry.path()).unwrap();
            assert!(!looks_like_pdf_text(&t), "{:?}", entry.path());
        }
    }

    #[test]
    fn field_speech_focac() {
        let Some((text, removed)) = field_body("fr/001_senegal-pr-discours-focac-2024.pdf", 6)
        else {
            return;
        };
        for furniture in [
            "République du Sénégal",
            "Un Peuple-Un But-Une Foi",
            "Seul le prononcé fait foi",
            "2",
        ] {
            assert!(
                removed.iter().any(|r| r == furniture),
                "{furniture}: {removed:?}"
            );
        }
        assert!(!text.contains("Seul le prononcé"));
        assert!(text.starts_with(
            "DISCOURS DE SON EXCELLENCE MONSIEUR BASSIROU DIOMAYE DIAKHAR FAYE, PRESIDENT"
        ));
        // Across a page break, and a compound cut at a line end.
        assert_paragraph(
            &text,
            "Je rends hommage au Président Xi JINPING pour sa vision clairvoyante, son leadership dynamique",
        );
        assert_paragraph(
            &text,
            "prouvent une nouvelle fois sa volonté constante de porter plus haut la coopération sino-africaine.",
        );
        assert_paragraph(&text, "Mesdames, Messieurs,");
    }

    #[test]
    fn field_communique_conseil_des_ministres() {
        let Some((text, removed)) = field_body(
            "fr/018_senegal-communique-conseil-des-ministres-2024-08-14.pdf",
            4,
        ) else {
            return;
        };
        assert_eq!(removed, ["1", "2", "3", "4"]);
        assert!(
            text.starts_with("COMMUNIQUE DU CONSEIL DES MINISTRES DU MERCREDI 14 AOUT 2024\n\n")
        );
        // Runs cut inside words ("interreli" + "gieux", "p" + "ays") are one word again.
        assert_paragraph(
            &text,
            "du vivre ensemble et du dialogue interreligieux exemplaire, marques d’un pays uni et solidaire.",
        );
        assert!(
            text.contains(
                "\n\nD’ailleurs, le Président de la République a informé qu’il se rendra"
            )
        );
    }

    #[test]
    fn field_newsletter_without_unicode_map() {
        let Some(bytes) = field("fr/047_ci-miaie-lettre-integration-n001-2013.pdf") else {
            return;
        };
        let pdf = read_pdf(&bytes).unwrap();
        assert_eq!(pdf.pages, 7);
        // pdf_oxide maps this file's Type 1C glyphs wrongly ("RKpublique"): another reader wins.
        assert!(!pdf.text.contains("RKpublique"));
        assert!(
            pdf.warnings
                .iter()
                .any(|w| w.starts_with("text layer read by")),
            "{:?}",
            pdf.warnings
        );
        let quality = Quality::of(std::slice::from_ref(&pdf.text));
        assert!(quality.score() > 0.9, "{quality:?}");
        let (text, removed) = chancery_clean::pdftext::to_text(&pdf.text);
        assert!(removed.iter().any(|r| r.text == "Union-Discipline-Travail"));
        assert!(text.contains("coopération"));
    }

    #[test]
    fn field_report_102_pages() {
        let Some((text, removed)) =
            field_body("en/016_state-dept-report-voting-practices-un-2022.pdf", 102)
        else {
            return;
        };
        assert!(!text.contains("UNCLASSIFIED"));
        assert!(!text.contains(" of 102"));
        assert!(removed.iter().filter(|r| *r == "UNCLASSIFIED").count() >= 100);
        assert_paragraph(
            &text,
            "The Report to Congress on Voting Practices in the United Nations was first published in 1984, for the year 1983 pursuant to Public Law 98-151 and Public Law 98-164.",
        );
        assert!(text.contains("\n\n1. INTRODUCTION\n\n"));
    }

    #[test]
    fn field_scan_belovezh_accords_ocr() {
        let Some(bytes) = field("ru/033_belovezh-accords-cis-agreement-1991-ru-scan.pdf") else {
            return;
        };
        match read_pdf(&bytes) {
            Ok(pdf) => {
                assert!(ocr_expected());
                assert!(pdf.ocr);
                assert_eq!(pdf.pages, 5);
                assert!(pdf.text.contains("СОГЛАШЕНИЕ"), "{}", pdf.text);
                let conf = pdf.warnings.iter().find(|w| w.contains("confidence"));
                assert!(conf.is_some_and(|w| w.contains("p5")), "{:?}", pdf.warnings);
                let (text, _) = chancery_clean::pdftext::to_text(&pdf.text);
                assert!(text.contains("Высокие Договаривающиеся Стороны"));
                assert!(text.contains("Российская Федерация"));
            }
            Err(e) => {
                assert!(!ocr_expected(), "OCR failed: {e}");
                assert!(
                    e.contains("no text layer") && e.contains("apt-get install"),
                    "{e}"
                );
            }
        }
    }
}
