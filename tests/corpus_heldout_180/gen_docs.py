"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 9, 30, 0)
FIXED_W3C = "2025-01-06T09:30:00Z"


def _renormalise_zip(data, core_time=FIXED_W3C):
    """Rewrite an OOXML package with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>%s\g<2>" % core_time, txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\g<2>" % core_time, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def pdf(title, blocks, author="", compress=True, header=None):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows) | ('sp', n)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    w, h = letter
    y = [h - 60]

    def newpage():
        c.showPage()
        y[0] = h - 60

    def line(txt, font="Helvetica", size=10, x=56):
        if y[0] < 60:
            newpage()
        c.setFont(font, size)
        c.drawString(x, y[0], txt)
        y[0] -= size + 4

    if header:
        line(header, "Helvetica-Oblique", 8)
    line(title, "Helvetica-Bold", 13)
    y[0] -= 4
    for kind, val in blocks:
        if kind == "h":
            y[0] -= 4
            line(val, "Helvetica-Bold", 11)
        elif kind == "p":
            for para in val.split("\n"):
                for chunk in _wrap(para, 95):
                    line(chunk)
        elif kind == "t":
            ncol = max(len(r) for r in val)
            lens = [max(4, min(60, max(len(str(r[j])) for r in val if j < len(r)))) for j in range(ncol)]
            size = 8.5 if sum(lens) < 105 else 7
            xs, x = [], 56.0
            for j in range(ncol):
                xs.append(x)
                x += (w - 112) * lens[j] / sum(lens)
            xs.append(w - 56)
            for i, row in enumerate(val):
                if y[0] < 60:
                    newpage()
                font = "Helvetica-Bold" if i == 0 else "Helvetica"
                c.setFont(font, size)
                for j, cell in enumerate(row):
                    s = str(cell)
                    while s and c.stringWidth(s, font, size) > xs[j + 1] - xs[j] - 4:
                        s = s[:-1]
                    c.drawString(xs[j], y[0], s)
                y[0] -= size + 3.5
        elif kind == "sp":
            y[0] -= 10 * val
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(text, width):
    if not text:
        return [""]
    out, cur = [], ""
    for word in text.split(" "):
        if len(cur) + len(word) + 1 > width and cur:
            out.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    out.append(cur)
    return out


# ---------------------------------------------------------------- DOCX
def docx(title, blocks, author="ORL"):
    import datetime
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.created = datetime.datetime(2025, 1, 6, 9, 30)
    cp.modified = datetime.datetime(2025, 1, 6, 9, 30)
    cp.revision = 1
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            p = d.add_paragraph(val)
            for run in p.runs:
                run.font.size = Pt(10.5)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
        elif kind == "sp":
            d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    return _renormalise_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def xlsx(sheets, author="ORL"):
    """sheets: list of (sheet title, rows)."""
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 1, 6, 9, 30)
    wb.properties.modified = datetime.datetime(2025, 1, 6, 9, 30)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for i, row in enumerate(rows):
            ws.append(list(row))
            if i == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(48, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return _renormalise_zip(buf.getvalue())


# ---------------------------------------------------------------- ZIP
def zip_of(members):
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


# ---------------------------------------------------------------- CSV / ICS / vCard
def csv_text(rows, sep=","):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold_ics(line):
    out = []
    b = line
    while len(b.encode("utf-8")) > 74:
        cut = 74
        while len(b[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(b[:cut])
        b = " " + b[cut:]
    out.append(b)
    return "\n".join(out)


def ics(uid, start, end, summary, description, location, organizer, attendees=(), method="REQUEST",
        stamp="20250106T143000Z", tz="America/Toronto"):
    """start/end as 'YYYYMMDDTHHMMSS' local times."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Deux-Rives//Agenda ORL 4.2//FR",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
             "DTSTART;TZID=%s:%s" % (tz, start), "DTEND;TZID=%s:%s" % (tz, end),
             "SUMMARY:" + _ics_escape(summary), "DESCRIPTION:" + _ics_escape(description),
             "LOCATION:" + _ics_escape(location), "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, mail in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (cn, mail))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_fold_ics(l) for l in lines) + "\n"


def vcard(fn, n, tel=None, cell=None, email=None, adr=None, org=None, title=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + fn, "N:" + n]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=HOME,VOICE:" + tel)
    if cell:
        lines.append("TEL;TYPE=CELL:" + cell)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return "\n".join(lines) + "\n"
