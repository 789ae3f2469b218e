"""Re-parse every written file, decode every part, and check labels, NAM placement and identifiers."""
import base64
import html
import io
import json
import os
import re
import zipfile
import zlib
from email import policy
from email.parser import BytesParser

from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

import gen_common as G

IDENTITY = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
PERSONAL = {"date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
ID_TYPE = {"sin": "ca_sin", "on_hc": "ca_health_number", "niss": "be_niss", "nir": "fr_nir"}

FEATURES = ["text/plain body", "text/html only", "multipart/alternative", "multipart/mixed", "PDF attachment",
            "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment", "ZIP attachment",
            "attached message/rfc822", "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
            "7bit", "8bit", "quoted-printable", "base64", "CRLF line ends", "LF line ends", "RFC 2047 Subject",
            "RFC 2047 display name", "RFC 2231 file name", "reply (In-Reply-To)", "quoted reply text", "inline forward"]


class VerifyError(Exception):
    pass


# ---------------------------------------------------------------- decoders
def _pdf_strings(stream):
    out, i, n = [], 0, len(stream)
    while i < n:
        if stream[i:i + 1] == b"(":
            depth, i, buf = 1, i + 1, bytearray()
            while i < n and depth:
                ch = stream[i:i + 1]
                if ch == b"\\":
                    nx = stream[i + 1:i + 2]
                    if nx in b"01234567" and nx:
                        m = re.match(rb"[0-7]{1,3}", stream[i + 1:i + 4])
                        buf.append(int(m.group(0), 8) & 0xFF)
                        i += 1 + len(m.group(0))
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nx, nx)
                    i += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                buf += ch
                i += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise VerifyError("not a PDF")
    texts = []
    nstreams = 0
    for m in re.finditer(rb"obj((?:(?!endobj).){0,600}?)stream\r?\n", data, re.S):
        d = m.group(1)
        start = m.end()
        end = data.find(b"endstream", start)
        raw = data[start:end].rstrip(b"\r\n")
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode)", d)
        for f in filters:
            if f == b"ASCII85Decode":
                raw = raw.strip()
                if raw.endswith(b"~>"):
                    raw = raw[:-2]
                raw = base64.a85decode(raw)
            else:
                raw = zlib.decompress(raw)
        nstreams += 1
        if b"BT" in raw:
            texts.extend(_pdf_strings(raw))
    if not nstreams:
        raise VerifyError("PDF without streams")
    return "\n".join(texts)


def _xml_text(xml, tag):
    parts = re.findall(rf"<{tag}(?:\s[^>]*)?>(.*?)</{tag}>".encode(), xml, re.S)
    return [html.unescape(p.decode("utf-8")) for p in parts]


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise VerifyError("bad docx zip")
    xml = z.read("word/document.xml")
    out = []
    for para in re.split(rb"</w:p>", xml):
        out.append("".join(_xml_text(para, "w:t")))
    core = z.read("docProps/core.xml").decode("utf-8")
    return "\n".join(out) + "\n" + re.sub(r"<[^>]+>", " ", core)


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise VerifyError("bad xlsx zip")
    out = []
    if "xl/sharedStrings.xml" in z.namelist():
        out += _xml_text(z.read("xl/sharedStrings.xml"), "t")
    for nm in sorted(z.namelist()):
        if nm.startswith("xl/worksheets/sheet"):
            xml = z.read(nm)
            out += _xml_text(xml, "v")
            out += _xml_text(xml, "t")
    return "\n".join(out)


def _decode_bytes_text(b):
    for cs in ("utf-8", "cp1252"):
        try:
            return b.decode(cs)
        except UnicodeDecodeError:
            pass
    raise VerifyError("undecodable text member")


def member_text(name, data, feats, depth):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise VerifyError("bad zip")
        return "\n".join(n + "\n" + member_text(n, z.read(n), feats, depth + 1) for n in z.namelist())
    if low.endswith(".eml"):
        feats.add("attached message/rfc822")
        return message_text(BytesParser(policy=policy.default).parsebytes(data), feats, depth + 1)
    if low.endswith((".csv", ".txt", ".ics", ".vcf")):
        if low.endswith(".csv"):
            feats.add("CSV attachment")
        return _decode_bytes_text(data)
    raise VerifyError("unknown member type " + name)


def _unfold(t):
    return t.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def _check_defects(obj, where):
    if obj.defects:
        raise VerifyError(f"MIME defects in {where}: {obj.defects}")


def _walk(msg):
    """Like Message.walk() but does not descend into message/rfc822 parts."""
    yield msg
    if msg.is_multipart() and msg.get_content_type() != "message/rfc822":
        for sub in msg.get_payload():
            yield from _walk(sub)


def message_text(msg, feats, depth=0):
    _check_defects(msg, "message")
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            if getattr(v, "defects", None):
                raise VerifyError(f"header defects {h}: {v.defects}")
            out.append(str(v))
    if depth == 0:
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg.get(h) is None:
                raise VerifyError("missing header " + h)
        if msg["Date"].datetime is None:
            raise VerifyError("bad Date")
    body_types = set()
    for part in _walk(msg):
        _check_defects(part, part.get_content_type())
        ctype = part.get_content_type()
        if part.is_multipart() and ctype != "message/rfc822":
            if ctype == "multipart/alternative":
                feats.add("multipart/alternative")
            if ctype == "multipart/mixed":
                feats.add("multipart/mixed")
            continue
        cs = part.get_param("charset")
        if cs and ctype.startswith("text/"):
            feats.add("charset " + cs.lower())
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add(cte)
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ctype == "message/rfc822":
            feats.add("attached message/rfc822")
            inner = part.get_content()
            out.append(message_text(inner, feats, depth + 1))
            continue
        if part.is_multipart():
            raise VerifyError("unexpected multipart " + ctype)
        if fn is None and ctype in ("text/plain", "text/html"):
            body_types.add(ctype)
            content = part.get_content()
            if ctype == "text/html":
                if "<blockquote" in content:
                    feats.add("quoted reply text")
                if "Message transféré" in content or "Forwarded message" in content:
                    feats.add("inline forward")
                t = re.sub(r"<br\s*/?>", "\n", content)
                t = re.sub(r"</(p|div|tr|blockquote|table|h\d)>", "\n", t)
                t = re.sub(r"</t[dh]>", " \t ", t)
                t = html.unescape(re.sub(r"<[^>]+>", "", t))
                out.append(t)
            else:
                out.append(content)
                if re.search(r"^> ?\S", content, re.M):
                    feats.add("quoted reply text")
                if "Message transféré" in content or "Forwarded message" in content:
                    feats.add("inline forward")
            continue
        if ctype.startswith("text/"):
            content = part.get_content()
            if ctype == "text/calendar":
                feats.add("ICS attachment")
                content = _unfold(content)
            elif ctype in ("text/vcard", "text/x-vcard"):
                feats.add("vCard attachment")
                content = _unfold(content)
            elif ctype == "text/csv":
                feats.add("CSV attachment")
            out.append(content)
            continue
        data = part.get_content()
        if not isinstance(data, bytes):
            raise VerifyError("binary part did not decode to bytes")
        out.append(member_text(fn or "", data, feats, depth))
    if depth == 0:
        if "text/plain" in body_types:
            feats.add("text/plain body")
        elif "text/html" in body_types:
            feats.add("text/html only")
    return "\n".join(out)


def raw_features(raw, feats):
    crlf = raw.split(b"\n", 1)[0].endswith(b"\r")
    feats.add("CRLF line ends" if crlf else "LF line ends")
    head = raw.split(b"\r\n\r\n" if crlf else b"\n\n", 1)[0].decode("ascii")
    unfolded = re.sub(r"\r?\n[ \t]+", " ", head)
    for line in unfolded.splitlines():
        if line.lower().startswith("subject:") and "=?" in line:
            feats.add("RFC 2047 Subject")
        if line.lower().startswith(("from:", "to:", "cc:")) and "=?" in line:
            feats.add("RFC 2047 display name")
        if line.lower().startswith("in-reply-to:"):
            feats.add("reply (In-Reply-To)")
    if re.search(rb"filename\*(0\*?|\*)?=", raw):
        feats.add("RFC 2231 file name")


# ---------------------------------------------------------------- checks
def _valid(kind, v):
    if kind == "sin":
        return _sin.is_valid(v)
    if kind == "on_hc":
        return G.on_hc_valid(v)
    if kind == "niss":
        return _nn.is_valid(v)
    if kind == "nir":
        return _nir.is_valid(v)
    return False


def verify(out_dir, meta):
    errors = []
    nams = G.load_nams()
    nam_by = {n["nam"]: n for n in nams}
    surnames = {G.strip_accents(s).lower() for s in G.nam_surnames()}
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    pos = sorted(f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive")))
    neg = sorted(f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative")))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"positive/p{i:03d}_[a-z_]+\.eml", f):
            errors.append("bad positive name " + f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"negative/n{i:03d}_[a-z_]+\.eml", f):
            errors.append("bad negative name " + f)
    if sorted(labels) != sorted(pos + neg) or list(labels) != sorted(labels):
        errors.append("labels keys do not match files or are unsorted")
    feat_count = {k: 0 for k in FEATURES}
    for rel in pos + neg:
        lab = labels.get(rel, {})
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(rel + ": confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(rel + ": lang")
        if not lab.get("note"):
            errors.append(rel + ": note")
        types = lab.get("types", [])
        if is_pos:
            if not types or any(t not in G.TYPE_ORDER for t in types):
                errors.append(rel + ": types")
            if not (set(types) & IDENTITY) or not (set(types) & PERSONAL):
                errors.append(rel + ": positive lacks identity or personal type")
        elif types:
            errors.append(rel + ": negative with types")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            raw = fh.read()
        feats = set()
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            text = message_text(msg, feats)
            raw_features(raw, feats)
        except Exception as e:  # noqa
            errors.append(f"{rel}: decode failure {type(e).__name__}: {e}")
            continue
        for k in feats:
            if k in feat_count:
                feat_count[k] += 1
        norm = G.norm_alnum(text)
        m = meta[rel]
        for s in m["must"]:
            if G.norm_alnum(s) not in norm:
                errors.append(f"{rel}: expected string missing: {G.norm_alnum(s)[:6]}…")
        found = [n for n in nam_by if n in norm]
        if not is_pos and found:
            errors.append(rel + ": NAM in negative")
        if is_pos:
            listed = {x["nam"] for x in m["nams"]}
            if set(found) != listed:
                errors.append(rel + ": NAM placement mismatch")
            if bool(found) != ("ramq_nam" in types):
                errors.append(rel + ": ramq_nam label mismatch")
            for x in m["nams"]:
                h = nam_by.get(x["nam"])
                if not h or h["surname"] != x["surname"] or h["given"] != x["given"]:
                    errors.append(rel + ": NAM holder mismatch")
                    continue
                for piece in (h["surname"], h["given"], x["dob"], x["sex"]):
                    if G.norm_alnum(piece) not in norm:
                        errors.append(rel + ": NAM without holder data")
                if G.fmt_date(h["dob"], lab["lang"], "iso") != x["dob"] and not any(
                        G.fmt_date(h["dob"], lab["lang"], st) == x["dob"] for st in ("slash", "long", "abbr", "dash")):
                    errors.append(rel + ": NAM DOB differs from list")
                sx = x["sex"].split(":")[-1].strip().lower()
                ok_sex = {"F": {"f", "féminin", "female"}, "M": {"m", "masculin", "male"}}[h["sex"]]
                if sx not in ok_sex:
                    errors.append(rel + ": NAM sex differs from list")
            kinds = set()
            for kind, v in m["ids"]:
                kinds.add(ID_TYPE[kind])
                if not _valid(kind, v):
                    errors.append(f"{rel}: invalid {kind}")
                if G.norm_alnum(v) not in norm:
                    errors.append(f"{rel}: {kind} not found in text")
            for t in ID_TYPE.values():
                if (t in types) != (t in kinds):
                    errors.append(f"{rel}: {t} label mismatch")
        else:
            words = set(re.findall(r"[a-z]+", G.strip_accents(text).lower()))
            bad = words & surnames
            if bad:
                errors.append(f"{rel}: NAM holder surname in negative")
    return errors, feat_count
