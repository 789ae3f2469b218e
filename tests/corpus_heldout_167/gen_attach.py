"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import unicodedata
import zipfile

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2024, 9, 1, 8, 0, 0)


def _pdf_safe(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKC", ch))
    return "".join(out)


def pdf(title, blocks, author="HRVB", subject="", when=None):
    """blocks: list of str (paragraph) or ('h', text) or ('table', rows)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setSubject(_pdf_safe(subject or title))
    c.setCreator("HRVB - gestion documentaire")
    width, height = LETTER
    y = height - 60

    def newline(step=14):
        nonlocal y
        y -= step
        if y < 60:
            c.showPage()
            y = height - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, y, _pdf_safe(title))
    newline(22)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            c.setFont("Helvetica-Bold", 11)
            c.drawString(54, y, _pdf_safe(b[1]))
            newline(16)
        elif isinstance(b, tuple) and b[0] == "table":
            c.setFont("Helvetica", 8.5)
            rows = b[1]
            ncol = max(len(r) for r in rows)
            colw = (width - 108) / ncol
            for r in rows:
                for i, cell in enumerate(r):
                    c.drawString(54 + i * colw, y, _pdf_safe(str(cell))[:int(colw / 4.6)])
                newline(12)
            newline(6)
        else:
            c.setFont("Helvetica", 10)
            for raw in str(b).split("\n"):
                words = raw.split(" ")
                line = ""
                for w in words:
                    cand = (line + " " + w).strip()
                    if c.stringWidth(_pdf_safe(cand), "Helvetica", 10) > width - 108 and line:
                        c.drawString(54, y, _pdf_safe(line))
                        newline()
                        line = w
                    else:
                        line = cand
                c.drawString(54, y, _pdf_safe(line))
                newline()
            newline(4)
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data, when=FIXED_ZIP_TIME, core_iso="2024-09-01T12:00:00Z"):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>%s\g<2>" % core_iso, txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\g<2>" % core_iso, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def _core_dt(when):
    if when is None:
        when = datetime.datetime(2024, 9, 1, 12, 0, 0)
    return when.replace(tzinfo=None, microsecond=0)


def docx(title, blocks, author="HRVB", when=None):
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    dt = _core_dt(when)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt
    cp.modified = dt
    cp.last_printed = dt
    cp.revision = 2
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
        else:
            for para in str(b).split("\n\n"):
                d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), core_iso=dt.strftime("%Y-%m-%dT%H:%M:%SZ"))


def xlsx(sheets, author="HRVB", when=None):
    """sheets: list of (sheet title, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    dt = _core_dt(when)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt
    wb.properties.modified = dt
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
            w = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(w + 2, 8), 60)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), core_iso=dt.strftime("%Y-%m-%dT%H:%M:%SZ"))


def csv_text(rows, sep=","):
    out = []
    for r in rows:
        cells = []
        for c in r:
            s = str(c)
            if sep in s or '"' in s or "\n" in s:
                s = '"' + s.replace('"', '""') + '"'
            cells.append(s)
        out.append(sep.join(cells))
    return "\n".join(out) + "\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not parts else 74):
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return "\n ".join(parts)


def ics(uid, summary, start, end, location, description, organizer, attendees=(), stamp=None, method="REQUEST"):
    stamp = stamp or start
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//HRVB//Agenda oncologie 4.2//FR", "VERSION:2.0", "METHOD:%s" % method,
        "BEGIN:VTIMEZONE", "TZID:America/Toronto",
        "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%sZ" % stamp.strftime(fmt),
        "DTSTART;TZID=America/Toronto:%s" % start.strftime(fmt),
        "DTEND;TZID=America/Toronto:%s" % end.strftime(fmt),
        "SUMMARY:%s" % _ics_escape(summary), "LOCATION:%s" % _ics_escape(location),
        "DESCRIPTION:%s" % _ics_escape(description),
        "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]),
    ]
    for name, addr in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (name, addr))
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_ics_fold(x) for x in lines) + "\n"


def vcard(fn, surname, given, org="", title="", tel=None, tel_type="HOME", email=None, adr=None, note=None,
          bday=None, rev="20240901T120000Z"):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s" % fn]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=%s,VOICE:%s" % (tel_type, tel))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;;;;" % adr.replace(",", "\\,"))
    if bday:
        lines.append("BDAY:%s" % bday.isoformat())
    if note:
        lines.append("NOTE:%s" % _ics_escape(note))
    lines += ["REV:%s" % rev, "END:VCARD"]
    return "\n".join(_ics_fold(x) for x in lines) + "\n"


def zip_bundle(members, when=FIXED_ZIP_TIME):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()
