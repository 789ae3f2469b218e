"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV."""
import datetime
import io
import re
import unicodedata
import zipfile

ZIP_TIME = (2025, 1, 2, 8, 0, 0)
CORE_DT = datetime.datetime(2025, 1, 2, 8, 0, 0)


def cp1252_safe(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            n = unicodedata.normalize("NFKC", ch)
            try:
                n.encode("cp1252")
                out.append(n)
            except UnicodeEncodeError:
                out.append("?")
    return "".join(out)


def normalize_zip(data, fix_core=True):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-02T08:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-02T08:00:00Z\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return buf.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return buf.getvalue()


def make_pdf(title, paragraphs, table=None, author="CISSS VDB", header=None):
    """paragraphs: list of strings; table: list of rows (list of str)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(cp1252_safe(title))
    c.setAuthor(cp1252_safe(author))
    c.setCreator("ReportLab")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = h - 60

    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, y + 25, cp1252_safe(header))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, cp1252_safe(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for para in paragraphs:
        for line in simpleSplit(cp1252_safe(para), "Helvetica", 10, w - 100) or [""]:
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, line)
            y -= 13
        y -= 6
    if table:
        ncol = max(len(r) for r in table)
        colw = (w - 100) / ncol
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8)
            for ci, cell in enumerate(row):
                txt = cp1252_safe(str(cell))
                lines = simpleSplit(txt, "Helvetica", 8, colw - 4) or [""]
                c.drawString(50 + ci * colw, y, lines[0])
                for k, extra in enumerate(lines[1:3]):
                    c.drawString(50 + ci * colw, y - 10 * (k + 1), extra)
            y -= 12 + 10 * max(min(len(simpleSplit(cp1252_safe(str(x)), "Helvetica", 8, colw - 4)), 3) - 1 for x in row)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paragraphs, table=None, author="CISSS VDB"):
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = CORE_DT
    cp.modified = CORE_DT
    cp.last_printed = CORE_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=max(len(r) for r in table))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author="CISSS VDB"):
    """sheets: list of (title, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = CORE_DT
    wb.properties.modified = CORE_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, sep=","):
    out = []
    for row in rows:
        cells = []
        for cell in row:
            s = str(cell)
            if sep in s or '"' in s or "\n" in s:
                s = '"' + s.replace('"', '""') + '"'
            cells.append(s)
        out.append(sep.join(cells))
    return "\n".join(out) + "\n"


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, location, description, organizer, attendees=(), stamp=None):
    stamp = stamp or start
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CISSS VDB//Agenda//FR", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:" + stamp.strftime("%Y%m%dT%H%M%SZ"),
        "DTSTART;TZID=America/Montreal:" + start.strftime("%Y%m%dT%H%M%S"),
        "DTEND;TZID=America/Montreal:" + end.strftime("%Y%m%dT%H%M%S"),
        "SUMMARY:" + ics_escape(summary), "LOCATION:" + ics_escape(location),
        "DESCRIPTION:" + ics_escape(description), f"ORGANIZER:mailto:{organizer}",
    ]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def make_vcard(given, surname, org=None, title=None, tel=None, tel_type="HOME", adr=None, email=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE={tel_type},VOICE:{tel}")
    if adr:
        street, city, prov, pc = adr
        lines.append(f"ADR;TYPE={tel_type}:;;{street};{city};{prov};{pc};Canada")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + ics_escape(note))
    lines.append("END:VCARD")
    return "\n".join(lines) + "\n"
