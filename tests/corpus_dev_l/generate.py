#!/usr/bin/env python3
"""Seeded deterministic generator: synthetic outbound hospital mail (BE/FR <-> QC/ON). Seed 3131."""
import argparse, base64, csv, datetime, hashlib, io, json, os, quopri, random, re, shutil, zipfile
import email, email.policy
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, format_datetime
from email import encoders
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum.ca import sin as ca_sin
from stdnum import luhn

SEED = 3131
HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 5, 9, 0, 0)
R = random.Random(SEED)

def load_nams():
    out = []
    for l in open(os.path.join(HERE, '..', 'blind_nams.txt'), encoding='utf-8'):
        if l.startswith('#') or not l.strip(): continue
        s, g, d, sx, nam = l.split()
        out.append(dict(sur=s, giv=g, dob=d, sex=sx, nam=nam))
    return out
NAMS = load_nams()

# ---------------- identities ----------------
SUR_BE = ['Dubois','Lambert','Martin','Peeters','Janssens','Lejeune','Renard','Collard','Wauters','Goffin','Mertens','Delvaux','Dumont','Lemaire','Hermans','Claes','Simon','Henrard','Piette','Gilson']
SUR_FR = ['Bernard','Moreau','Laurent','Girard','Fontaine','Rousseau','Mercier','Blanc','Guerin','Chevalier','Lefebvre','Garnier','Faure','Roux','Perrin','Masson','Marchand','Dufour','Brunet','Meunier']
SUR_ON = ['Thompson','MacDonald','Singh','Patel','Campbell','Anderson','Wong','Mitchell','Reid','Fraser','Chen','Kowalski','Murphy','Ahmed','Baker']
GIV_F = ['Marie','Sophie','Nathalie','Isabelle','Chantal','Aurélie','Camille','Julie','Lucie','Émilie','Hélène','Monique','Fatima','Léa','Sarah','Anne']
GIV_M = ['Jean','Luc','Pierre','Marc','Olivier','Thierry','Philippe','Michel','Yves','Karim','Julien','Nicolas','Didier','André','Bernard','Hugo']
GIV_EN_F = ['Emily','Sarah','Jessica','Linda','Karen','Priya','Grace','Olivia']
GIV_EN_M = ['David','Michael','James','Robert','Daniel','Raj','Kevin','Ethan']

SITES_BE = [('Bruxelles','CHU Saint-Exemple Bruxelles','chu-bxl.example'),('Liège','CHR Citadelle-Exemple Liège','chr-liege.example'),('Namur','Clinique Exemple Namur','cliniquenamur.example')]
SITES_FR = [('Lyon','Hospices Exemple de Lyon','hcl-exemple.example'),('Lille','CHU Exemple de Lille','chu-lille.example'),('Marseille','AP-HM Exemple Marseille','aphm-exemple.example')]
QC = ('Montréal','CHU universitaire de Québec-Exemple','chu-exemple.example')
ON = ('Ottawa','Riverside Family Health Team (Example)','riversidefht.example')

def pick(l): return R.choice(l)
def person(kind='be', sex=None):
    sex = sex or pick('FM')
    if kind == 'on':
        g = pick(GIV_EN_F if sex == 'F' else GIV_EN_M); s = pick(SUR_ON)
    else:
        g = pick(GIV_F if sex == 'F' else GIV_M); s = pick(SUR_BE if kind == 'be' else SUR_FR)
    y = R.randint(1935, 2015); m = R.randint(1, 12); d = R.randint(1, 28)
    return dict(sur=s, giv=g, sex=sex, dob=datetime.date(y, m, d))

def niss(p):
    d = p['dob']; base = d.strftime('%y%m%d')
    seq = R.randrange(1, 998)
    seq = seq if (seq % 2 == 1) == (p['sex'] == 'M') else seq + 1
    b9 = base + '%03d' % seq
    n = int(('2' + b9) if d.year >= 2000 else b9)
    v = b9 + '%02d' % (97 - n % 97)
    assert be_nn.is_valid(v), v
    return v
def fmt_niss(v, style=0):
    return [v, f'{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}', f'{v[:6]} {v[6:9]} {v[9:]}', f'{v[:6]}-{v[6:9]}-{v[9:]}'][style]

def nir(p):
    while True:
        d = p['dob']; dep = pick(['69','59','13','75','62','38'])
        b = ('1' if p['sex'] == 'M' else '2') + d.strftime('%y%m') + dep + '%03d' % R.randint(1, 400) + '%03d' % R.randint(1, 900)
        v = b + '%02d' % (97 - int(b) % 97)
        if fr_nir.is_valid(v): return v
def fmt_nir(v, style=0):
    return [v, f'{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}', f'{v[:13]} {v[13:]}'][style]

def sin():
    while True:
        b = str(R.choice([1,2,4,5,6,7,9])) + ''.join(str(R.randint(0,9)) for _ in range(7))
        v = b + luhn.calc_check_digit(b)
        if ca_sin.is_valid(v): return v
def ohn():
    b = str(R.randint(1,9)) + ''.join(str(R.randint(0,9)) for _ in range(8))
    v = b + luhn.calc_check_digit(b); assert luhn.is_valid(v); return v
def mrn():
    return pick([lambda: '%08d' % R.randint(10000000, 99999999), lambda: '%07d' % R.randint(1000000, 9999999),
                 lambda: 'D' + '%07d' % R.randint(0, 9999999), lambda: 'H%06d' % R.randint(0, 999999),
                 lambda: '%02d-%06d' % (R.randint(10, 26), R.randint(0, 999999))])()
def fullwidth(s): return ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)
def nam_fmt(n, st=0): return [n, f'{n[:4]} {n[4:8]} {n[8:]}', f'{n[:4]}-{n[4:8]}-{n[8:]}', f'{n[:4]}.{n[4:8]}.{n[8:]}'][st]
def luhn_num(n):
    b = ''.join(str(R.randint(0,9)) for _ in range(n-1)); return b + luhn.calc_check_digit(b)

def staff(kind='be'):
    s = person(kind); return s
def dr(s, lang='fr'):
    if lang == 'en': return f"Dr. {s['giv']} {s['sur']}"
    return f"{'Dre' if s['sex']=='F' else 'Dr'} {s['giv']} {s['sur']}"
def addr(name, dom):
    n = re.sub(r'[^a-z]', '', name.lower().replace('é','e').replace('è','e').replace('ë','e').replace('É','e'))
    return n + '@' + dom
def email_of(p, dom): return addr(p['giv'][0] + '.' + p['sur'], dom)
def phone(): return f"555-{R.randint(1000,9999)}"
def phone_be(): return f"+32 2 555 {R.randint(10,99)} {R.randint(10,99)}"
def phone_fr(): return f"04 55 5{R.randint(0,9)} {R.randint(10,99)} {R.randint(10,99)}"
def dfr(d): return d.strftime('%d/%m/%Y')
def msgdate():
    return datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(6, 22), R.randint(0, 59), R.randint(0, 59), tzinfo=datetime.timezone(datetime.timedelta(hours=R.choice([1, 2, -5, -4]))))

DX_FR = ['insuffisance cardiaque décompensée','BPCO exacerbée','pneumonie communautaire','AVC ischémique sylvien gauche','diabète de type 2 déséquilibré','cancer du sein T2N1','fracture du col du fémur','pyélonéphrite aiguë','cirrhose éthylique Child B','sclérose en plaques','épilepsie pharmacorésistante','maladie de Crohn','lymphome B diffus','insuffisance rénale chronique stade 4','dépression sévère avec idées suicidaires']
DX_EN = ['CHF exacerbation','COPD flare','community-acquired pneumonia','NSTEMI','type 2 diabetes, poorly controlled','major depressive disorder','new-onset atrial fibrillation','DVT left leg','cellulitis R lower leg','early-onset dementia']
MEDS = ['metformine 850 mg 2x/j','bisoprolol 2,5 mg 1x/j','apixaban 5 mg 2x/j','furosémide 40 mg','insuline glargine 22 UI au coucher','sertraline 100 mg','lévétiracétam 500 mg 2x/j','atorvastatine 40 mg','méthotrexate 15 mg/sem','pantoprazole 40 mg']
MEDS_EN = ['metformin 1000 mg BID','ramipril 5 mg daily','apixaban 5 mg BID','furosemide 40 mg daily','sertraline 50 mg','atorvastatin 20 mg','warfarin 5 mg (INR target 2-3)','salbutamol PRN']
LABS = [('K+', '6,8 mmol/L'), ('Hb', '62 g/L'), ('troponine hs', '1840 ng/L'), ('INR', '5,9'), ('Na+', '118 mmol/L'), ('glycémie', '31 mmol/L'), ('créatinine', '412 µmol/L')]
LABS_EN = [('K', '6.9 mmol/L'), ('Hgb', '64 g/L'), ('hs-troponin', '2210 ng/L'), ('INR', '6.1'), ('Na', '117 mmol/L'), ('glucose', '29 mmol/L')]
SOC_FR = ['suivi SAJ/SPJ en cours (protection de la jeunesse), garde confiée à la grand-mère','sans domicile fixe depuis 3 mois, hébergée en maison d\'accueil','violence conjugale rapportée, ne souhaite pas que le conjoint soit informé','dossier CPAS en cours, revenu d\'intégration suspendu','détenu, escorte pénitentiaire nécessaire pour la consultation','suivi en centre d\'addictologie (héroïne, TSO méthadone 60 mg)','demandeur d\'asile, pas encore de couverture mutuelle']
SOC_EN = ['CAS (children\'s aid) involved, custody with maternal aunt','currently homeless, staying at shelter','disclosed intimate partner violence, do not call home number','on ODSP, cannot afford co-pays','refugee claimant, IFHP coverage only','in methadone program, last dose picked up Tuesday']
SIGS_FR = ['Envoyé de mon iPhone', '--\n{n}\nSecrétariat médical — {svc}\n{site}\nTél. {tel}', '--\n{n}\n{svc}\n{site}', 'Bien à vous,\n{n}\n{svc} | {site}\n{tel}', 'Cordialement,\n{n}\n{site}']
SIGS_EN = ['Sent from my phone', '--\n{n}\n{svc}\n{site}\nTel {tel}', 'Thanks,\n{n}', 'Best regards,\n{n}\n{site} | {tel}']
DISC_FR = "\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire."
DISC_EN = "\n\nThis e-mail may contain privileged information intended only for the addressee. If you received it in error, please notify the sender and delete it."
SVC_FR = ['Cardiologie','Pneumologie','Neurologie','Médecine interne','Oncologie','Gériatrie','Service social','Pharmacie clinique','Urgences','Pédiatrie','Néphrologie']
SVC_EN = ['Internal Medicine','Family Medicine','Cardiology','Pharmacy','Social Work','Emergency']

def sig(lang, sender, site):
    t = pick(SIGS_FR if lang == 'fr' else SIGS_EN)
    s = t.format(n=dr(sender, lang) if R.random() < .5 else f"{sender['giv']} {sender['sur']}", svc=pick(SVC_FR if lang == 'fr' else SVC_EN), site=site[1], tel=phone_be() if site in SITES_BE else (phone_fr() if site in SITES_FR else '613-555-%04d' % R.randint(0, 9999)))
    if R.random() < .35: s += DISC_FR if lang == 'fr' else DISC_EN
    return s

# ---------------- attachments ----------------
def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data)); out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            b = src.read(i.filename)
            if i.filename.endswith('core.xml'):
                b = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?', b'2026-01-05T09:00:00Z', b)
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 1, 5, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return out.getvalue()
def pdf(lines, title='Document'):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    b = io.BytesIO(); c = canvas.Canvas(b, pagesize=A4, invariant=1); c.setTitle(title)
    y = 800
    for l in lines:
        c.drawString(50, y, l); y -= 16
        if y < 60: c.showPage(); y = 800
    c.save(); return b.getvalue()
def docx(paras):
    import docx as D
    d = D.Document(); d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.core_properties.author = 'secretariat'
    for p in paras: d.add_paragraph(p)
    b = io.BytesIO(); d.save(b); return fix_zip(b.getvalue())
def xlsx(rows):
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = 'export'
    for r in rows: ws.append(r)
    b = io.BytesIO(); wb.save(b); return fix_zip(b.getvalue())
def csvb(rows, delim=';'):
    s = io.StringIO(); w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows: w.writerow(r)
    return s.getvalue().encode('utf-8')
def ics(summary, desc, start, loc):
    import icalendar
    c = icalendar.Calendar(); c.add('prodid', '-//Agenda Exemple//FR'); c.add('version', '2.0'); c.add('method', 'REQUEST')
    e = icalendar.Event(); e.add('uid', '%08x@agenda.example' % R.getrandbits(32)); e.add('dtstamp', FIXED)
    e.add('dtstart', start); e.add('dtend', start + datetime.timedelta(minutes=30)); e.add('summary', summary); e.add('description', desc); e.add('location', loc)
    c.add_component(e); return c.to_ical()
def vcard(fn, tel, adr, note=''):
    s = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{fn}\r\nN:{fn.split()[-1]};{fn.split()[0]};;;\r\nTEL;TYPE=HOME:{tel}\r\nADR;TYPE=HOME:;;{adr};;;;\r\n"
    if note: s += f"NOTE:{note}\r\n"
    return (s + "END:VCARD\r\n").encode('utf-8')
def zipb(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 5, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, b)
    return out.getvalue()
MIME = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
        'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'csv': ('text', 'csv'),
        'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'zip': ('application', 'zip'), 'eml': ('message', 'rfc822')}

# ---------------- message content: positives ----------------
def eu_site(): return pick(SITES_BE + SITES_FR)
def ext(): return pick([QC, ON])
def ctx(lang=None):
    s = eu_site(); lang = lang or ('fr' if R.random() < .75 else 'en')
    return s, lang, staff('be' if s in SITES_BE else 'fr')
def pid(s, p):
    """national id for a European patient + type"""
    if s in SITES_BE: v = niss(p); return fmt_niss(v, R.randint(0, 3)), 'be_niss', 'NISS'
    v = nir(p); return fmt_nir(v, R.randint(0, 2)), 'fr_nir', pick(['NIR', 'n° SS', 'numéro de sécurité sociale'])
def pname(p, caps=True):
    return f"{p['sur'].upper()} {p['giv']}" if caps else f"{'Mme' if p['sex']=='F' else 'M.'} {p['giv']} {p['sur']}"

def P_referral():
    s, lang, me = ctx(); p = person('be' if s in SITES_BE else 'fr'); i, t, lab = pid(s, p); dx = pick(DX_FR); to = ext()
    if lang == 'fr':
        subj = pick(['Demande d\'avis', 'Réf. patient', 'Transfert de suivi - ' + p['sur'].upper(), 'demande avis spécialisé'])
        body = f"Cher confrère,\n\nJe vous adresse {pname(p, False)}, né{'e' if p['sex']=='F' else ''} le {dfr(p['dob'])}, {lab} {i}, pour avis concernant un(e) {dx}. {pick(['Le patient déménage au Québec en mars.', 'Famille installée à Montréal, souhaite poursuivre le suivi chez vous.', 'Séjour prolongé chez sa fille.'])}\nTraitement actuel : {pick(MEDS)}, {pick(MEDS)}.\n{pick(['Mutualité : Solidaris.', 'Médecin traitant : Dr Collard, Namur.', 'CPAM du Rhône.', ''])}\n\n{sig(lang, me, s)}"
    else:
        subj = pick(['Referral', 'Transfer of care', 'Referral - ' + p['sur'].upper()])
        body = f"Dear colleague,\n\nReferring {p['giv']} {p['sur']} (DOB {p['dob'].isoformat()}, {lab} {i}) who is relocating to Canada. Dx: {dx}. Current meds: {pick(MEDS)}.\nFull discharge summary to follow.\n\n{sig(lang, me, s)}"
    return dict(subj=subj, body=body, lang=lang, site=s, to=to, me=me, types=['patient_name', 'date_of_birth', t, 'diagnosis', 'medication'], note='referral of named patient with national id and diagnosis', cat='referral')

def P_crh():
    s = pick(SITES_FR); lang = 'fr'; me = staff('fr'); p = person('fr'); v = nir(p); dx = pick(DX_FR); to = ext(); m = mrn()
    lines = [s[1] + ' - Compte rendu d\'hospitalisation', f'Patient : {p["sur"].upper()} {p["giv"]}  Né(e) le {dfr(p["dob"])}', f'NIR : {fmt_nir(v, 1)}   IPP : {m}',
             f'Motif : {dx}', 'Evolution favorable sous traitement.', f'Traitement de sortie : {pick(MEDS)} ; {pick(MEDS)}', f'Médecin traitant : Dr {pick(SUR_FR)}']
    kind = pick(['pdf', 'docx'])
    att = [(f'CRH_{p["sur"].upper()}.{kind}' if R.random() < .6 else f'CRH_{R.randint(1000,9999)}.{kind}', pdf(lines, 'CRH') if kind == 'pdf' else docx(lines))]
    body = pick(['Bonjour,\n\nCi-joint le CRH comme convenu.\n', 'Ci-joint compte rendu d\'hospitalisation pour la suite de la prise en charge.\n', 'CRH en PJ. Bonne réception.\n']) + '\n' + sig(lang, me, s)
    return dict(subj=pick(['CRH', 'compte rendu hospitalisation', 'TR: CRH sortie', 'Compte rendu']), body=body, lang=lang, site=s, to=to, me=me, atts=att,
                types=['patient_name', 'date_of_birth', 'fr_nir', 'mrn', 'diagnosis', 'medication'], note='discharge summary attached (' + kind + ') with name, NIR, chart no, diagnosis', cat='discharge_summary')

def P_signout():
    s, lang, me = ctx(); to = ext(); rows = []
    for k in range(R.randint(3, 7)):
        p = person('be'); bed = f"{pick(['4B','5A','USI','C3'])}-{R.randint(1,30):02d}"
        rows.append(f"{bed} {p['sur'].upper()} {p['giv'][0]}. {R.randint(22,97)}a  {pick(DX_FR if lang=='fr' else DX_EN)} - {pick(['à jeun pour demain','contrôle iono 6h','surveiller diurèse','DNR','attend lit SSR'] if lang=='fr' else ['NPO after midnight','recheck lytes 0600','DNR','f/u cultures'])}")
    head = 'Liste de passation garde' if lang == 'fr' else 'Sign-out list'
    body = f"{pick(['Salut,', 'Hello,', 'Pour la garde :', ''])}\n\n" + '\n'.join(rows) + '\n\n' + sig(lang, me, s)
    atts = []
    if R.random() < .3:
        atts = [('passation.xlsx', xlsx([['Lit', 'Patient', 'Dx']] + [[r.split()[0], r.split()[1], ' '.join(r.split()[4:7])] for r in rows]))]
    return dict(subj=head + ' ' + pick(['ce soir', 'nuit', '', '4B']), body=body, lang=lang, site=s, to=to, me=me, atts=atts, types=['patient_name', 'diagnosis'], note='handover list of named inpatients with diagnoses', cat='signout_list')

def P_subject_only():
    n = pick(NAMS); lang = pick(['fr', 'fr', 'en']); s = eu_site(); me = staff(); to = QC
    subj = pick([f"{n['sur'].upper()} {n['giv']} NAM {nam_fmt(n['nam'], R.randint(0,3))} - rdv annulé", f"RAMQ {nam_fmt(n['nam'],1)} résultats", f"{n['sur'].upper()} {n['nam']}"])
    body = pick(['voir objet', 'cf objet svp', 'see subject', '?', 'merci de rappeler', ''])
    return dict(subj=subj, body=body, lang=lang, site=s, to=to, me=me, types=['patient_name', 'ramq_nam'], note='patient name and NAM in Subject only', cat='subject_only')

def P_lab_on():
    me = person('on'); p = person('on'); lab, val = pick(LABS_EN); h = ohn(); fmt = pick([h, f'{h[:4]}-{h[4:7]}-{h[7:]}', f'{h[:4]} {h[4:7]} {h[7:]} {pick(["AB","KX",""])}'])
    body = f"CRITICAL VALUE\n{p['sur'].upper()}, {p['giv']}  HCN {fmt}\n{lab} {val} ({pick(['hemolyzed? repeat drawn','confirmed on repeat','called to RN at 0340'])})\nPlease advise re: follow-up.\n\n{sig('en', me, ON)}"
    return dict(subj=pick(['Critical lab', 'URGENT critical value', 'lab f/u']), body=body, lang='en', site=ON, to=pick(SITES_BE + SITES_FR + [QC]), me=me, types=['patient_name', 'ca_health_number', 'lab_result'], note='critical lab value for named patient with Ontario HCN', cat='critical_value', sender_site=ON)

def P_transport():
    s, lang, me = ctx('fr'); p = person('be' if s in SITES_BE else 'fr'); to = ext()
    a = f"{R.randint(1,180)} {pick(['rue de la Station','avenue des Tilleuls','chemin du Moulin','rue Haute'])}, {pick(['5000 Namur','4000 Liège','1050 Ixelles','69003 Lyon','59000 Lille','13005 Marseille'])}"
    tel = pick([phone_be(), phone_fr()])
    body = f"Bonjour,\n\nMerci d'organiser le transport {pick(['couché','assis','en ambulance'])} pour :\n{pname(p)}\nAdresse : {a}\nTél. domicile : {tel}\nRDV le {R.randint(1,28)}/{R.randint(1,12)} à {R.randint(8,16)}h, {pick(['dialyse','radiothérapie','consultation cardio','IRM'])}.\n{pick(['Oxygène 2 L.', 'Fauteuil roulant.', 'Patient désorienté, accompagnant nécessaire.', ''])}\n\n{sig(lang, me, s)}"
    atts = [('contact.vcf', vcard(f"{p['giv']} {p['sur']}", tel, a, 'patient - transport'))] if R.random() < .35 else []
    return dict(subj=pick(['Demande de transport', 'transport patient', 'Transport domicile-hôpital']), body=body, lang='fr', site=s, to=to, me=me, atts=atts, types=['patient_name', 'patient_contact'], note='transport request with patient name, home address, phone', cat='transport')

def P_social():
    s, lang, me = ctx(); p = person('be' if s in SITES_BE else 'fr'); to = ext()
    if lang == 'fr':
        body = f"Bonjour,\n\nJe vous contacte au sujet de {pname(p, R.random()<.5)} ({p['dob'].year}) qui sera suivi{'e' if p['sex']=='F' else ''} chez vous.\nSituation sociale : {pick(SOC_FR)}.\nPouvez-vous me mettre en lien avec votre travailleuse sociale ?\n\n{sig(lang, me, s)}"
        t = ['patient_name', 'social_information']
    else:
        body = f"Hi,\n\nRe: {p['giv']} {p['sur']}, transferring to your clinic. Social: {pick(SOC_EN)}. Please loop in your SW.\n\n{sig(lang, me, s)}"; t = ['patient_name', 'social_information']
    return dict(subj=pick(['Suivi social', 'SW handover', 'Situation sociale - confidentiel', 'transfert']), body=body, lang=lang, site=s, to=to, me=me, types=t, note='social-work handover with named patient and social situation', cat='social_work')

def P_research_xlsx():
    s, lang, me = ctx(); to = QC; rows = [['ID étude', 'Nom', 'Prénom', 'NISS/NIR', 'Date naissance', 'Bras']]
    for k in range(R.randint(4, 9)):
        p = person('be' if s in SITES_BE else 'fr'); i, t, _ = pid(s, p); rows.append([f'EX-{R.randint(100,999)}', p['sur'].upper(), p['giv'], i, dfr(p['dob']), pick(['A', 'B'])])
    kind = pick(['xlsx', 'csv', 'zip'])
    data = xlsx(rows) if kind == 'xlsx' else csvb(rows) if kind == 'csv' else zipb([('export_inclusions.csv', csvb(rows))])
    body = (f"Bonjour,\n\nVoici l'export des inclusions du mois pour le site {s[0]}.\n" if lang == 'fr' else f"Hi,\n\nAttached the monthly enrolment export for {s[0]}.\n") + '\n' + sig(lang, me, s)
    return dict(subj=pick(['Export inclusions', 'enrolment log', 'Inclusions étude EXEMPLE-CARE']), body=body, lang=lang, site=s, to=to, me=me, atts=[(f'inclusions_{s[0]}.{kind}', data)],
                types=['patient_name', t, 'date_of_birth'], note='research enrolment log with names and national ids in ' + kind, cat='research_roster')

def P_ics():
    s, lang, me = ctx(); p = person('be'); dx = pick(DX_FR if lang == 'fr' else DX_EN); to = ext()
    st = datetime.datetime(2026, R.randint(1, 12), R.randint(1, 28), R.randint(8, 16), 0)
    summ = f"Téléconsult {p['sur'].upper()} {p['giv']} - {dx}" if lang == 'fr' else f"Teleconsult {p['sur'].upper()} {p['giv']} - {dx}"
    data = ics(summ, pick(['lien visio à venir', 'video link to follow']), st, 'Teams')
    body = pick(['Invitation ci-jointe.', 'Voir invitation.', 'Invite attached.'])
    return dict(subj=pick(['Invitation', 'Téléconsultation', 'Invitation: teleconsult']), body=body, lang=lang, site=s, to=to, me=me, atts=[('invite.ics', data)], types=['patient_name', 'diagnosis'], note='calendar invite with patient name and diagnosis', cat='ics_booking')

def P_fwd_eml():
    s, lang, me = ctx(); p = person('be' if s in SITES_BE else 'fr'); i, t, lab = pid(s, p); to = ext()
    inner = MIMENonMultipart('text', 'plain', charset='utf-8'); txt = f"Patient : {pname(p)}\n{lab} : {i}\nRésultat biopsie : {pick(['adénocarcinome', 'lymphome', 'bénin'])}.\nÀ revoir en consultation."
    inner.set_payload(base64.encodebytes(txt.encode('utf-8')).decode()); inner['Content-Transfer-Encoding'] = 'base64'
    inner['From'] = 'labo@' + s[2]; inner['To'] = me['sur'].lower() + '@' + s[2]; inner['Subject'] = 'Résultat'; inner['Date'] = format_datetime(msgdate())
    body = pick(['FYI voir ci-dessous', 'Je te transfère.', 'pour info', 'Forwarding as discussed.'])
    return dict(subj=pick(['TR: Résultat', 'Fwd: résultat', 'FW: Résultat']), body=body, lang=lang, site=s, to=to, me=me, atts=[('Résultat.eml', inner)], types=['patient_name', t, 'diagnosis', 'lab_result'], note='forward as attached .eml with patient name, national id, biopsy result', cat='forward_attached')

def P_disguised():
    s, lang, me = ctx(); p = person('be' if s in SITES_BE else 'fr'); to = ext()
    if s in SITES_BE: v = niss(p); t = 'be_niss'
    else: v = nir(p); t = 'fr_nir'
    st = R.randint(0, 3)
    dv = [' '.join(v), fullwidth(v), v[:6] + '\n' + v[6:], '-'.join(v[i:i+3] for i in range(0, len(v), 3))][st]
    body = (f"{pick(['Je l`écris comme ça pour pas que le filtre bloque', 'espacé exprès sinon ça part pas', 'Numéro ci-dessous'])} :\n{dv}\nc'est pour {p['sur'].upper()}, {pick(DX_FR)}.\n\n{sig('fr', me, s)}") if lang == 'fr' else \
           (f"Writing it spaced so the filter doesn't catch it:\n{dv}\nThat's for {p['sur'].upper()} {p['giv']}, {pick(DX_EN)}.\n\n{sig('en', me, s)}")
    return dict(subj=pick(['numéro', 'le numéro demandé', 'id', 're: number']), body=body, lang=lang, site=s, to=to, me=me, types=['patient_name', t, 'diagnosis'], note='national id written in disguised form with patient surname', cat='disguised_id')

def P_medrec():
    n = pick(NAMS); me = person('on'); to = QC; lang = pick(['en', 'fr'])
    meds = [pick(MEDS_EN) for _ in range(R.randint(2, 4))]
    he = 'she' if n['sex'] == 'F' else 'he'
    if lang == 'en':
        body = f"Hi,\n\nMed rec for {n['giv']} {n['sur']}, DOB {n['dob']}, RAMQ {nam_fmt(n['nam'], R.randint(0,3))}:\n" + '\n'.join('- ' + m for m in meds) + f"\n{he.capitalize()} stopped the statin on own. Please confirm.\n\n{sig('en', me, ON)}"
    else:
        body = f"Bonjour,\n\nBilan comparatif des médicaments pour {n['sur'].upper()} {n['giv']} (DDN {n['dob']}, NAM {nam_fmt(n['nam'], R.randint(0,3))}) :\n" + '\n'.join('- ' + m for m in meds) + f"\n\n{sig('fr', me, ON)}"
    return dict(subj=pick(['Med rec', 'BCM', 'medication reconciliation']), body=body, lang=lang, site=ON, to=to, me=me, types=['patient_name', 'date_of_birth', 'ramq_nam', 'medication'], note='medication reconciliation with NAM', cat='med_reconciliation', sender_site=ON)

def P_billing():
    s, lang, me = ctx('fr'); p = person('be' if s in SITES_BE else 'fr'); i, t, lab = pid(s, p); to = ext()
    body = f"Madame, Monsieur,\n\nNous n'avons pas reçu la prise en charge pour le séjour de {pname(p, False)} ({lab} {i}) du {R.randint(1,28)}/{R.randint(1,12)}/2026, {pick(['hospitalisation en cardiologie', 'chimiothérapie ambulatoire', 'dialyse'])}.\nMontant : {R.randint(300,9000)},{R.randint(10,99)} EUR.\n{pick(['Mutualité chrétienne, n° affilié en attente.', 'Pas de mutuelle déclarée.', 'CPAM des Bouches-du-Rhône.'])}\n\n{sig('fr', me, s)}"
    return dict(subj=pick(['Facturation séjour', 'Prise en charge - relance', 'facture patient']), body=body, lang='fr', site=s, to=to, me=me, types=['patient_name', t, 'diagnosis'], note='billing query with patient name, national id, type of stay', cat='billing_patient')

def P_sin():
    me = person('on'); p = person('on'); v = sin(); to = pick(SITES_BE + SITES_FR)
    body = f"Hello,\n\nFor the disability insurance form (attached) for our patient {p['giv']} {p['sur']}, SIN {v[:3]} {v[3:6]} {v[6:]}. {pick(['Dx: lumbar disc herniation.', 'Off work since March (major depressive episode).'])}\n\n{sig('en', me, ON)}"
    att = [('form_disability.pdf', pdf(['Disability claim', f'Name: {p["sur"]}, {p["giv"]}', f'SIN: {v}', 'Attending physician: see above']))] if R.random() < .5 else []
    return dict(subj='Insurance form', body=body, lang='en', site=ON, to=to, me=me, atts=att, types=['patient_name', 'ca_sin', 'diagnosis'], note='insurance form with patient SIN and diagnosis', cat='insurance_form', sender_site=ON)

def P_samename():
    s, lang, me = ctx('fr'); to = ext(); p = person('be', sex=pick('FM')); p['sur'] = me['sur']; m = mrn()
    body = f"Bonjour,\n\n{pname(p, False)} (dossier {m}) - aucun lien avec {dr(me)} malgré le nom ! - a été vu{'e' if p['sex']=='F' else ''} hier pour {pick(DX_FR)}. Merci de programmer un contrôle à 3 mois.\n\n{sig('fr', me, s)}"
    return dict(subj='rdv contrôle ' + p['sur'].upper(), body=body, lang='fr', site=s, to=to, me=me, types=['patient_name', 'mrn', 'diagnosis'], note='patient sharing physician surname, chart number, diagnosis', cat='booking')

POS = [(P_referral, 8), (P_crh, 7), (P_signout, 7), (P_subject_only, 5), (P_lab_on, 6), (P_transport, 6), (P_social, 6), (P_research_xlsx, 6), (P_ics, 5), (P_fwd_eml, 5), (P_disguised, 6), (P_medrec, 6), (P_billing, 6), (P_sin, 3), (P_samename, 3)]

# ---------------- negatives ----------------
def N_congress():
    s, lang, me = ctx(); to = ext(); talks = []
    for k in range(R.randint(4, 7)):
        sp = staff(pick(['be', 'fr', 'on'])); talks.append(f"{R.randint(8,17)}h{pick(['00','30','15'])}  {dr(sp, lang)} ({pick(SITES_BE+SITES_FR+[QC,ON])[1]}) — {pick(['Prise en charge de','Actualités dans','Nouveautés thérapeutiques :','Update on'])} {pick(DX_FR if lang=='fr' else DX_EN)}")
    body = (f"Chers collègues,\n\nVoici le programme des {pick(['Journées francophones de médecine interne','Rencontres transatlantiques de cardiologie','Symposium Liège-Québec'])} :\n\n" if lang == 'fr' else "Dear colleagues,\n\nPlease find the programme of the Transatlantic Family Medicine Day:\n\n") + '\n'.join(talks) + '\n\n' + sig(lang, me, s)
    atts = [('programme.pdf', pdf(['Programme'] + talks))] if R.random() < .4 else []
    return dict(subj=pick(['Programme du congrès', 'Programme définitif', 'Conference programme', 'Symposium - programme']), body=body, lang=lang, site=s, to=to, me=me, atts=atts, note='conference programme: speakers and topics', cat='congress')

def N_consortium():
    s, lang, me = ctx(); to = QC; rows = [['Site', 'Inclus', 'Âge médian', 'Diabète (%)', 'EI graves']]
    for site in SITES_BE + SITES_FR + [QC]: rows.append([site[0], R.randint(10, 140), R.randint(55, 78), R.randint(10, 45), R.randint(0, 6)])
    body = (f"Bonjour à tous,\n\nCi-joint le tableau de recrutement agrégé du consortium au {R.randint(1,28)}/{R.randint(1,12)}. {sum(r[1] for r in rows[1:])} patients inclus au total, dont {R.randint(20,90)} avec insuffisance cardiaque. Prochaine visio le mardi.\n" if lang == 'fr' else f"Hi all,\n\nAggregate enrolment attached: {sum(r[1] for r in rows[1:])} participants total. DSMB meeting next week.\n") + '\n' + sig(lang, me, s)
    return dict(subj=pick(['Consortium EXEMPLE-CARE - recrutement', 'Aggregate enrolment', 'Point recrutement']), body=body, lang=lang, site=s, to=to, me=me, atts=[('recrutement_agrege.xlsx', xlsx(rows))], note='research consortium aggregate numbers', cat='research_aggregate')

def N_blankform():
    s, lang, me = ctx('fr'); to = ext()
    lines = ['FORMULAIRE DE DEMANDE DE TRANSFERT', 'Nom : ____________  Prénom : ____________', 'NISS : AA.MM.JJ-XXX.CC (ex. format)' if s in SITES_BE else 'NIR : _ __ __ __ ___ ___ __', 'Date de naissance : JJ/MM/AAAA', 'Diagnostic principal : ____________', 'Exemple : NOM Prénom, en majuscules']
    kind = pick(['docx', 'pdf'])
    body = f"Bonjour,\n\nVoici le modèle de formulaire vierge à utiliser à partir du 1er du mois. Merci de ne plus utiliser l'ancienne version.\n\n{sig('fr', me, s)}"
    return dict(subj=pick(['Nouveau formulaire transfert', 'Modèle vierge', 'formulaire à jour']), body=body, lang='fr', site=s, to=to, me=me, atts=[('formulaire_vierge.' + kind, pdf(lines) if kind == 'pdf' else docx(lines))], note='blank form template with placeholders', cat='blank_form')

def N_invoice():
    s, lang, me = ctx(); to = ext(); siret = luhn_num(14); lot = luhn_num(10)
    body = (f"Bonjour,\n\nVeuillez trouver notre facture n° F-2026-{R.randint(1000,9999)} relative à la commande {R.randint(100000,999999)}.\nArticle : {pick(['gants nitrile M', 'cathéters IV 20G', 'pompes à perfusion', 'réactifs HbA1c'])} — lot {lot}\nSIRET fournisseur : {siret}\nIBAN : BE{R.randint(10,99)} {R.randint(1000,9999)} {R.randint(1000,9999)} {R.randint(1000,9999)}\nÉchéance 30 jours.\n\nService comptabilité\nMedSupply Exemple SA" if lang == 'fr' else f"Hello,\n\nInvoice INV-{R.randint(10000,99999)} for PO {R.randint(100000,999999)} attached. Item: infusion pumps, serial {lot}. Net 30.\n\nAccounts Receivable\nMedSupply Example Inc.")
    atts = [('facture.pdf', pdf(['FACTURE', f'Lot {lot}', f'SIRET {siret}', 'Total HT 4 312,00 EUR']))] if R.random() < .6 else []
    return dict(subj=pick(['Facture', 'Votre commande', 'Invoice', 'Relance facture']), body=body, lang=lang, site=s, to=to, me=me, atts=atts, note='supplier invoice with checksum-passing lot/SIRET', cat='invoice')

def N_hr():
    s, lang, me = ctx(); to = ext(); st = staff()
    body = pick([f"Bonjour,\n\n{dr(st)} sera en congé maladie jusqu'au {R.randint(1,28)}/{R.randint(1,12)}. Les consultations sont reprises par le Dr {pick(SUR_BE)}.\n",
                 f"Bonjour,\n\nRappel : la formation obligatoire hygiène des mains a lieu le {R.randint(1,28)}/{R.randint(1,12)}. Inscription via l'intranet. Matricule requis ({R.randint(100000,999999)}).\n",
                 f"Bonjour,\n\nMerci de valider les congés de {st['giv']} {st['sur']} (infirmière, unité 4B) pour la période estivale.\n",
                 f"Hi,\n\nReminder that {st['giv']} {st['sur']} starts as nurse practitioner on Monday. Badge and EMR access requested (employee #{R.randint(10000,99999)}).\n"])
    lang = 'en' if body.startswith('Hi') else 'fr'
    return dict(subj=pick(['RH - info', 'Absence', 'Formation obligatoire', 'Staff update']), body=body + '\n' + sig(lang, me, s), lang=lang, site=s, to=to, me=me, note='HR mail about staff', cat='hr')

def N_union():
    s, lang, me = ctx('fr'); to = ext()
    body = pick([f"Chers collègues,\n\nLe conseil d'entreprise se réunira le {R.randint(1,28)}/{R.randint(1,12)}. Ordre du jour : plan de mobilité, primes de fin d'année, charge de travail en gériatrie.\n",
                 f"Bonjour,\n\nCompte rendu de la réunion du CSE : {R.randint(3,12)} postes infirmiers vacants, négociation sur les heures supplémentaires.\n",
                 "Bonjour,\n\nPréavis de grève déposé par la délégation syndicale (CNE/SETCa) pour le jeudi. Service minimum assuré.\n"])
    return dict(subj=pick(['Conseil d\'entreprise', 'CSE - compte rendu', 'Préavis syndical', 'Info délégation']), body=body + '\n' + sig('fr', me, s), lang='fr', site=s, to=to, me=me, note='works council / union mail', cat='union')

def N_it():
    s, lang, me = ctx(); to = ext()
    if lang == 'fr':
        body = pick([f"Bonjour,\n\nMaintenance du NAS {pick(['NAS-BXL-02','NAS-LYO-01'])} samedi de 22h à 2h. Les partages réseau seront indisponibles.\n",
                     f"Bonjour,\n\nPanne du serveur de messagerie résolue à 10h12. Ticket INC{R.randint(100000,999999)}.\n",
                     f"Bonjour,\n\nListe des smartphones à réattribuer :\n" + '\n'.join(f"- IMEI {luhn_num(15)} ({pick(['Samsung','iPhone'])})" for _ in range(3)) + '\n'])
    else:
        body = pick([f"Hi,\n\nVPN certificate renewal on Friday. Ticket INC{R.randint(100000,999999)}. Asset tag {luhn_num(9)}.\n", "Hi,\n\nEMR downtime Sunday 0200-0400. Use paper downtime forms.\n"])
    return dict(subj=pick(['Maintenance informatique', 'IT notice', 'Panne résolue', 'Smartphones']), body=body + '\nService informatique', lang=lang, site=s, to=to, me=me, note='IT notice', cat='it')

def N_roster():
    s, lang, me = ctx(); to = ext(); rows = []
    for k in range(R.randint(4, 8)):
        st = staff(); rows.append(f"{pick(['Lun','Mar','Mer','Jeu','Ven'] if lang=='fr' else ['Mon','Tue','Wed','Thu','Fri'])} {st['sur'].upper()} {st['giv'][0]}.  {pick(['4B','5A','USI','Urg'])}  {pick(['7h-15h','15h-23h','nuit','garde 24h'] if lang=='fr' else ['day','evening','night','on call'])}")
    body = (pick(['Planning infirmier semaine prochaine :', 'Horaire des gardes :', 'Rôle de garde :']) if lang == 'fr' else 'On-call schedule next week:') + '\n\n' + '\n'.join(rows) + '\n\n' + sig(lang, me, s)
    atts = [('planning.xlsx', xlsx([[r] for r in rows]))] if R.random() < .3 else []
    return dict(subj=pick(['Planning', 'Gardes semaine', 'On-call roster', 'horaire']), body=body, lang=lang, site=s, to=to, me=me, atts=atts, note='staff roster with surnames in caps, units and shifts', cat='staff_roster')

def N_colleague_disease():
    s, lang, me = ctx(); to = ext(); st = staff(); dx = pick(DX_FR if lang == 'fr' else DX_EN)
    body = (f"Bonjour,\n\nPour les cas complexes de {dx}, vous pouvez contacter {dr(st)}, référente du service, au {pick([phone_be(), phone_fr()])}. Elle tient une consultation dédiée le mardi.\n" if lang == 'fr' else f"Hi,\n\nFor complex {dx} cases, {dr(st,'en')} runs a dedicated clinic on Tuesdays. Clinic line 613-555-{R.randint(1000,9999)}.\n") + '\n' + sig(lang, me, s)
    return dict(subj=pick(['Consultation spécialisée', 'Référent', 'Who to call']), body=body, lang=lang, site=s, to=to, me=me, note='physician named next to the disease they treat', cat='colleague_disease')

def N_bulletin():
    s, lang, me = ctx(); to = ext()
    body = (f"Bulletin de vigilance\n\nSemaine {R.randint(1,52)} : {R.randint(5,40)} cas de grippe A confirmés à l'hôpital, dont {R.randint(1,6)} en unité 4B. {R.randint(1,5)} cas de C. difficile. Rappel vaccination du personnel.\n" if lang == 'fr' else f"Infection control bulletin\n\nWeek {R.randint(1,52)}: {R.randint(5,40)} influenza cases, {R.randint(1,4)} RSV. Masking in effect.\n") + '\nÉquipe PCI / IPAC'
    return dict(subj=pick(['Bulletin épidémiologique', 'Vigilance grippe', 'IPAC bulletin']), body=body, lang=lang, site=s, to=to, me=me, note='public health bulletin with aggregate counts', cat='bulletin')

def N_teaching():
    s, lang, me = ctx(); to = ext(); age = R.randint(25, 88)
    body = (f"Cas clinique du mois\n\nUne femme de {age} ans se présente aux urgences pour dyspnée. ATCD : {pick(DX_FR)}. Quel est votre diagnostic ? Réponse la semaine prochaine.\n" if lang == 'fr' else f"Case of the month\n\nA {age}-year-old man presents with chest pain. History of {pick(DX_EN)}. What next?\n") + '\n' + sig(lang, me, s)
    return dict(subj=pick(['Cas clinique', 'Case of the month', 'Quiz ECG']), body=body, lang=lang, site=s, to=to, me=me, note='anonymised teaching case', cat='teaching_case')

def N_job():
    s, lang, me = ctx(); to = ext()
    body = (f"Offre d'emploi\n\nLe {s[1]} recrute un(e) {pick(['infirmier(ère) en soins intensifs','pharmacien(ne) hospitalier(ère)','médecin gériatre','assistant(e) social(e)'])} (CDI, temps plein). Candidatures avant le {R.randint(1,28)}/{R.randint(1,12)} : rh@{s[2]}\n" if lang == 'fr' else f"Job posting\n\n{s[1]} is hiring a bilingual research coordinator. Apply: hr@{s[2]}\n")
    return dict(subj=pick(['Offre d\'emploi', 'Poste à pourvoir', 'Job posting']), body=body, lang=lang, site=s, to=to, me=me, note='job posting', cat='job_posting')

def N_facilities():
    s, lang, me = ctx(); to = ext()
    body = pick(["Bonjour,\n\nLe parking P2 sera fermé lundi pour travaux. Merci d'utiliser le P4.\n", "Bonjour,\n\nLa cafétéria propose un menu spécial vendredi. Horaires étendus jusqu'à 20h.\n", "Hi,\n\nElevator B out of service until Thursday.\n", "Bonjour,\n\nCoupure d'eau chaude aile C mardi 9h-11h.\n"])
    lang = 'en' if body.startswith('Hi') else 'fr'
    return dict(subj=pick(['Parking', 'Info services généraux', 'Facilities notice', 'Travaux']), body=body + '\nServices généraux', lang=lang, site=s, to=to, me=me, note='facilities notice', cat='facilities')

def N_committee():
    s, lang, me = ctx(); to = ext(); st = datetime.datetime(2026, R.randint(1, 12), R.randint(1, 28), R.randint(8, 16), 0)
    summ = pick(['Comité d\'éthique - séance', 'Comité médicament', 'Quality committee', 'Comité qualité et sécurité'])
    body = (f"Bonjour,\n\nVous êtes invité(e) à la séance du {summ}. Ordre du jour : approbation du PV, protocole EXEMPLE-{R.randint(10,99)}, indicateurs trimestriels.\n" if lang == 'fr' else f"Hello,\n\nYou're invited to the {summ}. Agenda: minutes, formulary review.\n") + '\n' + sig(lang, me, s)
    return dict(subj=summ, body=body, lang=lang, site=s, to=to, me=me, atts=[('invite.ics', ics(summ, 'Ordre du jour en PJ', st, 'Salle B204 / Teams'))], note='committee invitation, no patient', cat='committee')

def N_quality():
    s, lang, me = ctx(); to = ext()
    rows = [['Indicateur', 'T1', 'T2', 'T3'], ['Chutes', R.randint(5, 30), R.randint(5, 30), R.randint(5, 30)], ['Escarres', R.randint(0, 10), R.randint(0, 10), R.randint(0, 10)], ['Erreurs médicamenteuses', R.randint(0, 20), R.randint(0, 20), R.randint(0, 20)]]
    body = ("Bonjour,\n\nCi-joint les indicateurs qualité trimestriels (données agrégées, aucune donnée nominative).\n" if lang == 'fr' else "Hi,\n\nQuarterly quality indicators attached (aggregate only).\n") + '\n' + sig(lang, me, s)
    k = pick(['xlsx', 'csv'])
    return dict(subj=pick(['Indicateurs qualité', 'Quality indicators Q3', 'Tableau de bord']), body=body, lang=lang, site=s, to=to, me=me, atts=[('indicateurs.' + k, xlsx(rows) if k == 'xlsx' else csvb(rows))], note='aggregate quality indicators', cat='quality_aggregate')

def N_vendor():
    s, lang, me = ctx(); to = ext()
    body = (f"Bonjour,\n\nNous vous informons du rappel de lot {luhn_num(12)} ({pick(['seringues 10 mL','tubulures','électrodes ECG'])}). Merci de retirer les stocks et de nous retourner le formulaire.\n\nMedSupply Exemple — Qualité" if lang == 'fr' else f"Hello,\n\nField safety notice: lot {luhn_num(12)} of IV sets. Please quarantine stock.\n\nMedSupply Example — QA")
    return dict(subj=pick(['Rappel de lot', 'Field safety notice', 'Avis de sécurité']), body=body, lang=lang, site=s, to=to, me=me, note='vendor recall with lot number', cat='vendor')

def N_scheduling():
    s, lang, me = ctx(); to = ext(); st = staff('on')
    body = pick(["Parfait, mardi 14h me convient pour la visio sur le partenariat.", "Ok pour jeudi, je réserve la salle.", "Works for me, see you Tuesday."])
    lang = 'en' if body.startswith('Works') else 'fr'
    return dict(subj='RE: ' + pick(['Visio partenariat', 'Réunion échange internes', 'Exchange program call']), body=body + '\n\n' + sig(lang, me, s), lang=lang, site=s, to=to, me=me,
                quote=f"Bonjour,\nPouvons-nous prévoir un appel pour discuter de l'échange de résidents entre nos deux établissements ?\n{st['giv']} {st['sur']}" if lang == 'fr' else f"Hi,\nCan we set up a call about the resident exchange?\n{st['giv']} {st['sur']}", note='meeting scheduling reply', cat='scheduling')

NEG = [(N_congress, 8), (N_consortium, 8), (N_blankform, 7), (N_invoice, 8), (N_hr, 8), (N_union, 6), (N_it, 7), (N_roster, 7), (N_colleague_disease, 7), (N_bulletin, 7), (N_teaching, 7), (N_job, 6), (N_facilities, 6), (N_committee, 6), (N_quality, 6), (N_vendor, 5), (N_scheduling, 6)]

# ---------------- transport ----------------
def html_of(text):
    import html
    return '<html><body style="font-family:Calibri,Arial">' + ''.join('<p>' + html.escape(par).replace('\n', '<br>\n') + '</p>\n' for par in text.split('\n\n')) + '</body></html>'
def text_part(text, subtype, charset, cte):
    try: raw = text.encode(charset)
    except UnicodeEncodeError: charset = 'utf-8'; raw = text.encode('utf-8')
    p = MIMENonMultipart('text', subtype, charset=charset)
    if cte == 'base64': p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable': p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        cte = '8bit' if any(b > 127 for b in raw) else '7bit'; p.set_payload(raw.decode('ascii', 'surrogateescape'))
    p['Content-Transfer-Encoding'] = cte
    return p
def att_part(name, data):
    ext_ = name.rsplit('.', 1)[-1]; mt, st = MIME[ext_]
    if ext_ == 'eml':
        p = MIMEMessage(data)
    elif mt == 'text':
        p = MIMENonMultipart(mt, st, charset='utf-8')
        if st == 'calendar': p.set_param('method', 'REQUEST')
        p.set_payload(base64.encodebytes(data).decode('ascii')); p['Content-Transfer-Encoding'] = 'base64'
    else:
        p = MIMEBase(mt, st); p.set_payload(data); encoders.encode_base64(p)
    if all(ord(c) < 128 for c in name): p.add_header('Content-Disposition', 'attachment', filename=name)
    else: p.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', name))
    return p
def hdr(s):
    return s if all(ord(c) < 128 for c in s) else Header(s, 'utf-8').encode()
def quote_block(m, text, lang, who=None):
    d = msgdate(); who = who or f"{m['to'][1]}"
    style = R.randint(0, 2)
    if style == 0:
        intro = f"Le {d.strftime('%d/%m/%Y à %H:%M')}, {who} a écrit :" if lang == 'fr' else f"On {d.strftime('%a, %b %d, %Y at %H:%M')}, {who} wrote:"
        return intro + '\n' + '\n'.join('> ' + l for l in text.split('\n'))
    if style == 1:
        return ('-----Message d\'origine-----\nDe : ' if lang == 'fr' else '-----Original Message-----\nFrom: ') + f"secretariat@{m['to'][2]}\n" + ('Envoyé : ' if lang == 'fr' else 'Sent: ') + d.strftime('%d/%m/%Y %H:%M') + '\n' + ('Objet : ' if lang == 'fr' else 'Subject: ') + m['subj'] + '\n\n' + text
    return ('---------- Message transféré ----------\n' if lang == 'fr' else '---------- Forwarded message ---------\n') + f"De : {m['me']['giv'].lower()}@{m['site'][2]}\nDate : {d.strftime('%d/%m/%Y')}\nObjet : {m['subj']}\n\n" + text

def build(m, idx):
    lang = m['lang']; atts = m.get('atts', [])
    # reply / forward wrapping
    mode = None
    if m.get('quote'):
        body = m['body'] + '\n\n' + quote_block(m, m['quote'], lang); mode = 'reply'
    elif R.random() < .18:
        top = pick(['ok merci, je m\'en occupe', 'Vu, on le prend jeudi.', 'Bien reçu.', 'Voir ci-dessous.', 'TR pour suite à donner']) if lang == 'fr' else pick(['Thanks, will do.', 'See below.', 'Got it - booked.', 'FYI'])
        orig = m['me']; qb = quote_block(m, m['body'], lang, who=f"{orig['giv']} {orig['sur']} <{email_of(orig, m.get('sender_site', m['site'])[2])}>")
        m['me'] = staff('on' if m.get('sender_site') == ON else 'be'); mode = 'fwd' if qb.startswith('-' * 10) else 'reply'
        body = top + '\n\n' + qb
        m['subj'] = ('TR: ' if lang == 'fr' else 'Fwd: ') + m['subj'] if mode == 'fwd' else 'RE: ' + m['subj']
    else:
        body = m['body']
    charset = pick(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = pick(['quoted-printable', 'base64', '8bit'])
    if atts: form = pick(['mixed_plain', 'mixed_alt', 'mixed_html'])
    else: form = pick(['plain', 'plain', 'html', 'alt'])
    def body_part():
        if form in ('plain', 'mixed_plain'): return text_part(body, 'plain', charset, cte)
        if form in ('html', 'mixed_html'): return text_part(html_of(body), 'html', charset, cte)
        a = MIMEMultipart('alternative'); a.set_boundary('=_alt_%016x' % R.getrandbits(64)); a.attach(text_part(body, 'plain', charset, cte)); a.attach(text_part(html_of(body), 'html', charset, cte)); return a
    if atts:
        msg = MIMEMultipart('mixed'); msg.set_boundary('=_mix_%016x' % R.getrandbits(64)); msg.attach(body_part())
        for n, d in atts: msg.attach(att_part(n, d))
    else:
        msg = body_part()
    site = m.get('sender_site', m['site']); me = m['me']
    frm = formataddr((f"{me['giv']} {me['sur']}", email_of(me, site[2])), charset='utf-8')
    to = m['to']; rcpt = pick(['secretariat', 'accueil', 'referrals', 'info', 'consultations']) + '@' + to[2]
    msg['From'] = frm; msg['To'] = rcpt
    if R.random() < .3: msg['Cc'] = pick(['secretariat', 'archives', 'coordination']) + '@' + site[2]
    msg['Subject'] = hdr(m['subj']); msg['Date'] = format_datetime(msgdate())
    msg['Message-ID'] = f"<{R.getrandbits(64):016x}.{idx}@{site[2]}>"
    if mode == 'reply': msg['In-Reply-To'] = f"<{R.getrandbits(48):012x}@{to[2]}>"
    if 'MIME-Version' not in msg: msg['MIME-Version'] = '1.0'
    crlf = R.random() < .4
    pol = email.policy.compat32.clone(linesep='\r\n' if crlf else '\n')
    bio = io.BytesIO(); email.generator.BytesGenerator(bio, policy=pol, mangle_from_=False).flatten(msg)
    tr = dict(form=form, charset=charset, cte=cte, crlf=crlf, mode=mode or 'new', atts=[n.rsplit('.', 1)[-1] for n, _ in atts])
    return bio.getvalue(), tr

def check(path):
    b = open(path, 'rb').read()
    msg = email.message_from_bytes(b, policy=email.policy.default)
    for part in msg.walk():
        if part.defects: raise SystemExit(f'defects in {path}: {part.defects}')
        if part.is_multipart(): continue
        c = part.get_content()
        if part.get_content_maintype() == 'text': assert isinstance(c, str)
    return b

def main():
    import email.generator
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default=HERE); a = ap.parse_args()
    out = a.out
    for d in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True); os.makedirs(os.path.join(out, d))
    plan = [(f, True) for f, n in POS for _ in range(n)] + [(f, False) for f, n in NEG for _ in range(n)]
    R.shuffle(plan)
    labels = {}; stats = dict(pos=0, neg=0, cat={}, lang={}, form={}, charset={}, cte={}, crlf=0, mode={}, att={})
    pi = ni = 0
    for idx, (f, pos) in enumerate(plan):
        m = f()
        data, tr = build(m, idx)
        if pos: pi += 1; name = f"positive/p{pi:03d}_{m['cat']}.eml"
        else: ni += 1; name = f"negative/n{ni:03d}_{m['cat']}.eml"
        with open(os.path.join(out, name), 'wb') as fh: fh.write(data)
        types = sorted(set(m.get('types', []))) if pos else []
        labels[name] = dict(confidential=pos, types=types, lang=m['lang'], note=m['note'])
        stats['pos' if pos else 'neg'] += 1
        for k, v in (('cat', ('P:' if pos else 'N:') + m['cat']), ('lang', m['lang']), ('form', tr['form']), ('charset', tr['charset']), ('cte', tr['cte']), ('mode', tr['mode'])):
            stats[k][v] = stats[k].get(v, 0) + 1
        for e in tr['atts']: stats['att'][e] = stats['att'].get(e, 0) + 1
        stats['crlf'] += tr['crlf']
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh: json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    # self-check
    files = sorted(os.path.relpath(os.path.join(dp, fn), out) for d in ('positive', 'negative') for dp, _, fns in os.walk(os.path.join(out, d)) for fn in fns)
    assert files == sorted(labels), 'labels do not cover files'
    h = hashlib.sha256()
    for fn in files + ['labels.json']:
        b = check(os.path.join(out, fn)) if fn.endswith('.eml') else open(os.path.join(out, fn), 'rb').read()
        lab = labels.get(fn)
        if lab: assert (len(lab['types']) > 0) == lab['confidential'], fn
        h.update(fn.encode() + b'\0' + b)
    print(json.dumps(stats, indent=1, sort_keys=True, ensure_ascii=False))
    print('sha256', h.hexdigest())

if __name__ == '__main__':
    import email.generator
    main()
