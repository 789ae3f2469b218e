"""Re-parse every written file, decode every part, and check labels and identifiers."""
import base64
import email
import html
import io
import json
import os
import re
import zipfile
import zlib
from email import policy

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import TYPES, norm_ident, norm_text, ohip_valid, strip_accents
from gen_mime import html_to_text


# ------------------------------------------------------------------ decoders
def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            i += 1
            n = s[i]
            if 0x30 <= n <= 0x37:
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
                    ord("f"): b"\f"}.get(n, bytes([n]))
            i += 1
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    texts = []
    for mobj in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, stream = mobj.group(1), mobj.group(2)
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode|A85|Fl)", d)
        for f in filters:
            if f in (b"ASCII85Decode", b"A85"):
                s = stream.strip()
                if s.startswith(b"<~"):
                    s = s[2:]
                if s.endswith(b"~>"):
                    s = s[:-2]
                stream = base64.a85decode(s)
            else:
                stream = zlib.decompress(stream)
        for lit in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", stream, re.S):
            texts.append(_pdf_unescape(lit.group(1)).decode("cp1252"))
    # document info (title) too
    for lit in re.finditer(rb"/Title\s*\(((?:\\.|[^\\)])*)\)", data):
        texts.append(_pdf_unescape(lit.group(1)).decode("cp1252", "replace"))
    return "\n".join(texts)


def _xml_text(xml, para_tags=("</w:p>",), cell_tags=("</w:tc>",)):
    for t in para_tags:
        xml = xml.replace(t, "\n")
    for t in cell_tags:
        xml = xml.replace(t, " | ")
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    x = z.read("word/document.xml").decode("utf-8")
    core = z.read("docProps/core.xml").decode("utf-8") if "docProps/core.xml" in z.namelist() else ""
    return _xml_text(x) + "\n" + _xml_text(core)


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in sorted(z.namelist()):
        if n == "xl/sharedStrings.xml" or (n.startswith("xl/worksheets/") and n.endswith(".xml")):
            x = z.read(n).decode("utf-8")
            out += [html.unescape(t) for t in re.findall(r"<t[^>]*>([^<]*)</t>", x)]
            out += [html.unescape(t) for t in re.findall(r"<v>([^<]*)</v>", x)]
    return "\n".join(out)


def ical_text(s):
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def by_name(name, data, feats, depth):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("PDF attachment" if depth == 0 else "PDF inside ZIP")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX attachment" if depth == 0 else "DOCX inside ZIP")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("XLSX attachment" if depth == 0 else "XLSX inside ZIP")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for n in z.namelist():
            parts.append(n)
            parts.append(by_name(n, z.read(n), feats, depth + 1))
        return "\n".join(parts)
    if low.endswith(".eml"):
        feats.add(".eml as application/octet-stream")
        msg = email.message_from_bytes(data, policy=policy.default)
        return "\n".join(extract(msg, feats, nested=True))
    if low.endswith((".csv", ".txt")):
        if low.endswith(".csv"):
            feats.add("CSV attachment" if depth == 0 else "CSV inside ZIP")
        return data.decode("utf-8")
    if low.endswith((".ics", ".vcf")):
        return ical_text(data.decode("utf-8"))
    raise ValueError("unknown attachment type: %s" % name)


def extract(msg, feats, nested=False):
    """Return list of text chunks of a message (headers, bodies, attachments)."""
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    if msg.defects:
        raise ValueError("defects: %r" % msg.defects)
    for part in msg.walk():
        if part is not msg and _inside_rfc822(msg, part):
            continue
        if part.defects:
            raise ValueError("part defects: %r" % part.defects)
        ct = part.get_content_type()
        if part.get_content_maintype() == "multipart":
            feats.add(ct)
            continue
        cs = part.get_param("charset")
        if cs:
            feats.add("charset " + cs.lower())
        cte = part.get("Content-Transfer-Encoding")
        if cte:
            feats.add("CTE " + cte.lower())
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "message/rfc822":
            feats.add("message/rfc822 attachment")
            inner = part.get_content()
            out += extract(inner, feats, nested=True)
            continue
        if ct == "text/plain" and not fn:
            out.append(part.get_content())
        elif ct == "text/html" and not fn:
            out.append(html_to_text(part.get_content()))
        elif ct == "text/calendar":
            feats.add("ICS attachment")
            out.append(ical_text(part.get_content()))
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("vCard attachment")
            out.append(ical_text(part.get_content()))
        elif ct == "text/csv":
            feats.add("CSV attachment")
            out.append(part.get_content())
        else:
            data = part.get_content()
            if isinstance(data, str):
                data = data.encode("utf-8")
            out.append(by_name(fn or "", data, feats, 0))
    return out


def _inside_rfc822(root, target):
    """True when target lives inside a message/rfc822 part below root."""
    def rec(m, inside):
        if m is target:
            return inside
        if m.is_multipart():
            for sub in m.get_payload():
                res = rec(sub, inside or m.get_content_type() == "message/rfc822")
                if res is not None:
                    return res
        return None
    return bool(rec(root, False))


def raw_features(raw):
    feats = set()
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw[:4000] else b"\n\n", 1)[0]
    head = re.sub(rb"\r?\n[ \t]", b" ", head)
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    for line in head.split(b"\n"):
        line = line.rstrip(b"\r")
        if line.lower().startswith(b"subject:") and b"=?" in line:
            feats.add("RFC 2047 Subject")
        if line.lower().startswith((b"from:", b"to:", b"cc:")) and b"=?" in line:
            feats.add("RFC 2047 display name")
    if b"filename*=" in raw:
        feats.add("RFC 2231 file name")
    if b'filename="=?' in raw:
        feats.add("RFC 2047 file name")
    return feats


# ------------------------------------------------------------------ checks
def word_norm(s):
    s = norm_text(s)
    return " " + re.sub(r"[^a-z0-9]+", " ", s).strip() + " "


ID_VALID = {
    "ca_sin": ca_sin.is_valid,
    "ca_health_number": ohip_valid,
    "be_niss": be_nn.is_valid,
    "fr_nir": fr_nir.is_valid,
    "mrn": lambda s: s.isdigit() and len(s) == 7,
}


def digest(out_dir):
    import hashlib
    h = hashlib.sha256()
    files = []
    for sub in ("positive", "negative"):
        for n in os.listdir(os.path.join(out_dir, sub)):
            if n.endswith(".eml"):
                files.append(sub + "/" + n)
    files.append("labels.json")
    for rel in sorted(files):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(rel.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def verify(out_dir, records, holders):
    errors = []
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(["positive/" + n for n in os.listdir(os.path.join(out_dir, "positive"))] +
                   ["negative/" + n for n in os.listdir(os.path.join(out_dir, "negative"))])
    if list(labels) != sorted(labels):
        errors.append("labels.json keys not sorted")
    if sorted(labels) != files:
        errors.append("labels and files differ")
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = sum(1 for f in files if f.startswith("negative/"))
    if (npos, nneg) != (120, 180):
        errors.append("counts %d/%d" % (npos, nneg))
    for i in range(1, 121):
        if not any(f.startswith("positive/p%03d_" % i) for f in files):
            errors.append("missing p%03d" % i)
    for i in range(1, 181):
        if not any(f.startswith("negative/n%03d_" % i) for f in files):
            errors.append("missing n%03d" % i)

    holder_nams = {h.nam: h for h in holders}
    feats_by_file = {}
    for rel in files:
        lab = labels.get(rel, {})
        pos = rel.startswith("positive/")
        if lab.get("confidential") is not pos:
            errors.append("%s: confidential flag" % rel)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: lang" % rel)
        if not lab.get("note"):
            errors.append("%s: note" % rel)
        types = lab.get("types", [])
        if pos and not types:
            errors.append("%s: positive without types" % rel)
        if not pos and types:
            errors.append("%s: negative with types" % rel)
        if any(t not in TYPES for t in types) or types != sorted(set(types)):
            errors.append("%s: bad types %r" % (rel, types))
        with open(os.path.join(out_dir, rel), "rb") as fh:
            raw = fh.read()
        feats = raw_features(raw)
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    errors.append("%s: missing %s" % (rel, h))
            chunks = extract(msg, feats)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: parse/decode failure: %r" % (rel, exc))
            continue
        ct = msg.get_content_type()
        if ct == "text/plain":
            feats.add("single text/plain")
        elif ct == "text/html":
            feats.add("single text/html")
        text = "\n".join(chunks)
        ntext = norm_text(text)
        itext = norm_ident(text)
        wtext = word_norm(text)
        rec = records[rel]
        feats |= {"content: " + f for f in rec["content_features"]}
        feats_by_file[rel] = feats

        # NAM placement
        for nam, h in holder_nams.items():
            if nam in itext:
                if not pos:
                    errors.append("%s: NAM %s in a negative" % (rel, nam))
                    continue
                if "ramq_nam" not in types or nam not in rec["nams"]:
                    errors.append("%s: unrecorded NAM %s" % (rel, nam))
                if (" %s " % word_norm(h.surname).strip()) not in wtext or (" %s " % word_norm(h.given).strip()) not in wtext:
                    errors.append("%s: NAM %s without holder's name" % (rel, nam))
        if "ramq_nam" in types and not any(n in itext for n in holder_nams):
            errors.append("%s: ramq_nam labelled but no listed NAM found" % rel)
        # holders' names never in negatives
        if not pos:
            for h in holders:
                g, s = word_norm(h.given).strip(), word_norm(h.surname).strip()
                if " %s %s " % (g, s) in wtext or " %s %s " % (s, g) in wtext:
                    errors.append("%s: NAM holder name %s %s in a negative" % (rel, h.given, h.surname))
        # recorded evidence and identifiers
        if sorted(rec["types"]) != types:
            errors.append("%s: label types %r differ from recorded %r" % (rel, types, sorted(rec["types"])))
        for t, ev in rec["evidence"]:
            if norm_text(ev) not in ntext:
                errors.append("%s: evidence for %s not found: %r" % (rel, t, ev))
        for t, canon in rec["idents"]:
            if norm_ident(canon) not in itext:
                errors.append("%s: identifier %s %s not found" % (rel, t, canon))
            if t == "ramq_nam":
                if canon not in holder_nams:
                    errors.append("%s: NAM %s not from the list" % (rel, canon))
            elif not ID_VALID[t](canon):
                errors.append("%s: invalid %s %s" % (rel, t, canon))
        if pos:
            ident = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
            if not (set(types) & ident) or not (set(types) - ident):
                errors.append("%s: positive lacks identity or personal content %r" % (rel, types))
    return errors, feats_by_file
