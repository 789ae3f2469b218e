"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime as dt
import io
import re
import textwrap
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_DT = (2025, 1, 6, 8, 30, 0)


def _pdf_safe(s):
    import unicodedata
    s = "".join(unicodedata.normalize("NFKC", ch) if 0xFF00 <= ord(ch) <= 0xFFEF
                else ch for ch in s)
    s = s.replace("’", "'").replace("≥", ">=").replace("≤", "<=")
    return s.encode("cp1252", "replace").decode("cp1252")


def pdf(title, lines, table=None, compress=False, header=None, footer=None):
    """lines: list of str (wrapped); table: (header, rows) drawn as columns."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1,
                      pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor("CHDR")
    c.setCreator("CHDR - Chirurgie generale")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, _pdf_safe(footer))
        c.showPage()
        y = height - 60

    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, height - 35, _pdf_safe(header))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for ln in lines:
        wrapped = textwrap.wrap(ln, 95) or [""]
        for w in wrapped:
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, _pdf_safe(w))
            y -= 14
    if table:
        head, rows = table
        n = len(head)
        colw = (width - 100) / n
        maxc = max(6, int(colw / 4.4))
        y -= 8
        for ri, r in enumerate([head] + list(rows)):
            cells = [textwrap.wrap(_pdf_safe(str(v)), maxc) or [""] for v in r]
            h = max(len(x) for x in cells)
            if y - 11 * h < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8)
            for i, lines_ in enumerate(cells):
                for k, w in enumerate(lines_):
                    c.drawString(50 + i * colw, y - 11 * k, w)
            y -= 11 * h + 3
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


def _rezip(data, date_time=FIXED_ZIP_DT, patch=None):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if patch and info.filename in patch:
                body = patch[info.filename](body)
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, body)
    return out.getvalue()


def _fix_core(when):
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()

    def f(body):
        body = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                      rb"\g<1>" + stamp + rb"\g<2>", body)
        body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                      rb"\g<1>" + stamp + rb"\g<2>", body)
        return body
    return f


def docx(title, paras, table=None, author="CHDR", when=None):
    from docx import Document
    when = when or dt.datetime(2025, 1, 6, 8, 30, 0)
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        head, rows = table
        t = d.add_table(rows=1, cols=len(head))
        for i, h in enumerate(head):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue(), patch={"docProps/core.xml": _fix_core(when)})


def xlsx(sheets, author="CHDR", when=None):
    """sheets: list of (title, header, rows)."""
    from openpyxl import Workbook
    when = when or dt.datetime(2025, 1, 6, 8, 30, 0)
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    first = True
    for title, head, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        ws.append(list(head))
        for r in rows:
            ws.append(list(r))
        for i, h in enumerate(head):
            ws.column_dimensions[chr(65 + i)].width = max(10, len(str(h)) + 4)
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue(), patch={"docProps/core.xml": _fix_core(when)})


def csv_bytes(head, rows, delim=",", enc="utf-8", bom=False, eol="\r\n"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator=eol)
    w.writerow(head)
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(enc, "replace")
    return (b"\xef\xbb\xbf" + data) if bom else data


def _ics_esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(uid, stamp, start, end, summary, description, location, organizer,
        attendees=(), method="REQUEST", tz="America/Toronto"):
    fmt = "%Y%m%dT%H%M%S"
    L = ["BEGIN:VCALENDAR", "PRODID:-//CHDR//Agenda bloc 4.2//FR",
         "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
         f"UID:{uid}", f"DTSTAMP:{stamp.strftime(fmt)}Z",
         f"DTSTART;TZID={tz}:{start.strftime(fmt)}",
         f"DTEND;TZID={tz}:{end.strftime(fmt)}",
         f"SUMMARY:{_ics_esc(summary)}",
         f"DESCRIPTION:{_ics_esc(description)}",
         f"LOCATION:{_ics_esc(location)}",
         f"ORGANIZER;CN={_ics_esc(organizer[0])}:mailto:{organizer[1]}"]
    for n, a in attendees:
        L.append(f"ATTENDEE;CN={_ics_esc(n)};ROLE=REQ-PARTICIPANT:mailto:{a}")
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(x) for x in L) + "\r\n").encode("utf-8")


def vcard(fn, n, tels=(), adr=None, email=None, note=None, org=None,
          title=None, bday=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", f"N:{n[0]};{n[1]};;;", f"FN:{fn}"]
    if org:
        L.append(f"ORG:{org}")
    if title:
        L.append(f"TITLE:{title}")
    for kind, num in tels:
        L.append(f"TEL;TYPE={kind}:{num}")
    if adr:
        street, city, region, pc = (x.replace(",", "\\,") for x in adr)
        L.append(f"ADR;TYPE=HOME:;;{street};{city};{region};{pc};Canada")
    if email:
        L.append(f"EMAIL;TYPE=INTERNET:{email}")
    if bday:
        L.append(f"BDAY:{bday}")
    if note:
        L.append(f"NOTE:{_ics_esc(note)}")
    L.append("END:VCARD")
    return ("\r\n".join(_fold(x) for x in L) + "\r\n").encode("utf-8")


def zipb(members, date_time=FIXED_ZIP_DT):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()
