//! Readers for the gold corpora under `shared/data/ner/` (see its README), and the split rule.
//!
//! Every reader gives [`Doc`]s: a text and its gold entities as **byte** spans into it (the
//! readers convert the corpora's code-point offsets, or build the text from the tokens of a
//! token-per-line corpus, joining tokens with one space and sentences with a line break).
//! Only PER, LOC, ORG and MISC are kept; nested entities are removed, keeping the outermost
//! (longest) span; of two entities with the same span the first one in the file wins.

use std::path::{Path, PathBuf};

use chancery_model::{EntityType, Span};

use crate::features::fnv1a_str;
use crate::{Error, Result};

/// One annotated document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Doc {
    /// Stable identifier, the key of the split rule (e.g. `2017/05/2017_05_03-001`).
    pub id: String,
    pub text: String,
    /// Outermost gold entities, byte spans into `text`, in text order.
    pub entities: Vec<(Span, EntityType)>,
}

/// The kinds of corpus this crate reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// brat standoff `.txt` + `.ann` (WiNER-fr).
    Brat,
    /// HIPE-2022 TSV, `NE-COARSE-LIT` column (hipe2020-fr).
    Hipe,
    /// CoNLL `token LABEL` per line, IOB1 or IOB2, `-DOCSTART-` between documents (Wikigold).
    Conll,
    /// re3d's CoNLL conversion, one file per document under `data-by-source/conll/`.
    Re3d,
    /// FactRuEval-2016 `.txt` + `.spans` + `.objects`.
    FactRuEval,
    /// Europeana Newspapers `token I-TYPE` stream, cut into segments.
    Europeana,
}

/// A corpus read from disk.
#[derive(Clone, Debug)]
pub struct Corpus {
    pub name: String,
    pub lang: &'static str,
    pub format: Format,
    /// Whether its licence allows training on it.
    pub trainable: bool,
    pub docs: Vec<Doc>,
}

/// Which part of a corpus to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    /// The 80 % used for training.
    Train,
    /// The held-back 20 %.
    Test,
    /// The training part less its dev cut ([`is_dev`]), for tuning.
    TrainNoDev,
    /// The dev cut of the training part.
    Dev,
    All,
}

/// The split rule: a document is in the test part when the FNV-1a 64 hash of its id (its path
/// relative to the corpus folder, without extension, `/`-separated) is divisible by 5.
pub fn is_test(id: &str) -> bool {
    fnv1a_str(id).is_multiple_of(5)
}

/// A finer cut of the training part, for tuning without touching the test part: the
/// documents whose hash is 1 modulo 5.
pub fn is_dev(id: &str) -> bool {
    fnv1a_str(id) % 5 == 1
}

impl Corpus {
    /// The documents of a split.
    pub fn split(&self, split: Split) -> Vec<&Doc> {
        self.docs
            .iter()
            .filter(|d| match split {
                Split::All => true,
                Split::Test => is_test(&d.id),
                Split::Train => !is_test(&d.id),
                Split::TrainNoDev => !is_test(&d.id) && !is_dev(&d.id),
                Split::Dev => is_dev(&d.id),
            })
            .collect()
    }
}

fn io_err(path: &Path, error: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        error,
    }
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| io_err(path, e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn corpus_err(path: &Path, message: impl Into<String>) -> Error {
    Error::Corpus {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

/// Reads a corpus folder, recognising its format from its content.
pub fn read_corpus(dir: &Path) -> Result<Corpus> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (format, lang) = detect(dir)?;
    let docs = match format {
        Format::Brat => read_brat(dir)?,
        Format::Hipe => read_hipe_dir(dir)?,
        Format::Conll => read_conll_dir(dir)?,
        Format::Re3d => read_re3d(dir)?,
        Format::FactRuEval => read_factrueval(dir)?,
        Format::Europeana => read_europeana_dir(dir)?,
    };
    Ok(Corpus {
        name,
        lang,
        format,
        trainable: format != Format::Hipe,
        docs,
    })
}

fn detect(dir: &Path) -> Result<(Format, &'static str)> {
    let entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io_err(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    let has = |f: &dyn Fn(&Path) -> bool| entries.iter().any(|p| f(p));
    let ext = |p: &Path, e: &str| p.extension().is_some_and(|x| x == e);
    if dir.join("testset").is_dir() || has(&|p| ext(p, "objects")) {
        return Ok((Format::FactRuEval, "ru"));
    }
    if dir.join("data-by-source").is_dir() {
        return Ok((Format::Re3d, "en"));
    }
    if has(&|p| ext(p, "tsv")) {
        return Ok((Format::Hipe, "fr"));
    }
    if has(&|p| ext(p, "bio")) {
        return Ok((Format::Europeana, "fr"));
    }
    if has(&|p| p.to_string_lossy().ends_with(".conll.txt") || ext(p, "conll")) {
        return Ok((Format::Conll, "en"));
    }
    if has(&|p| p.is_dir() || ext(p, "ann")) {
        return Ok((Format::Brat, "fr"));
    }
    Err(corpus_err(dir, "unrecognised corpus layout"))
}

/// Keeps the outermost of nested or overlapping entities (the longest; on a tie, the first),
/// sorted by start.
pub fn outermost(mut ents: Vec<(Span, EntityType)>) -> Vec<(Span, EntityType)> {
    // Stable sort: longest first, then file order.
    let order: Vec<usize> = {
        let mut idx: Vec<usize> = (0..ents.len()).collect();
        idx.sort_by_key(|&i| std::cmp::Reverse(ents[i].0.len()));
        idx
    };
    let mut kept: Vec<(Span, EntityType)> = Vec::new();
    for i in order {
        let (s, t) = ents[i];
        if s.is_empty() || kept.iter().any(|(k, _)| k.overlaps(s) || *k == s) {
            continue;
        }
        kept.push((s, t));
    }
    ents.clear();
    kept.sort_by_key(|(s, _)| (s.start, s.end));
    kept
}

/// Byte offset of every code point, plus the text length at the end.
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn files_with_ext(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io_err(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files_with_ext(&p, ext, out)?;
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
    Ok(())
}

fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// WiNER type names to ours (Event, Product, Date, Hour are dropped).
fn brat_type(name: &str) -> Option<EntityType> {
    Some(match name {
        "Person" => EntityType::Per,
        "Location" => EntityType::Loc,
        "Organization" => EntityType::Org,
        _ => return None,
    })
}

/// Parses one brat `.ann` against its text (code-point offsets, end exclusive).
pub fn parse_brat(text: &str, ann: &str) -> Vec<(Span, EntityType)> {
    let map = char_to_byte(text);
    let mut ents = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(spec)) = (cols.next(), cols.next()) else {
            continue;
        };
        if !id.starts_with('T') {
            continue;
        }
        let mut parts = spec.split([' ', ';']);
        let Some(kind) = parts.next().and_then(brat_type) else {
            continue;
        };
        let nums: Vec<usize> = parts.filter_map(|p| p.parse().ok()).collect();
        let (Some(&s), Some(&e)) = (nums.first(), nums.last()) else {
            continue;
        };
        if let (Some(&bs), Some(&be)) = (map.get(s), map.get(e))
            && bs < be
        {
            ents.push((Span::new(bs, be), kind));
        }
    }
    outermost(ents)
}

fn read_brat(dir: &Path) -> Result<Vec<Doc>> {
    let mut anns = Vec::new();
    files_with_ext(dir, "ann", &mut anns)?;
    let mut docs = Vec::with_capacity(anns.len());
    for ann_path in anns {
        let txt_path = ann_path.with_extension("txt");
        let text = read_text(&txt_path)?;
        let ann = read_text(&ann_path)?;
        let entities = parse_brat(&text, &ann);
        docs.push(Doc {
            id: relative_id(dir, &ann_path),
            text,
            entities,
        });
    }
    Ok(docs)
}

/// Builds documents from labelled tokens. `label` gives (is_begin, type) for a token inside an
/// entity; a token continues the previous entity when it is not a begin and has the same type.
struct TokenDocBuilder {
    text: String,
    ents: Vec<(Span, EntityType)>,
    open: Option<(usize, EntityType)>,
    last_end: usize,
}

impl TokenDocBuilder {
    fn new() -> Self {
        TokenDocBuilder {
            text: String::new(),
            ents: Vec::new(),
            open: None,
            last_end: 0,
        }
    }

    fn close(&mut self) {
        if let Some((s, t)) = self.open.take() {
            self.ents.push((Span::new(s, self.last_end), t));
        }
    }

    /// Adds a token after separator `sep`; `label` is `None` outside entities; entities of an
    /// ignored type pass `Some((true, None))` to close an open one.
    fn push(&mut self, sep: &str, token: &str, label: Option<(bool, Option<EntityType>)>) {
        if !self.text.is_empty() {
            self.text.push_str(sep);
        }
        let start = self.text.len();
        self.text.push_str(token);
        let end = self.text.len();
        match label {
            None | Some((_, None)) => self.close(),
            Some((begin, Some(t))) => {
                let cont = !begin && self.open.is_some_and(|(_, ot)| ot == t);
                if !cont {
                    self.close();
                    self.open = Some((start, t));
                }
            }
        }
        self.last_end = end;
    }

    fn break_entity(&mut self) {
        self.close();
    }

    fn finish(mut self, id: String) -> Doc {
        self.close();
        Doc {
            id,
            entities: outermost(self.ents),
            text: self.text,
        }
    }

    fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// Splits an IOB label (`B-PER`, `I-Organisation`, `O`) into (begin, type name).
fn iob(label: &str) -> Option<(bool, &str)> {
    let (prefix, name) = label.split_once('-')?;
    match prefix {
        "B" => Some((true, name)),
        "I" => Some((false, name)),
        _ => None,
    }
}

fn conll_type(name: &str) -> Option<EntityType> {
    Some(match name {
        "PER" | "Person" | "pers" => EntityType::Per,
        "LOC" | "Location" | "loc" => EntityType::Loc,
        "ORG" | "Organisation" | "Organization" | "org" => EntityType::Org,
        "MISC" => EntityType::Misc,
        _ => return None,
    })
}

/// Parses a CoNLL text (`token … LABEL`, label last, blank lines between sentences,
/// `-DOCSTART-` between documents). Documents are named `{prefix}{index}` unless `prefix`
/// names a whole single document.
pub fn parse_conll(content: &str, prefix: &str, single: bool) -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut b = TokenDocBuilder::new();
    let mut sep = " ";
    let flush = |b: &mut TokenDocBuilder, docs: &mut Vec<Doc>| {
        let done = std::mem::replace(b, TokenDocBuilder::new());
        if !done.is_empty() {
            let id = if single {
                prefix.to_string()
            } else {
                format!("{prefix}{}", docs.len())
            };
            docs.push(done.finish(id));
        }
    };
    for line in content.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            b.break_entity();
            sep = "\n";
            continue;
        }
        let mut cols: Vec<&str> = line.split(['\t', ' ']).filter(|c| !c.is_empty()).collect();
        if cols.first() == Some(&"-DOCSTART-") {
            flush(&mut b, &mut docs);
            sep = " ";
            continue;
        }
        let label = if cols.len() >= 2 { cols.pop() } else { None };
        let token = cols.join(" ");
        let lab = label
            .and_then(iob)
            .map(|(begin, name)| (begin, conll_type(name)));
        b.push(sep, &token, lab);
        sep = " ";
    }
    flush(&mut b, &mut docs);
    docs
}

fn read_conll_dir(dir: &Path) -> Result<Vec<Doc>> {
    let mut files = Vec::new();
    files_with_ext(dir, "txt", &mut files)?;
    files_with_ext(dir, "conll", &mut files)?;
    let mut docs = Vec::new();
    for f in files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
        if !name.is_some_and(|n| n.contains("conll")) {
            continue;
        }
        let content = read_text(&f)?;
        let prefix = format!("{}#", relative_id(dir, &f));
        docs.extend(parse_conll(&content, &prefix, false));
    }
    Ok(docs)
}

fn read_re3d(dir: &Path) -> Result<Vec<Doc>> {
    let root = dir.join("data-by-source").join("conll");
    let mut files = Vec::new();
    files_with_ext(&root, "conll", &mut files)?;
    let mut docs = Vec::new();
    for f in files {
        let content = read_text(&f)?;
        let id = relative_id(&root, &f);
        docs.extend(parse_conll(&content, &id, true));
    }
    Ok(docs)
}

/// Parses HIPE TSV: documents start at `# hipe2022:document_id = …`; tokens are joined with a
/// space unless `NoSpaceAfter`; `EndOfSentence` ends a line.
pub fn parse_hipe(content: &str) -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut b = TokenDocBuilder::new();
    let mut id = String::new();
    let mut col = 1usize;
    let mut misc_col = usize::MAX;
    let mut sep = "";
    for line in content.lines() {
        if line.starts_with("TOKEN\t") {
            let cols: Vec<&str> = line.split('\t').collect();
            col = cols.iter().position(|c| *c == "NE-COARSE-LIT").unwrap_or(1);
            misc_col = cols.iter().position(|c| *c == "MISC").unwrap_or(usize::MAX);
            continue;
        }
        if line.starts_with('#') && !line.contains('\t') {
            if let Some(rest) = line.split_once("document_id =").map(|(_, r)| r.trim()) {
                let done = std::mem::replace(&mut b, TokenDocBuilder::new());
                if !done.is_empty() {
                    docs.push(done.finish(std::mem::take(&mut id)));
                }
                id = rest.to_string();
                sep = "";
            }
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let token = cols.first().copied().unwrap_or("");
        let label = cols.get(col).copied().unwrap_or("O");
        let lab = iob(label).map(|(begin, name)| (begin, conll_type(name)));
        b.push(sep, token, lab);
        let misc = cols.get(misc_col).copied().unwrap_or("_");
        sep = if misc.contains("NoSpaceAfter") {
            ""
        } else if misc.contains("EndOfSentence") {
            "\n"
        } else {
            " "
        };
    }
    if !b.is_empty() {
        docs.push(b.finish(id));
    }
    docs
}

fn read_hipe_dir(dir: &Path) -> Result<Vec<Doc>> {
    let mut files = Vec::new();
    files_with_ext(dir, "tsv", &mut files)?;
    let mut docs = Vec::new();
    for f in files {
        docs.extend(parse_hipe(&read_text(&f)?));
    }
    Ok(docs)
}

/// Parses one FactRuEval document: mentions of `.objects` (Person → PER, Org → ORG,
/// Location and LocOrg → LOC) spanning from their first to their last span of `.spans`
/// (code-point offsets into `.txt`).
pub fn parse_factrueval(text: &str, spans: &str, objects: &str) -> Vec<(Span, EntityType)> {
    let map = char_to_byte(text);
    let mut span_pos = std::collections::HashMap::new();
    for line in spans.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.len() < 4 {
            continue;
        }
        if let (Ok(start), Ok(len)) = (cols[2].parse::<usize>(), cols[3].parse::<usize>()) {
            span_pos.insert(cols[0].to_string(), (start, start + len));
        }
    }
    let mut ents = Vec::new();
    for line in objects.lines() {
        let body = line.split('#').next().unwrap_or("");
        let cols: Vec<&str> = body.split_whitespace().collect();
        let Some(kind) = cols.get(1).and_then(|k| match *k {
            "Person" => Some(EntityType::Per),
            "Org" => Some(EntityType::Org),
            "Location" | "LocOrg" => Some(EntityType::Loc),
            _ => None,
        }) else {
            continue;
        };
        let ranges: Vec<(usize, usize)> = cols[2..]
            .iter()
            .filter_map(|id| span_pos.get(*id).copied())
            .collect();
        let (Some(s), Some(e)) = (
            ranges.iter().map(|r| r.0).min(),
            ranges.iter().map(|r| r.1).max(),
        ) else {
            continue;
        };
        if let (Some(&bs), Some(&be)) = (map.get(s), map.get(e))
            && bs < be
        {
            ents.push((Span::new(bs, be), kind));
        }
    }
    outermost(ents)
}

fn read_factrueval(dir: &Path) -> Result<Vec<Doc>> {
    let root = if dir.join("testset").is_dir() {
        dir.join("testset")
    } else {
        dir.to_path_buf()
    };
    let mut objs = Vec::new();
    files_with_ext(&root, "objects", &mut objs)?;
    let mut docs = Vec::new();
    for o in objs {
        let txt = o.with_extension("txt");
        let text = read_text(&txt)?;
        let spans = read_text(&o.with_extension("spans"))?;
        let objects = read_text(&o)?;
        let entities = parse_factrueval(&text, &spans, &objects);
        docs.push(Doc {
            id: relative_id(&root, &o),
            text,
            entities,
        });
    }
    Ok(docs)
}

/// Parses the Europeana stream (`token I-TYPE`), cut into segments after a `.`/`!`/`?` token
/// outside an entity, or at the first `O` token once a segment reaches 200 tokens; every 50
/// segments make one document (`{prefix}{index}`), segments on their own lines.
pub fn parse_europeana(content: &str, prefix: &str) -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut b = TokenDocBuilder::new();
    let mut seg_len = 0usize;
    let mut segs = 0usize;
    let mut sep = " ";
    for line in content.lines() {
        let Some((token, label)) = line.trim_end().rsplit_once(' ') else {
            continue;
        };
        let lab = iob(label).map(|(_, name)| (false, conll_type(name)));
        let outside = lab.is_none();
        if outside && seg_len >= 200 {
            b.break_entity();
            sep = "\n";
            seg_len = 0;
            segs += 1;
        }
        if segs >= 50 {
            let done = std::mem::replace(&mut b, TokenDocBuilder::new());
            docs.push(done.finish(format!("{prefix}{}", docs.len())));
            segs = 0;
        }
        b.push(sep, token, lab);
        sep = " ";
        seg_len += 1;
        if outside && matches!(token, "." | "!" | "?") {
            b.break_entity();
            sep = "\n";
            seg_len = 0;
            segs += 1;
        }
    }
    if !b.is_empty() {
        docs.push(b.finish(format!("{prefix}{}", docs.len())));
    }
    docs
}

fn read_europeana_dir(dir: &Path) -> Result<Vec<Doc>> {
    let mut files = Vec::new();
    files_with_ext(dir, "bio", &mut files)?;
    let mut docs = Vec::new();
    for f in files {
        let prefix = format!("{}#", relative_id(dir, &f));
        docs.extend(parse_europeana(&read_text(&f)?, &prefix));
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(doc_text: &str, ents: &[(Span, EntityType)]) -> Vec<String> {
        ents.iter()
            .map(|(s, t)| format!("{}:{}", t.as_str(), s.slice(doc_text)))
            .collect()
    }

    #[test]
    fn brat_code_points_become_bytes_and_nesting_is_removed() {
        let text = "Ébauche : la Grande mosquée de Paris reçoit Сергей Лавров.";
        let ann = "T1\tOrganization 13 36\tGrande mosquée de Paris\n\
                   T2\tLocation 31 36\tParis\n\
                   T3\tPerson 44 57\tСергей Лавров\n\
                   T4\tDate 0 3\tÉba\n\
                   T5\tLocation 999 1000\tout of range\n\
                   #1\tAnnotatorNotes T1\tnote\n";
        let ents = parse_brat(text, ann);
        assert_eq!(
            show(text, &ents),
            ["ORG:Grande mosquée de Paris", "PER:Сергей Лавров"]
        );
        // byte offsets differ from code points on this text
        assert_eq!(ents[1].0.start, text.find('С').unwrap_or(0));
        assert_ne!(ents[1].0.start, 44);
    }

    #[test]
    fn conll_iob1_and_iob2() {
        let src = "-DOCSTART- O\n\nThe I-ORG\nMad I-ORG\nCapsule I-ORG\nin O\nOsaka I-LOC\nKyoto B-LOC\n\nBob B-PER\nBob I-PER\n";
        let docs = parse_conll(src, "wg#", false);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "wg#0");
        assert_eq!(docs[0].text, "The Mad Capsule in Osaka Kyoto\nBob Bob");
        assert_eq!(
            show(&docs[0].text, &docs[0].entities),
            [
                "ORG:The Mad Capsule",
                "LOC:Osaka",
                "LOC:Kyoto",
                "PER:Bob Bob"
            ]
        );
        let re3d = "the\tB-Organisation\nUN\tI-Organisation\nsaid\tO\n2016\tB-Temporal\n";
        let d = parse_conll(re3d, "src/doc", true);
        assert_eq!(show(&d[0].text, &d[0].entities), ["ORG:the UN"]);
        assert_eq!(d[0].id, "src/doc");
    }

    #[test]
    fn hipe_spacing_and_types() {
        let src = "TOKEN\tNE-COARSE-LIT\tX\tMISC\n# hipe2022:document_id = D1\n\
                   M.\tB-pers\t_\t_\nRichard\tI-pers\t_\tNoSpaceAfter\n,\tO\t_\t_\n\
                   à\tO\t_\t_\nGenève\tB-loc\t_\tNoSpaceAfter\n.\tO\t_\tEndOfSentence\n\
                   1900\tB-time\t_\t_\n# hipe2022:document_id = D2\nBerne\tB-org\t_\t_\n";
        let docs = parse_hipe(src);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "D1");
        assert_eq!(docs[0].text, "M. Richard, à Genève.\n1900");
        assert_eq!(
            show(&docs[0].text, &docs[0].entities),
            ["PER:M. Richard", "LOC:Genève"]
        );
        assert_eq!(show(&docs[1].text, &docs[1].entities), ["ORG:Berne"]);
    }

    #[test]
    fn factrueval_objects_span_their_spans() {
        let text = "Глава МИД России Сергей Лавров";
        let spans = "1 org_name 6 3 10 1  # x\n2 loc_name 10 6 11 1  # x\n\
                     3 name 17 6 12 1  # x\n4 surname 24 6 13 1  # x\n";
        let objects = "1 Org 1 2 # МИД России\n2 LocOrg 2 # России\n3 Person 3 4 # Сергей Лавров\n";
        let ents = parse_factrueval(text, spans, objects);
        assert_eq!(show(text, &ents), ["ORG:МИД России", "PER:Сергей Лавров"]);
    }

    #[test]
    fn europeana_segments() {
        let src = "Emmanuel I-PER\nDESOLES I-PER\nde O\nParis I-LOC\n. O\nLe O\n";
        let docs = parse_europeana(src, "e#");
        assert_eq!(docs[0].text, "Emmanuel DESOLES de Paris .\nLe");
        assert_eq!(
            show(&docs[0].text, &docs[0].entities),
            ["PER:Emmanuel DESOLES", "LOC:Paris"]
        );
    }

    #[test]
    fn split_rule_is_stable() {
        // The documented rule: FNV-1a 64 of the relative id, test when divisible by 5.
        assert_eq!(fnv1a_str(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a_str("a"), 0xaf63_dc4c_8601_ec8c);
        let ids: Vec<String> = (0..1000).map(|i| format!("2017/05/doc{i}")).collect();
        let test = ids.iter().filter(|i| is_test(i)).count();
        assert!((150..250).contains(&test), "{test}");
        assert!(ids.iter().all(|i| !(is_test(i) && is_dev(i))));
    }
}
