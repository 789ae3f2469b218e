# Infrastructure for generate.py (held-out corpus 19). Deterministic helpers.
import io, zipfile, random, datetime, hashlib
from email.message import EmailMessage
from email import policy, utils
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir
from stdnum import luhn as std_luhn

FIXED_ZIP_TIME = (2026, 10, 1, 8, 0, 0)


def normalize_zip(data):
    """Rewrite a zip (docx/xlsx/zip) with fixed timestamps, for byte-determinism."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                import re
                data = re.sub(rb'(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms)', rb'\g<1>2026-10-01T08:00:00Z\g<2>', data)
            dst.writestr(zi, data)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('')
    y = 750
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    c.setFont('Helvetica', 10)
    y -= 28
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 750
        c.drawString(50, y, ln)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2026, 10, 1, 8, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = ''; cp.last_modified_by = ''; cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    fixed = datetime.datetime(2026, 10, 1, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = ''
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_ics(uid, summary, start, minutes, location, description, organizer, attendees):
    def f(dt):
        return dt.strftime('%Y%m%dT%H%M%S')
    end = start + datetime.timedelta(minutes=minutes)
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CISSS Exemple//Agenda//FR', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20261001T120000Z',
             'DTSTART;TZID=America/Montreal:' + f(start), 'DTEND;TZID=America/Montreal:' + f(end),
             'SUMMARY:' + ics_escape(summary), 'LOCATION:' + ics_escape(location),
             'DESCRIPTION:' + ics_escape(description), 'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, mail in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (cn, mail))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:  # fold at 74 chars
        while len(ln) > 74:
            out.append(ln[:74]); ln = ' ' + ln[74:]
        out.append(ln)
    return '\r\n'.join(out) + '\r\n'


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_vcard(fn, given, family, tel=None, email=None, adr=None, note=None, org=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (family, given), 'FN:' + fn]
    if org: lines.append('ORG:' + org)
    if title: lines.append('TITLE:' + title)
    if tel: lines.append('TEL;TYPE=HOME,VOICE:' + tel)
    if email: lines.append('EMAIL;TYPE=INTERNET:' + email)
    if adr: lines.append('ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada' % adr)
    if note: lines.append('NOTE:' + ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


# ---------------- identifiers ----------------

def gen_sin(rng):
    while True:
        first = rng.choice('1234567')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        for c in '0123456789':
            if std_sin.is_valid(body + c):
                return body + c


def gen_on_hn(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        d = std_luhn.calc_check_digit(body)
        n = body + d
        if std_luhn.is_valid(n):
            return n


def gen_niss(rng, dob, sex):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = '%02d%02d%02d%03d' % (yy, mm, dd, serial)
        num = int(('2' + base) if dob.year >= 2000 else base)
        chk = 97 - (num % 97)
        n = base + '%02d' % chk
        if std_nn.is_valid(n):
            return n


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['69', '69', '01', '38', '42', '75', '13'])
        commune = '%03d' % rng.randrange(1, 390)
        order = '%03d' % rng.randrange(1, 999)
        base = '%s%02d%02d%s%s%s' % ('1' if sex == 'M' else '2', dob.year % 100, dob.month, dept, commune, order)
        key = 97 - (int(base) % 97)
        n = base + '%02d' % key
        if std_nir.is_valid(n):
            return n


def fmt_nir(n):
    return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])


def fmt_niss(n, style=0):
    if style == 0:
        return '%s.%s.%s-%s.%s' % (n[0:2], n[2:4], n[4:6], n[6:9], n[9:])
    return n


def fmt_sin(n, sep=' '):
    return sep.join([n[0:3], n[3:6], n[6:9]])


def fmt_on(n, vc=''):
    return '%s-%s-%s%s' % (n[0:4], n[4:7], n[7:10], (' ' + vc) if vc else '')


FULLWIDTH = {c: chr(0xFF10 + int(c)) for c in '0123456789'}


def fullwidth(s):
    return ''.join(FULLWIDTH.get(c, c) for c in s)


# ---------------- email building ----------------

def latin_safe(s):
    rep = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
           '\u0153': 'oe', '\u0152': 'OE', '\u2026': '...', '\u00a0': ' ', '\u202f': ' ', '\u20ac': 'EUR'}
    return ''.join(rep.get(c, c) for c in s)


def encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def to_html(body):
    import html as h
    paras = body.split('\n\n')
    out = []
    for p in paras:
        lines = [h.escape(x, quote=False) for x in p.split('\n')]
        if all(x.startswith('&gt;') for x in lines if x):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">' + '<br>\n'.join(
                x[4:].lstrip() for x in lines) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return ('<html><head><meta charset="{cs}"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def build_message(m):
    """m: dict with frm,to,cc,subject,date,msgid,body,mode,charset,cte,attachments,in_reply_to"""
    msg = EmailMessage(policy=policy.default)
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m.get('cc'):
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subject']
    msg['Date'] = m['date']
    msg['Message-ID'] = m['msgid']
    if m.get('in_reply_to'):
        msg['In-Reply-To'] = m['in_reply_to']
        msg['References'] = m['in_reply_to']
    if m.get('xmailer'):
        msg['X-Mailer'] = m['xmailer']
    msg['MIME-Version'] = '1.0'
    cs, cte = m['charset'], m['cte']
    body = m['body']
    mode = m['mode']
    html = m.get('html') or to_html(body).replace('{cs}', cs)
    if mode == 'plain':
        msg.set_content(body, charset=cs, cte=cte)
    elif mode == 'html':
        msg.set_content(html, subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(html, subtype='html', charset=cs, cte=cte)
    for att in m.get('attachments', []):
        kind = att[0]
        if kind == 'bytes':
            _, maintype, subtype, fn, data = att
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
        elif kind == 'text':
            _, subtype, fn, text, acs = att
            acte = 'base64' if acs != 'us-ascii' else '7bit'
            msg.add_attachment(text, subtype=subtype, charset=acs, cte=acte, filename=fn)
        elif kind == 'eml':
            _, inner = att
            msg.add_attachment(inner)
    bseed = hashlib.sha256(m['msgid'].encode()).hexdigest()
    k = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_type().startswith('multipart/'):
            part.set_boundary('----=_Part_%d_%s' % (k, bseed[k * 4:k * 4 + 20]))
            k += 1
    lp = policy.default.clone(linesep=m.get('linesep', '\n'))
    return msg.as_bytes(policy=lp), msg


def check_bytes(data):
    msg = __import__('email').message_from_bytes(data, policy=policy.default)
    problems = []
    if msg.defects:
        problems.append(('msg', msg.defects))
    for k, v in msg.items():
        if getattr(v, 'defects', None):
            problems.append((k, v.defects))
    for part in msg.walk():
        if part.defects:
            problems.append(('part', part.defects))
        if part.is_multipart():
            continue
        try:
            c = part.get_content()
        except Exception as e:  # noqa
            problems.append(('decode', repr(e)))
    return problems
