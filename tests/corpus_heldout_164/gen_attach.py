"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime as _dt
import io
import re
import textwrap
import zipfile

FIXED_ZIP_TIME = (2024, 9, 1, 8, 0, 0)
FIXED_ISO = "2024-09-01T08:00:00Z"


def _to_text(s):
    return "" if s is None else str(s)


# --------------------------------------------------------------------------
# ZIP (also used to normalise DOCX / XLSX packages)
# --------------------------------------------------------------------------
def make_zip(members, date_time=FIXED_ZIP_TIME):
    """members: list of (name, bytes).  Fixed member times and order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zf.writestr(zi, data)
    return buf.getvalue()


_CORE_RE = [
    (re.compile(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)"), rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>"),
    (re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)"), rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>"),
    (re.compile(rb"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)"), rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>"),
]


def normalise_ooxml(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for name in src.namelist():
        blob = src.read(name)
        if name == "docProps/core.xml":
            for rx, rep in _CORE_RE:
                blob = rx.sub(rep, blob)
        members.append((name, blob))
    return make_zip(members)


# --------------------------------------------------------------------------
# PDF (reportlab, invariant)
# --------------------------------------------------------------------------
def _pdf_safe(s):
    # Base-14 fonts: keep Latin-1 / cp1252; fold full-width digits and odd dashes.
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, blocks, author="", subject=""):
    """blocks: list of str (paragraph) or ('table', header, rows) or ('kv', [(k, v), ...])."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setSubject(_pdf_safe(subject))
    c.setCreator("Vallon DocGen 2.3")
    width, height = letter
    y = height - 60

    def line(txt, font="Helvetica", size=10, dy=14, x=54):
        nonlocal y
        if y < 60:
            c.showPage()
            y = height - 60
        c.setFont(font, size)
        c.drawString(x, y, _pdf_safe(txt))
        y -= dy

    line(title, "Helvetica-Bold", 14, 22)
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n"):
                for w in (textwrap.wrap(para, 95) or [""]):
                    line(w)
            y -= 4
        elif b[0] == "kv":
            for k, v in b[1]:
                line(f"{k} : {v}" if k else v)
            y -= 4
        elif b[0] == "table":
            line("   |   ".join(_to_text(h) for h in b[1]), "Helvetica-Bold", 9, 13)
            for r in b[2]:
                line("   |   ".join(_to_text(v) for v in r), "Helvetica", 9, 13)
            y -= 4
        elif b[0] == "h":
            line(b[1], "Helvetica-Bold", 11, 16)
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
def make_docx(title, blocks, author="CSM Vallon"):
    import docx

    d = docx.Document()
    cp = d.core_properties
    fixed = _dt.datetime(2024, 9, 1, 8, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.title = title
    cp.revision = 1
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n"):
                d.add_paragraph(para)
        elif b[0] == "kv":
            for k, v in b[1]:
                p = d.add_paragraph()
                if k:
                    p.add_run(f"{k} : ").bold = True
                p.add_run(_to_text(v))
        elif b[0] == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = _to_text(h)
            for r in b[2]:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = _to_text(v)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_ooxml(buf.getvalue())


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------
def make_xlsx(sheets, author="CSM Vallon"):
    """sheets: list of (name, header, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    fixed = _dt.datetime(2024, 9, 1, 8, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(header))
        for r in rows:
            ws.append([v if isinstance(v, (int, float)) else _to_text(v) for v in r])
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_ooxml(buf.getvalue())


# --------------------------------------------------------------------------
# Text formats
# --------------------------------------------------------------------------
def make_csv(header, rows, delimiter=",", encoding="utf-8", eol="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=eol)
    w.writerow(header)
    for r in rows:
        w.writerow([_to_text(v) for v in r])
    return buf.getvalue().encode(encoding)


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, raw = [], line.encode("utf-8")
    while len(raw) > 73:
        cut = 73
        while (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
    out.append(raw.decode("utf-8"))
    return "\r\n ".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CSM Vallon//Agenda 4.1//FR", f"METHOD:{method}",
        "BEGIN:VTIMEZONE", "TZID:America/Toronto",
        "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20240901T120000Z",
        f"DTSTART;TZID=America/Toronto:{start.strftime(fmt)}",
        f"DTEND;TZID=America/Toronto:{end.strftime(fmt)}",
        f"SUMMARY:{_ics_escape(summary)}", f"DESCRIPTION:{_ics_escape(description)}",
        f"LOCATION:{_ics_escape(location)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcard(surname, given, org="", title="", tel=(), email="", adr="", note="", adr_type="HOME"):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, num in tel:
        lines.append(f"TEL;TYPE={kind}:{num}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        esc = adr.replace(",", "\\,")
        lines.append(f"ADR;TYPE={adr_type}:;;{esc};;;;")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines += ["REV:20240901T120000Z", "END:VCARD"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")
