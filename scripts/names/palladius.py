#!/usr/bin/env python3
"""Writes crates/lexicon/data/ru/palladius.tsv: every Mandarin syllable in the Palladius
system (how Russian writes Chinese names) with its Pinyin, from the system's rules.

Run from the repository root: python3 scripts/names/palladius.py
"""
import sys

INITIALS = {
    '': '', 'b': 'б', 'p': 'п', 'm': 'м', 'f': 'ф', 'd': 'д', 't': 'т', 'n': 'н', 'l': 'л',
    'g': 'г', 'k': 'к', 'h': 'х', 'j': 'цз', 'q': 'ц', 'x': 'с', 'zh': 'чж', 'ch': 'ч',
    'sh': 'ш', 'r': 'ж', 'z': 'цз', 'c': 'ц', 's': 'с',
}
# Finals after a consonant.
FINALS = {
    'a': 'а', 'o': 'о', 'e': 'э', 'ai': 'ай', 'ei': 'эй', 'ao': 'ао', 'ou': 'оу', 'an': 'ань',
    'en': 'энь', 'ang': 'ан', 'eng': 'эн', 'ong': 'ун', 'i': 'и', 'ia': 'я', 'ie': 'е',
    'iao': 'яо', 'iu': 'ю', 'ian': 'янь', 'in': 'инь', 'iang': 'ян', 'ing': 'ин', 'iong': 'юн',
    'u': 'у', 'ua': 'уа', 'uo': 'о', 'uai': 'уай', 'ui': 'уй', 'uan': 'уань', 'un': 'унь',
    'uang': 'уан', 'v': 'юй', 've': 'юэ', 'vn': 'юнь', 'van': 'юань',
}
# Which finals each initial takes (Pinyin's table).
TAKES = {
    'b': 'a o ai ei ao an en ang eng i ie iao ian in ing u',
    'p': 'a o ai ei ao ou an en ang eng i ie iao ian in ing u',
    'm': 'a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u',
    'f': 'a o ei ou an en ang eng u',
    'd': 'a e ai ei ao ou an en ang eng ong i ie iao iu ian ing u uo ui uan un',
    't': 'a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un',
    'n': 'a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan v ve',
    'l': 'a e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un v ve',
    'g': 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
    'k': 'a e ai ao ou an en ang eng ong u ua uo uai ui uan un uang',
    'h': 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
    'j': 'i ia ie iao iu ian in iang ing iong v ve vn van',
    'q': 'i ia ie iao iu ian in iang ing iong v ve vn van',
    'x': 'i ia ie iao iu ian in iang ing iong v ve vn van',
    'zh': 'a e ai ei ao ou an en ang eng ong i u ua uo uai ui uan un uang',
    'ch': 'a e ai ao ou an en ang eng ong i u ua uo uai ui uan un uang',
    'sh': 'a e ai ei ao ou an en ang eng i u ua uo uai ui uan un uang',
    'r': 'e ao ou an en ang eng ong i u uo ui uan un',
    'z': 'a e ai ei ao ou an en ang eng ong i u uo ui uan un',
    'c': 'a e ai ao ou an en ang eng ong i u uo ui uan un',
    's': 'a e ai ao ou an en ang eng ong i u uo ui uan un',
}
ZERO = {
    'a': 'а', 'ai': 'ай', 'an': 'ань', 'ang': 'ан', 'ao': 'ао', 'e': 'э', 'ei': 'эй', 'en': 'энь',
    'eng': 'эн', 'er': 'эр', 'o': 'о', 'ou': 'оу', 'yi': 'и', 'ya': 'я', 'ye': 'е', 'yao': 'яо',
    'you': 'ю', 'yan': 'янь', 'yin': 'инь', 'yang': 'ян', 'ying': 'ин', 'yong': 'юн', 'yu': 'юй',
    'yue': 'юэ', 'yuan': 'юань', 'yun': 'юнь', 'wu': 'у', 'wa': 'ва', 'wo': 'во', 'wai': 'вай',
    'wei': 'вэй', 'wan': 'вань', 'wen': 'вэнь', 'wang': 'ван', 'weng': 'вэн',
}


def pinyin(initial, final):
    if final.startswith('v'):
        # "ü" is written "u" after j, q, x (and "ü" after n, l: "nü", "lü").
        return initial + ('u' if initial in 'jqx' else 'ü') + final[1:]
    return initial + final


def cyrillic(initial, final):
    ini = INITIALS[initial]
    if final == 'i' and initial in ('z', 'c', 's'):
        return ini + 'ы'
    if final == 'ui' and initial == 'h':
        return 'хуэй'
    if initial in ('zh', 'ch', 'sh', 'r') and final == 'i':
        return ini + 'и'
    return ini + FINALS[final]


def main():
    rows = {}
    for initial, finals in TAKES.items():
        for final in finals.split():
            cyr, pin = cyrillic(initial, final), pinyin(initial, final)
            rows.setdefault(cyr, []).append(pin)
    for pin, cyr in ZERO.items():
        rows.setdefault(cyr, []).append(pin)
    clashes = {c: p for c, p in rows.items() if len(set(p)) > 1}
    out = ['# Mandarin syllables as Russian writes them (the Palladius system) and in Pinyin:',
           '# cyrillic<TAB>pinyin. Written by scripts/names/palladius.py from the system\'s rules;',
           '# where two syllables share one spelling, the first is the likelier in a name.']
    for cyr in sorted(rows):
        out.append(f'{cyr}\t{rows[cyr][0]}')
    open('crates/lexicon/data/ru/palladius.tsv', 'w').write('\n'.join(out) + '\n')
    for c, p in sorted(clashes.items()):
        print('shared spelling', c, p, file=sys.stderr)


main()
