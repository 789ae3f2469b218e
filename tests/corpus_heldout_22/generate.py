#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus: primary care / community health (GMF, CLSC, walk-in,
pharmacies, public health, school health, midwives, Ontario FHT partner).
Seeded and byte-for-byte deterministic.  Usage: python generate.py [--out DIR] [--seed 2222]
All people, institutions, domains, addresses and numbers are invented."""
import argparse, csv, datetime as dt, hashlib, html as htmlmod, io, json, os, random, re, shutil, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage

from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum import luhn

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
FIXED_ZIP_TIME = (2026, 1, 15, 9, 0, 0)
TZ = dt.timezone(dt.timedelta(hours=-5))

# ---------------------------------------------------------------- data

def load_nams():
    out = []
    with open(NAMS_FILE, encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(dict(sur=sur, giv=giv, dob=dob, sex=sex, nam=nam))
    return out

STAFF_FR = [('Dre', 'Isabelle', 'Tremblay'), ('Dr', 'Mathieu', 'Desjardins'), ('Dre', 'Chantal', 'Ouimet'),
            ('Dr', 'Karim', 'Benali'), ('Dre', 'Julie', 'Lévesque'), ('Dr', 'François', 'Dubé'),
            ('Dre', 'Nadia', 'Haddad'), ('Dr', 'Étienne', 'Marcoux'), ('Dre', 'Manon', 'Gagnon'),
            ('Dr', 'Pierre-Luc', 'Vézina')]
NURSES_FR = [('Annie', 'Bergeron', 'inf. clinicienne'), ('Sophie', 'Lachance', 'IPS-PL'),
             ('Marie-Ève', 'Côté', 'infirmière CLSC'), ('Josiane', 'Rioux', 'inf. auxiliaire'),
             ('Valérie', 'Boisvert', 'sage-femme'), ('Catherine', 'Dion', 'infirmière scolaire'),
             ('Mélanie', 'Grenier', 'agente administrative'), ('Lucie', 'Poulin', 'travailleuse sociale')]
STAFF_EN = [('Dr.', 'Rachel', 'Abernathy'), ('Dr.', 'Owen', 'McLeod'), ('Dr.', 'Priya', 'Raman'),
            ('Dr.', 'Daniel', 'Kowalski'), ('Dr.', 'Heather', 'Sinclair'), ('Dr.', 'Samuel', 'Osei')]
NURSES_EN = [('Jennifer', 'Walsh', 'RN'), ('Megan', "O'Brien", 'NP-PHC'), ('Kevin', 'Tran', 'RPN'),
             ('Laura', 'Fitzgerald', 'RM'), ('Tanya', 'Hughes', 'medical secretary'),
             ('Brian', 'Castillo', 'PharmD')]
PAT_GIVEN_F = ['Ghislaine', 'Amélie', 'Rose', 'Karine', 'Noémie', 'Laurence', 'Brittany', 'Heather', 'Yasmine', 'Océane']
PAT_GIVEN_M = ['Réjean', 'Maxime', 'Olivier', 'Jordan', 'Kevin', 'Samuel', 'Thomas', 'Yannick', 'Ahmed', 'Gaston']
PAT_SUR = ['Beaulieu', 'Pelchat', 'Arsenault', 'Dufresne', 'Laliberté', 'Paradis', 'Thériault', 'Gosselin',
           'Chartrand', 'Bissonnette', 'Hébert', 'Robitaille', 'Carrier', 'Mercier', 'Duguay', 'Provencher']
ON_SUR = ['Harrington', 'Mitchell', 'Carmichael', 'Dempsey', 'Patterson', 'Nguyen', 'Sullivan', 'Graham']
ON_GIV_F = ['Emily', 'Hannah', 'Olivia', 'Margaret', 'Chloe']
ON_GIV_M = ['Ethan', 'Connor', 'Gordon', 'Liam', 'Nathan']
STREETS = ['rue des Érables', 'boul. Taschereau', 'rue Principale', 'ch. de la Rivière', 'rue Saint-Georges',
           'av. du Parc', 'rang Sainte-Marie', 'rue Notre-Dame O.']
TOWNS = ['Longueuil', 'Saint-Hyacinthe', 'Granby', 'Chambly', 'Beloeil', 'Saint-Jean-sur-Richelieu', 'Brossard']

# orgs (all invented, .example)
GMF = 'gmf-exemple.example'
CISSS = 'cisss-sud.example'
FHT = 'fht-kingston.example'
EXT = ['pharmacie-dulac.example', 'pharmaprix-sud.example', 'labo-biomed.example', 'assurances-boreal.example',
       'ecole-des-erables.example', 'maisonnaissance-sud.example', 'chu-exemple.example', 'cliniqueradio.example',
       'transport-adapte.example', 'manufacture-richelieu.example', 'desjardins-rh.example', 'cssvr.example']


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nams = load_nams()
        self.nam_i = 0
        self.msgid = 0
        self.base = dt.datetime(2026, 10, 5, 8, 0, tzinfo=TZ)
        self.tick = 0

    # --- people
    def nam_patient(self, minyear=None):
        while True:
            p = self.nams[self.nam_i % len(self.nams)]
            self.nam_i += 1
            if minyear is None or int(p['dob'][:4]) >= minyear:
                break
        p = dict(p)
        p['name'] = f"{p['giv']} {p['sur']}"
        p['fem'] = p['sex'] == 'F'
        return p

    def patient(self):
        r = self.rng
        fem = r.random() < 0.55
        giv = r.choice(PAT_GIVEN_F if fem else PAT_GIVEN_M)
        sur = r.choice(PAT_SUR)
        y = r.randint(1938, 2020)
        dob = f"{y}-{r.randint(1,12):02d}-{r.randint(1,28):02d}"
        return dict(giv=giv, sur=sur, name=f'{giv} {sur}', fem=fem, sex='F' if fem else 'M', dob=dob)

    def on_patient(self):
        r = self.rng
        fem = r.random() < 0.5
        giv = r.choice(ON_GIV_F if fem else ON_GIV_M)
        sur = r.choice(ON_SUR)
        y = r.randint(1940, 2018)
        return dict(giv=giv, sur=sur, name=f'{giv} {sur}', fem=fem, sex='F' if fem else 'M',
                    dob=f"{y}-{r.randint(1,12):02d}-{r.randint(1,28):02d}")

    def doc(self, fr=True):
        return self.rng.choice(STAFF_FR if fr else STAFF_EN)

    def nurse(self, fr=True):
        return self.rng.choice([x for x in (NURSES_FR if fr else NURSES_EN) if x[2] not in ('sage-femme', 'RM')])

    # --- identifiers
    def sin(self):
        while True:
            s = str(self.rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(self.rng.randint(0, 9)) for _ in range(8))
            if ca_sin.is_valid(s):
                return s

    def ohip(self):
        while True:
            s = str(self.rng.randint(1, 9)) + ''.join(str(self.rng.randint(0, 9)) for _ in range(9))
            if luhn.is_valid(s):
                return s

    def luhn_number(self, n):
        while True:
            s = str(self.rng.randint(1, 9)) + ''.join(str(self.rng.randint(0, 9)) for _ in range(n - 1))
            if luhn.is_valid(s):
                return s

    def niss(self, dob):
        y, m, d = dob.split('-')
        while True:
            seq = f"{self.rng.randint(1, 997):03d}"
            base = y[2:] + m + d + seq
            num = int(('2' if int(y) >= 2000 else '') + base)
            chk = 97 - num % 97
            s = base + f'{chk:02d}'
            if be_nn.is_valid(s):
                return s

    def nir(self, dob, fem):
        y, m, _ = dob.split('-')
        while True:
            s13 = ('2' if fem else '1') + y[2:] + m + f"{self.rng.randint(1, 95):02d}" + \
                f"{self.rng.randint(1, 999):03d}" + f"{self.rng.randint(1, 999):03d}"
            if s13[5:7] in ('20',):
                continue
            key = 97 - int(s13) % 97
            s = s13 + f'{key:02d}'
            if fr_nir.is_valid(s):
                return s

    def mrn(self):
        r = self.rng
        k = r.randint(0, 4)
        if k == 0:
            return str(r.randint(1000000, 9999999))
        if k == 1:
            return f"{r.randint(10000000, 99999999)}"
        if k == 2:
            return f"M{r.randint(100000, 999999)}"
        if k == 3:
            return f"GMF-{r.randint(1000, 99999):05d}"
        return f"S{r.randint(1000000, 9999999)}"

    def phone(self, area=None):
        a = area or self.rng.choice(['450', '514', '579', '438'])
        return f"{a}-555-{self.rng.randint(100, 9999):04d}"

    def address(self):
        return f"{self.rng.randint(12, 2990)}, {self.rng.choice(STREETS)}, {self.rng.choice(TOWNS)} (QC) J{self.rng.randint(2,4)}{self.rng.choice('ABGHKLNRX')} {self.rng.randint(1,9)}{self.rng.choice('ABCEHKMNPRT')}{self.rng.randint(1,9)}"

    def date(self):
        self.tick += 1
        return self.base + dt.timedelta(days=self.rng.randint(0, 40), minutes=self.rng.randint(0, 600), seconds=self.tick)

    def day(self, fr=True, off=None):
        d = (self.base + dt.timedelta(days=off if off is not None else self.rng.randint(1, 50))).date()
        if fr:
            mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
                    'novembre', 'décembre']
            return f"{d.day} {mois[d.month-1]}"
        return d.strftime('%b %d').replace(' 0', ' ')

    def new_msgid(self, dom):
        self.msgid += 1
        h = hashlib.sha1(f'{self.msgid}-{self.rng.random()}'.encode()).hexdigest()[:16]
        return f'<{h}.{self.msgid}@{dom}>'


# ------------------------------------------------------------- id formatting

FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fmt_nam(nam, style):
    if style == 0:
        return nam
    if style == 1:
        return f'{nam[:4]} {nam[4:8]} {nam[8:]}'
    if style == 2:
        return f'{nam[:4]}-{nam[4:8]}-{nam[8:]}'
    if style == 3:
        return nam.lower()
    if style == 4:
        return ' '.join(nam)
    if style == 5:
        return nam[:4] + nam[4:].translate(FW)
    return f'{nam[:4]}.{nam[4:8]}.{nam[8:]}'


def fmt_sin(s, style=0):
    return [f'{s[:3]} {s[3:6]} {s[6:]}', f'{s[:3]}-{s[3:6]}-{s[6:]}', s][style % 3]


def fmt_dob(dob, fr=True, style=0):
    y, m, d = dob.split('-')
    if style == 1:
        return f'{d}/{m}/{y}'
    if style == 2:
        return f'{y}/{m}/{d}'
    return dob


def age(dob, ref=2026):
    return ref - int(dob[:4])

# ------------------------------------------------------------- attachments


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-01-15T09:00:00Z', b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('')
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, 740, title)
    c.setFont('Helvetica', 10)
    y = 715
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 740
        c.drawString(60, y, ln)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras):
    import docx
    d = docx.Document()
    d.core_properties.author = ''
    d.core_properties.created = dt.datetime(2026, 1, 15, 9, 0)
    d.core_properties.modified = dt.datetime(2026, 1, 15, 9, 0)
    d.core_properties.last_modified_by = ''
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(rows, sheet='Feuil1'):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = ''
    wb.properties.created = dt.datetime(2026, 1, 15, 9, 0)
    wb.properties.modified = dt.datetime(2026, 1, 15, 9, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, sep=';'):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def make_ics(summary, desc, location, start, minutes=60, uid='x', organizer='mailto:rdv@gmf-exemple.example'):
    from icalendar import Calendar, Event
    cal = Calendar()
    cal.add('prodid', '-//Agenda clinique//FR')
    cal.add('version', '2.0')
    cal.add('method', 'REQUEST')
    ev = Event()
    ev.add('uid', uid)
    ev.add('dtstamp', dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.timezone.utc))
    start = start.astimezone(dt.timezone.utc)
    ev.add('dtstart', start)
    ev.add('dtend', start + dt.timedelta(minutes=minutes))
    ev.add('summary', summary)
    ev.add('description', desc)
    ev.add('location', location)
    ev.add('organizer', organizer)
    cal.add_component(ev)
    return cal.to_ical()


def make_vcard(fn, sur, giv, tel=None, adr=None, note=None, org=None, email_=None, bday=None):
    ls = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{sur};{giv};;;', f'FN:{fn}']
    if org:
        ls.append(f'ORG:{org}')
    if tel:
        ls.append(f'TEL;TYPE=HOME,VOICE:{tel}' if not org else f'TEL;TYPE=WORK,VOICE:{tel}')
    if email_:
        ls.append(f'EMAIL;TYPE=INTERNET:{email_}')
    if adr:
        ls.append(f'ADR;TYPE=HOME:;;{adr};;;;')
    if bday:
        ls.append(f'BDAY:{bday}')
    if note:
        ls.append(f'NOTE:{note}')
    ls.append('END:VCARD')
    return '\r\n'.join(ls) + '\r\n'


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return out.getvalue()


MIME = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
        'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'csv': ('text', 'csv'),
        'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'zip': ('application', 'zip'), 'txt': ('text', 'plain')}

# ------------------------------------------------------------- message building


def text_to_html(body):
    parts = []
    for para in body.split('\n\n'):
        lines = [htmlmod.escape(l) for l in para.split('\n')]
        if all(l.startswith('&gt;') for l in lines if l):
            parts.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">' + '<br>\n'.join(lines) + '</blockquote>')
        else:
            parts.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return ('<html><head><meta charset="{cs}"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(parts) + '\n</body></html>\n')


def pick_charset(ctx, texts):
    r = ctx.rng.random()
    cs = 'utf-8' if r < 0.55 else ('iso-8859-1' if r < 0.78 else 'windows-1252')
    for t in texts:
        try:
            t.encode(cs)
        except UnicodeEncodeError:
            return 'utf-8'
    return cs


def pick_cte(ctx, texts):
    r = ctx.rng.random()
    if r < 0.4:
        return 'quoted-printable'
    if r < 0.65:
        return 'base64'
    if any(len(l) > 900 for t in texts for l in t.split('\n')):
        return 'quoted-printable'
    if all(t.isascii() for t in texts) and r < 0.8:
        return '7bit'
    return '8bit'


def quote(text, who, when, fr):
    hdr = (f"Le {when.strftime('%Y-%m-%d à %H:%M')}, {who} a écrit :" if fr
           else f"On {when.strftime('%a, %b %d, %Y at %I:%M %p')}, {who} wrote:")
    return hdr + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


def inline_fwd(text, frm, to, subj, when, fr):
    if fr:
        h = (f"-------- Message transféré --------\nDe : {frm}\nDate : {when.strftime('%Y-%m-%d %H:%M')}\n"
             f"À : {to}\nObjet : {subj}\n\n")
    else:
        h = (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {when.strftime('%a, %b %d, %Y at %I:%M %p')}\n"
             f"Subject: {subj}\nTo: {to}\n\n")
    return h + text


DISCL_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
            "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCL_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it "
            "in error, please notify the sender and delete it.")


def sig(ctx, fr, person=None, dom=GMF, disclaimer=None):
    r = ctx.rng
    if person is None:
        person = ctx.nurse(fr) if r.random() < 0.5 else ctx.doc(fr)
    if person[0] in ('Dr', 'Dre', 'Dr.'):
        name = f'{person[0]} {person[1]} {person[2]}'
        role = 'Médecin de famille' if fr else 'Family physician'
    else:
        name = f'{person[0]} {person[1]}'
        role = person[2]
    org = {GMF: 'GMF Exemple — Clinique du Boulevard', CISSS: 'CISSS du Sud — CLSC des Rivières',
           FHT: 'Kingston Family Health Team', 'maisonnaissance-sud.example': 'Maison de naissance du Sud',
           'chu-exemple.example': 'CHU Exemple', 'pharmacie-dulac.example': 'Pharmacie du Lac'}.get(dom, dom)
    tel = ctx.phone('613' if dom == FHT else '450')
    s = f"\n\n--\n{name}\n{role}\n{org}\n{'Tél.' if fr else 'Tel.'} {tel} poste {r.randint(200, 499)}" if fr else \
        f"\n\n--\n{name}\n{role}\n{org}\nTel. {tel} ext. {r.randint(200, 499)}"
    if disclaimer is None:
        disclaimer = r.random() < 0.35
    if disclaimer:
        s += '\n\n' + (DISCL_FR if fr else DISCL_EN)
    return s


def addr_of(person, dom):
    g, s = person[1], person[2]
    if person[0] not in ('Dr', 'Dre', 'Dr.'):
        g, s = person[0], person[1]
    local = (g[0] + '.' + s).lower()
    local = local.translate(str.maketrans('éèêëàâçîïôöûüÉ\' ', 'eeeeaaciioouuE--'))
    disp = f'{g} {s}'
    return email.utils.formataddr((disp, f'{local}@{dom}'))


def build(ctx, frm, to, subject, body, *, cc=None, mode=None, html=None, attachments=(), fwd_msg=None,
          in_reply=False, dom=GMF):
    """attachments: list of (filename, bytes|str). fwd_msg: EmailMessage attached as message/rfc822."""
    r = ctx.rng
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    d = ctx.date()
    msg['Date'] = email.utils.format_datetime(d)
    msg['Message-ID'] = ctx.new_msgid(dom)
    if in_reply:
        irt = ctx.new_msgid(r.choice(EXT))
        msg['In-Reply-To'] = irt
        msg['References'] = irt
    msg['MIME-Version'] = '1.0'
    if r.random() < 0.4:
        msg['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Thunderbird 128.3', 'Zimbra 9.0', 'Apple Mail (2.3774)'])
    if mode is None:
        mode = r.choices(['plain', 'html', 'alt'], [5, 2, 3])[0]
    hb = html if html is not None else text_to_html(body)
    cs = pick_charset(ctx, [body, hb])
    hb = hb.replace('{cs}', cs)
    cte = pick_cte(ctx, [body, hb])
    if cs == 'utf-8' and cte == '7bit' and not (body.isascii() and hb.isascii()):
        cte = '8bit'
    if mode == 'plain':
        msg.set_content(body, charset=cs, cte=cte)
    elif mode == 'html':
        msg.set_content(hb, subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(hb, subtype='html', charset=cs, cte=r.choice(['quoted-printable', 'base64']))
    for fn, data in attachments:
        ext = fn.rsplit('.', 1)[-1].lower()
        mt, st = MIME[ext]
        if isinstance(data, str):
            if mt == 'text':
                msg.add_attachment(data, subtype=st, charset='utf-8', filename=fn,
                                   cte=r.choice(['quoted-printable', 'base64']))
            else:
                msg.add_attachment(data.encode('utf-8'), maintype=mt, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if fwd_msg is not None:
        msg.add_attachment(fwd_msg)
    linesep = '\r\n' if r.random() < 0.4 else '\n'
    set_boundaries(ctx, msg)
    return msg.as_bytes(policy=email.policy.default.clone(linesep=linesep))


def set_boundaries(ctx, msg):
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_' + hashlib.md5(f'{ctx.msgid}-{ctx.rng.random()}'.encode()).hexdigest()[:20])
        elif part.get_content_type() == 'message/rfc822':
            for sub in part.get_content().walk():
                if sub.is_multipart():
                    sub.set_boundary('----=_Inner_' + hashlib.md5(f'{ctx.msgid}-{ctx.rng.random()}'.encode()).hexdigest()[:20])


def inner_msg(ctx, frm, to, subject, body, dom, charset='utf-8'):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    m['Date'] = email.utils.format_datetime(ctx.date())
    m['Message-ID'] = ctx.new_msgid(dom)
    m.set_content(body, charset=charset, cte='quoted-printable')
    return m


def ext_addr(ctx, local, dom=None):
    return f'{local}@{dom or ctx.rng.choice(EXT)}'


def lang_fr(ctx, p=0.56):
    return ctx.rng.random() < p

# ------------------------------------------------------------- categories
POS = []   # (category, function)
NEG = []


def pos(cat):
    def deco(f):
        POS.append((cat, f)); return f
    return deco


def neg(cat):
    def deco(f):
        NEG.append((cat, f)); return f
    return deco

def pn(p):
    return f'{p[0]} {p[1]} {p[2]}' if p[0] in ('Dr', 'Dre', 'Dr.') else f'{p[0]} {p[1]}'


def me(ctx, fr, dom=None, kind=None):
    dom = dom or (ctx.rng.choice([GMF, CISSS]) if fr else ctx.rng.choice([GMF, CISSS, FHT]))
    p = (ctx.doc(fr) if kind == 'doc' else ctx.nurse(fr)) if kind else (ctx.doc(fr) if ctx.rng.random() < 0.5 else ctx.nurse(fr))
    return p, addr_of(p, dom), dom


DX_FR = [('diabète type 2 mal contrôlé', 'metformine 1000 mg BID'), ('HTA', 'amlodipine 5 mg DIE'),
         ('MPOC exacerbée', 'tiotropium 18 mcg DIE'), ('dépression majeure', 'sertraline 100 mg DIE'),
         ('FA nouvellement diagnostiquée', 'apixaban 5 mg BID'), ('hypothyroïdie', 'lévothyroxine 88 mcg DIE'),
         ('insuffisance cardiaque', 'furosémide 40 mg DIE'), ('TDAH', 'méthylphénidate 36 mg DIE')]
DX_EN = [('poorly controlled type 2 diabetes', 'metformin 1000 mg BID'), ('hypertension', 'ramipril 10 mg daily'),
         ('COPD exacerbation', 'tiotropium 18 mcg daily'), ('major depression', 'escitalopram 10 mg daily'),
         ('new-onset atrial fibrillation', 'apixaban 5 mg BID'), ('hypothyroidism', 'levothyroxine 100 mcg daily'),
         ('heart failure', 'furosemide 40 mg daily'), ('ADHD', 'lisdexamfetamine 30 mg daily')]


@pos('referral')
def p_referral(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.nam_patient()
    d, frm, dom = me(ctx, fr, GMF, 'doc')
    k = r.randrange(8)
    dx, med = (DX_FR if fr else DX_EN)[k]
    nam = fmt_nam(p['nam'], r.choice([0, 0, 1, 2]))
    spec = (['endocrinologie', 'médecine interne', 'pneumologie', 'psychiatrie', 'cardiologie', 'endocrinologie', 'cardiologie', 'pédopsychiatrie'] if fr else
            ['endocrinology', 'internal medicine', 'respirology', 'psychiatry', 'cardiology', 'endocrinology', 'cardiology', 'child psychiatry'])[k]
    if fr:
        subj = f"Demande de consultation {spec} - {p['sur'].upper()} {p['giv']}"
        body = (f"Bonjour,\n\nSVP recevoir en consultation {'Mme' if p['fem'] else 'M.'} {p['giv']} {p['sur']}, "
                f"né{'e' if p['fem'] else ''} le {fmt_dob(p['dob'], True, 1)}, NAM {nam}.\n"
                f"Motif : {dx}, sous {med}. Bilan récent disponible au DSQ.\n"
                f"Priorité : {r.choice(['B (10 jours)', 'C (28 jours)', 'D (3 mois)'])}\n\nMerci de votre collaboration.")
    else:
        subj = f"Referral to {spec} - {p['giv']} {p['sur']}"
        body = (f"Hello,\n\nPlease see {p['giv']} {p['sur']} (DOB {p['dob']}, RAMQ {nam}) for {dx}. "
                f"Currently on {med}.\nPatient speaks English, prefers morning appts.\n\nThanks,")
    body += sig(ctx, fr, d, dom)
    raw = build(ctx, frm, ext_addr(ctx, 'crds', 'chu-exemple.example'), subj, body, dom=dom)
    return raw, ['ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis', 'medication'], 'fr' if fr else 'en', 'GMF referral with patient name, NAM, DOB, diagnosis'


@pos('rx_renewal')
def p_rx(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    dx, med = r.choice(DX_FR if fr else DX_EN)
    ph = r.choice(['pharmacie-dulac.example', 'pharmaprix-sud.example'])
    prev_fr = (f"Bonjour, demande de renouvellement pour {p['sur'].upper()}, {p['giv']} ({fmt_dob(p['dob'], True, 1)}) :\n"
               f"{med} x 3 mois. Dernier renouvellement il y a 12 mois.\nPharmacie Dulac, {ctx.phone()}")
    prev_en = (f"Hi, renewal request for {p['sur'].upper()}, {p['giv']} (DOB {p['dob']}):\n{med} x 90 days, 3 refills.\n"
               f"Last fill {ctx.day(False)}.")
    if fr:
        subj = f"RE: Renouvellement {p['sur']} {p['giv'][0]}."
        body = (f"Bonjour,\n\nLa Dre a signé le renouvellement, envoyé par fax ce matin. "
                f"{'Elle' if p['fem'] else 'Il'} doit passer faire ses prises de sang avant le prochain renouvellement.\n\nMerci"
                + sig(ctx, fr, n, dom) + '\n\n' + quote(prev_fr, 'Pharmacie Dulac', ctx.date(), True))
    else:
        subj = f"RE: Refill request - {p['sur']}, {p['giv']}"
        body = ("Hi,\n\nApproved for 3 months only, needs a visit before next refill (BP check).\n\nThanks"
                + sig(ctx, fr, n, dom) + '\n\n' + quote(prev_en, 'Lac Pharmacy', ctx.date(), False))
    raw = build(ctx, frm, ext_addr(ctx, 'labo', ph), subj, body, in_reply=True, dom=dom)
    return raw, ['patient_name', 'date_of_birth', 'medication'], 'fr' if fr else 'en', 'pharmacy renewal reply quoting patient name, DOB and drug'


@pos('lab_callback')
def p_labcall(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, r.choice([GMF, CISSS]), 'nurse')
    rows = []
    for _ in range(r.randint(3, 5)):
        p = ctx.patient()
        res = r.choice(['K+ 5,9', 'HbA1c 9,8 %', 'TSH 11,2', 'INR 4,1', 'Hb 84', 'créat 168', 'ferritine 6']) if fr else \
            r.choice(['K 5.9', 'HbA1c 9.8%', 'TSH 11.2', 'INR 4.1', 'Hgb 84', 'creat 168', 'ferritin 6'])
        rows.append(f"- {p['sur']} {p['giv']} — {ctx.phone()} — {res}")
    if fr:
        subj = 'Appels labo à faire aujourd\'hui'
        body = 'Salut,\n\nVoici la liste des rappels pour les résultats anormaux (voir DMÉ) :\n' + '\n'.join(rows) + \
               '\n\nLaisser message si pas de réponse, noter au dossier.'
    else:
        subj = 'Lab callbacks for today'
        body = 'Hi,\n\nAbnormal results to call back (details in EMR):\n' + '\n'.join(rows) + '\n\nLeave a VM if no answer and chart it.'
    body += sig(ctx, fr, n, dom, False)
    to = addr_of(ctx.nurse(fr), dom)
    raw = build(ctx, frm, to, subj, body, dom=dom)
    return raw, ['patient_name', 'patient_contact', 'lab_result'], 'fr' if fr else 'en', 'list of patients with phone and abnormal lab'


@pos('home_visit')
def p_home(ctx):
    r = ctx.rng; fr = lang_fr(ctx, 0.8)
    p = ctx.patient()
    n, frm, dom = me(ctx, fr, CISSS, 'nurse')
    a = ctx.address()
    if fr:
        subj = f"SAD - nouvelle demande visite à domicile"
        body = (f"Bonjour,\n\nNouvelle demande SAD pour {'Mme' if p['fem'] else 'M.'} {p['name']}, {age(p['dob'])} ans, "
                f"{a}. Tél. {ctx.phone()}.\n"
                f"Soins de plaie (ulcère jambe G) 3x/sem, vit seul{'e' if p['fem'] else ''}, clé chez la voisine.\n"
                f"Première visite {ctx.day(True)} AM svp.")
    else:
        subj = 'Home care request - new client'
        body = (f"Hello,\n\nNew home care referral: {p['name']}, {a}, tel {ctx.phone()}.\n"
                f"Wound care L leg ulcer 3x/week, lives alone, key with neighbour.\nFirst visit {ctx.day(False)} please.")
    body += sig(ctx, fr, n, dom)
    raw = build(ctx, frm, addr_of(ctx.nurse(fr), CISSS), subj, body, dom=dom)
    return raw, ['patient_name', 'patient_contact', 'diagnosis'], 'fr' if fr else 'en', 'home-care request with patient name, home address and wound care'


@pos('prenatal')
def p_prenatal(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient(); p['fem'] = True; p['giv'] = r.choice(['Amélie', 'Karine', 'Noémie', 'Laurence', 'Brittany', 'Océane']); p['name'] = f"{p['giv']} {p['sur']}"
    mid = [x for x in NURSES_FR if x[2] == 'sage-femme'][0] if fr else [x for x in NURSES_EN if x[2] == 'RM'][0]
    frm = addr_of(mid, 'maisonnaissance-sud.example')
    wk = r.randint(12, 36)
    if fr:
        subj = f"Suivi prénatal {p['giv']} {p['sur']} - {wk} SA"
        body = (f"Bonjour Dre,\n\nJe fais le suivi de {p['giv']} {p['sur']} (G2P1, {wk} SA). HGO 75 g : 5,6 / 10,9 / 9,1 — "
                f"diabète gestationnel. Pourriez-vous la voir pour le suivi conjoint? Elle préfère être contactée au {ctx.phone()}.\n\nMerci!")
    else:
        subj = f"Prenatal co-management - {p['sur']}"
        body = (f"Hi Dr,\n\n{p['giv']} {p['sur']}, G2P1 at {wk} weeks, GTT 5.6/10.9/9.1 — gestational diabetes. "
                f"Can you co-manage? Best reached at {ctx.phone()}.\n\nThanks!")
    body += sig(ctx, fr, mid, 'maisonnaissance-sud.example')
    raw = build(ctx, frm, addr_of(ctx.doc(fr), GMF), subj, body, dom='maisonnaissance-sud.example')
    return raw, ['patient_name', 'diagnosis', 'lab_result', 'patient_contact'], 'fr' if fr else 'en', 'midwife co-management request naming pregnant client with results'


@pos('insurer_form')
def p_insurer(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.nam_patient()
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    s = ctx.sin()
    lines = ([f"Déclaration du médecin traitant — invalidité", f"Assuré : {p['sur']}, {p['giv']}",
              f"Date de naissance : {p['dob']}   NAS : {fmt_sin(s)}", "Diagnostic : lombosciatalgie L5-S1, arrêt de travail",
              f"Retour progressif prévu : {ctx.day(True)}", "Signature : ____________"] if fr else
             ["Attending Physician Statement — disability", f"Plan member: {p['giv']} {p['sur']}",
              f"DOB: {p['dob']}   SIN: {fmt_sin(s)}", "Diagnosis: lumbar radiculopathy L5-S1, off work",
              f"Expected graduated return: {ctx.day(False)}"])
    pdf = make_pdf(lines[0], lines[1:])
    if fr:
        subj = "Formulaire assurance invalidité complété"
        body = "Bonjour,\n\nCi-joint le formulaire complété et signé par le médecin pour votre assuré(e).\n\nCordialement"
        fn = f"declaration_medecin_{p['sur'].lower()}.pdf"
    else:
        subj = "Completed APS form"
        body = "Hello,\n\nPlease find attached the completed Attending Physician Statement.\n\nRegards"
        fn = f"APS_{p['sur']}.pdf"
    body += sig(ctx, fr, n, dom)
    raw = build(ctx, frm, ext_addr(ctx, 'reclamations', 'assurances-boreal.example'), subj, body, attachments=[(fn, pdf)], dom=dom)
    return raw, ['patient_name', 'date_of_birth', 'ca_sin', 'diagnosis'], 'fr' if fr else 'en', 'insurer form PDF with name, DOB, SIN and diagnosis'


@pos('signout_list')
def p_signout(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    d, frm, dom = me(ctx, fr, GMF, 'doc')
    items = []
    for _ in range(r.randint(3, 5)):
        p = ctx.patient(); mrn = ctx.mrn()
        t = r.choice(['attend résultat troponine', 'rappeler pour culture urine', 'Rx ATB à réviser demain',
                      'CT tête demandé, suivre', 'TVP? doppler demain 8h']) if fr else \
            r.choice(['pending troponin', 'call re urine culture', 'review antibiotics tomorrow', 'CT head ordered, f/u', 'r/o DVT, doppler 8am'])
        items.append(f"{p['sur'].upper()} {p['giv'][0]}. ({mrn}) : {t}")
    if fr:
        subj = f"Passation sans RDV - soir {ctx.day(True)}"
        body = "Salut,\n\nÀ suivre pour demain :\n" + '\n'.join(items) + "\n\nBonne soirée"
    else:
        subj = f"Walk-in handover {ctx.day(False)}"
        body = "Hey,\n\nTo follow up tomorrow:\n" + '\n'.join(items) + "\n\nThanks"
    body += sig(ctx, fr, d, dom, False)
    raw = build(ctx, frm, addr_of(ctx.doc(fr), dom), subj, body, dom=dom)
    return raw, ['patient_name', 'mrn', 'diagnosis', 'lab_result'], 'fr' if fr else 'en', 'walk-in handover list: patient names, chart numbers, pending items'


@pos('vaccination')
def p_vacc(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.nam_patient()
    n, frm, dom = me(ctx, fr, CISSS, 'nurse')
    nam = fmt_nam(p['nam'], r.choice([0, 1, 3]))
    if fr:
        subj = "Mise à jour carnet vaccinal"
        body = (f"Bonjour,\n\nPour {p['giv']} {p['sur']} ({nam}) : reçu{'e' if p['fem'] else ''} dTca et RRO aujourd'hui, "
                f"lot inscrit au registre. Manque VPH dose 2, RV dans 6 mois.\n{'Elle' if p['fem'] else 'Il'} avait fait une réaction locale importante en 2023.")
    else:
        subj = "Immunization record update"
        body = (f"Hi,\n\n{p['giv']} {p['sur']} (RAMQ {nam}) got Tdap + MMR today, entered in registry. HPV dose 2 due in 6 months.\n"
                "Note previous large local reaction in 2023.")
    body += sig(ctx, fr, n, dom)
    raw = build(ctx, frm, addr_of(ctx.doc(fr), GMF), subj, body, dom=dom)
    return raw, ['ramq_nam', 'patient_name', 'medication'], 'fr' if fr else 'en', 'vaccination update naming patient with NAM'


@pos('subject_only')
def p_subject(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    d, frm, dom = me(ctx, fr, GMF)
    if fr:
        subj = r.choice([f"{p['sur']} {p['giv']} - résultat biopsie positif, appeler", f"URGENT {p['name']} idées suicidaires, rappeler svp"])
        body = "Voir objet. Merci de me rappeler avant 16h." + sig(ctx, fr, d, dom, False)
    else:
        subj = r.choice([f"{p['name']} - positive biopsy, please call", f"{p['sur']}, {p['giv']} - chlamydia +, needs tx"])
        body = "As per subject. Please call back before 4." + sig(ctx, fr, d, dom, False)
    raw = build(ctx, frm, addr_of(ctx.doc(fr), dom), subj, body, mode='plain', dom=dom)
    return raw, ['patient_name', 'diagnosis'], 'fr' if fr else 'en', 'patient name and clinical finding in Subject only'


@pos('ontario_transfer')
def p_ontario(ctx):
    r = ctx.rng
    p = ctx.on_patient()
    hn = ctx.ohip()
    hnf = r.choice([f"{hn[:4]}-{hn[4:7]}-{hn[7:]}", f"{hn[:4]} {hn[4:7]} {hn[7:]} {r.choice(['AB', 'KX', 'MT'])}", hn])
    n = r.choice(NURSES_EN); frm = addr_of(n, FHT)
    subj = f"Transfer of care - {p['sur']}, {p['giv']}"
    body = (f"Hello,\n\nOur patient {p['name']} (DOB {p['dob']}, OHIP {hnf}) is moving to Longueuil and will register with your GMF.\n"
            f"PMH: {r.choice(DX_EN)[0]}, current meds attached in the CPP summary. Please let us know when to send the full chart.\n\nBest,")
    body += sig(ctx, False, n, FHT)
    cpp = make_docx('Cumulative Patient Profile', [f"Patient: {p['name']}", f"DOB: {p['dob']}", f"Health card: {hnf}",
                                                    'Medications: ' + r.choice(DX_EN)[1], 'Allergies: penicillin (rash)'])
    raw = build(ctx, frm, addr_of(ctx.nurse(True), GMF), subj, body, attachments=[(f"CPP_{p['sur']}.docx", cpp)], dom=FHT)
    return raw, ['ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis', 'medication'], 'en', 'Ontario FHT transfer of care with health number and DOCX profile'

@neg('staff_schedule')
def n_sched(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    docs = STAFF_FR if fr else STAFF_EN
    rows = []
    days = ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'] if fr else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    for dd in days:
        a, b = r.sample(docs, 2)
        rows.append(f"{dd} : {a[2].upper()} {a[1][0]}. (sans RDV 8h-16h) / {b[2].upper()} {b[1][0]}. (soir)" if fr else
                    f"{dd}: {a[2].upper()} {a[1][0]}. (walk-in 8-4) / {b[2].upper()} {b[1][0]}. (evening)")
    subj = 'Horaire sans RDV semaine prochaine' if fr else 'Walk-in schedule next week'
    body = (('Bonjour à tous,\n\nVoici l\'horaire du sans rendez-vous :\n' if fr else 'Hi all,\n\nWalk-in coverage for next week:\n')
            + '\n'.join(rows) + ('\n\nÉchanges : m\'aviser avant jeudi.' if fr else '\n\nSwaps: let me know by Thursday.'))
    body += sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, f'medecins@{dom}', subj, body, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'physician walk-in schedule (staff only)'


@neg('hr_leave')
def n_hr(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, CISSS, 'nurse')
    c = ctx.nurse(fr)
    if fr:
        subj = 'Absence - remplacement à prévoir'
        body = (f"Bonjour,\n\n{c[0]} {c[1]} sera en congé maladie jusqu'au {ctx.day(True)}. "
                "Il faut couvrir ses visites à domicile du secteur Est. Qui est disponible?\n\nMerci")
    else:
        subj = 'Staff absence - coverage needed'
        body = (f"Hi,\n\n{c[0]} {c[1]} is off on sick leave until {ctx.day(False)}. We need coverage for her clinic days. "
                "Please reply if available.\n\nThanks")
    body += sig(ctx, fr, n, dom)
    raw = build(ctx, frm, f'equipe-sad@{dom}', subj, body, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'staff sick leave and coverage'


@neg('flu_bulletin')
def n_flu(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'Direction de santé publique <dsp@{CISSS}>'
    k = r.randint(30, 140)
    if fr:
        subj = f"Bulletin de surveillance influenza - semaine {r.randint(40, 52)}"
        body = (f"Bonjour,\n\nCette semaine : {k} cas d'influenza A confirmés sur le territoire, {r.randint(2, 9)} éclosions en CHSLD, "
                f"taux de positivité {r.randint(5, 25)} %.\nRappel : la vaccination est gratuite pour les 75 ans et +, les femmes enceintes "
                "et les maladies chroniques. Oseltamivir : voir l'avis INESSS.\n\nDirection de santé publique")
    else:
        subj = f"Influenza surveillance bulletin - week {r.randint(40, 52)}"
        body = (f"Hello,\n\nThis week: {k} lab-confirmed influenza A cases in the region, {r.randint(2, 9)} LTC outbreaks, "
                f"positivity {r.randint(5, 25)}%.\nReminder: vaccine is free for 75+, pregnancy and chronic conditions.\n\nPublic Health")
    raw = build(ctx, frm, f'tous-gmf@{CISSS}', subj, body, mode=r.choice(['html', 'alt']), dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'public health influenza bulletin with aggregates'


@neg('invoice')
def n_invoice(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    no = f"F-{r.randint(20000, 99999)}"
    amt = f"{r.randint(200, 9000)},{r.randint(0, 99):02d}"
    lines = ([f"Facture {no}", "Fournisseur : Médi-Fournitures Sud inc.", "Gants nitrile M x 20 boîtes", "Abaisse-langues x 10",
              f"Total : {amt} $ (TPS/TVQ incluses)", f"Compte client : {ctx.luhn_number(8)}"] if fr else
             [f"Invoice {no}", "Supplier: MediSupply South Inc.", "Nitrile gloves M x 20", "Tongue depressors x 10",
              f"Total: ${amt.replace(',', '.')}", f"Customer account: {ctx.luhn_number(8)}"])
    subj = f"Facture {no} - à approuver" if fr else f"Invoice {no} for approval"
    body = ("Bonjour,\n\nFacture ci-jointe pour approbation, merci de signer et retourner à la comptabilité." if fr else
            "Hi,\n\nInvoice attached for approval, please sign and send to accounting.") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, f'comptabilite@{dom}', subj, body, attachments=[(f"facture_{no}.pdf", make_pdf(lines[0], lines[1:]))], dom=dom)
    return raw, [], 'fr' if fr else 'en', 'supplier invoice'


@neg('job_posting')
def n_job(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'Recrutement <recrutement@{CISSS}>'
    no = f"{r.randint(2026, 2026)}-{r.randint(1000, 9999)}"
    if fr:
        subj = f"Affichage {no} - Infirmière clinicienne GMF (temps complet)"
        body = (f"Poste : infirmière clinicienne en GMF, jour, 35 h/sem.\nExigences : BAC en sciences infirmières, membre OIIQ.\n"
                f"Atouts : expérience en maladies chroniques, suivi de grossesse.\nDate limite : {ctx.day(True)}.\nPostulez via le portail, réf. {no}.")
    else:
        subj = f"Posting {no} - Registered Nurse, Family Health Team"
        body = (f"Position: RN, primary care, full time days.\nRequirements: CNO registration, 2 years experience.\n"
                f"Closing date: {ctx.day(False)}. Reference {no}.")
    raw = build(ctx, frm, f'tout-le-personnel@{CISSS}', subj, body, dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'job posting'


@neg('it_outage')
def n_it(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'Soutien TI <ti@{CISSS}>'
    srv = f"NAS-{r.choice(['CLSC', 'GMF'])}-{r.randint(1, 9):02d}"
    if fr:
        subj = f"Interruption planifiée {srv} - {ctx.day(True)}"
        body = (f"Bonjour,\n\nLe serveur de fichiers {srv} (NAS) sera indisponible de 22h à 2h pour mise à jour du micrologiciel. "
                f"Le DMÉ n'est pas touché. Billet #{r.randint(100000, 999999)}.\n\nService des TI")
    else:
        subj = f"Planned outage {srv} - {ctx.day(False)}"
        body = (f"Hello,\n\nFile server {srv} (NAS) will be down 10 pm - 2 am for firmware update. EMR not affected. "
                f"Ticket #{r.randint(100000, 999999)}.\n\nIT Service Desk")
    raw = build(ctx, frm, f'tous@{CISSS}', subj, body, dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'IT outage notice'


@neg('teaching_case')
def n_teach(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    d, frm, dom = me(ctx, fr, GMF, 'doc')
    a = r.randint(40, 80)
    if fr:
        subj = "Cas clinique pour le club de lecture de jeudi"
        body = (f"Bonjour les résidents,\n\nCas : un homme de {a} ans se présente au sans RDV pour dyspnée d'effort progressive "
                "depuis 3 semaines, oedème MI bilatéral. Questions : 1) DDx 2) investigation initiale 3) quand référer?\n\n"
                "On en discute jeudi midi, salle 2.")
    else:
        subj = "Case for Thursday's teaching session"
        body = (f"Hi residents,\n\nCase: a {a}-year-old woman presents to the walk-in with 3 weeks of fatigue and polyuria. "
                "1) DDx 2) initial workup 3) when to start insulin?\n\nThursday noon, room 2.")
    body += sig(ctx, fr, d, dom, False)
    raw = build(ctx, frm, f'residents@{dom}', subj, body, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'anonymised teaching case'


@neg('conference')
def n_conf(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'DPC <dpc@{GMF}>'
    s = r.sample(STAFF_FR if fr else STAFF_EN, 3)
    if fr:
        subj = "Programme - Journée de formation en première ligne"
        body = ("PROGRAMME\n08h30 Accueil\n"
                f"09h00 {pn(s[0])} — Diabète de type 2 : nouveautés 2026\n10h15 {pn(s[1])} — Santé mentale jeunesse au GMF\n"
                f"13h00 {pn(s[2])} — Suivi de grossesse à faible risque en collaboration avec les sages-femmes\n"
                "Crédits : 5 h section 1. Inscription avant le 1er novembre.")
    else:
        subj = "Programme - Primary Care Update Day"
        body = ("PROGRAMME\n8:30 Registration\n"
                f"9:00 {pn(s[0])} — Managing COPD in primary care\n10:15 {pn(s[1])} — Deprescribing in the elderly\n"
                f"1:00 {pn(s[2])} — Prenatal care pearls\nMainpro+ credits: 5.")
    raw = build(ctx, frm, f'medecins@{GMF}', subj, body, mode=r.choice(['html', 'alt', 'plain']), dom=GMF)
    return raw, [], 'fr' if fr else 'en', 'conference programme with speakers and topics'


@neg('vaccine_order')
def n_vorder(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    rows = [('Produit' if fr else 'Product', 'Lot', 'Qté' if fr else 'Qty', 'Exp.')]
    for prod in r.sample(['Fluzone HD', 'Boostrix', 'Priorix', 'Gardasil 9', 'Pneumovax 23', 'Shingrix', 'Arexvy'], 4):
        rows.append((prod, f"{r.choice('UVWXY')}{r.randint(100, 999)}{r.choice('ABCD')}{r.randint(10, 99)}", r.randint(10, 100), f"2027-0{r.randint(1, 9)}"))
    subj = "Commande vaccins - dépôt CLSC" if fr else "Vaccine order - CLSC depot"
    body = ("Bonjour,\n\nCommande de la semaine ci-jointe (température frigo OK, registre à jour).\n\nMerci" if fr else
            "Hi,\n\nWeekly order attached, fridge log OK.\n\nThanks") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, ext_addr(ctx, 'depot-vaccins', CISSS), subj, body,
                attachments=[('commande_vaccins.xlsx' if fr else 'vaccine_order.xlsx', make_xlsx(rows))], dom=dom)
    return raw, [], 'fr' if fr else 'en', 'vaccine order with lot numbers'


@neg('facilities')
def n_fac(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'Services techniques <batiment@{CISSS}>'
    if fr:
        subj = r.choice(['Stationnement fermé mardi - déneigement', 'Panne d\'eau chaude 2e étage', 'Travaux ascenseur CLSC'])
        body = ("Bonjour,\n\nLe stationnement arrière sera fermé mardi de 7h à 12h. Utilisez le stationnement de l'église, "
                f"vignettes acceptées. Info : {ctx.phone()}.\n\nServices techniques")
    else:
        subj = r.choice(['Parking lot closed Tuesday', 'Elevator maintenance', 'Hot water outage 2nd floor'])
        body = f"Hello,\n\nThe back parking lot is closed Tuesday 7-12 for repaving. Use the church lot. Info: {ctx.phone()}.\n\nFacilities"
    raw = build(ctx, frm, f'tous@{CISSS}', subj, body, dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'facilities notice'


@pos('critical_value')
def p_crit(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient(); mrn = ctx.mrn()
    frm = f"Laboratoire Biomed <resultats@labo-biomed.example>"
    val = r.choice([('Potassium', '6,8 mmol/L'), ('Glucose', '2,1 mmol/L'), ('INR', '6,2'), ('Hémoglobine', '61 g/L')])
    if fr:
        subj = f"VALEUR CRITIQUE - {p['sur'].upper()}, {p['giv']}"
        body = (f"Valeur critique à communiquer au médecin prescripteur dans l'heure.\nPatient : {p['sur'].upper()}, {p['giv']}\n"
                f"No dossier : {mrn}   DDN : {fmt_dob(p['dob'], True, 2)}\n{val[0]} : {val[1]}\nPrélevé au CLSC ce matin. "
                "Merci de confirmer la réception par retour de courriel.")
    else:
        subj = f"CRITICAL VALUE - {p['sur'].upper()}, {p['giv']}"
        body = (f"Critical result, notify ordering physician within 1 h.\nPatient: {p['sur'].upper()}, {p['giv']}\nChart: {mrn}  DOB: {p['dob']}\n"
                f"{val[0]}: {val[1].replace(',', '.')}\nPlease confirm receipt.")
    raw = build(ctx, frm, addr_of(ctx.doc(fr), GMF), subj, body, mode='plain', dom='labo-biomed.example')
    return raw, ['patient_name', 'mrn', 'date_of_birth', 'lab_result'], 'fr' if fr else 'en', 'critical lab value with patient identifiers'


@pos('consult_reply')
def p_consult(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.nam_patient()
    d = ctx.doc(fr); frm = addr_of(d, 'chu-exemple.example')
    if fr:
        subj = f"Réponse consultation - {p['sur']} {p['giv']}"
        body = (f"Chère collègue,\n\nJ'ai vu {'Mme' if p['fem'] else 'M.'} {p['sur']} ({p['dob']}) en clinique externe. "
                "Écho cardiaque : FEVG 35 %. J'ai débuté bisoprolol 2,5 mg DIE et sacubitril-valsartan. "
                "Revoir dans 6 semaines; SVP contrôle créat/K+ dans 2 semaines.\n\nCordialement")
    else:
        subj = f"Consult note - {p['giv']} {p['sur']}"
        body = (f"Dear colleague,\n\nSaw {p['giv']} {p['sur']} (DOB {p['dob']}) today. Echo shows LVEF 35%. Started bisoprolol 2.5 mg daily. "
                "Please repeat lytes/creat in 2 weeks. Follow-up 6 weeks.\n\nBest regards")
    body += sig(ctx, fr, d, 'chu-exemple.example')
    raw = build(ctx, frm, addr_of(ctx.doc(fr), GMF), subj, body, dom='chu-exemple.example')
    return raw, ['patient_name', 'date_of_birth', 'diagnosis', 'medication'], 'fr' if fr else 'en', 'specialist consult reply about named patient'


@pos('med_reconciliation')
def p_medrec(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    ph = ('Brian', 'Castillo', 'PharmD') if not fr else ('Hugo', 'Lemieux', 'pharmacien')
    frm = addr_of(ph, 'pharmacie-dulac.example')
    meds = r.sample((DX_FR if fr else DX_EN), 3)
    if fr:
        subj = f"Bilan comparatif des médicaments - {p['name']}"
        body = (f"Bonjour,\n\nSuite au congé de l'hôpital de {p['name']} ({p['dob']}), divergences :\n"
                + '\n'.join(f"- {m[1]}" for m in meds) + "\nLe furosémide a été cessé à l'hôpital mais renouvelé chez nous. À clarifier svp.")
    else:
        subj = f"Med rec discrepancy - {p['name']}"
        body = (f"Hello,\n\nAfter {p['name']}'s discharge (DOB {p['dob']}), discrepancies:\n" + '\n'.join(f"- {m[1]}" for m in meds)
                + "\nPlease clarify which list is current.")
    body += sig(ctx, fr, ph, 'pharmacie-dulac.example')
    raw = build(ctx, frm, addr_of(ctx.doc(fr), GMF), subj, body, dom='pharmacie-dulac.example')
    return raw, ['patient_name', 'date_of_birth', 'medication'], 'fr' if fr else 'en', 'pharmacist medication reconciliation for named patient'


@pos('social_work')
def p_social(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    tsw = [x for x in NURSES_FR if x[2] == 'travailleuse sociale'][0]
    frm = addr_of(tsw, CISSS)
    if fr:
        subj = "Demande d'aide - logement"
        body = (f"Bonjour,\n\n{p['name']}, suivi{'e' if p['fem'] else ''} au CLSC, est menacé{'e' if p['fem'] else ''} d'éviction à la fin du mois "
                "(retards de loyer, prestations d'aide sociale coupées). Pouvez-vous l'inscrire sur la liste HLM prioritaire? "
                f"Contact : {ctx.phone()}.\n\nMerci")
    else:
        subj = "Housing support request"
        body = (f"Hello,\n\nOur client {p['name']} is facing eviction end of month (rent arrears, income support cut off). "
                f"Can you add to the priority housing list? Phone {ctx.phone()}.\n\nThanks")
    body += sig(ctx, fr, tsw, CISSS)
    raw = build(ctx, frm, ext_addr(ctx, 'logement', 'omh-sud.example'), subj, body, dom=CISSS)
    return raw, ['patient_name', 'social_information', 'patient_contact'], 'fr' if fr else 'en', 'social worker housing request about named client'


@pos('youth_protection')
def p_dpj(ctx):
    r = ctx.rng; fr = lang_fr(ctx, 0.8)
    p = ctx.nam_patient(2008)
    n = [x for x in NURSES_FR if x[2] == 'infirmière scolaire'][0]
    frm = addr_of(n, CISSS)
    if fr:
        subj = "Signalement - suivi"
        body = (f"Bonjour,\n\nSuite au signalement fait à la DPJ concernant {p['giv']} {p['sur']} (NAM {fmt_nam(p['nam'], 1)}), élève de l'école des Érables : "
                "ecchymoses observées à nouveau ce matin au bras. L'intervenante DPJ souhaite qu'on documente. Dossier gardé sous clé.\n\nMerci")
    else:
        subj = "Youth protection report - follow-up"
        body = (f"Hi,\n\nFurther to the DYP report regarding {p['giv']} {p['sur']} (RAMQ {fmt_nam(p['nam'], 1)}), bruising seen again on the arm today. "
                "The caseworker asked us to document.\n\nThanks")
    body += sig(ctx, fr, n, CISSS, True)
    raw = build(ctx, frm, ext_addr(ctx, 'intervention', 'dpj-sud.example'), subj, body, dom=CISSS)
    return raw, ['patient_name', 'ramq_nam', 'social_information'], 'fr' if fr else 'en', 'school nurse youth protection follow-up naming child'


@pos('discharge_summary')
def p_discharge(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient(); mrn = ctx.mrn()
    dx, med = r.choice(DX_FR if fr else DX_EN)
    paras = ([f"Nom : {p['sur']}, {p['giv']}", f"Dossier : {mrn}", f"Date de naissance : {p['dob']}", f"Diagnostic principal : {dx}",
              f"Médication au congé : {med}", "Suivi GMF dans 7 jours."] if fr else
             [f"Name: {p['sur']}, {p['giv']}", f"MRN: {mrn}", f"DOB: {p['dob']}", f"Primary diagnosis: {dx}",
              f"Discharge meds: {med}", "Family physician follow-up in 7 days."])
    doc = make_docx('Résumé de congé' if fr else 'Discharge summary', paras)
    frm = f"Archives médicales <archives@chu-exemple.example>"
    subj = "Résumé de congé - votre patient" if fr else "Discharge summary - your patient"
    body = ("Bonjour,\n\nVeuillez trouver ci-joint le résumé de congé de votre patient(e).\n\nArchives médicales" if fr else
            "Hello,\n\nPlease find attached the discharge summary for your patient.\n\nHealth Records")
    raw = build(ctx, frm, addr_of(ctx.doc(fr), GMF), subj, body, attachments=[(f"resume_conge_{mrn}.docx", doc)], dom='chu-exemple.example')
    return raw, ['patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'medication'], 'fr' if fr else 'en', 'discharge summary DOCX attachment'


@pos('imaging_followup')
def p_imaging(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    d, frm, dom = me(ctx, fr, GMF, 'doc')
    if fr:
        subj = f"Écho abdo {p['sur']}"
        body = (f"Mélanie,\n\nPeux-tu booker {p['name']} ({p['dob']}) pour un CT abdo avec contraste? L'écho montre une masse hépatique de 3 cm. "
                f"Son cell : {ctx.phone()}. Priorité semi-urgente.\n\nMerci!")
    else:
        subj = f"US follow-up {p['sur']}"
        body = (f"Tanya,\n\nPlease book {p['name']} (DOB {p['dob']}) for CT abdomen with contrast - US shows 3 cm liver lesion. "
                f"Cell {ctx.phone()}. Semi-urgent.\n\nThx")
    body += sig(ctx, fr, d, dom, False)
    raw = build(ctx, frm, ext_addr(ctx, 'rendezvous', 'cliniqueradio.example'), subj, body, dom=dom)
    return raw, ['patient_name', 'date_of_birth', 'diagnosis', 'patient_contact'], 'fr' if fr else 'en', 'imaging booking with finding and phone'


@pos('mado_contact')
def p_mado(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    n = ctx.nurse(fr); frm = addr_of(n, CISSS)
    mal = r.choice(['coqueluche', 'rougeole', 'tuberculose active', 'hépatite A']) if fr else r.choice(['pertussis', 'measles', 'active TB', 'hepatitis A'])
    if fr:
        subj = f"MADO {mal} - enquête"
        body = (f"Bonjour,\n\nCas déclaré : {p['name']}, {age(p['dob'])} ans, {ctx.address()}. {mal.capitalize()} confirmée par labo. "
                "Contacts familiaux : conjoint et 2 enfants (garderie). Merci de me transmettre les dates de vaccination.\n\nInfirmière en santé publique")
    else:
        subj = f"Reportable disease {mal} - investigation"
        body = (f"Hello,\n\nCase: {p['name']}, age {age(p['dob'])}, {ctx.address()}. Lab-confirmed {mal}. Household contacts: spouse + 2 children (daycare). "
                "Please send immunization dates.\n\nPublic Health Nurse")
    body += sig(ctx, fr, n, CISSS, True)
    raw = build(ctx, frm, addr_of(ctx.nurse(fr), GMF), subj, body, dom=CISSS)
    return raw, ['patient_name', 'patient_contact', 'diagnosis'], 'fr' if fr else 'en', 'public health case investigation naming case and address'


@pos('school_health')
def p_school(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    kids = [ctx.patient() for _ in range(r.randint(2, 4))]
    n = [x for x in NURSES_FR if x[2] == 'infirmière scolaire'][0]
    frm = addr_of(n, CISSS)
    al = ['arachides (EpiPen)', 'asthme - Ventolin', 'diabète type 1 - pompe', 'épilepsie - Rivotril'] if fr else \
        ['peanut allergy (EpiPen)', 'asthma - Ventolin', 'type 1 diabetes - pump', 'epilepsy - clobazam']
    rows = [f"- {k['giv']} {k['sur']} ({r.choice(['3e', '4e', '5e'])}{'' if fr else ' grade'}) : {r.choice(al)}" for k in kids]
    subj = "Élèves avec plan d'urgence - sortie éducative" if fr else "Students with emergency plans - field trip"
    body = (("Bonjour,\n\nPour la sortie de vendredi, les élèves suivants ont un plan d'intervention :\n" if fr else
             "Hello,\n\nFor Friday's trip, these students have an emergency care plan:\n") + '\n'.join(rows)
            + ("\n\nL'accompagnateur doit avoir les médicaments." if fr else "\n\nChaperone must carry the meds."))
    body += sig(ctx, fr, n, CISSS)
    raw = build(ctx, frm, ext_addr(ctx, 'direction', 'ecole-des-erables.example'), subj, body, dom=CISSS)
    return raw, ['patient_name', 'diagnosis', 'medication'], 'fr' if fr else 'en', 'school nurse list of students with conditions'


@pos('booking_ics')
def p_ics(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    n, frm, dom = me(ctx, fr, CISSS, 'nurse')
    st = dt.datetime(2026, 11, r.randint(2, 27), r.randint(8, 15), 0, tzinfo=TZ)
    a = ctx.address()
    ics = make_ics(f"Visite domicile - {p['name']}" if fr else f"Home visit - {p['name']}",
                   (f"Injection B12 + suivi plaie. Tél. {ctx.phone()}" if fr else f"B12 injection + wound check. Tel {ctx.phone()}"),
                   a, st, 45, uid=f"sad-{r.randint(10000, 99999)}@{CISSS}", organizer=f'mailto:sad@{CISSS}')
    subj = "Invitation: visite à domicile" if fr else "Invitation: home visit"
    body = ("Bonjour, voir l'invitation ci-jointe pour ta tournée." if fr else "Hi, see attached invite for your route.") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, addr_of(ctx.nurse(fr), dom), subj, body, attachments=[('invite.ics', ics.decode('utf-8'))], dom=dom)
    return raw, ['patient_name', 'patient_contact', 'medication'], 'fr' if fr else 'en', 'ICS home-visit invitation with patient name and address'


@pos('patient_vcard')
def p_vcard(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    vc = make_vcard(p['name'], p['sur'], p['giv'], tel=ctx.phone(), adr=ctx.address(), bday=p['dob'],
                    note=('Patiente GMF - suivi Coumadin, INR hebdo' if fr else 'GMF patient - warfarin, weekly INR'))
    subj = "Coordonnées patient pour transport" if fr else "Patient contact for transport"
    body = ("Bonjour,\n\nCi-joint la fiche contact pour le transport adapté de mardi (prise de sang à domicile impossible)." if fr else
            "Hello,\n\nContact card attached for Tuesday's adapted transport.") + sig(ctx, fr, n, dom)
    raw = build(ctx, frm, ext_addr(ctx, 'reservations', 'transport-adapte.example'), subj, body,
                attachments=[(f"{p['sur']}_{p['giv']}.vcf", vc)], dom=dom)
    return raw, ['patient_name', 'patient_contact', 'date_of_birth', 'medication'], 'fr' if fr else 'en', 'vCard of a patient with address and note'


@pos('xlsx_list')
def p_xlsx(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    rows = [('Nom', 'Prénom', 'NAM', 'Tél.', 'Motif') if fr else ('Last', 'First', 'RAMQ', 'Phone', 'Reason')]
    for _ in range(r.randint(4, 7)):
        p = ctx.nam_patient()
        rows.append((p['sur'], p['giv'], p['nam'], ctx.phone(), r.choice(['HbA1c', 'suivi HTA', 'Pap test', 'vaccin zona'] if fr else ['HbA1c', 'BP f/u', 'Pap', 'shingles vaccine'])))
    subj = "Liste rappels - relance patients" if fr else "Recall list"
    body = ("Salut,\n\nLa liste de relance du mois, à appeler d'ici vendredi." if fr else "Hi,\n\nThis month's recall list, please call by Friday.") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, addr_of(ctx.nurse(fr), dom), subj, body, attachments=[('relance.xlsx' if fr else 'recall.xlsx', make_xlsx(rows))], dom=dom)
    return raw, ['patient_name', 'ramq_nam', 'patient_contact', 'diagnosis'], 'fr' if fr else 'en', 'XLSX recall list with NAMs and phones'


@pos('csv_export')
def p_csv(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, CISSS, 'nurse')
    rows = [('dossier', 'nom', 'ddn', 'vaccin', 'date')]
    for _ in range(r.randint(4, 8)):
        p = ctx.patient()
        rows.append((ctx.mrn(), f"{p['sur']} {p['giv']}", p['dob'], r.choice(['Influenza', 'COVID-19', 'Pneumo-C-20']), '2026-10-' + str(r.randint(10, 28))))
    subj = "Export clinique vaccination" if fr else "Vaccination clinic export"
    body = ("Voici l'export pour saisie au registre." if fr else "Here is the export for registry entry.") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, ext_addr(ctx, 'registre', CISSS), subj, body, attachments=[('export_vaccination.csv', make_csv(rows))], dom=dom)
    return raw, ['patient_name', 'mrn', 'date_of_birth', 'medication'], 'fr' if fr else 'en', 'CSV export of vaccinated patients'


@pos('zip_records')
def p_zip(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.nam_patient()
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    note = (f"Patient: {p['sur']}, {p['giv']}\nNAM: {p['nam']}\nDDN: {p['dob']}\nNotes évolutives : lombalgie chronique, suivi physio, "
            "prégabaline 75 mg BID\n")
    z = make_zip([('dossier/notes.txt', note), ('dossier/lettre.pdf', make_pdf('Lettre', [f"Concerne : {p['giv']} {p['sur']}", 'Suivi en physiothérapie recommandé.']))])
    subj = "Copie de dossier demandée" if fr else "Requested chart copy"
    body = ("Bonjour,\n\nSuite à l'autorisation signée, voici la copie du dossier (mot de passe envoyé par téléphone)." if fr else
            "Hello,\n\nAs per signed authorization, chart copy attached (password by phone).") + sig(ctx, fr, n, dom, True)
    raw = build(ctx, frm, ext_addr(ctx, 'dossiers', 'cliniquephysio.example'), subj, body, attachments=[('dossier.zip', z)], dom=dom)
    return raw, ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication'], 'fr' if fr else 'en', 'ZIP with chart notes'


@pos('fwd_attachment')
def p_fwdatt(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    inner_body = (f"Bonjour,\n\nJe suis la fille de {p['name']}. {'Ma mère' if p['fem'] else 'Mon père'} fait beaucoup de chutes depuis qu'{'elle' if p['fem'] else 'il'} prend le nouveau médicament "
                  "pour le coeur (amiodarone). Peut-on avancer son rendez-vous?\n\nMerci" if fr else
                  f"Hello,\n\nI'm {p['name']}'s son. Dad has been falling since starting the new heart pill. Can we move his appointment up?\n\nThanks")
    im = inner_msg(ctx, f"famille.{p['sur'].lower()}@courriel.example", f'accueil@{GMF}',
                   ('Rendez-vous de ' + ('ma mère' if p['fem'] else 'mon père')) if fr else "My father's appointment", inner_body, 'courriel.example')
    subj = ("TR: " if fr else "Fwd: ") + (('Rendez-vous de ' + ('ma mère' if p['fem'] else 'mon père')) if fr else "My father's appointment")
    body = ("Dre, voir message de la famille ci-joint. Je lui donne une place jeudi?" if fr else "Dr, see attached from the family. Thursday slot OK?") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, addr_of(ctx.doc(fr), dom), subj, body, fwd_msg=im, dom=dom)
    return raw, ['patient_name', 'diagnosis', 'medication'], 'fr' if fr else 'en', 'family email about patient forwarded as attachment'


@pos('inline_forward')
def p_inline(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient(); mrn = ctx.mrn()
    n, frm, dom = me(ctx, fr, CISSS, 'nurse')
    orig = (f"Bonjour,\n{'Mme' if p['fem'] else 'M.'} {p['sur']} (dossier {mrn}) a manqué son 3e rendez-vous en santé mentale. {'Elle' if p['fem'] else 'Il'} a déjà exprimé des idées noires. "
            "Pouvez-vous faire une relance téléphonique?" if fr else
            f"Hi,\n{p['name']} (chart {mrn}) missed a third mental health appt. Has voiced dark thoughts before. Can you do a phone follow-up?")
    body = ("Pour suivi svp, merci.\n\n" if fr else "FYI for follow-up, thanks.\n\n") + inline_fwd(orig, addr_of(ctx.doc(fr), GMF), f'sante-mentale@{CISSS}',
                                                                                                  'Relance' if fr else 'Follow-up', ctx.date(), fr)
    body += sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, addr_of(ctx.nurse(fr), dom), ('TR: Relance' if fr else 'Fwd: Follow-up'), body, dom=dom)
    return raw, ['patient_name', 'mrn', 'diagnosis'], 'fr' if fr else 'en', 'inline forward about a patient in mental health follow-up'


@pos('disguised_id')
def p_disg(ctx):
    r = ctx.rng; fr = lang_fr(ctx, 0.7)
    p = ctx.nam_patient()
    d, frm, dom = me(ctx, fr, GMF)
    st = r.choice([4, 5, 6])
    nam = fmt_nam(p['nam'], st)
    if fr:
        subj = "dossier en attente"
        body = (f"Salut, j'écris le numéro espacé pour pas que le courriel bloque : {nam}\n"
                f"C'est pour la requête en ortho de {p['giv']} {p['sur'][0]}{p['sur'][1:].lower()}, {'elle' if p['fem'] else 'il'} attend depuis 8 mois (gonarthrose sévère).")
    else:
        subj = "pending file"
        body = f"Hi, spacing the number out so the mail goes through: {nam}\nFor {p['giv']} {p['sur']}'s ortho request, {'she' if p['fem'] else 'he'} has been waiting 8 months (severe knee OA)."
    body += sig(ctx, fr, d, dom, False)
    raw = build(ctx, frm, ext_addr(ctx, 'crds', 'chu-exemple.example'), subj, body, dom=dom)
    return raw, ['ramq_nam', 'patient_name', 'diagnosis'], 'fr' if fr else 'en', 'NAM deliberately disguised, with name and diagnosis'


@pos('employer_note')
def p_employer(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    d, frm, dom = me(ctx, fr, GMF, 'doc')
    if fr:
        subj = f"Billet médical - {p['name']}"
        body = (f"Madame, Monsieur,\n\nJe certifie que {p['name']} est en arrêt de travail du {ctx.day(True)} au {ctx.day(True)} "
                "pour un épisode dépressif majeur. Retour progressif à prévoir.\n\nSalutations")
    else:
        subj = f"Medical note - {p['name']}"
        body = (f"To whom it may concern,\n\n{p['name']} is unable to work from {ctx.day(False)} to {ctx.day(False)} due to a concussion. "
                "Graduated return to follow.\n\nRegards")
    body += sig(ctx, fr, d, dom)
    raw = build(ctx, frm, ext_addr(ctx, 'rh', 'manufacture-richelieu.example'), subj, body, dom=dom)
    return raw, ['patient_name', 'diagnosis'], 'fr' if fr else 'en', 'work absence note to employer with diagnosis'


@pos('foreign_patient')
def p_foreign(ctx):
    r = ctx.rng; fr = True
    p = ctx.patient()
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    if r.random() < 0.5:
        idv = ctx.niss(p['dob']); t = 'be_niss'
        idf = f"{idv[:2]}.{idv[2:4]}.{idv[4:6]}-{idv[6:9]}.{idv[9:]}"
        txt = f"numéro national belge {idv}" if r.random() < 0.5 else f"NISS {idf}"
        ins = 'mutualité belge'
    else:
        idv = ctx.nir(p['dob'], p['fem']); t = 'fr_nir'
        txt = f"NIR {idv[0]} {idv[1:3]} {idv[3:5]} {idv[5:7]} {idv[7:10]} {idv[10:13]} {idv[13:]}"
        ins = 'CPAM'
    subj = "Patient(e) de passage - facturation assurance voyage"
    body = (f"Bonjour,\n\nVu au sans RDV : {p['name']}, née le {p['dob']}, touriste, {txt}. " if p['fem'] else
            f"Bonjour,\n\nVu au sans RDV : {p['name']}, né le {p['dob']}, touriste, {txt}. ")
    body += f"Fracture du poignet, plâtre posé. Facture à transmettre à l'assureur voyage / {ins}.\n\nMerci" + sig(ctx, fr, n, dom)
    raw = build(ctx, frm, ext_addr(ctx, 'claims', 'assurances-boreal.example'), subj, body, dom=dom)
    return raw, [t, 'patient_name', 'date_of_birth', 'diagnosis'], 'fr', 'visiting European patient with national number and injury'


@pos('research')
def p_research(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    ps = [ctx.patient() for _ in range(r.randint(2, 3))]
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    lst = '\n'.join(f"- {p['name']}, {p['dob']} — {'DT2, randomisé bras B' if fr else 'T2DM, randomized arm B'}" for p in ps)
    subj = "Étude DIAB-PL - participants recrutés" if fr else "DIAB-PC study - enrolled participants"
    body = (("Bonjour,\n\nParticipants recrutés cette semaine (consentement signé au dossier) :\n" if fr else
             "Hi,\n\nParticipants enrolled this week (consent on file):\n") + lst)
    body += sig(ctx, fr, n, dom)
    raw = build(ctx, frm, ext_addr(ctx, 'coordination', 'chu-exemple.example'), subj, body, dom=dom)
    return raw, ['patient_name', 'date_of_birth', 'diagnosis'], 'fr' if fr else 'en', 'research participants named with DOB'


@pos('incident_report')
def p_incident(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient(); mrn = ctx.mrn()
    n, frm, dom = me(ctx, fr, CISSS, 'nurse')
    if fr:
        subj = "Déclaration AH-223 - erreur de vaccin"
        body = (f"Bonjour,\n\nIncident : {p['name']} (dossier {mrn}) a reçu Twinrix au lieu de Havrix. Aucune réaction. "
                "Parent avisé. Formulaire AH-223 rempli.\n\nMerci")
    else:
        subj = "Incident report - vaccine error"
        body = f"Hello,\n\n{p['name']} (chart {mrn}) received Twinrix instead of Havrix. No reaction. Family informed. Report filed.\n\nThanks"
    body += sig(ctx, fr, n, dom)
    raw = build(ctx, frm, f'gestion-risques@{CISSS}', subj, body, dom=dom)
    return raw, ['patient_name', 'mrn', 'medication'], 'fr' if fr else 'en', 'incident report naming patient'


@pos('ramq_billing')
def p_billing(ctx):
    r = ctx.rng; fr = lang_fr(ctx, 0.85)
    n = ('Mélanie', 'Grenier', 'agente administrative'); frm = addr_of(n, GMF)
    p = ctx.nam_patient()
    if fr:
        subj = "Refus RAMQ - code 8857"
        body = (f"Bonjour,\n\nLa RAMQ a refusé la demande pour {p['sur']} {p['giv']}, NAM {fmt_nam(p['nam'], r.choice([0, 1]))}, "
                f"visite du {ctx.day(True)} (code 8857 — carte expirée). Peux-tu vérifier avec {'elle' if p['fem'] else 'lui'} au prochain RV?\n\nMerci")
    else:
        subj = "RAMQ rejection"
        body = f"Hi,\n\nRAMQ rejected the claim for {p['giv']} {p['sur']}, {p['nam']} (card expired). Please check at next visit.\n\nThanks"
    body += sig(ctx, fr, n, GMF, False)
    raw = build(ctx, frm, ext_addr(ctx, 'facturation', 'agence-facturation.example'), subj, body, dom=GMF)
    return raw, ['patient_name', 'ramq_nam'], 'fr' if fr else 'en', 'billing rejection with NAM'


@pos('booking_phone')
def p_booking(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    p = ctx.patient()
    if fr:
        p['fem'] = True; p['giv'] = r.choice(['Karine', 'Noémie', 'Laurence', 'Yasmine']); p['name'] = f"{p['giv']} {p['sur']}"
    n = ('Mélanie', 'Grenier', 'agente administrative') if fr else ('Tanya', 'Hughes', 'medical secretary')
    dom = GMF if fr else FHT
    frm = addr_of(n, dom)
    if fr:
        subj = f"Déplacer RV {p['sur']}"
        body = (f"Bonjour,\n\nMerci de déplacer le RV de suivi de grossesse de {p['name']} au {ctx.day(True)} 10h. "
                f"Elle a demandé qu'on la texte au {ctx.phone()} (pas au domicile).\n\nMerci")
    else:
        subj = f"Reschedule {p['sur']}"
        body = (f"Hi,\n\nPlease move {p['name']}'s diabetes follow-up to {ctx.day(False)} at 10. Text at {ctx.phone('613')} only, not home phone.\n\nThanks")
    body += sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, addr_of(ctx.nurse(fr), dom), subj, body, dom=dom)
    return raw, ['patient_name', 'patient_contact', 'diagnosis'], 'fr' if fr else 'en', 'rescheduling request with reason and personal phone'

@neg('cafeteria')
def n_cafe(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'Alimentation <cafeteria@{CISSS}>'
    if fr:
        subj = "Menu de la semaine - cafétéria CLSC"
        body = "Lundi : pâté chinois\nMardi : soupe repas thaï\nMercredi : poisson pané\nJeudi : lasagne végé\nVendredi : pizza\n\nBon appétit!"
    else:
        subj = "This week's cafeteria menu"
        body = "Mon: shepherd's pie\nTue: Thai noodle soup\nWed: fish & chips\nThu: veggie lasagna\nFri: pizza\n\nEnjoy!"
    raw = build(ctx, frm, f'tous@{CISSS}', subj, body, mode=r.choice(['html', 'plain']), dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'cafeteria menu'


@neg('committee_notice')
def n_committee(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    d, frm, dom = me(ctx, fr, GMF, 'doc')
    if fr:
        subj = "Convocation - comité qualité GMF"
        body = (f"Bonjour,\n\nLe comité qualité se réunira le {ctx.day(True)} à 12h15 (Teams).\nOrdre du jour :\n1. Adoption du PV\n"
                "2. Indicateurs d'accès (3e trimestre)\n3. Protocole de renouvellement infirmier\n4. Varia\n\nMerci de confirmer.")
    else:
        subj = "Notice - QI committee meeting"
        body = (f"Hi all,\n\nQI committee meets {ctx.day(False)} at 12:15 (Teams).\nAgenda:\n1. Minutes\n2. Access indicators Q3\n"
                "3. Nurse-led refill protocol\n4. Other\n\nPlease confirm.")
    body += sig(ctx, fr, d, dom, False)
    raw = build(ctx, frm, f'comite-qualite@{dom}', subj, body, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'committee meeting notice'


@neg('blank_form')
def n_blank(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    lines = (["Nom du patient : ______________________", "NAM : ____ ____ ____   Date de naissance : ____/__/__",
              "Médicament à renouveler : ____________", "Signature du prescripteur : __________"] if fr else
             ["Patient name: ______________________", "Health card: ______________  DOB: ____/__/__",
              "Medication to renew: ____________", "Prescriber signature: __________"])
    pdf = make_pdf('Formulaire de renouvellement (vierge)' if fr else 'Refill request form (blank)', lines)
    subj = "Nouveau formulaire de renouvellement" if fr else "New refill request form"
    body = ("Bonjour,\n\nVoici le nouveau formulaire vierge à utiliser à partir du 1er novembre. Merci de jeter les anciennes copies." if fr else
            "Hello,\n\nAttached is the new blank refill form to use from Nov 1.") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, ext_addr(ctx, 'pharmaciens', 'pharmacie-dulac.example'), subj, body, attachments=[('formulaire_vierge.pdf' if fr else 'blank_form.pdf', pdf)], dom=dom)
    return raw, [], 'fr' if fr else 'en', 'blank form template'


@neg('stats_report')
def n_stats(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    d, frm, dom = me(ctx, fr, GMF, 'nurse')
    rows = [('Indicateur', 'T1', 'T2', 'T3') if fr else ('Indicator', 'Q1', 'Q2', 'Q3')]
    for ind in (['Patients inscrits', 'Patients diabétiques', 'HbA1c < 7 %', 'Visites sans RDV', 'Délai 3e RV (jours)'] if fr else
                ['Rostered patients', 'Diabetic patients', 'HbA1c < 7%', 'Walk-in visits', '3rd next available (days)']):
        rows.append((ind, r.randint(20, 9000), r.randint(20, 9000), r.randint(20, 9000)))
    subj = "Indicateurs GMF - T3" if fr else "Practice indicators Q3"
    body = (f"Bonjour,\n\nEn pièce jointe les indicateurs du trimestre. Faits saillants : {r.randint(300, 600)} patients diabétiques inscrits, "
            f"{r.randint(40, 70)} % avec HbA1c < 7 %." if fr else
            f"Hi,\n\nQuarterly indicators attached. {r.randint(300, 600)} diabetic patients rostered, {r.randint(40, 70)}% at HbA1c target.")
    body += sig(ctx, fr, d, dom, False)
    raw = build(ctx, frm, f'medecins@{dom}', subj, body, attachments=[('indicateurs_T3.xlsx' if fr else 'indicators_Q3.xlsx', make_xlsx(rows))], dom=dom)
    return raw, [], 'fr' if fr else 'en', 'aggregate indicators XLSX'


@neg('vaccine_clinic')
def n_vclinic(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'Santé publique <vaccination@{CISSS}>'
    if fr:
        subj = "Cliniques de vaccination grippe/COVID - horaire"
        body = (f"Cliniques sans rendez-vous :\n- CLSC des Rivières : mardis 13h-19h\n- Centre communautaire : samedi {ctx.day(True)} 9h-15h\n"
                f"Clientèles visées : 60 ans et +, femmes enceintes, maladies chroniques, travailleurs de la santé.\nInfo : {ctx.phone()}")
    else:
        subj = "Flu/COVID vaccine clinics - schedule"
        body = (f"Walk-in clinics:\n- CLSC: Tuesdays 1-7 pm\n- Community centre: Saturday {ctx.day(False)} 9-3\n"
                f"Eligible: 60+, pregnancy, chronic illness, health workers.\nInfo: {ctx.phone()}")
    raw = build(ctx, frm, f'partenaires@{CISSS}', subj, body, mode=r.choice(['html', 'alt']), dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'public vaccine clinic schedule'


@neg('drug_shortage')
def n_short(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    ph = ('Hugo', 'Lemieux', 'pharmacien') if fr else ('Brian', 'Castillo', 'PharmD')
    frm = addr_of(ph, 'pharmacie-dulac.example')
    drug = r.choice(['amoxicilline suspension 250 mg/5 mL', 'Ozempic 1 mg', 'méthylphénidate 18 mg', 'salbutamol inhalateur'])
    if fr:
        subj = f"Rupture - {drug}"
        body = (f"Bonjour aux prescripteurs,\n\nRupture d'approvisionnement de {drug} prévue jusqu'en décembre. Alternatives suggérées "
                "dans le tableau de l'APES. N'hésitez pas à nous appeler.\n\nL'équipe de la pharmacie")
    else:
        subj = f"Shortage notice - {drug}"
        body = f"Dear prescribers,\n\n{drug} is back-ordered until December. Suggested alternatives per the CPhA list.\n\nPharmacy team"
    body += sig(ctx, fr, ph, 'pharmacie-dulac.example', False)
    raw = build(ctx, frm, f'medecins@{GMF}', subj, body, dom='pharmacie-dulac.example')
    return raw, [], 'fr' if fr else 'en', 'drug shortage notice'


@neg('vendor_mail')
def n_vendor(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f"Ventes <ventes@medi-equipement.example>"
    sn = f"SN {r.choice(['TH', 'BP', 'ECG'])}-{ctx.luhn_number(9)}"
    if fr:
        subj = "Offre - tensiomètres automatiques"
        body = (f"Bonjour,\n\nSuite à votre demande, voici notre soumission pour 6 tensiomètres BPM-Pro (garantie 3 ans). "
                f"Unité démo : {sn}. Prix : 489 $/unité.\n\nMarc-André Roy\nReprésentant")
    else:
        subj = "Quote - automated BP monitors"
        body = f"Hello,\n\nAs requested, quote for 6 BPM-Pro monitors (3-yr warranty). Demo unit {sn}. $489/unit.\n\nSteve Parker\nAccount Manager"
    raw = build(ctx, frm, f'approvisionnement@{GMF}', subj, body, dom='medi-equipement.example')
    return raw, [], 'fr' if fr else 'en', 'vendor quote with serial number'


@neg('staff_meeting_ics')
def n_ics(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    d, frm, dom = me(ctx, fr, GMF, 'doc')
    st = dt.datetime(2026, 11, r.randint(2, 27), 12, 0, tzinfo=TZ)
    ics = make_ics('Réunion d\'équipe GMF' if fr else 'Team meeting', 'Ordre du jour : accès adapté, horaire des Fêtes' if fr else 'Agenda: access, holiday schedule',
                   'Salle de conférence, 2e étage', st, 60, uid=f"reunion-{r.randint(1000, 9999)}@{GMF}", organizer=f'mailto:direction@{GMF}')
    subj = "Invitation : réunion d'équipe" if fr else "Invitation: team meeting"
    body = ("Bonjour, invitation à la réunion d'équipe, lunch fourni." if fr else "Hi, team meeting invite, lunch provided.") + sig(ctx, fr, d, dom, False)
    raw = build(ctx, frm, f'equipe@{dom}', subj, body, attachments=[('invite.ics', ics.decode('utf-8'))], dom=dom)
    return raw, [], 'fr' if fr else 'en', 'staff meeting invitation'


@neg('staff_vcard')
def n_vcard(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, CISSS, 'nurse')
    c = ctx.nurse(fr)
    vc = make_vcard(f'{c[0]} {c[1]}', c[1], c[0], tel=ctx.phone('450'), org='CISSS du Sud - CLSC des Rivières', email_=addr_of(c, CISSS).split('<')[1][:-1])
    subj = "Coordonnées nouvelle collègue" if fr else "New colleague contact"
    body = (f"Bonjour,\n\n{c[0]} {c[1]} ({c[2]}) se joint à l'équipe lundi. Sa carte de contact est jointe." if fr else
            f"Hi,\n\n{c[0]} {c[1]} ({c[2]}) joins the team Monday. Contact card attached.") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, f'equipe@{dom}', subj, body, attachments=[(f'{c[1]}.vcf', vc)], dom=dom)
    return raw, [], 'fr' if fr else 'en', 'staff vCard'


@neg('colleague_expertise')
def n_colleague(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    a, b = r.sample(STAFF_FR if fr else STAFF_EN, 2)
    if fr:
        subj = "Ressources internes - qui consulter?"
        body = (f"Bonjour,\n\nPour les nouvelles infirmières : {pn(a)} s'occupe du suivi diabète et insulinothérapie; "
                f"{pn(b)} fait les suivis de grossesse et la contraception (stérilets). Pour la santé mentale, passer par le GASM.\n\nMerci")
    else:
        subj = "Who to ask - internal resources"
        body = (f"Hi,\n\nFor new nurses: {pn(a)} handles diabetes and insulin starts; {pn(b)} does prenatal care and IUD insertions.\n\nThanks")
    body += sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, f'infirmieres@{dom}', subj, body, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'physicians named next to conditions they manage'


@neg('fridge_alert')
def n_fridge(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'Alarme <monitoring@{CISSS}>'
    imei = ctx.luhn_number(15)
    if fr:
        subj = f"ALERTE température frigo vaccins - CLSC"
        body = (f"Capteur {r.randint(1000, 9999)} (IMEI {imei}) : 9,1 °C à 03:12, durée 42 min.\nActions : ne pas utiliser les vaccins, "
                "mettre en quarantaine, aviser la santé publique.\nEmplacement : salle de vaccination 104.")
    else:
        subj = "ALERT vaccine fridge temperature"
        body = (f"Sensor {r.randint(1000, 9999)} (IMEI {imei}): 9.1 C at 03:12 for 42 min.\nQuarantine vaccines and notify public health.\nRoom 104.")
    raw = build(ctx, frm, f'vaccination@{CISSS}', subj, body, mode='plain', dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'fridge temperature alarm with device IMEI'


@neg('policy_update')
def n_policy(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    d, frm, dom = me(ctx, fr, CISSS, 'doc')
    paras = (["Ordonnance collective OC-07 — Ajustement de la lévothyroxine", "Clientèle : adultes avec hypothyroïdie primaire.",
              "Conditions : TSH hors cible, aucune grossesse.", "Révisée le 2026-10-01."] if fr else
             ["Medical directive MD-07 — Levothyroxine adjustment", "Population: adults with primary hypothyroidism.",
              "Criteria: TSH out of range, not pregnant.", "Revised 2026-10-01."])
    subj = "Mise à jour ordonnance collective" if fr else "Updated medical directive"
    body = ("Bonjour,\n\nVoici la version révisée de l'ordonnance collective, à lire et signer d'ici le 15." if fr else
            "Hello,\n\nRevised directive attached; please read and sign by the 15th.") + sig(ctx, fr, d, dom, False)
    raw = build(ctx, frm, f'infirmieres@{GMF}', subj, body, attachments=[('OC-07.docx' if fr else 'MD-07.docx', make_docx(paras[0], paras[1:]))], dom=dom)
    return raw, [], 'fr' if fr else 'en', 'clinical directive update (no patient)'


@neg('referral_howto')
def n_howto(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'CRDS <crds@{CISSS}>'
    if fr:
        subj = "Rappel - formulaires de référence CRDS"
        body = ("Bonjour,\n\nRappel : les demandes de consultation doivent être faites sur le formulaire provincial normalisé, "
                "avec la priorité (A à E) et les examens pertinents. Les demandes incomplètes seront retournées.\n\nCRDS")
    else:
        subj = "Reminder - CRDS referral forms"
        body = "Hello,\n\nReferrals must use the standard provincial form with priority A-E and relevant tests. Incomplete forms are returned.\n\nCRDS"
    raw = build(ctx, frm, f'tous-gmf@{CISSS}', subj, body, dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'referral process reminder'


@neg('student_placement')
def n_students(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    st = [f"{r.choice(PAT_GIVEN_F + PAT_GIVEN_M)} {r.choice(PAT_SUR)}" for _ in range(3)]
    if fr:
        subj = "Stagiaires en soins infirmiers - automne"
        body = ("Bonjour,\n\nNous accueillons 3 stagiaires du cégep du " + ctx.day(True) + " au 12 décembre :\n"
                + '\n'.join(f"- {s} (matricule {r.randint(2000000, 2999999)})" for s in st) + "\nMerci de leur faire bon accueil!")
    else:
        subj = "Nursing students - fall placement"
        body = "Hi,\n\nThree nursing students join us this fall:\n" + '\n'.join(f"- {s} (student # {r.randint(2000000, 2999999)})" for s in st)
    body += sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, f'equipe@{dom}', subj, body, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'student placement list (students, not patients)'


@neg('partner_admin')
def n_partner(ctx):
    r = ctx.rng
    n = r.choice(NURSES_EN); frm = addr_of(n, FHT)
    prev = "Hi Megan, would a joint session on cross-border transfers of care work for November?"
    subj = "RE: Joint webinar - transfers of care QC/ON"
    body = (f"Hi,\n\nYes, {ctx.day(False)} at noon works for us. We'll present our e-referral workflow; can your team cover RAMQ registration steps "
            "for patients moving to Quebec?\n\nCheers" + sig(ctx, False, n, FHT, False) + '\n\n' + quote(prev, 'Isabelle Tremblay', ctx.date(), False))
    raw = build(ctx, frm, addr_of(ctx.doc(True), GMF), subj, body, in_reply=True, dom=FHT)
    return raw, [], 'en', 'partner FHT admin reply thread'


@neg('midwife_info')
def n_midwife(ctx):
    r = ctx.rng; fr = lang_fr(ctx, 0.75)
    frm = f'Maison de naissance <info@maisonnaissance-sud.example>'
    if fr:
        subj = "Séance d'information - suivi sage-femme"
        body = (f"Bonjour,\n\nProchaine séance d'information pour les futurs parents le {ctx.day(True)} à 19h. "
                f"Merci de transmettre l'affiche aux patientes enceintes de votre GMF. Inscription : {ctx.phone()}.\n\nL'équipe des sages-femmes")
    else:
        subj = "Info session - midwifery care"
        body = f"Hello,\n\nNext info session for expecting parents: {ctx.day(False)}, 7 pm. Please share the poster. Register: {ctx.phone()}.\n\nMidwifery team"
    raw = build(ctx, frm, f'accueil@{GMF}', subj, body, mode=r.choice(['html', 'alt']), dom='maisonnaissance-sud.example')
    return raw, [], 'fr' if fr else 'en', 'midwifery info session announcement'


@neg('badge_numbers')
def n_badges(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'Sécurité <securite@{CISSS}>'
    rows = '\n'.join(f"- {c[0]} {c[1]} : {'carte' if fr else 'badge'} {ctx.luhn_number(9)}" for c in r.sample(NURSES_FR if fr else NURSES_EN, 3))
    if fr:
        subj = "Cartes d'accès à réactiver"
        body = "Bonjour,\n\nLes cartes d'accès suivantes ont été réactivées (employés) :\n" + rows + "\n\nSécurité"
    else:
        subj = "Access badges reactivated"
        body = "Hi,\n\nThe following staff badges were reactivated:\n" + rows + "\n\nSecurity"
    raw = build(ctx, frm, f'gestionnaires@{CISSS}', subj, body, dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'employee badge numbers (checksum-valid, not identifiers)'


@neg('admin_forward')
def n_admfwd(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    im = inner_msg(ctx, f'formation@{CISSS}', f'gestionnaires@{CISSS}', 'Formation RCR - inscriptions' if fr else 'CPR training - registration',
                   ("Bonjour,\nFormation RCR le 20 novembre, 8 places. Inscription via l'intranet." if fr else
                    "Hello,\nCPR recertification Nov 20, 8 seats. Register on the intranet."), CISSS)
    subj = ("TR: " if fr else "Fwd: ") + ('Formation RCR - inscriptions' if fr else 'CPR training - registration')
    body = ("Pour celles dont la carte expire cette année." if fr else "For those whose card expires this year.") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, f'infirmieres@{dom}', subj, body, fwd_msg=im, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'training notice forwarded as attachment'


@neg('templates_zip')
def n_zip(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    z = make_zip([('gabarits/lettre_reference.txt', 'Objet : Demande de consultation\nPatient : [NOM]\nMotif : [MOTIF]\n'),
                  ('gabarits/billet_absence.txt', "Je certifie que [NOM] ... du [DATE] au [DATE].\n")])
    subj = "Gabarits de lettres mis à jour" if fr else "Updated letter templates"
    body = ("Voici les gabarits à jour pour le DMÉ." if fr else "Updated EMR templates attached.") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, f'secretariat@{dom}', subj, body, attachments=[('gabarits.zip', z)], dom=dom)
    return raw, [], 'fr' if fr else 'en', 'ZIP of blank templates'


@neg('school_letter')
def n_school(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n = [x for x in NURSES_FR if x[2] == 'infirmière scolaire'][0]
    frm = addr_of(n, CISSS)
    if fr:
        subj = "Lettre aux parents - vaccination 4e année"
        body = ("Bonjour,\n\nVoici la lettre à distribuer aux parents des élèves de 4e année : vaccination hépatite B et VPH le "
                f"{ctx.day(True)}. Les formulaires de consentement doivent revenir d'ici 2 semaines.\n\nMerci")
    else:
        subj = "Parent letter - grade 7 immunization"
        body = f"Hello,\n\nPlease send home the attached letter: HPV and Hep B clinic on {ctx.day(False)}. Consent forms due in 2 weeks.\n\nThanks"
    body += sig(ctx, True, n, CISSS, False)
    raw = build(ctx, frm, ext_addr(ctx, 'secretariat', 'ecole-des-erables.example'), subj, body, dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'school immunization letter to all parents'


@neg('admin_reply')
def n_admreply(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    d, frm, dom = me(ctx, fr, GMF, 'doc')
    if fr:
        prev = "Est-ce qu'on garde la même formule pour le party de Noël? La salle du 2e est libre le 12."
        body = "Oui, le 12 c'est parfait. Je m'occupe du traiteur." + sig(ctx, fr, d, dom, False) + '\n\n' + quote(prev, 'Mélanie Grenier', ctx.date(), True)
        subj = "RE: Party de Noël"
    else:
        prev = "Can we keep the same format for the holiday party? Room 2 is free on the 12th."
        body = "Sure, the 12th works. I'll handle catering." + sig(ctx, fr, d, dom, False) + '\n\n' + quote(prev, 'Tanya Hughes', ctx.date(), False)
        subj = "RE: Holiday party"
    raw = build(ctx, frm, f'equipe@{dom}', subj, body, in_reply=True, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'social event reply thread'


@neg('quality_aggregate')
def n_quality(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'Gestion des risques <gestion-risques@{CISSS}>'
    if fr:
        subj = "Bilan trimestriel des incidents"
        body = (f"Bonjour,\n\nAu T3 : {r.randint(20, 80)} déclarations AH-223, dont {r.randint(5, 20)} erreurs de médication, "
                f"{r.randint(3, 15)} chutes à domicile, aucune avec conséquence grave. Thème du mois : double vérification des vaccins.\n\nGestion des risques")
    else:
        subj = "Quarterly incident summary"
        body = f"Hello,\n\nQ3: {r.randint(20, 80)} incident reports, {r.randint(5, 20)} medication errors, no severe harm.\n\nRisk management"
    raw = build(ctx, frm, f'gestionnaires@{CISSS}', subj, body, dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'aggregate incident statistics'


@neg('drug_newsletter')
def n_news(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    frm = f'Bulletin pharmaco <bulletin@{CISSS}>'
    if fr:
        subj = "Info-médicaments : les GLP-1 en première ligne"
        body = ("Dans ce numéro :\n- Sémaglutide : effets indésirables GI et ajustement des doses\n- Déprescription des IPP\n"
                "- Nouvelle couverture RAMQ pour le Shingrix\n\nBonne lecture!")
    else:
        subj = "Drug bulletin: GLP-1 agonists in primary care"
        body = "In this issue:\n- Semaglutide GI side effects and titration\n- PPI deprescribing\n- Shingrix coverage update\n\nHappy reading!"
    raw = build(ctx, frm, f'abonnes@{CISSS}', subj, body, mode=r.choice(['html', 'alt']), dom=CISSS)
    return raw, [], 'fr' if fr else 'en', 'drug newsletter'


@pos('visit_route')
def p_route(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, CISSS, 'nurse')
    rows = []
    for h in sorted(r.sample([8, 9, 10, 11, 13, 14, 15], 4)):
        p = ctx.patient()
        task = r.choice(['INR', 'pansement sacrum', 'PICC - héparine', 'insuline / glycémies', 'soins palliatifs - pompe']) if fr else \
            r.choice(['INR', 'sacral wound dressing', 'PICC flush', 'insulin / glucose', 'palliative - pump check'])
        rows.append(f"{h:02d}h00  {p['sur']} {p['giv'][0]}.  {r.choice(TOWNS)}  {task}" if fr else
                    f"{h:02d}:00  {p['sur']} {p['giv'][0]}.  {r.choice(TOWNS)}  {task}")
    subj = f"Tournée de {ctx.day(True)}" if fr else f"Route for {ctx.day(False)}"
    body = (("Salut, ta tournée modifiée :\n" if fr else "Hi, your updated route:\n") + '\n'.join(rows))
    body += sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, addr_of(ctx.nurse(fr), dom), subj, body, mode='plain', dom=dom)
    return raw, ['patient_name', 'diagnosis', 'medication'], 'fr' if fr else 'en', 'home-care route list with client names and care tasks'


@pos('quoted_reply')
def p_quoted(ctx):
    r = ctx.rng; fr = lang_fr(ctx, 0.45)
    p = ctx.patient()
    d, frm, dom = me(ctx, fr, GMF, 'doc')
    if fr:
        prev = (f"Dre,\n{p['name']} ({p['dob']}) a appelé : test de grossesse positif, veut discuter d'une IVG. "
                f"Rappeler au {ctx.phone()} après 17h svp.")
        body = "Ok je la rappelle ce soir." + sig(ctx, fr, d, dom, False) + '\n\n' + quote(prev, 'Annie Bergeron', ctx.date(), True)
        subj = "RE: message téléphonique"
    else:
        prev = (f"Dr,\n{p['name']} (DOB {p['dob']}) called: started on sertraline 2 weeks ago, now having panic attacks. "
                f"Call back at {ctx.phone('613')}.")
        body = "Done, spoke with them, increased f/u." + sig(ctx, fr, d, dom, False) + '\n\n' + quote(prev, 'Jennifer Walsh', ctx.date(), False)
        subj = "RE: phone message"
    raw = build(ctx, frm, addr_of(ctx.nurse(fr), dom), subj, body, in_reply=True, dom=dom)
    return raw, ['patient_name', 'date_of_birth', 'diagnosis', 'patient_contact'], 'fr' if fr else 'en', 'short reply; patient details only in quoted text'


@pos('lab_report_pdf')
def p_labpdf(ctx):
    r = ctx.rng; fr = lang_fr(ctx, 0.45)
    if fr:
        p = ctx.nam_patient(); idl = f"NAM : {p['nam']}"; t = 'ramq_nam'; dom = GMF
    else:
        p = ctx.on_patient(); hn = ctx.ohip(); idl = f"Health #: {hn[:4]} {hn[4:7]} {hn[7:]}"; t = 'ca_health_number'; dom = FHT
    lines = [f"{'Patient' if fr else 'Patient'}: {p['sur'].upper()}, {p['giv']}", idl, f"DOB: {p['dob']}",
             'Glucose à jeun 8,9 mmol/L (H)' if fr else 'Fasting glucose 8.9 mmol/L (H)', 'HbA1c 8,1 % (H)' if fr else 'HbA1c 8.1% (H)',
             'LDL 3,9 mmol/L' if fr else 'LDL 3.9 mmol/L']
    pdf = make_pdf('Rapport de laboratoire' if fr else 'Laboratory report', lines)
    n = ctx.nurse(fr); frm = addr_of(n, dom)
    subj = "Résultats pour le suivi conjoint" if fr else "Labs for shared care"
    body = ("Bonjour, résultats ci-joints comme convenu." if fr else "Hi, labs attached as discussed.") + sig(ctx, fr, n, dom)
    to = addr_of(ctx.doc(not fr), FHT if fr else GMF)
    raw = build(ctx, frm, to, subj, body, attachments=[('resultats.pdf' if fr else 'labs.pdf', pdf)], dom=dom)
    return raw, [t, 'patient_name', 'date_of_birth', 'lab_result'], 'fr' if fr else 'en', 'lab report PDF shared between GMF and FHT'


@neg('oncall_roster')
def n_oncall(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, CISSS, 'nurse')
    rows = []
    for c in r.sample(NURSES_FR if fr else NURSES_EN, 4):
        rows.append(f"{c[1].upper()} {c[0][0]}. ({r.randint(1000000, 9999999)}) — {c[2]} — {r.choice(['SAD Est', 'SAD Ouest', 'Périnatalité', 'Scolaire'] if fr else ['Home care East', 'Home care West', 'Perinatal', 'School'])} — téléav. {r.randint(100, 999)}")
    subj = "Liste de garde fin de semaine" if fr else "Weekend on-call list"
    body = (("Bonjour,\n\nGarde infirmière de la fin de semaine (no employé entre parenthèses) :\n" if fr else
             "Hi,\n\nWeekend nursing on-call (employee # in brackets):\n") + '\n'.join(rows))
    body += sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, f'garde@{dom}', subj, body, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'staff on-call roster with employee numbers'


@neg('anon_question')
def n_anon(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    d, frm, dom = me(ctx, fr, GMF, 'doc')
    if fr:
        subj = "Question pharmaco"
        body = ("Salut Hugo,\n\nQuestion générale : chez une femme enceinte de 20 semaines avec infection urinaire, "
                "la nitrofurantoïne reste-t-elle ton premier choix ou tu préfères la céphalexine?\n\nMerci!")
        to = 'h.lemieux@pharmacie-dulac.example'
    else:
        subj = "Quick pharmacology question"
        body = ("Hi Brian,\n\nGeneral question: for an elderly patient on apixaban needing a short NSAID course, what would you suggest instead?\n\nThanks")
        to = 'b.castillo@pharmacie-dulac.example'
    body += sig(ctx, fr, d, dom, False)
    raw = build(ctx, frm, to, subj, body, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'generic clinical question, no identifiable patient'


@neg('billing_codes')
def n_billing(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    if fr:
        frm = f'Facturation <facturation@{GMF}>'
        subj = "Modifications entente FMOQ - codes de facturation"
        body = ("Bonjour,\n\nÀ partir du 1er novembre : nouveau code pour la prise en charge de patients vulnérables (15 $ de plus), "
                "et le code de suivi téléphonique est modifié. Aide-mémoire joint au DMÉ.\n\nFacturation")
        dom = GMF
    else:
        frm = f'Billing <billing@{FHT}>'
        subj = "OHIP fee schedule changes - November"
        body = "Hello,\n\nReminder: new virtual care codes take effect Nov 1. Cheat sheet on the shared drive.\n\nBilling"
        dom = FHT
    raw = build(ctx, frm, f'medecins@{dom}', subj, body, dom=dom)
    return raw, [], 'fr' if fr else 'en', 'billing code changes'


@neg('patient_education')
def n_edu(ctx):
    r = ctx.rng; fr = lang_fr(ctx)
    n, frm, dom = me(ctx, fr, GMF, 'nurse')
    paras = (["Après votre vaccin", "Une rougeur au site d'injection est normale.", "Acétaminophène au besoin.",
              "Consultez si fièvre > 40 °C ou difficulté à respirer."] if fr else
             ["After your vaccine", "Redness at the injection site is normal.", "Acetaminophen as needed.",
              "Seek care for fever over 40 C or trouble breathing."])
    subj = "Feuillet d'information - à imprimer" if fr else "Patient handout - please print"
    body = ("Peux-tu imprimer 200 copies pour la clinique de vaccination?" if fr else "Can you print 200 copies for the flu clinic?") + sig(ctx, fr, n, dom, False)
    raw = build(ctx, frm, f'secretariat@{dom}', subj, body, attachments=[('feuillet.docx' if fr else 'handout.docx', make_docx(paras[0], paras[1:]))], dom=dom)
    return raw, [], 'fr' if fr else 'en', 'generic patient education handout'

#@@CATEGORIES@@

# ------------------------------------------------------------- driver


def plan(items, total):
    """Spread `total` messages over the categories as evenly as possible (deterministic order)."""
    n = len(items)
    out = []
    for i in range(total):
        out.append(items[i % n])
    return out


def check(out):
    labels = json.load(open(os.path.join(out, 'labels.json'), encoding='utf-8'))
    files = sorted(f'{d}/{f}' for d in ('positive', 'negative') for f in os.listdir(os.path.join(out, d)))
    assert sorted(labels) == files, 'labels do not cover exactly the files'
    for f in files:
        raw = open(os.path.join(out, f), 'rb').read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if part.is_multipart():
                continue
            c = part.get_content()
            if part.get_content_type() == 'message/rfc822':
                for sub in c.walk():
                    assert not sub.defects, (f, sub.defects)
                    if not sub.is_multipart():
                        sub.get_content()
        lab = labels[f]
        assert lab['confidential'] == f.startswith('positive/'), f
        assert (len(lab['types']) > 0) == lab['confidential'], f
        assert lab['lang'] in ('fr', 'en')
        for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            assert m[k], (f, k)
    return labels, files


def transport_of(raw):
    m = email.message_from_bytes(raw, policy=email.policy.default)
    ct = m.get_content_type()
    crlf = b'\r\n' in raw[:2000]
    leaf = [p for p in m.walk() if not p.is_multipart()]
    return ct, crlf, [(p.get_content_type(), p.get_content_charset(), p['Content-Transfer-Encoding']) for p in leaf]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=2222)
    ap.add_argument('--npos', type=int, default=120)
    ap.add_argument('--nneg', type=int, default=180)
    a = ap.parse_args()
    out = a.out
    for d in ('positive', 'negative'):
        p = os.path.join(out, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    ctx = Ctx(a.seed)
    labels = {}
    jobs = [('p', c, f) for c, f in plan(POS, a.npos)] + [('n', c, f) for c, f in plan(NEG, a.nneg)]
    counters = {'p': 0, 'n': 0}
    for kind, cat, fn in jobs:
        counters[kind] += 1
        raw, types, lang, note = fn(ctx)
        name = f"{'positive' if kind == 'p' else 'negative'}/{kind}{counters[kind]:03d}_{cat}.eml"
        with open(os.path.join(out, name), 'wb') as f:
            f.write(raw)
        labels[name] = {'confidential': kind == 'p', 'types': sorted(set(types)), 'lang': lang, 'note': note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    labels, files = check(out)
    # counts
    from collections import Counter
    cats = {'positive': Counter(), 'negative': Counter()}
    langs = Counter(); tr = Counter()
    for f in files:
        d, n = f.split('/')
        cats[d][n.split('_', 1)[1][:-4]] += 1
        langs[(d, labels[f]['lang'])] += 1
        ct, crlf, leaves = transport_of(open(os.path.join(out, f), 'rb').read())
        tr['top:' + ct] += 1
        tr['crlf' if crlf else 'lf'] += 1
        for lt, cs, cte in leaves:
            if lt in ('text/plain', 'text/html'):
                tr[f'charset:{cs}'] += 1
                tr[f'cte:{str(cte).lower()}'] += 1
        mm = email.message_from_bytes(open(os.path.join(out, f), 'rb').read(), policy=email.policy.default)
        if any(pp.get_content_type() == 'message/rfc822' for pp in mm.walk()):
            tr['fwd-as-attachment'] += 1
        for pp in mm.walk():
            fn_ = pp.get_filename()
            if fn_:
                tr['attach:' + fn_.rsplit('.', 1)[-1].lower()] += 1
    print(f"positives: {sum(cats['positive'].values())} in {len(cats['positive'])} categories")
    print(f"negatives: {sum(cats['negative'].values())} in {len(cats['negative'])} categories")
    for d in cats:
        print(d, dict(sorted(cats[d].items())))
    print('lang', dict(sorted(langs.items())))
    print('transport', dict(sorted(tr.items())))
    h = hashlib.sha256()
    for f in sorted(files) + ['labels.json']:
        h.update(f.encode() + b'\0')
        h.update(open(os.path.join(out, f), 'rb').read())
    print('sha256', h.hexdigest())


if __name__ == '__main__':
    main()
