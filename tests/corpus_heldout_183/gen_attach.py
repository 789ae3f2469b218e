"""Attachment builders with fixed internal dates: PDF (reportlab, invariant), DOCX (python-docx),
XLSX (openpyxl), ZIP, CSV, ICS and vCard."""
import datetime as dt
import io
import re
import unicodedata
import zipfile

FIXED_ZIP_TIME = (2025, 1, 1, 8, 0, 0)


# --------------------------------------------------------------------------------------------
# ZIP helpers
# --------------------------------------------------------------------------------------------
def make_zip(members, when=FIXED_ZIP_TIME):
    """members: list of (name, bytes). Fixed times and attributes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0o600 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return buf.getvalue()


def _normalise_ooxml(data, when):
    """Rewrite an OOXML package with fixed member times and fixed core-property dates."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        content = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = content.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
            txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + stamp + r"\g<2>", txt)
            content = txt.encode("utf-8")
        members.append((info.filename, content))
    return make_zip(members, (1980, 1, 1, 0, 0, 0))


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------
def _pdf_safe(s):
    s = unicodedata.normalize("NFKC", s)
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(blocks, title="", author="", header=None):
    """blocks: ('h', text) | ('p', text) | ('kv', [(k, v)]) | ('table', header, rows, widths) | ('sp',)"""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setCreator("Formulaires cliniques v4.2")
    W, H = letter
    x0, y = 54, H - 54
    state = {"y": y}

    def newpage():
        c.showPage()
        state["y"] = H - 54
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(x0, H - 36, _pdf_safe(header))
            state["y"] = H - 60

    def line(text, font="Helvetica", size=10, x=x0, lead=13):
        if state["y"] < 60:
            newpage()
        c.setFont(font, size)
        c.drawString(x, state["y"], _pdf_safe(text))
        state["y"] -= lead

    def wrapped(text, font="Helvetica", size=10, x=x0, width=W - 2 * x0):
        for para in text.split("\n"):
            words, cur = para.split(" "), ""
            for w in words:
                t = (cur + " " + w) if cur else w
                if stringWidth(_pdf_safe(t), font, size) > width and cur:
                    line(cur, font, size, x)
                    cur = w
                else:
                    cur = t
            line(cur, font, size, x)

    if header:
        c.setFont("Helvetica", 8)
        c.drawString(x0, H - 36, _pdf_safe(header))
        state["y"] = H - 60
    for b in blocks:
        kind = b[0]
        if kind == "h":
            state["y"] -= 4
            line(b[1], "Helvetica-Bold", 13, lead=18)
        elif kind == "p":
            wrapped(b[1])
            state["y"] -= 4
        elif kind == "kv":
            for k, v in b[1]:
                if state["y"] < 60:
                    newpage()
                c.setFont("Helvetica-Bold", 10)
                c.drawString(x0, state["y"], _pdf_safe(k))
                wrapped(v, x=x0 + 170, width=W - 2 * x0 - 170)
        elif kind == "table":
            hdr, rows, widths = b[1], b[2], b[3]
            xs = [x0]
            for w in widths[:-1]:
                xs.append(xs[-1] + w)
            for r_i, row in enumerate([hdr] + rows):
                if state["y"] < 60:
                    newpage()
                font = "Helvetica-Bold" if r_i == 0 else "Helvetica"
                c.setFont(font, 8.5)
                for xx, cell in zip(xs, row):
                    c.drawString(xx, state["y"], _pdf_safe(str(cell)))
                state["y"] -= 12
            state["y"] -= 6
        elif kind == "sp":
            state["y"] -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------
def make_docx(blocks, title="", author="", when=dt.datetime(2025, 1, 1, 8, 0, 0)):
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    for b in blocks:
        kind = b[0]
        if kind == "h":
            doc.add_heading(b[1], level=1 if len(b) < 3 else b[2])
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
        elif kind == "table":
            hdr, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = str(h)
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
        elif kind == "sp":
            doc.add_paragraph("")
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_ooxml(buf.getvalue(), when)


# --------------------------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------------------------
def make_xlsx(sheets, title="", author="", when=dt.datetime(2025, 1, 1, 8, 0, 0)):
    """sheets: list of (sheet name, header, rows)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = when
    wb.properties.modified = when
    first = True
    for name, hdr, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        if hdr:
            ws.append(list(hdr))
            for cell in ws[1]:
                cell.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for col, w in zip("ABCDEFGHIJKL", [14, 24, 14, 18, 30, 22, 18, 18, 18, 18, 18, 18]):
            ws.column_dimensions[col].width = w
    buf = io.BytesIO()
    wb.save(buf)
    return _normalise_ooxml(buf.getvalue(), when)


# --------------------------------------------------------------------------------------------
# Text formats
# --------------------------------------------------------------------------------------------
def make_csv(header, rows, sep=";"):
    def cell(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = [sep.join(cell(h) for h in header)] + [sep.join(cell(v) for v in r) for r in rows]
    return "\n".join(lines) + "\n"


def _fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, description, location, organizer, attendees, stamp, tzid="America/Toronto"):
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Deux-Rives//Agenda clinique 3.1//FR", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:" + stamp.strftime("%Y%m%dT%H%M%SZ"),
        "DTSTART;TZID=%s:%s" % (tzid, start.strftime("%Y%m%dT%H%M%S")),
        "DTEND;TZID=%s:%s" % (tzid, end.strftime("%Y%m%dT%H%M%S")),
        "SUMMARY:" + _ics_esc(summary),
        "DESCRIPTION:" + _ics_esc(description),
        "LOCATION:" + _ics_esc(location),
        "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]),
    ]
    for cn, mail in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, mail))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_fold(l) for l in lines) + "\n"


def make_vcard(given, surname, org="", title="", tel_work="", tel_home="", tel_cell="", email="",
               adr=None, note="", bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0",
             "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org.replace(";", "\\;"))
    if title:
        lines.append("TITLE:" + title)
    if tel_work:
        lines.append("TEL;TYPE=WORK,VOICE:" + tel_work)
    if tel_home:
        lines.append("TEL;TYPE=HOME,VOICE:" + tel_home)
    if tel_cell:
        lines.append("TEL;TYPE=CELL:" + tel_cell)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        kind, street, city, region, pc, country = adr
        lines.append("ADR;TYPE=%s:;;%s;%s;%s;%s;%s" % (kind, street.replace(",", "\\,"), city, region, pc, country))
    if bday:
        lines.append("BDAY:" + bday.strftime("%Y-%m-%d"))
    if note:
        lines.append("NOTE:" + _ics_esc(note))
    lines.append("END:VCARD")
    return "\n".join(_fold(l) for l in lines) + "\n"
