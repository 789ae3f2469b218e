"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2024, 9, 1, 8, 0, 0)
FIXED_CORE = "2024-09-01T08:00:00Z"


class Attachment:
    def __init__(self, filename, ctype, data, rfc2231=False, disposition="attachment",
                 charset=None, cte=None):
        self.filename = filename
        self.ctype = ctype          # "application/pdf"
        self.data = data            # bytes (or str for text types)
        self.rfc2231 = rfc2231
        self.disposition = disposition
        self.charset = charset
        self.cte = cte              # forced transfer encoding (optional)


def _pdf_safe(s):
    # Helvetica / WinAnsi cannot show full-width digits: fold them to ASCII.
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF10 <= o <= 0xFF19:
            out.append(chr(o - 0xFF10 + 48))
        else:
            try:
                ch.encode("cp1252")
                out.append(ch)
            except UnicodeEncodeError:
                out.append("?")
    return "".join(out)


def make_pdf(title, lines, compress=True, header=None):
    """A one- or multi-page letter PDF; lines are plain strings ('' = blank)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor("CHME-VDH")
    y = 740
    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, 765, _pdf_safe(header))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 24
    c.setFont("Helvetica", 10)
    for line in lines:
        # naive wrap at ~95 chars
        chunks = [line[i:i + 95] for i in range(0, len(line), 95)] or [""]
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = 740
            c.drawString(50, y, _pdf_safe(ch))
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _rezip(raw):
    """Rewrite an OOXML zip with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>" + FIXED_CORE + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>" + FIXED_CORE + r"\g<2>", txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                             r"\g<1>" + FIXED_CORE + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="CHME-VDH"):
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2024, 9, 1, 8, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, val in enumerate(row):
                t.cell(i, j).text = str(val)
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue())


def make_xlsx(sheets, title="", author="CHME-VDH"):
    """sheets: list of (sheet name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    fixed = datetime.datetime(2024, 9, 1, 8, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.title = title
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue())


def make_csv(rows, sep=","):
    out = []
    for row in rows:
        cells = []
        for v in row:
            v = str(v)
            if sep in v or '"' in v or "\n" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(),
             stamp="20240901T120000Z"):
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHME-VDH//Agenda clinique 4.2//FR",
        "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=America/Toronto:{start.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND;TZID=America/Toronto:{end.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{_ics_escape(summary)}",
        f"DESCRIPTION:{_ics_escape(description)}",
        f"LOCATION:{_ics_escape(location)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for cn, mail in attendees:
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT:mailto:{mail}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def make_vcard(given, surname, org=None, title=None, tel=None, tel_type="CELL", email=None,
               adr=None, note=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE={tel_type}:{tel}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        street, city = adr
        lines.append(f"ADR;TYPE=HOME:;;{_ics_escape(street)};{_ics_escape(city)};;;Canada")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
