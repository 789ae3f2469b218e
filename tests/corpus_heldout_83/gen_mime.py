"""Hand-rolled MIME serialiser (full control over transports) and attachment builders."""
import base64
import datetime as _dt
import email.utils
import io
import quopri
import re
import urllib.parse
import zipfile

FIXED_ZIP_TIME = (2024, 10, 1, 12, 0, 0)
FIXED_ISO = "2024-10-01T12:00:00Z"


# ---------------------------------------------------------------- header encoding
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _can(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _q_word(chunk_bytes):
    out = []
    for b in chunk_bytes:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128 or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encode_words(rng, s, charset=None, enc=None, max_len=74):
    """RFC 2047 encode s into one or more encoded words joined by folding whitespace."""
    if charset is None:
        charset = rng.choice(["utf-8", "utf-8", "iso-8859-1"]) if _can(s, "iso-8859-1") else "utf-8"
    enc = enc or rng.choice(["B", "Q"])
    words, cur = [], ""
    prefix = f"=?{charset}?{enc}?"

    def wlen(t):
        b = t.encode(charset)
        return len(prefix) + 2 + (len(base64.b64encode(b)) if enc == "B" else len(_q_word(b)))

    for ch in s:
        if cur and wlen(cur + ch) > max_len:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    enc_words = []
    for w in words:
        b = w.encode(charset)
        body = base64.b64encode(b).decode() if enc == "B" else _q_word(b)
        enc_words.append(f"{prefix}{body}?=")
    return "\n ".join(enc_words)


def fold_plain(name, value):
    """Fold an ASCII header at spaces to stay under 78 columns."""
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip())
            line = " "
        line += word + " "
    out.append(line.rstrip())
    return "\n".join(out)


def text_header(rng, name, value, force_encode=False):
    if _is_ascii(value) and not force_encode:
        return fold_plain(name, value)
    return f"{name}: " + encode_words(rng, value)


def addr_header(rng, name, addrs):
    parts = []
    for disp, addr in addrs:
        if not disp:
            parts.append(addr)
        elif _is_ascii(disp):
            if re.search(r'[,.;:()<>@"\[\]]', disp):
                parts.append(f'"{disp}" <{addr}>')
            else:
                parts.append(f"{disp} <{addr}>")
        else:
            # one encoded word per display name: parsers disagree on whitespace between adjacent words in phrases
            parts.append(f"{encode_words(rng, disp, max_len=10**6)} <{addr}>")
    return f"{name}: " + ",\n ".join(parts)


# ---------------------------------------------------------------- body encoding
def pick_charset(rng, text, preferred=None):
    if preferred and _can(text, preferred):
        return preferred
    opts = ["utf-8", "utf-8"]
    if _can(text, "iso-8859-1"):
        opts.append("iso-8859-1")
    if _can(text, "windows-1252"):
        opts.append("windows-1252")
    if _is_ascii(text):
        opts += ["us-ascii", "us-ascii"]
    return rng.choice(opts)


def encode_body(rng, data, is_text, cte=None):
    """data: bytes with LF line endings. Returns (cte, encoded str with LF)."""
    ascii_ok = all(b < 128 for b in data)
    long_line = any(len(l) > 900 for l in data.split(b"\n"))
    if cte is None:
        if not is_text:
            cte = "base64"
        elif ascii_ok and not long_line:
            cte = rng.choice(["7bit", "7bit", "quoted-printable"])
        else:
            cte = rng.choice(["8bit", "quoted-printable", "base64"] if not long_line else ["quoted-printable", "base64"])
    if cte == "base64":
        b = base64.b64encode(data.replace(b"\n", b"\r\n") if is_text else data).decode()
        return cte, "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    if cte == "quoted-printable":
        return cte, quopri.encodestring(data).decode("ascii")
    return cte, data.decode("latin-1")  # 7bit / 8bit: bytes passed through untouched


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body=None, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

    def lines(self):
        out = list(self.headers)
        out.append("")
        if self.children is not None:
            out.append("This is a multi-part message in MIME format.")
            for ch in self.children:
                out.append(f"--{self.boundary}")
                out.extend(ch.lines())
            out.append(f"--{self.boundary}--")
            out.append("")
        else:
            out.append(self.body.rstrip("\n"))
        return out


def text_part(rng, text, subtype="plain", charset=None, cte=None):
    text = text.replace("\r\n", "\n")
    cs = pick_charset(rng, text, charset)
    if subtype == "html":
        text = text.replace('<meta charset="utf-8">', f'<meta charset="{cs}">')
    data = text.encode(cs)
    cte, enc = encode_body(rng, data, True, cte)
    if cs == "us-ascii" and cte == "8bit":
        cte = "7bit"
    hdrs = [f'Content-Type: text/{subtype}; charset="{cs}"' if rng.random() < 0.5 else
            f"Content-Type: text/{subtype}; charset={cs}", f"Content-Transfer-Encoding: {cte}"]
    return Part(hdrs, enc)


def _filename_params(rng, filename, force2231=False):
    if _is_ascii(filename) and not force2231:
        return f'name="{filename}"', f'filename="{filename}"'
    pct = urllib.parse.quote(filename, safe="")
    if len(pct) > 60 and rng.random() < 0.6:
        chunks = [pct[i:i + 50] for i in range(0, len(pct), 50)]
        # do not split a %XX escape
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            m = re.search(r"%[0-9A-F]?$", c)
            carry = c[m.start():] if m else ""
            fixed.append(c[:m.start()] if m else c)
        if carry:
            fixed[-1] += carry
        disp = ";\n ".join((f"filename*{i}*=utf-8''{c}" if i == 0 else f"filename*{i}*={c}")
                           for i, c in enumerate(fixed))
    else:
        disp = f"filename*=utf-8''{pct}"
    ctn = f'name="{encode_words(rng, filename, "utf-8")}"' if not _is_ascii(filename) and rng.random() < 0.5 \
        else f"name*=utf-8''{pct}"
    return ctn, disp


def attachment_part(rng, att):
    fn, ctype, data = att["filename"], att["ctype"], att["data"]
    force2231 = rng.random() < 0.2
    ctn, disp = _filename_params(rng, fn, force2231) if fn else ("", "")
    if ctype == "message/rfc822":
        inner = data.decode("latin-1") if isinstance(data, bytes) else data
        cte = "7bit" if all(ord(c) < 128 for c in inner) else "8bit"
        hdrs = ["Content-Type: message/rfc822" + (f"; {ctn}" if fn and rng.random() < 0.5 else ""),
                f"Content-Transfer-Encoding: {cte}"]
        if fn:
            hdrs.append(f"Content-Disposition: attachment;\n {disp}")
        return Part(hdrs, inner)
    is_text = ctype.startswith("text/")
    if is_text:
        txt = data if isinstance(data, str) else data.decode("utf-8")
        cs = att.get("charset") or pick_charset(rng, txt)
        raw = txt.replace("\r\n", "\n").encode(cs)
        cte, enc = encode_body(rng, raw, True, att.get("cte"))
        if cs == "us-ascii" and cte == "8bit":
            cte = "7bit"
        extra = f"; method={att['method']}" if att.get("method") else ""
        ctline = f"Content-Type: {ctype}; charset={cs}{extra}" + (f";\n {ctn}" if fn else "")
    else:
        cte, enc = encode_body(rng, data, False)
        ctline = f"Content-Type: {ctype}" + (f";\n {ctn}" if fn else "")
    hdrs = [ctline, f"Content-Transfer-Encoding: {cte}"]
    if fn:
        kind = att.get("disposition", "attachment")
        hdrs.append(f"Content-Disposition: {kind};\n {disp}")
    return Part(hdrs, enc)


def html_wrap(body_html, lang="fr"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n</head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</body>\n</html>\n"
            % (lang, body_html))


def text_to_html(text):
    import html as _h
    paras = text.replace("\r\n", "\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


def html_to_text(h):
    import html as _h
    t = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    return _h.unescape(t)


MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.12", "Apple Mail (2.3774)", None, None,
           "Zimbra 9.0.0_GA (ZimbraWebClient - FF128)", "RIS-Notify 4.2 (Boréal RIS)"]


def render(rng, spec, crlf=None):
    """spec -> bytes of a complete RFC 5322 message."""
    if crlf is None:
        crlf = rng.random() < 0.5
    text, html = spec.get("text"), spec.get("html")
    form = spec.get("form")
    if form is None:
        if html is None:
            form = rng.choice(["plain", "plain", "plain", "alt", "html"])
        else:
            form = rng.choice(["alt", "html"])
    if html is None and form in ("alt", "html"):
        html = html_wrap(text_to_html(text), spec.get("lang", "fr"))
    if text is None and form in ("alt", "plain"):
        text = html_to_text(html)
    cs_pref = spec.get("charset")

    def bnd():
        return "----=_Part_%08x%06x" % (rng.getrandbits(32), rng.getrandbits(24))

    if form == "plain":
        body = text_part(rng, text, "plain", cs_pref, spec.get("cte"))
    elif form == "html":
        body = text_part(rng, html, "html", cs_pref, spec.get("cte"))
    else:
        b = bnd()
        cs = pick_charset(rng, text + html, cs_pref)
        body = Part([f'Content-Type: multipart/alternative;\n boundary="{b}"'], children=[
            text_part(rng, text, "plain", cs), text_part(rng, html, "html", cs)], boundary=b)
    atts = spec.get("attachments") or []
    if atts:
        b = bnd()
        kids = [body] + [attachment_part(rng, a) for a in atts]
        top = Part([f'Content-Type: multipart/mixed;\n boundary="{b}"'], children=kids, boundary=b)
    else:
        top = body
    d = spec["date"]
    tz = _dt.timezone(_dt.timedelta(hours=-4 if 3 < d.month < 11 else -5))
    hdrs = []
    hdrs.append(addr_header(rng, "From", [spec["from"]]))
    hdrs.append(addr_header(rng, "To", spec["to"]))
    if spec.get("cc"):
        hdrs.append(addr_header(rng, "Cc", spec["cc"]))
    hdrs.append(text_header(rng, "Subject", spec["subject"]))
    hdrs.append("Date: " + email.utils.format_datetime(d.replace(tzinfo=tz)))
    dom = spec["from"][1].split("@")[1]
    hdrs.append("Message-ID: <%08x.%04x.%s@%s>" % (rng.getrandbits(32), rng.getrandbits(16),
                                                  d.strftime("%Y%m%d%H%M%S"), dom))
    if spec.get("in_reply_to"):
        hdrs.append(f"In-Reply-To: {spec['in_reply_to']}")
        hdrs.append(f"References: {spec['in_reply_to']}")
    for k, v in (spec.get("extra_headers") or []):
        hdrs.append(f"{k}: {v}")
    m = rng.choice(MAILERS)
    if m and _is_ascii(m):
        hdrs.append(f"X-Mailer: {m}")
    hdrs.append("MIME-Version: 1.0")
    top.headers = hdrs + top.headers
    raw = "\n".join(top.lines()).rstrip("\n") + "\n"
    data = raw.encode("latin-1")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- attachment builders
def _normalise_ooxml(blob):
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>%s\3" % FIXED_ISO, s)
                s = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\2" % FIXED_ISO, s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return out.getvalue()


_PDF_MAP = {"≥": ">=", "≤": "<=", "→": "->", "×": "x", "µ": "µ", "≈": "~", "\u202f": " ", "\u2011": "-"}


def _pdf_safe(s):
    s = "".join(_PDF_MAP.get(c, c) for c in s)
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, lines, compress=True, header=None, author="", fontsize=10):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    if author:
        c.setAuthor(_pdf_safe(author))
    w, h = letter
    y = h - 60

    def new_page():
        nonlocal y
        c.showPage()
        y = h - 60

    if header:
        c.setFont("Helvetica-Bold", 9)
        for hl in header:
            c.drawString(50, y, _pdf_safe(hl))
            y -= 12
        y -= 8
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 24
    for line in lines:
        bold = line.startswith("**")
        line = line.lstrip("*")
        font = "Helvetica-Bold" if bold else "Helvetica"
        wrapped = simpleSplit(_pdf_safe(line), font, fontsize, w - 100) or [""]
        for wl in wrapped:
            if y < 60:
                new_page()
            c.setFont(font, fontsize)
            c.drawString(50, y, wl)
            y -= fontsize + 4
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paragraphs, table=None, author="Imagerie médicale"):
    import docx
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.title = title
    fixed = _dt.datetime(2024, 10, 1, 12, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_printed = fixed
    d.core_properties.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("**"):
            para = d.add_paragraph()
            para.add_run(p.lstrip("*")).bold = True
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_ooxml(buf.getvalue())


def make_xlsx(sheets, author="Imagerie médicale"):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    fixed = _dt.datetime(2024, 10, 1, 12, 0, 0)
    wb.properties.creator = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.lastModifiedBy = author
    for name, rows in sheets:
        ws = wb.create_sheet(name[:31])
        for r, row in enumerate(rows):
            ws.append(list(row))
            if r == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return _normalise_ooxml(buf.getvalue())


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, description="", location="", organizer=None, attendees=(),
             method="REQUEST"):
    def fold(line):
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 74:
                out.append(cur)
                cur = " "
            cur += ch
        out.append(cur)
        return "\r\n".join(out)
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20241001T120000Z",
         f"DTSTART;TZID=America/Toronto:{start.strftime('%Y%m%dT%H%M%S')}",
         f"DTEND;TZID=America/Toronto:{end.strftime('%Y%m%dT%H%M%S')}",
         f"SUMMARY:{ics_escape(summary)}"]
    if description:
        L.append(f"DESCRIPTION:{ics_escape(description)}")
    if location:
        L.append(f"LOCATION:{ics_escape(location)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for a in attendees:
        L.append(f"ATTENDEE;CN={a[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a[1]}")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in L) + "\r\n"


def make_vcf(given, surname, org="", title="", tels=(), emails=(), adr=None, note=""):
    L = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        L.append(f"ORG:{org}")
    if title:
        L.append(f"TITLE:{title}")
    for kind, t in tels:
        L.append(f"TEL;TYPE={kind}:{t}")
    for e in emails:
        L.append(f"EMAIL;TYPE=INTERNET:{e}")
    if adr:
        L.append(f"ADR;TYPE=HOME:;;{adr}")
    if note:
        L.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    L.append("END:VCARD")
    return "\r\n".join(L) + "\r\n"


def csv_text(rows, sep=","):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def make_png(w, h, seed=0):
    """Small deterministic greyscale PNG (a fake key image / scan)."""
    import struct
    import zlib
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row.append((x * 7 + y * 13 + seed * 31 + ((x ^ y) & 15) * 5) & 0xFF)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def make_scan_pdf(seed=0, compress=True):
    """A 'scanned' PDF: drawn shapes only, no extractable text."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    for k in range(40):
        y = 720 - k * 16
        c.setLineWidth(0.5 + ((k * 7 + seed) % 5) / 3)
        c.line(60, y, 60 + ((k * 37 + seed * 11) % 450), y)
    c.rect(50, 50, 510, 700)
    c.showPage()
    c.save()
    return buf.getvalue()
