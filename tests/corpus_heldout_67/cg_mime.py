# -*- coding: utf-8 -*-
"""MIME assembly and attachment builders (byte-for-byte reproducible)."""
import csv
import datetime
import hashlib
import html
import io
import re
import struct
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- text sanitising per charset
_LATIN1_MAP = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
               '\u20ac': 'EUR', '\u0153': 'oe', '\u0152': 'OE', '\u2026': '...', '\u03b2': 'beta',
               '\u2265': '>=', '\u2264': '<=', '\u2022': '*', '\u00a0': ' '}


def fit(text, charset):
    """Make text encodable in charset, replacing typographic characters the way mail clients do."""
    if charset in ('utf-8', None):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_LATIN1_MAP.get(ch, '?'))
    return ''.join(out)


# ---------------------------------------------------------------- block rendering
def render_text(blocks, lang='fr'):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == 'p':
            out.append(b[1])
        elif kind == 'pre':
            out.append(b[1])
        elif kind == 'list':
            mark = b[2] if len(b) > 2 else '-'
            out.append('\n'.join('%s %s' % ('%d.' % (i + 1) if mark == '1.' else mark, x) for i, x in enumerate(b[1])))
        elif kind == 'table':
            header, rows = b[1], b[2]
            style = b[3] if len(b) > 3 else 'pipe'
            if style == 'tab':
                lines = ['\t'.join(header)] + ['\t'.join(r) for r in rows]
            elif style == 'pad':
                widths = [max(len(str(x[i])) for x in [header] + rows) for i in range(len(header))]
                lines = ['  '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in [header] + rows]
                lines.insert(1, '  '.join('-' * w for w in widths))
            else:
                lines = [' | '.join(header)] + [' | '.join(r) for r in rows]
            out.append('\n'.join(lines))
        elif kind == 'quote':
            attribution, inner = b[1], b[2]
            txt = render_text(inner, lang)
            out.append(attribution + '\n' + '\n'.join(('> ' + l) if l else '>' for l in txt.split('\n')))
        elif kind == 'fwd':
            hdr, inner = b[1], b[2]
            banner = '-------- Message transféré --------' if lang == 'fr' else '---------- Forwarded message ---------'
            out.append(banner + '\n' + '\n'.join(hdr) + '\n\n' + render_text(inner, lang))
        elif kind == 'sig':
            out.append('-- \n' + '\n'.join(b[1]))
        elif kind == 'raw':
            out.append(b[1])
    return '\n\n'.join(out) + '\n'


def _esc(s):
    return html.escape(s, quote=False).replace('\n', '<br>\n')


def render_html(blocks, lang='fr', style='outlook'):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == 'p':
            out.append('<p>%s</p>' % _esc(b[1]))
        elif kind in ('pre', 'raw'):
            out.append('<pre>%s</pre>' % html.escape(b[1], quote=False))
        elif kind == 'list':
            tag = 'ol' if len(b) > 2 and b[2] == '1.' else 'ul'
            out.append('<%s>' % tag + ''.join('<li>%s</li>' % _esc(x) for x in b[1]) + '</%s>' % tag)
        elif kind == 'table':
            header, rows = b[1], b[2]
            t = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">',
                 '<tr>' + ''.join('<th>%s</th>' % _esc(h) for h in header) + '</tr>']
            for r in rows:
                t.append('<tr>' + ''.join('<td>%s</td>' % _esc(c) for c in r) + '</tr>')
            t.append('</table>')
            out.append('\n'.join(t))
        elif kind == 'quote':
            out.append('<div>%s</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                       % (_esc(b[1]), render_html(b[2], lang, 'inner')))
        elif kind == 'fwd':
            banner = '-------- Message transféré --------' if lang == 'fr' else '---------- Forwarded message ---------'
            out.append('<div>%s<br>%s</div><br>%s' % (_esc(banner), '<br>'.join(_esc(h) for h in b[1]),
                                                       render_html(b[2], lang, 'inner')))
        elif kind == 'sig':
            out.append('<div style="color:#555;font-size:9pt">%s</div>' % '<br>'.join(_esc(x) for x in b[1]))
    body = '\n'.join(out)
    if style == 'inner':
        return body
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">'
                '<style>p{margin:0 0 8pt 0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>'
                '<body lang="%s">\n<div class="WordSection1">\n%s\n</div></body></html>\n' % (lang.upper(), body))
    return '<!DOCTYPE html>\n<html><head><meta charset="%%CHARSET%%"></head><body>\n%s\n</body></html>\n' % body


# ---------------------------------------------------------------- message assembly
def build(spec):
    """spec keys: from, to, cc, subject, date (datetime), msgid, in_reply_to, blocks, lang,
    mode (plain|html|alt|related), charset, cte, html_cte, attachments [(obj, ctype, filename)],
    eol ('\\r\\n'|'\\n'), mailer, inline_images [(bytes, cid, name)], extra_headers"""
    lang = spec.get('lang', 'fr')
    charset = spec.get('charset', 'utf-8')
    cte = spec.get('cte', 'quoted-printable')
    mode = spec.get('mode', 'plain')
    msg = EmailMessage()
    msg['From'] = spec['from']
    msg['To'] = spec['to']
    if spec.get('cc'):
        msg['Cc'] = spec['cc']
    msg['Subject'] = spec['subject']
    msg['Date'] = format_datetime(spec['date'])
    msg['Message-ID'] = spec['msgid']
    if spec.get('in_reply_to'):
        msg['In-Reply-To'] = spec['in_reply_to']
        msg['References'] = spec['in_reply_to']
    if spec.get('mailer'):
        msg['X-Mailer'] = spec['mailer']
    for k, v in spec.get('extra_headers', []):
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    blocks = spec['blocks']
    text = fit(spec['text'] if spec.get('text') else render_text(blocks, lang), charset)
    hstyle = spec.get('html_style', 'outlook')
    htm = fit(spec['html'] if spec.get('html') else render_html(blocks, lang, hstyle), charset).replace('%CHARSET%', charset)
    html_cte = spec.get('html_cte', cte)
    if mode == 'plain':
        msg.set_content(text, subtype='plain', charset=charset, cte=cte)
    elif mode == 'html':
        msg.set_content(htm, subtype='html', charset=charset, cte=html_cte)
    elif mode in ('alt', 'related'):
        msg.set_content(text, subtype='plain', charset=charset, cte=cte)
        msg.add_alternative(htm, subtype='html', charset=charset, cte=html_cte)
        if mode == 'related':
            hpart = msg.get_payload()[1]
            for data, cid, name in spec.get('inline_images', []):
                hpart.add_related(data, 'image', 'png', cid='<%s>' % cid, filename=name, disposition='inline')
    for obj, ctype, fname in spec.get('attachments', []):
        if isinstance(obj, EmailMessage):
            msg.add_attachment(obj, filename=fname) if fname else msg.add_attachment(obj)
            continue
        maintype, subtype = ctype.split('/')
        if maintype == 'text':
            tcs = 'utf-8'
            if isinstance(obj, bytes):
                try:
                    obj.decode('utf-8')
                    tcs = 'utf-8'
                except UnicodeDecodeError:
                    tcs = 'windows-1252'
                msg.add_attachment(obj, maintype=maintype, subtype=subtype, filename=fname, params={'charset': tcs})
            else:
                msg.add_attachment(obj, subtype=subtype, charset=tcs, filename=fname, cte='base64')
        else:
            msg.add_attachment(obj, maintype=maintype, subtype=subtype, filename=fname)
    seed = spec['msgid']
    n = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == 'multipart':
            n += 1
            part.set_boundary('----=_NextPart_%03d_%s' % (n, hashlib.sha1(('%s/%d' % (seed, n)).encode()).hexdigest()[:20]))
    return msg


def to_bytes(msg, eol='\n'):
    return msg.as_bytes(policy=policy.default.clone(linesep=eol))


def msgid(tag, domain, dt):
    return '<%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), hashlib.sha1(tag.encode()).hexdigest()[:16], domain)


# ---------------------------------------------------------------- attachments
def normalize_zip(data):
    """Rewrite an OOXML/ZIP container with fixed timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == 'docProps/core.xml':
            blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2024-01-01T00:00:00Z\g<3>', blob)
        zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, blob)
    dst.close()
    return out.getvalue()


def zip_bytes(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name, blob in files:
        zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        if isinstance(blob, str):
            blob = blob.encode('utf-8')
        z.writestr(zi, blob)
    z.close()
    return out.getvalue()


def pdf_bytes(title, lines, compress=True, footer=None):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(fit(title, 'cp1252'))
    c.setAuthor('')
    c.setCreator('Clinic document service')
    width, height = letter
    y = height - 60
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, fit(title, 'cp1252'))
    y -= 26
    c.setFont('Helvetica', 10)
    for line in lines:
        for chunk in _wrap(fit(line, 'cp1252'), 95):
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = height - 60
            c.drawString(50, y, chunk)
            y -= 14
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(50, 30, fit(footer, 'cp1252'))
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(s, n):
    if not s:
        return ['']
    out = []
    while len(s) > n:
        cut = s.rfind(' ', 0, n)
        if cut <= 0:
            cut = n
        out.append(s[:cut])
        s = s[cut:].lstrip()
    out.append(s)
    return out


def docx_bytes(title, paragraphs, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = ''
    cp.last_modified_by = ''
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=1, cols=len(header))
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = h
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def xlsx_bytes(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = 'clinic'
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.lastModifiedBy = 'clinic'
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def csv_bytes(rows, delimiter=',', encoding='utf-8', eol='\r\n'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return fit(s.getvalue(), encoding).encode(encoding)


def ics_bytes(events, method='REQUEST', prodid='-//Clinic Scheduler//FR'):
    """events: list of dicts with uid, start, end (datetime), summary, description, location, organizer."""
    def esc(v):
        return v.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

    def fold(line):
        b = line.encode('utf-8')
        if len(b) <= 75:
            return line
        out, cur = [], ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > 74:
                out.append(cur)
                cur = ' ' + ch
            else:
                cur += ch
        out.append(cur)
        return '\r\n'.join(out)
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + prodid, 'METHOD:' + method, 'CALSCALE:GREGORIAN']
    for e in events:
        L += ['BEGIN:VEVENT', 'UID:' + e['uid'], 'DTSTAMP:20240101T000000Z',
              'DTSTART;TZID=America/Toronto:' + e['start'].strftime('%Y%m%dT%H%M%S'),
              'DTEND;TZID=America/Toronto:' + e['end'].strftime('%Y%m%dT%H%M%S'),
              'SUMMARY:' + esc(e['summary'])]
        if e.get('description'):
            L.append('DESCRIPTION:' + esc(e['description']))
        if e.get('location'):
            L.append('LOCATION:' + esc(e['location']))
        if e.get('organizer'):
            L.append('ORGANIZER:mailto:' + e['organizer'])
        L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    return ('\r\n'.join(fold(x) for x in L) + '\r\n').encode('utf-8')


def vcf_bytes(cards):
    """cards: list of dicts fn, n (surname, given), org, tel, cell, email, adr (street, city, region, postal, country),
    note, bday"""
    L = []
    for c in cards:
        L += ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % c['n'], 'FN:' + c['fn']]
        if c.get('org'):
            L.append('ORG:' + c['org'])
        if c.get('title'):
            L.append('TITLE:' + c['title'])
        if c.get('tel'):
            L.append('TEL;TYPE=HOME,VOICE:' + c['tel'])
        if c.get('work'):
            L.append('TEL;TYPE=WORK,VOICE:' + c['work'])
        if c.get('cell'):
            L.append('TEL;TYPE=CELL:' + c['cell'])
        if c.get('email'):
            L.append('EMAIL;TYPE=INTERNET:' + c['email'])
        if c.get('adr'):
            L.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;%s' % c['adr'])
        if c.get('bday'):
            L.append('BDAY:' + c['bday'])
        if c.get('note'):
            L.append('NOTE:' + c['note'].replace(',', '\\,').replace('\n', '\\n'))
        L.append('REV:20240101T000000Z')
        L.append('END:VCARD')
    return ('\r\n'.join(L) + '\r\n').encode('utf-8')


def png_bytes(w, h, seed):
    """A small deterministic 'clinical photo' placeholder (RGB gradient with a blotch)."""
    hsh = hashlib.sha256(seed.encode()).digest()
    r0, g0, b0 = hsh[0], hsh[1], hsh[2]
    cx, cy, rad = hsh[3] % w, hsh[4] % h, 4 + hsh[5] % (min(w, h) // 3)
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if (x - cx) ** 2 + (y - cy) ** 2 < rad * rad:
                raw += bytes(((r0 // 3) % 256, (g0 // 4) % 256, (b0 // 4) % 256))
            else:
                raw += bytes(((r0 + x * 2) % 256, (g0 + y * 2) % 256, (b0 + x + y) % 256))

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))
