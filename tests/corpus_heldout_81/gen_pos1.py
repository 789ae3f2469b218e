"""Positive builders, part 1: billing, assistance companies, medevac, referrals, lists."""
from gen_common import (INST, COMPANIES, staff, staff_addr, fmt_ohip, fmt_nam, fmt_nir, fmt_niss, fmt_date,
                        name_form, title, title_ok, gen_mrn)
from gen_mime import Mail, Attachment
from gen_text import (case, dx, med, lab, proc, svc, greet, closing, sig, disclaimer, day, dt, policy_no, case_no)
import gen_attach as A

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def who(st, key):
    dom = INST[key]['dom'] if key in INST else COMPANIES[key]['dom']
    return (f'{st[0]} {st[1]}', staff_addr(st, dom))


ICD = {'nstemi': 'I21.4', 'hip': 'S72.1', 'cap': 'J18.9', 'appy': 'K35.8', 'copd': 'J44.1', 'afib': 'I48.9',
       'dka': 'E10.1', 'stroke': 'I63.5', 'pe': 'I26.9', 'panc': 'K85.1', 'cellulitis': 'L03.1', 'gibleed': 'K26.0',
       'chf': 'I50.0', 'concussion': 'S06.0', 'radius': 'S52.5', 'aki': 'N17.9', 'urosepsis': 'A41.5',
       'psychosis': 'F23', 'preeclampsia': 'O14.9', 'seizure': 'R56.8'}


def T(*types):
    out = []
    for t in types:
        if t and t not in out:
            out.append(t)
    return out


# 1 ------------------------------------------------------------------------------
def p_oop_claim_ohip(w, rng, lang):
    """Quebec hospital billing office sends an Ontario resident's stay details for the out-of-province claim."""
    p = w.person(rng, rng.choice(['en', 'fr']), 'ON')
    c = case(rng, p=p, exclude=('psychosis', 'preeclampsia'))
    qc = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    clerk = staff(rng)
    clerk = ('Julien', 'Beauchemin', 'Out-of-province billing clerk', 'Agent de facturation hors Québec')
    peer = staff(rng, exclude=('Beauchemin',), kind='clerk')
    adm = day(rng)
    dis = adm.replace(day=min(28, adm.day + rng.randint(1, 6))) if adm.day < 24 else adm
    hcn = fmt_ohip(p.ohip, p.ohip_vc, rng.randint(0, 6))
    sdob = rng.randint(0, 3)
    if lang == 'fr':
        subj = rng.choice([f'Réclamation hors province — {p.surname.upper()} {p.given}', 'Facturation réciproque Ontario — dossier à compléter',
                           f'RE: séjour {adm.isoformat()} patient ontarien'])
        body = f"""{greet('fr', rng, peer[0])}

Pour la réclamation hospitalière interprovinciale (entente réciproque), il me manque la version de la carte. Voici ce que nous avons au dossier :

Nom : {name_form(p, 'fr', rng.choice([0, 1, 2]))}
Date de naissance : {fmt_date(p.dob, 'fr', sdob)}
No carte Santé Ontario : {hcn}
Adresse : {p.street}, {p.city} (Ontario) {p.postal}
Admission : {fmt_date(adm, 'fr', 0)} — congé : {fmt_date(dis, 'fr', 0)}
Diagnostic principal : {dx(c, 'fr')}
Intervention : {proc(c, 'fr')}
No de dossier : {p.mrn}

Peux-tu vérifier avec l'admission si la carte a été photocopiée à l'arrivée à l'urgence?

{closing('fr', rng)}
{sig(clerk, qc, 'fr', rng)}{disclaimer('fr', rng)}"""
    else:
        subj = rng.choice([f'OOP hospital claim - {p.surname}, {p.given}', 'Reciprocal billing - missing version code',
                           f'Ontario resident inpatient stay {adm.isoformat()}'])
        body = f"""{greet('en', rng, peer[0])}

We are preparing the out-of-province hospital claim under the reciprocal agreement. Details for the Ontario patient:

Patient: {name_form(p, 'en', rng.choice([0, 1, 2]))}
DOB: {fmt_date(p.dob, 'en', sdob)}
Ontario health number: {hcn}
Home address: {p.street}, {p.city}, ON {p.postal}
Admitted {fmt_date(adm, 'en', 1)}, discharged {fmt_date(dis, 'en', 1)}
Most responsible diagnosis: {dx(c, 'en')}
Procedure: {proc(c, 'en')}
Chart #: {p.mrn}

Can you confirm the health card was validated at triage? The claim gets rejected if the version code doesn't match.

{closing('en', rng)}
{sig(clerk, qc, 'en', rng)}{disclaimer('en', rng)}"""
    return Mail('oop_claim_ohip', lang, who(clerk, qc), [who(peer, qc)], subj, body,
                types=T('patient_name', 'date_of_birth', 'ca_health_number', 'patient_contact', 'diagnosis', 'mrn'),
                note='Ontario resident stay details for reciprocal hospital claim')


# 2 ------------------------------------------------------------------------------
def p_ramq_hors_quebec(w, rng, lang):
    """Ontario hospital asks a Quebec billing office / patient about RAMQ coverage for a Quebec resident."""
    p = w.nam_holder(rng)
    c = case(rng, p=p, exclude=('preeclampsia',))
    on = rng.choice(['ovgh', 'hpdh', 'tshc', 'crh'])
    qc = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    a, b = staff(rng, 2, kind='clerk')
    d0 = day(rng)
    nam = fmt_nam(p.nam, rng.randint(0, 5))
    show_dob = rng.random() < 0.6
    if lang == 'fr':
        subj = rng.choice(['Patient du Québec hospitalisé à ' + INST[on]['city'], f'Couverture RAMQ – {p.surname} {p.given}',
                           'Demande de confirmation d\'admissibilité RAMQ'])
        body = f"""{greet('fr', rng)}

Nous avons admis le {fmt_date(d0, 'fr', 2)} un résident du Québec à notre unité de {svc(c, 'fr')}.

{p.surname.upper()}, {p.given}{(' — né' + ('e' if p.sex == 'F' else '') + ' le ' + fmt_date(p.dob, 'fr', 1)) if show_dob else ''}
NAM : {nam}
Motif d'admission : {dx(c, 'fr')}

Comme le Québec ne participe pas à l'entente de facturation réciproque pour les services médicaux, pouvez-vous nous confirmer l'admissibilité et nous indiquer à qui transmettre la facture des services hospitaliers?

{closing('fr', rng)}
{sig(a, on, 'fr', rng)}"""
    else:
        subj = rng.choice([f'Quebec resident admitted - RAMQ eligibility ({p.surname})', 'RAMQ coverage confirmation needed',
                           f'Out-of-province patient from {p.city}'])
        body = f"""{greet('en', rng)}

A Quebec resident was admitted to our {svc(c, 'en')} unit on {fmt_date(d0, 'en', 1)}:

{p.given} {p.surname}{(', DOB ' + fmt_date(p.dob, 'en', 0)) if show_dob else ''}
RAMQ health insurance number: {nam}
Reason for admission: {dx(c, 'en')}

As you know Quebec is not part of the reciprocal medical billing agreement. Could you confirm eligibility and tell us where the hospital portion should be invoiced?

{closing('en', rng)}
{sig(a, on, 'en', rng)}"""
    return Mail('ramq_hors_quebec', lang, who(a, on), [who(b, qc)], subj, body,
                types=T('patient_name', 'ramq_nam', 'diagnosis', 'date_of_birth' if show_dob else None),
                note='Quebec resident admitted in Ontario, RAMQ eligibility request')


# 3 ------------------------------------------------------------------------------
def p_assist_case_open(w, rng, lang):
    """Travel-assistance company opens a case and asks the treating hospital for a medical report."""
    kind = rng.choice(['en', 'fr'])
    p = w.person(rng, kind, rng.choice(['ON', 'QC']), age=(55, 88))
    c = case(rng, p=p, exclude=('preeclampsia', 'psychosis'))
    co = rng.choice(['northstar', 'maple', 'boreal', 'avl'])
    hosp = rng.choice(list(INST))
    agent = staff(rng, kind='assist')
    dr = staff(rng, exclude=(agent[1],), kind='md')
    pol = policy_no(rng)
    cn = case_no(rng)
    d0 = day(rng)
    if lang == 'fr':
        subj = f'Ouverture de dossier {cn} – {p.surname.upper()} {p.given[0]}.'
        body = f"""{greet('fr', rng)}

{COMPANIES[co]['name']} a été avisée de l'hospitalisation de notre assuré(e) dans votre établissement.

Assuré(e) : {p.given} {p.surname}
Date de naissance : {fmt_date(p.dob, 'fr', rng.randint(0, 3))}
Police : {pol}   Dossier assistance : {cn}
Date d'arrivée : {fmt_date(d0, 'fr', 2)}
Information reçue de la famille : {dx(c, 'fr')}

Afin de confirmer la couverture, veuillez nous transmettre le rapport de l'urgence, la liste des médicaments et le plan de traitement prévu. Nous émettrons une garantie de paiement dès réception.

Notre équipe est joignable 24/7 au {COMPANIES[co]['tel']}.

{closing('fr', rng)}
{sig(agent, co, 'fr', rng)}{disclaimer('fr', rng, 0.6)}"""
    else:
        subj = rng.choice([f'New case {cn} / {p.surname.upper()}, {p.given}', f'Medical report request - insured {p.surname}',
                           f'Case {cn} - guarantee of payment pending'])
        body = f"""{greet('en', rng)}

{COMPANIES[co]['name']} has been notified that our insured is currently admitted at your facility.

Insured: {p.given} {p.surname}
Date of birth: {fmt_date(p.dob, 'en', rng.randint(0, 4))}
Policy: {pol}   Assistance file: {cn}
Presented: {fmt_date(d0, 'en', 1)}
Reported by spouse: {dx(c, 'en')}

To confirm coverage please send the ER record, medication list and the expected plan of care. A guarantee of payment will follow once received.

Our team is available 24/7 at {COMPANIES[co]['tel']}.

{closing('en', rng)}
{sig(agent, co, 'en', rng)}{disclaimer('en', rng, 0.6)}"""
    to = ('Admitting / Admission', f'admission@{INST[hosp]["dom"]}')
    return Mail('assist_case_open', lang, who(agent, co), [to], subj, body,
                types=T('patient_name', 'date_of_birth', 'diagnosis'),
                note='assistance company opens case for hospitalised traveller')


# 4 ------------------------------------------------------------------------------
def p_medevac_request(w, rng, lang):
    """Hospital asks an air ambulance operator for a transfer."""
    src = rng.choice(['cst', 'chaf', 'tshc', 'hpe'])
    dst = rng.choice(['ovgh', 'hro'])
    p = w.nam_holder(rng) if INST[src]['prov'] == 'QC' and rng.random() < 0.5 else w.person(rng, 'en', 'ON')
    c = case(rng, p=p, exclude=('radius', 'psychosis'))
    co = rng.choice(['aeromedic', 'northwing'])
    md = staff(rng, kind='gp')
    weight = rng.randint(48, 118)
    o2 = rng.choice(['2 L NC', '4 L NC', '40% venturi', 'room air', 'BiPAP 12/6'])
    bed = f'{rng.randint(1, 4)}{rng.randint(10, 40)}'
    show_lab = rng.random() < 0.6
    if lang == 'fr':
        subj = rng.choice(['Demande de transport aérien urgent', f'Évacuation {INST[src]["city"]} → {INST[dst]["city"]}',
                           f'Transfert — {p.surname.upper()}'])
        body = f"""{greet('fr', rng)}

Demande de transfert interhospitalier par voie aérienne, priorité 2.

Patient : {name_form(p, 'fr', rng.choice([0, 1, 2]))} — dossier {p.mrn}
Poids : {weight} kg   Chambre : {bed}
Diagnostic : {dx(c, 'fr')}
Médication en cours : {med(c, 'fr')}
{('Résultats pertinents : ' + lab(c, 'fr')) if show_lab else 'Laboratoires à suivre.'}
Oxygène : {o2}
Accepté par : {svc(c, 'fr')}, {INST[dst]['fr']}

Merci de confirmer l'heure de départ prévue; l'équipe sera prête à la piste.

{sig(md, src, 'fr', rng)}"""
    else:
        subj = rng.choice(['Urgent air transfer request', f'Medevac {INST[src]["city"]} to {INST[dst]["city"]}',
                           f'Transfer request - {p.surname}'])
        body = f"""{greet('en', rng)}

Requesting fixed-wing inter-facility transfer, priority 2.

Patient: {name_form(p, 'en', rng.choice([0, 1, 2]))}, MRN {p.mrn}
Weight {weight} kg, room {bed}
Dx: {dx(c, 'en')}
Current meds: {med(c, 'en')}
{('Pertinent labs: ' + lab(c, 'en')) if show_lab else 'Labs pending.'}
O2: {o2}
Accepting service: {svc(c, 'en')}, {INST[dst]['en']}

Please confirm ETA, we will have the patient at the airstrip.

{sig(md, src, 'en', rng)}"""
    return Mail('medevac_request', lang, who(md, src), [(COMPANIES[co]['name'], f'dispatch@{COMPANIES[co]["dom"]}')],
                subj, body, types=T('patient_name', 'mrn', 'diagnosis', 'medication', 'lab_result' if show_lab else None),
                note='air ambulance transfer request with clinical details')


# 5 ------------------------------------------------------------------------------
def p_repatriation_fr(w, rng, lang):
    """French assistance company organises repatriation of a tourist from France."""
    p = w.person(rng, 'frn', 'FR', age=(30, 82))
    c = case(rng, p=p, exclude=('preeclampsia', 'psychosis', 'appy'))
    hosp = rng.choice(['hro', 'chaf', 'ovgh', 'hpdh'])
    agent = staff(rng, kind='assist')
    nir = fmt_nir(p.nir, rng.randint(0, 4))
    cn = case_no(rng)
    d0 = day(rng)
    if lang == 'fr':
        subj = f'Rapatriement — dossier {cn}'
        body = f"""{greet('fr', rng)}

Nous organisons le rapatriement vers la France de notre bénéficiaire actuellement hospitalisé(e) chez vous.

Bénéficiaire : {p.surname.upper()} {p.given}
N° de sécurité sociale (NIR) : {nir}
Caisse : CPAM de {p.city}
Pathologie déclarée : {dx(c, 'fr')}
Date prévisible de sortie : {fmt_date(d0, 'fr', 2)}

Notre médecin régulateur souhaite s'entretenir avec le médecin traitant pour valider l'aptitude au vol (position assise, besoin d'oxygène, accompagnement infirmier).

{closing('fr', rng)}
{sig(agent, 'eurosecours', 'fr', rng)}"""
    else:
        subj = f'Repatriation to France - file {cn}'
        body = f"""{greet('en', rng)}

We are arranging repatriation to France of our beneficiary currently admitted to your hospital.

Beneficiary: {p.given} {p.surname.upper()}
French social security no. (NIR): {nir}
Reported condition: {dx(c, 'en')}
Expected discharge: {fmt_date(d0, 'en', 1)}

Our regulating physician would like a call with the attending to confirm fitness to fly (seated, oxygen, nurse escort).

{closing('en', rng)}
{sig(agent, 'eurosecours', 'en', rng)}"""
    return Mail('repatriation_fr', lang, who(agent, 'eurosecours'),
                [('Service social / Social work', f'servicesocial@{INST[hosp]["dom"]}')], subj, body,
                types=T('patient_name', 'fr_nir', 'diagnosis'), note='French traveller repatriation with NIR')


# 6 ------------------------------------------------------------------------------
def p_belgian_traveller(w, rng, lang):
    p = w.person(rng, 'be', 'BE', age=(20, 80))
    c = case(rng, p=p, exclude=('preeclampsia', 'psychosis'))
    hosp = rng.choice(['hro', 'hpe', 'cst', 'ovgh'])
    agent = staff(rng, kind='assist')
    clerk = staff(rng, exclude=(agent[1],), kind='clerk')
    niss = fmt_niss(p.niss, rng.randint(0, 3))
    amount = f'{rng.randint(3, 48)} {rng.randint(100, 999)},{rng.randint(10, 99)} $'
    if lang == 'fr':
        subj = rng.choice(['Prise en charge — affilié belge', f'Facture hospitalière {p.surname}', 'Demande de garantie – mutualité'])
        body = f"""{greet('fr', rng, clerk[0])}

Suite à votre appel, voici les données de notre affilié pour la prise en charge de la facture ({amount}) :

Nom : {p.surname} {p.given}
NISS : {niss}
Date de naissance : {fmt_date(p.dob, 'fr', 1)}
Adresse en Belgique : {p.street}, {p.postal} {p.city}
Motif de l'hospitalisation selon votre rapport : {dx(c, 'fr')}

Merci de nous faire parvenir le compte détaillé et le protocole opératoire le cas échéant.

{closing('fr', rng)}
{sig(agent, 'horizon', 'fr', rng)}"""
    else:
        subj = rng.choice(['Belgian member - claim', f'Hospital invoice {p.surname}'])
        body = f"""{greet('en', rng, clerk[0])}

Further to your call, here are our member's details for the hospital invoice ({amount}):

Name: {p.given} {p.surname}
Belgian national number: {niss}
Date of birth: {fmt_date(p.dob, 'en', 0)}
Address: {p.street}, {p.postal} {p.city}
Reason for admission per your report: {dx(c, 'en')}

Please send the itemised statement and the operative note if applicable.

{closing('en', rng)}
{sig(agent, 'horizon', 'en', rng)}"""
    return Mail('belgian_traveller', lang, who(agent, 'horizon'), [who(clerk, hosp)], subj, body,
                types=T('patient_name', 'be_niss', 'date_of_birth', 'patient_contact', 'diagnosis'),
                note='Belgian mutual insurer, member NISS and admission reason')


# 7 ------------------------------------------------------------------------------
def p_community_referral(w, rng, lang):
    """English-speaking community clinic refers a patient to an Ottawa or Gatineau specialist."""
    quebecer = rng.random() < 0.6
    p = w.nam_holder(rng) if quebecer else w.person(rng, 'en', 'ON', age=(20, 85))
    c = case(rng, p=p, exclude=('appy', 'stroke', 'dka', 'psychosis'))
    src = rng.choice(['pcn', 'oecc'])
    dst = rng.choice(['ovgh', 'hro'])
    gp = ('Isabel', 'Ferreira', 'Family physician', 'Médecin de famille') if rng.random() < 0.5 else staff(rng, kind='gp')
    spec = staff(rng, exclude=(gp[1],), kind='spec')
    show_id = rng.random() < 0.6
    if quebecer:
        ident = ('RAMQ: ' if lang == 'en' else 'NAM : ') + fmt_nam(p.nam, rng.randint(0, 5))
        idtype = 'ramq_nam'
    else:
        ident = ('OHIP: ' if lang == 'en' else 'Carte Santé Ontario : ') + fmt_ohip(p.ohip, p.ohip_vc, rng.randint(0, 6))
        idtype = 'ca_health_number'
    if lang == 'fr':
        subj = f'Référence en {svc(c, "fr")} – {p.given} {p.surname}'
        body = f"""{greet('fr', rng, 'Dr ' + spec[1])}

Je vous réfère {p.given} {p.surname}, né{'e' if p.sex == 'F' else ''} le {fmt_date(p.dob, 'fr', 2)}, pour évaluation de {dx(c, 'fr')}.
{ident if show_id else ''}
Adresse : {p.street}, {p.city}
Tél. (domicile) : {p.phone}

La personne préfère être servie en anglais; un accompagnateur de notre réseau pourra l'aider pour le transport.

Médication actuelle : {med(c, 'fr')}

{closing('fr', rng)}
{sig(gp, src, 'fr', rng)}"""
    else:
        subj = rng.choice([f'Referral - {svc(c, "en")} - {p.surname}, {p.given}', f'New referral for {p.given} {p.surname}',
                           'Referral: please book'])
        body = f"""{greet('en', rng, 'Dr. ' + spec[1])}

Referring {p.given} {p.surname} (DOB {fmt_date(p.dob, 'en', rng.randint(0, 4))}) for assessment of {dx(c, 'en')}.
{ident if show_id else ''}
Home: {p.street}, {p.city} {p.postal}
Cell: {p.phone}

English-speaking; our community navigator can accompany for the appointment and arrange the drive.

Current medications: {med(c, 'en')}

{closing('en', rng)}
{sig(gp, src, 'en', rng)}"""
    return Mail('community_referral', lang, who(gp, src), [who(spec, dst)], subj, body,
                types=T('patient_name', 'date_of_birth', 'patient_contact', 'diagnosis', 'medication', idtype if show_id else None),
                note='community clinic referral with contact details')


# 8 ------------------------------------------------------------------------------
def p_signout(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'cst', 'chaf', 'hpdh'])
    a, b = staff(rng, 2, kind='gp')
    n = rng.randint(4, 7)
    rows = []
    for i in range(n):
        p = w.nam_holder(rng) if rng.random() < 0.4 else w.person(rng, rng.choice(['en', 'fr']), rng.choice(['ON', 'QC']))
        c = case(rng, p=p)
        rows.append((p, c, f'{rng.randint(2, 5)}{rng.randint(1, 30):02d}'))
    lines = []
    style = rng.randint(0, 7)
    show_nam = rng.random() < 0.4
    nam_shown = False
    for p, c, room in rows:
        tag = ' (ON)' if p.prov == 'ON' else ''
        if p.nam and show_nam:
            tag = f' [{fmt_nam(p.nam, rng.randint(0, 5))}]'
            nam_shown = True
        if lang == 'fr':
            lines.append(f'- {room} {name_form(p, "fr", style)}{tag} : {dx(c, "fr")}; {rng.choice(["stable", "à surveiller", "NPO minuit", "congé demain si afébrile"])}; {med(c, "fr").split(",")[0]}')
        else:
            lines.append(f'- {room} {name_form(p, "en", style)}{tag}: {dx(c, "en")}; {rng.choice(["stable", "watch overnight", "NPO after midnight", "d/c tmrw if afebrile"])}; {med(c, "en").split(",")[0]}')
    if lang == 'fr':
        subj = rng.choice(['Liste de relève – nuit', 'Relève médecine 3e', 'Sign-out de garde'])
        body = f"""{greet('fr', rng, b[0])}

Voici la liste pour ce soir. Les patients hors province sont identifiés (ON) — l'admission attend encore des copies de cartes.

{chr(10).join(lines)}

Rien d'autre à signaler. Je suis joignable sur mon cell jusqu'à 21 h.

{sig(a, hosp, 'fr', rng, short=True)}"""
    else:
        subj = rng.choice(['Night sign-out', 'Handover list - medicine', 'sign out', 'Weekend handover'])
        body = f"""{greet('en', rng, b[0])}

Sign-out for tonight. Out-of-province patients are flagged (ON) - admitting still needs card copies for them.

{chr(10).join(lines)}

That's it, call me if anything.

{sig(a, hosp, 'en', rng, short=True)}"""
    return Mail('signout', lang, who(a, hosp), [who(b, hosp)], subj, body,
                types=T('patient_name', 'diagnosis', 'medication', 'ramq_nam' if nam_shown else None),
                note='handover list with names, rooms and problems')


# 9 ------------------------------------------------------------------------------
def p_roster_xlsx(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    a = staff(rng, kind='nurse')
    b = staff(rng, kind='clerk')
    rows = []
    with_nam = rng.random() < 0.5
    for i in range(rng.randint(6, 12)):
        if with_nam and i % 3 == 0:
            p = w.nam_holder(rng)
            idv, prov = fmt_nam(p.nam, 1), 'QC'
        else:
            p = w.person(rng, rng.choice(['en', 'fr']), 'ON')
            idv, prov = fmt_ohip(p.ohip, p.ohip_vc, rng.choice([0, 2])), 'ON'
        c = case(rng, p=p)
        adm = day(rng)
        rows.append((f'{rng.randint(2, 6)}-{rng.randint(1, 30):02d}', p.surname.upper(), p.given, p.dob.isoformat(),
                     prov, idv, dx(c, lang), adm.isoformat()))
    hdr = (('Lit', 'Nom', 'Prénom', 'DDN', 'Prov.', 'No assurance maladie', 'Diagnostic', 'Admission') if lang == 'fr'
           else ('Bed', 'Surname', 'Given', 'DOB', 'Prov', 'Health no.', 'Diagnosis', 'Admitted'))
    data = A.xlsx_file([('Hors province' if lang == 'fr' else 'Out-of-province', [hdr] + rows)])
    fn = rng.choice(['liste_hors_province.xlsx', 'OOP_inpatients.xlsx', 'census_ON_residents.xlsx', 'Patients hors Québec – semaine.xlsx'])
    if lang == 'fr':
        subj, body = 'Liste des patients hors province', f"""{greet('fr', rng, b[0])}

Ci-joint la liste à jour pour la facturation interprovinciale. Merci de compléter les colonnes manquantes avant jeudi.

{closing('fr', rng)}
{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = rng.choice(['OOP census', 'Out-of-province inpatient list', 'updated list']), f"""{greet('en', rng, b[0])}

Attached is this week's out-of-province census for billing. Please fill in the blanks before Thursday.

{closing('en', rng)}
{sig(a, hosp, 'en', rng)}"""
    return Mail('roster_xlsx', lang, who(a, hosp), [who(b, hosp)], subj, body,
                attachments=[Attachment(fn, data, XLSX)],
                types=T('patient_name', 'date_of_birth', 'ca_health_number', 'ramq_nam' if with_nam else None, 'diagnosis'),
                note='XLSX census of out-of-province inpatients')


# 10 -----------------------------------------------------------------------------
def p_billing_csv(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'chaf'])
    a = ('Julien', 'Beauchemin', 'Out-of-province billing clerk', 'Agent de facturation hors Québec')
    b = staff(rng, exclude=('Beauchemin',), kind='clerk')
    sep = rng.choice([',', ';'])
    rows = [('claim_id', 'last_name', 'first_name', 'birth_date', 'hcn', 'version', 'service_date', 'dx_code',
             'dx_text', 'amount')]
    for i in range(rng.randint(5, 10)):
        p = w.person(rng, rng.choice(['en', 'fr']), 'ON')
        c = case(rng, p=p)
        rows.append((f'OOP{rng.randint(100000, 999999)}', p.surname, p.given, p.dob.isoformat(), p.ohip, p.ohip_vc,
                     day(rng).isoformat(), ICD[c['k']], dx(c, 'en'), f'{rng.randint(900, 24000)}.00'))
    txt = A.csv_text(rows, sep)
    fn = rng.choice(['oop_claims_export.csv', 'export_reclamations_ON.csv', 'batch_2024Q2.csv'])
    if lang == 'fr':
        subj, body = 'Export des réclamations Ontario', f"""{greet('fr', rng, b[0])}

Voici l'export du lot à transmettre. Deux réclamations ont été refusées le mois dernier pour un numéro de version périmé, à valider.

{closing('fr', rng)}
{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = 'OOP claims export', f"""{greet('en', rng, b[0])}

Export for this batch attached. Two were rejected last month for an expired version code, please double-check.

{closing('en', rng)}
{sig(a, hosp, 'en', rng)}"""
    return Mail('billing_csv', lang, who(a, hosp), [who(b, hosp)], subj, body,
                attachments=[Attachment(fn, text=txt, ctype='text/csv', charset=rng.choice(['utf-8', 'windows-1252']))],
                types=T('patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis'),
                note='CSV export of out-of-province claims')


BUILDERS = {
    'oop_claim_ohip': p_oop_claim_ohip, 'ramq_hors_quebec': p_ramq_hors_quebec,
    'assist_case_open': p_assist_case_open, 'medevac_request': p_medevac_request,
    'repatriation_fr': p_repatriation_fr, 'belgian_traveller': p_belgian_traveller,
    'community_referral': p_community_referral, 'signout': p_signout, 'roster_xlsx': p_roster_xlsx,
    'billing_csv': p_billing_csv,
}
