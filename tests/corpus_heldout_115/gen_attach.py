"""Attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, PNG. All byte-stable."""
import base64
import html
import io
import re
import struct
import zlib
import zipfile
import datetime as dt

import reportlab.rl_config as _rl
_rl.invariant = 1
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from xml.sax.saxutils import escape as xesc

import docx
import openpyxl


def _zip_dt(when):
    return (when.year, when.month, when.day, when.hour, when.minute, 0)


def normalise_ooxml(data, when):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:00Z")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % stamp, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % stamp, txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=_zip_dt(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, content)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def make_pdf(title, blocks, author="", when=None):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows) | ('s', height)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, title=title, author=author,
                            leftMargin=54, rightMargin=54, topMargin=54, bottomMargin=54)
    ss = getSampleStyleSheet()
    flow = []
    for kind, val in blocks:
        if kind == "h":
            flow.append(Paragraph(xesc(val), ss["Heading2"]))
        elif kind == "h1":
            flow.append(Paragraph(xesc(val), ss["Title"]))
        elif kind == "p":
            flow.append(Paragraph(xesc(val).replace("\n", "<br/>"), ss["Normal"]))
        elif kind == "s":
            flow.append(Spacer(1, val))
        elif kind == "t":
            t = Table([[str(c) for c in row] for row in val], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("FONTSIZE", (0, 0), (-1, -1), 8),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
            flow.append(t)
    doc.build(flow)
    return buf.getvalue()


def pdf_text(data):
    """Tiny text extractor for the PDFs written above (and similar simple PDFs)."""
    texts = []
    for m in re.finditer(rb"<<((?:(?!<<|>>).)*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        dic, raw = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in dic:
                raw = base64.a85decode(raw.strip(), adobe=True)
            if b"FlateDecode" in dic:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for s in re.finditer(rb"\((.*?)(?<!\\)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(s.group(1)))
    return "\n".join(texts)


def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b""
                while j < len(b) and len(oct_) < 3 and 0x30 <= b[j] <= 0x37:
                    oct_ += bytes([b[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
                continue
            mp = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
            out.append(mp.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return out.decode("cp1252", "replace")


# ---------------------------------------------------------------- DOCX
def make_docx(blocks, when, author="", title=""):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_ooxml(buf.getvalue(), when)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"</w:tc>", "\t", x)
            out.append(_xml_unescape(re.sub(r"<[^>]+>", "", x)))
        elif n == "docProps/core.xml":
            out.append(_xml_unescape(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8"))))
    return "\n".join(out)


def _xml_unescape(s):
    return html.unescape(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, when, author=""):
    """sheets: list of (title, rows)"""
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when.replace(tzinfo=None)
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = min(40, max(10, max(len(str(c.value or "")) for c in col) + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_ooxml(buf.getvalue(), when)


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in sorted(z.namelist()):
        if n.endswith(".xml") and ("sharedStrings" in n or "worksheets/sheet" in n or n == "xl/workbook.xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</(si|c|row)>", "\t", x)
            out.append(_xml_unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


# ---------------------------------------------------------------- ZIP, CSV, ICS, VCF, PNG
def make_zip(files, when):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=_zip_dt(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


def make_csv(rows, sep=",", encoding="utf-8", bom=False, crlf=True):
    def q(c):
        c = str(c)
        if sep in c or '"' in c or "\n" in c:
            return '"' + c.replace('"', '""') + '"'
        return c
    nl = "\r\n" if crlf else "\n"
    txt = nl.join(sep.join(q(c) for c in row) for row in rows) + nl
    data = txt.encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees, stamp, method="REQUEST"):
    f = lambda d: d.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT",
             f"UID:{uid}", f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART;TZID=America/Toronto:{f(start)}", f"DTEND;TZID=America/Toronto:{f(end)}",
             f"SUMMARY:{_ics_escape(summary)}", f"DESCRIPTION:{_ics_escape(description)}",
             f"LOCATION:{_ics_escape(location)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for cn, mail in attendees:
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{mail}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcf(given, surname, org=None, title=None, tels=(), email=None, adr=None, note=None, bday=None, version="3.0"):
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, num in tels:
        lines.append(f"TEL;TYPE={kind}:{num}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append(f"ADR;TYPE={adr[0]}:;;{adr[1]}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return ("\r\n".join(_ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_png(w=64, h=48, seed=0):
    """A small grey 'scan' image."""
    raw = b"".join(b"\x00" + bytes(((x * 7 + y * 13 + seed) % 40) + 200 for x in range(w)) for y in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
