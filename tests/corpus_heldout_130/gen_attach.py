"""Deterministic attachments: PDF (reportlab), DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import zipfile

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

FIXED_ZIP_TIME = (2025, 1, 6, 8, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 6, 8, 0, 0)


def normalize_zip(data, when=FIXED_ZIP_TIME):
    """Rewrite an OOXML/ZIP archive with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + stamp.encode() + m.group(2), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members, when=FIXED_ZIP_TIME):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------- PDF
def make_pdf(title, paragraphs, table=None, col_widths=None, footer=None, author="CHRVB"):
    """paragraphs: list of str (may hold \n); table: list of rows (first row = header)."""
    import unicodedata
    nf = lambda x: unicodedata.normalize("NFKC", x)  # noqa: E731  (Helvetica has no full-width digits)
    title, paragraphs = nf(title), [nf(p) for p in paragraphs]
    if table:
        table = [[nf(str(x)) for x in r] for r in table]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1, title=title, author=author,
                            creator="CHRVB", producer="CHRVB", subject="",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    ss = getSampleStyleSheet()
    flow = [Paragraph(escape(title), ss["Heading2"]), Spacer(1, 6)]
    for p in paragraphs:
        flow.append(Paragraph(escape(p).replace("\n", "<br/>"), ss["BodyText"]))
        flow.append(Spacer(1, 4))
    if table:
        t = Table([[str(c) for c in r] for r in table], colWidths=col_widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8)]))
        flow.append(t)
    if footer:
        flow.append(Spacer(1, 10))
        flow.append(Paragraph(escape(footer), ss["Italic"]))
    doc.build(flow)
    return buf.getvalue()


# --------------------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, table=None, author="CHRVB"):
    import docx
    d = docx.Document()
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
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, c in enumerate(row):
                t.cell(i, j).text = str(c)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------- XLSX
def make_xlsx(sheets, author="CHRVB"):
    """sheets: list of (title, rows)."""
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
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------- text formats
def make_csv(rows, sep=","):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\n".join(out) + "\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, location, description, organizer, attendee=None, stamp=None):
    """start/end: naive datetimes, local time America/Toronto."""
    stamp = stamp or datetime.datetime(2025, 1, 6, 13, 0, 0)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHRVB//Agenda clinique 4.2//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % stamp.strftime("%Y%m%dT%H%M%SZ"),
             "DTSTART;TZID=America/Toronto:%s" % start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Toronto:%s" % end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:%s" % _ics_escape(summary), "LOCATION:%s" % _ics_escape(location),
             "DESCRIPTION:%s" % _ics_escape(description), "ORGANIZER:mailto:%s" % organizer]
    if attendee:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:%s" % attendee)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def make_vcard(fn, n_parts, tel=None, email=None, adr=None, note=None, org=None, title=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:%s" % fn, "N:%s" % ";".join(n_parts)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        for kind, num in tel:
            lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if adr:
        lines.append("ADR;TYPE=%s:;;%s;%s;QC;%s;Canada" % adr)
    if bday:
        lines.append("BDAY:%s" % bday)
    if note:
        lines.append("NOTE:%s" % note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return "\n".join(lines) + "\n"
