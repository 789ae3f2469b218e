#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (QC/ON health network).
Usage: python generate.py [--out DIR] [--seed 5151]
"""
import argparse, base64, datetime, hashlib, io, json, os, quopri, random, re, shutil, sys, zipfile
import email, email.policy
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, format_datetime
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum import luhn

HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMFILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')

# ---------------------------------------------------------------- data
FIRST_F = ['Julie', 'Isabelle', 'Nathalie', 'Catherine', 'Sophie', 'Amélie', 'Karine', 'Valérie', 'Emily', 'Sarah',
           'Jennifer', 'Priya', 'Hélène', 'Geneviève', 'Chantal', 'Mélanie', 'Laura', 'Rachel', 'Annie', 'Josée']
FIRST_M = ['Marc', 'François', 'Jean-Philippe', 'Mathieu', 'Olivier', 'Patrick', 'Étienne', 'David', 'Michael',
           'Kevin', 'Raj', 'Simon', 'Benoît', 'Luc', 'Alexandre', 'Daniel', 'Hugo', 'Samuel', 'Yannick', 'Tom']
LAST = ['Tremblay', 'Bélanger', 'Côté', 'Pelletier', 'Lavoie', 'Bergeron', 'Desjardins', 'Thibault', 'Paquette',
        'Dubé', 'Lévesque', 'Martel', 'Patel', 'Nguyen', 'Chen', 'Campbell', 'Stewart', 'Murphy', "O'Neill",
        'Sinclair', 'Ducharme', 'Vaillancourt', 'Houle', 'Beaulieu', 'Gingras', 'Rahman', 'Kowalski', 'Ferreira']
ORG_IN = ['chu-exemple.example', 'cisss-riviere.example', 'hopital-stlaurent.example']
ORG_OUT = ['clinique-boreale.example', 'gmf-vallee.example', 'ottawa-west-health.example', 'kingston-gh.example',
           'pharmacie-duval.example', 'soins-domicile.example', 'labo-medic.example', 'gmail.example',
           'videotron.example', 'chr-liege.example', 'ch-lyon-est.example', 'sympatico.example',
           'transport-adapte.example', 'univ-montreal.example', 'vendor-medsupply.example']
SERV_FR = ['Médecine interne', 'Cardiologie', 'Néphrologie', 'Gériatrie', 'Oncologie', 'Soins palliatifs',
           'Pneumologie', 'Urgence', 'Pédiatrie', 'Psychiatrie']
SERV_EN = ['Internal Medicine', 'Cardiology', 'Nephrology', 'Geriatrics', 'Oncology', 'Palliative Care',
           'Respirology', 'Emergency', 'Paediatrics', 'Psychiatry']
DX_FR = ['insuffisance cardiaque décompensée', 'MPOC exacerbée', 'pneumonie communautaire', 'IRC stade 4',
         'FA rapide', 'cellulite MI droit', 'delirium', 'diabète type 2 mal contrôlé', 'néo du côlon métastatique',
         'chute avec fx hanche G', 'dépression majeure', 'pyélonéphrite']
DX_EN = ['decompensated CHF', 'COPD exacerbation', 'community-acquired pneumonia', 'CKD stage 4', 'rapid AF',
         'R leg cellulitis', 'delirium', 'poorly controlled T2DM', 'metastatic colon ca', 'fall with L hip fx',
         'major depressive disorder', 'pyelonephritis']
MEDS = ['furosémide 40 mg die', 'apixaban 5 mg bid', 'metformine 850 mg bid', 'insuline glargine 22 U HS',
        'hydromorphone 1 mg q4h PRN', 'pantoprazole 40 mg die', 'quétiapine 25 mg HS', 'ramipril 5 mg die',
        'warfarine 3 mg (INR cible 2-3)', 'méthadone 60 mg die']
STREETS = ['rue des Érables', 'boul. Saint-Joseph', 'rue Principale', 'av. du Parc', 'ch. du Lac', 'Maple Ave',
           'Bank St', 'rue Notre-Dame Ouest', 'Elm Street', 'rang Saint-Louis']
CITIES = ['Laval', 'Longueuil', 'Trois-Rivières', 'Gatineau', 'Sherbrooke', 'Ottawa', 'Cornwall', 'Kingston',
          'Rimouski', 'Saint-Jérôme']

DISCL_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez "
            "reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCL_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, "
            "please notify the sender and delete it.")


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.nams = []
        for line in open(NAMFILE, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            s, g, d, sex, nam = line.split()
            self.nams.append(dict(sur=s, given=g, dob=d, sex=sex, nam=nam))
        self.r.shuffle(self.nams)
        self.nam_i = 0
        self.msgid = 0

    # ---- people
    def staff(self):
        r = self.r
        sex = r.choice('FM')
        g = r.choice(FIRST_F if sex == 'F' else FIRST_M)
        s = r.choice(LAST)
        dom = r.choice(ORG_IN)
        addr = (g.split('-')[0][0] + '.' + re.sub(r"[^a-z]", '', s.lower().translate(str.maketrans('éèêô', 'eeeo'))) + '@' + dom).lower()
        addr = addr.translate(str.maketrans('éèêôÉ', 'eeeoe'))
        return dict(given=g, sur=s, sex=sex, addr=addr, name=f'{g} {s}')

    def outside(self):
        r = self.r
        g = r.choice(FIRST_F + FIRST_M)
        s = r.choice(LAST)
        dom = r.choice(ORG_OUT)
        loc = re.sub(r'[^a-z.]', '', (g + '.' + s).lower().translate(str.maketrans('éèêôÉ', 'eeeoe')))
        return dict(given=g, sur=s, addr=f'{loc}@{dom}', name=f'{g} {s}')

    def nam_patient(self):
        p = dict(self.nams[self.nam_i % len(self.nams)])
        self.nam_i += 1
        return p

    def gen_patient(self):
        r = self.r
        sex = r.choice('FM')
        g = r.choice(FIRST_F if sex == 'F' else FIRST_M)
        y = r.randint(1935, 2015)
        d = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
        return dict(sur=r.choice(LAST), given=g, dob=d.isoformat(), sex=sex)

    # ---- identifiers
    def sin(self):
        while True:
            base = str(self.r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(self.r.randint(0, 9)) for _ in range(7))
            v = base + luhn.calc_check_digit(base)
            if ca_sin.is_valid(v):
                return v

    def ohip(self):
        while True:
            base = str(self.r.randint(1, 9)) + ''.join(str(self.r.randint(0, 9)) for _ in range(8))
            v = base + luhn.calc_check_digit(base)
            if luhn.is_valid(v):
                return v

    def niss(self, dob, sex):
        y, m, d = dob.split('-')
        while True:
            seq = self.r.randint(1, 997)
            if (seq % 2 == 1) != (sex == 'M'):
                seq += 1
            first = y[2:] + m + d + '%03d' % seq
            n = int(('2' if int(y) >= 2000 else '') + first)
            v = first + '%02d' % (97 - n % 97)
            if be_nn.is_valid(v):
                return v

    def nir(self, dob, sex):
        y, m, d = dob.split('-')
        while True:
            first = ('1' if sex == 'M' else '2') + y[2:] + m + self.r.choice(['69', '75', '13', '38']) + \
                '%03d' % self.r.randint(1, 300) + '%03d' % self.r.randint(1, 400)
            v = first + '%02d' % (97 - int(first) % 97)
            if fr_nir.is_valid(v):
                return v

    def mrn(self):
        r = self.r
        k = r.randint(0, 3)
        if k == 0:
            return '%07d' % r.randint(1000000, 9999999)
        if k == 1:
            return '%08d' % r.randint(10000000, 99999999)
        if k == 2:
            return r.choice('HKMS') + '%07d' % r.randint(0, 9999999)
        return 'CHU-' + '%06d' % r.randint(0, 999999)

    def date(self):
        base = datetime.datetime(2026, 9, 1, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
        return base + datetime.timedelta(minutes=self.r.randint(0, 60 * 24 * 90))

    def next_msgid(self, dom):
        self.msgid += 1
        h = hashlib.sha1(f'{self.msgid}'.encode()).hexdigest()[:16]
        return f'<{h}.{self.msgid}@{dom}>'


FW = str.maketrans('0123456789', '０１２３４５６７８９')


def spell(v, style):
    if style == 'space' and len(v) == 12:
        return f'{v[:4]} {v[4:8]} {v[8:]}'
    if style == 'space':
        return ' '.join(v[i:i + 3] for i in range(0, len(v), 3))
    if style == 'dot':
        return '.'.join(v[i:i + 4] for i in range(0, len(v), 4))
    if style == 'hyph':
        return '-'.join(v[i:i + 3] for i in range(0, len(v), 3))
    if style == 'fw':
        return v.translate(FW)
    return v


def fmt_nam(v, r):
    return spell(v, r.choice(['plain', 'plain', 'space', 'space', 'dot', 'hyph', 'fw']))


def fmt_dob(d, lang, r):
    y, m, dd = d.split('-')
    k = r.randint(0, 2)
    if k == 0:
        return d
    if k == 1:
        return f'{dd}/{m}/{y}'
    mo_fr = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
    mo_en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return f'{int(dd)} {mo_fr[int(m)-1]} {y}' if lang == 'fr' else f'{mo_en[int(m)-1]} {int(dd)}, {y}'


def sig(p, lang, r, org=None):
    title = r.choice(['MD, FRCPC', 'inf. clinicienne', 'B.Sc.inf.', 'agente administrative', 'pharmacien',
                      'T.S.', 'MD', 'RN', 'coordonnatrice', 'Ph.D.'])
    serv = r.choice(SERV_FR if lang == 'fr' else SERV_EN)
    ph = f'514-555-{r.randint(1000, 9999)}' if r.random() < .6 else f'613-555-{r.randint(1000, 9999)}'
    site = r.choice(['CHU Exemple – Pavillon Sainte-Anne', 'CISSS de la Rivière', 'Hôpital Saint-Laurent'])
    lines = ['--', f'{p["name"]}, {title}', serv, site,
             (f'Tél. {ph} poste {r.randint(2000, 7999)}' if lang == 'fr' else f'Tel {ph} ext. {r.randint(2000, 7999)}')]
    if r.random() < .5:
        lines += ['', DISCL_FR if lang == 'fr' else DISCL_EN]
    return '\n'.join(lines)


# ---------------------------------------------------------------- attachments
FIXED_ZIP_DT = (2026, 1, 1, 0, 0, 0)


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            b = zin.read(name)
            if name == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-01-01T00:00:00Z', b)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, b)
    return out.getvalue()


def make_pdf(lines, title):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title)
    c.setFont('Helvetica', 10)
    y -= 28
    for ln in lines:
        c.drawString(60, y, ln[:100])
        y -= 15
        if y < 60:
            c.showPage()
            c.setFont('Helvetica', 10)
            y = 740
    c.save()
    return buf.getvalue()


def make_docx(lines, title):
    import docx
    d = docx.Document()
    d.core_properties.author = 'CHU Exemple'
    d.core_properties.created = datetime.datetime(2026, 1, 1)
    d.core_properties.modified = datetime.datetime(2026, 1, 1)
    d.add_heading(title, 1)
    for ln in lines:
        d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(rows, title):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = 'CHU Exemple'
    wb.properties.created = datetime.datetime(2026, 1, 1)
    wb.properties.modified = datetime.datetime(2026, 1, 1)
    ws = wb.active
    ws.title = title[:30]
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, b in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return out.getvalue()


def make_ics(summary, desc, start, org, attendees, location, uid, method='REQUEST', seq=0):
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    end = start + datetime.timedelta(minutes=60)
    f = '%Y%m%dT%H%M%SZ'
    L = ['BEGIN:VCALENDAR', 'PRODID:-//CHU Exemple//Agenda//FR', 'VERSION:2.0', f'METHOD:{method}', 'BEGIN:VEVENT',
         f'UID:{uid}', f'SEQUENCE:{seq}',
         'DTSTAMP:' + start.astimezone(datetime.timezone.utc).strftime(f),
         'DTSTART:' + start.astimezone(datetime.timezone.utc).strftime(f),
         'DTEND:' + end.astimezone(datetime.timezone.utc).strftime(f),
         'SUMMARY:' + esc(summary), 'DESCRIPTION:' + esc(desc), 'LOCATION:' + esc(location),
         f'ORGANIZER;CN={org["name"]}:mailto:{org["addr"]}']
    for a in attendees:
        L.append(f'ATTENDEE;CN={a["name"]};ROLE=REQ-PARTICIPANT:mailto:{a["addr"]}')
    L += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in L:   # fold at 74 octets-ish (chars)
        while len(ln) > 74:
            out.append(ln[:74])
            ln = ' ' + ln[74:]
        out.append(ln)
    return '\r\n'.join(out) + '\r\n'


def make_vcf(p, phone, addr_line, note):
    return ('BEGIN:VCARD\r\nVERSION:3.0\r\n'
            f'N:{p["sur"]};{p["given"]};;;\r\nFN:{p["given"]} {p["sur"]}\r\n'
            f'TEL;TYPE=HOME:{phone}\r\nADR;TYPE=HOME:;;{addr_line};;;;Canada\r\n'
            f'NOTE:{note}\r\nEND:VCARD\r\n')


# ---------------------------------------------------------------- content: positives
def pat_pick(c, lang, kind=None):
    r = c.r
    kind = kind or ('nam' if lang == 'fr' or r.random() < .35 else r.choice(['ohip', 'mrn', 'sin']))
    if kind == 'nam':
        p = c.nam_patient()
    else:
        p = c.gen_patient()
    p['kind'] = kind
    p['mrn'] = c.mrn()
    if kind == 'ohip':
        p['ohip'] = c.ohip()
    if kind == 'sin':
        p['sin'] = c.sin()
    p['full'] = f'{p["given"]} {p["sur"]}'
    p['age'] = 2026 - int(p['dob'][:4])
    return p


def id_line(p, lang, r, types):
    bits = []
    if p['kind'] == 'nam':
        bits.append(('NAM ' if lang == 'fr' else 'RAMQ ') + fmt_nam(p['nam'], r)); types.add('ramq_nam')
    elif p['kind'] == 'ohip':
        v = p['ohip']
        bits.append('OHIP ' + r.choice([v, f'{v[:4]}-{v[4:7]}-{v[7:]}', f'{v[:4]} {v[4:7]} {v[7:]}']) +
                    r.choice(['', ' ' + r.choice('AB') + r.choice('CKQ')])); types.add('ca_health_number')
    elif p['kind'] == 'sin':
        v = p['sin']
        bits.append(('NAS ' if lang == 'fr' else 'SIN ') + r.choice([v, f'{v[:3]} {v[3:6]} {v[6:]}', f'{v[:3]}-{v[3:6]}-{v[6:]}'])); types.add('ca_sin')
    if p['kind'] == 'mrn' or r.random() < .7:
        bits.append(('dossier ' if lang == 'fr' else 'MRN ') + p['mrn']); types.add('mrn')
    if r.random() < .6:
        bits.append(('DDN ' if lang == 'fr' else 'DOB ') + fmt_dob(p['dob'], lang, r)); types.add('date_of_birth')
    return ', '.join(bits)


def pname(p, r):
    k = r.randint(0, 4)
    if k == 0:
        return f'{p["sur"].upper()}, {p["given"]}'
    if k == 1:
        return f'{"Mme" if p["sex"] == "F" else "M."} {p["full"]}'
    return p['full']


def P_referral(c, lang):
    r = c.r; p = pat_pick(c, lang); t = {'patient_name', 'diagnosis'}
    i = id_line(p, lang, r, t)
    if lang == 'fr':
        dx = r.choice(DX_FR)
        subj = r.choice([f'Demande de consultation – {p["sur"]}', 'Référence en ' + r.choice(SERV_FR).lower(), 'consult svp'])
        body = (f"Bonjour Dr {c.outside()['sur']},\n\nJe vous réfère {pname(p, r)} ({i}), {p['age']} ans, pour {dx}. "
                f"{'Elle' if p['sex']=='F' else 'Il'} est suivi{'e' if p['sex']=='F' else ''} chez nous depuis {r.randint(2,9)} ans. "
                f"Rx actuelle : {r.choice(MEDS)}, {r.choice(MEDS)}.\nPriorité {r.choice('ABC')}. Merci de nous aviser du RV.\n")
        t.add('medication')
    else:
        dx = r.choice(DX_EN)
        subj = r.choice([f'Referral: {p["sur"]}', 'New referral – ' + r.choice(SERV_EN), 'consult request'])
        body = (f"Dear Dr. {c.outside()['sur']},\n\nThank you for seeing {pname(p, r)} ({i}), a {p['age']}-year-old "
                f"{'woman' if p['sex']=='F' else 'man'} with {dx}. Recent creatinine {r.randint(90, 310)} umol/L. "
                f"Please book at your earliest convenience.\n")
        t.add('lab_result')
    return dict(subj=subj, body=body, types=t, note='referral naming a patient with identifiers and diagnosis', p=p)


def P_signout(c, lang):
    r = c.r; t = {'patient_name', 'diagnosis'}; rows = []
    for k in range(r.randint(3, 5)):
        p = pat_pick(c, lang, r.choice(['nam', 'mrn', 'mrn']))
        ch = f'{r.randint(1,40)}{r.choice("ABCD")}'
        idv = p['mrn']; t.add('mrn')
        if p['kind'] == 'nam' and r.random() < .5:
            idv = fmt_nam(p['nam'], r); t.add('ramq_nam')
        dx = r.choice(DX_FR if lang == 'fr' else DX_EN)
        rows.append(f'- ch {ch} {p["sur"].upper()} {p["given"][0]}. ({idv}) {dx} – ' +
                    (r.choice(['suivre K+ ce soir', 'NPO minuit', 'hémocultures à relancer', 'famille à rappeler', 'RAS'])
                     if lang == 'fr' else r.choice(['f/u K+ tonight', 'NPO after midnight', 'repeat cultures', 'call family', 'stable'])))
    if lang == 'fr':
        subj = f'Liste de garde {r.choice(["7e", "4B", "USI", "médecine"])} – {r.choice(["soir", "nuit", "fds"])}'
        body = 'Salut,\nvoici la liste pour ce soir :\n\n' + '\n'.join(rows) + '\n\nbonne garde\n'
    else:
        subj = f'Sign-out {r.choice(["7W", "CCU", "GIM team B", "4 North"])} tonight'
        body = 'Hi,\nsign-out below:\n\n' + '\n'.join(rows) + '\n\nthanks, page if needed\n'
    return dict(subj=subj, body=body, types=t, note='sign-out list of inpatients with identifiers and problems')


def P_lab(c, lang):
    r = c.r; p = pat_pick(c, lang); t = {'patient_name', 'lab_result'}
    i = id_line(p, lang, r, t)
    val = r.choice([('K+', f'{r.uniform(6.3, 7.4):.1f} mmol/L'), ('Hb', f'{r.randint(52, 68)} g/L'),
                    ('INR', f'{r.uniform(5.5, 9):.1f}'), ('troponine hs' if lang == 'fr' else 'hs-troponin', f'{r.randint(300, 2400)} ng/L')])
    if lang == 'fr':
        subj = r.choice(['Valeur critique', f'VALEUR CRITIQUE {val[0]}', 'Résultat labo à voir'])
        body = (f'Bonjour,\nValeur critique pour {pname(p, r)} ({i}) : {val[0]} {val[1]} prélevé ce matin.\n'
                f'Merci de rappeler le labo au 450-555-{r.randint(1000,9999)} pour confirmer la prise en charge.\n')
    else:
        subj = r.choice(['Critical value', f'CRITICAL {val[0]}', 'lab result - please review'])
        body = (f'Hello,\nCritical value for {pname(p, r)} ({i}): {val[0]} {val[1]}, drawn this morning.\n'
                f'Please call back the lab at 613-555-{r.randint(1000,9999)} to acknowledge.\n')
    return dict(subj=subj, body=body, types=t, note='critical lab value for a named patient', p=p)


def P_transport(c, lang):
    r = c.r; p = pat_pick(c, lang); t = {'patient_name', 'patient_contact'}
    addr = f'{r.randint(10, 9999)} {r.choice(STREETS)}, {r.choice(CITIES)}'
    tel = f'{r.choice(["450", "514", "819", "613"])}-555-{r.randint(1000,9999)}'
    if lang == 'fr':
        subj = r.choice(['Transport adapté demande', 'Demande SAD', 'transport retour domicile'])
        body = (f'Bonjour,\nTransport requis pour {pname(p, r)} le {r.randint(1,28)} pour sa dialyse.\n'
                f'Adresse : {addr}\nTél. domicile : {tel}\nFauteuil roulant, {r.choice(["O2 2 L", "accompagnateur", "aucun besoin spécial"])}.\nMerci\n')
    else:
        subj = r.choice(['Transport request', 'Home care referral', 'discharge home - transport'])
        body = (f'Hi,\nPlease arrange transport for {pname(p, r)} on the {r.randint(1,28)}th for chemotherapy.\n'
                f'Home address: {addr}\nHome phone: {tel}\nWheelchair, {r.choice(["on 2L O2", "needs escort", "no special needs"])}.\nThanks\n')
    t.add('diagnosis')
    return dict(subj=subj, body=body, types=t, note='transport/home-care request with patient name, home address and phone', p=p)


def P_social(c, lang):
    r = c.r; p = pat_pick(c, lang); t = {'patient_name', 'social_information'}
    i = id_line(p, lang, r, t)
    if lang == 'fr':
        s = r.choice(['signalement DPJ en cours pour les enfants', "sans domicile fixe depuis 3 mois, demande d'hébergement",
                      'victime de violence conjugale, plan de sécurité fait', 'prestataire aide sociale, pas de médicaments couverts',
                      'suivi au CRD pour trouble lié aux opioïdes'])
        subj = r.choice(['Suivi TS', 'Travail social – congé complexe', 'confidentiel - situation sociale'])
        body = f'Bonjour,\nPour {pname(p, r)} ({i}) : {s}.\nOn pourrait en discuter demain à la réunion interdisciplinaire?\n'
    else:
        s = r.choice(['CAS involved, custody hearing next week', 'currently homeless, shelter bed requested',
                      'disclosed intimate partner violence, safety plan done', 'on ODSP, cannot afford meds',
                      'recently released from incarceration, no family doctor'])
        subj = r.choice(['SW follow-up', 'Social work - complex discharge', 'confidential - social situation'])
        body = f'Hi,\nRe {pname(p, r)} ({i}): {s}.\nCan we discuss at tomorrow\'s interdisciplinary rounds?\n'
    return dict(subj=subj, body=body, types=t, note='social work note on an identified patient', p=p)


def P_medrec(c, lang):
    r = c.r; p = pat_pick(c, lang); t = {'patient_name', 'medication'}
    i = id_line(p, lang, r, t)
    meds = '\n'.join('  * ' + m for m in r.sample(MEDS, 4))
    if lang == 'fr':
        subj = r.choice(['Bilan comparatif des médicaments', 'BCM à valider', 'Rx au congé'])
        body = f'Bonjour,\nVoici le BCM de {pname(p, r)} ({i}) au congé :\n{meds}\nCessé : AINS (IRA). Merci de mettre à jour le profil.\n'
    else:
        subj = r.choice(['Medication reconciliation', 'Med rec at discharge', 'discharge Rx'])
        body = f'Hello,\nDischarge med rec for {pname(p, r)} ({i}):\n{meds}\nStopped: NSAID (AKI). Please update the profile.\n'
    return dict(subj=subj, body=body, types=t, note='medication reconciliation for a named patient', p=p)


def P_booking(c, lang):
    r = c.r; p = pat_pick(c, lang); t = {'patient_name'}
    i = id_line(p, lang, r, t)
    ex = r.choice(['coloscopie', 'IRM cérébrale', 'écho cardiaque', 'TDM thorax']) if lang == 'fr' else r.choice(['colonoscopy', 'brain MRI', 'echo', 'CT chest'])
    t.add('diagnosis')
    if lang == 'fr':
        subj = r.choice([f'RV {ex} – {p["sur"]}', 'report de rendez-vous', f'{p["full"]} {ex}'])
        body = f'Bonjour,\nPouvez-vous déplacer la {ex} de {pname(p, r)} ({i}) ? {"Elle" if p["sex"]=="F" else "Il"} est hospitalisé{"e" if p["sex"]=="F" else ""} jusqu\'à vendredi.\nMerci\n'
    else:
        subj = r.choice([f'Booking {ex} – {p["sur"]}', 'reschedule appt', f'{p["full"]} {ex}'])
        body = f'Hi,\nCould you move the {ex} for {pname(p, r)} ({i})? {"She" if p["sex"]=="F" else "He"} is admitted until Friday.\nThanks\n'
    return dict(subj=subj, body=body, types=t, note='booking request for a named patient and exam', p=p)


def P_billing(c, lang):
    r = c.r; p = pat_pick(c, lang, r.choice(['sin', 'ohip', 'nam'])); t = {'patient_name'}
    i = id_line(p, lang, r, t)
    if lang == 'fr':
        subj = r.choice(['Facturation – assurance', 'réclamation CNESST', 'facture non couverte'])
        body = f'Bonjour,\nRéclamation pour {pname(p, r)} ({i}), hospitalisation du {r.randint(1,28)}/0{r.randint(1,9)} pour {r.choice(DX_FR)}. Montant dû : {r.randint(300,9000)},00 $.\n'
    else:
        subj = r.choice(['Billing - insurer', 'WSIB claim', 'uninsured services invoice'])
        body = f'Hello,\nClaim for {pname(p, r)} ({i}), admission on {r.randint(1,28)}/0{r.randint(1,9)} for {r.choice(DX_EN)}. Amount due: ${r.randint(300,9000)}.00\n'
    t.add('diagnosis')
    return dict(subj=subj, body=body, types=t, note='insurance/billing message with patient identifiers and diagnosis', p=p)


def P_eu(c, lang):
    r = c.r; p = c.gen_patient(); p['full'] = f'{p["given"]} {p["sur"]}'; t = {'patient_name', 'diagnosis'}
    if r.random() < .5:
        v = c.niss(p['dob'], p['sex']); idt = 'NISS ' + r.choice([v, f'{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}']); t.add('be_niss'); where = 'CHR Liège'
    else:
        v = c.nir(p['dob'], p['sex']); idt = 'NIR ' + r.choice([v, f'{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}']); t.add('fr_nir'); where = 'CH Lyon-Est'
    if lang == 'fr':
        subj = 'Transfert de dossier – patient(e) en provenance de ' + where
        body = f'Chère consœur, cher confrère,\nSuite au transfert de {pname(p, r)} ({idt}), je vous transmets le résumé : {r.choice(DX_FR)}, traité par {r.choice(MEDS)}.\nBien confraternellement,\n'
    else:
        subj = 'Records transfer – patient from ' + where
        body = f'Dear colleague,\nFollowing the transfer of {pname(p, r)} ({idt}), summary: {r.choice(DX_EN)}, treated with {r.choice(MEDS)}.\nBest regards,\n'
    t.add('medication')
    return dict(subj=subj, body=body, types=t, note='European patient transfer with NISS/NIR', p=p)


def P_research(c, lang):
    r = c.r; p = pat_pick(c, lang); t = {'patient_name'}
    i = id_line(p, lang, r, t)
    sid = f'SUJ-{r.randint(100,999)}'
    if lang == 'fr':
        subj = f'Étude {r.choice(["CARDIO-Q", "REIN+", "PALLIA"])} – visite {r.randint(2,6)}'
        body = f'Bonjour,\nLe sujet {sid} = {pname(p, r)} ({i}) a eu un EIG ({r.choice(DX_FR)}). Déclaration au CÉR à faire avant vendredi.\n'
    else:
        subj = f'{r.choice(["HEART-ON", "KIDNEY-2", "PALLIA"])} study – visit {r.randint(2,6)}'
        body = f'Hi,\nSubject {sid} is {pname(p, r)} ({i}); SAE reported ({r.choice(DX_EN)}). REB report due Friday.\n'
    t.add('diagnosis')
    return dict(subj=subj, body=body, types=t, note='research coordination linking a study subject to a named patient', p=p)


def P_subject_only(c, lang):
    r = c.r; p = pat_pick(c, lang, 'nam'); t = {'patient_name', 'ramq_nam', 'diagnosis'}
    dx = r.choice(DX_FR if lang == 'fr' else DX_EN)
    subj = f'{p["sur"]} {p["given"]} {p["nam"]} - {dx}'
    body = r.choice(['voir objet, merci de rappeler', 'cf objet', 'FYI', 'see subject, pls call back']) + '\n'
    return dict(subj=subj, body=body, types=t, note='patient name, NAM and diagnosis in the Subject only', p=p)


def P_split(c, lang):
    r = c.r; p = pat_pick(c, lang, 'nam'); t = {'patient_name', 'ramq_nam'}
    subj = f'{pname(p, r)}' + (' – suivi' if lang == 'fr' else ' – follow up')
    v = p['nam']
    body = ((f'Son NAM :\n{v[:6]}\n{v[6:]}\n(coupé pour le filtre lol)\nRésultat : HbA1c {r.uniform(8.5, 11.9):.1f} %.\n')
            if lang == 'fr' else (f'Her/his RAMQ:\n{v[:6]}\n{v[6:]}\nHbA1c {r.uniform(8.5, 11.9):.1f}%.\n'))
    t.add('lab_result')
    return dict(subj=subj, body=body, types=t, note='name in Subject, NAM split across lines in body, with lab result', p=p)


POS_CORE = [P_referral, P_signout, P_lab, P_transport, P_social, P_medrec, P_booking, P_billing, P_eu, P_research,
            P_subject_only, P_split]


def patient_attachment(c, lang, d):
    """Build an attachment carrying the confidential content of d; return (filename, maintype, subtype, bytes)."""
    r = c.r
    lines = d['body'].strip().split('\n')
    kind = r.choice(['pdf', 'docx', 'xlsx', 'csv', 'vcf', 'zip'])
    if kind == 'vcf' and not d.get('p'):
        kind = 'pdf'
    title = 'Résumé de dossier' if lang == 'fr' else 'Patient summary'
    base = re.sub(r'[^A-Za-z0-9]+', '_', d['subj'])[:30] or 'document'
    if kind == 'pdf':
        return (base + '.pdf', 'application', 'pdf', make_pdf([d['subj']] + lines, title))
    if kind == 'docx':
        return (base + '.docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx([d['subj']] + lines, title))
    if kind == 'xlsx':
        return (base + '.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                make_xlsx([[d['subj']]] + [[ln] for ln in lines], 'Feuil1' if lang == 'fr' else 'Sheet1'))
    if kind == 'csv':
        return (base + '.csv', 'text', 'csv', ('\n'.join('"' + ln.replace('"', "'") + '"' for ln in [d['subj']] + lines) + '\n').encode('utf-8'))
    if kind == 'vcf':
        p = d['p']
        v = make_vcf(p, f'450-555-{r.randint(1000,9999)}', f'{r.randint(10,999)} {r.choice(STREETS)}',
                     ('Patient - ' if lang == 'fr' else 'Patient - ') + ' '.join(lines)[:120])
        d['types'] |= {'patient_contact'}
        return (f'{p["sur"]}_{p["given"]}.vcf'.encode('ascii', 'ignore').decode(), 'text', 'vcard', v.encode('utf-8'))
    return (base + '.zip', 'application', 'zip', make_zip([('resume.pdf', make_pdf([d['subj']] + lines, title))]))


# ---------------------------------------------------------------- content: negatives
def N_hr(c, lang):
    r = c.r; s = [c.staff() for _ in range(5)]
    rows = '\n'.join(f'{x["sur"].upper()} {x["given"][0]}. – {r.choice(["J", "S", "N", "off", "congé"])} ' +
                     f'(matricule {r.randint(100000, 999999)})' for x in s)
    if lang == 'fr':
        return dict(subj=f'Horaire infirmier {r.choice(["7e", "4B", "USI"])} – période {r.randint(1,13)}',
                    body=f'Bonjour à toutes et tous,\nvoici l\'horaire :\n{rows}\n{s[0]["given"]} est en congé maladie jusqu\'au {r.randint(1,28)}; remplacement par l\'équipe volante.\n',
                    types=set(), note='staff schedule with employee numbers and a staff sick leave')
    return dict(subj=f'Nursing schedule {r.choice(["7W", "ICU", "4N"])} – block {r.randint(1,13)}',
                body=f'Hi all,\nschedule below:\n{rows}\n{s[0]["given"]} is on sick leave until the {r.randint(1,28)}th; float pool covering.\n',
                types=set(), note='staff schedule with employee numbers and a staff sick leave')


def N_invoice(c, lang):
    r = c.r; po = c.sin()   # Luhn-valid look-alike used as a PO number
    lot = f'LOT {r.randint(10000,99999)}{r.choice("ABC")}'
    if lang == 'fr':
        return dict(subj=f'Facture {r.randint(10000,99999)} – bon de commande {po}', body=(
            f'Bonjour,\nCi-joint la facture pour le bon de commande {po}.\n200 x cathéters IV 20G, {lot}\n'
            f'Total : {r.randint(500,9000)},{r.randint(10,99)} $ (TPS/TVQ incluses)\nPaiement net 30 jours.\n'),
            types=set(), note='supplier invoice; PO number passes a checksum')
    return dict(subj=f'Invoice {r.randint(10000,99999)} – PO {po}', body=(
        f'Hello,\nPlease find the invoice for PO {po}.\n200 x IV catheters 20G, {lot}\nTotal: ${r.randint(500,9000)}.{r.randint(10,99)} (HST incl.)\nNet 30.\n'),
        types=set(), note='supplier invoice; PO number passes a checksum')


def N_stats(c, lang):
    r = c.r
    if lang == 'fr':
        return dict(subj='Tableau de bord hebdo – éclosion', body=(
            f'Bonjour,\nCette semaine : {r.randint(3,15)} cas d\'influenza à l\'unité 4B, {r.randint(1,6)} cas de C. difficile, '
            f'{r.randint(20,60)} patients diabétiques suivis en clinique externe. Taux d\'occupation {r.randint(95,120)} %.\n'),
            types=set(), note='aggregate outbreak and occupancy statistics')
    return dict(subj='Weekly dashboard – outbreak', body=(
        f'Hi,\nThis week: {r.randint(3,15)} influenza cases on 4B, {r.randint(1,6)} C. diff cases, {r.randint(20,60)} diabetic patients '
        f'followed in clinic. Occupancy {r.randint(95,120)}%.\n'), types=set(), note='aggregate outbreak and occupancy statistics')


def N_teaching(c, lang):
    r = c.r
    if lang == 'fr':
        return dict(subj='Cas clinique – club de lecture mardi', body=(
            f'Bonjour,\nCas pour mardi : un homme de {r.randint(50,80)} ans se présente pour dyspnée progressive, œdème MI, '
            f'BNP à {r.randint(800,3000)}. Quelle est votre prise en charge ? Références en pj du Dr {c.staff()["sur"]}.\n'),
            types=set(), note='anonymised teaching case')
    return dict(subj='Case of the week – journal club', body=(
        f'Hi all,\nCase: a {r.randint(50,80)}-year-old woman presents with fever and flank pain, creatinine {r.randint(100,250)}. '
        f'What next? Slides by Dr. {c.staff()["sur"]}.\n'), types=set(), note='anonymised teaching case')


def N_it(c, lang):
    r = c.r; nas = f'NAS-{r.choice(["CLIN", "ADM", "RX"])}{r.randint(1,9)}'
    imei = ''.join(str(r.randint(0, 9)) for _ in range(14)); imei += luhn.calc_check_digit(imei)
    if lang == 'fr':
        return dict(subj=f'Panne planifiée – {nas}', body=(
            f'Bonjour,\nLe {nas} (stockage réseau) sera indisponible samedi de 22 h à 2 h. Le cellulaire de garde (IMEI {imei}) '
            f'est remplacé. Billet #{r.randint(100000,999999)}.\nSoutien TI – poste 4357\n'), types=set(), note='IT outage notice; NAS means network storage; IMEI look-alike')
    return dict(subj=f'Planned outage – {nas}', body=(
        f'Hello,\n{nas} (network storage) will be down Saturday 22:00–02:00. On-call phone (IMEI {imei}) replaced. '
        f'Ticket #{r.randint(100000,999999)}.\nIT Service Desk ext. 4357\n'), types=set(), note='IT outage notice; IMEI look-alike')


def N_facilities(c, lang):
    r = c.r
    if lang == 'fr':
        return dict(subj=r.choice(['Stationnement P3 fermé', 'Menu cafétéria semaine', 'Travaux ascenseur pavillon B']), body=(
            f'Bonjour,\n{r.choice(["Le stationnement P3 sera fermé", "Les ascenseurs 3 et 4 seront hors service", "La cafétéria fermera à 14 h"])} '
            f'le {r.randint(1,28)}. Merci de votre compréhension.\nServices techniques, 514-555-{r.randint(1000,9999)}\n'), types=set(), note='facilities notice')
    return dict(subj=r.choice(['P3 parking closed', 'Cafeteria menu', 'Elevator work, wing B']), body=(
        f'Hello,\n{r.choice(["P3 parking will be closed", "Elevators 3 and 4 will be out of service", "The cafeteria closes at 2 pm"])} '
        f'on the {r.randint(1,28)}th.\nFacilities, 613-555-{r.randint(1000,9999)}\n'), types=set(), note='facilities notice')


def N_job(c, lang):
    r = c.r
    if lang == 'fr':
        return dict(subj=f'Affichage de poste #{r.randint(2026001, 2026999)} – infirmière clinicienne', body=(
            f'Poste permanent temps complet, {r.choice(SERV_FR)}. Exigences : B.Sc.inf., OIIQ. Date limite : le {r.randint(1,28)}.\n'),
            types=set(), note='job posting')
    return dict(subj=f'Job posting #{r.randint(2026001, 2026999)} – Clinical Nurse', body=(
        f'Permanent full-time, {r.choice(SERV_EN)}. Requirements: BScN, CNO registration. Closing date: the {r.randint(1,28)}th.\n'),
        types=set(), note='job posting')


def N_staff_disease(c, lang):
    r = c.r; d = c.staff()
    if lang == 'fr':
        return dict(subj='Clinique d\'insuffisance cardiaque – nouveau médecin', body=(
            f'Bonjour,\nLa Dre {d["sur"]} se joint à la clinique d\'insuffisance cardiaque et de FA. Elle traitera aussi l\'IRC stade 4. '
            f'Le Dr {c.staff()["sur"]} (MPOC) sera au congrès la semaine prochaine.\n'), types=set(), note='physicians named next to diseases they treat')
    return dict(subj='Heart failure clinic – new physician', body=(
        f'Hi,\nDr. {d["sur"]} joins the heart failure and AF clinic and will also see CKD stage 4 referrals. '
        f'Dr. {c.staff()["sur"]} (COPD) is away at a conference next week.\n'), types=set(), note='physicians named next to diseases they treat')


def N_committee(c, lang):
    r = c.r
    if lang == 'fr':
        return dict(subj='Comité de pharmacologie – ordre du jour', body=(
            '1. Adoption du PV\n2. Pénurie de pipéracilline-tazobactam\n3. Protocole insuline sous-cutanée (révision)\n4. Divers\n'),
            types=set(), note='committee agenda about drugs')
    return dict(subj='P&T committee – agenda', body=(
        '1. Minutes\n2. Piperacillin-tazobactam shortage\n3. Subcutaneous insulin protocol (revision)\n4. Other\n'),
        types=set(), note='committee agenda about drugs')


def N_blankform(c, lang):
    r = c.r
    if lang == 'fr':
        return dict(subj='Nouveau formulaire de consultation', body=(
            'Bonjour,\nVoici le gabarit à utiliser :\nNom du patient : ____________\nNAM : ____ ____ ____\nDDN : AAAA-MM-JJ\nMotif : ________\n'),
            types=set(), note='blank referral form template')
    return dict(subj='New referral form', body=(
        'Hello,\nTemplate to use:\nPatient name: ____________\nHealth number: ____-___-___\nDOB: YYYY-MM-DD\nReason: ________\n'),
        types=set(), note='blank referral form template')


def N_conference(c, lang):
    r = c.r; sp = [c.staff() for _ in range(3)]
    if lang == 'fr':
        body = 'Programme de la journée scientifique\n' + '\n'.join(
            f'{8+i}h00 – Dr {s["name"]} : {t}' for i, (s, t) in enumerate(zip(sp, ['Prise en charge du diabète en 2026', 'Sepsis à l\'urgence', 'Nouveaux anticoagulants'])))
        return dict(subj='Journée scientifique – programme', body=body + '\n', types=set(), note='conference programme with speakers and topics')
    body = 'Grand Rounds programme\n' + '\n'.join(
        f'{8+i}:00 – Dr. {s["name"]}: {t}' for i, (s, t) in enumerate(zip(sp, ['Diabetes care in 2026', 'Sepsis in the ED', 'New anticoagulants'])))
    return dict(subj='Grand Rounds – programme', body=body + '\n', types=set(), note='conference programme with speakers and topics')


def N_short(c, lang):
    r = c.r
    t = r.choice(['ok merci', 'Parfait, je confirme pour jeudi.', 'Je serai en retard de 10 min à la réunion.', 'vu, merci!']
                 if lang == 'fr' else ['thanks', 'Sounds good, see you Thursday.', 'Running 10 min late for the meeting.', 'got it'])
    return dict(subj=r.choice(['Réunion jeudi', 'RE: présentation', 'suivi']) if lang == 'fr' else r.choice(['Thursday meeting', 'slides', 'follow up']),
                body=t + '\n', types=set(), note='ordinary short mail')


NEG_CORE = [N_hr, N_invoice, N_stats, N_teaching, N_it, N_facilities, N_job, N_staff_disease, N_committee, N_blankform,
            N_conference, N_short]


def N_digest(c, lang):
    r = c.r
    items_fr = ['Rappel : vaccination antigrippale du personnel', 'Avis de santé publique : hausse des cas de rougeole en Montérégie',
                'Bulletin pharmaco : nouvelle indication du sémaglutide', 'Alerte Santé Canada : rappel de lots de lancettes',
                'Formation : RCR le 14', 'Statistiques : 34 cas de COVID-19 hospitalisés dans la région']
    items_en = ['Reminder: staff flu shots', 'Public health advisory: measles cases rising in Eastern Ontario',
                'Drug bulletin: new semaglutide indication', 'Health Canada recall: lancet lots',
                'Training: CPR on the 14th', 'Stats: 34 COVID-19 inpatients in the region']
    items = r.sample(items_fr if lang == 'fr' else items_en, 4)
    lst = 'liste-info-clinique@lists.chu-exemple.example'
    parts = []
    for k, it in enumerate(items, 1):
        parts.append(f'Message: {k}\nDate: {r.randint(1,28)} Sep 2026\nFrom: {c.staff()["addr"]}\nSubject: {it}\n\n{it}. ' +
                     ('Détails sur l\'intranet.' if lang == 'fr' else 'Details on the intranet.') + '\n')
    head = (f'Envoyez vos messages à {lst}\n\nSujets du jour :\n' if lang == 'fr' else f'Send submissions to {lst}\n\nToday\'s topics:\n')
    head += '\n'.join(f'  {k}. {it}' for k, it in enumerate(items, 1)) + '\n\n' + '-' * 60 + '\n'
    return dict(subj=f'Info-Clinique Digest, Vol {r.randint(10,30)}, Numéro {r.randint(1,99)}' if lang == 'fr' else f'Clinical-Info Digest, Vol {r.randint(10,30)}, Issue {r.randint(1,99)}',
                body=head + ('\n' + '-' * 60 + '\n').join(parts), types=set(), note='mailing-list digest of bulletins', digest=True)


def OOO(c, lang, me):
    r = c.r; col = c.staff()
    if lang == 'fr':
        b = (f'Bonjour,\nJe suis {"absente" if me.get("sex") == "F" else "absent"} du bureau jusqu\'au {r.randint(1,28)} {r.choice(["septembre", "octobre", "novembre"])}. '
             f'Pour toute urgence, veuillez contacter {col["name"]} ({col["addr"]}, poste {r.randint(2000,7999)}).\n'
             f'Les demandes de consultation peuvent être envoyées au secrétariat.\n\n{me["name"]}\n')
        return dict(subj='Réponse automatique : ' + r.choice(['Réunion comité', 'Consultation', 'horaire']), body=b, types=set(),
                    note='out-of-office reply naming a colleague', auto=True)
    b = (f'Hello,\nI am out of the office until {r.choice(["September", "October", "November"])} {r.randint(1,28)}. '
         f'For urgent matters please contact {col["name"]} ({col["addr"]}, ext. {r.randint(2000,7999)}).\n\n{me["name"]}\n')
    return dict(subj='Automatic reply: ' + r.choice(['Committee meeting', 'Referral', 'schedule']), body=b, types=set(),
                note='out-of-office reply naming a colleague', auto=True)


# ---------------------------------------------------------------- wrappers
def qhead(c, lang, who, dt, subj, outlook):
    if outlook:
        if lang == 'fr':
            return f'De : {who["name"]} <{who["addr"]}>\nEnvoyé : {dt.strftime("%d/%m/%Y %H:%M")}\nÀ : {c.staff()["name"]}\nObjet : {subj}\n'
        return f'From: {who["name"]} <{who["addr"]}>\nSent: {dt.strftime("%A, %B %d, %Y %I:%M %p")}\nTo: {c.staff()["name"]}\nSubject: {subj}\n'
    if lang == 'fr':
        return f'Le {dt.strftime("%d/%m/%Y à %H:%M")}, {who["name"]} <{who["addr"]}> a écrit :\n'
    return f'On {dt.strftime("%a, %b %d, %Y at %I:%M %p")}, {who["name"]} <{who["addr"]}> wrote:\n'


def quote(text, outlook):
    if outlook:
        return text
    return '\n'.join(('>' + ln if ln.startswith('>') else '> ' + ln) if ln else '>' for ln in text.split('\n'))


TOPS_FR = ['ok merci, je regarde ça', 'Bien reçu.', 'Voir plus bas.', 'Je te reviens demain.', 'Parfait merci!',
           'On en reparle à la réunion.', 'Est-ce que qqn a eu un retour?', 'je relance']
TOPS_EN = ['ok thanks, will look', 'Received.', 'See below.', 'Will get back to you tomorrow.', 'Perfect, thanks!',
           "Let's discuss at the meeting.", 'Did anyone hear back?', 'bumping this']


def w_reply(c, lang, d, me, deep):
    r = c.r; outlook = r.random() < .4
    dt = c.date() - datetime.timedelta(days=3)
    orig = c.staff() if r.random() < .5 else c.outside()
    thread = d['body'].rstrip() + '\n\n' + sig(orig, lang, r)
    subj = d['subj']
    n = r.randint(2, 4) if deep else 1
    if deep and d['types']:
        subj = r.choice(['Question', 'Suivi', 'dossier à discuter', 'Réunion de mardi'] if lang == 'fr' else ['Question', 'Follow-up', 'case to discuss', "Tuesday's meeting"])
    for k in range(n):
        who = c.outside() if k % 2 == 0 else c.staff()
        block = qhead(c, lang, orig, dt, subj, outlook)
        thread = (r.choice(TOPS_FR if lang == 'fr' else TOPS_EN) + '\n\n' + (('-' * 30 + '\n') if outlook else '') +
                  block + ('\n' if outlook else '') + quote(thread, outlook))
        if k < n - 1:
            thread += '\n\n' + who['name']
        orig = who
        dt += datetime.timedelta(hours=r.randint(1, 20))
        subj = ('RE: ' if r.random() < .6 else 'Re: ') + re.sub(r'^(RE|Re|TR|Fwd): ', '', subj)
    d['body'] = thread + '\n'
    d['subj'] = subj
    d['sigdone'] = False
    return d


def w_fwd(c, lang, d, me, depth=2):
    r = c.r
    body = d['body'].rstrip() + '\n\n' + sig(c.staff(), lang, r)
    subj = d['subj']
    for k in range(depth):
        who = c.staff() if k else c.outside()
        dt = c.date()
        hdr = ('---------- Message transféré ---------\n' if lang == 'fr' else '---------- Forwarded message ---------\n')
        hdr += (f'De : {who["name"]} <{who["addr"]}>\nDate : {dt.strftime("%d/%m/%Y %H:%M")}\nObjet : {subj}\nÀ : {c.staff()["addr"]}\n'
                if lang == 'fr' else f'From: {who["name"]} <{who["addr"]}>\nDate: {dt.strftime("%a, %b %d, %Y")}\nSubject: {subj}\nTo: {c.staff()["addr"]}\n')
        top = r.choice(['FYI', 'pour info', 'Peux-tu t\'en occuper?', 'À traiter svp'] if lang == 'fr' else ['FYI', 'fyi see below', 'Can you handle?', 'Please action'])
        body = top + '\n\n' + hdr + '\n' + body
        subj = r.choice(['TR: ', 'Fwd: ', 'FW: ']) + subj
    d['body'] = body + '\n'
    d['subj'] = subj
    return d


def mobile_ize(t):
    t = t.lower()
    return re.sub(r"[.,;:!?'’()]", '', t)


def w_mobile(c, lang, d, me):
    r = c.r
    tail = r.choice(['Envoyé de mon iPhone', 'Envoyé de mon cellulaire Samsung Galaxy', 'Sent from my iPhone'] if lang == 'fr'
                    else ['Sent from my iPhone', 'Sent from my BlackBerry', 'Get Outlook for Android'])
    short = len(d['body']) < 400
    if short:
        d['body'] = mobile_ize(d['body']) + '\n' + tail + '\n'
    else:
        top = mobile_ize(r.choice(TOPS_FR if lang == 'fr' else TOPS_EN))
        d['body'] = (top + '\n\n' + tail + '\n\n' + qhead(c, lang, c.staff(), c.date(), d['subj'], False) + quote(d['body'].rstrip(), False) + '\n')
        d['subj'] = 'Re: ' + d['subj']
    d['sigdone'] = True
    return d


def w_ics(c, lang, d, pos, me):
    r = c.r; start = c.date().replace(minute=0)
    att = [c.outside(), c.staff()]
    update = r.random() < .35
    if pos:
        p = d.get('p')
        if not p or 'mrn' not in p:
            p = pat_pick(c, lang)
        if lang == 'fr':
            summ = f'Rencontre familiale – {pname(p, r)} (dossier {p["mrn"]})'
            desc = f'Discussion niveau de soins, {r.choice(DX_FR)}. Famille : fille au 514-555-{r.randint(1000,9999)}.'
        else:
            summ = f'Family meeting – {pname(p, r)} (MRN {p["mrn"]})'
            desc = f'Goals of care discussion, {r.choice(DX_EN)}. Contact: daughter 613-555-{r.randint(1000,9999)}.'
        d['types'] = {'patient_name', 'mrn', 'diagnosis'}
        d['note'] = 'calendar invitation whose event names a patient, chart number and diagnosis'
    else:
        summ = r.choice(['Comité qualité et sécurité', 'Rencontre équipe 7e', 'Formation Epic – module ordonnances'] if lang == 'fr'
                        else ['Quality & Safety Committee', 'Unit 7W team huddle', 'EHR training – orders module'])
        desc = ('Ordre du jour à suivre. Teams : https://teams.example/meet/' + str(r.randint(10**8, 10**9))) if lang == 'fr' else \
               ('Agenda to follow. Teams: https://teams.example/meet/' + str(r.randint(10**8, 10**9)))
        d['note'] = 'calendar invitation for a staff meeting'
    loc = r.choice(['Salle 3.120', 'Room B-214', 'Teams'])
    method = 'REQUEST'
    ics = make_ics(summ, desc, start, me, att, loc, f'{r.randint(10**9, 10**10)}@chu-exemple.example', method, 1 if update else 0)
    pre = ('Mise à jour : ' if update else 'Invitation : ') if lang == 'fr' else ('Updated invitation: ' if update else 'Invitation: ')
    d['subj'] = pre + summ + ' @ ' + start.strftime('%Y-%m-%d %H:%M')
    d['body'] = (f'{summ}\n{start.strftime("%Y-%m-%d %H:%M")} – {loc}\n\n{desc}\n\n' +
                 ('Accepter | Refuser | Peut-être\n' if lang == 'fr' else 'Accept | Decline | Tentative\n'))
    d['ics'] = ics
    d['sigdone'] = True
    d['att_cal'] = r.random() < .5
    return d


def w_drive(c, lang, d, pos, me):
    r = c.r
    if pos:
        p = pat_pick(c, lang, 'nam')
        k = r.randint(0, 2)
        fn = [f'{p["sur"]}_{p["given"]}_{p["nam"]}_sommaire_conge.pdf', f'Consult_{p["sur"].upper()}_{p["given"]}_{p["dob"]}_{r.choice(["IRM", "oncologie", "psychiatrie"])}.docx',
              f'{p["nam"]}_resultats_labo.xlsx'][k]
        d['types'] = [{'patient_name', 'ramq_nam'}, {'patient_name', 'date_of_birth', 'diagnosis'}, {'ramq_nam', 'lab_result'}][k]
        d['note'] = 'shared-drive notification whose file name carries patient identifiers'
    else:
        fn = r.choice(['Horaire_garde_octobre.xlsx', 'PV_comite_qualite_2026-09.docx', 'Budget_unite_7e.xlsx', 'Presentation_grand_rounds.pptx',
                       'Protocole_sepsis_v3.pdf', 'Liste_telephones_cliniques.xlsx'])
        d['types'] = set(); d['note'] = 'shared-drive notification for an administrative file'
    url = f'https://partage.chu-exemple.example/s/{hashlib.sha1(fn.encode()).hexdigest()[:12]}'
    if lang == 'fr':
        d['subj'] = f'{me["name"]} a partagé « {fn} » avec vous'
        d['body'] = f'{me["name"]} ({me["addr"]}) a partagé un fichier avec vous.\n\n{fn}\n\nOuvrir : {url}\n\nOneDrive – CHU Exemple\nVous recevez ce courriel parce que quelqu\'un a partagé un élément avec vous.\n'
    else:
        d['subj'] = f'{me["name"]} shared "{fn}" with you'
        d['body'] = f'{me["name"]} ({me["addr"]}) shared a file with you.\n\n{fn}\n\nOpen: {url}\n\nOneDrive – CHU Exemple\nYou are receiving this because someone shared an item with you.\n'
    d['sigdone'] = True
    return d


def neg_attachment(c, lang, d):
    r = c.r
    lines = d['body'].strip().split('\n')
    k = r.choice(['pdf', 'xlsx', 'docx', 'csv'])
    base = re.sub(r'[^A-Za-z0-9]+', '_', d['subj'])[:30] or 'document'
    if k == 'pdf':
        return (base + '.pdf', 'application', 'pdf', make_pdf(lines, d['subj'][:60]))
    if k == 'docx':
        return (base + '.docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(lines, d['subj'][:60]))
    if k == 'xlsx':
        return (base + '.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([[ln] for ln in lines], 'Sheet1'))
    return (base + '.csv', 'text', 'csv', ('\n'.join(lines) + '\n').encode('utf-8'))


# ---------------------------------------------------------------- transport
L1MAP = str.maketrans({'’': "'", '–': '-', '—': '-', '…': '...', 'œ': 'oe', 'Œ': 'OE', '«': '"', '»': '"', '\u202f': ' '})


def pick_charset(text, r):
    cs = r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    if cs != 'utf-8':
        t2 = text.translate(L1MAP) if cs == 'iso-8859-1' else text
        try:
            t2.encode(cs)
            return cs, t2
        except UnicodeEncodeError:
            return 'utf-8', text
    return cs, text


def text_part(text, subtype, cs, cte):
    p = MIMENonMultipart('text', subtype, charset=cs)
    raw = text.encode(cs)
    if cte == '8bit' and all(b < 128 for b in raw):
        cte = '7bit'
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def bin_part(fn, mt, st, data):
    p = MIMEBase(mt, st, name=fn)
    p['Content-Disposition'] = 'attachment; filename="%s"' % fn
    p['Content-Transfer-Encoding'] = 'base64'
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    return p


def to_html(text):
    import html
    out = []
    for ln in text.split('\n'):
        e = html.escape(ln)
        out.append(f'<span style="color:#555">{e}</span><br>' if ln.startswith('>') else e + '<br>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + '\n'.join(out) + '\n</div></body></html>\n')


def hdr(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()


def build(c, d, me, to, cc, form, atts, transports):
    r = c.r
    body = d['body']
    cs, body = pick_charset(body, r)
    cte = r.choice(['quoted-printable', 'base64', '8bit'])
    if d.get('digest') and r.random() < .5:
        form = 'digestmime'
    if form == 'plain':
        root = text_part(body, 'plain', cs, cte)
    elif form == 'html':
        root = text_part(to_html(body), 'html', cs, cte)
    elif form == 'digestmime':
        root = MIMEMultipart('digest')
        root.attach(text_part(body.split('-' * 60)[0], 'plain', cs, cte))
        for blk in body.split('-' * 60)[1:]:
            blk = blk.strip('\n')
            inner = text_part(blk.split('\n\n', 1)[1] + '\n', 'plain', cs, cte)
            for ln in blk.split('\n\n', 1)[0].split('\n'):
                k, v = ln.split(': ', 1)
                inner[k] = hdr(v)
            root.attach(MIMEMessage(inner))
    else:
        alt = MIMEMultipart('alternative')
        alt.attach(text_part(body, 'plain', cs, cte))
        alt.attach(text_part(to_html(body), 'html', cs, r.choice(['quoted-printable', 'base64'])))
        root = alt
    if d.get('ics'):
        ics = d['ics']
        if d.get('att_cal'):
            extra = [bin_part('invite.ics', 'text', 'calendar', ics.encode('utf-8'))]
        else:
            cp = text_part(ics.replace('\r\n', '\n'), 'calendar', 'utf-8', r.choice(['base64', 'quoted-printable']))
            cp.set_param('method', 'REQUEST')
            extra = [cp]
        if form in ('alt',):
            root.attach(extra[0]); extra = []
        atts = list(atts) + extra
    if atts:
        mixed = MIMEMultipart('mixed')
        mixed.attach(root)
        for a in atts:
            mixed.attach(a)
        root = mixed
    root['From'] = formataddr((me['name'], me['addr']), charset='utf-8')
    root['To'] = ', '.join(formataddr((x['name'], x['addr']), charset='utf-8') for x in to)
    if cc:
        root['Cc'] = ', '.join(formataddr((x['name'], x['addr']), charset='utf-8') for x in cc)
    root['Subject'] = hdr(d['subj'])
    dt = c.date()
    root['Date'] = format_datetime(dt)
    root['Message-ID'] = c.next_msgid(me['addr'].split('@')[1])
    if d.get('reply_to_id'):
        root['In-Reply-To'] = d['reply_to_id']
        root['References'] = d['reply_to_id']
    if d.get('auto'):
        root['Auto-Submitted'] = 'auto-replied'
        root['X-Auto-Response-Suppress'] = 'All'
    if d.get('digest'):
        root['List-Id'] = 'Info-Clinique <liste-info-clinique.lists.chu-exemple.example>'
        root['Precedence'] = 'list'
    root['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', 'iPhone Mail (21G93)', 'Zimbra 9.0'])
    # MIME-Version first-ish; compat32 classes already add it on MIME parts
    eol = r.choice(['LF', 'CRLF'])
    for k, part in enumerate(root.walk()):
        if part.get_content_maintype() == 'multipart':
            part.set_boundary('----=_Part_%d_%s' % (k, hashlib.sha1(('%d-%d' % (c.msgid, k)).encode()).hexdigest()[:20]))
    data = root.as_bytes()
    if eol == 'CRLF':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    transports['form:' + (form if not atts else 'mixed(' + form + ')')] += 1
    transports['charset:' + cs] += 1
    transports['cte:' + cte] += 1
    transports['eol:' + eol] += 1
    return data, root


# ---------------------------------------------------------------- plan and main
def main():
    from collections import Counter
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=5151)
    a = ap.parse_args()
    c = Ctx(a.seed)
    r = c.r
    out = a.out
    for sub in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    pos_modes = ['plain'] * 16 + ['reply_deep'] * 12 + ['reply'] * 8 + ['fwd'] * 10 + ['fwdatt'] * 9 + ['mobile'] * 8 + \
                ['attach'] * 10 + ['ics'] * 7 + ['drive'] * 5
    neg_modes = ['plain'] * 25 + ['reply'] * 15 + ['fwd'] * 10 + ['fwdatt'] * 7 + ['mobile'] * 8 + ['attach'] * 10 + \
                ['ics'] * 10 + ['drive'] * 8 + ['ooo'] * 12 + ['digest'] * 10
    assert len(pos_modes) == 85 and len(neg_modes) == 115
    r.shuffle(pos_modes); r.shuffle(neg_modes)
    plan = [(True, m, 'fr' if i % 2 == 0 else 'en') for i, m in enumerate(pos_modes)] + \
           [(False, m, 'en' if i % 2 == 0 else 'fr') for i, m in enumerate(neg_modes)]
    labels = {}
    counts = Counter(); transports = Counter()
    np_ = nn_ = 0
    for pos, mode, lang in plan:
        me = c.staff()
        to = [c.outside() for _ in range(r.choice([1, 1, 1, 2]))]
        cc = [c.staff()] if r.random() < .3 else []
        atts = []
        if mode == 'ooo':
            d = OOO(c, lang, me); core = 'ooo'
        elif mode == 'digest':
            d = N_digest(c, lang); core = 'digest'
            me = dict(name='Info-Clinique', addr='liste-info-clinique@lists.chu-exemple.example')
        else:
            f = r.choice(POS_CORE if pos else NEG_CORE)
            if pos and mode in ('attach', 'fwdatt', 'ics', 'reply_deep') and f in (P_subject_only, P_split):
                f = P_referral
            d = f(c, lang); core = f.__name__[2:]
            d['types'] = set(d['types'])
        if mode in ('reply', 'reply_deep'):
            if not pos and r.random() < .6:
                d = N_staff_disease(c, lang); core = 'staff_disease'
            d = w_reply(c, lang, d, me, mode == 'reply_deep' or r.random() < .4)
            d['reply_to_id'] = f'<{hashlib.sha1(d["subj"].encode()).hexdigest()[:20]}@{r.choice(ORG_OUT)}>'
            if pos and mode == 'reply_deep':
                d['note'] = 'harmless top reply; patient only deep in the quoted thread: ' + d['note']
            if not pos and core == 'staff_disease':
                d['note'] = 'harmless reply quoting a thread with staff names and disease words'
        elif mode == 'fwd':
            d = w_fwd(c, lang, d, me, r.choice([1, 2, 2]))
            d['note'] = 'inline forward of forward: ' + d['note']
        elif mode == 'mobile':
            d = w_mobile(c, lang, d, me)
            d['note'] = 'mobile mail: ' + d['note']
        elif mode == 'ics':
            d = w_ics(c, lang, d, pos, me); core = 'invite'
        elif mode == 'drive':
            d = w_drive(c, lang, d, pos, me); core = 'share'
        elif mode == 'attach':
            a_ = patient_attachment(c, lang, d) if pos else neg_attachment(c, lang, d)
            atts.append(bin_part(*a_))
            inner_subj = d['subj']
            d['body'] = r.choice(['Bonjour,\nVoir pièce jointe.\nMerci', 'Bonjour,\nci-joint le document demandé.', 'pj']
                                 if lang == 'fr' else ['Hi,\nPlease see attached.\nThanks', 'Hello,\nattached as requested.', 'see att'])
            d['subj'] = r.choice(['TR: ', 'Fwd: ', '']) + (r.choice(['Document', 'Pièce jointe', 'suivi']) if lang == 'fr' else r.choice(['Document', 'Attachment', 'follow-up']))
            d['note'] = ('forward whose attachment is the only confidential part: ' if pos else 'mail with harmless attachment: ') + d['note']
        elif mode == 'fwdatt':
            inner_from = c.outside() if r.random() < .5 else c.staff()
            icts, itxt = pick_charset(d['body'] + '\n' + sig(inner_from, lang, r), r)
            inner = text_part(itxt, 'plain', icts, r.choice(['quoted-printable', 'base64', '8bit']))
            inner['From'] = formataddr((inner_from['name'], inner_from['addr']), charset='utf-8')
            inner['To'] = formataddr((me['name'], me['addr']), charset='utf-8')
            inner['Subject'] = hdr(d['subj'])
            inner['Date'] = format_datetime(c.date())
            inner['Message-ID'] = c.next_msgid(inner_from['addr'].split('@')[1])
            mm = MIMEMessage(inner)
            mm['Content-Disposition'] = 'attachment; filename="message.eml"'
            atts.append(mm)
            d['subj'] = ('TR: ' if lang == 'fr' else 'FW: ') + d['subj']
            d['body'] = r.choice(['Voir le courriel ci-joint.', 'Je te transfère le message en pj.', 'fyi'] if lang == 'fr'
                                 else ['See the attached e-mail.', 'Forwarding as attachment.', 'fyi'])
            d['note'] = 'message forwarded as attached .eml: ' + d['note']
        if not d.get('sigdone') and mode not in ('ooo', 'digest') and r.random() < .8 and mode not in ('reply', 'reply_deep'):
            d['body'] = d['body'].rstrip() + '\n\n' + sig(me, lang, r) + '\n'
        elif mode in ('reply', 'reply_deep') and r.random() < .7:
            parts_ = d['body'].split('\n\n', 1)
            d['body'] = parts_[0] + '\n\n' + sig(me, lang, r) + '\n\n' + parts_[1]
        form = r.choice(['plain', 'plain', 'html', 'alt'])
        data, _ = build(c, d, me, to, cc, form, atts, transports)
        types = sorted(d['types'])
        if pos:
            np_ += 1; name = f'positive/p{np_:03d}_{mode}_{core}.eml'
        else:
            nn_ += 1; name = f'negative/n{nn_:03d}_{mode}_{core}.eml'
        assert bool(types) == pos, (name, types)
        with open(os.path.join(out, name), 'wb') as fh:
            fh.write(data)
        labels[name] = dict(confidential=pos, types=types, lang=lang, note=d['note'])
        counts[('pos' if pos else 'neg', mode)] += 1
        counts[('lang', lang)] += 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    # ---- self check
    files = sorted(os.path.relpath(os.path.join(dp, f), out) for sub in ('positive', 'negative')
                   for dp, _, fs in os.walk(os.path.join(out, sub)) for f in fs)
    assert files == sorted(labels), 'labels do not cover exactly the files'
    h = hashlib.sha256()
    for f in files:
        b = open(os.path.join(out, f), 'rb').read()
        m = email.message_from_bytes(b, policy=email.policy.default)
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart():
                part.get_content()
        lab = labels[f]
        assert (len(lab['types']) > 0) == lab['confidential'] == f.startswith('positive/'), f
        h.update(f.encode() + b'\0' + b + b'\0')
    lj = open(os.path.join(out, 'labels.json'), 'rb').read()
    h.update(b'labels.json\0' + lj)
    print('files', len(files), 'positives', sum(l['confidential'] for l in labels.values()),
          'negatives', sum(not l['confidential'] for l in labels.values()))
    print('lang', dict(Counter(l['lang'] for l in labels.values())))
    print('lang x label', dict(Counter((l['lang'], l['confidential']) for l in labels.values())))
    print('category', dict(sorted(Counter(f.split('/')[0] + ':' + f.split('_', 1)[1].rsplit('.', 1)[0] for f in files).items())))
    print('mode', dict(sorted(Counter(f.split('/')[0][:3] + ':' + f.split('_')[1] for f in files).items())))
    print('types', dict(sorted(Counter(t for l in labels.values() for t in l['types']).items())))
    print('transport', dict(sorted(transports.items())))
    print('sha256', h.hexdigest())


if __name__ == '__main__':
    main()
