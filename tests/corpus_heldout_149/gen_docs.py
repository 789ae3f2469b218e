"""Attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP), all byte-reproducible."""
import csv
import datetime as dt
import io
import re
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

CP1252_FIX = {"\u2011": "-", "\u202f": " ", "\u3000": " ", "≥": ">=", "≤": "<=", "→": "->", "✔": "x", "☐": "[ ]", "µ": "µ"}


def _pdf_safe(s):
    s = "".join(CP1252_FIX.get(c, c) for c in s)
    return s.encode("cp1252", "replace").decode("cp1252")


def _wrap(line, width):
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            cut = width
        out.append(line[:cut])
        line = line[cut:].lstrip()
    out.append(line)
    return out


def pdf(lines, title=None, compress=True, header=None, author="HRVB"):
    """lines: list of str; a line starting with '# ' is drawn bold and larger."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1 if compress else 0)
    c.setAuthor(author)
    if title:
        c.setTitle(_pdf_safe(title))
    y = 740

    def head():
        nonlocal y
        y = 740
        if header:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, 760, _pdf_safe(header))
            c.line(50, 755, 562, 755)

    head()
    for raw in lines:
        bold = raw.startswith("# ")
        text = raw[2:] if bold else raw
        for piece in _wrap(_pdf_safe(text), 95 if not bold else 70):
            if y < 60:
                c.showPage()
                head()
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 12 if bold else 10)
            c.drawString(50, y, piece)
            y -= 17 if bold else 13
    c.showPage()
    c.save()
    return buf.getvalue()


def _fixed_zip(members, when):
    """members: list of (name, bytes). Fixed member times, deflate."""
    stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def _normalize_ooxml(data, when):
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    members = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            b = z.read(name)
            if name == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + iso.encode() + rb"\g<2>", b)
                b = re.sub(rb"(<cp:lastPrinted>)[^<]*(<)", rb"\g<1>" + iso.encode() + rb"\g<2>", b)
            members.append((name, b))
    return _fixed_zip(members, when)


def docx(when, title, paragraphs, tables=(), author="HRVB"):
    """paragraphs: list of str ('# ' prefix = heading). tables: list of list-of-rows."""
    d = Document()
    cp = d.core_properties
    naive = when.replace(tzinfo=None)
    cp.author = author
    cp.last_modified_by = author
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive
    cp.title = title or ""
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if title:
        d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    for rows in tables:
        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return _normalize_ooxml(buf.getvalue(), when)


def xlsx(when, sheets, author="HRVB"):
    """sheets: list of (title, rows)."""
    wb = Workbook()
    wb.remove(wb.active)
    naive = when.replace(tzinfo=None)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = naive
    wb.properties.modified = naive
    for title, rows in sheets:
        ws = wb.create_sheet(title[:31])
        for row in rows:
            ws.append(list(row))
        for col, w in zip("ABCDEFGHIJ", (14, 22, 18, 16, 22, 26, 18, 18, 14, 14)):
            ws.column_dimensions[col].width = w
    buf = io.BytesIO()
    wb.save(buf)
    return _normalize_ooxml(buf.getvalue(), when)


def csv_bytes(rows, delimiter=",", encoding="utf-8", crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for row in rows:
        w.writerow(row)
    text = s.getvalue()
    if encoding == "utf-8-sig":
        return text.encode("utf-8-sig")
    return text.encode(encoding, "replace")


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return line
    parts, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def ics(events, uid_dom, method="REQUEST", prodid="-//HRVB//Agenda clinique 4.2//FR"):
    """events: list of dicts with uid, start, end (naive local datetimes), summary, location, description,
    organizer (name, addr), attendees [(name, addr)], stamp (datetime)."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}", "CALSCALE:GREGORIAN",
         "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD", "DTSTART:19701101T020000",
         "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
         "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE"]
    for e in events:
        L += ["BEGIN:VEVENT", f"UID:{e['uid']}@{uid_dom}", f"DTSTAMP:{e['stamp']:%Y%m%dT%H%M%SZ}",
              f"DTSTART;TZID=America/Toronto:{e['start']:%Y%m%dT%H%M%S}",
              f"DTEND;TZID=America/Toronto:{e['end']:%Y%m%dT%H%M%S}",
              f"SUMMARY:{_ics_escape(e['summary'])}"]
        if e.get("location"):
            L.append(f"LOCATION:{_ics_escape(e['location'])}")
        if e.get("description"):
            L.append(f"DESCRIPTION:{_ics_escape(e['description'])}")
        if e.get("organizer"):
            n, a = e["organizer"]
            L.append(f'ORGANIZER;CN="{n}":mailto:{a}')
        for n, a in e.get("attendees", []):
            L.append(f'ATTENDEE;CN="{n}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}')
        L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"]
    L.append("END:VCALENDAR")
    return ("\r\n".join(_fold(x) for x in L) + "\r\n").encode("utf-8")


def vcard(cards):
    """cards: list of dicts with given, surname, org, title, tel [(type, num)], email, adr (street, city, region, pc), note."""
    out = []
    for c in cards:
        L = ["BEGIN:VCARD", "VERSION:3.0", f"N:{c['surname']};{c['given']};;;", f"FN:{c['given']} {c['surname']}"]
        if c.get("org"):
            L.append(f"ORG:{_ics_escape(c['org'])}")
        if c.get("title"):
            L.append(f"TITLE:{_ics_escape(c['title'])}")
        for typ, n in c.get("tel", []):
            L.append(f"TEL;TYPE={typ}:{n}")
        if c.get("email"):
            L.append(f"EMAIL;TYPE=INTERNET:{c['email']}")
        if c.get("adr"):
            st, city, reg, pc = c["adr"]
            L.append(f"ADR;TYPE=HOME:;;{_ics_escape(st)};{city};{reg};{pc};Canada")
        if c.get("bday"):
            L.append(f"BDAY:{c['bday']}")
        if c.get("note"):
            L.append(f"NOTE:{_ics_escape(c['note'])}")
        L.append("END:VCARD")
        out.append("\r\n".join(_fold(x) for x in L))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def zip_bytes(members, when):
    return _fixed_zip(members, when)


def naive(d, h=9, m=0):
    return dt.datetime(d.year, d.month, d.day, h, m)
