"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2024, 1, 2, 8, 0, 0)
FIXED_DT = datetime.datetime(2024, 1, 2, 8, 0, 0)


# --------------------------------------------------------------------------- zip helpers
def normalize_zip(blob, when=FIXED_ZIP_TIME, core_iso=None):
    """Re-write an OOXML/ZIP blob with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if core_iso and info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + core_iso.encode() + m.group(3), data)
                data = re.sub(rb"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                              lambda m: m.group(1) + core_iso.encode() + m.group(2), data)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, data)
    return out.getvalue()


def make_zip(members, when=(2024, 5, 6, 9, 30, 0)):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if not name.isascii():
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


# --------------------------------------------------------------------------- PDF
_PDF_SUBST = {"□": "[ ]", "≤": "<=", "≥": ">=", "→": "->", "⁶": "^6", "⁷": "^7", "⁹": "^9", "κ": "kappa",
              "µ": "µ", "·": "·"}


def pdf_safe(s):
    out = []
    for ch in str(s):
        ch = _PDF_SUBST.get(ch, ch)
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            ch = "?"
        out.append(ch)
    return "".join(out)


def make_pdf(title, lines, author="", table=None, footer=""):
    """lines: list of strings (a line '' is a gap, a line starting '# ' is a heading).
    table: optional list of rows (list of str) drawn after the lines."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author or "Val-des-Cedres")
    c.setCreator("ReportLab")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, pdf_safe(footer))
        c.showPage()
        y = h - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, pdf_safe(title))
    y -= 24
    for line in lines:
        if y < 60:
            newpage()
        if line.startswith("# "):
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(50, y, pdf_safe(line[2:]))
            y -= 15
            continue
        c.setFont("Helvetica", 9.5)
        for chunk in _wrap(line, 100):
            c.drawString(50, y, pdf_safe(chunk))
            y -= 12.5
        if not line:
            y -= 4
    if table:
        y -= 6
        ncol = len(table[0])
        maxlen = [max(len(str(row[i])) for row in table) + 2 for i in range(ncol)]
        avail = w - 100
        fs = min(8.5, avail / (sum(maxlen) * 0.52))
        xs = [50]
        for ml in maxlen[:-1]:
            xs.append(xs[-1] + avail * ml / sum(maxlen))
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", fs)
            for ci, cell in enumerate(row):
                c.drawString(xs[ci], y, pdf_safe(cell))
            y -= fs + 3.5
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(s, n):
    if len(s) <= n:
        return [s]
    out, cur = [], ""
    for word in s.split(" "):
        if len(cur) + len(word) + 1 > n and cur:
            out.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    out.append(cur)
    return out


# --------------------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, table=None, author="", when=FIXED_DT):
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author or "Val-des-Cedres"
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.last_modified_by = author or "Val-des-Cedres"
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
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
    return normalize_zip(buf.getvalue(), core_iso=when.strftime("%Y-%m-%dT%H:%M:%SZ"))


# --------------------------------------------------------------------------- XLSX
def make_xlsx(sheets, author="", when=FIXED_DT):
    """sheets: list of (title, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(title=name[:31])
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 16
    wb.properties.creator = author or "Val-des-Cedres"
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), core_iso=when.strftime("%Y-%m-%dT%H:%M:%SZ"))


# --------------------------------------------------------------------------- text formats
def make_csv(rows, sep=",", eol="\r\n"):
    def cell(x):
        x = str(x)
        if sep in x or '"' in x or "\n" in x:
            return '"' + x.replace('"', '""') + '"'
        return x
    return eol.join(sep.join(cell(c) for c in r) for r in rows) + eol


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    b = line
    while len(b.encode("utf-8")) > 74:
        cut = 74
        while len(b[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(b[:cut])
        b = " " + b[cut:]
    out.append(b)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description="", location="", organizer=None,
             attendees=(), method="REQUEST", stamp="20240102T130000Z"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Val-des-Cedres//Agenda 4.2//FR",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
             "DTSTART;TZID=America/Montreal:" + start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Montreal:" + end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + _ics_escape(summary)]
    if location:
        lines.append("LOCATION:" + _ics_escape(location))
    if description:
        lines.append("DESCRIPTION:" + _ics_escape(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, a))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


def make_vcard(given, surname, org="", title="", tel=(), email="", adr=None, note="", bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given),
             "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    for kind, num in tel:
        lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=%s:;;%s;%s;%s;%s;%s" % adr)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines += ["REV:20240102T130000Z", "END:VCARD"]
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"
