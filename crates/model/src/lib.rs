/*!
The chancery data model: one place for every type the pipeline produces.

A [`Document`] owns its cleaned `text`; everything extracted from it is stand-off: a [`Span`] of
byte offsets into that text. Later stages add layers (sections, turns, quotes, entities, times,
events) without copying or rewriting the text. The JSON Lines contract printed by
`chancery extract` counts Unicode code points instead; [`contract`] converts at that boundary.

This crate does no IO and depends on serde only.
*/

pub mod contract;
pub mod date;
pub mod document;
pub mod span;
pub mod text;

pub use date::{PartialDate, TimeValue};
pub use document::{
    Antecedent, Caption, Diagnostic, Document, Entity, EntityType, Event, EventStatus, Markup,
    Quote, Removed, RemovedKind, Section, SourceMeta, Speaker, TimeExpr, Turn, TurnKind,
    event_type,
};
pub use span::Span;
