"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import datetime as dt
import io
import re
import zipfile

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 6, 8, 0, 0)
_PDF_MAP = {"\u2011": "-", "\u2013": "-", "\u2014": "-", "\u2192": "->", "\u2265": ">=",
            "\u2264": "<=", "\u03b2": "beta", "\u2009": " ", "\u202f": " ", "\u2605": "*", "\u2610": "[ ]", "\u2611": "[x]"}


def pdf_safe(s):
    out = []
    for ch in s:
        ch = _PDF_MAP.get(ch, ch)
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            ch = "?"
        out.append(ch)
    return "".join(out)


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


def pdf_doc(title, blocks, author="CHRVSC", header=None):
    """blocks: list of str (paragraphs) or ('table', header, rows) or ('kv', [(k, v)])."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1)
    c.setTitle(pdf_safe(title))
    c.setAuthor(author)
    y = 750

    def line(txt, font="Helvetica", size=10, x=60):
        nonlocal y
        if y < 60:
            c.showPage()
            y = 750
        c.setFont(font, size)
        c.drawString(x, y, pdf_safe(txt))
        y -= size + 4

    if header:
        line(header, "Helvetica", 8)
    line(title, "Helvetica-Bold", 13)
    y -= 6
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n"):
                for ln in _wrap(para, 95):
                    line(ln)
            y -= 4
        elif b[0] == "kv":
            for k, v in b[1]:
                line(f"{k} : {v}" if k else v)
            y -= 4
        elif b[0] == "table":
            hdr, rows = b[1], b[2]
            line("  |  ".join(hdr), "Helvetica-Bold", 9)
            for r in rows:
                line("  |  ".join(str(x) for x in r), "Helvetica", 9)
            y -= 4
    c.showPage()
    c.save()
    return buf.getvalue()


_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def rezip(data, core_date="2025-01-06T08:00:00Z"):
    """Rewrite an OOXML/ZIP blob with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _CORE_DATE.sub(lambda m: m.group(1) + core_date.encode() + m.group(2), blob)
                blob = re.sub(rb"<cp:lastPrinted>[^<]*</cp:lastPrinted>", b"", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def docx_doc(title, blocks, author="CHRVSC"):
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2025, 1, 6, 8, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.comments = ""
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n"):
                d.add_paragraph(para)
        elif b[0] == "kv":
            for k, v in b[1]:
                p = d.add_paragraph()
                if k:
                    p.add_run(f"{k} : ").bold = True
                p.add_run(str(v))
        elif b[0] == "table":
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr))
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = str(h)
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def xlsx_doc(sheets, author="CHRVSC"):
    """sheets: list of (name, header, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    fixed = dt.datetime(2025, 1, 6, 8, 0, 0)
    wb.properties.creator = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(header))
        for r in rows:
            ws.append(list(r))
        for col, h in zip("ABCDEFGHIJKLMN", header):
            ws.column_dimensions[col].width = max(10, min(40, len(str(h)) + 6))
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue())


def zip_pack(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def csv_text(header, rows, sep=","):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = [sep.join(q(h) for h in header)] + [sep.join(q(x) for x in r) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, raw = [], line.encode("utf-8")
    while len(raw) > 73:
        cut = 73
        while (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
    out.append(raw.decode("utf-8"))
    return "\r\n ".join(out)


def ics_event(uid, start, end, summary, location, description, organizer, stamp, method="REQUEST",
              attendees=()):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHRVSC//Agenda radio-oncologie//FR",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime(fmt)}Z",
             f"DTSTART;TZID=America/Toronto:{start.strftime(fmt)}",
             f"DTEND;TZID=America/Toronto:{end.strftime(fmt)}",
             f"SUMMARY:{_ics_escape(summary)}", f"LOCATION:{_ics_escape(location)}",
             f"DESCRIPTION:{_ics_escape(description)}", f"ORGANIZER:mailto:{organizer}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def vcard(fn, surname, given, tel=None, adr=None, note=None, email=None, bday=None, org=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if adr:
        street, town, region, pc = adr
        lines.append(f"ADR;TYPE=HOME:;;{street};{town};{region};{pc};Canada")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace(";", "\\;"))
    lines.append("END:VCARD")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"
