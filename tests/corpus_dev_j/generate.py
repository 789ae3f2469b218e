#!/usr/bin/env python3
"""Seeded, deterministic generator for corpus_dev_j (seed 1313).
Synthetic outbound mail: pediatrics, mental health/addiction, youth protection (DPJ/DYP),
birthing centre, school health nurses, community pharmacists, private radiology clinic.
Quebec (fr/en) and Ontario."""
import argparse, re, csv, datetime as dt, email, email.policy, hashlib, html, io, json, os, random, zipfile
from email.message import EmailMessage
from email.utils import format_datetime

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
import docx, openpyxl
from stdnum.ca import sin as stdsin
from stdnum.be import nn as stdnn
from stdnum.fr import nir as stdnir
from stdnum import luhn

SEED = 1313
HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 11, 2, 8, 0, 0)

NAMS = []
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
with open(os.path.join(HERE, os.pardir, 'blind_nams.txt'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or not line.strip():
            continue
        s, g, b, sx, nam = line.split()
        NAMS.append(dict(sur=s, given=g, dob=b, sex=sx, nam=nam))
KIDS = [p for p in NAMS if p['dob'] >= '2003']
ADULTS = [p for p in NAMS if p['dob'] < '2003' and p['dob'] >= '1975']

FIRST_F = ['Émilie', 'Chloé', 'Léa', 'Jade', 'Zoé', 'Maëlle', 'Amira', 'Olivia', 'Rosalie', 'Ava', 'Charlotte', 'Noémie']
FIRST_M = ['Noah', 'Félix', 'Thomas', 'William', 'Nathan', 'Loïc', 'Samuel', 'Ethan', 'Mathis', 'Adam', 'Jacob', 'Elliot']
SURN = ['Tremblay', 'Bergeron', 'Côté', 'Dubé', 'Gosselin', 'Lavoie', 'Hébert', 'Pelchat', 'Ménard', 'Nguyen', 'Haddad',
        'Khalil', 'Ross', 'Campbell', 'Patel', "O'Neil", 'Desrosiers', 'Vachon', 'Bilodeau', 'Pichette']
STAFF = [('Dre', 'Isabelle', 'Marchand', 'pédiatre'), ('Dr', 'Karim', 'Benali', 'pédopsychiatre'),
         ('Dre', 'Hélène', 'Fontaine', 'radiologiste'), ('Dr', 'Owen', 'McLeod', 'pediatrician'),
         ('', 'Sophie', 'Laberge', 'inf. clinicienne'), ('', 'Marie-Ève', 'Rioux', 'sage-femme'),
         ('', 'Patrick', 'Auclair', 'pharmacien'), ('', 'Nadia', 'Belkacem', 'travailleuse sociale'),
         ('Dr', 'Ravi', 'Sharma', 'addiction medicine'), ('', 'Julie', 'Ouimet', 'infirmière scolaire'),
         ('', 'Kevin', 'Tran', 'RN'), ('Dre', 'Catherine', 'Lemieux', 'psychiatre'), ('', 'Annie', 'Proulx', 'agente administrative')]
DOM_IN = ['chu-exemple.example', 'cisss-laurentides-ex.example', 'ciusss-estrie-ex.example']
DOM_OUT = ['pharmacie-boisvert.example', 'radiologie-plus.example', 'cssdm-ecoles.example', 'dpj-mtl-ex.example',
           'gmf-des-rives.example', 'ottawa-kids-ex.example', 'cmha-ex.example', 'maison-naissance-ex.example',
           'gmail.example', 'medisupply.example', 'ccso-ontario.example']
UNITS = ['4B pédiatrie', '3A néonat', 'URDM', 'pédopsy 6e', 'Clinique jeunesse']


def staff_addr(st, dom):
    return f"{st[1]} {st[2]} <{st[1].lower().replace('é','e').replace('è','e').replace('-', '')}.{st[2].lower()}@{dom}>"


def sig(st, lang, rng):
    dom = rng.choice(DOM_IN)
    site = 'CHU Exemple – Centre mère-enfant' if lang == 'fr' else 'CHU Exemple – Mother-Child Centre'
    t = f"{st[0]+' ' if st[0] else ''}{st[1]} {st[2]}, {st[3]}\n{site}\n{rng.randint(100,9999)} boul. des Érables, Sherbrooke (Québec) J1H 0A{rng.randint(1,9)}\nTél. 819-555-{rng.randint(1000,9999)} poste {rng.randint(2000,6999)}"
    if rng.random() < 0.4:
        t += ("\n\nAVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. S'il vous a été transmis par erreur, veuillez le détruire."
              if lang == 'fr' else "\n\nCONFIDENTIALITY NOTICE: this e-mail may contain privileged information. If received in error, please delete it.")
    return t


# ---------------- identifiers -----------------
def gen_sin(rng):
    while True:
        d = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        for c in range(10):
            if stdsin.is_valid(d + str(c)):
                return d + str(c)


def gen_ohn(rng):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        c = luhn.calc_check_digit(d)
        v = d + c
        if luhn.is_valid(v):
            return v


def gen_niss(rng, dob, sex):
    y, m, d = dob.split('-')
    serial = rng.randrange(1, 997, 2) if sex == 'M' else rng.randrange(2, 998, 2)
    base = f"{y[2:]}{m}{d}{serial:03d}"
    n = int(('2' + base) if int(y) >= 2000 else base)
    v = base + f"{97 - n % 97:02d}"
    assert stdnn.is_valid(v), v
    return v


def gen_nir(rng, dob, sex):
    y, m, d = dob.split('-')
    base = f"{1 if sex == 'M' else 2}{y[2:]}{m}{rng.choice(['75','69','13','59','33'])}{rng.randint(1,999):03d}{rng.randint(1,999):03d}"
    v = base + f"{97 - int(base) % 97:02d}"
    assert stdnir.is_valid(v), v
    return v


def mrn(rng):
    k = rng.randint(0, 3)
    if k == 0:
        return f"{rng.randint(1000000, 9999999)}"
    if k == 1:
        return f"H{rng.randint(100000, 999999)}"
    if k == 2:
        return f"{rng.randint(10000000, 99999999)}"
    return f"CME-{rng.randint(100000, 999999)}"


def nam_fmt(nam, rng, disguise=False):
    if not disguise:
        return rng.choice([nam, f"{nam[:4]} {nam[4:8]} {nam[8:]}"])
    k = rng.randint(0, 3)
    if k == 0:
        return '.'.join(nam[i:i+2] for i in range(0, 12, 2))
    if k == 1:
        return ' '.join(nam)
    if k == 2:
        return ''.join(chr(ord(c) + 0xFEE0) for c in nam)
    return f"{nam[:4]}-{nam[4:8]}-\n{nam[8:]}"


def dobfmt(dob, lang, rng):
    y, m, d = dob.split('-')
    return rng.choice([dob, f"{d}/{m}/{y}", f"{d}-{m}-{y}"]) if lang == 'fr' else rng.choice([dob, f"{m}/{d}/{y}", f"{y}/{m}/{d}"])


def rand_child(rng):
    sx = rng.choice('MF')
    return dict(given=rng.choice(FIRST_M if sx == 'M' else FIRST_F), sur=rng.choice(SURN), sex=sx,
                dob=f"{rng.randint(2009, 2024)}-{rng.randint(1,12):02d}-{rng.randint(1,28):02d}")


def age(dob):
    return 2026 - int(dob[:4])


# ---------------- attachments -----------------
def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            b = zin.read(n)
            if n == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-11-02T08:00:00Z', b)
            z.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, 740, title)
    c.setFont('Helvetica', 10)
    y = 715
    for ln in lines:
        c.drawString(60, y, ln)
        y -= 15
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 740
    c.save()
    return buf.getvalue()


def make_docx(title, paras):
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = 'gen'
    d.core_properties.author = 'gen'
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    b = io.BytesIO(); d.save(b)
    return fix_zip(b.getvalue())


def make_xlsx(rows, sheet='Feuil1'):
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active; ws.title = sheet
    for r in rows:
        ws.append(r)
    b = io.BytesIO(); wb.save(b)
    return fix_zip(b.getvalue())


def make_csv(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 2, 8, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def make_ics(summary, desc, start, loc, uid):
    s = start.strftime('%Y%m%dT%H%M%S')
    e = (start + dt.timedelta(minutes=30)).strftime('%Y%m%dT%H%M%S')
    desc = desc.replace('\n', '\\n').replace(',', '\\,')
    return ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CHU Exemple//Agenda//FR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n'
            f'UID:{uid}\r\nDTSTAMP:20261102T080000Z\r\nDTSTART;TZID=America/Montreal:{s}\r\nDTEND;TZID=America/Montreal:{e}\r\n'
            f'SUMMARY:{summary}\r\nLOCATION:{loc}\r\nDESCRIPTION:{desc}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')


def make_vcf(fn, sur, given, tel, adr, note=''):
    v = f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{sur};{given};;;\r\nFN:{fn}\r\nTEL;TYPE=HOME:{tel}\r\nADR;TYPE=HOME:;;{adr};;;\r\n"
    if note:
        v += f"NOTE:{note}\r\n"
    return v + "END:VCARD\r\n"


# ---------------- message record -----------------
class M:
    def __init__(self, cat, conf, types, lang, note, subject, body, frm, to, cc=None, atts=None, html_ok=True):
        self.__dict__.update(locals()); del self.__dict__['self']
        self.atts = atts or []


def addr_out(rng, name=None):
    d = rng.choice(DOM_OUT)
    n = name or rng.choice(['reception', 'info', 'clinique', 'intake', 'accueil', 'secretariat', 'triage'])
    return f"{n}@{d}"


def quote(txt, who, when, lang):
    hdr = f"Le {when}, {who} a écrit :" if lang == 'fr' else f"On {when}, {who} wrote:"
    return hdr + '\n' + '\n'.join('> ' + l for l in txt.split('\n'))


def pick_lang(rng):
    return 'fr' if rng.random() < 0.52 else 'en'


def T(lang, fr, en):
    return fr if lang == 'fr' else en


def kid_from_list(rng):
    return dict(rng.choice(KIDS))


# ================= POSITIVE BUILDERS =================
def p_referral(rng, lang):
    p = kid_from_list(rng); st = rng.choice(STAFF)
    dx = rng.choice([('asthme mal contrôlé, 3 visites urgence en 2 mois', 'poorly controlled asthma, 3 ER visits in 2 months'),
                     ('retard de croissance, courbe < 3e percentile', 'failure to thrive, weight < 3rd percentile'),
                     ('suspicion de TDAH, difficultés scolaires importantes', 'suspected ADHD, significant school difficulties'),
                     ('souffle cardiaque à investiguer', 'heart murmur to investigate')])
    il = 'il' if p['sex'] == 'M' else 'elle'
    body = T(lang, f"Bonjour,\n\nDemande de consultation en pédiatrie pour {p['given']} {p['sur']}, né{'e' if p['sex']=='F' else ''} le {dobfmt(p['dob'],lang,rng)}, RAMQ {nam_fmt(p['nam'],rng)}.\nMotif : {dx[0]}.\n{il.capitalize()} est suivi{'e' if p['sex']=='F' else ''} au GMF depuis 2021. Merci de convoquer la mère au 450-555-{rng.randint(1000,9999)}.\n\n",
             f"Hello,\n\nReferral to pediatrics for {p['given']} {p['sur']}, DOB {dobfmt(p['dob'],lang,rng)}, RAMQ {nam_fmt(p['nam'],rng)}.\nReason: {dx[1]}.\nFollowed at our FMG since 2021. Please call the mother at 514-555-{rng.randint(1000,9999)} to book.\n\n")
    return M('referral', True, ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'], lang,
             'pediatric referral with name, DOB, NAM and reason', T(lang, 'Demande de consultation pédiatrie', 'Pediatric referral'),
             body + sig(st, lang, rng), staff_addr(st, 'gmf-des-rives.example'), addr_out(rng, 'consultations'))


def p_signout(rng, lang):
    st = rng.choice(STAFF); n = rng.randint(4, 7); lines = []
    for i in range(n):
        c = rand_child(rng)
        dx = rng.choice(['bronchiolite VRS, O2 1L', 'DKA en résolution, insuline IV', 'pyélo, ceftriaxone J2', 'convulsion fébrile, obs',
                         'gastro déshydratation, SNG', 'TS par ingestion acétaminophène, surv. psy', 'cellulite orbitaire, Abx IV'])
        if lang == 'en':
            dx = rng.choice(['RSV bronchiolitis on 1L O2', 'resolving DKA, IV insulin', 'pyelo day 2 ceftriaxone', 'febrile seizure obs',
                             'dehydration, NG fluids', 'acetaminophen OD, psych watch', 'orbital cellulitis IV abx'])
        lines.append(f"{rng.randint(401,432)}  {c['sur'].upper()}, {c['given']} ({age(c['dob'])}a) #{mrn(rng)} - {dx}")
    head = T(lang, 'Liste de garde 4B – ce soir\n\n', 'Sign-out 4B tonight\n\n')
    tail = T(lang, '\n\nÀ surveiller: 412 glycémies q1h. Bonne nuit', '\n\nWatch 412 BG q1h. Thx')
    return M('signout_list', True, ['patient_name', 'mrn', 'diagnosis'], lang, 'handover list of inpatient children with chart numbers and problems',
             T(lang, 'sign-out pédiatrie', 'peds sign-out'), head + '\n'.join(lines) + tail + '\n\n' + st[1],
             staff_addr(st, 'chu-exemple.example'), addr_out(rng, 'residents.peds'))


def p_dpj(rng, lang):
    c = rand_child(rng); st = STAFF[7]
    mom = f"{rng.choice(['Mme', 'Madame'])} {rng.choice(SURN)}" if lang == 'fr' else f"Ms. {rng.choice(SURN)}"
    body = T(lang, f"Bonjour,\n\nJe fais suite à notre appel. Signalement retenu pour {c['given']} ({age(c['dob'])} ans), fils/fille de {mom}. "
             f"Négligence, ecchymoses multiples vues à l'urgence hier, le conjoint de la mère serait violent. L'enfant est présentement hébergé{'e' if c['sex']=='F' else ''} chez la grand-mère.\nDossier DPJ {rng.randint(100000,999999)}.\n\n",
             f"Hi,\n\nFollowing our call: report retained for {c['given']} ({age(c['dob'])} y.o.), child of {mom}. Neglect, multiple bruises seen in ER yesterday, "
             f"mother's partner allegedly violent. Child currently placed with maternal grandmother.\nDYP file {rng.randint(100000,999999)}.\n\n")
    return M('youth_protection', True, ['patient_name', 'social_information'], lang, 'youth protection report on a named child with parent name',
             T(lang, 'Suivi signalement', 'Follow-up on report'), body + sig(st, lang, rng), staff_addr(st, 'chu-exemple.example'),
             addr_out(rng, 'rts'))


def p_subject_only(rng, lang):
    st = rng.choice(STAFF); c = rand_child(rng)
    subj = rng.choice([f"{c['sur']} {c['given']} – dossier {mrn(rng)} – ferritine 4, rappeler la mère",
                       f"URGENT {c['sur'].upper()} {c['given']} dos. {mrn(rng)} hémoculture + SARM"]) if lang == 'fr' else \
        rng.choice([f"{c['sur']}, {c['given']} MRN {mrn(rng)} - TSH 48, pls call parents", f"{c['given']} {c['sur']} chart {mrn(rng)} positive strep, Rx needed"])
    body = rng.choice(['', 'svp voir', 'merci', '.', 'fyi', 'voir ci-dessus']) if lang == 'fr' else rng.choice(['', 'fyi', 'thx', 'see subject'])
    return M('subject_only', True, ['patient_name', 'mrn', 'lab_result'], lang, 'patient name, chart number and result only in the Subject',
             subj, body, staff_addr(st, 'chu-exemple.example'), addr_out(rng))


def p_quoted(rng, lang):
    p = dict(rng.choice(ADULTS)); st = rng.choice(STAFF); st2 = rng.choice(STAFF)
    inner = T(lang, f"Bonjour Patrick,\nM{'me' if p['sex']=='F' else '.'} {p['sur']} {p['given']} ({p['dob']}) reprend le suboxone 12 mg DIE à partir de lundi, doses observées à la pharmacie. Rechute en octobre (fentanyl). NAM {nam_fmt(p['nam'],rng)}.\nMerci",
              f"Hi Patrick,\n{p['given']} {p['sur']} (DOB {p['dob']}) restarts Suboxone 12 mg daily from Monday, witnessed doses at pharmacy. Relapse in October (fentanyl). RAMQ {nam_fmt(p['nam'],rng)}.\nThanks")
    top = rng.choice(T(lang, ['Reçu, on s\'en occupe.', 'ok parfait', 'Noté, la pharmacienne de soir est avisée.'], ['Got it, will do.', 'ok', 'Noted, evening pharmacist informed.']))
    body = top + '\n\nPatrick\n\n' + quote(inner, staff_addr(st2, 'chu-exemple.example'), '2 nov. 2026 à 09:14' if lang == 'fr' else 'Nov 2, 2026 at 9:14 AM', lang)
    return M('quoted_reply', True, ['patient_name', 'date_of_birth', 'ramq_nam', 'medication', 'social_information'], lang,
             'short reply quoting an addiction-treatment message with patient name, DOB, NAM, medication',
             T(lang, 'RE: Reprise TAO', 'RE: OAT restart'), body, 'patrick.auclair@pharmacie-boisvert.example', staff_addr(st2, 'chu-exemple.example'))


def p_pdf_consult(rng, lang):
    p = kid_from_list(rng); st = rng.choice(STAFF); m = mrn(rng)
    lines = [f"Patient : {p['sur'].upper()}, {p['given']}", f"Date de naissance : {p['dob']}   Sexe : {p['sex']}", f"NAM : {p['nam']}   Dossier : {m}", '',
             'Raison : évaluation pédopsychiatrique', 'Impression : trouble anxieux généralisé, idées suicidaires passives', 'Plan : sertraline 25 mg DIE, suivi 2 sem.'] if lang == 'fr' else \
        [f"Patient: {p['sur'].upper()}, {p['given']}", f"DOB: {p['dob']}  Sex: {p['sex']}", f"RAMQ: {p['nam']}  Chart: {m}", '',
         'Reason: child psychiatry assessment', 'Impression: generalized anxiety disorder, passive SI', 'Plan: sertraline 25 mg daily, f/u 2 wks']
    pdf = make_pdf(T(lang, 'Rapport de consultation', 'Consultation report'), lines)
    body = T(lang, 'Bonjour, ci-joint le rapport de consultation. Bonne journée.\n\n', 'Hi, consult report attached.\n\n') + sig(st, lang, rng)
    return M('consult_report_pdf', True, ['patient_name', 'date_of_birth', 'ramq_nam', 'mrn', 'diagnosis', 'medication'], lang,
             'PDF consultation report identifying a child with psychiatric diagnosis', T(lang, 'Rapport consult', 'Consult report'), body,
             staff_addr(st, 'chu-exemple.example'), addr_out(rng, 'dossiers'), atts=[('application', 'pdf', f"consult_{m}.pdf", pdf)])


def p_xlsx_school(rng, lang):
    st = STAFF[9]; rows = [['Nom', 'Prénom', 'DDN', 'Groupe', 'Vaccin', 'Remarque'] if lang == 'fr' else ['Last', 'First', 'DOB', 'Class', 'Vaccine', 'Note']]
    for i in range(rng.randint(6, 12)):
        c = rand_child(rng)
        rows.append([c['sur'], c['given'], c['dob'], f"{rng.randint(4,6)}0{rng.randint(1,4)}", rng.choice(['HPV-1', 'HB-2', 'dcaT']),
                     rng.choice(['', '', 'allergie œufs', 'syncope post-vaccin', 'épilepsie, avisé parent', 'refus parent']) if lang == 'fr'
                     else rng.choice(['', '', 'egg allergy', 'fainted post-shot', 'epilepsy', 'parent refused'])])
    x = make_xlsx(rows)
    body = T(lang, 'Voici la liste de la tournée de ce matin avec les remarques. Julie\n', 'Here is the list from this morning with notes. Julie\n')
    return M('school_roster_xlsx', True, ['patient_name', 'date_of_birth', 'diagnosis'], lang, 'XLSX roster of named students with vaccination and health notes',
             T(lang, 'Liste vaccination 4e année', 'Grade 4 vaccination list'), body, staff_addr(st, 'cisss-laurentides-ex.example'), addr_out(rng, 'secretariat'),
             atts=[('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'liste_vacc.xlsx', x)])


def p_csv_pharm(rng, lang):
    rows = [['dossier', 'nom', 'medicament', 'dose', 'statut']]
    for i in range(rng.randint(4, 8)):
        c = rand_child(rng) if rng.random() < .5 else dict(given=rng.choice(FIRST_F + FIRST_M), sur=rng.choice(SURN))
        rows.append([mrn(rng), f"{c['sur']}, {c['given']}", rng.choice(['méthylphénidate', 'quétiapine', 'méthadone', 'lévétiracétam', 'insuline glargine']),
                     rng.choice(['10 mg BID', '25 mg HS', '40 mg DIE', '500 mg BID', '8 U HS']), rng.choice(['continuer', 'cessé', 'modifié'])])
    st = STAFF[6]
    return M('med_rec_csv', True, ['patient_name', 'mrn', 'medication'], lang, 'CSV medication reconciliation with patient names and chart numbers',
             T(lang, 'Conciliation med - congés', 'Med rec - discharges'), T(lang, 'ci-joint\n', 'attached\n') + sig(st, lang, rng),
             staff_addr(st, 'chu-exemple.example'), addr_out(rng, 'labo'), atts=[('text', 'csv', 'conciliation.csv', make_csv(rows))])


def p_ics_radio(rng, lang):
    p = dict(rng.choice(NAMS)); st = STAFF[12]
    start = dt.datetime(2026, 11, rng.randint(9, 27), rng.randint(8, 15), 0)
    summ = T(lang, f"IRM cérébrale - {p['sur']} {p['given']}", f"MRI brain - {p['given']} {p['sur']}")
    desc = T(lang, f"Patient: {p['sur']} {p['given']} DDN {p['dob']} NAM {p['nam']}\nIndication: céphalées, r/o masse. Sédation requise.",
             f"Patient {p['given']} {p['sur']} DOB {p['dob']} RAMQ {p['nam']}\nIndication: headaches, r/o mass. Sedation needed.")
    ics = make_ics(summ, desc, start, 'Radiologie Plus, 3e étage', f"rp-{rng.randint(10**6,10**7)}@radiologie-plus.example")
    body = T(lang, 'Bonjour, voici la confirmation du rendez-vous.\n', 'Hello, appointment confirmation attached.\n')
    return M('imaging_booking_ics', True, ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'], lang, 'ICS invitation for an MRI naming the patient with NAM and indication',
             T(lang, 'Confirmation RDV IRM', 'MRI appointment confirmation'), body, 'rendezvous@radiologie-plus.example', addr_out(rng, 'secretariat'),
             atts=[('text', 'calendar', 'rdv.ics', ics)])


def p_vcf_birth(rng, lang):
    st = STAFF[5]; fn = rng.choice(FIRST_F); sur = rng.choice(SURN)
    adr = f"{rng.randint(10,999)} rue des Lilas app. {rng.randint(1,12)}, Saint-Jérôme"
    vcf = make_vcf(f"{fn} {sur}", sur, fn, f"450-555-{rng.randint(1000,9999)}", adr, 'Post-partum J3, allaitement difficile')
    body = T(lang, f"Pour la visite post-natale à domicile demain : {fn} a accouché dimanche (AVS, 3,4 kg), bébé ictère léger, bilirubine à recontrôler. Coordonnées en pièce jointe.\n\n",
             f"For tomorrow's postnatal home visit: {fn} delivered Sunday (SVD, 3.4 kg), baby mildly jaundiced, recheck bili. Contact card attached.\n\n")
    return M('home_visit_vcard', True, ['patient_name', 'patient_contact', 'diagnosis'], lang, 'postnatal home visit with mother name, home address and phone in a vCard',
             T(lang, 'Visite PP demain', 'PP visit tomorrow'), body + sig(st, lang, rng), staff_addr(st, 'maison-naissance-ex.example'), addr_out(rng, 'sap'),
             atts=[('text', 'vcard', f"{sur}.vcf", vcf)])


def p_eml_fwd(rng, lang):
    p = kid_from_list(rng); st = rng.choice(STAFF)
    inner = EmailMessage(policy=email.policy.default)
    inner['From'] = 'labo@chu-exemple.example'; inner['To'] = staff_addr(st, 'chu-exemple.example')
    inner['Subject'] = T(lang, 'Valeur critique', 'Critical value'); inner['Date'] = 'Mon, 02 Nov 2026 06:12:00 -0500'
    inner['Message-ID'] = f"<crit{rng.randint(10**6,10**7)}@chu-exemple.example>"
    inner.set_content(T(lang, f"Patient : {p['sur']}, {p['given']}  NAM {p['nam']}\nPotassium 6,9 mmol/L (critique) prélevé 05:40.\nAppelé à l'inf. 4B.",
                        f"Patient: {p['sur']}, {p['given']}  RAMQ {p['nam']}\nPotassium 6.9 mmol/L (critical) drawn 05:40.\nCalled to 4B RN."))
    body = T(lang, 'Pour ton dossier, FYI.\n', 'fyi for your records\n')
    return M('forward_as_eml', True, ['patient_name', 'ramq_nam', 'lab_result'], lang, 'forward-as-attachment of a critical lab value message with name and NAM',
             T(lang, 'TR: Valeur critique', 'Fwd: Critical value'), body, staff_addr(st, 'chu-exemple.example'), addr_out(rng), atts=[('message', 'rfc822', None, inner)])


def p_zip_discharge(rng, lang):
    p = dict(rng.choice(ADULTS)); st = rng.choice(STAFF); m = mrn(rng)
    d = make_docx(T(lang, 'Résumé de congé', 'Discharge summary'),
                  [f"{p['sur']}, {p['given']} — {p['dob']} — dossier {m}",
                   T(lang, 'Séjour en psychiatrie du 12 au 29 oct. Dx : épisode dépressif majeur, trouble lié à l\'alcool. Congé vers maison d\'hébergement.',
                     'Psychiatry stay Oct 12-29. Dx: major depressive episode, alcohol use disorder. Discharged to shelter.'),
                   T(lang, 'Rx : escitalopram 10 mg, naltrexone 50 mg.', 'Rx: escitalopram 10 mg, naltrexone 50 mg.')])
    z = make_zip([(f"conge_{m}.docx", d), ('lisezmoi.txt', b'Documents du dossier\r\n')])
    return M('discharge_zip', True, ['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication', 'social_information'], lang,
             'ZIP holding a DOCX discharge summary for a named psychiatric patient', T(lang, 'docs congé', 'discharge docs'),
             T(lang, 'Mot de passe par téléphone.\n', 'password by phone\n') + sig(st, lang, rng), staff_addr(st, 'chu-exemple.example'), addr_out(rng, 'clsc'),
             atts=[('application', 'zip', 'documents.zip', z)])


def p_disguised(rng, lang):
    p = kid_from_list(rng); st = rng.choice(STAFF)
    body = T(lang, f"J'ai mis des points pour que le filtre ne bloque pas :) \nNAM {nam_fmt(p['nam'],rng,True)}\n{p['given'][0]}. {p['sur']}, hospitalisation pédopsy, retour prévu vendredi. Merci d'aviser l'école.\n",
             f"spaced it out so the filter won't catch it\nRAMQ {nam_fmt(p['nam'],rng,True)}\n{p['given'][0]}. {p['sur']}, inpatient child psych, back Friday. Pls inform school.\n")
    return M('disguised_identifier', True, ['ramq_nam', 'patient_name', 'diagnosis'], lang, 'disguised NAM with patient name and hospitalisation',
             T(lang, 'info élève', 'student info'), body, staff_addr(st, 'chu-exemple.example'), addr_out(rng, 'direction'), html_ok=False)


_FK = [0]


def p_foreign_ids(rng, lang):
    st = rng.choice(STAFF); k = [0, 1, 2, 3, 1][_FK[0] % 5]; _FK[0] += 1; sx = rng.choice('MF')
    g = rng.choice(FIRST_M if sx == 'M' else FIRST_F); s = rng.choice(SURN); dob = f"{rng.randint(1975,2012)}-{rng.randint(1,12):02d}-{rng.randint(1,28):02d}"
    if k == 0:
        idv = gen_ohn(rng); t = ['patient_name', 'ca_health_number', 'diagnosis']; lab = f"OHIP {idv[:4]}-{idv[4:7]}-{idv[7:]}"
        lang = 'en'
        body = f"Referral to CMHA intake: {g} {s}, {lab}, first-episode psychosis, discharged from Ottawa General 10/28. Lives alone, no phone at present.\n\n"
    elif k == 1:
        idv = gen_sin(rng); t = ['patient_name', 'ca_sin', 'social_information']; lab = f"{idv[:3]} {idv[3:6]} {idv[6:]}"
        body = T(lang, f"Pour la demande d'aide sociale de {g} {s} (suivi en dépendance), NAS {lab}. {'Elle' if sx=='F' else 'Il'} est sans logement depuis septembre.\n\n",
                 f"For {g} {s}'s ODSP application (addiction follow-up), SIN {lab}. Homeless since September.\n\n")
    elif k == 2:
        idv = gen_niss(rng, dob, sx); t = ['patient_name', 'be_niss', 'diagnosis']; lab = f"{idv[:2]}.{idv[2:4]}.{idv[4:6]}-{idv[6:9]}.{idv[9:]}"
        lang = 'fr'
        body = f"Transfert d'un patient belge : {s} {g}, NISS {lab}, diabète de type 1 nouvellement diagnostiqué. Famille en séjour temporaire à Montréal.\n\n"
    else:
        idv = gen_nir(rng, dob, sx); t = ['patient_name', 'fr_nir', 'diagnosis']; lab = f"{idv[0]} {idv[1:3]} {idv[3:5]} {idv[5:7]} {idv[7:10]} {idv[10:13]} {idv[13:]}"
        lang = 'fr'
        body = f"{'Mme' if sx=='F' else 'M.'} {s} {g}, n° sécu {lab}, vue pour fracture du poignet — facturation à la CPAM, SVP.\n\n"
    return M('foreign_identifier', True, t, lang, 'patient named with a non-RAMQ national identifier and health/social data',
             T(lang, 'Patient – identifiant', 'Patient identifier'), body + sig(st, lang, rng), staff_addr(st, 'chu-exemple.example'), addr_out(rng, 'facturation'))


def p_radio_crit(rng, lang):
    p = dict(rng.choice(NAMS)); m = mrn(rng); st = STAFF[2]
    body = T(lang, f"Dr,\nRésultat critique pour votre patient{'e' if p['sex']=='F' else ''} {p['given']} {p['sur']} (dossier {m}) : pneumothorax droit 30 % à la radiographie de ce matin. Joint par tél. à 10 h 05 sans succès.\n\n",
             f"Dr,\nCritical result for your patient {p['given']} {p['sur']} (chart {m}): 30% right pneumothorax on this morning's CXR. Tried to reach you by phone at 10:05.\n\n")
    subj = T(lang, 'RÉSULTAT CRITIQUE', 'CRITICAL RESULT'); frm = 'hfontaine@radiologie-plus.example'; body = body + sig(st, lang, rng)
    if rng.random() < 0.5:
        st2 = rng.choice(STAFF); frm = staff_addr(st2, 'gmf-des-rives.example')
        hdr = T(lang, '-------- Message transféré --------\nDe : hfontaine@radiologie-plus.example\nDate : 2 nov. 2026 10:07\nObjet : RÉSULTAT CRITIQUE\n\n',
                '---------- Forwarded message ---------\nFrom: hfontaine@radiologie-plus.example\nDate: Nov 2, 2026 10:07 AM\nSubject: CRITICAL RESULT\n\n')
        body = T(lang, 'Peux-tu rappeler la famille? Je suis en salle.\n\n', 'Can you call the family? I am in clinic.\n\n') + hdr + body
        subj = T(lang, 'TR: ', 'Fwd: ') + subj
    return M('imaging_critical', True, ['patient_name', 'mrn', 'diagnosis'], lang, 'radiology critical finding with patient name and chart number (some inline-forwarded)',
             subj, body, frm, addr_out(rng, 'dr.lavoie'))


def p_split(rng, lang):
    c = rand_child(rng); st = rng.choice(STAFF)
    subj = f"Re: {c['sur']} {c['given']}"
    body = T(lang, f"Oui c'est bien {'elle' if c['sex']=='F' else 'lui'}. INR 4,2 ce matin, on suspend la warfarine 2 jours et on recontrôle jeudi. Dossier {mrn(rng)}.",
             f"yes that's the one. INR 4.2 this am, holding warfarin x2 days, recheck Thurs.")
    t = ['patient_name', 'lab_result', 'medication'] + (['mrn'] if lang == 'fr' else [])
    return M('split_subject_body', True, t, lang, 'patient name in Subject, result and medication in body', subj, body + '\n\n' + st[1],
             staff_addr(st, 'chu-exemple.example'), addr_out(rng, 'pharmacie'))


def p_birth(rng, lang):
    st = STAFF[5]; sur = rng.choice(SURN); g = rng.choice(FIRST_F)
    body = T(lang, f"Transfert vers CH : {sur.upper()} {g}, G2P1, 39+2 sem, SGB positif, travail prolongé, FCF atypique. Dossier MN-{rng.randint(1000,9999)}. Conjoint suit en auto.\n",
             f"Transfer to hospital: {sur.upper()} {g}, G2P1 39+2 wks, GBS positive, prolonged labour, atypical FHR. Chart MN-{rng.randint(1000,9999)}.\n")
    return M('birthing_transfer', True, ['patient_name', 'mrn', 'diagnosis'], lang, 'birthing centre transfer with mother surname-first and obstetric data',
             T(lang, 'Transfert en route', 'Transfer en route'), body + '\n' + sig(st, lang, rng), staff_addr(st, 'maison-naissance-ex.example'), addr_out(rng, 'obs.garde'))


def p_html_table(rng, lang):
    rows = []
    for i in range(rng.randint(3, 6)):
        p = dict(rng.choice(NAMS))
        rows.append((f"{p['sur']}, {p['given']}", p['dob'], rng.choice(['Échographie abdo', 'Rx thorax', 'IRM genou', 'Scan tête'] if lang == 'fr' else ['Abdo US', 'CXR', 'Knee MRI', 'Head CT']), rng.choice(['9:00', '10:30', '13:15', '15:45'])))
    txt = '\n'.join(' | '.join(r) for r in rows)
    return M('imaging_schedule', True, ['patient_name', 'date_of_birth'], lang, 'radiology clinic day schedule listing patients with DOB and exams',
             T(lang, 'Horaire de demain', "Tomorrow's schedule"), T(lang, 'Horaire:\n', 'Schedule:\n') + txt + '\n', 'accueil@radiologie-plus.example', addr_out(rng, 'technos'))


# ================= NEGATIVE BUILDERS =================
def n_parenting(rng, lang):
    st = rng.choice(STAFF)
    body = T(lang, f"Bonjour à tous,\n\nLes cours prénataux de groupe reprennent le mardi {rng.randint(3,24)} novembre à 19 h (salle 2.14). Thèmes : allaitement, sommeil du nouveau-né, retour à la maison. Inscription : 450-555-0142.\nMax 12 couples.\n\n",
             f"Hi all,\n\nGroup parenting classes resume Tuesday Nov {rng.randint(3,24)} at 7 pm (room 2.14). Topics: breastfeeding, newborn sleep, going home. Register at 613-555-0142.\n\n")
    return M('parenting_class', False, [], lang, 'announcement of parenting classes', T(lang, 'Cours prénataux – session automne', 'Parenting classes - fall session'),
             body + sig(st, lang, rng), staff_addr(st, 'maison-naissance-ex.example'), 'parents-liste@maison-naissance-ex.example')


def n_vacc_campaign(rng, lang):
    st = STAFF[9]; n = rng.randint(300, 900); d = rng.randint(200, n)
    body = T(lang, f"Bilan de la campagne de vaccination en milieu scolaire (4e année) : {n} élèves visés dans 9 écoles, {d} doses de HPV administrées, {rng.randint(5,40)} refus, {rng.randint(0,4)} syncopes sans suite. Merci à l'équipe !\n\n",
             f"School vaccination campaign summary (grade 7): {n} students targeted in 9 schools, {d} HPV doses given, {rng.randint(5,40)} refusals, {rng.randint(0,4)} fainting episodes without sequelae.\n\n")
    return M('vaccination_campaign', False, [], lang, 'school vaccination campaign with aggregate counts only', T(lang, 'Bilan campagne vaccination', 'Vaccination campaign summary'),
             body + sig(st, lang, rng), staff_addr(st, 'cisss-laurentides-ex.example'), addr_out(rng, 'direction'))


def n_oncall(rng, lang):
    lines = []
    for d in ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']:
        s = rng.choice(STAFF)
        lines.append(f"{d}  {s[2].upper()}, {s[1]}  ({s[3]})  pagette {rng.randint(1000,9999)}  cell 514-555-{rng.randint(1000,9999)}")
    return M('oncall_list', False, [], lang, 'staff on-call roster with pagers', T(lang, 'Garde pédiatrie semaine 46', 'Peds on-call week 46'),
             '\n'.join(lines) + T(lang, '\n\nÉchanges : aviser Annie.', '\n\nSwaps: tell Annie.'), staff_addr(STAFF[12], 'chu-exemple.example'), 'peds-all@chu-exemple.example')


def n_blank_form(rng, lang):
    d = make_docx(T(lang, 'Formulaire de consentement – vaccination scolaire', 'Consent form - school vaccination'),
                  [T(lang, "Nom de l'enfant : ______________________", "Child's name: ______________________"),
                   T(lang, 'NAM : ____ ____ ____ (ex. : ABCD 1234 5678)', 'Health card no.: __________ (e.g. 1234-567-890)'),
                   T(lang, 'Date de naissance : AAAA-MM-JJ', 'Date of birth: YYYY-MM-DD'),
                   T(lang, 'Signature du parent : ______________', 'Parent signature: ______________')])
    return M('blank_form', False, [], lang, 'blank consent form template with placeholder values', T(lang, 'Formulaire consentement 2026-2027 (vierge)', 'Blank consent form 2026-27'),
             T(lang, 'Voici le gabarit à jour. Merci de l\'imprimer pour les trousses.\n', 'Updated template attached, please print for the kits.\n') + sig(STAFF[9], lang, rng),
             staff_addr(STAFF[9], 'cisss-laurentides-ex.example'), addr_out(rng, 'ecoles'),
             atts=[('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', 'consentement_vierge.docx', d)])


def gtin(rng):
    d = '0' + ''.join(str(rng.randint(0, 9)) for _ in range(12))
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d)))
    return d + str((10 - s % 10) % 10)


def n_vendor_invoice(rng, lang):
    inv = f"F-{rng.randint(100000,999999)}"
    lines = [f"Facture {inv}" if lang == 'fr' else f"Invoice {inv}", f"Client: CHU Exemple, compte {luhn_num(rng, 8)}"]
    for i in range(4):
        lines.append(f"GTIN {gtin(rng)}  lot {rng.choice('ABKX')}{rng.randint(10000,99999)}  qte {rng.randint(1,50)}  {rng.randint(20,900)},{rng.randint(10,99)} $")
    lines.append(f"TPS 12345 6789 RT0001  TVQ 1234567890 TQ0001")
    pdf = make_pdf('MediSupply inc.', lines)
    return M('vendor_invoice', False, [], lang, 'supplier invoice with GTIN/lot numbers', T(lang, f'Facture {inv}', f'Invoice {inv}'),
             T(lang, 'Bonjour, veuillez trouver ci-joint votre facture. Paiement net 30 jours.\n\nService à la clientèle MediSupply\n1-800-555-0199',
               'Hello, please find your invoice attached. Net 30.\n\nMediSupply Customer Service\n1-800-555-0199'),
             'facturation@medisupply.example', 'comptes.payables@chu-exemple.example', atts=[('application', 'pdf', f'{inv}.pdf', pdf)])


def luhn_num(rng, n):
    d = ''.join(str(rng.randint(1, 9)) for _ in range(n - 1))
    return d + luhn.calc_check_digit(d)


def n_pharm_supplier(rng, lang):
    din = f"{rng.randint(2200000, 2499999):08d}"
    body = T(lang, f"Avis de rupture : méthylphénidate LA 36 mg (DIN {din}), retour prévu sem. du 7 déc. Alternative : DIN {rng.randint(2200000,2499999):08d}. Commande n° {luhn_num(rng,10)}.\nNo client {luhn_num(rng,9)}.\n",
             f"Shortage notice: methylphenidate ER 36 mg (DIN {din}), expected back week of Dec 7. Alternative DIN {rng.randint(2200000,2499999):08d}. PO {luhn_num(rng,10)}. Account {luhn_num(rng,9)}.\n")
    return M('pharmacy_supplier', False, [], lang, 'wholesaler shortage notice with DINs and account numbers passing Luhn',
             T(lang, 'Rupture – méthylphénidate', 'Shortage - methylphenidate'), body + '\nGrossiste Pharma-Dis\n514-555-0177', 'service@pharmadis.example', 'commandes@pharmacie-boisvert.example')


def n_research(rng, lang):
    rows = [['Groupe', 'N', 'Âge moyen', 'HbA1c moy.', '% hospit.']]
    for g in ['Contrôle', 'Intervention']:
        rows.append([g, rng.randint(40, 120), round(rng.uniform(9, 14), 1), round(rng.uniform(7, 9.5), 1), round(rng.uniform(3, 20), 1)])
    x = make_xlsx(rows, 'Résultats')
    return M('research_aggregate', False, [], lang, 'research update with aggregate table only', T(lang, 'Étude DT1-Jeunes – résultats intermédiaires', 'T1D-Youth study interim results'),
             T(lang, 'Bonjour, tableau agrégé pour le comité. Aucune donnée nominative.\n', 'Aggregated table for committee; no identifiable data.\n') + sig(STAFF[0], lang, rng),
             staff_addr(STAFF[0], 'chu-exemple.example'), addr_out(rng, 'cer'), atts=[('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'resultats_agreges.xlsx', x)])


def n_hr(rng, lang):
    st = rng.choice(STAFF)
    body = T(lang, f"Bonjour,\n{st[1]} {st[2]} ({st[3]}) est en congé de maladie jusqu'au {rng.randint(10,30)} novembre (chirurgie). Son retour progressif sera coordonné avec la santé au travail. Matricule {rng.randint(100000,999999)}.\n\nRH – Service de la paie",
             f"Hi,\n{st[1]} {st[2]} ({st[3]}) is on sick leave until Nov {rng.randint(10,30)} (surgery). Gradual return to be planned with occupational health. Employee # {rng.randint(100000,999999)}.\n\nHR - Payroll")
    return M('hr_employee', False, [], lang, 'HR note about a named employee leave', T(lang, 'Absence – remplacement', 'Absence - coverage'), body,
             'rh@chu-exemple.example', 'gestionnaires@chu-exemple.example')


def n_staff_disease(rng, lang):
    st = rng.choice(STAFF[:4] + [STAFF[8], STAFF[11]])
    topic = rng.choice([('la fibrose kystique', 'cystic fibrosis'), ('le trouble du spectre de l\'autisme', 'autism spectrum disorder'),
                        ('l\'épilepsie réfractaire', 'refractory epilepsy'), ('le trouble lié aux opioïdes chez les ados', 'opioid use disorder in teens')])
    body = T(lang, f"Midi-conférence jeudi 12 h : {st[0]} {st[1]} {st[2]} présentera les nouveautés dans {topic[0]}. Salle Hamel. Lunch fourni.\n",
             f"Grand rounds Thursday noon: {st[0]} {st[1]} {st[2]} on updates in {topic[1]}. Hamel room. Lunch provided.\n")
    return M('staff_disease_talk', False, [], lang, 'physician named with the disease topic of a talk', T(lang, 'Midi-conférence', 'Grand rounds'), body,
             'enseignement@chu-exemple.example', 'medecins@chu-exemple.example')


def n_bulletin(rng, lang):
    body = T(lang, f"Vigie santé publique : {rng.randint(3,30)} cas de rougeole confirmés en Montérégie depuis octobre, dont {rng.randint(1,9)} enfants de moins de 5 ans. Vérifiez le statut vaccinal. Déclaration obligatoire au 450-555-0100.\n",
             f"Public health alert: {rng.randint(3,30)} confirmed measles cases in the region since October, {rng.randint(1,9)} under age 5. Check immunization status. Report at 416-555-0100.\n")
    return M('public_health_bulletin', False, [], lang, 'public health bulletin with aggregate case counts', T(lang, 'Vigie – rougeole', 'Alert - measles'), body,
             'vigie@dsp-ex.example', 'cliniciens@chu-exemple.example')


def n_it(rng, lang):
    body = T(lang, f"Le NAS \\\\FS{rng.randint(10,99)}\\Pediatrie sera inaccessible samedi de 22 h à 2 h (mise à jour firmware). Billet INC{rng.randint(1000000,9999999)}. Serveur S/N {rng.randint(10**9,10**10)}.\n\nCentre de services TI, poste 4357",
             f"The NAS \\\\FS{rng.randint(10,99)}\\Peds share will be down Saturday 10 pm-2 am (firmware). Ticket INC{rng.randint(1000000,9999999)}. Server S/N {rng.randint(10**9,10**10)}.\n\nIT Service Desk x4357")
    return M('it_outage', False, [], lang, 'IT maintenance notice about network storage', T(lang, 'Entretien NAS samedi', 'NAS maintenance Saturday'), body,
             'ti-servicedesk@chu-exemple.example', 'tous@chu-exemple.example')


def n_facilities(rng, lang):
    body = rng.choice(T(lang, ['Le stationnement P3 sera fermé le 14 nov. pour déneigement. Utilisez P1.', 'La cafétéria offre un menu réconfort jeudi : pâté chinois 7,50 $.', 'Coupure d\'eau chaude aile C mardi 6 h à 9 h.'],
                        ['Lot P3 closed Nov 14 for snow removal; use P1.', 'Cafeteria comfort menu Thursday: shepherd\'s pie $7.50.', 'Hot water shut-off wing C Tuesday 6-9 am.']))
    return M('facilities', False, [], lang, 'facilities notice', T(lang, 'Avis – installations', 'Facilities notice'), body + '\n\nServices techniques',
             'installations@chu-exemple.example', 'tous@chu-exemple.example')


def n_conference(rng, lang):
    prog = [f"{8+i}h30  {s[0]} {s[1]} {s[2]} – {t}" for i, (s, t) in enumerate(zip(rng.sample(STAFF, 4),
            ['Bronchiolite 2026', 'Santé mentale des ados post-pandémie', 'Imagerie pédiatrique à faible dose', 'Naloxone en pharmacie communautaire']))]
    pdf = make_pdf('Journée pédiatrique annuelle', prog)
    return M('conference_programme', False, [], lang, 'conference programme with speakers and topics', T(lang, 'Programme – Journée pédiatrique', 'Programme - Pediatric Day'),
             T(lang, 'Programme en pièce jointe. Crédits : 6 h de catégorie 1.\n', 'Programme attached. 6 Section 1 credits.\n'), 'dpc@chu-exemple.example', addr_out(rng, 'membres'),
             atts=[('application', 'pdf', 'programme.pdf', pdf)])


def n_job(rng, lang):
    body = T(lang, f"Affichage {rng.randint(2026000,2026999)} : infirmière clinicienne – Centre de réadaptation en dépendance, temps complet, jour. Échelle 30,15 $ à 53,77 $. Date limite : 20 novembre.\n",
             f"Posting {rng.randint(2026000,2026999)}: RN - Youth Addiction Services, full time, days. Apply by Nov 20.\n")
    return M('job_posting', False, [], lang, 'job posting', T(lang, 'Affichage de poste', 'Job posting'), body, 'dotation@chu-exemple.example', addr_out(rng, 'candidats'))


def n_teaching(rng, lang):
    body = T(lang, f"Cas de la semaine : une adolescente de {rng.randint(13,17)} ans consulte pour perte de poids de 8 kg en 3 mois, aménorrhée et bradycardie à 42. Quel est votre diagnostic différentiel ? Réponses vendredi.\n",
             f"Case of the week: a {rng.randint(13,17)}-year-old girl presents with 8 kg weight loss over 3 months, amenorrhea, HR 42. Differential? Answers Friday.\n")
    return M('teaching_case', False, [], lang, 'anonymised teaching case', T(lang, 'Cas clinique de la semaine', 'Case of the week'), body, staff_addr(STAFF[1], 'chu-exemple.example'), 'residents@chu-exemple.example')


def n_committee_ics(rng, lang):
    ics = make_ics(T(lang, 'Comité qualité – pédiatrie', 'Quality committee - peds'), T(lang, 'Ordre du jour: indicateurs T3, chutes, erreurs médicament (agrégés)', 'Agenda: Q3 indicators, falls, med errors (aggregate)'),
                   dt.datetime(2026, 11, rng.randint(10, 28), 12, 0), 'Salle 4.102 / Teams', f"cq-{rng.randint(10**5,10**6)}@chu-exemple.example")
    return M('committee_invite', False, [], lang, 'committee meeting invitation', T(lang, 'Invitation : Comité qualité', 'Invitation: Quality committee'),
             T(lang, 'Merci de confirmer votre présence.\n', 'Please confirm attendance.\n'), 'qualite@chu-exemple.example', 'comite-qualite@chu-exemple.example',
             atts=[('text', 'calendar', 'invite.ics', ics)])


def n_radio_vendor(rng, lang):
    body = T(lang, f"Entretien préventif de l'échographe Voluson (S/N {rng.randint(100000,999999)}-{rng.randint(10,99)}) et du tomodensitomètre (S/N {luhn_num(rng,10)}) le {rng.randint(10,28)} nov. Technicien : Marc Giroux, 514-555-0133.\n",
             f"Preventive maintenance of the ultrasound unit (S/N {rng.randint(100000,999999)}-{rng.randint(10,99)}) and CT (S/N {luhn_num(rng,10)}) on Nov {rng.randint(10,28)}. Tech: Marc Giroux, 514-555-0133.\n")
    return M('radiology_vendor', False, [], lang, 'equipment service notice with serial numbers', T(lang, 'Entretien préventif', 'Preventive maintenance'), body,
             'service@imagingtech.example', 'gestion@radiologie-plus.example')


def n_quality(rng, lang):
    body = T(lang, f"Rapport trimestriel : {rng.randint(10,60)} incidents déclarés en pédiatrie, {rng.randint(2,15)} erreurs de médicaments (aucune conséquence grave), taux de chutes {round(rng.uniform(0.5,3),2)}/1000 jours-présence.\n",
             f"Quarterly report: {rng.randint(10,60)} incidents reported in peds, {rng.randint(2,15)} medication errors (no serious harm), falls {round(rng.uniform(0.5,3),2)}/1000 patient-days.\n")
    return M('quality_aggregate', False, [], lang, 'quality report with aggregate counts', T(lang, 'Indicateurs qualité T3', 'Q3 quality indicators'), body, 'qualite@chu-exemple.example', 'direction@chu-exemple.example')


def n_pharm_training(rng, lang):
    body = T(lang, "Formation continue OPQ : « Prescription de naloxone et counseling en dépendance », 3 UFC, 25 nov., en ligne. Inscription par le portail.\n",
             "CE for pharmacists: Naloxone dispensing and addiction counselling, 3 CEUs, Nov 25, online.\n")
    return M('pharmacist_training', False, [], lang, 'pharmacist continuing education notice', T(lang, 'Formation naloxone', 'Naloxone training'), body, 'formation@pharmacie-boisvert.example', 'equipe@pharmacie-boisvert.example')


def n_dpj_policy(rng, lang):
    body = T(lang, "Rappel : tout professionnel a l'obligation de signaler au DPJ une situation de compromission (art. 39 LPJ). Formation de 2 h le 18 nov. ; la nouvelle procédure interne est sur l'intranet.\n",
             "Reminder: all professionals must report to the DYP any situation where a child's security may be compromised (s. 39 YPA). 2-hour training Nov 18; procedure on intranet.\n")
    return M('youth_protection_policy', False, [], lang, 'youth protection duty-to-report reminder without cases', T(lang, 'Rappel LPJ', 'YPA reminder'), body + '\n' + sig(STAFF[7], lang, rng),
             staff_addr(STAFF[7], 'chu-exemple.example'), 'personnel@chu-exemple.example')


def n_schedule_xlsx(rng, lang):
    rows = [['Employé', 'Matricule', 'Lun', 'Mar', 'Mer', 'Jeu', 'Ven']]
    for s in rng.sample(STAFF, 6):
        rows.append([f"{s[2]}, {s[1]}", rng.randint(100000, 999999)] + [rng.choice(['J', 'S', 'N', 'C', '']) for _ in range(5)])
    x = make_xlsx(rows, 'Horaire')
    return M('staff_schedule', False, [], lang, 'staff schedule spreadsheet with employee numbers', T(lang, 'Horaire période 9', 'Schedule period 9'), T(lang, 'ci-joint\n', 'attached\n'),
             staff_addr(STAFF[12], 'chu-exemple.example'), 'inf-4b@chu-exemple.example', atts=[('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'horaire.xlsx', x)])


def n_vcard_colleague(rng, lang):
    s = rng.choice(STAFF)
    vcf = f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{s[2]};{s[1]};;;\r\nFN:{s[1]} {s[2]}\r\nTITLE:{s[3]}\r\nORG:CHU Exemple\r\nTEL;TYPE=WORK:819-555-{rng.randint(1000,9999)}\r\nEMAIL:{s[1].lower()}@chu-exemple.example\r\nEND:VCARD\r\n"
    return M('colleague_vcard', False, [], lang, 'colleague business card', T(lang, 'Coordonnées', 'Contact details'), T(lang, 'Voici mes coordonnées pour le projet.\n', 'My contact card for the project.\n'),
             staff_addr(s, 'chu-exemple.example'), addr_out(rng), atts=[('text', 'vcard', 'carte.vcf', vcf)])


def n_social(rng, lang):
    s = rng.choice(STAFF)
    body = T(lang, f"Party de Noël du 4B le 12 décembre ! Contribution 15 $ à remettre à {s[1]}. On souligne aussi le départ à la retraite de Lise après 32 ans.\n",
             f"4B holiday party Dec 12! $15 to {s[1]}. We'll also celebrate Lise's retirement after 32 years.\n")
    return M('social_committee', False, [], lang, 'staff social event', T(lang, 'Party de Noël', 'Holiday party'), body, staff_addr(s, 'chu-exemple.example'), 'inf-4b@chu-exemple.example')


POS = [p_referral, p_signout, p_dpj, p_subject_only, p_quoted, p_pdf_consult, p_xlsx_school, p_csv_pharm, p_ics_radio, p_vcf_birth,
       p_eml_fwd, p_zip_discharge, p_disguised, p_foreign_ids, p_radio_crit, p_split, p_birth]
NEG = [n_parenting, n_vacc_campaign, n_oncall, n_blank_form, n_vendor_invoice, n_pharm_supplier, n_research, n_hr, n_staff_disease,
       n_bulletin, n_it, n_facilities, n_conference, n_job, n_teaching, n_committee_ics, n_radio_vendor, n_quality, n_pharm_training,
       n_dpj_policy, n_schedule_xlsx, n_vcard_colleague, n_social]


# ---------------- assembly -----------------
def encodable(text, cs):
    try:
        text.encode(cs); return True
    except UnicodeEncodeError:
        return False


def to_html(t):
    return '<html><body><div style="font-family:Calibri,Arial">' + html.escape(t).replace('\n', '<br>\n') + '</div></body></html>'


def build(m, rng, idx):
    msg = EmailMessage(policy=email.policy.default)
    msg['From'] = m.frm; msg['To'] = m.to
    if m.cc:
        msg['Cc'] = m.cc
    elif rng.random() < 0.25:
        msg['Cc'] = staff_addr(rng.choice(STAFF), 'chu-exemple.example')
    msg['Subject'] = m.subject
    d = dt.datetime(2026, 11, 2, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))) + dt.timedelta(minutes=idx * 97 + rng.randint(0, 90))
    msg['Date'] = format_datetime(d)
    msg['Message-ID'] = f"<{idx:04d}.{rng.randint(10**8,10**9)}@{m.frm.split('@')[-1].rstrip('>')}>"
    if m.subject.lower().startswith(('re:', 'tr:', 'fwd:')):
        msg['In-Reply-To'] = f"<{rng.randint(10**8,10**9)}@chu-exemple.example>"
    cs = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    if not encodable(m.body + m.subject, cs):
        cs = 'utf-8'
    cte = rng.choice(['quoted-printable', 'base64', '8bit'])
    body = m.body if m.body.strip() else ' '
    mode = rng.random()
    if m.html_ok and mode < 0.15:
        msg.set_content(to_html(body), subtype='html', charset=cs, cte=cte)
        tr = 'html'
    elif m.html_ok and mode < 0.4:
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(to_html(body), subtype='html', charset=cs, cte=rng.choice(['quoted-printable', 'base64']))
        tr = 'alternative'
    else:
        msg.set_content(body, charset=cs, cte=cte)
        tr = 'plain'
    for (mt, st, fn, data) in m.atts:
        if mt == 'message':
            msg.add_attachment(data, disposition='attachment')
        elif isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn, charset='utf-8', cte=rng.choice(['quoted-printable', 'base64']))
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if m.atts:
        tr = 'mixed'
    bi = 0
    for part in msg.walk():
        if part.is_multipart():
            bi += 1
            part.set_boundary(f"=_Part_{idx:04d}_{bi}_{rng.randint(10**9, 10**10)}")
    crlf = rng.random() < 0.3
    pol = email.policy.default.clone(linesep='\r\n' if crlf else '\n')
    return msg.as_bytes(policy=pol), tr, cs, cte, crlf


def plan(rng):
    items = []
    for i in range(85):
        items.append((True, POS[i % len(POS)]))
    for i in range(115):
        items.append((False, NEG[i % len(NEG)]))
    langs = ['fr'] * 120 + ['en'] * 80
    rng.shuffle(items); rng.shuffle(langs)
    return [(a, b, l) for (a, b), l in zip(items, langs)]


def check(out, labels):
    files = sorted(os.path.relpath(os.path.join(dp, f), out) for sub in ('positive', 'negative')
                   for dp, _, fs in os.walk(os.path.join(out, sub)) for f in fs)
    assert files == sorted(labels), 'labels do not cover files'
    h = hashlib.sha256()
    for f in files:
        raw = open(os.path.join(out, f), 'rb').read()
        h.update(f.encode() + b'\0' + raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
            if part.is_multipart():
                continue
            if part.get_content_type() == 'message/rfc822':
                part.get_content(); continue
            part.get_content()
        lab = labels[f]
        assert lab['confidential'] == f.startswith('positive/')
        assert (len(lab['types']) > 0) == lab['confidential']
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default=HERE)
    a = ap.parse_args(); out = a.out
    rng = random.Random(SEED)
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    labels = {}; stats = {'lang': {}, 'cat': {}, 'tr': {}, 'cs': {}, 'cte': {}, 'crlf': 0}
    np = nn = 0
    for idx, (pos, fn, lang) in enumerate(plan(rng)):
        m = fn(rng, lang)
        raw, tr, cs, cte, crlf = build(m, rng, idx)
        if pos:
            np += 1; name = f"positive/p{np:03d}_{m.cat}.eml"
        else:
            nn += 1; name = f"negative/n{nn:03d}_{m.cat}.eml"
        with open(os.path.join(out, name), 'wb') as f:
            f.write(raw)
        labels[name] = {'confidential': m.conf, 'types': sorted(set(m.types)), 'lang': m.lang, 'note': m.note}
        for k, v in (('lang', m.lang), ('cat', ('P:' if pos else 'N:') + m.cat), ('tr', tr), ('cs', cs), ('cte', cte)):
            stats[k][v] = stats[k].get(v, 0) + 1
        stats['crlf'] += crlf
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    digest = check(out, labels)
    print(f"positives {np} negatives {nn}")
    for k in ('lang', 'tr', 'cs', 'cte'):
        print(k, json.dumps(stats[k], sort_keys=True))
    print('crlf', stats['crlf'], 'lf', np + nn - stats['crlf'])
    print('categories', json.dumps(stats['cat'], sort_keys=True, ensure_ascii=False))
    print('sha256', digest)


if __name__ == '__main__':
    main()
