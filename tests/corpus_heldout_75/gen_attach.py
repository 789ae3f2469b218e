"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import textwrap
import zipfile

FIXED_ZIP_TIME = (2025, 1, 15, 9, 30, 0)
FIXED_DT = datetime.datetime(2025, 1, 15, 9, 30, 0)

CP1252_FIX = {"\u2009": " ", "\u202f": " ", "\u2011": "-", "\u2212": "-", "\u2192": "->",
              "\u2265": ">=", "\u2264": "<=", "\u00a0": " "}


def pdf_safe(s):
    s = "".join(CP1252_FIX.get(ch, ch) for ch in s)
    return s.encode("cp1252", "replace").decode("cp1252")


def pdf_bytes(title, lines, compress=False, author="", subtitle=None):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(pdf_safe(title))
    if author:
        c.setAuthor(pdf_safe(author))
    c.setCreator("Formulaires cliniques v4.2")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = height - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, pdf_safe(title))
    y -= 20
    if subtitle:
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(50, y, pdf_safe(subtitle))
        y -= 16
    c.setFont("Helvetica", 10)
    for line in lines:
        bold = line.startswith("## ")
        if bold:
            line = line[3:]
            y -= 4
        wrapped = textwrap.wrap(line, 100) or [""]
        for w in wrapped:
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(50, y, pdf_safe(w))
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data):
    """Re-zip with fixed timestamps and fixed core-properties dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2025-01-15T09:30:00Z\g<3>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(title, paragraphs, table=None, author="Service social"):
    """paragraphs: list of str; '## ' prefix -> heading. table: (header, rows)."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=1, cols=len(header))
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def xlsx_bytes(sheets, author="Gestion des lits"):
    """sheets: list of (name, header, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(header))
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 18
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def csv_bytes(header, rows, enc="utf-8", delim=",", bom=False, crlf=True):
    def q(v):
        v = str(v)
        if delim in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    nl = "\r\n" if crlf else "\n"
    txt = nl.join(delim.join(q(v) for v in r) for r in [header] + list(rows)) + nl
    data = txt.encode(enc, "replace")
    if bom and enc == "utf-8":
        data = b"\xef\xbb\xbf" + data
    return data


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------- iCalendar / vCard
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics_text(uid, summary, start, end, location, description, organizer, attendees,
             method="REQUEST", tz="America/Toronto"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"UID:{uid}", "DTSTAMP:20250115T143000Z",
             f"DTSTART;TZID={tz}:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}",
             f"SUMMARY:{ics_escape(summary)}",
             f"LOCATION:{ics_escape(location)}",
             f"DESCRIPTION:{ics_escape(description)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, addr in attendees:
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                     f"mailto:{addr}")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY",
              "DESCRIPTION:Rappel", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vcard_text(fn, n, tel=None, email=None, adr=None, note=None, org=None, title=None,
               bday=None, version="3.0"):
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"N:{n}", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{ics_escape(org)}")
    if title:
        lines.append(f"TITLE:{ics_escape(title)}")
    if tel:
        for kind, num in tel:
            lines.append(f"TEL;TYPE={kind}:{num}" if version == "3.0" else
                         f"TEL;TYPE={kind.lower()};VALUE=uri:tel:{num.replace(' ', '-')}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{ics_escape(adr)};;;;")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{ics_escape(note)}")
    lines.append("REV:20250115T143000Z")
    lines.append("END:VCARD")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"
