"""Attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP) with fixed timestamps."""
import csv
import datetime as dt
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 3, 1, 8, 0, 0)
FIXED_DT = dt.datetime(2025, 3, 1, 8, 0, 0)

CP1252_FIX = {"\u2011": "-", "\u202f": " ", "\u2009": " ", "\u00a0": " ", "\u2192": "->", "\u2265": ">=",
              "\u2264": "<=", "\u00b5": "u"}


def _pdf_safe(s):
    for a, b in CP1252_FIX.items():
        s = s.replace(a, b)
    return s.encode("cp1252", "replace").decode("cp1252")


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def make_pdf(title, lines, header=None, footer=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor("CHUVB")
    c.setCreator("CHUVB DossierPlus")
    y = 750
    if header:
        c.setFont("Helvetica-Bold", 9)
        for h in header:
            c.drawString(50, y, _pdf_safe(h))
            y -= 12
        y -= 6
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 24
    c.setFont("Helvetica", 10)
    for line in lines:
        for sub in _wrap(_pdf_safe(line), 95):
            if y < 60:
                if footer:
                    c.setFont("Helvetica-Oblique", 7)
                    c.drawString(50, 35, _pdf_safe(footer))
                c.showPage()
                c.setFont("Helvetica", 10)
                y = 750
            c.drawString(50, y, sub)
            y -= 13
    if footer:
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(50, 35, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


CORE_DT = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_zip(data):
    """Rewrite a ZIP (DOCX/XLSX) with fixed entry times and fixed core-property dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = CORE_DT.sub(rb"\g<1>2025-03-01T08:00:00Z\g<3>", b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, header_lines=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Clinique de neurologie CHUVB"
    cp.last_modified_by = "CHUVB"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    if header_lines:
        sec = d.sections[0]
        for h in header_lines:
            sec.header.add_paragraph(h)
    d.add_heading(title, level=1)
    for p in paragraphs:
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
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets):
    """sheets: list of (name, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(title=name[:31])
        for r, row in enumerate(rows):
            ws.append(list(row))
            if r == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    wb.properties.creator = "CHUVB"
    wb.properties.lastModifiedBy = "CHUVB"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delimiter=";", encoding="utf-8-sig", eol="\r\n"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding, "replace")


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold_ics(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return [line]
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def make_ics(uid, start, end, summary, description="", location="", organizer=None, attendees=(), method="REQUEST"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CHUVB//Agenda clinique 4.2//FR", "VERSION:2.0", f"METHOD:{method}",
             "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
             "TZNAME:EDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
             "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250301T130000Z",
             f"DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M%S}",
             f"SUMMARY:{ics_escape(summary)}"]
    if location:
        lines.append(f"LOCATION:{ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{ics_escape(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={ics_escape(organizer[0])}:mailto:{organizer[1]}")
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={ics_escape(n)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        folded += _fold_ics(line)
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")


def make_vcf(given, surname, org="", title="", phones=(), emails=(), adr=None, note="", bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, ph in phones:
        lines.append(f"TEL;TYPE={kind}:{ph}")
    for em in emails:
        lines.append(f"EMAIL;TYPE=INTERNET:{em}")
    if adr:
        street, town, region, postal = adr
        lines.append(f"ADR;TYPE=HOME:;;{street};{town};{region};{postal};Canada")
    if bday:
        lines.append(f"BDAY:{bday.isoformat()}")
    if note:
        lines.append(f"NOTE:{ics_escape(note)}")
    lines.append("END:VCARD")
    out = []
    for line in lines:
        out += _fold_ics(line)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def att(data, ctype, filename, **kw):
    d = {"data": data, "ctype": ctype, "filename": filename}
    d.update(kw)
    return d


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIP = "application/zip"
CSV = "text/csv"
ICS = "text/calendar"
VCF = "text/vcard"
