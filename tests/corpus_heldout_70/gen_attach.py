# -*- coding: utf-8 -*-
"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import csv
import datetime
import io
import re
import zipfile

FIXED_DT = (2024, 1, 1, 0, 0, 0)
FIXED_DATETIME = datetime.datetime(2024, 1, 1, 0, 0, 0)


def _cp1252(s):
    from gen_mime import fit_charset
    s = s.replace("\u25a1", "[ ]").replace("\u2265", ">=").replace("\u2264", "<=")
    t = fit_charset(s, "windows-1252")
    if t is None:
        t = "".join(c if fit_charset(c, "windows-1252") is not None else "?" for c in s)
        t = fit_charset(t, "windows-1252")
    return t


# ---------------------------------------------------------------------------
def make_pdf(title, blocks, author="", compress=True):
    """blocks: list of (kind, payload): ('h', str) ('p', str) ('kv', [(k, v)]) ('table', rows) ('small', str)"""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_cp1252(title))
    c.setAuthor(_cp1252(author))
    c.setCreator("Numérisation / Scan")
    c.setProducer("ReportLab")
    W, H = letter
    x0, y = 54, H - 60
    state = {"y": y}

    def need(h):
        if state["y"] - h < 50:
            c.showPage()
            state["y"] = H - 60

    def line(txt, font="Helvetica", size=10, indent=0, lead=13):
        for ln in simpleSplit(_cp1252(txt), font, size, W - 2 * x0 - indent) or [""]:
            need(lead)
            c.setFont(font, size)
            c.drawString(x0 + indent, state["y"], ln)
            state["y"] -= lead

    line(title, "Helvetica-Bold", 13, lead=20)
    for kind, payload in blocks:
        if kind == "h":
            state["y"] -= 4
            line(payload, "Helvetica-Bold", 11, lead=16)
        elif kind == "p":
            for para in payload.split("\n"):
                line(para)
            state["y"] -= 4
        elif kind == "small":
            line(payload, "Helvetica-Oblique", 8, lead=10)
        elif kind == "kv":
            for k, v in payload:
                need(13)
                c.setFont("Helvetica-Bold", 10)
                c.drawString(x0, state["y"], _cp1252(k))
                c.setFont("Helvetica", 10)
                vv = simpleSplit(_cp1252(str(v)), "Helvetica", 10, W - 2 * x0 - 170) or [""]
                for i, ln in enumerate(vv):
                    if i:
                        need(13)
                    c.drawString(x0 + 170, state["y"], ln)
                    state["y"] -= 13
        elif kind == "table":
            ncol = max(len(r) for r in payload)
            colw = (W - 2 * x0) / ncol
            for ri, row in enumerate(payload):
                need(14)
                c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8.5)
                for ci, cell in enumerate(row):
                    txt = _cp1252(str(cell))
                    while c.stringWidth(txt, "Helvetica", 8.5) > colw - 4 and len(txt) > 3:
                        txt = txt[:-2]
                    c.drawString(x0 + ci * colw, state["y"], txt)
                state["y"] -= 13
            state["y"] -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------
def _rezip(data, fix_core=True):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                s = content.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-01-01T00:00:00Z\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-01-01T00:00:00Z\g<2>", s)
                content = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def make_docx(title, paragraphs, tables=None, author="", heading_after=None):
    """paragraphs: list of str or ('h', str); tables: list of rows lists appended at the end
    (or after the paragraph index given in heading_after)."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DATETIME
    cp.modified = FIXED_DATETIME
    cp.last_printed = FIXED_DATETIME
    cp.revision = 1
    d.add_heading(title, level=1)
    tables = tables or []
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "h":
            d.add_heading(p[1], level=2)
        elif isinstance(p, tuple) and p[0] == "table":
            rows = p[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
        else:
            d.add_paragraph(p)
    for rows in tables:
        t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, cell in enumerate(r):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


def make_xlsx(sheets, author=""):
    """sheets: list of (title, rows)."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DATETIME
    wb.properties.modified = FIXED_DATETIME
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
            ws.column_dimensions[col[0].column_letter].width = min(60, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue())


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def make_csv(rows, delimiter=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------------------
def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees, method="REQUEST",
             tzid="America/Montreal"):
    """start/end: naive datetimes (local)."""
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Hopital Saint-Aubin//Agenda 4.2//FR", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20240101T000000Z",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{_ics_escape(summary)}", f"DESCRIPTION:{_ics_escape(description)}",
        f"LOCATION:{_ics_escape(location)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for cn, mail in attendees:
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{mail}")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


def make_vcf(given, surname, tel=None, adr=None, email=None, bday=None, note=None, org=None, title=None,
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
        street, city, region, pc = adr
        lines.append(f"ADR;TYPE=HOME:;;{street};{city};{region};{pc};Canada")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"
