"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import csv
import datetime
import io
import re
import textwrap
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def _cp1252_safe(s):
    try:
        s.encode("cp1252")
        return s
    except UnicodeEncodeError:
        s = unicodedata.normalize("NFKC", s)
        return s.encode("cp1252", "replace").decode("cp1252")


def pdf_bytes(blocks, compress=False, title="Document", author="", header=None):
    """blocks: list of str (paragraph), ('h', str), ('table', rows), ('kv', [(k, v)]), ('sp',)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Hautes-Rivieres DME export")
    width, height = letter
    y = [height - 60]

    def newpage():
        c.showPage()
        y[0] = height - 60
        if header:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(60, height - 40, _cp1252_safe(header))
            y[0] = height - 70

    def line(text, font="Helvetica", size=10, x=60, lead=13):
        if y[0] < 60:
            newpage()
        c.setFont(font, size)
        c.drawString(x, y[0], _cp1252_safe(text))
        y[0] -= lead

    if header:
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(60, height - 40, _cp1252_safe(header))
        y[0] = height - 70
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n"):
                for w in (textwrap.wrap(para, 92) or [""]):
                    line(w)
            y[0] -= 4
        elif b[0] == "h":
            y[0] -= 4
            line(b[1], "Helvetica-Bold", 12, lead=16)
        elif b[0] == "kv":
            for k, v in b[1]:
                if y[0] < 60:
                    newpage()
                c.setFont("Helvetica-Bold", 10)
                c.drawString(60, y[0], _cp1252_safe(k))
                c.setFont("Helvetica", 10)
                c.drawString(220, y[0], _cp1252_safe(v))
                y[0] -= 13
            y[0] -= 4
        elif b[0] == "table":
            rows = b[1]
            n = len(rows[0])
            lens = [max(4, max(len(str(r[i])) for r in rows)) for i in range(n)]
            avail = width - 110
            xs = [60]
            for ln in lens[:-1]:
                xs.append(xs[-1] + avail * ln / sum(lens))
            colw = [avail * ln / sum(lens) for ln in lens]
            size = 8.5 if sum(lens) < 110 else 7
            for j, r in enumerate(rows):
                if y[0] < 60:
                    newpage()
                c.setFont("Helvetica-Bold" if j == 0 else "Helvetica", size)
                for i, cell in enumerate(r):
                    c.drawString(xs[i], y[0], _cp1252_safe(str(cell))[:max(3, int(colw[i] / (size * 0.5)))])
                y[0] -= 12
            y[0] -= 6
        elif b[0] == "sp":
            y[0] -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


_CORE_RE = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_zip(data, when):
    """Rewrite an OOXML/ZIP archive with fixed member times and fixed core-property dates."""
    dt = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _CORE_RE.sub(lambda m: m.group(1) + iso + m.group(3), blob.decode("utf-8")).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(blocks, when, author="", title=""):
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b)
        elif b[0] == "h":
            doc.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "kv":
            t = doc.add_table(rows=0, cols=2)
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
        elif b[0] == "table":
            rows = b[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
        elif b[0] == "bullets":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue(), when)


def xlsx_bytes(sheets, when, author=""):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for i, col in enumerate(zip(*rows), start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = min(
                45, max(8, max(len(str(v)) for v in col) + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), when)


def zip_bytes(members, when):
    dt = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def csv_bytes(rows, delimiter=",", encoding="utf-8", bom=False, crlf=True):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def _ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
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


def ics_bytes(uid, start, end, summary, description, location, organizer, attendees=(), stamp=None,
              method="REQUEST"):
    stamp = stamp or start
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hautes-Rivieres//Agenda clinique 4.2//FR",
             f"METHOD:{method}", "BEGIN:VTIMEZONE", "TZID:America/Montreal", "BEGIN:STANDARD",
             "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400",
             "TZOFFSETTO:-0500", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
             "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp.strftime(f)}Z",
             f"DTSTART;TZID=America/Montreal:{start.strftime(f)}", f"DTEND;TZID=America/Montreal:{end.strftime(f)}",
             f"SUMMARY:{_ics_text(summary)}", f"DESCRIPTION:{_ics_text(description)}",
             f"LOCATION:{_ics_text(location)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, addr in attendees:
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{addr}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")


def vcard_bytes(given, surname, tel=None, email=None, adr=None, org=None, title=None, note=None, bday=None,
                version="3.0"):
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        for kind, num in tel:
            lines.append(f"TEL;TYPE={kind}:{num}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        street, town, pc = adr
        lines.append(f"ADR;TYPE=HOME:;;{street};{town};QC;{pc};Canada")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ics_text(note)}")
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")


def when_of(d, hour=9, minute=0):
    if isinstance(d, datetime.datetime):
        return d.replace(tzinfo=None, microsecond=0)
    return datetime.datetime(d.year, d.month, d.day, hour, minute, 0)
