"""Attachment builders with fixed timestamps (byte-identical across runs)."""
import datetime as dt
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 8, 0, 0)
FIXED_DT = dt.datetime(2025, 1, 6, 8, 0, 0)


def rezip(data, when=FIXED_ZIP_TIME):
    """Rewrite an OOXML/ZIP container with fixed member timestamps and core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


def make_pdf(lines, title="", author="", compress=True, scanned=False, header=None):
    """lines: list of str; a line starting with '# ' is a heading."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("ScanDoc 4.2" if scanned else "Dossier clinique — module impression")
    w, h = letter
    if scanned:
        # an image-only "scan": grey blocks, no text layer
        c.setFillGray(0.93)
        c.rect(40, 40, w - 80, h - 80, fill=1, stroke=0)
        c.setFillGray(0.6)
        y = h - 90
        for i in range(34):
            c.rect(70, y, (w - 160) * (0.55 + 0.4 * ((i * 7) % 5) / 4), 6, fill=1, stroke=0)
            y -= 18
        c.showPage()
        c.save()
        return buf.getvalue()
    y = h - 60
    if header:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, h - 35, header)
    for raw in lines:
        head = raw.startswith("# ")
        text = raw[2:] if head else raw
        for seg in _wrap(text, 80 if head else 100):
            if y < 60:
                c.showPage()
                y = h - 60
            c.setFont("Helvetica-Bold" if head else "Helvetica", 12 if head else 9.5)
            c.drawString(50, y, seg)
            y -= 17 if head else 13
        if head:
            y -= 4
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def make_docx(blocks, author="", title=""):
    """blocks: list of ('h', text) | ('p', text) | ('table', rows) | ('b', text)."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "table":
            rows = val
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, author=""):
    """sheets: list of (name, rows)."""
    import openpyxl
    from openpyxl.styles import Font
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
        if rows:
            for cell in ws[1]:
                cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue())


# ------------------------------------------------------------------ ZIP
def make_zip(entries):
    """entries: list of (name, bytes|str)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


# ------------------------------------------------------------------ text formats
def _ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line, n=73):
    out = []
    while len(line) > n:
        out.append(line[:n])
        line = " " + line[n:]
    out.append(line)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description="", location="", organizer=None,
             attendees=(), method="REQUEST", tz="America/Toronto", stamp=None):
    stamp = stamp or start
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Agenda clinique//Planificateur 7.1//FR", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%S')}Z",
             f"DTSTART;TZID={tz}:{start.strftime('%Y%m%dT%H%M%S')}",
             f"DTEND;TZID={tz}:{end.strftime('%Y%m%dT%H%M%S')}",
             f"SUMMARY:{_ical_escape(summary)}"]
    if location:
        lines.append(f"LOCATION:{_ical_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ical_escape(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, a in attendees:
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


def make_vcf(first, last, org="", title="", tels=(), emails=(), adr=None, note="", bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{last};{first};;;", f"FN:{first} {last}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, t in tels:
        lines.append(f"TEL;TYPE={kind}:{t}")
    for e in emails:
        lines.append(f"EMAIL;TYPE=INTERNET:{e}")
    if adr:
        street, city, region, pc, country = adr
        lines.append(f"ADR;TYPE=HOME:;;{street};{city};{region};{pc};{country}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ical_escape(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def make_csv(rows, sep=","):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()
