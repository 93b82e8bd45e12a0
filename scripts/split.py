"""The dev/test split every yardstick of the project uses (tests/field/README.md): a name is in
the test part when the 64-bit FNV-1a hash of its UTF-8 bytes is odd, in the dev part when even."""


def fnv1a64(text):
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def part(name):
    """"dev" or "test"."""
    return "test" if fnv1a64(name) & 1 else "dev"
