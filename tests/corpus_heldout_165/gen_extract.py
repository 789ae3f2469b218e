"""Decode every part of a message (including PDF, DOCX, XLSX, ZIP and nested
messages) back to text, for the self-checks and the README statistics."""
import email
import email.policy
import io
import re
import zipfile
import zlib
from html.parser import HTMLParser


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self._skip += 1
        if tag in ("br", "p", "div", "tr", "li", "blockquote", "table"):
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.out.append(data)


def html_text(s):
    p = _Strip()
    p.feed(s)
    p.close()
    return "".join(p.out)


def _pdf_strings(content):
    out, i, n = [], 0, len(content)
    while i < n:
        if content[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = content[j:j + 1]
                if ch == b"\\":
                    nx = content[j + 1:j + 2]
                    if nx in b"01234567" and nx:
                        m = re.match(rb"[0-7]{1,3}", content[j + 1:j + 4])
                        buf.append(int(m.group(0), 8) & 0xFF)
                        j += 1 + len(m.group(0))
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b",
                            b"f": b"\f"}.get(nx, nx)
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
    import base64
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"stream\r?\n", data):
        if data[m.start() - 3:m.start()] == b"end":
            continue
        stop = data.find(b"endstream", m.end())
        d = data[data.rfind(b"obj", 0, m.start()):m.start()]
        body = data[m.end():stop]
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode|[A-Za-z0-9]+Decode)", d)
        for f in filters:
            if f == b"ASCII85Decode":
                raw = body.strip()
                if raw.startswith(b"<~"):
                    raw = raw[2:]
                if raw.endswith(b"~>"):
                    raw = raw[:-2]
                body = base64.a85decode(raw)
            elif f == b"FlateDecode":
                body = zlib.decompress(body.rstrip(b"\r\n") if not filters[0] == b"FlateDecode" else body)
            else:
                body = b""
        if b"Tj" in body or b"TJ" in body:
            texts.append("\n".join(_pdf_strings(body)))
    if not texts:
        raise ValueError("no text in PDF")
    return "\n".join(texts)


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def _by_name(name, data, feats):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("pdf")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("docx")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("xlsx")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("zip")
        return zip_text(data, feats)
    if low.endswith(".eml"):
        feats.add("rfc822")
        return message_text(email.message_from_bytes(data, policy=email.policy.default), feats)
    if low.endswith((".csv", ".txt", ".ics", ".vcf")):
        if low.endswith(".csv"):
            feats.add("csv")
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        return data.decode("utf-8")
    raise ValueError("unknown member " + name)


def zip_text(data, feats):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    if bad:
        raise ValueError("corrupt zip member " + bad)
    out = []
    for info in z.infolist():
        out.append(info.filename)
        out.append(_by_name(info.filename, z.read(info.filename), feats))
    return "\n".join(out)


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def message_text(msg, feats, problems=None):
    """Headers (decoded), every decoded part and every file name, as text."""
    problems = problems if problems is not None else []
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    if msg.defects:
        problems.append(f"message defects {msg.defects}")
    _walk(msg, out, feats, problems)
    return "\n".join(out)


def _walk(part, out, feats, problems):
    ct = part.get_content_type()
    if part.defects:
        problems.append(f"{ct} defects {part.defects}")
    if part.is_multipart() and ct.startswith("multipart/"):
        feats.add(ct)
        for sub in part.iter_parts():
            _walk(sub, out, feats, problems)
        return
    fn = part.get_filename()
    if fn:
        out.append(fn)
    cte = part.get("Content-Transfer-Encoding", "7bit").strip().lower()
    feats.add("cte:" + cte)
    if ct == "message/rfc822":
        feats.add("rfc822")
        inner = part.get_content()
        out.append(message_text(inner, feats, problems))
        return
    cs = part.get_content_charset()
    if cs and ct.startswith("text/"):
        feats.add("charset:" + cs.lower())
    if ct == "text/html":
        feats.add("html")
        out.append(html_text(part.get_content()))
    elif ct == "text/plain":
        feats.add("plain")
        out.append(part.get_content())
    elif ct == "text/calendar":
        feats.add("ics")
        out.append(unfold(part.get_content()))
    elif ct in ("text/vcard", "text/x-vcard"):
        feats.add("vcard")
        out.append(unfold(part.get_content()))
    elif ct == "text/csv":
        feats.add("csv")
        out.append(part.get_content())
    else:
        data = part.get_payload(decode=True)
        if ct == "application/pdf":
            feats.add("pdf")
            out.append(pdf_text(data))
        elif ct == DOCX_CT:
            feats.add("docx")
            out.append(docx_text(data))
        elif ct == XLSX_CT:
            feats.add("xlsx")
            out.append(xlsx_text(data))
        elif ct in ("application/zip", "application/x-zip-compressed"):
            feats.add("zip")
            out.append(zip_text(data, feats))
        else:
            problems.append("undecoded part " + ct)


def unfold(s):
    """RFC 5545 / 6350 content lines: unfold and unescape."""
    s = re.sub(r"\r?\n[ \t]", "", s)
    return (s.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",")
            .replace("\\;", ";").replace("\\\\", "\\"))


def parse(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)
