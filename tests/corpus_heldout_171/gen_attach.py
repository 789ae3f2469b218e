"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import io
import re
import zipfile

FIXED_ZIP_TIME = (2024, 10, 1, 8, 0, 0)
FIXED_ISO = "2024-10-01T08:00:00Z"


def normalize_zip(data, when=FIXED_ZIP_TIME, core_iso=None):
    """Rewrite a ZIP (DOCX/XLSX) with fixed member times and, for OOXML, fixed core dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml" and core_iso:
                txt = blob.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    txt = re.sub(r"(<%s[^>]*>)[^<]*(</%s>)" % (tag, tag), r"\g<1>%s\g<2>" % core_iso, txt)
                txt = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\g<2>" % core_iso, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def make_pdf(title, lines, author="Service d'orthopédie"):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Saint-Aubin Hospital document service")
    y = 740
    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, y, title)
    y -= 26
    c.setFont("Helvetica", 10)
    for line in lines:
        chunks = [line[i:i + 95] for i in range(0, len(line), 95)] or [""]
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = 740
            c.drawString(54, y, ch)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paragraphs, table=None, when_iso=FIXED_ISO):
    import datetime
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2024, 10, 1, 8, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Service d'orthopédie"
    cp.last_modified_by = "Service d'orthopédie"
    cp.revision = 1
    cp.title = title
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), core_iso=when_iso)


def make_xlsx(sheets, when_iso=FIXED_ISO):
    """sheets: list of (name, rows)."""
    import datetime
    import openpyxl
    wb = openpyxl.Workbook()
    fixed = datetime.datetime(2024, 10, 1, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Service d'orthopédie"
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), core_iso=when_iso)


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def make_csv(rows, encoding="utf-8", sep=";"):
    def q(v):
        v = str(v)
        return '"%s"' % v.replace('"', '""') if (sep in v or '"' in v or "," in v) else v
    return ("\r\n".join(sep.join(q(c) for c in r) for r in rows) + "\r\n").encode(encoding)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, description, location, organizer=("", ""), attendees=()):
    """start/end: naive datetimes in local time (America/Toronto)."""
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Vallee-Verte//Agenda orthopedie//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20241001T120000Z",
             "DTSTART;TZID=America/Toronto:%s" % start.strftime(f), "DTEND;TZID=America/Toronto:%s" % end.strftime(f),
             "SUMMARY:%s" % ics_escape(summary), "DESCRIPTION:%s" % ics_escape(description),
             "LOCATION:%s" % ics_escape(location)]
    if organizer[1]:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, a))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for l in lines:
        b = l.encode("utf-8")
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            folded.append(b[:cut])
            b = b" " + b[cut:]
        folded.append(b)
    return b"\r\n".join(folded) + b"\r\n"


def make_vcf(fn, n_parts, tel=None, adr=None, email=None, bday=None, note=None, org=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:%s" % fn, "N:%s" % ";".join(n_parts)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % tel)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s" % adr)
    if email:
        lines.append("EMAIL:%s" % email)
    if bday:
        lines.append("BDAY:%s" % bday)
    if note:
        lines.append("NOTE:%s" % note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")
