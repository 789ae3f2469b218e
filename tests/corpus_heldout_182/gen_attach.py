"""Deterministic attachments: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import csv
import datetime
import io
import re
import textwrap
import unicodedata
import zipfile

from gen_mime import Att, sanitize

FIXED_ZIP_TIME = (2025, 1, 2, 8, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 2, 8, 0, 0)

CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ZIP = "application/zip"


def _zip_write(zf, name, data, when=FIXED_ZIP_TIME):
    zi = zipfile.ZipInfo(name, date_time=when)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    zi.create_system = 0
    zf.writestr(zi, data)


def normalize_zip(data, when=FIXED_ZIP_TIME):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                for tag in ("created", "modified"):
                    txt = re.sub(r"(<dcterms:%s[^>]*>)[^<]*(</dcterms:%s>)" % (tag, tag),
                                 r"\g<1>%s\g<2>" % stamp, txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                             r"\g<1>%s\g<2>" % stamp, txt)
                blob = txt.encode("utf-8")
            _zip_write(zf, info.filename, blob, when)
    return out.getvalue()


# --------------------------------------------------------------------------
def _pdfsafe(s):
    return sanitize(unicodedata.normalize("NFKC", s), "windows-1252")


def pdf(title, lines, author="Commissariat"):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(_pdfsafe(title))
    c.setAuthor(_pdfsafe(author))
    c.setCreator("ReportLab")
    y = 740
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56, y, _pdfsafe(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for line in lines:
        line = _pdfsafe(line)
        chunks = textwrap.wrap(line, 95, break_long_words=False) or [""]
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = 740
            c.drawString(56, y, ch)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def docx(title, paragraphs, table=None, author="Commissariat"):
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
    cp.comments = ""
    cp.subject = ""
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def xlsx(sheets, author="Commissariat"):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def zip_of(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members:
            _zip_write(zf, name, data)
    return out.getvalue()


def csv_bytes(rows, encoding="utf-8", crlf=True, delim=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    return sanitize(s.getvalue(), {"utf-8": "utf-8", "cp1252": "windows-1252",
                                   "latin-1": "iso-8859-1"}[encoding]).encode(encoding)


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
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


def ics(uid, start, end, summary, description, location, organizer, attendees=()):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0",
             "PRODID:-//Hautes-Rivieres//Agenda CPQS//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"UID:{uid}",
             "DTSTAMP:20250102T130000Z",
             f"DTSTART;TZID=America/Montreal:{start.strftime(fmt)}",
             f"DTEND;TZID=America/Montreal:{end.strftime(fmt)}",
             "SUMMARY:" + _ics_escape(summary),
             "DESCRIPTION:" + _ics_escape(description),
             "LOCATION:" + _ics_escape(location),
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def vcard(given, surname, tel="", adr="", note="", org="", email_addr="", title=""):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;",
             f"FN:{given} {surname}"]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=HOME,VOICE:" + tel if not org else "TEL;TYPE=WORK,VOICE:" + tel)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,"))
    if email_addr:
        lines.append("EMAIL;TYPE=INTERNET:" + email_addr)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------
# Convenience wrappers returning Att
# --------------------------------------------------------------------------
def att_pdf(fn, title, lines, author="Commissariat"):
    return Att(fn, CT_PDF, pdf(title, lines, author))


def att_docx(fn, title, paragraphs, table=None, author="Commissariat"):
    return Att(fn, CT_DOCX, docx(title, paragraphs, table, author))


def att_xlsx(fn, sheets, author="Commissariat"):
    return Att(fn, CT_XLSX, xlsx(sheets, author))


def att_csv(fn, rows, rng, delim=","):
    enc = rng.choice(["utf-8", "cp1252"])
    try:
        csv_bytes(rows, enc)
    except ValueError:
        enc = "utf-8"
    cte = rng.choice(["base64", "quoted-printable", "8bit"])
    cs = "utf-8" if enc == "utf-8" else "windows-1252"
    return Att(fn, "text/csv", csv_bytes(rows, enc, rng.random() < 0.5, delim), cte, cs)


def att_ics(fn, data, rng):
    return Att(fn, "text/calendar; method=REQUEST", data,
               rng.choice(["base64", "quoted-printable", "8bit"]), "utf-8")


def att_vcf(fn, data, rng):
    return Att(fn, "text/vcard", data, rng.choice(["base64", "quoted-printable", "8bit"]),
               "utf-8")


def att_zip(fn, members):
    return Att(fn, CT_ZIP, zip_of(members))


def att_eml(fn, data):
    return Att(fn, "message/rfc822", data, "7bit")
