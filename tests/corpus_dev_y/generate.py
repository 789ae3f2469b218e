#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (cardiology / nephrology /
dialysis / transplant / anticoagulation / heart-failure / cardiac rehab flavour).
Written blind: the writer read none of the project. All data are invented.
Usage: python generate.py [--out DIR] [--seed 4545]
"""
import argparse, hashlib, io, json, os, random, re, sys, zipfile, datetime
import email, email.policy, email.utils
from email.message import EmailMessage

from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum import luhn

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4545
N_POS, N_NEG = 85, 115
FIXED_DT = (2026, 11, 1, 0, 0, 0)

# ---------------------------------------------------------------- NAM list
def load_nams():
    p = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    out = []
    with open(p, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            s, g, d, sex, nam = line.split()
            out.append(dict(surname=s, given=g, dob=d, sex=sex, nam=nam))
    return out

# ---------------------------------------------------------------- pools
SURN = ['Tremblay', 'Côté', 'Bergeron', 'Dubé', 'Lavoie', 'Hébert', 'Desjardins', 'Mercier', 'Lefebvre', 'Poulin',
        'Campbell', 'Anderson', 'MacLeod', 'Patel', 'Nguyen', 'Singh', 'Kowalski', 'Thompson', 'Sullivan', 'Chen',
        "O'Brien", 'Ferreira', 'Haddad', 'Rossi', 'Boudreau', 'Leclerc', 'Vachon', 'Grant', 'Fraser', 'Stewart']
GIV_F = ['Lucie', 'Chantal', 'Margaret', 'Louise', 'Priya', 'Linda', 'Hélène', 'Francine', 'Karen', 'Mei', 'Ana', 'Yvette']
GIV_M = ['Gérard', 'Raymond', 'Kevin', 'Daniel', 'Harpreet', 'Paul', 'Réjean', 'Bruce', 'Minh', 'Tony', 'Normand', 'Walter']
STAFF = [('Dre', 'Dr', 'Isabelle', 'Faucher', 'néphrologue', 'nephrologist'),
         ('Dr', 'Dr', 'Martin', 'Drouin', 'cardiologue', 'cardiologist'),
         ('Dre', 'Dr', 'Sarah', 'Whitfield', 'cardiologue', 'cardiologist'),
         ('Dr', 'Dr', 'Amir', 'Kassem', 'néphrologue', 'nephrologist'),
         ('Dre', 'Dr', 'Julie', 'Roy', 'hépatologue', 'hepatologist'),
         ('Dr', 'Dr', 'Philippe', 'Gagné', 'chirurgien de transplantation', 'transplant surgeon'),
         ('Dr', 'Dr', 'Ian', 'McKenzie', 'électrophysiologiste', 'electrophysiologist'),
         ('Dre', 'Dr', 'Nadia', 'Belkacem', 'interniste', 'internist')]
NURSES = [('Josiane', 'Plante', 'inf. clinicienne'), ('Karine', 'Ménard', 'infirmière'), ('Tom', 'Richards', 'RN'),
          ('Émilie', 'Caouette', 'infirmière coordonnatrice'), ('Brenda', 'Kelly', 'RN, BScN'),
          ('Marc-André', 'Sirois', 'inf. aux.'), ('Rachel', 'Goldberg', 'NP'), ('Sophie', 'Labrecque', 'pharmacienne')]
IN_DOM = ['chu-exemple.example', 'ciusss-estrie-exemple.example', 'hopital-riviere.example', 'lakeshore-health.example',
          'heartinstitute-on.example', 'cisss-laurentides.example']
OUT_DOM = ['clinique-dialyse-laval.example', 'transplant-qc.example', 'pharmacie-belair.example', 'gmfu-verdun.example',
           'transport-adapte.example', 'cardiotek-medical.example', 'renalcare-supply.example', 'homecare-on.example',
           'familymed-kingston.example', 'courriel.example', 'assurances-boreal.example', 'labo-centrale.example']
UNITS_FR = ['Hémodialyse 2e', 'USC (soins coronariens)', 'Clinique d\'IC', 'Clinique d\'anticoagulation', 'Greffe rénale 7C',
            'Réadaptation cardiaque', 'Clinique de stimulateurs']
UNITS_EN = ['Hemodialysis Unit', 'CCU', 'Heart Function Clinic', 'Anticoagulation Clinic', 'Multi-Organ Transplant',
            'Cardiac Rehab', 'Device Clinic']
STREETS = ['rue des Érables', 'boul. Saint-Joseph', 'rue Principale', 'av. du Parc', 'King St W', 'Elm Street',
           'chemin du Lac', 'rue Notre-Dame Est', 'Baseline Rd', 'Concession Rd 4']
CITIES_QC = ['Laval', 'Longueuil', 'Sherbrooke', 'Saint-Jérôme', 'Granby', 'Trois-Rivières', 'Montréal']
CITIES_ON = ['Kingston', 'Ottawa', 'Cornwall', 'Belleville', 'Brockville', 'Hawkesbury']
DISCL_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu "
            "par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCL_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the addressee. "
            "If received in error, please notify the sender and delete it.")


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.nams = load_nams()
        self.nam_i = 0
        self.counter = 0
        self.r.shuffle(self.nams)

    # ----- identifiers
    def sin(self):
        r = self.r
        while True:
            base = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
            s = base + luhn.calc_check_digit(base)
            if ca_sin.is_valid(s):
                return s

    def ohn(self):
        r = self.r
        base = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
        s = base + luhn.calc_check_digit(base)
        assert luhn.is_valid(s) and len(s) == 10
        return s

    def niss(self, dob, sex):
        r = self.r
        y, m, d = dob.split('-')
        for _ in range(1000):
            seq = r.randint(1, 997)
            if (seq % 2 == 1) != (sex == 'M'):
                continue
            body = y[2:] + m + d + '%03d' % seq
            n = int(body) if int(y) < 2000 else int('2' + body)
            chk = 97 - n % 97
            s = body + '%02d' % chk
            if be_nn.is_valid(s):
                return s
        raise RuntimeError('niss')

    def nir(self, dob, sex):
        r = self.r
        y, m, d = dob.split('-')
        for _ in range(1000):
            body = ('1' if sex == 'M' else '2') + y[2:] + m + '%02d' % r.randint(1, 95) + '%03d' % r.randint(1, 990) + '%03d' % r.randint(1, 999)
            s = body + '%02d' % (97 - int(body) % 97)
            if fr_nir.is_valid(s):
                return s
        raise RuntimeError('nir')

    def mrn(self):
        r = self.r
        k = r.randint(0, 4)
        if k == 0:
            return str(r.randint(1000000, 9999999))
        if k == 1:
            return '%08d' % r.randint(100000, 99999999)
        if k == 2:
            return r.choice(['H', 'M', 'K', 'R']) + str(r.randint(100000, 9999999))
        if k == 3:
            return 'MRN' + str(r.randint(1000000, 9999999))
        return '%02d-%06d' % (r.randint(10, 99), r.randint(0, 999999))

    def phone(self, area=None):
        r = self.r
        return '(%s) 555-%04d' % (area or r.choice(['514', '450', '819', '613', '343', '438']), r.randint(100, 9999))

    def addr(self, on=False):
        r = self.r
        return '%d %s, %s' % (r.randint(3, 9999), r.choice(STREETS), r.choice(CITIES_ON if on else CITIES_QC))

    # ----- people
    def patient(self, quebec=True, use_nam=None):
        r = self.r
        if use_nam is None:
            use_nam = quebec and r.random() < 0.7
        if use_nam:
            while True:  # adult programmes: skip minors on the list
                p = dict(self.nams[self.nam_i % len(self.nams)])
                self.nam_i += 1
                if int(p['dob'][:4]) <= 2006:
                    break
        else:
            sex = r.choice('FM')
            p = dict(surname=r.choice(SURN), given=r.choice(GIV_F if sex == 'F' else GIV_M), sex=sex,
                     dob='%04d-%02d-%02d' % (r.randint(1935, 2004), r.randint(1, 12), r.randint(1, 28)), nam=None)
        p['mrn'] = self.mrn()
        p['ohn'] = None if quebec else self.ohn()
        p['phone'] = self.phone('613' if not quebec else None)
        p['addr'] = self.addr(on=not quebec)
        p['age'] = 2026 - int(p['dob'][:4])
        return p

    def staff(self):
        return self.r.choice(STAFF)

    def nurse(self):
        return self.r.choice(NURSES)

    def date(self):
        r = self.r
        dt = datetime.datetime(2026, r.choice([10, 11]), r.randint(1, 28), r.randint(7, 18), r.randint(0, 59), r.randint(0, 59),
                               tzinfo=datetime.timezone(datetime.timedelta(hours=-5 if r.random() < 0.7 else -4)))
        return dt

    def addr_mail(self, first, last, dom):
        f = re.sub(r'[^a-z]', '', strip_acc(first).lower())
        l = re.sub(r'[^a-z]', '', strip_acc(last).lower())
        return '%s.%s@%s' % (f, l, dom)


def strip_acc(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


# ---------------------------------------------------------------- formatting helpers
def fmt_name(c, p, lang, style=None):
    r = c.r
    style = style if style is not None else r.randint(0, 6)
    fem = p['sex'] == 'F'
    if style == 0:
        return '%s %s' % (p['given'], p['surname'])
    if style == 1:
        return '%s, %s' % (p['surname'].upper(), p['given'])
    if style == 2:
        t = ('Mme' if fem else 'M.') if lang == 'fr' else ('Mrs.' if fem else 'Mr.')
        return '%s %s' % (t, p['surname'])
    if style == 3:
        return '%s %s' % (p['surname'], p['given'])
    if style == 4:
        return '%s. %s' % (p['given'][0], p['surname'])
    if style == 5:
        t = ('Mme' if fem else 'M.') if lang == 'fr' else ('Ms' if fem else 'Mr')
        return '%s %s %s' % (t, p['given'], p['surname'])
    return '%s %s' % (p['surname'].upper(), p['given'].upper())


FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fmt_nam(c, nam, style=None):
    r = c.r
    style = style if style is not None else r.randint(0, 6)
    if style == 0:
        return nam
    if style == 1:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 2:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 3:
        return nam.lower()
    if style == 4:
        return ' '.join(nam)
    if style == 5:
        return nam[:4] + nam[4:].translate(FW)
    return '%s.%s.%s' % (nam[:4], nam[4:8], nam[8:])


def fmt_dob(c, dob, lang):
    y, m, d = dob.split('-')
    k = c.r.randint(0, 3)
    if k == 0:
        return dob
    if k == 1:
        return '%s/%s/%s' % (d, m, y)
    if k == 2:
        mois = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
        mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
        return ('%d %s %s' % (int(d), mois[int(m) - 1], y)) if lang == 'fr' else ('%s %d, %s' % (mon[int(m) - 1], int(d), y))
    return '%s%s%s' % (y, m, d)


def fmt_ohn(c, h):
    k = c.r.randint(0, 2)
    vc = ''.join(c.r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))
    if k == 0:
        return '%s-%s-%s-%s' % (h[:4], h[4:7], h[7:], vc)
    if k == 1:
        return '%s %s %s' % (h[:4], h[4:7], h[7:])
    return h + vc


def fmt_sin(c, s):
    k = c.r.randint(0, 2)
    return ['%s %s %s', '%s-%s-%s', '%s%s%s'][k] % (s[:3], s[3:6], s[6:])


def sig(c, lang, person=None, dom=None):
    r = c.r
    if person is None:
        n = getattr(c, 'cur', None) or c.nurse()
        name = '%s %s, %s' % (n[0], n[1], n[2])
    else:
        name = person
    unit = r.choice(UNITS_FR if lang == 'fr' else UNITS_EN)
    inst = r.choice(['CHU Exemple – Pavillon Sainte-Anne', 'Hôpital de la Rivière', 'CIUSSS de l\'Estrie (exemple)']) if lang == 'fr' \
        else r.choice(['Lakeshore Health Centre', 'Eastern Ontario Heart Institute (example)', 'Montreal West General (example)'])
    ph = c.phone()
    lines = ['--', name, unit, inst, ('Tél. ' if lang == 'fr' else 'Tel. ') + ph + (' poste %d' % r.randint(2000, 7999) if r.random() < 0.6 else '')]
    if r.random() < 0.5:
        lines.append(DISCL_FR if lang == 'fr' else DISCL_EN)
    return '\n'.join(lines)


def table_text(rows):
    w = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    out = []
    for j, row in enumerate(rows):
        out.append(' | '.join(str(v).ljust(w[i]) for i, v in enumerate(row)).rstrip())
        if j == 0:
            out.append('-+-'.join('-' * x for x in w))
    return '\n'.join(out)


def table_html(rows):
    import html as H
    h = ['<table border="1" cellpadding="3" style="border-collapse:collapse;font-family:Calibri,Arial;font-size:10pt">']
    for j, row in enumerate(rows):
        tag = 'th' if j == 0 else 'td'
        h.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, H.escape(str(v)), tag) for v in row) + '</tr>')
    h.append('</table>')
    return '\n'.join(h)


def text_to_html(text, tables=None):
    import html as H
    parts = []
    for para in text.split('\n\n'):
        if para.startswith('@@TABLE') and tables:
            parts.append(table_html(tables[int(para[7:])]))
        else:
            parts.append('<p>' + H.escape(para).replace('\n', '<br>\n') + '</p>')
    return '<html><head></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + \
        '\n'.join(parts) + '\n</body></html>'


def render_text(text, tables=None):
    out = []
    for para in text.split('\n\n'):
        if para.startswith('@@TABLE') and tables:
            out.append(table_text(tables[int(para[7:])]))
        else:
            out.append(para)
    return '\n\n'.join(out)


def gx(text, sex):
    """resolve French inclusive forms according to the patient's sex"""
    f = sex == 'F'
    text = text.replace('la patiente/le patient', 'la patiente' if f else 'le patient')
    text = text.replace('lui-même/elle-même', 'elle-même' if f else 'lui-même')
    text = text.replace('le/la ', 'la ' if f else 'le ')
    text = text.replace(' il a pris', ' elle a pris' if f else ' il a pris')
    return re.sub(r'(\w+)\(e\)', (lambda m: m.group(1) + 'e') if f else (lambda m: m.group(1)), text)


def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


# ---------------------------------------------------------------- attachments
def norm_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            b = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-11-01T00:00:00Z', b)
            zi = zipfile.ZipInfo(info.filename, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, b)
    return buf.getvalue()


def make_xlsx(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
    fixed = datetime.datetime(2026, 11, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = 'exemple'
    buf = io.BytesIO()
    wb.save(buf)
    return norm_zip(buf.getvalue())


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 11, 1)
    d.core_properties.modified = datetime.datetime(2026, 11, 1)
    d.core_properties.author = 'exemple'
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return norm_zip(buf.getvalue())


def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=letter, invariant=1)
    cv.setTitle(title)
    cv.setFont('Helvetica-Bold', 13)
    cv.drawString(60, 740, title)
    cv.setFont('Helvetica', 10)
    y = 715
    for l in lines:
        if y < 60:
            cv.showPage()
            cv.setFont('Helvetica', 10)
            y = 740
        cv.drawString(60, y, l[:110])
        y -= 15
    cv.save()
    return buf.getvalue()


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def make_csv(rows, sep=','):
    out = io.StringIO()
    import csv
    w = csv.writer(out, delimiter=sep, lineterminator='\r\n')
    for row in rows:
        w.writerow(row)
    return out.getvalue()


def make_ics(c, summary, desc, start, attendees, location, uid):
    end = start + datetime.timedelta(minutes=c.r.choice([30, 45, 60, 90]))
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Exemple//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'UID:%s' % uid, 'DTSTAMP:20261101T000000Z', 'DTSTART;TZID=America/Toronto:%s' % start.strftime(f),
             'DTEND;TZID=America/Toronto:%s' % end.strftime(f), 'SUMMARY:%s' % summary,
             'DESCRIPTION:%s' % desc.replace('\n', '\\n').replace(',', '\\,'), 'LOCATION:%s' % location.replace(',', '\\,')]
    for a in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % a)
    lines += ['END:VEVENT', 'END:VCALENDAR']
    # fold long lines
    out = []
    for l in lines:
        while len(l.encode('utf-8')) > 74:
            cut = 73
            while len(l[:cut].encode('utf-8')) > 73:
                cut -= 1
            out.append(l[:cut])
            l = ' ' + l[cut:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'


def make_vcf(full, last, first, tel, adr, note, org=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:%s' % full, 'N:%s;%s;;;' % (last, first)]
    if org:
        lines.append('ORG:%s' % org)
    lines.append('TEL;TYPE=HOME,VOICE:%s' % tel if tel else 'TEL;TYPE=WORK:555-0100')
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;;;;' % adr.replace(',', '\\,'))
    if note:
        lines.append('NOTE:%s' % note.replace(',', '\\,'))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


# ---------------------------------------------------------------- message assembly
def pick_charset(c, text):
    r = c.r
    cs = r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [6, 2, 2])[0]
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return cs


def pick_cte(c, cs, text):
    r = c.r
    cte = r.choices(['quoted-printable', 'base64', '8bit'], [5, 3, 3])[0]
    if cte == '8bit' and any(len(l.encode(cs)) > 900 for l in text.split('\n')):
        cte = 'quoted-printable'
    return cte


def set_text(c, part, text, subtype, add=False):
    cs = pick_charset(c, text)
    cte = pick_cte(c, cs, text)
    if add:
        part.add_alternative(text, subtype=subtype, charset=cs, cte=cte)
    else:
        part.set_content(text, subtype=subtype, charset=cs, cte=cte)
    return 'text/%s;%s;%s' % (subtype, cs, cte)


def build(c, m, lang):
    """m: dict(frm, to, cc, subject, text, tables, attachments[(name, maintype, subtype, data)], eml_attach, mode)"""
    r = c.r
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = ', '.join(m['to'])
    if m.get('cc'):
        msg['Cc'] = ', '.join(m['cc'])
    msg['Subject'] = m['subject']
    msg['Date'] = email.utils.format_datetime(m.get('date') or c.date())
    c.counter += 1
    msg['Message-ID'] = '<%08x.%d@%s>' % (r.getrandbits(32), c.counter, m['frm'].split('@')[-1].rstrip('>'))
    if m.get('in_reply_to'):
        msg['In-Reply-To'] = m['in_reply_to']
        msg['References'] = m['in_reply_to']
    if r.random() < 0.3:
        msg['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Thunderbird 128.4'])
    text = render_text(m['text'], m.get('tables'))
    html = text_to_html(m['text'], m.get('tables'))
    atts = m.get('attachments') or []
    mode = m.get('mode') or r.choices(['plain', 'html', 'alt'], [5, 2, 4])[0]
    kinds = []
    if mode == 'plain':
        kinds.append(set_text(c, msg, text, 'plain'))
    elif mode == 'html':
        kinds.append(set_text(c, msg, html, 'html'))
    else:
        kinds.append(set_text(c, msg, text, 'plain'))
        kinds.append(set_text(c, msg, html, 'html', add=True))
    for (name, mt, st, data) in atts:
        if mt == 'text':
            msg.add_attachment(data, subtype=st, filename=name, charset='utf-8',
                               cte=r.choice(['base64', 'quoted-printable']))
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
        kinds.append('%s/%s' % (mt, st))
    if m.get('eml_attach') is not None:
        msg.add_attachment(m['eml_attach'])
        kinds.append('message/rfc822')
    # deterministic boundaries
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('=_Part_%d_%08x' % (i, r.getrandbits(32)))
    crlf = r.random() < 0.3
    pol = email.policy.default.clone(linesep='\r\n' if crlf else '\n')
    data = msg.as_bytes(policy=pol)
    transport = dict(mode=mode if not atts and m.get('eml_attach') is None else 'mixed', crlf=crlf, parts=kinds)
    return data, transport


def inner_eml(c, frm, to, subject, text, lang):
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    msg['Subject'] = subject
    msg['Date'] = email.utils.format_datetime(c.date())
    c.counter += 1
    msg['Message-ID'] = '<%08x.%d@%s>' % (c.r.getrandbits(32), c.counter, frm.split('@')[-1].rstrip('>'))
    cs = pick_charset(c, text)
    msg.set_content(text, charset=cs, cte=c.r.choice(['quoted-printable', 'base64']))
    return msg


def people(c, lang, out=True):
    """sender inside, recipients often outside"""
    r = c.r
    n = c.nurse()
    dom = r.choice(IN_DOM[:3] + IN_DOM[5:]) if lang == 'fr' else r.choice(IN_DOM[2:5])
    frm = '%s %s <%s>' % (n[0], n[1], c.addr_mail(n[0], n[1], dom))
    c.cur = n
    if out and r.random() < 0.7:
        to = [r.choice(['info', 'reception', 'triage', 'coord', 'admin', 'rendezvous', 'intake']) + '@' + r.choice(OUT_DOM)]
    else:
        s = c.staff()
        to = [c.addr_mail(s[2], s[3], r.choice(IN_DOM))]
    cc = []
    if r.random() < 0.3:
        s = c.staff()
        cc = [c.addr_mail(s[2], s[3], dom)]
    return frm, to, cc, n, dom


def greet(c, lang, who=None):
    r = c.r
    if lang == 'fr':
        return r.choice(['Bonjour,', 'Bonjour %s,' % who if who else 'Bonjour à tous,', 'Salut,', 'Bonjour Dre,'])
    return r.choice(['Hi,', 'Hello,', 'Hi %s,' % who if who else 'Hi all,', 'Good morning,'])


# ================================================================ POSITIVE categories
def pt_for(c, lang, use_nam=None):
    quebec = lang == 'fr' or c.r.random() < 0.4
    return c.patient(quebec=quebec, use_nam=use_nam), quebec


def id_line(c, p, lang, types):
    """one identifier phrase for a patient; appends types"""
    r = c.r
    opts = []
    if p['nam']:
        opts.append('nam')
    if p['ohn']:
        opts.append('ohn')
    opts.append('mrn')
    k = r.choice(opts)
    if k == 'nam':
        types.add('ramq_nam')
        return ('NAM ' if lang == 'fr' else r.choice(['RAMQ ', 'Medicare# '])) + fmt_nam(c, p['nam'])
    if k == 'ohn':
        types.add('ca_health_number')
        return r.choice(['OHIP ', 'HCN ', 'Health card: ']) + fmt_ohn(c, p['ohn'])
    types.add('mrn')
    return (r.choice(['dossier ', 'no dossier ', '# dossier ']) if lang == 'fr' else r.choice(['MRN ', 'chart# ', 'Chart '])) + p['mrn']


def p_inr(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'lab_result', 'medication'}
    inr = r.choice(['1.4', '1.6', '3.8', '4.6', '5.2', '2.1'])
    dose = r.choice(['2 mg', '3 mg', '4 mg', '5 mg', '2,5 mg'])
    idl = id_line(c, p, lang, T)
    nm = fmt_name(c, p, lang)
    if lang == 'fr':
        subj = r.choice(['INR %s - %s' % (inr, nm), 'Ajustement coumadin', 'Résultat INR pour suivi', 'clinique anticoag - ajustement'])
        text = '%s\n\nINR du %d nov. chez %s (%s) : %s. Prend warfarine %s die. %s\n\nPouvez-vous aviser la patiente/le patient et refaire INR dans %d jours? Merci\n\n%s' % (
            greet(c, lang), r.randint(1, 28), nm, idl, inr, dose,
            r.choice(['On diminue à %s lun-mer-ven.' % dose, 'Pas de saignement rapporté.', 'Interaction possible avec amiodarone débutée la semaine passée.', 'FA + valve mécanique mitrale, cible 2.5-3.5.']),
            r.choice([3, 5, 7]), sig(c, lang))
    else:
        subj = r.choice(['INR result %s' % nm, 'warfarin dose change', 'Anticoag clinic - INR follow up', 'INR %s today' % inr])
        text = '%s\n\n%s (%s) INR today %s on warfarin %s daily. %s\n\nPlease recheck INR in %d days and fax result to clinic. Thanks\n\n%s' % (
            greet(c, lang), nm, idl, inr, dose,
            r.choice(['Hold tonight dose then resume at reduced dose.', 'No bleeding reported.', 'Started on amiodarone last week, likely interaction.', 'Mechanical AVR, target 2.5-3.5.']),
            r.choice([3, 5, 7]), sig(c, lang))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='inr_followup', sex=p['sex'],
                note='anticoagulation follow-up: named patient with identifier, INR and warfarin dose')


def p_potassium(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang, out=False)
    T = {'lab_result', 'mrn'}
    k = r.choice(['6.8', '7.1', '6.5', '2.6'])
    cr = r.randint(480, 1100)
    if r.random() < 0.5:
        T.add('patient_name')
        who = fmt_name(c, p, lang) + ', '
    else:
        who = ''
    if lang == 'fr':
        subj = r.choice(['VALEUR CRITIQUE K+ %s' % k, 'urgent - potassium', 'Valeur critique labo - hémodialyse'])
        text = '%s\n\nValeur critique reçue du labo à %dh%02d :\n%sdossier %s\nK+ %s mmol/L\nCréatinine %d µmol/L\nUrée %.1f\n\nPatient en HD lun-mer-ven, a manqué sa séance d\'hier. Néphro de garde avisé(e). On le/la fait venir pour dialyse d\'urgence.\n\n%s' % (
            greet(c, lang), r.randint(6, 22), r.randint(0, 59), who, p['mrn'], k.replace('.', ','), cr, r.uniform(20, 45), sig(c, lang))
    else:
        subj = r.choice(['CRITICAL K %s' % k, 'critical value - potassium', 'Critical lab - HD pt'])
        text = '%s\n\nCritical value called by lab at %02d:%02d\n%sMRN %s\nK %s mmol/L\nCreat %d umol/L\nUrea %.1f\n\nPt dialyses MWF, missed session yesterday. On-call nephro aware, arranging urgent HD.\n\n%s' % (
            greet(c, lang), r.randint(6, 22), r.randint(0, 59), who, p['mrn'], k, cr, r.uniform(20, 45), sig(c, lang))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='critical_value', sex=p['sex'],
                note='critical potassium/creatinine for a dialysis patient identified by chart number')


def p_tacro(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'lab_result', 'medication'}
    lvl = round(r.uniform(2.5, 16.0), 1)
    org = r.choice(['rein', 'coeur', 'foie']) if lang == 'fr' else r.choice(['kidney', 'heart', 'liver'])
    nm = fmt_name(c, p, lang)
    if r.random() < 0.5:
        T.add('date_of_birth')
        dd = (' (DDN %s)' if lang == 'fr' else ' (DOB %s)') % fmt_dob(c, p['dob'], lang)
    else:
        dd = ''
    idl = id_line(c, p, lang, T)
    if lang == 'fr':
        subj = r.choice(['Tacro %s' % p['surname'], 'niveau tacrolimus', 'Greffe %s - taux résiduel' % org])
        text = '%s\n\n%s%s, %s, greffe %s %s.\nTacrolimus résiduel %s µg/L (cible 5-8). Créat %d. \nPrograf %s mg BID -> %s\n\nMerci de faire suivre au pharmacien de la clinique.\n\n%s' % (
            greet(c, lang), nm, dd, idl, org, r.choice(['2024', 'mars 2025', 'il y a 3 mois']), str(lvl).replace('.', ','), r.randint(90, 240),
            r.choice(['2', '3', '1.5']), r.choice(['on diminue à 1 mg BID', 'inchangé, contrôle dans 1 sem', 'on augmente de 0,5 mg']), sig(c, lang))
    else:
        subj = r.choice(['tacro level %s' % p['surname'], 'Tacrolimus trough', '%s transplant - trough level' % org.capitalize()])
        text = '%s\n\n%s%s, %s, %s transplant %s.\nTac trough %s ug/L (target 5-8). Cr %d.\nPrograf %s mg BID -> %s\n\nPlease forward to the transplant pharmacist.\n\n%s' % (
            greet(c, lang), nm, dd, idl, org, r.choice(['2024', 'Mar 2025', '3 mo ago']), lvl, r.randint(90, 240),
            r.choice(['2', '3', '1.5']), r.choice(['decrease to 1 mg BID', 'no change, repeat in 1 wk', 'increase by 0.5 mg']), sig(c, lang))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='tacrolimus_level', sex=p['sex'],
                note='transplant recipient named with identifier, tacrolimus trough and dose change')


def p_transport(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    to = ['reservation@transport-adapte.example' if lang == 'fr' else 'bookings@patient-transfer-on.example']
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    nm = fmt_name(c, p, lang, r.choice([0, 1, 5]))
    days = r.choice(['lun-mer-ven', 'mar-jeu-sam']) if lang == 'fr' else r.choice(['Mon/Wed/Fri', 'Tue/Thu/Sat'])
    shift = r.choice(['6h45', '11h30', '16h15'])
    if lang == 'fr':
        subj = r.choice(['Demande de transport - hémodialyse', 'Transport dialyse %s' % p['surname'], 'Changement horaire transport'])
        text = '%s\n\nNouvelle demande de transport pour patient(e) en hémodialyse chronique :\n\nNom : %s\nAdresse : %s\nTél. : %s\nJours : %s, arrivée %s\nMobilité : %s\n\nDébut le %d novembre. Merci de confirmer.\n\n%s' % (
            greet(c, lang), nm, p['addr'], p['phone'], days, shift,
            r.choice(['fauteuil roulant', 'marchette, accompagnement jusqu\'à la porte', 'autonome', 'O2 2 L']), r.randint(2, 28), sig(c, lang))
    else:
        subj = r.choice(['Transport request - dialysis', 'HD transport %s' % p['surname'], 'dialysis ride change'])
        text = '%s\n\nPlease book transport for chronic hemodialysis patient:\n\nName: %s\nAddress: %s\nPhone: %s\nDays: %s, chair time %s\nMobility: %s\n\nStart date Nov %d. Please confirm by reply.\n\n%s' % (
            greet(c, lang), nm, p['addr'], p['phone'], days, shift,
            r.choice(['wheelchair', 'walker, door-to-door', 'independent', 'on home O2 2L']), r.randint(2, 28), sig(c, lang))
    if r.random() < 0.4:
        T.add('date_of_birth')
        text = text.replace('\n' + ('Adresse' if lang == 'fr' else 'Address'), '\n' + ('DDN : ' if lang == 'fr' else 'DOB: ') + fmt_dob(c, p['dob'], lang) + '\n' + ('Adresse' if lang == 'fr' else 'Address'), 1)
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='dialysis_transport', sex=p['sex'],
                note='transport booking for a dialysis patient with home address and phone')


def p_waitlist_xlsx(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'diagnosis', 'date_of_birth'}
    hdr = ['Nom', 'Prénom', 'DDN', 'NAM', 'Groupe', 'PRA %', 'Statut', 'Dx'] if lang == 'fr' else \
        ['Last', 'First', 'DOB', 'ID', 'ABO', 'cPRA %', 'Status', 'Dx']
    rows = [hdr]
    for _ in range(r.randint(4, 9)):
        p, q = pt_for(c, lang)
        ident = p['nam'] or p['ohn'] or p['mrn']
        T.add('ramq_nam' if p['nam'] else 'ca_health_number' if p['ohn'] else 'mrn')
        rows.append([p['surname'], p['given'], p['dob'], ident, r.choice(['O+', 'A+', 'B-', 'AB+', 'O-']), r.randint(0, 98),
                     r.choice(['Actif', 'Temp. inactif', 'En bilan']) if lang == 'fr' else r.choice(['Active', 'On hold', 'Work-up']),
                     r.choice(['PKD', 'GN IgA', 'néphropathie diabétique', 'CMD', 'NASH']) if lang == 'fr' else r.choice(['PKD', 'IgA GN', 'diabetic nephropathy', 'DCM', 'NASH'])])
    data = make_xlsx([('Liste' if lang == 'fr' else 'Waitlist', rows)])
    if lang == 'fr':
        subj = 'Liste d\'attente greffe - mise à jour %s' % r.choice(['novembre', 'sem. 46', '2026-11'])
        text = '%s\n\nCi-joint la liste à jour des patients actifs sur la liste d\'attente pour la réunion de jeudi. SVP ne pas transférer.\n\n%s' % (greet(c, lang), sig(c, lang))
        fn = 'liste_attente_greffe_%s.xlsx' % r.choice(['nov', '1126', 'maj'])
    else:
        subj = 'Transplant waitlist update - %s' % r.choice(['November', 'wk 46', 'for Thursday'])
        text = '%s\n\nAttached is the updated active waitlist for Thursday\'s selection meeting. Please do not forward.\n\n%s' % (greet(c, lang), sig(c, lang))
        fn = 'waitlist_%s.xlsx' % r.choice(['nov', '2026-11', 'active'])
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='waitlist_xlsx',
                attachments=[(fn, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)],
                note='spreadsheet attachment listing waitlisted patients with identifiers, DOB and diagnoses')


def p_device(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'diagnosis'}
    sn = '%s%06d%s' % (r.choice(['PJN', 'RNF', 'BXY', 'CKT']), r.randint(0, 999999), r.choice(['H', 'S', '']))
    nm = fmt_name(c, p, lang)
    idl = id_line(c, p, lang, T)
    if lang == 'fr':
        subj = r.choice(['Interrogation DCI - %s' % p['surname'], 'Choc approprié DCI', 'Rapport télésurveillance stimulateur'])
        text = '%s\n\nTélétransmission reçue pour %s (%s). DCI %s S/N %s.\n\n- %s\n- Batterie : %s ans\n- %s\n\nÀ revoir en clinique de stimulateurs cette semaine. Cardiologue traitant avisé.\n\n%s' % (
            greet(c, lang), nm, idl, r.choice(['Cardiotek Vela DR', 'Cardiotek Orion VR', 'Medix CRT-D']), sn,
            r.choice(['1 choc approprié pour TV à 210 bpm le 3 nov.', 'Épisodes de FA 14 % du temps, non anticoagulé(e)', 'Fraction ventriculaire droite 92 %, bruit sur la sonde', 'TVNS x 6']),
            r.choice(['7,5', '4', '0,8 (ERI proche)']), r.choice(['Impédance sonde VD 410 ohms', 'Seuil VD 1,0 V @ 0,4 ms']), sig(c, lang))
    else:
        subj = r.choice(['ICD interrogation - %s' % p['surname'], 'ICD shock - appropriate', 'Remote monitoring alert'])
        text = '%s\n\nRemote transmission received for %s (%s). Device %s S/N %s.\n\n- %s\n- Battery: %s yrs\n- %s\n\nWill need device clinic visit this week; EP aware.\n\n%s' % (
            greet(c, lang), nm, idl, r.choice(['Cardiotek Vela DR', 'Cardiotek Orion VR', 'Medix CRT-D']), sn,
            r.choice(['1 appropriate shock for VT 210 bpm on Nov 3', 'AF burden 14%, not anticoagulated', 'RV pacing 92%, noise on RV lead', 'NSVT x6']),
            r.choice(['7.5', '4', '0.8 (near ERI)']), r.choice(['RV lead impedance 410 ohms', 'RV threshold 1.0 V @ 0.4 ms']), sig(c, lang))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='device_interrogation', sex=p['sex'],
                note='ICD/pacemaker remote interrogation for a named patient with arrhythmia findings')


def p_referral_pdf(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'diagnosis', 'date_of_birth', 'medication', 'patient_contact'}
    ids = []
    if p['nam']:
        ids.append('NAM : %s' % p['nam']); T.add('ramq_nam')
    if p['ohn']:
        ids.append('Health number: %s' % fmt_ohn(c, p['ohn'])); T.add('ca_health_number')
    ids.append(('No dossier : ' if lang == 'fr' else 'MRN: ') + p['mrn']); T.add('mrn')
    if lang == 'fr':
        lines = ['Patient : %s %s' % (p['surname'].upper(), p['given']), 'Date de naissance : %s   Sexe : %s' % (p['dob'], p['sex'])] + ids + [
            'Adresse : %s   Tél. : %s' % (p['addr'], p['phone']), '', 'Motif : insuffisance cardiaque FEVG %d %%, NYHA %s' % (r.randint(15, 40), r.choice(['II', 'III'])),
            'Médication : sacubitril/valsartan 49/51 BID, bisoprolol 5 mg, spironolactone 25 mg, furosémide 40 mg',
            'ATCD : HTA, DB2, IRC stade 3b (DFGe %d)' % r.randint(30, 44), '', 'Médecin référent : Dre N. Belkacem']
        title = 'Demande de consultation - Clinique d\'insuffisance cardiaque'
        subj = 'Référence clinique IC'
        text = '%s\n\nVoici une demande de consultation pour la clinique d\'IC (voir PDF). Merci de nous aviser de la date de RV.\n\n%s' % (greet(c, lang), sig(c, lang))
    else:
        lines = ['Patient: %s, %s' % (p['surname'].upper(), p['given']), 'DOB: %s   Sex: %s' % (p['dob'], p['sex'])] + ids + [
            'Address: %s   Phone: %s' % (p['addr'], p['phone']), '', 'Reason: HFrEF, LVEF %d%%, NYHA %s' % (r.randint(15, 40), r.choice(['II', 'III'])),
            'Meds: sacubitril/valsartan 49/51 BID, bisoprolol 5 mg, spironolactone 25 mg, furosemide 40 mg',
            'PMHx: HTN, T2DM, CKD 3b (eGFR %d)' % r.randint(30, 44), '', 'Referring MD: Dr N. Belkacem']
        title = 'Referral - Heart Function Clinic'
        subj = 'HF clinic referral'
        text = '%s\n\nPlease find attached a referral to the Heart Function Clinic. Kindly let us know the appointment date.\n\n%s' % (greet(c, lang), sig(c, lang))
    data = make_pdf(title, lines)
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='referral_pdf', sex=p['sex'],
                attachments=[('%s_%s.pdf' % ('reference' if lang == 'fr' else 'referral', r.randint(100, 999)), 'application', 'pdf', data)],
                note='PDF referral letter with patient name, DOB, identifiers, contact and heart-failure history')


def p_discharge_docx(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'diagnosis', 'medication', 'mrn'}
    if lang == 'fr':
        paras = [('Patiente' if p['sex'] == 'F' else 'Patient') + ' : %s, %s — dossier %s' % (p['surname'], p['given'], p['mrn']),
                 'Admission : %d oct. 2026   Congé : %d nov. 2026' % (r.randint(1, 28), r.randint(1, 20)),
                 'Diagnostic principal : %s' % r.choice(['IAMEST antérieur, ICP IVA', 'IC décompensée', 'FA rapide + IRA', 'Rejet aigu cellulaire greffe rénale']),
                 'Médication au congé : AAS 80 mg, ticagrelor 90 mg BID, atorvastatine 80 mg, métoprolol 25 mg BID',
                 'Suivi : réadaptation cardiaque, clinique externe dans 4 semaines, créat/K dans 1 semaine.']
        title = 'Résumé de congé'
        subj = 'Résumé de congé - %s' % r.choice([p['surname'], 'pour suivi GMF', 'cardio'])
        text = '%s\n\nCi-joint le résumé de congé pour suivi par le médecin de famille.\n\n%s' % (greet(c, lang), sig(c, lang))
    else:
        paras = ['Patient: %s %s — MRN %s' % (p['given'], p['surname'], p['mrn']),
                 'Admitted: Oct %d 2026   Discharged: Nov %d 2026' % (r.randint(1, 28), r.randint(1, 20)),
                 'Principal Dx: %s' % r.choice(['Anterior STEMI, PCI to LAD', 'Decompensated HF', 'Rapid AF with AKI', 'Acute cellular rejection, kidney tx']),
                 'Discharge meds: ASA 81 mg, ticagrelor 90 mg BID, atorvastatin 80 mg, metoprolol 25 mg BID',
                 'Follow-up: cardiac rehab referral, clinic in 4 weeks, lytes/Cr in 1 week.']
        title = 'Discharge Summary'
        subj = 'Discharge summary - %s' % r.choice([p['surname'], 'for FHT follow-up', 'cardiology'])
        text = '%s\n\nAttached discharge summary for follow-up with family physician.\n\n%s' % (greet(c, lang), sig(c, lang))
    data = make_docx(title, paras)
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='discharge_docx', sex=p['sex'],
                attachments=[('%s_%s.docx' % ('resume_conge' if lang == 'fr' else 'discharge', p['surname'].lower()), 'application',
                              'vnd.openxmlformats-officedocument.wordprocessingml.document', data)],
                note='DOCX discharge summary: named patient, chart number, diagnosis and medications')


def p_signout(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    T = {'patient_name', 'diagnosis'}
    hdr = ['Lit', 'Patient', 'Dx', 'À faire'] if lang == 'fr' else ['Bed', 'Patient', 'Dx', 'To do']
    rows = [hdr]
    for i in range(r.randint(4, 7)):
        p, q = pt_for(c, lang, use_nam=False)
        st = r.choice([1, 3, 4])
        nm = fmt_name(c, p, lang, st)
        if r.random() < 0.3:
            nm += ' ' + p['mrn']; T.add('mrn')
        if lang == 'fr':
            rows.append(['%d%s' % (r.randint(1, 24), r.choice('ABC')), nm, r.choice(['SCA ST-', 'IC décomp.', 'FA rapide', 'post-TAVI J1', 'hyperK sur IRC', 'TV récidivante']),
                         r.choice(['trop 2h', 'K+ à 22h', 'écho demain', 'diurèse?', 'INR ce soir', 'héparine aPTT 6h'])])
        else:
            rows.append(['%d%s' % (r.randint(1, 24), r.choice('ABC')), nm, r.choice(['NSTEMI', 'ADHF', 'rapid AF', 'post-TAVI D1', 'hyperK on CKD', 'recurrent VT']),
                         r.choice(['trop at 2h', 'K at 22h', 'echo tmrw', 'UO?', 'INR tonight', 'heparin PTT 6h'])])
    if lang == 'fr':
        subj = r.choice(['liste de passation USC', 'sign out soir', 'Passation garde cardio'])
        text = 'Salut,\n\nListe pour ce soir :\n\n@@TABLE0\n\nBonne garde\n%s' % n[0]
    else:
        subj = r.choice(['CCU sign out', 'signout tonight', 'Cardiology handover'])
        text = 'Hey,\n\nList for tonight:\n\n@@TABLE0\n\nGood luck\n%s' % n[0]
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, tables=[rows], types=T, cat='signout_list',
                mode=r.choice(['plain', 'alt', 'html']), note='handover list: beds, patient names, diagnoses and tasks')


def p_rehab_ics(c, lang):
    r = c.r
    p, q = pt_for(c, lang, use_nam=False)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'diagnosis'}
    start = datetime.datetime(2026, 11, r.randint(2, 27), r.choice([8, 9, 10, 13, 14]), r.choice([0, 30]))
    nm = fmt_name(c, p, lang, r.choice([0, 5]))
    if lang == 'fr':
        summ = 'Évaluation initiale réadaptation - %s' % nm
        desc = ('Patiente' if p['sex'] == 'F' else 'Patient') + ' post-%s. Apporter liste de médicaments. Tél. patient %s' % (r.choice(['pontage', 'IAM', 'remplacement valvulaire']), p['phone'])
        subj = 'Invitation : ' + summ
        text = 'Bonjour,\n\nRV d\'évaluation en réadaptation cardiaque pour %s, voir invitation.\n\n%s' % (nm, sig(c, lang))
        loc = 'Réadaptation cardiaque, local 2.114'
    else:
        summ = 'Cardiac rehab intake - %s' % nm
        desc = 'Post-%s. Bring medication list. Pt phone %s' % (r.choice(['CABG', 'MI', 'valve replacement']), p['phone'])
        subj = 'Invitation: ' + summ
        text = 'Hi,\n\nCardiac rehab intake booked for %s, see invite.\n\n%s' % (nm, sig(c, lang))
        loc = 'Cardiac Rehab, room B-210'
    T.add('patient_contact')
    ics = make_ics(c, summ, desc, start, to, loc, 'rehab-%d@exemple' % r.randint(1000, 9999))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='rehab_invite_ics', sex=p['sex'],
                attachments=[('invite.ics', 'text', 'calendar', ics)], note='calendar invitation naming a patient post cardiac event with phone')


def p_troponin(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang, out=False)
    T = {'lab_result', 'patient_name'}
    idl = id_line(c, p, lang, T)
    t1, t2 = r.randint(12, 60), r.randint(150, 4200)
    if lang == 'fr':
        subj = 'Tropo %s %s' % (p['surname'], r.choice(['en hausse', '!!', '']))
        text = 'Tropo hs %s : %d -> %d ng/L en 3h. ECG sous-décalage V4-V6. %s\nHéparine débutée, cardio svp venir voir à l\'urgence civière %d.\n\n%s' % (
            idl, t1, t2, fmt_name(c, p, lang, 5), r.randint(1, 40), sig(c, lang))
    else:
        subj = 'Trop %s %s' % (p['surname'], r.choice(['rising', '!!', '']))
        text = 'hs-trop %s: %d -> %d ng/L over 3h. ST depression V4-V6. %s\nHeparin started, cardiology pls see in ED stretcher %d.\n\n%s' % (
            idl, t1, t2, fmt_name(c, p, lang, 5), r.randint(1, 40), sig(c, lang))
    T.add('diagnosis')
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='troponin_consult', sex=p['sex'], mode='plain',
                note='ED consult: rising troponin and ECG changes for a named patient with identifier')


def p_social(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'social_information'}
    nm = fmt_name(c, p, lang)
    if lang == 'fr':
        subj = r.choice(['Suivi TS - patient HD', 'Situation sociale %s' % p['surname'], 'demande aide sociale / logement'])
        sit = r.choice(['risque d\'éviction de son logement, 2 mois de loyer en retard',
                        'vit seul(e), consommation d\'alcool quotidienne, suivi au CRD refusé',
                        'conjoint violent, a demandé hébergement en maison d\'aide',
                        'prestataire d\'aide sociale, ne peut payer le stationnement 3x/sem'])
        text = '%s\n\nJe vous réfère %s (%s), hémodialysé(e) depuis 2024 : %s. Manque des séances à cause de cela. Pouvez-vous le/la rencontrer mercredi pendant sa dialyse?\n\n%s' % (
            greet(c, lang), nm, id_line(c, p, lang, T), sit, sig(c, lang))
    else:
        subj = r.choice(['SW referral - HD patient', 'Social situation %s' % p['surname'], 'housing / ODSP help'])
        sit = r.choice(['facing eviction, 2 months rent arrears', 'lives alone, daily alcohol use, declined addiction services',
                        'disclosed partner violence, asking about shelter', 'on ODSP, cannot afford parking 3x/wk'])
        text = '%s\n\nReferring %s (%s), on HD since 2024: %s. Missing runs because of it. Can you see them Wednesday during dialysis?\n\n%s' % (
            greet(c, lang), nm, id_line(c, p, lang, T), sit, sig(c, lang))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='social_work', sex=p['sex'],
                note='social work referral: identified dialysis patient with housing/addiction/violence/income situation')


def p_reply_quoted(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'lab_result'}
    s = c.staff()
    idl = id_line(c, p, lang, T)
    cr = r.randint(180, 420)
    if lang == 'fr':
        orig = 'Bonjour,\n\n%s, %s — créatinine %d (base 140), K 5,4. Greffe rénale 2023. Faut-il devancer son RV?\n\nMerci\n%s %s' % (
            fmt_name(c, p, lang), idl, cr, n[0], n[1])
        text = '%s\n\nOui, on le/la voit demain 8h en clinique de greffe, refaire créat + taux tacro avant. \n\n%s %s\n\nLe %d nov. 2026 à %02d:%02d, %s a écrit :\n%s' % (
            r.choice(['Ok', 'Bonjour', 'Merci']), s[0], s[3], r.randint(1, 28), r.randint(8, 17), r.randint(0, 59), n[0] + ' ' + n[1], quote(orig))
        subj = 'RE: question créat'
    else:
        orig = 'Hi,\n\n%s, %s - creatinine %d (baseline 140), K 5.4. Kidney tx 2023. Should we move up the appt?\n\nThanks\n%s %s' % (
            fmt_name(c, p, lang), idl, cr, n[0], n[1])
        text = '%s\n\nYes, we\'ll see them tomorrow 8am in transplant clinic; repeat Cr + tac level before.\n\n%s %s\n\nOn Nov %d, 2026, at %d:%02d, %s wrote:\n%s' % (
            r.choice(['Ok', 'Hi', 'Thanks']), s[1], s[3], r.randint(1, 28), r.randint(8, 17), r.randint(0, 59), n[0] + ' ' + n[1], quote(orig))
        subj = 'RE: creatinine question'
    T.add('diagnosis')
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='reply_quoted', sex=p['sex'], mode=r.choice(['plain', 'alt']),
                in_reply_to='<%08x@%s>' % (r.getrandbits(32), dom), note='short reply on top; quoted text names patient with identifier and creatinine')


def p_fwd_eml(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'medication', 'diagnosis'}
    idl = id_line(c, p, lang, T)
    if lang == 'fr':
        itext = 'Bonjour,\n\nRéconciliation pour %s (%s) :\n- apixaban 5 mg BID (FA)\n- furosémide 80 mg die\n- empagliflozine 10 mg\n- allopurinol 100 mg\nA cessé le métoprolol de lui-même/elle-même.\n\nPharmacie Bel-Air' % (fmt_name(c, p, lang), idl)
        isubj = 'Liste de médicaments'
        subj = 'TR: Liste de médicaments'
        text = 'Pour ton info, voir le courriel de la pharmacie en pièce jointe.\n\n%s' % sig(c, lang)
    else:
        itext = 'Hello,\n\nMed rec for %s (%s):\n- apixaban 5 mg BID (AF)\n- furosemide 80 mg daily\n- empagliflozin 10 mg\n- allopurinol 100 mg\nStopped metoprolol on own.\n\nElm Street Pharmacy' % (fmt_name(c, p, lang), idl)
        isubj = 'Medication list'
        subj = 'FW: Medication list'
        text = 'FYI see pharmacy email attached.\n\n%s' % sig(c, lang)
    itext = gx(itext, p['sex']) if lang == 'fr' else itext
    inner = inner_eml(c, 'pharmacie@pharmacie-belair.example', frm.split('<')[-1].rstrip('>'), isubj, itext, lang)
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='fwd_as_attachment', sex=p['sex'], eml_attach=inner,
                note='forward-as-attachment: attached .eml carries medication reconciliation for an identified patient')


def p_subject_only(c, lang):
    r = c.r
    p, q = pt_for(c, lang, use_nam=False)
    frm, to, cc, n, dom = people(c, lang, out=False)
    T = {'patient_name', 'mrn', 'diagnosis'}
    if lang == 'fr':
        subj = '%s %s %s - %s' % (p['surname'].upper(), p['given'], p['mrn'], r.choice(['péricardite?', 'HD ce soir', 'biopsie greffon', 'FA nouvelle']))
        text = r.choice(['vu, je m\'en occupe', 'ok merci', 'Peux-tu me rappeler svp', 'réglé']) + '\n\n' + n[0]
    else:
        subj = '%s, %s %s - %s' % (p['surname'], p['given'], p['mrn'], r.choice(['pericarditis?', 'HD tonight', 'graft biopsy', 'new AF']))
        text = r.choice(['seen, will handle', 'ok thx', 'pls call me', 'done']) + '\n\n' + n[0]
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='subject_only', mode='plain',
                note='patient name, chart number and problem in the Subject only; body is a one-liner')


def p_disguised(c, lang):
    r = c.r
    p = c.patient(quebec=True, use_nam=True)
    frm, to, cc, n, dom = people(c, lang)
    T = {'ramq_nam', 'diagnosis'}
    nam = p['nam']
    k = r.randint(0, 2)
    if k == 0:
        nd = '%s\n%s\n%s' % (nam[:4], nam[4:8], nam[8:])
    elif k == 1:
        nd = fmt_nam(c, nam, 4)
    else:
        nd = fmt_nam(c, nam, 5)
    if lang == 'fr':
        subj = 'dossier pour bilan prégreffe'
        text = '%s\n\nJe mets le NAM en morceaux pour que le système ne bloque pas le courriel :\n%s\n\nC\'est pour le bilan prégreffe hépatique (cirrhose OH, MELD 24). Merci de me rappeler.\n\n%s' % (greet(c, lang), nd, sig(c, lang))
    else:
        subj = 'pre-transplant work-up'
        text = '%s\n\nSplitting the RAMQ number so the mail filter doesn\'t catch it:\n%s\n\nThis is for the liver pre-transplant work-up (alcohol cirrhosis, MELD 24). Please call me back.\n\n%s' % (greet(c, lang), nd, sig(c, lang))
    if r.random() < 0.5:
        T.add('patient_name')
        text = text.replace('\n\n' + ('C\'est' if lang == 'fr' else 'This is'), '\n(%s)\n\n' % fmt_name(c, p, lang, 4) + ('C\'est' if lang == 'fr' else 'This is'), 1)
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='disguised_identifier', sex=p['sex'], mode='plain',
                note='health insurance number deliberately split/spaced to evade filtering, with liver transplant work-up')


def p_csv_labs(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    T = {'mrn', 'lab_result'}
    hdr = ['dossier', 'date', 'creat_umol', 'K', 'Hb', 'PTH'] if lang == 'fr' else ['mrn', 'date', 'creat', 'k', 'hgb', 'pth']
    rows = [hdr]
    named = r.random() < 0.5
    if named:
        rows[0] = ['nom'] + hdr if lang == 'fr' else ['name'] + hdr
        T.add('patient_name')
    for _ in range(r.randint(6, 12)):
        p, q = pt_for(c, lang, use_nam=False)
        row = [p['mrn'], '2026-11-%02d' % r.randint(1, 28), r.randint(350, 1100), round(r.uniform(3.5, 6.6), 1), r.randint(85, 128), r.randint(12, 95)]
        if named:
            row = ['%s %s' % (p['surname'], p['given'])] + row
        rows.append(row)
    sep = ';' if lang == 'fr' else ','
    data = make_csv(rows, sep)
    if lang == 'fr':
        subj = 'Bilans mensuels HD - novembre'
        text = '%s\n\nVoici l\'extraction des bilans mensuels des patients de l\'unité (CSV) pour la réunion d\'anémie/minéral osseux.\n\n%s' % (greet(c, lang), sig(c, lang))
    else:
        subj = 'Monthly HD bloodwork - November'
        text = '%s\n\nCSV extract of this month\'s HD bloodwork for the anemia/CKD-MBD rounds.\n\n%s' % (greet(c, lang), sig(c, lang))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='csv_lab_export',
                attachments=[('bilans_hd.csv' if lang == 'fr' else 'hd_labs.csv', 'text', 'csv', data)],
                note='CSV of per-patient dialysis bloodwork keyed by chart number')


def p_vcard(c, lang):
    r = c.r
    p, q = pt_for(c, lang, use_nam=False)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    full = '%s %s' % (p['given'], p['surname'])
    if lang == 'fr':
        note = 'Dialyse péritonéale à domicile - livraison solutions mensuelle'
        subj = 'Coordonnées patient DP à domicile'
        text = '%s\n\nVoici la fiche de %s pour la livraison des solutions de dialyse péritonéale à domicile.\n\n%s' % (greet(c, lang), full, sig(c, lang))
    else:
        note = 'Home peritoneal dialysis - monthly supply delivery'
        subj = 'Home PD patient contact'
        text = '%s\n\nContact card for %s for the home PD supply delivery.\n\n%s' % (greet(c, lang), full, sig(c, lang))
    vcf = make_vcf(full, p['surname'], p['given'], p['phone'], p['addr'], note)
    return dict(frm=frm, to=['livraisons@renalcare-supply.example'], cc=cc, subject=subj, text=text, types=T, cat='vcard_patient',
                attachments=[('%s.vcf' % strip_acc(p['surname']).lower(), 'text', 'vcard', vcf)],
                note='vCard of a home peritoneal-dialysis patient with home address and phone')


def p_zip_consult(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'diagnosis', 'date_of_birth'}
    idl = id_line(c, p, lang, T)
    if lang == 'fr':
        lines = ['Consultation néphrologie', 'Patient : %s %s   DDN %s' % (p['given'], p['surname'], p['dob']), idl,
                 'IRC stade 4 sur néphroangiosclérose, DFGe 18. Préparation à la dialyse, fistule à planifier.', 'Dre I. Faucher']
        subj = 'Documents consultation néphro (zip)'
        text = 'Bonjour,\nLes documents sont dans le zip ci-joint.\n%s' % sig(c, lang)
    else:
        lines = ['Nephrology consult', 'Patient: %s %s   DOB %s' % (p['given'], p['surname'], p['dob']), idl,
                 'CKD stage 4 from hypertensive nephrosclerosis, eGFR 18. Dialysis planning, AVF referral.', 'Dr I. Faucher']
        subj = 'Nephrology consult documents (zip)'
        text = 'Hi,\nDocuments are in the attached zip.\n%s' % sig(c, lang)
    pdf = make_pdf(lines[0], lines)
    z = make_zip([('consult_%s.pdf' % r.randint(1000, 9999), pdf), ('lisezmoi.txt' if lang == 'fr' else 'readme.txt', b'Documents cliniques\r\n')])
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='zip_consult', sex=p['sex'],
                attachments=[('documents.zip', 'application', 'zip', z)], note='ZIP containing a PDF nephrology consult for an identified patient')


def p_billing(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    if lang == 'fr':
        p = c.patient(quebec=True, use_nam=True)
        T = {'patient_name', 'ramq_nam', 'diagnosis'}
        subj = 'Refus de facturation RAMQ - implantation stimulateur'
        text = '%s\n\nLa demande de paiement pour %s, NAM %s, a été refusée (code 093 — NAM expiré?). Acte : implantation stimulateur bicaméral le %d oct. Pouvez-vous vérifier la carte du patient et nous renvoyer?\n\nService de facturation\n%s' % (
            greet(c, lang), fmt_name(c, p, lang, 0), fmt_nam(c, p['nam']), r.randint(1, 28), sig(c, lang))
    else:
        p = c.patient(quebec=False)
        T = {'patient_name', 'ca_health_number', 'diagnosis'}
        subj = 'OHIP claim rejected - pacemaker implant'
        text = '%s\n\nClaim for %s, HCN %s, DOB %s was rejected (version code mismatch). Service: dual-chamber pacemaker implant Oct %d. Could you confirm the version code with the patient?\n\nBilling office\n%s' % (
            greet(c, lang), fmt_name(c, p, lang, 0), fmt_ohn(c, p['ohn']), p['dob'], r.randint(1, 28), sig(c, lang))
        T.add('date_of_birth')
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='billing', sex=p['sex'],
                note='billing rejection naming a patient with health insurance number and procedure')


def p_research(c, lang):
    r = c.r
    p, q = pt_for(c, lang, use_nam=False)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'date_of_birth', 'diagnosis'}
    sid = 'HF-%03d-%03d' % (r.randint(1, 20), r.randint(1, 300))
    if lang == 'fr':
        subj = 'Étude %s - inclusion' % r.choice(['CARDIO-RENAL', 'DAPA-IC', 'TX-FIT'])
        text = '%s\n\nNouvelle inclusion : %s, DDN %s, sujet %s. IC FEVG 30 %%, IRC 3b. Randomisé(e) le %d nov. Visite J30 à prévoir.\n\n%s' % (
            greet(c, lang), fmt_name(c, p, lang, 0), fmt_dob(c, p['dob'], lang), sid, r.randint(1, 28), sig(c, lang))
    else:
        subj = '%s study - enrolment' % r.choice(['CARDIO-RENAL', 'DAPA-HF2', 'TX-FIT'])
        text = '%s\n\nNew enrolment: %s, DOB %s, subject %s. HFrEF EF 30%%, CKD 3b. Randomized Nov %d. Day-30 visit to be booked.\n\n%s' % (
            greet(c, lang), fmt_name(c, p, lang, 0), fmt_dob(c, p['dob'], lang), sid, r.randint(1, 28), sig(c, lang))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='research_coordination', sex=p['sex'],
                note='research enrolment naming a participant with DOB, study ID and diagnoses')


def p_foreign(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    sex = r.choice('FM')
    dob = '%04d-%02d-%02d' % (r.randint(1950, 1995), r.randint(1, 12), r.randint(1, 28))
    sn, gn = r.choice(['Janssens', 'Peeters', 'Dubois', 'Lambert', 'Moreau', 'Girard']), r.choice(GIV_F if sex == 'F' else GIV_M)
    if r.random() < 0.5:
        ident = 'NISS %s' % c.niss(dob, sex)
        T = {'be_niss'}
        orig = 'Belgique'
    else:
        ident = 'NIR %s' % c.nir(dob, sex)
        T = {'fr_nir'}
        orig = 'France'
    T |= {'patient_name', 'diagnosis'}
    if lang == 'fr':
        subj = 'Transfert dossier greffe cardiaque - patient(e) de %s' % orig
        text = '%s\n\n%s %s (%s), greffé(e) cardiaque en %s, s\'installe au Québec. Suivi requis : biopsies endomyocardiques, tacrolimus + MMF. Pourriez-vous ouvrir un dossier?\n\n%s' % (
            greet(c, lang), gn, sn, ident, r.choice(['2019', '2021', '2023']), sig(c, lang))
    else:
        subj = 'Heart transplant transfer of care - patient from %s' % ('Belgium' if orig == 'Belgique' else 'France')
        text = '%s\n\n%s %s (%s), heart transplant %s, is relocating to Ontario. Needs follow-up: EMBx, tacrolimus + MMF. Could you open a chart?\n\n%s' % (
            greet(c, lang), gn, sn, ident, r.choice(['2019', '2021', '2023']), sig(c, lang))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='foreign_transfer', sex=sex,
                note='transfer of care for a heart-transplant patient identified by a European national number')


def p_sin_odsp(c, lang):
    r = c.r
    p, q = pt_for(c, lang, use_nam=False)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'ca_sin', 'social_information', 'diagnosis'}
    s = fmt_sin(c, c.sin())
    if lang == 'fr':
        subj = 'Formulaire solidarité sociale - contraintes sévères'
        text = '%s\n\nPour %s, NAS %s : formulaire de contraintes sévères à l\'emploi complété par la Dre (hémodialyse 3x/sem, IC). La demande d\'aide financière de dernier recours est en cours.\n\n%s' % (
            greet(c, lang), fmt_name(c, p, lang), s, sig(c, lang))
    else:
        subj = 'ODSP disability form'
        text = '%s\n\nFor %s, SIN %s: ODSP medical review completed by Dr (HD 3x/week, heart failure). Income support application in progress.\n\n%s' % (
            greet(c, lang), fmt_name(c, p, lang), s, sig(c, lang))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='income_support_sin', sex=p['sex'],
                note='income support form: patient name, SIN and dialysis/heart-failure status')


def p_namesake(c, lang):
    r = c.r
    s = r.choice([x for x in STAFF if x[3] in ('Roy', 'Drouin', 'Faucher')])
    p, q = pt_for(c, lang, use_nam=False)
    p['surname'] = s[3]
    frm, to, cc, n, dom = people(c, lang, out=False)
    T = {'patient_name', 'diagnosis', 'lab_result'}
    if lang == 'fr':
        subj = 'Patient %s (pas la Dre!)' % s[3]
        text = '%s\n\nPetite précision : %s %s %s en 7C n\'a aucun lien avec %s %s. Son BNP est à %d et il a pris 3 kg; on augmente le furosémide IV. Dossier %s.\n\n%s' % (
            greet(c, lang), 'la patiente' if p['sex'] == 'F' else 'le patient', p['given'], p['surname'], s[0], s[3], r.randint(900, 4000), p['mrn'], sig(c, lang))
        text = text.replace(' il a pris', ' elle a pris' if p['sex'] == 'F' else ' il a pris')
    else:
        subj = 'Patient %s (not Dr %s!)' % (s[3], s[3])
        text = '%s\n\nJust to clarify: patient %s %s on 7C is not related to Dr %s. BNP %d, up 3 kg; increasing IV furosemide. MRN %s.\n\n%s' % (
            greet(c, lang), p['given'], p['surname'], s[3], r.randint(900, 4000), p['mrn'], sig(c, lang))
    T.add('mrn')
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='namesake_patient', sex=p['sex'],
                note='patient who shares a physician surname, with chart number, BNP and treatment')


def p_inline_fwd(c, lang):
    r = c.r
    p, q = pt_for(c, lang)
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'diagnosis'}
    idl = id_line(c, p, lang, T)
    if lang == 'fr':
        inner = 'De : Clinique de greffe\nEnvoyé : %d novembre 2026 09:12\nÀ : Coordination\nObjet : Appel organe\n\n%s, %s, à contacter : offre de rein ce soir, receveur #1 sur la liste (cPRA 85 %%). Tél. cellulaire %s.' % (
            r.randint(1, 28), fmt_name(c, p, lang), idl, p['phone'])
        subj = 'TR: Appel organe'
        text = 'Pour action immédiate.\n\n---------- Message transféré ----------\n%s\n\n%s' % (inner, sig(c, lang))
    else:
        inner = 'From: Transplant Clinic\nSent: November %d, 2026 9:12 AM\nTo: Coordination\nSubject: Organ offer\n\n%s, %s, to be called in: kidney offer tonight, #1 on list (cPRA 85%%). Cell %s.' % (
            r.randint(1, 28), fmt_name(c, p, lang), idl, p['phone'])
        subj = 'FW: Organ offer'
        text = 'Please action asap.\n\n---------- Forwarded message ----------\n%s\n\n%s' % (inner, sig(c, lang))
    T.add('patient_contact')
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='inline_forward', sex=p['sex'],
                note='inline forward of an organ-offer call naming the recipient with identifier and cell phone')


def p_hd_schedule(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    T = {'patient_name', 'diagnosis'}
    rows = [['Poste', 'Patient', 'Quart', 'Remarque'] if lang == 'fr' else ['Chair', 'Patient', 'Shift', 'Note']]
    for i in range(r.randint(5, 8)):
        p, q = pt_for(c, lang, use_nam=False)
        rows.append([str(i + 1), fmt_name(c, p, lang, r.choice([1, 3, 4])), r.choice(['AM', 'PM', 'Soir' if lang == 'fr' else 'Eve']),
                     r.choice(['isolement ERV', 'cathéter', 'FAV gauche', 'hépatite B', '', 'nouveau']) if lang == 'fr' else r.choice(['VRE isolation', 'CVC', 'L AVF', 'Hep B', '', 'new start'])])
    if lang == 'fr':
        subj = 'Horaire HD semaine prochaine - changements'
        text = '%s\n\nHoraire des postes pour le satellite, semaine du %d nov. :\n\n@@TABLE0\n\nMerci\n%s' % (greet(c, lang), r.randint(2, 23), sig(c, lang))
    else:
        subj = 'HD chair schedule next week - changes'
        text = '%s\n\nSatellite chair schedule, week of Nov %d:\n\n@@TABLE0\n\nThanks\n%s' % (greet(c, lang), r.randint(2, 23), sig(c, lang))
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, tables=[rows], types=T, cat='hd_chair_schedule',
                mode=r.choice(['html', 'alt']), note='dialysis chair schedule table with patient names and infection status/access')



def p_mm_rounds(c, lang):
    r = c.r
    p, q = pt_for(c, lang, use_nam=False)
    frm, to, cc, n, dom = people(c, lang, out=False)
    T = {'mrn', 'diagnosis', 'date_of_birth'}
    ini = p['given'][0] + '.' + p['surname'][0] + '.'
    if lang == 'fr':
        subj = 'Cas pour la revue de morbidité-mortalité'
        text = '%s\n\nCas proposé pour la revue M&M de vendredi : %s, dossier %s, né(e) le %s. Saignement digestif sous apixaban + AAS après ICP, décès à J4. Question : durée de la double thérapie?\n\nLes diapos suivent.\n\n%s' % (
            greet(c, lang), ini, p['mrn'], fmt_dob(c, p['dob'], lang), sig(c, lang))
    else:
        subj = 'Case for M&M rounds'
        text = '%s\n\nProposed case for Friday M&M: %s, MRN %s, DOB %s. GI bleed on apixaban + ASA post-PCI, died day 4. Question: duration of dual therapy?\n\nSlides to follow.\n\n%s' % (
            greet(c, lang), ini, p['mrn'], fmt_dob(c, p['dob'], lang), sig(c, lang))
    T.add('medication')
    return dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=T, cat='mm_rounds_case', sex=p['sex'],
                note='M&M case with initials, chart number, DOB, bleed and death: not de-identified')


POS = [p_mm_rounds, p_inr, p_potassium, p_tacro, p_transport, p_waitlist_xlsx, p_device, p_referral_pdf, p_discharge_docx, p_signout,
       p_rehab_ics, p_troponin, p_social, p_reply_quoted, p_fwd_eml, p_subject_only, p_disguised, p_csv_labs, p_vcard,
       p_zip_consult, p_billing, p_research, p_foreign, p_sin_odsp, p_namesake, p_inline_fwd, p_hd_schedule]


# ================================================================ NEGATIVE categories
def neg(frm, to, cc, subj, text, cat, note, **kw):
    d = dict(frm=frm, to=to, cc=cc, subject=subj, text=text, types=set(), cat=cat, note=note)
    d.update(kw)
    return d


def n_quality(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    rows = [['Indicateur', 'T1', 'T2', 'T3', 'Cible'] if lang == 'fr' else ['Indicator', 'Q1', 'Q2', 'Q3', 'Target']]
    inds = (['Kt/V ≥ 1,2 (%)', 'FAV prévalente (%)', 'Hb 100-120 (%)', 'Infections cathéter /1000 j', 'Patients actifs HD']
            if lang == 'fr' else ['Kt/V >= 1.2 (%)', 'Prevalent AVF (%)', 'Hgb 100-120 (%)', 'CRBSI /1000 cath-days', 'Active HD patients'])
    for ind in inds:
        rows.append([ind] + [r.randint(40, 98) if '%' in ind else r.randint(0, 240) for _ in range(3)] + [r.choice(['90', '65', '≤ 1', '—'])])
    if lang == 'fr':
        subj = 'Indicateurs qualité dialyse - T3 2026'
        text = '%s\n\nVoici les indicateurs du trimestre pour le comité qualité. %d patients diabétiques sur %d en HD; 3 bactériémies sur cathéter ce trimestre.\n\n@@TABLE0\n\n%s' % (
            greet(c, lang), r.randint(40, 90), r.randint(120, 240), sig(c, lang))
    else:
        subj = 'Dialysis quality indicators - Q3 2026'
        text = '%s\n\nQuarterly indicators for the quality committee. %d of %d HD patients diabetic; 3 catheter bacteremias this quarter.\n\n@@TABLE0\n\n%s' % (
            greet(c, lang), r.randint(40, 90), r.randint(120, 240), sig(c, lang))
    at = []
    if r.random() < 0.5:
        at = [('indicateurs_T3.xlsx' if lang == 'fr' else 'indicators_Q3.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([('T3', rows)]))]
    return neg(frm, to, cc, subj, text, 'quality_indicators', 'aggregate dialysis quality indicators, no individual', tables=[rows], attachments=at)


def n_recall(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    frm = 'Cardiotek Medical Canada <fieldsafety@cardiotek-medical.example>'
    rows = [['Modèle', 'N° de série', 'Lot', 'Date fab.'] if lang == 'fr' else ['Model', 'Serial number', 'Lot', 'Mfg date']]
    for _ in range(r.randint(5, 10)):
        base = str(r.randint(10 ** 8, 10 ** 9 - 1))
        rows.append([r.choice(['Vela DR', 'Orion VR', 'Vela CRT-D']), 'PJN' + base + luhn.calc_check_digit(base)[:1], 'L%05d' % r.randint(0, 99999),
                     '2025-%02d' % r.randint(1, 12)])
    if lang == 'fr':
        subj = 'Avis de sécurité - DCI Cardiotek (rappel volontaire)'
        text = 'Madame, Monsieur,\n\nCardiotek procède au rappel volontaire de certains défibrillateurs (risque d\'épuisement prématuré de la batterie). Les numéros de série distribués à votre établissement figurent ci-dessous et dans le fichier joint. Aucune explantation prophylactique n\'est recommandée; suivi à distance mensuel suggéré.\n\n@@TABLE0\n\nAffaires réglementaires, Cardiotek Medical Canada'
    else:
        subj = 'Field Safety Notice - Cardiotek ICDs (voluntary recall)'
        text = 'Dear Customer,\n\nCardiotek is voluntarily recalling certain ICDs (risk of premature battery depletion). Serial numbers shipped to your facility are listed below and in the attached file. Prophylactic replacement is not recommended; monthly remote follow-up suggested.\n\n@@TABLE0\n\nRegulatory Affairs, Cardiotek Medical Canada'
    at = [('serials.csv', 'text', 'csv', make_csv(rows))] if r.random() < 0.6 else []
    return neg(frm, [c.addr_mail('Ian', 'McKenzie', IN_DOM[0])], cc, subj, text, 'device_recall', 'vendor recall notice listing device serial numbers only',
               tables=[rows], attachments=at)


def n_staff_schedule(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    rows = [['Date', 'Jour', 'Soir', 'Nuit', 'Remarque'] if lang == 'fr' else ['Date', 'Day', 'Evening', 'Night', 'Note']]
    for d in range(r.randint(5, 7)):
        rows.append(['%d nov.' % (d + 10) if lang == 'fr' else 'Nov %d' % (d + 10)] + ['%s %s' % (x[0], x[1]) for x in r.sample(NURSES, 3)] +
                    [r.choice(['', 'formation ACLS' if lang == 'fr' else 'ACLS training', 'congé maladie Karine' if lang == 'fr' else 'Tom off sick', ''])])
    if lang == 'fr':
        subj = 'Horaire infirmier hémodialyse - semaine 46'
        text = '%s\n\nVoici l\'horaire. Karine est en arrêt maladie jusqu\'au 20 (grippe), Marc-André la remplace. Merci de signaler les échanges à l\'AIC.\n\n@@TABLE0\n\n%s' % (greet(c, lang), sig(c, lang))
    else:
        subj = 'HD nursing schedule - week 46'
        text = '%s\n\nSchedule below. Tom is off sick until the 20th (flu), Brenda covering. Please report swaps to the charge nurse.\n\n@@TABLE0\n\n%s' % (greet(c, lang), sig(c, lang))
    at = []
    if r.random() < 0.5:
        at = [('horaire_s46.xlsx' if lang == 'fr' else 'schedule_wk46.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([('S46', rows)]))]
    return neg(frm, to, cc, subj, text, 'staff_schedule', 'nursing roster table with staff names and staff sick leave', tables=[rows], attachments=at)


def n_conference(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    rows = [['Heure', 'Conférencier', 'Sujet'] if lang == 'fr' else ['Time', 'Speaker', 'Topic']]
    topics = (['Insuffisance cardiaque à FEVG préservée', 'Anticoagulation chez le dialysé', 'Rejet humoral en greffe rénale', 'iSGLT2 et rein', 'Extraction de sondes']
              if lang == 'fr' else ['HFpEF update', 'Anticoagulation in dialysis', 'Antibody-mediated rejection', 'SGLT2i and the kidney', 'Lead extraction'])
    for i, t in enumerate(topics):
        s = STAFF[i % len(STAFF)]
        rows.append(['%dh%02d' % (8 + i, 0) if lang == 'fr' else '%d:00' % (8 + i), '%s %s %s' % (s[0] if lang == 'fr' else s[1], s[2], s[3]), t])
    if lang == 'fr':
        subj = 'Programme - Journée cardio-rénale 2026'
        text = 'Bonjour à tous,\n\nVoici le programme de la Journée cardio-rénale du %d novembre (amphithéâtre B, 7 crédits FMOQ).\n\n@@TABLE0\n\nInscription gratuite pour le personnel.\n\n%s' % (r.randint(10, 28), sig(c, lang))
    else:
        subj = 'Programme - Cardio-Renal Day 2026'
        text = 'Hi all,\n\nProgramme for Cardio-Renal Day on Nov %d (Auditorium B, 7 Mainpro+ credits).\n\n@@TABLE0\n\nFree registration for staff.\n\n%s' % (r.randint(10, 28), sig(c, lang))
    at = [('programme.pdf', 'application', 'pdf', make_pdf(subj, [' - '.join(map(str, x)) for x in rows]))] if r.random() < 0.5 else []
    return neg(frm, to, cc, subj, text, 'conference_programme', 'conference programme: speakers and topics', tables=[rows], attachments=at)


def n_newsletter(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    if lang == 'fr':
        subj = 'Bulletin de la clinique d\'anticoagulation - %s' % r.choice(['automne 2026', 'no 14', 'novembre'])
        text = 'BULLETIN ANTICOAG\n\n1. AOD et insuffisance rénale : apixaban 2,5 mg BID si 2 critères sur 3 (âge ≥ 80, poids ≤ 60 kg, créat ≥ 133).\n2. Rappel : INR hebdomadaire lors de l\'ajout d\'amiodarone ou d\'antibiotiques.\n3. %d patients suivis à la clinique, %d %% dans la cible thérapeutique.\n4. Nouvelle affiche « Saignement : quand consulter ».\n\nL\'équipe de la clinique\n%s' % (r.randint(600, 1400), r.randint(60, 75), sig(c, lang))
    else:
        subj = 'Anticoagulation Clinic Newsletter - %s' % r.choice(['Fall 2026', 'Issue 14', 'November'])
        text = 'ANTICOAG NEWS\n\n1. DOACs in CKD: apixaban 2.5 mg BID if 2 of 3 criteria (age >= 80, weight <= 60 kg, Cr >= 133).\n2. Reminder: weekly INR when amiodarone or antibiotics are added.\n3. %d patients followed, %d%% time in therapeutic range.\n4. New poster "Bleeding: when to seek care".\n\nThe clinic team\n%s' % (r.randint(600, 1400), r.randint(60, 75), sig(c, lang))
    return neg(frm, to + ['liste-cardio@%s' % dom], cc, subj, text, 'newsletter', 'clinic newsletter on drug dosing and aggregate stats', mode=r.choice(['html', 'alt']))


def n_vendor(c, lang):
    r = c.r
    frm = 'Ventes RenalCare <ventes@renalcare-supply.example>' if lang == 'fr' else 'RenalCare Sales <sales@renalcare-supply.example>'
    n = c.nurse()
    to = [c.addr_mail(n[0], n[1], r.choice(IN_DOM))]
    po = str(r.randint(4500000000, 4599999999))
    rows = [['Article', 'Code', 'Qté', 'Prix'] if lang == 'fr' else ['Item', 'Code', 'Qty', 'Price']]
    for it in ['Dialyseur FX80', 'Lignes artérielles/veineuses', 'Aiguilles fistule 15G', 'Concentré acide 2K'] if lang == 'fr' else ['Dialyzer FX80', 'A/V bloodlines', 'AVF needles 15G', 'Acid concentrate 2K']:
        rows.append([it, 'RC-%05d' % r.randint(0, 99999), r.randint(10, 400), '%.2f $' % r.uniform(2, 60)])
    if lang == 'fr':
        subj = 'Confirmation de commande BC %s' % po
        text = 'Bonjour,\n\nNous confirmons la réception du bon de commande %s. Livraison prévue le %d nov.\n\n@@TABLE0\n\nFacture no F-%06d à suivre.\n\nService à la clientèle RenalCare\n1-800-555-0199' % (po, r.randint(5, 28), r.randint(0, 999999))
    else:
        subj = 'Order confirmation PO %s' % po
        text = 'Hello,\n\nWe confirm receipt of PO %s. Delivery scheduled Nov %d.\n\n@@TABLE0\n\nInvoice INV-%06d to follow.\n\nRenalCare Customer Service\n1-800-555-0199' % (po, r.randint(5, 28), r.randint(0, 999999))
    return neg(frm, to, [], subj, text, 'vendor_order', 'supplier order confirmation with PO, item codes and prices', tables=[rows])


def n_job(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    if lang == 'fr':
        role = r.choice(['Perfusionniste', 'Infirmier(ère) en hémodialyse', 'Coordonnateur(trice) de greffe', 'Technologue en électrophysiologie'])
        subj = 'Affichage de poste : %s (no %d)' % (role, r.randint(20000, 29999))
        text = 'Affichage interne/externe\n\nPoste : %s, temps complet, quart de jour\nService : %s\nExigences : permis d\'exercice valide, 2 ans d\'expérience, RCR\nSalaire selon la convention collective\nDate limite : %d novembre 2026\n\nRessources humaines\n%s' % (
            role, r.choice(UNITS_FR), r.randint(10, 30), sig(c, lang))
    else:
        role = r.choice(['Clinical Perfusionist', 'Hemodialysis RN', 'Transplant Coordinator', 'EP Lab Technologist'])
        subj = 'Job posting: %s (#%d)' % (role, r.randint(20000, 29999))
        text = 'Internal/External Posting\n\nPosition: %s, full-time, days\nDepartment: %s\nRequirements: current registration, 2 years experience, BLS\nSalary per collective agreement\nClosing date: November %d, 2026\n\nHuman Resources\n%s' % (
            role, r.choice(UNITS_EN), r.randint(10, 30), sig(c, lang))
    return neg(frm, to, cc, subj, text, 'job_posting', 'job posting')


def n_it(c, lang):
    r = c.r
    frm = ('Service des TI <ti-alertes@%s>' if lang == 'fr' else 'IT Service Desk <itsd@%s>') % r.choice(IN_DOM)
    to = ['tous-cardio@%s' % IN_DOM[0]] if lang == 'fr' else ['all-staff@%s' % IN_DOM[3]]
    nas = 'NAS-CARDIO-%02d' % r.randint(1, 9)
    if lang == 'fr':
        subj = 'Interruption planifiée - %s et PACS cardio' % nas
        text = 'Bonjour,\n\nUne maintenance du serveur de stockage %s (NAS) aura lieu le %d nov. de 22 h à 2 h. Le lecteur partagé S:\\Cardio et la console de télésurveillance des stimulateurs seront indisponibles. Billet INC%07d.\n\nMerci de votre compréhension,\nCentre de services TI, poste 4357' % (nas, r.randint(5, 28), r.randint(0, 9999999))
    else:
        subj = 'Planned outage - %s and cardiology PACS' % nas
        text = 'Hello,\n\nMaintenance on storage server %s (NAS) on Nov %d from 22:00 to 02:00. The S:\\Cardio share and the device remote-monitoring console will be unavailable. Ticket INC%07d.\n\nThank you,\nIT Service Desk, ext. 4357' % (nas, r.randint(5, 28), r.randint(0, 9999999))
    return neg(frm, to, [], subj, text, 'it_outage', 'IT maintenance notice (NAS = network storage)')


def n_facilities(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    if lang == 'fr':
        subj = r.choice(['Stationnement P3 fermé', 'Cafétéria - horaire des fêtes', 'Travaux au 7e - unité de greffe'])
        text = '%s\n\n%s\n\nServices techniques\n%s' % (greet(c, lang), r.choice([
            'Le stationnement P3 sera fermé du %d au %d nov. pour le déneigement. Les patients de dialyse peuvent utiliser P1 (vignette gratuite au comptoir).' % (r.randint(1, 10), r.randint(11, 20)),
            'La cafétéria fermera à 19 h du 24 déc. au 2 janv. Machines distributrices disponibles au 1er.',
            'Des travaux de ventilation auront lieu au 7e étage (aile C). Prévoir du bruit entre 8 h et 15 h.']), sig(c, lang))
    else:
        subj = r.choice(['Parking lot P3 closed', 'Cafeteria holiday hours', 'Construction on 7 - transplant unit'])
        text = '%s\n\n%s\n\nFacilities\n%s' % (greet(c, lang), r.choice([
            'Lot P3 will be closed Nov %d-%d for snow removal. Dialysis patients may use P1 (free pass at the desk).' % (r.randint(1, 10), r.randint(11, 20)),
            'Cafeteria closes at 7 pm from Dec 24 to Jan 2. Vending on level 1.',
            'HVAC work on 7th floor (C wing). Expect noise 8am-3pm.']), sig(c, lang))
    return neg(frm, to, cc, subj, text, 'facilities', 'facilities / parking / cafeteria notice')


def n_teaching(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    age = r.randint(45, 82)
    if lang == 'fr':
        subj = 'Cas clinique - club de lecture néphro'
        text = '%s\n\nCas pour jeudi : Un homme de %d ans, hémodialysé depuis 5 ans, se présente avec dyspnée et K+ 7,2 après un souper des fêtes. ECG : ondes T pointues. Questions :\n1. Prise en charge immédiate?\n2. Rôle du patiromer?\n3. Quand dialyser?\n\nLecture : KDIGO 2024 hyperkaliémie.\n\n%s' % (greet(c, lang), age, sig(c, lang))
    else:
        subj = 'Teaching case - cardiology rounds'
        text = '%s\n\nCase for Thursday: A %d-year-old woman with ischemic cardiomyopathy (EF 25%%) and ICD presents after 3 shocks. Trop mildly elevated, K 3.1. Questions:\n1. Electrical storm management?\n2. Role of ablation?\n3. Device reprogramming?\n\nReading: 2022 ESC VA guidelines.\n\n%s' % (greet(c, lang), age, sig(c, lang))
    return neg(frm, to, cc, subj, text, 'teaching_case', 'anonymised teaching case, no identifier')


def n_committee_ics(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    att = [c.addr_mail(s[2], s[3], dom) for s in r.sample(STAFF, 4)]
    start = datetime.datetime(2026, 11, r.randint(2, 27), r.choice([7, 12, 16]), 0)
    if lang == 'fr':
        summ = r.choice(['Comité de sélection greffe rénale', 'Comité pharmacologie cardio', 'Réunion qualité dialyse'])
        desc = 'Ordre du jour : 1. Adoption PV 2. Indicateurs 3. Protocole héparine 4. Divers. Lien Teams dans le courriel.'
        text = 'Bonjour,\n\nInvitation au %s. L\'ordre du jour suit.\n\n%s' % (summ, sig(c, lang))
    else:
        summ = r.choice(['Kidney Transplant Selection Committee', 'Cardiology P&T Committee', 'Dialysis Quality Meeting'])
        desc = 'Agenda: 1. Approve minutes 2. Indicators 3. Heparin protocol 4. Other. Teams link in email.'
        text = 'Hi,\n\nInvitation to the %s. Agenda to follow.\n\n%s' % (summ, sig(c, lang))
    ics = make_ics(c, summ, desc, start, att, 'Salle 4.201' if lang == 'fr' else 'Room 4-201', 'cmte-%d@exemple' % r.randint(1000, 9999))
    return neg(frm, att, [], summ, text, 'committee_invite', 'committee meeting invitation for staff',
               attachments=[('invite.ics', 'text', 'calendar', ics)])


def n_blank_form(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    if lang == 'fr':
        paras = ['Nom du patient : ______________________', 'NAM : ____ ____ ____   DDN : ____/__/__', 'Motif de référence : ______________',
                 'Médication actuelle : ______________', 'Signature du médecin : ____________']
        title = 'Formulaire de référence - Clinique d\'anticoagulation (vierge)'
        subj = 'Nouveau formulaire de référence anticoag'
        text = '%s\n\nVoici la nouvelle version du formulaire de référence (v3, nov. 2026). Merci de détruire les anciennes copies.\n\n%s' % (greet(c, lang), sig(c, lang))
        fn = 'formulaire_reference_v3.docx'
    else:
        paras = ['Patient name: ______________________', 'Health card #: __________ VC: __   DOB: ____/__/__', 'Reason for referral: ______________',
                 'Current medications: ______________', 'Physician signature: ____________']
        title = 'Referral Form - Anticoagulation Clinic (blank)'
        subj = 'New anticoag referral form'
        text = '%s\n\nAttached is the new referral form (v3, Nov 2026). Please discard older copies.\n\n%s' % (greet(c, lang), sig(c, lang))
        fn = 'referral_form_v3.docx'
    return neg(frm, to, cc, subj, text, 'blank_form', 'blank referral form template',
               attachments=[(fn, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, paras))])


def n_tx_stats(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    rows = [['Organe', '2024', '2025', '2026 (à date)', 'Liste active'] if lang == 'fr' else ['Organ', '2024', '2025', '2026 YTD', 'Active list']]
    for o in (['Rein', 'Rein donneur vivant', 'Foie', 'Coeur'] if lang == 'fr' else ['Kidney', 'Living donor kidney', 'Liver', 'Heart']):
        rows.append([o, r.randint(10, 150), r.randint(10, 150), r.randint(5, 120), r.randint(8, 400)])
    csvd = make_csv(rows, ';' if lang == 'fr' else ',')
    if lang == 'fr':
        subj = 'Statistiques programme de greffe 2026'
        text = '%s\n\nStatistiques annuelles du programme pour le rapport au CA. Délai médian sur la liste rénale : %d mois.\n\n@@TABLE0\n\n%s' % (greet(c, lang), r.randint(18, 40), sig(c, lang))
    else:
        subj = 'Transplant program statistics 2026'
        text = '%s\n\nAnnual programme stats for the Board report. Median kidney waitlist time: %d months.\n\n@@TABLE0\n\n%s' % (greet(c, lang), r.randint(18, 40), sig(c, lang))
    return neg(frm, to, cc, subj, text, 'program_statistics', 'aggregate transplant programme statistics', tables=[rows],
               attachments=[('stats_greffe.csv' if lang == 'fr' else 'tx_stats.csv', 'text', 'csv', csvd)] if r.random() < 0.5 else [])


def n_oncall(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    rows = [['Date', 'Cardio', 'Néphro', 'Greffe'] if lang == 'fr' else ['Date', 'Cardiology', 'Nephrology', 'Transplant']]
    for d in range(1, 15):
        rows.append(['2026-12-%02d' % d] + ['%s %s' % (s[2][0] + '.', s[3]) for s in r.sample(STAFF, 3)])
    data = make_xlsx([('Garde' if lang == 'fr' else 'On-call', rows)])
    if lang == 'fr':
        subj = 'Liste de garde décembre'
        text = '%s\n\nCi-joint la liste de garde des médecins pour décembre. Échanges à faire approuver par le chef de service.\n\n%s' % (greet(c, lang), sig(c, lang))
    else:
        subj = 'December on-call schedule'
        text = '%s\n\nAttached is the physician on-call schedule for December. Swaps must be approved by the division head.\n\n%s' % (greet(c, lang), sig(c, lang))
    return neg(frm, to, cc, subj, text, 'oncall_xlsx', 'physician on-call spreadsheet',
               attachments=[('garde_dec.xlsx' if lang == 'fr' else 'oncall_dec.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)])


def n_assets(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    rows = [['Actif', 'Description', 'N° série', 'IMEI', 'Local'] if lang == 'fr' else ['Asset', 'Description', 'Serial', 'IMEI', 'Location']]
    for _ in range(r.randint(5, 9)):
        b = '35%012d' % r.randint(0, 10 ** 12 - 1)
        rows.append(['A%06d' % r.randint(0, 999999), r.choice(['Moniteur Holter', 'Tablette télésurveillance', 'Programmateur DCI', 'Pompe à perfusion', 'Appareil INR point de service']) if lang == 'fr'
                     else r.choice(['Holter monitor', 'Remote monitoring tablet', 'ICD programmer', 'Infusion pump', 'Point-of-care INR meter']),
                     str(r.randint(10 ** 8, 10 ** 9 - 1)), b + luhn.calc_check_digit(b), r.choice(['2.114', 'B-210', '7C', 'HD-2'])])
    if lang == 'fr':
        subj = 'Inventaire équipements - génie biomédical'
        text = '%s\n\nInventaire annuel des équipements du service. Merci de valider les numéros de série et les IMEI des tablettes avant le %d.\n\n@@TABLE0\n\nGénie biomédical\n%s' % (greet(c, lang), r.randint(10, 30), sig(c, lang))
    else:
        subj = 'Equipment inventory - biomedical engineering'
        text = '%s\n\nAnnual equipment inventory. Please validate serial numbers and tablet IMEIs before the %dth.\n\n@@TABLE0\n\nBiomedical Engineering\n%s' % (greet(c, lang), r.randint(10, 30), sig(c, lang))
    return neg(frm, to, cc, subj, text, 'asset_inventory', 'equipment inventory with serials and IMEIs (checksum-valid look-alikes)', tables=[rows])


def n_invoice(c, lang):
    r = c.r
    frm = 'Comptes recevables <ar@cardiotek-medical.example>' if lang == 'fr' else 'Accounts Receivable <ar@cardiotek-medical.example>'
    to = ['comptes.payables@%s' % r.choice(IN_DOM)]
    b = str(r.randint(10 ** 8, 10 ** 9 - 1))
    num = b[:8] + luhn.calc_check_digit(b[:8])
    lines = (['Facture no %s' % num, 'Client : %s' % r.choice(['CHU Exemple', 'Hôpital de la Rivière']), 'Stimulateurs bicaméraux x 10 : 48 500,00 $',
              'Sondes x 20 : 9 200,00 $', 'TPS 123456789 RT0001 / TVQ 1234567890 TQ0001', 'Total : 66 352,58 $', 'Échéance : 30 jours']
             if lang == 'fr' else ['Invoice # %s' % num, 'Customer: Lakeshore Health Centre', 'Dual-chamber pacemakers x 10: $48,500.00',
                                  'Leads x 20: $9,200.00', 'HST 123456789 RT0001', 'Total: $65,201.00', 'Net 30'])
    text = ('Bonjour,\n\nVeuillez trouver ci-joint la facture %s.\n\nMerci,\nComptes recevables' if lang == 'fr' else 'Hello,\n\nPlease find attached invoice %s.\n\nRegards,\nAccounts Receivable') % num
    return neg(frm, to, [], ('Facture %s' if lang == 'fr' else 'Invoice %s') % num, text, 'invoice', 'vendor invoice (PDF) with checksum-valid invoice number',
               attachments=[('facture_%s.pdf' % num if lang == 'fr' else 'invoice_%s.pdf' % num, 'application', 'pdf', make_pdf(lines[0], lines))])


def n_rehab_class(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    rows = [['Jour', 'Heure', 'Activité', 'Animateur'] if lang == 'fr' else ['Day', 'Time', 'Session', 'Lead']]
    for d, act in zip(['Lun', 'Mer', 'Ven', 'Mar'] if lang == 'fr' else ['Mon', 'Wed', 'Fri', 'Tue'],
                      ['Exercice supervisé', 'Nutrition cardiaque', 'Gestion du stress', 'Médicaments cardiaques 101'] if lang == 'fr'
                      else ['Supervised exercise', 'Heart-healthy eating', 'Stress management', 'Heart meds 101']):
        x = r.choice(NURSES)
        rows.append([d, r.choice(['9h', '10h30', '13h']), act, '%s %s' % (x[0], x[1])])
    if lang == 'fr':
        subj = 'Horaire des cours - réadaptation cardiaque hiver 2027'
        text = '%s\n\nHoraire des séances de groupe pour la cohorte de janvier (12 places par groupe).\n\n@@TABLE0\n\n%s' % (greet(c, lang), sig(c, lang))
    else:
        subj = 'Cardiac rehab class schedule - Winter 2027'
        text = '%s\n\nGroup class schedule for the January cohort (12 spots per class).\n\n@@TABLE0\n\n%s' % (greet(c, lang), sig(c, lang))
    return neg(frm, to, cc, subj, text, 'rehab_class_schedule', 'group class schedule with staff leads', tables=[rows])


def n_public_health(c, lang):
    r = c.r
    frm = ('Direction de santé publique <dsp-bulletin@%s>' if lang == 'fr' else 'Public Health Unit <phu-bulletin@%s>') % r.choice(['sante-publique.example', 'phu-eastern.example'])
    to = ['medecins@%s' % r.choice(IN_DOM)]
    if lang == 'fr':
        subj = 'Bulletin DSP - influenza et VRS en unités de dialyse'
        text = 'Bulletin no %d\n\nHausse de l\'activité grippale : %d cas d\'influenza A dans la région cette semaine, dont 4 éclosions en CHSLD. Vaccination recommandée pour tous les patients dialysés et le personnel. Isoler les cas suspects en chaise d\'extrémité.\n\nDirection de santé publique' % (r.randint(20, 60), r.randint(80, 400))
    else:
        subj = 'PHU bulletin - influenza and RSV in dialysis units'
        text = 'Bulletin #%d\n\nInfluenza activity rising: %d lab-confirmed influenza A cases regionally this week, 4 LTC outbreaks. Vaccination recommended for all dialysis patients and staff. Isolate suspected cases at end chairs.\n\nPublic Health Unit' % (r.randint(20, 60), r.randint(80, 400))
    return neg(frm, to, [], subj, text, 'public_health', 'public health bulletin with aggregate counts', mode=r.choice(['html', 'plain']))


def n_staff_reply(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    x = r.choice(NURSES)
    if lang == 'fr':
        orig = 'Bonjour,\n\nEst-ce que quelqu\'un peut remplacer %s samedi? Elle a une chirurgie au genou la semaine prochaine et sera en congé 6 semaines.\n\n%s' % (x[0], n[0])
        text = 'Je peux prendre le samedi de jour.\n\n%s\n\n-----Message d\'origine-----\nDe : %s %s\nEnvoyé : %d novembre 2026\nObjet : remplacement samedi\n\n%s' % (r.choice(NURSES)[0], n[0], n[1], r.randint(1, 28), orig)
        subj = 'RE: remplacement samedi'
    else:
        orig = 'Hi,\n\nCan anyone cover %s on Saturday? She is having knee surgery next week and will be off 6 weeks.\n\n%s' % (x[0], n[0])
        text = 'I can take Saturday days.\n\n%s\n\n-----Original Message-----\nFrom: %s %s\nSent: November %d, 2026\nSubject: Saturday coverage\n\n%s' % (r.choice(NURSES)[0], n[0], n[1], r.randint(1, 28), orig)
        subj = 'RE: Saturday coverage'
    return neg(frm, to, cc, subj, text, 'staff_thread', 'staff shift coverage thread mentioning a colleague\'s leave', mode='plain')


def n_physician_bio(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    s = r.choice(STAFF)
    if lang == 'fr':
        subj = 'Bienvenue à %s %s %s' % (s[0], s[2], s[3])
        text = '%s\n\nNous accueillons %s %s %s, %s, qui se joint à l\'équipe. Ses intérêts : %s. Elle/il assurera la clinique du mardi.\n\nLa direction\n%s' % (
            greet(c, lang), s[0], s[2], s[3], s[4], r.choice(['polykystose rénale', 'amylose cardiaque', 'hypertension pulmonaire', 'cardiomyopathie hypertrophique', 'rejet humoral']), sig(c, lang))
    else:
        subj = 'Welcome %s %s %s' % (s[1], s[2], s[3])
        text = '%s\n\nPlease welcome %s %s %s, %s, joining the team. Clinical interests: %s. Will run the Tuesday clinic.\n\nAdministration\n%s' % (
            greet(c, lang), s[1], s[2], s[3], s[5], r.choice(['polycystic kidney disease', 'cardiac amyloidosis', 'pulmonary hypertension', 'hypertrophic cardiomyopathy', 'AMR']), sig(c, lang))
    return neg(frm, to, cc, subj, text, 'physician_welcome', 'announcement: physician name next to diseases they treat')


def n_fwd_vendor_eml(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    if lang == 'fr':
        itext = 'Bonjour,\n\nNouvelle version du logiciel de télésurveillance (v5.2) disponible le 1er décembre. Formation en ligne les 3 et 10 déc. Aucune action requise sur les appareils.\n\nSoutien clinique Cardiotek'
        subj, isubj, text = 'TR: Mise à jour logiciel télésurveillance', 'Mise à jour logiciel', 'Pour info, voir le message joint.\n\n%s' % sig(c, lang)
    else:
        itext = 'Hello,\n\nRemote monitoring software v5.2 available Dec 1. Online training Dec 3 and 10. No device action required.\n\nCardiotek Clinical Support'
        subj, isubj, text = 'FW: Remote monitoring software update', 'Software update', 'FYI see attached message.\n\n%s' % sig(c, lang)
    inner = inner_eml(c, 'support@cardiotek-medical.example', frm.split('<')[-1].rstrip('>'), isubj, itext, lang)
    return neg(frm, to, cc, subj, text, 'fwd_vendor_eml', 'forwarded vendor software notice as attached .eml', eml_attach=inner)


def n_protocol(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    if lang == 'fr':
        subj = 'Protocole héparine HBPM en dialyse - version approuvée'
        text = '%s\n\nLe comité de pharmacologie a approuvé le protocole révisé :\n- Valeurs critiques à appeler : K+ > 6,0 ou < 2,8 mmol/L; INR > 5; troponine hs > 52 ng/L chez nouveau patient\n- Tacrolimus : cible 5-8 µg/L après 3 mois\n- Anti-Xa cible 0,5-1,0\n\nEntrée en vigueur le %d décembre.\n\n%s' % (greet(c, lang), r.randint(1, 15), sig(c, lang))
    else:
        subj = 'Heparin/LMWH dialysis protocol - approved version'
        text = '%s\n\nP&T approved the revised protocol:\n- Critical values to call: K > 6.0 or < 2.8 mmol/L; INR > 5; hs-troponin > 52 ng/L in new pt\n- Tacrolimus target 5-8 ug/L after 3 months\n- Anti-Xa target 0.5-1.0\n\nEffective December %d.\n\n%s' % (greet(c, lang), r.randint(1, 15), sig(c, lang))
    return neg(frm, to, cc, subj, text, 'protocol_update', 'protocol with lab thresholds, no patient')


def n_ethics(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang)
    proj = 'MP-%02d-2026-%04d' % (r.randint(10, 99), r.randint(1000, 9999))
    if lang == 'fr':
        subj = 'Approbation CER - projet %s' % proj
        text = '%s\n\nLe comité d\'éthique de la recherche a approuvé le projet %s « Réadaptation cardiaque virtuelle chez les greffés rénaux » (chercheuse principale : Dre I. Faucher). Recrutement prévu : 120 participants.\n\n%s' % (greet(c, lang), proj, sig(c, lang))
    else:
        subj = 'REB approval - project %s' % proj
        text = '%s\n\nThe REB has approved project %s "Virtual cardiac rehab in kidney transplant recipients" (PI: Dr S. Whitfield). Target enrolment: 120 participants.\n\n%s' % (greet(c, lang), proj, sig(c, lang))
    return neg(frm, to, cc, subj, text, 'ethics_approval', 'research ethics approval notice')


def n_hr(c, lang):
    r = c.r
    frm = ('Ressources humaines <rh@%s>' if lang == 'fr' else 'Human Resources <hr@%s>') % r.choice(IN_DOM)
    n = c.nurse()
    to = [c.addr_mail(n[0], n[1], r.choice(IN_DOM))]
    emp = str(r.randint(100000, 999999))
    if lang == 'fr':
        subj = 'Confirmation de votre congé - matricule %s' % emp
        text = 'Bonjour %s,\n\nNous confirmons votre congé de maladie du %d au %d novembre (certificat médical reçu). Votre paie sera versée via l\'assurance salaire. Matricule %s.\n\nService de santé et sécurité au travail' % (n[0], r.randint(1, 10), r.randint(11, 28), emp)
    else:
        subj = 'Leave confirmation - employee #%s' % emp
        text = 'Hi %s,\n\nWe confirm your sick leave from Nov %d to Nov %d (medical note received). Pay will continue through short-term disability. Employee #%s.\n\nOccupational Health & Safety' % (n[0], r.randint(1, 10), r.randint(11, 28), emp)
    return neg(frm, to, [], subj, text, 'hr_leave', 'HR leave confirmation for an employee')



def n_fit_test(c, lang):
    r = c.r
    frm, to, cc, n, dom = people(c, lang, out=False)
    rows = [['Employé', 'Matricule', 'Unité', 'N95', 'Vaccin grippe'] if lang == 'fr' else ['Employee', 'Emp #', 'Unit', 'N95', 'Flu shot']]
    for x in r.sample(NURSES, 6):
        rows.append(['%s, %s' % (x[1].upper(), x[0]), str(r.randint(100000, 999999)), r.choice(UNITS_FR if lang == 'fr' else UNITS_EN),
                     r.choice(['3M 1870+', '3M 1860S', 'à refaire' if lang == 'fr' else 'redo']), r.choice(['oui', 'non', 'refus']) if lang == 'fr' else r.choice(['yes', 'no', 'declined'])])
    if lang == 'fr':
        subj = 'Suivi fit-test N95 et vaccination - personnel dialyse/cardio'
        text = '%s\n\nSuivi de la prévention des infections pour le personnel :\n\n@@TABLE0\n\nMerci de prendre RV au Bureau de santé si à refaire.\n\n%s' % (greet(c, lang), sig(c, lang))
    else:
        subj = 'N95 fit-test and flu vaccine tracking - dialysis/cardiac staff'
        text = '%s\n\nIPAC tracking for staff:\n\n@@TABLE0\n\nPlease book with Occupational Health if a redo is needed.\n\n%s' % (greet(c, lang), sig(c, lang))
    return neg(frm, to, cc, subj, text, 'staff_fit_test', 'staff roster with employee numbers, fit-test and vaccination status', tables=[rows])


def n_courier(c, lang):
    r = c.r
    frm = 'Expéditions RenalCare <expedition@renalcare-supply.example>' if lang == 'fr' else 'RenalCare Shipping <shipping@renalcare-supply.example>'
    n = c.nurse()
    to = [c.addr_mail(n[0], n[1], r.choice(IN_DOM))]
    b = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(7))
    trk = b + luhn.calc_check_digit(b)
    if lang == 'fr':
        subj = 'Avis d\'expédition - repérage %s' % trk
        text = 'Votre commande de cycleurs de dialyse péritonéale (12 unités, lot L%05d) a été expédiée.\nNo de repérage : %s\nLivraison : quai de réception, Pavillon B, %d nov.\n\nExpéditions RenalCare' % (r.randint(0, 99999), fmt_sin(c, trk), r.randint(3, 28))
    else:
        subj = 'Shipping notice - tracking %s' % trk
        text = 'Your order of PD cyclers (12 units, lot L%05d) has shipped.\nTracking #: %s\nDelivery: receiving dock, Building B, Nov %d.\n\nRenalCare Shipping' % (r.randint(0, 99999), fmt_sin(c, trk), r.randint(3, 28))
    return neg(frm, to, [], subj, text, 'shipping_notice', 'shipping notice with a 9-digit checksum-valid tracking number')


NEG = [n_fit_test, n_courier, n_quality, n_recall, n_staff_schedule, n_conference, n_newsletter, n_vendor, n_job, n_it, n_facilities, n_teaching,
       n_committee_ics, n_blank_form, n_tx_stats, n_oncall, n_assets, n_invoice, n_rehab_class, n_public_health, n_staff_reply,
       n_physician_bio, n_fwd_vendor_eml, n_protocol, n_ethics, n_hr]


# ================================================================ main
def check(outdir, labels):
    files = sorted(os.path.relpath(os.path.join(d, f), outdir).replace(os.sep, '/')
                   for sub in ('positive', 'negative') for d, _, fs in os.walk(os.path.join(outdir, sub)) for f in fs)
    assert files == sorted(labels), 'labels do not cover exactly the files'
    for f in files:
        with open(os.path.join(outdir, f), 'rb') as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart() and part.get_content_type() != 'message/rfc822':
                part.get_content()
        lab = labels[f]
        assert lab['confidential'] == f.startswith('positive/')
        assert (len(lab['types']) > 0) == lab['confidential'], f
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode() + b'\0')
        with open(os.path.join(outdir, f), 'rb') as fh:
            h.update(fh.read())
    with open(os.path.join(outdir, 'labels.json'), 'rb') as fh:
        h.update(b'labels.json\0' + fh.read())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=SEED)
    a = ap.parse_args()
    c = Ctx(a.seed)
    r = c.r
    out = a.out
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    langs_p = ['fr'] * 38 + ['en'] * (N_POS - 38)
    langs_n = ['fr'] * 52 + ['en'] * (N_NEG - 52)
    r.shuffle(langs_p)
    r.shuffle(langs_n)
    labels = {}
    stats = dict(cat={}, lang={}, transport={}, crlf=0, charset={}, cte={})
    for kind, fns, langs, prefix in (('positive', POS, langs_p, 'p'), ('negative', NEG, langs_n, 'n')):
        order = []
        while len(order) < len(langs):
            blk = list(fns)
            r.shuffle(blk)
            order += blk
        for i, lang in enumerate(langs):
            m = order[i](c, lang)
            if m.get('sex') and lang == 'fr':
                m['text'] = gx(m['text'], m['sex'])
                m['subject'] = gx(m['subject'], m['sex'])
            data, tr = build(c, m, lang)
            name = '%s/%s%03d_%s.eml' % (kind, prefix, i + 1, m['cat'])
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(data)
            labels[name] = dict(confidential=kind == 'positive', types=sorted(m['types']), lang=lang, note=m['note'])
            stats['cat'][m['cat']] = stats['cat'].get(m['cat'], 0) + 1
            stats['lang'][lang] = stats['lang'].get(lang, 0) + 1
            stats['transport'][tr['mode']] = stats['transport'].get(tr['mode'], 0) + 1
            stats['crlf'] += tr['crlf']
            for p in tr['parts']:
                if p.startswith('text/plain') or p.startswith('text/html'):
                    _, cs, cte = p.split(';')
                    stats['charset'][cs] = stats['charset'].get(cs, 0) + 1
                    stats['cte'][cte] = stats['cte'].get(cte, 0) + 1
                else:
                    stats['transport']['att:' + p] = stats['transport'].get('att:' + p, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    digest = check(out, labels)
    npos = sum(1 for v in labels.values() if v['confidential'])
    print('positives', npos, 'negatives', len(labels) - npos)
    for k in ('cat', 'lang', 'transport', 'charset', 'cte'):
        print(k, json.dumps(dict(sorted(stats[k].items())), ensure_ascii=False))
    print('crlf files', stats['crlf'])
    print('sha256', digest)


if __name__ == '__main__':
    main()
