#!/usr/bin/env python3
"""Deterministic generator of a synthetic outbound-mail corpus (lab medicine, blood bank,
transfusion, organ/tissue donation, IPAC, microbiology, public health; plus admin mail).
Seed 2323. All data invented. Usage: python generate.py [--out DIR]"""
import argparse, csv, datetime, hashlib, html, io, json, os, random, shutil, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage

from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir
from stdnum import luhn as std_luhn

SEED = 2323
N_POS, N_NEG = 85, 115
HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_DT = (2026, 1, 15, 8, 0, 0)
FIXED_DT = datetime.datetime(2026, 1, 15, 8, 0, 0)


def nam_path():
    p = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    return p


def load_nams():
    out = []
    with open(nam_path(), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(dict(last=sur, first=given, dob=dob, sex=sex, nam=nam))
    return out

# ---------------------------------------------------------------- pools
FR_LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné',
           'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard',
           'Simard', 'Boucher', 'Caron', 'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Fournier', 'Lapierre',
           'Desjardins', 'Thibault', 'Nadeau', 'Vachon', 'Houle', 'Landry', 'Boivin', 'Charest']
FR_FIRST_M = ['Jean', 'Luc', 'Pierre', 'Mathieu', 'Étienne', 'François', 'Gilles', 'Réjean', 'Yves', 'Martin',
              'Sébastien', 'Olivier', 'Denis', 'Gaétan', 'Benoît', 'Alexandre', 'Normand', 'Félix']
FR_FIRST_F = ['Marie', 'Julie', 'Isabelle', 'Nathalie', 'Geneviève', 'Chantal', 'Sylvie', 'Mélanie',
              'Josée', 'Catherine', 'Émilie', 'Lise', 'Francine', 'Karine', 'Annie', 'Véronique', 'Léa']
EN_LAST = ['Smith', 'Brown', 'MacDonald', 'Campbell', 'Murray', 'Stewart', 'Reid', 'Fraser', 'Kelly',
           'O\'Brien', 'Wright', 'Patel', 'Singh', 'Nguyen', 'Chen', 'Walsh', 'Harper', 'Bennett',
           'Doyle', 'Sinclair', 'McLean', 'Grant', 'Cooper', 'Ward', 'Ferguson', 'Lam', 'Kowalski']
EN_FIRST_M = ['James', 'Robert', 'Michael', 'David', 'Kevin', 'Brian', 'Ryan', 'Daniel', 'Paul', 'Ahmed',
              'Raj', 'Tom', 'Gregory', 'Colin', 'Wei']
EN_FIRST_F = ['Sarah', 'Jennifer', 'Karen', 'Emily', 'Megan', 'Linda', 'Priya', 'Laura', 'Heather',
              'Susan', 'Amanda', 'Grace', 'Fatima', 'Rachel', 'Helen']
BE_LAST = ['Peeters', 'Janssens', 'Dubois', 'Lambert', 'Maes', 'Dupont', 'Claes', 'Wouters']
FR_FR_LAST = ['Martin', 'Bernard', 'Durand', 'Lefebvre', 'Moreau', 'Garnier', 'Rousseau']

QC_DOM = 'chu-exemple.example'
ON_DOM = 'lakeshoregh.example'
EXT_DOMS_QC = ['hsle.example', 'cisss-collines.example', 'dsp-exemple.example', 'dono-qc.example',
               'hema-exemple.example', 'clinique-riviere.example', 'cliniquemedicale-nord.example',
               'lspq-exemple.example', 'gmf-plateau.example']
EXT_DOMS_ON = ['rideauph.example', 'giftnet-on.example', 'cbe.example', 'northbayclinic.example',
               'iqmh-exemple.example', 'valleyfhn.example', 'carelink-home.example']
VEND_DOMS = ['diagnostix.example', 'bioreactif.example', 'purolab-courier.example', 'medisupply.example',
             'immunotech.example']

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                 "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received "
                 "it in error, please notify the sender and delete it.")


class G:
    """Random helpers bound to one RNG."""

    def __init__(self, rng, nams):
        self.r = rng
        self.nams = nams[:]
        self.r.shuffle(self.nams)
        self.nam_i = 0

    def ch(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n):
        return ''.join(str(self.r.randint(0, 9)) for _ in range(n))

    # -- people
    def staff(self, lang):
        if lang == 'fr':
            sex = self.ch('MF')
            first = self.ch(FR_FIRST_M if sex == 'M' else FR_FIRST_F)
            last = self.ch(FR_LAST)
        else:
            sex = self.ch('MF')
            first = self.ch(EN_FIRST_M if sex == 'M' else EN_FIRST_F)
            last = self.ch(EN_LAST)
        return dict(first=first, last=last, sex=sex)

    def email_of(self, p, dom):
        import unicodedata
        s = (p['first'][0] + '.' + p['last']).lower().replace("'", '').replace(' ', '')
        s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
        return s + '@' + dom

    def addr(self, p, dom):
        return email.utils.formataddr((p['first'] + ' ' + p['last'], self.email_of(p, dom)))

    def nam_patient(self):
        p = dict(self.nams[self.nam_i % len(self.nams)])
        self.nam_i += 1
        p['mrn'] = self.mrn()
        return p

    def patient(self, lang, kind='qc'):
        """kind: qc (with NAM from list), plain (name, dob, mrn), on (Ontario HN), be, fr"""
        if kind == 'qc':
            return self.nam_patient()
        sex = self.ch('MF')
        if kind == 'be':
            first = self.ch(FR_FIRST_M if sex == 'M' else FR_FIRST_F); last = self.ch(BE_LAST)
        elif kind == 'fr':
            first = self.ch(FR_FIRST_M if sex == 'M' else FR_FIRST_F); last = self.ch(FR_FR_LAST)
        elif lang == 'fr':
            first = self.ch(FR_FIRST_M if sex == 'M' else FR_FIRST_F); last = self.ch(FR_LAST)
        else:
            first = self.ch(EN_FIRST_M if sex == 'M' else EN_FIRST_F); last = self.ch(EN_LAST)
        y = self.ri(1938, 2020)
        dob = '%04d-%02d-%02d' % (y, self.ri(1, 12), self.ri(1, 28))
        p = dict(first=first, last=last, sex=sex, dob=dob, mrn=self.mrn())
        if kind == 'on':
            p['hn'] = self.on_hn()
        if kind == 'be':
            p['niss'] = self.niss(p)
        if kind == 'fr':
            p['nir'] = self.nir(p)
        return p

    # -- identifiers
    def mrn(self):
        shape = self.ri(0, 4)
        if shape == 0:
            return self.digits(7)
        if shape == 1:
            return self.digits(8)
        if shape == 2:
            return self.ch(['H', 'M', 'S']) + self.digits(6)
        if shape == 3:
            return '0' + self.digits(6)
        return self.digits(2) + '-' + self.digits(5)

    def luhn_num(self, n, first=None):
        while True:
            body = (first if first else str(self.ri(1, 9))) + self.digits(n - 2)
            s = body + std_luhn.calc_check_digit(body)
            if std_luhn.is_valid(s):
                return s

    def sin(self):
        while True:
            s = self.luhn_num(9, first=self.ch('12345679'))
            if std_sin.is_valid(s):
                return s

    def on_hn(self):
        s = self.luhn_num(10)
        assert std_luhn.is_valid(s[:10])
        return s

    def niss(self, p):
        y, m, d = p['dob'].split('-')
        serial = '%03d' % (self.ri(1, 499) * 2 - (1 if p['sex'] == 'M' else 0))
        base = y[2:] + m + d + serial
        pre = ('2' if int(y) >= 2000 else '') + base
        chk = 97 - int(pre) % 97
        s = base + '%02d' % chk
        assert std_nn.is_valid(s), s
        return s

    def nir(self, p):
        y, m, _ = p['dob'].split('-')
        base = ('1' if p['sex'] == 'M' else '2') + y[2:] + m + '%02d' % self.ri(1, 89) + \
            '%03d' % self.ri(1, 990) + '%03d' % self.ri(1, 999)
        key = 97 - int(base) % 97
        s = base + '%02d' % key
        assert std_nir.is_valid(s), s
        return s

    def phone(self, area=None):
        area = area or self.ch(['514', '450', '418', '819', '613', '416', '905'])
        return '(%s) 555-%04d' % (area, self.ri(100, 199))

    def date(self, start=(2025, 9, 1), span=240):
        d = datetime.date(*start) + datetime.timedelta(days=self.ri(0, span))
        return d

    def dt(self):
        d = self.date()
        return datetime.datetime(d.year, d.month, d.day, self.ri(6, 22), self.ri(0, 59), self.ri(0, 59),
                                 tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))

    def accession(self):
        return self.ch(['', 'M', 'B', 'S', 'H']) + '%02d' % self.ri(25, 26) + '-' + self.ch(
            ['', 'MB', 'BB', 'SP']) + self.digits(6)

    def spec(self):
        return self.ch(['S', 'C', 'CH', 'B']) + self.digits(2) + '-' + self.digits(4)

    def lot(self):
        return self.ch(['', 'L', 'LOT-']) + self.digits(2) + self.ch('ABCDEFG') + self.digits(4)

    def bed(self):
        return self.ch(['4B', '5C', '6N', '7S', '3A', 'SI', 'USI', '8E']) + '-' + str(self.ri(1, 30)) + self.ch(['', 'A', 'B'])


# ---------------------------------------------------------------- formatting helpers
def fmt_dob(p, lang, style=0):
    y, m, d = p['dob'].split('-')
    if style == 0:
        return p['dob']
    if style == 1:
        return '%s/%s/%s' % (d, m, y) if lang == 'fr' else '%s/%s/%s' % (d, m, y)
    if style == 2:
        return '%s.%s.%s' % (y, m, d)
    return '%s-%s-%s' % (d, ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
                              'Dec'][int(m)], y)


def fmt_nam(nam, style):
    if style == 0:
        return nam
    if style == 1:
        return nam[:4] + ' ' + nam[4:8] + ' ' + nam[8:]
    if style == 2:
        return nam[:4] + '-' + nam[4:8] + '-' + nam[8:]
    if style == 3:
        return nam.lower()
    if style == 4:
        return ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in nam)
    if style == 5:
        return ' '.join(nam)
    return nam[:4] + '.' + nam[4:8] + '.' + nam[8:]


def fmt_hn(hn, style):
    if style == 0:
        return hn
    if style == 1:
        return hn[:4] + '-' + hn[4:7] + '-' + hn[7:] + '-' + 'AB'[len(hn) % 2] + 'K'
    return hn[:4] + ' ' + hn[4:7] + ' ' + hn[7:]


def fmt_sin(s, style):
    return [s, s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + '-' + s[3:6] + '-' + s[6:]][style % 3]


def mr(p, lang):
    if lang == 'fr':
        return 'M.' if p['sex'] == 'M' else 'Mme'
    return 'Mr.' if p['sex'] == 'M' else 'Ms.'


def ne(p):
    return 'né' if p['sex'] == 'M' else 'née'


def il(p):
    return 'il' if p['sex'] == 'M' else 'elle'


def he(p):
    return 'he' if p['sex'] == 'M' else 'she'


def his(p):
    return 'his' if p['sex'] == 'M' else 'her'


def age_of(p, ref=datetime.date(2026, 1, 15)):
    y, m, d = map(int, p['dob'].split('-'))
    return ref.year - y - ((ref.month, ref.day) < (m, d))


def sig(person, title, org, dom, lang, g, disclaimer=True):
    ph = g.phone('514' if lang == 'fr' else g.ch(['613', '416', '514']))
    lines = ['--', '%s %s, %s' % (person['first'], person['last'], title), org,
             ('Tél. : ' if lang == 'fr' else 'Tel: ') + ph + (' poste ' if lang == 'fr' else ' ext. ') + str(g.ri(2000, 7999))]
    if disclaimer and g.ri(0, 2) == 0:
        lines += ['', DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN]
    return '\n'.join(lines)


def quote(text, who, when, lang):
    head = ('Le %s, %s a écrit :' % (when, who)) if lang == 'fr' else ('On %s, %s wrote:' % (when, who))
    return head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


def fwd(text, frm, to, subj, when, lang):
    if lang == 'fr':
        h = '-------- Message transféré --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n\n' % (frm, when, to, subj)
    else:
        h = '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s\n\n' % (frm, when, to, subj)
    return h + text


def text_to_html(text):
    parts = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l):
            inner = '<br>\n'.join(html.escape(l[1:].lstrip(), quote=False) for l in lines)
            parts.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % inner)
        else:
            parts.append('<p>%s</p>' % '<br>\n'.join(html.escape(l, quote=False) for l in lines))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">\n'
            + '\n'.join(parts) + '\n</body></html>')


def table_html(header, rows):
    h = '<table border="1" cellpadding="3" style="border-collapse:collapse">\n<tr>' + ''.join(
        '<th>%s</th>' % html.escape(c) for c in header) + '</tr>\n'
    for r in rows:
        h += '<tr>' + ''.join('<td>%s</td>' % html.escape(str(c)) for c in r) + '</tr>\n'
    return h + '</table>'


def table_text(header, rows):
    cols = [header] + [[str(c) for c in r] for r in rows]
    w = [max(len(r[i]) for r in cols) for i in range(len(header))]
    out = [' | '.join(c.ljust(w[i]) for i, c in enumerate(header)), '-+-'.join('-' * x for x in w)]
    for r in cols[1:]:
        out.append(' | '.join(c.ljust(w[i]) for i, c in enumerate(r)))
    return '\n'.join(out)

# ---------------------------------------------------------------- attachments


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                import re
                blob = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)', rb'\g<1>2026-01-15T08:00:00Z\g<2>', blob)
            z.writestr(zi, blob)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('')
    c.setFont('Helvetica-Bold', 13)
    y = 750
    c.drawString(50, y, title)
    c.setFont('Helvetica', 10)
    y -= 26
    for l in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 750
        c.drawString(50, y, l)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED_DT; cp.modified = FIXED_DT; cp.last_printed = FIXED_DT
    cp.author = ''; cp.last_modified_by = ''; cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
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


def make_xlsx(sheet, header, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = 'labo'
    ws = wb.active
    ws.title = sheet[:31]
    ws.append(header)
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(header, rows, sep=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode('utf-8')


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def make_ics(uid, summary, desc, start, minutes, location, organizer):
    def f(d):
        return d.strftime('%Y%m%dT%H%M%S')
    end = start + datetime.timedelta(minutes=minutes)

    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHU Exemple//Agenda//FR', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20260115T080000Z',
             'DTSTART;TZID=America/Toronto:' + f(start), 'DTEND;TZID=America/Toronto:' + f(end),
             'SUMMARY:' + esc(summary), 'DESCRIPTION:' + esc(desc), 'LOCATION:' + esc(location),
             'ORGANIZER:mailto:' + organizer, 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def make_vcf(first, last, org, tel, emailaddr, note='', adr=''):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:%s %s' % (first, last)]
    if org:
        lines.append('ORG:' + org)
    lines.append('TEL;TYPE=CELL:' + tel)
    if emailaddr:
        lines.append('EMAIL:' + emailaddr)
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + adr)
    if note:
        lines.append('NOTE:' + note.replace(',', '\\,'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


# ---------------------------------------------------------------- composer
def encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def build_message(g, spec, tp):
    """spec: dict(frm,to,cc,subject,text,html,atts,date,reply); tp: dict(mode,charset,cte)"""
    msg = EmailMessage(policy=email.policy.default)
    msg['From'] = spec['frm']
    msg['To'] = spec['to']
    if spec.get('cc'):
        msg['Cc'] = spec['cc']
    msg['Subject'] = spec['subject']
    dt = spec.get('date') or g.dt()
    msg['Date'] = email.utils.format_datetime(dt)
    dom = spec['frm'].split('@')[-1].rstrip('>')
    msg['Message-ID'] = '<%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), g.digits(10), dom)
    if spec.get('reply'):
        ref = '<%s@%s>' % (g.digits(12), g.ch(EXT_DOMS_QC + EXT_DOMS_ON))
        msg['In-Reply-To'] = ref
        msg['References'] = ref
    msg['MIME-Version'] = '1.0'
    if g.ri(0, 3) == 0:
        msg['X-Mailer'] = g.ch(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Apple Mail (2.3731)', 'Thunderbird 128.4'])
    text = spec['text']
    htm = spec.get('html') or text_to_html(text)
    mode = spec.get('mode') or tp['mode']
    cs = tp['charset']
    if cs == 'iso-8859-1':
        for a, b in (('\u2014', '-'), ('\u2013', '-'), ('\u2019', "'")):
            text = text.replace(a, b); htm = htm.replace(a, b)
    if not (encodable(text, cs) and encodable(htm, cs)):
        cs = 'utf-8'
    cte = tp['cte']
    if cs == 'utf-8' and cte == '8bit' and g.ri(0, 1):
        cte = '8bit'
    if cs != 'utf-8':
        htm = htm.replace('charset="utf-8"', 'charset="%s"' % cs)
    if mode == 'html':
        msg.set_content(htm, subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(text, charset=cs, cte=cte)
        if mode == 'alt':
            msg.add_alternative(htm, subtype='html', charset=cs, cte=g.ch(['quoted-printable', 'base64']))
    for att in spec.get('atts', []):
        if att[0] == 'eml':
            msg.add_attachment(att[1], filename=att[2] if len(att) > 2 else None)
        else:
            fn, mt, st, data = att
            if mt == 'text':
                msg.add_attachment(data.decode('utf-8'), subtype=st, filename=fn, charset='utf-8',
                                   cte=g.ch(['base64', 'quoted-printable']))
            else:
                msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary('----=_Part_%s_%s' % (g.digits(6), g.digits(10)))
    return msg


def inner_eml(g, frm, to, subject, text, lang, atts=()):
    spec = dict(frm=frm, to=to, subject=subject, text=text, atts=list(atts))
    tp = dict(mode='plain', charset='utf-8', cte=g.ch(['quoted-printable', '8bit']))
    return build_message(g, spec, tp)


def check_file(path):
    with open(path, 'rb') as f:
        data = f.read()
    m = email.message_from_bytes(data, policy=email.policy.default)
    problems = []

    def walk(part, depth=0):
        if part.defects:
            problems.append('%s: %s' % (path, part.defects))
        if part.is_multipart():
            for sp in part.iter_parts():
                walk(sp, depth + 1)
        elif part.get_content_type() == 'message/rfc822':
            inner = part.get_content()
            walk(inner, depth + 1)
        else:
            part.get_content()
    walk(m)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if m[h] is None:
            problems.append('%s: missing %s' % (path, h))
    return problems


# ---------------------------------------------------------------- context helpers
SERVICES = [
    (('ipac', 'isolation', 'outbreak', 'contact', 'exposure', 'hygiene', 'fit_test', 'flu'),
     'Prévention et contrôle des infections', 'Infection Prevention & Control'),
    (('micro', 'mado', 'fwd', 'inline', 'disguised', 'tdg'), 'Laboratoire de microbiologie', 'Microbiology'),
    (('pathology', 'frozen', 'teaching', 'grand_rounds'), 'Anatomopathologie', 'Anatomical Pathology'),
    (('crossmatch', 'transfusion', 'antibody', 'bb_', 'reject', 'hla', 'blank_form', 'committee', 'training', 'roster', 'leave',
      'reply', 'notice'), 'Banque de sang', 'Transfusion Medicine'),
    (('organ', 'tissue'), 'Don d\'organes et de tissus', 'Organ & Tissue Donation'),
    (('billing',), 'Facturation', 'Patient Accounts'),
    (('biobank',), 'Centre de recherche', 'Research Institute'),
    (('job',), 'Ressources humaines', 'Human Resources'),
    (('it_nas', 'lis', 'facilities'), 'Technologies de l\'information', 'Information Technology'),
]


def site(g, lang):
    caller = sys._getframe(1).f_code.co_name
    svc_fr, svc_en = 'Médecine de laboratoire', 'Laboratory Medicine'
    for keys, fr, en in SERVICES:
        if any(k in caller for k in keys):
            svc_fr, svc_en = fr, en
            break
    if lang == 'fr':
        return QC_DOM, g.ch(['CHU Exemple — %s', 'CHU Exemple, %s']) % svc_fr
    if g.ri(0, 2) == 0:
        return QC_DOM, g.ch(['CHU Exemple – Montreal West site, %s', 'CHU Exemple (West site), %s']) % svc_en
    return ON_DOM, g.ch(['Lakeshore General Hospital, %s', 'Lakeshore General, %s']) % svc_en


def who(g, lang, dom=None):
    p = g.staff(lang)
    d = dom or (QC_DOM if lang == 'fr' else ON_DOM)
    return p, g.addr(p, d)


def ext(g, lang, doms=None):
    p = g.staff(lang)
    d = g.ch(doms or (EXT_DOMS_QC if lang == 'fr' else EXT_DOMS_ON))
    return p, g.addr(p, d)


def pid_line(g, p, lang, with_nam=True):
    """Identify a patient in one of several realistic ways; returns (text, types)."""
    types = ['patient_name']
    s = g.ri(0, 3)
    dob = fmt_dob(p, lang, g.ri(0, 3))
    if s == 0:
        t = '%s, %s' % (p['last'].upper(), p['first'])
    elif s == 1:
        t = '%s %s %s' % (mr(p, lang), p['first'], p['last'])
    elif s == 2:
        t = '%s %s' % (p['first'], p['last'])
    else:
        t = '%s, %s (%s)' % (p['last'], p['first'], p['sex'])
    if g.ri(0, 1):
        t += (' — DDN %s' if lang == 'fr' else ' — DOB %s') % dob
        types.append('date_of_birth')
    if with_nam and p.get('nam'):
        t += ' — NAM %s' % fmt_nam(p['nam'], g.ri(0, 2))
        types.append('ramq_nam')
    elif p.get('hn'):
        t += ' — HCN %s' % fmt_hn(p['hn'], g.ri(0, 2))
        types.append('ca_health_number')
    if g.ri(0, 1) or not (with_nam and p.get('nam')):
        t += (' — dossier %s' if lang == 'fr' else ' — MRN %s') % p['mrn']
        types.append('mrn')
    return t, types


ABO = ['O+', 'O-', 'A+', 'A-', 'B+', 'AB+']
ABS = ['anti-K', 'anti-E', 'anti-Fya', 'anti-Jka', 'anti-c', 'anti-D', 'anti-M', 'anti-S']
ORGS_BC = [('Escherichia coli', 'BGN'), ('Staphylococcus aureus', 'CGP en amas'), ('Klebsiella pneumoniae', 'BGN'),
           ('Streptococcus pyogenes', 'CGP en chaînettes'), ('Candida albicans', 'levures'),
           ('Enterococcus faecium', 'CGP en paires/chaînettes')]
GRAM_EN = {'BGN': 'Gram-negative bacilli', 'CGP en amas': 'Gram-positive cocci in clusters',
           'CGP en chaînettes': 'Gram-positive cocci in chains', 'levures': 'yeast',
           'CGP en paires/chaînettes': 'Gram-positive cocci in pairs/chains'}
MADO = [('Infection gonococcique', 'Gonococcal infection'), ('Tuberculose pulmonaire', 'Pulmonary tuberculosis'),
        ('Salmonellose', 'Salmonellosis'), ('Infection invasive à streptocoque du groupe A', 'Invasive group A streptococcal disease'),
        ('Légionellose', "Legionnaires' disease"), ('Syphilis infectieuse', 'Infectious syphilis'),
        ('Rougeole', 'Measles'), ('Hépatite B aiguë', 'Acute hepatitis B'), ('Listériose', 'Listeriosis')]
STREETS = ['rue des Érables', 'boul. Saint-Joseph', 'rue Principale', 'av. du Parc', 'ch. du Lac', 'rue Notre-Dame',
           'Maple Street', 'King St. W', 'Elgin Avenue', 'Queen Street', 'Lakeview Drive']
CITIES_QC = ['Montréal (QC) H2X 1Y4', 'Laval (QC) H7N 2K3', 'Longueuil (QC) J4K 3B2', 'Gatineau (QC) J8Y 5T1',
             'Québec (QC) G1R 4P5']
CITIES_ON = ['Ottawa, ON K1P 5G8', 'Kingston, ON K7L 3N6', 'Toronto, ON M5V 2T6', 'Cornwall, ON K6H 1A1']


def home_addr(g, lang):
    return '%d %s, %s' % (g.ri(12, 9800), g.ch(STREETS), g.ch(CITIES_QC if lang == 'fr' else CITIES_QC + CITIES_ON))


# ================================================================ POSITIVE templates
def p_crossmatch(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    p = g.nam_patient() if lang == 'fr' else g.patient(lang, g.ch(['on', 'plain']))
    idt, types = pid_line(g, p, lang)
    ab = g.ch(ABS)
    n = g.ri(2, 4)
    if lang == 'fr':
        subj = g.ch(['Historique transfusionnel / anticorps — demande urgente', 'URGENT – épreuve de compatibilité, historique SVP'])
        body = ("Bonjour,\n\nNous avons chez nous un patient transféré de votre établissement :\n%s\n\n"
                "RAI positive ce matin, identification : %s (titre 1:%d). Groupe %s. %d culots demandés pour chirurgie demain.\n"
                "Pourriez-vous nous transmettre l'historique d'anticorps et des transfusions antérieures (dates, réactions) ?\n\n"
                "Merci,\n%s" % (idt, ab, g.ch([4, 8, 16, 32]), g.ch(ABO), n, sig(me, 'T.M.', org, dom, lang, g)))
    else:
        subj = g.ch(['Antibody history request – STAT', 'Request for transfusion history, pt transferred from your site'])
        body = ("Hi,\n\nPatient transferred to us from your facility:\n%s\n\n"
                "Antibody screen positive today, ID shows %s. Blood group %s. %d units crossmatched for OR tomorrow.\n"
                "Could you send any previous antibody workups / transfusion history?\n\n"
                "Thanks,\n%s" % (idt, ab, g.ch(ABO), n, sig(me, 'MLT', org, dom, lang, g)))
    return dict(cat='crossmatch_history', frm=frm, to=to, subject=subj, text=body, types=types + ['lab_result'],
                note='blood bank asks another hospital for antibody history of a named patient with identifiers')


def p_transfusion_reaction(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, ['hema-exemple.example', 'dsp-exemple.example'] if lang == 'fr' else ['cbe.example'])
    p = g.nam_patient() if lang == 'fr' else g.patient(lang, 'on')
    unit = 'C%s%s' % (g.digits(6), g.digits(2))
    rx = g.ch([('Réaction fébrile non hémolytique', 'Febrile non-haemolytic reaction'), ('TACO', 'TACO'),
               ('Réaction allergique (urticaire)', 'Allergic reaction (urticaria)'), ('TRALI possible', 'Possible TRALI')])
    if lang == 'fr':
        lines = ['Établissement : ' + org, 'Patient : %s, %s' % (p['last'], p['first']), 'Sexe : %s   DDN : %s' % (p['sex'], p['dob']),
                 'NAM : %s   Dossier : %s' % (p['nam'], p['mrn']), 'Produit : culot globulaire, no %s' % unit,
                 'Type de réaction : %s' % rx[0], 'Signes : T 39,1 °C, frissons, TA 92/50 à 35 min du début',
                 'Test de Coombs direct post : négatif', 'Hémocultures patient : en cours', 'Déclarant : ' + me['first'] + ' ' + me['last']]
        subj = 'Déclaration d\'incident transfusionnel — AH-520 — unité %s' % unit
        body = 'Bonjour,\n\nVeuillez trouver ci-joint le rapport AH-520 pour l\'incident d\'hier soir. Le produit a été mis en quarantaine.\n\n' + sig(me, 'Agente de sécurité transfusionnelle', org, dom, lang, g)
        types = ['patient_name', 'date_of_birth', 'ramq_nam', 'mrn', 'diagnosis']
        pdf = make_pdf('Rapport de réaction transfusionnelle', lines)
    else:
        lines = ['Facility: ' + org, 'Patient: %s, %s' % (p['last'], p['first']), 'Sex: %s   DOB: %s' % (p['sex'], p['dob']),
                 'Health card: %s   MRN: %s' % (p['hn'], p['mrn']), 'Component: red cells, unit %s' % unit,
                 'Reaction: %s' % rx[1], 'Signs: T 39.1 C, rigors, BP 92/50 at 35 min', 'Post DAT: negative',
                 'Reported by: ' + me['first'] + ' ' + me['last']]
        subj = 'Transfusion reaction report – unit %s' % unit
        body = 'Hello,\n\nPlease find attached the adverse transfusion event report for last night. Unit quarantined, bag returned to blood bank.\n\n' + sig(me, 'Transfusion Safety Officer', org, dom, lang, g)
        types = ['patient_name', 'date_of_birth', 'ca_health_number', 'mrn', 'diagnosis']
    pdf = make_pdf('Transfusion reaction report' if lang == 'en' else 'Rapport de réaction transfusionnelle', lines)
    return dict(cat='transfusion_reaction', frm=frm, to=to, subject=subj, text=body,
                atts=[('rapport_reaction_%s.pdf' % unit if lang == 'fr' else 'TR_report_%s.pdf' % unit, 'application', 'pdf', pdf)],
                types=types, note='PDF attachment: transfusion reaction report with patient identity and numbers')


def p_critical_value(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    p = g.patient(lang, 'plain')
    ini = p['first'][0] + '.' + p['last'][0] + '.'
    an = g.ch([('K+', '6,9 mmol/L', '6.9 mmol/L'), ('Glucose', '1,8 mmol/L', '1.8 mmol/L'), ('Hb', '54 g/L', '54 g/L'),
               ('Plaquettes', '9 x10^9/L', '9 x10^9/L'), ('INR', '8,4', '8.4'), ('Troponine hs', '2140 ng/L', '2140 ng/L')])
    acc = g.accession()
    if lang == 'fr':
        subj = 'Valeur critique non rejointe — %s' % acc
        body = ("Bonjour Dr %s,\n\nImpossible de joindre la clinique par téléphone (3 tentatives). Valeur critique :\n"
                "Patient : %s %s, dossier %s\nSpécimen %s prélevé le %s\n%s : %s\n\n"
                "SVP confirmer la prise en charge par retour de courriel.\n\n%s" %
                (ot['last'], p['last'].upper(), p['first'], p['mrn'], acc, g.date().isoformat(), an[0], an[1], sig(me, 'T.M.', org, dom, lang, g)))
    else:
        subj = 'Critical value – unable to reach office – %s' % acc
        body = ("Dr. %s,\n\nWe could not reach your office by phone (3 attempts). Critical result:\n"
                "Pt %s (%s), MRN %s, accession %s\n%s %s\n\nPlease acknowledge by reply.\n\n%s" %
                (ot['last'], ini, p['last'].upper() + ', ' + p['first'], p['mrn'], acc, an[0].replace('Plaquettes', 'Platelets'), an[2], sig(me, 'MLT', org, dom, lang, g)))
    return dict(cat='critical_value', frm=frm, to=to, subject=subj, text=body,
                types=['patient_name', 'mrn', 'lab_result'], note='critical lab value with patient name and chart number')


def p_micro_callback(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    p = g.patient(lang, 'plain')
    o = g.ch(ORGS_BC)
    bed = g.bed()
    subj_only = g.ri(0, 2) == 0
    if lang == 'fr':
        subj = 'Hémoc + %s — %s %s. (dos. %s) lit %s' % (o[1], p['last'], p['first'][0], p['mrn'], bed)
        if subj_only:
            body = "Rappel fait à l'infirmière au poste à %dh%02d. Identification et antibiogramme à suivre demain.\n\n%s" % (g.ri(0, 23), g.ri(0, 59), sig(me, 'T.M., microbiologie', org, dom, lang, g))
        else:
            body = ("Dr %s,\n\nHémoculture positive 1/2 flacons à %d h d'incubation : %s à la coloration de Gram.\n"
                    "Patient : %s %s, lit %s, dossier %s.\nID prélim. (MALDI) : %s. Antibiogramme demain AM.\n\n%s" %
                    (ot['last'], g.ri(9, 30), o[1], p['first'], p['last'], bed, p['mrn'], o[0], sig(me, 'T.M., microbiologie', org, dom, lang, g)))
    else:
        subj = 'Positive blood culture – %s, %s – bed %s' % (p['last'], p['first'][0], bed)
        if subj_only:
            body = "Called to charge nurse at %02d:%02d, read-back done. Susceptibilities to follow.\n\n%s" % (g.ri(0, 23), g.ri(0, 59), sig(me, 'MLT, Microbiology', org, dom, lang, g))
        else:
            body = ("Dr. %s,\n\nBlood culture 1 of 2 bottles positive at %d h: %s.\nPt %s %s, bed %s, MRN %s.\n"
                    "MALDI prelim ID %s. AST pending.\n\n%s" % (ot['last'], g.ri(9, 30), GRAM_EN[o[1]], p['first'], p['last'], bed,
                                                                 p['mrn'], o[0], sig(me, 'MLT, Microbiology', org, dom, lang, g)))
    types = ['patient_name', 'lab_result'] + ([] if (subj_only and lang == 'en') else ['mrn'])
    return dict(cat='micro_callback', frm=frm, to=to, subject=subj, text=body, types=types,
                note='positive blood culture call-back; patient named' + (' in the Subject only' if subj_only else ''))


def p_mado(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    if lang == 'fr':
        p = g.nam_patient()
        ot, to = ext(g, lang, ['dsp-exemple.example'])
        d = g.ch(MADO)[0]
        tel = g.phone('514')
        nst = g.ri(0, 6)
        body = ("Bonjour,\n\nDéclaration MADO par le laboratoire :\n\n"
                "Maladie : %s\nNom : %s   Prénom : %s\nSexe : %s   Date de naissance : %s\nNAM : %s\n"
                "Adresse : %s\nTéléphone : %s\nMédecin traitant : Dr %s\nSpécimen : %s, prélevé le %s\n\n"
                "Le formulaire AS-770 suit par télécopieur.\n\n%s" %
                (d, p['last'].upper(), p['first'], p['sex'], p['dob'], fmt_nam(p['nam'], nst), home_addr(g, lang), tel,
                 g.staff('fr')['last'], g.accession(), g.date().isoformat(), sig(me, 'T.M.', org, dom, lang, g)))
        types = ['patient_name', 'date_of_birth', 'ramq_nam', 'patient_contact', 'diagnosis']
        if nst == 4:
            pass
        subj = g.ch(['MADO – déclaration laboratoire', 'Déclaration MADO — ' + d, 'Maladie à déclaration obligatoire'])
    else:
        p = g.patient(lang, 'on')
        ot, to = ext(g, lang, ['rideauph.example'])
        d = g.ch(MADO)[1]
        body = ("Hello,\n\nReporting the following disease of public health significance:\n\n"
                "Disease: %s\nName: %s, %s\nDOB: %s  Sex: %s\nOHIP: %s\nAddress: %s\nPhone: %s\n"
                "Ordering MD: Dr. %s\nSpecimen collected %s\n\n%s" %
                (d, p['last'], p['first'], fmt_dob(p, lang, 3), p['sex'], fmt_hn(p['hn'], g.ri(0, 2)), home_addr(g, lang),
                 g.phone('613'), g.staff('en')['last'], g.date().isoformat(), sig(me, 'Charge MLT', org, dom, lang, g)))
        types = ['patient_name', 'date_of_birth', 'ca_health_number', 'patient_contact', 'diagnosis']
        subj = g.ch(['Reportable disease notification', 'DOPHS report – ' + d, 'Lab report to PH'])
    return dict(cat='reportable_disease', frm=frm, to=to, subject=subj, text=body, types=types,
                note='reportable disease notification to public health with full identity and contact')


def p_outbreak_linelist(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, [dom])
    n = g.ri(4, 9)
    unit = g.ch(['4B', '6 Nord', '5C', '7S'])
    org_name = g.ch([('Norovirus', 'Norovirus'), ('Influenza A', 'Influenza A'), ('SARS-CoV-2', 'SARS-CoV-2'),
                     ('C. difficile', 'C. difficile')])
    rows = []
    for i in range(n):
        p = g.patient(lang, 'plain')
        rows.append([i + 1, p['last'].upper() + ', ' + p['first'], p['mrn'], unit + '-' + str(g.ri(1, 30)), g.date().isoformat(),
                     g.ch(['V/D', 'Diarrhée', 'Fièvre, toux'] if lang == 'fr' else ['N/V', 'Diarrhea', 'Fever, cough']),
                     g.ch(['Positif', 'En attente', 'Négatif'] if lang == 'fr' else ['Positive', 'Pending', 'Negative'])])
    hdr = (['#', 'Nom', 'Dossier', 'Lit', 'Début sx', 'Symptômes', 'Résultat ' + org_name[0]] if lang == 'fr'
           else ['#', 'Name', 'MRN', 'Bed', 'Onset', 'Symptoms', org_name[1] + ' result'])
    kind = g.ri(0, 2)
    atts = []
    if lang == 'fr':
        subj = 'Éclosion %s unité %s — liste linéaire à jour' % (org_name[0], unit)
        intro = "Bonjour à tous,\n\nVoici la liste linéaire mise à jour (cas patients). Merci de valider les dates de début de symptômes.\n\n"
        end = '\n\nPCI\n' + sig(me, 'Conseillère en PCI', org, dom, lang, g)
    else:
        subj = 'Outbreak %s – unit %s – line list update' % (org_name[1], unit)
        intro = "Hi all,\n\nUpdated patient line list below/attached. Please verify onset dates.\n\n"
        end = '\n\nIPAC\n' + sig(me, 'ICP', org, dom, lang, g)
    html_b = None
    if kind == 0:
        body = intro + table_text(hdr, rows) + end
        html_b = text_to_html(intro).replace('</body></html>', '') + table_html(hdr, rows) + '<p>' + html.escape(end).replace('\n', '<br>') + '</p></body></html>'
    elif kind == 1:
        body = intro + ('(voir fichier Excel ci-joint)' if lang == 'fr' else '(see attached spreadsheet)') + end
        atts.append(('liste_lineaire_%s.xlsx' % unit.replace(' ', '') if lang == 'fr' else 'linelist_%s.xlsx' % unit,
                     'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Cas', hdr, rows)))
    else:
        body = intro + ('Fichier compressé ci-joint (CSV).' if lang == 'fr' else 'Zipped CSV attached.') + end
        atts.append(('eclosion_%s.zip' % unit.replace(' ', '') if lang == 'fr' else 'outbreak_%s.zip' % unit, 'application', 'zip',
                     make_zip([('liste_cas.csv' if lang == 'fr' else 'cases.csv', make_csv(hdr, rows, ';' if lang == 'fr' else ','))])))
    return dict(cat='outbreak_linelist', frm=frm, to=to, cc=g.addr(g.staff(lang), dom), subject=subj, text=body, html=html_b,
                atts=atts, mode='alt' if kind == 0 else None, types=['patient_name', 'mrn', 'diagnosis', 'lab_result'],
                note='outbreak line list naming patient cases with chart numbers (%s)' % ['inline table', 'xlsx', 'zip/csv'][kind])


def p_contact_tracing(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    idx = g.patient(lang, 'plain')
    contacts = [g.patient(lang, 'plain') for _ in range(g.ri(3, 6))]
    if lang == 'fr':
        hdr = ['Nom', 'Prénom', 'Dossier', 'Chambre', 'Durée exposition', 'Suivi']
        rows = [[c['last'], c['first'], c['mrn'], str(g.ri(300, 799)), '%d h' % g.ri(2, 40), g.ch(['TCT J0 fait', 'TCT à planifier', 'Congé — aviser GMF'])] for c in contacts]
        subj = 'Recherche de contacts — TB — cas index ch. %d' % g.ri(300, 799)
        body = ("Bonjour,\n\nCas index : %s %s (dossier %s), TB pulmonaire BAAR+ à l'examen direct, en isolement aérien depuis le %s.\n"
                "Contacts patients identifiés (voir CSV joint). Les contacts employés sont gérés par le SSE.\n\n%s" %
                (idx['first'], idx['last'], idx['mrn'], g.date().isoformat(), sig(me, 'Infirmière PCI', org, dom, lang, g)))
        fn = 'contacts_TB.csv'
    else:
        hdr = ['Last', 'First', 'MRN', 'Room', 'Exposure', 'Follow-up']
        rows = [[c['last'], c['first'], c['mrn'], str(g.ri(300, 799)), '%d h' % g.ri(2, 40), g.ch(['TST baseline done', 'TST to book', 'Discharged - notify FHT'])] for c in contacts]
        subj = 'Contact tracing – TB exposure – room %d' % g.ri(300, 799)
        body = ("Hello,\n\nIndex case: %s %s (MRN %s), smear-positive pulmonary TB, airborne precautions since %s.\n"
                "Patient contacts listed in the attached CSV. Staff contacts handled by Occupational Health.\n\n%s" %
                (idx['first'], idx['last'], idx['mrn'], g.date().isoformat(), sig(me, 'ICP', org, dom, lang, g)))
        fn = 'TB_contacts.csv'
    return dict(cat='contact_tracing', frm=frm, to=to, subject=subj, text=body,
                atts=[(fn, 'text', 'csv', make_csv(hdr, rows))], types=['patient_name', 'mrn', 'diagnosis'],
                note='TB contact tracing: index case named with diagnosis, named patient contacts in CSV')


def p_isolation_reply(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, [dom])
    p = g.patient(lang, 'plain')
    room = g.ri(300, 899)
    org_ = g.ch(['EPC (KPC)', 'ERV', 'SARM', 'C. auris'] if lang == 'fr' else ['CPE (KPC)', 'VRE', 'MRSA', 'C. auris'])
    if lang == 'fr':
        orig = ("Bonjour,\n\n%s %s (ch. %d, dossier %s) : dépistage rectal %s POSITIF.\nMettre en précautions contact "
                "renforcées immédiatement, chambre privée, équipement dédié. Aviser la famille.\n\nMerci\nPCI" %
                (mr(p, lang), p['last'], room, p['mrn'], org_))
        top = g.ch(['C\'est fait, affiche installée et chariot en place.', 'Reçu. Patient déplacé en chambre privée 2e lit bloqué.'])
        body = top + '\n\n' + sig(me, 'ASI, unité ' + str(room // 100) + 'e', org, dom, lang, g, False) + '\n\n' + quote(orig, ot['first'] + ' ' + ot['last'], g.date().isoformat() + ' à 09:12', lang)
        subj = 'RE: Isolement ch. %d — %s' % (room, org_)
    else:
        orig = ("Hi,\n\n%s %s (rm %d, MRN %s): rectal screen %s POSITIVE.\nPlease start contact-plus precautions now, "
                "private room, dedicated equipment. Family to be informed.\n\nThanks\nIPAC" % (mr(p, lang), p['last'], room, p['mrn'], org_))
        top = g.ch(['Done, signage up.', 'Got it - moved to private room, 2nd bed blocked.'])
        body = top + '\n\n' + sig(me, 'Charge Nurse', org, dom, lang, g, False) + '\n\n' + quote(orig, ot['first'] + ' ' + ot['last'], g.date().isoformat() + ' at 9:12 AM', lang)
        subj = 'RE: Isolation rm %d – %s' % (room, org_)
    return dict(cat='isolation_order', frm=frm, to=to, subject=subj, text=body, reply=True,
                types=['patient_name', 'mrn', 'lab_result'], note='short reply; quoted text names patient, room, chart number and positive screen')


def p_organ_donor(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    if lang == 'fr':
        p = g.nam_patient()
        ot, to = ext(g, lang, ['dono-qc.example'])
        body = ("Bonjour,\n\nRéférence d'un donneur potentiel (DDN) :\n%s %s, %s le %s, NAM %s\nUSI lit %d — dossier %s\n"
                "ACV hémorragique massif, GCS 3, réflexes du tronc absents, 1er examen de DDN fait à %dh.\nGroupe %s. Sérologies envoyées ce matin.\n"
                "Famille rencontrée, ouverte au don.\n\nCoordonnatrice en don d'organes\n%s" %
                (p['first'], p['last'], ne(p), fmt_dob(p, lang, 1), fmt_nam(p['nam'], g.ri(0, 2)), g.ri(1, 20), p['mrn'], g.ri(0, 23),
                 g.ch(ABO), sig(me, 'inf., coordination don d\'organes', org, dom, lang, g)))
        subj = 'Référence donneur potentiel — USI'
        types = ['patient_name', 'date_of_birth', 'ramq_nam', 'mrn', 'diagnosis']
    else:
        p = g.patient(lang, 'on')
        ot, to = ext(g, lang, ['giftnet-on.example'])
        body = ("Hello,\n\nReferral of a potential donor:\n%s, %s, DOB %s, HCN %s\nICU bed %d, MRN %s\n"
                "Anoxic brain injury post cardiac arrest, GCS 3, family meeting held at %d:00.\nBlood group %s. Serology drawn.\n\n%s" %
                (p['last'], p['first'], fmt_dob(p, lang, 3), fmt_hn(p['hn'], g.ri(0, 2)), g.ri(1, 20), p['mrn'], g.ri(8, 20),
                 g.ch(ABO), sig(me, 'RN, Donation Coordinator', org, dom, lang, g)))
        subj = 'Potential donor referral – ICU'
        types = ['patient_name', 'date_of_birth', 'ca_health_number', 'mrn', 'diagnosis']
    return dict(cat='organ_donor_referral', frm=frm, to=to, subject=subj, text=body, types=types,
                note='organ donor referral with identity, health number, clinical status')


def p_tissue_ics(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, [dom])
    p = g.patient(lang, 'plain')
    start = datetime.datetime(2026, g.ri(1, 4), g.ri(1, 28), g.ri(9, 16), 0)
    if lang == 'fr':
        summ = 'Rencontre famille — don de tissus (cornées) — %s %s' % (p['first'], p['last'])
        desc = 'Défunt(e) : %s %s, dossier %s, décès à %dh%02d à l\'unité %s. Famille : fille (répondante). Apporter formulaire de consentement.' % (
            p['first'], p['last'], p['mrn'], g.ri(0, 23), g.ri(0, 59), g.bed())
        body = 'Bonjour,\n\nJe vous envoie l\'invitation pour la rencontre avec la famille. Salle des familles, 3e étage.\n\n' + sig(me, 'coordonnatrice don de tissus', org, dom, lang, g, False)
        subj = 'Invitation : rencontre famille don de tissus'
    else:
        summ = 'Family meeting - tissue donation - %s %s' % (p['first'], p['last'])
        desc = 'Deceased: %s %s, MRN %s, died %02d:%02d on unit %s. Next of kin: son. Bring consent form.' % (
            p['first'], p['last'], p['mrn'], g.ri(0, 23), g.ri(0, 59), g.bed())
        body = 'Hi,\n\nSending the invite for the family meeting, quiet room 3rd floor.\n\n' + sig(me, 'Tissue Donation Coordinator', org, dom, lang, g, False)
        subj = 'Invitation: family meeting, tissue donation'
    ics = make_ics('%s@%s' % (g.digits(10), dom), summ, desc, start, 45, 'Salle des familles 3e' if lang == 'fr' else 'Quiet room 3rd floor', g.email_of(me, dom))
    return dict(cat='tissue_donation_ics', frm=frm, to=to, subject=subj, text=body,
                atts=[('invite.ics', 'text', 'calendar', ics)], types=['patient_name', 'mrn', 'diagnosis'],
                note='calendar invitation whose summary/description names a deceased patient with chart number')


def p_pathology_pdf(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    p = g.nam_patient() if lang == 'fr' else g.patient(lang, g.ch(['on', 'plain']))
    sp = 'S%d-%s' % (g.ri(25, 26), g.digits(5))
    dx = g.ch([('Adénocarcinome invasif, grade 2, marges libres', 'Invasive ductal carcinoma, grade 2, margins clear'),
               ('Carcinome basocellulaire nodulaire', 'Nodular basal cell carcinoma'),
               ('Lymphome B diffus à grandes cellules', 'Diffuse large B-cell lymphoma'),
               ('Adénome tubuleux avec dysplasie de bas grade', 'Tubular adenoma with low-grade dysplasia')])
    if lang == 'fr':
        lines = ['Patient : %s, %s   Sexe : %s' % (p['last'].upper(), p['first'], p['sex']), 'DDN : %s   NAM : %s' % (p['dob'], p['nam']),
                 'Dossier : %s   No pathologie : %s' % (p['mrn'], sp), 'Médecin requérant : Dr ' + ot['last'],
                 '', 'DIAGNOSTIC :', dx[0], '', 'Pathologiste : Dr ' + g.staff('fr')['last']]
        subj = 'Rapport de pathologie %s' % sp
        body = 'Bonjour Dr %s,\n\nVoici le rapport final demandé. Original suit par la poste.\n\n%s' % (ot['last'], sig(me, 'secrétaire médicale, pathologie', org, dom, lang, g))
        types = ['patient_name', 'date_of_birth', 'ramq_nam', 'mrn', 'diagnosis']
    else:
        idl = 'HCN: %s' % p['hn'] if p.get('hn') else 'MRN: %s' % p['mrn']
        lines = ['Patient: %s, %s   Sex: %s' % (p['last'].upper(), p['first'], p['sex']), 'DOB: %s   %s' % (p['dob'], idl),
                 'Surgical pathology no: %s' % sp, 'Submitting MD: Dr. ' + ot['last'], '', 'FINAL DIAGNOSIS:', dx[1]]
        subj = 'Pathology report %s' % sp
        body = 'Dr. %s,\n\nFinal report attached as requested.\n\n%s' % (ot['last'], sig(me, 'Pathology clerk', org, dom, lang, g))
        types = ['patient_name', 'date_of_birth', 'ca_health_number' if p.get('hn') else 'mrn', 'diagnosis']
    return dict(cat='pathology_report', frm=frm, to=to, subject=subj, text=body,
                atts=[('%s.pdf' % sp, 'application', 'pdf', make_pdf('Pathologie' if lang == 'fr' else 'Surgical Pathology Report', lines))],
                types=types, note='pathology report PDF attached; body says only report attached')


def p_specimen_reject(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    p = g.nam_patient()
    if lang == 'fr':
        subj = 'Spécimen rejeté — identification non conforme'
        body = ("Bonjour,\n\nLe tube reçu ce matin pour groupe et dépistage est rejeté : le nom sur le tube (%s %s) ne correspond pas "
                "à la requête (NAM %s, DDN %s). Politique de tolérance zéro en banque de sang.\nMerci de faire reprélever la patiente/le patient.\n\n%s" %
                (p['first'], p['last'], fmt_nam(p['nam'], g.ri(0, 2)), p['dob'], sig(me, 'T.M., banque de sang', org, dom, lang, g)))
    else:
        subj = 'Specimen rejected – labelling mismatch'
        body = ("Hello,\n\nThe type & screen tube received today is rejected: name on tube (%s %s) does not match the requisition "
                "(RAMQ %s, DOB %s). Zero-tolerance policy in blood bank; please recollect.\n\n%s" %
                (p['first'], p['last'], fmt_nam(p['nam'], g.ri(0, 2)), p['dob'], sig(me, 'MLT, Blood Bank', org, dom, lang, g)))
    return dict(cat='specimen_rejection', frm=frm, to=to, subject=subj, text=body,
                types=['patient_name', 'ramq_nam', 'date_of_birth'], note='specimen rejection naming patient with health number')


def p_foreign_patient(g, lang):
    dom, org = site(g, 'fr')
    me, frm = who(g, 'fr', dom)
    kind = g.ch(['be', 'fr'])
    p = g.patient('fr', kind)
    if kind == 'be':
        ot, to = ext(g, 'fr', ['medecins-liege.example', 'cabinet-namur.example'])
        idt = 'NISS %s' % g.ch([p['niss'], p['niss'][:2] + '.' + p['niss'][2:4] + '.' + p['niss'][4:6] + '-' + p['niss'][6:9] + '.' + p['niss'][9:]])
        t = 'be_niss'
    else:
        ot, to = ext(g, 'fr', ['cabinet-lyon.example', 'chu-rennes.example'])
        n = p['nir']
        idt = 'n° sécu %s' % g.ch([n, '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])])
        t = 'fr_nir'
    res = g.ch(['INR 4,8 sous warfarine', 'Hb 78 g/L, ferritine 6 µg/L', 'créatinine 214 µmol/L (DFGe 24)', 'troponine hs 88 ng/L puis 412 ng/L'])
    body = ("Cher confrère,\n\nVotre patient%s %s %s (%s, %s le %s), de passage au Québec, a consulté à notre urgence le %s.\n"
            "Résultats pertinents : %s. Copie du dossier d'urgence jointe sur demande.\n\nConfraternellement,\n%s" %
            ('' if p['sex'] == 'M' else 'e', mr(p, 'fr'), p['last'], idt, ne(p), fmt_dob(p, 'fr', 1), g.date().isoformat(), res,
             sig(me, 'MD, biochimiste clinique', org, dom, 'fr', g)))
    return dict(cat='foreign_patient_results', frm=frm, to=to, subject='Résultats de laboratoire — votre patient%s %s' % ('' if p['sex'] == 'M' else 'e', p['last']),
                text=body, types=['patient_name', 'date_of_birth', t, 'lab_result'], lang='fr',
                note='results to a European GP for a visiting patient identified by %s' % ('NISS' if kind == 'be' else 'NIR'))


def p_billing_sin(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, ['assur-voyage.example', 'claims-insure.example'])
    p = g.patient(lang, 'plain')
    s = g.sin()
    amt = '%d,%02d $' % (g.ri(300, 4800), g.ri(0, 99))
    if lang == 'fr':
        subj = 'Réclamation — services de laboratoire et transfusion — %s' % p['last']
        body = ("Bonjour,\n\nNous vous transmettons la réclamation pour %s %s %s (NAS %s, DDN %s), non assuré%s RAMQ.\n"
                "Services : 2 culots globulaires, épreuves de compatibilité, FSC x4. Montant : %s.\n\n%s" %
                (mr(p, lang), p['first'], p['last'], fmt_sin(s, g.ri(0, 2)), p['dob'], '' if p['sex'] == 'M' else 'e', amt,
                 sig(me, 'agente de facturation', org, dom, lang, g)))
    else:
        subj = 'Claim – lab and transfusion services – %s' % p['last']
        body = ("Hello,\n\nClaim for %s %s %s (SIN %s, DOB %s), uninsured.\nServices: 2 RBC units, crossmatch, CBC x4. Amount: $%d.%02d.\n\n%s" %
                (mr(p, lang), p['first'], p['last'], fmt_sin(s, g.ri(0, 2)), p['dob'], g.ri(300, 4800), g.ri(0, 99), sig(me, 'Billing clerk', org, dom, lang, g)))
    return dict(cat='billing_claim', frm=frm, to=to, subject=subj, text=body,
                types=['patient_name', 'ca_sin', 'date_of_birth', 'medication'], note='insurance claim for a named patient with SIN and services')


def p_fwd_eml(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    src_p, src = ext(g, lang, ['lspq-exemple.example'] if lang == 'fr' else ['iqmh-exemple.example', 'rideauph.example'])
    p = g.nam_patient() if lang == 'fr' else g.patient(lang, 'on')
    if lang == 'fr':
        itxt = ("Bonjour,\n\nConfirmation LSPQ pour l'échantillon %s :\nNom : %s, %s — NAM %s\nRésultat : VIH-1 confirmé par immunobuvardage.\n"
                "Charge virale à prévoir.\n\nLSPQ" % (g.accession(), p['last'], p['first'], p['nam']))
        inner = inner_eml(g, src, frm, 'Confirmation — échantillon référé', itxt, lang)
        body = 'Dr %s,\n\nJe vous fais suivre le courriel de confirmation ci-joint.\n\n%s' % (ot['last'], sig(me, 'T.M.', org, dom, lang, g))
        subj = 'TR: Confirmation — échantillon référé'
        types = ['patient_name', 'ramq_nam', 'diagnosis', 'lab_result']
    else:
        itxt = ("Hello,\n\nReference lab confirmation for specimen %s:\nName: %s, %s - HCN %s\nResult: Hepatitis C RNA detected, genotype 1a.\n\nReference Lab" %
                (g.accession(), p['last'], p['first'], p['hn']))
        inner = inner_eml(g, src, frm, 'Confirmation - referred specimen', itxt, lang)
        body = 'Dr. %s,\n\nForwarding the confirmation e-mail (attached).\n\n%s' % (ot['last'], sig(me, 'MLT', org, dom, lang, g))
        subj = 'FW: Confirmation - referred specimen'
        types = ['patient_name', 'ca_health_number', 'diagnosis', 'lab_result']
    return dict(cat='forward_as_attachment', frm=frm, to=to, subject=subj, text=body, atts=[('eml', inner)],
                types=types, note='forward with the original e-mail attached (.eml) carrying a named confirmed result')


def p_home_collection(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, ['carelink-home.example', 'cisss-collines.example'])
    p = g.patient(lang, 'plain')
    adr = home_addr(g, lang)
    tel = g.phone()
    if lang == 'fr':
        subj = 'Prélèvement à domicile — %s' % g.date().isoformat()
        body = ("Bonjour,\n\nSVP ajouter à la tournée de prélèvements à domicile de jeudi :\n%s %s, %s\nTél. : %s\n"
                "Analyses : INR (warfarine), FSC, créat. Patient%s à mobilité réduite, sonner 2 fois.\nFiche contact jointe.\n\n%s" %
                (p['first'], p['last'], adr, tel, '' if p['sex'] == 'M' else 'e', sig(me, 'agente administrative, centre de prélèvements', org, dom, lang, g)))
    else:
        subj = 'Home blood collection – add to Thursday route'
        body = ("Hi,\n\nPlease add to Thursday's home collection route:\n%s %s, %s\nPhone: %s\nTests: INR (on warfarin), CBC, creatinine. "
                "Limited mobility, ring twice.\nContact card attached.\n\n%s" % (p['first'], p['last'], adr, tel, sig(me, 'Clerk, Specimen Collection', org, dom, lang, g)))
    vcf = make_vcf(p['first'], p['last'], '', tel, '', note='INR warfarine' if lang == 'fr' else 'INR warfarin', adr=adr.replace(',', ' '))
    return dict(cat='home_collection', frm=frm, to=to, subject=subj, text=body,
                atts=[('%s_%s.vcf' % (p['last'], p['first']), 'text', 'vcard', vcf)],
                types=['patient_name', 'patient_contact', 'medication'], note='home collection booking with patient address, phone, medication; vCard attached')


def p_social(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    p = g.patient(lang, 'plain')
    if lang == 'fr':
        kid = dict(p); kid['dob'] = '%04d-%02d-%02d' % (g.ri(2012, 2022), g.ri(1, 12), g.ri(1, 28))
        subj = 'Chaîne de possession — prélèvements médico-légaux'
        body = ("Bonjour,\n\nTrousse médico-légale prélevée à l'urgence pédiatrique pour %s %s (DDN %s, dossier %s).\n"
                "Signalement DPJ fait par la travailleuse sociale ; l'enfant est placé%s temporairement en famille d'accueil.\n"
                "Les échantillons sont sous scellés au frigo 3 de la banque de sang en attendant le transport policier.\n\n%s" %
                (kid['first'], kid['last'], kid['dob'], kid['mrn'], '' if kid['sex'] == 'M' else 'e', sig(me, 'T.M., chef d\'équipe', org, dom, lang, g)))
        types = ['patient_name', 'date_of_birth', 'mrn', 'social_information']
    else:
        subj = 'Urine drug screen – methadone program pt'
        body = ("Hi,\n\nUDS for %s %s (MRN %s) positive for fentanyl and benzodiazepines, negative for methadone metabolite (EDDP).\n"
                "Pt is in the OAT program and currently in the shelter on %s St. Social worker aware.\n\n%s" %
                (p['first'], p['last'], p['mrn'], g.ch(['Bank', 'Murray', 'Rideau']), sig(me, 'MLT, Toxicology', org, dom, lang, g)))
        types = ['patient_name', 'mrn', 'lab_result', 'medication', 'social_information']
    return dict(cat='social_information', frm=frm, to=to, subject=subj, text=body, types=types,
                note='patient identified with social information (youth protection / addiction, housing)')


def p_disguised(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    p = g.nam_patient()
    style = g.ch([5, 4, 6])
    if lang == 'fr':
        subj = 'suivi ferritine'
        body = ("Salut,\n\nje t'écris le numéro espacé sinon le courriel bloque : %s\n(c'est %s %s)\n"
                "Ferritine 1840, sat. 78 %%. Génotypage HFE demandé. Peux-tu ajouter au dossier ?\n\n%s %s" %
                (fmt_nam(p['nam'], style), p['first'], p['last'][0] + '.', me['first'], me['last'][0]))
    else:
        subj = 'ferritin f/u'
        body = ("Hey,\n\nputting the card number with spaces so it goes through: %s\n(that's %s %s.)\n"
                "Ferritin 1840, TSAT 78%%. HFE genotyping ordered. Can you add it to the chart?\n\n%s" %
                (fmt_nam(p['nam'], style), p['first'], p['last'][0], me['first']))
    return dict(cat='disguised_identifier', frm=frm, to=to, subject=subj, text=body,
                types=['ramq_nam', 'patient_name', 'lab_result'], note='health number deliberately spaced/obfuscated with first name and results')


def p_antibody_card(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    p = g.nam_patient() if lang == 'fr' else g.patient(lang, 'plain')
    ab = g.ch(ABS)
    adr = home_addr(g, lang)
    if lang == 'fr':
        paras = ['%s %s %s' % (mr(p, lang), p['first'], p['last']), adr, '',
                 '%s,' % ('Monsieur' if p['sex'] == 'M' else 'Madame'),
                 'Nos analyses ont démontré la présence d\'un anticorps anti-érythrocytaire (%s). Veuillez conserver la carte ci-jointe et la présenter lors de toute transfusion ou grossesse.' % ab,
                 'Dossier : %s    DDN : %s' % (p['mrn'], p['dob'])]
        subj = 'Lettre et carte d\'anticorps à poster'
        body = 'Bonjour,\n\nPour envoi postal au patient, la lettre est en pièce jointe (Word). Merci de l\'imprimer sur papier à en-tête.\n\n' + sig(me, 'T.M., banque de sang', org, dom, lang, g)
    else:
        paras = ['%s %s %s' % (mr(p, lang), p['first'], p['last']), adr, '', 'Dear %s %s,' % (mr(p, lang), p['last']),
                 'Testing showed a red cell antibody (%s). Please carry the enclosed wallet card and show it before any transfusion or pregnancy.' % ab,
                 'MRN: %s    DOB: %s' % (p['mrn'], p['dob'])]
        subj = 'Antibody letter + wallet card for mailing'
        body = 'Hi,\n\nLetter for mailing to the patient attached (Word). Please print on letterhead.\n\n' + sig(me, 'MLT, Blood Bank', org, dom, lang, g)
    return dict(cat='antibody_card_letter', frm=frm, to=to, subject=subj, text=body,
                atts=[('lettre_anticorps.docx' if lang == 'fr' else 'antibody_letter.docx', 'application',
                       'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx('Banque de sang' if lang == 'fr' else 'Blood Bank', paras))],
                types=['patient_name', 'patient_contact', 'mrn', 'date_of_birth', 'lab_result'],
                note='DOCX letter to patient with home address, chart number and antibody result')


def p_bb_handover(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, [dom])
    rows = []
    for _ in range(g.ri(3, 6)):
        p = g.patient(lang, 'plain')
        rows.append([p['last'] + ' ' + p['first'][0] + '.', p['mrn'], g.bed(), g.ch(ABO),
                     g.ch(['2 CG compatibilisés', 'RAI +, ident. en cours', 'PFC x4 décongelés', 'plaq. HLA en attente'] if lang == 'fr'
                          else ['2 RBC crossmatched', 'screen pos, ID pending', 'FP x4 thawed', 'HLA plts pending'])])
    hdr = ['Patient', 'Dossier', 'Lit', 'Groupe', 'Statut'] if lang == 'fr' else ['Patient', 'MRN', 'Bed', 'Group', 'Status']
    intro = ('Relève banque de sang — quart de nuit\n\nEn suspens :\n\n' if lang == 'fr' else 'Blood bank handover – night shift\n\nPending:\n\n')
    end = '\n\n' + me['first']
    body = intro + table_text(hdr, rows) + end
    htm = text_to_html(intro).replace('</body></html>', '') + table_html(hdr, rows) + '<p>%s</p></body></html>' % html.escape(me['first'])
    return dict(cat='bb_handover', frm=frm, to=to, subject='Relève BDS' if lang == 'fr' else 'BB handover', text=body, html=htm,
                mode=g.ch(['html', 'alt']), types=['patient_name', 'mrn', 'lab_result'],
                note='blood bank shift handover table of patients with chart numbers and pending products')



def p_ipac_rounds(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, [dom])
    unit = g.ch(['5C', '6N', '7S', '4B'])
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.patient(lang, 'plain')
        rows.append([unit + '-' + str(g.ri(1, 32)), p['first'][0] + p['last'][0], p['mrn'],
                     g.ch(['Contact', 'Gouttelettes/contact', 'Aérien', 'Contact renforcé'] if lang == 'fr' else ['Contact', 'Droplet/contact', 'Airborne', 'Contact plus']),
                     g.ch(['SARM', 'ERV', 'Influenza A', 'C. difficile', 'EPC'] if lang == 'fr' else ['MRSA', 'VRE', 'Flu A', 'C. diff', 'CPE']),
                     g.ch(['lever J+5', 'maintenir', 'dépistage hebdo'] if lang == 'fr' else ['d/c day 5', 'continue', 'weekly screen'])])
    hdr = ['Lit', 'Init.', 'Dossier', 'Précautions', 'Micro-org.', 'Plan'] if lang == 'fr' else ['Bed', 'Init', 'MRN', 'Precautions', 'Organism', 'Plan']
    intro = ('Tournée PCI %s — liste des isolements\n\n' if lang == 'fr' else 'IPAC rounds %s – isolation list\n\n') % unit
    body = intro + table_text(hdr, rows) + '\n\n' + me['first']
    return dict(cat='ipac_isolation_list', frm=frm, to=to, subject=intro.strip(), text=body, mode='plain',
                types=['mrn', 'diagnosis', 'lab_result'], note='isolation rounds list: initials, chart numbers, organisms (looks like a roster)')


def p_split_subject(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    p = g.patient(lang, 'plain')
    if lang == 'fr':
        subj = '%s, %s — %s' % (p['last'].upper(), p['first'], fmt_dob(p, lang, 1))
        body = "INR 5,2 ce matin (warfarine 7,5 mg die). Pas de saignement rapporté au téléphone. On suspend 2 doses et contrôle jeudi ?\n\n%s" % sig(me, 'inf. clinicienne, clinique d\'anticoagulothérapie', org, dom, lang, g, False)
    else:
        subj = '%s, %s – DOB %s' % (p['last'], p['first'], fmt_dob(p, lang, 3))
        body = "INR 5.2 this AM (warfarin 7.5 mg daily). No bleeding per phone call. Hold 2 doses and recheck Thursday?\n\n%s" % sig(me, 'RN, Anticoagulation Clinic', org, dom, lang, g, False)
    return dict(cat='split_subject_body', frm=frm, to=to, subject=subj, text=body,
                types=['patient_name', 'date_of_birth', 'lab_result', 'medication'], note='patient named in Subject, results and medication in body')


def p_same_surname(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    p = g.nam_patient()
    doc = dict(first=g.ch(FR_FIRST_M + EN_FIRST_F), last=p['last'], sex='M')
    to = g.addr(doc, g.ch(EXT_DOMS_QC))
    if lang == 'fr':
        subj = 'Dr %s — résultat TSH' % p['last']
        body = ("Bonjour Dr %s,\n\nPour votre patient%s (aucun lien de parenté !) %s %s, NAM %s : TSH 0,02 mUI/L, T4L 48 pmol/L.\n"
                "Je vous laisse voir pour la suite.\n\n%s" % (p['last'], '' if p['sex'] == 'M' else 'e', p['first'], p['last'], fmt_nam(p['nam'], g.ri(0, 3)), sig(me, 'T.M., biochimie', org, dom, lang, g)))
    else:
        subj = 'Dr. %s – TSH result' % p['last']
        body = ("Dr. %s,\n\nFor your patient (no relation!) %s %s, RAMQ %s: TSH 0.02 mIU/L, free T4 48 pmol/L.\nLeaving follow-up with you.\n\n%s" %
                (p['last'], p['first'], p['last'], fmt_nam(p['nam'], g.ri(0, 3)), sig(me, 'MLT, Biochemistry', org, dom, lang, g)))
    return dict(cat='patient_shares_md_surname', frm=frm, to=to, subject=subj, text=body,
                types=['patient_name', 'ramq_nam', 'lab_result'], note='patient with the same surname as the physician; health number and result')


def p_frozen_section(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, [dom])
    p = g.patient(lang, 'plain')
    if lang == 'fr':
        subj = 'Extemporané salle %d' % g.ri(1, 12)
        body = "Salle %d, %s %s (%s) : extemporané du ganglion sentinelle — POSITIF pour carcinome métastatique (macro-métastase 4 mm). Dr %s avisé à %dh%02d.\n\n%s" % (
            g.ri(1, 12), p['last'], p['first'][0] + '.', p['mrn'], ot['last'], g.ri(8, 16), g.ri(0, 59), me['first'])
    else:
        subj = 'Frozen section OR %d' % g.ri(1, 12)
        body = "OR %d, %s %s (%s): sentinel node frozen – POSITIVE for metastatic carcinoma (4 mm). Dr. %s informed %d:%02d.\n\n%s" % (
            g.ri(1, 12), p['last'], p['first'][0] + '.', p['mrn'], ot['last'], g.ri(8, 16), g.ri(0, 59), me['first'])
    return dict(cat='frozen_section', frm=frm, to=to, subject=subj, text=body, types=['patient_name', 'mrn', 'diagnosis'],
                note='terse frozen-section result with surname, initial and chart number')


def p_referral_docx(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    p = g.patient('en', 'on') if lang == 'en' else g.nam_patient()
    if lang == 'en':
        paras = ['Referral – Hematology', 'Patient: %s %s   DOB: %s   Sex: %s' % (p['first'], p['last'], p['dob'], p['sex']), 'OHIP: %s' % fmt_hn(p['hn'], 1),
                 'Reason: persistent thrombocytopenia (plt 38-52 over 3 months), ?ITP vs MDS. Smear: no schistocytes.', 'Meds: apixaban 5 mg BID']
        subj = 'Referral – hematology – %s' % p['last']
        body = 'Hello,\n\nPlease find the referral attached. Patient aware and can be reached at %s.\n\n%s' % (g.phone('613'), sig(me, 'MD, Hematopathology', org, dom, lang, g))
        types = ['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis', 'medication', 'patient_contact', 'lab_result']
    else:
        paras = ['Demande de consultation — hématologie', 'Patient : %s %s   DDN : %s   Sexe : %s' % (p['first'], p['last'], p['dob'], p['sex']), 'NAM : %s' % p['nam'],
                 'Motif : thrombopénie persistante (38-52 sur 3 mois), PTI vs SMD ? Frottis : absence de schistocytes.', 'Rx : apixaban 5 mg BID']
        subj = 'Consultation hémato — %s' % p['last']
        body = 'Bonjour,\n\nDemande de consultation ci-jointe.\n\n%s' % sig(me, 'MD, hématologue-biologiste', org, dom, lang, g)
        types = ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication', 'lab_result']
    return dict(cat='referral_docx', frm=frm, to=to, subject=subj, text=body,
                atts=[('referral.docx' if lang == 'en' else 'consultation.docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                       make_docx(paras[0], paras[1:]))], types=types, note='referral DOCX with identity, health number, diagnosis')


def p_hla_recipient(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, ['dono-qc.example'] if lang == 'fr' else ['giftnet-on.example'])
    p = g.patient(lang, 'plain')
    donor = 'D%s' % g.digits(6)
    if lang == 'fr':
        subj = 'Épreuve croisée virtuelle — donneur %s' % donor
        body = ("Bonjour,\n\nPour le donneur %s, receveur en liste : %s %s (dossier %s), cPRA 87 %%, DSA anti-DQ7 (MFI 4200).\n"
                "Épreuve croisée par cytométrie : positive en lymphocytes B. Non recommandé.\n\nLaboratoire HLA\n%s" % (donor, p['first'], p['last'], p['mrn'], sig(me, 'PhD, directeur HLA', org, dom, lang, g, False)))
    else:
        subj = 'Virtual crossmatch – donor %s' % donor
        body = ("Hi,\n\nDonor %s, listed recipient: %s %s (MRN %s), cPRA 87%%, DSA anti-DQ7 (MFI 4200).\nFlow crossmatch B-cell positive. Not recommended.\n\nHLA Lab\n%s" %
                (donor, p['first'], p['last'], p['mrn'], sig(me, 'PhD, HLA Director', org, dom, lang, g, False)))
    return dict(cat='hla_crossmatch', frm=frm, to=to, subject=subj, text=body, types=['patient_name', 'mrn', 'lab_result'],
                note='HLA crossmatch for a named transplant recipient (donor only coded)')


def p_exposure_letter(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, [dom])
    p = g.patient(lang, 'plain')
    adr = home_addr(g, lang)
    if lang == 'fr':
        lines = ['%s %s %s' % (mr(p, lang), p['first'], p['last']), adr, '', 'Objet : exposition à la rougeole',
                 'Lors de votre séjour à l\'urgence le %s, vous avez pu être exposé(e) à la rougeole.' % g.date().isoformat(),
                 'Votre sérologie (dossier %s) montre une absence d\'immunité (IgG négatif).' % p['mrn'], 'Veuillez communiquer avec la PCI.']
        subj = 'Lettres d\'exposition rougeole à signer'
        body = 'Bonjour Dre %s,\n\nLettre à signer en pièce jointe (1 de %d).\n\n%s' % (ot['last'], g.ri(3, 12), sig(me, 'agente administrative PCI', org, dom, lang, g, False))
    else:
        lines = ['%s %s %s' % (mr(p, lang), p['first'], p['last']), adr, '', 'Re: measles exposure',
                 'During your ED visit on %s you may have been exposed to measles.' % g.date().isoformat(),
                 'Your serology (MRN %s) shows no immunity (IgG negative).' % p['mrn'], 'Please contact IPAC.']
        subj = 'Measles exposure letters for signature'
        body = 'Dr. %s,\n\nLetter for signature attached (1 of %d).\n\n%s' % (ot['last'], g.ri(3, 12), sig(me, 'IPAC Admin Assistant', org, dom, lang, g, False))
    return dict(cat='exposure_letter', frm=frm, to=to, subject=subj, text=body,
                atts=[('lettre_exposition.pdf' if lang == 'fr' else 'exposure_letter.pdf', 'application', 'pdf', make_pdf(lines[3], lines))],
                types=['patient_name', 'patient_contact', 'mrn', 'lab_result'], note='PDF exposure letter addressed to a patient with address and serology')


def p_biobank(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, ['research-partner.example'])
    rows = []
    for i in range(g.ri(3, 6)):
        p = g.patient(lang, 'plain')
        rows.append(['BIO-%03d' % g.ri(1, 400), p['last'] + ', ' + p['first'], p['mrn'], g.ch(['sérum', 'plasma EDTA', 'ADN'] if lang == 'fr' else ['serum', 'EDTA plasma', 'DNA']), g.ri(1, 4)])
    hdr = ['ID étude', 'Nom', 'Dossier', 'Type', 'Aliquots'] if lang == 'fr' else ['Study ID', 'Name', 'MRN', 'Type', 'Aliquots']
    if lang == 'fr':
        subj = 'Envoi biobanque — liste des échantillons'
        body = 'Bonjour,\n\nListe des échantillons expédiés ce matin (glace sèche). Désolée, j\'ai laissé la colonne des noms pour la réconciliation.\n\n%s' % sig(me, 'coordonnatrice de recherche', org, dom, lang, g)
    else:
        subj = 'Biobank shipment – sample manifest'
        body = 'Hi,\n\nManifest for this morning\'s dry-ice shipment attached. Left the name column in for reconciliation.\n\n%s' % sig(me, 'Research Coordinator', org, dom, lang, g)
    return dict(cat='research_manifest', frm=frm, to=to, subject=subj, text=body,
                atts=[('manifeste.xlsx' if lang == 'fr' else 'manifest.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Manifest', hdr, rows))],
                types=['patient_name', 'mrn'], note='research shipment manifest linking study ids to patient names and chart numbers')


def p_inline_forward(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    src_p, src = ext(g, lang, [dom])
    p = g.nam_patient() if lang == 'fr' else g.patient(lang, 'on')
    if lang == 'fr':
        orig = ("Résultat sérologie syphilis : RPR 1:32, TPPA réactif.\n%s %s, NAM %s, DDN %s.\nÀ déclarer et aviser le médecin traitant." %
                (p['first'], p['last'], fmt_nam(p['nam'], g.ri(0, 2)), p['dob']))
        body = 'Pour suivi svp.\n\n' + fwd(orig, src, frm, 'résultat sérologie', g.date().isoformat() + ' 14:02', lang)
        subj = 'TR: résultat sérologie'
        types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'lab_result']
    else:
        orig = "Syphilis serology: RPR 1:32, TPPA reactive.\n%s %s, HCN %s, DOB %s.\nReportable - please notify PH." % (p['first'], p['last'], fmt_hn(p['hn'], g.ri(0, 2)), p['dob'])
        body = 'FYI for follow-up.\n\n' + fwd(orig, src, frm, 'serology result', g.date().isoformat() + ' 2:02 PM', lang)
        subj = 'Fwd: serology result'
        types = ['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis', 'lab_result']
    return dict(cat='inline_forward', frm=frm, to=to, subject=subj, text=body, types=types,
                note='inline forward; the forwarded text names a patient with health number and serology')


# ================================================================ NEGATIVE templates
def n_qc(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, [dom])
    an = g.ch(['Alinity c', 'cobas 8000', 'Atellica CH', 'DxI 800', 'Sysmex XN-10'])
    lot = g.lot()
    rows = [[a, lot, g.ch(['1-2s', '2-2s', 'R-4s', '1-3s', 'OK']), '%.1f' % (g.ri(10, 40) / 10)] for a in
            g.r.sample(['Na', 'K', 'Créat', 'ALT', 'TSH', 'Troponine', 'Hb', 'PLT', 'Glucose', 'CRP'], 5)]
    if lang == 'fr':
        subj = 'CQ %s — violations Westgard semaine %d' % (an, g.ri(1, 52))
        body = 'Bonjour,\n\nRésumé CQ niveau 2, lot de contrôle %s :\n\n%s\n\nRecalibration faite pour la K, revue des données CQ par la chef d\'équipe.\n\n%s' % (
            lot, table_text(['Analyte', 'Lot', 'Règle', 'IDS'], rows), sig(me, 'T.M., assurance qualité', org, dom, lang, g))
    else:
        subj = 'QC %s – Westgard flags week %d' % (an, g.ri(1, 52))
        body = 'Hi,\n\nLevel 2 QC summary, control lot %s:\n\n%s\n\nRecal done on K, charge tech reviewed.\n\n%s' % (
            lot, table_text(['Analyte', 'Lot', 'Rule', 'SDI'], rows), sig(me, 'MLT, QA', org, dom, lang, g))
    return dict(cat='qc_results', frm=frm, to=to, subject=subj, text=body, note='internal QC summary with control lot numbers')


def n_proficiency(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, ['lspq-exemple.example'] if lang == 'fr' else ['iqmh-exemple.example'])
    sid = [g.luhn_num(10) for _ in range(3)]
    if lang == 'fr':
        subj = 'Contrôle externe de qualité — immuno-hématologie — envoi %s' % g.ch(['2026-1', '2026-2', '2025-3'])
        body = ("Bonjour,\n\nVoici nos réponses pour l'envoi d'évaluation externe (échantillons simulés) :\n"
                "Éch. IH-01 (code %s) : groupe A Rh+, RAI négative\nÉch. IH-02 (code %s) : O Rh-, anti-D identifié\n"
                "Éch. IH-03 (code %s) : B Rh+, épreuve croisée compatible\n\nNo de participant : %s\n\n%s" %
                (sid[0], sid[1], sid[2], g.digits(5), sig(me, 'T.M., banque de sang', org, dom, lang, g)))
    else:
        subj = 'Proficiency testing – Transfusion Medicine survey %s' % g.ch(['TM-2601', 'TM-2602'])
        body = ("Hello,\n\nSubmitting results for the PT survey (simulated samples):\nTM-01 (barcode %s): A Pos, screen neg\n"
                "TM-02 (barcode %s): O Neg, anti-D\nTM-03 (barcode %s): B Pos, compatible\n\nLab ID %s\n\n%s" %
                (sid[0], sid[1], sid[2], g.digits(5), sig(me, 'Charge MLT', org, dom, lang, g)))
    return dict(cat='proficiency_testing', frm=frm, to=to, subject=subj, text=body,
                note='external proficiency survey answers on simulated samples; barcodes pass Luhn but are not patient ids')


def n_maintenance(g, lang):
    dom, org = site(g, lang)
    ven, frm = ext(g, lang, VEND_DOMS)
    me, to = who(g, lang, dom)
    sn = g.ch(['SN', 'S/N ', '']) + g.digits(8)
    an = g.ch(['Ortho Vision', 'ProVue', 'BACT/ALERT VIRTUO', 'VITEK MS', 'Sysmex XN-3100', 'ACL TOP 750'])
    d = g.date()
    if lang == 'fr':
        subj = 'Entretien préventif %s (%s) — %s' % (an, sn, d.isoformat())
        body = ("Bonjour,\n\nLe technicien de service sera sur place le %s de 8 h à 14 h pour l'entretien préventif annuel de l'appareil %s, %s.\n"
                "Prévoir l'arrêt de l'appareil et le basculement sur l'analyseur de relève.\nBon de travail : WO-%s\n\n%s" %
                (d.isoformat(), an, sn, g.digits(7), sig(ven, 'spécialiste de service', 'Diagnostix Canada inc.', 'diagnostix.example', lang, g, False)))
    else:
        subj = 'Preventive maintenance %s (%s) – %s' % (an, sn, d.isoformat())
        body = ("Hello,\n\nOur field engineer will be on site %s 8:00-14:00 for annual PM on %s, %s.\nPlease plan downtime and switch to backup.\n"
                "Work order WO-%s\n\n%s" % (d.isoformat(), an, sn, g.digits(7), sig(ven, 'Field Service Engineer', 'Diagnostix Canada Inc.', 'diagnostix.example', lang, g, False)))
    return dict(cat='analyser_maintenance', frm=frm, to=to, subject=subj, text=body, note='vendor preventive maintenance with serial number')


def n_recall(g, lang):
    ven, frm = ext(g, lang, VEND_DOMS)
    lab = g.staff(lang)
    to = g.addr(lab, QC_DOM if lang == 'fr' else ON_DOM)
    lots = [g.lot() for _ in range(g.ri(2, 4))]
    prod = g.ch(['Anti-D (IgM) monoclonal reagent', 'Reagent red cells panel 11', 'Troponin I calibrator', 'Blood culture bottles aerobic',
                 'Cartes gel ID-Card LISS/Coombs'])
    ref = g.digits(6)
    if lang == 'fr':
        subj = 'AVIS DE RAPPEL — %s — lots %s' % (prod, ', '.join(lots))
        body = ("Madame, Monsieur,\n\nPar mesure de précaution, nous procédons au rappel volontaire du produit %s (réf. %s), lots :\n%s\n"
                "Cause : risque de faux positifs faibles. Veuillez mettre en quarantaine le stock restant et retourner le formulaire d'accusé de réception.\n"
                "Aucun incident patient n'a été rapporté.\n\nAffaires réglementaires\nBioRéactif Canada" % (prod, ref, '\n'.join('- ' + l for l in lots)))
    else:
        subj = 'URGENT FIELD SAFETY NOTICE – %s – lots %s' % (prod, ', '.join(lots))
        body = ("Dear Customer,\n\nWe are voluntarily recalling %s (cat. %s), lots:\n%s\nIssue: possible weak false-positive reactions. "
                "Quarantine remaining stock and return the acknowledgement form.\nNo patient adverse events reported.\n\nRegulatory Affairs\nBioReactif Canada" %
                (prod, ref, '\n'.join('- ' + l for l in lots)))
    pdf = make_pdf('Field Safety Notice / Avis de rappel', ['Produit / Product: ' + prod, 'Ref: ' + ref] + ['Lot: ' + l for l in lots] +
                   ['', 'Accusé de réception / Acknowledgement:', 'Établissement: ____________  Signature: ____________'])
    return dict(cat='reagent_recall', frm=frm, to=to, subject=subj, text=body, atts=[('FSN_%s.pdf' % ref, 'application', 'pdf', pdf)],
                note='vendor recall with lot numbers and blank acknowledgement form')


def n_courier(g, lang):
    ven, frm = ext(g, lang, ['purolab-courier.example'])
    me, to = who(g, lang)
    rows = [[s, '%02d:%02d' % (g.ri(6, 18), g.ch([0, 15, 30, 45])), g.ch(['Lun-Ven', 'Lun-Sam', '7/7'] if lang == 'fr' else ['Mon-Fri', 'Mon-Sat', 'Daily'])]
            for s in g.r.sample(['CLSC Plateau', 'GMF Rivière', 'Hôpital Saint-Laurent', 'Clinique Nord', 'CHSLD des Pins', 'Centre de prélèvement Est'], 4)]
    if lang == 'fr':
        subj = 'Nouvel horaire des collectes — à compter du %s' % g.date().isoformat()
        body = 'Bonjour,\n\nVoici l\'horaire révisé des cueillettes d\'échantillons :\n\n%s\n\nLes glacières doivent être prêtes 10 min avant.\n\nRépartition Purolab\n%s' % (
            table_text(['Site', 'Heure', 'Jours'], rows), g.phone('514'))
    else:
        subj = 'Revised specimen pickup schedule effective %s' % g.date().isoformat()
        body = 'Hello,\n\nRevised specimen pickup times:\n\n%s\n\nCoolers ready 10 min before pickup please.\n\nPurolab Dispatch\n%s' % (
            table_text(['Site', 'Time', 'Days'], rows), g.phone('613'))
    return dict(cat='courier_schedule', frm=frm, to=to, subject=subj, text=body, note='courier pickup schedule by site')


def n_training(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'labo-tous@%s' % dom if lang == 'fr' else 'lab-all@%s' % dom
    start = datetime.datetime(2026, g.ri(2, 5), g.ri(1, 28), g.ri(8, 15), 0)
    if lang == 'fr':
        subj = 'Formation obligatoire — sécurité transfusionnelle et identification du patient'
        desc = 'Formation de 60 min. Présentatrice : %s %s, T.M. Module en ligne à compléter avant.' % (me['first'], me['last'])
        body = 'Bonjour à tous,\n\nInvitation à la formation annuelle obligatoire (ci-jointe). Inscription auprès de votre chef d\'équipe.\n\n' + sig(me, 'conseillère en formation', org, dom, lang, g, False)
    else:
        subj = 'Mandatory training – transfusion safety & patient ID'
        desc = '60-minute session. Presenter: %s %s, MLT. Complete online module beforehand.' % (me['first'], me['last'])
        body = 'Hi all,\n\nInvitation for the annual mandatory session attached. Register with your charge tech.\n\n' + sig(me, 'Education Coordinator', org, dom, lang, g, False)
    ics = make_ics('%s@%s' % (g.digits(9), dom), subj, desc, start, 60, 'Auditorium B', g.email_of(me, dom))
    return dict(cat='training_invite', frm=frm, to=to, subject=subj, text=body, atts=[('formation.ics' if lang == 'fr' else 'training.ics', 'text', 'calendar', ics)],
                note='staff training invitation (ICS)')


def n_accreditation(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'gestionnaires-labo@%s' % dom if lang == 'fr' else 'lab-managers@%s' % dom
    if lang == 'fr':
        subj = 'Visite d\'agrément — préparation (normes ISO 15189)'
        body = ("Bonjour,\n\nLa visite d'Agrément aura lieu du %s au %s. À compléter d'ici 2 semaines :\n"
                "- revue des PON (banque de sang, microbio)\n- traçabilité des lots de réactifs\n- dossiers de compétence du personnel\n"
                "- registre des non-conformités 2025 (%d NC ouvertes)\n\n%s" % (g.date().isoformat(), g.date().isoformat(), g.ri(4, 30), sig(me, 'coordonnatrice qualité', org, dom, lang, g)))
    else:
        subj = 'Accreditation assessment prep (ISO 15189 / OLA)'
        body = ("Hi,\n\nAssessment scheduled %s. Action items within 2 weeks:\n- SOP review (blood bank, micro)\n- reagent lot traceability\n"
                "- staff competency files\n- 2025 non-conformance log (%d open)\n\n%s" % (g.date().isoformat(), g.ri(4, 30), sig(me, 'Quality Coordinator', org, dom, lang, g)))
    return dict(cat='accreditation', frm=frm, to=to, subject=subj, text=body, note='accreditation preparation checklist')


def n_job(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = g.ch(['affichage@ordre-tm.example', 'jobs@csmls-exemple.example'])
    if lang == 'fr':
        subj = 'Affichage de poste — technologiste médical(e), banque de sang (temps complet, nuit)'
        body = ("Poste : technologiste médical(e), banque de sang\nStatut : temps complet, quart de nuit\nExigences : DEC en technologie d'analyses biomédicales, membre de l'OPTMQ\n"
                "Salaire : selon l'échelle du réseau, prime de nuit\nNo d'affichage : %s\nDate limite : %s\n\n%s" % (g.digits(6), g.date().isoformat(), sig(me, 'conseillère RH', org, dom, lang, g, False)))
    else:
        subj = 'Job posting – Medical Laboratory Technologist, Microbiology (permanent full-time)'
        body = ("Position: MLT, Microbiology\nStatus: permanent full-time, rotating\nRequirements: CMLTO registration, MALDI-TOF experience an asset\n"
                "Posting #%s, closes %s\n\n%s" % (g.digits(6), g.date().isoformat(), sig(me, 'HR Advisor', org, dom, lang, g, False)))
    return dict(cat='job_posting', frm=frm, to=to, subject=subj, text=body, note='job posting')


def n_staff_roster(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'bds-equipe@%s' % dom if lang == 'fr' else 'bb-team@%s' % dom
    rows = []
    for _ in range(g.ri(5, 8)):
        s = g.staff(lang)
        rows.append([s['last'] + ', ' + s['first'], 'E' + g.digits(5), g.ch(['Jour', 'Soir', 'Nuit'] if lang == 'fr' else ['Day', 'Evening', 'Night']),
                     g.ch(['BDS', 'Micro', 'Biochimie', 'Héma'] if lang == 'fr' else ['BB', 'Micro', 'Chem', 'Heme']),
                     g.ch(['', 'formation', 'congé', 'maladie', 'remplacement'] if lang == 'fr' else ['', 'training', 'vacation', 'sick', 'float'])])
    hdr = ['Employé', 'No emp.', 'Quart', 'Secteur', 'Note'] if lang == 'fr' else ['Employee', 'Emp #', 'Shift', 'Bench', 'Note']
    intro = ('Horaire du personnel — semaine du %s\n\n' if lang == 'fr' else 'Staff schedule – week of %s\n\n') % g.date().isoformat()
    body = intro + table_text(hdr, rows) + ('\n\nÉchanges de quart : me prévenir avant jeudi.\n' if lang == 'fr' else '\n\nShift swaps: let me know by Thursday.\n') + me['first']
    htm = text_to_html(intro).replace('</body></html>', '') + table_html(hdr, rows) + '<p>%s</p></body></html>' % html.escape(me['first'])
    return dict(cat='staff_roster', frm=frm, to=to, subject=intro.strip(), text=body, html=htm, mode=g.ch(['html', 'alt', None]),
                note='staff roster table (employees, employee numbers, shifts, sick leave) that looks like a list')


def n_outbreak_aggregate(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'direction-soins@%s' % dom if lang == 'fr' else 'senior-leadership@%s' % dom
    rows = [[u, g.ri(0, 9), g.ri(0, 4), g.ch(['Active', 'Terminée', 'Surveillance'] if lang == 'fr' else ['Active', 'Over', 'Monitoring'])] for u in
            g.r.sample(['4B', '5C', '6N', '7S', '3A', 'UCDG', 'USI'], 4)]
    if lang == 'fr':
        subj = 'Bilan hebdomadaire des éclosions — semaine %d' % g.ri(1, 52)
        body = 'Bonjour,\n\nBilan agrégé (patients / employés) :\n\n%s\n\nTotal : %d cas patients, aucun décès attribuable. Taux d\'hygiène des mains : %d %%.\n\n%s' % (
            table_text(['Unité', 'Cas patients', 'Cas employés', 'Statut'], rows), sum(r[1] for r in rows), g.ri(70, 95), sig(me, 'chef de service PCI', org, dom, lang, g))
    else:
        subj = 'Weekly outbreak summary – week %d' % g.ri(1, 52)
        body = 'Hi,\n\nAggregate summary (patients / staff):\n\n%s\n\nTotal %d patient cases, no attributable deaths. Hand hygiene compliance %d%%.\n\n%s' % (
            table_text(['Unit', 'Pt cases', 'Staff cases', 'Status'], rows), sum(r[1] for r in rows), g.ri(70, 95), sig(me, 'IPAC Manager', org, dom, lang, g))
    return dict(cat='outbreak_aggregate', frm=frm, to=to, subject=subj, text=body, note='aggregate outbreak counts per unit, no individual')


def n_inventory(g, lang):
    src, frm = ext(g, lang, ['hema-exemple.example'] if lang == 'fr' else ['cbe.example'])
    me, to = who(g, lang)
    if lang == 'fr':
        subj = 'Niveau des réserves — appel à la prudence groupe O négatif'
        body = ("Aux banques de sang hospitalières,\n\nLes réserves de culots O négatif sont à %d jours. Merci de limiter l'utilisation de O nég. aux receveurs O nég. et aux urgences vitales.\n"
                "Inventaire provincial : O- %d, O+ %d, A+ %d, B+ %d.\n\nService à la clientèle hospitalière\nHéma-Exemple" % (g.ri(2, 4), g.ri(300, 900), g.ri(2000, 5000), g.ri(1500, 4000), g.ri(400, 900)))
    else:
        subj = 'Inventory advisory – O negative red cells'
        body = ("To hospital customers,\n\nO negative inventory at %d days. Please restrict O neg to O neg recipients and emergencies.\nNational: O- %d, O+ %d, A+ %d.\n\nHospital Customer Service\nCanadian Blood Exemple" %
                (g.ri(2, 4), g.ri(300, 900), g.ri(2000, 5000), g.ri(1500, 4000)))
    return dict(cat='blood_inventory', frm=frm, to=to, subject=subj, text=body, note='blood supplier inventory advisory (aggregate)')


def n_bulletin(g, lang):
    src, frm = ext(g, lang, ['dsp-exemple.example'] if lang == 'fr' else ['rideauph.example'])
    to = 'undisclosed-recipients:;'
    if lang == 'fr':
        subj = 'Bulletin de santé publique — rougeole : vigilance accrue'
        body = ("Aux médecins, laboratoires et PCI de la région,\n\n%d cas de rougeole confirmés depuis janvier dans la région, dont %d chez des enfants non vaccinés.\n"
                "Conduite : isolement aérien, PCR gorge + urine, déclaration MADO sans délai.\nLes éclosions actives sont listées sur le site de la DSP.\n\nDirection de santé publique" % (g.ri(3, 20), g.ri(1, 3)))
        htm = '<html><body><h2>Bulletin — Rougeole</h2><p>%d cas confirmés depuis janvier.</p><ul><li>Isolement aérien</li><li>PCR gorge + urine</li><li>Déclaration MADO</li></ul><p><a href="https://dsp-exemple.example/bulletin">En savoir plus</a></p></body></html>' % g.ri(3, 20)
    else:
        subj = 'Public Health Advisory – invasive group A strep'
        body = ("To clinicians, labs and IPAC:\n\niGAS activity is elevated: %d cases reported this season in the region, mostly adults over 65.\n"
                "Report all invasive isolates; forward isolates to the reference lab for emm typing.\n\nMedical Officer of Health" % g.ri(10, 60))
        htm = '<html><body><h2>Advisory – iGAS</h2><p>%d cases this season.</p><p>Report all invasive isolates.</p></body></html>' % g.ri(10, 60)
    return dict(cat='ph_bulletin', frm=frm, to=to, subject=subj, text=body, html=htm, mode=g.ch(['html', 'alt']), note='public health bulletin with aggregate counts')


def n_teaching(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'residents-pathologie@%s' % dom if lang == 'fr' else 'path-residents@%s' % dom
    age = g.ri(30, 85)
    if lang == 'fr':
        subj = 'Cas de la semaine — hémolyse retardée'
        body = ("Bonjour,\n\nCas anonymisé : une femme de %d ans, multipare, transfusée de 2 culots en postopératoire, se présente à J8 avec ictère et chute d'Hb de 30 g/L. "
                "TDA positif IgG, élution : anti-Jka.\nQuestions : 1) mécanisme ? 2) prévention ? Discussion vendredi midi.\n\n%s" % (age, sig(me, 'MD, FRCPC, médecine transfusionnelle', org, dom, lang, g, False)))
    else:
        subj = 'Case of the week – delayed haemolytic reaction'
        body = ("Hi all,\n\nDe-identified case: a %d-year-old man, transfused 2 units post-op, presents day 8 with jaundice and 30 g/L Hb drop. "
                "DAT IgG+, eluate anti-Jka.\nQ: mechanism? prevention? Rounds Friday noon.\n\n%s" % (age, sig(me, 'MD, FRCPC, Transfusion Medicine', org, dom, lang, g, False)))
    return dict(cat='teaching_case', frm=frm, to=to, subject=subj, text=body, note='anonymised teaching case, no identifier')


def n_invoice(g, lang):
    ven, frm = ext(g, lang, VEND_DOMS)
    me, to = who(g, lang)
    inv = g.digits(8)
    po = g.luhn_num(10)
    rows = [[g.ch(['Cartes gel ABO/Rh', 'Réactif anti-IgG', 'Embouts 1000 µL', 'Tubes EDTA 4 mL', 'Flacons hémoc.']), g.ri(2, 40), '%d.%02d' % (g.ri(20, 900), g.ri(0, 99)), g.lot()] for _ in range(g.ri(2, 5))]
    if lang == 'fr':
        subj = 'Facture %s — BC %s' % (inv, po)
        body = 'Bonjour,\n\nCi-joint la facture %s pour le bon de commande %s. Paiement net 30 jours.\n\nComptes recevables\nMediSupply' % (inv, po)
        hdr = ['Article', 'Qté', 'Prix', 'Lot']
    else:
        subj = 'Invoice %s – PO %s' % (inv, po)
        body = 'Hello,\n\nAttached invoice %s for PO %s. Net 30.\n\nAccounts Receivable\nMediSupply' % (inv, po)
        hdr = ['Item', 'Qty', 'Price', 'Lot']
    pdf = make_pdf('Facture / Invoice %s' % inv, ['PO: ' + po, 'Client: ' + ('CHU Exemple' if lang == 'fr' else 'Lakeshore General')] + [' | '.join(map(str, r)) for r in rows])
    return dict(cat='invoice', frm=frm, to=to, subject=subj, text=body, atts=[('facture_%s.pdf' % inv if lang == 'fr' else 'invoice_%s.pdf' % inv, 'application', 'pdf', pdf)],
                note='vendor invoice; PO number passes Luhn')


def n_it_nas(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'tous@%s' % dom if lang == 'fr' else 'all-staff@%s' % dom
    if lang == 'fr':
        subj = 'Maintenance du NAS du laboratoire — samedi'
        body = ("Bonjour,\n\nLe NAS \\\\nas-labo-02 (lecteur L:) sera indisponible samedi de 22 h à 2 h pour mise à jour du micrologiciel.\n"
                "Le SIL n'est pas touché. Billet : INC%s.\n\nCentre de services TI\npostes 4357" % g.digits(7))
    else:
        subj = 'Lab NAS maintenance – Saturday night'
        body = ("Hello,\n\nThe lab NAS (\\\\nas-lab-02, drive L:) will be down Saturday 22:00-02:00 for firmware updates. LIS not affected. Ticket INC%s.\n\nIT Service Desk" % g.digits(7))
    return dict(cat='it_notice', frm=frm, to=to, subject=subj, text=body, note='IT notice about network storage (NAS)')


def n_blank_form(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'chefs-unite@%s' % dom if lang == 'fr' else 'unit-managers@%s' % dom
    if lang == 'fr':
        lines = ['Formulaire de signalement d\'une réaction transfusionnelle (version 2026-01)', '', 'Nom du patient : ____________________',
                 'NAM : ____________  Dossier : ____________', 'Date de naissance : ____/____/______', 'No de l\'unité : ____________',
                 'Signes observés : [ ] fièvre  [ ] frissons  [ ] urticaire  [ ] dyspnée  [ ] hypotension']
        subj = 'Nouvelle version du formulaire de réaction transfusionnelle'
        body = 'Bonjour,\n\nVeuillez remplacer les anciennes copies par ce formulaire vierge (PDF). Les anciennes versions seront refusées après le 1er mars.\n\n' + sig(me, 'agente de sécurité transfusionnelle', org, dom, lang, g)
    else:
        lines = ['Transfusion Reaction Reporting Form (rev. 2026-01)', '', 'Patient name: ____________________', 'Health card: ____________  MRN: ____________',
                 'DOB: ____/____/______', 'Unit number: ____________', 'Signs: [ ] fever [ ] chills [ ] hives [ ] dyspnea [ ] hypotension']
        subj = 'Updated transfusion reaction form'
        body = 'Hi,\n\nPlease replace old copies with this blank form (PDF). Old versions not accepted after March 1.\n\n' + sig(me, 'Transfusion Safety Officer', org, dom, lang, g)
    return dict(cat='blank_form', frm=frm, to=to, subject=subj, text=body,
                atts=[('formulaire_reaction.pdf' if lang == 'fr' else 'reaction_form.pdf', 'application', 'pdf', make_pdf(lines[0], lines[1:]))],
                note='blank form template with empty patient fields')



def n_grand_rounds(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    spk = g.staff(lang)
    to = 'medecins@%s' % dom if lang == 'fr' else 'medical-staff@%s' % dom
    topic = g.ch([('Thrombopénie induite par l\'héparine : anti-PF4 et VITT', 'Heparin-induced thrombocytopenia: anti-PF4 and VITT'),
                  ('Drépanocytose : échanges transfusionnels', 'Sickle cell disease: exchange transfusion'),
                  ('Candida auris : ce que le labo doit savoir', 'Candida auris: what the lab needs to know'),
                  ('Myélome multiple et interférences en banque de sang (daratumumab)', 'Daratumumab interference in pretransfusion testing')])
    d = g.date()
    if lang == 'fr':
        subj = 'Grande tournée — %s' % topic[0]
        body = "Bonjour,\n\nGrande tournée du département, %s à 12 h, amphithéâtre A.\nConférencier%s : Dr%s %s %s, hématologue, qui traite depuis 15 ans les patients atteints de cette maladie.\nThème : %s\nCrédits de formation : 1 h (section 1).\n\n%s" % (
            d.isoformat(), '' if spk['sex'] == 'M' else 'ère', '' if spk['sex'] == 'M' else 'e', spk['first'], spk['last'], topic[0], sig(me, 'adjointe administrative', org, dom, lang, g, False))
    else:
        subj = 'Grand Rounds – %s' % topic[1]
        body = "Hi all,\n\nDepartment Grand Rounds %s at noon, Auditorium A.\nSpeaker: Dr. %s %s, hematologist who runs the regional clinic for this disease.\nTopic: %s\n1 hr Section 1 credit.\n\n%s" % (
            d.isoformat(), spk['first'], spk['last'], topic[1], sig(me, 'Admin Assistant', org, dom, lang, g, False))
    return dict(cat='grand_rounds', frm=frm, to=to, subject=subj, text=body, note='speaker (physician) named next to a disease topic')


def n_committee(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'comite-transfusion@%s' % dom if lang == 'fr' else 'transfusion-committee@%s' % dom
    if lang == 'fr':
        subj = 'Comité de médecine transfusionnelle — compte rendu %s' % g.date().isoformat()
        body = ("Points saillants :\n1. Indicateurs T%d : %d culots transfusés, taux de péremption %.1f %%, %d réactions déclarées (toutes mineures).\n"
                "2. Audit des indications plaquettaires : conformité %d %%.\n3. Nouveau PON de transfusion massive adopté.\nProchaine réunion : %s.\n\n%s" %
                (g.ri(1, 4), g.ri(800, 2400), g.ri(5, 40) / 10, g.ri(2, 14), g.ri(60, 95), g.date().isoformat(), sig(me, 'secrétaire du comité', org, dom, lang, g, False)))
    else:
        subj = 'Transfusion Committee minutes – %s' % g.date().isoformat()
        body = ("Highlights:\n1. Q%d indicators: %d RBC units transfused, wastage %.1f%%, %d reactions reported (all minor).\n2. Platelet audit: %d%% appropriate.\n"
                "3. New massive hemorrhage protocol approved.\nNext meeting %s.\n\n%s" % (g.ri(1, 4), g.ri(800, 2400), g.ri(5, 40) / 10, g.ri(2, 14), g.ri(60, 95), g.date().isoformat(), sig(me, 'Committee Secretary', org, dom, lang, g, False)))
    return dict(cat='committee_minutes', frm=frm, to=to, subject=subj, text=body, note='committee minutes with aggregate indicators')


def n_hand_hygiene(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'chefs-unite@%s' % dom if lang == 'fr' else 'unit-managers@%s' % dom
    rows = [[u, g.ri(40, 160), '%d %%' % g.ri(55, 98)] for u in g.r.sample(['4B', '5C', '6N', '7S', 'USI', 'Urgence', 'Hémodialyse', 'Bloc'], 5)]
    hdr = ['Unité', 'Occasions observées', 'Conformité'] if lang == 'fr' else ['Unit', 'Opportunities', 'Compliance']
    subj = 'Audit hygiène des mains — résultats' if lang == 'fr' else 'Hand hygiene audit results'
    intro = 'Résultats du mois :\n\n' if lang == 'fr' else 'This month\'s results:\n\n'
    body = intro + table_text(hdr, rows) + '\n\n' + sig(me, 'PCI' if lang == 'fr' else 'IPAC', org, dom, lang, g, False)
    xl = make_xlsx('Audit', hdr, rows)
    return dict(cat='hand_hygiene_audit', frm=frm, to=to, subject=subj, text=body,
                atts=[('audit_HM.xlsx' if lang == 'fr' else 'HH_audit.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', xl)],
                note='hand hygiene compliance by unit (aggregate)')


def n_facilities(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'tous@%s' % dom if lang == 'fr' else 'all-staff@%s' % dom
    k = g.ri(0, 2)
    if lang == 'fr':
        subj, body = [('Stationnement P3 fermé lundi', 'Bonjour,\n\nLe stationnement P3 sera fermé lundi pour le déneigement. Utilisez le P1 (accès par la rue Sherbrooke). Vignettes acceptées.\n\nService de la sécurité'),
                      ('Cafétéria — menu de la semaine', 'Bonjour,\n\nLundi : pâté chinois. Mardi : saumon, riz. Mercredi : chili végé. Jeudi : poulet au beurre. Vendredi : poisson.\nCarte fidélité : 10e café gratuit.\n\nServices alimentaires'),
                      ('Coupure d\'eau chaude — aile B', 'Bonjour,\n\nCoupure d\'eau chaude dans l\'aile B (laboratoires 2e étage) mercredi de 6 h à 9 h. Les douches oculaires restent fonctionnelles.\n\nServices techniques')][k]
    else:
        subj, body = [('Parking lot P3 closed Monday', 'Hi,\n\nLot P3 closed Monday for snow removal. Use P1 (Elgin entrance). Permits honoured.\n\nSecurity Services'),
                      ('Cafeteria menu this week', 'Mon: shepherd\'s pie. Tue: salmon. Wed: veggie chili. Thu: butter chicken. Fri: fish & chips.\n\nFood Services'),
                      ('Hot water shutdown – B wing', 'Hi,\n\nHot water off in B wing (2nd floor labs) Wednesday 06:00-09:00. Eyewash stations unaffected.\n\nFacilities')][k]
    return dict(cat='facilities', frm=frm, to=to, subject=subj, text=body, note='facilities / cafeteria / parking notice')


def n_fit_test(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'labo-micro@%s' % dom if lang == 'fr' else 'micro-lab@%s' % dom
    rows = []
    for _ in range(g.ri(5, 9)):
        s = g.staff(lang)
        rows.append([s['last'], s['first'], g.digits(6), g.ch(['08:00', '08:20', '08:40', '09:00', '09:20', '13:00']), g.ch(['3M 1870+', '3M 8210', 'Halyard'])])
    hdr = ['Nom', 'Prénom', 'Matricule', 'Heure', 'Modèle N95'] if lang == 'fr' else ['Last', 'First', 'Employee #', 'Time', 'N95 model']
    subj = 'Essais d\'ajustement N95 — horaire' if lang == 'fr' else 'N95 fit testing – schedule'
    intro = ('Horaire des essais d\'ajustement (Santé et sécurité au travail) :\n\n' if lang == 'fr' else 'Fit testing schedule (Occupational Health & Safety):\n\n')
    body = intro + table_text(hdr, rows) + ('\n\nNe rien manger 30 min avant. Rasage requis.\n' if lang == 'fr' else '\n\nNo food 30 min before. Clean-shaven please.\n') + me['first']
    return dict(cat='staff_fit_test', frm=frm, to=to, subject=subj, text=body, atts=[('horaire.csv' if lang == 'fr' else 'schedule.csv', 'text', 'csv', make_csv(hdr, rows))],
                note='staff fit-test schedule with employee numbers')


def n_staff_leave(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    col = g.staff(lang)
    to = 'bds-equipe@%s' % dom if lang == 'fr' else 'bb-team@%s' % dom
    if lang == 'fr':
        subj = 'Absence de %s — réorganisation des quarts' % col['first']
        body = "Bonjour l'équipe,\n\n%s %s sera en congé de maladie pour 3 semaines (chirurgie prévue). Merci de ne pas la/le contacter pendant son congé.\nJe cherche des volontaires pour les soirs du 12 au 16. Temps supplémentaire autorisé.\n\n%s" % (col['first'], col['last'], sig(me, 'chef d\'équipe', org, dom, lang, g, False))
    else:
        subj = '%s out – shift coverage' % col['first']
        body = "Hi team,\n\n%s %s will be on medical leave for 3 weeks. Please give them space.\nLooking for volunteers for evenings 12-16. OT approved.\n\n%s" % (col['first'], col['last'], sig(me, 'Charge Technologist', org, dom, lang, g, False))
    return dict(cat='hr_staff_leave', frm=frm, to=to, subject=subj, text=body, note='HR: colleague on sick leave (staff, not patient)')


def n_conference(g, lang):
    src, frm = ext(g, lang, ['congres-biomed.example'] if lang == 'fr' else ['labmed-conf.example'])
    me, to = who(g, lang)
    sp = [g.staff(lang) for _ in range(4)]
    if lang == 'fr':
        subj = 'Programme — Journées québécoises de biologie médicale %d' % 2026
        prog = ['08:30 Ouverture', '09:00 Dr %s %s — Sepsis : le rôle du laboratoire' % (sp[0]['first'], sp[0]['last']),
                '10:15 Dre %s %s — Anémie ferriprive chez la femme enceinte' % (sp[1]['first'], sp[1]['last']),
                '13:30 %s %s, T.M. — Hémovigilance : 10 ans de données' % (sp[2]['first'], sp[2]['last']),
                '15:00 Table ronde — Pénurie de personnel']
    else:
        subj = 'Program – Ontario Laboratory Medicine Day 2026'
        prog = ['08:30 Welcome', '09:00 Dr. %s %s - Sepsis: the lab\'s role' % (sp[0]['first'], sp[0]['last']),
                '10:15 Dr. %s %s - Iron deficiency in pregnancy' % (sp[1]['first'], sp[1]['last']),
                '13:30 %s %s, MLT - Hemovigilance: 10 years of data' % (sp[2]['first'], sp[2]['last']), '15:00 Panel - staffing shortages']
    body = '\n'.join(prog) + ('\n\nInscription : https://congres-biomed.example\n' if lang == 'fr' else '\n\nRegister: https://labmed-conf.example\n')
    htm = '<html><body><h2>%s</h2><ul>%s</ul></body></html>' % (html.escape(subj), ''.join('<li>%s</li>' % html.escape(x) for x in prog))
    return dict(cat='conference_programme', frm=frm, to=to, subject=subj, text=body, html=htm, mode=g.ch(['html', 'alt']),
                note='conference programme, speakers and topics')


def n_donation_stats(g, lang):
    src, frm = ext(g, lang, ['dono-qc.example'] if lang == 'fr' else ['giftnet-on.example'])
    me, to = who(g, lang)
    if lang == 'fr':
        subj = 'Rapport annuel — don d\'organes et de tissus %d' % 2025
        body = "Bonjour,\n\nEn 2025, votre établissement a référé %d donneurs potentiels ; %d donneurs effectifs ont permis %d greffes. Taux de référence : %d %%.\nMerci à vos équipes de soins intensifs.\n\nDirection clinique" % (g.ri(10, 40), g.ri(4, 15), g.ri(12, 50), g.ri(70, 99))
    else:
        subj = 'Annual donation report 2025'
        body = "Hello,\n\nIn 2025 your hospital referred %d potential donors; %d actual donors enabled %d transplants. Routine notification rate %d%%.\n\nHospital Programs" % (g.ri(10, 40), g.ri(4, 15), g.ri(12, 50), g.ri(70, 99))
    return dict(cat='donation_statistics', frm=frm, to=to, subject=subj, text=body, note='aggregate organ donation statistics')


def n_vendor_quote(g, lang):
    ven, frm = ext(g, lang, VEND_DOMS)
    me, to = who(g, lang)
    q = 'Q-%s' % g.digits(6)
    if lang == 'fr':
        subj = 'Soumission %s — centrifugeuse réfrigérée' % q
        body = "Bonjour,\n\nTel que discuté, soumission %s : centrifugeuse réfrigérée modèle CR-4000, 18 450 $ avant taxes, installation et qualification (IQ/OQ) incluses. Garantie 2 ans. Valide 60 jours.\n\n%s" % (q, sig(ven, 'représentant', 'MediSupply', 'medisupply.example', lang, g, False))
    else:
        subj = 'Quote %s – refrigerated centrifuge' % q
        body = "Hi,\n\nAs discussed, quote %s: refrigerated centrifuge CR-4000, $18,450 before tax, IQ/OQ included. 2-year warranty. Valid 60 days.\n\n%s" % (q, sig(ven, 'Account Manager', 'MediSupply', 'medisupply.example', lang, g, False))
    return dict(cat='vendor_quote', frm=frm, to=to, subject=subj, text=body, note='vendor quote')


def n_lis_downtime(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'labo-tous@%s' % dom if lang == 'fr' else 'lab-all@%s' % dom
    if lang == 'fr':
        subj = 'Arrêt planifié du SIL — procédure de relève'
        body = "Bonjour,\n\nLe SIL sera arrêté dimanche de 1 h à 5 h (mise à niveau). Procédure :\n- requêtes papier (formulaire AH-xxx) et étiquettes pré-imprimées\n- résultats critiques : téléphoner et consigner dans le registre\n- saisie rétroactive à la reprise\n\n%s" % sig(me, 'pilote SIL', org, dom, lang, g)
    else:
        subj = 'Planned LIS downtime – downtime procedure'
        body = "Hi,\n\nLIS down Sunday 01:00-05:00 for upgrade. Procedure:\n- paper requisitions and downtime labels\n- phone critical results and log them\n- back-enter results after recovery\n\n%s" % sig(me, 'LIS Analyst', org, dom, lang, g)
    return dict(cat='lis_downtime', frm=frm, to=to, subject=subj, text=body, note='LIS downtime procedure')


def n_tdg(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang)
    if lang == 'fr':
        subj = 'Rappel — emballage des échantillons (UN3373, catégorie B)'
        body = "Bonjour,\n\nRappel aux sites de prélèvement : triple emballage, matériel absorbant, étiquette UN3373 « Matière biologique, catégorie B ». Les glacières non conformes seront retournées.\nFormation TMD disponible sur la plateforme.\n\n%s" % sig(me, 'coordonnateur réception des spécimens', org, dom, lang, g)
    else:
        subj = 'Reminder – specimen packaging (UN3373 Category B)'
        body = "Hello,\n\nReminder to collection sites: triple packaging, absorbent material, UN3373 label. Non-compliant coolers will be returned.\nTDG training available online.\n\n%s" % sig(me, 'Specimen Receiving Lead', org, dom, lang, g)
    return dict(cat='specimen_packaging', frm=frm, to=to, subject=subj, text=body, note='TDG packaging reminder')


def n_newsletter(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'tous@%s' % dom if lang == 'fr' else 'all-staff@%s' % dom
    if lang == 'fr':
        subj = 'L\'Éprouvette — infolettre du laboratoire, %s' % g.ch(['janvier', 'février', 'mars', 'avril'])
        items = ['Bienvenue aux %d nouvelles T.M.' % g.ri(2, 6), 'Semaine des laboratoires : concours de photo', 'Nouveau test : PCR multiplex gastro-intestinal',
                 'Rappel : le délai de la troponine hs est maintenant de 45 min', 'Félicitations à l\'équipe de microbiologie pour l\'agrément']
    else:
        subj = 'The Pipette – lab newsletter, %s' % g.ch(['January', 'February', 'March', 'April'])
        items = ['Welcome %d new MLTs' % g.ri(2, 6), 'Lab Week photo contest', 'New test: GI multiplex PCR', 'hs-troponin TAT now 45 min', 'Congrats to Micro on accreditation']
    body = '\n'.join('* ' + i for i in items) + '\n\n' + org
    htm = '<html><body style="font-family:Arial"><h1>%s</h1>%s<hr><small>%s</small></body></html>' % (html.escape(subj), ''.join('<h3>%s</h3><p>…</p>' % html.escape(i) for i in items), html.escape(org))
    return dict(cat='newsletter', frm=frm, to=to, subject=subj, text=body, html=htm, mode=g.ch(['html', 'alt']), note='internal newsletter')


def n_flu_clinic(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'tous@%s' % dom if lang == 'fr' else 'all-staff@%s' % dom
    if lang == 'fr':
        subj = 'Vaccination antigrippale du personnel — cliniques mobiles'
        body = "Bonjour,\n\nLa clinique mobile passera au laboratoire le %s de 10 h à 14 h. Apportez votre carte d'employé. Taux de vaccination actuel du personnel : %d %%.\n\nSanté et sécurité au travail" % (g.date().isoformat(), g.ri(40, 75))
    else:
        subj = 'Staff flu vaccine – roving clinic'
        body = "Hi,\n\nRoving flu clinic in the lab %s 10:00-14:00. Bring your staff ID. Current staff coverage %d%%.\n\nOccupational Health" % (g.date().isoformat(), g.ri(40, 75))
    return dict(cat='staff_vaccination', frm=frm, to=to, subject=subj, text=body, note='staff vaccination clinic notice')



def n_reply_thread(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, VEND_DOMS)
    lot = g.lot()
    if lang == 'fr':
        orig = "Bonjour,\n\nLa livraison des cartes gel (lot %s, exp. 2026-09-30) est retardée au %s à cause d'un problème de transport réfrigéré.\nSouhaitez-vous un envoi partiel ?\n\nService à la clientèle" % (lot, g.date().isoformat())
        top = "Oui, envoi partiel svp (10 boîtes), notre stock tient 4 jours. BC à suivre.\n\n" + sig(me, 'T.M., approvisionnement', org, dom, lang, g, False)
        subj = 'RE: Retard de livraison — lot %s' % lot
    else:
        orig = "Hello,\n\nDelivery of gel cards (lot %s, exp 2026-09-30) delayed to %s due to a cold-chain carrier issue.\nWould you like a partial shipment?\n\nCustomer Service" % (lot, g.date().isoformat())
        top = "Yes please, partial shipment (10 boxes); we have 4 days of stock. PO to follow.\n\n" + sig(me, 'MLT, Inventory', org, dom, lang, g, False)
        subj = 'RE: Delivery delay – lot %s' % lot
    body = top + '\n\n' + quote(orig, ot['first'] + ' ' + ot['last'], g.date().isoformat(), lang)
    return dict(cat='reply_supply', frm=frm, to=to, subject=subj, text=body, reply=True, note='reply on top of a quoted supplier thread')


def n_fwd_attached_notice(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    to = 'labo-tous@%s' % dom if lang == 'fr' else 'lab-all@%s' % dom
    src_p, src = ext(g, lang, ['hema-exemple.example'] if lang == 'fr' else ['cbe.example'])
    if lang == 'fr':
        itxt = "Avis aux clients : à compter du %s, les plaquettes seront traitées par réduction des pathogènes. Aucune modification des seuils de transfusion.\n\nHéma-Exemple" % g.date().isoformat()
        inner = inner_eml(g, src, frm, 'Avis aux clients — plaquettes', itxt, lang)
        body = 'Pour information, voir le courriel joint.\n\n' + me['first']
        subj = 'TR: Avis aux clients — plaquettes'
    else:
        itxt = "Customer letter: effective %s all platelets will be pathogen-reduced. No change to transfusion thresholds.\n\nCanadian Blood Exemple" % g.date().isoformat()
        inner = inner_eml(g, src, frm, 'Customer letter – platelets', itxt, lang)
        body = 'FYI, see attached e-mail.\n\n' + me['first']
        subj = 'FW: Customer letter – platelets'
    return dict(cat='forward_notice', frm=frm, to=to, subject=subj, text=body, atts=[('eml', inner)], note='forward of a supplier notice attached as .eml')


def n_qc_export_zip(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, ['iqmh-exemple.example', 'diagnostix.example'])
    hdr = ['date', 'analyte', 'control_lot', 'level', 'value', 'mean', 'sd']
    rows = []
    lot = g.lot()
    for i in range(20):
        rows.append(['2026-01-%02d' % (i % 28 + 1), g.ch(['NA', 'K', 'CL', 'CREA', 'GLU']), lot, g.ri(1, 3), '%.2f' % (g.ri(350, 1500) / 100), '8.00', '0.30'])
    z = make_zip([('qc_export.csv', make_csv(hdr, rows)), ('LISEZMOI.txt' if lang == 'fr' else 'README.txt', b'Export Unity / peer group\r\n')])
    subj = 'Export CQ pour comparaison inter-laboratoires' if lang == 'fr' else 'QC export for peer comparison'
    body = ('Bonjour,\n\nFichier zip ci-joint (données CQ de janvier, lot %s).\n\n' if lang == 'fr' else 'Hi,\n\nZip attached (January QC data, lot %s).\n\n') % lot + sig(me, 'T.M.' if lang == 'fr' else 'MLT', org, dom, lang, g, False)
    return dict(cat='qc_export_zip', frm=frm, to=to, subject=subj, text=body, atts=[('qc_export.zip', 'application', 'zip', z)], note='zipped QC data export (no patient data)')


def n_aggregate_reportable(g, lang):
    src, frm = ext(g, lang, ['dsp-exemple.example'] if lang == 'fr' else ['rideauph.example'])
    me, to = who(g, lang)
    dz = g.r.sample(MADO, 5)
    rows = [[d[0] if lang == 'fr' else d[1], g.ri(0, 25), g.ri(0, 25)] for d in dz]
    hdr = ['Maladie', 'Sem. courante', 'Moy. 5 ans'] if lang == 'fr' else ['Disease', 'This week', '5-yr avg']
    subj = 'Surveillance hebdomadaire MADO — semaine %d' % g.ri(1, 52) if lang == 'fr' else 'Weekly reportable disease surveillance – week %d' % g.ri(1, 52)
    body = table_text(hdr, rows) + ('\n\nDonnées préliminaires.\nDirection de santé publique' if lang == 'fr' else '\n\nPreliminary data.\nPublic Health')
    return dict(cat='surveillance_aggregate', frm=frm, to=to, subject=subj, text=body,
                atts=[('surveillance.pdf', 'application', 'pdf', make_pdf(subj, body.split('\n')))], note='aggregate counts of reportable diseases')


def p_sendouts_xlsx(g, lang):
    dom, org = site(g, lang)
    me, frm = who(g, lang, dom)
    ot, to = ext(g, lang, ['lspq-exemple.example'] if lang == 'fr' else ['iqmh-exemple.example'])
    rows = []
    for _ in range(g.ri(4, 8)):
        if lang == 'fr':
            p = g.nam_patient()
            rows.append([p['last'], p['first'], p['dob'], p['nam'], g.accession(), g.ch(['Sérologie Lyme', 'PCR rougeole', 'Génotypage VHC', 'Western blot VIH'])])
        else:
            p = g.patient(lang, 'on')
            rows.append([p['last'], p['first'], p['dob'], p['hn'], g.accession(), g.ch(['Lyme serology', 'Measles PCR', 'HCV genotype', 'HIV confirmatory'])])
    hdr = ['Nom', 'Prénom', 'DDN', 'NAM', 'No accession', 'Analyse'] if lang == 'fr' else ['Last', 'First', 'DOB', 'HCN', 'Accession', 'Test']
    subj = 'Manifeste d\'envoi — analyses référées' if lang == 'fr' else 'Send-out manifest – referred tests'
    body = ('Bonjour,\n\nManifeste de l\'envoi de ce jour ci-joint (boîte 1 de 1).\n\n' if lang == 'fr' else 'Hello,\n\nToday\'s send-out manifest attached (box 1 of 1).\n\n') + sig(me, 'T.M.' if lang == 'fr' else 'MLT', org, dom, lang, g)
    return dict(cat='sendout_manifest', frm=frm, to=to, subject=subj, text=body,
                atts=[('manifeste.xlsx' if lang == 'fr' else 'sendouts.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Envoi', hdr, rows))],
                types=['patient_name', 'date_of_birth', 'ramq_nam' if lang == 'fr' else 'ca_health_number', 'diagnosis'],
                note='send-out manifest spreadsheet with names, birth dates, health numbers and tests')


# ================================================================ driver
def registry():
    pos = [f for n, f in sorted(globals().items()) if n.startswith('p_') and callable(f)]
    neg = [f for n, f in sorted(globals().items()) if n.startswith('n_') and callable(f)]
    return pos, neg


def plan(rng, funcs, count):
    """Round-robin over templates (shuffled each round); languages alternate per template."""
    out = []
    lang_state = {f.__name__: rng.randint(0, 1) for f in funcs}
    while len(out) < count:
        order = funcs[:]
        rng.shuffle(order)
        for f in order:
            if len(out) >= count:
                break
            lang = 'fr' if lang_state[f.__name__] % 2 == 0 else 'en'
            lang_state[f.__name__] += 1
            out.append((f, lang))
    return out


TRANSPORTS = dict(mode=['plain', 'plain', 'html', 'alt', 'alt'], charset=['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'],
                  cte=['quoted-printable', 'base64', '8bit'], linesep=['\n', '\r\n'])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    rng = random.Random(SEED)
    random.seed(SEED)  # email's fallback boundary generator uses the global RNG
    g = G(rng, load_nams())
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    pos_f, neg_f = registry()
    labels = {}
    stats = dict(cat={}, lang={}, transport={})
    for is_pos, items in ((True, plan(rng, pos_f, N_POS)), (False, plan(rng, neg_f, N_NEG))):
        for i, (f, lang) in enumerate(items, 1):
            spec = f(g, lang)
            lang = spec.get('lang', lang)
            tp = {k: g.ch(v) for k, v in TRANSPORTS.items()}
            msg = build_message(g, spec, tp)
            pol = email.policy.default.clone(linesep=tp['linesep'])
            data = msg.as_bytes(policy=pol)
            rel = '%s/%s%03d_%s.eml' % ('positive' if is_pos else 'negative', 'p' if is_pos else 'n', i, spec['cat'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            types = sorted(set(spec.get('types', []))) if is_pos else []
            labels[rel] = dict(confidential=is_pos, types=types, lang=lang, note=spec['note'])
            stats['cat'][spec['cat']] = stats['cat'].get(spec['cat'], 0) + 1
            stats['lang'][lang] = stats['lang'].get(lang, 0) + 1
            ct = msg.get_content_type()
            if ct == 'multipart/alternative' or (ct == 'multipart/mixed' and any(p.get_content_type() == 'multipart/alternative' for p in msg.iter_parts())):
                pass
            key = '%s; %s; %s' % (ct, 'CRLF' if tp['linesep'] == '\r\n' else 'LF', 'reply' if spec.get('reply') else 'new')
            stats['transport'][ct] = stats['transport'].get(ct, 0) + 1
            stats['transport']['CRLF' if tp['linesep'] == '\r\n' else 'LF'] = stats['transport'].get('CRLF' if tp['linesep'] == '\r\n' else 'LF', 0) + 1
            for part in msg.walk():
                if not part.is_multipart() and part.get_content_maintype() == 'text':
                    k = 'charset=%s' % part.get_content_charset()
                    stats['transport'][k] = stats['transport'].get(k, 0) + 1
                    k = 'cte=%s' % part.get('Content-Transfer-Encoding', '7bit')
                    stats['transport'][k] = stats['transport'].get(k, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    # ---- self-check
    problems = []
    files = sorted('%s/%s' % (sub, n) for sub in ('positive', 'negative') for n in os.listdir(os.path.join(out, sub)))
    if set(files) != set(labels):
        problems.append('labels do not cover exactly the files')
    for rel in files:
        problems += check_file(os.path.join(out, rel))
        lab = labels[rel]
        if lab['confidential'] != rel.startswith('positive/'):
            problems.append(rel + ': label/folder mismatch')
        if lab['confidential'] and not lab['types']:
            problems.append(rel + ': positive without types')
        if not lab['confidential'] and lab['types']:
            problems.append(rel + ': negative with types')
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        h.update(rel.encode() + b'\0')
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(fh.read())
    npos = sum(1 for v in labels.values() if v['confidential'])
    print('files: %d  positives: %d  negatives: %d' % (len(files), npos, len(files) - npos))
    for k in ('lang', 'cat', 'transport'):
        print(k + ': ' + json.dumps(dict(sorted(stats[k].items())), ensure_ascii=False))
    print('sha256: ' + h.hexdigest())
    if problems:
        print('PROBLEMS:')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print('self-check OK')


if __name__ == '__main__':
    main()
