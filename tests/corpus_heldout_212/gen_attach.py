"""Attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP) and the block renderer.

A body or document is a list of blocks:
  "text line"                       one line (may be "")
  ("h", "Heading")                  a heading
  ("table", header, rows)           a table (header may be None)
  ("quote", [blocks])               quoted text (reply)
All builders are deterministic: fixed dates, fixed ZIP member times.
"""
import csv
import datetime
import html
import io
import re
import unicodedata
import zipfile

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- plain / html rendering

def _cell(x):
    return "" if x is None else str(x)


def render_plain(blocks, table_style="pad", quote_prefix="> "):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "h":
            out.append(b[1])
            out.append("-" * min(len(b[1]), 60))
        elif b[0] == "table":
            _, header, rows = b
            allrows = ([header] if header else []) + [list(map(_cell, r)) for r in rows]
            if table_style == "pipe":
                for r in allrows:
                    out.append(" | ".join(_cell(c) for c in r))
            elif table_style == "tab":
                for r in allrows:
                    out.append("\t".join(_cell(c) for c in r))
            else:
                n = max(len(r) for r in allrows)
                w = [max(len(_cell(r[i])) if i < len(r) else 0 for r in allrows) for i in range(n)]
                for k, r in enumerate(allrows):
                    out.append("  ".join(_cell(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
                    if k == 0 and header:
                        out.append("  ".join("-" * w[i] for i in range(n)))
        elif b[0] == "quote":
            for line in render_plain(b[1], table_style).split("\n"):
                out.append((quote_prefix + line).rstrip() if line else quote_prefix.rstrip())
    return "\n".join(out)


def render_html(blocks, font="Calibri, Arial, sans-serif"):
    def inner(bl):
        parts = []
        para = []

        def flush():
            if para:
                parts.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in para) + "</p>")
                para.clear()

        for b in bl:
            if isinstance(b, str):
                if b == "":
                    flush()
                else:
                    para.append(b)
                continue
            flush()
            if b[0] == "h":
                parts.append(f"<p><b>{html.escape(b[1], quote=False)}</b></p>")
            elif b[0] == "table":
                _, header, rows = b
                t = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
                if header:
                    t.append("<tr>" + "".join(f"<th>{html.escape(_cell(c), quote=False)}</th>"
                                              for c in header) + "</tr>")
                for r in rows:
                    t.append("<tr>" + "".join(f"<td>{html.escape(_cell(c), quote=False)}</td>"
                                              for c in r) + "</tr>")
                t.append("</table>")
                parts.append("\n".join(t))
            elif b[0] == "quote":
                parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                             'padding-left:1ex">\n' + inner(b[1]) + "\n</blockquote>")
        flush()
        return "\n".join(parts)

    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CHARSET%\">\n"
            f"</head>\n<body style=\"font-family:{font};font-size:11pt\">\n" + inner(blocks) +
            "\n</body>\n</html>\n")


def flatten_lines(blocks):
    """Lines for document builders (quotes flattened)."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(("p", b))
        elif b[0] == "h":
            out.append(("h", b[1]))
        elif b[0] == "table":
            out.append(("table", b[1], b[2]))
        elif b[0] == "quote":
            out.extend(flatten_lines(b[1]))
    return out


# ---------------------------------------------------------------- zip normalisation

def rezip(data, core_date="2024-01-01T00:00:00Z"):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_date + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_date + r"\2", txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + core_date + r"\2", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return buf.getvalue()


def make_zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF

def _pdf_safe(s):
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, blocks, author="CPB", compress=True):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    width, height = letter
    y = height - 60

    def line(txt, font="Helvetica", size=10, x=50):
        nonlocal y
        if y < 60:
            c.showPage()
            y = height - 60
        c.setFont(font, size)
        c.drawString(x, y, _pdf_safe(txt))
        y -= size + 4

    line(title, "Helvetica-Bold", 13)
    y -= 6
    for item in flatten_lines(blocks):
        if item[0] == "h":
            y -= 4
            line(item[1], "Helvetica-Bold", 11)
        elif item[0] == "p":
            txt = item[1]
            while len(txt) > 95:
                cut = txt.rfind(" ", 0, 95)
                cut = cut if cut > 20 else 95
                line(txt[:cut])
                txt = txt[cut:].lstrip()
            line(txt)
        else:
            _, header, rows = item
            allrows = ([header] if header else []) + [list(map(_cell, r)) for r in rows]
            n = max(len(r) for r in allrows)
            colw = (width - 100) / n
            for k, r in enumerate(allrows):
                if y < 60:
                    c.showPage()
                    y = height - 60
                c.setFont("Helvetica-Bold" if (k == 0 and header) else "Helvetica", 8.5)
                for i, cell in enumerate(r):
                    txt = _pdf_safe(_cell(cell))
                    maxch = int(colw / 4.6)
                    c.drawString(50 + i * colw, y, txt[:maxch])
                y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX

def make_docx(title, blocks, author="CPB", when=datetime.datetime(2024, 1, 1)):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    d.add_heading(title, level=1)
    for item in flatten_lines(blocks):
        if item[0] == "h":
            d.add_heading(item[1], level=2)
        elif item[0] == "p":
            d.add_paragraph(item[1])
        else:
            _, header, rows = item
            allrows = ([header] if header else []) + [list(map(_cell, r)) for r in rows]
            n = max(len(r) for r in allrows)
            t = d.add_table(rows=len(allrows), cols=n)
            t.style = "Table Grid"
            for i, r in enumerate(allrows):
                for j in range(n):
                    t.cell(i, j).text = _cell(r[j]) if j < len(r) else ""
    buf = io.BytesIO()
    d.save(buf)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    return rezip(buf.getvalue(), stamp)


# ---------------------------------------------------------------- XLSX

def make_xlsx(sheets, author="CPB", when=datetime.datetime(2024, 1, 1)):
    """sheets: list of (title, header, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        if header:
            ws.append(list(header))
        for r in rows:
            ws.append([c if isinstance(c, (int, float)) else _cell(c) for c in r])
    buf = io.BytesIO()
    wb.save(buf)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    return rezip(buf.getvalue(), stamp)


# ---------------------------------------------------------------- CSV / ICS / VCF

def make_csv(header, rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow([_cell(c) for c in r])
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    b = line.encode("utf-8")
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendees=(),
             stamp="20240101T000000Z", method="REQUEST"):
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//RSHC//Agenda CPB 4.2//FR", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=America/Montreal:{start.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND;TZID=America/Montreal:{end.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{_ics_escape(summary)}", f"LOCATION:{_ics_escape(location)}",
        f"DESCRIPTION:{_ics_escape(description)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_fold(x) for x in lines) + "\n"


def make_vcf(given, surname, tel=None, adr=None, email=None, note=None, org=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr.replace(',', chr(92) + ',')};;;;")
    if email:
        lines.append(f"EMAIL;TYPE=HOME:{email}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines += ["REV:20240101T000000Z", "END:VCARD"]
    return "\n".join(_fold(x) for x in lines) + "\n"
