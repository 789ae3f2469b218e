"""Deterministic attachments: PDF (reportlab), DOCX (python-docx), XLSX (openpyxl), ZIP, CSV, ICS, vCard."""
import datetime as _dt
import io
import re
import unicodedata
import zipfile

FIXED_ZIP_TIME = (2024, 1, 2, 8, 0, 0)
FIXED_DOC_DT = _dt.datetime(2024, 1, 2, 8, 0, 0)


def normalize_zip(data, core_date="2024-01-02T08:00:00Z"):
    """Rewrite a ZIP with fixed member times and fixed Office core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                             lambda m: m.group(1) + core_date + m.group(3), txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + core_date + r"\2", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            if isinstance(blob, str):
                blob = blob.encode("utf-8")
            z.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        if not para:
            out.append("")
            continue
        line = ""
        for w in para.split(" "):
            if len(line) + len(w) + 1 > width and line:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def make_pdf(title, items, author="", subject=""):
    """items: list of str (paragraphs) or ("table", header, rows) or ("h", text)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("Rapport - gabarit interne")
    y = 740
    nf = lambda s: unicodedata.normalize("NFKC", s)

    def newline(h=13):
        nonlocal y
        y -= h
        if y < 60:
            c.showPage()
            y = 740

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, nf(title))
    newline(22)
    for it in items:
        if isinstance(it, str):
            c.setFont("Helvetica", 10)
            for ln in _wrap(it, 95):
                c.drawString(50, y, nf(ln))
                newline()
            newline(6)
        elif it[0] == "h":
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y, nf(it[1]))
            newline(16)
        elif it[0] == "table":
            header, rows = it[1], it[2]
            ncol = len(header) if header else len(rows[0])
            colw = (512.0 / ncol)
            for k, r in enumerate(([header] if header else []) + rows):
                c.setFont("Helvetica-Bold" if (k == 0 and header) else "Helvetica", 8.5)
                for i, cell in enumerate(r):
                    c.drawString(50 + i * colw, y, nf(str(cell))[: int(colw / 4.6)])
                newline(12)
            newline(6)
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# DOCX / XLSX
# --------------------------------------------------------------------------
def make_docx(title, items, author="BRC"):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOC_DT
    cp.modified = FIXED_DOC_DT
    cp.last_printed = FIXED_DOC_DT
    cp.revision = 1
    cp.comments = ""
    d.add_heading(title, level=1)
    for it in items:
        if isinstance(it, str):
            d.add_paragraph(it)
        elif it[0] == "h":
            d.add_heading(it[1], level=2)
        elif it[0] == "table":
            header, rows = it[1], it[2]
            ncol = len(header) if header else len(rows[0])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for r in ([header] if header else []) + rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author="BRC"):
    """sheets: list of (name, header, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_DT
    wb.properties.modified = FIXED_DOC_DT
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        if header:
            ws.append(list(header))
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------
# Text attachments
# --------------------------------------------------------------------------
def make_csv(header, rows, sep=","):
    def q(v):
        v = str(v)
        if sep in v or "\"" in v or "\n" in v:
            return "\"" + v.replace("\"", "\"\"") + "\""
        return v
    lines = [sep.join(q(h) for h in header)] if header else []
    lines += [sep.join(q(v) for v in r) for r in rows]
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


def make_ics(uid, start, end, summary, description, location, organizer, attendees, stamp, method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CISRP//Agenda recherche 2.1//FR", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:" + stamp.strftime(fmt) + "Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime(fmt),
             "DTEND;TZID=America/Toronto:" + end.strftime(fmt),
             "SUMMARY:" + _ics_escape(summary),
             "DESCRIPTION:" + _ics_escape(description),
             "LOCATION:" + _ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (n, a))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(ln) for ln in lines) + "\r\n"


def make_vcf(given, surname, org="", title="", tels=(), emails=(), adr=None, note="", bday=None, rev="20240102T080000Z"):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    for kind, t in tels:
        lines.append("TEL;TYPE=%s:%s" % (kind, t))
    for e in emails:
        lines.append("EMAIL;TYPE=INTERNET:" + e)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada" % adr)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines += ["REV:" + rev, "END:VCARD"]
    return "\r\n".join(_ics_fold(ln) for ln in lines) + "\r\n"
