#!/usr/bin/env python3
"""Seeded deterministic generator: ED/ICU outbound mail corpus (seed 5151)."""
import argparse, csv, hashlib, io, json, os, random, re, sys, zipfile, datetime as dt
import email, email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from stdnum.ca import sin as SIN
from stdnum.be import nn as NN
from stdnum.fr import nir as NIR
from stdnum import luhn

SEED = 5151
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

# ---------------------------------------------------------------- data pools
NAMS = []
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
for line in open(os.path.join(HERE, os.pardir, 'blind_nams.txt'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    s, g, b, x, n = line.split()
    NAMS.append(dict(sur=s, giv=g, dob=b, sex=x, nam=n))

STAFF_FR = ['Dre Isabelle Tremblay', 'Dr Mathieu Bergeron', 'Dre Chloé Vachon', 'Dr Olivier Drouin',
            'Julie Côté, inf. clin.', 'Karine Dubé, AIC', 'Patrick Lemay, inh.', 'Dre Annie Racine',
            'Dr Samuel Poulin', 'Véronique Hamel, T.S.', 'Marc-André Caouette, pharm.', 'Nadia Ferland, ASI']
STAFF_EN = ['Dr. Rachel Whitfield', 'Dr. Aaron Kessler', 'Dr. Priya Raman', 'Megan O\'Brien, RN',
            'Tom Sinclair, RRT', 'Dr. Hugh MacLeod', 'Laura Chen, PharmD', 'Kevin Doyle, CNE',
            'Dr. Fiona Grant', 'Sandra Kowalski, MSW', 'Dr. Omar Haddad', 'Jenna Price, Charge RN']
PT_EXTRA = [('Bergeron', 'Hélène', 'F'), ('Lavoie', 'Réjean', 'M'), ('Ostrowski', 'Mark', 'M'),
            ('Patel', 'Anita', 'F'), ('Dufresne', 'Gaétan', 'M'), ('Nguyen', 'Linh', 'F'),
            ('Harper', 'Douglas', 'M'), ('Vermeulen', 'Els', 'F'), ('Dubois', 'Thierry', 'M'),
            ('Moreau', 'Claire', 'F'), ('Campbell', 'Ruth', 'F'), ('St-Onge', 'Yvon', 'M'),
            ('Janssens', 'Pieter', 'M'), ('Lefèvre', 'Sophie', 'F'), ('Kaur', 'Harpreet', 'F')]
IN_DOM = ['chr-laurentides.example', 'cisss-exemple.example', 'chu-exemple.example']
OUT_DOM = ['clsc-riviere.example', 'cmq-poison.example', 'hopital-regional.example', 'ambulances-nord.example',
           'sunnybrook-like.example', 'ottawa-general.example', 'chu-liege.example', 'chu-lyon.example',
           'medfournisseur.example', 'gmail.example', 'registre-trauma.example', 'lifeline-med.example',
           'pharmacie-jean.example', 'ohip-clinic.example', 'cnesst-like.example']
STREETS = ['rue des Érables', 'boul. Labelle', 'ch. du Lac-Brûlé', 'rue Principale', 'Maple Ave', 'rang 4 Ouest',
           'Queen St E', 'rue Saint-Georges', 'montée Ryan']
TOWNS = ['Saint-Jérôme', 'Mont-Laurier', 'Sainte-Agathe', 'Lachute', 'Hawkesbury', 'Rivière-Rouge', 'Pembroke']

BASE = dt.datetime(2026, 10, 1, 6, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))


def pick(x):
    return R.choice(x)


def rdate():
    return BASE + dt.timedelta(minutes=R.randint(0, 60 * 24 * 60))


def phone():
    return f"{pick(['819','450','613','514','438'])}-555-{R.randint(100,9999):04d}"


def mrn():
    k = R.randint(0, 4)
    if k == 0:
        return f"{R.randint(1000000, 9999999)}"
    if k == 1:
        return f"{R.randint(10000000, 99999999)}"
    if k == 2:
        return f"H{R.randint(100000, 999999)}"
    if k == 3:
        return f"SJ-{R.randint(100000, 999999)}"
    return f"{R.randint(10,99)} {R.randint(100,999)} {R.randint(100,999)}"


def gen_sin():
    while True:
        d = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(R.randint(0, 9)) for _ in range(7))
        for c in '0123456789':
            if SIN.is_valid(d + c):
                return f"{d[:3]} {d[3:6]} {d[6:]}{c}"


def gen_ohn():
    while True:
        d = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(8))
        c = luhn.calc_check_digit(d)
        n = d + c
        assert luhn.is_valid(n)
        return f"{n[:4]}-{n[4:7]}-{n[7:]}-{pick(['AB','KL','XM','TR'])}"


def gen_niss(dob, sex):
    y, m, d = dob.split('-')
    while True:
        seq = R.randint(1, 997)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        base = f"{y[2:]}{m}{d}{seq:03d}"
        n = int(base) + (2000000000 if int(y) >= 2000 else 0)
        chk = 97 - n % 97
        v = f"{base}{chk:02d}"
        if NN.is_valid(v):
            return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


def gen_nir(dob, sex):
    y, m, d = dob.split('-')
    while True:
        s = '1' if sex == 'M' else '2'
        body = f"{s}{y[2:]}{m}{R.choice(['69','75','13','33','59'])}{R.randint(1,999):03d}{R.randint(1,999):03d}"
        key = 97 - int(body) % 97
        v = f"{body}{key:02d}"
        if NIR.is_valid(v):
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def lookalike_luhn(n=9):
    while True:
        d = ''.join(str(R.randint(0, 9)) for _ in range(n - 1))
        return d + luhn.calc_check_digit(d)


LAST = {}


FR_RX = re.compile(r"[éèàçêôÉ]|\b(Horaire|Liste|Quart|Remplacement|Stats|Indicateurs|Formation|Simulation|Moniteur|Bris|Soumission|Votre|Comit|Convocation|Interruption|Panne|Bulletin SP|Infolettre|Affichage|Facture|BC|Club|Cas|Stationnement|Info|Assignations|Affectations|chariots|Nouveau|Portrait|chiffres|Inventaire|Cell|USI|passation|Rencontre|Demande|Suivi|Centre|Intox|Registre|Caucus|Huddle flux|VALEUR|Critique|Valeur|BCM|TS|Consultation|Besoin|Patient belge|Rapatriement|Prise|Facturation|Formulaire|num|NAM|TDM|rapport|Transfert|Rapport|arriv|civi)")


def spick(lang, opts):
    fr = [o for o in opts if FR_RX.search(o)]
    en = [o for o in opts if not FR_RX.search(o)]
    sel = (fr if lang == 'fr' else en) or opts
    return pick(sel)


def nam_person():
    p = dict(pick(NAMS)); LAST['p'] = p
    return p


def other_person():
    s, g, x = pick(PT_EXTRA)
    y = R.randint(1935, 2020)
    p = dict(sur=s, giv=g, sex=x, dob=f"{y}-{R.randint(1,12):02d}-{R.randint(1,28):02d}", nam=None)
    LAST['p'] = p
    return p


def fmt_nam(n):
    k = R.randint(0, 5)
    if k == 0:
        return n
    if k == 1:
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    if k == 2:
        return f"{n[:4]}-{n[4:8]}-{n[8:]}"
    if k == 3:
        return n.lower()
    if k == 4:
        return f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}"
    return f"{n[:4]}.{n[4:8]}.{n[8:]}"


def age(p):
    return 2026 - int(p['dob'][:4])


def vitals():
    return (f"TA {R.randint(82,178)}/{R.randint(44,102)} FC {R.randint(48,138)} FR {R.randint(12,32)} "
            f"SpO2 {R.randint(84,99)}% T {R.choice(['36.4','37.9','38.6','35.8','36.9'])}")


def sig(lang, who=None, dom=None):
    who = who or pick(STAFF_FR if lang == 'fr' else STAFF_EN)
    dom = dom or pick(IN_DOM)
    if lang == 'fr':
        unit = pick(['Urgence', 'Soins intensifs', 'Urgence - secteur ambulatoire', 'USI 3e étage', 'Coordination des lits'])
        disc = pick(['', '\nAVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. '
                         'Si vous l\'avez reçu par erreur, veuillez le détruire et aviser l\'expéditeur.'])
        return f"\n\n--\n{who}\n{unit}\nCentre hospitalier régional ({dom.split('.')[0]})\nTél. {phone()} poste {R.randint(2000,7999)}{disc}\n"
    unit = pick(['Emergency Department', 'ICU', 'Patient Flow', 'Critical Care Outreach', 'ED Admin'])
    disc = pick(['', '\nThis e-mail may contain confidential information intended only for the addressee. '
                     'If received in error, please delete and notify the sender.'])
    return f"\n\n--\n{who}\n{unit}\nRegional Hospital Centre\nT {phone()} x{R.randint(2000,7999)}{disc}\n"


def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.strip().split('\n'))


# ---------------------------------------------------------------- attachments
FIXED_ZIP_DT = (2026, 1, 1, 0, 0, 0)


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist()):
        b = zin.read(name)
        if name.endswith('core.xml'):
            b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-01-01T00:00:00Z', b)
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    c.setFont('Helvetica', 10)
    for l in lines:
        y -= 16
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 740
        c.drawString(50, y, l)
    c.save()
    return buf.getvalue()


def make_docx(title, lines):
    import docx
    d = docx.Document()
    d.core_properties.author = 'CH'
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.add_heading(title, 1)
    for l in lines:
        d.add_paragraph(l)
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def make_xlsx(header, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = 'CH'
    wb.properties.created = dt.datetime(2026, 1, 1)
    wb.properties.modified = dt.datetime(2026, 1, 1)
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def make_csv(header, rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerow(header)
    w.writerows(rows)
    return s.getvalue().encode('utf-8')


def make_ics(summary, desc, start, loc):
    st = start.astimezone(dt.timezone.utc)
    en = st + dt.timedelta(hours=1)
    f = '%Y%m%dT%H%M%SZ'
    desc = desc.replace('\n', '\\n').replace(',', '\\,')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CH Regional//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             f'UID:{R.randint(10**9, 10**10)}@chr-laurentides.example', f'DTSTAMP:{st.strftime(f)}',
             f'DTSTART:{st.strftime(f)}', f'DTEND:{en.strftime(f)}', f'SUMMARY:{summary}',
             f'DESCRIPTION:{desc}', f'LOCATION:{loc}', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def make_vcf(fn, sur, giv, tel, adr, note):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{sur};{giv};;;', f'FN:{fn}', f'TEL;TYPE=HOME:{tel}',
             f'ADR;TYPE=HOME:;;{adr};;;;CA', f'NOTE:{note}', 'END:VCARD']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def make_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    z.close()
    return out.getvalue()


def att_doc(kind, title, lines, stem):
    """Return (filename, maintype, subtype, bytes)."""
    if kind == 'pdf':
        return (stem + '.pdf', 'application', 'pdf', make_pdf(title, lines))
    if kind == 'docx':
        return (stem + '.docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                make_docx(title, lines))
    return (stem + '.txt', 'text', 'plain', ('\n'.join([title] + lines) + '\n').encode('utf-8'))


# ---------------------------------------------------------------- message assembly
TRANSPORT_COUNT = {}


def html_of(text, cs='utf-8'):
    esc = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = esc.split('\n')
    body = '<br>\n'.join(paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html"><meta charset="{cs}"></head><body style="font-family:Calibri,Arial;font-size:11pt">'
            f'<div>{body}</div></body></html>')


def build(spec):
    """spec: from,to,cc,subject,date,body,lang,attachments[],fwd_eml(optional), mode(optional)"""
    atts = spec.get('attachments', [])
    mode = spec.get('mode') or pick(['plain', 'plain', 'html', 'alt', 'alt'])
    if atts or spec.get('fwd_eml') is not None:
        mode = 'mixed-' + pick(['plain', 'alt', 'html'])
    charset = spec.get('charset') or pick(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = spec.get('cte') or pick(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
    text = spec['body']
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    linesep = pick(['\n', '\r\n'])
    m = EmailMessage()
    m['From'] = spec['from']
    m['To'] = spec['to']
    if spec.get('cc'):
        m['Cc'] = spec['cc']
    m['Subject'] = spec['subject']
    m['Date'] = format_datetime(spec['date'])
    dom = spec['from'].split('@')[-1].strip('>')
    m['Message-ID'] = f"<{R.randint(10**11, 10**12)}.{R.randint(1000,9999)}@{dom}>"
    if spec.get('reply'):
        m['In-Reply-To'] = f"<{R.randint(10**11, 10**12)}@{pick(OUT_DOM)}>"
    m['MIME-Version'] = '1.0'
    if R.random() < 0.3:
        m['X-Mailer'] = pick(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Apple Mail (2.3731)', 'Thunderbird 128.3'])
    base = mode.replace('mixed-', '')
    if base == 'plain':
        m.set_content(text, charset=charset, cte=cte)
    elif base == 'html':
        m.set_content(html_of(text, charset), subtype='html', charset=charset, cte=cte)
    else:
        m.set_content(text, charset=charset, cte=cte)
        m.add_alternative(html_of(text, charset), subtype='html', charset=charset,
                          cte=pick(['quoted-printable', 'base64']))
    for fn, mt, st, data in atts:
        if mt == 'text':
            m.add_attachment(data.decode('utf-8'), subtype=st, charset='utf-8', filename=fn,
                             cte=pick(['base64', 'quoted-printable']))
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if spec.get('fwd_eml') is not None:
        m.add_attachment(spec['fwd_eml'])
    key = f"{mode}|{charset}|{cte}|{'CRLF' if linesep == chr(13)+chr(10) else 'LF'}"
    pol = email.policy.default.clone(linesep=linesep)
    if cte == '8bit':
        pol = pol.clone(cte_type='8bit')
    return m.as_bytes(policy=pol), dict(mode=mode, charset=charset, cte=cte,
                                        eol='CRLF' if linesep == '\r\n' else 'LF',
                                        atts=[a[0].rsplit('.', 1)[-1] for a in atts] +
                                             (['eml'] if spec.get('fwd_eml') is not None else []))


def inner_eml(frm, to, subj, body, date):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subj
    m['Date'] = format_datetime(date)
    m['Message-ID'] = f"<{R.randint(10**11, 10**12)}@{frm.split('@')[-1].strip('>')}>"
    m.set_content(body, charset='utf-8', cte='quoted-printable')
    return m


def addr(lang, inside=True, name=None):
    if inside:
        n = name or pick(STAFF_FR if lang == 'fr' else STAFF_EN)
        clean = n.split(',')[0].replace('Dre ', '').replace('Dr ', '').replace('Dr. ', '')
        local = re.sub(r'[^a-z.]', '', clean.lower().replace(' ', '.').replace('é', 'e').replace('è', 'e')
                       .replace('ô', 'o').replace('ç', 'c').replace("'", ''))
        return f'"{n.split(",")[0]}" <{local}@{pick(IN_DOM)}>'
    d = pick(OUT_DOM)
    local = pick(['admission', 'liaison', 'triage', 'info', 'coord.lits', 'soins.domicile', 'intake', 'registry',
                  'transfer.centre', 'pharmacie', 'sac', 'urgence', 'facturation', 'ventes', 'support'])
    return f"{local}@{d}"


# ---------------------------------------------------------------- positive templates
def who_pt(allow_other=True):
    return nam_person() if (not allow_other or R.random() < 0.7) else other_person()


def p_ambulance(lang):
    p = who_pt(); t = f"{R.randint(0,23):02d}h{R.randint(0,59):02d}"
    idl = f"NAM {fmt_nam(p['nam'])}" if p['nam'] else f"dossier {mrn()}"
    types = ['patient_name', 'diagnosis'] + (['ramq_nam'] if p['nam'] else ['mrn'])
    if lang == 'fr':
        dx = pick(['DRS rétrosternale, STEMI inférieur au ECG 12D', 'chute de sa hauteur, # hanche D probable',
                   'AVC probable, aphasie + hémiparésie G, dernière fois vu normal 05h40', 'hypoglycémie 1.8, diabète type 1'])
        body = (f"Bonjour,\nRapport AS-803 pour l'arrivée de {t} (unité 17-42):\n{p['sur'].upper()}, {p['giv']} — "
                f"{age(p)} ans, {idl}\nMotif : {dx}\nSV : {vitals()}\nTriage P{R.randint(1,2)}, civière {R.randint(1,24)}.\n"
                f"Merci de compléter la section hôpital et nous le retourner." + sig('fr'))
        subj = spick(lang, [f"AS-803 - arrivée {t} - {p['sur']}", "Rapport préhospitalier à compléter", f"RE: AS-803 {t}"])
    else:
        dx = pick(['chest pain, STEMI on 12-lead', 'MVC, GCS 13, seatbelt sign', 'SOB, COPD exacerbation, on home O2',
                   'overdose suspected, naloxone x2 given'])
        body = (f"Hi,\nPCR for the {t} arrival (medic 4417):\nPt: {p['giv']} {p['sur']}, {age(p)}{p['sex']}, "
                f"{'RAMQ ' + fmt_nam(p['nam']) if p['nam'] else 'MRN ' + mrn()}\nCC: {dx}\nVS: {vitals()}\nCTAS {R.randint(1,2)}, bay {R.randint(1,20)}.\n"
                f"Please sign off the transfer of care." + sig('en'))
        subj = spick(lang, [f"PCR {t} - {p['sur']}", "ePCR transfer of care signature", f"RE: offload delay {t}"])
    return dict(cat='ambulance_report', types=types, subject=subj, body=body,
                note='pre-hospital report naming the patient with identifier and chief complaint')


def p_transfer(lang):
    p = who_pt(); m = mrn(); d = rdate()
    if lang == 'fr':
        dx = pick(['hémorragie sous-arachnoïdienne Fisher 3', 'dissection aortique type A', 'choc septique, IRA, besoin de CRRT',
                   'polytrauma, # bassin instable'])
        body = (f"Demande de transfert interhospitalier — urgent\nPatient(e) : {p['giv']} {p['sur']}, né(e) le {p['dob']}\n"
                f"N° dossier : {m}\nDx : {dx}\nIntubé(e): {pick(['oui','non'])} — {vitals()}\nMD référent : {pick(STAFF_FR)}\n"
                f"Lit demandé : USI / neurochir. SVP confirmer acceptation au {phone()}." + sig('fr'))
        subj = spick(lang, ["Transfert urgent USI", f"Demande de transfert - {p['sur']}", "Transfert interhospitalier - acceptation?"])
    else:
        dx = pick(['SAH Fisher 3', 'type A dissection', 'septic shock, AKI needing CRRT', 'unstable pelvic fracture'])
        body = (f"Transfer request — CritiCall ref {R.randint(100000,999999)}\nPatient: {p['sur']}, {p['giv']}  DOB {p['dob']}\n"
                f"MRN {m}\nDx: {dx}\nIntubated: {pick(['yes','no'])}; {vitals()}\nSending MD: {pick(STAFF_EN)}\n"
                f"Please call back {phone()} re: bed." + sig('en'))
        subj = spick(lang, ["Transfer request - ICU bed", f"Transfer {p['sur']} - accepted?", "CritiCall transfer pending"])
    return dict(cat='transfer', types=['patient_name', 'date_of_birth', 'mrn', 'diagnosis'], subject=subj, body=body,
                note='inter-hospital transfer request with name, DOB, chart number and diagnosis')


AUT = ["perte d'autonomie", 'refuse hébergement', 'proche aidant épuisé']


def p_clsc(lang):
    p = who_pt(); adr = f"{R.randint(10,999)} {pick(STREETS)}, {pick(TOWNS)}"; tel = phone()
    if lang == 'fr':
        body = (f"Bonjour l'équipe SAD,\nSuivi post-urgence svp pour {'Mme' if p['sex'] == 'F' else 'M.'} {p['sur']} ({p['giv']}), "
                f"{age(p)} ans, vu(e) à l'urgence le {rdate():%d/%m} pour {pick(['chute à domicile','cellulite jambe D sous Keflex','IC décompensée, Lasix augmenté','plaie pied diabétique'])}.\n"
                f"Adresse : {adr}\nTél. dom. : {tel}\nVit seul(e), {pick(AUT)}.\n"
                f"Visite inf. d'ici 48 h svp (pansement + SV)." + sig('fr'))
        subj = spick(lang, ["Suivi post-urgence SAD", "Référence CLSC - suivi 48h", f"SAD {p['sur']}"])
    else:
        body = (f"Hello,\nPlease arrange home care follow-up for {p['giv']} {p['sur']}, {age(p)}, seen in ED "
                f"{rdate():%b %d} for {pick(['fall at home','leg cellulitis on cephalexin','CHF exacerbation, furosemide increased','diabetic foot wound'])}.\n"
                f"Address: {adr}\nHome phone: {tel}\nLives alone. Nursing visit within 48h for dressing + vitals." + sig('en'))
        subj = spick(lang, ["Home care referral post-ED", "CLSC follow-up request", f"Re: home care for {p['giv']}"])
    return dict(cat='clsc_followup', types=['patient_name', 'patient_contact', 'diagnosis'], subject=subj, body=body,
                note='post-ED home-care referral with patient name, home address/phone and reason')


def p_poison(lang):
    p = who_pt(); w = R.randint(8, 95)
    drug = pick(['acétaminophène', 'lithium', 'métoprolol', 'quétiapine', 'éthylène glycol'])
    drug_en = {'acétaminophène': 'acetaminophen', 'lithium': 'lithium', 'métoprolol': 'metoprolol',
               'quétiapine': 'quetiapine', 'éthylène glycol': 'ethylene glycol'}[drug]
    types = ['patient_name', 'medication', 'lab_result']
    idtxt = ''
    if p['nam']:
        idtxt = f"{'NAM' if lang == 'fr' else 'RAMQ'} {fmt_nam(p['nam'])}"; types.append('ramq_nam')
    if lang == 'fr':
        body = (f"Suite à notre appel de {R.randint(0,23)}h{R.randint(0,59):02d} (dossier CAPQ n° {R.randint(10**6,10**7)}):\n"
                f"{p['giv']} {p['sur']}, {age(p)} ans, {w} kg {idtxt}\nIngestion volontaire de {drug}, "
                f"~{R.randint(2,40)} g, H+{R.randint(2,9)}.\nNiveau à H4 : {R.randint(400,2400)} µmol/L, ALT {R.randint(20,900)}.\n"
                f"Recommandation : NAC protocole 2 sacs, recontrôle niveau + INR. Évaluation psy avant congé." + sig('fr'))
        subj = spick(lang, ["Centre antipoison - suivi appel", "Intox volontaire - reco CAPQ", "RE: appel centre antipoison"])
    else:
        body = (f"Following our call (poison centre case {R.randint(10**6,10**7)}):\n{p['giv']} {p['sur']}, {age(p)}y, {w} kg {idtxt}\n"
                f"Intentional ingestion of {drug_en} ~{R.randint(2,40)} g, H+{R.randint(2,9)}.\n4h level {R.randint(400,2400)} umol/L, ALT {R.randint(20,900)}.\n"
                f"Plan: NAC two-bag, repeat level + INR, psych consult before d/c." + sig('en'))
        subj = spick(lang, ["Poison centre follow-up", "Re: tox consult", "Intentional OD - recommendations"])
    return dict(cat='poison_centre', types=types, subject=subj, body=body,
                note='poison-centre follow-up naming patient with ingestion, levels and plan')


def p_trauma(lang):
    rows = []
    types = ['patient_name', 'mrn', 'diagnosis', 'date_of_birth']
    for _ in range(R.randint(3, 7)):
        p = who_pt()
        rows.append([f"{p['sur']}, {p['giv']}", p['dob'], mrn(), pick(['MVC', 'chute', 'VTT', 'plaie arme blanche', 'assault', 'fall']),
                     R.randint(4, 45), pick(['USI', 'Ortho', 'Décès', 'Congé', 'Neurochir', 'Transféré'])])
    hdr = ['Nom', 'DDN', 'Dossier', 'Mécanisme', 'ISS', 'Dispo']
    kind = pick(['xlsx', 'csv'])
    if kind == 'xlsx':
        att = ('registre_trauma_oct.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx(hdr, rows))
    else:
        att = ('extraction_trauma.csv', 'text', 'csv', make_csv(hdr, rows))
    lang2 = lang
    body = pick(["Bonjour,\nCi-joint l'extraction mensuelle pour le registre de traumatologie. Validation des ISS svp d'ici vendredi.",
                 "Voici les cas à valider, 2 dossiers incomplets (DDN manquante à vérifier)."]) if lang == 'fr' else \
        "Hi,\nAttached is the monthly trauma registry abstraction. Please validate ISS before Friday."
    return dict(cat='trauma_registry', types=types, subject=spick(lang, ["Registre trauma - extraction", "Trauma registry abstraction", "Cas trauma à valider"]),
                body=body + sig(lang2), attachments=[att], lang=lang2,
                note='trauma registry extract attached listing patients with DOB, chart numbers and injuries')


def p_family(lang):
    p = who_pt(); d = rdate()
    if lang == 'fr':
        desc = (f"Rencontre famille - {p['giv']} {p['sur']} (lit USI-{R.randint(1,16)})\n"
                f"Sujet: niveau de soins, pronostic post-ACR anoxique. Fille et conjoint présents. T.S. et Dr présents.")
        body = (f"Bonjour,\nInvitation pour la rencontre de famille de demain. {pick(['Interprète non requis.','Prévoir la salle des familles.'])}" + sig('fr'))
        subj = f"Rencontre famille USI - {p['sur']}" if R.random() < .5 else "Invitation: rencontre famille USI"
        types = ['patient_name', 'diagnosis']
    else:
        desc = (f"Family meeting - {p['giv']} {p['sur']} (ICU bed {R.randint(1,16)})\n"
                f"Goals of care after anoxic brain injury post-arrest. Son and wife attending. SW + MD.")
        body = (f"Hi all,\nInvite for tomorrow's family meeting. Quiet room booked." + sig('en'))
        subj = "Invitation: ICU family meeting" if R.random() < .5 else f"Family mtg {p['sur']} - goals of care"
        types = ['patient_name', 'diagnosis']
    att = ('invite.ics', 'text', 'calendar', make_ics(desc.split('\n')[0], desc, d, 'Salle des familles USI'))
    return dict(cat='icu_family_meeting', types=types, subject=subj, body=body, attachments=[att],
                note='ICU family meeting invitation; ICS names the patient and prognosis')


def p_huddle(lang):
    lines = []
    for b in sorted(R.sample(range(1, 30), R.randint(4, 8))):
        p = who_pt()
        nm = pick([f"{p['sur']} {p['giv'][0]}.", f"Mme {p['sur'][0]}." if p['sex'] == 'F' else f"M. {p['sur']}",
                   f"{p['sur'].upper()} {p['giv']}"])
        dx = pick(['NSTEMI attente cardio', 'pneumonie O2 2L', 'DKA sur insuline IV', 'délirium, attente CHSLD', 'occl. intest., NPO',
                   'FA rapide', 'COPD exac', 'AKI K 6.4', 'hip # OR tmrw', 'sepsis urinaire'])
        lines.append(f"C{b:02d} {nm} — {dx} — {pick(['adm méd','adm chir','USI?','congé PM','attente lit 4B','ALC'])}")
    if lang == 'fr':
        body = (f"Huddle flux 7h45 — urgence {R.randint(120,190)}%\n{R.randint(14,31)} patients sur civière, {R.randint(5,14)} > 24h\n\n"
                + '\n'.join(lines) + "\n\nPriorités: libérer 4B et 6A avant 11h." + sig('fr'))
        subj = spick(lang, ["Huddle flux 7h45", "Caucus lits - liste civières", "RE: Huddle lits ce matin"])
    else:
        body = (f"Bed flow huddle 0745 — ED at {R.randint(120,190)}%\n{R.randint(14,31)} admitted pts in ED\n\n"
                + '\n'.join(lines) + "\n\nPriorities: clear 4B and 6A by 1100." + sig('en'))
        subj = spick(lang, ["Bed huddle 0745", "Flow huddle list", "RE: bed meeting"])
    return dict(cat='bedflow_huddle', types=['patient_name', 'diagnosis'], subject=subj, body=body,
                note='bed-flow huddle list with stretcher numbers, partial patient names and diagnoses')


def p_signout(lang):
    ppl = [who_pt() for _ in range(R.randint(3, 6))]
    lines = []
    for i, p in enumerate(ppl):
        lines.append(f"{i+1}. {p['sur']}, {p['giv']} ({age(p)}{p['sex']}) {mrn()} — "
                     + pick(['post-op Whipple, lactate 3.1 à recontrôler', 'ARDS, PEEP 12 FiO2 .6, prone ce soir',
                             'DKA, K 3.2 replete', 'GI bleed, Hb 68 -> 2 CG', 'status epilepticus, keppra load done',
                             'sepsis, norépi 0.12', 'TBI, ICP monitor, Na goal 145-150']))
    body = ("Sign-out nuit USI\n" if lang == 'fr' else "ICU night sign-out\n") + '\n'.join(lines)
    kind = pick(['inline', 'docx', 'pdf'])
    atts = []
    if kind != 'inline':
        atts = [att_doc(kind, 'Sign-out USI' if lang == 'fr' else 'ICU sign-out', lines, 'signout')]
        body = ("Liste ci-jointe pour ce soir, 2 admissions en attente." if lang == 'fr' else "List attached for tonight, 2 pending admits.")
    return dict(cat='signout_list', types=['patient_name', 'mrn', 'diagnosis'],
                subject=spick(lang, ["Sign-out USI", "ICU handover", "Liste de passation nuit", "signout"]),
                body=body + sig(lang), attachments=atts, note='ICU handover list with patient names, chart numbers and issues')


def p_critical(lang):
    p = who_pt()
    lab = pick([('K', '6.9 mmol/L'), ('Troponine HS', '1840 ng/L'), ('Lactate', '7.2 mmol/L'), ('Na', '114 mmol/L'), ('Hb', '54 g/L')])
    types = ['patient_name', 'lab_result']
    ident = f"dossier {mrn()}"; types.append('mrn')
    if lang == 'fr':
        subj = spick(lang, [f"Valeur critique - {p['sur']} {p['giv']}", "VALEUR CRITIQUE", f"Critique {lab[0]}"])
        body = (f"Valeur critique à communiquer au MD traitant (patient(e) congédié(e) de l'urgence):\n{p['sur']} {p['giv']}, {ident}\n"
                f"{lab[0]} = {lab[1]} prélevé {rdate():%Y-%m-%d %H:%M}\nSVP rappeler le patient au {phone()}." + sig('fr'))
    else:
        subj = spick(lang, [f"Critical value - {p['sur']}", "CRITICAL RESULT", f"Crit {lab[0]} - call back"])
        body = (f"Critical value, patient already discharged from ED:\n{p['giv']} {p['sur']}, {ident}\n{lab[0]} = {lab[1]} "
                f"collected {rdate():%Y-%m-%d %H:%M}\nPlease call pt at {phone()}." + sig('en'))
        types.append('patient_contact')
    if lang == 'fr':
        types.append('patient_contact')
    return dict(cat='critical_value', types=types, subject=subj, body=body,
                note='critical lab value for a named patient with chart number and callback phone')


def p_discharge(lang):
    p = who_pt()
    lines = [f"{'Nom' if lang=='fr' else 'Name'}: {p['sur']}, {p['giv']}", f"DDN/DOB: {p['dob']}", f"Dossier/MRN: {mrn()}",
             ('Dx: ' + pick(['Pneumonie LID', 'NSTEMI', 'Pyélonéphrite', 'Embolie pulmonaire segmentaire'])),
             ('Rx: ' + pick(['apixaban 10 mg BID x7j puis 5 mg BID', 'amoxicilline-clav 875 BID x7j', 'ASA 81, ticagrelor 90 BID, atorva 80'])),
             'Suivi MD famille 1 sem.' if lang == 'fr' else 'F/u family MD 1 week']
    kind = pick(['pdf', 'docx', 'pdf'])
    a = att_doc(kind, "Résumé de congé - urgence" if lang == 'fr' else 'ED discharge summary', lines, pick(['resume_conge', 'dc_summary']))
    body = (pick(["Bonjour Dre,\nCi-joint le résumé de congé de votre patiente, vue hier.", "Résumé de congé ci-joint pour suivi GMF."])
            if lang == 'fr' else pick(["Hi Dr.,\nAttached discharge summary for your patient seen yesterday.", "Discharge summary attached for follow-up."]))
    return dict(cat='discharge_summary', types=['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication'],
                subject=spick(lang, ["Résumé de congé", "ED discharge summary", "Résumé urgence - suivi GMF"]), body=body + sig(lang),
                attachments=[a], note='discharge summary attachment with name, DOB, chart number, diagnosis and medications')


def p_medrec(lang):
    p = who_pt()
    meds = R.sample(['métformine 500 BID', 'lisinopril 10 DIE', 'warfarine 5 mg (INR cible 2-3)', 'méthadone 80 mg DIE',
                     'lévothyroxine 100 mcg', 'quétiapine 50 HS', 'insuline glargine 22 U HS', 'furosémide 40 BID'], 4)
    if lang == 'fr':
        body = (f"Bonjour,\nPour le BCM de {p['giv']} {p['sur']} (DDN {p['dob']}), admis(e) USI cette nuit, pouvez-vous nous faxer "
                f"le profil pharmaco des 6 derniers mois?\nListe selon la famille :\n- " + '\n- '.join(meds) + sig('fr'))
        subj = "BCM - demande de profil"
    else:
        body = (f"Hello,\nFor the med rec on {p['giv']} {p['sur']} (DOB {p['dob']}), admitted to ICU overnight, could you fax the "
                f"6-month dispensing profile?\nPer family:\n- " + '\n- '.join(meds) + sig('en'))
        subj = "Med rec - dispensing profile request"
    return dict(cat='med_rec', types=['patient_name', 'date_of_birth', 'medication'], subject=subj, body=body,
                note='medication reconciliation request to community pharmacy naming patient, DOB and meds')


def p_social(lang):
    p = who_pt()
    if lang == 'fr':
        issue = pick(["signalement DPJ fait ce matin (enfant de 4 ans à domicile)", "violence conjugale rapportée, maison d'hébergement contactée",
                      "sans domicile fixe, refus du refuge", "statut d'immigration précaire, pas de couverture RAMQ"])
        body = (f"Bonjour Véronique,\nPour {p['giv']} {p['sur']}, civière {R.randint(1,30)}, {issue}.\nPeux-tu passer avant 15h? "
                f"Patient(e) médicalement prêt(e) au congé." + sig('fr'))
        subj = spick(lang, ["TS urgence - besoin évaluation", f"Consultation TS - {p['sur']}", "Besoin TS civière"])
    else:
        issue = pick(["CAS report filed this morning (4-year-old at home)", "IPV disclosed, shelter contacted",
                      "NFA, declined shelter bed", "uninsured, immigration status pending"])
        body = (f"Hi Sandra,\nRe {p['giv']} {p['sur']}, stretcher {R.randint(1,30)}: {issue}.\nCan you see before 3pm? Medically ready for d/c." + sig('en'))
        subj = spick(lang, ["SW consult needed ED", f"SW - {p['giv']} {p['sur'][0]}.", "Social work request"])
    return dict(cat='social_work', types=['patient_name', 'social_information'], subject=subj, body=body,
                note='social-work consult naming patient with youth protection/IPV/housing/immigration issue')


def p_ontario(lang):
    p = other_person(); hn = gen_ohn()
    body = (f"Hi,\nRepatriation request: {p['giv']} {p['sur']}, DOB {p['dob']}, OHIP {hn}, currently ICU bed {R.randint(1,14)} here after "
            f"{pick(['NSTEMI with PCI','ruptured appendix, post-op','COPD exacerbation requiring BiPAP'])}.\n"
            f"Stable for transfer back to home hospital. Please confirm bed." + sig('en'))
    return dict(cat='repatriation_on', types=['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis'], lang='en',
                subject=spick(lang, ["Repatriation request - OHIP pt", "Repat to home hospital", "Bed request - repatriation"]), body=body,
                note='Ontario repatriation with name, DOB, Ontario health number and diagnosis')


def p_belgium(lang):
    p = other_person(); n = gen_niss(p['dob'], p['sex'])
    body = (f"Madame, Monsieur,\nNous avons pris en charge aux soins intensifs {('Madame' if p['sex']=='F' else 'Monsieur')} {p['sur'].upper()} {p['giv']}, "
            f"né(e) le {p['dob']}, NISS {n}, touriste belge, pour {pick(['infarctus antérieur thrombolysé','pneumonie sévère','trauma crânien sur chute à ski'])}.\n"
            f"Merci de nous transmettre les antécédents et la liste des traitements habituels. Rapatriement prévu via l'assistance." + sig('fr'))
    return dict(cat='repatriation_be', types=['patient_name', 'date_of_birth', 'be_niss', 'diagnosis'], lang='fr',
                subject=spick(lang, ["Patient belge - demande d'antécédents", "Rapatriement Belgique", "Demande dossier médical - touriste"]), body=body,
                note='Belgian tourist in ICU with NISS, name, DOB and diagnosis')


def p_france(lang):
    p = other_person(); n = gen_nir(p['dob'], p['sex'])
    body = (f"Bonjour,\nPour la prise en charge par la CPAM / assistance: {p['giv']} {p['sur']}, NIR {n}, hospitalisé(e) à l'urgence "
            f"puis USI du {rdate():%d/%m} pour {pick(['acidocétose diabétique','fracture ouverte tibia','méningite bactérienne'])}.\n"
            f"Facture détaillée suivra." + sig('fr'))
    return dict(cat='billing_fr', types=['patient_name', 'fr_nir', 'diagnosis'], lang='fr',
                subject=spick(lang, ["Prise en charge assistance - patient français", "Facturation patient hors Québec"]), body=body,
                note='French patient billing with NIR, name and diagnosis')


def p_sin(lang):
    p = who_pt(False); s = gen_sin()
    if lang == 'fr':
        body = (f"Bonjour,\nFormulaire CNESST pour accident de travail — {p['giv']} {p['sur']}, NAS {s}, vu(e) à l'urgence pour "
                f"{pick(['lacération main D, 6 points','entorse lombaire','brûlure 2e degré avant-bras'])}. Arrêt de travail 10 jours." + sig('fr'))
        subj = "Formulaire accident de travail"
    else:
        body = (f"Hi,\nWSIB/CNESST claim: {p['giv']} {p['sur']}, SIN {s}, seen in ED for "
                f"{pick(['hand laceration, 6 sutures','lumbar strain','2nd degree burn forearm'])}. Off work 10 days." + sig('en'))
        subj = "Work injury claim form"
    return dict(cat='work_injury', types=['patient_name', 'ca_sin', 'diagnosis'], subject=subj, body=body,
                note='work-injury claim with patient name, SIN and injury')


def p_disguised(lang):
    p = nam_person(); n = p['nam']
    spaced = pick([' '.join(n), n[:4] + ' / ' + n[4:8] + ' / ' + n[8:], n[:6] + '\n' + n[6:],
                   ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in n)])
    if lang == 'fr':
        body = (f"Je l'écris comme ça sinon le filtre bloque :\n{spaced}\nc'est pour {p['giv']} {p['sur'][0]}., "
                f"{'la' if p['sex']=='F' else 'le'} patient{'e' if p['sex']=='F' else ''} de la civière {R.randint(1,30)} ({pick(['TCC','EP','sepsis'])}). Merci de l'ouvrir dans Cristal-Net." + sig('fr'))
        subj = spick(lang, ["le numéro", "NAM comme demandé", "RE: numéro pour la civière"])
    else:
        body = (f"Writing it this way so the filter doesn't catch it:\n{spaced}\nfor {p['giv']} in stretcher {R.randint(1,30)} ({pick(['TBI','PE','sepsis'])}). Pls register." + sig('en'))
        subj = spick(lang, ["the number", "health card # as asked", "RE: number for bay"])
    return dict(cat='disguised_id', types=['ramq_nam', 'patient_name', 'diagnosis'], subject=subj, body=body,
                note='health card number deliberately spaced/split/full-width with first name and condition')


def p_subject_only(lang):
    p = nam_person()
    subj = spick(lang, [f"{p['sur']} {p['giv']} {p['nam']} - TDM cérébral", f"RE: {p['nam']} résultat hémocs",
                 f"{p['sur'].upper()} {p['dob']} - CT head"])
    body = pick(["Voir ci-dessous, merci de rappeler.", "Rapport dispo dans le PACS.", "fyi", "Can you check? thx"]) + sig(lang)
    if subj.startswith('RE:'):
        ty = ['ramq_nam', 'lab_result']
    elif p['nam'] in subj:
        ty = ['patient_name', 'ramq_nam', 'diagnosis']
    else:
        ty = ['patient_name', 'date_of_birth', 'diagnosis']
    return dict(cat='subject_only', types=ty,
                subject=subj, body=body, note='patient identifier and exam only in the Subject line')


def p_reply_thread(lang):
    p = who_pt(); m = mrn()
    if lang == 'fr':
        orig = (f"Bonjour,\nPouvez-vous revoir la TDM de {p['giv']} {p['sur']} (dossier {m}) ? "
                f"Doute sur une {pick(['fracture C2','hémorragie sous-durale mince','embolie sous-segmentaire'])}.\nMerci")
        body = f"Oui, relu, confirmé. Rapport addendum fait.\n\nLe {rdate():%d/%m/%Y %H:%M}, {pick(STAFF_FR)} a écrit :\n" + quote(orig) + sig('fr')
        subj = "RE: relecture TDM"
    else:
        orig = (f"Hi,\nCould you re-read CT for {p['giv']} {p['sur']} (MRN {m})? Query {pick(['C2 fracture','thin SDH','subsegmental PE'])}.\nThanks")
        body = f"Yes reviewed, confirmed. Addendum done.\n\nOn {rdate():%a %b %d, %Y %H:%M}, {pick(STAFF_EN)} wrote:\n" + quote(orig) + sig('en')
        subj = "RE: CT re-read"
    return dict(cat='imaging_reply', types=['patient_name', 'mrn', 'diagnosis'], subject=subj, body=body, reply=True,
                note='reply whose quoted text names the patient with chart number and imaging finding')


def p_forward_eml(lang):
    p = who_pt()
    inner = inner_eml(addr(lang, False), addr(lang), ("Rapport ambulancier " if lang == 'fr' else "PCR ") + p['sur'],
                      f"{p['giv']} {p['sur']} {age(p)} ans/yo — {pick(['DRS','dyspnée','syncope'])} — {vitals()}\nDossier {mrn()}", rdate())
    body = ("Je te transfère le courriel des ambulanciers, à joindre au dossier." if lang == 'fr' else "Forwarding the medics' email, pls file to chart.")
    return dict(cat='forward_attached', types=['patient_name', 'mrn', 'diagnosis'], subject=("TR: " + pick(['rapport ambulancier', 'à classer', 'RIP à joindre'])) if lang == 'fr' else ('Fwd: ' + pick(['PCR', 'medic report', 'pls file'])),
                body=body + sig(lang), fwd_eml=inner, note='forwarded .eml attached containing named patient with vitals and chart number')


def p_transport(lang):
    p = who_pt(); adr = f"{R.randint(10,999)} {pick(STREETS)}, {pick(TOWNS)}"; tel = phone()
    vcf = make_vcf(f"{p['giv']} {p['sur']}", p['sur'], p['giv'], tel, adr, 'Retour domicile post-urgence, civière, O2 2L')
    if lang == 'fr':
        body = f"Transport retour domicile demain 10h, civière + O2 2L. Coordonnées du patient en pièce jointe (vCard). Contact fille si absent." + sig('fr')
        subj = "Demande transport retour"
    else:
        body = "Return home transport tomorrow 1000, stretcher + O2 2L. Patient contact card attached." + sig('en')
        subj = "Transport request - return home"
    return dict(cat='transport', types=['patient_name', 'patient_contact'], subject=subj, body=body,
                attachments=[('patient.vcf', 'text', 'vcard', vcf)], note='transport booking with vCard of patient name, home address and phone')


def p_zip_research(lang):
    rows = []
    for _ in range(R.randint(4, 8)):
        p = nam_person()
        rows.append([p['nam'], p['sur'], p['giv'], p['dob'], pick(['oui', 'non']), R.randint(1, 30)])
    c = make_csv(['NAM', 'Nom', 'Prénom', 'DDN', 'Consentement', 'Jours USI'], rows)
    z = make_zip([('etude_sepsis/recrutement.csv', c), ('etude_sepsis/LISEZMOI.txt', b'Version 3\n')])
    body = (pick(["Voici le fichier de recrutement pour la coordonnatrice, mot de passe par texto.",
                  "Recruitment file attached for the research coordinator, password by text."]))
    lg = lang
    body = ("Voici le fichier de recrutement pour la coordonnatrice, mot de passe par texto." if lang == 'fr'
            else "Recruitment file attached for the research coordinator, password by text.")
    return dict(cat='research_zip', types=['ramq_nam', 'patient_name', 'date_of_birth'], subject=spick(lang, ["Étude SEPSIS-Q recrutement", "Sepsis study recruitment file"]),
                body=body + sig(lg), lang=lg, attachments=[('recrutement.zip', 'application', 'zip', z)],
                note='ZIP with CSV of study participants with NAM, name and DOB')


def p_staff_as_patient(lang):
    # a staff member who is also a patient in ED
    p = other_person()
    if lang == 'fr':
        body = (f"Pour info, notre collègue {p['giv']} {p['sur']} (inf. 6A) a été vu(e) à l'urgence cette nuit, dossier {mrn()}, "
                f"{pick(['intox ROH + benzo','tentative de suicide','crise psychotique'])}. Admis(e) en psy. Discrétion svp." + sig('fr'))
        subj = "Confidentiel - collègue"
    else:
        body = (f"FYI our colleague {p['giv']} {p['sur']} (RN 6A) was seen in ED last night, MRN {mrn()}, "
                f"{pick(['EtOH + benzo ingestion','suicide attempt','acute psychosis'])}. Admitted psych. Please keep discreet." + sig('en'))
        subj = "Confidential - staff member"
    return dict(cat='staff_patient', types=['patient_name', 'mrn', 'diagnosis'], subject=subj, body=body,
                note='staff member seen as an ED patient, named with chart number and diagnosis')


def p_incident(lang):
    p = who_pt(); m = mrn()
    if lang == 'fr':
        body = (f"Déclaration AH-223 #{R.randint(10000,99999)}\nUsager : {p['sur']}, {p['giv']} — dossier {m}\n"
                f"Événement : {pick(['chute de civière à 03h10, TDM cérébral négatif','erreur de dose héparine (10x), aPTT > 150','retour urgence < 72h, appendicite manquée'])}.\n"
                f"Divulgation faite à la famille. Analyse au comité de gestion des risques." + sig('fr'))
        subj = "Déclaration incident - urgence"
    else:
        body = (f"Incident report #{R.randint(10000,99999)}\nPatient: {p['giv']} {p['sur']}, MRN {m}\n"
                f"Event: {pick(['fell from stretcher 0310, CT head negative','heparin 10x dose error, aPTT >150','72h bounce-back, missed appendicitis'])}.\n"
                f"Disclosure done with family. Risk committee review." + sig('en'))
        subj = "Incident report - ED"
    return dict(cat='incident_report', types=['patient_name', 'mrn', 'diagnosis'], subject=subj, body=body,
                note='incident report naming patient with chart number and event')


def p_coroner(lang):
    p = who_pt(); d = rdate()
    ident = (f"{'NAM' if lang == 'fr' else 'RAMQ'} {fmt_nam(p['nam'])}" if p['nam']
             else f"{'dossier' if lang == 'fr' else 'MRN'} {mrn()}")
    ty = ['patient_name', 'date_of_birth', 'diagnosis'] + (['ramq_nam'] if p['nam'] else ['mrn'])
    if lang == 'fr':
        body = (f"Avis au coroner\nDécès à l'urgence le {d:%Y-%m-%d} à {d:%H:%M}: {p['giv']} {p['sur']}, DDN {p['dob']}, {ident}.\n"
                f"Circonstances: {pick(['ACR extra-hospitalier, RCR 40 min','trauma VTT, polytrauma','intoxication opioïdes présumée'])}. Famille avisée." + sig('fr'))
        subj = "Avis de décès - coroner"
    else:
        body = (f"Coroner notification\nDeath in ED {d:%Y-%m-%d} {d:%H:%M}: {p['giv']} {p['sur']}, DOB {p['dob']}, {ident}.\n"
                f"Circumstances: {pick(['OHCA, 40 min CPR','ATV trauma','suspected opioid toxicity'])}. Family notified." + sig('en'))
        subj = "Coroner notification - ED death"
    return dict(cat='coroner_notice', types=ty, subject=subj, body=body, note='death notification naming patient, DOB, identifier and circumstances')


def p_booking(lang):
    p = who_pt(); d = rdate(); tel = phone()
    desc = (f"{p['giv']} {p['sur']} - suivi clinique TVP post-urgence (apixaban). Tél. {tel}" if lang == 'fr'
            else f"{p['giv']} {p['sur']} - DVT clinic follow-up after ED (apixaban). Ph {tel}")
    att = ('rdv.ics', 'text', 'calendar', make_ics(desc.split(' - ')[0] + (' - clinique TVP' if lang == 'fr' else ' - DVT clinic'), desc, d, 'Clinique externe 2e'))
    body = ("RDV booké, invitation jointe. Le patient a été avisé par téléphone." if lang == 'fr' else "Booked, invite attached. Patient called.")
    return dict(cat='booking', types=['patient_name', 'patient_contact', 'diagnosis', 'medication'], subject=spick(lang, ["RDV clinique TVP", "DVT clinic booking"]),
                body=body + sig(lang), attachments=[att], note='clinic booking ICS with patient name, phone and condition')


POS = [p_ambulance, p_transfer, p_clsc, p_poison, p_trauma, p_family, p_huddle, p_signout, p_critical, p_discharge,
       p_medrec, p_social, p_ontario, p_belgium, p_france, p_sin, p_disguised, p_subject_only, p_reply_thread,
       p_forward_eml, p_transport, p_zip_research, p_staff_as_patient, p_incident, p_coroner, p_booking]


# ---------------------------------------------------------------- negative templates
def n_schedule(lang):
    names = R.sample(STAFF_FR if lang == 'fr' else STAFF_EN, 6)
    lines = [f"{d} : {n}" for d, n in zip(['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], names)]
    kind = pick(['inline', 'xlsx', 'pdf'])
    atts = []
    body = (("Horaire de garde urgence semaine 44 :\n" if lang == 'fr' else "ED on-call schedule week 44:\n") + '\n'.join(lines))
    if kind == 'xlsx':
        atts = [('horaire_s44.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                 make_xlsx(['Jour', 'Quart', 'Nom', 'Poste'], [[l.split(' : ')[0], pick(['J', 'S', 'N']), l.split(' : ')[1], R.randint(2000, 7999)] for l in lines]))]
        body = "Horaire en pièce jointe, échanges à faire approuver par l'ASI." if lang == 'fr' else "Schedule attached; swaps need charge nurse approval."
    elif kind == 'pdf':
        atts = [att_doc('pdf', 'Liste de garde' if lang == 'fr' else 'On-call list', lines, 'garde')]
    return dict(cat='staff_schedule', subject=spick(lang, ["Horaire de garde S44", "Liste de garde", "On-call schedule", "Horaire fêtes"]),
                body=body + sig(lang), attachments=atts, note='staff on-call schedule')


def n_sick_staff(lang):
    n = pick(STAFF_FR if lang == 'fr' else STAFF_EN)
    body = (f"Bonjour,\n{n} sera absent(e) jusqu'au {rdate():%d/%m} (congé maladie). Le quart de nuit de jeudi est à combler, "
            f"temps supp autorisé." if lang == 'fr' else
            f"Hi,\n{n} is off sick until {rdate():%b %d}. Thursday night shift needs coverage, OT approved.")
    return dict(cat='staff_absence', subject=spick(lang, ["Quart à combler", "Shift coverage needed", "Remplacement jeudi nuit"]),
                body=body + sig(lang), note='staff absence and shift coverage')


def n_stats(lang):
    rows = [[f"2026-10-{d:02d}", R.randint(95, 180), R.randint(3, 25), round(R.uniform(6, 30), 1), R.randint(0, 9)] for d in range(1, 15)]
    hdr = ['Date', 'Taux occ. %', 'Civières >24h', 'DMS h', 'Départs sans être vus']
    if R.random() < .5:
        atts = [('stats_urgence.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx(hdr, rows))]
    else:
        atts = [('stats_urgence.csv', 'text', 'csv', make_csv(hdr, rows))]
    body = (f"Bonjour,\nStatistiques d'achalandage 1-14 oct. Moyenne {R.randint(120,160)}% d'occupation, {R.randint(40,80)} patients >48h cumulés. "
            f"{R.randint(10,40)} cas d'influenza admis, {R.randint(2,9)} éclosions COVID en CHSLD." if lang == 'fr' else
            f"Hi,\nED volume stats Oct 1-14. Avg occupancy {R.randint(120,160)}%, {R.randint(40,80)} pts >48h total, {R.randint(10,40)} influenza admissions.")
    return dict(cat='overcapacity_stats', subject=spick(lang, ["Stats achalandage urgence", "ED overcapacity report", "Indicateurs urgence - quinzaine"]),
                body=body + sig(lang), attachments=atts, note='aggregate ED occupancy statistics')


def n_training(lang):
    d = rdate()
    body = (f"Rappel: formation ACLS/ACSOS le {d:%d/%m} 8h-16h, salle B-210. Inscription via l'intranet. "
            f"Simulation in situ USI jeudi (scénario: patient fictif en choc anaphylactique)." if lang == 'fr' else
            f"Reminder: ACLS recert {d:%b %d} 0800-1600, room B-210. Sign up on intranet. In-situ sim ICU Thursday (mannequin, anaphylaxis scenario).")
    atts = [('formation.ics', 'text', 'calendar', make_ics('Formation ACLS' if lang == 'fr' else 'ACLS recert', 'Salle B-210', d, 'B-210'))] if R.random() < .5 else []
    return dict(cat='training', subject=spick(lang, ["Formation ACLS", "ACLS recert", "Simulation in situ"]), body=body + sig(lang), attachments=atts,
                note='training session notice')


def n_equipment(lang):
    sn = lookalike_luhn(9); lot = f"{R.randint(10**7, 10**8)}"
    body = (f"Bonjour,\nLe moniteur Philips IntelliVue de la salle de réa 2 (n° série {sn}, actif {R.randint(100000,999999)}) est en réparation. "
            f"Ventilateur de remplacement livré. Rappel fournisseur sur tubulures lot {lot}: retirer des chariots." if lang == 'fr' else
            f"Hi,\nResus 2 monitor (S/N {sn}, asset {R.randint(100000,999999)}) out for repair. Loaner vent delivered. Supplier recall tubing lot {lot}: pull from carts.")
    return dict(cat='equipment', subject=spick(lang, ["Moniteur réa 2 en réparation", "Equipment recall - tubing", "Bris équipement"]), body=body + sig(lang),
                note='equipment repair and recall with serial/lot numbers')


def n_vendor(lang):
    body = (f"Bonjour,\nSuite à votre demande, voici notre soumission pour {R.randint(4,20)} pompes volumétriques. "
            f"Prix unitaire {R.randint(2000,5000)} $. N° client {lookalike_luhn(10)}. Au plaisir,\nÉric Gendron, représentant\nMedFournisseur inc., 1200 boul. Industriel, Laval, {phone()}" if lang == 'fr' else
            f"Hello,\nAs requested, quote for {R.randint(4,20)} infusion pumps, unit price ${R.randint(2000,5000)}. Customer no. {lookalike_luhn(10)}.\nBest,\nDana Fox, Account Rep\nLifeline Med Supply, {phone()}")
    inv = att_doc('pdf', 'Soumission / Quote', [f"Item {i}: {pick(['pompe', 'tubulure', 'capteur SpO2', 'laryngoscope'])} x{R.randint(1,50)}" for i in range(6)], 'soumission')
    return dict(cat='vendor', subject=spick(lang, ["Soumission pompes", "Quote #Q-" + str(R.randint(1000, 9999)), "Votre commande"]), body=body,
                attachments=[inv] if R.random() < .6 else [], note='vendor quote')


def n_quality(lang):
    d = rdate()
    body = (f"Comité qualité urgence-USI, {d:%d/%m} 12h, salle 3-114.\nOrdre du jour:\n1. Taux d'infections CLABSI Q3 (2,1/1000 j-cathéter)\n"
            f"2. Déclarations AH-223 : {R.randint(8,30)} ce trimestre, dont {R.randint(1,5)} chutes\n3. Audit triage P1-P2 délais\n4. Varia" if lang == 'fr' else
            f"ED-ICU Quality Committee, {d:%b %d} noon, room 3-114.\nAgenda:\n1. CLABSI rate Q3 (2.1/1000 line-days)\n2. Incident reports: {R.randint(8,30)} this quarter\n3. CTAS 1-2 time audit\n4. Other")
    return dict(cat='quality_committee', subject=spick(lang, ["Comité qualité - ODJ", "Quality committee agenda", "Convocation comité qualité"]),
                body=body + sig(lang), note='quality committee notice with aggregate rates')


def n_it(lang):
    body = (f"Interruption planifiée du NAS de l'urgence (\\\\nas-urg02) dimanche 2h-5h. Cristal-Net disponible en lecture seule. "
            f"Billet #INC{R.randint(100000,999999)}." if lang == 'fr' else
            f"Planned outage of ED NAS share (\\\\nas-urg02) Sunday 0200-0500. EHR read-only. Ticket INC{R.randint(100000,999999)}.")
    return dict(cat='it_outage', subject=spick(lang, ["Interruption NAS", "IT outage notice", "Panne prévue"]), body=body + sig(lang, pick(['Service TI', 'IT Service Desk'])),
                note='IT outage notice about network storage')


def n_newsletter(lang):
    body = (f"Bulletin santé publique — Surveillance virus respiratoires\nSemaine 41: positivité influenza A {R.randint(3,18)}%, VRS {R.randint(2,12)}%. "
            f"Rappel: vaccination du personnel, cliniques mobiles. Nouveauté: guide intoxication au monoxyde de carbone." if lang == 'fr' else
            f"Public Health Bulletin — Respiratory virus surveillance\nWeek 41: flu A positivity {R.randint(3,18)}%, RSV {R.randint(2,12)}%. "
            f"Staff vaccination clinics this week. New: carbon monoxide poisoning guidance.")
    return dict(cat='public_health_bulletin', subject=spick(lang, ["Bulletin SP - virus respiratoires", "Public health bulletin wk 41", "Infolettre urgence"]),
                body=body, mode=pick(['html', 'alt']), note='public-health bulletin with aggregate data')


def n_job(lang):
    body = (f"Affichage de poste: infirmier(ère) clinicien(ne) USI, temps complet, nuit. Prime soins critiques. Exigences: BAC, 2 ans exp. "
            f"Postuler avant le {rdate():%d/%m}. Réf. {R.randint(2026000,2026999)}." if lang == 'fr' else
            f"Job posting: ICU RN, full-time nights. Critical care premium. Req: BScN, 2 yrs exp. Apply by {rdate():%b %d}. Ref {R.randint(2026000,2026999)}.")
    return dict(cat='job_posting', subject=spick(lang, ["Affichage de poste USI", "Job posting - ICU RN"]), body=body + sig(lang, pick(['Ressources humaines', 'Human Resources'])),
                note='job posting')


def n_invoice(lang):
    items = [[pick(['Gants nitrile M', 'Kit intubation', 'Cathéter IV 20G', 'Électrodes ECG']), R.randint(1, 40), round(R.uniform(5, 300), 2)] for _ in range(5)]
    att = att_doc(pick(['pdf', 'docx']), f"Facture {R.randint(10000,99999)}", [f"{a} x{b} @ {c}" for a, b, c in items] + [f"TPS {lookalike_luhn(9)} RT0001"], 'facture')
    body = ("Bonjour, veuillez trouver ci-jointe la facture pour le BC " + str(R.randint(400000, 499999)) + ". Paiement net 30 jours." if lang == 'fr'
            else "Hello, please find attached the invoice for PO " + str(R.randint(400000, 499999)) + ". Net 30.")
    return dict(cat='invoice', subject=spick(lang, ["Facture", "Invoice", "BC - facture jointe"]), body=body + sig(lang), attachments=[att], note='supplier invoice')


def n_conference(lang):
    lines = [f"{h}h — {s} : {t}" for h, s, t in zip([8, 9, 10, 13], R.sample(STAFF_FR + STAFF_EN, 4),
             ['Sepsis: nouveautés 2026', 'ECMO en région', 'Intoxications aux opioïdes', 'Trauma pédiatrique'])]
    att = att_doc('pdf', 'Journée scientifique urgence-soins critiques' if lang == 'fr' else 'Emergency & Critical Care Day', lines, 'programme')
    body = ("Programme de la journée scientifique ci-joint. Inscriptions ouvertes." if lang == 'fr' else "Programme attached. Registration open.")
    return dict(cat='conference', subject=spick(lang, ["Journée scientifique - programme", "Critical Care Day programme"]), body=body + sig(lang), attachments=[att],
                note='conference programme, speakers and topics')


def n_teaching(lang):
    body = (f"Cas du club de lecture :\nUn homme de {R.randint(40,80)} ans se présente à l'urgence pour DRS depuis 2 h. ECG: sus-décalage V1-V4. "
            f"Troponine {R.randint(50,900)} ng/L. Questions: 1) reperfusion? 2) délai porte-ballon?" if lang == 'fr' else
            f"Journal club case:\nA {R.randint(20,80)}-year-old woman presents with dyspnea and pleuritic pain. Wells 6. CTPA pending. Questions: thrombolysis criteria?")
    return dict(cat='teaching_case', subject=spick(lang, ["Club de lecture - cas", "Teaching case for rounds", "Cas clinique résidents"]), body=body + sig(lang),
                note='anonymised teaching case')


def n_parking(lang):
    body = ("Le stationnement P3 sera fermé du 12 au 14 pour travaux. Navette depuis P5. Cafétéria: menu de l'Action de grâce jeudi." if lang == 'fr' else
            "Parking lot P3 closed 12-14th for paving. Shuttle from P5. Cafeteria Thanksgiving menu Thursday.")
    return dict(cat='facilities', subject=spick(lang, ["Stationnement P3 fermé", "Parking closure", "Info installations"]), body=body + sig(lang, pick(['Services techniques', 'Facilities'])),
                note='facilities/parking notice')


def n_roster_lookalike(lang):
    # staff list that looks like a sign-out list
    crew = R.sample(STAFF_FR + STAFF_EN, 7)
    lines = [f"{i+1}. {crew[i].split(',')[0]} — {pick(['zone A civières 1-12', 'zone B', 'triage', 'réa', 'fast-track', 'USI lits 1-8'])} — "
             f"{pick(['07h-15h', '15h-23h', '23h-07h'])} — ext. {R.randint(2000,7999)}" for i in range(7)]
    body = (("Assignations infirmières/MD aujourd'hui:\n" if lang == 'fr' else "Today's staff assignments:\n") + '\n'.join(lines))
    return dict(cat='staff_assignment', subject=spick(lang, ["Assignations du jour", "Staff assignments", "Affectations zone A/B"]),
                body=body + sig(lang), note='staff zone assignments resembling a sign-out list')


def n_physician_disease(lang):
    d = pick(STAFF_FR if lang == 'fr' else STAFF_EN).split(',')[0]
    body = (f"{d} donnera la présentation sur la prise en charge du diabète et de l'acidocétose aux résidents mardi. "
            f"{d.split()[-1]} est aussi responsable de la clinique d'insuffisance cardiaque." if lang == 'fr' else
            f"{d} will present on DKA management to residents Tuesday; also leads the heart failure clinic.")
    return dict(cat='physician_topic', subject=spick(lang, ["Présentation résidents", "Resident teaching Tuesday"]), body=body + sig(lang),
                note='physician named next to diseases they teach/treat')


def n_reply_admin(lang):
    orig = ("Est-ce qu'on a reçu les nouveaux chariots de code? Il manque aussi des glucomètres au triage." if lang == 'fr'
            else "Did the new code carts arrive? Triage also short on glucometers.")
    body = (("Oui, livrés hier, 2 glucomètres commandés (BC " + str(R.randint(400000, 499999)) + ").\n\n") if lang == 'fr' else
            ("Yes delivered yesterday, 2 glucometers on order (PO " + str(R.randint(400000, 499999)) + ").\n\n")) + \
        (f"Le {rdate():%d/%m/%Y}, {pick(STAFF_FR)} a écrit :\n" if lang == 'fr' else f"On {rdate():%b %d, %Y}, {pick(STAFF_EN)} wrote:\n") + quote(orig) + sig(lang)
    return dict(cat='admin_reply', subject=spick(lang, ["RE: chariots de code", "RE: code carts", "RE: glucomètres"]), body=body, reply=True,
                note='reply thread about supplies')


def n_template(lang):
    lines = ['Nom: ____________', 'Prénom: ____________', 'NAM: ____ ____ ____', 'DDN: __/__/____', 'Motif: ____________'] if lang == 'fr' else \
        ['Name: ____________', 'DOB: __/__/____', 'Health card #: ____________', 'Reason: ____________']
    att = att_doc(pick(['docx', 'pdf']), 'Formulaire de transfert (vierge)' if lang == 'fr' else 'Transfer form (blank)', lines, 'formulaire_vierge')
    return dict(cat='blank_form', subject=spick(lang, ["Nouveau formulaire de transfert", "Updated blank transfer form"]),
                body=("Nouvelle version du formulaire, à utiliser dès lundi." if lang == 'fr' else "New version of the form, use from Monday.") + sig(lang),
                attachments=[att], note='blank form template')


def n_bedstats(lang):
    body = (f"Portrait lits 14h: USI {R.randint(10,16)}/16 occupés, 2 congés prévus. Urgence {R.randint(20,40)} civières, {R.randint(5,15)} admis en attente. "
            f"Code orange non requis. Prochain point 18h." if lang == 'fr' else
            f"Bed status 1400: ICU {R.randint(10,16)}/16, 2 planned transfers out. ED {R.randint(20,40)} stretchers, {R.randint(5,15)} admitted waiting. Next update 1800.")
    return dict(cat='bed_status', subject=spick(lang, ["Portrait lits 14h", "Bed status 1400", "Huddle - chiffres"]), body=body + sig(lang),
                note='bed-flow numbers without any patient')


def n_forward_admin(lang):
    inner = inner_eml(addr(lang, False), addr(lang), "Mise à jour protocole" if lang == 'fr' else "Protocol update",
                      "Nouveau protocole de sédation USI version 4.2 en vigueur le 1er novembre." if lang == 'fr' else "ICU sedation protocol v4.2 effective Nov 1.", rdate())
    return dict(cat='forward_admin', subject=("TR: " if lang == 'fr' else "Fwd: ") + "protocole", body=("Pour info." if lang == 'fr' else "FYI.") + sig(lang),
                fwd_eml=inner, note='forwarded protocol notice')


def n_lookalike_numbers(lang):
    body = (f"Inventaire pharmacie urgence: naloxone lot {lookalike_luhn(9)}, exp 2027-03. Cellulaire de garde IMEI {lookalike_luhn(15)}. "
            f"Téléphone clinique {phone()}. Matricule employé {R.randint(100000,999999)}." if lang == 'fr' else
            f"ED pharmacy stock: naloxone lot {lookalike_luhn(9)}, exp 2027-03. On-call phone IMEI {lookalike_luhn(15)}. Clinic line {phone()}. Employee # {R.randint(100000,999999)}.")
    return dict(cat='inventory', subject=spick(lang, ["Inventaire pharmacie urgence", "ED pharmacy inventory", "Cell de garde"]), body=body + sig(lang),
                note='inventory with lot numbers, IMEI and employee number')


def n_staff_covid(lang):
    n = pick(STAFF_FR if lang == 'fr' else STAFF_EN).split(',')[0]
    body = (f"Bonjour,\n{n} est en isolement (COVID positif) jusqu'au {rdate():%d/%m}, retour selon le SST. "
            f"Merci de revoir les affectations de la zone B." if lang == 'fr' else
            f"Hi,\n{n} tested COVID+ and is isolating until {rdate():%b %d}; return per Occupational Health. Please redo zone B assignments.")
    return dict(cat='staff_health', subject=spick(lang, ["Absence - zone B", "Zone B coverage"]), body=body + sig(lang),
                note='staff member off sick (staff, not a patient)')


def n_phone_dir(lang):
    lines = [f"{k}: {phone()}" for k in (['Centre antipoison', 'Centre de répartition des transferts', 'Coroner de garde', 'Banque de sang', 'CLSC Rivière (SAD)']
                                          if lang == 'fr' else ['Poison centre', 'CritiCall / transfer line', 'Coroner on call', 'Blood bank', 'Home care intake'])]
    return dict(cat='phone_directory', subject=spick(lang, ["Bottin téléphonique urgence à jour", "Updated ED phone list"]),
                body='\n'.join(lines) + sig(lang), note='directory of service phone numbers')


def n_msss(lang):
    body = (f"Directive: plan de surcapacité niveau {R.randint(2,4)} activé. Objectif DMS < 16 h. Les chiffres par installation sont dans le tableau de bord. "
            f"Ajout de {R.randint(4,12)} lits de débordement au 4B jusqu'au 30 novembre." if lang == 'fr' else
            f"Directive: surge plan level {R.randint(2,4)} active. Target LOS < 16h. {R.randint(4,12)} overflow beds opening on 4B until Nov 30.")
    return dict(cat='surge_directive', subject=spick(lang, ["Plan de surcapacité activé", "Surge plan activated"]), body=body + sig(lang, pick(['Direction DSP', 'Chief of Staff office'])),
                note='surge/overcapacity directive with aggregates')


def n_drill(lang):
    body = ("Exercice code orange (afflux massif) mardi 10h. Patients simulés (figurants), bracelets \"EXERCICE\". Aucune interruption des soins." if lang == 'fr'
            else "Code Orange (mass casualty) drill Tuesday 1000. Simulated patients (volunteers) wear EXERCISE wristbands. No disruption to care.")
    return dict(cat='drill_notice', subject=spick(lang, ["Exercice code orange", "Code Orange drill"]), body=body + sig(lang), note='emergency drill notice')


def n_trauma_quarterly(lang):
    body = (f"Rapport trimestriel registre trauma: {R.randint(80,200)} cas, ISS médian {R.randint(9,17)}, {R.randint(2,9)} décès, "
            f"délai médian porte-TDM {R.randint(18,40)} min. Mécanismes: chutes {R.randint(40,60)}%, MVC {R.randint(15,30)}%." if lang == 'fr' else
            f"Trauma registry quarterly: {R.randint(80,200)} cases, median ISS {R.randint(9,17)}, {R.randint(2,9)} deaths, median door-to-CT {R.randint(18,40)} min.")
    return dict(cat='trauma_aggregate', subject=spick(lang, ["Registre trauma - rapport trimestriel", "Trauma registry Q3 report"]), body=body + sig(lang),
                note='aggregate trauma registry statistics')


def n_visitor(lang):
    body = ("Nouvelle politique de visites USI: 2 proches à la fois, 24/7, lavage des mains obligatoire. Salle des familles réservable à l'accueil." if lang == 'fr'
            else "New ICU visiting policy: 2 visitors at a time, 24/7, hand hygiene mandatory. Family room bookable at the desk.")
    return dict(cat='visitor_policy', subject=spick(lang, ["Politique de visites USI", "ICU visiting policy"]), body=body + sig(lang), mode='html',
                note='visiting policy notice')


def n_eu_partner(lang):
    orig = pick(["Chers confrères,\nNous vous confirmons la tenue de l'échange de résidents urgentistes CHU de Liège - Québec en mars. "
                 "Deux places disponibles. Bien à vous,\nPr Luc Maréchal, service des urgences",
                 "Chers collègues,\nLe congrès Urgences 2027 (Paris) ouvre l'appel à communications jusqu'au 15 janvier. "
                 "Thèmes: régulation SAMU, saturation des urgences. Cordialement,\nDr Hélène Garnier, SFMU-like"])
    body = ("Intéressant pour nos résidents, qui veut se proposer?\n\n-----Message d'origine-----\n" + orig + sig('fr'))
    return dict(cat='eu_partner', lang='fr', subject=pick(["TR: échange résidents Liège", "TR: appel à communications Urgences 2027"]),
                body=body, note='forwarded partner/conference notice from Belgium/France')


NEG = [n_schedule, n_sick_staff, n_stats, n_training, n_equipment, n_vendor, n_quality, n_it, n_newsletter, n_job, n_invoice,
       n_conference, n_teaching, n_parking, n_roster_lookalike, n_physician_disease, n_reply_admin, n_template, n_bedstats,
       n_forward_admin, n_lookalike_numbers, n_staff_covid, n_phone_dir, n_msss, n_drill, n_trauma_quarterly, n_visitor, n_eu_partner]


# ---------------------------------------------------------------- main
def check(out, labels):
    files = sorted(os.path.relpath(os.path.join(d, f), out) for d, _, fs in os.walk(out) for f in fs
                   if f.endswith('.eml') and os.path.basename(d) in ('positive', 'negative'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    for f in files:
        b = open(os.path.join(out, f), 'rb').read()
        m = email.message_from_bytes(b, policy=email.policy.default)
        assert not m.defects, (f, m.defects)
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if part.is_multipart() or part.get_content_type() == 'message/rfc822':
                continue
            part.get_content()
        lab = labels[f]
        assert lab['confidential'] == f.startswith('positive/')
        assert (len(lab['types']) > 0) == lab['confidential'], f
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        h.update(f.encode() + b'\0' + open(os.path.join(out, f), 'rb').read())
    return h.hexdigest()


def main():
    random.seed(SEED)  # email boundaries use the global RNG
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = a.out
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    NPOS, NNEG = 85, 115
    plan = [(True, POS[i % len(POS)]) for i in range(NPOS)] + [(False, NEG[i % len(NEG)]) for i in range(NNEG)]
    labels = {}
    stats = {'cat': {}, 'lang': {}, 'mode': {}, 'charset': {}, 'cte': {}, 'eol': {}, 'att': {}}
    pi = ni = 0
    for i, (pos, fn) in enumerate(plan):
        lang = 'fr' if R.random() < 0.5 else 'en'
        LAST.clear()
        spec = fn(lang)
        if pos and LAST.get('p') and '(e)' in spec['body']:
            fem = LAST['p']['sex'] == 'F'
            spec['body'] = spec['body'].replace('(e)', 'e' if fem else '')
        lang = spec.get('lang', lang)
        inside = addr(lang)
        spec['from'] = inside
        spec['to'] = addr(lang, inside=R.random() < 0.4)
        if R.random() < 0.3:
            spec['cc'] = addr(lang)
        spec['date'] = rdate()
        data, tr = build(spec)
        if pos:
            pi += 1; name = f"positive/p{pi:03d}_{spec['cat']}.eml"
        else:
            ni += 1; name = f"negative/n{ni:03d}_{spec['cat']}.eml"
        open(os.path.join(out, name), 'wb').write(data)
        labels[name] = {'confidential': pos, 'types': sorted(set(spec.get('types', []))) if pos else [], 'lang': lang,
                        'note': spec['note']}
        st = stats
        st['cat'][spec['cat']] = st['cat'].get(spec['cat'], 0) + 1
        st['lang'][lang] = st['lang'].get(lang, 0) + 1
        for k in ('mode', 'charset', 'cte', 'eol'):
            st[k][tr[k]] = st[k].get(tr[k], 0) + 1
        for x in tr['atts']:
            st['att'][x] = st['att'].get(x, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    digest = check(out, labels)
    print(f"positives={pi} negatives={ni}")
    for k, v in stats.items():
        print(k, json.dumps(dict(sorted(v.items())), ensure_ascii=False))
    print('sha256', digest)


if __name__ == '__main__':
    main()
