"""Attachment builders (PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV) with fixed timestamps."""
import csv
import datetime
import io
import re
import zipfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.pdfgen import canvas as rl_canvas
from xml.sax.saxutils import escape as xesc


def _zip_dt(dt):
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, (dt.second // 2) * 2)


def rezip(data, dt, patch=None):
    """Rewrite an OOXML/zip container with fixed member timestamps (and optional text patches)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if patch and info.filename in patch:
                blob = patch[info.filename](blob)
            zi = zipfile.ZipInfo(info.filename, date_time=_zip_dt(dt))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members, dt):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=_zip_dt(dt))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def make_pdf(title, blocks, author="", compress=True, header=None):
    """blocks: list of ('h', text) | ('p', text) | ('table', rows) | ('sp', n)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0,
                            title=title, author=author, leftMargin=54, rightMargin=54,
                            topMargin=54, bottomMargin=54)
    ss = getSampleStyleSheet()
    story = []
    if header:
        story.append(Paragraph(xesc(header), ss["Normal"]))
        story.append(Spacer(1, 6))
    story.append(Paragraph(xesc(title), ss["Title"]))
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(xesc(val), ss["Heading3"]))
        elif kind == "p":
            story.append(Paragraph(xesc(val).replace("\n", "<br/>"), ss["Normal"]))
            story.append(Spacer(1, 4))
        elif kind == "sp":
            story.append(Spacer(1, val))
        elif kind == "table":
            t = Table([[Paragraph(xesc(str(c)), ss["BodyText"]) for c in row] for row in val], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc.build(story)
    return buf.getvalue()


def make_scan_pdf(pages=2):
    """A 'scanned' PDF with no text layer (grey shapes only)."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=letter, invariant=1)
    for i in range(pages):
        c.setFillGray(0.93)
        c.rect(40, 40, 532, 712, fill=1, stroke=0)
        c.setFillGray(0.75)
        for k in range(18):
            c.rect(70, 680 - k * 34, 300 + (k * 37) % 170, 9, fill=1, stroke=0)
        c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def make_docx(title, blocks, dt, author="Utilisateur"):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.replace(tzinfo=None)
    cp.modified = dt.replace(tzinfo=None)
    cp.revision = 1
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
        elif kind == "sp":
            d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue(), dt)


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, dt, author="Utilisateur"):
    """sheets: list of (name, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.replace(tzinfo=None)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for c in ws[1]:
            c.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, max(9, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    stamp = dt.strftime("%Y-%m-%dT%H:%M:%SZ").encode()

    def fix_core(blob):
        blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", blob)
        blob = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + stamp + rb"\g<2>", blob)
        return blob
    return rezip(buf.getvalue(), dt, patch={"docProps/core.xml": fix_core})


# ------------------------------------------------------------------ CSV
def make_csv(rows, delimiter=",", eol="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------------ ICS / vCard
def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees, stamp,
             method="REQUEST", tzid="America/Montreal"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         f"METHOD:{method}", "BEGIN:VEVENT",
         f"UID:{uid}", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
         f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
         f"SUMMARY:{_ics_escape(summary)}", f"DESCRIPTION:{_ics_escape(description)}",
         f"LOCATION:{_ics_escape(location)}",
         f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}"]
    for n, a in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=\"{n}\":mailto:{a}")
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in L) + "\r\n"


def make_vcard(fn, n_parts, tels=(), adr=None, email=None, bday=None, note=None, org=None, title=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", f"N:{';'.join(n_parts)};;;", f"FN:{fn}"]
    if org:
        L.append(f"ORG:{org}")
    if title:
        L.append(f"TITLE:{title}")
    for kind, num in tels:
        L.append(f"TEL;TYPE={kind}:{num}")
    if adr:
        L.append(f"ADR;TYPE=HOME:;;{_ics_escape(adr)};;;;")
    if email:
        L.append(f"EMAIL;TYPE=INTERNET:{email}")
    if bday:
        L.append(f"BDAY:{bday}")
    if note:
        L.append(f"NOTE:{_ics_escape(note)}")
    L.append("END:VCARD")
    return "\r\n".join(_fold(x) for x in L) + "\r\n"
