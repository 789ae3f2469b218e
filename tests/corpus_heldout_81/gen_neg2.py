"""Negative builders, part 2: clinical-sounding but non-identifying mail."""
import datetime

from gen_common import INST, COMPANIES, STAFF, staff, staff_addr, fmt_date
from gen_mime import Mail, Attachment
from gen_text import CASES, case, dx, med, lab, proc, svc, greet, closing, sig, disclaimer, day, dt
from gen_pos1 import who, XLSX, DOCX
from gen_neg1 import _luhn10
import gen_attach as A


# 13 ------------------------------------------------------------------------------
def n_teaching_case(w, rng, lang):
    hosp = rng.choice(list(INST))
    a = staff(rng, kind='md')
    c = case(rng)
    age = rng.randint(22, 88)
    d = day(rng)
    if lang == 'fr':
        subj = rng.choice(['Club de lecture – cas clinique', 'Cas de la semaine (anonymisé)', 'Tournée clinique de jeudi'])
        body = f"""{greet('fr', rng)}

Pour la tournée du {fmt_date(d, 'fr', 2)} : un{'e' if rng.random() < 0.5 else ''} patient(e) de {age} ans, touriste de passage, se présente à l'urgence d'un petit hôpital frontalier. Le diagnostic final est {dx(c, 'fr')}.

Questions à préparer :
1. Quels critères justifient un transfert interprovincial plutôt qu'une prise en charge locale?
2. Quel est le traitement initial ({med(c, 'fr')}) et quelles sont les contre-indications?
3. Comment interpréter {lab(c, 'fr')} dans ce contexte?

Tous les éléments identifiants ont été retirés.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Journal club - case discussion', 'Case of the week (de-identified)', 'Thursday rounds'])
        body = f"""{greet('en', rng)}

For rounds on {fmt_date(d, 'en', 1)}: a {age}-year-old visitor presents to a small border hospital ED. Final diagnosis: {dx(c, 'en')}.

Questions to prepare:
1. What criteria justify an interprovincial transfer rather than local management?
2. Initial treatment ({med(c, 'en')}) - contraindications?
3. How do you interpret {lab(c, 'en')} here?

All identifiers removed.

{sig(a, hosp, 'en', rng)}"""
    return Mail('teaching_case', lang, who(a, hosp), [('Résidents / Residents', f'residents@{INST[hosp]["dom"]}')], subj, body,
                note='anonymised teaching case')


# 14 ------------------------------------------------------------------------------
def n_conference(w, rng, lang):
    hosp = rng.choice(list(INST))
    org = staff(rng, kind='hosp')
    sp = staff(rng, 4, kind='clin')
    topics_en = ['Air medical transport in northern Ontario and Quebec', 'Snowmobile trauma: lessons from the border',
                 'Repatriation of international travellers: who pays?', 'Heart failure clinics for rural patients',
                 'Serving English-speaking communities in the Outaouais', 'Out-of-province billing pitfalls']
    topics_fr = ['Transport aérien médical dans le nord', 'Traumatologie en motoneige : leçons de la frontière',
                 'Rapatriement des voyageurs internationaux : qui paie?', 'Cliniques d\'insuffisance cardiaque en région',
                 'Servir les communautés d\'expression anglaise en Outaouais', 'Pièges de la facturation hors province']
    tops = rng.sample(topics_fr if lang == 'fr' else topics_en, 4)
    d = day(rng)
    prog = '\n'.join(f'{9 + i}:{rng.choice(["00", "30"])}  {t} — {s[0]} {s[1]}, {s[3] if lang == "fr" else s[2]}' for i, (t, s) in enumerate(zip(tops, sp)))
    if lang == 'fr':
        subj = rng.choice(['Programme – Journée régionale des soins interprovinciaux', 'Colloque frontalier : programme final'])
        body = f"""{greet('fr', rng)}

Voici le programme de la journée du {fmt_date(d, 'fr', 2)} (auditorium, {INST[hosp]['city']}) :

{prog}

Dîner sur place. 5 heures de formation reconnues.

{sig(org, hosp, 'fr', rng)}"""
    else:
        subj = rng.choice(['Programme - Regional Interprovincial Care Day', 'Border health symposium: final programme'])
        body = f"""{greet('en', rng)}

Programme for {fmt_date(d, 'en', 1)} (auditorium, {INST[hosp]['city']}):

{prog}

Lunch provided. 5 accredited hours.

{sig(org, hosp, 'en', rng)}"""
    atts = []
    if rng.random() < 0.4:
        atts.append(Attachment('programme.pdf', A.pdf('Programme', ['# Programme'] + prog.split('\n')), 'application/pdf'))
    return Mail('conference', lang, who(org, hosp), [('Liste de diffusion', f'colloque@{INST[hosp]["dom"]}')], subj, body,
                attachments=atts, note='conference programme with speakers and topics')


# 15 ------------------------------------------------------------------------------
def n_physician_directory(w, rng, lang):
    hosp = rng.choice(['ovgh', 'hro', 'pcn', 'oecc'])
    a = staff(rng, kind='clerk')
    docs = [s for s in STAFF if s[2] in ('Cardiologist', 'Nephrologist', 'Obstetrician', 'Psychiatrist', 'Orthopaedic surgeon',
                                          'Internist', 'Family physician', 'Hospitalist')]
    spec = {'Nadia': ('heart failure and atrial fibrillation', 'insuffisance cardiaque et fibrillation auriculaire'),
            'Nicole': ('chronic kidney disease and dialysis', 'insuffisance rénale chronique et dialyse'),
            'Lina': ('high-risk pregnancy, pre-eclampsia', 'grossesse à risque, prééclampsie'),
            'Vincent': ('early psychosis', 'premiers épisodes psychotiques'),
            'François': ('hip and knee fractures', 'fractures de la hanche et du genou'),
            'Hélène': ('diabetes and complex medicine', 'diabète et médecine complexe'),
            'Isabel': ('family medicine, English-speaking patients', 'médecine familiale, patientèle anglophone'),
            'Anjali': ('inpatient medicine', 'médecine hospitalière')}
    lines = [f'- Dr {d[0]} {d[1]} — {spec[d[0]][1 if lang == "fr" else 0]}' for d in docs]
    if lang == 'fr':
        subj, body = 'Répertoire des cliniques spécialisées – mise à jour', f"{greet('fr', rng)}\n\nPour orienter les patients de l'Ontario et du Pontiac, voici qui fait quoi :\n\n" + '\n'.join(lines) + f"\n\nLes références passent par le guichet central (819-555-0110, option 3).\n\n{sig(a, hosp, 'fr', rng)}"
    else:
        subj, body = 'Specialty clinic directory - update', f"{greet('en', rng)}\n\nTo help route patients from Ontario and the Pontiac, here is who does what:\n\n" + '\n'.join(lines) + f"\n\nReferrals go through central intake (819-555-0110, option 3).\n\n{sig(a, hosp, 'en', rng)}"
    return Mail('physician_directory', lang, who(a, hosp), [('Cliniques / Clinics', f'cliniques@{INST[hosp]["dom"]}')], subj, body,
                note='physicians listed with diseases they treat')


# 16 ------------------------------------------------------------------------------
def n_drug_shortage(w, rng, lang):
    hosp = rng.choice(list(INST))
    ph = ('Samuel', 'Kwan', 'Pharmacist', 'Pharmacien')
    drug = rng.choice([('cefazolin 1 g vials', 'céfazoline 1 g fiole', 'cefuroxime', 'céfuroxime'),
                       ('salbutamol MDI 100 mcg', 'salbutamol aérosol 100 mcg', 'terbutaline Turbuhaler', 'terbutaline Turbuhaler'),
                       ('enoxaparin 40 mg syringes', 'énoxaparine 40 mg seringues', 'dalteparin 5000 units', 'daltéparine 5000 unités'),
                       ('furosemide 10 mg/mL injection', 'furosémide 10 mg/mL injectable', 'bumetanide', 'bumétanide')])
    lot = f'{rng.choice("ABCDEFGHJK")}{rng.randint(10000, 99999)}'
    if lang == 'fr':
        subj = f'Pénurie – {drug[1]}'
        body = f"""{greet('fr', rng)}

Le fournisseur nous avise d'une rupture de {drug[1]} (lot {lot} et suivants) pour environ {rng.randint(3, 10)} semaines.
Substitution recommandée par le comité de pharmacologie : {drug[3]}, selon l'ordonnance collective révisée.
Les unités de soins ne doivent pas faire de réserves locales.

{sig(ph, hosp, 'fr', rng)}"""
    else:
        subj = f'Shortage - {drug[0]}'
        body = f"""{greet('en', rng)}

The supplier has notified us of a backorder on {drug[0]} (lot {lot} onward) for about {rng.randint(3, 10)} weeks.
P&T recommends substituting {drug[2]} per the revised medical directive.
Units should not stockpile.

{sig(ph, hosp, 'en', rng)}"""
    return Mail('drug_shortage', lang, who(ph, hosp), [('Unités de soins', f'unites@{INST[hosp]["dom"]}')], subj, body,
                note='drug shortage notice')


# 17 ------------------------------------------------------------------------------
def n_supplier_recall(w, rng, lang):
    hosp = rng.choice(list(INST))
    buyer = ('Raphaël', 'Lévesque-Ward', 'Purchasing agent', 'Agent d\'approvisionnement')
    dev = rng.choice([('Infusion pump model VP-300', 'Pompe à perfusion VP-300'), ('Transport ventilator TV-2', 'Ventilateur de transport TV-2'),
                      ('Glucometer strips GS-50', 'Bandelettes de glycémie GS-50'), ('AED pads adult', 'Électrodes DEA adulte')])
    serials = [_luhn10(rng) for _ in range(rng.randint(3, 6))]
    lots = [f'{rng.choice(["LT", "KX", "MQ"])}{rng.randint(2023, 2024)}{rng.randint(100, 999)}' for _ in range(3)]
    if lang == 'fr':
        subj = f'AVIS DE RAPPEL – {dev[1]}'
        body = f"""{greet('fr', rng)}

Le fabricant rappelle {dev[1]} (risque d'interruption de la perfusion / de l'alarme).
Numéros de série touchés dans notre parc :
{chr(10).join('  S/N ' + s for s in serials)}
Lots : {', '.join(lots)}

Retirer les appareils, apposer l'étiquette « hors service » et aviser le génie biomédical (poste 4410). Aucun incident patient rapporté chez nous.

{sig(buyer, hosp, 'fr', rng)}"""
    else:
        subj = f'RECALL NOTICE - {dev[0]}'
        body = f"""{greet('en', rng)}

The manufacturer is recalling {dev[0]} (risk of interrupted infusion / alarm failure).
Affected serial numbers in our fleet:
{chr(10).join('  S/N ' + s for s in serials)}
Lots: {', '.join(lots)}

Remove from service, tag "out of order" and call biomedical engineering (ext. 4410). No patient incidents reported here.

{sig(buyer, hosp, 'en', rng)}"""
    return Mail('supplier_recall', lang, who(buyer, hosp), [('Chefs d\'unité / Unit managers', f'chefs@{INST[hosp]["dom"]}')], subj, body,
                note='device recall with serial numbers passing Luhn')


# 18 ------------------------------------------------------------------------------
def n_formulary(w, rng, lang):
    hosp = rng.choice(list(INST))
    ph = ('Samuel', 'Kwan', 'Pharmacist', 'Pharmacien')
    if lang == 'fr':
        subj, body = 'Mise à jour du formulaire', f"""{greet('fr', rng)}

Décisions du comité de pharmacologie :
• Ajout : apixaban 2,5 mg et 5 mg (fibrillation auriculaire, TVP/EP).
• Retrait : ranitidine (toutes formes).
• Restreint : ceftriaxone 2 g — infectiologie ou urgence seulement.
• Insuline glargine biosimilaire devient l'option par défaut.

Rappel : les patients de l'Ontario ne sont pas couverts par la RAMQ pour les médicaments au congé.

{sig(ph, hosp, 'fr', rng)}"""
    else:
        subj, body = 'Formulary update', f"""{greet('en', rng)}

P&T decisions:
* Added: apixaban 2.5 mg and 5 mg (atrial fibrillation, DVT/PE).
* Removed: ranitidine (all forms).
* Restricted: ceftriaxone 2 g - ID or ED only.
* Biosimilar insulin glargine becomes the default.

Reminder: Ontario patients are not covered by RAMQ for discharge medications.

{sig(ph, hosp, 'en', rng)}"""
    return Mail('formulary', lang, who(ph, hosp), [('Médecins / Physicians', f'medecins@{INST[hosp]["dom"]}')], subj, body,
                note='formulary update')


# 19 ------------------------------------------------------------------------------
def n_infection_bulletin(w, rng, lang):
    hosp = rng.choice(list(INST))
    a = ('Yasmine', 'Belkacem', 'Clinical nurse specialist', 'Infirmière clinicienne spécialisée')
    n_flu, n_rsv, n_cdiff = rng.randint(4, 60), rng.randint(2, 30), rng.randint(0, 6)
    room = f'{rng.randint(2, 5)}-{rng.randint(1, 30):02d}'
    if lang == 'fr':
        subj, body = 'Bulletin PCI – semaine', f"""{greet('fr', rng)}

Cas hospitalisés cette semaine : influenza {n_flu}, VRS {n_rsv}, C. difficile {n_cdiff}.
Éclosion terminée à l'unité 3 Est. Précautions contact maintenues à la chambre {room} jusqu'à avis contraire (nettoyage terminal demandé).
Les visiteurs de l'Ontario sont soumis aux mêmes consignes.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = 'IPAC weekly bulletin', f"""{greet('en', rng)}

Admitted cases this week: influenza {n_flu}, RSV {n_rsv}, C. difficile {n_cdiff}.
Outbreak on 3 East declared over. Contact precautions stay on room {room} until further notice (terminal clean requested).
Visitors from Ontario follow the same rules.

{sig(a, hosp, 'en', rng)}"""
    return Mail('infection_bulletin', lang, who(a, hosp), [('Tous / All', f'tous@{INST[hosp]["dom"]}')], subj, body,
                note='infection control bulletin with counts and a room number only')


# 20 ------------------------------------------------------------------------------
def n_research_protocol(w, rng, lang):
    hosp = rng.choice(['ovgh', 'hro'])
    a = staff(rng, kind='md')
    n = rng.randint(80, 400)
    if lang == 'fr':
        subj, body = 'Protocole – transferts interprovinciaux (soumission CER)', f"""{greet('fr', rng)}

Ci-joint la version 2.1 du protocole « Délais de transfert interprovincial et issues cliniques chez les patients avec STEMI ».
Devis : cohorte rétrospective, {n} dossiers attendus; données dépersonnalisées par l'archiviste avant extraction.
Critères d'inclusion : ≥ 18 ans, transfert entre 2019 et 2023. Aucun participant n'est encore recruté.

{sig(a, hosp, 'fr', rng)}"""
        fn, title_ = 'protocole_délais_transfert_v2.1.docx', 'Protocole de recherche v2.1'
    else:
        subj, body = 'Protocol - interprovincial transfers (REB submission)', f"""{greet('en', rng)}

Attached is v2.1 of the protocol "Interprovincial transfer times and outcomes in STEMI".
Design: retrospective cohort, ~{n} charts; data de-identified by health records before extraction.
Inclusion: age ≥ 18, transferred 2019-2023. No participants enrolled yet.

{sig(a, hosp, 'en', rng)}"""
        fn, title_ = 'protocol_v2.1.docx', 'Research protocol v2.1'
    doc = A.docx_file(title_, ['# Objectifs / Objectives', 'Mesurer les délais porte-à-ballon. / Measure door-to-balloon times.',
                               '# Méthodes / Methods', 'Cohorte rétrospective / Retrospective cohort.'])
    return Mail('research_protocol', lang, who(a, hosp), [('CER / REB', f'cer@{INST[hosp]["dom"]}')], subj, body,
                attachments=[Attachment(fn, doc, DOCX)], note='research protocol without participants')


# 21 ------------------------------------------------------------------------------
def n_medevac_procedure(w, rng, lang):
    co = rng.choice(['aeromedic', 'northwing'])
    a = ('Devon', 'Ashcroft', 'Medical director, air medical', 'Directeur médical, transport aérien')
    hosp = rng.choice(['cst', 'chaf', 'tshc', 'hpe'])
    if lang == 'fr':
        subj, body = 'Procédure révisée – demande de transport aérien', f"""{greet('fr', rng)}

À compter du 1er du mois, toute demande doit inclure : établissement demandeur, service receveur confirmé, poids, besoins en O2, pompes en cours et isolement.
Les patients sous ventilation mécanique exigent un inhalothérapeute à bord.
Piste de {INST[hosp]['city']} : non éclairée — vols de nuit limités aux priorités 1.

Les informations cliniques doivent passer par la ligne de régulation ({COMPANIES[co]['tel']}), pas par courriel.

{sig(a, co, 'fr', rng)}"""
    else:
        subj, body = 'Revised procedure - air transfer requests', f"""{greet('en', rng)}

Effective the 1st, every request must include: sending site, confirmed accepting service, weight, O2 needs, running infusions and isolation.
Ventilated patients require an RT on board.
{INST[hosp]['city']} airstrip is unlit - night flights limited to priority 1.

Clinical details go through the dispatch line ({COMPANIES[co]['tel']}), not e-mail.

{sig(a, co, 'en', rng)}"""
    return Mail('medevac_procedure', lang, who(a, co), [('Urgences régionales', f'urgence@{INST[hosp]["dom"]}')], subj, body,
                note='medevac dispatch procedure')


# 22 ------------------------------------------------------------------------------
def n_repatriation_protocol(w, rng, lang):
    hosp = rng.choice(list(INST))
    a = ('Patrick', 'Lanthier', 'Social worker', 'Travailleur social')
    if lang == 'fr':
        subj, body = 'Marche à suivre – patients étrangers et rapatriement', f"""{greet('fr', rng)}

Rappel de la marche à suivre lorsqu'un voyageur étranger (France, Belgique, États-Unis…) est admis :
1. Photocopier le passeport et la carte de l'assureur; ne jamais transmettre le numéro de sécurité sociale étranger par courriel non chiffré.
2. Aviser la compagnie d'assistance dans les 24 h.
3. Le rapatriement est décidé par le médecin traitant et le médecin-conseil de l'assureur.
4. En cas de décès, le service social coordonne avec le consulat et le salon funéraire.

Gabarit de lettre en pièce jointe.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = 'How-to - foreign patients and repatriation', f"""{greet('en', rng)}

Reminder of the steps when a foreign traveller (France, Belgium, US...) is admitted:
1. Copy the passport and insurer card; never send a foreign social security number by unencrypted e-mail.
2. Notify the assistance company within 24 h.
3. Repatriation is decided by the attending and the insurer's medical officer.
4. In case of death, social work coordinates with the consulate and funeral home.

Letter template attached.

{sig(a, hosp, 'en', rng)}"""
    tpl = A.docx_file('Lettre type / Template', ['Madame, Monsieur, / Dear Sir or Madam,', 'Patient : [NOM] / Patient: [NAME]',
                                                  'Date d\'admission : [DATE] / Admission date: [DATE]'])
    return Mail('repatriation_protocol', lang, who(a, hosp), [('Urgence / ED', f'urgence@{INST[hosp]["dom"]}')], subj, body,
                attachments=[Attachment('gabarit_lettre_assureur.docx' if lang == 'fr' else 'insurer_letter_template.docx', tpl, DOCX)],
                note='procedure and blank letter template')


# 23 ------------------------------------------------------------------------------
def n_anon_inquiry(w, rng, lang):
    hosp = rng.choice(list(INST))
    a, b = staff(rng, 2, kind='clerk')
    if lang == 'fr':
        subj = rng.choice(['Question d\'un patient (sans détails)', 'Appel reçu – facturation Ontario', 'Comment répondre?'])
        body = f"""{greet('fr', rng, b[0])}

J'ai reçu l'appel d'un monsieur de l'Ontario qui demande pourquoi il a reçu une facture pour la partie médecin de sa visite à l'urgence. Je ne lui ai pas demandé son nom; il rappellera.
Quelle est la réponse standard? Est-ce qu'on a un feuillet en anglais qui explique le remboursement par l'OHIP?

{sig(a, hosp, 'fr', rng, short=True)}"""
    else:
        subj = rng.choice(['Patient question (no details)', 'Call received - Ontario billing', 'How do we answer this?'])
        body = f"""{greet('en', rng, b[0])}

Got a call from a lady in Ontario asking why she was billed for the physician part of her ED visit. Didn't take her name; she'll call back.
What's our standard answer? Do we have an English handout explaining OHIP reimbursement?

{sig(a, hosp, 'en', rng, short=True)}"""
    return Mail('anon_inquiry', lang, who(a, hosp), [who(b, hosp)], subj, body, note='generic billing question, no identity')


# 24 ------------------------------------------------------------------------------
def n_patient_education(w, rng, lang):
    hosp = rng.choice(['pcn', 'oecc', 'hro'])
    a = ('Rebecca', 'Thornbury', 'Clinic coordinator', 'Coordonnatrice de la clinique')
    if lang == 'fr':
        subj, body = 'Conseils santé avant de partir en voyage', f"""Bonjour à tous nos membres,

Vous partez vers le sud cet hiver? Quelques rappels :
- La RAMQ rembourse très peu des frais engagés hors du Canada; une assurance voyage est essentielle.
- Si vous habitez au Québec mais consultez en Ontario, gardez vos reçus.
- Apportez vos médicaments dans leur contenant d'origine.
- Diabète, problèmes cardiaques ou MPOC : parlez-en à votre médecin avant le départ.

Une séance d'information en anglais et en français aura lieu à la bibliothèque de Shawville.

L'équipe de la clinique"""
    else:
        subj, body = 'Health tips before you travel', f"""Dear members,

Heading south this winter? A few reminders:
- RAMQ reimburses very little of what you spend outside Canada; travel insurance is essential.
- If you live in Quebec but see a doctor in Ontario, keep your receipts.
- Carry medications in their original containers.
- Diabetes, heart problems or COPD: talk to your doctor before leaving.

An information session in English and French will be held at the Shawville library.

The clinic team"""
    return Mail('patient_education', lang, (INST[hosp][lang], f'info@{INST[hosp]["dom"]}'), [('Members', f'membres@{INST[hosp]["dom"]}')],
                subj, body, body_mode=rng.choice(['html', 'alt', 'plain']), note='public travel-health advice')


# 25 ------------------------------------------------------------------------------
def n_community_events(w, rng, lang):
    hosp = rng.choice(['pcn', 'oecc'])
    a = ('Grace', 'Achterberg', 'Community outreach worker', 'Intervenante communautaire')
    d1, d2 = day(rng), day(rng)
    if lang == 'fr':
        subj, body = 'Activités du mois – réseau communautaire', f"""{greet('fr', rng)}

Au programme :
• {fmt_date(d1, 'fr', 2)} – Atelier « Vivre avec le diabète » (en anglais), sous-sol de l'église Saint-Paul
• {fmt_date(d2, 'fr', 2)} – Clinique de vaccination antigrippale, aucune inscription requise
• Chaque mardi – Groupe de marche pour proches aidants

Transport bénévole offert vers les rendez-vous à Ottawa et Gatineau : appelez le 819-555-0158.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = 'This month at the community network', f"""{greet('en', rng)}

Coming up:
* {fmt_date(d1, 'en', 1)} - "Living well with diabetes" workshop, St. Paul's church basement
* {fmt_date(d2, 'en', 1)} - Flu shot clinic, walk-in
* Every Tuesday - Caregivers' walking group

Volunteer drivers available for appointments in Ottawa and Gatineau: call 819-555-0158.

{sig(a, hosp, 'en', rng)}"""
    return Mail('community_events', lang, who(a, hosp), [('Membres / Members', f'membres@{INST[hosp]["dom"]}')], subj, body,
                note='community clinic events newsletter')


# 26 ------------------------------------------------------------------------------
def n_survey_results(w, rng, lang):
    hosp = rng.choice(list(INST))
    a = staff(rng, kind='admin')
    sat, lang_ok, n = rng.randint(78, 94), rng.randint(60, 90), rng.randint(150, 900)
    if lang == 'fr':
        subj, body = 'Sondage de satisfaction – résultats', f"""{greet('fr', rng)}

{n} répondants. Satisfaction globale : {sat} %. Services reçus dans la langue de son choix : {lang_ok} %.
Commentaires fréquents : attente à l'urgence, confusion sur la facturation pour les résidents de l'Ontario, stationnement.
Plan d'action présenté au comité des usagers le mois prochain.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = 'Patient experience survey - results', f"""{greet('en', rng)}

{n} respondents. Overall satisfaction {sat}%. Served in preferred language: {lang_ok}%.
Recurring comments: ED waits, confusion about billing for Ontario residents, parking.
Action plan goes to the users' committee next month.

{sig(a, hosp, 'en', rng)}"""
    return Mail('survey_results', lang, who(a, hosp), [('Direction', f'direction@{INST[hosp]["dom"]}')], subj, body,
                note='aggregate patient survey results')


BUILDERS = {
    'teaching_case': n_teaching_case, 'conference': n_conference, 'physician_directory': n_physician_directory,
    'drug_shortage': n_drug_shortage, 'supplier_recall': n_supplier_recall, 'formulary': n_formulary,
    'infection_bulletin': n_infection_bulletin, 'research_protocol': n_research_protocol,
    'medevac_procedure': n_medevac_procedure, 'repatriation_protocol': n_repatriation_protocol,
    'anon_inquiry': n_anon_inquiry, 'patient_education': n_patient_education, 'community_events': n_community_events,
    'survey_results': n_survey_results,
}
