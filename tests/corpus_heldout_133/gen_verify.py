"""Re-parse every file, decode every part, and check labels, NAM placement and identifiers."""
import base64
import html as htmlmod
import io
import json
import re
import unicodedata
import zipfile
import zlib
from email import policy
from email.parser import BytesParser
from pathlib import Path

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C


# ---------------------------------------------------------------- decoders
def _pdf_strings(content):
    out, i, n = [], 0, len(content)
    while i < n:
        if content[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = content[j:j + 1]
                if ch == b"\\":
                    nxt = content[j + 1:j + 2]
                    if nxt in b"01234567" and nxt:
                        k = j + 1
                        while k < j + 4 and content[k:k + 1] and content[k:k + 1] in b"01234567":
                            k += 1
                        buf.append(int(content[j + 1:k], 8) & 255)
                        j = k
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nxt, nxt)
                    j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += ch
                j += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        head = data[max(0, m.start() - 300):m.start()]
        head = head[head.rfind(b"<<"):]
        s = m.group(1)
        if b"ASCII85Decode" in head:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in head:
            s = zlib.decompress(s)
        texts.append(" ".join(_pdf_strings(s)))
    for m in re.finditer(rb"/(Title|Author|Subject) \(", data):
        texts.append(" ".join(_pdf_strings(data[m.end() - 1:m.end() + 400])[:1]))
    if not texts:
        raise ValueError("empty PDF")
    return "\n".join(texts)


def xml_text(blob):
    t = blob.decode("utf-8")
    t = re.sub(r"</w:p>|</row>|<w:tab/>|</si>|</c>", "\n", t)
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))


def office_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    need = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    if need not in names:
        raise ValueError(f"not a {kind}")
    parts = []
    for n in names:
        if n.endswith(".xml") and (n.startswith("word/document") or n.startswith("xl/sharedStrings")
                                   or n.startswith("xl/worksheets/") or n == "docProps/core.xml"):
            parts.append(xml_text(z.read(n)))
    return "\n".join(parts)


def blob_text(name, data, feats, depth=0):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("PDF")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX")
        return office_text(data, "docx")
    if low.endswith(".xlsx"):
        feats.add("XLSX")
        return office_text(data, "xlsx")
    if low.endswith(".zip"):
        feats.add("ZIP")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip")
        return "\n".join(n + "\n" + blob_text(n, z.read(n), feats, depth + 1) for n in z.namelist())
    if low.endswith(".eml"):
        feats.add("attached message/rfc822")
        inner = BytesParser(policy=policy.default).parsebytes(data)
        return message_text(inner, feats, depth + 1)
    if low.endswith((".csv", ".txt", ".ics", ".vcf")):
        if low.endswith(".csv"):
            feats.add("CSV")
        if low.endswith(".ics"):
            feats.add("ICS")
        if low.endswith(".vcf"):
            feats.add("vCard")
        for enc in ("utf-8", "cp1252"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    raise ValueError(f"cannot decode {name}")


def message_text(msg, feats, depth=0):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for d in msg.defects:
        raise ValueError(f"defect {d!r}")
    out.append(part_text(msg, feats, depth))
    return "\n".join(out)


def part_text(part, feats, depth):
    ct = part.get_content_type()
    for d in part.defects:
        raise ValueError(f"defect {d!r} in {ct}")
    if part.is_multipart() and ct.startswith("multipart/"):
        if depth == 0:
            feats.add(ct)
        return "\n".join(part_text(p, feats, depth) for p in part.iter_parts())
    if ct == "message/rfc822":
        feats.add("attached message/rfc822")
        fn = part.get_filename() or ""
        inner = part.get_payload(0)
        return fn + "\n" + message_text(inner, feats, depth + 1)
    cs = part.get_content_charset()
    cte = part.get("Content-Transfer-Encoding", "7bit").lower()
    if depth == 0:
        feats.add(f"CTE {cte}")
        if cs:
            feats.add(f"charset {cs}")
    fn = part.get_filename()
    content = part.get_content()
    if fn is not None:
        if ct.startswith("text/"):
            data = content.encode("utf-8")
        else:
            data = content
        if ct == "text/calendar":
            feats.add("ICS")
        if ct in ("text/vcard", "text/x-vcard"):
            feats.add("vCard")
        return fn + "\n" + blob_text(fn, data, feats, depth)
    if ct == "text/html":
        if depth == 0:
            feats.add("html part")
        return htmlmod.unescape(re.sub(r"<[^>]+>", " ", content))
    if ct == "text/plain":
        if depth == 0:
            feats.add("plain part")
        return content
    raise ValueError(f"unexpected body part {ct}")


# ---------------------------------------------------------------- checks
NAM_RE = re.compile(r"(?<![A-Z0-9])([A-Z]{4})[ .\-/]?(\d{4})[ .\-/]?(\d{4})(?!\d)")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
                   if not unicodedata.combining(c)).lower()


def id_valid(kind, v):
    if kind == "ramq_nam":
        return v in {h.nam for h in C.HOLDERS}
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "ca_health_number":
        return C.ohip_valid(v)
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    if kind == "mrn":
        return v.isdigit()
    return False


def transport_feats(raw, msg, feats):
    f = set()
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0].decode("ascii")
    subj = re.search(r"^Subject:(.*(?:\r?\n[ \t].*)*)", head, re.M).group(1)
    if "=?" in subj:
        f.add("RFC 2047 Subject")
    for h in ("From", "To", "Cc"):
        m = re.search(rf"^{h}:(.*(?:\r?\n[ \t].*)*)", head, re.M)
        if m and "=?" in m.group(1):
            f.add("RFC 2047 display name")
    if b"filename*" in raw:
        f.add("RFC 2231 file name")
    if re.search(rb'filename="=\?', raw):
        f.add("RFC 2047 file name")
    ct = msg.get_content_type()
    if ct == "text/plain":
        f.add("text/plain only")
    elif ct == "text/html":
        f.add("text/html only")
    for x in feats:
        if x.startswith(("CTE ", "charset ", "multipart/")) or x in ("PDF", "DOCX", "XLSX", "CSV", "ICS", "vCard",
                                                                      "ZIP", "attached message/rfc822"):
            f.add(x)
    if "multipart/mixed" in feats and "multipart/alternative" in str(msg.get_body().get_content_type()):
        f.add("multipart/alternative")
    for p in msg.walk():
        if p.get_content_type() == "multipart/alternative":
            f.add("multipart/alternative")
    return f


def verify(out, labels, recs):
    errors = []
    out = Path(out)
    files = sorted(str(p.relative_to(out)) for p in out.glob("positive/*.eml")) + \
        sorted(str(p.relative_to(out)) for p in out.glob("negative/*.eml"))
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    if sorted(labels) != sorted(files):
        errors.append("labels do not match files")
    disk = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    if disk != labels or list(disk) != sorted(disk):
        errors.append("labels.json differs or unsorted")
    holders_by_nam = {h.nam: h for h in C.HOLDERS}
    all_names = [fold(s) for s in C.HOLDER_SURNAMES + C.PAT_SURNAMES + C.STAFF_SURNAMES]
    feature_files = {}
    for f in files:
        lab = labels.get(f, {})
        raw = (out / f).read_bytes()
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    raise ValueError(f"missing {h}")
            feats = set()
            text = message_text(msg, feats)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{f}: parse/decode failed: {e}")
            continue
        for x in transport_feats(raw, msg, feats):
            feature_files.setdefault(x, []).append(f)
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            errors.append(f"{f}: bad lang/note")
        if any(re.search(rf"\b{re.escape(n)}\b", fold(lab.get("note", ""))) for n in all_names):
            errors.append(f"{f}: a name in the note")
        ntext = unicodedata.normalize("NFKC", text)
        found = {a + b + c for a, b, c in NAM_RE.findall(ntext.upper())}
        for n in found:
            if n not in holders_by_nam:
                errors.append(f"{f}: NAM-like string {n} not from the blind list")
        rec = recs.get(f)
        ftext = fold(ntext)
        compact = C.norm_id(ntext)
        if f.startswith("positive/"):
            types = lab.get("types", [])
            if not types or not set(types) <= set(C.TYPES) or lab.get("confidential") is not True:
                errors.append(f"{f}: bad positive label")
            if not set(types) & set(C.IDENTITY_TYPES) or not set(types) & set(C.INFO_TYPES):
                errors.append(f"{f}: positive without identity + information")
            if rec is None or rec.sorted_types() != types:
                errors.append(f"{f}: labels differ from recorder")
                continue
            for kind, v in rec.ids:
                if not id_valid(kind, v):
                    errors.append(f"{f}: invalid {kind} {v}")
                if C.norm_id(v) not in compact:
                    errors.append(f"{f}: {kind} {v} not found in text")
            rec_nams = {v for k, v in rec.ids if k == "ramq_nam"}
            if found != rec_nams:
                errors.append(f"{f}: NAMs found {sorted(found)} != recorded {sorted(rec_nams)}")
            for n in found:
                h = holders_by_nam.get(n)
                if h is None:
                    continue
                if fold(h.surname) not in ftext or fold(h.given) not in ftext:
                    errors.append(f"{f}: NAM {n} without its holder's name")
                if not any(fold(x) in ftext for x in C.dob_forms(h.dob)):
                    errors.append(f"{f}: NAM {n} without its holder's birth date")
                if "sex" not in ftext:
                    errors.append(f"{f}: NAM {n} without sex")
            for s in rec.names:
                if fold(s) not in ftext:
                    errors.append(f"{f}: recorded name {s} not in text")
            if "ramq_nam" in types and not rec_nams:
                errors.append(f"{f}: ramq_nam label without NAM")
        else:
            if lab.get("confidential") is not False or lab.get("types") != []:
                errors.append(f"{f}: bad negative label")
            if rec is not None and (rec.ids or rec.types):
                errors.append(f"{f}: negative has recorded findings")
            if found:
                errors.append(f"{f}: NAM in a negative")
            for s in C.HOLDER_SURNAMES:
                if re.search(rf"(?<![\w-]){re.escape(fold(s))}(?![\w-])", ftext):
                    errors.append(f"{f}: NAM holder surname {s} in a negative")
            for s in C.PAT_SURNAMES:
                if re.search(rf"(?<![\w-]){re.escape(fold(s))}(?![\w-])", ftext):
                    errors.append(f"{f}: patient surname {s} in a negative")
    return errors, feature_files
