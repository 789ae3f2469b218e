"""Attachment builders with fixed timestamps (byte-identical across runs)."""
import datetime
import io
import re
import zipfile

FIXED_DT = datetime.datetime(2025, 1, 2, 8, 30, 0)
ZIP_DT = (2025, 1, 2, 8, 30, 0)


def _rezip(data):
    """Rewrite a zip container with fixed timestamps and normalised core properties."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-02T08:30:00Z\2", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-02T08:30:00Z\2", txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def make_pdf(title, lines, table=None, author="", footer=None):
    """lines: list of str (empty str = blank line). table: list of rows (list of str)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Gestionnaire de documents cliniques")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, footer)
        c.showPage()
        y = height - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 24
    c.setFont("Helvetica", 9.5)
    for line in lines:
        for chunk in _wrap(line, 100):
            if y < 60:
                newpage()
                c.setFont("Helvetica", 9.5)
            c.drawString(50, y, chunk)
            y -= 13
    if table:
        y -= 8
        ncol = max(len(r) for r in table)
        colw = (width - 100) / ncol
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8)
            for ci, cell in enumerate(row):
                c.drawString(50 + ci * colw, y, _pdf_safe(str(cell))[: int(colw / 4.3)])
            y -= 12
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_safe(s):
    """Standard PDF fonts only cover cp1252: fold anything else (e.g. full-width digits) with NFKC."""
    import unicodedata
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKC", ch))
    return "".join(out)


def _wrap(s, n):
    s = _pdf_safe(s)
    if not s:
        return [""]
    words, out, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


# ------------------------------------------------------------------ DOCX
def make_docx(title, paragraphs, table=None, author="CLSC"):
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=max(len(r) for r in table))
        for ri, row in enumerate(table):
            for ci, cell in enumerate(row):
                t.cell(ri, ci).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, author="SAD"):
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
    return _rezip(buf.getvalue())


# ------------------------------------------------------------------ text formats
def make_csv(rows, sep=";"):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    return "\n".join(sep.join(q(c) for c in r) for r in rows) + "\n"


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method="REQUEST"):
    def fmt(dt):
        return dt.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CIUSSS RDS//Agenda SAD//FR", f"METHOD:{method}",
             "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500",
             "TZOFFSETTO:-0400", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
             "TZNAME:EDT", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
             "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZNAME:EST",
             "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250102T133000Z",
             f"DTSTART;TZID=America/Toronto:{fmt(start)}", f"DTEND;TZID=America/Toronto:{fmt(end)}",
             f"SUMMARY:{ics_escape(summary)}", f"DESCRIPTION:{ics_escape(description)}",
             f"LOCATION:{ics_escape(location)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for l in lines:
        while len(l.encode("utf-8")) > 74:
            cut = 74
            while len(l[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(l[:cut])
            l = " " + l[cut:]
        folded.append(l)
    return "\r\n".join(folded) + "\r\n"


def make_vcf(given, surname, tel=None, adr=None, bday=None, note=None, org=None, email=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{ics_escape(adr)};;;;")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{ics_escape(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def make_zip(files):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()
