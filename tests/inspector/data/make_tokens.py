#!/usr/bin/env python3
"""Writes tokens.tsv: test tokens built from the rules in docs/token-formats.md.

Random bodies (fixed seed, so the file is reproducible) with checksums computed
by Python's zlib.crc32, an implementation independent of the one under test.
None of these tokens was ever issued by a vendor. Published examples are cited
where used. Columns: case name, expected verdict, expected format id, token,
expected decoded fields as id=value pairs joined by ';' (may be empty).
Re-run: python3 make_tokens.py > tokens.tsv
"""
import base64
import hashlib
import hmac
import json
import random
import string
import zlib

rng = random.Random(20261127)
ALNUM = string.digits + string.ascii_uppercase + string.ascii_lowercase  # base62 order
B36 = string.digits + string.ascii_lowercase


def rand(n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def enc(n, base, alphabet, width):
    out = ""
    while n:
        out = alphabet[n % base] + out
        n //= base
    return out.rjust(width, "0")


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def typo(token, index):
    """Changes one character (at index from the end) to another of the same class."""
    i = len(token) - index
    c = token[i]
    pool = ALNUM.replace(c, "")
    return token[:i] + rng.choice(pool) + token[i + 1:]


rows = []


def row(name, verdict, fmt, token, fields=""):
    rows.append((name, verdict, fmt, token, fields))


def github_like(prefix):
    body = rand(30)
    return prefix + body + enc(zlib.crc32(body.encode()), 62, ALNUM, 6)


for p in ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"]:
    fmt = "npm" if p == "npm_" else "github-classic"
    t = github_like(p)
    row(f"{p} valid", "valid", fmt, t)
    row(f"{p} typo in body", "invalid", fmt, typo(t, 20))
    row(f"{p} typo in checksum", "invalid", fmt, typo(t, 2))
    row(f"{p} truncated", "invalid", fmt, t[:-1])
    row(f"{p} wrong prefix", "unrecognised", "unknown", p[:2] + "x" + p[3:] + t[4:])

fg = "github_pat_" + rand(22) + "_" + rand(59)
row("github fine-grained valid", "valid", "github-fine-grained", fg)
row("github fine-grained truncated", "invalid", "github-fine-grained", fg[:-1])
row("github fine-grained missing separator", "invalid", "github-fine-grained",
    fg[:33] + "x" + fg[34:])
row("github fine-grained wrong prefix", "unrecognised", "unknown", "github_pak_" + fg[11:])

pat = "pat_" + rand(32)
row("logto valid", "valid", "logto-pat", pat)
row("logto truncated", "invalid", "logto-pat", pat[:-1])
row("logto bad character", "invalid", "logto-pat", pat[:10] + "-" + pat[11:])
row("logto wrong prefix", "unrecognised", "unknown", "pak_" + pat[4:])

legacy = "glpat-" + rand(20, ALNUM + "-_")
row("gitlab legacy valid", "valid", "gitlab-legacy", legacy)
row("gitlab legacy truncated", "invalid", "gitlab-legacy", legacy[:-1])
row("gitlab legacy wrong prefix", "unrecognised", "unknown", "glpad-" + legacy[6:])


def gitlab_routable(cell, org, user):
    routing = f"c:{enc(cell, 36, B36, 1)}\no:{enc(org, 36, B36, 1)}\nu:{enc(user, 36, B36, 1)}"
    payload = routing.encode() + bytes(rng.randrange(256) for _ in range(16)) + bytes([16])
    text = b64url(payload)
    head = "glpat-" + text + ".01." + enc(len(text), 36, B36, 2)
    return head + enc(zlib.crc32(head.encode()), 36, B36, 7)


gr = gitlab_routable(1, 123456, 987654321)
row("gitlab routable valid", "valid", "gitlab-routable", gr,
    "cell=1;organization=123456;user=987654321")
row("gitlab routable typo in payload", "invalid", "gitlab-routable", typo(gr, 30))
row("gitlab routable typo in crc", "invalid", "gitlab-routable",
    gr[:-3] + ("0" if gr[-3] != "0" else "1") + gr[-2:])
row("gitlab routable truncated", "invalid", "gitlab-routable", gr[:-1])
row("gitlab routable wrong prefix", "unrecognised", "unknown", "glpaT-" + gr[6:])


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def field(t, data):
    return bytes([t]) + varint(len(data)) + data


def macaroon(location, identifier, caveats, key):
    # libmacaroons version-2 binary format, signature chained as in the paper.
    sig = hmac.new(hmac.new(b"macaroons-key-generator", key, hashlib.sha256).digest(),
                   identifier, hashlib.sha256).digest()
    out = b"\x02" + field(1, location) + field(2, identifier) + b"\x00"
    for c in caveats:
        out += field(2, c) + b"\x00"
        sig = hmac.new(sig, c, hashlib.sha256).digest()
    return out + b"\x00" + field(6, sig)


ident = json.dumps({"version": 1, "id": "0b9c8a3e-2f4d-4c4e-9a1b-5d6e7f8a9b0c"}).encode()
cav1 = json.dumps([1, ["sampleproject"]]).encode()
cav2 = json.dumps([0, 1798761600, 1767225600]).encode()
py = "pypi-" + b64url(macaroon(b"pypi.org", ident, [cav1, cav2], bytes(32)))
row("pypi valid", "valid", "pypi", py,
    'location=pypi.org;caveat=Only for projects sampleproject: [1,["sampleproject"]];caveat_count=2')
row("pypi truncated", "invalid", "pypi", py[:-8])
# No offline checksum: a typo inside the identifier still decodes, so only structure is tested.
row("pypi not a macaroon", "invalid", "pypi", "pypi-" + b64url(b"\x01" + bytes(rng.randrange(256) for _ in range(40))))
row("pypi unterminated caveats", "invalid", "pypi",
    "pypi-" + b64url(macaroon(b"pypi.org", ident, [cav1], bytes(32))[:-35]))
row("pypi wrong prefix", "unrecognised", "unknown", "pipy-" + py[5:])

for p in ["xoxb-", "xoxp-", "xoxe-", "xapp-", "xoxe.xoxb-", "xoxe-1-", "xoxa-", "xoxr-",
          "xoxo-", "xoxs-"]:
    t = p + rand(11, string.digits) + "-" + rand(12, string.digits) + "-" + rand(24)
    row(f"slack {p} valid", "valid", "slack", t)
row("slack truncated", "invalid", "slack", "xoxb-123")
row("slack bad character", "invalid", "slack", "xoxb-1234567890-abc_def")
row("slack wrong prefix", "unrecognised", "unknown", "xoxz-" + rand(11, string.digits) + "-" + rand(24))

for p, verdict in [("sk_live_", "warning"), ("rk_live_", "warning"), ("sk_test_", "valid"),
                   ("rk_test_", "valid"), ("pk_live_", "valid"), ("pk_test_", "valid"),
                   ("whsec_", "valid")]:
    row(f"stripe {p} valid", verdict, "stripe", p + rand(24))
row("stripe truncated", "invalid", "stripe", "sk_live_" + rand(5))
row("stripe bad character", "invalid", "stripe", "sk_test_" + rand(10) + "-" + rand(10))
row("stripe wrong prefix", "unrecognised", "unknown", "sk_lave_" + rand(24))

# Published example: key id ASIAY34FZKBOKMUTVV7A belongs to account 609629065308.
# The key is from Aidan Steele, https://awsteele.com/blog/2020/09/26/aws-access-key-format.html;
# the decoding rule and the account from Tal Be'ery, "A short note on AWS KEY ID",
# https://medium.com/@TalBeerySec/a-short-note-on-aws-key-id-f88cc4317489
row("aws published example", "valid", "aws-access-key-id", "ASIAY34FZKBOKMUTVV7A",
    "account_id=609629065308")


def aws(prefix, account):
    # Inverse of the documented decoding: 80 bits, the account in bits 46..7 of the first 48.
    first48 = (account << 7) | rng.randrange(128) | (rng.randrange(2) << 47)
    bits = (first48 << 32) | rng.getrandbits(32)
    raw = bits.to_bytes(10, "big")
    return prefix + base64.b32encode(raw).decode()


for p in ["AKIA", "ASIA", "ABIA", "ACCA"]:
    row(f"aws {p} valid", "valid", "aws-access-key-id", aws(p, 123456789012),
        "account_id=123456789012")
row("aws truncated", "invalid", "aws-access-key-id", aws("AKIA", 210987654321)[:-1])
row("aws bad character", "invalid", "aws-access-key-id", "AKIA" + "ABCDEFGH01234567")
row("aws wrong prefix", "unrecognised", "unknown", "AKIB" + aws("AKIA", 210987654321)[4:])

print("# Generated by make_tokens.py from docs/token-formats.md; do not edit by hand.")
for r in rows:
    print("\t".join(r))
