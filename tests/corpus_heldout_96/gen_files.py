"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime as _dt
import io
import re
import zipfile

from reportlab import rl_config
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

rl_config.invariant = 1

FIXED_ZIP_DT = (2025, 1, 1, 0, 0, 0)
FIXED_W3C = "2025-01-01T00:00:00Z"


def _esc(s):
    s = "".join(chr(ord(c) - 0xFEE0) if "\uff10" <= c <= "\uff19" else c for c in s)
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def make_pdf(title, paragraphs, table=None, compress=False, author="", footer=None):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, title=title, author=author,
                            invariant=1, pageCompression=1 if compress else 0,
                            leftMargin=54, rightMargin=54, topMargin=54, bottomMargin=54)
    ss = getSampleStyleSheet()
    flow = [Paragraph(_esc(title), ss["Heading2"]), Spacer(1, 8)]
    for p in paragraphs:
        if p == "[[TABLE]]" and table:
            t = Table([[Paragraph(_esc(str(c)), ss["BodyText"]) for c in r] for r in table],
                      repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
            flow += [t, Spacer(1, 6)]
            continue
        for line in p.split("\n"):
            flow.append(Paragraph(_esc(line) if line else "&nbsp;", ss["BodyText"]))
        flow.append(Spacer(1, 4))
    if footer:
        flow += [Spacer(1, 12), Paragraph(_esc(footer), ss["Italic"])]
    doc.build(flow)
    return buf.getvalue()


def _normalize_ooxml(data):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?",
                              FIXED_W3C.encode(), blob)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="", header_text=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.comments = ""
    fixed = _dt.datetime(2025, 1, 1, 0, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p == "[[TABLE]]" and table:
            t = d.add_table(rows=len(table), cols=len(table[0]))
            t.style = "Table Grid"
            for i, r in enumerate(table):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            continue
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return _normalize_ooxml(buf.getvalue())


def make_xlsx(sheets, author=""):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = max(
                10, min(40, max(len(str(c.value or "")) for c in col) + 2))
    fixed = _dt.datetime(2025, 1, 1, 0, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    return _normalize_ooxml(buf.getvalue())


def make_csv(rows, delimiter=",", encoding="utf-8", bom=False, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding, errors="replace")
    return (b"\xef\xbb\xbf" + data) if bom and encoding == "utf-8" else data


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def _ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, description, location, organizer, attendees,
             method="REQUEST"):
    """start/end: naive datetimes in America/Toronto (TZID)."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
         "VERSION:2.0", f"METHOD:{method}", "BEGIN:VTIMEZONE", "TZID:America/Toronto",
         "BEGIN:STANDARD", "DTSTART:20241103T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
         "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "BEGIN:DAYLIGHT",
         "DTSTART:20250309T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z",
         f"DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M%S}",
         f"DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M%S}",
         f"SUMMARY:{_ics_text(summary)}", f"DESCRIPTION:{_ics_text(description)}",
         f"LOCATION:{_ics_text(location)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    L += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "BEGIN:VALARM",
          "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in L) + "\r\n"


def make_vcard(given, surname, org="", title="", tel=(), email=None, adr=None, note=None,
               bday=None, version="3.0"):
    L = ["BEGIN:VCARD", f"VERSION:{version}", f"N:{surname};{given};;;",
         f"FN:{given} {surname}"]
    if org:
        L.append(f"ORG:{_ics_text(org)}")
    if title:
        L.append(f"TITLE:{_ics_text(title)}")
    for kind, num in tel:
        L.append(f"TEL;TYPE={kind}:{num}" if version == "3.0" else f"TEL;TYPE={kind.lower()}:{num}")
    if email:
        L.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        L.append(f"ADR;TYPE=HOME:;;{_ics_text(adr)};;;;")
    if bday:
        L.append(f"BDAY:{bday}")
    if note:
        L.append(f"NOTE:{_ics_text(note)}")
    L.append("END:VCARD")
    return "\r\n".join(_ics_fold(l) for l in L) + "\r\n"


def make_zip(files):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()
