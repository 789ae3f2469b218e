"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard.

A document is (title, blocks) where blocks are strings (paragraphs) or
("table", headers, rows).
"""
import datetime
import io
import re
import textwrap
import zipfile

FIXED_ZIP_TIME = (2025, 1, 2, 9, 0, 0)


def _fixed_iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def normalize_zip(data, when, core_dt=None):
    """Rewrite a ZIP (OOXML or plain) with fixed member times and core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if core_dt is not None and info.filename == "docProps/core.xml":
                iso = _fixed_iso(core_dt).encode()
                blob = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + iso + rb"\g<2>", blob)
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + iso + rb"\g<2>", blob)
                blob = re.sub(rb"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", rb"\g<1>" + iso + rb"\g<2>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def _zip_time(dt):
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, 0)


# ---------------------------------------------------------------- PDF

def make_pdf(title, blocks, when, author="", compress=True):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    # Type 1 standard fonts have no full-width glyphs: fold those digits.
    fold_fw = {0xFF10 + i: str(i) for i in range(10)}
    title = title.translate(fold_fw)
    blocks = [b.translate(fold_fw) if isinstance(b, str) else
              (b[0], [str(h).translate(fold_fw) for h in b[1]],
               [[str(c).translate(fold_fw) for c in r] for r in b[2]]) for b in blocks]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author or "")
    c.setCreator("Dossier clinique - module orthophonie")
    width, height = letter
    y = height - 60

    def newline(step=14):
        nonlocal y
        y -= step
        if y < 60:
            c.showPage()
            y = height - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, y, title)
    newline(22)
    for b in blocks:
        if isinstance(b, str):
            c.setFont("Helvetica", 10)
            for para in b.split("\n"):
                for line in (textwrap.wrap(para, 95) or [""]):
                    c.drawString(54, y, line)
                    newline()
            newline(6)
        else:
            _, headers, rows = b
            n = len(headers)
            colw = (width - 108) / n
            c.setFont("Helvetica-Bold", 9)
            for i, h in enumerate(headers):
                c.drawString(54 + i * colw, y, str(h)[:int(colw / 5)])
            newline()
            c.setFont("Helvetica", 9)
            for r in rows:
                for i, cell in enumerate(r):
                    c.drawString(54 + i * colw, y, str(cell)[:int(colw / 4.3)])
                newline(13)
            newline(6)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX

def make_docx(title, blocks, when, author=""):
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n\n"):
                d.add_paragraph(para)
        else:
            _, headers, rows = b
            t = d.add_table(rows=1 + len(rows), cols=len(headers))
            for i, h in enumerate(headers):
                t.cell(0, i).text = str(h)
            for j, r in enumerate(rows):
                for i, cell in enumerate(r):
                    t.cell(j + 1, i).text = str(cell)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), _zip_time(when), when)


# ---------------------------------------------------------------- XLSX

def make_xlsx(sheets, when, author=""):
    """sheets: list of (sheet title, headers, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    first = True
    for name, headers, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(headers))
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), _zip_time(when), when)


# ---------------------------------------------------------------- ZIP

def make_zip(members, when):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=_zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- CSV, ICS, VCF

def make_csv(headers, rows, sep=";"):
    def cell(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            v = '"' + v.replace('"', '""') + '"'
        return v
    lines = [sep.join(cell(h) for h in headers)] + [sep.join(cell(c) for c in r) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


def make_ics(uid, start, minutes, summary, location, description, organizer, stamp, method="REQUEST"):
    end = start + datetime.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Trois-Rivages//Agenda clinique 4.2//FR", "VERSION:2.0",
        "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
        "DTSTAMP:" + stamp.strftime(f) + "Z",
        "DTSTART;TZID=America/Toronto:" + start.strftime(f),
        "DTEND;TZID=America/Toronto:" + end.strftime(f),
        "SUMMARY:" + _ics_escape(summary), "LOCATION:" + _ics_escape(location),
        "DESCRIPTION:" + _ics_escape(description),
        "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]),
        "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


def make_vcf(given, surname, tel=None, adr=None, email=None, org=None, title=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % tel)
    if adr:
        lines.append("ADR;TYPE=%s:;;%s;%s;QC;%s;Canada" % adr)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"
