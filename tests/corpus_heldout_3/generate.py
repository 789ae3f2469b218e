#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus for a health network.

Writes positive/*.eml, negative/*.eml and labels.json next to itself (or under --out DIR),
then checks its own output and prints counts and a sha256 digest.
All people, institutions, domains, addresses, phone numbers and identifiers are invented.
"""
import argparse, csv, hashlib, html, io, json, os, random, re, shutil, sys, zipfile, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr
import email

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 9391
HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')
FIXED_DT = (2026, 1, 5, 8, 0, 0)

# ----------------------------------------------------------------------------- data pools
def load_nams():
    out = []
    with open(NAMS_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(dict(sur=sur, giv=giv, dob=dob, sex=sex, nam=nam))
    return out

FR_GIV_M = ['Jean-François', 'Mathieu', 'Éric', 'Stéphane', 'Yannick', 'Simon', 'Olivier', 'Benoît', 'Luc', 'Philippe', 'Sébastien', 'Hugo']
FR_GIV_F = ['Isabelle', 'Catherine', 'Julie', 'Mélanie', 'Véronique', 'Annie', 'Chantal', 'Karine', 'Marie-Ève', 'Sophie', 'Nancy', 'Audrey']
FR_SUR = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Dubé', 'Beaulieu', 'Lévesque', 'Hébert', 'Desjardins', 'Rioux', 'Gingras', 'Bédard', 'Lemieux', 'Thériault', 'Perreault', 'Vachon', 'Plante', 'Dion']
EN_GIV_M = ['Michael', 'Daniel', 'Kevin', 'Ryan', 'Andrew', 'Mark', 'Jason', 'Peter', 'Brian', 'Steven', 'Ahmed', 'Raj']
EN_GIV_F = ['Jennifer', 'Laura', 'Karen', 'Emily', 'Rebecca', 'Heather', 'Megan', 'Priya', 'Nicole', 'Rachel', 'Angela', 'Lisa']
EN_SUR = ['Campbell', 'Stewart', 'Murphy', 'Patel', 'Nguyen', 'O\'Brien', 'Fraser', 'Kowalski', 'Singh', 'Harrison', 'Mitchell', 'Chen', 'Walsh', 'Robertson', 'Greenberg', 'Khan']
# patients outside Quebec (invented, no RAMQ)
ON_PAT = [('Henderson', 'Margaret', 'F'), ('Kaur', 'Simran', 'F'), ('Dubois', 'Raymond', 'M'), ('Lindqvist', 'Erik', 'M'), ('Okafor', 'Grace', 'F'),
          ('McAllister', 'Douglas', 'M'), ('Tran', 'Vivian', 'F'), ('Rossi', 'Anthony', 'M'), ('Bennett', 'Shirley', 'F'), ('Yusuf', 'Omar', 'M'),
          ('Clarke', 'Dorothy', 'F'), ('Petrov', 'Ivan', 'M')]
BE_PAT = [('Janssens', 'Lucie', 'F'), ('Peeters', 'Marc', 'M'), ('Dupont', 'Françoise', 'F'), ('Lambert', 'Thierry', 'M'), ('Maes', 'Chloé', 'F'), ('Wouters', 'Didier', 'M'), ('Dumont', 'Régine', 'F')]
FR_PAT = [('Moreau', 'Jacqueline', 'F'), ('Laurent', 'Bernard', 'M'), ('Girard', 'Élodie', 'F'), ('Faure', 'Patrick', 'M'), ('Rousseau', 'Odile', 'F'), ('Chevalier', 'Alain', 'M'), ('Mercier', 'Yvette', 'F')]

ORGS = {
    'qc': [dict(name='CHU Exemple', dom='chu-exemple.example', city='Québec', addr='1200, boul. des Érables, Québec (Québec) G1X 5Z9', area='418'),
           dict(name='CISSS des Basses-Laurentides', dom='cisss-bl.example', city='Saint-Jérôme', addr='290, rue Principale, Saint-Jérôme (Québec) J7Z 0A9', area='450'),
           dict(name='Hôpital Saint-Aubin', dom='hsa-sante.example', city='Trois-Rivières', addr='75, rue des Forges, Trois-Rivières (Québec) G9A 0B2', area='819')],
    'qc_en': [dict(name='Westmount General Hospital', dom='wgh-montreal.example', city='Montreal', addr='4100 Sherbrooke St. W., Montreal, QC H3Z 0C1', area='514'),
              dict(name='CHU Exemple', dom='chu-exemple.example', city='Québec', addr='1200 boul. des Érables, Québec, QC G1X 5Z9', area='418')],
    'on': [dict(name='Lakeshore Regional Health', dom='lakeshore-health.example', city='Kingston', addr='310 Front Road, Kingston, ON K7M 0E4', area='613'),
           dict(name='Rideau Valley Hospital', dom='rideauvalley.example', city='Ottawa', addr='85 Bank Street, Ottawa, ON K1P 0A7', area='613')],
    'be': [dict(name='CHU Meuse', dom='chu-meuse.example', city='Liège', addr='Avenue de l\'Hôpital 12, 4000 Liège', area='04')],
    'fr': [dict(name='CHU Rhône-Sud', dom='chu-rhonesud.example', city='Lyon', addr='14 quai des Tanneurs, 69007 Lyon', area='04')],
}
EXT = {
    'fr': ['clinique-familiale.example', 'gmf-riviere.example', 'pharmacie-jean.example', 'cliniquemedicale-nord.example', 'clsc-vallee.example', 'radiologie-centre.example', 'courriel.example'],
    'en': ['familyhealthteam.example', 'northside-clinic.example', 'rxcare-pharmacy.example', 'homecare-ontario.example', 'imaging-partners.example', 'mailbox.example'],
}

# ----------------------------------------------------------------------------- small helpers
class Ctx:
    def __init__(self, seed):
        self.R = random.Random(seed)
        self.nams = load_nams()
        self.msgid_n = 0

def ch(R, seq):
    return seq[R.randrange(len(seq))]

_LAST = [0]

def chk(R, seq):
    """choose and remember the index (to pair a body with its subject)"""
    _LAST[0] = R.randrange(len(seq))
    return seq[_LAST[0]]

def chk2(R, seq):
    return seq[_LAST[0] % len(seq)]

def ph(R, area='418'):
    if area == '04':
        return '04 555 %02d %02d' % (R.randrange(100), R.randrange(100))
    return '%s-555-01%02d' % (area, R.randrange(100))

def person(R, lang, sex=None):
    sex = sex or ch(R, 'MF')
    if lang == 'fr':
        giv = ch(R, FR_GIV_M if sex == 'M' else FR_GIV_F); sur = ch(R, FR_SUR)
    else:
        giv = ch(R, EN_GIV_M if sex == 'M' else EN_GIV_F); sur = ch(R, EN_SUR)
    return dict(giv=giv, sur=sur, sex=sex)

def slug(s):
    t = s.lower()
    for a, b in (('é', 'e'), ('è', 'e'), ('ê', 'e'), ('ë', 'e'), ('à', 'a'), ('â', 'a'), ('ç', 'c'), ('î', 'i'), ('ï', 'i'), ('ô', 'o'), ('û', 'u'), ('ù', 'u'), ("'", ''), (' ', '')):
        t = t.replace(a, b)
    return t

def addr(p, dom, style=0):
    if style == 1:
        local = slug(p['giv'])[0] + slug(p['sur'])
    else:
        local = slug(p['giv']) + '.' + slug(p['sur'])
    return local.replace('-', '') + '@' + dom

def full(p):
    return p['giv'] + ' ' + p['sur']

def G(p, lang):
    f = p['sex'] == 'F'
    if lang == 'fr':
        return dict(t='Mme' if f else 'M.', ne='née' if f else 'né', il='elle' if f else 'il', Il='Elle' if f else 'Il',
                    pat='patiente' if f else 'patient', le='la' if f else 'le', connu='connue' if f else 'connu', age_w='âgée' if f else 'âgé',
                    vu='vue' if f else 'vu', suivi='suivie' if f else 'suivi', admis='admise' if f else 'admis', sa='sa', lui='lui')
    return dict(t='Ms.' if f else 'Mr.', he='she' if f else 'he', He='She' if f else 'He', his='her' if f else 'his', His='Her' if f else 'His',
                him='her' if f else 'him')

def age(dob, ref='2026-11-01'):
    y, m, d = map(int, dob.split('-')); Y, M, D = map(int, ref.split('-'))
    return Y - y - ((M, D) < (m, d))

def dob_fmt(dob, R, lang):
    y, m, d = dob.split('-')
    st = R.randrange(4)
    if st == 0: return dob
    if st == 1: return '%s/%s/%s' % (d, m, y)
    if st == 2: return '%s-%s-%s' % (d, m, y)
    mois_fr = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
    mon_en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    if lang == 'fr': return '%d %s %s' % (int(d), mois_fr[int(m) - 1], y)
    return '%s %d, %s' % (mon_en[int(m) - 1], int(d), y)

FW = str.maketrans('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ')

def fmt_nam(nam, style):
    if style == 'plain': return nam
    if style == 'spaced': return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'dash': return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'lower': return nam.lower()
    if style == 'dots': return '.'.join(nam)
    if style == 'letters': return ' '.join(nam)
    if style == 'fullwidth': return nam.translate(FW)
    if style == 'split': return '%s %s\n%s' % (nam[:4], nam[4:8], nam[8:])
    return nam

def mrn(R):
    st = R.randrange(6)
    if st == 0: return '%07d' % R.randrange(1000000, 9999999)
    if st == 1: return '%08d' % R.randrange(100000, 99999999)
    if st == 2: return 'H%07d' % R.randrange(10 ** 7)
    if st == 3: return 'D-%06d' % R.randrange(10 ** 6)
    if st == 4: return 'M%08d' % R.randrange(10 ** 8)
    return '%02d-%05d' % (R.randrange(10, 99), R.randrange(10 ** 5))

def gen_sin(R):
    while True:
        base = str(R.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(R.randrange(10)) for _ in range(7))
        n = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(n):
            return n

def fmt_sin(n, st):
    return ['%s %s %s', '%s-%s-%s', '%s%s%s'][st] % (n[:3], n[3:6], n[6:])

def gen_ohn(R):
    while True:
        base = str(R.randrange(1, 10)) + ''.join(str(R.randrange(10)) for _ in range(8))
        n = base + luhn.calc_check_digit(base)
        if luhn.is_valid(n):
            return n

def fmt_ohn(n, R):
    vc = ch(R, ['', ' ' + ch(R, ['AB', 'KM', 'ZX', 'HT']), '-' + ch(R, ['AB', 'JQ'])])
    st = R.randrange(3)
    if st == 0: return '%s-%s-%s%s' % (n[:4], n[4:7], n[7:], vc)
    if st == 1: return '%s %s %s%s' % (n[:4], n[4:7], n[7:], vc)
    return n + vc

def gen_niss(R, dob, sex):
    y, m, d = dob.split('-')
    while True:
        ser = R.randrange(1, 998)
        if (ser % 2 == 1) != (sex == 'M'):
            continue
        first = '%s%s%s%03d' % (y[2:], m, d, ser)
        base = int(('2' + first) if int(y) >= 2000 else first)
        chk = 97 - base % 97
        n = first + '%02d' % chk
        if be_nn.is_valid(n):
            return n

def fmt_niss(n, R):
    st = R.randrange(3)
    if st == 0: return '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    if st == 1: return '%s-%s-%s' % (n[:6], n[6:9], n[9:])
    return n

def gen_nir(R, dob, sex):
    y, m, d = dob.split('-')
    while True:
        dept = '%02d' % ch(R, [69, 38, 42, 75, 13, 1, 26])
        first = '%s%s%s%s%03d%03d' % ('1' if sex == 'M' else '2', y[2:], m, dept, R.randrange(1, 990), R.randrange(1, 999))
        key = 97 - int(first) % 97
        n = first + '%02d' % key
        if fr_nir.is_valid(n):
            return n

def fmt_nir(n, R):
    if R.random() < 0.6:
        return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return n

def rand_date(R, lo=(2026, 1, 6), hi=(2026, 11, 27)):
    a = datetime.date(*lo); b = datetime.date(*hi)
    while True:
        d = a + datetime.timedelta(days=R.randrange((b - a).days))
        if d.weekday() < 5 or R.random() < 0.08:
            return d

def dfr(d):
    mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
    return '%d %s' % (d.day, mois[d.month - 1])

def den(d):
    return d.strftime('%B ') + str(d.day)

ROLE_M = [('Coordonnatrice', 'Coordonnateur'), ('Infirmière praticienne spécialisée', 'Infirmier praticien spécialisé'), ('Infirmière', 'Infirmier'),
          ('Agente administrative', 'Agent administratif'), ('Agente', 'Agent'), ('Conseillère', 'Conseiller'), ('Pharmacienne', 'Pharmacien'),
          ('Assistante', 'Assistant'), ('Adjointe administrative', 'Adjoint administratif'), ('Adjointe', 'Adjoint'), ('Secrétaire médicale', 'Secrétaire médical'),
          ('Travailleuse sociale', 'Travailleur social'), ('Cheffe', 'Chef'), ('Responsable', 'Responsable')]

def gender_role(role, sex):
    if sex == 'M':
        for a, b in ROLE_M:
            role = role.replace(a, b)
    else:
        for a, b in ROLE_M:
            if a != b and re.search(r'\b%s\b' % re.escape(b), role) and a not in role:
                role = re.sub(r'\b%s\b' % re.escape(b), a, role)
    return role

def sig(R, lang, p, cred, role, org, disclaimer=None):
    if lang == 'fr':
        role = gender_role(role, p['sex'])
    lines = ['--', '%s%s' % (full(p), (', ' + cred) if cred else ''), role, org['name'], org['addr'],
             ('Tél. : ' if lang == 'fr' else 'Tel: ') + ph(R, org['area']) + ((' poste %d' if lang == 'fr' else ' ext. %d') % R.randrange(2000, 7999) if R.random() < .5 else '')]
    if R.random() < 0.4:
        lines.append(('Téléc. : ' if lang == 'fr' else 'Fax: ') + ph(R, org['area']))
    if disclaimer is None:
        disclaimer = R.random() < 0.45
    if disclaimer:
        if lang == 'fr':
            lines += ['', ch(R, ["AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes peuvent contenir des renseignements confidentiels. Si vous n'êtes pas le destinataire visé, veuillez en aviser l'expéditeur et détruire ce message.",
                                  "Ce courriel est destiné exclusivement au(x) destinataire(s) mentionné(s). Toute diffusion non autorisée est interdite. Si vous l'avez reçu par erreur, merci de le supprimer.",
                                  "Pensez à l'environnement avant d'imprimer ce courriel."])]
        else:
            lines += ['', ch(R, ["CONFIDENTIALITY NOTICE: This e-mail may contain privileged or confidential information intended only for the addressee. If you received it in error, please notify the sender and delete it.",
                                  "This message is intended only for the named recipient(s). Unauthorized use or disclosure is prohibited.",
                                  "Please consider the environment before printing this e-mail."])]
    return '\n'.join(lines)

def wrap_lines(text, width=76):
    import textwrap
    out = []
    for line in text.split('\n'):
        if len(line) <= width or line.startswith('>'):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [''])
    return '\n'.join(out)

# ----------------------------------------------------------------------------- attachments
def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        blob = zin.read(info.filename)
        if info.filename == 'docProps/core.xml':
            blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-01-05T08:00:00Z\g<3>', blob)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, blob)
    zout.close()
    return out.getvalue()

def pdf_bytes(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    def clean(s):
        return s.replace('’', "'").replace('œ', 'oe').replace('–', '-').replace('—', '-').replace('…', '...')
    y = 740
    c.setFont('Helvetica-Bold', 13); c.drawString(60, y, clean(title)); y -= 26
    c.setFont('Helvetica', 10)
    for ln in lines:
        for sub in (wrap_lines(clean(ln), 95).split('\n') or ['']):
            if y < 60:
                c.showPage(); c.setFont('Helvetica', 10); y = 740
            c.drawString(60, y, sub); y -= 14
    c.showPage(); c.save()
    return buf.getvalue()

def docx_bytes(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'Utilisateur'
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
    return norm_zip(b.getvalue())

def xlsx_bytes(rows, sheet='Feuil1'):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = 'Utilisateur'
    b = io.BytesIO(); wb.save(b)
    return norm_zip(b.getvalue())

def csv_bytes(rows, enc='utf-8', delim=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)

def zip_bytes(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, date_time=FIXED_DT); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    z.close()
    return out.getvalue()

def ics_bytes(uid, summary, start, minutes, location, desc, organizer, attendees, stamp):
    end = start + datetime.timedelta(minutes=minutes)
    f = '%Y%m%dT%H%M%S'
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Exemple//Agenda 4.2//FR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'UID:' + uid, 'DTSTAMP:' + stamp.strftime(f) + 'Z', 'DTSTART;TZID=America/Toronto:' + start.strftime(f),
             'DTEND;TZID=America/Toronto:' + end.strftime(f), 'SUMMARY:' + esc(summary), 'LOCATION:' + esc(location),
             'DESCRIPTION:' + esc(desc), 'ORGANIZER:mailto:' + organizer]
    for a in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:' + a)
    lines += ['END:VEVENT', 'END:VCALENDAR']
    folded = []
    for ln in lines:
        b = ln
        while len(b.encode('utf-8')) > 74:
            cut = 74
            while len(b[:cut].encode('utf-8')) > 74:
                cut -= 1
            folded.append(b[:cut]); b = ' ' + b[cut:]
        folded.append(b)
    return ('\r\n'.join(folded) + '\r\n').encode('utf-8')

def vcf_bytes(fn, sur, giv, tel=None, adr=None, email_=None, org=None, title=None, note=None, bday=None):
    L = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sur, giv), 'FN:' + fn]
    if org: L.append('ORG:' + org)
    if title: L.append('TITLE:' + title)
    if tel: L.append('TEL;TYPE=CELL:' + tel)
    if email_: L.append('EMAIL;TYPE=INTERNET:' + email_)
    if adr: L.append('ADR;TYPE=HOME:;;' + adr.replace(',', '\\,'))
    if bday: L.append('BDAY:' + bday)
    if note: L.append('NOTE:' + note.replace(',', '\\,'))
    L.append('END:VCARD')
    return ('\r\n'.join(L) + '\r\n').encode('utf-8')

MIME = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
        'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'csv': ('text', 'csv'),
        'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'zip': ('application', 'zip'), 'txt': ('text', 'plain')}

def att(name, data):
    ext = name.rsplit('.', 1)[-1].lower()
    return (name, data)

# ----------------------------------------------------------------------------- message context
def sender(ctx, lang, region=None, role_kind='clin'):
    R = ctx.R
    if region is None:
        region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on', 'on'])
    org = ch(R, ORGS[region])
    plang = 'fr' if region in ('qc', 'be', 'fr') else ('en' if region == 'on' else ch(R, ['en', 'en', 'fr']))
    p = person(R, plang)
    p['addr'] = addr(p, org['dom'], R.randrange(2))
    return p, org, region

def ext_person(ctx, lang, dom=None, plang=None):
    R = ctx.R
    p = person(R, plang or lang)
    p['addr'] = addr(p, dom or ch(R, EXT[lang]), R.randrange(2))
    return p

def ext_box(R, lang, kinds):
    """a functional mailbox outside the network"""
    name, local = ch(R, kinds)
    dom = BOXDOM.get(local)
    dom = ch(R, dom) if dom else ch(R, EXT[lang])
    return dict(giv=name, sur='', addr=local + '@' + dom, sex='F')

BOXDOM = {'rdv': ['cliniquemedicale-nord.example', 'gmf-riviere.example'], 'imagerie': ['radiologie-centre.example'], 'booking': ['imaging-partners.example'],
          'scheduling': ['imaging-partners.example', 'northside-clinic.example'], 'pharmacie': ['pharmacie-jean.example'], 'labo.rx': ['pharmacie-jean.example'],
          'rx': ['rxcare-pharmacy.example'], 'dispensary': ['rxcare-pharmacy.example'], 'sad.accueil': ['clsc-vallee.example'], 'guichet': ['clsc-vallee.example'],
          'intake': ['homecare-ontario.example'], 'homecare': ['homecare-ontario.example'], 'transport': ['transport-adapte.example'], 'repartition': ['transport-adapte.example'],
          'dispatch': ['patient-transport.example'], 'reclamations': ['assurance-exemple.example'], 'claims': ['insurer-demo.example'], 'dpc': ['fmoq-demo.example'],
          'cme': ['cme-ontario.example'], 'emplois': ['emplois-sante.example'], 'careers': ['healthcareers.example'], 'gmf': ['gmf-riviere.example'],
          'cliniques': ['cliniquemedicale-nord.example'], 'fht': ['familyhealthteam.example'], 'clinics': ['northside-clinic.example'],
          'gestion.risques': ['chu-exemple.example'], 'quality': ['lakeshore-health.example']}

def pat_qc(ctx):
    return dict(ctx.R.choice(ctx.nams))

def pat_other(ctx, pool, dob_range=(1935, 2020)):
    R = ctx.R
    sur, giv, sex = ch(R, pool)
    y = R.randrange(*dob_range); m = R.randrange(1, 13); d = R.randrange(1, 29)
    return dict(sur=sur, giv=giv, sex=sex, dob='%04d-%02d-%02d' % (y, m, d))

def spec(cat, conf, types, lang, note, frm, to, subject, body, region, cc=None, html_=None, atts=None, nowrap=False, date=None):
    return dict(cat=cat, conf=conf, types=sorted(set(types)), lang=lang, note=note, frm=frm, to=to, cc=cc or [], subject=subject,
                body=body, html=html_, atts=atts or [], region=region, nowrap=nowrap, date=date)

# ----------------------------------------------------------------------------- building
def to_html(text, R):
    font = ch(R, ['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, Tahoma, sans-serif', 'Verdana'])
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div style="font-family:%s;font-size:11pt">' % font]
    in_q = False
    for line in text.split('\n'):
        if line.startswith('>'):
            if not in_q:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'); in_q = True
            out.append(html.escape(line[1:].lstrip()) + '<br>')
        else:
            if in_q:
                out.append('</blockquote>'); in_q = False
            out.append((html.escape(line) if line else '&nbsp;') + '<br>')
    if in_q:
        out.append('</blockquote>')
    out.append('</div></body></html>')
    return '\n'.join(out)

def table_html(rows, R, pre='', post=''):
    font = ch(R, ['Calibri, sans-serif', 'Arial, sans-serif'])
    h = ['<html><body style="font-family:%s;font-size:10.5pt">' % font]
    if pre:
        h.append('<p>' + html.escape(pre).replace('\n', '<br>\n') + '</p>')
    h.append('<table border="1" cellspacing="0" cellpadding="3">')
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        h.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, html.escape(str(c)).replace('\n', '<br>'), tag) for c in r) + '</tr>')
    h.append('</table>')
    if post:
        h.append('<p>' + html.escape(post).replace('\n', '<br>\n') + '</p>')
    h.append('</body></html>')
    return '\n'.join(h)

def rows_text(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join('  '.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)

def tz_for(region, d):
    if region in ('be', 'fr'):
        return datetime.timezone(datetime.timedelta(hours=2 if 3 < d.month < 11 else 1))
    dst = (d.month, d.day) >= (3, 8) and (d.month, d.day) < (11, 1)
    return datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))

def msgid(ctx, dom):
    R = ctx.R
    return '<%s.%s@%s>' % (''.join(ch(R, '0123456789ABCDEF') for _ in range(16)), ''.join(ch(R, 'abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8)), dom)

def encodable(s, cs):
    try:
        s.encode(cs); return True
    except UnicodeEncodeError:
        return False

def fa(p):
    from email.headerregistry import Address
    nm = (p['giv'] + ' ' + p['sur']).strip()
    return str(Address(display_name=nm, addr_spec=p['addr'])) if nm else p['addr']

def build(ctx, s, tr):
    """s: spec, tr: transport choices dict (mode, cs, cte). returns EmailMessage"""
    R = ctx.R
    m = EmailMessage()
    m['From'] = fa(s['frm'])
    m['To'] = ', '.join(fa(x) for x in s['to'])
    if s['cc']:
        m['Cc'] = ', '.join(fa(x) for x in s['cc'])
    m['Subject'] = s['subject']
    d = s['date']
    m['Date'] = format_datetime(d)
    m['Message-ID'] = msgid(ctx, s['frm']['addr'].split('@')[1])
    if s.get('irt'):
        m['In-Reply-To'] = s['irt']; m['References'] = s['irt']
    if R.random() < 0.35:
        m['X-Mailer'] = ch(R, ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0.17928', 'Zimbra 9.0.0_GA', 'Apple Mail (2.3774)', 'Thunderbird 128.4.0'])
    if s['conf'] and R.random() < 0.1 or (not s['conf'] and R.random() < 0.05):
        m['Importance'] = 'High'
    body = wrap_lines(s['body'])
    htm = s['html']
    cs = tr['cs']
    texts = [body] + ([htm] if htm else [])
    if not all(encodable(t, cs) for t in texts) or (tr['mode'] != 'plain' and not encodable(htm or to_html(body, random.Random(0)), cs)):
        cs = 'utf-8'
    tr['cs_used'] = cs
    cte = tr['cte']
    mode = tr['mode']
    if mode == 'plain':
        m.set_content(body, subtype='plain', charset=cs, cte=cte)
    elif mode == 'html':
        h = htm or to_html(body, R)
        if cs != 'utf-8':
            h = h.replace('charset=utf-8', 'charset=' + cs)
        m.set_content(h, subtype='html', charset=cs, cte=cte)
    else:
        h = htm or to_html(body, R)
        if cs != 'utf-8':
            h = h.replace('charset=utf-8', 'charset=' + cs)
        m.set_content(body, subtype='plain', charset=cs, cte=cte)
        m.add_alternative(h, subtype='html', charset=cs, cte=ch(R, ['quoted-printable', 'base64', cte]))
    for a in s['atts']:
        name, data = a
        if isinstance(data, EmailMessage):
            m.add_attachment(data, filename=name)
        else:
            mt, st = MIME[name.rsplit('.', 1)[-1].lower()]
            try:
                data.decode('utf-8'); is_u8 = True
            except UnicodeDecodeError:
                is_u8 = False
            if mt == 'text' and R.random() < 0.5 and st in ('csv', 'calendar', 'vcard') and is_u8:
                txt = data.decode('utf-8')
                kw = {}
                if st == 'calendar':
                    kw['params'] = {'method': 'REQUEST'}
                m.add_attachment(txt, subtype=st, charset='utf-8', cte=ch(R, ['quoted-printable', 'base64']), filename=name, **kw)
            elif mt == 'text':
                try:
                    data.decode('utf-8'); tcs = 'utf-8'
                except UnicodeDecodeError:
                    tcs = 'windows-1252'
                m.add_attachment(data, maintype=mt, subtype=st, filename=name, params={'charset': tcs})
            else:
                m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    return m

def pick_transport(R, s):
    mode = 'mixed' if s['atts'] else None
    body_mode = ch(R, ['plain'] * 9 + ['alt'] * 7 + ['html'] * 4)
    cs = ch(R, ['utf-8'] * 11 + ['iso-8859-1'] * 4 + ['windows-1252'] * 5)
    cte = ch(R, ['quoted-printable'] * 9 + ['base64'] * 5 + ['8bit'] * 6)
    nl = ch(R, ['\n'] * 11 + ['\r\n'] * 9)
    return dict(mode=body_mode, cs=cs, cte=cte, nl=nl, mixed=bool(mode))

# ----------------------------------------------------------------------------- wrappers (reply / forward)
def when_str(d, lang):
    if lang == 'fr':
        j = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'][d.weekday()]
        return '%s %s %d à %02d:%02d' % (j, dfr(d), d.year, d.hour, d.minute)
    return d.strftime('%a, %b ') + '%d, %d at %d:%02d %s' % (d.day, d.year, (d.hour - 1) % 12 + 1, d.minute, 'AM' if d.hour < 12 else 'PM')

def quote_block(s, lang, R):
    d = s['date']
    if R.random() < 0.5:
        head = ('Le %s, %s a écrit :' % (when_str(d, 'fr'), fa(s['frm']))) if lang == 'fr' else ('On %s, %s wrote:' % (when_str(d, 'en'), fa(s['frm'])))
        return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in wrap_lines(s['body']).split('\n'))
    if lang == 'fr':
        head = "-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s" % (fa(s['frm']), when_str(d, 'fr'), '; '.join(fa(x) for x in s['to']), s['subject'])
    else:
        head = '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s' % (fa(s['frm']), when_str(d, 'en'), '; '.join(fa(x) for x in s['to']), s['subject'])
    return head + '\n\n' + s['body']

def w_followup(ctx, s):
    R = ctx.R; lang = s['lang']
    top = ch(R, ['Bonjour,\n\nJe relance ma demande ci-dessous. Merci de me revenir dès que possible.', 'Petit rappel svp, toujours en attente.',
                 'Re-bonjour, avez-vous pu regarder ceci? Merci', 'Bonjour, voir ci-dessous — pouvez-vous confirmer la réception?']) if lang == 'fr' else \
        ch(R, ['Hi,\n\nFollowing up on the below, could you let me know?', 'Bumping this - any update?', 'Just checking you got this. Thx',
               'Hello again, please see my note below.'])
    new = dict(s)
    new['irt'] = msgid(ctx, s['frm']['addr'].split('@')[1])
    new['body'] = top + '\n\n' + s['frm']['giv'] + '\n\n' + quote_block(s, lang, R)
    new['subject'] = ch(R, ['RE: ', 'Re: ', 'RE : ' if lang == 'fr' else 'RE: ']) + s['subject']
    new['date'] = s['date'] + datetime.timedelta(days=R.randrange(1, 4), minutes=R.randrange(600))
    new['html'] = None
    new['wrap'] = 'reply-quoted'
    return new

def w_inline_fwd(ctx, s):
    R = ctx.R; lang = s['lang']
    dom = s['frm']['addr'].split('@')[1]
    p = person(R, lang); p['addr'] = addr(p, dom)
    if R.random() < 0.6:
        to = ext_person(ctx, lang)
    else:
        to = person(R, lang); to['addr'] = addr(to, dom)
    top = ch(R, ['Pour ton info.', 'Peux-tu t\'en occuper stp? Merci', 'Je te transfère, à traiter cette semaine.', 'FYI, voir plus bas.']) if lang == 'fr' else \
        ch(R, ['FYI', 'Can you take care of this one? thanks', 'Forwarding for your records.', 'See below, please action.'])
    d = s['date']
    if lang == 'fr':
        head = '---------- Message transféré ----------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s' % (fa(s['frm']), when_str(d, 'fr'), s['subject'], ', '.join(fa(x) for x in s['to']))
    else:
        head = '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s' % (fa(s['frm']), when_str(d, 'en'), s['subject'], ', '.join(fa(x) for x in s['to']))
    new = dict(s)
    new['frm'] = p; new['to'] = [to]; new['cc'] = []
    new['body'] = top + '\n\n' + p['giv'] + '\n\n' + head + '\n\n' + s['body']
    new['subject'] = ch(R, ['TR: ', 'Fwd: ', 'TR : ']) + s['subject'] if lang == 'fr' else ch(R, ['FW: ', 'Fwd: ']) + s['subject']
    new['date'] = d + datetime.timedelta(hours=R.randrange(1, 30))
    new['html'] = None
    new['wrap'] = 'forward-inline'
    return new

def w_attach_fwd(ctx, s, inner):
    R = ctx.R; lang = s['lang']
    dom = s['frm']['addr'].split('@')[1]
    p = person(R, lang); p['addr'] = addr(p, dom)
    to = ext_person(ctx, lang)
    top = ch(R, ['Bonjour,\n\nVoir le courriel ci-joint.\n\nMerci,', 'Bonjour, je vous fais suivre le message en pièce jointe. Bonne journée']) if lang == 'fr' else \
        ch(R, ['Hi,\n\nSee attached e-mail.\n\nThanks,', 'Forwarding the message below as an attachment.'])
    new = dict(s)
    new['frm'] = p; new['to'] = [to]; new['cc'] = []
    new['body'] = top + '\n' + p['giv']
    new['subject'] = ('TR: ' if lang == 'fr' else 'FW: ') + s['subject']
    new['date'] = s['date'] + datetime.timedelta(hours=R.randrange(1, 30))
    new['html'] = None
    import unicodedata
    base = unicodedata.normalize('NFKD', s['subject']).encode('ascii', 'ignore').decode()
    new['atts'] = [(re.sub(r'[^A-Za-z0-9]+', '_', base)[:40].strip('_') + '.eml', inner)]
    new['wrap'] = 'forward-attached'
    return new

# ============================================================================= POSITIVE generators
DX_FR = [('diabète de type 2 mal contrôlé', 'metformine 1000 mg BID'), ('insuffisance cardiaque (FEVG 30 %)', 'furosémide 40 mg die'),
         ('MPOC exacerbée', 'salbutamol PRN + tiotropium'), ('FA nouvellement diagnostiquée', 'apixaban 5 mg BID'),
         ('dépression majeure', 'sertraline 100 mg die'), ('IRC stade 4', 'calcitriol 0,25 mcg die'), ('néo du sein gauche', 'létrozole 2,5 mg die'),
         ('épilepsie', 'lévétiracétam 500 mg BID'), ('cirrhose alcoolique', 'spironolactone 100 mg die'), ('HTA résistante', 'amlodipine 10 mg die'),
         ('schizophrénie', 'rispéridone 2 mg HS'), ('hypothyroïdie', 'lévothyroxine 88 mcg die')]
DX_EN = [('poorly controlled type 2 diabetes', 'metformin 1000 mg BID'), ('CHF with EF 30%', 'furosemide 40 mg daily'),
         ('COPD exacerbation', 'salbutamol PRN, tiotropium'), ('new-onset AFib', 'apixaban 5 mg BID'), ('major depressive disorder', 'sertraline 100 mg daily'),
         ('CKD stage 4', 'calcitriol 0.25 mcg daily'), ('left breast cancer', 'letrozole 2.5 mg daily'), ('epilepsy', 'levetiracetam 500 mg BID'),
         ('alcoholic cirrhosis', 'spironolactone 100 mg daily'), ('resistant hypertension', 'amlodipine 10 mg daily'), ('schizophrenia', 'risperidone 2 mg qhs'),
         ('hypothyroidism', 'levothyroxine 88 mcg daily')]
SPEC_FR = ['cardiologie', 'néphrologie', 'gastro-entérologie', 'neurologie', 'pneumologie', 'endocrinologie', 'psychiatrie', 'oncologie', 'orthopédie', 'gériatrie']
SPEC_EN = ['cardiology', 'nephrology', 'gastroenterology', 'neurology', 'respirology', 'endocrinology', 'psychiatry', 'oncology', 'orthopedics', 'geriatrics']

def ident_qc(ctx, p, lang, types, allow_style=True):
    """returns a short identification line for a Quebec patient, updates types"""
    R = ctx.R
    st = R.randrange(5)
    g = G(p, lang)
    if st == 0:
        types += ['patient_name', 'ramq_nam', 'date_of_birth']
        return '%s %s %s, %s le %s, NAM %s' % (g['t'], p['giv'], p['sur'], g['ne'], dob_fmt(p['dob'], R, lang), fmt_nam(p['nam'], ch(R, ['plain', 'plain', 'spaced', 'dash']))) if lang == 'fr' else \
            '%s %s %s, DOB %s, RAMQ %s' % (g['t'], p['giv'], p['sur'], dob_fmt(p['dob'], R, lang), fmt_nam(p['nam'], ch(R, ['plain', 'spaced'])))
    if st == 1:
        types += ['patient_name', 'mrn']
        return '%s, %s (dossier %s)' % (p['sur'].upper(), p['giv'], mrn(R)) if lang == 'fr' else '%s, %s (MRN %s)' % (p['sur'].upper(), p['giv'], mrn(R))
    if st == 2:
        types += ['patient_name', 'ramq_nam']
        return '%s %s — RAMQ : %s' % (p['sur'], p['giv'], fmt_nam(p['nam'], 'plain')) if lang == 'fr' else '%s %s - RAMQ: %s' % (p['sur'], p['giv'], p['nam'])
    if st == 3:
        types += ['patient_name', 'date_of_birth', 'mrn']
        return '%s %s %s (DDN %s, # dossier %s)' % (g['t'], p['giv'], p['sur'], dob_fmt(p['dob'], R, lang), mrn(R)) if lang == 'fr' else \
            '%s %s %s (DOB %s, chart # %s)' % (g['t'], p['giv'], p['sur'], dob_fmt(p['dob'], R, lang), mrn(R))
    types += ['patient_name', 'date_of_birth']
    return '%s %s %s, %d ans' % (g['t'], p['giv'], p['sur'], age(p['dob'])) if lang == 'fr' else '%s %s %s, %d y.o.' % (g['t'], p['giv'], p['sur'], age(p['dob']))

def p_referral(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    types = []
    if region == 'on':
        p = pat_other(ctx, ON_PAT)
        hn = gen_ohn(R)
        idl = '%s %s, DOB %s, OHIP %s' % (p['giv'], p['sur'], dob_fmt(p['dob'], R, 'en'), fmt_ohn(hn, R))
        types += ['patient_name', 'date_of_birth', 'ca_health_number']
    else:
        p = pat_qc(ctx)
        idl = ident_qc(ctx, p, lang, types)
    g = G(p, lang)
    i = R.randrange(len(DX_FR))
    dx, med = (DX_FR if lang == 'fr' else DX_EN)[i]
    sp = (SPEC_FR if lang == 'fr' else SPEC_EN)[R.randrange(len(SPEC_FR))]
    to = ext_person(ctx, lang)
    types += ['diagnosis', 'medication']
    if lang == 'fr':
        body = ch(R, ['Bonjour Dr %s,\n\n' % to['sur'], 'Bonjour,\n\n', 'Dre %s,\n\n' % to['sur']]) + \
            'Je vous réfère %s en %s.\n\n%s\n\nATCD : %s, suivi%s depuis %d. Rx actuelle : %s.\nMotif : %s\nPriorité : %s\n\n' % (
                ch(R, ['ce patient' if p['sex'] == 'M' else 'cette patiente', 'pour consultation']), sp, idl, dx, 'e' if p['sex'] == 'F' else '', R.randrange(2008, 2025), med,
                ch(R, ['détérioration clinique malgré ajustement, svp évaluer', 'deuxième opinion demandée par la famille', 'bilan et suivi conjoint svp', 'dyspnée progressive à l\'effort']),
                ch(R, ['P2 (moins de 30 jours)', 'P3', 'urgent - semaine prochaine si possible', 'B'])) + \
            ch(R, ['Résumé de dossier et derniers labos en pièce jointe.', 'Je vous envoie les labos par fax.', 'Merci de votre collaboration.']) + '\n\n' + \
            sig(R, lang, me, *ch(R, [('M.D., CMFC', 'Médecin de famille - GMF'), ('MD', 'Médecin de famille'), ('IPS-PL', 'Infirmière praticienne spécialisée'), ('MD, FRCPC', 'Interniste')]), org)
        subj = ch(R, ['Référence %s - %s' % (sp, p['sur']), 'Demande de consultation en %s' % sp, 'Réf. %s' % sp, 'Consultation %s — %s %s' % (sp, p['giv'][0] + '.', p['sur'])])
    else:
        body = ch(R, ['Dear Dr. %s,\n\n' % to['sur'], 'Hi,\n\n', 'Dr. %s -\n\n' % to['sur']]) + \
            'I would appreciate your assessment in %s for the following patient:\n\n%s\n\nPMHx: %s, followed since %d. Current meds: %s.\nReason: %s\nUrgency: %s\n\n' % (
                sp, idl, dx, R.randrange(2008, 2025), med,
                ch(R, ['worsening despite titration, please assess', 'family requesting second opinion', 'shared care please', 'progressive exertional dyspnea']),
                ch(R, ['routine', 'semi-urgent (within 4 weeks)', 'urgent']))+ \
            ch(R, ['Recent bloodwork attached.', 'Notes faxed separately.', 'Many thanks.']) + '\n\n' + \
            sig(R, lang, me, *ch(R, [('MD, CCFP', 'Family Physician'), ('MD', 'Family Medicine'), ('NP-PHC', 'Nurse Practitioner'), ('MD FRCPC', 'Internal Medicine')]), org)
        subj = ch(R, ['Referral - %s' % sp, 'Referral: %s %s' % (p['giv'][0], p['sur']), 'New referral %s' % sp, 'Consult request (%s)' % sp])
    atts = []
    if R.random() < 0.35:
        if lang == 'fr':
            lines = ['Patient : %s %s' % (p['giv'], p['sur']), 'DDN : %s' % p['dob'], 'Diagnostic : %s' % dx, 'Médication : %s' % med, 'Créatinine 142 umol/L, HbA1c 8,9 %']
        else:
            lines = ['Patient: %s %s' % (p['giv'], p['sur']), 'DOB: %s' % p['dob'], 'Diagnosis: %s' % dx, 'Medications: %s' % med, 'Creatinine 142 umol/L, HbA1c 8.9%']
        atts.append((ch(R, ['resume_dossier.pdf', 'referral_%s.pdf' % slug(p['sur']), 'labos.pdf']), pdf_bytes('Résumé' if lang == 'fr' else 'Summary', lines)))
        types += ['date_of_birth', 'lab_result']
    return spec('referral', True, types, lang, 'referral of a named patient with identifier, diagnosis and medication', me, [to], subj, body, region, atts=atts)

def p_consult_reply(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    g = G(p, lang)
    to = ext_person(ctx, lang)
    types = ['patient_name', 'diagnosis']
    if lang == 'fr':
        q = 'Bonjour, est-ce que vous avez pu voir %s %s? Sa famille appelle au bureau. Merci, %s' % (g['t'], p['sur'], to['giv'])
        ans = ch(R, ['Bonjour Dr %s,\n\nOui, j\'ai vu %s %s %s le %s en clinique. Impression : %s. J\'ai débuté %s et demandé un écho cardiaque. Je le/la revois dans 6 semaines; lettre suivra.',
                     'Bonjour,\n\n%s %s %s vue en consultation le %s. Dx retenu : %s. Plan : %s, contrôle labos dans 2 sem. Note complète envoyée par fax.']) 
        dxi = ch(R, ['sténose aortique modérée', 'maladie de Crohn iléale', 'SEP probable', 'polyarthrite rhumatoïde séropositive', 'apnée du sommeil sévère'])
        medi = ch(R, ['bisoprolol 2,5 mg', 'prednisone 40 mg avec sevrage', 'méthotrexate 15 mg/sem', 'CPAP'])
        if ans.startswith('Bonjour Dr'):
            ans = ans % (to['sur'], g['t'], p['giv'], p['sur'], dfr(rand_date(R)), dxi, medi)
        else:
            ans = ans % (g['t'], p['giv'], p['sur'], dfr(rand_date(R)), dxi, medi)
        ans = ans.replace('le/la revois', 'la revois' if p['sex'] == 'F' else 'le revois').replace(' vue en', ' vue en' if p['sex'] == 'F' else ' vu en')
        subj = ch(R, ['RE: consultation %s' % p['sur'], 'RE: Suivi consult', 'RE: votre patient' if p['sex'] == 'M' else 'RE: votre patiente'])
        head = 'Le %s, %s a écrit :' % (when_str(datetime.datetime(2026, 3, 2, 9, 12), 'fr'), fa(to))
    else:
        q = 'Hi, did you get a chance to see %s %s? The family keeps calling our office. Thanks, %s' % (g['t'], p['sur'], to['giv'])
        dxi = ch(R, ['moderate aortic stenosis', 'ileal Crohn\'s disease', 'probable MS', 'seropositive rheumatoid arthritis', 'severe sleep apnea'])
        medi = ch(R, ['bisoprolol 2.5 mg', 'prednisone 40 mg with taper', 'methotrexate 15 mg weekly', 'CPAP'])
        ans = 'Hi Dr. %s,\n\nYes, I saw %s %s %s in clinic on %s. Impression: %s. Started %s; %s back in 6 weeks, formal letter to follow.' % (
            to['sur'], g['t'], p['giv'], p['sur'], den(rand_date(R)), dxi, medi, g['He'] + ' is' if False else 'will see ' + g['him'])
        subj = ch(R, ['RE: consult %s' % p['sur'], 'Re: your patient', 'RE: follow-up on referral'])
        head = 'On %s, %s wrote:' % (when_str(datetime.datetime(2026, 3, 2, 9, 12), 'en'), fa(to))
    types.append('medication')
    body = ans + '\n\n' + sig(R, lang, me, ch(R, ['MD, FRCPC', 'MD']), ch(R, SPEC_FR if lang == 'fr' else SPEC_EN).capitalize(), org) + '\n\n' + head + '\n> ' + q
    return spec('consult_reply', True, types, lang, 'specialist reply naming the patient with impression and plan, above a quoted question', me, [to], subj, body, region, nowrap=True)

def p_signout(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    n = R.randrange(4, 8)
    rows = [['Ch.', 'Patient', 'Dossier', 'Dx / problème', 'À faire'] if lang == 'fr' else ['Rm', 'Patient', 'MRN', 'Dx / issues', 'To do']]
    probs_fr = ['PNA D, ATB J3', 'DEC sur IRC, suivi créat', 'post-op PTH J2', 'delirium, éviter benzo', 'HDH, Hb à recontrôler', 'IC décompensée, diurèse', 'cellulite MIG', 'chute, r/o fx hanche']
    todo_fr = ['labos AM', 'relancer consult cardio', 'appeler famille', 'INR ce soir', 'f/u hémocs', 'NPO minuit', 'congé demain si stable', '']
    probs_en = ['RLL pneumonia, abx day 3', 'AKI on CKD, f/u creat', 'post-op THA POD2', 'delirium, avoid benzos', 'UGIB, repeat Hgb', 'decompensated HF, diuresing', 'LLE cellulitis', 'fall, r/o hip fx']
    todo_en = ['AM labs', 'chase cardio consult', 'call family', 'INR tonight', 'f/u blood cx', 'NPO midnight', 'd/c tmrw if stable', '']
    pool = R.sample(ON_PAT, n) if region == 'on' else R.sample(ctx.nams, n)
    for k in range(n):
        if region == 'on':
            sur_, giv_, sex_ = pool[k]; q = dict(sur=sur_, giv=giv_, sex=sex_)
        else:
            q = dict(pool[k])
        nm = '%s, %s' % (q['sur'].upper(), q['giv'][0] + '.') if R.random() < .5 else '%s %s' % (q['sur'], q['giv'])
        rows.append([str(R.randrange(401, 460)) + ch(R, ['', '-1', '-2']), nm, mrn(R) if R.random() < .7 else '', ch(R, probs_fr if lang == 'fr' else probs_en), ch(R, todo_fr if lang == 'fr' else todo_en)])
    unit = ch(R, ['4B', '6 Nord', '7e médecine', 'SI', 'Unité coronarienne']) if lang == 'fr' else ch(R, ['4B', '6 North', 'CTU-B', 'ICU', 'Step-down'])
    pre = ('Bonsoir, voici la liste de garde pour %s. Bonne nuit!' % unit) if lang == 'fr' else ('Evening team, sign-out for %s below. Page if issues.' % unit)
    post = sig(R, lang, me, ch(R, ['R2', 'R3 médecine interne', 'MD']) if lang == 'fr' else ch(R, ['PGY-2', 'PGY-3 IM', 'MD']), 'Médecine interne' if lang == 'fr' else 'Internal Medicine', org, disclaimer=False)
    body = pre + '\n\n' + rows_text(rows) + '\n\n' + post
    htm = table_html(rows, R, pre, post) if R.random() < .6 else None
    to = [dict(person(R, lang)) for _ in range(R.randrange(1, 3))]
    for t in to:
        t['addr'] = addr(t, org['dom']) if R.random() < .6 else addr(t, 'gmail-like.example')
    subj = ch(R, ['Liste de garde %s' % unit, 'Sign-out %s' % unit, 'Tour de garde - %s' % unit, 'handover %s' % unit]) if lang == 'fr' else ch(R, ['Sign-out %s' % unit, 'Handover list %s' % unit, '%s signout tonight' % unit])
    types = ['patient_name', 'diagnosis'] + (['mrn'] if any(r[2] for r in rows[1:]) else [])
    atts = []
    if R.random() < .3:
        atts.append(('liste_garde.xlsx' if lang == 'fr' else 'signout.xlsx', xlsx_bytes(rows)))
    return spec('signout_list', True, types, lang, 'sign-out list of inpatients with names, chart numbers and active problems', me, to, subj, body, region, html_=htm, atts=atts)

def p_booking(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    types = ['patient_name']
    if region == 'on':
        p = pat_other(ctx, ON_PAT); hn = gen_ohn(R)
        idl = '%s %s, HCN %s' % (p['giv'], p['sur'], fmt_ohn(hn, R)); types += ['ca_health_number']
    else:
        p = pat_qc(ctx)
        idl = ident_qc(ctx, p, lang, types)
    g = G(p, lang)
    d = rand_date(R)
    exam_fr = ch(R, ['coloscopie', 'IRM lombaire', 'écho abdominale', 'TDM thorax', 'épreuve d\'effort', 'holter 48h', 'mammographie de dépistage', 'EMG'])
    exam_en = ch(R, ['colonoscopy', 'lumbar MRI', 'abdominal US', 'CT chest', 'stress test', '48h Holter', 'screening mammogram', 'EMG'])
    if p['sex'] == 'M':
        exam_fr = exam_fr.replace('mammographie de dépistage', 'échographie thyroïdienne'); exam_en = exam_en.replace('screening mammogram', 'thyroid US')
    tel = ph(R, org['area'])
    if lang == 'fr':
        body = ch(R, ['Bonjour,\n\n', 'Bonjour à l\'équipe de la centrale de RDV,\n\n', 'Allo,\n\n']) + ch(R, [
            'Pouvez-vous svp déplacer le RDV de %s pour %s? %s ne peut pas se présenter le %s (travail). Disponible les mardis.\n' % (exam_fr, idl, g['Il'], dfr(d)),
            'Demande de RDV : %s pour %s. Raison : %s. Préparation habituelle. Tél. de %s : %s.\n' % (exam_fr, idl, ch(R, ['rectorragies', 'lombosciatalgie D', 'douleur thoracique atypique', 'suivi nodule']), g['le'] if False else ('la patiente' if p['sex'] == 'F' else 'le patient'), tel),
            'Le RDV de %s (%s) du %s est annulé, %s est hospitalisé%s. Merci de reporter dans 4 sem.\n' % (exam_fr, idl, dfr(d), g['il'], 'e' if p['sex'] == 'F' else '')]) + \
            '\nMerci!\n' + sig(R, lang, me, '', ch(R, ['Agente administrative', 'Secrétaire médicale', 'Commis - Centrale de rendez-vous']), org)
        subj = ch(R, ['Déplacement RDV %s' % exam_fr, 'RDV - %s' % p['sur'], 'Demande de rendez-vous', 'Annulation/report RDV']) 
    else:
        body = ch(R, ['Hello,\n\n', 'Hi Booking,\n\n', 'Good morning,\n\n']) + ch(R, [
            'Could you please rebook the %s for %s? %s cannot make %s (work). Tuesdays are best.\n' % (exam_en, idl, g['He'], den(d)),
            'Booking request: %s for %s. Indication: %s. Patient phone %s.\n' % (exam_en, idl, ch(R, ['rectal bleeding', 'R sciatica', 'atypical chest pain', 'nodule follow-up']), tel),
            'Please cancel the %s (%s) on %s, %s was admitted yesterday. Rebook in 4 wks.\n' % (exam_en, idl, den(d), g['he'])]) + \
            '\nThanks!\n' + sig(R, lang, me, '', ch(R, ['Unit Clerk', 'Medical Secretary', 'Central Booking']), org)
        subj = ch(R, ['Rebook %s' % exam_en, 'Appt - %s' % p['sur'], 'Booking request', 'Cancel/rebook'])
    if ('Tél. de' in body) or ('Patient phone' in body):
        types.append('patient_contact')
    if any(w in body for w in ('rectorragies', 'lombosciatalgie', 'douleur thoracique', 'nodule', 'rectal bleeding', 'sciatica', 'chest pain')):
        types.append('diagnosis')
    to = [ext_box(R, lang, [('Centrale RDV', 'rdv'), ('Imagerie', 'imagerie'), ('Booking', 'booking'), ('Scheduling', 'scheduling')])]
    return spec('booking', True, types, lang, 'booking/rescheduling request naming a patient with identifier and exam', me, to, subj, body, region)

def p_lab_followup(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    types = ['lab_result']
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    g = G(p, lang)
    if region != 'on':
        idl = ident_qc(ctx, p, lang, types)
    else:
        idl = '%s, %s  MRN %s' % (p['sur'].upper(), p['giv'], mrn(R)); types += ['patient_name', 'mrn']
    tests = [('Hb', '%d g/L' % R.randrange(72, 101)), ('K+', '%.1f mmol/L' % (R.randrange(30, 34) / 10)), ('Créat' if lang == 'fr' else 'Creat', '%d umol/L' % R.randrange(130, 260)),
             ('HbA1c', '%.1f %%' % (R.randrange(78, 112) / 10)), ('TSH', '%.2f mUI/L' % (R.randrange(600, 1400) / 100)), ('INR', '%.1f' % (R.randrange(32, 50) / 10))]
    sel = R.sample(tests, R.randrange(2, 4))
    res = '\n'.join('  %s : %s' % t for t in sel)
    if lang == 'fr':
        body = 'Bonjour,\n\nRésultats reçus ce matin pour %s :\n%s\n\n%s\n\n' % (idl, res, ch(R, ['Pouvez-vous aviser le MD traitant et reprendre dans 1 sem.?', 'À revoir avec la patiente au prochain RDV.' if p['sex'] == 'F' else 'À revoir avec le patient au prochain RDV.', 'Ajustement de dose à prévoir svp.'])) + \
            sig(R, lang, me, *ch(R, [('inf. clinicienne' if me['sex'] == 'F' else 'inf. clinicien', 'Infirmière de liaison'), ('T.M.', 'Laboratoire - suivi des résultats'), ('B.Sc. inf.', 'Clinique d\'anticoagulothérapie')]), org)
        subj = ch(R, ['Résultats labo', 'Suivi résultats - %s' % p['sur'], 'Labos anormaux', 'Résultats à suivre'])
    else:
        body = 'Hi,\n\nResults back this morning for %s:\n%s\n\n%s\n\n' % (idl, res.replace(' : ', ': '), ch(R, ['Please let the MRP know and repeat in 1 wk.', 'To review at next visit.', 'Dose adjustment needed please.'])) + \
            sig(R, lang, me, *ch(R, [('RN', 'Liaison Nurse'), ('MLT', 'Lab Results Follow-up'), ('RN BScN', 'Anticoagulation Clinic')]), org)
        subj = ch(R, ['Lab results', 'Results f/u - %s' % p['sur'], 'Abnormal labs', 'Bloodwork follow-up'])
    to = [ext_person(ctx, lang)]
    return spec('lab_followup', True, types, lang, 'lab results for an identified patient sent to the treating clinic', me, to, subj, body, region)

def p_critical(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    m_ = mrn(R)
    val = ch(R, [('K', '6.9 mmol/L'), ('Na', '118 mmol/L'), ('Glucose', '1.8 mmol/L'), ('Troponine hs' if lang == 'fr' else 'hs-Troponin', '2140 ng/L'), ('Plaquettes' if lang == 'fr' else 'Platelets', '9 x10^9/L'), ('Hb', '58 g/L')])
    if lang == 'fr':
        subj = ch(R, ['VALEUR CRITIQUE - %s' % p['sur'].upper(), 'Valeur critique dossier %s' % m_, 'URGENT valeur critique labo'])
        body = 'VALEUR CRITIQUE\n\nPatient : %s, %s\nDossier : %s\nDDN : %s\nAnalyse : %s = %s (prélevé %s h)\n\nTentative d\'appel au %s sans réponse. Merci d\'aviser le médecin prescripteur immédiatement et de confirmer par retour de courriel.\n\n' % (
            p['sur'].upper(), p['giv'], m_, p['dob'], val[0], val[1], ch(R, ['07:40', '14:15', '22:05']), ph(R, org['area'])) + sig(R, lang, me, 'T.M.', 'Biochimie - Laboratoire', org, disclaimer=True)
    else:
        subj = ch(R, ['CRITICAL VALUE - %s' % p['sur'].upper(), 'Critical result MRN %s' % m_, 'URGENT critical lab'])
        body = 'CRITICAL VALUE NOTIFICATION\n\nPatient: %s, %s\nMRN: %s\nDOB: %s\nTest: %s = %s (collected %s)\n\nUnable to reach the office at %s. Please notify the ordering physician immediately and reply to confirm.\n\n' % (
            p['sur'].upper(), p['giv'], m_, p['dob'], val[0], val[1], ch(R, ['07:40', '14:15', '22:05']), ph(R, org['area'])) + sig(R, lang, me, 'MLT', 'Core Laboratory - Chemistry', org, disclaimer=True)
    to = [ext_person(ctx, lang)]
    return spec('critical_value', True, ['patient_name', 'mrn', 'date_of_birth', 'lab_result'], lang, 'critical lab value notification with patient name, chart number and DOB', me, to, subj, body, region)

def p_discharge(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    g = G(p, lang); m_ = mrn(R)
    i = R.randrange(len(DX_FR)); dx, med = (DX_FR if lang == 'fr' else DX_EN)[i]
    a = rand_date(R); b = a + datetime.timedelta(days=R.randrange(2, 12))
    types = ['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication']
    if lang == 'fr':
        lines = ['RÉSUMÉ DE DÉPART', 'Nom : %s, %s     Dossier : %s' % (p['sur'].upper(), p['giv'], m_), 'Date de naissance : %s   Sexe : %s' % (p['dob'], p['sex']),
                 'Admission : %s   Départ : %s' % (a.isoformat(), b.isoformat()), 'Diagnostic principal : %s' % dx,
                 'Évolution : amélioration progressive, %s stable au congé.' % g['il'], 'Médicaments au départ : %s; pantoprazole 40 mg die' % med,
                 'Suivi : médecin de famille dans 1-2 semaines, prise de sang dans 7 jours.']
        if R.random() < .5:
            lines.insert(2, 'NAM : %s' % p['nam']) if 'nam' in p else None
        body = 'Bonjour,\n\nCi-joint le résumé de départ de %s %s (hospitalisation du %s au %s) pour votre suivi.\n\nCordialement,\n\n' % (g['t'], p['sur'], dfr(a), dfr(b)) + sig(R, lang, me, '', 'Archives médicales / Transcription', org)
        subj = ch(R, ['Résumé de départ', 'Résumé de départ - %s' % p['sur'], 'Feuille sommaire hospitalisation'])
        fn = ch(R, ['resume_depart.pdf', 'RD_%s.docx' % m_.replace('-', ''), 'sommaire_%s.pdf' % slug(p['sur']), 'dictee_%s.txt' % m_.replace('-', '')])
    else:
        lines = ['DISCHARGE SUMMARY', 'Name: %s, %s     MRN: %s' % (p['sur'].upper(), p['giv'], m_), 'DOB: %s   Sex: %s' % (p['dob'], p['sex']),
                 'Admitted: %s   Discharged: %s' % (a.isoformat(), b.isoformat()), 'Most responsible diagnosis: %s' % dx,
                 'Course: gradual improvement, %s was stable at discharge.' % g['he'], 'Discharge medications: %s; pantoprazole 40 mg daily' % med,
                 'Follow-up: family physician in 1-2 weeks, bloodwork in 7 days.']
        body = 'Hello,\n\nPlease find attached the discharge summary for %s %s (admission %s to %s).\n\nRegards,\n\n' % (g['t'], p['sur'], den(a), den(b)) + sig(R, lang, me, '', 'Health Records / Transcription', org)
        subj = ch(R, ['Discharge summary', 'Discharge summary - %s' % p['sur'], 'D/C summary attached'])
        fn = ch(R, ['discharge_summary.pdf', 'DC_%s.docx' % m_.replace('-', ''), 'summary_%s.pdf' % slug(p['sur']), 'dictation_%s.txt' % m_.replace('-', '')])
    if 'NAM' in ' '.join(lines): types.append('ramq_nam')
    data = pdf_bytes(lines[0], lines[1:]) if fn.endswith('.pdf') else (docx_bytes(lines[0], lines[1:]) if fn.endswith('.docx') else ('\r\n'.join(lines) + '\r\n').encode('utf-8'))
    to = [ext_person(ctx, lang)]
    return spec('discharge_summary', True, types, lang, 'discharge summary attachment for a named patient; body names the patient', me, to, subj, body, region, atts=[(fn, data)])

def p_medrec(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    g = G(p, lang)
    types = ['medication']
    if region != 'on':
        idl = ident_qc(ctx, p, lang, types)
    else:
        idl = '%s %s (DOB %s)' % (p['giv'], p['sur'], p['dob']); types += ['patient_name', 'date_of_birth']
    meds = R.sample([m for _, m in (DX_FR if lang == 'fr' else DX_EN)], 4)
    pharm = ext_box(R, lang, [('Pharmacie', 'pharmacie'), ('Pharmacie Jean Coutu-like', 'labo.rx'), ('Pharmacy', 'rx'), ('Dispensary', 'dispensary')])
    if lang == 'fr':
        body = 'Bonjour,\n\nBilan comparatif des médicaments pour %s, %s hier.\nPouvez-vous nous transmettre le profil pharmacologique des 12 derniers mois?\n\nListe que nous avons :\n%s\n\n%s\n\n' % (
            idl, g['admis'], '\n'.join('- ' + m for m in meds), ch(R, ['Doute sur la dose de ' + meds[0].split()[0] + '.', 'La patiente dit avoir cessé ' + meds[1].split()[0] + ', à confirmer.' if p['sex'] == 'F' else 'Le patient dit avoir cessé ' + meds[1].split()[0] + ', à confirmer.', 'Merci de faxer au poste des infirmières.'])) + \
            sig(R, lang, me, *ch(R, [('pharm., M.Sc.', 'Pharmacienne - Urgence'), ('B.Pharm.', 'Pharmacienne'), ('ATP', 'Assistante technique en pharmacie')]), org)
        subj = ch(R, ['Bilan comparatif des médicaments', 'Demande de profil pharmaco', 'BCM - %s' % p['sur']])
    else:
        body = 'Hi,\n\nMed rec for %s, admitted yesterday. Could you send the dispensing profile for the last 12 months?\n\nWhat we have:\n%s\n\n%s\n\n' % (
            idl, '\n'.join('- ' + m for m in meds), ch(R, ['Unsure of the ' + meds[0].split()[0] + ' dose.', g['He'] + ' says ' + g['he'] + ' stopped ' + meds[1].split()[0] + ', pls confirm.', 'Please fax to the nursing station.'])) + \
            sig(R, lang, me, *ch(R, [('RPh', 'Clinical Pharmacist - ED'), ('PharmD', 'Pharmacist'), ('RPhT', 'Pharmacy Technician')]), org)
        subj = ch(R, ['Medication reconciliation', 'Dispensing profile request', 'Med rec - %s' % p['sur']])
    return spec('med_reconciliation', True, types, lang, 'medication reconciliation request listing a named patient\'s drugs', me, [pharm], subj, body, region)

STREETS_QC = ['rue des Pins', 'rue Saint-Louis', 'boul. Laurier', 'rue Principale', 'chemin du Lac', 'av. des Bouleaux', 'rue Notre-Dame']
STREETS_ON = ['Elm Street', 'King St W', 'Princess Street', 'Maple Crescent', 'Bayview Ave', 'Concession Rd 4']

def home_addr(R, region):
    if region == 'on':
        return '%d %s, %s, ON K%d%s %d%s%d' % (R.randrange(10, 999), ch(R, STREETS_ON), ch(R, ['Kingston', 'Ottawa', 'Belleville']), R.randrange(1, 9), ch(R, 'ABCEGHJKLMNPRSTV'), R.randrange(1, 9), ch(R, 'ABCEGHJKLMNPRSTV'), R.randrange(1, 9))
    return '%d, %s, %sapp. %d, %s (Québec) G%d%s %d%s%d' % (R.randrange(10, 2999), ch(R, STREETS_QC), '', R.randrange(1, 12), ch(R, ['Lévis', 'Québec', 'Saint-Jérôme', 'Trois-Rivières']), R.randrange(1, 9), ch(R, 'ABCEGHJKLMNPRSTV'), R.randrange(1, 9), ch(R, 'ABCEGHJKLMNPRSTV'), R.randrange(1, 9))

def p_homecare(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    g = G(p, lang)
    ha = home_addr(R, region); tel = ph(R, org['area'])
    types = ['patient_name', 'patient_contact', 'diagnosis']
    if lang == 'fr':
        body = 'Bonjour,\n\nDemande de services SAD pour %s %s (%s le %s), congé prévu %s.\nAdresse : %s\nTél. : %s (fille : %s)\n\nBesoins : %s. %s\n\nMerci de confirmer la prise en charge.\n\n' % (
            g['t'], full(p), g['ne'], dob_fmt(p['dob'], R, 'fr'), dfr(rand_date(R)), ha, tel, ph(R, org['area']),
            ch(R, ['pansement plaie sacrée 3x/sem', 'soins de stomie, enseignement', 'injection d\'énoxaparine die x 10 jours', 'suivi glycémies, insuline NPH']),
            ch(R, ['Vit seul%s, escaliers 2e étage.' % ('e' if p['sex'] == 'F' else ''), 'Conjoint aidant naturel épuisé.', 'Léger TNC, clé chez la voisine.'])) + \
            sig(R, lang, me, 'inf.', 'Infirmière de liaison - Soutien à domicile', org)
        subj = ch(R, ['Demande SAD', 'Référence soutien à domicile', 'SAD - %s' % p['sur'], 'Congé + suivi à domicile'])
    else:
        body = 'Hello,\n\nHome care referral for %s %s (DOB %s), discharge planned %s.\nAddress: %s\nPhone: %s (daughter %s)\n\nNeeds: %s. %s\n\nPlease confirm acceptance.\n\n' % (
            g['t'], full(p), p['dob'], den(rand_date(R)), ha, tel, ph(R, org['area']),
            ch(R, ['sacral wound dressing 3x/wk', 'ostomy care and teaching', 'enoxaparin injections daily x10d', 'glucose monitoring, NPH insulin']),
            ch(R, ['Lives alone, 2nd floor walk-up.', 'Spouse is caregiver, burning out.', 'Mild cognitive impairment, key with neighbour.'])) + \
            sig(R, lang, me, 'RN', 'Discharge Planning / Home & Community Care', org)
        subj = ch(R, ['Home care referral', 'HCC referral - %s' % p['sur'], 'Discharge + home care'])
    types.append('date_of_birth')
    to = [ext_box(R, lang, [('SAD', 'sad.accueil'), ('Guichet', 'guichet'), ('Intake', 'intake'), ('Home Care', 'homecare')])]
    return spec('homecare', True, types, lang, 'home-care request with patient name, home address, phone and care needs', me, to, subj, body, region)

def p_transport(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    g = G(p, lang); ha = home_addr(R, region); d = rand_date(R)
    types = ['patient_name', 'patient_contact']
    if lang == 'fr':
        body = 'Bonjour,\n\nTransport adapté svp :\n%s %s\nPrise en charge : %s\nTél. : %s\nDestination : %s, %s à %s\nRetour : oui\nMobilité : %s\n\nMerci\n%s' % (
            g['t'], full(p), ha, ph(R, org['area']), org['name'], ch(R, ['hémodialyse', 'radiothérapie', 'clinique externe']), '%s %dh%02d' % (dfr(d), R.randrange(7, 15), ch(R, [0, 15, 30])),
            ch(R, ['fauteuil roulant', 'marchette', 'civière']), sig(R, lang, me, '', 'Agente administrative', org, disclaimer=False))
        subj = ch(R, ['Transport adapté', 'Demande de transport - %s' % p['sur'], 'Transport dialyse'])
        if 'hémodialyse' in body or 'radiothérapie' in body: types.append('diagnosis')
    else:
        body = 'Hi,\n\nPlease book transport:\n%s %s\nPick-up: %s\nPhone: %s\nTo: %s, %s, %s %d:%02d\nReturn: yes\nMobility: %s\n\nThanks\n%s' % (
            g['t'], full(p), ha, ph(R, org['area']), org['name'], ch(R, ['dialysis', 'radiation oncology', 'outpatient clinic']), den(d), R.randrange(7, 15), ch(R, [0, 15, 30]),
            ch(R, ['wheelchair', 'walker', 'stretcher']), sig(R, lang, me, '', 'Unit Clerk', org, disclaimer=False))
        subj = ch(R, ['Transport booking', 'Transport request - %s' % p['sur'], 'Dialysis transport'])
        if 'dialysis' in body or 'radiation' in body: types.append('diagnosis')
    to = [ext_box(R, lang, [('Transport', 'transport'), ('Répartition', 'repartition'), ('Dispatch', 'dispatch')])]
    return spec('transport', True, types, lang, 'patient transport request with name, home address and phone', me, to, subj, body, region)

def p_social(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    g = G(p, lang)
    types = ['patient_name', 'social_information']
    if lang == 'fr':
        sit = ch(R, ['signalement DPJ fait ce matin concernant l\'enfant de %s; suivi DPJ en cours' % g['t'] + ' ' + p['sur'],
                     '%s %s est sans logement depuis 2 semaines, demande HLM en attente' % (g['t'], full(p)),
                     '%s %s rapporte de la violence conjugale; hébergée temporairement en maison d\'aide' % (g['t'], full(p)) if p['sex'] == 'F' else '%s %s rapporte de la violence conjugale; hébergé temporairement chez son frère' % (g['t'], full(p)),
                     '%s %s, prestataire de l\'aide sociale, ne peut payer ses médicaments' % (g['t'], full(p)),
                     'demandeur d\'asile, statut en attente; %s %s n\'a pas de couverture RAMQ' % (g['t'], full(p))])
        if 'DPJ' in sit:
            sit = sit.replace('de %s %s' % (g['t'], p['sur']), 'de %s %s' % (g['t'], full(p)))
        body = 'Bonjour,\n\nSuite à notre conversation : %s.\n%s\n\nJe vous propose une rencontre conjointe la semaine prochaine.\n\n' % (sit, ch(R, ['Dossier %s.' % mrn(R), 'DDN : %s.' % p['dob'], 'Suivi%s en psychiatrie externe aussi.' % ('e' if p['sex'] == 'F' else '')])) + \
            sig(R, lang, me, 'T.S.', 'Travailleuse sociale' if me['sex'] == 'F' else 'Travailleur social', org, disclaimer=True)
        subj = ch(R, ['Situation sociale - %s' % p['sur'], 'Suivi psychosocial', 'Concertation', 'Plan de congé - volet social'])
    else:
        sit = ch(R, ['a CAS report was filed this morning regarding %s %s\'s child' % (g['t'], full(p)),
                     '%s %s has been homeless for two weeks, housing application pending' % (g['t'], full(p)),
                     '%s %s disclosed intimate partner violence and is staying at a shelter' % (g['t'], full(p)),
                     '%s %s is on ODSP and cannot afford %s medications' % (g['t'], full(p), g['his']),
                     '%s %s is a refugee claimant with no provincial coverage yet' % (g['t'], full(p))])
        body = 'Hi,\n\nFurther to our call: %s.\n%s\n\nCould we set up a joint meeting next week?\n\n' % (sit, ch(R, ['MRN %s.' % mrn(R), 'DOB %s.' % p['dob'], 'Also followed by outpatient psychiatry.'])) + \
            sig(R, lang, me, 'MSW, RSW', 'Social Worker', org, disclaimer=True)
        subj = ch(R, ['Social situation - %s' % p['sur'], 'Psychosocial follow-up', 'Case conference', 'Discharge planning - social'])
    if 'Dossier' in body or 'MRN' in body: types.append('mrn')
    if 'DDN' in body or 'DOB' in body: types.append('date_of_birth')
    if 'psychiatr' in body: types.append('diagnosis')
    to = [ext_person(ctx, lang)]
    return spec('social_work', True, types, lang, 'social worker mail about a named patient\'s social situation', me, to, subj, body, region)

def p_billing(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    types = ['patient_name']
    if region == 'on':
        p = pat_other(ctx, ON_PAT)
    else:
        p = pat_qc(ctx)
    g = G(p, lang); s = gen_sin(R)
    amount = '%d,%02d $' % (R.randrange(200, 9000), R.randrange(100)) if lang == 'fr' else '$%d.%02d' % (R.randrange(200, 9000), R.randrange(100))
    ins = ch(R, ['Assurance Exemple Vie', 'Mutuelle Boréale', 'Great Northern Insurance (demo)'])
    if lang == 'fr':
        body = 'Bonjour,\n\nRéclamation pour %s %s, NAS %s, hospitalisation en chambre semi-privée du %s (%s). %s\nNo de police : %d-%05d.\n\nMerci de nous aviser si des documents manquent.\n\n' % (
            g['t'], full(p), fmt_sin(s, R.randrange(3)), dfr(rand_date(R)), ch(R, ['chirurgie bariatrique', 'accouchement', 'PTG droite', 'pneumonie']), 'Montant : ' + amount + '.',
            R.randrange(100, 999), R.randrange(100000)) + sig(R, lang, me, '', 'Service de la facturation', org)
        subj = ch(R, ['Réclamation assurance', 'Facturation chambre semi-privée', 'Dossier de réclamation %s' % p['sur']])
    else:
        hn = gen_ohn(R) if region == 'on' else None
        extra = ('Health card %s. ' % fmt_ohn(hn, R)) if hn else ''
        body = 'Hello,\n\nClaim for %s %s, SIN %s. %sSemi-private room, admission %s (%s). Amount %s.\nPolicy #: %d-%05d.\n\nLet us know if anything is missing.\n\n' % (
            g['t'], full(p), fmt_sin(s, R.randrange(3)), extra, den(rand_date(R)), ch(R, ['bariatric surgery', 'delivery', 'R TKA', 'pneumonia']), amount,
            R.randrange(100, 999), R.randrange(100000)) + sig(R, lang, me, '', 'Patient Accounts / Billing', org)
        subj = ch(R, ['Insurance claim', 'Semi-private billing', 'Claim file %s' % p['sur']])
        if hn: types.append('ca_health_number')
    types += ['ca_sin', 'diagnosis']
    to = [ext_box(R, lang, [('Réclamations', 'reclamations'), ('Claims', 'claims')])]
    return spec('billing_insurance', True, types, lang, 'insurance claim with patient name, SIN and reason for stay', me, to, subj, body, region)

def p_research(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    rows = [['ID étude', 'Nom', 'Dossier', 'DDN', 'Visite', 'Remarque'] if lang == 'fr' else ['Study ID', 'Name', 'MRN', 'DOB', 'Visit', 'Comment']]
    for k in range(R.randrange(4, 9)):
        q = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
        rows.append(['CARD-%03d' % R.randrange(1, 300), '%s %s' % (q['giv'], q['sur']), mrn(R), q['dob'], ch(R, ['V1', 'V2', 'V3', 'M6']),
                     ch(R, ['EI grade 2 (nausées)', 'retrait du consentement', 'HbA1c 9,1', 'ok', ''] if lang == 'fr' else ['AE grade 2 (nausea)', 'withdrew consent', 'HbA1c 9.1', 'ok', ''])])
    if lang == 'fr':
        body = 'Bonjour,\n\nVoici la liste des participants à revoir ce mois-ci (voir fichier). Pouvez-vous planifier les visites avec la clinique?\n\nMerci\n\n' + sig(R, lang, me, 'M.Sc.', 'Coordonnatrice de recherche clinique', org)
        subj = ch(R, ['Liste participants - visites', 'Étude CARD - suivi participants', 'Planification visites étude'])
        fn = 'participants_%s.xlsx' % ch(R, ['oct', 'nov', 'visites'])
    else:
        body = 'Hi,\n\nAttached are the participants due for visits this month. Can you book them with clinic?\n\nThanks\n\n' + sig(R, lang, me, 'MSc, CCRP', 'Clinical Research Coordinator', org)
        subj = ch(R, ['Participant list - visits', 'CARD study - participant follow-up', 'Study visit scheduling'])
        fn = 'participants_%s.xlsx' % ch(R, ['oct', 'nov', 'visits'])
    if R.random() < .5:
        fn = fn.replace('.xlsx', '.csv'); data = csv_bytes(rows, enc=ch(R, ['utf-8', 'cp1252']) if lang == 'fr' else 'utf-8')
    else:
        data = xlsx_bytes(rows)
    to = [ext_person(ctx, lang, dom='uni-recherche.example')]
    return spec('research_coordination', True, ['patient_name', 'mrn', 'date_of_birth', 'lab_result'], lang, 'research participant list naming patients with chart numbers and DOB in attachment', me, to, subj, body, region, atts=[(fn, data)])

def p_incident(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    g = G(p, lang); m_ = mrn(R)
    if lang == 'fr':
        ev = ch(R, ['chute en se levant seul%s la nuit, lacération au front, 3 points' % ('e' if p['sex'] == 'F' else ''), 'erreur de médication : a reçu hydromorphone 2 mg au lieu de 0,5 mg, naloxone donnée', 'plaie de pression stade 3 découverte au talon'])
        body = 'Bonjour,\n\nRapport AH-223 #%d complété pour l\'événement du %s, ch. %d.\nUsager : %s %s, dossier %s.\nÉvénement : %s.\nConséquences : surveillance accrue, famille avisée.\n\nÀ discuter au comité de gestion des risques.\n\n' % (
            R.randrange(10000, 99999), dfr(rand_date(R)), R.randrange(200, 700), g['t'], full(p), m_, ev) + sig(R, lang, me, 'inf. chef', 'Assistante infirmière-chef' if me['sex'] == 'F' else 'Assistant infirmier-chef', org)
        subj = ch(R, ['Déclaration incident/accident', 'AH-223 - événement ch. %d' % R.randrange(200, 700), 'Rapport d\'incident'])
    else:
        ev = ch(R, ['unwitnessed fall getting up at night, forehead laceration, 3 sutures', 'medication error: received hydromorphone 2 mg instead of 0.5 mg, naloxone given', 'stage 3 pressure injury found on heel'])
        body = 'Hi,\n\nIncident report #%d filed for the event on %s, room %d.\nPatient: %s %s, MRN %s.\nEvent: %s.\nOutcome: increased monitoring, family notified.\n\nFor discussion at Quality & Risk.\n\n' % (
            R.randrange(10000, 99999), den(rand_date(R)), R.randrange(200, 700), g['t'], full(p), m_, ev) + sig(R, lang, me, 'RN', 'Charge Nurse', org)
        subj = ch(R, ['Incident report', 'Safety event room %d' % R.randrange(200, 700), 'RL report - fall'])
    to = [ext_box(R, lang, [('Gestion des risques', 'gestion.risques'), ('Quality', 'quality')])]
    to[0]['addr'] = to[0]['addr'].split('@')[0] + '@' + org['dom']
    return spec('incident_report', True, ['patient_name', 'mrn', 'diagnosis', 'medication'] if ('hydromorph' in body) else ['patient_name', 'mrn', 'diagnosis'], lang, 'incident report naming the patient and chart number with injury', me, to, subj, body, region)

def p_subject_only(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else 'qc_en'
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx); g = G(p, lang)
    st = R.randrange(3)
    types = ['patient_name']
    if st == 0:
        subj = '%s %s %s - %s' % (p['sur'].upper(), p['giv'], p['nam'], ch(R, ['résultat biopsie', 'path report']) if lang == 'en' else ch(R, ['résultat biopsie', 'RDV oncologie']))
        subj = subj if lang == 'fr' else '%s %s %s - %s' % (p['sur'].upper(), p['giv'], p['nam'], ch(R, ['biopsy result', 'oncology appt']))
        body = ch(R, ['Voir objet. Merci de rappeler la clinique.', 'svp voir objet', 'Merci!']) if lang == 'fr' else ch(R, ['See subject. Pls call the clinic.', 'as per subject', 'Thx'])
        types += ['ramq_nam', 'diagnosis']
    elif st == 1:
        subj = ('%s %s (%s) — VIH+, référence clinique' % (p['giv'], p['sur'], dob_fmt(p['dob'], R, lang))) if lang == 'fr' else ('%s %s (%s) - HIV+, clinic referral' % (p['giv'], p['sur'], dob_fmt(p['dob'], R, lang)))
        body = ch(R, ['Bonjour, pouvez-vous ouvrir un dossier? Détails à venir par fax.', 'Bonjour, demande de 1re visite, merci.']) if lang == 'fr' else ch(R, ['Hi, can you open a chart? Details by fax.', 'New intake please.'])
        types += ['date_of_birth', 'diagnosis']
    else:
        subj = ('Dossier %s' % mrn(R)) if lang == 'fr' else ('Chart %s' % mrn(R))
        body = ('%s %s %s — ' % (g['t'], p['giv'], p['sur']) + ch(R, ['culture d\'urine positive E. coli, ATB à ajuster', 'test de grossesse positif, à aviser'] if p['sex'] == 'F' else ['culture d\'urine positive E. coli, ATB à ajuster', 'PSA 14,2, à aviser'])) if lang == 'fr' else \
            ('%s %s %s - ' % (g['t'], p['giv'], p['sur']) + ch(R, ['urine culture positive E. coli, adjust abx', 'PSA 14.2, please notify'] if p['sex'] == 'M' else ['urine culture positive E. coli, adjust abx', 'positive pregnancy test, please notify']))
        types += ['mrn', 'lab_result']
    body += '\n\n' + me['giv'] + '\n' + org['name']
    to = [ext_person(ctx, lang)]
    return spec('subject_identifiers', True, types, lang, 'patient identity in the Subject, clinical detail split between Subject and body', me, to, subj, body, region)

def p_disguised(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else 'qc_en'
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx); g = G(p, lang)
    style = ch(R, ['dots', 'letters', 'fullwidth', 'split', 'lower'])
    nm = fmt_nam(p['nam'], style)
    if lang == 'fr':
        body = ch(R, ['Bonjour,\n\nJe mets le NAM avec des espaces pour pas que le filtre bloque encore le courriel 🙄 :\n%s\n',
                      'Bonjour,\n\n(numéro écrit bizarrement sinon le courriel revient bloqué)\nNAM : %s\n',
                      'Allo,\n\nle no d\'assurance maladie : %s\n']) % nm + \
            '%s %s, %s. %s\n\nMerci\n%s' % (g['t'], full(p), ch(R, ['suivi%s pour hépatite C' % ('e' if p['sex'] == 'F' else ''), 'dépistage ITSS positif (chlamydia)', 'grossesse de 12 semaines' if p['sex'] == 'F' else 'TDAH, renouvellement méthylphénidate']),
                                         ch(R, ['Svp transférer au CLSC.', 'Merci d\'ouvrir le dossier.']), me['giv'])
        subj = ch(R, ['info patient', 'pour ouverture de dossier', 'suite à notre appel'])
    else:
        body = ch(R, ['Hi,\n\nPutting the number with spaces so the filter doesn\'t block it again:\n%s\n',
                      'Hi,\n\n(typed it weird, last one got bounced)\nRAMQ: %s\n', 'Here is the card #: %s\n']) % nm + \
            '%s %s, %s. %s\n\nThanks\n%s' % (g['t'], full(p), ch(R, ['followed for hepatitis C', 'positive STI screen (chlamydia)', 'ADHD, methylphenidate renewal']), ch(R, ['Please forward to the CLSC.', 'Please open a chart.']), me['giv'])
        subj = ch(R, ['patient info', 'for chart opening', 'as discussed'])
    to = [ext_person(ctx, lang, dom=ch(R, ['courriel.example', 'mailbox.example', 'clsc-vallee.example']))]
    return spec('disguised_identifier', True, ['patient_name', 'ramq_nam', 'diagnosis'] + (['medication'] if 'méthylph' in body or 'methylph' in body else []), lang, 'health number deliberately spelled oddly to evade filtering, with patient name and condition', me, to, subj, body, region)

def p_ics(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    d = rand_date(R); start = datetime.datetime(d.year, d.month, d.day, R.randrange(8, 15), ch(R, [0, 30]))
    to = ext_person(ctx, lang)
    if lang == 'fr':
        summ = 'Rencontre famille - %s %s (soins palliatifs)' % (p['giv'], p['sur'])
        desc = 'Discussion niveau de soins. %s %s, dossier %s. Néo pulmonaire métastatique.' % (G(p, lang)['t'], full(p), mrn(R))
        body = 'Bonjour,\n\nInvitation à la rencontre familiale (voir pièce jointe). Salle 3-112.\n\n' + sig(R, lang, me, 'MD', 'Soins palliatifs', org, disclaimer=False)
        subj = 'Invitation : rencontre famille %s' % ch(R, [p['sur'], 'jeudi', '— soins palliatifs'])
    else:
        summ = 'Family meeting - %s %s (palliative)' % (p['giv'], p['sur'])
        desc = 'Goals of care discussion. %s %s, MRN %s. Metastatic lung cancer.' % (G(p, lang)['t'], full(p), mrn(R))
        body = 'Hi,\n\nInvite for the family meeting attached. Room 3-112.\n\n' + sig(R, lang, me, 'MD', 'Palliative Care', org, disclaimer=False)
        subj = 'Invitation: family meeting %s' % ch(R, [p['sur'], 'Thursday', '- palliative care'])
    data = ics_bytes('%08x@%s' % (R.getrandbits(32), org['dom']), summ, start, 60, 'Salle 3-112' if lang == 'fr' else 'Room 3-112', desc, me['addr'], [to['addr']], datetime.datetime(2026, 1, 5, 13, 0))
    return spec('calendar_invite', True, ['patient_name', 'mrn', 'diagnosis'], lang, 'calendar invitation (ICS) whose summary and description name a patient with chart number and diagnosis', me, [to], subj, body, region, atts=[('invite.ics', data)])

def p_vcard(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    ha = home_addr(R, region); tel = ph(R, org['area'])
    note = ('Patient%s dialyse lun-mer-ven; NAM %s' % ('e' if p['sex'] == 'F' else '', p['nam'])) if region != 'on' else 'Dialysis patient MWF'
    data = vcf_bytes(full(p), p['sur'], p['giv'], tel=tel, adr=ha, note=note, bday=p['dob'])
    if lang == 'fr':
        body = 'Bonjour,\n\nCi-joint la fiche contact %s pour le transport de dialyse. Merci de l\'ajouter à votre liste.\n\n%s' % ('de la patiente' if p['sex'] == 'F' else 'du patient', sig(R, lang, me, '', 'Unité d\'hémodialyse', org, disclaimer=False))
        subj = 'Contact transport dialyse'
    else:
        body = 'Hi,\n\nAttached is the contact card for the dialysis transport. Please add to your list.\n\n%s' % sig(R, lang, me, '', 'Hemodialysis Unit', org, disclaimer=False)
        subj = 'Dialysis transport contact'
    types = ['patient_name', 'patient_contact', 'date_of_birth', 'diagnosis'] + (['ramq_nam'] if region != 'on' else [])
    to = [ext_box(R, lang, [('Transport', 'transport'), ('Dispatch', 'dispatch')])]
    return spec('vcard_contact', True, types, lang, 'vCard of a dialysis patient with home address, phone and birthday', me, to, subj, body, region, atts=[(slug(p['sur']) + '.vcf', data)])

def p_zipcsv(ctx, lang):
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    rows = [['nom', 'prenom', 'ddn', 'nam', 'date_vaccin', 'produit', 'reaction'] if lang == 'fr' else ['last', 'first', 'dob', 'hcn', 'date', 'product', 'reaction']]
    for k in range(R.randrange(5, 12)):
        if region == 'on':
            q = pat_other(ctx, ON_PAT); idn = gen_ohn(R)
        else:
            q = pat_qc(ctx); idn = q['nam']
        rows.append([q['sur'], q['giv'], q['dob'], idn, rand_date(R).isoformat(), ch(R, ['Influvac Tetra', 'Fluzone HD', 'Comirnaty', 'Shingrix']), ch(R, ['', '', 'douleur au site' if lang == 'fr' else 'site pain', 'fièvre' if lang == 'fr' else 'fever'])])
    z = zip_bytes([('export/' + ('liste_vaccination.csv' if lang == 'fr' else 'immunization_list.csv'), csv_bytes(rows)), ('export/LISEZMOI.txt' if lang == 'fr' else 'export/README.txt', b'Export SI-PMI demo\r\n')])
    body = ('Bonjour,\n\nVoici l\'extraction demandée (zip). Mot de passe envoyé par texto.\n\n' if lang == 'fr' else 'Hi,\n\nExtract attached as requested (zip). Password sent by text.\n\n') + sig(R, lang, me, '', 'Pilote de système' if lang == 'fr' else 'Clinical Systems Analyst', org)
    subj = ch(R, ['Extraction vaccination', 'Export liste', 'Fichier demandé']) if lang == 'fr' else ch(R, ['Immunization extract', 'Export list', 'Requested file'])
    types = ['patient_name', 'date_of_birth', 'medication', ('ramq_nam' if region != 'on' else 'ca_health_number')]
    to = [ext_person(ctx, lang)]
    return spec('zip_export', True, types, lang, 'zip attachment with a CSV listing patients, birth dates and health numbers', me, to, subj, body, region, atts=[('export_%d.zip' % R.randrange(100, 999), z)])

def p_belgium(ctx, lang='fr'):
    R = ctx.R
    me, org, region = sender(ctx, 'fr', 'be')
    p = pat_other(ctx, BE_PAT, (1932, 2004)); g = G(p, 'fr')
    n = gen_niss(R, p['dob'], p['sex'])
    to = ext_person(ctx, 'fr', dom=ch(R, ['medecin-generaliste.example', 'mutualite-demo.example', 'cabinet-ans.example']))
    st = R.randrange(3)
    if st == 0:
        av, cond, trt = ch(R, [('rhumatologique', 'une polyarthrite évolutive', 'méthotrexate 15 mg/semaine'), ('cardiologique', 'des palpitations avec FA paroxystique', 'bisoprolol 2,5 mg'),
                               ('néphrologique', 'une protéinurie à 2 g/24h', 'périndopril 4 mg')])
        body = 'Cher Confrère,\n\nJe vous adresse %s %s (NISS %s), %s le %s, pour avis %s. %s présente %s.\nTraitement en cours : %s.\n\nBien confraternellement,\n\n' % (
            g['t'], full(p), fmt_niss(n, R), g['ne'], dob_fmt(p['dob'], R, 'fr'), av, g['Il'], cond, trt)
        subj = 'Demande d\'avis - %s %s' % (g['t'], p['sur']); types = ['patient_name', 'be_niss', 'date_of_birth', 'diagnosis', 'medication']
    elif st == 1:
        body = 'Madame, Monsieur,\n\nConcerne : %s %s — n° national %s\nVeuillez trouver ci-joint l\'attestation de soins pour l\'hospitalisation du %s (service de %s).\n\nSalutations distinguées,\n\n' % (
            g['t'], full(p), fmt_niss(n, R), dfr(rand_date(R)), ch(R, ['gériatrie', 'pédiatrie', 'chirurgie digestive']))
        subj = 'Attestation de soins - mutualité'; types = ['patient_name', 'be_niss', 'diagnosis']
    else:
        body = 'Bonjour,\n\nRésultats de biologie pour %s %s (NISS %s) : CRP %d mg/L, leucocytes %.1f. Merci de revoir %s en consultation cette semaine.\n\nCordialement,\n\n' % (
            g['t'], full(p), fmt_niss(n, R), R.randrange(40, 240), R.randrange(110, 220) / 10, 'la patiente' if p['sex'] == 'F' else 'le patient')
        subj = 'Résultats biologie'; types = ['patient_name', 'be_niss', 'lab_result']
    body += sig(R, 'fr', me, *ch(R, [('Dr', 'Service de médecine interne'), ('Dr', 'Service de néphrologie'), ('', 'Secrétariat médical'), ('infirmière en chef' if me['sex'] == 'F' else 'infirmier en chef', 'Service de gériatrie')]), org)
    return spec('be_referral', True, types, 'fr', 'Belgian hospital mail naming a patient with national register number (NISS)', me, [to], subj, body, 'be')

def p_france(ctx, lang='fr'):
    R = ctx.R
    me, org, region = sender(ctx, 'fr', 'fr')
    p = pat_other(ctx, FR_PAT, (1932, 2004)); g = G(p, 'fr')
    n = gen_nir(R, p['dob'], p['sex'])
    to = ext_person(ctx, 'fr', dom=ch(R, ['cabinet-medical.example', 'cpam-demo.example', 'ssr-les-tilleuls.example']))
    st = R.randrange(3)
    if st == 0:
        body = 'Cher confrère,\n\n%s %s, %s le %s (NIR %s), sort ce jour du service après prise en charge d\'%s. Traitement de sortie : %s.\nMerci de le/la revoir sous 8 jours.\n\nConfraternellement,\n\n' % (
            g['t'], full(p), g['ne'], dob_fmt(p['dob'], R, 'fr'), fmt_nir(n, R), ch(R, ['un AVC ischémique sylvien gauche', 'une embolie pulmonaire', 'une décompensation de BPCO']),
            ch(R, ['clopidogrel 75 mg, atorvastatine 80 mg', 'rivaroxaban 15 mg x2/j', 'tiotropium, prednisolone 40 mg 5 j']))
        body = body.replace('le/la', 'la' if p['sex'] == 'F' else 'le')
        subj = 'Sortie %s %s' % (g['t'], p['sur']); types = ['patient_name', 'fr_nir', 'date_of_birth', 'diagnosis', 'medication']
    elif st == 1:
        body = 'Bonjour,\n\nDemande de transport sanitaire (VSL) pour %s %s, n° sécu %s, domicile %d %s, 69%03d %s, tél. 06 55 5%d %02d %02d, séance de %s le %s.\n\nCordialement,\n\n' % (
            g['t'], full(p), fmt_nir(n, R), R.randrange(1, 90), ch(R, ['rue Garibaldi', 'avenue Jean-Jaurès', 'chemin des Vignes']), R.randrange(1, 9) * 10, ch(R, ['Lyon', 'Villeurbanne', 'Vénissieux']),
            R.randrange(10), R.randrange(100), R.randrange(100), ch(R, ['chimiothérapie', 'dialyse', 'radiothérapie']), dfr(rand_date(R)))
        subj = 'Bon de transport VSL'; types = ['patient_name', 'fr_nir', 'patient_contact', 'diagnosis']
    else:
        body = 'Bonjour,\n\nSuite à votre demande, le dossier de %s %s (NIR %s) a bien été transmis au SSR. %s reste sous anticoagulants, INR cible 2-3.\n\nBien à vous,\n\n' % (
            g['t'], full(p), fmt_nir(n, R), g['Il'])
        subj = 'Transfert SSR'; types = ['patient_name', 'fr_nir', 'medication']
    body += sig(R, 'fr', me, *ch(R, [('PH', 'Service de neurologie'), ('Dr', 'Service de pneumologie'), ('cadre de santé', 'Service de médecine polyvalente'), ('', 'Secrétariat médical - Bureau des admissions')]), org)
    return spec('fr_referral', True, types, 'fr', 'French hospital mail naming a patient with social security number (NIR)', me, [to], subj, body, 'fr')

def p_quoted_only(ctx, lang):
    """the new text says nothing; the patient data is only in the quoted thread"""
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    other = ext_person(ctx, lang)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    g = G(p, lang)
    if lang == 'fr':
        q = 'Bonjour,\n\nPouvez-vous nous envoyer la dernière note de %s %s (%s le %s)? %s est suivi%s chez vous pour %s et on le/la voit à l\'urgence ce soir.\n\nMerci, %s' % (
            g['t'], full(p), g['ne'], dob_fmt(p['dob'], R, 'fr'), g['Il'], 'e' if p['sex'] == 'F' else '', ch(R, ['trouble bipolaire', 'anorexie mentale', 'douleur chronique sous opioïdes']), other['giv'])
        q = q.replace('le/la', 'la' if p['sex'] == 'F' else 'le')
        top = ch(R, ['Envoyé par fax à l\'instant.', 'C\'est fait, bonne soirée.', 'Voir PJ transmise sur le réseau sécurisé.'])
        subj = 'RE: note récente'
        head = 'Le %s, %s a écrit :' % (when_str(datetime.datetime(2026, 5, 12, 18, 2), 'fr'), fa(other))
    else:
        q = 'Hi,\n\nCould you send the latest note for %s %s (DOB %s)? %s is followed by you for %s and we have %s in the ED tonight.\n\nThanks, %s' % (
            g['t'], full(p), dob_fmt(p['dob'], R, 'en'), g['He'], ch(R, ['bipolar disorder', 'anorexia nervosa', 'chronic pain on opioids']), g['him'], other['giv'])
        top = ch(R, ['Faxed just now.', 'Done, have a good evening.', 'Sent via the secure portal.'])
        subj = 'RE: recent note'
        head = 'On %s, %s wrote:' % (when_str(datetime.datetime(2026, 5, 12, 18, 2), 'en'), fa(other))
    body = top + '\n\n' + me['giv'] + '\n' + org['name'] + '\n\n' + head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in q.split('\n'))
    return spec('quoted_thread', True, ['patient_name', 'date_of_birth', 'diagnosis'], lang, 'short reply; patient name, DOB and psychiatric/medical condition are in the quoted message', me, [other], subj, body, region, nowrap=True)

def p_shared_surname(ctx, lang):
    """patient shares a physician's surname"""
    R = ctx.R
    region = 'qc' if lang == 'fr' else 'qc_en'
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx); g = G(p, lang)
    doc = person(R, lang); doc['sur'] = p['sur']; doc['addr'] = addr(doc, org['dom'])
    if lang == 'fr':
        body = 'Bonjour Dr %s,\n\nPas de lien de parenté je présume :) — votre homonyme %s %s, dossier %s, a été %s cette nuit à l\'urgence pour %s. On vous l\'attribue en suivi puisque vous êtes de garde en %s.\n\n%s' % (
            doc['sur'], g['t'], p['giv'], mrn(R), g['vu'], ch(R, ['syncope', 'douleur abdominale, r/o appendicite', 'crise d\'asthme']), ch(R, SPEC_FR), sig(R, lang, me, 'MD', 'Urgence', org, disclaimer=False))
        subj = 'Votre homonyme à l\'urgence'
    else:
        body = 'Hi Dr. %s,\n\nNo relation I assume :) - your namesake %s %s, MRN %s, was seen overnight in the ED for %s. Assigning to you for follow-up since you\'re on call for %s.\n\n%s' % (
            doc['sur'], g['t'], p['giv'], mrn(R), ch(R, ['syncope', 'abdominal pain, r/o appendicitis', 'asthma exacerbation']), ch(R, SPEC_EN), sig(R, lang, me, 'MD', 'Emergency Department', org, disclaimer=False))
        subj = 'Your namesake in the ED'
    return spec('shared_surname', True, ['patient_name', 'mrn', 'diagnosis'], lang, 'patient who shares the physician\'s surname, with chart number and ED diagnosis', me, [doc], subj, body, region)

def p_fwd_eml(ctx, lang):
    """positive whose content travels inside an attached .eml (forward as attachment)"""
    R = ctx.R
    s = ch(R, [p_lab_followup, p_booking, p_medrec, p_social])(ctx, lang)
    s['force_attach_fwd'] = True
    return s

# ============================================================================= NEGATIVE generators
def staff_to(ctx, lang, org, n=1):
    R = ctx.R
    out = []
    for _ in range(n):
        t = person(R, lang); t['addr'] = addr(t, org['dom']); out.append(t)
    return out

def list_box(org, local, name):
    return dict(giv=name, sur='', addr=local + '@' + org['dom'], sex='F')

def n_hr(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    emp = person(R, lang); matr = '%d' % R.randrange(1000000, 9999999)
    if lang == 'fr':
        body = chk(R, [
            'Bonjour,\n\nRappel : la période d\'inscription aux avantages sociaux se termine le %s. Les changements de protection (assurance collective, REER) doivent être faits dans le portail RH.\n\n' % dfr(rand_date(R)),
            'Bonjour %s,\n\nVotre demande de congé sans solde du %s au %s est approuvée. Matricule : %s. Votre gestionnaire a été avisé%s.\n\n' % (emp['giv'], dfr(rand_date(R)), dfr(rand_date(R)), matr, 'e' if R.random() < .5 else ''),
            'Bonjour à tous,\n\nLa paie du %s sera déposée un jour plus tôt en raison du congé férié. Les relevés sont disponibles dans Logibec/Espresso.\n\n' % dfr(rand_date(R)),
            'Bonjour,\n\nNous accueillons cette semaine %d nouvelles infirmières et %d PAB à l\'orientation. Merci de leur réserver un bon accueil sur les unités.\n\n' % (R.randrange(4, 15), R.randrange(3, 12))]) + \
            sig(R, lang, me, 'CRHA', 'Conseillère en ressources humaines' if me['sex'] == 'F' else 'Conseiller en ressources humaines', org)
        subj = chk2(R, ['Rappel avantages sociaux', 'Confirmation congé', 'Dépôt de la paie', 'Accueil des nouveaux employés', 'Info RH'])
    else:
        body = chk(R, [
            'Hi all,\n\nReminder: benefits enrolment closes %s. Changes to group insurance or RRSP must be made in the HR portal.\n\n' % den(rand_date(R)),
            'Hi %s,\n\nYour unpaid leave request from %s to %s has been approved. Employee #%s. Your manager has been informed.\n\n' % (emp['giv'], den(rand_date(R)), den(rand_date(R)), matr),
            'Hello,\n\nPay for %s will be deposited one day early because of the statutory holiday. Stubs are in the employee portal.\n\n' % den(rand_date(R)),
            'Hello,\n\nWe welcome %d new RNs and %d PSWs at orientation this week. Please make them feel at home on the units.\n\n' % (R.randrange(4, 15), R.randrange(3, 12))]) + \
            sig(R, lang, me, 'CHRP', 'HR Advisor', org)
        subj = chk2(R, ['Benefits enrolment reminder', 'Leave approved', 'Pay deposit date', 'New staff orientation', 'HR update'])
    to = [emp] if 'Matricule' in body or 'Employee #' in body else [list_box(org, 'tous.employes' if lang == 'fr' else 'all.staff', 'Tous' if lang == 'fr' else 'All staff')]
    if to[0] is emp: emp['addr'] = addr(emp, org['dom'])
    return spec('hr', False, [], lang, 'HR notice about staff matters (benefits, leave, pay, orientation)', me, to, subj, body, region)

def n_schedule(ctx, lang):
    """staff roster that looks like a sign-out list"""
    R = ctx.R
    me, org, region = sender(ctx, lang)
    rows = [['Unité', 'Nom', 'Titre', 'Quart', 'Remarque'] if lang == 'fr' else ['Unit', 'Name', 'Role', 'Shift', 'Note']]
    for k in range(R.randrange(5, 10)):
        e = person(R, lang)
        rows.append([ch(R, ['4B', '6N', 'SI', 'Urg', '7S']), '%s, %s' % (e['sur'].upper(), e['giv'][0] + '.'),
                     ch(R, ['inf.', 'inf. aux.', 'PAB', 'AIC', 'inh.']) if lang == 'fr' else ch(R, ['RN', 'RPN', 'PSW', 'Charge', 'RT']),
                     ch(R, ['J 7-15', 'S 15-23', 'N 23-7', '12h J']) if lang == 'fr' else ch(R, ['D 0700-1500', 'E 1500-2300', 'N 2300-0700', '12h D']),
                     ch(R, ['', '', 'orientation', 'formation PDSB', 'remplace ' + ch(R, FR_SUR), 'TS']) if lang == 'fr' else ch(R, ['', '', 'orientation', 'PPE training', 'covering for ' + ch(R, EN_SUR), 'OT'])])
    pre = ('Bonjour,\n\nVoici l\'horaire de la fin de semaine. Quarts encore à combler : %d de nuit au 4B.' % R.randrange(1, 4)) if lang == 'fr' else \
        ('Hi team,\n\nWeekend schedule below. Still need %d night shifts on 4B.' % R.randrange(1, 4))
    post = sig(R, lang, me, '', 'Agente de gestion du personnel' if lang == 'fr' else 'Staffing Office', org, disclaimer=False)
    body = pre + '\n\n' + rows_text(rows) + '\n\n' + post
    htm = table_html(rows, R, pre, post) if R.random() < .5 else None
    subj = ch(R, ['Horaire fin de semaine', 'Liste de garde infirmières', 'Horaire - quarts à combler', 'Équipe de garde']) if lang == 'fr' else ch(R, ['Weekend schedule', 'On-call list nursing', 'Open shifts', 'Staffing - this weekend'])
    atts = [('horaire.xlsx' if lang == 'fr' else 'schedule.xlsx', xlsx_bytes(rows))] if R.random() < .3 else []
    return spec('staff_schedule', False, [], lang, 'staff roster with names, roles and shifts (no patients)', me, staff_to(ctx, lang, org, R.randrange(1, 3)), subj, body, region, html_=htm, atts=atts)

def n_sick_staff(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    e = person(R, lang)
    if lang == 'fr':
        body = 'Bonjour,\n\n%s %s (inf., 6N) sera absent%s pour maladie jusqu\'au %s. Merci de combler ses quarts via la liste de rappel.\n\n%s' % (
            e['giv'], e['sur'], 'e' if e['sex'] == 'F' else '', dfr(rand_date(R)), sig(R, lang, me, '', 'Chef de service' if me['sex'] == 'M' else 'Cheffe de service', org, disclaimer=False))
        subj = ch(R, ['Absence maladie - 6N', 'Absence prolongée', 'Remplacement requis'])
    else:
        body = 'Hi,\n\n%s %s (RN, 6N) will be off sick until %s. Please fill the shifts from the call-in list.\n\n%s' % (e['giv'], e['sur'], den(rand_date(R)), sig(R, lang, me, '', 'Unit Manager', org, disclaimer=False))
        subj = ch(R, ['Sick leave - 6N', 'Extended absence', 'Coverage needed'])
    return spec('staff_sick_leave', False, [], lang, 'staff member off sick, coverage request (employee, not patient)', me, staff_to(ctx, lang, org), subj, body, region)

def n_newsletter(ctx, lang):
    R = ctx.R
    region = ch(R, ['qc', 'qc', 'be']) if lang == 'fr' else None
    me, org, region = sender(ctx, lang, region)
    if lang == 'fr':
        items = R.sample(['Le diabète touche près d\'un adulte sur dix au Québec : la clinique de l\'unité de médecine de jour élargit ses heures.',
                          'Nouveau protocole de prévention des chutes déployé sur toutes les unités de soins.',
                          'Semaine de la sécurité des patients : kiosques au hall principal du 23 au 27.',
                          'Rappel : l\'apixaban et le rivaroxaban ne nécessitent pas de suivi INR.',
                          'Le projet de télésanté en MPOC a rejoint 180 usagers cette année.',
                          'Félicitations à l\'équipe de l\'urgence pour le prix d\'excellence régional!'], 3)
        body = 'INFOLETTRE — %s\n\n' % ch(R, ['Le Lien', 'Échos du CHU', 'En bref']) + '\n\n'.join('• ' + i for i in items) + '\n\nPour vous désabonner, écrivez à communications@%s\n\n' % org['dom'] + 'Direction des communications\n' + org['name']
        subj = ch(R, ['Infolettre', 'Le Lien - édition de', 'Échos du CHU']) + ' ' + ch(R, ['novembre', 'octobre', 'septembre', 'juin'])
    else:
        items = R.sample(['Diabetes affects nearly 1 in 10 adults: the day-hospital clinic is extending its hours.',
                          'New falls prevention protocol rolled out on all inpatient units.',
                          'Patient Safety Week: booths in the main lobby all week.',
                          'Reminder: apixaban and rivaroxaban do not require INR monitoring.',
                          'COPD telehealth program reached 180 patients this year.',
                          'Congratulations to the ED team on the regional quality award!'], 3)
        body = '%s NEWSLETTER\n\n' % ch(R, ['THE PULSE', 'LAKESHORE LINK', 'WEEKLY']) + '\n\n'.join('* ' + i for i in items) + '\n\nTo unsubscribe, reply to communications@%s\n\n' % org['dom'] + 'Communications & Public Affairs\n' + org['name']
        subj = ch(R, ['The Pulse', 'Newsletter', 'Weekly update']) + ' - ' + ch(R, ['November', 'October', 'September', 'June'])
    to = [list_box(org, 'tous' if lang == 'fr' else 'everyone', 'Tous' if lang == 'fr' else 'Everyone')]
    return spec('newsletter', False, [], lang, 'staff newsletter about programs, diseases and drugs in general terms', me, to, subj, body, region)

def n_invoice(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang, role_kind='admin')
    sup = ch(R, ['MedFourni inc.', 'Distribution Santé Nord', 'Orthex Canada', 'LabSupply Ltd.', 'Boréal Biomédical'])
    po = 'PO-%d' % R.randrange(4500000000, 4599999999)
    inv = luhn.calc_check_digit(str(R.randrange(10 ** 7, 10 ** 8))) 
    invno = str(R.randrange(10 ** 7, 10 ** 8)); invno += luhn.calc_check_digit(invno)
    items = [(ch(R, ['Gants nitrile M (boîte 100)', 'Seringues 10 ml LL', 'Cathéters IV 20G', 'Tubulures perfusion', 'Électrodes ECG']) if lang == 'fr' else
              ch(R, ['Nitrile gloves M (box 100)', 'Syringes 10 mL LL', 'IV catheters 20G', 'Infusion sets', 'ECG electrodes']),
              'LOT %s%d' % (ch(R, ['A', 'B', 'K']), R.randrange(100000, 999999)), R.randrange(5, 200), R.randrange(3, 90) + .5) for _ in range(R.randrange(2, 5))]
    rows = [['Article', 'Lot', 'Qté', 'Prix unitaire'] if lang == 'fr' else ['Item', 'Lot', 'Qty', 'Unit price']] + [list(i) for i in items]
    if lang == 'fr':
        body = 'Bonjour,\n\n%s\nFacture n° %s / bon de commande %s (%s).\nMontant total : %s $ taxes incluses. Numéro TPS : %d RT0001.\n\n%s\n\n' % (
            ch(R, ['Ci-joint la facture pour approbation.', 'Pouvez-vous confirmer la réception des marchandises?', 'Paiement en retard de 60 jours, merci de vérifier.']),
            invno, po, sup, '{:,.2f}'.format(sum(i[2] * i[3] for i in items)).replace(',', ' ').replace('.', ','), R.randrange(100000000, 999999999), rows_text(rows)) + sig(R, lang, me, '', 'Approvisionnement - comptes fournisseurs', org)
        subj = ch(R, ['Facture %s' % invno, 'Bon de commande %s' % po, 'Approbation facture', 'Réception marchandises %s' % po])
    else:
        body = 'Hi,\n\n%s\nInvoice #%s / purchase order %s (%s).\nTotal: ${:,.2f} incl. HST. Vendor #%d.\n\n%s\n\n'.replace('{:,.2f}', '{0}') % (
            ch(R, ['Attached invoice for approval.', 'Please confirm goods received.', 'This is 60 days overdue, please check.']), invno, po, sup, 0, rows_text(rows))
        body = body.replace('$0', '$' + '{:,.2f}'.format(sum(i[2] * i[3] for i in items))).replace('Vendor #0', 'Vendor #%d' % R.randrange(100000, 999999)) + sig(R, lang, me, '', 'Supply Chain - Accounts Payable', org)
        subj = ch(R, ['Invoice %s' % invno, 'PO %s' % po, 'Invoice approval', 'Goods receipt %s' % po])
    atts = []
    if R.random() < .5:
        atts = [('facture_%s.pdf' % invno if lang == 'fr' else 'invoice_%s.pdf' % invno, pdf_bytes(sup + ' - ' + ('Facture' if lang == 'fr' else 'Invoice') + ' ' + invno, [rows_text([r]) for r in rows] + ['', po]))]
    to = [ext_person(ctx, lang, dom=ch(R, ['medfourni.example', 'sante-nord-distribution.example', 'labsupply.example']))]
    return spec('invoice_po', False, [], lang, 'supplier invoice / purchase order with lot numbers and checksum-valid invoice number', me, to, subj, body, region, atts=atts)

def n_conference(ctx, lang):
    R = ctx.R
    region = ch(R, ['qc', 'qc', 'fr']) if lang == 'fr' else None
    me, org, region = sender(ctx, lang, region)
    sp = [person(R, lang) for _ in range(4)]
    if lang == 'fr':
        topics = ['Prise en charge de l\'insuffisance cardiaque en 2026', 'Nouveautés en diabète de type 2', 'Délirium chez la personne âgée', 'Antibiogouvernance à l\'urgence', 'Dépistage du cancer colorectal', 'Santé mentale des soignants']
        prog = '\n'.join('%s  Dr%s %s %s — %s' % (h, 'e' if s['sex'] == 'F' else '', s['giv'], s['sur'], t) for h, s, t in zip(['8h30', '9h30', '10h45', '13h30'], sp, R.sample(topics, 4)))
        body = 'Bonjour,\n\nVoici le programme de la journée scientifique du %s (auditorium, pavillon B). 6 heures de DPC reconnues.\n\n%s\n\nInscription gratuite pour le personnel : formation@%s\n\n' % (dfr(rand_date(R)), prog, org['dom']) + sig(R, lang, me, '', 'Direction de l\'enseignement', org)
        subj = ch(R, ['Programme - journée scientifique', 'Colloque annuel : programme', 'Invitation - journée de formation'])
    else:
        topics = ['Heart failure management in 2026', 'What\'s new in type 2 diabetes', 'Delirium in older adults', 'Antimicrobial stewardship in the ED', 'Colorectal cancer screening', 'Clinician mental health']
        prog = '\n'.join('%s  Dr. %s %s - %s' % (h, s['giv'], s['sur'], t) for h, s, t in zip(['8:30', '9:30', '10:45', '1:30'], sp, R.sample(topics, 4)))
        body = 'Hi all,\n\nHere is the program for Research Day on %s (auditorium, B wing). 6 CME credits.\n\n%s\n\nFree for staff, register at education@%s\n\n' % (den(rand_date(R)), prog, org['dom']) + sig(R, lang, me, '', 'Medical Education Office', org)
        subj = ch(R, ['Research Day program', 'Annual symposium: agenda', 'Invitation - education day'])
    atts = [('programme.pdf' if lang == 'fr' else 'program.pdf', pdf_bytes(subj, prog.split('\n')))] if R.random() < .4 else []
    to = [ext_box(R, lang, [('Liste DPC', 'dpc'), ('CME list', 'cme')])]
    return spec('conference_programme', False, [], lang, 'conference programme: physician speakers and disease topics', me, to, subj, body, region, atts=atts)

def n_committee(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    comm = ch(R, ['CMDP', 'comité de pharmacologie', 'comité de prévention des infections', 'comité de gestion des risques', 'CII']) if lang == 'fr' else ch(R, ['MAC', 'Pharmacy & Therapeutics', 'IPAC committee', 'Quality & Patient Safety', 'Nursing Practice Council'])
    d = rand_date(R)
    if lang == 'fr':
        body = 'Bonjour,\n\nLa prochaine réunion du %s aura lieu le %s à 12h (salle du conseil, et Teams).\n\nOrdre du jour :\n1. Adoption du PV\n2. %s\n3. %s\n4. Varia\n\nMerci de confirmer votre présence.\n\n' % (
            comm, dfr(d), ch(R, ['Révision de l\'ordonnance collective sur l\'insuline', 'Tableau de bord des infections nosocomiales (T3)', 'Retrait du formulaire de la ranitidine']), ch(R, ['Politique sur les contentions', 'Budget 2027', 'Bilan des déclarations AH-223 du trimestre'])) + \
            sig(R, lang, me, '', 'Secrétaire de comité', org, disclaimer=False)
        subj = 'Convocation - %s du %s' % (comm, dfr(d))
    else:
        body = 'Hi all,\n\nThe next %s meeting is on %s at noon (boardroom and Teams).\n\nAgenda:\n1. Approval of minutes\n2. %s\n3. %s\n4. Other business\n\nPlease RSVP.\n\n' % (
            comm, den(d), ch(R, ['Insulin medical directive review', 'HAI dashboard Q3', 'Formulary removal: ranitidine']), ch(R, ['Restraint policy', '2027 budget', 'Quarterly incident report summary'])) + \
            sig(R, lang, me, '', 'Committee Secretary', org, disclaimer=False)
        subj = '%s meeting - %s' % (comm, den(d))
    atts = []
    if R.random() < .3:
        atts = [('ordre_du_jour.docx' if lang == 'fr' else 'agenda.docx', docx_bytes(subj, body.split('\n')[2:9]))]
    return spec('committee_notice', False, [], lang, 'committee meeting notice and agenda', me, staff_to(ctx, lang, org, R.randrange(1, 4)), subj, body, region, atts=atts)

def n_job(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    if lang == 'fr':
        t = ch(R, ['Infirmière clinicienne - soins intensifs', 'Préposé(e) aux bénéficiaires', 'Technologiste médical(e)', 'Pharmacien(ne)', 'Agent(e) administratif(ve) classe 2'])
        body = 'AFFICHAGE DE POSTE #%d-%d\n\nTitre : %s\nStatut : temps complet permanent\nQuart : %s\nÉchelle salariale : %d,%02d $ à %d,%02d $/h\nExigences : %s\n\nFaire parvenir votre candidature avant le %s à recrutement@%s\n\n%s' % (
            2026, R.randrange(100, 999), t, ch(R, ['jour', 'soir', 'nuit', 'rotation']), R.randrange(24, 35), R.randrange(100), R.randrange(38, 60), R.randrange(100),
            ch(R, ['membre de l\'OIIQ', 'DEP ASSS', 'membre de l\'OPTMQ', 'DEC en bureautique']), dfr(rand_date(R)), org['dom'], org['name'])
        subj = 'Affichage : %s' % t
    else:
        t = ch(R, ['RN - Critical Care', 'Personal Support Worker', 'Medical Laboratory Technologist', 'Clinical Pharmacist', 'Unit Clerk'])
        body = 'JOB POSTING #%d-%d\n\nPosition: %s\nStatus: permanent full-time\nShift: %s\nSalary: $%d.%02d - $%d.%02d/hr\nRequirements: %s\n\nApply by %s to careers@%s\n\n%s' % (
            2026, R.randrange(100, 999), t, ch(R, ['days', 'evenings', 'nights', 'rotating']), R.randrange(24, 35), R.randrange(100), R.randrange(38, 60), R.randrange(100),
            ch(R, ['CNO registration', 'PSW certificate', 'CMLTO registration', 'OCP Part A']), den(rand_date(R)), org['dom'], org['name'])
        subj = 'Job posting: %s' % t
    to = [ext_box(R, lang, [('Liste emplois', 'emplois'), ('Careers', 'careers')])]
    return spec('job_posting', False, [], lang, 'job posting', me, to, subj, body, region)

def n_it(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    nas = 'NAS-%s-%02d' % (ch(R, ['ARCH', 'BKP', 'FS', 'RAD']), R.randrange(1, 20))
    ip = '10.%d.%d.%d' % (R.randrange(256), R.randrange(256), R.randrange(1, 255))
    tk = 'INC%07d' % R.randrange(10 ** 7)
    if lang == 'fr':
        body = chk(R, [
            'Bonjour,\n\nInterruption planifiée du serveur de fichiers %s (%s) le %s de 22h à 2h pour mise à jour du micrologiciel. Les lecteurs partagés S: et T: seront inaccessibles.\n\n' % (nas, ip, dfr(rand_date(R))),
            'Bonjour,\n\nLe NAS %s est plein à 94 %%. Merci de supprimer les vieux fichiers de vos répertoires personnels. Billet %s.\n\n' % (nas, tk),
            'Bonjour,\n\nPanne du Wi-Fi invité au pavillon A. Contournement : utiliser le réseau filaire. Suivi sous %s.\n\n' % tk,
            'Bonjour,\n\nLe changement de mot de passe annuel est obligatoire d\'ici le %s. Attention aux courriels d\'hameçonnage!\n\n' % dfr(rand_date(R)),
            'Bonjour,\n\nVotre poste %s (n° de série %s) est prêt pour le remplacement. Merci de sauvegarder vos fichiers sur le NAS avant jeudi.\n\n' % ('PC%05d' % R.randrange(10 ** 5), 'CND%07d' % R.randrange(10 ** 7))]) + \
            sig(R, lang, me, '', 'Centre de services TI', org, disclaimer=False)
        subj = chk2(R, ['Interruption planifiée %s' % nas, 'NAS presque plein', 'Panne Wi-Fi invité', 'Changement de mot de passe', 'Remplacement de poste', tk + ' - mise à jour'])
    else:
        body = chk(R, [
            'Hello,\n\nPlanned outage of file server %s (%s) on %s, 10 pm-2 am, firmware update. S: and T: drives unavailable.\n\n' % (nas, ip, den(rand_date(R))),
            'Hi,\n\nNAS %s is at 94%% capacity. Please clean up old files in your home folders. Ticket %s.\n\n' % (nas, tk),
            'Hi all,\n\nGuest Wi-Fi down in A wing. Workaround: wired network. Tracking under %s.\n\n' % tk,
            'Hello,\n\nAnnual password change is mandatory by %s. Beware of phishing e-mails!\n\n' % den(rand_date(R)),
            'Hi,\n\nYour workstation %s (serial %s) is ready for replacement. Please save your files to the NAS before Thursday.\n\n' % ('PC%05d' % R.randrange(10 ** 5), 'CND%07d' % R.randrange(10 ** 7))]) + \
            sig(R, lang, me, '', 'IT Service Desk', org, disclaimer=False)
        subj = chk2(R, ['Planned outage %s' % nas, 'NAS storage almost full', 'Guest Wi-Fi outage', 'Password change', 'Workstation replacement', tk + ' - update'])
    return spec('it_notice', False, [], lang, 'IT notice (network storage, outage, passwords, hardware serials)', me, staff_to(ctx, lang, org, R.randrange(1, 3)), subj, body, region)

def n_facilities(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    if lang == 'fr':
        body = chk(R, ['Bonjour,\n\nTravaux de réfection de l\'ascenseur 3 du pavillon B du %s au %s. Utiliser les ascenseurs 1 et 2.\n\n' % (dfr(rand_date(R)), dfr(rand_date(R))),
                      'Bonjour,\n\nCoupure d\'eau chaude au 5e étage demain de 8h à 11h (remplacement de valve).\n\n',
                      'Bonjour,\n\nExercice d\'évacuation (code vert) prévu cette semaine au pavillon A.\n\n',
                      'Bonjour,\n\nBon de travail #%d : climatisation défectueuse salle 2-204. Technicien sur place jeudi.\n\n' % R.randrange(100000, 999999)]) + \
            sig(R, lang, me, '', 'Services techniques', org, disclaimer=False)
        subj = chk2(R, ['Travaux ascenseur', 'Coupure d\'eau chaude', 'Exercice d\'évacuation', 'Bon de travail'])
    else:
        body = chk(R, ['Hi,\n\nElevator 3 in B wing will be under repair from %s to %s. Please use elevators 1 and 2.\n\n' % (den(rand_date(R)), den(rand_date(R))),
                      'Hello,\n\nHot water shut-off on 5th floor tomorrow 8-11 am (valve replacement).\n\n',
                      'Hi,\n\nFire drill (code red) planned this week in A wing.\n\n',
                      'Hi,\n\nWork order #%d: faulty A/C in room 2-204. Tech on site Thursday.\n\n' % R.randrange(100000, 999999)]) + \
            sig(R, lang, me, '', 'Facilities Management', org, disclaimer=False)
        subj = chk2(R, ['Elevator repair', 'Hot water shut-off', 'Fire drill', 'Work order'])
    return spec('facilities', False, [], lang, 'facilities / maintenance notice', me, [list_box(org, 'tous' if lang == 'fr' else 'everyone', '')], subj, body, region)

def n_parking(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    plate = '%s%d %s' % (ch(R, ['F', 'G', 'K', 'V']), R.randrange(10, 99), ''.join(ch(R, 'ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3)))
    if lang == 'fr':
        body = chk(R, ['Bonjour,\n\nLe stationnement P2 sera fermé pour déneigement dans la nuit de mardi. Les véhicules non déplacés seront remorqués.\n\n',
                      'Bonjour,\n\nLe véhicule immatriculé %s est stationné dans une place réservée aux ambulances. Merci de le déplacer.\n\n' % plate,
                      'Bonjour,\n\nLes vignettes 2027 sont en vente au comptoir de la sécurité. Tarif employé : %d $/mois.\n\n' % R.randrange(40, 90)]) + \
            sig(R, lang, me, '', 'Service de la sécurité et du stationnement', org, disclaimer=False)
        subj = chk2(R, ['Déneigement P2', 'Véhicule mal stationné', 'Vignettes de stationnement 2027'])
    else:
        body = chk(R, ['Hi,\n\nLot P2 closes Tuesday night for snow removal. Vehicles left behind will be towed.\n\n',
                      'Hello,\n\nVehicle with plate %s is parked in an ambulance bay. Please move it.\n\n' % plate,
                      'Hi,\n\n2027 parking permits are on sale at the security desk. Staff rate: $%d/month.\n\n' % R.randrange(40, 90)]) + \
            sig(R, lang, me, '', 'Security & Parking', org, disclaimer=False)
        subj = chk2(R, ['Snow removal P2', 'Vehicle in ambulance bay', '2027 parking permits'])
    return spec('parking', False, [], lang, 'parking notice', me, [list_box(org, 'tous' if lang == 'fr' else 'everyone', '')], subj, body, region)

def n_cafeteria(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    if lang == 'fr':
        body = 'Bonjour,\n\nMenu de la semaine à la cafétéria :\nLundi : pâté chinois\nMardi : saumon, riz\nMercredi : cari de légumes (végé)\nJeudi : pâtes bolognaise\nVendredi : fish & chips\n\n%s\n\nService alimentaire' % ch(R, ['Ouverte 7h-19h.', 'Fermée samedi pour inventaire.', 'Nouveau : option sans gluten tous les jours.'])
        subj = 'Menu cafétéria'
    else:
        body = 'Hi all,\n\nCafeteria menu this week:\nMon: shepherd\'s pie\nTue: salmon & rice\nWed: vegetable curry (veg)\nThu: spaghetti bolognese\nFri: fish & chips\n\n%s\n\nFood Services' % ch(R, ['Open 7am-7pm.', 'Closed Saturday for inventory.', 'New: gluten-free option daily.'])
        subj = 'Cafeteria menu'
    return spec('cafeteria', False, [], lang, 'cafeteria menu', me, [list_box(org, 'tous' if lang == 'fr' else 'everyone', '')], subj, body, region)

def n_public_health(ctx, lang):
    R = ctx.R
    region = ch(R, ['qc', 'qc', 'be']) if lang == 'fr' else None
    me, org, region = sender(ctx, lang, region)
    if lang == 'fr':
        body = 'Bonjour,\n\nBulletin de vigie — semaine %d\n- Influenza A : %d cas confirmés dans la région (%d hospitalisations)\n- VRS : %d cas, hausse chez les 0-2 ans\n- COVID-19 : %d éclosions actives en CHSLD\n- Rougeole : %d cas importé(s), vérifier le statut vaccinal des travailleurs\n\n%s\n\nDirection de santé publique (démo)\n' % (
            R.randrange(1, 52), R.randrange(40, 400), R.randrange(5, 60), R.randrange(20, 200), R.randrange(1, 12), R.randrange(0, 3),
            ch(R, ['Rappel : port du masque obligatoire dans les salles d\'attente.', 'Le 4B compte %d cas d\'influenza chez les usagers; unité en éclosion.' % R.randrange(3, 15), 'Aucune action requise.']))
        subj = ch(R, ['Bulletin de vigie', 'Vigie influenza', 'Santé publique - mise à jour'])
    else:
        body = 'Hello,\n\nSurveillance bulletin - week %d\n- Influenza A: %d confirmed cases in the region (%d hospitalized)\n- RSV: %d cases, increase in 0-2 y\n- COVID-19: %d active outbreaks in LTC\n- Measles: %d imported case(s), check staff immunization status\n\n%s\n\nPublic Health Unit (demo)\n' % (
            R.randrange(1, 52), R.randrange(40, 400), R.randrange(5, 60), R.randrange(20, 200), R.randrange(1, 12), R.randrange(0, 3),
            ch(R, ['Reminder: masks required in waiting rooms.', 'Unit 4B has %d influenza cases among patients; outbreak declared.' % R.randrange(3, 15), 'No action required.']))
        subj = ch(R, ['Surveillance bulletin', 'Flu surveillance', 'Public health update'])
    return spec('public_health_bulletin', False, [], lang, 'public health surveillance bulletin with aggregate case counts', me, [list_box(org, 'medecins' if lang == 'fr' else 'physicians', '')], subj, body, region)

def n_teaching(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    a = R.randrange(19, 88)
    if lang == 'fr':
        case = ch(R, ['Un homme de %d ans se présente à l\'urgence pour une douleur thoracique rétrosternale irradiant au bras gauche depuis 2 heures. ECG : sus-décalage en DII, DIII, aVF.' % a,
                      'Une femme de %d ans, sans ATCD, consulte pour fatigue et polyurie. Glycémie aléatoire 19 mmol/L.' % a,
                      'Un enfant de %d ans présente fièvre, éruption et adénopathies depuis 5 jours.' % R.randrange(2, 9),
                      'Une patiente de %d ans sous warfarine se présente avec un INR à 7,8 sans saignement.' % a])
        body = 'Bonjour les résidents,\n\nCas clinique pour la réunion de jeudi :\n\n%s\n\nQuestions :\n1. Diagnostic différentiel?\n2. Investigation initiale?\n3. Prise en charge?\n\nRéponses la semaine prochaine.\n\n' % case + sig(R, lang, me, 'MD, FRCPC', 'Responsable de l\'enseignement', org, disclaimer=False)
        subj = ch(R, ['Cas clinique de la semaine', 'Club de cas - jeudi', 'Cas pour la garde académique'])
    else:
        case = ch(R, ['A %d-year-old man presents to the ED with 2 hours of retrosternal chest pain radiating to the left arm. ECG: ST elevation in II, III, aVF.' % a,
                      'A %d-year-old woman with no PMHx presents with fatigue and polyuria. Random glucose 19 mmol/L.' % a,
                      'A %d-year-old child presents with 5 days of fever, rash and lymphadenopathy.' % R.randrange(2, 9),
                      'A %d-year-old woman on warfarin presents with an INR of 7.8 and no bleeding.' % a])
        body = 'Hi residents,\n\nCase for Thursday\'s teaching:\n\n%s\n\nQuestions:\n1. Differential?\n2. Initial workup?\n3. Management?\n\nAnswers next week.\n\n' % case + sig(R, lang, me, 'MD, FRCPC', 'Program Director', org, disclaimer=False)
        subj = ch(R, ['Case of the week', 'Case rounds - Thursday', 'Teaching case'])
    return spec('teaching_case', False, [], lang, 'anonymised teaching case (age and sex only)', me, [list_box(org, 'residents', '')], subj, body, region)

def n_vendor(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    sn = 'SN %s%08d' % (ch(R, ['PX', 'BX', 'GE']), R.randrange(10 ** 8))
    lot = '%s%d' % (ch(R, ['L', 'LOT-']), R.randrange(100000, 9999999))
    rep = ext_person(ctx, lang, dom=ch(R, ['medtech-demo.example', 'pompes-infusion.example', 'imagingco.example']))
    if lang == 'fr':
        body = ch(R, ['Bonjour %s,\n\nSuite à l\'avis de rappel, nous avons retiré %d pompes volumétriques (%s, ...) et les lots %s des unités. Pouvez-vous confirmer la date de remplacement?\n\n' % (rep['giv'], R.randrange(3, 30), sn, lot),
                      'Bonjour,\n\nLe moniteur %s du bloc 3 affiche l\'erreur E-214 depuis la mise à jour. Contrat de service n° %d. Merci d\'envoyer un technicien.\n\n' % (sn, R.randrange(10 ** 6, 10 ** 7)),
                      'Bonjour %s,\n\nNous aimerions une démo du nouveau lit électrique pour l\'unité de gériatrie. Disponible la semaine du %s?\n\n' % (rep['giv'], dfr(rand_date(R)))]) + \
            sig(R, lang, me, 'ing.', 'Génie biomédical', org)
        subj = ch(R, ['Rappel pompes - lots %s' % lot, 'Erreur moniteur %s' % sn, 'Demande de démo'])
    else:
        body = ch(R, ['Hi %s,\n\nFollowing the recall notice, we pulled %d infusion pumps (%s, ...) and lots %s from the floors. Can you confirm the replacement date?\n\n' % (rep['giv'], R.randrange(3, 30), sn, lot),
                      'Hi,\n\nMonitor %s in OR 3 shows error E-214 since the update. Service contract #%d. Please send a tech.\n\n' % (sn, R.randrange(10 ** 6, 10 ** 7)),
                      'Hi %s,\n\nWe\'d like a demo of the new electric bed for the geriatrics unit. Are you free the week of %s?\n\n' % (rep['giv'], den(rand_date(R)))]) + \
            sig(R, lang, me, 'P.Eng.', 'Biomedical Engineering', org)
        subj = ch(R, ['Pump recall - lots %s' % lot, 'Monitor error %s' % sn, 'Demo request'])
    return spec('vendor', False, [], lang, 'vendor mail about equipment, serial and lot numbers', me, [rep], subj, body, region)

def n_quality_stats(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    rows = [['Unité', 'Chutes', 'Erreurs Rx', 'Infections', 'Taux occupation'] if lang == 'fr' else ['Unit', 'Falls', 'Med errors', 'HAI', 'Occupancy']]
    for u in ['4B', '5A', '6N', '7S', 'SI']:
        rows.append([u, R.randrange(0, 12), R.randrange(0, 9), R.randrange(0, 5), '%d %%' % R.randrange(80, 112)])
    if lang == 'fr':
        body = 'Bonjour,\n\nTableau de bord qualité du trimestre :\n\n%s\n\n%d patients diabétiques suivis à la clinique externe, durée moyenne de séjour %.1f jours. Aucune donnée nominative.\n\n' % (rows_text(rows), R.randrange(100, 900), R.randrange(50, 110) / 10) + sig(R, lang, me, '', 'Direction de la qualité et de la performance', org)
        subj = ch(R, ['Tableau de bord qualité T%d' % R.randrange(1, 5), 'Indicateurs trimestriels', 'Statistiques unités'])
    else:
        body = 'Hi,\n\nQuarterly quality dashboard:\n\n%s\n\n%d diabetic patients followed in clinic, ALOS %.1f days. No identifying data.\n\n' % (rows_text(rows), R.randrange(100, 900), R.randrange(50, 110) / 10) + sig(R, lang, me, '', 'Quality & Performance', org)
        subj = ch(R, ['Quality dashboard Q%d' % R.randrange(1, 5), 'Quarterly indicators', 'Unit statistics'])
    r_ = R.random()
    atts = [('tableau_bord.xlsx' if lang == 'fr' else 'dashboard.xlsx', xlsx_bytes(rows))] if r_ < .3 else ([('indicateurs.csv' if lang == 'fr' else 'indicators.csv', csv_bytes(rows, delim=';' if lang == 'fr' else ','))] if r_ < .6 else [])
    return spec('quality_stats', False, [], lang, 'aggregate quality indicators per unit', me, staff_to(ctx, lang, org, 2), subj, body, region, atts=atts)

def n_blank_form(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    if lang == 'fr':
        title = ch(R, ['Formulaire de demande de consultation', 'Demande de transport adapté', 'Ordonnance collective - formulaire de liaison'])
        lines = ['Nom du patient : ____________________', 'Date de naissance : ____ / ____ / ______', 'NAM : ____________', 'N° de dossier : ________', 'Motif : _______________________________', 'Signature du prescripteur : __________']
        body = 'Bonjour,\n\nVoici la nouvelle version du formulaire « %s » (révision %d-%02d). Merci de détruire les anciennes copies.\n\n' % (title, 2026, R.randrange(1, 12)) + sig(R, lang, me, '', 'Archives médicales', org)
        subj = 'Nouveau formulaire : %s' % title
    else:
        title = ch(R, ['Consultation Request Form', 'Patient Transport Request', 'Medical Directive - Referral Form'])
        lines = ['Patient name: ____________________', 'Date of birth: ____ / ____ / ______', 'Health card #: ____________', 'MRN: ________', 'Reason: _______________________________', 'Prescriber signature: __________']
        body = 'Hi,\n\nHere is the updated "%s" (rev. %d-%02d). Please discard old copies.\n\n' % (title, 2026, R.randrange(1, 12)) + sig(R, lang, me, '', 'Health Records', org)
        subj = 'Updated form: %s' % title
    fn = ch(R, ['formulaire.pdf', 'form.docx']) if lang == 'fr' else ch(R, ['form.pdf', 'form.docx'])
    data = pdf_bytes(title, lines) if fn.endswith('pdf') else docx_bytes(title, lines)
    return spec('blank_form', False, [], lang, 'blank form template with empty patient fields', me, [list_box(org, 'cliniques' if lang == 'fr' else 'clinics', '')], subj, body, region, atts=[(fn, data)])

def n_colleague_disease(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    d = person(R, lang)
    if lang == 'fr':
        dis = ch(R, ['diabète', 'sclérose en plaques', 'cancer du sein', 'maladie de Parkinson', 'VIH'])
        body = 'Bonjour,\n\nPour les références en %s, veuillez désormais contacter Dr%s %s %s, qui reprend la clinique de %s à partir du %s. Sa secrétaire : %s.\n\n' % (
            dis, 'e' if d['sex'] == 'F' else '', d['giv'], d['sur'], dis, dfr(rand_date(R)), ph(R, org['area'])) + sig(R, lang, me, '', 'Adjointe administrative - DSP', org)
        subj = 'Clinique de %s - nouveau responsable' % dis
    else:
        dis = ch(R, ['diabetes', 'multiple sclerosis', 'breast cancer', 'Parkinson\'s disease', 'HIV'])
        body = 'Hi,\n\nFor %s referrals, please now contact Dr. %s %s, who takes over the %s clinic as of %s. Office: %s.\n\n' % (
            dis, d['giv'], d['sur'], dis, den(rand_date(R)), ph(R, org['area'])) + sig(R, lang, me, '', 'Administrative Assistant - Medical Affairs', org)
        subj = '%s clinic - new lead' % dis.capitalize()
    to = [ext_box(R, lang, [('GMF', 'gmf'), ('Cliniques', 'cliniques'), ('FHT', 'fht'), ('Clinics', 'clinics')])]
    return spec('physician_specialty', False, [], lang, 'physician named next to the disease they treat (no patient)', me, to, subj, body, region)

def n_assets(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    def imei():
        b = '35' + ''.join(str(R.randrange(10)) for _ in range(12)); return b + luhn.calc_check_digit(b)
    rows = [['Employé', 'Matricule', 'Appareil', 'IMEI', 'N° actif'] if lang == 'fr' else ['Employee', 'Employee #', 'Device', 'IMEI', 'Asset #']]
    for _ in range(R.randrange(4, 9)):
        e = person(R, lang)
        rows.append(['%s %s' % (e['giv'], e['sur']), '%07d' % R.randrange(10 ** 6, 10 ** 7), ch(R, ['iPhone 15', 'Galaxy A55', 'Zebra TC52', 'Vocera B3000']), imei(), 'A%06d' % R.randrange(10 ** 6)])
    body = (('Bonjour,\n\nCi-joint l\'inventaire des téléphones du département (%d appareils). Merci de valider avant le renouvellement du contrat.\n\n' if lang == 'fr' else
             'Hi,\n\nAttached is the phone inventory for the department (%d devices). Please validate before the contract renewal.\n\n') % (len(rows) - 1)) + \
        sig(R, lang, me, '', 'Télécommunications' if lang == 'fr' else 'Telecom', org)
    subj = ch(R, ['Inventaire cellulaires', 'Appareils mobiles - validation']) if lang == 'fr' else ch(R, ['Mobile inventory', 'Devices - validation'])
    to = [ext_person(ctx, lang, dom='telecom-fournisseur.example')]
    return spec('asset_inventory', False, [], lang, 'staff mobile device inventory with employee numbers and IMEIs', me, to, subj, body, region,
                atts=[('inventaire.xlsx' if lang == 'fr' else 'inventory.xlsx', xlsx_bytes(rows))])

def n_training(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    if lang == 'fr':
        body = 'Bonjour,\n\nFormation obligatoire %s : %s, de 13h à 16h, salle %s. Inscription dans l\'ENA. Les employés suivants n\'ont pas complété : %s.\n\n' % (
            ch(R, ['RCR/BLS', 'PDSB', 'Oméga', 'prévention des infections']), dfr(rand_date(R)), '%d-%03d' % (R.randrange(1, 6), R.randrange(100, 300)),
            ', '.join('%s %s' % (e['giv'], e['sur']) for e in [person(R, lang) for _ in range(3)])) + sig(R, lang, me, '', 'Conseillère en formation', org, disclaimer=False)
        subj = ch(R, ['Formation obligatoire', 'Rappel - formation RCR', 'Inscription formation'])
    else:
        body = 'Hi,\n\nMandatory %s training: %s, 1-4 pm, room %s. Register in the LMS. The following staff are not yet compliant: %s.\n\n' % (
            ch(R, ['BLS', 'WHMIS', 'non-violent crisis intervention', 'IPAC']), den(rand_date(R)), '%d-%03d' % (R.randrange(1, 6), R.randrange(100, 300)),
            ', '.join('%s %s' % (e['giv'], e['sur']) for e in [person(R, lang) for _ in range(3)])) + sig(R, lang, me, '', 'Education Coordinator', org, disclaimer=False)
        subj = ch(R, ['Mandatory training', 'BLS reminder', 'Training registration'])
    return spec('training', False, [], lang, 'staff training notice listing non-compliant employees', me, staff_to(ctx, lang, org, 2), subj, body, region)

def n_staff_ics(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    d = rand_date(R); start = datetime.datetime(d.year, d.month, d.day, R.randrange(8, 16), ch(R, [0, 30]))
    tos = staff_to(ctx, lang, org, R.randrange(2, 4))
    summ = ch(R, ['Rencontre d\'équipe 6N', 'Comité de pharmacologie', 'Point budget', 'Caucus sécurité']) if lang == 'fr' else ch(R, ['6N team meeting', 'P&T committee', 'Budget check-in', 'Safety huddle'])
    data = ics_bytes('%08x@%s' % (R.getrandbits(32), org['dom']), summ, start, 60, 'Teams', 'Ordre du jour à venir.' if lang == 'fr' else 'Agenda to follow.', me['addr'], [t['addr'] for t in tos], datetime.datetime(2026, 1, 5, 13, 0))
    body = ('Bonjour,\n\nInvitation ci-jointe.\n\n' if lang == 'fr' else 'Hi,\n\nInvite attached.\n\n') + me['giv']
    return spec('staff_meeting_invite', False, [], lang, 'calendar invitation for a staff meeting', me, tos, ('Invitation : ' if lang == 'fr' else 'Invitation: ') + summ, body, region, atts=[('invite.ics', data)])

def n_supplier_vcard(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    rep = person(R, lang)
    data = vcf_bytes(full(rep), rep['sur'], rep['giv'], tel=ph(R, org['area']), email_=addr(rep, 'medtech-demo.example'), org='MedTech Démo inc.', title='Représentant(e) des ventes' if lang == 'fr' else 'Sales Representative')
    body = ('Bonjour,\n\nVoici les coordonnées du représentant pour les pompes, si besoin.\n\n' if lang == 'fr' else 'Hi,\n\nHere is the rep\'s contact card for the pumps, if needed.\n\n') + me['giv']
    return spec('supplier_vcard', False, [], lang, 'vCard of a supplier sales representative', me, staff_to(ctx, lang, org), ('Coordonnées représentant' if lang == 'fr' else 'Sales rep contact'), body, region, atts=[(slug(rep['sur']) + '.vcf', data)])

def n_policy_zip(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    pol = [('politique_hygiene_mains.pdf' if lang == 'fr' else 'hand_hygiene_policy.pdf', pdf_bytes('Politique' if lang == 'fr' else 'Policy', ['Version 2026', 'Section 1 ...', 'Section 2 ...'])),
           ('procedure_isolement.docx' if lang == 'fr' else 'isolation_procedure.docx', docx_bytes('Procédure' if lang == 'fr' else 'Procedure', ['Précautions additionnelles' if lang == 'fr' else 'Additional precautions', 'Gouttelettes / contact' if lang == 'fr' else 'Droplet / contact']))]
    z = zip_bytes(pol)
    body = ('Bonjour,\n\nCi-joint les politiques révisées (zip) pour le cartable d\'unité.\n\n' if lang == 'fr' else 'Hi,\n\nRevised policies attached (zip) for the unit binder.\n\n') + sig(R, lang, me, '', 'Prévention et contrôle des infections' if lang == 'fr' else 'Infection Prevention & Control', org, disclaimer=False)
    return spec('policy_documents', False, [], lang, 'zip of revised policies', me, staff_to(ctx, lang, org, 2), ('Politiques révisées' if lang == 'fr' else 'Revised policies'), body, region, atts=[('politiques.zip' if lang == 'fr' else 'policies.zip', z)])

def n_room_booking(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    body = (('Bonjour,\n\nEst-ce possible de réserver la salle %s le %s de 12h à 13h pour un dîner-conférence (30 personnes)? Projecteur requis.\n\nMerci\n' % ('%d-%03d' % (R.randrange(1, 6), R.randrange(100, 300)), dfr(rand_date(R)))) if lang == 'fr' else
            ('Hi,\n\nCould we book room %s on %s, 12-1 pm, for a lunch-and-learn (30 people)? Projector needed.\n\nThanks\n' % ('%d-%03d' % (R.randrange(1, 6), R.randrange(100, 300)), den(rand_date(R))))) + sig(R, lang, me, '', ch(R, ['Adjointe', 'Coordonnatrice']) if lang == 'fr' else 'Coordinator', org, disclaimer=False)
    return spec('room_booking', False, [], lang, 'meeting room booking', me, [list_box(org, 'reservation.salles' if lang == 'fr' else 'room.booking', '')], ch(R, ['Réservation de salle', 'Salle pour dîner-conférence']) if lang == 'fr' else ch(R, ['Room booking', 'Lunch & learn room']), body, region)

def n_research_admin(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    proto = '%d-%04d' % (2026, R.randrange(1, 9999))
    body = (('Bonjour,\n\nLe CER a approuvé l\'amendement n° %d du projet %s (protocole v%d.0). Le recrutement peut reprendre; cible : %d participants. Rapport annuel dû le %s.\n\n' % (R.randrange(1, 6), proto, R.randrange(2, 6), R.randrange(40, 300), dfr(rand_date(R)))) if lang == 'fr' else
            ('Hi,\n\nThe REB approved amendment #%d for study %s (protocol v%d.0). Recruitment can resume; target %d participants. Annual report due %s.\n\n' % (R.randrange(1, 6), proto, R.randrange(2, 6), R.randrange(40, 300), den(rand_date(R))))) + \
        sig(R, lang, me, '', 'Bureau du comité d\'éthique de la recherche' if lang == 'fr' else 'Research Ethics Office', org)
    return spec('research_admin', False, [], lang, 'ethics committee approval, recruitment targets (no participants named)', me, [ext_person(ctx, lang, dom='uni-recherche.example')], ('Approbation amendement %s' if lang == 'fr' else 'Amendment approval %s') % proto, body, region)

def n_admin_reply(ctx, lang):
    """ordinary admin thread with quoted text (no patient)"""
    R = ctx.R
    me, org, region = sender(ctx, lang)
    other = ext_person(ctx, lang)
    if lang == 'fr':
        q = ch(R, ['Bonjour, est-ce que la facture de septembre a été payée? Merci', 'Bonjour, pouvez-vous me confirmer le nombre de places pour la formation?', 'Allo, le contrat de déneigement est-il renouvelé?'])
        top = ch(R, ['Oui, paiement émis le 12. Bonne journée', 'Il reste 8 places.', 'Oui, jusqu\'en avril 2028.'])
        head = 'Le %s, %s a écrit :' % (when_str(datetime.datetime(2026, 4, 7, 10, 5), 'fr'), fa(other))
    else:
        q = ch(R, ['Hi, was the September invoice paid? Thanks', 'Hi, how many seats are left for the training?', 'Is the snow removal contract renewed?'])
        top = ch(R, ['Yes, payment issued on the 12th.', '8 seats left.', 'Yes, until April 2028.'])
        head = 'On %s, %s wrote:' % (when_str(datetime.datetime(2026, 4, 7, 10, 5), 'en'), fa(other))
    body = top + '\n\n' + sig(R, lang, me, '', ch(R, ['Agente administrative', 'Adjoint administratif']) if lang == 'fr' else 'Administrative Officer', org, disclaimer=None) + '\n\n' + head + '\n> ' + q
    return spec('admin_reply', False, [], lang, 'short administrative reply above a quoted question', me, [other], 'RE: ' + ch(R, ['question', 'suivi', 'info']) if lang == 'fr' else 'RE: ' + ch(R, ['question', 'follow-up', 'info']), body, region, nowrap=True)

def n_fwd_eml(ctx, lang):
    R = ctx.R
    s = ch(R, [n_vendor, n_committee, n_it, n_invoice])(ctx, lang)
    s['force_attach_fwd'] = True
    return s

def n_belgium_admin(ctx, lang='fr'):
    """Belgian / French admin mail with number look-alikes (enterprise number, IBAN-ish)"""
    R = ctx.R
    reg = ch(R, ['be', 'fr'])
    me, org, region = sender(ctx, 'fr', reg)
    if reg == 'be':
        body = 'Bonjour,\n\nVeuillez trouver ci-dessous nos coordonnées pour la facturation de la formation : %s, n° d\'entreprise BE 0%d.%03d.%03d, TVA incluse. Référence commande %d.\n\nBien à vous,\n\n' % (
            org['name'], R.randrange(200, 999), R.randrange(1000), R.randrange(1000), R.randrange(10 ** 8, 10 ** 9)) + sig(R, 'fr', me, '', 'Service financier', org, disclaimer=False)
        subj = 'Coordonnées facturation'
    else:
        body = 'Bonjour,\n\nLe planning des gardes de janvier est en ligne. SIRET de l\'établissement pour les conventions de stage : %d %03d %03d %05d.\n\nCordialement,\n\n' % (
            R.randrange(100, 999), R.randrange(1000), R.randrange(1000), R.randrange(10 ** 5)) + sig(R, 'fr', me, '', 'Direction des affaires médicales', org, disclaimer=False)
        subj = 'Planning des gardes'
    return spec('admin_eu', False, [], 'fr', 'Belgian/French administrative mail with company registration numbers', me, [ext_person(ctx, 'fr')], subj, body, region)


def p_short_note(ctx, lang):
    """terse colleague note: a name and a clinical fact, no number at all"""
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    p = pat_qc(ctx) if region != 'on' else pat_other(ctx, ON_PAT)
    g = G(p, lang)
    to = ext_person(ctx, lang)
    if lang == 'fr':
        body = ch(R, ['Salut %s,\n\nTa %s %s %s est passé%s à l\'urgence hier soir pour %s. Congé ce matin, je t\'envoie la note par fax.\n\n%s',
                      'Bonjour %s,\n\nPour info, %s %s %s a été %s aux soins intensifs cette nuit (%s). La famille est au courant.\n\n%s'])
        ev = ch(R, ['une crise d\'asthme', 'une surdose d\'opioïdes', 'une hypoglycémie sévère', 'des idées suicidaires', 'une fausse couche' if p['sex'] == 'F' else 'une hémorragie digestive'])
        if body.startswith('Salut'):
            body = body % (to['giv'], g['pat'], g['t'], full(p), 'e' if p['sex'] == 'F' else '', ev, me['giv'])
        else:
            body = body % (to['giv'], g['t'], p['giv'], p['sur'], g['admis'], ev.replace('une ', '').replace('des ', ''), me['giv'])
        subj = ch(R, ['ta patiente' if p['sex'] == 'F' else 'ton patient', 'FYI', 'Urgence cette nuit', 'info'])
    else:
        ev = ch(R, ['an asthma attack', 'an opioid overdose', 'severe hypoglycemia', 'suicidal ideation', 'a miscarriage' if p['sex'] == 'F' else 'a GI bleed'])
        body = ch(R, ['Hi %s,\n\nYour patient %s %s came through the ED last night with %s. Discharged this AM, note faxed.\n\n%s',
                      '%s - FYI %s %s was admitted to ICU overnight with %s. Family aware.\n\n%s']) % (to['giv'], g['t'], full(p), ev, me['giv'])
        subj = ch(R, ['your patient', 'FYI', 'ED last night', 'heads up'])
    body += '\n' + org['name']
    return spec('short_clinical_note', True, ['patient_name', 'diagnosis'], lang, 'terse colleague note naming a patient and an ED/ICU event, no identifier number', me, [to], subj, body, region)

def p_roster_like(ctx, lang):
    """patient list laid out like a staff roster (room, name, time slot)"""
    R = ctx.R
    region = 'qc' if lang == 'fr' else ch(R, ['qc_en', 'on'])
    me, org, region = sender(ctx, lang, region)
    n = R.randrange(4, 8)
    pool = R.sample(ON_PAT, n) if region == 'on' else R.sample(ctx.nams, n)
    rows = [['Heure', 'Nom', 'Ch.', 'Service'] if lang == 'fr' else ['Time', 'Name', 'Rm', 'Service']]
    for k in range(n):
        q = pool[k]
        sur_, giv_ = (q[0], q[1]) if region == 'on' else (q['sur'], q['giv'])
        rows.append(['%d:%02d' % (8 + k // 2, 30 * (k % 2)), '%s, %s' % (sur_.upper(), giv_[0] + '.'), str(R.randrange(301, 360)),
                     ch(R, ['physio post-PTH', 'ergo AVC', 'inhalo MPOC', 'physio post-PTG']) if lang == 'fr' else ch(R, ['PT post-THA', 'OT stroke', 'RT COPD', 'PT post-TKA'])])
    pre = ('Bonjour, horaire de réadaptation de demain pour le 3e :' if lang == 'fr' else 'Hi, tomorrow\'s rehab schedule for 3rd floor:')
    body = pre + '\n\n' + rows_text(rows) + '\n\n' + me['giv']
    subj = ch(R, ['Horaire réadapt demain', 'Horaire physio/ergo']) if lang == 'fr' else ch(R, ['Rehab schedule tomorrow', 'PT/OT schedule'])
    return spec('rehab_patient_schedule', True, ['patient_name', 'diagnosis'], lang, 'schedule laid out like a staff roster but listing inpatients with room and rehab reason', me,
                staff_to(ctx, lang, org, 2), subj, body, region, html_=table_html(rows, R, pre, me['giv']) if R.random() < .5 else None)

def n_memoriam(ctx, lang):
    R = ctx.R
    me, org, region = sender(ctx, lang)
    e = person(R, lang)
    if lang == 'fr':
        body = 'Chers collègues,\n\nC\'est avec tristesse que nous vous annonçons le décès de %s %s, infirmi%s au 5A depuis %d. Un livre de condoléances est disponible à la chapelle.\n\n%s' % (
            e['giv'], e['sur'], 'ère' if e['sex'] == 'F' else 'er', R.randrange(1990, 2015), sig(R, lang, me, '', 'Direction des soins infirmiers', org, disclaimer=False))
        subj = 'Décès d\'un%s collègue' % ('e' if e['sex'] == 'F' else '')
    else:
        body = 'Dear colleagues,\n\nIt is with sadness that we share the passing of %s %s, a nurse on 5A since %d. A condolence book is available in the chapel.\n\n%s' % (
            e['giv'], e['sur'], R.randrange(1990, 2015), sig(R, lang, me, '', 'Nursing Administration', org, disclaimer=False))
        subj = 'In memoriam'
    return spec('staff_memoriam', False, [], lang, 'announcement of a staff member\'s death', me, [list_box(org, 'tous' if lang == 'fr' else 'everyone', '')], subj, body, region)

# ============================================================================= plan and main
POS_PLAN = [(p_referral, 8), (p_consult_reply, 6), (p_signout, 6), (p_booking, 8), (p_lab_followup, 6), (p_critical, 4), (p_discharge, 6),
            (p_medrec, 5), (p_short_note, 4), (p_roster_like, 3), (p_homecare, 5), (p_transport, 5), (p_social, 6), (p_billing, 6), (p_research, 4), (p_incident, 5), (p_subject_only, 4),
            (p_disguised, 4), (p_ics, 3), (p_vcard, 2), (p_zipcsv, 3), (p_belgium, 4), (p_france, 4), (p_quoted_only, 4), (p_shared_surname, 2), (p_fwd_eml, 3)]
NEG_PLAN = [(n_memoriam, 2), (n_hr, 10), (n_schedule, 10), (n_sick_staff, 5), (n_newsletter, 8), (n_invoice, 10), (n_conference, 7), (n_committee, 9), (n_job, 8),
            (n_it, 11), (n_facilities, 8), (n_parking, 5), (n_cafeteria, 5), (n_public_health, 9), (n_teaching, 8), (n_vendor, 9), (n_quality_stats, 7),
            (n_blank_form, 6), (n_colleague_disease, 6), (n_assets, 4), (n_training, 6), (n_staff_ics, 4), (n_supplier_vcard, 2), (n_policy_zip, 2),
            (n_room_booking, 4), (n_research_admin, 4), (n_admin_reply, 5), (n_fwd_eml, 3), (n_belgium_admin, 3)]
FR_ONLY = {p_belgium, p_france, n_belgium_admin}

def plan_items(R, plan, fr_target):
    items = [f for f, n in plan for _ in range(n)]
    fixed = sum(1 for f in items if f in FR_ONLY)
    free = [i for i, f in enumerate(items) if f not in FR_ONLY]
    langs = ['fr'] * (fr_target - fixed) + ['en'] * (len(free) - (fr_target - fixed))
    R.shuffle(langs)
    out = []
    li = iter(langs)
    for f in items:
        out.append((f, 'fr' if f in FR_ONLY else next(li)))
    R.shuffle(out)
    return out

def make_one(ctx, f, lang):
    R = ctx.R
    s = f(ctx, lang)
    d = rand_date(R)
    dt = datetime.datetime(d.year, d.month, d.day, R.randrange(7, 19), R.randrange(60), R.randrange(60))
    s['date'] = dt.replace(tzinfo=tz_for(s['region'], d))
    s['wrap'] = 'none'
    r = R.random()
    if s.get('force_attach_fwd') or (not s['nowrap'] and 0.25 <= r < 0.30):
        tr_in = pick_transport(R, s)
        inner = build(ctx, s, tr_in)
        s = w_attach_fwd(ctx, s, inner)
    elif not s['nowrap'] and r < 0.14:
        s = w_followup(ctx, s)
    elif not s['nowrap'] and r < 0.25:
        s = w_inline_fwd(ctx, s)
    tr = pick_transport(R, s)
    m = build(ctx, s, tr)
    data = m.as_bytes(policy=policy.default.clone(linesep=tr['nl']))
    return s, tr, data

def check(out, labels):
    files = sorted(os.path.relpath(os.path.join(dp, fn), out) for sub in ('positive', 'negative') for dp, _, fns in os.walk(os.path.join(out, sub)) for fn in fns)
    assert files == sorted(labels), 'labels do not cover exactly the files'
    for rel in files:
        lab = labels[rel]
        assert lab['confidential'] == rel.startswith('positive/'), rel
        assert (len(lab['types']) > 0) == lab['confidential'], rel
        assert lab['lang'] in ('fr', 'en')
        raw = open(os.path.join(out, rel), 'rb').read()
        m = email.message_from_bytes(raw, policy=policy.default)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            assert m[h], (rel, h)
        for part in m.walk():
            assert not part.defects, (rel, part.get_content_type(), part.defects)
            if part.is_multipart():
                continue
            c = part.get_content()
            if part.get_content_maintype() == 'text':
                part.get_payload(decode=True).decode(part.get_content_charset() or 'us-ascii')
            assert c is not None
    return files

def digest(out, files):
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        h.update(rel.encode() + b'\0' + open(os.path.join(out, rel), 'rb').read() + b'\0')
    return h.hexdigest()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = a.out
    for sub in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    random.seed(SEED)  # email boundaries use the module-level generator
    ctx = Ctx(SEED)
    R = ctx.R
    pos = plan_items(R, POS_PLAN, 66)
    neg = plan_items(R, NEG_PLAN, 99)
    labels = {}
    stats = {'transport': {}, 'charset': {}, 'cte': {}, 'newline': {}, 'wrap': {}, 'attachments': {}}
    def bump(k, v):
        stats[k][v] = stats[k].get(v, 0) + 1
    for kind, items in (('positive', pos), ('negative', neg)):
        for i, (f, lang) in enumerate(items, 1):
            s, tr, data = make_one(ctx, f, lang)
            rel = '%s/%s%03d_%s.eml' % (kind, kind[0], i, s['cat'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            note = s['note'] + {'none': '', 'reply-quoted': ' (sent again as a reply quoting the original)', 'forward-inline': ' (inline forward)', 'forward-attached': ' (forwarded as attached .eml)'}[s['wrap']]
            labels[rel] = {'confidential': s['conf'], 'types': s['types'] if s['conf'] else [], 'lang': s['lang'], 'note': note}
            bump('transport', ('multipart/mixed+' if s['atts'] else '') + {'plain': 'text/plain', 'html': 'text/html', 'alt': 'multipart/alternative'}[tr['mode']])
            bump('charset', tr['cs_used']); bump('cte', tr['cte']); bump('newline', 'CRLF' if tr['nl'] == '\r\n' else 'LF'); bump('wrap', s['wrap'])
            for n_, _ in s['atts']:
                bump('attachments', n_.rsplit('.', 1)[-1].lower())
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    files = check(out, labels)
    cats = {}
    for rel, lab in labels.items():
        c = rel.split('_', 1)[1][:-4]
        cats.setdefault(('P ' if lab['confidential'] else 'N ') + c, 0)
        cats[('P ' if lab['confidential'] else 'N ') + c] += 1
    npos = sum(1 for l in labels.values() if l['confidential'])
    print('files: %d  positives: %d  negatives: %d' % (len(files), npos, len(files) - npos))
    langs = {}
    for l in labels.values():
        k = (l['lang'], l['confidential'])
        langs[k] = langs.get(k, 0) + 1
    print('lang:', {'%s/%s' % (k[0], 'pos' if k[1] else 'neg'): v for k, v in sorted(langs.items())})
    print('categories:', json.dumps(dict(sorted(cats.items())), ensure_ascii=False))
    for k, v in stats.items():
        print(k + ':', dict(sorted(v.items())))
    print('sha256:', digest(out, files))

if __name__ == '__main__':
    main()
