/*!
The full-text index beside the store: one tantivy index in `<data>/index/`, derived from the stored
documents and rebuilt from them whenever it is missing, damaged or behind.

Two kinds of entries share the index (field `kind`): one per **document** (title and body) and one
per **event** (its evidence sentence), so that a document and its events are committed together.

- **Languages.** The body goes into the text field of its language, each with its own analyzer
  (see [`analyzers`]): `text_fr`, `text_en` and `text_ru` are stemmed (Snowball), `text_other`
  is only folded; every one folds case and accents (and Russian "ё"). A query is analysed by each
  field's analyzer, so "négociations" finds "négociation" in French documents while "talks" finds
  "talk" in English ones.
- **Names.** Actors (entity names, every surface form, CAMEO codes and their 3-letter prefixes,
  event sources and targets) and speakers are indexed through the names analyzer, which writes
  Cyrillic in Latin letters (`data/ru_latin.tsv`) and folds spellings (`data/name_folds.tsv`):
  "Лавров" finds "Lavrov" and the other way round. Free text also searches the `names` field.
- **Facets** (`facets`, counted by [`Index::search`]): `/lang`, `/publisher`, `/actor`,
  `/speaker`, `/type` (event family: meet, accuse…), `/cameo` (CAMEO root, 2 digits), `/plover`,
  `/year`. Filters: actor, speaker, event type (family, CAMEO code or prefix, PLOVER category),
  language, publisher, and a date range on `day` (the published date; for an event, its own date
  when it has one).

[`Index::add`] first deletes whatever the index holds for the document's id, so that adding a
document twice leaves it once. Commits are the caller's choice ([`Index::commit`]); what a crash
loses between the store's commit and the index's is found again by comparing ids
([`Index::ids`], [`Index::count`]) and re-added.
*/

pub mod analyzers;

use std::collections::{HashMap, HashSet};
use std::ops::{Bound, Range};
use std::path::{Path, PathBuf};

use chancery_model::{Document, EntityType, Event, PartialDate, TimeValue};
use tantivy::collector::{Collector, Count, SegmentCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, Occur, PhraseQuery, Query, QueryParser, RangeQuery, TermQuery,
};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{LowerCaser, RawTokenizer, TextAnalyzer};
use tantivy::{
    DocAddress, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, TantivyError,
    Term,
};

/// The index folder inside a data directory.
pub const INDEX_DIR: &str = "index";

/// Changes whenever the schema or an analyzer changes; an index of another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 1;
const VERSION_FILE: &str = "chancery-index-version";

/// Analyzer of keyword fields (language, publisher, event types): the whole value, lowercased.
const KEYWORD: &str = "chancery_keyword";

/// The facet roots, in the order they are reported.
pub const FACETS: [&str; 8] = [
    "lang",
    "publisher",
    "actor",
    "speaker",
    "type",
    "cameo",
    "plover",
    "year",
];

pub type Result<T> = std::result::Result<T, Error>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot create the index folder {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The folder holds no readable index of this version: rebuild it from the store.
    #[error("the search index {path} cannot be used ({message}); it is rebuilt from the store")]
    Unusable { path: PathBuf, message: String },
    #[error("the search index is being written by another chancery process; wait for it to finish")]
    Locked,
    #[error("search index error: {0}")]
    Tantivy(#[from] TantivyError),
    #[error("search index error: {0}")]
    Io(#[from] std::io::Error),
}

/// The fields of the schema.
#[derive(Clone, Copy)]
struct Fields {
    kind: Field,
    id: Field,
    event: Field,
    path: Field,
    title: Field,
    lang: Field,
    publisher: Field,
    published: Field,
    day: Field,
    text_fr: Field,
    text_en: Field,
    text_ru: Field,
    text_other: Field,
    names: Field,
    actors: Field,
    speakers: Field,
    types: Field,
    facets: Field,
    /// Stored only: what an event hit shows.
    code: Field,
    source: Field,
    target: Field,
    speaker: Field,
    date: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |analyzer: &str, stored: bool| {
        let o = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        if stored { o.set_stored() } else { o }
    };
    let keyword = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(KEYWORD)
            .set_index_option(IndexRecordOption::Basic),
    );
    let fields = Fields {
        kind: b.add_text_field("kind", STRING),
        id: b.add_text_field("id", STRING | STORED | FAST),
        event: b.add_u64_field("event", STORED),
        path: b.add_text_field("path", STORED),
        title: b.add_text_field("title", STORED),
        lang: b.add_text_field("lang", keyword.clone().set_stored()),
        publisher: b.add_text_field("publisher", keyword.clone().set_stored()),
        published: b.add_text_field("published", STORED),
        day: b.add_i64_field("day", INDEXED | FAST),
        text_fr: b.add_text_field("text_fr", text(analyzers::FR, true)),
        text_en: b.add_text_field("text_en", text(analyzers::EN, true)),
        text_ru: b.add_text_field("text_ru", text(analyzers::RU, true)),
        text_other: b.add_text_field("text_other", text(analyzers::OTHER, true)),
        names: b.add_text_field("names", text(analyzers::NAMES, false)),
        actors: b.add_text_field("actors", text(analyzers::NAMES, false)),
        speakers: b.add_text_field("speakers", text(analyzers::NAMES, false)),
        types: b.add_text_field("types", keyword),
        facets: b.add_facet_field("facets", FacetOptions::default()),
        code: b.add_text_field("code", STORED),
        source: b.add_text_field("source", STORED),
        target: b.add_text_field("target", STORED),
        speaker: b.add_text_field("speaker", STORED),
        date: b.add_text_field("date", STORED),
    };
    (b.build(), fields)
}

/// Which entries a search returns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    #[default]
    Documents,
    /// Events, matched on their evidence sentence.
    Events,
}

/// One search: free text plus filters; `None` filters do not filter.
#[derive(Clone, Debug, Default)]
pub struct Search {
    /// Words, "quoted phrases", `+must -not`, `field:term`; empty or `*` matches everything.
    pub query: String,
    pub kind: Kind,
    /// An actor's name in any script or spelling, or a CAMEO actor code or 3-letter prefix.
    pub actor: Option<String>,
    /// An event family ("meet"), a CAMEO code or prefix ("04", "042"), or a PLOVER category.
    pub event_type: Option<String>,
    pub speaker: Option<String>,
    /// ISO 639-1 code.
    pub lang: Option<String>,
    pub publisher: Option<String>,
    /// First day included (the first day of the period given).
    pub from: Option<PartialDate>,
    /// Last day included (the last day of the period given: "2024-06" includes all of June).
    pub to: Option<PartialDate>,
    pub limit: usize,
    /// Count the facets (the one costly part of a broad search).
    pub facets: bool,
}

/// What [`Index::search`] found.
#[derive(Clone, Debug, Default)]
pub struct Results {
    /// How many entries match.
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Per facet root (in [`FACETS`] order, empty roots left out), its top values and counts.
    pub facets: Vec<(String, Vec<(String, u64)>)>,
    /// What the query parser could not read (the rest of the query was still run).
    pub warnings: Vec<String>,
}

/// One document or event found.
#[derive(Clone, Debug, Default)]
pub struct Hit {
    pub score: f32,
    /// The document's id.
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub published: Option<String>,
    pub publisher: Option<String>,
    /// For an event: its index in the document's `events`, and what it says.
    pub event: Option<EventHit>,
    pub snippet: Snippet,
}

#[derive(Clone, Debug, Default)]
pub struct EventHit {
    pub index: u64,
    pub code: String,
    pub source: Option<String>,
    pub target: Option<String>,
    pub speaker: Option<String>,
    pub date: Option<String>,
}

/// A fragment of the matched text with the matched words' places in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snippet {
    pub fragment: String,
    /// Byte ranges into `fragment`, in order, not overlapping.
    pub highlights: Vec<Range<usize>>,
}

/// An open search index.
pub struct Index {
    index: tantivy::Index,
    reader: IndexReader,
    writer: Option<IndexWriter>,
    fields: Fields,
    /// Writer threads and memory budget (bytes in all) when a writer is opened.
    threads: usize,
    memory: usize,
}

impl Index {
    /// Opens the index in `dir` (the index folder itself), creating it when the folder holds none.
    /// A folder holding an index that cannot be read, or of another schema version, is
    /// [`Error::Unusable`]: see [`Index::open_or_recreate`].
    pub fn open(dir: &Path) -> Result<Index> {
        std::fs::create_dir_all(dir).map_err(|source| Error::CreateDir {
            path: dir.to_owned(),
            source,
        })?;
        let unusable = |message: String| Error::Unusable {
            path: dir.to_owned(),
            message,
        };
        let (schema, fields) = schema();
        let meta = dir.join("meta.json");
        let index = if meta.exists() {
            let version = std::fs::read_to_string(dir.join(VERSION_FILE)).unwrap_or_default();
            if version.trim() != SCHEMA_VERSION.to_string() {
                return Err(unusable(format!(
                    "schema version {:?}, expected {SCHEMA_VERSION}",
                    version.trim()
                )));
            }
            let index = tantivy::Index::open_in_dir(dir).map_err(|e| unusable(e.to_string()))?;
            if index.schema() != schema {
                return Err(unusable("another schema".into()));
            }
            index
        } else {
            let index = tantivy::Index::create_in_dir(dir, schema)?;
            std::fs::write(dir.join(VERSION_FILE), format!("{SCHEMA_VERSION}\n"))?;
            index
        };
        Index::with(index, fields).map_err(|e| match e {
            Error::Tantivy(e) => unusable(e.to_string()),
            e => e,
        })
    }

    /// [`Index::open`], and when the folder's index is unusable, an empty index in its place
    /// (the second value says so: the caller re-adds every stored document).
    pub fn open_or_recreate(dir: &Path) -> Result<(Index, Option<Error>)> {
        match Index::open(dir) {
            Ok(index) => Ok((index, None)),
            Err(err @ Error::Unusable { .. }) => {
                std::fs::remove_dir_all(dir)?;
                Ok((Index::open(dir)?, Some(err)))
            }
            Err(err) => Err(err),
        }
    }

    /// An index in memory only (tests, benchmarks).
    pub fn in_memory() -> Result<Index> {
        let (schema, fields) = schema();
        Index::with(tantivy::Index::create_in_ram(schema), fields)
    }

    fn with(index: tantivy::Index, fields: Fields) -> Result<Index> {
        analyzers::register(index.tokenizers());
        index.tokenizers().register(
            KEYWORD,
            TextAnalyzer::builder(RawTokenizer::default())
                .filter(LowerCaser)
                .build(),
        );
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Index {
            index,
            reader,
            writer: None,
            fields,
            threads: 1,
            memory: 64 << 20,
        })
    }

    /// Writer threads and memory budget for the writer opened by the next [`Index::add`]
    /// (default: one thread, 64 MiB).
    pub fn set_writer_budget(&mut self, threads: usize, memory: usize) {
        self.threads = threads.max(1);
        self.memory = memory.max(16 << 20);
    }

    fn writer(&mut self) -> Result<&mut IndexWriter> {
        if self.writer.is_none() {
            let writer = self
                .index
                .writer_with_num_threads(self.threads, self.memory)
                .map_err(|e| match e {
                    TantivyError::LockFailure(..) => Error::Locked,
                    e => Error::Tantivy(e),
                })?;
            self.writer = Some(writer);
        }
        Ok(self.writer.as_mut().expect("the writer was just opened"))
    }

    /// Adds a document and its events, replacing what the index held for its id. Visible to
    /// searches after [`Index::commit`].
    pub fn add(&mut self, doc: &Document) -> Result<()> {
        let f = self.fields;
        let entries = entries(&f, doc);
        let writer = self.writer()?;
        writer.delete_term(Term::from_field_text(f.id, &doc.id));
        for entry in entries {
            writer.add_document(entry)?;
        }
        Ok(())
    }

    /// Makes every added document durable and visible.
    pub fn commit(&mut self) -> Result<()> {
        if let Some(writer) = self.writer.as_mut() {
            writer.commit()?;
            self.reader.reload()?;
        }
        Ok(())
    }

    /// Commits, then waits for the merges in progress and releases the writer's lock.
    pub fn close(mut self) -> Result<()> {
        self.commit()?;
        if let Some(writer) = self.writer.take() {
            writer.wait_merging_threads()?;
        }
        Ok(())
    }

    /// How many documents (not events) the index holds.
    pub fn count(&self) -> Result<u64> {
        let searcher = self.reader.searcher();
        let q = TermQuery::new(
            Term::from_field_text(self.fields.kind, "doc"),
            IndexRecordOption::Basic,
        );
        Ok(searcher.search(&q, &Count)? as u64)
    }

    /// The ids of every document the index holds.
    pub fn ids(&self) -> Result<HashSet<String>> {
        let searcher = self.reader.searcher();
        let mut ids = HashSet::new();
        for segment in searcher.segment_readers() {
            let Some(column) = segment.fast_fields().str("id")? else {
                continue;
            };
            let mut id = String::new();
            for doc in segment.doc_ids_alive() {
                for ord in column.term_ords(doc) {
                    if column.ord_to_str(ord, &mut id)? && !ids.contains(&id) {
                        ids.insert(id.clone());
                    }
                }
            }
        }
        Ok(ids)
    }

    /// Bytes the index takes on disk (0 in memory).
    pub fn size_on_disk(dir: &Path) -> u64 {
        std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| e.metadata().ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum()
    }

    /// Runs a search.
    pub fn search(&self, search: &Search) -> Result<Results> {
        let f = self.fields;
        let searcher = self.reader.searcher();
        let mut warnings = Vec::new();
        let text_fields: Vec<Field> = match search.lang.as_deref().map(str::to_lowercase) {
            Some(l) => vec![self.text_field(Some(&l)), f.names],
            None => vec![f.text_fr, f.text_en, f.text_ru, f.text_other, f.names],
        };
        let text_query: Box<dyn Query> = match search.query.trim() {
            "" | "*" => Box::new(AllQuery),
            q => {
                let mut parser = QueryParser::for_index(&self.index, text_fields);
                parser.set_conjunction_by_default();
                let (query, errors) = parser.parse_query_lenient(q);
                warnings.extend(errors.iter().map(|e| e.to_string()));
                query
            }
        };
        let mut must: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text_query.box_clone())];
        let kind = match search.kind {
            Kind::Documents => "doc",
            Kind::Events => "event",
        };
        must.push((Occur::Must, Box::new(term(f.kind, kind))));
        for (value, field, analyzer) in [
            (&search.lang, f.lang, KEYWORD),
            (&search.publisher, f.publisher, KEYWORD),
            (&search.event_type, f.types, KEYWORD),
            (&search.actor, f.actors, analyzers::NAMES),
            (&search.speaker, f.speakers, analyzers::NAMES),
        ] {
            if let Some(value) = value {
                must.push((Occur::Must, self.phrase(field, analyzer, value)?));
            }
        }
        if search.from.is_some() || search.to.is_some() {
            let lower = match search.from.and_then(first_day) {
                Some(d) => Bound::Included(Term::from_field_i64(f.day, d)),
                None => Bound::Unbounded,
            };
            let upper = match search.to.and_then(last_day) {
                Some(d) => Bound::Included(Term::from_field_i64(f.day, d)),
                None => Bound::Unbounded,
            };
            must.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
        }
        let query = BooleanQuery::new(must);
        let top = TopDocs::with_limit(search.limit.max(1)).order_by_score();
        let (total, top, facet_counts) = if search.facets {
            let (total, top, counts) = searcher.search(&query, &(Count, top, FacetCounts))?;
            (total, top, Some(counts))
        } else {
            let (total, top) = searcher.search(&query, &(Count, top))?;
            (total, top, None)
        };
        let mut results = Results {
            total,
            warnings,
            ..Results::default()
        };
        if search.limit > 0 {
            let mut generators: Vec<(Field, SnippetGenerator)> = Vec::new();
            for (score, address) in top {
                results.hits.push(self.hit(
                    &searcher,
                    &*text_query,
                    &mut generators,
                    score,
                    address,
                )?);
            }
        }
        if let Some(counts) = facet_counts {
            results.facets = top_facets(counts, 10);
        }
        Ok(results)
    }

    fn text_field(&self, lang: Option<&str>) -> Field {
        match lang {
            Some("fr") => self.fields.text_fr,
            Some("en") => self.fields.text_en,
            Some("ru") => self.fields.text_ru,
            _ => self.fields.text_other,
        }
    }

    /// A filter on a keyword or names field: the value analysed as that field is, as a phrase.
    fn phrase(&self, field: Field, analyzer: &str, value: &str) -> Result<Box<dyn Query>> {
        let mut analyzer = self
            .index
            .tokenizers()
            .get(analyzer)
            .ok_or_else(|| TantivyError::InvalidArgument(format!("no analyzer {analyzer}")))?;
        let terms: Vec<Term> = analyzers::terms(&mut analyzer, value)
            .iter()
            .map(|t| Term::from_field_text(field, t))
            .collect();
        Ok(match terms.len() {
            // A filter that analyses to nothing ("--actor ,") matches nothing.
            0 => Box::new(tantivy::query::EmptyQuery),
            1 => Box::new(TermQuery::new(
                terms.into_iter().next().expect("one term"),
                IndexRecordOption::Basic,
            )),
            _ => Box::new(PhraseQuery::new(terms)),
        })
    }

    fn hit(
        &self,
        searcher: &Searcher,
        text_query: &dyn Query,
        generators: &mut Vec<(Field, SnippetGenerator)>,
        score: f32,
        address: DocAddress,
    ) -> Result<Hit> {
        let f = self.fields;
        let doc: TantivyDocument = searcher.doc(address)?;
        let get = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        let lang = get(f.lang);
        let field = self.text_field(lang.as_deref());
        let i = match generators.iter().position(|(g, _)| *g == field) {
            Some(i) => i,
            None => {
                let mut g = SnippetGenerator::create(searcher, text_query, field)?;
                g.set_max_num_chars(200);
                generators.push((field, g));
                generators.len() - 1
            }
        };
        let snippet = generators[i].1.snippet_from_doc(&doc);
        let snippet = if snippet.is_empty() {
            // Nothing to highlight (the match was on a name or a filter): the text's beginning.
            let text: Vec<&str> = doc.get_all(field).filter_map(|v| v.as_str()).collect();
            let text = text.join(" ");
            let end = text
                .char_indices()
                .nth(200)
                .map(|(i, _)| i)
                .unwrap_or(text.len());
            Snippet {
                fragment: text[..end].to_owned(),
                highlights: Vec::new(),
            }
        } else {
            Snippet {
                fragment: snippet.fragment().to_owned(),
                highlights: snippet.highlighted().to_vec(),
            }
        };
        let event = doc
            .get_first(f.event)
            .and_then(|v| v.as_u64())
            .map(|index| EventHit {
                index,
                code: get(f.code).unwrap_or_default(),
                source: get(f.source),
                target: get(f.target),
                speaker: get(f.speaker),
                date: get(f.date),
            });
        Ok(Hit {
            score,
            id: get(f.id).unwrap_or_default(),
            path: get(f.path).unwrap_or_default(),
            title: get(f.title),
            lang,
            published: get(f.published),
            publisher: get(f.publisher),
            event,
            snippet,
        })
    }
}

fn term(field: Field, value: &str) -> TermQuery {
    TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    )
}

/// Counts every value of the `facets` field among the matching entries: per segment, a counter
/// per facet ordinal, turned into facets once at the end (each block of the facet dictionary
/// read once). Tantivy's `FacetCollector` reads the dictionary again for every facet counted and
/// for every root asked, which cost most of a search's time.
struct FacetCounts;

struct SegmentFacetCounts {
    reader: tantivy::fastfield::FacetReader,
    counts: Vec<u32>,
}

/// Counts by encoded facet ([`Facet::encoded_str`]), or what went wrong reading them.
type FacetFruit = std::result::Result<HashMap<String, u64>, String>;

impl Collector for FacetCounts {
    type Fruit = HashMap<String, u64>;
    type Child = SegmentFacetCounts;

    fn for_segment(
        &self,
        _segment: tantivy::SegmentOrdinal,
        reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounts> {
        let reader = reader.facet_reader("facets")?;
        let counts = vec![0; reader.num_facets()];
        Ok(SegmentFacetCounts { reader, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetFruit>) -> tantivy::Result<HashMap<String, u64>> {
        let mut all: HashMap<String, u64> = HashMap::new();
        for fruit in fruits {
            for (facet, n) in fruit.map_err(TantivyError::InternalError)? {
                *all.entry(facet).or_default() += n;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentFacetCounts {
    type Fruit = FacetFruit;

    fn collect(&mut self, doc: tantivy::DocId, _score: tantivy::Score) {
        // A document's ordinals come sorted; one holding a value twice counts once.
        let mut previous = None;
        for ord in self.reader.facet_ords(doc) {
            if previous != Some(ord) {
                if let Some(n) = self.counts.get_mut(ord as usize) {
                    *n += 1;
                }
                previous = Some(ord);
            }
        }
    }

    fn harvest(self) -> FacetFruit {
        let ords: Vec<u64> = (0..self.counts.len() as u64)
            .filter(|&o| self.counts[o as usize] > 0)
            .collect();
        let mut found = ords.iter();
        let mut out = HashMap::with_capacity(ords.len());
        self.reader
            .facet_dict()
            .sorted_ords_to_term_cb(&ords, |key| {
                if let (Some(&ord), Ok(key)) = (found.next(), std::str::from_utf8(key)) {
                    out.insert(key.to_owned(), u64::from(self.counts[ord as usize]));
                }
            })
            .map_err(|e| format!("reading the facet dictionary: {e}"))?;
        Ok(out)
    }
}

/// Per facet root (in [`FACETS`] order, empty roots left out), its `k` most frequent values
/// (ties in the values' order).
fn top_facets(counts: HashMap<String, u64>, k: usize) -> Vec<(String, Vec<(String, u64)>)> {
    let mut by_root: Vec<Vec<(String, u64)>> = vec![Vec::new(); FACETS.len()];
    for (encoded, n) in counts {
        // Encoded: the path's segments separated by a 0 byte, as they were given.
        let Some((root, label)) = encoded.split_once('\0') else {
            continue;
        };
        if let Some(i) = FACETS.iter().position(|r| *r == root) {
            by_root[i].push((label.to_owned(), n));
        }
    }
    FACETS
        .iter()
        .zip(by_root)
        .filter(|(_, values)| !values.is_empty())
        .map(|(root, mut values)| {
            values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            values.truncate(k);
            ((*root).to_owned(), values)
        })
        .collect()
}

/// Days since 1970-01-01 of a date's first day (a year alone: 1 January).
pub fn first_day(d: PartialDate) -> Option<i64> {
    let y = d.year?;
    Some(chancery_model::date::days_from_civil(
        y,
        d.month.unwrap_or(1),
        d.day.unwrap_or(1),
    ))
}

/// Days since 1970-01-01 of a date's last day (a year alone: 31 December).
pub fn last_day(d: PartialDate) -> Option<i64> {
    let y = d.year?;
    let m = d.month.unwrap_or(12);
    let day = d
        .day
        .unwrap_or_else(|| chancery_model::date::days_in_month(y, m));
    Some(chancery_model::date::days_from_civil(y, m, day))
}

/// The index entries of one document: the document, then one per event.
fn entries(f: &Fields, doc: &Document) -> Vec<TantivyDocument> {
    let lang = doc.lang.as_deref().map(str::to_lowercase);
    let text_field = match lang.as_deref() {
        Some("fr") => f.text_fr,
        Some("en") => f.text_en,
        Some("ru") => f.text_ru,
        _ => f.text_other,
    };
    let published_day = doc.published.and_then(first_day);
    // What every entry of the document shares.
    let common = |e: &mut TantivyDocument, day: Option<i64>| {
        e.add_text(f.id, &doc.id);
        e.add_text(f.path, &doc.path);
        if let Some(l) = &lang {
            e.add_text(f.lang, l);
            e.add_facet(f.facets, Facet::from_path(["lang", l.as_str()]));
        }
        if let Some(p) = doc.publisher.as_deref().filter(|p| !p.trim().is_empty()) {
            e.add_text(f.publisher, p);
            e.add_facet(f.facets, Facet::from_path(["publisher", p.trim()]));
        }
        if let Some(t) = &doc.title {
            e.add_text(f.title, t);
        }
        if let Some(p) = doc.published {
            e.add_text(f.published, p.to_string());
        }
        if let Some(day) = day {
            e.add_i64(f.day, day);
            let (y, _, _) = chancery_model::date::civil_from_days(day);
            e.add_facet(f.facets, Facet::from_path(["year", y.to_string().as_str()]));
        }
    };
    let mut main = TantivyDocument::default();
    main.add_text(f.kind, "doc");
    common(&mut main, published_day);
    if let Some(t) = doc.title.as_deref().filter(|t| !doc.text.starts_with(*t)) {
        main.add_text(text_field, t);
    }
    main.add_text(text_field, &doc.text);
    let mut actors: Vec<&str> = Vec::new();
    for entity in &doc.entities {
        main.add_text(f.names, &entity.name);
        main.add_text(f.actors, &entity.name);
        for s in &entity.surface {
            if *s != entity.name {
                main.add_text(f.names, s);
                main.add_text(f.actors, s);
            }
        }
        if let Some(code) = &entity.actor {
            add_code(&mut main, f.actors, code);
        }
        if entity.actor.is_some() || matches!(entity.kind, EntityType::Per | EntityType::Org) {
            actors.push(&entity.name);
        }
    }
    for speaker in &doc.speakers {
        main.add_text(f.names, &speaker.name);
        main.add_text(f.speakers, &speaker.name);
        for s in &speaker.surface {
            if *s != speaker.name {
                main.add_text(f.names, s);
                main.add_text(f.speakers, s);
            }
        }
        main.add_facet(
            f.facets,
            Facet::from_path(["speaker", speaker.name.as_str()]),
        );
    }
    let mut out = Vec::with_capacity(doc.events.len() + 1);
    let mut types: Vec<String> = Vec::new();
    for (index, event) in doc.events.iter().enumerate() {
        let mut e = TantivyDocument::default();
        e.add_text(f.kind, "event");
        e.add_u64(f.event, index as u64);
        let day = event
            .date
            .and_then(|d| match d {
                TimeValue::Point(p) | TimeValue::Range(p, _) => first_day(p),
            })
            .or(published_day);
        common(&mut e, day);
        let evidence = doc.text.get(event.span.start..event.span.end).unwrap_or("");
        e.add_text(text_field, evidence);
        e.add_text(f.code, &event.code);
        if let Some(d) = event.date {
            e.add_text(f.date, d.to_string());
        }
        for (name, code, stored) in [
            (&event.source, &event.source_actor, f.source),
            (&event.target, &event.target_actor, f.target),
        ] {
            if let Some(name) = name {
                e.add_text(stored, name);
                e.add_text(f.actors, name);
                e.add_text(f.names, name);
                e.add_facet(f.facets, Facet::from_path(["actor", name.as_str()]));
                if !doc.entities.iter().any(|en| en.name == *name) {
                    main.add_text(f.actors, name);
                    main.add_text(f.names, name);
                    actors.push(name);
                }
            }
            if let Some(code) = code {
                add_code(&mut e, f.actors, code);
                add_code(&mut main, f.actors, code);
            }
        }
        if let Some(s) = &event.speaker {
            e.add_text(f.speaker, s);
            e.add_text(f.speakers, s);
            e.add_text(f.names, s);
            e.add_facet(f.facets, Facet::from_path(["speaker", s.as_str()]));
        }
        for t in event_types(event) {
            e.add_text(f.types, &t);
            if !types.contains(&t) {
                main.add_text(f.types, &t);
                types.push(t);
            }
        }
        add_type_facets(&mut e, f.facets, event);
        out.push(e);
    }
    actors.sort_unstable();
    actors.dedup();
    for a in actors {
        main.add_facet(f.facets, Facet::from_path(["actor", a]));
    }
    let mut seen = HashSet::new();
    for event in &doc.events {
        if seen.insert((event.code.clone(), event.plover.clone())) {
            add_type_facets(&mut main, f.facets, event);
        }
    }
    out.insert(0, main);
    out
}

/// A CAMEO actor code and its 3-letter prefixes ("RUSGOV" → "RUS", "RUSGOV").
fn add_code(e: &mut TantivyDocument, field: Field, code: &str) {
    let mut end = 3;
    while end < code.len() {
        if let Some(prefix) = code.get(..end) {
            e.add_text(field, prefix);
        }
        end += 3;
    }
    e.add_text(field, code);
}

/// The values `--type` matches: family, CAMEO code and its prefixes, PLOVER category.
fn event_types(event: &Event) -> Vec<String> {
    let mut out = vec![chancery_model::event_type(&event.code).to_owned()];
    for end in 2..=event.code.len() {
        if let Some(p) = event.code.get(..end) {
            out.push(p.to_owned());
        }
    }
    if let Some(p) = &event.plover {
        out.push(p.to_lowercase());
    }
    out
}

fn add_type_facets(e: &mut TantivyDocument, field: Field, event: &Event) {
    e.add_facet(
        field,
        Facet::from_path(["type", chancery_model::event_type(&event.code)]),
    );
    if let Some(root) = event.code.get(..2) {
        e.add_facet(field, Facet::from_path(["cameo", root]));
    }
    if let Some(p) = &event.plover {
        e.add_facet(field, Facet::from_path(["plover", p.as_str()]));
    }
}

#[cfg(test)]
mod tests {
    use chancery_model::{Entity, Span, Speaker};

    use super::*;

    fn doc(id: &str, lang: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            path: format!("{id}.txt"),
            lang: Some(lang.into()),
            text: text.into(),
            published: PartialDate::ymd(2024, 6, 25),
            publisher: Some("TASS".into()),
            ..Document::default()
        }
    }

    fn index(docs: &[Document]) -> Index {
        let mut index = Index::in_memory().unwrap();
        for d in docs {
            index.add(d).unwrap();
        }
        index.commit().unwrap();
        index
    }

    #[track_caller]
    fn check(index: &Index, search: Search, expect: &[&str]) {
        let results = index
            .search(&Search {
                limit: 10,
                ..search.clone()
            })
            .unwrap();
        let mut ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
        ids.sort_unstable();
        assert_eq!(ids, expect, "{search:?}");
        assert_eq!(results.total, expect.len());
    }

    fn q(query: &str) -> Search {
        Search {
            query: query.into(),
            ..Search::default()
        }
    }

    #[test]
    fn stems_each_language_with_its_own_analyzer() {
        let index = index(&[
            doc("fr1", "fr", "La négociation a repris à Genève."),
            doc("en1", "en", "The talk lasted an hour."),
            doc("ru1", "ru", "Переговоры прошли в Москве."),
        ]);
        check(&index, q("négociations"), &["fr1"]);
        check(&index, q("NEGOCIATIONS"), &["fr1"]);
        check(&index, q("geneve"), &["fr1"]);
        check(&index, q("talks"), &["en1"]);
        check(&index, q("переговоров"), &["ru1"]);
        check(&index, q("\"прошли в москве\""), &["ru1"]);
        check(&index, q("nothing"), &[]);
    }

    #[test]
    fn names_meet_across_scripts_and_filters_filter() {
        let mut d1 = doc("fr1", "fr", "Sergueï Lavrov a rencontré son homologue.");
        d1.entities.push(Entity {
            name: "Sergey Lavrov".into(),
            surface: vec!["Sergueï Lavrov".into()],
            actor: Some("RUSGOVMIN".into()),
            ..Entity::default()
        });
        let mut d2 = doc("ru1", "ru", "Лавров заявил о переговорах.");
        d2.lang = Some("ru".into());
        d2.publisher = Some("МИД России".into());
        d2.published = PartialDate::ymd(2023, 1, 5);
        d2.entities.push(Entity {
            name: "Лавров".into(),
            surface: vec!["Лавров".into()],
            ..Entity::default()
        });
        d2.speakers.push(Speaker {
            name: "Мария Захарова".into(),
            ..Speaker::default()
        });
        d2.events.push(Event {
            code: "036".into(),
            plover: Some("CONSULT".into()),
            source: Some("Лавров".into()),
            span: Span::new(0, d2.text.len()),
            ..Event::default()
        });
        let index = index(&[d1, d2, doc("en1", "en", "Nobody here.")]);
        let actor = |a: &str| Search {
            actor: Some(a.into()),
            ..Search::default()
        };
        check(&index, actor("Lavrov"), &["fr1", "ru1"]);
        check(&index, actor("Лавров"), &["fr1", "ru1"]);
        check(&index, actor("Sergei Lavrov"), &["fr1"]);
        check(&index, actor("RUS"), &["fr1"]);
        check(&index, q("Лавров"), &["fr1", "ru1"]);
        let speaker = Search {
            speaker: Some("Zakharova".into()),
            ..Search::default()
        };
        check(&index, speaker, &["ru1"]);
        for t in ["meet", "036", "03", "consult"] {
            let s = Search {
                event_type: Some(t.into()),
                ..Search::default()
            };
            check(&index, s, &["ru1"]);
        }
        let lang = Search {
            lang: Some("FR".into()),
            ..Search::default()
        };
        check(&index, lang, &["fr1"]);
        let publisher = Search {
            publisher: Some("мид россии".into()),
            ..Search::default()
        };
        check(&index, publisher, &["ru1"]);
        let dates = Search {
            from: PartialDate::parse_iso("2024"),
            to: PartialDate::parse_iso("2024-06"),
            ..Search::default()
        };
        check(&index, dates, &["en1", "fr1"]);
        let events = Search {
            query: "переговоры".into(),
            kind: Kind::Events,
            limit: 10,
            facets: true,
            ..Search::default()
        };
        let found = index.search(&events).unwrap();
        assert_eq!(found.total, 1);
        let hit = &found.hits[0];
        assert_eq!(hit.event.as_ref().unwrap().code, "036");
        assert!(
            hit.snippet
                .fragment
                .starts_with("Лавров заявил о переговорах")
        );
        assert_eq!(
            &hit.snippet.fragment[hit.snippet.highlights[0].clone()],
            "переговорах"
        );
        let facets: Vec<&str> = found.facets.iter().map(|(r, _)| r.as_str()).collect();
        assert_eq!(
            facets,
            [
                "lang",
                "publisher",
                "actor",
                "speaker",
                "type",
                "cameo",
                "plover",
                "year"
            ][..]
                .iter()
                .filter(|r| **r != "speaker")
                .copied()
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn adding_twice_keeps_one_and_ids_are_listed() {
        let d = doc("fr1", "fr", "Un texte.");
        let mut index = index(&[d.clone(), d.clone()]);
        index.add(&d).unwrap();
        index.commit().unwrap();
        assert_eq!(index.count().unwrap(), 1);
        assert_eq!(index.ids().unwrap(), HashSet::from(["fr1".to_owned()]));
    }

    #[test]
    fn an_unusable_folder_is_recreated() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        let mut index = Index::open(&path).unwrap();
        index.add(&doc("fr1", "fr", "Un texte.")).unwrap();
        index.close().unwrap();
        assert_eq!(Index::open(&path).unwrap().count().unwrap(), 1);
        std::fs::write(path.join("meta.json"), "{").unwrap();
        assert!(matches!(Index::open(&path), Err(Error::Unusable { .. })));
        let (index, note) = Index::open_or_recreate(&path).unwrap();
        assert!(note.is_some());
        assert_eq!(index.count().unwrap(), 0);
    }
}
