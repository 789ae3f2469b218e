"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import textwrap
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 8, 30, 0)


def _cp1252_safe(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append({"\u2011": "-", "\u202f": " ", "\u2192": "->"}.get(ch, "?"))
    return "".join(out)


def make_pdf(title, lines, author="Banque de sang", subject="", when=None):
    """A simple text PDF (reportlab, invariant=1): a bold title and text lines.
    A line starting with '## ' is drawn as a bold sub-heading."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(_cp1252_safe(title))
    c.setAuthor(_cp1252_safe(author))
    c.setSubject(_cp1252_safe(subject or title))
    c.setCreator("Trois-Rivages document service")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = height - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _cp1252_safe(title))
    y -= 26
    for raw in lines:
        if raw.startswith("## "):
            if y < 80:
                newpage()
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(50, y, _cp1252_safe(raw[3:]))
            y -= 16
            continue
        c.setFont("Helvetica", 9.5)
        wrapped = textwrap.wrap(raw, 100) or [""]
        for w in wrapped:
            if y < 60:
                newpage()
                c.setFont("Helvetica", 9.5)
            c.drawString(50, y, _cp1252_safe(w))
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data, when=FIXED_ZIP_TIME, core_iso="2025-01-06T08:30:00Z"):
    """Re-write a ZIP (OOXML) with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                             lambda m: m.group(1) + core_iso + m.group(3), txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                             lambda m: m.group(1) + core_iso + m.group(2), txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="Banque de sang"):
    """paragraphs: list of str ('## ' prefix = heading); table: list of rows."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 6, 8, 30, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author="Banque de sang"):
    """sheets: list of (sheet title, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    fixed = datetime.datetime(2025, 1, 6, 8, 30, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delimiter=",", bom=False, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(),
             stamp=datetime.datetime(2025, 1, 6, 13, 0, 0), method="REQUEST"):
    """start/end: naive local datetimes (America/Montreal)."""
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Trois-Rivages//Agenda 4.2//FR", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime(fmt)}Z",
             f"DTSTART;TZID=America/Montreal:{start.strftime(fmt)}",
             f"DTEND;TZID=America/Montreal:{end.strftime(fmt)}",
             f"SUMMARY:{_ics_escape(summary)}",
             f"DESCRIPTION:{_ics_escape(description)}",
             f"LOCATION:{_ics_escape(location)}",
             f"ORGANIZER;CN={_ics_escape(organizer[0])}:mailto:{organizer[1]}"]
    for name, mail in attendees:
        lines.append(f"ATTENDEE;CN={_ics_escape(name)};ROLE=REQ-PARTICIPANT:mailto:{mail}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcard(family, given, tel=None, adr=None, bday=None, note=None, org=None, email=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{family};{given};;;", f"FN:{given} {family}"]
    if org:
        lines.append(f"ORG:{org}")
    if bday:
        lines.append(f"BDAY:{bday.isoformat()}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if adr:
        street, city, postal = adr
        lines.append(f"ADR;TYPE=HOME:;;{street};{city};QC;{postal};Canada")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_zip(members, when=FIXED_ZIP_TIME):
    """members: list of (name, bytes); names may be non-ASCII (UTF-8 flag)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()
