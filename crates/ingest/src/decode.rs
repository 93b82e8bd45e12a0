//! Encoding detection and decoding.
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
    std::str::from_utf8(bytes).ok().map(|t| Decoded { text: t.to_owned(), encoding: "UTF-8" })
}
