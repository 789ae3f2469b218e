"""Step 3 - attachment builders (PDF, DOCX, XLSX, CSV, ZIP, ICS, vCard).

All binary containers get fixed timestamps so that two runs give identical bytes.
"""
import datetime as dt
import io
import re
import zipfile

FIXED_ZIP_DT = (2024, 1, 15, 9, 30, 0)
FIXED_DT = dt.datetime(2024, 1, 15, 9, 30, 0)


def normalize_zip(data, date_time=FIXED_ZIP_DT, patch=None):
    """Rewrite a ZIP container with fixed timestamps (and optional XML patches)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if patch and info.filename in patch:
                blob = patch[info.filename](blob)
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------------- PDF
def make_pdf(title, blocks, author="", compress=True, font_size=10):
    """blocks: list of str (paragraph, may contain \\n) or ("table", headers, rows) or ("h", text)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("")
    c.setProducer("")
    width, height = letter
    y = height - 60
    left = 54

    def line(txt, size=font_size, bold=False):
        nonlocal y
        if y < 60:
            c.showPage()
            y = height - 60
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(left, y, txt)
        y -= size + 4

    def wrap(txt, n):
        words, cur, out = txt.split(" "), "", []
        for w in words:
            if cur and len(cur) + 1 + len(w) > n:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
        return out

    line(title, 14, True)
    y -= 6
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            y -= 4
            line(b[1], 11, True)
        elif isinstance(b, tuple) and b[0] == "table":
            _, headers, rows = b
            allrows = ([headers] if headers else []) + rows
            ncol = len(allrows[0])
            widths = [max(len(str(r[i])) for r in allrows) for i in range(ncol)]
            tot = sum(widths) or 1
            avail = width - 2 * left
            xs, x = [], left
            for w in widths:
                xs.append(x)
                x += avail * w / tot
            for k, r in enumerate(allrows):
                if y < 60:
                    c.showPage()
                    y = height - 60
                c.setFont("Helvetica-Bold" if (k == 0 and headers) else "Helvetica", 8)
                for i, cell in enumerate(r):
                    c.drawString(xs[i], y, str(cell))
                y -= 12
            y -= 6
        else:
            for para in str(b).split("\n"):
                for piece in wrap(para, 95) if para else [""]:
                    line(piece)
            y -= 4
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------- DOCX
def make_docx(blocks, author="", title=""):
    """blocks: str paragraphs, ("h", text), ("table", headers, rows)."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == "table":
            _, headers, rows = b
            allrows = ([headers] if headers else []) + rows
            t = d.add_table(rows=len(allrows), cols=len(allrows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(allrows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
        else:
            for para in str(b).split("\n"):
                d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------- XLSX
def _fix_core(blob):
    s = blob.decode("utf-8")
    s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-01-15T09:30:00Z\2", s)
    s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-01-15T09:30:00Z\2", s)
    return s.encode("utf-8")


def make_xlsx(sheets, author=""):
    """sheets: list of (name, headers, rows)."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, headers, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        if headers:
            ws.append(list(headers))
            for cell in ws[1]:
                cell.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = min(40, max(len(str(c.value or "")) for c in col) + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), patch={"docProps/core.xml": _fix_core})


# ---------------------------------------------------------------------- CSV
def make_csv(headers, rows, delim=";", quote_all=False, eol="\r\n"):
    def q(v):
        v = str(v)
        if quote_all or delim in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = [delim.join(q(h) for h in headers)] if headers else []
    lines += [delim.join(q(c) for c in r) for r in rows]
    return eol.join(lines) + eol


# ---------------------------------------------------------------------- ZIP
def make_zip(files):
    """files: list of (name, bytes|str)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


# ---------------------------------------------------------------------- ICS
def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, summary, start, end, organizer, attendees, description="", location="", method="REQUEST",
             stamp=None, tz="America/Toronto"):
    def t(d):
        return d.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{(stamp or start).strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART;TZID={tz}:{t(start)}", f"DTEND;TZID={tz}:{t(end)}",
             f"SUMMARY:{_ics_escape(summary)}"]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"


# -------------------------------------------------------------------- vCard
def make_vcf(given, surname, org="", title="", tel_home="", tel_work="", email="", adr="", note="", bday=None,
             version="3.0"):
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel_home:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel_home}")
    if tel_work:
        lines.append(f"TEL;TYPE=WORK,VOICE:{tel_work}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr.replace(',', chr(92) + ',')};;;;")
    if bday:
        lines.append(f"BDAY:{bday.isoformat()}")
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
