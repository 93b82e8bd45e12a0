/*!
Language data and name matching shared by the extractors: month names, chrome words, honorifics,
and the transliteration-aware name key that makes "Loukachenko", "Lukashenko" and "Лукашенко" equal.
*/
