"""Re-parse the written corpus, decode every part, check labels and identifiers, compute the digest."""
import base64
import email
import email.policy
import hashlib
import html as htmlmod
import io
import json
import re
import unicodedata
import zipfile
import zlib
from pathlib import Path

import docx
import openpyxl
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import TYPES, load_nams, dob_variants, ascii_fold, PAT_SURNAMES, FR_SURN, BE_SURN

REQUIRED = ["From", "To", "Subject", "Date", "Message-ID"]


class Fail(Exception):
    pass


# ------------------------------------------------------------------ decoders
def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digs = b""
                while j < len(b) and len(digs) < 3 and 0x30 <= b[j] <= 0x37:
                    digs += bytes([b[j]])
                    j += 1
                out.append(int(digs, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise Fail("not a PDF")
    lines = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        head = data[data.rfind(b"obj", 0, m.start()):m.start()]
        s = m.group(1).strip()
        if b"ASCII85Decode" in head:
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in head:
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            lines.append(_pdf_unescape(t.group(1)).decode("cp1252"))
    return "\n".join(lines)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append("  ".join(c.text for c in row.cells))
    return "\n".join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("  ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</blockquote>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "  ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s)


def bytes_text(b):
    for cs in ("utf-8", "cp1252"):
        try:
            return b.decode(cs)
        except UnicodeDecodeError:
            pass
    return b.decode("latin-1")


class Extract:
    def __init__(self):
        self.texts = []
        self.feat = set()
        self.attachments = 0

    def by_name(self, name, data, depth):
        low = name.lower()
        if low.endswith(".pdf"):
            self.feat.add("PDF attachment")
            self.texts.append(pdf_text(data))
        elif low.endswith(".docx"):
            self.feat.add("DOCX attachment")
            self.texts.append(docx_text(data))
        elif low.endswith(".xlsx"):
            self.feat.add("XLSX attachment")
            self.texts.append(xlsx_text(data))
        elif low.endswith(".zip"):
            self.feat.add("ZIP attachment")
            z = zipfile.ZipFile(io.BytesIO(data))
            for info in z.infolist():
                self.texts.append(info.filename)
                self.by_name(info.filename, z.read(info.filename), depth + 1)
        elif low.endswith(".eml"):
            self.feat.add("attached message (.eml)")
            self.message(email.message_from_bytes(data, policy=email.policy.default), depth + 1)
        elif low.endswith((".csv", ".txt", ".ics", ".vcf")):
            self.texts.append(bytes_text(data))
        else:
            raise Fail(f"unknown attachment type {name}")

    def message(self, msg, depth=0):
        if msg.defects:
            raise Fail(f"defects {msg.defects}")
        for h in REQUIRED:
            if msg[h] is None:
                raise Fail(f"missing {h}")
            if getattr(msg[h], "defects", ()):
                raise Fail(f"header defects in {h}: {msg[h].defects}")
        for h in ("From", "To", "Cc", "Subject"):
            v = msg[h]
            if v is not None:
                self.texts.append(str(v))
        for k, v in msg.raw_items():
            if k.lower() == "subject" and "=?" in v:
                self.feat.add("RFC 2047 Subject")
            if k.lower() in ("from", "to", "cc") and "=?" in v:
                self.feat.add("RFC 2047 names")
        self.part(msg, depth, top=True)

    def part(self, part, depth, top=False):
        if part.defects:
            raise Fail(f"part defects {part.defects}")
        ct = part.get_content_type()
        if not ct.startswith("multipart/"):
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            self.feat.add(f"CTE {cte}")
        if ct.startswith("multipart/"):
            self.feat.add(ct)
            for sub in part.iter_parts():
                self.part(sub, depth)
            return
        fn = part.get_filename()
        if fn:
            self.texts.append(fn)
            self.attachments += 1
            raw = str(part.get("Content-Disposition", "")) + str(part.get("Content-Type", ""))
            for k, v in part.raw_items():
                if k.lower() in ("content-disposition", "content-type") and re.search(r"name\*(0\*?)?=", v):
                    self.feat.add("RFC 2231 file name")
        if ct == "message/rfc822":
            self.feat.add("attached message (.eml)")
            inner = part.get_content()
            self.message(inner, depth + 1)
            return
        if top:
            self.feat.add({"text/plain": "single-part text/plain", "text/html": "single-part text/html"}.get(ct, "single-part other"))
        if ct.startswith("text/"):
            cs = (part.get_content_charset() or "us-ascii").lower()
            self.feat.add(f"charset {cs}")
            s = part.get_content()
            if ct == "text/html":
                s = html_text(s)
            elif ct == "text/csv":
                self.feat.add("CSV attachment")
            elif ct == "text/calendar":
                self.feat.add("ICS attachment")
            elif ct == "text/vcard":
                self.feat.add("vCard attachment")
            self.texts.append(s)
            return
        data = part.get_content()
        if not isinstance(data, bytes):
            raise Fail(f"unexpected content for {ct}")
        self.by_name(fn or ("x.pdf" if ct == "application/pdf" else "x.bin"), data, depth)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().casefold()


def fold(s):
    return ascii_fold(norm(s))


# ------------------------------------------------------------------ identifier scanners
def find_sins(t):
    return [a + b + c for a, b, c in re.findall(r"(?<![\d])(\d{3})[ .\-]?(\d{3})[ .\-]?(\d{3})(?![\d])", t)]


def find_ohips(t):
    return [a + b + c for a, b, c in re.findall(r"(?<![\d])(\d{4})[ \-/]?(\d{3})[ \-/]?(\d{3})(?![\d])", t)]


def find_niss(t):
    return ["".join(g) for g in re.findall(r"(?<![\d])(\d{2})\.?(\d{2})\.?(\d{2})[ \-]?(\d{3})[ .]?(\d{2})(?![\d])", t)]


def find_nirs(t):
    return ["".join(g) for g in re.findall(r"(?<![\d])([12])[ .]?(\d{2})[ .]?(\d{2})[ .]?(\d{2})[ .]?(\d{3})[ .]?(\d{3})[ .]?(\d{2})(?![\d])", t)]


def verify(out, labels, musts, seed):
    out = Path(out)
    errors = []
    nams = load_nams()
    nam_map = {r["nam"]: r for r in nams}
    pos = sorted(p.name for p in (out / "positive").glob("*.eml"))
    neg = sorted(p.name for p in (out / "negative").glob("*.eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    for i, n in enumerate(pos, 1):
        if not re.fullmatch(rf"p{i:03d}_[a-z0-9_]+\.eml", n):
            errors.append(f"bad name {n}")
    for i, n in enumerate(neg, 1):
        if not re.fullmatch(rf"n{i:03d}_[a-z0-9_]+\.eml", n):
            errors.append(f"bad name {n}")
    files = [f"positive/{n}" for n in pos] + [f"negative/{n}" for n in neg]
    lab_text = (out / "labels.json").read_text(encoding="utf-8")
    lab = json.loads(lab_text)
    if sorted(lab) != sorted(files) or list(lab) != sorted(lab):
        errors.append("labels keys do not match files or are not sorted")
    bad_words = sorted({r["surname"] for r in nams} | set(PAT_SURNAMES) | set(FR_SURN) | set(BE_SURN))
    features = {}
    for rel in files:
        try:
            data = (out / rel).read_bytes()
            L = lab.get(rel)
            if L is None:
                raise Fail("unlabelled")
            is_pos = rel.startswith("positive/")
            if L["confidential"] is not is_pos:
                raise Fail("confidential flag")
            if L["lang"] not in ("fr", "en"):
                raise Fail("lang")
            if any(t not in TYPES for t in L["types"]) or L["types"] != sorted(set(L["types"])):
                raise Fail("types invalid")
            if is_pos and not L["types"]:
                raise Fail("positive without types")
            if not is_pos and L["types"]:
                raise Fail("negative with types")
            fnote = fold(L["note"])
            for w in bad_words:
                if re.search(r"\b" + re.escape(fold(w)) + r"\b", fnote):
                    raise Fail(f"note names a person: {w}")
            msg = email.message_from_bytes(data, policy=email.policy.default)
            ex = Extract()
            ex.message(msg)
            ex.feat.add("CRLF line ends" if b"\r\n" in data else "LF line ends")
            for f in ex.feat:
                features.setdefault(f, set()).add(rel)
            text = "\n".join(ex.texts)
            nt = norm(text)
            ft = ascii_fold(nt)
            for m in musts.get(rel, []):
                if norm(m) not in nt:
                    raise Fail(f"expected text not found: {m!r}")
            up = unicodedata.normalize("NFKC", text).upper()
            compact = re.sub(r"[\s.\-/]", "", up)
            found = [n for n in nam_map if n in compact]
            if not is_pos:
                if found:
                    raise Fail(f"NAM in negative {found}")
                for r in nams:
                    g, s = fold(r["given"]), fold(r["surname"])
                    if re.search(rf"\b{re.escape(g)},? {re.escape(s)}\b|\b{re.escape(s)},? {re.escape(g)}\b", ft):
                        raise Fail("NAM holder name in negative")
                    if re.search(rf"\b{re.escape(s)}\b", ft):
                        raise Fail(f"NAM holder surname in negative: {s}")
                continue
            if ("ramq_nam" in L["types"]) != bool(found):
                raise Fail(f"ramq_nam label vs found {found}")
            for n in found:
                r = nam_map[n]
                g, s = fold(r["given"]), fold(r["surname"])
                if not (re.search(rf"\b{re.escape(g)}\b", ft) and re.search(rf"\b{re.escape(s)}\b", ft)):
                    raise Fail(f"NAM {n} without holder name")
                pos_d = [nt.find(norm(v)) for v in dob_variants(r["dob"]) if norm(v) in nt]
                if not pos_d:
                    raise Fail(f"NAM {n} without birth date")
                sx = r["sex"].casefold()
                ok = re.search(rf"\bsexe?\s*:?\s*{sx}\b", nt) or any(
                    re.search(rf"(^|[^a-z0-9]){sx}([^a-z0-9]|$)", nt[max(0, p - 5):p + 60]) for p in pos_d)
                if not ok:
                    raise Fail(f"NAM {n} without sex")
            for tok in re.findall(r"(?<![A-Z0-9])([A-Z]{4})[ .\-/]?(\d{4})[ .\-/]?(\d{4})(?![0-9])", up):
                if "".join(tok) not in nam_map:
                    raise Fail(f"NAM-like token not from the list: {tok}")
            plain = unicodedata.normalize("NFKC", text)
            if "ca_sin" in L["types"] and not any(ca_sin.is_valid(x) for x in find_sins(plain)):
                raise Fail("no valid SIN")
            if "ca_health_number" in L["types"] and not any(luhn.is_valid(x) for x in find_ohips(plain)):
                raise Fail("no valid Ontario health number")
            if "be_niss" in L["types"] and not any(be_nn.is_valid(x) for x in find_niss(plain)):
                raise Fail("no valid NISS")
            if "fr_nir" in L["types"] and not any(fr_nir.is_valid(x) for x in find_nirs(plain)):
                raise Fail("no valid NIR")
        except Exception as e:  # noqa: BLE001 - every failure is reported
            errors.append(f"{rel}: {type(e).__name__}: {e}")
    return errors, {k: len(v) for k, v in features.items()}


def digest(out):
    out = Path(out)
    h = hashlib.sha256()
    rels = sorted([f"positive/{p.name}" for p in (out / "positive").glob("*.eml")]
                  + [f"negative/{p.name}" for p in (out / "negative").glob("*.eml")] + ["labels.json"])
    for rel in rels:
        h.update(rel.encode("utf-8") + b"\0" + (out / rel).read_bytes() + b"\0")
    return h.hexdigest()
