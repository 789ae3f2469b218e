# -*- coding: utf-8 -*-
"""Self-check: re-parse every message, decode every part and attachment, verify labels."""
import base64
import email
import email.policy
import hashlib
import html
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
import zlib

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import ssn as std_niss
from stdnum.fr import nir as std_nir

from gen_common import NAM_HOLDERS

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# ---------------------------------------------------------------------------
# decoders
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            m = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12, ord("("): 40, ord(")"): 41, ord("\\"): 92}
            if n in m:
                out.append(m[n])
                i += 2
                continue
            if 48 <= n <= 55:
                j = i + 1
                digs = b""
                while j < len(s) and len(digs) < 3 and 48 <= s[j] <= 55:
                    digs += bytes([s[j]])
                    j += 1
                out.append(int(digs, 8) & 0xFF)
                i = j
                continue
            if n in (10, 13):
                i += 2
                continue
            out.append(n)
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


_PDF_STR = re.compile(rb"\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)", re.S)


def pdf_text(data):
    chunks = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = m.group(1).strip()
        cands = [raw]
        try:
            r = raw[2:] if raw.startswith(b"<~") else raw
            r = r[:-2] if r.endswith(b"~>") else r
            cands.insert(0, base64.a85decode(r))
        except Exception:
            pass
        for c in list(cands):
            try:
                cands.insert(0, zlib.decompress(c))
                break
            except Exception:
                continue
        chunks.append(cands[0])
    chunks.append(re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S))
    out = []
    for c in chunks:
        for s in _PDF_STR.findall(c):
            out.append(_pdf_unescape(s[1:-1]).decode("cp1252", "replace"))
    return "\n".join(out)


def xml_text(x):
    x = re.sub(r"</w:p>|</row>|</si>|<w:tab/>|</c>", "\n", x)
    return html.unescape(re.sub(r"<[^>]+>", " ", x))


def decode_blob(data, name="", depth=0):
    texts = [name] if name else []
    if data[:4] == b"%PDF":
        texts.append(pdf_text(data))
    elif data[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        if "word/document.xml" in names or "xl/workbook.xml" in names:
            for n in names:
                if n.endswith(".xml") or n.endswith(".rels"):
                    texts.append(xml_text(z.read(n).decode("utf-8", "replace")))
        else:
            for n in names:
                texts.append(decode_blob(z.read(n), n, depth + 1))
    else:
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            t = data.decode("cp1252", "replace")
        if re.match(r"(From|Date|Subject|Received|MIME-Version|To):", t) and depth < 3:
            texts.append(message_text(email.message_from_bytes(data, policy=email.policy.default), depth + 1))
        else:
            texts.append(t)
    return "\n".join(texts)


def message_text(msg, depth=0):
    texts = []
    for part in msg.walk():
        for k, v in part.items():
            texts.append(f"{k}: {v}")
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        c = part.get_content()
        if isinstance(c, str):
            if part.get_content_type() == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            texts.append(c)
        elif isinstance(c, bytes):
            texts.append(decode_blob(c, "", depth))
        else:
            texts.append(message_text(c, depth + 1))
    return "\n".join(texts)


# ---------------------------------------------------------------------------
def norm_id(t):
    t = unicodedata.normalize("NFKC", t).upper()
    return re.sub(r"[^0-9A-Z]", "", t)


def norm_name(t):
    t = unicodedata.normalize("NFKC", t)
    t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", t)


def find_valid(text, kind):
    t = unicodedata.normalize("NFKC", text)
    if kind == "ca_sin":
        pat, val = r"(?<![\d])\d{3}[ .-]?\d{3}[ .-]?\d{3}(?![\d])", std_sin.is_valid
    elif kind == "ca_health_number":
        pat, val = r"(?<![\d])\d{4}[ -]?\d{3}[ -]?\d{3}(?![\d])", lambda s: luhn.is_valid(re.sub(r"\D", "", s))
    elif kind == "be_niss":
        pat, val = r"(?<![\d])\d{2}[ .]?\d{2}[ .]?\d{2}[ .-]?\d{3}[ .]?\d{2}(?![\d])", std_niss.is_valid
    else:
        pat, val = r"(?<![\d])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}(?![\d])", std_nir.is_valid
    return [m for m in re.findall(pat, t) if val(m)]


def digest(out):
    h = hashlib.sha256()
    paths = []
    for sub in ("positive", "negative"):
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                paths.append(f"{sub}/{f}")
    paths.append("labels.json")
    for p in sorted(paths):
        h.update(p.encode("utf-8") + b"\0")
        with open(os.path.join(out, p), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def check(out, quiet=False):
    errors = []
    labels = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    files = sorted(f"{s}/{f}" for s in ("positive", "negative") for f in os.listdir(os.path.join(out, s)) if f.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = len(files) - npos
    if (npos, nneg) != (120, 180):
        errors.append(f"counts {npos}/{nneg}")
    nams = {p.nam: p for p in NAM_HOLDERS}
    holder_names = []
    for p in NAM_HOLDERS:
        gn, sn = norm_name(p.given), norm_name(p.surname)
        holder_names.append((p, [f"{gn} {sn}", f"{sn} {gn}", f"{sn}, {gn}"], sn))
    stats = {"lang": {}, "types": {}, "ctype": {}, "charset": {}, "cte": {}, "eol": {}, "rfc2047": 0, "rfc2231": 0, "defects": 0}
    for f in files:
        lab = labels.get(f, {})
        raw = open(os.path.join(out, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as e:  # noqa
            errors.append(f"{f}: decode failure {e!r}")
            continue
        for part in msg.walk():
            stats["defects"] += len(part.defects)
            ct = part.get_content_type()
            stats["ctype"][ct] = stats["ctype"].get(ct, 0) + 1
            if part.get_content_maintype() == "text":
                cs = (part.get_content_charset() or "us-ascii").lower()
                stats["charset"][cs] = stats["charset"].get(cs, 0) + 1
            if not part.is_multipart():
                cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
                stats["cte"][cte] = stats["cte"].get(cte, 0) + 1
        eol = "CRLF" if b"\r\n" in raw else "LF"
        stats["eol"][eol] = stats["eol"].get(eol, 0) + 1
        if b"=?" in raw.split(b"\n\n")[0] or b"=?" in raw.split(b"\r\n\r\n")[0]:
            stats["rfc2047"] += 1
        if re.search(rb"filename\*(?:0\*?)?=", raw):
            stats["rfc2231"] += 1
        pos = f.startswith("positive/")
        lang = lab.get("lang")
        stats["lang"][("pos_" if pos else "neg_") + str(lang)] = stats["lang"].get(("pos_" if pos else "neg_") + str(lang), 0) + 1
        types = lab.get("types", [])
        if lab.get("confidential") is not pos:
            errors.append(f"{f}: confidential flag")
        if lang not in ("fr", "en"):
            errors.append(f"{f}: lang")
        if pos and not types:
            errors.append(f"{f}: positive without types")
        if not pos and types:
            errors.append(f"{f}: negative with types")
        for t in types:
            if t not in TYPES:
                errors.append(f"{f}: unknown type {t}")
            stats["types"][t] = stats["types"].get(t, 0) + 1
        nid = norm_id(text)
        found = [n for n in nams if n in nid]
        if "ramq_nam" in types and not found:
            errors.append(f"{f}: ramq_nam label but no NAM found")
        if "ramq_nam" not in types and found:
            errors.append(f"{f}: NAM present but not labelled: {found}")
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if kind in types and not find_valid(text, kind):
                errors.append(f"{f}: {kind} label but no valid number")
        if not pos:
            nt = norm_name(text)
            for p, forms, sn in holder_names:
                if any(x in nt for x in forms) or re.search(r"(?<![\w-])" + re.escape(sn) + r"(?![\w-])", nt):
                    errors.append(f"{f}: NAM holder name/surname {p.surname} appears in negative")
    dg = digest(out)
    if not quiet:
        print(f"files: {len(files)} (positive {npos}, negative {nneg})")
        print("languages:", json.dumps(stats["lang"], sort_keys=True))
        print("types:", json.dumps(stats["types"], sort_keys=True))
        print("sha256:", dg)
        if errors:
            print(f"SELF-CHECK FAILED ({len(errors)} errors)")
            for e in errors[:60]:
                print("  ", e)
        else:
            print("SELF-CHECK OK")
    return errors, stats, dg


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errs, _, _ = check(out)
    sys.exit(1 if errs else 0)
