"""Re-parse written messages and decode every part (used by the checks)."""
import base64
import email
import email.policy
import io
import re
import zipfile
import zlib


class DecodeError(Exception):
    pass


# --------------------------------------------------------------------------
# PDF (reportlab output: literal strings in content streams)
# --------------------------------------------------------------------------
_STREAM = re.compile(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", re.S)


def _pdf_literal_strings(data):
    out = []
    i = 0
    n = len(data)
    while i < n:
        if data[i:i + 1] == b"(":
            depth = 1
            i += 1
            buf = bytearray()
            while i < n and depth:
                ch = data[i:i + 1]
                if ch == b"\\":
                    nx = data[i + 1:i + 2]
                    if nx in b"01234567" and nx:
                        j = i + 1
                        oct_ = b""
                        while j < n and len(oct_) < 3 and data[j:j + 1] in b"01234567":
                            oct_ += data[j:j + 1]
                            j += 1
                        buf.append(int(oct_, 8) & 0xFF)
                        i = j
                        continue
                    esc = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
                    buf += esc.get(nx, nx)
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
        raise DecodeError("not a PDF")
    texts = []
    found = False
    for m in _STREAM.finditer(data):
        d, s = m.group(1), m.group(2)
        if b"/Subtype /Image" in d:
            continue
        if b"ASCII85Decode" in d:
            s = base64.a85decode(s.strip(), adobe=True)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        found = True
        texts.extend(_pdf_literal_strings(s))
    if not found:
        raise DecodeError("no content stream in PDF")
    return "\n".join(texts)


# --------------------------------------------------------------------------
# Office documents
# --------------------------------------------------------------------------

def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [d.core_properties.title or ""]
    out += [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def unfold_dir(text):
    """Unfold and unescape iCalendar / vCard content lines."""
    t = re.sub(r"\r?\n[ \t]", "", text)
    return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def by_name(name, data, acc, depth):
    low = name.lower()
    if low.endswith(".pdf"):
        acc["texts"].append(pdf_text(data))
        acc["kinds"].add("pdf")
    elif low.endswith(".docx"):
        acc["texts"].append(docx_text(data))
        acc["kinds"].add("docx")
    elif low.endswith(".xlsx"):
        acc["texts"].append(xlsx_text(data))
        acc["kinds"].add("xlsx")
    elif low.endswith(".zip"):
        zip_text(data, acc, depth + 1)
        acc["kinds"].add("zip")
    elif low.endswith(".eml"):
        m = email.message_from_bytes(data, policy=email.policy.default)
        walk(m, acc, depth + 1)
        acc["kinds"].add("rfc822")
    elif low.endswith((".csv", ".txt", ".ics", ".vcf")):
        for cs in ("utf-8", "cp1252"):
            try:
                txt = data.decode(cs)
                acc["texts"].append(txt)
                if low.endswith((".ics", ".vcf")):
                    acc["texts"].append(unfold_dir(txt))
                break
            except UnicodeDecodeError:
                continue
        acc["kinds"].add({".csv": "csv", ".txt": "txt", ".ics": "ics", ".vcf": "vcard"}[low[-4:]])
    else:
        raise DecodeError(f"unknown member type {name}")


def zip_text(data, acc, depth):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    if bad:
        raise DecodeError(f"bad zip member {bad}")
    for info in z.infolist():
        acc["filenames"].append(info.filename)
        by_name(info.filename, z.read(info.filename), acc, depth)


# --------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------
CT_KIND = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/zip": "zip", "application/x-zip-compressed": "zip",
    "text/csv": "csv", "text/calendar": "ics", "text/vcard": "vcard", "text/x-vcard": "vcard",
}


def walk(msg, acc, depth=0):
    if depth > 5:
        raise DecodeError("nesting too deep")
    for hn in ("From", "To", "Cc", "Subject", "Date", "Message-ID"):
        for v in msg.get_all(hn) or []:
            acc["texts"].append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            acc["ctypes"].append(ct)
            if ct == "message/rfc822":
                acc["kinds"].add("rfc822")
                inner = part.get_payload(0)
                walk(inner, acc, depth + 1)
            continue
        acc["ctypes"].append(ct)
        cte = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
        acc["ctes"].add(cte)
        cs = part.get_param("charset")
        if cs:
            acc["charsets"].add(str(cs).lower())
        fn = part.get_filename()
        if fn:
            acc["filenames"].append(fn)
            acc["texts"].append(fn)
        content = part.get_content()
        kind = CT_KIND.get(ct)
        if isinstance(content, str):
            acc["texts"].append(content)
            if kind in ("ics", "vcard"):
                acc["texts"].append(unfold_dir(content))
            if kind:
                acc["kinds"].add(kind)
        elif isinstance(content, bytes):
            if kind in ("pdf", "docx", "xlsx", "zip"):
                by_name("x." + kind, content, acc, depth)
            elif fn:
                by_name(fn, content, acc, depth)
            else:
                raise DecodeError(f"undecodable part {ct}")
        else:
            raise DecodeError(f"unexpected content for {ct}")
    return acc


def _raw_headers(raw):
    text = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("ascii", "replace")
    text = re.sub(r"\n[ \t]+", " ", text)
    hdrs = {}
    for ln in text.split("\n"):
        if ":" in ln:
            k, v = ln.split(":", 1)
            hdrs.setdefault(k.strip().lower(), v.strip())
    return hdrs


def analyse(raw):
    """Parse raw bytes; return acc dict with texts, filenames, features."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for hn in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg.get(hn) is None:
            raise DecodeError(f"missing {hn}")
    if msg.defects:
        raise DecodeError(f"defects: {msg.defects}")
    acc = {"texts": [], "filenames": [], "kinds": set(), "ctypes": [], "ctes": set(),
           "charsets": set()}
    walk(msg, acc)
    for part in msg.walk():
        if part.defects:
            raise DecodeError(f"part defects: {part.defects}")
    feats = set()
    top = msg.get_content_type()
    if top == "text/plain":
        feats.add("text/plain only")
    elif top == "text/html":
        feats.add("text/html only")
    elif top == "multipart/alternative":
        feats.add("multipart/alternative")
    elif top == "multipart/mixed":
        feats.add("multipart/mixed")
        if "multipart/alternative" in acc["ctypes"]:
            feats.add("multipart/alternative")
    kindname = {"pdf": "PDF attachment", "docx": "DOCX attachment", "xlsx": "XLSX attachment",
                "csv": "CSV attachment", "ics": "ICS attachment", "vcard": "vCard attachment",
                "zip": "ZIP attachment", "rfc822": "attached message (message/rfc822 or .eml)"}
    for k in acc["kinds"]:
        if k in kindname:
            feats.add(kindname[k])
    for cs in acc["charsets"]:
        feats.add(f"charset {cs}")
    for c in acc["ctes"]:
        feats.add(f"CTE {c}")
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    h = _raw_headers(raw)
    if "=?" in h.get("subject", ""):
        feats.add("RFC 2047 encoded Subject")
    if "=?" in h.get("from", "") or "=?" in h.get("to", "") or "=?" in h.get("cc", ""):
        feats.add("RFC 2047 encoded display name")
    if re.search(rb"filename\*(0\*?)?=", raw) or re.search(rb"filename\*0\*=", raw):
        feats.add("RFC 2231 file name")
    full = "\n".join(acc["texts"])
    if re.search("[\uff10-\uff19]", full):
        feats.add("full-width digits")
    if msg.get("In-Reply-To"):
        feats.add("reply (In-Reply-To)")
    acc["features"] = feats
    acc["full"] = full
    return acc
