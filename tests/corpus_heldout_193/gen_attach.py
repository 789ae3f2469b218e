"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV."""
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 8, 30, 0)
FIXED_DT = datetime.datetime(2025, 1, 6, 8, 30, 0)


def _pdf_safe(s):
    # Standard Type 1 fonts cover WinAnsi only; fold anything else.
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            import unicodedata
            n = unicodedata.normalize("NFKC", ch)
            try:
                n.encode("cp1252")
                out.append(n)
            except UnicodeEncodeError:
                out.append("?")
    return "".join(out)


def pdf(title, lines, author="CLSC de Saint-Aurele", subject=""):
    """lines: list of str; a line starting with '## ' is a bold sub-heading."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setAuthor(author)
    c.setTitle(_pdf_safe(title))
    c.setSubject(_pdf_safe(subject or title))
    c.setCreator("Saint-Aurele forms")
    width, height = letter
    y = height - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    for raw in lines:
        bold = raw.startswith("## ")
        text = raw[3:] if bold else raw
        wrapped = _wrap(_pdf_safe(text), 95)
        for w in wrapped:
            if y < 60:
                c.showPage()
                y = height - 60
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(50, y, w)
            y -= 14
        if bold:
            y -= 2
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(text, width):
    if not text:
        return [""]
    words = text.split(" ")
    out, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def _rezip(data, fix=None):
    """Rewrite an OOXML/ZIP package with fixed member times."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if fix:
                blob = fix(info.filename, blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, blob)
    return out.getvalue()


def _fix_core(name, blob):
    if name == "docProps/core.xml":
        s = blob.decode("utf-8")
        s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                   r"\g<1>2025-01-06T08:30:00Z\g<2>", s)
        s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                   r"\g<1>2025-01-06T08:30:00Z\g<2>", s)
        s = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>2025-01-06T08:30:00Z\g<2>", s)
        return s.encode("utf-8")
    return blob


def docx(title, paragraphs, table=None, author="CLSC de Saint-Aurèle"):
    """paragraphs: list of str ('## ' prefix = heading). table: list of rows (first = header)."""
    import docx as _docx

    d = _docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        elif p == "[[TABLE]]" and table:
            _add_table(d, table)
        else:
            d.add_paragraph(p)
    if table and "[[TABLE]]" not in paragraphs:
        _add_table(d, table)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue(), _fix_core)


def _add_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)


def xlsx(sheets, author="CLSC de Saint-Aurèle"):
    """sheets: list of (name, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue(), _fix_core)


def zip_of(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(uid, start, end, summary, location="", description="", organizer=None,
        attendees=(), method="REQUEST"):
    """start/end: naive datetimes in America/Toronto local time."""
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Saint-Aurele CLSC//Agenda 4.2//FR", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250106T133000Z",
             f"DTSTART;TZID=America/Toronto:{start.strftime(f)}",
             f"DTEND;TZID=America/Toronto:{end.strftime(f)}",
             f"SUMMARY:{_ics_escape(summary)}"]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_ics_fold(x) for x in lines) + "\r\n")


def vcard(given, surname, org="", title="", tel_home=None, tel_work=None, email=None,
          adr=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if tel_home:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel_home}")
    if tel_work:
        lines.append(f"TEL;TYPE=WORK,VOICE:{tel_work}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr[0]};{adr[1]};QC;{adr[2]};Canada")
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"))
    lines.append("REV:20250106T133000Z")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def csv_text(rows, sep=","):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"
