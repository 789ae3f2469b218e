"""Deterministic attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, EML)."""
import csv
import datetime
import io
import re
import zipfile

from .mime import Att

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"


def normalize_zip(data, fixed=FIXED_ZIP_TIME):
    """Rewrite an OOXML/ZIP container with fixed timestamps and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                             lambda m: m.group(1) + FIXED_ISO + m.group(3), txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if not name.isascii():
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def _pdf_safe(s):
    s = s.replace('β', 'beta').replace('≥', '>=').replace('≤', '<=').replace('→', '->')
    return s.encode('cp1252', 'replace').decode('cp1252')


def make_pdf(title, lines, table=None, author="", footer=""):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab import rl_config
    rl_config.invariant = 1
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(_pdf_safe(title))
    if author:
        c.setAuthor(_pdf_safe(author))
    c.setCreator("DocGen")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, _pdf_safe(footer))
        c.showPage()
        y = h - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for line in lines:
        for chunk in _wrap(line, 95):
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, _pdf_safe(chunk))
            y -= 14
    if table:
        headers, rows = table
        ncol = len(headers)
        colw = (w - 100) / ncol
        y -= 8
        for k, r in enumerate([headers] + rows):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 8)
            for i, cell in enumerate(r):
                c.drawString(50 + i * colw, y, _pdf_safe(str(cell))[:int(colw / 4.4)])
            y -= 12
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(s, n):
    if not s:
        return [""]
    out = []
    for para in s.split("\n"):
        words, cur = para.split(" "), ""
        for wd in words:
            if cur and len(cur) + len(wd) + 1 > n:
                out.append(cur)
                cur = wd
            else:
                cur = (cur + " " + wd) if cur else wd
        out.append(cur)
    return out


# ---------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, table=None, author="", after=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        headers, rows = table
        t = d.add_table(rows=1, cols=len(headers))
        t.style = 'Table Grid'
        for i, hd in enumerate(headers):
            t.rows[0].cells[i].text = str(hd)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    for p in after or []:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author=""):
    """sheets: list of (title, rows) where rows[0] is the header row."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, max(8, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV / ICS / VCF
def make_csv(rows, delimiter=',', crlf=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator='\r\n' if crlf else '\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    out, cur = [], line
    while len(cur.encode('utf-8')) > 74:
        cut = 74
        while len(cur[:cut].encode('utf-8')) > 74:
            cut -= 1
        out.append(cur[:cut])
        cur = ' ' + cur[cut:]
    out.append(cur)
    return "\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees, stamp):
    fmt = lambda d: d.strftime('%Y%m%dT%H%M%S')
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Invented Scheduling//OR Planner 4.2//FR",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART;TZID=America/Toronto:{fmt(start)}", f"DTEND;TZID=America/Toronto:{fmt(end)}",
             f"SUMMARY:{_ics_escape(summary)}", f"DESCRIPTION:{_ics_escape(description)}",
             f"LOCATION:{_ics_escape(location)}",
             f"ORGANIZER;CN={_ics_escape(organizer[0])}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={_ics_escape(n)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_fold(l) for l in lines) + "\n"


def make_vcf(given, surname, org=None, tel=None, email=None, adr=None, note=None, title=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        for kind, num in tel:
            lines.append(f"TEL;TYPE={kind}:{num}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{_ics_escape(adr)};;;;")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    return "\n".join(_fold(l) for l in lines) + "\n"


# ---------------------------------------------------------------- wrappers returning Att
def att_pdf(fn, *a, **k):
    return Att(fn, 'application/pdf', make_pdf(*a, **k))


def att_docx(fn, *a, **k):
    return Att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(*a, **k))


def att_xlsx(fn, *a, **k):
    return Att(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx(*a, **k))


def att_csv(fn, rows, delimiter=',', charset=None):
    a = Att(fn, 'text/csv', make_csv(rows, delimiter), text=True)
    a.charset = charset
    return a


def att_ics(fn, *a, **k):
    return Att(fn, 'text/calendar', make_ics(*a, **k), text=True)


def att_vcf(fn, *a, **k):
    return Att(fn, 'text/vcard', make_vcf(*a, **k), text=True)


def att_zip(fn, files):
    return Att(fn, 'application/zip', make_zip(files))


def att_eml(fn, mail):
    return Att(fn, 'message/rfc822', mail)
