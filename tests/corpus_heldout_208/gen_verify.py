"""Re-parse every written message with email.policy.default, decode every part (text, HTML, PDF,
DOCX, XLSX, ZIP, nested messages, calendars, vCards, CSV), and check labels, identifiers,
NAM placement and names.  Also collects the transport features for the README."""
import base64
import email
import html
import io
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy

from gen_common import NAMS, TYPES, fold, id_valid

OOXML_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OOXML_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- decoders
def _pdf_strings(content):
    out, i, n = [], 0, len(content)
    while i < n:
        if content[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = content[j:j + 1]
                if c == b"\\":
                    nxt = content[j + 1:j + 2]
                    if nxt in b"01234567" and nxt:
                        k = j + 1
                        while k < min(j + 4, n) and content[k:k + 1] in b"01234567":
                            k += 1
                        buf.append(int(content[j + 1:k], 8) & 0xFF)
                        j = k
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nxt, nxt)
                    j += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
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
    for mm in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = mm.group(1), mm.group(2)
        if b"ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        if b"BT" in s:
            texts.extend(_pdf_strings(s))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


def _xml_text(blob, tag_pat):
    return " ".join(html.unescape(x) for x in re.findall(tag_pat, blob.decode("utf-8")))


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    z.testzip()
    doc = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", doc, re.S)
    return "\n".join("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paras)


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    z.testzip()
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        ss = z.read("xl/sharedStrings.xml").decode("utf-8")
        shared = [html.unescape("".join(re.findall(r"<t[^>]*>([^<]*)</t>", si))) for si in re.findall(r"<si>(.*?)</si>", ss, re.S)]
    out = []
    for name in sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet")):
        sheet = z.read(name).decode("utf-8")
        for row in re.findall(r"<row[^>]*>(.*?)</row>", sheet, re.S):
            cells = []
            for attrs, inner in re.findall(r"<c([^>]*)>(.*?)</c>", row, re.S):
                v = re.search(r"<v>([^<]*)</v>", inner)
                t = re.search(r'\bt="(\w+)"', attrs)
                if t and t.group(1) == "s" and v:
                    cells.append(shared[int(v.group(1))])
                elif t and t.group(1) == "inlineStr":
                    cells.append(html.unescape("".join(re.findall(r"<t[^>]*>([^<]*)</t>", inner))))
                elif v:
                    cells.append(html.unescape(v.group(1)))
            out.append(" ".join(cells))
    return "\n".join(out)


def html_to_text(s):
    s = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def decode_blob(name, ctype, data, feats):
    lname = (name or "").lower()
    if ctype == "application/pdf" or lname.endswith(".pdf"):
        feats.add("attachment: PDF")
        return pdf_text(data)
    if ctype == OOXML_DOCX or lname.endswith(".docx"):
        feats.add("attachment: DOCX")
        return docx_text(data)
    if ctype == OOXML_XLSX or lname.endswith(".xlsx"):
        feats.add("attachment: XLSX")
        return xlsx_text(data)
    if ctype == "application/zip" or lname.endswith(".zip"):
        feats.add("attachment: ZIP")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        parts = []
        for info in z.infolist():
            parts.append(info.filename)
            parts.append(decode_blob(info.filename, "", z.read(info.filename), feats))
        return "\n".join(parts)
    if lname.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=policy.default), feats)
    if ctype == "text/csv" or lname.endswith(".csv"):
        feats.add("attachment: CSV")
        return data.decode("utf-8-sig")
    if ctype == "text/calendar" or lname.endswith(".ics"):
        feats.add("attachment: ICS")
        t = data.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
        return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
    if ctype in ("text/vcard", "text/x-vcard") or lname.endswith(".vcf"):
        feats.add("attachment: vCard")
        t = data.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
        return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
    if lname.endswith(".txt") or ctype.startswith("text/"):
        return data.decode("utf-8")
    raise ValueError("cannot decode %s %s" % (name, ctype))


def message_text(msg, feats, top=False):
    """Decoded text of a whole message (headers of interest, every part, file names)."""
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    if top:
        ct = msg.get_content_type()
        if ct == "text/plain":
            feats.add("text/plain only")
        elif ct == "text/html":
            feats.add("text/html only")
    for part in msg.walk():
        if part.defects:
            raise ValueError("MIME defects: %r" % part.defects)
        ct = part.get_content_type()
        if ct == "message/rfc822":
            # walk() descends into the attached message by itself; keep its headers and file name
            feats.add("attachment: message/rfc822")
            fn = part.get_filename()
            if fn:
                out.append(fn)
            inner = part.get_payload(0)
            for h in ("Subject", "From", "To", "Cc"):
                if inner.get(h) is not None:
                    out.append(str(inner.get(h)))
            continue
        if ct == "multipart/alternative":
            feats.add("multipart/alternative")
        if ct == "multipart/mixed":
            feats.add("multipart/mixed")
        if part.is_multipart():
            continue
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        feats.add("CTE " + cte)
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if fn is None and ct in ("text/plain", "text/html"):
            cs = part.get_content_charset()
            feats.add("charset " + cs)
            txt = part.get_content()
            out.append(html_to_text(txt) if ct == "text/html" else txt)
            continue
        data = part.get_payload(decode=True)
        if data is None:
            raise ValueError("empty payload")
        out.append(decode_blob(fn, ct, data, feats))
    return "\n".join(out)


# ---------------------------------------------------------------- helpers
def alnum(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in fold(s) if c.isalnum())


NAM_SET = {r["nam"]: r for r in NAMS}
NAM_LIKE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{4})[ .\-/]{0,2}(\d{4})[ .\-/]{0,2}(\d{4})(?!\d)")


def raw_features(data, feats):
    cands = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0]
    head = data[:min(cands)] if cands else data
    feats.add("CRLF line ends" if b"\r\n" in data else "LF line ends")
    hs = head.decode("ascii", "replace")
    m = re.search(r"(?ims)^Subject:(.*?)(?=^\S)", hs + "\nX:")
    if m and "=?" in m.group(1):
        feats.add("RFC 2047 Subject")
    for h in ("From", "To", "Cc"):
        m = re.search(r"(?ims)^%s:(.*?)(?=^\S)" % h, hs + "\nX:")
        if m and "=?" in m.group(1):
            feats.add("RFC 2047 display name")
    if re.search(rb"(?i)\b(file)?name\*(0\*?)?=", data):
        feats.add("RFC 2231 file name")


# ---------------------------------------------------------------- main check
def verify(out, labels, records, patients, staff_surnames):
    """records: rel -> Msg (generation record).  Returns (errors, features per file)."""
    errors = []
    allfeats = {}
    pos = [k for k in labels if k.startswith("positive/")]
    neg = [k for k in labels if k.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    files = sorted("%s/%s" % (d, f) for d in ("positive", "negative") for f in os.listdir(os.path.join(out, d)))
    if files != sorted(labels):
        errors.append("labels do not match files")
    if list(labels) != sorted(labels):
        errors.append("labels not sorted")
    names_for_notes = {fold(s) for s in staff_surnames} | {fold(p.surname) for p in patients} | {fold(r["surname"]) for r in NAMS}
    for rel, lab in labels.items():
        if lab["lang"] not in ("fr", "en"):
            errors.append("%s: bad lang" % rel)
        if not set(lab["types"]) <= set(TYPES):
            errors.append("%s: unknown type" % rel)
        if lab["confidential"] != rel.startswith("positive/"):
            errors.append("%s: confidential flag" % rel)
        if lab["confidential"] and not lab["types"]:
            errors.append("%s: positive without types" % rel)
        if not lab["confidential"] and lab["types"]:
            errors.append("%s: negative with types" % rel)
        words = set(re.findall(r"[\w'-]+", fold(lab["note"])))
        if words & names_for_notes:
            errors.append("%s: note contains a name" % rel)

    pat_full = {alnum(p.given + p.surname) for p in patients} | {alnum(p.surname + p.given) for p in patients}
    nam_full = set()
    for r in NAMS:
        nam_full.add(alnum(r["given"] + r["surname"]))
        nam_full.add(alnum(r["surname"] + r["given"]))
    nam_sur = {fold(r["surname"]) for r in NAMS}

    for rel in files:
        path = os.path.join(out, rel)
        data = open(path, "rb").read()
        feats = set()
        try:
            raw_features(data, feats)
            msg = email.message_from_bytes(data, policy=policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg.get(h) is None:
                    errors.append("%s: missing %s" % (rel, h))
            text = message_text(msg, feats, top=True)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: decode failure %r" % (rel, exc))
            continue
        if any("\uff10" <= c <= "\uff19" for c in text):
            feats.add("full-width digits")
        allfeats[rel] = feats
        rec = records[rel]
        A = alnum(text)
        F = fold(unicodedata.normalize("NFKC", text))
        upper_compact = "".join(c for c in unicodedata.normalize("NFKC", text).upper() if c.isalnum())
        # NAM-like tokens must come from the list
        for mm in NAM_LIKE.finditer(unicodedata.normalize("NFKC", text)):
            tok = (mm.group(1) + mm.group(2) + mm.group(3)).upper()
            if tok not in NAM_SET:
                errors.append("%s: NAM-like token not from list: %s" % (rel, tok))
        found = [n for n in NAM_SET if n in upper_compact]
        if rel.startswith("negative/"):
            if found:
                errors.append("%s: NAM in a negative" % rel)
            for nf in nam_full:
                if nf in A:
                    errors.append("%s: NAM holder's name in a negative" % rel)
            for s in nam_sur:
                if re.search(r"(?<![\w])%s(?![\w])" % re.escape(s), F):
                    errors.append("%s: NAM holder surname '%s' in a negative" % (rel, s))
            for pf in pat_full:
                if pf in A:
                    errors.append("%s: patient name in a negative" % rel)
            continue
        # positives
        recorded_nams = {p.nam: (p, d, sx) for p, d, sx in rec.nams}
        for n in found:
            if n not in recorded_nams:
                errors.append("%s: unexpected NAM %s" % (rel, n))
        for n, (p, d, sx) in recorded_nams.items():
            r = NAM_SET.get(n)
            if r is None:
                errors.append("%s: NAM not from list" % rel)
                continue
            if n not in found:
                errors.append("%s: recorded NAM missing" % rel)
            if (p.surname, p.given, p.dob, p.sex) != (r["surname"], r["given"], r["dob"], r["sex"]):
                errors.append("%s: NAM holder mismatch" % rel)
            if alnum(r["surname"]) not in A or alnum(r["given"]) not in A:
                errors.append("%s: NAM holder's name absent" % rel)
            if alnum(d) not in A or alnum(sx) not in A or not sx.rstrip().endswith(r["sex"]):
                errors.append("%s: NAM birth date / sex absent" % rel)
        for kind, val in rec.ids:
            if not id_valid(kind, val):
                errors.append("%s: invalid %s %s" % (rel, kind, val))
            if alnum(val) not in A:
                errors.append("%s: %s %s not found in text" % (rel, kind, val))
        for s in rec.must:
            if alnum(s) not in A:
                errors.append("%s: expected string absent: %r" % (rel, s))
        lab_types = set(labels[rel]["types"])
        id_types = {k for k, _ in rec.ids}
        if not id_types <= lab_types:
            errors.append("%s: identifier types missing from labels" % rel)
    return errors, allfeats
