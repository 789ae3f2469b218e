"""Deterministic attachments: PDF (reportlab invariant), DOCX, XLSX, CSV, ICS, vCard, ZIP, .eml."""
import datetime as _dt
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 8, 0, 0)
FIXED_DT = _dt.datetime(2025, 1, 6, 8, 0, 0)


# ------------------------------------------------------------------ PDF
def pdf(title, lines, table=None, footer=None):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = h - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont("Helvetica", 10)
    for line in lines:
        for seg in (simpleSplit(line, "Helvetica", 10, w - 100) or [""]):
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, seg)
            y -= 14
    if table:
        y -= 8
        ncol = len(table[0])
        colw = (w - 100) / ncol
        for i, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
            for j, cell in enumerate(row):
                txt = str(cell)
                while txt and c.stringWidth(txt, "Helvetica", 8.5) > colw - 4:
                    txt = txt[:-1]
                c.drawString(50 + j * colw, y, txt)
            y -= 12
    if footer:
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(50, 40, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ OOXML normalisation
def _normalize_ooxml(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        body = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            s = body.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-06T08:00:00Z\2", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-06T08:00:00Z\2", s)
            s = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>2025-01-06T08:00:00Z\2", s)
            body = s.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.create_system = 3
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, body)
    dst.close()
    return out.getvalue()


def docx(title, paragraphs, table=None, author="", headings=None):
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "h":
            d.add_heading(p[1], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return _normalize_ooxml(buf.getvalue())


def xlsx(sheets, author=""):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return _normalize_ooxml(buf.getvalue())


# ------------------------------------------------------------------ text formats
def csv_text(rows, sep=","):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(uid, start, end, summary, description="", location="", organizer=None, attendees=()):
    fmt = "%Y%m%dT%H%M%S"
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Urgence//Agenda 4.2//FR", "METHOD:REQUEST",
         "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20250106T130000Z",
         "DTSTART;TZID=America/Toronto:" + start.strftime(fmt),
         "DTEND;TZID=America/Toronto:" + end.strftime(fmt),
         "SUMMARY:" + _ics_escape(summary)]
    if description:
        L.append("DESCRIPTION:" + _ics_escape(description))
    if location:
        L.append("LOCATION:" + _ics_escape(location))
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, a in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (cn, a))
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in L:
        while len(line.encode("utf-8")) > 74:
            cut = 70
            while len(line[:cut].encode("utf-8")) > 70:
                cut -= 1
            out.append(line[:cut])
            line = " " + line[cut:]
        out.append(line)
    return "\r\n".join(out) + "\r\n"


def vcard(fn, surname, given, tel=None, adr=None, note=None, bday=None, org=None, email=None, title=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:" + fn]
    if org:
        L.append("ORG:" + org)
    if title:
        L.append("TITLE:" + title)
    if tel:
        L.append("TEL;TYPE=%s:%s" % tel)
    if email:
        L.append("EMAIL;TYPE=WORK:" + email)
    if adr:
        L.append("ADR;TYPE=HOME:;;%s;;;;" % adr.replace(",", "\\,"))
    if bday:
        L.append("BDAY:" + bday)
    if note:
        L.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    L.append("END:VCARD")
    return "\r\n".join(L) + "\r\n"


def zip_bundle(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.create_system = 3
        zi.external_attr = 0o644 << 16
        if any(ord(ch) > 127 for ch in name):
            zi.flag_bits |= 0x800
        z.writestr(zi, data)
    z.close()
    return out.getvalue()


# ------------------------------------------------------------------ extraction (for verification)
def pdf_text(data):
    import base64
    import zlib
    texts = []
    t = re.search(rb"/Title \((.*?)\) /Trapped", data, re.S)
    if t:
        texts.append(_pdf_strings(b"(" + t.group(1) + b") Tj"))
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)\s*endstream", data, re.S):
        dic, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in dic:
            r = raw.strip()
            if r.endswith(b"~>"):
                r = r[:-2]
            if r.startswith(b"<~"):
                r = r[2:]
            raw = base64.a85decode(r)
        if b"FlateDecode" in dic:
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        texts.append(_pdf_strings(raw))
    return "\n".join(texts)


def _pdf_strings(stream):
    out = []
    i, n = 0, len(stream)
    cur = []
    while i < n:
        ch = stream[i:i + 1]
        if ch == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = stream[j:j + 1]
                if c == b"\\":
                    nx = stream[j + 1:j + 2]
                    if nx in b"01234567" and nx:
                        k = j + 1
                        oc = b""
                        while k < n and len(oc) < 3 and stream[k:k + 1] in b"01234567":
                            oc += stream[k:k + 1]
                            k += 1
                        buf.append(int(oc, 8) & 0xFF)
                        j = k
                        continue
                    mp = {b"n": 10, b"r": 13, b"t": 9, b"b": 8, b"f": 12}
                    buf.append(mp.get(nx, nx[0] if nx else 92))
                    j += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
                j += 1
            cur.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
            continue
        if stream[i:i + 2] == b"Tj" or stream[i:i + 2] == b"TJ" or stream[i:i + 2] == b"ET":
            if cur:
                out.append("".join(cur))
                cur = []
        i += 1
    if cur:
        out.append("".join(cur))
    return "\n".join(out)


def docx_text(data):
    import docx as _docx
    d = _docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def zip_members(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return [(i.filename, z.read(i.filename)) for i in z.infolist()]
