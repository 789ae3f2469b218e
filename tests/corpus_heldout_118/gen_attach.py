"""Attachment builders (PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard, inner .eml).

All outputs are byte-for-byte reproducible: PDFs use reportlab's invariant mode,
Office files and ZIPs are re-packed with a fixed timestamp.
"""
import datetime
import io
import re
import textwrap
import zipfile

FIXED_ZIP_DT = (2025, 1, 1, 0, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------- zip helpers
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                                 rb"\g<1>2025-01-01T00:00:00Z\g<3>", content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            if isinstance(content, str):
                content = content.encode("utf-8")
            z.writestr(zi, content)
    return out.getvalue()


# ----------------------------------------------------------------------------- PDF
def make_pdf(lines, title=None, compress=True, scan_only=False, header=None, font_size=10):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title or "document")
    c.setAuthor("CHUSL")
    width, height = letter
    if scan_only:
        # a "scanned" page: only vector marks, no extractable text
        c.setLineWidth(0.6)
        for i in range(38):
            y = height - 90 - i * 17
            c.line(72, y, 72 + (i * 37 % 400) + 80, y)
        c.rect(60, 60, width - 120, height - 120)
        c.showPage()
        c.save()
        return buf.getvalue()
    y = height - 60
    if header:
        c.setFont("Helvetica-Bold", 9)
        for h in header:
            c.drawString(60, y, h)
            y -= 12
        y -= 8
    if title:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, y, title)
        y -= 24
    c.setFont("Helvetica", font_size)
    for line in lines:
        wrapped = textwrap.wrap(line, 95) if line else [""]
        for w in wrapped:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", font_size)
                y = height - 60
            c.drawString(60, y, w)
            y -= font_size + 3
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- DOCX
def make_docx(blocks, author="CHUSL"):
    """blocks: list of ('h', text) | ('p', text) | ('table', rows)."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ----------------------------------------------------------------------------- XLSX
def make_xlsx(sheets, author="CHUSL"):
    """sheets: list of (title, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.created = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ----------------------------------------------------------------------------- CSV
def make_csv(rows, sep=";", encoding="utf-8-sig", crlf=True):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    nl = "\r\n" if crlf else "\n"
    text = nl.join(sep.join(q(c) for c in row) for row in rows) + nl
    return text.encode(encoding, "replace")


# ----------------------------------------------------------------------------- ICS
def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
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


def make_ics(uid, start, end, summary, location, description, organizer, attendees=(), method="REQUEST",
             tz="America/Montreal"):
    f = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//CHUSL//Agenda clinique 4.2//FR", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{FIXED_DT.strftime(f)}Z",
        f"DTSTART;TZID={tz}:{start.strftime(f)}", f"DTEND;TZID={tz}:{end.strftime(f)}",
        f"SUMMARY:{_ics_escape(summary)}", f"LOCATION:{_ics_escape(location)}",
        f"DESCRIPTION:{_ics_escape(description)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for cn, addr in attendees:
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{addr}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


# ----------------------------------------------------------------------------- vCard
def make_vcard(fn, n_parts, org=None, title=None, tels=(), emails=(), adr=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{';'.join(n_parts)};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, t in tels:
        lines.append(f"TEL;TYPE={kind}:{t}")
    for e in emails:
        lines.append(f"EMAIL;TYPE=INTERNET:{e}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{_ics_escape(adr)};;;;")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    return ("\r\n".join(_ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


# ----------------------------------------------------------------------------- attachment dicts
def att(data, ctype, filename, **kw):
    d = {"data": data, "ctype": ctype, "filename": filename}
    d.update(kw)
    return d


def pdf_att(filename, lines, **kw):
    pk = {k: kw.pop(k) for k in list(kw) if k in ("title", "compress", "scan_only", "header", "font_size")}
    return att(make_pdf(lines, **pk), "application/pdf", filename, **kw)


def docx_att(filename, blocks, **kw):
    return att(make_docx(blocks), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               filename, **kw)


def xlsx_att(filename, sheets, **kw):
    return att(make_xlsx(sheets), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               filename, **kw)


def csv_att(filename, rows, sep=";", encoding="utf-8-sig", **kw):
    cs = {"utf-8-sig": "utf-8", "cp1252": "windows-1252", "latin-1": "iso-8859-1"}.get(encoding, "utf-8")
    kw.setdefault("cte", "base64")
    return att(make_csv(rows, sep, encoding), "text/csv", filename, charset=cs, **kw)


def ics_att(filename, ics_bytes, **kw):
    kw.setdefault("cte", "quoted-printable")
    return att(ics_bytes, "text/calendar", filename, charset="utf-8", **kw)


def vcf_att(filename, vcf_bytes, **kw):
    kw.setdefault("cte", "quoted-printable")
    return att(vcf_bytes, "text/vcard", filename, charset="utf-8", **kw)


def zip_att(filename, files, **kw):
    return att(make_zip(files), "application/zip", filename, **kw)


def eml_att(eml_bytes, filename=None):
    return {"data": eml_bytes, "ctype": "message/rfc822", "filename": filename}
