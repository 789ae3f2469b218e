"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV."""
import datetime as dt
import io
import re
import textwrap
import zipfile

FIXED_DT = dt.datetime(2025, 1, 6, 9, 0, 0)
FIXED_ZIP_TIME = (2025, 1, 6, 9, 0, 0)
FIXED_W3C = "2025-01-06T09:00:00Z"


# --------------------------------------------------------------------------
# ZIP helpers
# --------------------------------------------------------------------------
def make_zip(members, date_time=FIXED_ZIP_TIME):
    """members: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return buf.getvalue()


_CORE_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_ooxml(data):
    """Re-zip an OOXML package with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            blob = _CORE_DATES.sub(lambda m: m.group(1) + FIXED_W3C.encode() + m.group(3), blob)
        members.append((info.filename, blob))
    return make_zip(members)


# --------------------------------------------------------------------------
# PDF (reportlab, invariant)
# --------------------------------------------------------------------------
def make_pdf(title, blocks, author="Clinique Méridienne", subject=""):
    """blocks: list of str (paragraph), ('h', str) heading, ('table', rows), ('sp',)"""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject or title)
    c.setCreator("Méridienne DME 4.2" if "ridienne" in author else "PDF export")
    width, height = letter
    y = height - 60

    def newline(step=14):
        nonlocal y
        y -= step
        if y < 60:
            c.showPage()
            y = height - 60

    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, title)
    newline(24)
    for blk in blocks:
        if isinstance(blk, tuple) and blk[0] == "h":
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y, blk[1])
            newline(16)
        elif isinstance(blk, tuple) and blk[0] == "sp":
            newline(10)
        elif isinstance(blk, tuple) and blk[0] == "table":
            rows = blk[1]
            ncol = max(len(r) for r in rows)
            colw = (width - 100) / ncol
            for ri, row in enumerate(rows):
                c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8.5)
                for ci, cell in enumerate(row):
                    c.drawString(50 + ci * colw, y, str(cell))
                newline(12)
            newline(6)
        else:
            c.setFont("Helvetica", 10)
            for para in str(blk).split("\n"):
                for line in textwrap.wrap(para, 95) or [""]:
                    c.drawString(50, y, line)
                    newline(13)
            newline(4)
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# DOCX (python-docx)
# --------------------------------------------------------------------------
def make_docx(title, blocks, author="Clinique Méridienne"):
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 2
    d.add_heading(title, level=1)
    for blk in blocks:
        if isinstance(blk, tuple) and blk[0] == "h":
            d.add_heading(blk[1], level=2)
        elif isinstance(blk, tuple) and blk[0] == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    t.cell(ri, ci).text = str(cell)
        elif isinstance(blk, tuple) and blk[0] == "sp":
            d.add_paragraph("")
        else:
            for para in str(blk).split("\n"):
                d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


# --------------------------------------------------------------------------
# XLSX (openpyxl)
# --------------------------------------------------------------------------
def make_xlsx(sheets, author="Clinique Méridienne"):
    """sheets: list of (title, rows)"""
    import openpyxl
    from openpyxl.styles import Font

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
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(48, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


# --------------------------------------------------------------------------
# Text formats
# --------------------------------------------------------------------------
def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold_ics(line):
    out = []
    b = line
    while len(b) > 74:
        out.append(b[:74])
        b = " " + b[74:]
    out.append(b)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendees=(), method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Meridienne//Agenda 3.1//FR", "VERSION:2.0", "METHOD:" + method,
        "BEGIN:VTIMEZONE", "TZID:America/Toronto",
        "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20250106T140000Z",
        "DTSTART;TZID=America/Toronto:" + start.strftime(fmt),
        "DTEND;TZID=America/Toronto:" + end.strftime(fmt),
        "SUMMARY:" + _ics_escape(summary),
        "LOCATION:" + _ics_escape(location),
        "DESCRIPTION:" + _ics_escape(description),
        "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]),
    ]
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, a))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold_ics(x) for x in lines) + "\r\n"


def make_vcard(fn, family, given, tel=None, email=None, adr=None, org=None, title=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (family, given), "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=CELL,VOICE:" + tel)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,") + ";;;;")
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("REV:20250106T140000Z")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def make_csv(rows, sep=";"):
    out = []
    for r in rows:
        cells = []
        for c in r:
            s = str(c)
            if sep in s or '"' in s or "\n" in s:
                s = '"' + s.replace('"', '""') + '"'
            cells.append(s)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


# --------------------------------------------------------------------------
# Attachment dicts for gen_mime
# --------------------------------------------------------------------------
def att_pdf(filename, title, blocks, **kw):
    return dict(filename=filename, ctype="application/pdf", data=make_pdf(title, blocks, **kw))


def att_docx(filename, title, blocks, **kw):
    return dict(filename=filename,
                ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                data=make_docx(title, blocks, **kw))


def att_xlsx(filename, sheets, **kw):
    return dict(filename=filename, ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                data=make_xlsx(sheets, **kw))


def att_zip(filename, members):
    return dict(filename=filename, ctype="application/zip", data=make_zip(members))


def att_csv(filename, rows, charset="utf-8", cte="base64", sep=";"):
    return dict(filename=filename, ctype="text/csv", text=make_csv(rows, sep), charset=charset, cte=cte)


def att_ics(filename, cte="base64", **kw):
    return dict(filename=filename, ctype="text/calendar", text=make_ics(**kw), charset="utf-8", cte=cte,
                ct_extra="method=" + kw.get("method", "REQUEST"))


def att_vcf(filename, cte="base64", **kw):
    return dict(filename=filename, ctype="text/vcard", text=make_vcard(**kw), charset="utf-8", cte=cte)


def att_eml(filename, spec):
    """Nested message; gen_mime builds it at serialisation time."""
    return dict(filename=filename, ctype="message/rfc822", spec=spec)
