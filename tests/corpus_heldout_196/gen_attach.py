"""Attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP), all byte-deterministic."""
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2024, 1, 2, 9, 0, 0)
CORE_DATE = datetime.datetime(2024, 1, 2, 9, 0, 0)


def _rezip(raw, when=FIXED_ZIP_TIME, core_date=None):
    """Rewrite an OOXML package with fixed member times (and fixed core dates)."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if core_date and info.filename == "docProps/core.xml":
                stamp = core_date.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def make_pdf(spec):
    """spec: title, lines (str or ('h', str) or ('b', str)), author, subject, compress."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if spec.get("compress", True) else 0)
    c.setTitle(spec.get("meta_title", spec.get("title", "")))
    c.setAuthor(spec.get("author", ""))
    c.setSubject(spec.get("subject", ""))
    c.setCreator(spec.get("creator", "Formulaires SINPA"))
    width, height = letter
    y = height - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, y, spec.get("title", ""))
    y -= 26
    for item in spec.get("lines", []):
        if isinstance(item, tuple):
            kind, text = item
        else:
            kind, text = "n", item
        font = {"h": ("Helvetica-Bold", 11), "b": ("Helvetica-Bold", 10)}.get(kind, ("Helvetica", 10))
        chunks = _wrap(text, 95) if text else [""]
        for chunk in chunks:
            if y < 60:
                c.showPage()
                y = height - 60
            c.setFont(*font)
            c.drawString(54, y, chunk)
            y -= 14 if kind == "n" else 17
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


def make_docx(spec):
    """spec: title, paras (str or ('h', str)), table (header, rows) optional, author."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = spec.get("author", "")
    cp.title = spec.get("meta_title", spec.get("title", ""))
    cp.last_modified_by = spec.get("author", "")
    cp.created = CORE_DATE
    cp.modified = CORE_DATE
    cp.revision = 1
    if spec.get("title"):
        d.add_heading(spec["title"], level=1)
    for item in spec.get("paras", []):
        if isinstance(item, tuple) and item[0] == "h":
            d.add_heading(item[1], level=2)
        elif isinstance(item, tuple) and item[0] == "table":
            header, rows = item[1], item[2]
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                t.rows[0].cells[i].text = str(h)
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
        else:
            d.add_paragraph(item)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue(), core_date=CORE_DATE)


def make_xlsx(spec):
    """spec: sheets [(name, rows)], author, title."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = spec.get("author", "")
    wb.properties.title = spec.get("meta_title", "")
    wb.properties.created = CORE_DATE
    wb.properties.modified = CORE_DATE
    wb.properties.lastModifiedBy = spec.get("author", "")
    first = True
    for name, rows in spec["sheets"]:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for i, row in enumerate(rows):
            ws.append(list(row))
            if i == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = max(10, min(45, max(len(str(c.value or "")) for c in col) + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue(), core_date=CORE_DATE)


def make_csv(spec):
    sep = spec.get("sep", ";")
    lines = []
    for row in spec["rows"]:
        cells = []
        for v in row:
            v = str(v)
            if sep in v or '"' in v or "," in v and sep == ",":
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        lines.append(sep.join(cells))
    return "\n".join(lines) + "\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\n".join(out)


def make_ics(spec):
    """spec: uid, stamp, start, end (datetimes), summary, description, location, organizer (name, mail), attendees, method."""
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//SINPA//Agenda 2.3//FR", "VERSION:2.0",
             f"METHOD:{spec.get('method', 'REQUEST')}", "BEGIN:VEVENT",
             f"UID:{spec['uid']}", f"DTSTAMP:{spec['stamp'].strftime(f)}Z",
             f"DTSTART;TZID=America/Toronto:{spec['start'].strftime(f)}",
             f"DTEND;TZID=America/Toronto:{spec['end'].strftime(f)}",
             f"SUMMARY:{_ics_escape(spec['summary'])}"]
    if spec.get("location"):
        lines.append(f"LOCATION:{_ics_escape(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(spec['description'])}")
    if spec.get("organizer"):
        n, m = spec["organizer"]
        lines.append(f"ORGANIZER;CN=\"{n}\":mailto:{m}")
    for n, m in spec.get("attendees", []):
        lines.append(f"ATTENDEE;CN=\"{n}\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{m}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_fold(x) for x in lines) + "\n"


def make_vcf(spec):
    """spec: given, surname, org, title, tel (list of (type, num)), email, adr, note."""
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{spec['surname']};{spec['given']};;;",
             f"FN:{spec['given']} {spec['surname']}"]
    if spec.get("org"):
        lines.append(f"ORG:{spec['org']}")
    if spec.get("title"):
        lines.append(f"TITLE:{spec['title']}")
    for typ, num in spec.get("tel", []):
        lines.append(f"TEL;TYPE={typ}:{num}")
    if spec.get("email"):
        lines.append(f"EMAIL;TYPE=INTERNET:{spec['email']}")
    if spec.get("adr"):
        adr = spec["adr"].replace(",", "\\,")
        lines.append(f"ADR;TYPE=HOME:;;{adr};;;;")
    if spec.get("note"):
        lines.append(f"NOTE:{_ics_escape(spec['note'])}")
    if spec.get("bday"):
        lines.append(f"BDAY:{spec['bday']}")
    lines.append("END:VCARD")
    return "\n".join(_fold(x) for x in lines) + "\n"


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()
