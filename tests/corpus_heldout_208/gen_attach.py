"""Deterministic attachment builders: PDF (reportlab, invariant), DOCX, XLSX, ZIP, ICS, vCard, CSV."""
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2024, 1, 15, 8, 30, 0)
FIXED_DOC_TIME = datetime.datetime(2024, 1, 15, 8, 30, 0)

_PDF_SUBST = {"\u2192": "->", "\u2265": ">=", "\u2264": "<=", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
              "\u2011": "-", "\u2212": "-", "\u2191": "(hausse)", "\u2193": "(baisse)", "\u00d7": "x"}


def pdf_safe(s):
    s = "".join(_PDF_SUBST.get(c, chr(ord(c) - 0xFF10 + 48) if "\uff10" <= c <= "\uff19" else c) for c in s)
    return s.encode("cp1252", "replace").decode("cp1252")


def pdf_bytes(title, lines, author="PRDT", header=None):
    """lines: list of str; '' = blank line; lines starting with '# ' are bold headings."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(pdf_safe(title))
    c.setAuthor(pdf_safe(author))
    c.setCreator("PRDT documents")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = height - 60

    if header:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, pdf_safe(header))
        y -= 20
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, pdf_safe(title))
    y -= 24
    for ln in lines:
        if y < 60:
            newpage()
        if ln.startswith("# "):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y, pdf_safe(ln[2:]))
            y -= 16
            continue
        c.setFont("Helvetica", 10)
        if not ln:
            y -= 8
            continue
        for part in simpleSplit(pdf_safe(ln), "Helvetica", 10, width - 100):
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, part)
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_ooxml(data):
    """Rewrite an OOXML package with fixed member times and fixed core dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED_DOC_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<3>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(title, paras, tables=(), author="PRDT"):
    """paras: list of str (lines starting with '# ' become headings)."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.last_printed = FIXED_DOC_TIME
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    for header, rows in tables:
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


def xlsx_bytes(sheets, author="PRDT"):
    """sheets: list of (name, rows) where rows[0] is the header."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            w = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, w + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def zip_bytes(members):
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


def csv_bytes(rows, sep=",", bom=False, crlf=True):
    def cell(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            v = '"' + v.replace('"', '""') + '"'
        return v
    nl = "\r\n" if crlf else "\n"
    text = nl.join(sep.join(cell(c) for c in r) for r in rows) + nl
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def _ics_escape(s):
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


def ics_bytes(uid, start, end, summary, location, description, organizer, attendees=(), stamp=None):
    stamp = stamp or FIXED_DOC_TIME
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//RSBL//Agenda PRDT 3.2//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%sZ" % stamp.strftime(fmt),
             "DTSTART;TZID=America/Toronto:%s" % start.strftime(fmt),
             "DTEND;TZID=America/Toronto:%s" % end.strftime(fmt),
             "SUMMARY:%s" % _ics_escape(summary), "LOCATION:%s" % _ics_escape(location),
             "DESCRIPTION:%s" % _ics_escape(description),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for name, addr in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (name, addr))
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(ln) for ln in lines) + "\r\n").encode("utf-8")


def vcf_bytes(given, surname, org=None, title=None, tel_home=None, tel_work=None, tel_cell=None,
              adr=None, email=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel_home:
        lines.append("TEL;TYPE=HOME,VOICE:%s" % tel_home)
    if tel_cell:
        lines.append("TEL;TYPE=CELL:%s" % tel_cell)
    if tel_work:
        lines.append("TEL;TYPE=WORK,VOICE:%s" % tel_work)
    if adr:
        street, city, region, pc = adr
        lines.append("ADR;TYPE=%s:;;%s;%s;%s;%s;Canada" % ("HOME" if tel_home or tel_cell else "WORK",
                                                          _ics_escape(street), city, region, pc))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if bday:
        lines.append("BDAY:%s" % bday)
    if note:
        lines.append("NOTE:%s" % _ics_escape(note))
    lines.append("REV:20240115T083000Z")
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(ln) for ln in lines) + "\r\n").encode("utf-8")
