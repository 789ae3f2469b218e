"""Deterministic attachment builders: PDF (reportlab, invariant), DOCX
(python-docx), XLSX (openpyxl), CSV, ICS, vCard and ZIP.  Office files are
re-zipped with fixed member times and fixed core-property dates."""
import csv
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2024, 1, 2, 8, 0, 0)
CORE_DT = "2024-01-02T08:00:00Z"


def normalize_ooxml(data, when=None):
    """Rewrite an OOXML package with fixed member times and core dates."""
    stamp = when or CORE_DT
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                             r"\g<1>" + stamp + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def make_pdf(title, paragraphs, table=None, footer=None, author="", compress=True):
    """paragraphs: list of str (a leading '## ' makes a sub-heading).
    table: list of rows (first row = header)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    import unicodedata

    def fold(x):  # base-14 fonts have no full-width glyphs
        return "".join(unicodedata.normalize("NFKC", c) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in x)

    title = fold(title)
    paragraphs = [fold(p) for p in paragraphs]
    if table:
        table = [[fold(str(c)) for c in row] for row in table]
    footer = fold(footer) if footer else footer
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=LETTER, invariant=1, pageCompression=1 if compress else 0,
                            title=title, author=author, creator="", producer="",
                            leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch)
    ss = getSampleStyleSheet()
    story = [Paragraph(escape(title), ss["Title"]), Spacer(1, 6)]
    for p in paragraphs:
        if p.startswith("## "):
            story.append(Paragraph(escape(p[3:]), ss["Heading3"]))
        else:
            story.append(Paragraph(escape(p).replace("\n", "<br/>"), ss["BodyText"]))
    if table:
        t = Table([[str(c) for c in row] for row in table], repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(Spacer(1, 8))
        story.append(t)
    if footer:
        story.append(Spacer(1, 14))
        story.append(Paragraph(escape(footer), ss["Italic"]))
    doc.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, table=None, author="GMF"):
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    cp = d.core_properties
    fixed = datetime.datetime(2024, 1, 2, 8, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = title
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author="GMF"):
    """sheets: list of (sheet_title, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 60)
    fixed = datetime.datetime(2024, 1, 2, 8, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


# ---------------------------------------------------------------- text formats
def make_csv(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, description="", location="", organizer=None,
             attendees=(), stamp=None):
    """start/end are naive datetimes in America/Montreal."""
    st = stamp or datetime.datetime(2024, 1, 2, 8, 0, 0)
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//GMF//Agenda 4.2//FR", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:" + st.strftime("%Y%m%dT%H%M%SZ"),
        "DTSTART;TZID=America/Montreal:" + start.strftime("%Y%m%dT%H%M%S"),
        "DTEND;TZID=America/Montreal:" + end.strftime("%Y%m%dT%H%M%S"),
        "SUMMARY:" + ics_escape(summary),
    ]
    if location:
        lines.append("LOCATION:" + ics_escape(location))
    if description:
        lines.append("DESCRIPTION:" + ics_escape(description))
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, addr in attendees:
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT:mailto:{addr}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def make_vcard(given, surname, tel=None, tel_type="HOME", email=None, adr=None, org=None,
               title=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append(f"TEL;TYPE={tel_type},VOICE:{tel}")
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        street, city, region, postal = adr
        lines.append(f"ADR;TYPE={'HOME' if tel_type in ('HOME', 'CELL') else 'WORK'}:;;{street};{city};{region};{postal};Canada")
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return "\n".join(lines) + "\n"


def make_zip(members):
    """members: list of (name, bytes).  Names may be non-ASCII (UTF-8 flag)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()
