# Infrastructure for the corpus generator (transport, identifiers, attachments).
import base64, quopri, io, re, zipfile, hashlib, unicodedata, datetime, random
from email.utils import formataddr, format_datetime
from email.header import Header
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir
from stdnum import luhn as _luhn

FIXED_ZIP_DT = (2026, 11, 2, 9, 30, 0)

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

# ---------------- identifiers ----------------
def gen_sin(r):
    while True:
        d = str(r.choice([1,2,3,4,5,6,7,9])) + ''.join(str(r.randint(0,9)) for _ in range(7))
        for c in '0123456789':
            if _sin.is_valid(d + c):
                return d + c

def gen_ohn(r):
    while True:
        d = str(r.randint(1,9)) + ''.join(str(r.randint(0,9)) for _ in range(8))
        c = _luhn.calc_check_digit(d)
        n = d + c
        if _luhn.is_valid(n):
            return n

def gen_niss(r, dob, sex):
    y, m, d = dob.split('-')
    yymmdd = y[2:] + m + d
    while True:
        ser = r.randint(1, 997)
        if (ser % 2 == 1) != (sex == 'M'):
            continue
        base = yymmdd + '%03d' % ser
        n = int(base) if int(y) < 2000 else int('2' + base)
        chk = 97 - (n % 97)
        v = base + '%02d' % chk
        if _nn.is_valid(v):
            return v

def gen_nir(r, dob, sex):
    y, m, d = dob.split('-')
    while True:
        dept = r.choice(['69', '59', '62', '75', '38', '01', '42'])
        body = ('1' if sex == 'M' else '2') + y[2:] + m + dept + '%03d' % r.randint(1, 990) + '%03d' % r.randint(1, 999)
        key = 97 - (int(body) % 97)
        v = body + '%02d' % key
        if _nir.is_valid(v):
            return v

def luhn_number(r, n):
    d = ''.join(str(r.randint(0, 9)) for _ in range(n - 1))
    d = str(r.randint(1, 9)) + d[1:]
    v = d + _luhn.calc_check_digit(d)
    assert _luhn.is_valid(v)
    return v

def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 'plain': return nam
    if style == 'space': return f'{a} {b} {c}'
    if style == 'lower': return f'{a.lower()}{b}{c}'
    if style == 'dash': return f'{a}-{b}-{c}'
    if style == 'dots': return f'{a}.{b}.{c}'
    if style == 'spaced': return ' '.join(nam)
    if style == 'fullwidth':
        return a + ''.join(chr(0xFF10 + int(x)) for x in b + c)
    if style == 'slash': return f'{a}/{b}/{c}'
    return nam

def fmt_sin(s, style='space'):
    return {'space': f'{s[:3]} {s[3:6]} {s[6:]}', 'dash': f'{s[:3]}-{s[3:6]}-{s[6:]}', 'plain': s}[style]

def fmt_ohn(s, vc=''):
    return f'{s[:4]}-{s[4:7]}-{s[7:]}' + (f' {vc}' if vc else '')

def fmt_niss(s, style='std'):
    if style == 'std': return f'{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}'
    if style == 'space': return f'{s[:6]} {s[6:9]} {s[9:]}'
    return s

def fmt_nir(s, style='std'):
    if style == 'std': return f'{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}'
    return s

# ---------------- attachments ----------------
def normalize_ooxml(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename.startswith('docProps/'):
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)', rb'\g<1>2026-11-02T09:30:00Z\3', b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, b)
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(strip_acc(title)); c.setAuthor('')
    y = 750
    c.setFont('Helvetica-Bold', 13); c.drawString(50, y, title); y -= 26
    c.setFont('Helvetica', 10)
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 750
        c.drawString(50, y, ln); y -= 14
    c.save()
    return buf.getvalue()

def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = ''; cp.last_modified_by = ''
    cp.created = datetime.datetime(2026, 11, 2, 9, 30, 0); cp.modified = datetime.datetime(2026, 11, 2, 9, 30, 0)
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO(); d.save(b)
    return normalize_ooxml(b.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2026, 11, 2, 9, 30, 0)
    wb.properties.modified = datetime.datetime(2026, 11, 2, 9, 30, 0)
    wb.properties.creator = 'openpyxl'
    ws = wb.active; ws.title = sheet[:30]
    for r in rows:
        ws.append(list(r))
    b = io.BytesIO(); wb.save(b)
    return normalize_ooxml(b.getvalue())

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT); zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()

def make_ics(uid, summary, start, end, location, description, organizer, attendees):
    def esc(s): return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHU Exemple//Agenda 4.2//FR', 'METHOD:REQUEST',
         'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20261102T143000Z',
         f'DTSTART;TZID=America/Montreal:{start}', f'DTEND;TZID=America/Montreal:{end}',
         f'SUMMARY:{esc(summary)}', f'LOCATION:{esc(location)}', f'DESCRIPTION:{esc(description)}',
         f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for n, a in attendees:
        L.append(f'ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}')
    L += ['END:VEVENT', 'END:VCALENDAR']
    # fold lines at 74 octets
    out = []
    for l in L:
        b = l.encode('utf-8')
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80: cut -= 1
            out.append(b[:cut]); b = b' ' + b[cut:]
        out.append(b)
    return b'\r\n'.join(out) + b'\r\n'

def make_vcf(fn, family, given, tel=None, adr=None, email=None, note=None, org=None, title=None):
    L = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{family};{given};;;', f'FN:{fn}']
    if org: L.append(f'ORG:{org}')
    if title: L.append(f'TITLE:{title}')
    if tel:
        for kind, t in tel: L.append(f'TEL;TYPE={kind}:{t}')
    if adr: L.append(f'ADR;TYPE=HOME:;;{adr[0]};{adr[1]};QC;{adr[2]};Canada')
    if email: L.append(f'EMAIL:{email}')
    if note: L.append('NOTE:' + note.replace(',', '\\,').replace('\n', '\\n'))
    L.append('END:VCARD')
    return ('\r\n'.join(L) + '\r\n').encode('utf-8')

# ---------------- MIME assembly (own serializer, byte exact) ----------------
def hdr(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode(maxlinelen=76)

def addr(name, a):
    if not name: return a
    return formataddr((name, a), charset='utf-8')

def encode_text(text, charset, cte):
    raw = text.encode(charset)
    if cte == 'base64':
        return 'base64', base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return 'quoted-printable', quopri.encodestring(raw)
    # 8bit: require short lines
    if any(len(l) > 900 for l in raw.split(b'\n')):
        return 'quoted-printable', quopri.encodestring(raw)
    try:
        raw.decode('ascii'); return '7bit', raw if raw.endswith(b'\n') else raw + b'\n'
    except UnicodeDecodeError:
        return '8bit', raw if raw.endswith(b'\n') else raw + b'\n'

def pick_charset(text, pref):
    for cs in (pref, 'windows-1252', 'utf-8'):
        try:
            text.encode(cs); return cs
        except UnicodeEncodeError:
            pass
    return 'utf-8'

def leaf_text(text, subtype, charset, cte):
    cs = pick_charset(text, charset)
    if not text.endswith('\n'): text += '\n'
    enc, body = encode_text(text, cs, cte)
    h = f'Content-Type: text/{subtype}; charset="{cs}"\nContent-Transfer-Encoding: {enc}\n'
    return h.encode('ascii') + b'\n' + body

def rfc2231(name):
    try:
        name.encode('ascii'); return f'filename="{name}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "filename*=utf-8''" + quote(name)

def leaf_attach(filename, ctype, data, inline=False):
    if ctype.split(';')[0] in ('text/calendar', 'text/vcard', 'text/csv', 'text/plain'):
        ctype = ctype + '; charset="utf-8"'
    if ctype == 'message/rfc822':
        h = f'Content-Type: message/rfc822\nContent-Disposition: attachment; {rfc2231(filename)}\n'
        body = data.replace(b'\r\n', b'\n')
        if not body.endswith(b'\n'): body += b'\n'
        return h.encode('ascii') + b'\n' + body
    try:
        filename.encode('ascii'); nm = f'name="{filename}"'
    except UnicodeEncodeError:
        nm = 'name="' + strip_acc(filename) + '"'
    h = (f'Content-Type: {ctype}; {nm}\nContent-Transfer-Encoding: base64\n'
         f'Content-Disposition: {"inline" if inline else "attachment"}; {rfc2231(filename)}\n')
    return h.encode('ascii') + b'\n' + base64.encodebytes(data)

def multipart(subtype, parts, boundary):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode('ascii')]
    out.append(b'This is a multi-part message in MIME format.\n')
    for p in parts:
        out.append(f'\n--{boundary}\n'.encode('ascii'))
        out.append(p.rstrip(b'\n') + b'\n')
    out.append(f'\n--{boundary}--\n'.encode('ascii'))
    return b''.join(out)
