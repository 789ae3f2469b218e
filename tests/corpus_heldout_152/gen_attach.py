"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 6, 8, 0, 0)
FIXED_DOC_DT = datetime.datetime(2025, 1, 6, 8, 0, 0)

# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
# content items: ("h", text) ("p", text) ("kv", [(k, v), ...]) ("table", header, rows)
# ("small", text)


def _pdf_safe(s):
    # Standard fonts are WinAnsi encoded: keep to cp1252
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, items, author="CIUSSS du Val-des-Outardes", compress=False, header=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setCreator("CIUSSS VDO - gabarits")
    width, height = letter
    left, right = 60, width - 60
    y = height - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = height - 60

    def line(text, font="Helvetica", size=10, lead=13, indent=0):
        nonlocal y
        for ln in simpleSplit(_pdf_safe(text), font, size, right - left - indent) or [""]:
            if y < 70:
                newpage()
            c.setFont(font, size)
            c.drawString(left + indent, y, ln)
            y -= lead

    if header:
        line(header, "Helvetica-Oblique", 8, 11)
        y -= 4
    line(title, "Helvetica-Bold", 14, 18)
    y -= 6
    for it in items:
        k = it[0]
        if k == "h":
            y -= 4
            line(it[1], "Helvetica-Bold", 11, 15)
        elif k == "p":
            line(it[1])
            y -= 3
        elif k == "small":
            line(it[1], "Helvetica", 8, 10)
        elif k == "kv":
            for key, val in it[1]:
                line(f"{key} : {val}" if key else val)
            y -= 3
        elif k == "table":
            hdr, rows = it[1], it[2]
            ncol = max(len(r) for r in ([hdr] if hdr else []) + rows)
            colw = (right - left) / ncol
            allrows = ([("B", hdr)] if hdr else []) + [("N", r) for r in rows]
            for kind, r in allrows:
                cells = [simpleSplit(_pdf_safe(str(x)), "Helvetica", 8.5, colw - 4) or [""] for x in r]
                h = max(len(cl) for cl in cells)
                if y - h * 11 < 60:
                    newpage()
                for ci, cl in enumerate(cells):
                    for li, txt in enumerate(cl):
                        c.setFont("Helvetica-Bold" if kind == "B" else "Helvetica", 8.5)
                        c.drawString(left + ci * colw + 2, y - li * 11, txt)
                y -= h * 11 + 3
            y -= 4
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# ZIP normalisation (DOCX/XLSX are ZIPs written with the current time)
# --------------------------------------------------------------------------

def _rezip(data, fix_core=True):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-06T08:00:00Z\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-06T08:00:00Z\2", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
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


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------

def make_docx(title, items, author="CIUSSS du Val-des-Outardes"):
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
    d.add_heading(title, level=1)
    for it in items:
        k = it[0]
        if k == "h":
            d.add_heading(it[1], level=2)
        elif k in ("p", "small"):
            d.add_paragraph(it[1])
        elif k == "kv":
            for key, val in it[1]:
                para = d.add_paragraph()
                if key:
                    para.add_run(f"{key} : ").bold = True
                para.add_run(val)
        elif k == "table":
            hdr, rows = it[1], it[2]
            ncol = max(len(r) for r in ([hdr] if hdr else []) + rows)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for r in ([hdr] if hdr else []) + rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------

def make_xlsx(sheets, author="CIUSSS du Val-des-Outardes"):
    """sheets: list of (title, header, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_DT
    wb.properties.modified = FIXED_DOC_DT
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        if header:
            ws.append(list(header))
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 60)
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue())


# --------------------------------------------------------------------------
# CSV, ICS, vCard
# --------------------------------------------------------------------------

def make_csv(header, rows, sep=";"):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = [sep.join(q(x) for x in header)] if header else []
    lines += [sep.join(q(x) for x in r) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    b = line.encode("utf-8")
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode("utf-8"))
        b = b[cut:]
    out.append(b.decode("utf-8"))
    return "\r\n ".join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendees,
             stamp, method="REQUEST"):
    def dt(x):
        return x.strftime("%Y%m%dT%H%M%S")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//CIUSSS VDO//Agenda clinique 4.2//FR", "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE", "TZID:America/Toronto",
        "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID=America/Toronto:{dt(start)}", f"DTEND;TZID=America/Toronto:{dt(end)}",
        f"SUMMARY:{_ics_esc(summary)}", f"LOCATION:{_ics_esc(location)}",
        f"DESCRIPTION:{_ics_esc(description)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"


def make_vcard(given, surname, org=None, title=None, tel_home=None, tel_work=None,
               adr=None, email=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if tel_work:
        lines.append(f"TEL;TYPE=WORK,VOICE:{tel_work}")
    if tel_home:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel_home}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr.replace(',', chr(92) + ',')};;;;")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace(";", "\\;"))
    lines.append("END:VCARD")
    return "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"
