"""Hand-assembled MIME with fixed boundaries, plus deterministic attachment builders."""
import base64
import html as _html
import io
import quopri
import re
import urllib.parse
import zipfile
from email.header import Header
from email.utils import format_datetime

FIXED_DT = (2024, 1, 2, 8, 0, 0)
FIXED_ISO = "2024-01-02T08:00:00Z"


# =========================================================================== attachments
def normalize_zip(data):
    """Rewrite an OOXML/ZIP archive with fixed member times and core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), blob)
                blob = re.sub(rb"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                              lambda m: m.group(1) + FIXED_ISO.encode() + m.group(2), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


_FW_BACK = {0xFF10 + i: 0x30 + i for i in range(10)}
_FW_BACK.update({0xFF21 + i: 0x41 + i for i in range(26)})


def _pdf_safe(s):
    return s.translate(_FW_BACK).encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, lines, author="CISSS de la Haute-Bérange"):
    """lines: list of str; '# ' prefix = heading; '' = blank."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setCreator("Dossier clinique informatise")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = h - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 24
    for line in lines:
        bold = line.startswith("# ")
        text = line[2:] if bold else line
        chunks = [text[i:i + 92] for i in range(0, len(text), 92)] or [""]
        for ch in chunks:
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(50, y, _pdf_safe(ch))
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(blocks, author="CISSS de la Haute-Bérange", title=""):
    """blocks: list of ('h', text) | ('p', text) | ('table', rows)."""
    import datetime as _dt
    from docx import Document
    doc = Document()
    for kind, val in blocks:
        if kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    cp = doc.core_properties
    fixed = _dt.datetime(2024, 1, 2, 8, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author="CISSS de la Haute-Bérange"):
    """sheets: list of (title, rows)."""
    import datetime as _dt
    from openpyxl import Workbook
    wb = Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
    fixed = _dt.datetime(2024, 1, 2, 8, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def _ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, start, end, summary, location, description, organizer, stamp, method="REQUEST"):
    """start/end/stamp: 'YYYYMMDDTHHMMSS' local strings."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CISSS HB//Agenda clinique//FR",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}Z",
             f"DTSTART;TZID=America/Montreal:{start}", f"DTEND;TZID=America/Montreal:{end}",
             f"SUMMARY:{_ical_escape(summary)}", f"LOCATION:{_ical_escape(location)}",
             f"DESCRIPTION:{_ical_escape(description)}", f"ORGANIZER:mailto:{organizer}",
             "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcf(given, surname, tel=None, adr=None, org=None, title=None, email=None, note=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if email:
        lines.append(f"EMAIL;TYPE=WORK:{email}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr.replace(',', ' ')};;;;")
    if note:
        lines.append(f"NOTE:{_ical_escape(note)}")
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_csv(rows, sep=",", enc="utf-8", bom=False):
    out = []
    for row in rows:
        cells = []
        for c in row:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    data = ("\r\n".join(out) + "\r\n").encode(enc)
    return (b"\xef\xbb\xbf" + data) if bom else data


# =========================================================================== MIME assembly
class Att:
    def __init__(self, filename, ctype, data, charset=None, cte=None, rfc2231=None, inline=False):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.charset, self.cte, self.rfc2231, self.inline = charset, cte, rfc2231, inline


def text_to_html(text, lang):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        lines = [_html.escape(l) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    body = "\n".join(out)
    return (f'<html lang="{lang}"><head><meta charset="CHARSET"></head>\n'
            f'<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{body}\n</body></html>\n')


def html_table(rows, header=True):
    out = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
    for i, row in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{_html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _enc_header(value, charset):
    if _is_ascii(value):
        return value
    cs = charset if charset in ("utf-8", "iso-8859-1", "windows-1252") else "utf-8"
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(value, cs, maxlinelen=76, header_name="Subject").encode(linesep="\n")


def _addr(name, addr, charset):
    if not name:
        return addr
    if _is_ascii(name):
        if re.search(r'[,.;:()<>@"\[\]]', name):
            return '"' + name.replace('"', '\\"') + f'" <{addr}>'
        return f"{name} <{addr}>"
    return f"{_enc_header(name, charset)} <{addr}>"


def _body_bytes(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def _leaf_text(subtype, text, charset, cte, extra=""):
    text = text.replace("\r\n", "\n")
    if subtype == "html":
        text = text.replace('charset="CHARSET"', f'charset="{charset}"')
    hdr = (f'Content-Type: text/{subtype}; charset="{charset}"{extra}\n'
           f"Content-Transfer-Encoding: {cte}\n")
    return hdr.encode("ascii") + b"\n" + _body_bytes(text, charset, cte)


def _fname_params(name, use2231):
    if _is_ascii(name) and not use2231:
        return f'; name="{name}"', f'; filename="{name}"'
    q = urllib.parse.quote(name, safe="")
    enc = Header(name, "utf-8").encode() if not _is_ascii(name) else name
    return f'; name="{enc}"', f"; filename*=utf-8''{q}"


def _leaf_att(a, rng):
    name_p, fn_p = _fname_params(a.filename, bool(a.rfc2231))
    disp = "inline" if a.inline else "attachment"
    if a.ctype == "message/rfc822":
        cte = "8bit" if any(b > 127 for b in a.data) else "7bit"
        hdr = f"Content-Type: message/rfc822{name_p}\nContent-Transfer-Encoding: {cte}\nContent-Disposition: {disp}{fn_p}\n"
        body = a.data.replace(b"\r\n", b"\n")
        return hdr.encode("ascii") + b"\n" + body + (b"" if body.endswith(b"\n") else b"\n")
    if a.ctype.startswith("text/"):
        cs = a.charset or "utf-8"
        cte = a.cte or rng.choice(["quoted-printable", "base64", "8bit" if not all(b < 128 for b in a.data) else "7bit"])
        txt = a.data.decode(cs).replace("\r\n", "\n")
        if cte in ("7bit", "8bit"):
            body = txt.encode(cs)
            body = body if body.endswith(b"\n") else body + b"\n"
        elif cte == "quoted-printable":
            body = quopri.encodestring(txt.encode(cs))
        else:
            body = base64.encodebytes(a.data)
        extra = '; method=REQUEST' if a.ctype == "text/calendar" else ""
        hdr = (f'Content-Type: {a.ctype}; charset="{cs}"{extra}{name_p}\nContent-Transfer-Encoding: {cte}\n'
               f"Content-Disposition: {disp}{fn_p}\n")
        return hdr.encode("ascii") + b"\n" + body
    hdr = f"Content-Type: {a.ctype}{name_p}\nContent-Transfer-Encoding: base64\nContent-Disposition: {disp}{fn_p}\n"
    return hdr.encode("ascii") + b"\n" + base64.encodebytes(a.data)


def _multipart(subtype, parts, boundary):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode("ascii")
    out += b"This is a multi-part message in MIME format.\n" if subtype == "mixed" else b""
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def choose_charset(ctx, texts):
    allt = "".join(texts)
    if ctx.utf8 or any(ord(c) > 0xFF and c not in "œŒ€‘’“”–—…" for c in allt):
        return "utf-8"
    if _is_ascii(allt):
        return ctx.pick(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
    opts = ["utf-8", "utf-8", "iso-8859-1", "windows-1252", "windows-1252"]
    cs = ctx.pick(opts)
    try:
        allt.encode(cs)
    except UnicodeEncodeError:
        cs = "windows-1252"
        try:
            allt.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
    return cs


def choose_cte(ctx, text, charset):
    if _is_ascii(text):
        return ctx.pick(["7bit", "7bit", "quoted-printable", "base64"])
    return ctx.pick(["8bit", "quoted-printable", "quoted-printable", "base64"])


def compose(ctx, frm, to, subject, text, html=None, atts=(), cc=None, fmt=None, eol=None,
            in_reply_to=None, importance=None):
    """frm/to/cc: (display name, address) or list of them. Returns bytes."""
    r = ctx.rng
    atts = list(atts)
    if fmt is None:
        fmt = r.choice(["plain", "plain", "alt", "alt", "html"])
    if fmt in ("alt", "html") and html is None:
        html = text_to_html(text, ctx.lang)
    charset = choose_charset(ctx, [text, html or "", subject])
    cte = choose_cte(ctx, text + (html or ""), charset)
    if eol is None:
        eol = r.choice(["lf", "crlf"])
    hcs = charset if charset != "us-ascii" else "utf-8"

    def addrs(v):
        if isinstance(v, tuple):
            v = [v]
        return ",\n ".join(_addr(n, a, hcs) for n, a in v)

    bid = f"{r.getrandbits(48):012x}"
    headers = [
        f"From: {addrs(frm)}", f"To: {addrs(to)}",
    ]
    if cc:
        headers.append(f"Cc: {addrs(cc)}")
    headers += [f"Subject: {_enc_header(subject, hcs)}", f"Date: {format_datetime(ctx.when)}",
                f"Message-ID: <{r.getrandbits(64):016x}.{ctx.key}@{frm[1].split('@')[1] if isinstance(frm, tuple) else 'cisss-hb.example'}>"]
    if in_reply_to:
        headers.append(f"In-Reply-To: <{in_reply_to}>")
    if importance:
        headers.append(f"Importance: {importance}")
    headers.append(f"Content-Language: {'fr-CA' if ctx.lang == 'fr' else 'en-CA'}")
    headers.append(ctx.pick(["X-Mailer: Microsoft Outlook 16.0", "User-Agent: Mozilla Thunderbird 115.8",
                             "X-Mailer: Zimbra 9.0.0_GA", "X-Mailer: Apple Mail (2.3774)"]))
    headers.append("MIME-Version: 1.0")

    if fmt == "plain":
        body = _leaf_text("plain", text, charset, cte)
    elif fmt == "html":
        body = _leaf_text("html", html, charset, cte)
    else:
        body = _multipart("alternative", [_leaf_text("plain", text, charset, cte),
                                          _leaf_text("html", html, charset, cte)], f"=_alt_{bid}")
    if atts:
        parts = [body] + [_leaf_att(a, r) for a in atts]
        body = _multipart("mixed", parts, f"=_mix_{bid}")
    data = ("\n".join(headers) + "\n").encode("ascii") + body
    if eol == "crlf":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def inner_message(ctx, frm, to, subject, text, when=None, charset=None):
    """A simple text/plain message to attach as message/rfc822 (LF line ends)."""
    cs = charset or choose_charset(ctx, [text, subject])
    cte = "quoted-printable" if not _is_ascii(text) else "7bit"
    r = ctx.rng
    hdr = [f"From: {_addr(frm[0], frm[1], 'utf-8')}", f"To: {_addr(to[0], to[1], 'utf-8')}",
           f"Subject: {_enc_header(subject, 'utf-8')}", f"Date: {format_datetime(when or ctx.when)}",
           f"Message-ID: <{r.getrandbits(64):016x}.inner.{ctx.key}@{frm[1].split('@')[1]}>",
           "MIME-Version: 1.0"]
    return ("\n".join(hdr) + "\n").encode("ascii") + _leaf_text("plain", text, cs, cte)
