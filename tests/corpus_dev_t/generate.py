#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound hospital e-mail corpus (BE/FR/QC/ON).
Usage: python generate.py [--out DIR] [--seed 1212]"""
import argparse, io, json, os, random, re, hashlib, zipfile, datetime, html, unicodedata, sys
import email, email.policy, email.utils
from email.message import EmailMessage
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum.ca import sin as ca_sin
from stdnum import luhn

HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')
FIXED_ZIP_DT = (2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- data
BE_LAST = ['Janssens','Peeters','Maes','Dubois','Lambert','Dupont','Claes','Goossens','Wouters','Mertens','Leclercq','Renard','Collignon','Lejeune','Hermans','Delvaux','Piette','Gilson','Bastin','Lemaire','Thiry','Vanderheyden','El Amrani','Yilmaz','Nkulu']
BE_FIRST_F = ['Marie','Anne','Nathalie','Isabelle','Sarah','Fatima','Chantal','Ludivine','Els','Sophie','Aïcha','Monique']
BE_FIRST_M = ['Luc','Jean-Pierre','Philippe','Kevin','Mohamed','Yannick','Didier','Marc','Jozef','Thierry','Emre','Benoît']
FR_LAST = ['Martin','Bernard','Petit','Durand','Leroy','Moreau','Simon','Laurent','Garcia','Roux','Fontaine','Chevalier','Girard','Mercier','Blanc','Guérin','Boyer','Faure','Rousseau','Benali','Perrin','Morel']
FR_FIRST_F = ['Camille','Élodie','Jeanne','Catherine','Sandrine','Manon','Lucie','Odette','Nadia','Brigitte','Inès']
FR_FIRST_M = ['Nicolas','Julien','Pierre','Bernard','Jean-Luc','Hugo','Karim','Alain','Thomas','René','Sébastien']
ON_LAST = ['Campbell','Stewart','Murray','Kowalski','Singh','Nguyen','Thompson','Reid','Patel','O\'Brien']
ON_FIRST_F = ['Emily','Jessica','Priya','Grace','Margaret','Olivia']
ON_FIRST_M = ['Ryan','Daniel','Arjun','Kevin','Harold','Ethan']
STAFF = ['Dr Hélène Vandamme','Dr Olivier Masson','Dr Sylvie Decker','Pr Jean-François Lhoest','Dr Amina Bakkali','Dr Pieter De Smet','Dr Claire Rivoire','Pr Étienne Gauthier-Roche','Dr Marc-André Tremblay','Dr Julie Bergeron','Dr Nathan Goldberg','Dr Karine Ouimet','Dr Laura Chen','Dr Simon Pichette','Dr Valérie Moens']
NURSES = ['Inf. Laetitia Henrard','Inf. Grégory Closset','IDE Aurélie Baptiste','IDE Samir Haddad','Inf. Cindy Verbeke','RN Tara Whitfield','inf. Mélanie Gosselin']
CLERKS = ['Nadine Lacroix (secrétariat)','Sabrina Colson, secrétaire médicale','Valérie Pirotte','Kim Lévesque, agente administrative','Jordan Fiset']

ORG = {
 'be': dict(name='Cliniques universitaires de Val-Meuse', dom='cuvm.example', city='Namur', addr='Avenue du Confluent 12, 5000 Namur', tel='+32 (0)81 555 40 00', tz=1),
 'fr': dict(name='CHU de Lorvane', dom='chu-lorvane.example', city='Lyon', addr='3 quai des Célestins, 69002 Lyon', tel='04 72 55 52 00', tz=1),
 'en': dict(name='CIUSSS de la Haute-Rivière', dom='ciusss-hr.example', city='Québec', addr='2450 boul. Laurier, Québec (QC) G1V 5T5', tel='418 555-0100', tz=-5),
}
PARTNERS = {
 'be': ['mut-entraide.example','cpas-valmeuse.example','chr-hautsart.example','labo-condroz.example','mutualite-libre-sud.example','gmail.example','chu-lorvane.example','ciusss-hr.example'],
 'fr': ['ch-vienne-sud.example','cpam-rhone.example','mutuelle-alpine.example','clinique-bellecour.example','cuvm.example','ciusss-hr.example','had-lyon.example','orange.example'],
 'en': ['lhsc-on.example','ciusss-hr.example','mcgill-partners.example','cuvm.example','chu-lorvane.example','sunlife-travel.example','uottawa-research.example','hotmail.example'],
}
STREETS_BE = ['Rue des Tilleuls','Chaussée de Louvain','Rue de Fer','Avenue Reine Astrid','Rue Saint-Nicolas','Rue du Moulin','Place de la Station']
CITIES_BE = ['5000 Namur','4000 Liège','6000 Charleroi','1348 Louvain-la-Neuve','5100 Jambes','1030 Schaerbeek','5300 Andenne']
STREETS_FR = ['rue des Acacias','avenue Jean-Jaurès','chemin des Vignes','rue Paul-Bert','boulevard des Brotteaux','impasse du Lavoir']
CITIES_FR = ['69003 Lyon','69100 Villeurbanne','38200 Vienne','42000 Saint-Étienne','69600 Oullins','01000 Bourg-en-Bresse']
DEPTS = ['69','38','42','01','75','59','13','71']
DISCLAIMER_FR = "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur(s) destinataire(s). Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire."
DISCLAIMER_EN = "CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for the addressee. If you received it in error, please notify the sender and delete it."

# ---------------------------------------------------------------- identifiers
def make_niss(rng, dob, sex):
    while True:
        ctr = rng.randrange(1, 997)
        if (ctr % 2 == 1) != (sex == 'M'):
            continue
        first9 = dob.strftime('%y%m%d') + '%03d' % ctr
        base = int(first9) + (2000000000 if dob.year >= 2000 else 0)
        num = first9 + '%02d' % (97 - base % 97)
        if be_nn.is_valid(num):
            return num

def fmt_niss(n, style):
    if style == 0: return f'{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:11]}'
    if style == 1: return n
    if style == 2: return f'{n[0:6]} {n[6:9]} {n[9:11]}'
    if style == 3: return f'{n[0:6]}-{n[6:9]}-{n[9:11]}'
    return f'{n[0:2]}.{n[2:4]}.{n[4:6]} {n[6:9]}-{n[9:11]}'

def make_nir(rng, dob, sex):
    while True:
        s = '1' if sex == 'M' else '2'
        first13 = s + dob.strftime('%y%m') + rng.choice(DEPTS) + '%03d' % rng.randrange(1, 990) + '%03d' % rng.randrange(1, 999)
        num = first13 + '%02d' % (97 - int(first13) % 97)
        if fr_nir.is_valid(num):
            return num

def fmt_nir(n, style):
    if style == 0: return f'{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:15]}'
    if style == 1: return n
    if style == 2: return f'{n[:13]} {n[13:]}'
    return f'{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:10]}.{n[10:13]}.{n[13:15]}'

def make_sin(rng):
    while True:
        d = str(rng.choice([1, 2, 4, 5, 6, 7])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        num = d + luhn.calc_check_digit(d)
        if ca_sin.is_valid(num):
            return num

def make_ohn(rng):
    d = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
    num = d + luhn.calc_check_digit(d)
    assert luhn.is_valid(num)
    return num

def fmt_nam(n, style):
    if style == 0: return n
    if style == 1: return f'{n[:4]} {n[4:8]} {n[8:]}'
    return f'{n[:4]}-{n[4:8]}-{n[8:]}'.lower() if style == 2 else f'{n[:4]} {n[4:]}'

FW = str.maketrans('0123456789', '０１２３４５６７８９')

def make_mrn(rng, org):
    k = rng.randrange(5)
    if org == 'be':
        return [f'{rng.randrange(1000000, 9999999)}', f'VM-{rng.randrange(100000, 999999)}', f'{rng.randrange(20,26)}/{rng.randrange(10000,99999)}', f'P{rng.randrange(10000000, 99999999)}', f'{rng.randrange(10000000, 99999999)}'][k]
    if org == 'fr':
        return [f'{rng.randrange(80000000, 89999999)}', f'IPP {rng.randrange(1000000, 9999999)}', f'L{rng.randrange(1000000, 9999999)}', f'{rng.randrange(10000000, 99999999)}', f'2026-{rng.randrange(100000, 999999)}'][k]
    return [f'{rng.randrange(1000000, 9999999)}', f'H{rng.randrange(100000, 999999)}', f'HR-{rng.randrange(1000000, 9999999)}', f'{rng.randrange(10000000, 99999999)}', f'MRN{rng.randrange(1000000, 9999999)}'][k]

# ---------------------------------------------------------------- people
class P:  # patient
    pass

def rand_dob(rng, lo=1932, hi=2021):
    return datetime.date(rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29))

def be_patient(rng):
    p = P(); p.sex = rng.choice('MF')
    p.first = rng.choice(BE_FIRST_M if p.sex == 'M' else BE_FIRST_F); p.last = rng.choice(BE_LAST)
    p.dob = rand_dob(rng); p.niss = make_niss(rng, p.dob, p.sex); p.mrn = make_mrn(rng, 'be')
    p.addr = f'{rng.choice(STREETS_BE)} {rng.randrange(1, 180)}, {rng.choice(CITIES_BE)}'
    p.tel = f'+32 47{rng.randrange(0,10)} 55 5{rng.randrange(0,10)} {rng.randrange(10,99)}'
    return p

def fr_patient(rng):
    p = P(); p.sex = rng.choice('MF')
    p.first = rng.choice(FR_FIRST_M if p.sex == 'M' else FR_FIRST_F); p.last = rng.choice(FR_LAST)
    p.dob = rand_dob(rng); p.nir = make_nir(rng, p.dob, p.sex); p.mrn = make_mrn(rng, 'fr')
    p.addr = f'{rng.randrange(1, 120)} {rng.choice(STREETS_FR)}, {rng.choice(CITIES_FR)}'
    p.tel = f'06 55 5{rng.randrange(0,10)} {rng.randrange(10,99)} {rng.randrange(10,99)}'
    return p

NAMS = []
def load_nams():
    for line in open(NAMS_FILE, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        s, g, d, sx, nam = line.split()
        NAMS.append((s, g, d, sx, nam))

def qc_patient(rng, pool):
    s, g, d, sx, nam = pool.pop(rng.randrange(len(pool))) if pool else rng.choice(NAMS)
    p = P(); p.last, p.first, p.sex, p.nam = s, g, sx, nam
    p.dob = datetime.date.fromisoformat(d); p.mrn = make_mrn(rng, 'en')
    p.addr = f'{rng.randrange(100, 9999)} rue {rng.choice(["des Érables","Saint-Jean","Cartier","de la Canardière","Maguire"])}, Québec (QC) G1{rng.choice("KLMRSV")} {rng.randrange(1,9)}{rng.choice("ABCHJ")}{rng.randrange(1,9)}'
    p.tel = f'418 555-0{rng.randrange(100, 199)}'
    return p

def on_patient(rng):
    p = P(); p.sex = rng.choice('MF')
    p.first = rng.choice(ON_FIRST_M if p.sex == 'M' else ON_FIRST_F); p.last = rng.choice(ON_LAST)
    p.dob = rand_dob(rng); p.ohn = make_ohn(rng); p.mrn = make_mrn(rng, 'en')
    p.vc = rng.choice(['AB', 'KT', 'MR', 'XZ'])
    p.tel = f'613 555-0{rng.randrange(100, 199)}'
    return p

def civ(p, lang='fr'):
    if lang == 'fr': return 'Madame' if p.sex == 'F' else 'Monsieur'
    return 'Ms.' if p.sex == 'F' else 'Mr.'

def nee(p): return 'née' if p.sex == 'F' else 'né'
def dfr(d): return d.strftime('%d/%m/%Y')
def den(d): return d.strftime('%Y-%m-%d')

# ---------------------------------------------------------------- attachments
def pdf_bytes(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title); c.setAuthor('secretariat'); c.setCreator('generator')
    y = 800
    c.setFont('Helvetica-Bold', 13); c.drawString(50, y, title); y -= 28
    c.setFont('Helvetica', 10)
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 800
        c.drawString(50, y, ln); y -= 15
    c.save()
    return buf.getvalue()

def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-01-01T00:00:00Z\g<3>', blob)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, blob)
    return out.getvalue()

def docx_bytes(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 1, 1)
    d.core_properties.modified = datetime.datetime(2026, 1, 1)
    d.core_properties.author = 'secretariat'
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO(); d.save(buf)
    return normalize_zip(buf.getvalue())

def xlsx_bytes(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2026, 1, 1)
    wb.properties.modified = datetime.datetime(2026, 1, 1)
    wb.properties.creator = 'secretariat'
    ws = wb.active; ws.title = sheet
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO(); wb.save(buf)
    return normalize_zip(buf.getvalue())

def csv_text(rows, sep=';'):
    return '\r\n'.join(sep.join(str(x) for x in r) for r in rows) + '\r\n'

def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)
    return out.getvalue()

def ics_bytes(uid, summary, desc, start, minutes, location):
    import icalendar
    cal = icalendar.Calendar(); cal.add('prodid', '-//Agenda//HR//FR'); cal.add('version', '2.0'); cal.add('method', 'REQUEST')
    ev = icalendar.Event(); ev.add('uid', uid); ev.add('dtstamp', datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc))
    ev.add('dtstart', start); ev.add('dtend', start + datetime.timedelta(minutes=minutes))
    ev.add('summary', summary); ev.add('description', desc); ev.add('location', location)
    cal.add_component(ev)
    return cal.to_ical()

def vcard_text(fn, org, tel, email_, adr=None, note=None):
    last, first = (fn.split(' ', 1)[1], fn.split(' ', 1)[0]) if ' ' in fn else (fn, '')
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{last};{first};;;', f'FN:{fn}']
    if org: lines.append(f'ORG:{org}')
    if tel: lines.append(f'TEL;TYPE=CELL:{tel}')
    if email_: lines.append(f'EMAIL:{email_}')
    if adr: lines.append(f'ADR;TYPE=HOME:;;{adr};;;;')
    if note: lines.append(f'NOTE:{note}')
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'

def att(name, data, mt, st):
    return (name, data, mt, st)

# ---------------------------------------------------------------- helpers for text
def sig(r, loc, who=None):
    o = ORG[loc]
    who = who or r.choice(STAFF + CLERKS)
    return f"--\n{who}\n{o['name']}\n{o['addr']}\nTél. {o['tel']}" if loc != 'en' else f"--\n{who}\n{o['name']}\n{o['addr']}\nTel. {o['tel']}"

def greet(r, lang):
    return r.choice(['Bonjour,', 'Bonjour à tous,', 'Chère Consœur, cher Confrère,', 'Bjr,', 'Madame, Monsieur,']) if lang == 'fr' else r.choice(['Hi,', 'Hello all,', 'Dear colleague,', 'Good morning,', 'Hi team,'])

def closing(r, lang):
    return r.choice(['Bien à vous,', 'Cordialement,', 'Bonne journée,', 'Merci d\'avance,', 'Bien confraternellement,']) if lang == 'fr' else r.choice(['Best regards,', 'Thanks,', 'Kind regards,', 'Cheers,', 'Many thanks,'])

DIAG_FR = ['adénocarcinome pulmonaire lobe sup. droit cT2N1M0', 'cancer du sein gauche triple négatif', 'lymphome B diffus à grandes cellules', 'AVC ischémique sylvien gauche', 'décompensation cardiaque (FEVG 30 %)', 'BPCO exacerbée', 'diabète type 2 déséquilibré (HbA1c 10,2 %)', 'fracture col du fémur D opérée', 'pancréatite aiguë biliaire', 'schizophrénie paranoïde, décompensation', 'insuffisance rénale chronique stade 4', 'mélanome nodulaire dos pT3a', 'maladie de Crohn iléale sténosante', 'épilepsie pharmacorésistante', 'cholangiocarcinome hilaire']
DIAG_EN = ['stage III colon adenocarcinoma', 'NSTEMI, 3-vessel disease', 'acute myeloid leukemia (FLT3+)', 'left MCA ischemic stroke', 'decompensated cirrhosis (MELD 22)', 'pulmonary embolism', 'glioblastoma, IDH wild-type', 'type 1 diabetes with DKA', 'septic arthritis R knee', 'major depressive disorder with suicidal ideation', 'multiple myeloma', 'cystic fibrosis exacerbation']
MEDS_FR = ['apixaban 5 mg 2x/j', 'metformine 1 g 2x/j', 'bisoprolol 2,5 mg', 'furosémide 40 mg', 'insuline glargine 22 UI le soir', 'lévétiracétam 500 mg 2x/j', 'rispéridone 4 mg', 'tramadol 50 mg si douleur', 'méthotrexate 15 mg/sem']
MEDS_EN = ['apixaban 5 mg BID', 'metoprolol 25 mg BID', 'insulin glargine 18 U qhs', 'hydromorphone 1 mg q4h PRN', 'tacrolimus 2 mg BID', 'enoxaparin 80 mg SC BID', 'sertraline 100 mg daily']

def pick(r, l, k=1):
    return r.sample(l, k) if k > 1 else r.choice(l)

MUT_OBJ = ['la rééducation locomotrice (pathologie E)', "l'oxygénothérapie de longue durée", "l'hospitalisation de jour en oncologie"]
CPAS_SIT = ["Sans domicile depuis l'expulsion de son logement en août.", 'Situation de violence conjugale, ne peut pas retourner au domicile.', 'Sans titre de séjour, aucune couverture mutuelle.', "Revenu d'intégration suspendu, factures impayées à l'hôpital."]
# ================================================================ POSITIVE TEMPLATES
def p_transfer_qc(C):
    r = C.r; p = qc_patient(r, C.pool); d = pick(r, DIAG_EN)
    nam = fmt_nam(p.nam, r.randrange(4))
    if C.loc == 'en':
        body = f"""{greet(r,'en')}

We are requesting a repatriation transfer for {civ(p,'en')} {p.first} {p.last} (DOB {den(p.dob)}, RAMQ {nam}), currently admitted in our ICU since {r.randrange(2,28)} {r.choice(['March','June','September','October'])} after a {d} while travelling in Belgium.
{'She' if p.sex=='F' else 'He'} is now hemodynamically stable, off pressors, on room air. Travel insurer has approved a medical escort on a commercial flight.
Could your bed manager confirm a ward bed at {ORG['en']['name']}? Discharge summary and imaging CD will travel with the patient.

{closing(r,'en')}
{sig(r,'be', r.choice(STAFF))}
Dept of Intensive Care — International patients desk
"""
        return dict(cat='transfer_request', subject=f"Repatriation request – {p.last.upper()} {p.first} – Val-Meuse ICU > Québec", body=body, org='be', to_dom='ciusss-hr.example',
            types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'], note='repatriation request naming a Quebec patient with RAMQ number, DOB and diagnosis')
    body = f"""{greet(r,'fr')}

Suite à notre échange téléphonique, je vous confirme la demande de rapatriement de {civ(p)} {p.last.upper()} {p.first}, {nee(p)} le {dfr(p.dob)}, NAM {nam}.
Hospitalisé{'e' if p.sex=='F' else ''} chez nous depuis le {r.randrange(1,28)}/0{r.randrange(3,9)} pour {pick(r, DIAG_FR)}.
Traitement en cours : {pick(r, MEDS_FR)}, {pick(r, MEDS_FR)}.
Vol Bruxelles–Montréal prévu avec infirmier accompagnateur (Assistance Boréale). Merci de nous confirmer un lit d'accueil.

{closing(r,'fr')}
{sig(r, C.loc)}
"""
    return dict(cat='transfer_request', subject=f"Rapatriement patient québécois — {p.last} ({den(p.dob)})", body=body, to_dom='ciusss-hr.example',
        types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication'], note='rapatriement d\'un patient québécois avec NAM, date de naissance, diagnostic et traitement')

def p_second_opinion(C):
    r = C.r; lang = 'en' if C.loc == 'en' else 'fr'
    if lang == 'en':
        p = on_patient(r)
        body = f"""Dear Dr {r.choice(['Vandamme','Decker','Lhoest'])},

Thank you for agreeing to review this case for a second opinion.
Patient: {p.last}, {p.first} — OHIP {p.ohn[:4]}-{p.ohn[4:7]}-{p.ohn[7:]} {p.vc} — DOB {den(p.dob)}
Chart: {p.mrn}
Working dx: {pick(r, DIAG_EN)}. Slides (12 H&E + IHC panel) shipped by courier today, waybill in the attached note.
Our question: would you consider {r.choice(['neoadjuvant therapy','a clinical trial','surgical resection'])}?

{closing(r,'en')}
Dr Laura Chen, MD FRCPC
Lakeshore Health Sciences Centre, Ottawa
"""
        return dict(cat='second_opinion', subject=f"2nd opinion request - {p.last[:1]}.{p.first[:1]}. path review", body=body, org='en', frm='laura.chen@lhsc-on.example', to_dom='cuvm.example',
            types=['patient_name', 'ca_health_number', 'date_of_birth', 'mrn', 'diagnosis'], note='second-opinion request with an Ontario health number, name, DOB, chart number and diagnosis')
    p = fr_patient(r) if C.loc == 'fr' else be_patient(r)
    idl = f"NIR {fmt_nir(p.nir, r.randrange(4))}" if C.loc == 'fr' else f"NISS {fmt_niss(p.niss, r.randrange(5))}"
    body = f"""Cher Confrère,

Je me permets de solliciter votre avis concernant {civ(p)} {p.first} {p.last} ({dfr(p.dob)}, {idl}), suivi{'e' if p.sex=='F' else ''} pour {pick(r, DIAG_FR)}.
Bilan d'extension joint (CR TEP-scan et IRM). {'La patiente souhaite' if p.sex=='F' else 'Le patient souhaite'} un second avis avant la chirurgie proposée.
Les lames ont été demandées au labo d'anapath, réf. bloc {r.randrange(10,26)}-H-{r.randrange(1000,9999)}.

Bien confraternellement,
{sig(r, C.loc, r.choice(STAFF))}
"""
    lines = [f'Patient : {p.last.upper()} {p.first}', f'Date de naissance : {dfr(p.dob)}', idl, f'N° dossier : {p.mrn}', 'Conclusion TEP : hypermétabolisme ganglionnaire médiastinal (SUVmax 8,4).', 'Pas de lésion secondaire hépatique.']
    return dict(cat='second_opinion', subject='Demande de second avis', body=body, atts=[att(f'CR_TEP_{p.last}.pdf', pdf_bytes('Compte rendu TEP-scan', lines), 'application', 'pdf')],
        types=['patient_name', 'date_of_birth', 'be_niss' if C.loc == 'be' else 'fr_nir', 'mrn', 'diagnosis'], note='demande de second avis, patient identifié dans le corps et dans un PDF de compte rendu')

def p_rcp_list(C):
    r = C.r; loc = C.loc if C.loc != 'en' else 'be'
    pts = [(be_patient(r) if loc == 'be' else fr_patient(r)) for _ in range(r.randrange(3, 7))]
    rows = [['Nom', 'Prénom', 'DDN', 'N° dossier', 'Question', 'Médecin']]
    for p in pts:
        rows.append([p.last.upper(), p.first, dfr(p.dob), p.mrn, r.choice(['Chimio adjuvante ?', 'Indication RT ?', 'Résécabilité ?', 'Inclusion essai ?']) + ' ' + pick(r, DIAG_FR)[:30], r.choice(STAFF)])
    name = 'Concertation oncologique multidisciplinaire (COM)' if loc == 'be' else 'RCP digestive'
    body = f"""{greet(r,'fr')}

Vous trouverez ci-joint la liste des dossiers pour la {name} de {r.choice(['mardi','jeudi'])} 13h, salle {r.choice(['B2','Magritte','3.14'])} / Teams.
Merci de compléter les fiches avant lundi midi. Ajout tardif : voir avec le secrétariat.

{closing(r,'fr')}
{sig(r, loc, r.choice(CLERKS))}
"""
    k = r.randrange(2)
    if k == 0:
        a = att('liste_COM.docx' if loc == 'be' else 'RCP_liste.docx', docx_bytes(name, ['Liste des patients présentés'], rows), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')
    else:
        a = att('RCP_patients.xlsx', xlsx_bytes('RCP', rows), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    return dict(cat='tumour_board_list', subject=f"{name} – liste des dossiers", body=body, atts=[a], org=loc, lang='fr',
        types=['patient_name', 'date_of_birth', 'mrn', 'diagnosis'], note='liste de patients présentés en concertation oncologique, en pièce jointe bureautique')

def p_mutuelle(C):
    r = C.r; p = be_patient(r)
    n = fmt_niss(p.niss, r.randrange(5))
    body = f"""Madame, Monsieur,

Concerne : {civ(p)} {p.last} {p.first} – n° NISS {n}
Nous vous transmettons la demande d'accord du médecin-conseil pour la prise en charge de {r.choice(MUT_OBJ)}.
Hospitalisation du {r.randrange(1,15)}/0{r.randrange(1,9)}/2026 au {r.randrange(15,28)}/0{r.randrange(1,9)}/2026, diagnostic principal : {pick(r, DIAG_FR)}.
Mutualité affiliée : {r.choice(['Mutualité Entraide','Mutualité libre du Sud'])}, n° d'affiliation sur la vignette jointe.

Service facturation – tiers payant
{sig(r,'be', r.choice(CLERKS))}
"""
    lines = ['Demande d\'accord médecin-conseil', f'Bénéficiaire : {p.last} {p.first}', f'NISS : {n}', f'Adresse : {p.addr}', f'Diagnostic : {pick(r, DIAG_FR)}', 'Médecin prescripteur : n° INAMI 1-23456-78-910']
    atts = [att(f'accord_MC_{p.niss}.pdf', pdf_bytes('Formulaire médecin-conseil', lines), 'application', 'pdf')] if r.random() < 0.6 else []
    return dict(cat='mutuelle_request', subject=f"Demande accord MC – {p.last.upper()}", body=body, atts=atts, to_dom='mut-entraide.example', org='be',
        types=['patient_name', 'be_niss', 'diagnosis'] + (['patient_contact'] if atts else []), note='courrier à la mutuelle avec NISS et diagnostic d\'un patient')

def p_cpas(C):
    r = C.r; p = be_patient(r)
    body = f"""Bonjour Madame {r.choice(['Renson','Colard','Michaux'])},

Je vous contacte au sujet de {civ(p)} {p.first} {p.last.upper()} ({nee(p)} le {dfr(p.dob)}), hospitalisé{'e' if p.sex=='F' else ''} en {r.choice(['psychiatrie','médecine interne','gériatrie'])} depuis 3 semaines.
{r.choice(CPAS_SIT)}
Pourriez-vous ouvrir une demande d'aide médicale urgente / prise en charge CPAS ? NISS (ou n° bis) : {fmt_niss(p.niss, r.randrange(5))}.
Je peux vous transmettre l'enquête sociale complétée.

{r.choice(['Bien à vous,','Cordialement,'])}
{r.choice(['Aurore Dethier','Benjamin Lallemand','Karima Ouali'])}, assistant(e) social(e)
Service social – {ORG['be']['name']}
"""
    return dict(cat='cpas_social', subject=r.choice(['Demande de prise en charge CPAS', f'Dossier social {p.last}', 'PEC AMU – urgence']), body=body, to_dom='cpas-valmeuse.example', org='be',
        types=['patient_name', 'date_of_birth', 'be_niss', 'social_information'], note='demande au CPAS pour un patient nommé avec NISS et situation sociale')

def p_critical_lab(C):
    r = C.r; loc = C.loc
    if loc == 'en':
        p = qc_patient(r, C.pool)
        val = r.choice(['K+ 6.9 mmol/L', 'Hb 58 g/L', 'troponin hs 1840 ng/L', 'Na 118 mmol/L', 'INR 7.8', 'blood culture: gram-negative rods 2/2'])
        body = f"""CRITICAL VALUE — called to Dr {r.choice(['Bergeron','Goldberg','Ouimet'])} at {r.randrange(7,23)}:{r.randrange(10,59)}, read back OK.
Pt: {p.last.upper()}, {p.first}   MRN {p.mrn}   NAM {fmt_nam(p.nam, r.randrange(4))}
Result: {val}
Collected 2026-{r.randrange(1,12):02d}-{r.randrange(1,28):02d}, unit {r.choice(['4B','6 Nord','ER'])}
Please document in chart.
Biochemistry core lab, ext. 4412
"""
        return dict(cat='critical_value', subject=f"CRITICAL {val.split()[0]} - {p.last}", body=body, org='en',
            types=['patient_name', 'mrn', 'ramq_nam', 'lab_result'], note='critical lab value with patient name, MRN and RAMQ number')
    p = fr_patient(r) if loc == 'fr' else be_patient(r)
    val = r.choice(['kaliémie 6,8 mmol/L', 'Hb 5,9 g/dL', 'troponine 2100 ng/L', 'natrémie 117 mmol/L', 'INR 8,1', 'hémoculture positive BGN'])
    body = f"""Valeur critique à signaler — {val}
Patient{'e' if p.sex=='F' else ''} : {p.last.upper()} {p.first}, {dfr(p.dob)}, dossier {p.mrn}
Prélèvement du jour 07h40, {r.choice(['HDJ','unité 32','néphro','urgences'])}.
Le médecin traitant (Dr {r.choice(['Fievez','Gobert','Rolland'])}) n'a pas pu être joint, merci de rappeler le labo.
Laboratoire de biologie clinique
"""
    return dict(cat='critical_value', subject=f"Valeur critique {p.last.upper()}", body=body,
        types=['patient_name', 'date_of_birth', 'mrn', 'lab_result'], note='valeur critique de laboratoire avec nom, date de naissance et dossier')

def p_discharge(C):
    r = C.r; loc = C.loc if C.loc != 'en' else 'fr'
    p = fr_patient(r) if loc == 'fr' else be_patient(r)
    idl = f"NIR : {fmt_nir(p.nir, r.randrange(4))}" if loc == 'fr' else f"NISS : {fmt_niss(p.niss, r.randrange(5))}"
    d = pick(r, DIAG_FR); m1, m2 = pick(r, MEDS_FR, 2)
    lines = [f'{civ(p)} {p.last.upper()} {p.first}, {nee(p)} le {dfr(p.dob)}', idl, f'Adresse : {p.addr}', f'Séjour du 02/0{r.randrange(2,9)}/2026 au 1{r.randrange(0,9)}/0{r.randrange(2,9)}/2026', f'Diagnostic principal : {d}', f'Traitement de sortie : {m1} ; {m2}', 'Suivi : consultation dans 6 semaines.']
    body = f"""Cher Docteur,

Veuillez trouver ci-joint le courrier de sortie de votre patient{'e' if p.sex=='F' else ''} {civ(p)} {p.last}.
{closing(r,'fr')}
{sig(r, loc, r.choice(CLERKS))}
"""
    fname = r.choice([f'courrier_sortie_{p.last}_{p.first}.pdf', f'CS_{p.mrn.replace(" ","")}.pdf', 'lettre_sortie.pdf'])
    return dict(cat='discharge_letter', subject=r.choice(['Courrier de sortie', f'Compte rendu d\'hospitalisation – {p.last}', 'CR hospit']), body=body, org=loc, lang='fr',
        atts=[att(fname, pdf_bytes('Courrier de sortie', lines), 'application', 'pdf')], to_dom=r.choice(['gmail.example', 'orange.example', 'medecin-generaliste.example']),
        types=['patient_name', 'date_of_birth', 'be_niss' if loc == 'be' else 'fr_nir', 'patient_contact', 'diagnosis', 'medication'], note='courrier de sortie en PDF avec identité, numéro national, diagnostic et traitement')

def p_research_xlsx(C):
    r = C.r
    rows = [['Study ID', 'Site', 'Surname', 'Given name', 'DOB', 'Sex', 'Chart #', 'Randomised', 'Arm']]
    n = r.randrange(4, 9)
    for i in range(n):
        p = qc_patient(r, C.pool) if r.random() < 0.5 else be_patient(r)
        rows.append([f'ONCO-QBE-{r.randrange(100,999)}', 'QC' if hasattr(p, 'nam') else 'BE', p.last, p.first, den(p.dob), p.sex, p.mrn, f'2026-{r.randrange(1,12):02d}-{r.randrange(1,28):02d}', r.choice(['A', 'B'])])
    body = f"""{greet(r,'en')}

Attached is the updated enrolment log for the consortium data review on Thursday. I left the identifiers in so your CRA can reconcile against the source charts — please strip before uploading to REDCap.
{n} participants enrolled since last export.

{closing(r,'en')}
{r.choice(['Sophie Arsenault','Mathieu Ng','Ines Vermeulen'])}, research coordinator
Onco-Bridge Québec–Belgique consortium
"""
    a = att('enrolment_log_Q3.xlsx', xlsx_bytes('log', rows), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet') if r.random() < 0.4 else \
        att('enrolment_log.zip', zip_bytes([('enrolment_log.csv', csv_text(rows, ',').encode('utf-8'))]), 'application', 'zip')
    return dict(cat='research_enrolment', subject='Enrolment log – consortium data review', body=body, atts=[a], lang='en', org='en', to_dom='uottawa-research.example',
        types=['patient_name', 'date_of_birth', 'mrn'], note='research enrolment log with participant names, DOB and chart numbers in an attachment')

def p_signout(C):
    r = C.r; lang = 'en' if C.loc == 'en' else 'fr'
    loc = C.loc
    lines = []
    for i in range(r.randrange(3, 6)):
        if loc == 'en':
            p = qc_patient(r, C.pool); lines.append(f"{r.randrange(401,430)}-{r.choice('ABCD')}  {p.last}, {p.first[0]}.  {2026-p.dob.year}{p.sex}  {pick(r, DIAG_EN)} — {r.choice(['f/u lytes in AM','NPO after MN','watch for withdrawal','family meeting 10h','CT head if GCS drops'])}")
        else:
            p = be_patient(r) if loc == 'be' else fr_patient(r); lines.append(f"Ch {r.randrange(101,140)} {p.last.upper()} {p.first} ({2026-p.dob.year} a) – {pick(r, DIAG_FR)} – {r.choice(['K+ à recontrôler','à jeun pour coro','surveiller diurèse','sortie prévue demain','famille à rappeler'])}")
    if lang == 'en':
        body = "Sign-out for tonight, med ward 4B:\n\n" + '\n'.join(lines) + f"\n\nPager 2231 if anything. Thx\n{r.choice(['Dr Karine Ouimet, R2','Dr Simon Pichette, PGY-3'])}\n"
        return dict(cat='signout_list', subject='Sign-out 4B tonight', body=body, org='en', types=['patient_name', 'diagnosis'], note='overnight sign-out list with patient names, ages and problems')
    body = "Transmissions de garde :\n\n" + '\n'.join(lines) + f"\n\nBonne garde,\n{r.choice(['Dr Valérie Moens, MACCS','Dr Claire Rivoire, interne'])}\n"
    return dict(cat='signout_list', subject=r.choice(['Transmissions garde', 'relève unité 32', 'liste patients WE']), body=body, types=['patient_name', 'diagnosis'], note='liste de transmission de garde avec noms de patients et problèmes médicaux')

def p_transport(C):
    r = C.r; loc = C.loc if C.loc != 'en' else 'be'
    p = be_patient(r) if loc == 'be' else fr_patient(r)
    body = f"""{greet(r,'fr')}

Merci d'organiser un transport {r.choice(['couché','assis','en ambulance'])} pour :
{civ(p)} {p.last.upper()} {p.first}
Adresse : {p.addr}
Tél. : {p.tel}
RDV : {r.choice(['dialyse','radiothérapie','consultation de cardiologie'])} le {r.randrange(1,28)}/{r.randrange(1,12)} à {r.randrange(8,16)}h{r.choice(['00','30'])}, retour au domicile après la séance.
Oxygène 2 L/min. {r.choice(['Patient désorienté, prévoir accompagnant.','Chaise roulante.',''])}

{closing(r,'fr')}
{sig(r, loc, r.choice(NURSES))}
"""
    extra = []
    if r.random() < 0.35:
        extra = [att(f'{p.last}.vcf', vcard_text(f'{p.first} {p.last}', '', p.tel, '', p.addr, 'patient – transport dialyse').encode('utf-8'), 'text', 'vcard')]
    return dict(cat='transport_request', subject=r.choice(['Demande de transport', 'Transport patient', 'Ambulance – retour domicile']), body=body, atts=extra, org=loc, lang='fr', to_dom=r.choice(['ambulances-meuse.example', 'taxi-sanitaire.example']),
        types=['patient_name', 'patient_contact'], note='demande de transport avec nom, adresse et téléphone du patient')

def p_subject_only(C):
    r = C.r; loc = C.loc
    if loc == 'en':
        p = qc_patient(r, C.pool)
        return dict(cat='subject_only', subject=f"RE: {p.last} {p.first} DOB {den(p.dob)} - MRI brain w/ gado", body=r.choice([f"ok for Thursday 7:30, {'she' if p.sex=='F' else 'he'} needs to be NPO.", 'Booked. Creatinine pls.', 'done\n\nSent from my phone']) + '\n', org='en',
            types=['patient_name', 'date_of_birth'], note='subject line carries the patient name, DOB and exam; body is a one-liner')
    p = be_patient(r) if loc == 'be' else fr_patient(r)
    return dict(cat='subject_only', subject=f"RE: {civ(p)} {p.last} {nee(p)} le {dfr(p.dob)} – IRM lombaire", body=r.choice(['ok pour jeudi 8h. à jeun pas nécessaire.', 'C\'est noté, merci.', 'Reporté au 14, prévenir la famille svp.']) + '\n',
        types=['patient_name', 'date_of_birth'], note='l\'objet porte le nom et la date de naissance du patient avec l\'examen')

def p_disguised(C):
    r = C.r; loc = C.loc
    if loc == 'fr':
        p = fr_patient(r); n = p.nir
        shown = r.choice([' '.join(n), n.translate(FW), n[:7] + '\n' + n[7:], '-'.join(n[i:i+3] for i in range(0, 15, 3))])
        body = f"""Salut,

pour le dossier de Mme/M. {p.last} (celui de la chambre {r.randrange(200,240)}, {pick(r, DIAG_FR)}) voilà le NIR, je l'ai écrit bizarrement pour que le filtre ne bloque pas :
{shown}
Tu peux le passer à la CPAM pour la 100 %.
"""
        return dict(cat='disguised_identifier', subject='le numéro que tu m\'as demandé', body=body, types=['patient_name', 'fr_nir', 'diagnosis'], note='NIR écrit de façon déguisée avec nom de patient et diagnostic')
    if loc == 'be':
        p = be_patient(r); n = p.niss
        shown = r.choice([' '.join(n), n.translate(FW), f'{n[:6]}\n{n[6:]}', f'{n[0:2]} / {n[2:4]} / {n[4:6]} - {n[6:9]} - {n[9:]}'])
        body = f"""Hello,
Voici le registre national de {p.first} {p.last} pour l'inscription en revalidation (AVC) :
{shown}
(mis en morceaux exprès)
merci!
"""
        return dict(cat='disguised_identifier', subject='RN pour inscription', body=body, types=['patient_name', 'be_niss', 'diagnosis'], note='NISS fragmenté ou en chiffres pleine chasse avec nom et diagnostic')
    p = qc_patient(r, C.pool)
    n = p.nam
    shown = r.choice([' '.join(n), n[:4].lower() + ' . ' + n[4:].translate(FW), f'{n[:4]}\n{n[4:8]}\n{n[8:]}'])
    body = f"""hey - for the transfer file, pt {p.first} {p.last[0]}. (born {p.dob.year}), health card below, spaced out so the mail gateway doesn't eat it:
{shown}
dx {pick(r, DIAG_EN)}
"""
    return dict(cat='disguised_identifier', subject='health card # for transfer', body=body, types=['patient_name', 'ramq_nam', 'diagnosis'], note='RAMQ number spaced out to evade a filter, with first name and diagnosis')

def p_ics_consult(C):
    r = C.r; loc = C.loc
    if loc == 'en':
        p = qc_patient(r, C.pool)
        summ = f"Teleconsult {p.last}, {p.first} ({den(p.dob)}) – {pick(r, DIAG_EN)}"; desc = f"Second-opinion teleconsult. NAM {fmt_nam(p.nam,0)}. Imaging in PACS share."
        body = "Invitation for the transatlantic teleconsult is attached.\n\nThanks,\nInternational patients office\n"
        types = ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis']
    else:
        p = be_patient(r) if loc == 'be' else fr_patient(r)
        summ = f"Consultation {p.last.upper()} {p.first} – {pick(r, DIAG_FR)}"; desc = f"Dossier {p.mrn}. {nee(p).capitalize()} le {dfr(p.dob)}. Venir avec les imageries."
        body = "Bonjour,\nCi-joint l'invitation pour la téléconsultation.\nCordialement\n"
        types = ['patient_name', 'date_of_birth', 'mrn', 'diagnosis']
    start = datetime.datetime(2026, r.randrange(1, 12), r.randrange(1, 28), r.randrange(8, 17), 0, tzinfo=datetime.timezone.utc)
    ics = ics_bytes(f'{r.randrange(10**9)}@agenda.example', summ, desc, start, 30, 'Teams')
    subj = 'Invitation: téléconsultation' if loc != 'en' else 'Invitation: teleconsult'
    return dict(cat='calendar_invite', subject=subj, body=body, atts=[att('invite.ics', ics, 'text', 'calendar')],
        types=types, note='invitation calendrier dont le résumé et la description identifient un patient' if loc != 'en' else 'calendar invite whose summary names a patient with diagnosis')

def p_quoted_reply(C):
    r = C.r; loc = C.loc
    if loc == 'en':
        p = on_patient(r)
        q = f"> Can you check whether {p.first} {p.last} (OHIP {p.ohn} {p.vc}) got the\n> second dose of {pick(r, MEDS_EN)} before transfer? Family says no.\n> {r.choice(STAFF)}"
        body = f"Checked the MAR — yes, given at 21:00. Will note it in the transfer sheet.\n\n{r.choice(['Tara','Whitfield RN'])}\n\nOn {r.choice(['Mon','Tue','Wed'])}, {r.choice(STAFF)} wrote:\n{q}\n"
        return dict(cat='quoted_reply', subject='RE: dose before transfer?', body=body, org='en', types=['patient_name', 'ca_health_number', 'medication'], note='reply whose quoted text names a patient with Ontario health number and medication')
    p = be_patient(r) if loc == 'be' else fr_patient(r)
    q = f"> Bonjour, pouvez-vous me redire si {civ(p)} {p.last} ({p.mrn}) a bien eu sa\n> dose de {pick(r, MEDS_FR)} ? La fille dit que non.\n> Merci"
    body = f"Oui, administré hier 20h, c'est tracé dans le plan de soins.\n\nLe {r.randrange(1,28)}/{r.randrange(1,12)}/2026 à 09:1{r.randrange(10)}, {r.choice(NURSES)} a écrit :\n{q}\n"
    return dict(cat='quoted_reply', subject='RE: traitement', body=body, types=['patient_name', 'mrn', 'medication'], note='réponse courte, le texte cité identifie un patient et son traitement')

def p_fwd_eml(C):
    r = C.r; loc = C.loc
    p = be_patient(r) if loc == 'be' else (fr_patient(r) if loc == 'fr' else qc_patient(r, C.pool))
    inner = EmailMessage()
    inner['From'] = f'secretariat@{ORG[loc]["dom"]}'; inner['To'] = f'admissions@{ORG[loc]["dom"]}'
    inner['Date'] = 'Mon, 12 Oct 2026 09:14:00 +0100'; inner['Message-ID'] = f'<inner{r.randrange(10**8)}@{ORG[loc]["dom"]}>'
    if loc == 'en':
        inner['Subject'] = f'Admission {p.last}'
        inner.set_content(f"Admission tomorrow: {p.last}, {p.first}, DOB {den(p.dob)}, NAM {p.nam}.\nDx {pick(r, DIAG_EN)}. Needs isolation (MRSA+).\n")
        body = "Forwarding as attachment as requested — see original below.\n\n" + closing(r, 'en') + "\n"
        types = ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis']
    else:
        idl = f"NISS {fmt_niss(p.niss,0)}" if loc == 'be' else f"NIR {fmt_nir(p.nir,0)}"
        inner['Subject'] = f'Admission {p.last}'
        inner.set_content(f"Admission demain : {p.last.upper()} {p.first}, {dfr(p.dob)}, {idl}.\nMotif : {pick(r, DIAG_FR)}. Isolement contact (BMR).\n")
        body = "Je te transfère le message d'origine en pièce jointe.\n\n" + closing(r, 'fr') + "\n"
        types = ['patient_name', 'date_of_birth', 'be_niss' if loc == 'be' else 'fr_nir', 'diagnosis']
    return dict(cat='forward_attached', subject='TR: Admission', body=body, fwd_att=inner, types=types, note='message transféré en pièce jointe .eml avec identité et diagnostic' if loc != 'en' else 'forwarded .eml attachment with patient identity and diagnosis')

def p_inline_fwd(C):
    r = C.r; loc = C.loc
    if loc == 'en':
        p = on_patient(r)
        fw = f"---------- Forwarded message ---------\nFrom: Claims desk <claims@sunlife-travel.example>\nSubject: Claim 88-{r.randrange(10000,99999)}\n\nInsured: {p.first} {p.last}\nSIN: {make_sin(r)}\nHealth card: {p.ohn}\nHospitalised in Namur, Belgium — {pick(r, DIAG_EN)}.\nPlease send itemised invoice and discharge summary.\n"
        body = "FYI — can billing answer this? I don't have the invoice.\n\n" + fw
        return dict(cat='insurance_claim', subject='Fwd: Claim – out of country hospitalisation', body=body, org='be', types=['patient_name', 'ca_sin', 'ca_health_number', 'diagnosis'], note='inline forward of an insurer claim with SIN, Ontario health number and diagnosis')
    p = be_patient(r) if loc == 'be' else fr_patient(r)
    who = 'la mutuelle' if loc == 'fr' else 'la mutualité'
    fw = f"-------- Message transféré --------\nDe : {who} <gestion@{'mutuelle-alpine.example' if loc=='fr' else 'mut-entraide.example'}>\nObjet : Dossier {p.last}\n\nAssuré{'e' if p.sex=='F' else ''} : {p.last.upper()} {p.first}\n{'NIR ' + fmt_nir(p.nir, 2) if loc=='fr' else 'NISS ' + fmt_niss(p.niss, 3)}\nNous refusons le supplément chambre particulière (séjour {pick(r, DIAG_FR)}).\n"
    body = "Pour info, refus de la " + ('mutuelle' if loc == 'fr' else 'mutualité') + ". Qui s'en occupe ?\n\n" + fw
    return dict(cat='insurance_claim', subject=f'TR: Dossier {p.last}', body=body, types=['patient_name', 'be_niss' if loc == 'be' else 'fr_nir', 'diagnosis'], note='transfert en ligne d\'un courrier mutuelle avec identité et numéro national')

def p_pharmacy(C):
    r = C.r; loc = C.loc
    if loc == 'en':
        p = qc_patient(r, C.pool); meds = pick(r, MEDS_EN, 3)
        body = f"Med rec on admission for {p.last.upper()}, {p.first} — chart {p.mrn}\n\nHome meds (per community pharmacy, Pharmacie Ste-Foy):\n" + '\n'.join('- ' + m for m in meds) + "\n\nDiscrepancy: apixaban not restarted post-op. Pls review.\nRx dept\n"
        return dict(cat='med_reconciliation', subject='Med rec discrepancy', body=body, html=True, types=['patient_name', 'mrn', 'medication'], note='medication reconciliation for a named patient with chart number')
    p = be_patient(r) if loc == 'be' else fr_patient(r); meds = pick(r, MEDS_FR, 3)
    body = f"Conciliation médicamenteuse d'entrée – {civ(p)} {p.last} {p.first} ({dfr(p.dob)})\n\nTraitement habituel (officine) :\n" + '\n'.join('• ' + m for m in meds) + f"\n\nÉcart : {meds[0]} non represcrit. Merci de valider.\nPharmacie clinique\n"
    return dict(cat='med_reconciliation', subject='Conciliation médicamenteuse', body=body, html=True, types=['patient_name', 'date_of_birth', 'medication'], note='conciliation médicamenteuse d\'un patient nommé')

def p_incident(C):
    r = C.r; loc = C.loc
    if loc == 'en':
        p = qc_patient(r, C.pool)
        body = f"Incident report #{r.randrange(1000,9999)} (AH-223)\nDate: 2026-{r.randrange(1,12):02d}-{r.randrange(1,28):02d}\nPatient involved: {p.first} {p.last}, room {r.randrange(300,340)}\nEvent: fall from bed at 03:40, head CT negative. Patient on {pick(r, MEDS_EN)}.\nFamily informed.\nRisk management\n"
        return dict(cat='incident_report', subject='Incident report - fall', body=body, types=['patient_name', 'diagnosis', 'medication'], note='incident report naming the patient, event and medication')
    p = be_patient(r) if loc == 'be' else fr_patient(r)
    body = f"Déclaration d'événement indésirable\nPatient : {p.last.upper()} {p.first} – dossier {p.mrn}\nErreur d'administration : {pick(r, MEDS_FR)} donné à la place de la dose prescrite. Surveillance renforcée 24 h, pas de conséquence clinique.\nCellule qualité\n"
    return dict(cat='incident_report', subject='EI – erreur médicamenteuse', body=body, types=['patient_name', 'mrn', 'medication'], note='déclaration d\'incident avec patient identifié et médicament')

def p_same_surname(C):
    r = C.r; loc = C.loc if C.loc != 'en' else 'be'
    p = be_patient(r) if loc == 'be' else fr_patient(r)
    body = f"""Bonjour,

Attention homonymie : {civ(p)} {p.first} {p.last} ({dfr(p.dob)}) n'a aucun lien avec le Dr {p.last} de notre service.
Ce patient est hospitalisé pour {pick(r, DIAG_FR)}, merci de ne pas classer ses résultats dans le dossier du personnel.

Secrétariat médical
"""
    return dict(cat='homonym_notice', subject=f'Homonymie {p.last}', body=body, org=loc, lang='fr', types=['patient_name', 'date_of_birth', 'diagnosis'], note='patient portant le même nom qu\'un médecin, avec date de naissance et diagnostic')

def p_home_care(C):
    r = C.r; loc = C.loc
    if loc == 'en':
        p = on_patient(r)
        body = f"Home care referral (CCAC / Home and Community Care)\nClient: {p.first} {p.last}\nHealth #: {p.ohn[:4]} {p.ohn[4:7]} {p.ohn[7:]}-{p.vc}\nPhone: {p.tel}\nNeeds: daily wound care (stage 3 sacral ulcer), insulin supervision.\nStart: Monday.\n\n{r.choice(STAFF)}\n"
        return dict(cat='home_care_referral', subject='Home care referral', body=body, org='en', types=['patient_name', 'ca_health_number', 'patient_contact', 'diagnosis'], note='home care referral with name, Ontario health number, phone and care needs')
    p = be_patient(r) if loc == 'be' else fr_patient(r)
    body = f"Demande de soins infirmiers à domicile\n{civ(p)} {p.last} {p.first}\n{p.addr}\nGSM {p.tel}\nSoins : pansement ulcère veineux 3x/sem, injection {pick(r, MEDS_FR)}.\nDébut : dès la sortie le {r.randrange(1,28)}/{r.randrange(1,12)}.\n\n{r.choice(NURSES)}, infirmière de liaison\n"
    return dict(cat='home_care_referral', subject='Soins à domicile – demande', body=body, types=['patient_name', 'patient_contact', 'diagnosis', 'medication'], note='demande de soins à domicile avec adresse, téléphone et soins du patient')

def p_pathology(C):
    r = C.r; loc = C.loc
    if loc == 'en':
        p = qc_patient(r, C.pool)
        body = f"Hi,\n\nFinal pathology for the shared case, as discussed at the joint tumour board:\n\nSurgical pathology report S26-{r.randrange(10000,99999)}\nPatient: {p.last}, {p.first}  Sex: {p.sex}  DOB: {den(p.dob)}\nHealth insurance no.: {fmt_nam(p.nam, r.randrange(4))}\nDiagnosis: {pick(r, DIAG_EN)}; margins clear (closest 4 mm); 2/17 nodes positive.\n\nBlocks can be released to your lab on request.\n{r.choice(STAFF)}, Anatomical pathology\n"
        return dict(cat='pathology_report', subject='Final path – shared case', body=body, org='en', types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'lab_result'], note='pathology report with RAMQ number, name, DOB and diagnosis')
    p = be_patient(r) if loc == 'be' else fr_patient(r)
    idl = fmt_niss(p.niss, r.randrange(5)) if loc == 'be' else fmt_nir(p.nir, r.randrange(4))
    lines = [f'Patient : {p.last.upper()} {p.first}', f'{"NISS" if loc=="be" else "NIR"} : {idl}', f'Né(e) le : {dfr(p.dob)}', f'Prélèvement : biopsie {r.choice(["gastrique","prostatique","mammaire","hépatique"])}', f'Conclusion : {pick(r, DIAG_FR)}', 'Ki67 : 30 %']
    body = f"{greet(r,'fr')}\n\nCi-joint le compte rendu anatomopathologique demandé, pour votre patient{'e' if p.sex=='F' else ''}.\nLes blocs sont disponibles pour relecture.\n\n{closing(r,'fr')}\n{sig(r, loc, r.choice(STAFF))}\n"
    fname = r.choice([f'CR_anapath_{p.last}.pdf', f'anapath_{(p.niss if loc=="be" else p.nir)}.pdf'])
    return dict(cat='pathology_report', subject='CR anatomopathologie', body=body, atts=[att(fname, pdf_bytes('Compte rendu d\'anatomie pathologique', lines), 'application', 'pdf')],
        types=['patient_name', 'date_of_birth', 'be_niss' if loc == 'be' else 'fr_nir', 'diagnosis', 'lab_result'], note='compte rendu d\'anatomopathologie en PDF avec identité et numéro national')

def p_billing_table(C):
    r = C.r; loc = C.loc
    pts = [be_patient(r) if loc == 'be' else fr_patient(r) for _ in range(r.randrange(3, 6))]
    idn = 'NISS' if loc == 'be' else 'NIR'
    rows = ''.join(f"<tr><td>{p.last.upper()} {p.first}</td><td>{fmt_niss(p.niss, r.randrange(5)) if loc=='be' else fmt_nir(p.nir, r.randrange(4))}</td><td>{r.randrange(1,28):02d}/{r.randrange(1,12):02d}/2026</td><td>{r.randrange(80,4000)},{r.randrange(10,99)} €</td></tr>" for p in pts)
    body = f"<p>Bonjour,</p><p>Voici les séjours rejetés par {'la mutualité' if loc=='be' else 'la CPAM / mutuelle'} ce mois-ci (motif : affiliation non en ordre) :</p><table border=1><tr><th>Patient</th><th>{idn}</th><th>Admission</th><th>Montant</th></tr>{rows}</table><p>Merci de vérifier les assurabilités.<br>Facturation hospitalière</p>"
    return dict(cat='billing_rejects', subject='Rejets facturation – à vérifier', body=body, html='only', types=['patient_name', 'be_niss' if loc == 'be' else 'fr_nir', 'social_information'], note='tableau HTML de rejets de facturation avec noms et numéros nationaux des patients')

POS_TEMPLATES = [(p_pathology, 'be fr en'), (p_billing_table, 'be fr'), (p_mutuelle, 'be'), (p_cpas, 'be'), (p_mutuelle, 'be'), (p_cpas, 'be'), (p_research_xlsx, 'en'), (p_research_xlsx, 'en'), (p_transfer_qc, 'be fr en'),
    (p_transfer_qc, 'be fr en'), (p_second_opinion, 'be fr en'), (p_rcp_list, 'be fr'), (p_mutuelle, 'be'), (p_cpas, 'be'), (p_mutuelle, 'be'), (p_cpas, 'be'),
    (p_critical_lab, 'be fr en'), (p_discharge, 'be fr'), (p_research_xlsx, 'en'), (p_signout, 'be fr en'), (p_transport, 'be fr'),
    (p_subject_only, 'be fr en'), (p_disguised, 'be fr en'), (p_ics_consult, 'be fr en'), (p_quoted_reply, 'be fr en'), (p_fwd_eml, 'be fr en'),
    (p_inline_fwd, 'be fr en'), (p_pharmacy, 'be fr en'), (p_incident, 'be fr en'), (p_same_surname, 'be fr'), (p_home_care, 'be fr en'),
]

# ================================================================ NEGATIVE TEMPLATES
def n(cat, subject, body, note, **kw):
    d = dict(cat=cat, subject=subject, body=body, types=[], note=note); d.update(kw); return d

def n_congress(C):
    r = C.r
    if C.loc == 'en':
        talks = [f"{r.randrange(8,17)}:{r.choice(['00','30'])}  {s} — {t}" for s, t in zip(pick(r, STAFF, 4), pick(r, ['Immunotherapy in stage III NSCLC', 'Cross-border repatriation: lessons learned', 'Frailty scores in the ED', 'CAR-T logistics across the Atlantic', 'Sepsis bundles 2026', 'Telepathology QA'], 4))]
        return n('congress_programme', 'Programme – Transatlantic Hospital Medicine Days 2026', "Dear colleagues,\n\nPlease find the preliminary programme below. Registration closes 30 April.\n\n" + '\n'.join(talks) + "\n\nVenue: Palais des Congrès, Montréal. CME credits requested.\n\nOrganising committee\n", 'conference programme with speakers and topics', html=True)
    talks = [f"{r.randrange(8,17)}h{r.choice(['00','30'])} – {s} : {t}" for s, t in zip(pick(r, STAFF, 4), pick(r, ['Prise en charge du diabète de type 1 chez l\'adolescent', 'Maladie de Crohn : nouveautés thérapeutiques', 'Insuffisance cardiaque : place des SGLT2', 'Épilepsie de l\'enfant', 'RCP et traçabilité', 'Antibiorésistance en gériatrie'], 4))]
    return n('congress_programme', r.choice(['Programme – Journées médicales de Val-Meuse', 'Congrès régional – programme définitif', 'Save the date : symposium franco-belge']), "Chers collègues,\n\nVoici le programme de la journée :\n\n" + '\n'.join(talks) + "\n\nInscription gratuite pour le personnel. Accréditation INAMI demandée.\n\nLe comité scientifique\n", 'programme de congrès avec orateurs et thèmes', html=r.random() < 0.5)

def n_erasmus(C):
    r = C.r
    if C.loc == 'en':
        return n('resident_exchange', 'Resident exchange Québec–Namur: fall cohort', f"Hi,\n\nWe have 3 residents (internal medicine, PGY-3/4) coming to Val-Meuse for 8-week rotations from 7 September. Their licensing paperwork (Ordre des médecins, Belgian visa letters) is in progress. Could you confirm housing options near campus and the ID badge process?\n\n{closing(r,'en')}\n{r.choice(STAFF)}\nPostgraduate office\n", 'resident exchange logistics, staff only')
    return n('resident_exchange', 'Erasmus+ – échange d\'assistants 2026-2027', f"Bonjour,\n\nDans le cadre de la convention Erasmus+ entre l'Université de Val-Meuse et l'Université de Lorvane, nous accueillerons 2 internes de {r.choice(['pédiatrie','chirurgie','gériatrie'])} au semestre d'hiver. Merci de prévoir les accès informatiques et les tenues.\nLa convention de stage signée est à renvoyer avant le 15 juin.\n\n{closing(r,'fr')}\n{sig(r, C.loc, r.choice(CLERKS))}\n", 'échange d\'internes Erasmus, aucune donnée patient')

def n_hr(C):
    r = C.r; s = r.choice(STAFF + NURSES)
    if C.loc == 'en':
        return n('hr_notice', r.choice(['Sick leave cover – 6 North', 'Updated on-call schedule', 'Payroll change']), f"Hi all,\n\n{s} is on sick leave until the 20th (back injury). Shifts have been redistributed, see the schedule in the shared drive. Employee no. {r.randrange(100000,999999)} needs to fill in the return-to-work form.\n\nNurse manager\n", 'staff sick leave and scheduling, no patient')
    return n('hr_notice', r.choice(['Absence – remplacement', 'Planning de garde modifié', 'Congé maladie – réorganisation']), f"Bonjour à tous,\n\n{s} est en congé maladie jusqu'au {r.randrange(1,28)}/{r.randrange(1,12)}. Les gardes sont redistribuées (voir planning). Matricule {r.randrange(10000,99999)} à encoder dans le logiciel RH.\n\nDirection des soins\n", 'absence d\'un membre du personnel, aucune donnée patient')

def n_invoice(C):
    r = C.r
    bce = None
    while bce is None:
        b = r.randrange(2000000, 9999999); bce = f'0{b}{97 - (b % 97):02d}' if 97 - (b % 97) < 100 else None
    nr = f'{r.randrange(10**10, 10**11)}'
    rows = [['Réf.', 'Désignation', 'Qté', 'PU HTVA (€)', 'Total (€)']]
    tot = 0
    for _ in range(r.randrange(2, 6)):
        q = r.randrange(1, 50); pu = r.randrange(2, 900) + 0.5; tot += q * pu
        rows.append([f'{r.randrange(100000,999999)}', r.choice(['Gants nitrile M', 'Cathéter 20G', 'Pompe volumétrique', 'Papier thermique ECG', 'Licence PACS (annuelle)', 'Réactif CRP lot ' + str(r.randrange(10**6, 10**7))]), q, pu, round(q * pu, 2)])
    a = att(f'facture_{nr}.pdf', pdf_bytes(f'Facture n° {nr}', [' | '.join(str(x) for x in row) for row in rows] + [f'Total HTVA : {tot:.2f} EUR', f'N° entreprise : BE {bce[:4]}.{bce[4:7]}.{bce[7:]}', 'IBAN BE71 0961 2345 6769']), 'application', 'pdf') if r.random() < 0.6 else \
        att(f'facture_{nr}.xlsx', xlsx_bytes('facture', rows), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    if C.loc == 'en':
        return n('invoice', f'Invoice {nr} – EUR {tot:.2f}', f"Hello,\n\nPlease find attached invoice {nr} for the last shipment. Payment terms 30 days, EUR.\nCompany no. BE {bce}\nYour PO ref.: {make_niss(r, rand_dob(r, 1950, 1999), 'F')}\n\nAccounts receivable\nMedSupply Benelux\n", 'supplier invoice in EUR with company number', atts=[a], org='be', lang='en')
    return n('invoice', f'Facture {nr}', f"Bonjour,\n\nVeuillez trouver ci-joint notre facture n° {nr} ({tot:.2f} € HTVA). N° BCE {bce[:4]}.{bce[4:7]}.{bce[7:]}.\nVotre réf. commande : {make_niss(r, rand_dob(r, 1950, 1999), 'M')}\nCommunication structurée : +++{nr[:3]}/{nr[3:7]}/{nr[7:10]}{r.randrange(10,99)}+++\n\nService comptabilité\n", 'facture fournisseur avec numéro d\'entreprise', atts=[a])

def n_it(C):
    r = C.r
    if C.loc == 'en':
        return n('it_notice', r.choice(['Planned outage: NAS-03 migration', 'PACS downtime Saturday', 'Phishing alert']), f"Hi all,\n\nThe NAS (network attached storage) \\\\nas-03\\research will be read-only Saturday 22:00–02:00 for migration. Serial {r.randrange(10**9,10**10)}, ticket INC{r.randrange(10**6,10**7)}.\nIf you get a login prompt, do not enter your credentials.\n\nIT Service Desk, ext. 5555\n", 'IT outage notice (NAS storage)')
    return n('it_notice', r.choice(['Maintenance NAS – samedi', 'Panne messagerie', 'Mise à jour du dossier patient informatisé']), f"Bonjour,\n\nUne maintenance du NAS du service est prévue ce samedi de 6h à 10h. Le DPI restera accessible en lecture. Ticket n° {r.randrange(10**6,10**7)}.\nEn cas de souci : helpdesk, poste 5555.\n\nService informatique\n", 'maintenance informatique', html=r.random() < 0.5)

def n_facilities(C):
    r = C.r
    if C.loc == 'en':
        return n('facilities', 'Parking lot P2 closed', "Lot P2 will be closed Mon–Wed for resurfacing. Staff permits valid at P4. Shuttle every 15 min.\nFacilities\n", 'parking notice')
    return n('facilities', r.choice(['Fermeture parking P2', 'Menu de la cafétéria', 'Coupure d\'eau bâtiment C', 'Travaux ascenseurs']), r.choice(["Le parking P2 sera fermé du 3 au 5 pour travaux. Badges valables au P4.\nServices techniques\n", "Menu de la semaine : lundi waterzooi, mardi lasagnes, mercredi boulettes sauce tomate. Bon appétit !\nCafétéria\n", "Coupure d'eau chaude bâtiment C mardi 8h-12h. Merci de votre compréhension.\nServices techniques\n"]), 'annonce logistique')

def n_newsletter(C):
    r = C.r
    if C.loc == 'en':
        body = "<h2>Network Newsletter – Infectious Diseases</h2><p>Influenza activity is rising: 12 confirmed cases on unit 4B this week, 37 network-wide. Reminder: droplet precautions.</p><p>New formulary drug: nirmatrelvir/ritonavir criteria updated.</p>"
        return n('newsletter', 'Newsletter: ID update', body, 'newsletter with aggregate case counts', html='only')
    body = f"<h2>Lettre d'information – Pharmacie</h2><p>Rupture de stock : amoxicilline sirop. Alternative proposée : céfuroxime.</p><p>Chiffres du mois : {r.randrange(20,80)} patients diabétiques suivis en HDJ, {r.randrange(5,20)} cas de grippe en gériatrie.</p>"
    return n('newsletter', r.choice(['Lettre d\'info pharmacie', 'Bulletin qualité – novembre']), body, 'bulletin avec statistiques agrégées', html='only')

def n_stats(C):
    r = C.r
    rows = [['Unité', 'Admissions', 'DMS (j)', 'Réadmissions 30j']] + [[u, r.randrange(50, 400), round(r.uniform(3, 12), 1), r.randrange(1, 30)] for u in ['Cardio', 'Pneumo', 'Gériatrie', 'Onco', 'Chir dig']]
    if C.loc == 'en':
        return n('statistics', 'Q3 activity dashboard', "Attached Q3 activity figures by unit (aggregate only).\nDecision support\n", 'aggregate activity statistics', atts=[att('Q3_activity.xlsx', xlsx_bytes('Q3', rows), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])
    return n('statistics', 'Indicateurs d\'activité T3', "Bonjour,\nCi-joint les indicateurs d'activité du trimestre (données agrégées).\nContrôle de gestion\n", 'indicateurs agrégés', atts=[att('indicateurs_T3.csv', csv_text(rows).encode('utf-8'), 'text', 'csv') if r.random() < 0.4 else att('indicateurs_T3.zip', zip_bytes([('indicateurs_T3.csv', csv_text(rows).encode('utf-8'))]), 'application', 'zip')])

def n_job(C):
    r = C.r
    if C.loc == 'en':
        return n('job_posting', 'Job posting: Clinical research nurse (0.8 FTE)', "We are hiring a clinical research nurse for the Québec–Belgium oncology consortium. Bilingual FR/EN required. Apply by 15 May, ref. HR-2026-114.\nHuman Resources\n", 'job posting', html=True)
    return n('job_posting', r.choice(['Offre d\'emploi : infirmier(ère) en soins intensifs', 'Poste vacant – secrétaire médicale', 'Recrutement : médecin urgentiste']), "Nous recrutons (CDI, temps plein). Candidature (CV + lettre) avant le 30/06 via le portail RH. Réf. 2026-0" + str(r.randrange(100, 999)) + ".\nDRH\n", 'offre d\'emploi', html=r.random() < 0.5)

def n_blank_form(C):
    r = C.r
    lines = ['Nom : ____________  Prénom : ____________', 'Date de naissance : __/__/____', 'NISS : __.__.__-___.__' if C.loc == 'be' else 'NIR : _ __ __ __ ___ ___ __', 'Motif d\'admission : ____________', 'Signature du médecin : ________']
    if C.loc == 'en':
        lines = ['Surname: ________ Given name: ________', 'DOB (YYYY-MM-DD): ________', 'Health card #: ____ ____ ____', 'Reason for transfer: ________']
        return n('blank_form', 'Updated transfer request form (template)', "Hi,\nNew version of the inter-facility transfer form attached. Please discard v2.\nBed management\n", 'blank form template', atts=[att('transfer_form_v3.pdf', pdf_bytes('Inter-facility transfer request', lines), 'application', 'pdf')])
    return n('blank_form', 'Nouveau formulaire d\'admission (modèle)', "Bonjour,\nVoici le nouveau modèle de formulaire d'admission à utiliser dès lundi.\nDirection administrative\n", 'formulaire vierge', atts=[att('formulaire_admission.docx', docx_bytes('Formulaire d\'admission', lines), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')])

def n_teaching(C):
    r = C.r
    if C.loc == 'en':
        return n('teaching_case', 'Case of the week', f"Case of the week: a {r.randrange(30,80)}-year-old man presents with 3 days of fever and right upper quadrant pain. Bilirubin 68 µmol/L, WBC 17. What is your next step?\nAnswer on Friday at noon rounds.\n{r.choice(STAFF)}\n", 'anonymised teaching case')
    return n('teaching_case', 'Cas clinique de la semaine', f"Un{'e femme' if r.random()<0.5 else ' homme'} de {r.randrange(25,85)} ans se présente aux urgences pour dyspnée d'apparition brutale. SpO2 88 %, D-dimères élevés. Quelle est votre démarche ?\nRéponse au staff de vendredi.\n{r.choice(STAFF)}\n", 'cas clinique anonymisé')

def n_roster(C):
    r = C.r
    if C.loc == 'en':
        lines = [f"{d}  {r.choice(STAFF)} (days)  /  {r.choice(STAFF)} (nights)  — pager {r.randrange(2000,2999)}" for d in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']]
        return n('staff_roster', 'On-call roster – internal medicine', "On-call roster for next week:\n\n" + '\n'.join(lines) + "\n\nSwaps via the chief resident only.\n", 'staff on-call roster that resembles a list')
    lines = [f"{d} : {r.choice(STAFF)} – {r.choice(['unité 32','USI','urgences','cardio'])} – bip {r.randrange(2000,2999)}" for d in ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim']]
    return n('staff_roster', r.choice(['Rôle de garde semaine 14', 'Planning gardes MACCS']), "Rôle de garde :\n\n" + '\n'.join(lines) + "\n\nÉchanges à signaler au secrétariat.\n", 'rôle de garde du personnel, ressemble à une liste de patients', atts=[att('garde.xlsx', xlsx_bytes('garde', [l.split(' – ') for l in lines]), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')] if r.random() < 0.4 else [])

def n_consortium(C):
    r = C.r
    start = datetime.datetime(2026, r.randrange(1, 12), r.randrange(1, 28), 14, 0, tzinfo=datetime.timezone.utc)
    ics = ics_bytes(f'{r.randrange(10**9)}@agenda.example', 'Onco-Bridge steering committee', 'Agenda: budget, ethics amendments, data-sharing agreement (no patient data to be shared by e-mail).', start, 90, 'Teams / salle du conseil')
    if C.loc == 'en':
        return n('research_meeting', 'Steering committee – invitation', "Hi all,\nInvite attached. Minutes of last meeting on the SharePoint.\nConsortium office\n", 'research consortium meeting invitation, no patient data', atts=[att('invite.ics', ics, 'text', 'calendar')])
    return n('research_meeting', 'Comité de pilotage consortium – invitation', "Bonjour,\nInvitation ci-jointe. Ordre du jour : budget, amendement éthique, convention de partage de données.\nBureau du consortium\n", 'invitation à une réunion de consortium', atts=[att('invitation.ics', ics, 'text', 'calendar')])

def n_vendor(C):
    r = C.r
    imei = None
    d = ''.join(str(r.randrange(10)) for _ in range(14)); imei = d + luhn.calc_check_digit(d)
    if C.loc == 'en':
        return n('vendor_notice', 'Field safety notice – infusion pump firmware', f"Dear customer,\nA firmware update is required for pumps with serial numbers {r.randrange(10**7,10**8)} to {r.randrange(10**7,10**8)}. Lot {r.randrange(10**5,10**6)}. Replacement handset IMEI {imei}.\nMedTech Ltd. support\n", 'vendor safety notice with serial numbers and IMEI')
    return n('vendor_notice', 'Avis de sécurité – lot de réactifs', f"Madame, Monsieur,\nNous vous informons du rappel du lot {r.randrange(10**5,10**6)} (réf. {r.randrange(10**6,10**7)}). Téléphone de service IMEI {imei}. Merci de retourner le formulaire d'accusé de réception.\nService qualité fournisseur\n", 'avis fournisseur avec numéros de lot et IMEI')

def n_committee(C):
    r = C.r
    if C.loc == 'en':
        return n('committee_notice', 'Ethics committee – next meeting', "The REB will meet on the 12th. Submissions due 10 days prior. Agenda attached later.\nREB secretariat\n", 'committee meeting notice')
    return n('committee_notice', r.choice(['Comité d\'éthique – prochaine séance', 'Conseil médical – convocation', 'Comité du médicament']), "Bonjour,\nLa prochaine séance aura lieu le 12 à 17h, salle du conseil. Les dossiers sont à déposer 10 jours avant.\nSecrétariat\n", 'convocation de comité')

def n_rcp_schedule(C):
    r = C.r
    return n('tumour_board_schedule', 'Calendrier des RCP 2026' if C.loc == 'fr' else 'Calendrier COM 2026', "Bonjour,\nLes réunions de concertation auront lieu chaque mardi 13h. La liste des patients est transmise uniquement via la plateforme sécurisée, pas par mail.\nCoordination oncologique\n", 'calendrier des concertations sans liste de patients')

def n_physician_disease(C):
    r = C.r; s = r.choice(STAFF)
    if C.loc == 'en':
        return n('referral_directory', 'Who to call for IBD referrals', f"FYI, {s} now leads the inflammatory bowel disease clinic (Crohn's, UC). Referrals by fax 418 555-0177.\n", 'physician named next to the disease they treat')
    return n('referral_directory', 'Nouveau médecin – consultation diabète', f"Bonjour,\nNous avons le plaisir d'accueillir {s}, spécialiste du diabète et de l'obésité, qui consultera les mardis. RDV au {ORG[C.loc]['tel']}.\n", 'médecin nommé avec la pathologie qu\'il traite')

def n_lab_qa(C):
    r = C.r
    rows = [['Échantillon', 'Paramètre', 'Résultat', 'Cible']] + [[f'EEQ-2026-{i:02d}', r.choice(['Glucose', 'CRP', 'Créatinine']), round(r.uniform(1, 20), 2), round(r.uniform(1, 20), 2)] for i in range(1, 7)]
    if C.loc == 'en':
        return n('lab_qa', 'External quality assessment – round 3 results', "Attached are our EQA results (proficiency samples, no patient material).\nLab QA\n", 'lab proficiency results with sample codes', atts=[att('EQA_round3.csv', csv_text(rows, ',').encode('utf-8'), 'text', 'csv')])
    return n('lab_qa', 'Résultats EEQ – campagne 3', "Bonjour,\nCi-joint nos résultats d'évaluation externe de la qualité (échantillons de contrôle).\nQualité labo\n", 'résultats de contrôle qualité labo', atts=[att('EEQ_campagne3.csv', csv_text(rows).encode('utf-8'), 'text', 'csv')])

def n_mutuelle_conv(C):
    return n('mutuelle_admin', 'Convention tiers payant 2026 – nouveaux tarifs', "Madame, Monsieur,\nSuite à l'indexation, les nouveaux tarifs de la convention s'appliquent au 1er janvier. Numéro d'agrément INAMI de l'hôpital : 7-10-012-34-567.\nService conventions\n", 'convention mutuelle sans patient')

def n_cpas_conv(C):
    return n('cpas_admin', 'CPAS – réunion de coordination trimestrielle', "Bonjour,\nLa réunion de coordination hôpital–CPAS aura lieu le 18 à 10h. Ordre du jour : procédure AMU, délais de réponse, statistiques (43 demandes au T3).\nService social\n", 'réunion hôpital-CPAS, statistiques agrégées')

def n_vcard(C):
    r = C.r; s = r.choice(STAFF)
    v = vcard_text(s.replace('Dr ', '').replace('Pr ', ''), ORG[C.loc]['name'], ORG[C.loc]['tel'], 'secretariat@' + ORG[C.loc]['dom'])
    return n('contact_card', 'Coordonnées' if C.loc != 'en' else 'Contact details', "Ci-joint ma carte de visite.\n" if C.loc != 'en' else "My contact card attached.\n", 'carte de visite d\'un médecin', atts=[att('contact.vcf', v.encode('utf-8'), 'text', 'vcard')])

def n_public_health(C):
    r = C.r
    if C.loc == 'en':
        return n('public_health', 'Public health advisory – measles', f"Public health advisory: {r.randrange(3,15)} confirmed measles cases in the region since March. Verify staff immunity. No action on individual patients required from this list.\nRegional public health\n", 'public health bulletin with aggregate counts', html=True)
    return n('public_health', 'Alerte sanitaire – rougeole', f"Bonjour,\n{r.randrange(3,15)} cas de rougeole confirmés dans la province depuis mars. Vérifiez le statut vaccinal du personnel.\nCellule d'hygiène hospitalière\n", 'bulletin sanitaire agrégé', html=True)

def n_transfer_logistics(C):
    r = C.r
    return n('transfer_admin', 'Transfer agreement – annual review', "Hi,\nThe bilateral transfer agreement with the Québec network is due for renewal. Attached: the draft addendum on medical escort costs (EUR/CAD). Comments by Friday please.\nLegal affairs\n", 'inter-institution agreement, no patient',
             atts=[att('addendum_draft.docx', docx_bytes('Addendum – medical escort costs', ['Article 1 – Scope', 'Article 2 – Costs are invoiced in EUR at the daily rate.', 'Article 3 – Insurance']), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')])

def n_reply_admin(C):
    r = C.r
    if C.loc == 'en':
        return n('admin_reply', 'RE: room booking', "Booked the boardroom for 2-4 pm.\n\nOn Tue, Facilities wrote:\n> Can someone book a room for the consortium visit?\n> Thanks\n", 'short reply about room booking')
    return n('admin_reply', 'RE: salle pour la visite', "C'est réservé, salle Magritte 14h-16h.\n\nLe mar., secrétariat a écrit :\n> Quelqu'un peut réserver une salle pour la délégation québécoise ?\n> Merci\n", 'réponse administrative')

def n_purchase(C):
    r = C.r
    rows = [['Article', 'Réf. fournisseur', 'Qté', 'Prix (€)']] + [[r.choice(['Compresses stériles 10x10', 'Seringues 10 ml', 'Tubulures perfusion', 'Masques FFP2', 'Électrodes ECG']), f'{r.randrange(10**7, 10**8)}', r.randrange(10, 500), round(r.uniform(0.1, 40), 2)] for _ in range(5)]
    po = f'{r.randrange(4500000000, 4599999999)}'
    if C.loc == 'en':
        return n('purchase_order', f'PO {po}', f"Hello,\nPlease find PO {po} attached (EUR, delivery to central stores, dock 3).\nProcurement\n", 'purchase order', atts=[att(f'PO_{po}.xlsx', xlsx_bytes('PO', rows), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])
    return n('purchase_order', f'Bon de commande {po}', f"Bonjour,\nCi-joint le bon de commande {po}. Livraison magasin central, quai 3.\nService achats\n", 'bon de commande', atts=[att(f'BC_{po}.xlsx', xlsx_bytes('BC', rows), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

def n_congress_pdf(C):
    r = C.r
    lines = [f'{r.randrange(8,17)}h – {s} : {t}' for s, t in zip(pick(r, STAFF, 5), ['Transferts transatlantiques de patients', 'RCP à distance', 'Mutualités et tiers payant', 'Le rôle du CPAS en milieu hospitalier', 'Télépathologie'])]
    t = 'Colloque Belgique–France–Québec' if C.loc != 'en' else 'Belgium–France–Québec Colloquium'
    return n('congress_programme', t, ("Bonjour,\nVeuillez trouver le programme en pièce jointe.\n" if C.loc != 'en' else "Hi,\nProgramme attached.\n") + "Comité d'organisation\n", 'programme de colloque en PDF', atts=[att('programme.pdf', pdf_bytes(t, lines), 'application', 'pdf')])

def n_fwd_attached(C):
    r = C.r; loc = C.loc
    inner = EmailMessage()
    inner['From'] = f'communication@{ORG[loc]["dom"]}'; inner['To'] = f'tous@{ORG[loc]["dom"]}'
    inner['Date'] = 'Tue, 06 Oct 2026 08:02:00 +0200'; inner['Message-ID'] = f'<inner{r.randrange(10**8)}@{ORG[loc]["dom"]}>'
    if loc == 'en':
        inner['Subject'] = 'Flu vaccination clinic for staff'
        inner.set_content("Staff flu vaccination clinic: Oct 14-18, cafeteria mezzanine, 7:00-15:00. Bring your employee badge.\nOccupational health\n")
        return n('forward_attached', 'Fwd: Flu vaccination clinic for staff', "FYI, see attached — please share with the night shift.\n", 'staff vaccination notice forwarded as .eml attachment', fwd_att=inner)
    inner['Subject'] = 'Campagne de vaccination grippe – personnel'
    inner.set_content("La campagne de vaccination antigrippale du personnel aura lieu du 14 au 18 octobre, mezzanine de la cafétéria, 7h-15h. Se munir du badge.\nMédecine du travail\n")
    return n('forward_attached', 'TR: Campagne de vaccination grippe', "Pour diffusion dans vos équipes, merci.\n", 'annonce de vaccination du personnel transférée en pièce jointe', fwd_att=inner)

def n_inline_fwd(C):
    r = C.r; loc = C.loc
    if loc == 'en':
        fw = "---------- Forwarded message ---------\nFrom: Quebec Network Bed Board <beds@ciusss-hr.example>\nSubject: Weekly capacity\n\nOccupancy 96 % (medicine), 88 % (surgery). 14 patients awaiting long-term care placement network-wide.\n"
        return n('capacity_report', 'Fwd: Weekly capacity', "Sharing for the transfer planning call.\n\n" + fw, 'inline forward of aggregate bed capacity figures')
    fw = "-------- Message transféré --------\nDe : Direction médicale <direction.medicale@" + ORG[loc]['dom'] + ">\nObjet : Nouvelle procédure de transfert inter-hospitalier\n\nÀ partir du 1er novembre, toute demande de transfert vers le Québec passe par le bureau international (poste 4420). Le formulaire est sur l'intranet.\n"
    return n('procedure_notice', 'TR: Nouvelle procédure de transfert', "Pour info, à afficher en salle de soins.\n\n" + fw, 'transfert en ligne d\'une procédure administrative')

NEG_TEMPLATES = [(n_fwd_attached, 'be fr en'), (n_inline_fwd, 'be fr en'),(n_purchase, 'be fr en'), (n_congress_pdf, 'be fr en'),
    (n_congress, 'be fr en'), (n_erasmus, 'be fr en'), (n_hr, 'be fr en'), (n_invoice, 'be fr en'), (n_it, 'be fr en'), (n_facilities, 'be fr en'),
    (n_newsletter, 'be fr en'), (n_stats, 'be fr en'), (n_job, 'be fr en'), (n_blank_form, 'be fr en'), (n_teaching, 'be fr en'), (n_roster, 'be fr en'),
    (n_consortium, 'be fr en'), (n_vendor, 'be fr en'), (n_committee, 'be fr en'), (n_rcp_schedule, 'be fr'), (n_physician_disease, 'be fr en'),
    (n_lab_qa, 'be fr en'), (n_mutuelle_conv, 'be'), (n_cpas_conv, 'be'), (n_vcard, 'be fr en'), (n_public_health, 'be fr en'),
    (n_transfer_logistics, 'en'), (n_reply_admin, 'be fr en'),
]

# ================================================================ transport
class Ctx:
    pass

def to_html(text):
    paras = text.split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + html.escape(p).replace('\n', '<br>\n') + '</p>')
    return '<html><body style="font-family:Calibri,Arial">\n' + '\n'.join(out) + '\n</body></html>\n'

def encodable(s, cs):
    try:
        s.encode(cs); return True
    except UnicodeEncodeError:
        return False

def set_text(part, text, subtype, cs, cte):
    if not encodable(text, cs):
        cs = 'utf-8'
    if cte == '8bit' and any(len(l.encode(cs)) > 900 for l in text.split('\n')):
        cte = 'quoted-printable'
    part.set_content(text, subtype=subtype, charset=cs, cte=cte)

def build(r, d, idx, loc):
    lang = d['lang']; org = d.get('org', loc if loc != 'en' else r.choice(['en', 'be', 'en', 'fr']))
    o = ORG[org]
    senders = [('Marie Dubois', 'marie.dubois'), ('Dr Hélène Vandamme', 'h.vandamme'), ('Secrétariat oncologie', 'secretariat.onco'), ('', 'o.masson'), ('Service social', 'service.social'), ('Bed management', 'bed.management'),
               ('Amina Bakkali', 'a.bakkali'), ('', 'labo.biochimie'), ('Pharmacie clinique', 'pharmacie.clinique'), ('International Office', 'international.office'), ('Karine Ouimet', 'k.ouimet'), ('', 'j.bergeron'), ('Cellule qualité', 'qualite'), ('', 'rh'), ('Service Desk', 'helpdesk')]
    disp, lp = r.choice(senders)
    frm = d.get('frm') or f"{lp}@{o['dom']}"
    if d.get('frm'):
        disp = ''
    to_dom = d.get('to_dom') or r.choice(PARTNERS[org if org in PARTNERS else 'en'])
    to = f"{r.choice(['dr.leroux','accueil','secretariat','n.fortin','coordination','info','bureau.lits','claims'])}@{to_dom}"
    msg = EmailMessage()
    msg['From'] = email.utils.formataddr((disp, frm)) if disp else frm
    msg['To'] = to
    if r.random() < 0.3:
        msg['Cc'] = f"{r.choice(['archives','chef.service','coordination'])}@{o['dom']}"
    msg['Subject'] = d['subject']
    tz = datetime.timezone(datetime.timedelta(hours=o['tz']))
    dt = datetime.datetime(2026, r.randrange(1, 12), r.randrange(1, 29), r.randrange(7, 20), r.randrange(60), r.randrange(60), tzinfo=tz)
    msg['Date'] = email.utils.format_datetime(dt)
    msg['Message-ID'] = f"<{idx}.{r.randrange(16**10):010x}@{o['dom']}>"
    if d['subject'].upper().startswith(('RE:', 'TR:', 'FWD:')):
        msg['In-Reply-To'] = f"<{r.randrange(16**12):012x}@{to_dom}>"
    msg['MIME-Version'] = '1.0'
    if r.random() < 0.3:
        msg['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Thunderbird 128.3', 'Zimbra 10'])
    body = d['body']
    if r.random() < 0.35:
        body = body + '\n' + (DISCLAIMER_EN if lang == 'en' else DISCLAIMER_FR) + '\n'
    cs = r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = r.choice(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
    h = d.get('html')
    atts = d.get('atts', [])
    fwd = d.get('fwd_att')
    if h == 'only':
        mode = 'html'; htmltext = '<html><body>\n' + body + '\n</body></html>\n'; body = re.sub('<[^>]+>', '\n', body).strip() + '\n'
    else:
        htmltext = to_html(body)
        mode = 'alt' if h else r.choice(['plain', 'plain', 'alt', 'html'])
    if mode == 'plain':
        set_text(msg, body, 'plain', cs, cte)
    elif mode == 'html':
        set_text(msg, htmltext, 'html', cs, cte)
    else:
        set_text(msg, body, 'plain', cs, cte)
        alt = EmailMessage(); set_text(alt, htmltext, 'html', cs, cte)
        msg.make_alternative(); msg.attach(alt)
    for name, data, mt, st in atts:
        if mt == 'text':
            txt = data.decode('utf-8')
            msg.add_attachment(txt, subtype=st, charset='utf-8', cte=r.choice(['base64', 'quoted-printable']), filename=name)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    if fwd is not None:
        msg.add_attachment(fwd)
    # deterministic boundaries
    k = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == 'multipart':
            k += 1
            part.set_boundary(f"----=_Part_{idx}_{k}_{r.randrange(16**8):08x}")
    crlf = r.random() < 0.4
    pol = email.policy.default.clone(linesep='\r\n' if crlf else '\n')
    data = msg.as_bytes(policy=pol)
    tinfo = dict(mode=('mixed' if (atts or fwd is not None) else mode), charset=cs, cte=cte, eol='CRLF' if crlf else 'LF',
                 reply='reply' if '\n>' in d['body'] else ('inline_fwd' if 'Forwarded message' in d['body'] or 'Message transféré' in d['body'] else ('fwd_attached' if fwd is not None else 'none')))
    return data, tinfo

# ================================================================ main
def check(outdir, labels):
    files = sorted(f'{s}/{f}' for s in ('positive', 'negative') for f in os.listdir(os.path.join(outdir, s)) if f.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    h = hashlib.sha256()
    actual = {'top_type': {}, 'text_charset': {}, 'text_cte': {}, 'attachment_type': {}}
    def bump(k, v): actual[k][v] = actual[k].get(v, 0) + 1
    for f in files:
        raw = open(os.path.join(outdir, f), 'rb').read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        assert not m.defects, (f, m.defects)
        bump('top_type', m.get_content_type())
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if part.get_content_type() == 'message/rfc822':
                bump('attachment_type', 'message/rfc822')
            if part.is_multipart():
                continue
            part.get_content()
            if part.get_filename():
                bump('attachment_type', part.get_content_type())
            elif part.get_content_maintype() == 'text':
                bump('text_charset', part.get_content_charset()); bump('text_cte', part.get('Content-Transfer-Encoding', '7bit'))
        lab = labels[f]
        assert lab['confidential'] == f.startswith('positive/')
        assert (len(lab['types']) > 0) == lab['confidential'], f
        h.update(f.encode() + b'\0' + raw)
    h.update(json.dumps(labels, sort_keys=True, ensure_ascii=False).encode())
    for k, v in actual.items():
        print('actual ' + k + ':', json.dumps(dict(sorted(v.items()))))
    return files, h.hexdigest()

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default=HERE); ap.add_argument('--seed', type=int, default=1212)
    a = ap.parse_args()
    random.seed(a.seed)
    load_nams()
    r = random.Random(a.seed)
    outdir = a.out
    for s in ('positive', 'negative'):
        os.makedirs(os.path.join(outdir, s), exist_ok=True)
        for f in os.listdir(os.path.join(outdir, s)):
            if f.endswith('.eml'):
                os.remove(os.path.join(outdir, s, f))
    C = Ctx(); C.r = r; C.pool = list(NAMS)
    plan = [('pos', 'be')] * 30 + [('pos', 'fr')] * 30 + [('pos', 'en')] * 25 + [('neg', 'be')] * 40 + [('neg', 'fr')] * 40 + [('neg', 'en')] * 35
    r.shuffle(plan)
    rr = {}
    labels = {}; counts = {'pos': 0, 'neg': 0}; stats = {}
    for kind, loc in plan:
        pool = POS_TEMPLATES if kind == 'pos' else NEG_TEMPLATES
        key = (kind, loc)
        if key not in rr:
            lst = [f for f, locs in pool if loc in locs.split()]
            r.shuffle(lst); rr[key] = [lst, 0]
        lst, i = rr[key]; rr[key][1] += 1
        fn = lst[i % len(lst)]
        if i % len(lst) == len(lst) - 1:
            r.shuffle(lst)
        C.loc = loc
        d = fn(C)
        d.setdefault('lang', 'en' if loc == 'en' else 'fr')
        counts[kind] += 1
        idx = counts[kind]
        prefix = 'p' if kind == 'pos' else 'n'
        fname = f"{'positive' if kind=='pos' else 'negative'}/{prefix}{idx:03d}_{d['cat']}.eml"
        data, tinfo = build(r, d, f'{prefix}{idx:03d}', loc)
        with open(os.path.join(outdir, fname), 'wb') as fh:
            fh.write(data)
        labels[fname] = {'confidential': kind == 'pos', 'types': sorted(set(d['types'])), 'lang': d['lang'], 'note': d['note']}
        for k, v in [('cat', d['cat']), ('lang', d['lang']), ('region', loc)] + list(tinfo.items()):
            stats.setdefault(k, {}).setdefault(f'{kind}:{v}' if k == 'cat' else v, 0)
            stats[k][f'{kind}:{v}' if k == 'cat' else v] += 1
    labels = dict(sorted(labels.items()))
    with open(os.path.join(outdir, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True); fh.write('\n')
    files, digest = check(outdir, labels)
    print(f'files: {len(files)}  positives: {counts["pos"]}  negatives: {counts["neg"]}')
    for k in ('lang', 'region', 'mode', 'eol', 'reply', 'cat'):
        print(k + ':', json.dumps(dict(sorted(stats[k].items())), ensure_ascii=False))
    print('sha256:', digest)

if __name__ == '__main__':
    main()
