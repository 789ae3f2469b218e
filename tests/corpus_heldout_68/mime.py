# -*- coding: utf-8 -*-
"""Hand-rolled deterministic MIME writer and attachment builders.

We do not use email.generator to serialise because it draws multipart
boundaries from the global random generator; everything here is driven by
the caller's seeded Random instance.
"""
import base64
import datetime
import email.base64mime
import email.quoprimime
import email.utils
import html
import io
import quopri
import re
import urllib.parse
import zipfile

FIXED_ZIP_DT = (2024, 6, 3, 9, 0, 0)
FIXED_ISO = '2024-06-03T09:00:00Z'

TYPOGRAPHIC = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-',
               '\u2014': '-', '\u2026': '...', '\u20ac': 'EUR', '\u00a0': ' ', '\u202f': ' ',
               '\u0153': 'oe', '\u0152': 'OE'}


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def encode_text(text, charset):
    """Encode text in the requested charset, degrading gracefully."""
    if charset == 'us-ascii' and not is_ascii(text):
        charset = 'utf-8'
    if charset == 'iso-8859-1':
        t2 = ''.join(TYPOGRAPHIC.get(c, c) for c in text)
        try:
            return t2.encode('iso-8859-1'), 'iso-8859-1'
        except UnicodeEncodeError:
            charset = 'utf-8'
    if charset == 'windows-1252':
        try:
            return text.encode('cp1252'), 'windows-1252'
        except UnicodeEncodeError:
            charset = 'utf-8'
    return text.encode(charset if charset != 'us-ascii' else 'ascii'), charset


# ------------------------------------------------------------------ headers
def encoded_words(s, charset='utf-8', enc='B', chunk=18):
    out = []
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk]
        data = piece.encode(charset, errors='strict')
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (charset, base64.b64encode(data).decode('ascii')))
        else:
            out.append(email.quoprimime.header_encode(data, charset))
    return '\n '.join(out)


def fold_ascii(name, value, width=76):
    words = value.split(' ')
    lines = []
    cur = name + ': '
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip() not in (name + ':',):
            lines.append(cur.rstrip(' '))
            cur = ' ' + w + ' '
        else:
            cur += w + ' '
    lines.append(cur.rstrip(' '))
    return '\n'.join(lines)


def header(name, value, rng, charset='utf-8'):
    if is_ascii(value):
        return fold_ascii(name, value)
    cs = charset
    if cs not in ('utf-8', 'iso-8859-1', 'windows-1252'):
        cs = 'utf-8'
    try:
        value.encode(cs if cs != 'windows-1252' else 'cp1252')
    except UnicodeEncodeError:
        cs = 'utf-8'
    enc = rng.choice(['B', 'Q'])
    pycs = cs if cs != 'windows-1252' else 'cp1252'
    out = []
    for i in range(0, len(value), 18):
        piece = value[i:i + 18]
        data = piece.encode(pycs)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(data).decode('ascii')))
        else:
            out.append(email.quoprimime.header_encode(data, cs))
    return name + ': ' + '\n '.join(out)


def addr(name, email_addr, rng):
    if not name:
        return email_addr
    if is_ascii(name):
        if re.search(r'[,.;:()<>@"\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', ''), email_addr)
        return '%s <%s>' % (name, email_addr)
    cs = rng.choice(['utf-8', 'utf-8', 'iso-8859-1'])
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    enc = rng.choice(['B', 'Q'])
    data = name.encode(cs)
    if enc == 'B':
        w = '=?%s?B?%s?=' % (cs, base64.b64encode(data).decode('ascii'))
    else:
        w = email.quoprimime.header_encode(data, cs)
    return '%s <%s>' % (w, email_addr)


def addr_list(name, pairs, rng):
    items = [addr(n, a, rng) for n, a in pairs]
    return name + ': ' + ',\n '.join(items)


# ------------------------------------------------------------------ parts
class Part(object):
    def __init__(self, ctype, data=None, children=None, charset=None, cte=None,
                 filename=None, disposition=None, boundary=None, extra=None):
        self.ctype = ctype
        self.data = data            # bytes for leaf parts
        self.children = children or []
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.boundary = boundary
        self.extra = extra or []


def choose_cte(rng, data, is_text):
    if not is_text:
        return 'base64'
    ascii_ok = all(b < 128 for b in data)
    longest = max((len(l) for l in data.split(b'\n')), default=0)
    if ascii_ok:
        c = rng.choice(['7bit', '7bit', '7bit', 'quoted-printable'])
    else:
        c = rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    if c in ('7bit', '8bit') and longest > 900:
        c = 'quoted-printable'
    return c


def text_part(rng, text, subtype='plain', charset='utf-8', cte=None):
    text = text.replace('\r\n', '\n')
    data, cs = encode_text(text, charset)
    if subtype == 'html' and cs != 'utf-8':
        data, cs = encode_text(text.replace('charset=utf-8', 'charset=' + cs)
                               .replace('charset="utf-8"', 'charset="%s"' % cs), cs)
    cte = cte or choose_cte(rng, data, True)
    if cte == '7bit' and any(b > 127 for b in data):
        cte = '8bit'
    return Part('text/' + subtype, data=data, charset=cs, cte=cte)


def attachment(rng, ctype, data, filename, cte='base64', inline=False, charset=None):
    return Part(ctype, data=data, filename=filename, cte=cte, charset=charset,
                disposition='inline' if inline else 'attachment')


def _param_filename(key, fn, rng):
    if is_ascii(fn):
        return '%s="%s"' % (key, fn)
    if rng.random() < 0.5:
        return "%s*=utf-8''%s" % (key, urllib.parse.quote(fn, safe=''))
    return '%s="=?utf-8?B?%s?="' % (key, base64.b64encode(fn.encode('utf-8')).decode('ascii'))


def _encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        out = quopri.encodestring(data, quotetabs=False)
        return out
    return data


def render_part(part, rng):
    """Return list of header lines and body bytes (LF endings)."""
    lines = []
    if part.children:
        b = part.boundary
        lines.append('Content-Type: %s;\n boundary="%s"' % (part.ctype, b))
        lines.extend(part.extra)
        body = io.BytesIO()
        if part.ctype == 'multipart/mixed' and rng.random() < 0.4:
            body.write(b'This is a multi-part message in MIME format.\n\n')
        for ch in part.children:
            body.write(('--%s\n' % b).encode('ascii'))
            h, bb = render_part(ch, rng)
            body.write(('\n'.join(h) + '\n\n').encode('ascii'))
            body.write(bb)
            if not bb.endswith(b'\n'):
                body.write(b'\n')
        body.write(('--%s--\n' % b).encode('ascii'))
        return lines, body.getvalue()
    ct = part.ctype
    if part.charset:
        ct += '; charset="%s"' % part.charset if rng.random() < 0.5 else '; charset=%s' % part.charset
    if part.filename and part.disposition == 'attachment' or (part.filename and rng.random() < 0.7):
        ct += ';\n ' + _param_filename('name', part.filename, rng)
    lines.append('Content-Type: ' + ct)
    if part.ctype == 'message/rfc822':
        enc = '8bit' if any(b > 127 for b in part.data) else '7bit'
        lines.append('Content-Transfer-Encoding: ' + enc)
    else:
        lines.append('Content-Transfer-Encoding: ' + part.cte)
    if part.disposition:
        disp = part.disposition
        if part.filename:
            disp += ';\n ' + _param_filename('filename', part.filename, rng)
        lines.append('Content-Disposition: ' + disp)
    lines.extend(part.extra)
    if part.ctype == 'message/rfc822':
        return lines, part.data
    return lines, _encode_body(part.data, part.cte)


def render_message(headers, part, rng, crlf=False):
    """headers: list of already formatted header lines (may contain folds)."""
    h, body = render_part(part, rng)
    top = '\n'.join(headers + ['MIME-Version: 1.0'] + h) + '\n\n'
    raw = top.encode('ascii') + body
    if crlf:
        raw = re.sub(b'(?<!\r)\n', b'\r\n', raw)
    return raw


def boundary(rng):
    style = rng.randrange(4)
    if style == 0:
        return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9),
                                        rng.randrange(10 ** 12, 10 ** 13))
    if style == 1:
        return '_000_%s_' % ''.join(rng.choice('0123456789ABCDEF') for _ in range(36))
    if style == 2:
        return '000000000000%s' % ''.join(rng.choice('0123456789abcdef') for _ in range(16))
    return '=-%s==' % ''.join(rng.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
                              for _ in range(22))


# ------------------------------------------------------------------ html
def text_to_html(text, rng, title=None):
    """Render plain text as a plausible HTML mail body."""
    font = rng.choice(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif',
                       'Verdana, sans-serif', 'Times New Roman, serif'])
    paras = text.replace('\r\n', '\n').split('\n\n')
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           + ('<title>%s</title>' % html.escape(title) if title else '') + '</head>',
           '<body style="font-family: %s; font-size: 11pt;">' % font]
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('>') for l in lines if l):
            inner = '<br>\n'.join(html.escape(l.lstrip('> ').rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px;margin-left:4px">%s</blockquote>' % inner)
        elif len(lines) > 1 and all('|' in l for l in lines if l.strip()):
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">')
            for i, l in enumerate(lines):
                cells = [c.strip() for c in l.strip().strip('|').split('|')]
                tag = 'th' if i == 0 else 'td'
                out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, html.escape(c), tag) for c in cells) + '</tr>')
            out.append('</table>')
        elif all(l.lstrip().startswith(('- ', '* ', '• ')) for l in lines if l.strip()) and p.strip():
            out.append('<ul>')
            for l in lines:
                if l.strip():
                    out.append('<li>%s</li>' % html.escape(l.lstrip()[2:]))
            out.append('</ul>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in lines) + '</p>')
    out.append('</body>')
    out.append('</html>')
    return '\n'.join(out) + '\n'


# ------------------------------------------------------------------ zip helpers
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = content.decode('utf-8')
                txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>%s\2' % FIXED_ISO, txt)
                txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>%s\2' % FIXED_ISO, txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>%s\2' % FIXED_ISO, txt)
                content = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, content)
    return buf.getvalue()


def make_zip(files):
    """files: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if not is_ascii(name):
                zi.flag_bits |= 0x800
            z.writestr(zi, content)
    return buf.getvalue()


# ------------------------------------------------------------------ documents
def _wrap(text, width):
    out = []
    for para in text.split('\n'):
        words = para.split(' ')
        cur = ''
        for w in words:
            if len(cur) + len(w) + 1 > width and cur:
                out.append(cur)
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return out


def make_pdf(title, items, author='', compress=False):
    """items: str paragraphs, ('h', text), ('table', rows), ('kv', [(k, v)])."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator('')
    c.setProducer('')
    w, h = letter
    y = [h - 60]

    def line(txt, font='Helvetica', size=10, x=56, dy=14):
        if y[0] < 60:
            c.showPage()
            y[0] = h - 60
        c.setFont(font, size)
        c.drawString(x, y[0], txt)
        y[0] -= dy

    line(title, 'Helvetica-Bold', 13, dy=22)
    for it in items:
        if isinstance(it, tuple) and it[0] == 'h':
            y[0] -= 4
            line(it[1], 'Helvetica-Bold', 11, dy=16)
        elif isinstance(it, tuple) and it[0] == 'table':
            rows = it[1]
            ncol = max(len(r) for r in rows)
            colw = (w - 112) / ncol
            for i, r in enumerate(rows):
                if y[0] < 60:
                    c.showPage()
                    y[0] = h - 60
                c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8)
                for j, cell in enumerate(r):
                    c.drawString(56 + j * colw, y[0], str(cell)[:int(colw / 4.3)])
                y[0] -= 12
            y[0] -= 6
        elif isinstance(it, tuple) and it[0] == 'kv':
            for k, v in it[1]:
                if y[0] < 60:
                    c.showPage()
                    y[0] = h - 60
                c.setFont('Helvetica-Bold', 10)
                c.drawString(56, y[0], k)
                c.setFont('Helvetica', 10)
                c.drawString(220, y[0], v)
                y[0] -= 14
            y[0] -= 4
        else:
            for l in _wrap(it, 95):
                line(l)
            y[0] -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, items, author='', when=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    fixed = when or datetime.datetime(*FIXED_ZIP_DT)
    cp.created = fixed
    cp.modified = fixed
    d.add_heading(title, level=1)
    for it in items:
        if isinstance(it, tuple) and it[0] == 'h':
            d.add_heading(it[1], level=2)
        elif isinstance(it, tuple) and it[0] == 'table':
            rows = it[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=ncol)
            t.style = 'Table Grid'
            for r in rows:
                cells = t.add_row().cells
                for j, v in enumerate(r):
                    cells[j].text = str(v)
        elif isinstance(it, tuple) and it[0] == 'kv':
            for k, v in it[1]:
                p = d.add_paragraph()
                p.add_run(k + ' ').bold = True
                p.add_run(v)
        else:
            for para in it.split('\n'):
                d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=''):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(*FIXED_ZIP_DT)
    wb.properties.modified = datetime.datetime(*FIXED_ZIP_DT)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 18
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, sep=',', encoding='utf-8', crlf=True):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or '\n' in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    nl = '\r\n' if crlf else '\n'
    txt = nl.join(sep.join(q(v) for v in r) for r in rows) + nl
    if encoding == 'utf-8-sig':
        return txt.encode('utf-8-sig')
    try:
        return txt.encode(encoding)
    except UnicodeEncodeError:
        return txt.encode('utf-8')


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    out = []
    while len(line) > 72:
        out.append(line[:72])
        line = ' ' + line[72:]
    out.append(line)
    return '\r\n'.join(out)


def make_ics(uid, summary, description, start, end, location, organizer, attendees, method='REQUEST'):
    fmt = lambda d: d.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Corpus Example//Agenda 1.0//FR', 'VERSION:2.0',
             'METHOD:' + method, 'BEGIN:VEVENT', 'UID:' + uid,
             'DTSTAMP:' + fmt(start - datetime.timedelta(days=3)) + 'Z',
             'DTSTART;TZID=America/Toronto:' + fmt(start),
             'DTEND;TZID=America/Toronto:' + fmt(end),
             'SUMMARY:' + _ics_escape(summary),
             'DESCRIPTION:' + _ics_escape(description),
             'LOCATION:' + _ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (_ics_escape(organizer[0]), organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (_ics_escape(n), a))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_ics_fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_vcf(given, surname, org='', title='', tel=None, email_addr=None, adr=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + org.replace(',', '\\,'))
    if title:
        lines.append('TITLE:' + title.replace(',', '\\,'))
    if tel:
        lines.append('TEL;TYPE=%s:%s' % (tel[0], tel[1]))
    if email_addr:
        lines.append('EMAIL;TYPE=INTERNET:' + email_addr)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;%s' % tuple(x.replace(',', '\\,') for x in adr))
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + _ics_escape(note))
    lines.append('END:VCARD')
    return ('\r\n'.join(_ics_fold(l) for l in lines) + '\r\n').encode('utf-8')
