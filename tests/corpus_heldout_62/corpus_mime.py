"""Hand-rolled, deterministic MIME writer and attachment builders.

Messages are assembled with '\n' and converted to CRLF at the end when asked, so that
boundaries, encodings and line endings are fully under our control (no random boundaries,
no wall-clock timestamps).
"""
import base64
import datetime as dt
import email.utils
import hashlib
import io
import quopri
import re
import zipfile
from email.header import Header

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)
FIXED_DT = dt.datetime(2025, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# Header encoding
# --------------------------------------------------------------------------
def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def enc_header(value, charset='utf-8'):
    if is_ascii(value):
        return value
    try:
        value.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = 'utf-8'
    return Header(value, charset, maxlinelen=76, header_name='Subject').encode(linesep='\n')


def enc_addr(pair, charset='utf-8'):
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), addr)
        return '%s <%s>' % (name, addr)
    try:
        name.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = 'utf-8'
    return '%s <%s>' % (Header(name, charset).encode(), addr)


def enc_addrs(pairs, charset='utf-8'):
    return ',\n '.join(enc_addr(p, charset) for p in pairs)


def rfc2231_param(key, value):
    """key="value" for ASCII, key*=utf-8''pct-encoded otherwise."""
    if is_ascii(value):
        return '%s="%s"' % (key, value)
    from urllib.parse import quote
    return "%s*=utf-8''%s" % (key, quote(value, safe=''))


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None):
        self.headers = headers          # list of (name, value) - values already encoded
        self.body = body                # bytes with '\n' line endings
        self.children = children or []
        self.boundary = boundary


def _choose_charset(text, want):
    for cs in [want, 'windows-1252' if want == 'iso-8859-1' else None, 'utf-8']:
        if not cs:
            continue
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
        if not out.endswith(b'\n'):
            out += b'\n'
        return out
    if not data.endswith(b'\n'):
        data += b'\n'
    return data


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', disposition=None,
              filename=None, extra_params=''):
    text = text.replace('\r\n', '\n')
    charset = _choose_charset(text, charset)
    data = text.encode(charset)
    if is_ascii(text) and cte in ('8bit',):
        cte = '7bit'
    if not is_ascii(text) and cte == '7bit':
        cte = 'quoted-printable'
    # 8bit/7bit require lines <= 998 octets
    if cte in ('7bit', '8bit') and any(len(l) > 900 for l in data.split(b'\n')):
        cte = 'quoted-printable'
    ctype = 'text/%s; charset="%s"%s' % (subtype, charset, extra_params)
    if filename:
        ctype += '; ' + rfc2231_param('name', filename)
    headers = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)]
    if disposition or filename:
        d = disposition or 'attachment'
        if filename:
            d += '; ' + rfc2231_param('filename', filename)
        headers.append(('Content-Disposition', d))
    return Part(headers, encode_body(data, cte))


def binary_part(data, mimetype, filename, disposition='attachment'):
    headers = [('Content-Type', '%s; %s' % (mimetype, rfc2231_param('name', filename))),
               ('Content-Transfer-Encoding', 'base64'),
               ('Content-Disposition', '%s; %s' % (disposition, rfc2231_param('filename', filename)))]
    return Part(headers, base64.encodebytes(data))


def message_part(inner_bytes, filename=None):
    headers = [('Content-Type', 'message/rfc822' + ('; ' + rfc2231_param('name', filename) if filename else ''))]
    if filename:
        headers.append(('Content-Disposition', 'attachment; ' + rfc2231_param('filename', filename)))
    cte = '7bit' if all(b < 128 for b in inner_bytes) else '8bit'
    headers.append(('Content-Transfer-Encoding', cte))
    body = inner_bytes.replace(b'\r\n', b'\n')
    if not body.endswith(b'\n'):
        body += b'\n'
    return Part(headers, body)


def multipart(subtype, children, boundary):
    return Part([('Content-Type', 'multipart/%s;\n boundary="%s"' % (subtype, boundary))],
                children=children, boundary=boundary)


def render_part(p, top_headers=None):
    lines = []
    for k, v in (top_headers or []) + p.headers:
        lines.append('%s: %s' % (k, v))
    head = ('\n'.join(lines) + '\n\n').encode('ascii')
    if not p.children:
        return head + p.body
    out = [head]
    if top_headers:
        out.append(b'This is a multi-part message in MIME format.\n\n')
    for c in p.children:
        out.append(('--%s\n' % p.boundary).encode('ascii'))
        out.append(render_part(c))
        if not out[-1].endswith(b'\n'):
            out.append(b'\n')
    out.append(('--%s--\n' % p.boundary).encode('ascii'))
    return b''.join(out)


# --------------------------------------------------------------------------
# Whole message
# --------------------------------------------------------------------------
class Envelope:
    def __init__(self, sender, to, subject, date, msg_id, cc=None, in_reply_to=None, references=None,
                 extra=None, reply_to=None):
        self.sender, self.to, self.subject, self.date, self.msg_id = sender, to, subject, date, msg_id
        self.cc = cc or []
        self.in_reply_to, self.references = in_reply_to, references
        self.extra = extra or []
        self.reply_to = reply_to


MAILERS = ['Microsoft Outlook 16.0', 'Mozilla Thunderbird 128.4', 'Apple Mail (2.3776)',
           'Roundcube Webmail/1.6.7', 'Zimbra 9.0 (ZimbraWebClient - FF132)', None, None]


def build_message(env, *, text=None, html=None, mode='plain', attachments=(), charset='utf-8',
                  cte='quoted-printable', eol='\n', seed_key='', mailer=None, hdr_charset=None):
    """Return bytes of a full message.

    mode: 'plain' (text only), 'html' (html only), 'alt' (multipart/alternative)
    attachments: list of Part objects
    """
    hcs = hdr_charset or ('utf-8' if charset not in ('iso-8859-1', 'windows-1252') else charset)
    bseed = hashlib.sha256(('%s|%s' % (seed_key, env.msg_id)).encode()).hexdigest()
    bnum = [0]

    def boundary():
        bnum[0] += 1
        return '----=_Part_%s_%d' % (bseed[bnum[0] * 6:bnum[0] * 6 + 16], bnum[0])

    if mode == 'plain':
        body = text_part(text, 'plain', charset, cte)
    elif mode == 'html':
        body = text_part(html, 'html', charset, cte)
    else:
        body = multipart('alternative', [text_part(text, 'plain', charset, cte),
                                         text_part(html, 'html', charset, cte)], boundary())
    if attachments:
        root = multipart('mixed', [body] + list(attachments), boundary())
    else:
        root = body

    hdrs = [('From', enc_addr(env.sender, hcs)),
            ('To', enc_addrs(env.to, hcs))]
    if env.cc:
        hdrs.append(('Cc', enc_addrs(env.cc, hcs)))
    if env.reply_to:
        hdrs.append(('Reply-To', enc_addr(env.reply_to, hcs)))
    hdrs.append(('Subject', enc_header(env.subject, hcs)))
    hdrs.append(('Date', email.utils.format_datetime(env.date)))
    hdrs.append(('Message-ID', env.msg_id))
    if env.in_reply_to:
        hdrs.append(('In-Reply-To', env.in_reply_to))
        hdrs.append(('References', env.references or env.in_reply_to))
    if mailer:
        hdrs.append(('X-Mailer', mailer))
    hdrs.extend(env.extra)
    hdrs.append(('MIME-Version', '1.0'))
    data = render_part(root, hdrs)
    if eol == '\r\n':
        data = data.replace(b'\n', b'\r\n')
    return data


# --------------------------------------------------------------------------
# Attachment builders (deterministic)
# --------------------------------------------------------------------------
def normalize_zip(blob):
    """Rewrite a ZIP/OOXML container with fixed timestamps and fixed core properties."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = data.decode('utf-8')
                txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>2025-01-01T00:00:00Z\2', txt)
                txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>2025-01-01T00:00:00Z\2', txt)
                data = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def make_zip(files):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def make_pdf(title, lines, author='', table=None):
    """Simple one/two page PDF. lines: list of str. table: (headers, rows) optional."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('ReportLab')
    width, height = letter
    y = height - 60
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont('Helvetica', 10)

    def newline(y):
        if y < 60:
            c.showPage()
            c.setFont('Helvetica', 10)
            return height - 60
        return y

    for line in lines:
        for chunk in _wrap(line, 95):
            c.drawString(50, y, chunk)
            y -= 14
            y = newline(y)
    if table:
        headers, rows = table
        y -= 8
        colw = (width - 100) / max(1, len(headers))
        c.setFont('Helvetica-Bold', 9)
        for i, h in enumerate(headers):
            c.drawString(50 + i * colw, y, str(h)[:int(colw / 5)])
        y -= 14
        c.setFont('Helvetica', 9)
        for r in rows:
            for i, v in enumerate(r):
                c.drawString(50 + i * colw, y, str(v)[:int(colw / 4.6)])
            y -= 13
            y = newline(y)
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    if cur:
        out.append(cur)
    return out


def make_docx(title, paragraphs, table=None, author='CISSS'):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith('## '):
            d.add_heading(p[3:], level=2)
        elif p.startswith('- '):
            d.add_paragraph(p[2:], style='List Bullet')
        else:
            d.add_paragraph(p)
    if table:
        headers, rows = table
        t = d.add_table(rows=1, cols=len(headers))
        t.style = 'Table Grid'
        for i, h in enumerate(headers):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='CISSS'):
    """sheets: list of (title, headers, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for title, headers, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        ws.append(list(headers))
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(headers, rows, sep=';'):
    def cell(v):
        v = str(v)
        if sep in v or '"' in v or '\n' in v:
            return '"%s"' % v.replace('"', '""')
        return v
    lines = [sep.join(cell(h) for h in headers)] + [sep.join(cell(c) for c in r) for r in rows]
    return '\r\n'.join(lines) + '\r\n'


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    out = []
    b = line.encode('utf-8')
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b[cut:]
    out.append(b.decode('utf-8'))
    return '\r\n '.join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method='REQUEST'):
    fmt = lambda d: d.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Boreal Health//Agenda 4.2//FR', 'VERSION:2.0',
             'METHOD:%s' % method, 'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20250101T000000Z',
             'DTSTART;TZID=America/Toronto:%s' % fmt(start), 'DTEND;TZID=America/Toronto:%s' % fmt(end),
             'SUMMARY:%s' % _ics_escape(summary), 'DESCRIPTION:%s' % _ics_escape(description),
             'LOCATION:%s' % _ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (_ics_escape(organizer[0]), organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (_ics_escape(n), a))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def make_vcard(full, surname, given, org=None, title=None, tels=(), emails=(), adr=None, note=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s' % full]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    for kind, t in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, t))
    for e in emails:
        lines.append('EMAIL;TYPE=INTERNET:%s' % e)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;;;;' % adr.replace(',', '\\,'))
    if note:
        lines.append('NOTE:%s' % note.replace(',', '\\,').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'
