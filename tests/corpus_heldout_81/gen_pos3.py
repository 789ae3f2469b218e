"""Positive builders, part 3: pharmacy, labs, transport, social situations, travellers, odd formats."""
import datetime

from gen_common import (INST, COMPANIES, staff, fmt_ohip, fmt_nam, fmt_sin, fmt_date,
                        name_form, title, title_ok, gen_sin, fullwidth)
from gen_mime import Mail, Attachment
from gen_text import (CASES, case, dx, med, lab, proc, svc, greet, closing, sig, disclaimer, day, dt, policy_no,
                      case_no, quote_block)
from gen_pos1 import who, T, DOCX
import gen_attach as A


def _case(k):
    return next(c for c in CASES if c['k'] == k)


# 22 -----------------------------------------------------------------------------
def p_pharmacy(w, rng, lang):
    ontarian = rng.random() < 0.6
    p = w.person(rng, 'en', 'ON', age=(30, 90)) if ontarian else w.nam_holder(rng)
    c = case(rng, p=p, exclude=('appy', 'radius'))
    hosp = rng.choice(['hro', 'hpe', 'cst', 'ovgh', 'hpdh'])
    ph = ('Samuel', 'Kwan', 'Pharmacist', 'Pharmacien')
    md = staff(rng, exclude=('Kwan',), kind='gp')
    if lang == 'fr':
        subj = rng.choice(['Question – ordonnance de départ', f'Rx {p.surname}', 'Couverture médicaments patient hors province'])
        cov = ('Le Programme de médicaments de l\'Ontario ne remboursera pas une pharmacie du Québec' if ontarian
               else 'La RAMQ ne couvre pas la pharmacie communautaire en Ontario')
        body = f"""{greet('fr', rng, 'Dr ' + md[1])}

Pour {p.given} {p.surname} (congé prévu demain) : l'ordonnance indique {med(c, 'fr')}. {cov}; le patient devra payer et réclamer. Souhaitez-vous que je remette un dépannage de 7 jours?

Aussi, aucune clairance de la créatinine au dossier depuis l'admission pour {dx(c, 'fr')} — pouvez-vous confirmer la dose?

{sig(ph, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Discharge Rx question', f'Rx for {p.surname}', 'Drug coverage - out-of-province pt'])
        cov = ('ODB won\'t reimburse a Quebec pharmacy' if ontarian else 'RAMQ won\'t cover a community pharmacy in Ontario')
        body = f"""{greet('en', rng, 'Dr. ' + md[1])}

Re {p.given} {p.surname}, going home tomorrow: discharge Rx reads {med(c, 'en')}. {cov}, so the patient will have to pay and claim. Do you want me to dispense a 7-day supply from our stock?

Also no CrCl on file since admission for {dx(c, 'en')} - can you confirm the dose?

{sig(ph, hosp, 'en', rng)}"""
    return Mail('pharmacy_question', lang, who(ph, hosp), [who(md, hosp)], subj, body,
                types=T('patient_name', 'medication', 'diagnosis'), note='pharmacist question on discharge prescription')


# 23 -----------------------------------------------------------------------------
def p_lab_followup(w, rng, lang):
    p = w.nam_holder(rng) if rng.random() < 0.5 else w.person(rng, rng.choice(['en', 'fr']), 'ON')
    c = case(rng, p=p, exclude=('radius', 'appy'))
    hosp = rng.choice(['hro', 'cst', 'chaf', 'pcn', 'oecc'])
    a, b = staff(rng, 2, kind='clin')
    extra = rng.choice([('INR 4.6', 'RNI 4,6'), ('K 5.9 mmol/L', 'K 5,9 mmol/L'), ('Hb 82 g/L', 'Hb 82 g/L'),
                        ('HbA1c 9.8%', 'HbA1c 9,8 %'), ('eGFR 24', 'DFGe 24')])
    idshow = rng.random() < 0.5
    if p.nam:
        idstr, idt = (f'NAM {fmt_nam(p.nam, rng.randint(0, 5))}', 'ramq_nam')
    else:
        idstr, idt = (f'HCN {fmt_ohip(p.ohip, p.ohip_vc, rng.randint(0, 6))}', 'ca_health_number')
    if lang == 'fr':
        subj = rng.choice(['Résultat critique à suivre', f'Labo – {p.surname}', 'Résultats reçus après le congé'])
        body = f"""{greet('fr', rng, b[0])}

Résultat reçu après le départ de {name_form(p, 'fr', rng.choice([0, 1, 2, 3]))}{(' (' + idstr + ')') if idshow else ''} : {lab(c, 'fr')}; {extra[1]}.
Contexte : {dx(c, 'fr')}. Le patient est retourné {'en Ontario' if p.ohip else 'à domicile'}; il faut aviser son médecin traitant. Pouvez-vous le joindre au {p.phone}?

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Critical result follow-up', f'Lab f/u - {p.surname}', 'Results back after discharge'])
        body = f"""{greet('en', rng, b[0])}

Result came back after {name_form(p, 'en', rng.choice([0, 1, 2, 3]))}{(' (' + idstr + ')') if idshow else ''} left: {lab(c, 'en')}; {extra[0]}.
Context: {dx(c, 'en')}. Patient is back {'in Ontario' if p.ohip else 'home'}; the family doctor needs to know. Can you reach them at {p.phone}?

{sig(a, hosp, 'en', rng)}"""
    return Mail('lab_followup', lang, who(a, hosp), [who(b, hosp)], subj, body,
                types=T('patient_name', 'lab_result', 'diagnosis', 'patient_contact', idt if idshow else None),
                note='post-discharge lab result follow-up')


# 24 -----------------------------------------------------------------------------
def p_transport_booking(w, rng, lang):
    p = w.nam_holder(rng) if rng.random() < 0.5 else w.person(rng, 'en', 'ON')
    c = case(rng, p=p, exclude=('appy',))
    src, dst = rng.sample(['hro', 'hpe', 'ovgh', 'hpdh', 'crh'], 2)
    a = ('Gabriel', 'Proulx', 'Transfer coordinator', 'Coordonnateur des transferts')
    d = day(rng)
    nam_line = ''
    if p.nam and rng.random() < 0.7:
        nam_line = f', NAM {fmt_nam(p.nam, rng.randint(0, 5))}'
    elif p.ohip and rng.random() < 0.5:
        nam_line = f', {"carte ON" if lang == "fr" else "HCN"} {fmt_ohip(p.ohip, p.ohip_vc, rng.randint(0, 6))}'
    if lang == 'fr':
        subj = rng.choice(['Réservation ambulance interétablissement', 'Transport demain 9 h', 'Demande de transport'])
        body = f"""{greet('fr', rng)}

Merci de réserver un transport ambulancier :
Date : {fmt_date(d, 'fr', 2)}, départ 9 h
De : {INST[src]['fr']}, chambre {rng.randint(100, 450)}
Vers : {INST[dst]['fr']} — {svc(c, 'fr')}
Patient : {p.surname.upper()} {p.given}, DDN {fmt_date(p.dob, 'fr', 1)}{nam_line}
Raison : {proc(c, 'fr')} ({dx(c, 'fr')})
Civière, O2 2 L, aucun isolement.

{sig(a, src, 'fr', rng)}"""
    else:
        subj = rng.choice(['Inter-facility ambulance booking', 'Transport tomorrow 0900', 'Transport request'])
        body = f"""{greet('en', rng)}

Please book a land ambulance:
Date: {fmt_date(d, 'en', 1)}, pick-up 09:00
From: {INST[src]['en']}, room {rng.randint(100, 450)}
To: {INST[dst]['en']} - {svc(c, 'en')}
Patient: {p.given} {p.surname}, DOB {fmt_date(p.dob, 'en', 0)}{nam_line}
Reason: {proc(c, 'en')} ({dx(c, 'en')})
Stretcher, O2 2 L, no isolation.

{sig(a, src, 'en', rng)}"""
    return Mail('transport_booking', lang, who(a, src), [('Dispatch', 'dispatch@ambulance-outaouais.example')], subj, body,
                types=T('patient_name', 'date_of_birth', 'diagnosis',
                        ('ramq_nam' if 'NAM' in nam_line else 'ca_health_number') if nam_line else None),
                note='ambulance booking with patient details')


# 25 -----------------------------------------------------------------------------
def p_youth_protection(w, rng, lang):
    child = w.nam_holder(rng, lambda x: x.dob.year >= 2008) if rng.random() < 0.5 else w.person(rng, rng.choice(['en', 'fr']), 'ON', age=(1, 16))
    hosp = rng.choice(['hro', 'hpe', 'cst', 'hpdh'])
    sw = ('Patrick', 'Lanthier', 'Social worker', 'Travailleur social')
    age = child.age_2024
    inj = rng.choice([('spiral fracture of the left humerus', 'fracture spiroïde de l\'humérus gauche'),
                      ('multiple bruises of different ages', 'ecchymoses multiples d\'âges différents'),
                      ('failure to thrive', 'retard de croissance staturo-pondérale')])
    if child.ohip:
        agency = ('Children\'s Aid Society of the Valley', 'la Société d\'aide à l\'enfance (Ontario)')
    else:
        agency = ('the DPJ (Quebec youth protection)', 'la DPJ de l\'Outaouais')
    if lang == 'fr':
        subj = rng.choice(['Signalement – suivi', 'Enfant hospitalisé – signalement fait', 'Confidentiel: signalement'])
        body = f"""{greet('fr', rng)}

Un signalement a été retenu ce matin pour {child.given} {child.surname} ({age} ans, né{'e' if child.sex == 'F' else ''} le {fmt_date(child.dob, 'fr', 2)}), vu{'e' if child.sex == 'F' else ''} à l'urgence pour {inj[1]}. Le dossier est transféré à {agency[1]} puisque l'enfant réside {'en Ontario' if child.ohip else 'au Québec'}.
La mère est hébergée temporairement chez une tante; le père n'a plus de droits d'accès pour l'instant.

Merci de ne rien transmettre à la famille sans passer par moi.

{sig(sw, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Child protection report - follow-up', 'CAS referral made', 'Confidential - protection report'])
        body = f"""{greet('en', rng)}

A report was made this morning regarding {child.given} {child.surname} (age {age}, DOB {fmt_date(child.dob, 'en', 1)}), seen in ED with {inj[0]}. File transferred to {agency[0]} as the child lives in {'Ontario' if child.ohip else 'Quebec'}.
Mother is staying with an aunt for now; father has no access pending investigation.

Please do not release anything to family without going through me.

{sig(sw, hosp, 'en', rng)}"""
    return Mail('youth_protection', lang, who(sw, hosp), [('Pediatrics / Pédiatrie', f'pediatrie@{INST[hosp]["dom"]}')], subj, body,
                types=T('patient_name', 'date_of_birth', 'diagnosis', 'social_information'),
                note='youth protection report about a named child')


# 26 -----------------------------------------------------------------------------
def p_housing(w, rng, lang):
    p = w.person(rng, rng.choice(['en', 'fr']), 'ON', age=(25, 70))
    c = case(rng, p=p, exclude=('preeclampsia', 'appy'))
    hosp = rng.choice(['hro', 'hpe', 'ovgh'])
    sw = staff(rng, kind='clin')
    out = rng.choice(['pcn', 'oecc'])
    ow = ('Grace', 'Achterberg', 'Community outreach worker', 'Intervenante communautaire')
    sin_line = ''
    if rng.random() < 0.5:
        sin_line = ('\nNAS pour le changement d\'adresse : ' if lang == 'fr' else '\nSIN for the address change: ') + fmt_sin(gen_sin(rng), rng.randint(0, 4))
    if lang == 'fr':
        subj = rng.choice(['Congé complexe – sans domicile fixe', f'Plan de congé {p.surname}', 'Hébergement à trouver'])
        body = f"""{greet('fr', rng, ow[0])}

{p.given} {p.surname} est prêt{'e' if p.sex == 'F' else ''} pour le congé médical ({dx(c, 'fr')}), mais n'a plus de logement depuis son départ de {p.city}. Reçoit Ontario au travail (OW); le chèque est envoyé à une adresse en Ontario qu'il/elle ne peut plus récupérer.
Pouvez-vous voir s'il reste une place au refuge de Gatineau et l'aider pour le changement d'adresse? Un suivi de consommation est aussi souhaité.{sin_line}

{sig(sw, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Complex discharge - NFA', f'Discharge planning {p.surname}', 'Housing needed before d/c'])
        body = f"""{greet('en', rng, ow[0])}

{p.given} {p.surname} is medically ready for discharge ({dx(c, 'en')}) but has no fixed address since leaving {p.city}. On Ontario Works; cheques still go to an Ontario address they can't get to.
Could you check for a shelter bed in Gatineau and help with the address change? Also interested in substance-use follow-up.{sin_line}

{sig(sw, hosp, 'en', rng)}"""
    return Mail('housing', lang, who(sw, hosp), [who(ow, out)], subj, body,
                types=T('patient_name', 'diagnosis', 'social_information', 'ca_sin' if sin_line else None),
                note='homeless Ontario patient, income support, shelter')


# 27 -----------------------------------------------------------------------------
def p_violence(w, rng, lang):
    p = w.nam_holder(rng, lambda x: x.sex == 'F' and 1960 < x.dob.year < 2005) if rng.random() < 0.5 else w.person(rng, rng.choice(['en', 'fr']), 'ON', sex='F', age=(19, 60))
    hosp = rng.choice(['hro', 'hpe', 'hpdh', 'cst'])
    nurse = staff(rng, kind='nurse')
    inj = rng.choice([('facial contusions and a nasal fracture', 'contusions faciales et fracture du nez'),
                      ('strangulation marks', 'marques de strangulation'), ('forearm fracture', 'fracture de l\'avant-bras')])
    addr_known = rng.random() < 0.5
    shelter_city = rng.choice(['Gatineau', 'Shawville', 'Buckingham', 'Ville-Marie'])
    p.street, p.city = f'{rng.randint(10, 990)}, {rng.choice(["rue Laurier", "rue Saint-Joseph", "rue Principale"])}', shelter_city
    if lang == 'fr':
        subj = rng.choice(['Consultation – violence conjugale', 'Ne pas divulguer la présence de la patiente', 'Maison d\'hébergement'])
        left = "l'Ontario" if p.ohip else 'le domicile'
        where = ("Adresse temporaire (maison d'hébergement) : " + p.street + ', ' + p.city +
                 ' – NE PAS INSCRIRE AU DOSSIER ADMINISTRATIF.') if addr_known else "Elle sera orientée vers une maison d'hébergement."
        body = f"""{greet('fr', rng)}

{name_form(p, 'fr', rng.choice([0, 2, 3]))} a été vue cette nuit pour {inj[1]}. Elle rapporte des violences de la part de son conjoint et a quitté {left} avec ses enfants.
{where}
Aucune information sur sa présence ne doit être donnée par téléphone.

{sig(nurse, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['IPV consult', 'Do not disclose - patient safety', 'Shelter referral'])
        body = f"""{greet('en', rng)}

{name_form(p, 'en', rng.choice([0, 2, 3]))} was seen overnight for {inj[0]}. She discloses violence by her partner and left {'Ontario' if p.ohip else 'home'} with her kids.
{'Temporary shelter address: ' + p.street + ', ' + p.city + ' - DO NOT ENTER IN REGISTRATION.' if addr_known else 'She will be referred to a shelter.'}
No information about her presence is to be given out by phone.

{sig(nurse, hosp, 'en', rng)}"""
    return Mail('violence', lang, who(nurse, hosp), [('Social work / Service social', f'servicesocial@{INST[hosp]["dom"]}')], subj, body,
                types=T('patient_name', 'diagnosis', 'social_information', 'patient_contact' if addr_known else None),
                note='intimate partner violence disclosure')


# 28 -----------------------------------------------------------------------------
def p_sin_income(w, rng, lang):
    p = w.person(rng, rng.choice(['en', 'fr']), rng.choice(['ON', 'QC']), age=(25, 64))
    p.sin = gen_sin(rng)
    c = case(rng, p=p, exclude=('appy', 'radius'))
    hosp = rng.choice(['hro', 'pcn', 'oecc', 'hpdh'])
    sw = ('Patrick', 'Lanthier', 'Social worker', 'Travailleur social')
    prog_en = 'ODSP' if p.prov == 'ON' else 'Quebec social solidarity program'
    prog_fr = 'POSPH (Ontario)' if p.prov == 'ON' else 'programme de solidarité sociale'
    sin = fmt_sin(p.sin, rng.randint(0, 4))
    if lang == 'fr':
        subj = rng.choice(['Demande d\'aide financière – documents', f'Formulaire {prog_fr}', 'Suivi dossier aide sociale'])
        body = f"""{greet('fr', rng)}

Je complète la demande au {prog_fr} pour {p.given} {p.surname}.
NAS : {sin}
Date de naissance : {fmt_date(p.dob, 'fr', 0)}
Adresse : {p.street}, {p.city} {p.postal}
Condition médicale limitant l'emploi : {dx(c, 'fr')}

Le rapport médical signé suivra par télécopieur. Revenu actuel : aucun depuis trois mois.

{sig(sw, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Income support application - docs', f'{prog_en} application', 'Re: financial assistance file'])
        body = f"""{greet('en', rng)}

Completing the {prog_en} application for {p.given} {p.surname}.
SIN: {sin}
DOB: {fmt_date(p.dob, 'en', 0)}
Address: {p.street}, {p.city} {p.postal}
Medical condition limiting work: {dx(c, 'en')}

Signed medical report to follow by fax. No income for three months.

{sig(sw, hosp, 'en', rng)}"""
    return Mail('sin_income', lang, who(sw, hosp), [('Intake', 'intake@income-support.example')], subj, body,
                types=T('patient_name', 'ca_sin', 'date_of_birth', 'patient_contact', 'diagnosis', 'social_information'),
                note='income support application with SIN')


# 29 -----------------------------------------------------------------------------
def p_fit_to_fly(w, rng, lang):
    p = w.person(rng, rng.choice(['en', 'fr', 'frn']), rng.choice(['ON', 'QC']), age=(40, 88))
    c = case(rng, p=p, exclude=('preeclampsia', 'psychosis', 'dka'))
    hosp = rng.choice(['hro', 'ovgh', 'chaf'])
    md = staff(rng, kind='md')
    co = rng.choice(['northstar', 'maple', 'boreal', 'eurosecours'])
    if lang == 'fr':
        subj = rng.choice(['Formulaire MEDIF – aptitude au vol', 'Aptitude au vol', f'MEDIF {p.surname}'])
        body = f"""{greet('fr', rng)}

Voici les éléments du MEDIF pour {p.surname.upper()} {p.given} :
- Diagnostic : {dx(c, 'fr')}, date de l'événement {fmt_date(day(rng), 'fr', 0)}
- Médication : {med(c, 'fr')}
- O2 en vol : {rng.choice(['non', '2 L/min', '3 L/min'])}; fauteuil roulant jusqu'à la porte de l'avion
- Apte au vol commercial avec escorte : oui

{sig(md, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['MEDIF - fitness to fly', 'Fit to fly?', f'MEDIF for {p.surname}'])
        body = f"""{greet('en', rng)}

MEDIF items for {p.given} {p.surname}:
- Diagnosis: {dx(c, 'en')}, event date {fmt_date(day(rng), 'en', 0)}
- Medications: {med(c, 'en')}
- In-flight O2: {rng.choice(['no', '2 L/min', '3 L/min'])}; wheelchair to aircraft door
- Fit for commercial flight with escort: yes

{sig(md, hosp, 'en', rng)}"""
    return Mail('fit_to_fly', lang, who(md, hosp), [(COMPANIES[co]['name'], f'medical@{COMPANIES[co]["dom"]}')], subj, body,
                types=T('patient_name', 'diagnosis', 'medication'), note='fitness-to-fly report for assistance company')


# 30 -----------------------------------------------------------------------------
def p_snowbird(w, rng, lang):
    p = w.nam_holder(rng, lambda x: x.age_2024 >= 50)
    c = case(rng, p=p, exclude=('preeclampsia', 'psychosis', 'appy', 'dka'))
    hosp = rng.choice(['hro', 'cst', 'chaf', 'pcn'])
    nurse = ('Colette', 'Aubry', 'Nurse navigator', 'Infirmière pivot')
    md = staff(rng, exclude=('Aubry',), kind='md')
    state = rng.choice(['Floride', 'Arizona', 'Texas']) if lang == 'fr' else rng.choice(['Florida', 'Arizona', 'Texas'])
    nam = fmt_nam(p.nam, rng.randint(0, 5))
    if lang == 'fr':
        subj = rng.choice(['Retour de la Floride – suivi à organiser', f'Rapatrié – {p.surname}', 'Suivi post-hospitalisation hors Canada'])
        body = f"""{greet('fr', rng, 'Dr ' + md[1])}

{name_form(p, 'fr', rng.choice([0, 2, 8]))} (NAM {nam}) est revenu{'e' if p.sex == 'F' else ''} hier par vol sanitaire après une hospitalisation en {state} pour {dx(c, 'fr')}. La famille nous a remis le résumé en anglais.
Médication au retour : {med(c, 'fr')}.
La RAMQ remboursera seulement une partie des frais; la famille a été dirigée vers l'assureur voyage.

Pouvez-vous la/le voir d'ici 7 jours?

{sig(nurse, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Back from Florida - needs follow-up', f'Repatriated patient {p.surname}', 'Post-hospitalisation outside Canada'])
        body = f"""{greet('en', rng, 'Dr. ' + md[1])}

{name_form(p, 'en', rng.choice([0, 2, 8]))} (RAMQ {nam}) flew home yesterday by air ambulance after a hospital stay in {state} for {dx(c, 'en')}. Family brought the US discharge summary.
Meds on return: {med(c, 'en')}.
RAMQ will only reimburse part of the US bill; family referred to their travel insurer.

Can you see them within 7 days?

{sig(nurse, hosp, 'en', rng)}"""
    return Mail('snowbird_return', lang, who(nurse, hosp), [who(md, hosp)], subj, body,
                types=T('patient_name', 'ramq_nam', 'diagnosis', 'medication'), note='Quebec snowbird back after US hospitalisation')


# 31 -----------------------------------------------------------------------------
def p_dialysis_travel(w, rng, lang):
    p = w.person(rng, rng.choice(['en', 'fr']), 'ON', age=(35, 85))
    hosp = rng.choice(['hro', 'cst', 'chaf'])
    home = rng.choice(['ovgh', 'tshc', 'crh'])
    neph = ('Nicole', 'Stanfield', 'Nephrologist', 'Néphrologue')
    coord = staff(rng, exclude=('Stanfield',), kind='nurse')
    d = day(rng)
    hb = rng.choice(['HBsAg negative, anti-HBs 54 IU/L', 'HBsAg negative, anti-HBs < 10 (non-immune)'])
    hb_fr = hb.replace('negative', 'négatif').replace('non-immune', 'non immun')
    if lang == 'fr':
        subj = rng.choice(['Dialyse de vacances – demande de places', 'Hémodialyse visiteur', f'Dialyse {p.surname}'])
        body = f"""{greet('fr', rng, coord[0])}

Notre patient(e) {p.given} {p.surname}, carte Santé Ontario {fmt_ohip(p.ohip, p.ohip_vc, rng.randint(0, 6))}, sera au chalet à partir du {fmt_date(d, 'fr', 2)} et aurait besoin de 6 séances d'hémodialyse (lun-mer-ven).
Diagnostic : IRC terminale sur néphropathie diabétique. Poids sec 71,5 kg. Accès : FAV bras gauche.
Sérologies : {hb_fr}; SARM négatif.

{sig(neph, home, 'fr', rng)}"""
    else:
        subj = rng.choice(['Holiday dialysis request', 'Visitor haemodialysis', f'Dialysis spots for {p.surname}'])
        body = f"""{greet('en', rng, coord[0])}

Our patient {p.given} {p.surname}, Ontario HCN {fmt_ohip(p.ohip, p.ohip_vc, rng.randint(0, 6))}, will be at the cottage from {fmt_date(d, 'en', 1)} and needs 6 haemodialysis runs (M/W/F).
Dx: ESRD secondary to diabetic nephropathy. Dry weight 71.5 kg. Access: left arm AVF.
Serology: {hb}; MRSA screen negative.

{sig(neph, home, 'en', rng)}"""
    return Mail('dialysis_travel', lang, who(neph, home), [who(coord, hosp)], subj, body,
                types=T('patient_name', 'ca_health_number', 'diagnosis', 'lab_result'), note='travel dialysis request for Ontario patient')


# 32 -----------------------------------------------------------------------------
def p_prenatal(w, rng, lang):
    p = w.person(rng, rng.choice(['en', 'fr']), rng.choice(['ON', 'QC']), sex='F', age=(19, 42))
    c = _case('preeclampsia')
    src = rng.choice(['hpe', 'cst', 'hpdh', 'tshc'])
    dst = rng.choice(['ovgh', 'hro'])
    ob = ('Lina', 'Rahimi', 'Obstetrician', 'Obstétricienne')
    nurse = staff(rng, exclude=('Rahimi',), kind='nurse')
    idt = None
    idstr = ''
    if p.ohip and rng.random() < 0.6:
        idstr, idt = f' — carte ON {fmt_ohip(p.ohip, p.ohip_vc, 0)}' if lang == 'fr' else f' - ON HCN {fmt_ohip(p.ohip, p.ohip_vc, 0)}', 'ca_health_number'
    if lang == 'fr':
        subj = rng.choice(['Transfert obstétrical', 'G2P1 34 sem – transfert', 'Transfert in utero'])
        body = f"""{greet('fr', rng, 'Dre ' + ob[1])}

Suite à notre appel : {p.given} {p.surname}, {p.age_2024} ans{idstr}, G2P1, {dx(c, 'fr')}.
TA 164/108, {lab(c, 'fr')}. Reçu : {med(c, 'fr')}; première dose de bétaméthasone à 11 h.
Transport prévu à 14 h vers votre unité des naissances.

{sig(nurse, src, 'fr', rng)}"""
    else:
        subj = rng.choice(['Obstetric transfer', 'G2P1 34/40 transfer', 'In-utero transfer'])
        body = f"""{greet('en', rng, 'Dr. ' + ob[1])}

Further to our call: {p.given} {p.surname}, {p.age_2024} y/o{idstr}, G2P1, {dx(c, 'en')}.
BP 164/108, {lab(c, 'en')}. Given {med(c, 'en')}; first betamethasone dose at 11:00.
Transport leaves at 14:00 for your birthing unit.

{sig(nurse, src, 'en', rng)}"""
    return Mail('prenatal_transfer', lang, who(nurse, src), [who(ob, dst)], subj, body,
                types=T('patient_name', 'diagnosis', 'lab_result', 'medication', idt), note='obstetric transfer across the border')


# 33 -----------------------------------------------------------------------------
def p_mental_health(w, rng, lang):
    p = w.person(rng, rng.choice(['en', 'fr']), 'ON', age=(18, 55))
    c = _case('psychosis')
    hosp = rng.choice(['hro', 'hpe'])
    psy = ('Vincent', 'Désilets', 'Psychiatrist', 'Psychiatre')
    dst = rng.choice(['ovgh', 'hpdh'])
    other = staff(rng, exclude=('Désilets',), kind='md')
    if lang == 'fr':
        subj = rng.choice(['Transfert en psychiatrie – patient ontarien', 'Garde préventive – retour en Ontario'])
        body = f"""{greet('fr', rng)}

{p.given} {p.surname} ({fmt_date(p.dob, 'fr', 0)}), résident{'e' if p.sex == 'F' else ''} de {p.city}, est sous garde préventive depuis hier : {dx(c, 'fr')}, idées délirantes de persécution, pas d'autocritique. {lab(c, 'fr').capitalize()}.
Nous souhaitons un transfert vers son secteur en Ontario; une ordonnance de garde québécoise ne s'applique pas là-bas, il faudra un Formulaire 1 à l'arrivée.
Médication : {med(c, 'fr')}.

{sig(psy, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Psychiatry transfer - Ontario resident', 'Repatriation to home catchment (mental health)'])
        body = f"""{greet('en', rng)}

{p.given} {p.surname} (DOB {fmt_date(p.dob, 'en', 0)}) from {p.city} has been held under a Quebec preventive-detention order since yesterday: {dx(c, 'en')}, persecutory delusions, no insight. {lab(c, 'en').capitalize()}.
We'd like to transfer to the home catchment in Ontario; the Quebec order doesn't carry over, so a Form 1 will be needed on arrival.
Meds: {med(c, 'en')}.

{sig(psy, hosp, 'en', rng)}"""
    return Mail('mental_health', lang, who(psy, hosp), [who(other, dst)], subj, body,
                types=T('patient_name', 'date_of_birth', 'diagnosis', 'lab_result', 'medication'),
                note='psychiatric transfer of an Ontario resident')


# 34 -----------------------------------------------------------------------------
def p_deceased(w, rng, lang):
    p = w.person(rng, rng.choice(['en', 'fr', 'frn']), rng.choice(['ON', 'QC']), age=(55, 90))
    c = rng.choice([_case('nstemi'), _case('stroke'), _case('pe'), _case('concussion')])
    hosp = rng.choice(['hro', 'cst', 'chaf', 'hpe'])
    a = staff(rng, kind='clerk')
    co = rng.choice(['northstar', 'boreal', 'eurosecours', 'maple'])
    d = day(rng)
    if lang == 'fr':
        subj = rng.choice(['Rapatriement de dépouille', 'Décès d\'un assuré – documents', 'Certificat de décès demandé'])
        body = f"""{greet('fr', rng)}

Nous vous confirmons le décès de {p.given} {p.surname}, survenu le {fmt_date(d, 'fr', 2)} dans notre établissement. Cause immédiate inscrite au bulletin : {dx(c, 'fr')}.
Le salon funéraire de {INST[hosp]['city']} attend votre autorisation pour le rapatriement. La famille demande une copie du constat de décès.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Repatriation of remains', 'Death of insured - documents', 'Death certificate request'])
        body = f"""{greet('en', rng)}

We confirm that {p.given} {p.surname} passed away on {fmt_date(d, 'en', 1)} at our hospital. Immediate cause on the certificate: {dx(c, 'en')}.
The funeral home in {INST[hosp]['city']} is waiting for your authorisation to repatriate. The family asked for a copy of the death record.

{sig(a, hosp, 'en', rng)}"""
    return Mail('deceased', lang, who(a, hosp), [(COMPANIES[co]['name'], f'cases@{COMPANIES[co]["dom"]}')], subj, body,
                types=T('patient_name', 'diagnosis'), note='death of a traveller and repatriation of remains')


# 35 -----------------------------------------------------------------------------
def p_appt_reminder(w, rng, lang):
    p = w.person(rng, rng.choice(['en', 'fr']), 'ON', age=(20, 85))
    c = case(rng, p=p, exclude=('psychosis', 'preeclampsia'))
    hosp = rng.choice(['hro', 'hpe', 'cst', 'pcn', 'oecc'])
    clerk = staff(rng, kind='clerk')
    d = day(rng)
    hcn = fmt_ohip(p.ohip, p.ohip_vc, rng.randint(0, 6))
    tt = f'{title(p, lang)} {p.surname}' if title_ok(p) else f'{p.given} {p.surname}'
    if lang == 'fr':
        subj = rng.choice(['Rappel de rendez-vous', 'Votre rendez-vous de suivi', 'Confirmation de rendez-vous'])
        body = f"""Bonjour {tt},

Nous vous rappelons votre rendez-vous de suivi pour {dx(c, 'fr')} le {fmt_date(d, 'fr', 2)} à {rng.randint(8, 15)} h 30 ({proc(c, 'fr')}).
Comme vous résidez en Ontario, apportez votre carte santé ({hcn}) : la version doit être valide, sinon des frais pourraient vous être facturés.

{sig(clerk, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Appointment reminder', 'Your follow-up appointment', 'Appointment confirmation'])
        body = f"""Dear {tt},

This is a reminder of your follow-up for {dx(c, 'en')} on {fmt_date(d, 'en', 1)} at {rng.randint(8, 15)}:30 ({proc(c, 'en')}).
As an Ontario resident, please bring your health card ({hcn}); the version code must be current or fees may apply.

{sig(clerk, hosp, 'en', rng)}"""
    return Mail('appt_reminder', lang, who(clerk, hosp), [(f'{p.given} {p.surname}', p.email)], subj, body,
                types=T('patient_name', 'diagnosis', 'ca_health_number', 'patient_contact'), note='appointment reminder to patient with health card number')


# 36 -----------------------------------------------------------------------------
def p_obfuscated(w, rng, lang):
    p = w.nam_holder(rng)
    c = case(rng, p=p)
    hosp = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    a, b = staff(rng, 2, kind='hosp')
    variant = rng.choice(['name_nam', 'nam_only', 'mrn_only'])
    style = rng.choice([3, 5, 6, 7, 8])
    nam = fmt_nam(p.nam, style)
    nm = rng.choice([p.surname.lower(), f'{p.given[0].lower()}. {p.surname.lower()}', f'{p.surname.upper()} {p.given[0]}.'])
    mrn_digits = ''.join(ch for ch in p.mrn if ch.isdigit())
    odd_mrn = rng.choice([' '.join(mrn_digits[i:i + 2] for i in range(0, len(mrn_digits), 2)), fullwidth(mrn_digits),
                          '/'.join([mrn_digits[:3], mrn_digits[3:]])])
    if lang == 'fr':
        subj = rng.choice(['question rapide', 'à vérifier svp', 'dossier incomplet'])
        if variant == 'name_nam':
            core = f"peux-tu vérifier le nam de {nm} : {nam} — l'admission dit que la carte est expirée. ici pour {dx(c, 'fr')}, dossier {p.mrn}."
        elif variant == 'nam_only':
            core = f"la RAMQ refuse le nam {nam} (carte expirée?). c'est pour le séjour en {svc(c, 'fr')} – {dx(c, 'fr')}. peux-tu rappeler la famille?"
        else:
            core = f"le dossier {odd_mrn} n'a pas de consentement signé pour {proc(c, 'fr')} ({dx(c, 'fr')}). peux-tu monter le faire signer?"
        body = f"allo {b[0].lower()},\n\n{core}\n\nmerci\n{a[0].lower()}"
    else:
        subj = rng.choice(['quick q', 'pls check', 'card issue'])
        if variant == 'name_nam':
            core = f"can u check the nam for {nm}: {nam} - admitting says card expired. here for {dx(c, 'en')}, chart {p.mrn}."
        elif variant == 'nam_only':
            core = f"RAMQ bounced nam {nam} (expired card?). it's for the {svc(c, 'en')} stay - {dx(c, 'en')}. can u call the family?"
        else:
            core = f"chart {odd_mrn} has no signed consent for the {proc(c, 'en')} ({dx(c, 'en')}). can u go up and get it signed?"
        body = f"hey {b[0].lower()},\n\n{core}\n\nty\n{a[0].lower()}"
    types = {'name_nam': T('ramq_nam', 'patient_name', 'diagnosis', 'mrn'), 'nam_only': T('ramq_nam', 'diagnosis'),
             'mrn_only': T('mrn', 'diagnosis')}[variant]
    return Mail('obfuscated_ids', lang, who(a, hosp), [who(b, hosp)], subj, body, charset='utf-8',
                types=types, note='identifier written with odd separators or full-width digits')


# 37 -----------------------------------------------------------------------------
def p_lowercase_chat(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'hpdh', 'crh'])
    a, b = staff(rng, 2, kind='clin')
    ps = [w.person(rng, rng.choice(['en', 'fr']), 'ON') for _ in range(2)] + [w.nam_holder(rng)]
    cs = [case(rng, p=q) for q in ps]
    if lang == 'fr':
        lines = [f'{p.surname.lower()} {p.given.lower()} – {dx(c, "fr")}' for p, c in zip(ps, cs)]
        subj, body = 'urgence – qui reste', f"ok pour ce matin :\n\n" + '\n'.join(lines) + f"\n\nle reste est parti.\n{a[0].lower()}"
    else:
        lines = [f'{p.surname.lower()} {p.given.lower()} - {dx(c, "en")}' for p, c in zip(ps, cs)]
        subj, body = 'ed - who is left', "ok for this am:\n\n" + '\n'.join(lines) + f"\n\nrest are gone\n{a[0].lower()}"
    return Mail('lowercase_chat', lang, who(a, hosp), [who(b, hosp)], subj, body,
                types=T('patient_name', 'diagnosis'), note='lower-case names with problems in a terse note')


BUILDERS = {
    'pharmacy_question': p_pharmacy, 'lab_followup': p_lab_followup, 'transport_booking': p_transport_booking,
    'youth_protection': p_youth_protection, 'housing': p_housing, 'violence': p_violence, 'sin_income': p_sin_income,
    'fit_to_fly': p_fit_to_fly, 'snowbird_return': p_snowbird, 'dialysis_travel': p_dialysis_travel,
    'prenatal_transfer': p_prenatal, 'mental_health': p_mental_health, 'deceased': p_deceased,
    'appt_reminder': p_appt_reminder, 'obfuscated_ids': p_obfuscated, 'lowercase_chat': p_lowercase_chat,
}
