"""Deterministic attachments: PDF (reportlab invariant), DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import datetime
import io
import re
import zipfile

from reportlab import rl_config
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

import docx
import openpyxl

from gen_common import ADDR, HOSP_EN, HOSP_FR

rl_config.invariant = 1
FIXED_ZIP_TIME = (2024, 11, 1, 8, 0, 0)
FIXED_DT = datetime.datetime(2024, 11, 1, 8, 0, 0)
CORE_ISO = "2024-11-01T08:00:00Z"

PDF_SUBS = {"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "≥": ">=", "≤": "<=",
            "×": "x", "→": "->", "…": "...", "≈": "~"}


def _pdf_safe(s):
    s = "".join(PDF_SUBS.get(c, c) for c in s)
    return s.encode("cp1252", "replace").decode("cp1252")


def _wrap(s, width):
    out = []
    for para in s.split("\n"):
        line = ""
        for w in para.split(" "):
            if len(line) + len(w) + 1 > width and line:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def make_pdf(title, blocks, lang="fr", compress=False, header=True):
    """blocks: ('h', text) | ('p', text) | ('kv', [(k, v)]) | ('table', [hdr], [[row]])"""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(HOSP_FR if lang == "fr" else HOSP_EN)
    c.setCreator("HSAB DocGen")
    w, h = LETTER
    y = h - 60

    def need(dy):
        nonlocal y
        if y - dy < 60:
            c.showPage()
            y = h - 60

    if header:
        h1, h2 = header if isinstance(header, tuple) else (HOSP_FR if lang == "fr" else HOSP_EN, ADDR)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, _pdf_safe(h1))
        y -= 11
        c.setFont("Helvetica", 8)
        c.drawString(50, y, _pdf_safe(h2))
        y -= 22
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 22
    for b in blocks:
        kind = b[0]
        if kind == "h":
            need(24)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y, _pdf_safe(b[1]))
            y -= 16
        elif kind == "p":
            c.setFont("Helvetica", 10)
            for ln in _wrap(b[1], 95):
                need(13)
                c.drawString(50, y, _pdf_safe(ln))
                y -= 13
            y -= 5
        elif kind == "kv":
            for k, v in b[1]:
                need(13)
                c.setFont("Helvetica-Bold", 10)
                c.drawString(50, y, _pdf_safe(k))
                c.setFont("Helvetica", 10)
                c.drawString(200, y, _pdf_safe(str(v)))
                y -= 13
            y -= 5
        elif kind == "table":
            hdr, rows = b[1], b[2]
            n = len(hdr)
            colw = (w - 100) / n
            need(14)
            c.setFont("Helvetica-Bold", 8)
            for i, x in enumerate(hdr):
                c.drawString(50 + i * colw, y, _pdf_safe(str(x))[:int(colw / 4.2)])
            y -= 12
            c.setFont("Helvetica", 8)
            for r in rows:
                need(12)
                for i, x in enumerate(r):
                    c.drawString(50 + i * colw, y, _pdf_safe(str(x))[:int(colw / 4.2)])
                y -= 11
            y -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_ooxml(data):
    """Rewrite an OOXML zip with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                             lambda m: m.group(1) + CORE_ISO + m.group(3), txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + CORE_ISO + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, blocks, author="HSAB"):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "kv":
            for k, v in b[1]:
                p = d.add_paragraph()
                p.add_run(f"{k} ").bold = True
                p.add_run(str(v))
        elif kind == "table":
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, x in enumerate(hdr):
                t.rows[0].cells[i].text = str(x)
            for r in rows:
                cells = t.add_row().cells
                for i, x in enumerate(r):
                    cells[i].text = str(x)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_xlsx(sheets, author="HSAB"):
    """sheets: [(title, [[cell, ...], ...])]"""
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 18
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_zip(members):
    """members: [(name, bytes)]"""
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


def make_csv(rows, sep=","):
    def cell(x):
        x = str(x)
        if sep in x or '"' in x or "\n" in x:
            return '"' + x.replace('"', '""') + '"'
        return x
    return "\n".join(sep.join(cell(x) for x in r) for r in rows) + "\n"


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, summary, start, end, location, description, organizer, attendees=(), stamp="20241101T120000Z"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HSAB//Agenda endoscopie 3.2//FR", "CALSCALE:GREGORIAN",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID=America/Montreal:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID=America/Montreal:{end:%Y%m%dT%H%M%S}",
             f"SUMMARY:{_ics_esc(summary)}", f"LOCATION:{_ics_esc(location)}",
             f"DESCRIPTION:{_ics_esc(description)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def make_vcf(given, surname, tel=None, addr=None, email=None, note=None, org=None, title=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if addr:
        street, town, postal = addr
        lines.append(f"ADR;TYPE=HOME:;;{street.replace(',', chr(92) + ',')};{town};QC;{postal};Canada")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ics_esc(note)}")
    lines += ["REV:20241101T080000Z", "END:VCARD"]
    return "\n".join(lines) + "\n"
