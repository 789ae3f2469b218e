"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import zipfile

from reportlab import rl_config

rl_config.useA85 = 0
rl_config.invariant = 1

from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FIXED_ZIP_TIME = (2025, 1, 1, 8, 0, 0)


def _zip_normalise(data, when):
    """Rewrite an OOXML package with fixed member times and core dates."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)",
                             lambda m: m.group(1) + stamp + m.group(3), txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                             lambda m: m.group(1) + stamp + m.group(2), txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if name.encode("ascii", "ignore").decode() != name:
                zi.flag_bits |= 0x800
            z.writestr(zi, blob if isinstance(blob, bytes) else blob.encode("utf-8"))
    return out.getvalue()


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------

def _wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    return lines


def _ascii_forms(s):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in str(s))


def make_pdf(title, lines, table=None, header=None, author="CLSC du Haut-Ruisseau", col_widths=None):
    """lines: list of str ('' = blank, '## ' = bold sub-heading)."""
    lines = [_ascii_forms(l) for l in lines]
    table = [[_ascii_forms(c) for c in r] for r in table] if table else None
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator("SAD-Docs")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = h - 60

    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, y + 25, header)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, title)
    y -= 28
    for line in lines:
        if line.startswith("## "):
            c.setFont("Helvetica-Bold", 11)
            txt = [line[3:]]
        else:
            c.setFont("Helvetica", 10)
            txt = _wrap(line, 95) if line else [""]
        for t in txt:
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, t)
            y -= 14
    if table:
        y -= 6
        ncol = len(table[0])
        widths = col_widths or [int(510 / ncol)] * ncol
        for r, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 8.5)
            x = 50
            for cell, cw in zip(row, widths):
                s = str(cell)
                maxc = max(4, int(cw / 4.6))
                c.drawString(x, y, s if len(s) <= maxc else s[:maxc - 1] + "…")
                x += cw
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# DOCX / XLSX
# --------------------------------------------------------------------------

def make_docx(title, paras, table=None, author="SAD", when=datetime.datetime(2025, 1, 1, 8, 0)):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return _zip_normalise(buf.getvalue(), when)


def make_xlsx(sheets, author="SAD", when=datetime.datetime(2025, 1, 1, 8, 0)):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return _zip_normalise(buf.getvalue(), when)


# --------------------------------------------------------------------------
# text formats
# --------------------------------------------------------------------------

def make_csv(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendees=(), method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CLSC du Haut-Ruisseau//Agenda SAD//FR", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD",
             "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
             "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD", "BEGIN:DAYLIGHT",
             "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
             "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T120000Z",
             f"DTSTART;TZID=America/Toronto:{start.strftime(fmt)}",
             f"DTEND;TZID=America/Toronto:{end.strftime(fmt)}",
             f"SUMMARY:{_ics_escape(summary)}", f"LOCATION:{_ics_escape(location)}",
             f"DESCRIPTION:{_ics_escape(description)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{e}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


def make_vcf(given, surname, org="", title="", tels=(), adr=None, email="", note="", bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, num in tels:
        lines.append(f"TEL;TYPE={kind}:{num}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr['line']};{adr['city']};QC;{adr['pc']};Canada")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"
