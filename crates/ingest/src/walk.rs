//! Walking the inputs.
use crate::{Options, RawDoc, Result};
pub struct Inputs {
    _opts: Options,
}
impl Inputs {
    pub fn new(paths: Vec<String>, opts: Options) -> Inputs {
        let _ = paths;
        Inputs { _opts: opts }
    }
}
impl Iterator for Inputs {
    type Item = Result<RawDoc>;
    fn next(&mut self) -> Option<Self::Item> {
        None
    }
}
