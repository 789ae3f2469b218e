# Core helpers for the held-out corpus generator (seeded, deterministic).
import io, re, zipfile, base64, quopri, datetime, html as _html
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, format_datetime
from email import encoders
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

FIXED_ZIP_DT = (2026, 11, 1, 8, 0, 0)
TZ = datetime.timezone(datetime.timedelta(hours=-5))

# ---------------------------------------------------------------- identifiers
def gen_on_hn(rng):
    while True:
        body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        hn = body + luhn.calc_check_digit(body)
        assert luhn.is_valid(hn) and len(hn) == 10
        return hn

def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        s = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(s):
            return s

def gen_niss(rng, dob):
    serial = rng.randint(1, 997)
    base = dob.strftime('%y%m%d') + '%03d' % serial
    n = int(('2' if dob.year >= 2000 else '') + base)
    chk = 97 - (n % 97)
    s = base + '%02d' % chk
    assert be_nn.is_valid(s), s
    return s

def gen_nir(rng, dob, sex):
    s13 = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + '%02d' % rng.randint(1, 95) + \
        '%03d' % rng.randint(1, 990) + '%03d' % rng.randint(1, 999)
    key = 97 - (int(s13) % 97)
    s = s13 + '%02d' % key
    assert fr_nir.is_valid(s), s
    return s

def fmt_hn(hn, style, vc=''):
    if style == 0:
        r = '%s-%s-%s' % (hn[:4], hn[4:7], hn[7:])
    elif style == 1:
        r = '%s %s %s' % (hn[:4], hn[4:7], hn[7:])
    else:
        r = hn
    if vc:
        r += ('-' if style == 0 else ' ') + vc
    return r

def fmt_nam(nam, style):
    if style == 0:
        return nam
    if style == 1:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])

FW = str.maketrans('0123456789', '０１２３４５６７８９')

def disguise(num, how):
    if how == 'spaces':
        return ' '.join(num)
    if how == 'dots':
        return '.'.join(num[i:i + 3] for i in range(0, len(num), 3))
    if how == 'fullwidth':
        return num.translate(FW)
    if how == 'slashes':
        return '/'.join(num[i:i + 4] for i in range(0, len(num), 4))
    if how == 'words':
        w = 'zero one two three four five six seven eight nine'.split()
        return ' '.join(w[int(c)] if c.isdigit() else c for c in num)
    return num

def luhn_lookalike(rng, n):
    body = ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)

# ---------------------------------------------------------------- text/html
def to_html(text, rng=None):
    out = []
    for para in text.split('\n\n'):
        lines = [_html.escape(l) for l in para.split('\n')]
        if all(l.startswith('&gt;') for l in lines if l):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % '<br>\n'.join(lines))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(lines))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % '\n'.join(out))

def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False

def text_part(text, subtype, charset, cte):
    if not can_encode(text, charset):
        charset = 'utf-8'
    if subtype == 'html':
        text = text.replace('charset=utf-8', 'charset=' + charset)
    raw = text.encode(charset)
    p = MIMENonMultipart('text', subtype, charset=charset)
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        if all(b < 128 for b in raw):
            cte = '7bit'
        p.set_payload(raw.decode('ascii', 'surrogateescape'))
    p['Content-Transfer-Encoding'] = cte
    return p

def attach_bytes(data, maintype, subtype, filename):
    p = MIMEBase(maintype, subtype)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=filename)
    return p

def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()

def addr(name, email):
    return formataddr((name, email), 'utf-8')

# ---------------------------------------------------------------- attachments
def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        b = zin.read(info.filename)
        if info.filename == 'docProps/core.xml':
            s = b.decode('utf-8')
            s = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)', r'\g<1>2026-11-01T08:00:00Z\3', s)
            b = s.encode('utf-8')
        zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('Health Records')
    y = 750
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    c.setFont('Helvetica', 10)
    y -= 28
    for l in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 750
        c.drawString(50, y, l)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()

def make_docx(title, paras):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 11, 1, 8, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = 'Health Records'; cp.last_modified_by = 'Health Records'; cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet[:30]
    for r in rows:
        ws.append(list(r))
    fixed = datetime.datetime(2026, 11, 1, 8, 0, 0)
    wb.properties.created = fixed; wb.properties.modified = fixed
    wb.properties.creator = 'Health Records'
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())

def make_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    z.close()
    return out.getvalue()

def make_ics(uid, summary, start, minutes, location, description, organizer):
    end = start + datetime.timedelta(minutes=minutes)
    f = lambda d: d.strftime('%Y%m%dT%H%M%S')
    def esc(s):
        return s.replace('\\', '\\\\').replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hospital Scheduling//EN', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20261101T130000Z',
             'DTSTART;TZID=America/Toronto:' + f(start), 'DTEND;TZID=America/Toronto:' + f(end),
             'SUMMARY:' + esc(summary), 'LOCATION:' + esc(location), 'DESCRIPTION:' + esc(description),
             'ORGANIZER:mailto:' + organizer, 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')

def make_vcf(fn, last, first, tel, adr, note, email=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:' + fn]
    if tel:
        lines.append('TEL;TYPE=HOME,VOICE:' + tel)
    if email:
        lines.append('EMAIL:' + email)
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + adr.replace(',', '\\,'))
    if note:
        lines.append('NOTE:' + note.replace(',', '\\,').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')
