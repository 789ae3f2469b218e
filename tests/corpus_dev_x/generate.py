#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (mother-and-child centre).
Usage: python generate.py [--out DIR] [--seed 3434]
All people, institutions, numbers are invented. Domains are *.example; phones use 555.
"""
import argparse, base64, datetime, email, email.policy, hashlib, io, json, os, quopri, random, re, sys, zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- NAM list
def load_nams():
    p = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    out = []
    with open(p, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(dict(sur=sur, giv=giv, dob=dob, sex=sex, nam=nam, year=int(dob[:4])))
    return out

NAMS = load_nams()
KIDS = [n for n in NAMS if n['year'] >= 2007]
ADULTS = [n for n in NAMS if 1976 <= n['year'] <= 2000 and n['sex'] == 'F']

# ---------------------------------------------------------------- pools
FR_GIV_F = ['Léa', 'Florence', 'Rosalie', 'Éloïse', 'Zoé', 'Maëlle', 'Alice', 'Livia', 'Clara', 'Béatrice', 'Romane', 'Juliette']
FR_GIV_M = ['Jacob', 'Mathis', 'Noah', 'Félix', 'Théo', 'William', 'Arnaud', 'Édouard', 'Xavier', 'Loïc', 'Émile', 'Thomas']
FR_SUR = ['Tremblay', 'Bergeron', 'Côté', 'Lavoie', 'Dubé', 'Desjardins', 'Gosselin', 'Beaulieu', 'Lévesque',
          'Morissette', 'Duchesne', 'Vachon', 'Poulin', 'Fontaine', 'Thériault', 'Boivin']
EN_GIV_F = ['Olivia', 'Ava', 'Chloe', 'Maya', 'Harper', 'Emily', 'Grace', 'Nora', 'Isla', 'Ruby']
EN_GIV_M = ['Ethan', 'Lucas', 'Owen', 'Jack', 'Aiden', 'Caleb', 'Henry', 'Leo', 'Ryan', 'Dylan']
EN_SUR = ['Harris', "O'Neill", 'Patel', 'Campbell', 'Murphy', 'Chen', 'Kowalski', 'Nguyen', 'Grant', 'Fraser', 'Walsh', 'Doyle']
MOM_F = ['Caroline', 'Stéphanie', 'Mélanie', 'Audrey', 'Karine', 'Valérie', 'Émilie', 'Jessica', 'Amélie', 'Nadia']
MOM_E = ['Jennifer', 'Sarah', 'Megan', 'Laura', 'Rachel', 'Kelly', 'Amanda', 'Priya', 'Hannah', 'Erin']

DOM = 'cme-laurentie.example'   # Centre mère-enfant de la Laurentie
DOM2 = 'chu-exemple.example'
STAFF = [
    ('Dre Isabelle Marchand', 'isabelle.marchand', 'pédiatre', 'pediatrician'),
    ('Dr Karim Haddad', 'karim.haddad', 'néonatologiste', 'neonatologist'),
    ('Marie-Ève Proulx', 'marie-eve.proulx', 'inf. clinicienne, USIN', 'RN, NICU'),
    ('Sophie Tanguay', 'sophie.tanguay', 'IBCLC, clinique d\'allaitement', 'IBCLC, lactation clinic'),
    ('Dr Olivia Bennett', 'olivia.bennett', 'pédiatre urgentiste', 'pediatric emergency physician'),
    ('Nadia Rahimi', 'nadia.rahimi', 'travailleuse sociale', 'social worker'),
    ('Dre Chantal Ouimet', 'chantal.ouimet', 'médecine de l\'adolescence', 'adolescent medicine'),
    ('Patrick Lavallée', 'patrick.lavallee', 'agent administratif, archives', 'medical records clerk'),
    ('Dr Samuel Greene', 'samuel.greene', 'pédiatre du développement', 'developmental pediatrician'),
    ('Annie Roberge', 'annie.roberge', 'ergothérapeute', 'occupational therapist'),
    ('Julie Paradis', 'julie.paradis', 'assistante infirmière-chef, 3e Nord', 'assistant head nurse, 3 North'),
]
EXT = ['clsc-riviere.example', 'cssdesmonts.example', 'readapt-enfance.example', 'gmf-du-parc.example',
       'pharmacie-beaulac.example', 'transport-adapte.example', 'pediatrie-ottawa.example', 'hopital-kingsway.example',
       'courriel.example', 'postbox.example', 'dpj-laurentie.example', 'ecole-boisjoli.example']

FR_DISC = ("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez le détruire et aviser l'expéditeur.")
EN_DISC = ("CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received it in error, "
           "please delete it and notify the sender.")


class Ctx:
    def __init__(self, rng):
        self.r = rng
        self.used_nam = 0

    def ch(self, seq):
        return self.r.choice(seq)

    def kid_nam(self):
        n = KIDS[self.used_nam % len(KIDS)]
        self.used_nam += 1
        return n

    def adult_nam(self):
        return self.r.choice(ADULTS)

    def staff(self):
        return self.r.choice(STAFF)

    def sig(self, st, lang, ext=False):
        name, login, fr, en = st
        phone = '514 555-%04d poste %d' % (self.r.randint(1000, 9999), self.r.randint(2000, 6999))
        if lang == 'fr':
            s = '%s\n%s\nCentre mère-enfant de la Laurentie\n2400, boul. des Érables, Laval (Québec)\nTél. : %s' % (name, fr, phone)
            if self.r.random() < 0.5:
                s += '\n\n' + FR_DISC
        else:
            s = '%s\n%s\nLaurentie Mother and Child Centre\n2400 Erables Blvd, Laval QC\nTel: %s' % (name, en, phone.replace('poste', 'ext.'))
            if self.r.random() < 0.5:
                s += '\n\n' + EN_DISC
        return s

    def frm(self, st):
        return (st[0], '%s@%s' % (st[1], self.ch([DOM, DOM, DOM2])))

    def ext_addr(self, local=None):
        d = self.ch(EXT)
        return ('', '%s@%s' % (local or self.ch(['accueil', 'secretariat', 'reception', 'intake', 'info', 'triage']), d))

    def mrn(self):
        k = self.r.randint(0, 5)
        if k == 0:
            return '%07d' % self.r.randint(1000000, 9999999)
        if k == 1:
            return '%08d' % self.r.randint(10000000, 99999999)
        if k == 2:
            return 'E%07d' % self.r.randint(0, 9999999)
        if k == 3:
            return 'CME-%06d' % self.r.randint(0, 999999)
        if k == 4:
            return '%d-%04d-%d' % (self.r.randint(10, 99), self.r.randint(0, 9999), self.r.randint(0, 9))
        return 'L%d' % self.r.randint(100000, 999999)

    def sin(self):
        while True:
            d = [self.r.choice('1234567')] + [str(self.r.randint(0, 9)) for _ in range(7)]
            base = ''.join(d)
            c = luhn.calc_check_digit(base)
            s = base + c
            if ca_sin.is_valid(s):
                return '%s %s %s' % (s[:3], s[3:6], s[6:])

    def on_hn(self):
        while True:
            base = str(self.r.randint(1, 9)) + ''.join(str(self.r.randint(0, 9)) for _ in range(8))
            s = base + luhn.calc_check_digit(base)
            if luhn.is_valid(s):
                return '%s-%s-%s-%s' % (s[:4], s[4:7], s[7:], self.ch(['AB', 'KT', 'XM', 'HJ']))

    def niss(self, dob):
        y, m, d = dob.year, dob.month, dob.day
        while True:
            seq = self.r.randint(1, 997)
            core = '%02d%02d%02d%03d' % (y % 100, m, d, seq)
            n = int(('2' if y >= 2000 else '') + core)
            chk = 97 - n % 97
            s = core + '%02d' % chk
            if be_nn.is_valid(s):
                return '%s.%s.%s-%s.%s' % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])

    def nir(self, sex, dob):
        while True:
            dept = self.ch(['69', '75', '13', '33', '59'])
            core = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, dept,
                                            self.r.randint(1, 990), self.r.randint(1, 999))
            key = 97 - int(core) % 97
            s = core + '%02d' % key
            if fr_nir.is_valid(s):
                return '%s %s %s %s %s %s %s' % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])

    def date(self, lo=0, hi=60):
        return datetime.date(2026, 10, 1) + datetime.timedelta(days=self.r.randint(lo, hi))


def fdate(d, lang):
    mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
    if lang == 'fr':
        return '%d %s %d' % (d.day, mois[d.month - 1], d.year)
    return d.strftime('%B %d, %Y').replace(' 0', ' ')


def ddob(n):
    return datetime.date.fromisoformat(n['dob'])


def il(n):
    return 'il' if n['sex'] == 'M' else 'elle'


def ne(n):
    return 'né' if n['sex'] == 'M' else 'née'


def he(n):
    return 'he' if n['sex'] == 'M' else 'she'


def his(n):
    return 'his' if n['sex'] == 'M' else 'her'


def age_at(dob, ref=datetime.date(2026, 11, 1)):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def spaced_nam(nam, how):
    if how == 0:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if how == 1:
        return '.'.join([nam[:4], nam[4:8], nam[8:]])
    if how == 2:
        return ' '.join(nam)
    if how == 3:
        return nam[:4] + '-' + nam[4:8] + '-' + nam[8:]
    if how == 4:
        fw = ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in nam)
        return fw
    return nam.lower()


# ---------------------------------------------------------------- attachments
FIXED_ZIP_DT = (2026, 10, 1, 8, 0, 0)


def normalize_ooxml(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        blob = zin.read(info.filename)
        if info.filename == 'docProps/core.xml':
            blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-10-01T08:00:00Z\g<3>', blob)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, blob)
    zout.close()
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, 750, title)
    c.setFont('Helvetica', 10)
    y = 725
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
    d.core_properties.author = 'CME Laurentie'
    d.core_properties.created = datetime.datetime(2026, 10, 1, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 10, 1, 8, 0, 0)
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_xlsx(rows, sheet='Feuil1'):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = 'CME Laurentie'
    wb.properties.created = datetime.datetime(2026, 10, 1, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 10, 1, 8, 0, 0)
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name, blob in files:
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, blob)
    z.close()
    return out.getvalue()


def make_ics(uid, summary, start, desc, location):
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    st = start.strftime('%Y%m%dT%H%M%S')
    en = (start + datetime.timedelta(hours=1)).strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CME Laurentie//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'UID:%s' % uid, 'DTSTAMP:20261001T080000Z', 'DTSTART;TZID=America/Toronto:%s' % st,
             'DTEND;TZID=America/Toronto:%s' % en, 'SUMMARY:%s' % esc(summary), 'LOCATION:%s' % esc(location),
             'DESCRIPTION:%s' % esc(desc), 'END:VEVENT', 'END:VCALENDAR']
    folded = []
    for ln in lines:
        b = ln
        while len(b) > 74:
            folded.append(b[:74]); b = ' ' + b[74:]
        folded.append(b)
    return ('\r\n'.join(folded) + '\r\n').encode('utf-8')


def make_vcf(fn, tel, adr, note, org=''):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:%s' % fn, 'N:%s;;;;' % fn.split()[-1] + '' if False else 'N:%s;%s;;;' % (fn.split()[-1], fn.split()[0]),
             'TEL;TYPE=CELL:%s' % tel, 'ADR;TYPE=HOME:;;%s' % adr.replace(',', '\\,')]
    if org:
        lines.append('ORG:%s' % org)
    if note:
        lines.append('NOTE:%s' % note.replace(',', '\\,'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


# ---------------------------------------------------------------- MIME building (manual, deterministic)
LATIN1_MAP = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u2026': '...',
              '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR', '\u00a0': ' ', '\u202f': ' '}


def fit(text, cs):
    try:
        text.encode(cs)
        return text
    except UnicodeEncodeError:
        pass
    t = ''.join(LATIN1_MAP.get(c, c) for c in text)
    return t.encode(cs, 'replace').decode(cs)


def enc_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data if data.endswith(b'\n') else data + b'\n'


def text_part(text, subtype, cs, cte):
    if subtype == 'html':
        text = text.replace('<meta charset="utf-8">', '<meta charset="%s">' % cs)
    text = fit(text, cs)
    data = text.encode(cs)
    if cte in ('8bit', '7bit'):
        cte = '7bit' if all(b < 128 for b in data) else '8bit'
    h = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (subtype, cs, cte)
    return h.encode('ascii') + enc_body(data, cte)


def att_part(fname, ctype, blob):
    if ctype.startswith('text/'):
        h = 'Content-Type: %s; charset="utf-8"; name="%s"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="%s"\n\n' % (ctype, fname, fname)
    elif ctype == 'message/rfc822':
        h = 'Content-Type: message/rfc822; name="%s"\nContent-Disposition: attachment; filename="%s"\n\n' % (fname, fname)
        return h.encode('ascii') + blob.replace(b'\r\n', b'\n')
    else:
        h = 'Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="%s"\n\n' % (ctype, fname, fname)
    return h.encode('ascii') + base64.encodebytes(blob)


def multipart(subtype, parts, boundary):
    out = b'Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype.encode(), boundary.encode())
    out += b'This is a multi-part message in MIME format.\n'
    for p in parts:
        out += b'\n--' + boundary.encode() + b'\n' + p
        if not out.endswith(b'\n'):
            out += b'\n'
    out += b'\n--' + boundary.encode() + b'--\n'
    return out


def hdr(value, cs):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        c = cs if cs != 'windows-1252' else 'utf-8'
        try:
            value.encode(c)
        except UnicodeEncodeError:
            c = 'utf-8'
        return Header(value, c).encode(maxlinelen=76)


def addr(pair, cs):
    name, a = pair
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset='utf-8')


def to_html(text):
    import html as H
    paras = text.split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + H.escape(p).replace('\n', '<br>\n') + '</p>')
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def build(m, r, idx):
    """m: dict with frm,to,cc,subj,body,atts,html(optional), date. Returns bytes."""
    atts = m.get('atts', [])
    need_utf8 = any(0xFF10 <= ord(c) <= 0xFF19 for c in m['body'] + m['subj'])
    cs = 'utf-8' if need_utf8 else r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = r.choice(['quoted-printable', 'base64', '8bit'])
    form = m.get('form') or r.choice(['plain', 'plain', 'html', 'alt'])
    b1 = '----=_Part_%d_%08x' % (idx, r.getrandbits(32))
    b2 = '----=_Alt_%d_%08x' % (idx, r.getrandbits(32))
    html = m.get('html') or to_html(m['body'])
    if form == 'plain':
        core = text_part(m['body'], 'plain', cs, cte)
    elif form == 'html':
        core = text_part(html, 'html', cs, cte)
    else:
        core = multipart('alternative', [text_part(m['body'], 'plain', cs, cte), text_part(html, 'html', cs, cte)], b2)
    if atts:
        body = multipart('mixed', [core] + [att_part(*a) for a in atts], b1)
    else:
        body = core
    d = datetime.datetime(2026, 10, 1, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4))) + \
        datetime.timedelta(minutes=idx * 397 + r.randint(0, 300))
    dom = m['frm'][1].split('@')[1]
    H = ['From: ' + addr(m['frm'], cs),
         'To: ' + ', '.join(addr(a, cs) for a in m['to'])]
    if m.get('cc'):
        H.append('Cc: ' + ', '.join(addr(a, cs) for a in m['cc']))
    H += ['Subject: ' + hdr(m['subj'], cs),
          'Date: ' + format_datetime(d),
          'Message-ID: <%08x.%d@%s>' % (r.getrandbits(32), idx, dom),
          'MIME-Version: 1.0']
    if m.get('irt'):
        H.append('In-Reply-To: %s' % m['irt'])
    H.append('X-Mailer: %s' % r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Thunderbird 128.3', 'Apple Mail (2.3774)']))
    raw = ('\n'.join(H) + '\n').encode('ascii') + body
    if m.get('crlf', r.random() < 0.5):
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


# ---------------------------------------------------------------- generic wrappers
def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def wrap_reply(m, ctx, lang):
    st = ctx.staff()
    top = ctx.ch(['Merci, c\'est noté.', 'Reçu, je transmets à l\'équipe.', 'Ok pour moi. Voir plus bas.',
                  'Je m\'en occupe cet après-midi.']) if lang == 'fr' else ctx.ch(
        ['Thanks, noted.', 'Got it - forwarding to the team.', 'OK, see below.', 'Will take care of it this afternoon.'])
    who = m['frm'][0] or m['frm'][1]
    intro = ('Le %s, %s a écrit :' % (fdate(ctx.date(), 'fr'), who)) if lang == 'fr' else ('On %s, %s wrote:' % (fdate(ctx.date(), 'en'), who))
    new = dict(m)
    new['body'] = top + '\n\n' + ctx.sig(st, lang).split('\n\n')[0] + '\n\n' + intro + '\n' + quote(m['body'])
    new['subj'] = ('RE: ' if lang == 'fr' or ctx.r.random() < 0.5 else 'Re: ') + m['subj']
    new['frm'] = ctx.frm(st)
    new['to'] = [m['frm']]
    new['html'] = None
    new['irt'] = '<%08x@%s>' % (ctx.r.getrandbits(32), m['frm'][1].split('@')[1])
    return new


def wrap_fwd_inline(m, ctx, lang):
    st = ctx.staff()
    top = ctx.ch(['FYI', 'Pour info.', 'Peux-tu regarder? Merci', 'À traiter svp.']) if lang == 'fr' else ctx.ch(
        ['FYI', 'Please see below.', 'Can you have a look? Thanks'])
    head = ('-------- Message transféré --------\nDe : %s <%s>\nEnvoyé : %s\nObjet : %s\n' if lang == 'fr'
            else '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\n') % (
        m['frm'][0], m['frm'][1], fdate(ctx.date(), lang), m['subj'])
    new = dict(m)
    new['body'] = top + '\n\n' + st[0] + '\n\n' + head + '\n' + m['body']
    new['subj'] = ('TR: ' if lang == 'fr' else 'Fwd: ') + m['subj']
    new['frm'] = ctx.frm(st)
    new['to'] = [ctx.ext_addr()]
    new['html'] = None
    return new


def wrap_fwd_attached(m, ctx, lang, inner_bytes):
    st = ctx.staff()
    top = ('Bonjour,\n\nJe vous transfère le courriel ci-joint.\n\n' if lang == 'fr' else 'Hi,\n\nForwarding the attached message.\n\n') + ctx.sig(st, lang)
    return dict(frm=ctx.frm(st), to=[ctx.ext_addr()], cc=None, subj=('TR: ' if lang == 'fr' else 'Fwd: ') + m['subj'],
                body=top, atts=[('message.eml', 'message/rfc822', inner_bytes)], form='plain')


# ================================================================ POSITIVE templates (French)
def kidname_fr(ctx, n=None):
    if n:
        return n['giv'], n['sur']
    g = ctx.ch(FR_GIV_F + FR_GIV_M)
    return g, ctx.ch(FR_SUR)


def p_referral_dev_fr(ctx):
    n = ctx.kid_nam(); st = ctx.staff()
    dx = ctx.ch(['déficience intellectuelle légère suspectée', 'trouble du spectre de l\'autisme suspecté', 'trouble développemental du langage',
                 'TDAH avec trouble d\'apprentissage'])
    body = ('Bonjour,\n\nDemande de consultation en pédiatrie du développement pour %s %s, %s le %s (NAM %s).\n'
            'Motif : %s. Évaluation en orthophonie faite au CLSC, rapport joint au dossier. '
            'Mère inquiète, %s a des difficultés scolaires importantes malgré le plan d\'intervention.\n\nPriorité : P3\n\nMerci\n\n%s') % (
        n['giv'], n['sur'], ne(n), n['dob'], n['nam'], dx, il(n), ctx.sig(st, 'fr'))
    return dict(cat='referral', subj='Demande de consultation - pédiatrie du développement', body=body,
                frm=ctx.frm(st), to=[('Guichet d\'accès', 'guichet@readapt-enfance.example')],
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], note='consult request naming a child with NAM, DOB and developmental diagnosis')


def p_nicu_signout_fr(ctx):
    st = STAFF[1]
    rows = []
    for i in range(ctx.r.randint(4, 6)):
        mom = ctx.ch(FR_SUR)
        ga = '%d+%d' % (ctx.r.randint(24, 36), ctx.r.randint(0, 6))
        pb = ctx.r.randint(620, 2900)
        prob = ctx.ch(['SDR, CPAP 6', 'sepsis r/o, amp/genta J2', 'hyperbili, photothérapie', 'DAP, ibuprofène #2',
                       'apnées, caféine', 'ECN stade I, NPO', 'hypoglycémie, D10 à 80 mL/kg/j', 'SAN, Finnegan 9-11'])
        rows.append('Lit %d - bébé %s (%s) - AG %s - PN %d g - %s' % (i + 1, mom, ctx.mrn(), ga, pb, prob))
    body = ('Passation USIN nuit -> jour\n\n' + '\n'.join(rows) +
            '\n\nÀ surveiller : lit 3 gaz à 6h. Parents du lit 2 veulent voir le néo ce matin.\n\n' + st[0])
    return dict(cat='signout_list', subj='Passation USIN %s' % fdate(ctx.date(), 'fr'), body=body, frm=ctx.frm(st),
                to=[('Équipe néo', 'neo-garde@%s' % DOM)], types=['patient_name', 'mrn', 'diagnosis', 'medication'],
                note='NICU handover listing babies by mother surname with chart numbers and problems')


def p_school_nurse_fr(ctx):
    fille = ctx.r.random() < 0.5
    g, s = ctx.ch(FR_GIV_F if fille else FR_GIV_M), ctx.ch(FR_SUR)
    body = ('Bonjour Mme %s,\n\nJe suis l\'infirmière scolaire de l\'école primaire Boisjoli. Votre %s %s a fait une réaction '
            'allergique ce midi après le dîner (urticaire, toux). J\'ai administré l\'EpiPen Jr à 12h20 et le 911 a été appelé; '
            'transport vers l\'urgence pédiatrique du CME.\n\nPouvez-vous m\'envoyer le plan d\'action allergie signé par le pédiatre? '
            'Celui au dossier date de 2024.\n\nMerci,\nGeneviève Hamel, inf.\nSanté scolaire, CLSC de la Rivière\n514 555-0142') % (
        s, 'fille' if fille else 'garçon', g)
    return dict(cat='school_health', subj='%s %s - réaction allergique à l\'école' % (g, s[0] + '.'), body=body,
                frm=('Geneviève Hamel', 'genevieve.hamel@clsc-riviere.example'), to=[('', 'parent.%s@courriel.example' % s.lower().replace('é', 'e').replace('ô', 'o').replace('è', 'e'))],
                types=['patient_name', 'diagnosis', 'medication'], note='school nurse to parent about named pupil anaphylaxis and epinephrine given')


def p_vax_catchup_fr(ctx):
    n = ctx.kid_nam(); st = STAFF[3 if ctx.r.random() < 0.3 else 0]
    body = ('Bonjour,\n\nFamille arrivée en mars (demandeurs d\'asile, en attente de la décision de la CISR). '
            '%s %s, %s le %s, NAM %s (couverture temporaire).\nCarnet du pays d\'origine : DCaT-Polio x2, pas de RRO.\n'
            'Plan de rattrapage : RRO-Var + dcaT-VPI aujourd\'hui, hépatite B et VPH dans 8 sem.\n\n'
            'Pouvez-vous inscrire au registre de vaccination? Merci\n\n%s') % (
        n['giv'], n['sur'], ne(n), n['dob'], spaced_nam(n['nam'], ctx.r.randint(0, 1)), ctx.sig(st, 'fr'))
    return dict(cat='vaccination_catchup', subj='Rattrapage vaccinal - %s %s' % (n['sur'].upper(), n['giv']), body=body,
                frm=ctx.frm(st), to=[('Registre vaccination', 'registre.vaccin@clsc-riviere.example')],
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'social_information', 'medication'],
                note='vaccine catch-up for named child with NAM and asylum-seeker status')


def p_lactation_fr(ctx):
    mom = ctx.ch(MOM_F); sur = ctx.ch(FR_SUR); bb = ctx.ch(FR_GIV_F + FR_GIV_M); st = STAFF[3]
    body = ('Bonjour Dr Leduc,\n\nJ\'ai vu Mme %s %s et son bébé %s (%d jours) à la clinique d\'allaitement ce matin. '
            'Ankyloglossie classe III, prise du sein douloureuse, crevasses bilatérales. Perte de poids %d %% depuis la naissance.\n'
            'Je recommande une évaluation pour frénotomie. La mère préfère être jointe au cellulaire : 438 555-%04d.\n\n%s') % (
        mom, sur, bb, ctx.r.randint(4, 12), ctx.r.randint(8, 11), ctx.r.randint(1000, 9999), ctx.sig(st, 'fr'))
    return dict(cat='lactation', subj='Frénotomie? bébé %s' % sur, body=body, frm=ctx.frm(st),
                to=[('Dr Marc Leduc', 'marc.leduc@gmf-du-parc.example')],
                types=['patient_name', 'patient_contact', 'diagnosis'], note='lactation consultant letter naming mother and baby with tongue-tie, weight loss and cell phone')


def p_dpj_fr(ctx):
    g, s = kidname_fr(ctx); st = STAFF[5]; mrn = ctx.mrn()
    body = ('Bonjour,\n\nSuite à notre conversation téléphonique, voici le résumé pour le signalement concernant %s %s (dossier %s), 4 ans.\n'
            '- Consulte à l\'urgence pour ecchymoses multiples d\'âges différents, explications incohérentes\n'
            '- Série squelettique : fracture ancienne 7e côte G\n'
            '- Mère nous dit que le conjoint a des antécédents de violence conjugale, ordonnance de non-contact en 2025\n\n'
            'L\'enfant demeure hospitalisé(e) au 3e Nord en attendant votre évaluation.\n\n%s') % (g, s, mrn, ctx.sig(st, 'fr'))
    return dict(cat='youth_protection', subj='Signalement - %s %s' % (g, s), body=body, frm=ctx.frm(st),
                to=[('Réception des signalements', 'rts@dpj-laurentie.example')],
                types=['patient_name', 'mrn', 'diagnosis', 'social_information'], note='youth protection report about a named child with injuries and domestic violence')


def p_er_transfer_fr(ctx):
    n = ctx.kid_nam(); st = STAFF[4]
    body = ('Salut,\n\nTransfert ce soir vers les soins intensifs pédiatriques. Pt %s ans, état de mal asthmatique, '
            'salbutamol en continu, MgSO4 reçu, FiO2 50 %%, pCO2 68. Sat 88-90 %%.\nParents au chevet.\n'
            'Dossier à l\'urgence : %s\n\nMerci d\'aviser le transport.\n\nOlivia') % (
        age_at(ddob(n)), ctx.mrn())
    return dict(cat='pediatric_emergency', subj='Transfert SIP - %s %s (%s)' % (n['giv'], n['sur'], n['nam']), body=body, frm=ctx.frm(st),
                to=[('SIP garde', 'sip-garde@%s' % DOM2)], types=['patient_name', 'ramq_nam', 'mrn', 'diagnosis', 'lab_result'],
                note='PICU transfer with name and NAM in subject, clinical status in body')


def p_parent_reply_fr(ctx):
    g, s = kidname_fr(ctx); mom = ctx.ch(MOM_F); st = STAFF[0]
    parent = ('Bonjour Dre Marchand,\n\n%s a encore fait 39,2 cette nuit. Je lui donne l\'Advil 7,5 mL aux 8h et l\'amoxicilline '
              'depuis mardi. Est-ce que je dois la ramener? Son numéro de dossier est %s.\n\nMerci\n%s %s') % (g, ctx.mrn(), mom, s)
    body = ('Bonjour Mme %s,\n\nSi la fièvre persiste après 72 h d\'antibiotique, oui, revenez à la clinique sans rendez-vous demain matin. '
            'Continuez l\'ibuprofène, et l\'acétaminophène 15 mg/kg au besoin entre les doses.\n\nDre Isabelle Marchand\n\n'
            'Le %s, %s %s <%s.%s@courriel.example> a écrit :\n%s') % (
        s, fdate(ctx.date(), 'fr'), mom, s, mom.lower().replace('é', 'e'), s.lower().replace('é', 'e').replace('ô', 'o').replace('è', 'e'), quote(parent))
    return dict(cat='parent_correspondence', subj='RE: fièvre de %s' % g, body=body, frm=ctx.frm(st),
                to=[('%s %s' % (mom, s), '%s.%s@courriel.example' % (mom.lower().replace('é', 'e'), s.lower().replace('é', 'e').replace('ô', 'o').replace('è', 'e')))],
                types=['patient_name', 'mrn', 'medication', 'diagnosis'], note='pediatrician reply to parent quoting child fever, antibiotics and chart number')


def p_rehab_plan_fr(ctx):
    n = ctx.kid_nam(); st = STAFF[9]
    doc = make_docx('Plan d\'intervention interdisciplinaire', [
        'Usager : %s %s   Date de naissance : %s   NAM : %s' % (n['sur'].upper(), n['giv'], n['dob'], n['nam']),
        'Diagnostic : paralysie cérébrale diplégique spastique (GMFCS II)',
        'Objectifs : autonomie à l\'habillage, transferts, déplacements à l\'école avec aide technique.',
        'Intervenants : ergothérapie, physiothérapie, éducation spécialisée.'],
        [['Objectif', 'Responsable', 'Échéance'], ['Habillage haut du corps', 'Ergo', 'janvier 2027'],
         ['Marche 50 m avec déambulateur', 'Physio', 'mars 2027']])
    body = ('Bonjour,\n\nVoici le PII révisé de %s pour la rencontre de jeudi. Les parents ont signé.\n\n%s') % (n['giv'], ctx.sig(st, 'fr'))
    return dict(cat='rehab_plan', subj='PII révisé', body=body, frm=ctx.frm(st), to=[('', 'equipe.cp@readapt-enfance.example')],
                atts=[('PII_%s.docx' % n['sur'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)],
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], note='intervention plan DOCX with child identity, NAM and cerebral palsy diagnosis')


def p_ado_fr(ctx):
    n = ctx.kid_nam() if ctx.r.random() < 0.5 else None; st = STAFF[6]
    mrn = ctx.mrn()
    sym = 'aménorrhée 5 mois' if (n is None or n['sex'] == 'F') else 'perte de 11 kg en 4 mois'
    body = ('Bonjour,\n\nSuivi en médecine de l\'ado. IMC 15,8, ' + sym + ', bradycardie 44 au repos. '
            'Admission recommandée pour renutrition. L\'ado ne veut pas que l\'école soit informée. '
            'Pouvez-vous réserver un lit au 3e Nord?\n\n%s') % ctx.sig(st, 'fr')
    subj = 'Admission TCA - dossier %s' % mrn
    types = ['mrn', 'diagnosis']
    if n:
        subj = 'Admission TCA - %s %s' % (n['giv'][0] + '.', n['sur'])
        body = body.replace('Suivi en', 'Concerne %s %s (NAM %s).\nSuivi en' % (n['giv'], n['sur'], n['nam']))
        types = ['patient_name', 'ramq_nam', 'diagnosis']
    return dict(cat='adolescent_medicine', subj=subj, body=body, frm=ctx.frm(st), to=[('Gestion des lits', 'lits@%s' % DOM)],
                types=types, note='adolescent eating-disorder admission request with patient identifier')


def p_be_transfer_fr(ctx):
    g = ctx.ch(FR_GIV_F + FR_GIV_M); s = ctx.ch(['Dumont', 'Janssens', 'Peeters', 'Lambert', 'Dubois'])
    dob = datetime.date(ctx.r.randint(2012, 2022), ctx.r.randint(1, 12), ctx.r.randint(1, 28))
    niss = ctx.niss(dob)
    body = ('Cher collègue,\n\nNous vous adressons %s %s, né(e) le %s, NISS %s, qui déménage au Québec avec sa famille. '
            'Suivi en endocrinologie pédiatrique pour diabète de type 1 depuis 2023, pompe à insuline Omnipod, HbA1c 7,4 %%.\n'
            'Vous trouverez le résumé en pièce jointe.\n\nBien confraternellement,\nDr Vincent Lejeune\nService de pédiatrie\n'
            'Hôpital de la Citadelle-Exemple, Liège') % (g, s, dob.strftime('%d/%m/%Y'), niss)
    pdf = make_pdf('Résumé de suivi', ['Patient : %s %s' % (s.upper(), g), 'NISS : %s' % niss, 'Diabète type 1, pompe',
                                       'HbA1c 7,4 %', 'Insuline asparte, ratio 1 U / 12 g'])
    return dict(cat='international_transfer', subj='Transfert de suivi - %s %s' % (s, g), body=body,
                frm=('Dr Vincent Lejeune', 'v.lejeune@citadelle-exemple.example'), to=[('Clinique de diabète', 'diabete@%s' % DOM)],
                atts=[('resume_%s.pdf' % s, 'application/pdf', pdf)],
                types=['patient_name', 'be_niss', 'date_of_birth', 'diagnosis', 'lab_result'], note='Belgian referral of child with NISS and diabetes')


def p_fr_nir_fr(ctx):
    sex = ctx.ch(['M', 'F']); g = ctx.ch(FR_GIV_M if sex == 'M' else FR_GIV_F); s = ctx.ch(['Martin', 'Bernard', 'Robert', 'Moreau', 'Girard'])
    dob = datetime.date(ctx.r.randint(2009, 2015), ctx.r.randint(1, 12), ctx.r.randint(1, 28))
    nir = ctx.nir(sex, dob)
    body = ('Bonjour,\n\nPour la facturation du séjour de %s %s (hospitalisation 3 jours pour appendicite), la caisse française '
            'demande le NIR : %s. Famille en séjour temporaire, pas de couverture RAMQ.\nMerci de corriger la facture.\n\n'
            'Patrick Lavallée\nArchives et facturation') % (g, s, nir)
    return dict(cat='billing_foreign', subj='Facturation patient étranger - %s' % s, body=body, frm=ctx.frm(STAFF[7]),
                to=[('', 'facturation@assur-voyage.example')], types=['patient_name', 'fr_nir', 'diagnosis', 'social_information'],
                note='billing mail with French NIR and hospitalisation reason for named child')


def p_transport_fr(ctx):
    n = ctx.kid_nam(); st = STAFF[10]
    body = ('Bonjour,\n\nTransport adapté demandé pour %s %s (fauteuil roulant) le %s à 7h30.\n'
            'Adresse : %d, rue des %s, app. %d, Laval H7%s %d%s%d\nTél. maison : 450 555-%04d (mère)\n'
            'Destination : CME, clinique de neuromusculaire, 2e étage.\n\nMerci\n%s') % (
        n['giv'], n['sur'], fdate(ctx.date(), 'fr'), ctx.r.randint(100, 9999), ctx.ch(['Pins', 'Lilas', 'Ormes', 'Saules']),
        ctx.r.randint(1, 12), ctx.ch('ABCEGHJKLMNPRSTVXY'), ctx.r.randint(1, 9), ctx.ch('ABCEGHJKLMNPRSTVXY'), ctx.r.randint(1, 9),
        ctx.r.randint(1000, 9999), st[0])
    return dict(cat='transport_request', subj='Transport adapté %s' % n['sur'], body=body, frm=ctx.frm(st),
                to=[('Répartition', 'repartition@transport-adapte.example')], types=['patient_name', 'patient_contact'],
                note='adapted transport booking with child name, home address and phone')


def p_bili_critical_fr(ctx):
    mom = ctx.adult_nam()
    body = ('URGENT - valeur critique\n\nBébé de %s %s (mère NAM %s), %s, 52 h de vie.\nBilirubine totale : %d µmol/L (zone de '
            'photothérapie intensive). Labo a tenté de joindre le médecin traitant sans succès.\n\nSVP rappeler le labo 514 555-0199.\n'
            'Laboratoire de biochimie') % (mom['giv'], mom['sur'], mom['nam'], ctx.ch(['garçon', 'fille']), ctx.r.randint(310, 380))
    return dict(cat='critical_value', subj='Valeur critique bilirubine - bébé %s' % mom['sur'], body=body,
                frm=('Laboratoire biochimie', 'labo.biochimie@%s' % DOM2), to=[('', 'gmf.garde@gmf-du-parc.example')],
                types=['patient_name', 'ramq_nam', 'lab_result'], note='critical bilirubin for newborn identified by mother name and NAM')


def p_ics_meeting_fr(ctx):
    g, s = kidname_fr(ctx); st = STAFF[8]
    start = datetime.datetime(2026, 11, ctx.r.randint(2, 27), 13, 0)
    ics = make_ics('pii-%d@%s' % (ctx.r.randint(1000, 9999), DOM), 'Rencontre multi - %s %s' % (g, s), start,
                   'Rencontre interdisciplinaire pour %s %s (dossier %s). TSA niveau 2, ' 'discussion du retour en classe et '
                   'de la médication (rispéridone).' % (g, s, ctx.mrn()), 'Salle 2.114')
    body = 'Bonjour,\n\nInvitation pour la rencontre de jeudi avec la famille.\n\n%s' % ctx.sig(st, 'fr')
    return dict(cat='meeting_invitation', subj='Invitation : rencontre interdisciplinaire', body=body, frm=ctx.frm(st),
                to=[('', 'intervenants@ecole-boisjoli.example')], atts=[('invite.ics', 'text/calendar', ics)],
                types=['patient_name', 'mrn', 'diagnosis', 'medication'], note='ICS invitation whose description names a child with autism and medication')


def p_disguised_fr(ctx):
    n = ctx.kid_nam()
    body = ('Allo,\n\nJ\'ai mis des espaces dans le numéro pour que le courriel ne bloque pas.\n%s %s - %s\n'
            'Suivi ORL pour otites récidivantes, tubes posés en août. Peux-tu vérifier si le rendez-vous de contrôle est fait?\n\nMerci\nJulie') % (
        n['giv'], n['sur'], spaced_nam(n['nam'], ctx.ch([2, 3, 4])))
    return dict(cat='disguised_identifier', subj='suivi ORL', body=body, frm=ctx.frm(STAFF[10]), to=[('', 'secretariat@gmf-du-parc.example')],
                types=['patient_name', 'ramq_nam', 'diagnosis'], note='NAM deliberately spaced out with child name and ENT follow-up')


def p_twins_fr(ctx):
    s = ctx.ch(FR_SUR); mrn1, mrn2 = ctx.mrn(), ctx.mrn()
    rows = [['Patient', 'Dossier', 'Poids (g)', 'Alimentation', 'Congé prévu'],
            ['Jumeau A %s' % s, mrn1, ctx.r.randint(1800, 2400), 'LM enrichi 24 kcal', fdate(ctx.date(), 'fr')],
            ['Jumelle B %s' % s, mrn2, ctx.r.randint(1700, 2300), 'LM + gavage', 'à déterminer']]
    x = make_xlsx(rows, 'Jumeaux')
    body = 'Bonjour,\n\nCi-joint le suivi de croissance des jumeaux pour le CLSC (suivi post-congé).\n\n%s' % ctx.sig(STAFF[2], 'fr')
    return dict(cat='discharge_planning', subj='Congé jumeaux %s - suivi CLSC' % s, body=body, frm=ctx.frm(STAFF[2]),
                to=[('', 'perinatalite@clsc-riviere.example')], atts=[('suivi_jumeaux.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)],
                types=['patient_name', 'mrn'], note='twins discharge spreadsheet with surname, chart numbers and feeding')


# ================================================================ POSITIVE templates (English)
def kidname_en(ctx):
    return ctx.ch(EN_GIV_F + EN_GIV_M), ctx.ch(EN_SUR)


def p_referral_on_en(ctx):
    g, s = kidname_en(ctx); hn = ctx.on_hn()
    body = ('Dear colleague,\n\nRe: %s %s, DOB %s, OHIP %s\n\nI would appreciate your assessment of this %d-month-old with '
            'faltering growth (weight dropped from 50th to 3rd centile), oral aversion and frequent vomiting. '
            'Family lives in Cornwall, ON and prefers appointments in Ottawa.\n\nRegards,\nDr. Amy Sutherland, MD FRCPC\n'
            'Cornwall Paediatric Clinic\nTel 613-555-0187') % (
        g, s, ctx.date(-600, -300).isoformat(), hn, ctx.r.randint(9, 18))
    return dict(cat='referral', subj='Referral - feeding clinic', body=body, frm=('Dr. Amy Sutherland', 'asutherland@pediatrie-ottawa.example'),
                to=[('Feeding Clinic Intake', 'feeding.intake@%s' % DOM)], types=['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis'],
                note='referral with Ontario health number, name, DOB and growth problem')


def p_nicu_discharge_en(ctx):
    mom = ctx.adult_nam(); st = STAFF[1]
    pdf = make_pdf('NICU Discharge Summary', [
        'Infant: Baby boy %s (mother: %s %s, RAMQ %s)' % (mom['sur'], mom['giv'], mom['sur'], mom['nam']),
        'GA 29+3 weeks, BW 1240 g. Chart %s' % ctx.mrn(), 'Course: RDS (surfactant x1), PDA closed medically, ROP stage 1 zone II',
        'Discharge meds: vitamin D 400 IU, iron 3 mg/kg/d', 'Follow-up: ophthalmology 2 weeks, neonatal follow-up clinic 4 months'])
    body = 'Hello,\n\nPlease find attached the discharge summary for your records. Family discharged home today.\n\n%s' % ctx.sig(st, 'en')
    return dict(cat='discharge_summary', subj='NICU discharge summary', body=body, frm=ctx.frm(st),
                to=[('Dr. Paul Wong', 'pwong@gmf-du-parc.example')], atts=[('discharge_summary.pdf', 'application/pdf', pdf)],
                types=['patient_name', 'ramq_nam', 'mrn', 'diagnosis', 'medication'], note='PDF discharge summary for premature infant named via mother with NAM')


def p_school_diabetes_en(ctx):
    n = ctx.kid_nam()
    body = ('Hi Ms. Kerr,\n\n%s %s (grade %d) was diagnosed with type 1 diabetes last month. Attached is %s insulin plan: '
            'Humalog by pen before lunch, 1 unit per 15 g carbs, correction 1 unit per 3 mmol/L above 8. '
            'Please call the clinic if BG < 4 twice in a week.\n\nThanks,\nRebecca Lyons RN CDE\nPediatric Diabetes Clinic') % (
        n['giv'], n['sur'], max(1, min(11, age_at(ddob(n)) - 5)), his(n))
    return dict(cat='school_health', subj='Insulin plan for %s' % n['giv'], body=body, frm=('Rebecca Lyons', 'rebecca.lyons@%s' % DOM),
                to=[('Joanne Kerr', 'jkerr@ecole-boisjoli.example')], types=['patient_name', 'diagnosis', 'medication'],
                note='school insulin plan for named pupil with type 1 diabetes')


def p_ado_sin_en(ctx):
    g, s = ctx.ch(EN_GIV_F), ctx.ch(EN_SUR); st = STAFF[5]
    body = ('Hello,\n\nI am supporting %s %s (17) who left home after a conflict and is staying at the Youth Shelter on Rue Ontario. '
            'She is applying for last-resort financial assistance. Her SIN is %s. She is also followed at our clinic for depression '
            '(sertraline 50 mg).\nCould you expedite her file?\n\n%s') % (g, s, ctx.sin(), ctx.sig(st, 'en'))
    return dict(cat='social_work', subj='Income support application - %s %s' % (g, s), body=body, frm=ctx.frm(st),
                to=[('', 'agent.aide@solidarite-sociale.example')], types=['patient_name', 'ca_sin', 'social_information', 'diagnosis', 'medication'],
                note='social worker sends adolescent SIN, housing and depression to income support')


def p_er_followup_en(ctx):
    g, s = kidname_en(ctx); st = STAFF[4]; mrn = ctx.mrn()
    body = ('Hi team,\n\nFollow-up needed: %s %s, MRN %s, seen in Peds ED on %s for a distal radius buckle fracture. '
            'X-ray reviewed by radiology this morning: also a healing fracture of the left 5th metatarsal not mentioned at triage. '
            'Please call the mother to arrange fracture clinic and I have notified SW.\n\nOlivia') % (g, s, mrn, fdate(ctx.date(), 'en'))
    return dict(cat='imaging_followup', subj='ED callback - %s' % mrn, body=body, frm=ctx.frm(st), to=[('ED callback', 'ed.callback@%s' % DOM)],
                types=['patient_name', 'mrn', 'diagnosis'], note='ED imaging callback naming child with MRN and fractures')


def p_parent_en(ctx):
    n = ctx.kid_nam(); mom = ctx.ch(MOM_E)
    parent = ('Hello,\n\nMy son %s is almost out of his Concerta 27 mg and the pharmacy says the prescription expired. '
              'His health card is %s. Can Dr. Greene renew it?\n\nThank you,\n%s %s') % (
        n['giv'], n['nam'], mom, n['sur'])
    if n['sex'] == 'F':
        parent = parent.replace('My son', 'My daughter').replace('his Concerta', 'her Concerta').replace('His health', 'Her health')
    body = ('Hi %s,\n\nDr. Greene has renewed the prescription and faxed it to Pharmacie Beaulac. Reminder that the ADHD follow-up '
            'is due in January.\n\nKind regards,\nClinic secretary - Developmental Pediatrics\n\n-----Original Message-----\nFrom: %s %s\n'
            'Sent: %s\nSubject: prescription\n\n%s') % (mom, mom, n['sur'], fdate(ctx.date(), 'en'), parent)
    return dict(cat='parent_correspondence', subj='RE: prescription', body=body, frm=('Developmental Pediatrics', 'devpeds@%s' % DOM),
                to=[('', '%s.%s@postbox.example' % (mom.lower(), n['sur'].lower()))], types=['patient_name', 'ramq_nam', 'medication', 'diagnosis'],
                note='reply to parent quoting child name, health card number and ADHD medication')


def p_research_xlsx_en(ctx):
    rows = [['Study ID', 'Name', 'MRN', 'DOB', 'Arm', 'Visit 2']]
    for i in range(ctx.r.randint(5, 8)):
        g, s = kidname_en(ctx) if ctx.r.random() < 0.5 else kidname_fr(ctx)
        rows.append(['PROB-%03d' % (i + 11), '%s, %s' % (s, g), ctx.mrn(), ctx.date(-3000, -600).isoformat(),
                     ctx.ch(['A', 'B']), ctx.ch(['done', 'missed', 'scheduled'])])
    x = make_xlsx(rows, 'Enrolment')
    body = ('Hi Dr. Chen,\n\nAttached is the enrolment log for the probiotic study with visit status. Two missed visits need rebooking.\n\n'
            'Best,\nKatie Morel\nResearch Coordinator, Neonatal Research Unit')
    return dict(cat='research_coordination', subj='Enrolment log - PROB study', body=body, frm=('Katie Morel', 'katie.morel@%s' % DOM),
                to=[('Dr. Linda Chen', 'lchen@hopital-kingsway.example')], atts=[('PROB_enrolment.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)],
                types=['patient_name', 'mrn', 'date_of_birth'], note='research log XLSX with participant names, MRNs and DOBs (not de-identified)')


def p_vcard_homecare_en(ctx):
    g, s = kidname_en(ctx); mom = ctx.ch(MOM_E)
    tel = '514-555-%04d' % ctx.r.randint(1000, 9999)
    adr = '%d Maple Crescent, Pointe-Claire QC' % ctx.r.randint(10, 999)
    vcf = make_vcf('%s %s' % (mom, s), tel, adr, 'Mother of %s (home oxygen 0.25 L, BPD). Home care visits Tue/Fri' % g)
    body = ('Hi,\n\nNew home-care referral: %s %s, discharged from NICU on home oxygen. Contact card for the mother attached. '
            'First visit Tuesday please.\n\n%s') % (g, s, ctx.sig(STAFF[2], 'en'))
    return dict(cat='home_care', subj='Home care referral %s' % s, body=body, frm=ctx.frm(STAFF[2]),
                to=[('Home care intake', 'intake@clsc-riviere.example')], atts=[('%s_%s.vcf' % (mom, s), 'text/vcard', vcf)],
                types=['patient_name', 'patient_contact', 'diagnosis'], note='home-care referral with vCard of mother, home address and infant on home oxygen')


def p_zip_csv_en(ctx):
    lines = ['name,dob,nam,missing_vaccines']
    for i in range(ctx.r.randint(3, 5)):
        n = ctx.kid_nam()
        lines.append('%s %s,%s,%s,%s' % (n['giv'], n['sur'], n['dob'], n['nam'], ctx.ch(['MMR-Var #2', 'HPV #2', 'dTap', 'Men-C-ACYW'])))
    z = make_zip([('catchup_list.csv', ('\n'.join(lines) + '\n').encode('utf-8'))])
    body = ('Hi,\n\nHere is the catch-up list for the school clinic day (zipped as the file was too big for the portal).\n\n'
            'Thanks\nSchool Health Team')
    return dict(cat='vaccination_catchup', subj='Catch-up list - school clinic', body=body, frm=('School Health Team', 'sante.scolaire@%s' % DOM2),
                to=[('', 'nurse@ecole-boisjoli.example')], atts=[('catchup.zip', 'application/zip', z)],
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'medication'], note='ZIP containing CSV of pupils with NAM, DOB and missing vaccines')


def p_newborn_mother_en(ctx):
    mom = ctx.adult_nam()
    body = ('Hi,\n\nPlease book a hearing re-screen for baby girl %s (mother %s %s, DOB %s, RAMQ %s). Failed AABR left ear at 36 h. '
            'Mother is going home to Gatineau, prefers Fridays.\n\nThanks\n%s') % (
        mom['sur'], mom['giv'], mom['sur'], mom['dob'], spaced_nam(mom['nam'], ctx.ch([0, 4, 5])), ctx.sig(STAFF[2], 'en'))
    return dict(cat='booking_request', subj='Hearing re-screen booking', body=body, frm=ctx.frm(STAFF[2]),
                to=[('Audiology', 'audiology@%s' % DOM2)], types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'],
                note='newborn hearing re-screen identified through mother name, DOB and NAM')


def p_subject_only_en(ctx):
    g, s = kidname_en(ctx)
    body = 'See attached consent, please file.\n\nThanks'
    dx = ctx.ch(['cystic fibrosis', 'sickle cell disease', 'Kawasaki disease', 'new-onset seizures'])
    return dict(cat='subject_only', subj='%s %s - %s - consent for chart' % (s.upper(), g, dx), body=body, frm=ctx.frm(STAFF[7]),
                to=[('', 'records@hopital-kingsway.example')], types=['patient_name', 'diagnosis'],
                note='patient name and diagnosis in the Subject only')


def p_split_en(ctx):
    g, s = kidname_en(ctx); mrn = ctx.mrn()
    body = ('Quick one - chart %s\n\nLevetiracetam level came back low, mom admits missing doses. '
            'Can you call the family to book EEG + neuro follow-up? Number in chart.\n\nThx') % mrn
    return dict(cat='lab_followup', subj='%s %s' % (g, s), body=body, frm=ctx.frm(STAFF[0]), to=[('', 'neuro.clinic@hopital-kingsway.example')],
                types=['patient_name', 'mrn', 'medication', 'lab_result'], note='name in Subject, chart number and drug level in body')


def p_nickname_fr(ctx):
    full = ctx.ch([('Louis-Xavier Boivin', 'Loulou'), ('Juliette Vachon', 'Juju'), ('Maximilien Poulin', 'Max'), ('Béatrice Fontaine', 'Béa')])
    body = ('Coucou Annie,\n\nPetite mise à jour sur %s (%s, le cocon du mardi) : les crises d\'absence ont augmenté '
            'depuis que la dose de Zarontin a été baissée, la maman en compte 10-15 par jour. L\'éducatrice du CPE a aussi remarqué. '
            'Peux-tu en glisser un mot à la neuro avant la prochaine visite?\n\nBisous,\nCaro (éducatrice spécialisée)') % (full[1], full[0])
    return dict(cat='rehab_update', subj='%s - mise à jour' % full[1], body=body, frm=('Caroline Hébert', 'caroline.hebert@readapt-enfance.example'),
                to=[('Annie Roberge', 'annie.roberge@%s' % DOM)], types=['patient_name', 'diagnosis', 'medication'],
                note='educator update on a child by nickname and full name with seizures and medication')


def p_private_story_fr(ctx):
    g, s = ctx.ch(FR_GIV_F), ctx.ch(FR_SUR)
    body = ('Bonjour l\'équipe de la Fondation,\n\nPour la campagne des Fêtes, je vous propose l\'histoire de %s %s, 7 ans, '
            'hospitalisée depuis août pour une leucémie lymphoblastique aiguë (en induction, chambre 4112). Les parents sont séparés et la '
            'famille vit des difficultés financières importantes.\nATTENTION : les parents n\'ont PAS encore signé le consentement, '
            'ne rien publier pour l\'instant.\n\n%s') % (g, s, ctx.sig(STAFF[5], 'fr'))
    return dict(cat='foundation_private_case', subj='Idée histoire campagne des Fêtes', body=body, frm=ctx.frm(STAFF[5]),
                to=[('', 'communications@fondation-cme.example')], types=['patient_name', 'diagnosis', 'social_information'],
                note='private case (no consent yet) sent to foundation: named child, leukemia, family finances')


def p_roster_hidden_fr(ctx):
    n = ctx.kid_nam()
    body = ('Bonjour,\n\nAssignations de soir 3e Nord :\n- Chambres 301-306 : Catherine Roy\n- Chambres 307-312 : Kevin Ouellet\n'
            '- Isolement 314 : Andréanne Cyr (%s %s, influenza A, oseltamivir, NAM %s - attention allergie pénicilline)\n'
            '- Float : Samuel Dion\n\nJulie') % (n['giv'], n['sur'], n['nam'])
    return dict(cat='staff_assignment', subj='Assignations soir 3N', body=body, frm=ctx.frm(STAFF[10]), to=[('', 'equipe.3nord@%s' % DOM)],
                types=['patient_name', 'ramq_nam', 'diagnosis', 'medication'], note='staff assignment roster that names one isolated patient with NAM and influenza')


def p_initials_en(ctx):
    lines = []
    for i in range(ctx.r.randint(4, 6)):
        ini = ctx.ch('ABCDEGHJKLMNPRSTW') + '.' + ctx.ch('ABCDEGHJKLMNPRSTW') + '.'
        lines.append('%d. %s  %s  %s' % (i + 1, ini, ctx.mrn(), ctx.ch(['DKA resolving, off insulin drip at 06h', 'appy POD1, tolerating fluids',
                    'pneumonia, IV amp -> PO amox today', 'croup, dex given, obs until 14h', 'febrile infant 5 wk, cultures neg at 24h',
                    'new dx T1DM, teaching with CDE', 'FTT admission, calorie count'])))
    body = 'Peds ward sign-out (day team -> evening)\n\n' + '\n'.join(lines) + '\n\nPager 4471 overnight.\nR2 peds'
    return dict(cat='signout_list', subj='Ward sign-out', body=body, frm=('Peds R2', 'peds.r2@%s' % DOM), to=[('', 'peds.evening@%s' % DOM)],
                types=['mrn', 'diagnosis', 'medication'], note='sign-out with initials and chart numbers plus problems')


def p_glucose_en(ctx):
    s = ctx.ch(EN_SUR)
    body = ('Critical result called to Dr. Haddad at 03:12.\nBaby boy %s, chart %s, 4 h of life: POC glucose 1.6 mmol/L, '
            'lab glucose 1.4. Infant of diabetic mother. Started D10 bolus.\n\nNICU charge RN') % (s, ctx.mrn())
    return dict(cat='critical_value', subj='Critical glucose - Baby %s' % s, body=body, frm=ctx.frm(STAFF[2]), to=[('', 'nicu.quality@%s' % DOM)],
                types=['patient_name', 'mrn', 'lab_result', 'diagnosis'], note='critical glucose for newborn named Baby boy + surname with chart number')


POS_FR = [p_referral_dev_fr, p_nicu_signout_fr, p_school_nurse_fr, p_vax_catchup_fr, p_lactation_fr, p_dpj_fr, p_er_transfer_fr,
          p_parent_reply_fr, p_rehab_plan_fr, p_ado_fr, p_be_transfer_fr, p_fr_nir_fr, p_transport_fr, p_bili_critical_fr,
          p_ics_meeting_fr, p_disguised_fr, p_twins_fr, p_nickname_fr, p_private_story_fr, p_roster_hidden_fr]
POS_EN = [p_referral_on_en, p_nicu_discharge_en, p_school_diabetes_en, p_ado_sin_en, p_er_followup_en, p_parent_en,
          p_research_xlsx_en, p_vcard_homecare_en, p_zip_csv_en, p_newborn_mother_en, p_subject_only_en, p_split_en,
          p_initials_en, p_glucose_en]


# ================================================================ NEGATIVE templates (French)
def n_oncall_fr(ctx):
    rows = []
    docs = ['Marchand', 'Haddad', 'Ouimet', 'Greene', 'Bennett', 'Fortier', 'Nguyen', 'Saint-Onge']
    d0 = ctx.date(0, 20)
    for i in range(7):
        d = d0 + datetime.timedelta(days=i)
        rows.append('%s  jour : Dre %s / nuit : Dr %s / USIN : Dr %s' % (d.isoformat(), ctx.ch(docs), ctx.ch(docs), ctx.ch(docs)))
    body = ('Bonjour à tous,\n\nVoici l\'horaire de garde de pédiatrie pour la semaine. Échanges à faire approuver par Julie.\n\n'
            + '\n'.join(rows) + '\n\nMerci\n\nSecrétariat du département de pédiatrie\nPoste 4410')
    return dict(cat='oncall_schedule', subj='Horaire de garde pédiatrie - semaine du %s' % fdate(d0, 'fr'), body=body,
                frm=('Secrétariat pédiatrie', 'secr.pediatrie@%s' % DOM), to=[('Pédiatres', 'pediatres@%s' % DOM)],
                note='physician on-call roster (staff only)')


def n_grand_rounds_fr(ctx):
    spk = ctx.ch([('Dr Karim Haddad', 'Hypothermie thérapeutique : 10 ans d\'expérience à l\'USIN'),
                  ('Dre Chantal Ouimet', 'Troubles alimentaires chez l\'adolescent : repérage en première ligne'),
                  ('Dre Isabelle Marchand', 'Bronchiolite : ce qui a changé depuis les nouvelles lignes directrices'),
                  ('Dr Samuel Greene', 'TSA : délais d\'accès et dépistage précoce')])
    body = ('Bonjour,\n\nLa visite éducative (grand rounds) de mercredi 12h aura lieu à l\'amphithéâtre B et sur Teams.\n\n'
            'Conférencier : %s\nSujet : %s\n\n1 h de crédits de catégorie 1 (Collège royal). Lunch servi.\n\n'
            'Développement professionnel continu\nCME Laurentie') % spk
    return dict(cat='grand_rounds', subj='Grand rounds mercredi - %s' % spk[1].split(':')[0], body=body,
                frm=('DPC', 'dpc@%s' % DOM), to=[('Tous', 'tous-medecins@%s' % DOM)], note='grand rounds announcement, speaker and topic')


def n_foundation_story_fr(ctx):
    g = ctx.ch(FR_GIV_F)
    body = ('Bonjour chers partenaires,\n\nLe Radiothon de la Fondation du CME aura lieu le %s. Cette année, notre famille '
            'ambassadrice, la famille de la petite %s, a accepté de raconter publiquement son histoire (voir l\'article paru dans '
            'Le Courrier de Laval et la vidéo sur notre site, publiée avec leur consentement).\n\n'
            'Objectif : 1,2 M$ pour la nouvelle unité de néonatalogie. Reçus fiscaux pour tout don de 20 $ et plus.\n\n'
            'Fondation du Centre mère-enfant de la Laurentie\nfondation.cme-laurentie.example') % (fdate(ctx.date(), 'fr'), g)
    return dict(cat='foundation_event', subj='Radiothon 2026 - famille ambassadrice', body=body,
                frm=('Fondation CME', 'fondation@%s' % DOM), to=[('', 'partenaires@fondation-liste.example')],
                note='foundation event referencing a public ambassador family story told with consent; no medical detail')


def n_bulletin_rsv_fr(ctx):
    a, b = ctx.r.randint(30, 80), ctx.r.randint(5, 20)
    body = ('Bulletin de santé publique - saison respiratoire\n\nSemaine 44 : %d hospitalisations pédiatriques pour VRS dans la région, '
            'dont %d aux soins intensifs. Taux de positivité 14 %%.\nRappel : le nirsévimab est offert aux nourrissons nés depuis '
            'le 1er avril. Info-Santé 811.\n\nDirection de santé publique') % (a, b)
    return dict(cat='public_health_bulletin', subj='Bulletin VRS - semaine 44', body=body, frm=('DSPublique', 'bulletin@dsp-laurentie.example'),
                to=[('', 'cliniciens@%s' % DOM)], note='aggregate RSV statistics bulletin')


def n_job_posting_fr(ctx):
    body = ('AFFICHAGE INTERNE #%d\n\nInfirmière / infirmier clinicien(ne) - USIN\nPoste permanent temps complet, rotation jour/nuit\n'
            'Exigences : BAC en sciences infirmières, PRN à jour, 1 an d\'expérience en soins critiques un atout.\n'
            'Échelle salariale selon la convention collective.\nPostuler avant le %s.\n\nRessources humaines') % (
        ctx.r.randint(2026100, 2026999), fdate(ctx.date(), 'fr'))
    return dict(cat='job_posting', subj='Affichage - infirmière clinicienne USIN', body=body, frm=('RH', 'rh@%s' % DOM),
                to=[('Tout le personnel', 'personnel@%s' % DOM)], note='internal job posting')


def n_vendor_po_fr(ctx):
    lot = 'L%d%s' % (ctx.r.randint(100000, 999999), ctx.ch('ABC'))
    sn = ''.join(str(ctx.r.randint(0, 9)) for _ in range(9))
    sn = sn[:-1] + luhn.calc_check_digit(sn[:-1])
    body = ('Bonjour,\n\nBon de commande BC-%d\n- 12 tire-lait hospitaliers Symphonia-X, n° de série à partir de %s\n'
            '- 400 ensembles de collecte, lot %s\n- 200 biberons 60 mL\nLivraison au quai B. Facture à comptes.payables@%s\n\n'
            'Approvisionnement') % (ctx.r.randint(40000, 49999), sn, lot, DOM)
    return dict(cat='purchase_order', subj='BC tire-lait et ensembles de collecte', body=body, frm=('Approvisionnement', 'appro@%s' % DOM),
                to=[('', 'ventes@medela-exemple.example')], note='purchase order with serial numbers (Luhn-valid look-alike) and lot numbers')


def n_it_outage_fr(ctx):
    body = ('Bonjour,\n\nUne maintenance du NAS de la pédiatrie (serveur de fichiers \\\\nas-ped02) aura lieu samedi de 22h à 2h. '
            'Les lecteurs partagés P: et S: seront indisponibles. Le DCI reste accessible.\nBillet : INC%07d\n\nCentre de services TI\nPoste 5555') % ctx.r.randint(0, 9999999)
    return dict(cat='it_maintenance', subj='Maintenance NAS - lecteurs partagés', body=body, frm=('Service TI', 'servicedesk@%s' % DOM2),
                to=[('Utilisateurs', 'utilisateurs@%s' % DOM)], note='IT maintenance notice (NAS = storage)')


def n_nrp_training_fr(ctx):
    rows = ['%s - matricule %d - %s' % (ctx.ch(['Catherine Roy', 'Mélissa Bédard', 'Kevin Ouellet', 'Andréanne Cyr', 'Samuel Dion']),
                                        ctx.r.randint(100000, 999999), ctx.ch(['jour', 'soir', 'nuit'])) for _ in range(5)]
    body = ('Bonjour,\n\nListe des inscriptions à la formation PRN (programme de réanimation néonatale) du %s :\n\n'
            + '\n'.join(rows) + '\n\nPrévoir la libération des employés. Salle de simulation 1.020.\n\nMarie-Ève Proulx\nConseillère en soins') % fdate(ctx.date(), 'fr')
    return dict(cat='training_roster', subj='Inscriptions PRN', body=body, frm=ctx.frm(STAFF[2]), to=[('', 'chefs.unite@%s' % DOM)],
                note='staff training roster with employee numbers, looks like a list')


def n_teaching_case_fr(ctx):
    body = ('Cas clinique pour l\'ARC de vendredi :\n\nNourrisson de 6 semaines, né à terme, amené pour vomissements en jet après chaque '
            'boire depuis 5 jours. Perte de poids. Gaz : alcalose métabolique hypochlorémique.\n\nQuestions :\n1. Diagnostic le plus probable?\n'
            '2. Examen de choix?\n3. Prise en charge préopératoire?\n\nBonne préparation!\nDr Haddad')
    return dict(cat='teaching_case', subj='Cas clinique ARC vendredi', body=body, frm=ctx.frm(STAFF[1]), to=[('Résidents', 'residents-ped@%s' % DOM)],
                note='anonymised teaching case (no identifier)')


def n_parking_fr(ctx):
    body = ('Bonjour,\n\nÀ compter du %s, le stationnement P3 sera fermé pour réfection. Les familles des unités de néonatalogie '
            'et de pédiatrie pourront utiliser le P1 au tarif réduit (vignette à l\'accueil). Navette aux 15 minutes.\n\nServices techniques') % fdate(ctx.date(), 'fr')
    return dict(cat='facilities', subj='Fermeture stationnement P3', body=body, frm=('Services techniques', 'st@%s' % DOM),
                to=[('Tout le personnel', 'personnel@%s' % DOM)], note='parking notice')


def n_committee_fr(ctx):
    body = ('Comité Initiative Amis des bébés - ordre du jour\n\n1. Adoption du PV\n2. Taux d\'allaitement exclusif au congé '
            '(T2 : %d %%)\n3. Révision de la politique sur les suppléments\n4. Formation 20 h du personnel : %d %% complétée\n5. Varia\n\n'
            'Salle 3.201, jeudi 14h. Sophie Tanguay, IBCLC') % (ctx.r.randint(55, 75), ctx.r.randint(60, 95))
    return dict(cat='committee_notice', subj='ODJ comité IAB', body=body, frm=ctx.frm(STAFF[3]), to=[('Comité IAB', 'comite.iab@%s' % DOM)],
                note='committee agenda with aggregate rates')


def n_blank_form_fr(ctx):
    doc = make_docx('Consentement à la photothérapie / Formulaire', [
        'Nom de l\'enfant : ______________________   N° de dossier : ____________',
        'Date de naissance : ____ / ____ / ______   NAM : ________________',
        'Je, soussigné(e), ______________________, parent ou tuteur, consens à ...', 'Signature : ____________   Date : ________'])
    body = 'Bonjour,\n\nVoici la nouvelle version du formulaire (vierge) approuvée par le comité des formulaires.\n\nArchives médicales'
    return dict(cat='blank_form', subj='Nouveau formulaire consentement - version 2026-10', body=body, frm=ctx.frm(STAFF[7]),
                to=[('', 'gestionnaires@%s' % DOM)], atts=[('formulaire_vierge.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)],
                note='blank form template')


def n_staff_sick_fr(ctx):
    nm = ctx.ch(['Julie Paradis', 'Kevin Ouellet', 'Mélissa Bédard'])
    body = ('Bonjour,\n\n%s sera en arrêt de travail pour les deux prochaines semaines (mononucléose). Merci de couvrir ses quarts; '
            'les remplacements sont affichés au poste.\n\nGestionnaire 3e Nord') % nm
    return dict(cat='hr_staff', subj='Absence - remplacements 3e Nord', body=body, frm=('Gestionnaire 3N', 'gest.3nord@%s' % DOM),
                to=[('Équipe 3N', 'equipe.3nord@%s' % DOM)], note='staff member sick leave (staff, not patient)')


def n_vax_campaign_fr(ctx):
    body = ('Bonjour,\n\nLa clinique de rattrapage vaccinal pour enfants 0-17 ans est ouverte les samedis au CLSC de la Rivière. '
            'Sans rendez-vous de 9h à 15h. Apportez le carnet de vaccination.\nInfo : 450 555-0100.\n'
            'Nombre de doses administrées depuis septembre : %d.\n\nSanté publique') % ctx.r.randint(800, 2000)
    return dict(cat='public_health_bulletin', subj='Clinique de rattrapage vaccinal - samedis', body=body,
                frm=('Santé publique', 'vaccination@dsp-laurentie.example'), to=[('', 'ecoles@cssdesmonts.example')],
                note='public vaccination clinic announcement with clinic phone')


def n_surname_clash_fr(ctx):
    body = ('Bonjour,\n\nPetite précision : le Dr Gabriel Tremblay (néphrologie pédiatrique) remplace la Dre Tremblay-Nolin au '
            'comité de pharmacologie. Il présentera les nouvelles recommandations sur les IEC chez l\'enfant avec syndrome néphrotique.\n\n'
            'Secrétariat du CPT')
    return dict(cat='committee_notice', subj='Comité pharmaco - changement de membre', body=body, frm=('CPT', 'cpt@%s' % DOM),
                to=[('', 'membres.cpt@%s' % DOM)], note='physician named next to the disease he treats')


def n_newsletter_fr(ctx):
    html = ('<html><body><h2>Le Petit Journal du CME - novembre</h2><ul><li>Nouvelle salle familiale à l\'USIN</li>'
            '<li>Peau à peau : 92 %% des prématurés de plus de 28 sem. en ont bénéficié le premier jour</li>'
            '<li>Bienvenue aux %d nouvelles infirmières</li><li>Concours de dessins des enfants hospitalisés - merci aux participants!</li></ul>'
            '<p>Communications CME</p></body></html>') % ctx.r.randint(8, 20)
    body = 'Le Petit Journal du CME - novembre\n(version HTML)'
    return dict(cat='newsletter', subj='Le Petit Journal du CME - novembre', body=body, html=html, form='alt',
                frm=('Communications', 'communications@%s' % DOM), to=[('Personnel', 'personnel@%s' % DOM)], note='internal newsletter, aggregates only')


def n_schedule_xlsx_fr(ctx):
    rows = [['Employé', 'Matricule', 'Lun', 'Mar', 'Mer', 'Jeu', 'Ven']]
    for nm in ['Roy C.', 'Bédard M.', 'Cyr A.', 'Dion S.', 'Lemieux P.', 'Fortin J.']:
        rows.append([nm, ctx.r.randint(100000, 999999)] + [ctx.ch(['J', 'S', 'N', 'C', '-']) for _ in range(5)])
    x = make_xlsx(rows, 'Horaire')
    body = 'Bonjour,\n\nHoraire de la période 6 ci-joint. C = congé.\n\nJulie'
    return dict(cat='staff_schedule', subj='Horaire P6 - USIN', body=body, frm=ctx.frm(STAFF[10]), to=[('', 'equipe.usin@%s' % DOM)],
                atts=[('horaire_P6.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)], note='staff schedule spreadsheet')


# ================================================================ NEGATIVE templates (English)
def n_newsletter_en(ctx):
    html = ('<html><body><h1>Infant Feeding Update</h1><p>The updated guideline recommends vitamin D 400 IU daily for all breastfed '
            'infants and introduction of allergenic foods around 6 months.</p><p>Our milk bank dispensed %d litres this quarter.</p>'
            '<p><a href="https://www.cme-laurentie.example/feeding">Read more</a></p></body></html>') % ctx.r.randint(200, 600)
    return dict(cat='newsletter', subj='Infant Feeding Update - Fall 2026', body='Infant Feeding Update', html=html, form='html',
                frm=('Lactation Program', 'lactation@%s' % DOM), to=[('', 'subscribers@list.example')], note='HTML newsletter on feeding guidelines')


def n_invoice_en(ctx):
    pdf = make_pdf('INVOICE INV-%d' % ctx.r.randint(10000, 99999), ['Bill to: Laurentie Mother and Child Centre - Accounts Payable',
                   'Item: Neonatal pulse oximetry sensors x 500   $4,250.00', 'Item: Phototherapy blanket service contract   $1,100.00',
                   'GST/HST reg. 12345 6789 RT0001', 'Terms: Net 30'])
    body = 'Hello,\n\nPlease find attached our invoice for October. Payment by EFT.\n\nAccounts Receivable\nNeoSupply Canada'
    return dict(cat='invoice', subj='Invoice - October', body=body, frm=('NeoSupply AR', 'ar@neosupply.example'),
                to=[('', 'accounts.payable@%s' % DOM)], atts=[('invoice.pdf', 'application/pdf', pdf)], note='vendor invoice PDF')


def n_conference_en(ctx):
    body = ('Canadian Pediatric Emergency Day 2027 - Programme\n\n08:30 Welcome\n09:00 Dr. Olivia Bennett - Sepsis recognition in infants\n'
            '10:00 Dr. Raj Mehta - Procedural sedation\n11:00 Panel - Child maltreatment: red flags in the ED\n13:00 Workshops\n\n'
            'Register at pedemday.example before January 15.')
    return dict(cat='conference_programme', subj='Programme - Pediatric Emergency Day 2027', body=body, frm=ctx.frm(STAFF[4]),
                to=[('', 'ped-em@list.example')], note='conference programme with speakers and topics')


def n_job_en(ctx):
    body = ('Job Posting - Pediatric Occupational Therapist (0.8 FTE)\n\nThe Child Development and Rehabilitation Centre is seeking an OT '
            'to join our early intervention team. Bilingualism required. Competition #%d.\n\nHuman Resources') % ctx.r.randint(1000, 9999)
    return dict(cat='job_posting', subj='Posting: Pediatric OT', body=body, frm=('HR', 'hr@%s' % DOM), to=[('', 'jobs@ot-association.example')],
                note='job posting')


def n_it_en(ctx):
    body = ('Dear users,\n\nThe EMR will be unavailable Sunday 02:00-04:00 for an upgrade. Use downtime forms (blank, in the red binder). '
            'Printers on 3 North (asset tags CME-PR-%05d, CME-PR-%05d) will be replaced the same night.\n\nIT Service Desk') % (
        ctx.r.randint(0, 99999), ctx.r.randint(0, 99999))
    return dict(cat='it_downtime', subj='EMR downtime Sunday', body=body, frm=('IT Service Desk', 'servicedesk@%s' % DOM2),
                to=[('All staff', 'allstaff@%s' % DOM)], note='IT downtime with asset tags')


def n_teaching_en(ctx):
    body = ('Morning report case:\n\nA 14-year-old girl presents with 3 days of polyuria, abdominal pain and Kussmaul breathing. '
            'Glucose 28 mmol/L, pH 7.12. Discuss fluid management and cerebral edema risk.\n\nChief residents')
    return dict(cat='teaching_case', subj='Morning report case', body=body, frm=('Chief Residents', 'chiefs@%s' % DOM),
                to=[('Residents', 'residents-ped@%s' % DOM)], note='anonymised teaching case')


def n_foundation_en(ctx):
    body = ('Dear friends,\n\nThank you for joining us at the Little Steps Gala. As shared on stage and in our annual report, the '
            'Harris twins, who spent their first months in our NICU, are now thriving kindergarteners - their parents kindly agreed '
            'to tell their story publicly.\nTogether we raised $%d,000.\n\nWith gratitude,\nThe Foundation team') % ctx.r.randint(200, 900)
    return dict(cat='foundation_event', subj='Thank you - Little Steps Gala', body=body, frm=('Foundation', 'foundation@%s' % DOM),
                to=[('', 'donors@fondation-liste.example')], note='gala thank-you referencing a publicly told family story with consent')


def n_parent_general_en(ctx):
    mom = ctx.ch(MOM_E)
    body = ('Hi %s,\n\nThanks for your question. NICU visiting is open 24 h for parents; siblings may visit 10:00-20:00 if they have '
            'no cold symptoms. Parking passes for families are at the main desk.\n\nNICU Family Liaison\n514 555-0130') % mom
    return dict(cat='parent_information', subj='RE: visiting hours', body=body, frm=('NICU Family Liaison', 'nicu.family@%s' % DOM),
                to=[('', '%s.k@postbox.example' % mom.lower())], note='general information reply to a parent, no patient detail')


def n_stats_en(ctx):
    body = ('Monthly dashboard - Peds ED\n\nVisits: %d\nLeft without being seen: %.1f %%\nMedian LOS: %.1f h\nAdmissions: %d\n'
            'Bronchiolitis admissions: %d\n\nQuality & Performance') % (ctx.r.randint(3000, 5000), ctx.r.uniform(2, 8), ctx.r.uniform(3, 6),
                                                                       ctx.r.randint(200, 400), ctx.r.randint(20, 90))
    return dict(cat='statistics', subj='Peds ED dashboard - October', body=body, frm=('Quality', 'quality@%s' % DOM),
                to=[('', 'leadership@%s' % DOM)], note='aggregate dashboard')


def n_roster_en(ctx):
    lines = ['%s - %s - %s' % (ctx.ch(['Bed 1', 'Bed 2', 'Pod A', 'Pod B', 'Triage', 'Fast track']),
                               ctx.ch(['K. Ouellet RN', 'A. Cyr RN', 'S. Dion RN', 'P. Lemieux RT', 'Dr. Bennett', 'Dr. Mehta']),
                               ctx.ch(['07-19', '19-07', '11-23'])) for _ in range(6)]
    body = 'Tonight\'s assignment - Peds ED\n\n' + '\n'.join(lines) + '\n\nCharge nurse: M. Bédard\nCall 5560 for float.'
    return dict(cat='staff_assignment', subj='ED assignment tonight', body=body, frm=('ED charge nurse', 'ed.charge@%s' % DOM),
                to=[('', 'ed.nurses@%s' % DOM)], note='nursing assignment by bed: staff only, resembles a sign-out')


def n_hr_en(ctx):
    body = ('Hi Kevin,\n\nYour request for parental leave from January 6 has been approved. Employee #%d. Benefits continue during leave; '
            'contact payroll for the top-up form.\n\nHuman Resources') % ctx.r.randint(100000, 999999)
    return dict(cat='hr_staff', subj='Parental leave approved', body=body, frm=('HR', 'hr@%s' % DOM), to=[('Kevin Ouellet', 'kevin.ouellet@%s' % DOM)],
                note='HR mail about an employee')


def n_vendor_en(ctx):
    imei = ''.join(str(ctx.r.randint(0, 9)) for _ in range(14)); imei += luhn.calc_check_digit(imei)
    body = ('Hi,\n\nThe replacement phone for the NICU charge nurse has shipped. IMEI %s, tracking 1Z%dCA.\n'
            'Please return the defective unit with the prepaid label.\n\nTelecom Services') % (imei, ctx.r.randint(10 ** 9, 10 ** 10))
    return dict(cat='vendor', subj='Replacement device shipped', body=body, frm=('Telecom', 'telecom@vendor-tel.example'),
                to=[('', 'telecom@%s' % DOM)], note='vendor mail with IMEI (Luhn-valid look-alike)')


def n_cafeteria_en(ctx):
    body = ('Cafeteria hours this weekend: 07:00-19:00. Family meal vouchers available at the NICU desk. '
            'Friday special: butter chicken.\n\nFood Services')
    return dict(cat='facilities', subj='Cafeteria hours', body=body, frm=('Food Services', 'food@%s' % DOM), to=[('', 'allstaff@%s' % DOM)],
                note='cafeteria notice')


def n_grand_rounds_en(ctx):
    ics = make_ics('gr-%d@%s' % (ctx.r.randint(1000, 9999), DOM), 'Pediatric Grand Rounds', datetime.datetime(2026, 11, ctx.r.randint(2, 27), 12, 0),
                   'Dr. Samuel Greene: Early autism screening in primary care. Dr. Linda Chen: Probiotics for preterm infants - evidence update.', 'Amphitheatre B')
    body = 'Hi all,\n\nCalendar invite for grand rounds attached.\n\nCPD Office'
    return dict(cat='grand_rounds', subj='Invitation: Pediatric Grand Rounds', body=body, frm=('CPD', 'cpd@%s' % DOM),
                to=[('', 'physicians@%s' % DOM)], atts=[('invite.ics', 'text/calendar', ics)], note='grand rounds ICS, speakers and topics')


def n_signout_template_en(ctx):
    body = ('Hi residents,\n\nPlease use the new I-PASS sign-out template from Monday:\n\nPatient | MRN | Illness severity | Summary | Action list | '
            'Contingency\n---|---|---|---|---|---\n(blank rows)\n\nDo not e-mail completed sign-outs outside the EMR.\n\nChief residents')
    return dict(cat='blank_form', subj='New sign-out template', body=body, frm=('Chief Residents', 'chiefs@%s' % DOM),
                to=[('Residents', 'residents-ped@%s' % DOM)], note='blank sign-out template')


def n_quality_fr(ctx):
    body = ('Bonjour,\n\nRapport trimestriel des incidents/accidents - Mère-enfant\n- Erreurs de médication : %d (dont %d sans conséquence)\n'
            '- Chutes : %d\n- Erreurs d\'identification de lait maternel : %d\nAucun événement sentinelle.\n\nGestion des risques') % (
        ctx.r.randint(20, 40), ctx.r.randint(15, 20), ctx.r.randint(2, 9), ctx.r.randint(1, 4))
    return dict(cat='quality_report', subj='Rapport trimestriel AH-223', body=body, frm=('Gestion des risques', 'risques@%s' % DOM),
                to=[('', 'direction@%s' % DOM)], note='aggregate incident report')


NEG_FR = [n_oncall_fr, n_grand_rounds_fr, n_foundation_story_fr, n_bulletin_rsv_fr, n_job_posting_fr, n_vendor_po_fr, n_it_outage_fr,
          n_nrp_training_fr, n_teaching_case_fr, n_parking_fr, n_committee_fr, n_blank_form_fr, n_staff_sick_fr, n_vax_campaign_fr,
          n_surname_clash_fr, n_newsletter_fr, n_schedule_xlsx_fr, n_quality_fr]
NEG_EN = [n_newsletter_en, n_invoice_en, n_conference_en, n_job_en, n_it_en, n_teaching_en, n_foundation_en, n_parent_general_en,
          n_stats_en, n_roster_en, n_hr_en, n_vendor_en, n_cafeteria_en, n_grand_rounds_en, n_signout_template_en]


# ================================================================ main
def slug(s):
    return re.sub(r'[^a-z0-9]+', '_', s.lower()).strip('_')[:30]


def check(out, labels):
    files = sorted(p for sub in ('positive', 'negative') for p in
                   (sub + '/' + f for f in os.listdir(os.path.join(out, sub))) if p.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    for f in files:
        raw = open(os.path.join(out, f), 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (f, msg.defects)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
            if part.is_multipart():
                continue
            if part.get_content_type() == 'message/rfc822':
                continue
            if part.get_content_maintype() == 'text':
                part.get_content()
            else:
                assert part.get_payload(decode=True)
        _ = str(msg['Subject']), str(msg['From']), str(msg['To'])
        lab = labels[f]
        if lab['confidential']:
            assert f.startswith('positive/') and lab['types'], f
        else:
            assert f.startswith('negative/') and not lab['types'], f
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode() + b'\0' + open(os.path.join(out, f), 'rb').read() + b'\0')
    return files, h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=3434)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    ctx = Ctx(rng)
    NPOS, NNEG = 85, 115
    slots = [('p', 'fr')] * 47 + [('p', 'en')] * 38 + [('n', 'fr')] * 63 + [('n', 'en')] * 52
    pools = {('p', 'fr'): POS_FR, ('p', 'en'): POS_EN, ('n', 'fr'): NEG_FR, ('n', 'en'): NEG_EN}
    order = {k: [] for k in pools}
    for d in ('positive', 'negative'):
        os.makedirs(os.path.join(a.out, d), exist_ok=True)
        for f in os.listdir(os.path.join(a.out, d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(a.out, d, f))
    labels = {}
    counters = {'p': 0, 'n': 0}
    stats = {'transport': {}}
    for i, key in enumerate(slots):
        if not order[key]:
            order[key] = list(pools[key]); rng.shuffle(order[key])
        fn = order[key].pop()
        kind, lang = key
        m = fn(ctx)
        m.setdefault('atts', []); m.setdefault('cc', None)
        if rng.random() < 0.25:
            m['cc'] = [ctx.frm(ctx.staff())]
        w = rng.random()
        wrap = 'none'
        if not m['subj'].startswith(('RE:', 'Re:')) and m.get('form') is None:
            if w < 0.12:
                m = wrap_reply(m, ctx, lang); wrap = 'reply'
            elif w < 0.20:
                m = wrap_fwd_inline(m, ctx, lang); wrap = 'fwd_inline'
            elif w < 0.26:
                inner = build(m, rng, 1000 + i)
                cat = m['cat']; types = m.get('types', []); note = m['note']
                m = wrap_fwd_attached(m, ctx, lang, inner); m['cat'] = cat; m['types'] = types; m['note'] = note + ' (forwarded as attached .eml)'
                wrap = 'fwd_attached'
        raw = build(m, rng, i)
        counters[kind] += 1
        fname = '%s%03d_%s.eml' % (kind, counters[kind], slug(m['cat']))
        sub = 'positive' if kind == 'p' else 'negative'
        with open(os.path.join(a.out, sub, fname), 'wb') as f:
            f.write(raw)
        types = sorted(set(m.get('types', []))) if kind == 'p' else []
        labels[sub + '/' + fname] = {'confidential': kind == 'p', 'types': types, 'lang': lang, 'note': m['note'],
                                     'category': m['cat'], 'wrap': wrap}
    with open(os.path.join(a.out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    files, digest = check(a.out, labels)
    # transport statistics
    tstats = {}
    for fpath in files:
        msg = email.message_from_bytes(open(os.path.join(a.out, fpath), 'rb').read(), policy=email.policy.default)
        raw = open(os.path.join(a.out, fpath), 'rb').read()
        keys = ['ct=' + msg.get_content_type(), 'eol=' + ('CRLF' if b'\r\n' in raw else 'LF')]
        for part in msg.walk():
            if part.get_content_maintype() == 'text' and not part.get_filename():
                keys.append('charset=' + str(part.get_content_charset()))
                keys.append('cte=' + str(part.get('Content-Transfer-Encoding', '7bit')).lower())
            if part.get_filename():
                keys.append('att=' + part.get_filename().rsplit('.', 1)[-1].lower())
        keys.append('wrap=' + labels[fpath]['wrap'])
        for k in sorted(set(keys)):
            tstats[k] = tstats.get(k, 0) + 1
    pos = sum(1 for v in labels.values() if v['confidential'])
    print('files:', len(files), 'positives:', pos, 'negatives:', len(files) - pos)
    for lg in ('fr', 'en'):
        print('lang %s: %d (pos %d, neg %d)' % (lg, sum(1 for v in labels.values() if v['lang'] == lg),
                                               sum(1 for v in labels.values() if v['lang'] == lg and v['confidential']),
                                               sum(1 for v in labels.values() if v['lang'] == lg and not v['confidential'])))
    cats = {}
    for v in labels.values():
        k = ('P ' if v['confidential'] else 'N ') + v['category']
        cats[k] = cats.get(k, 0) + 1
    for k in sorted(cats):
        print('category', k, cats[k])
    for k in sorted(tstats):
        print('transport', k, tstats[k])
    print('sha256', digest)


if __name__ == '__main__':
    main()
