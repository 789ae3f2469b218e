"""Negative builders, part 3: HR, schedules, IT, facilities, calendar, vCards, archives, forwards."""
import datetime

from gen_common import INST, COMPANIES, STAFF, staff, staff_addr, fmt_date, MONTHS_EN, MONTHS_FR
from gen_mime import Mail, Attachment
from gen_text import greet, closing, sig, disclaimer, day, dt, quote_block, fwd_block
from gen_pos1 import who, XLSX, DOCX
from gen_neg1 import _luhn10
import gen_attach as A


# 27 ------------------------------------------------------------------------------
def n_schedule(w, rng, lang):
    hosp = rng.choice(list(INST))
    mgr = ('Benoît', 'Carrier', 'Nurse manager, ED', 'Chef d\'unité, urgence')
    people = staff(rng, 6, kind='clin')
    start = day(rng)
    rows = [('Date', 'Jour / Day', 'Nuit / Night', 'Garde transferts / Transfer on-call')]
    for i in range(7):
        d = start + datetime.timedelta(days=i)
        a, b, c = rng.sample(people, 3)
        rows.append((d.isoformat(), f'{a[0]} {a[1]}', f'{b[0]} {b[1]}', f'{c[0]} {c[1]}'))
    if rng.random() < 0.5:
        atts = [Attachment('horaire_de_garde_préliminaire.xlsx' if lang == 'fr' else 'oncall_schedule.xlsx', A.xlsx_file([('Garde', rows)]), XLSX)]
        table = ''
    else:
        atts = []
        table = '\n'.join(' | '.join(r) for r in rows)
    if lang == 'fr':
        intro = "Voici l'horaire de garde (incluant la garde des transferts vers Ottawa)." + ('\n\n' + table if table else ' Fichier en pièce jointe.')
        subj, body = 'Horaire de garde – semaine', f"{greet('fr', rng)}\n\n{intro}\n\nÉchanges de quarts : m'aviser au moins 48 h avant.\n\n{sig(mgr, hosp, 'fr', rng)}"
    else:
        intro = 'On-call schedule (includes transfer call for Ottawa)' + (':\n\n' + table if table else ' attached.')
        subj, body = 'On-call schedule - week', f"{greet('en', rng)}\n\n{intro}\n\nShift swaps: let me know 48 h ahead.\n\n{sig(mgr, hosp, 'en', rng)}"
    return Mail('schedule', lang, who(mgr, hosp), [('Équipe urgence / ED team', f'urgence@{INST[hosp]["dom"]}')], subj, body,
                attachments=atts, note='staff on-call schedule')


# 28 ------------------------------------------------------------------------------
def n_leave_hr(w, rng, lang):
    hosp = rng.choice(list(INST))
    hr = ('Margaret', 'Fairbairn', 'HR advisor', 'Conseillère RH')
    emp = staff(rng, exclude=('Fairbairn',), kind='hosp')
    mgr = staff(rng, exclude=('Fairbairn', emp[1]), kind='hosp')
    d = day(rng)
    kind = rng.choice(['leave', 'occ', 'return'])
    if lang == 'fr':
        if kind == 'leave':
            txt = f"La demande de congé sans solde de {emp[0]} {emp[1]} du {fmt_date(d, 'fr', 2)} au {fmt_date(d + datetime.timedelta(days=21), 'fr', 2)} est approuvée. Le remplacement est à prévoir à l'horaire."
        elif kind == 'occ':
            txt = f"Suite à l'accident de travail de {emp[0]} {emp[1]} (piqûre d'aiguille lors d'un transfert), le suivi sérologique est fait par le bureau de santé au travail. Retour au travail sans restriction prévu le {fmt_date(d, 'fr', 2)}. Formulaire CNESST transmis."
        else:
            txt = f"{emp[0]} {emp[1]} reviendra en retour progressif à compter du {fmt_date(d, 'fr', 2)} (3 jours/semaine) selon la recommandation de la santé au travail. Pas de quarts de nuit pour 4 semaines."
        subj, body = rng.choice(['Ressources humaines – suivi employé', 'Congé approuvé', 'Retour au travail']), f"{greet('fr', rng, mgr[0])}\n\n{txt}\n\n{closing('fr', rng)}\n{sig(hr, hosp, 'fr', rng)}"
    else:
        if kind == 'leave':
            txt = f"{emp[0]} {emp[1]}'s unpaid leave from {fmt_date(d, 'en', 1)} to {fmt_date(d + datetime.timedelta(days=21), 'en', 1)} is approved. Please plan coverage."
        elif kind == 'occ':
            txt = f"Following {emp[0]} {emp[1]}'s workplace injury (needlestick during a transfer), serology follow-up is handled by occupational health. Return to full duties expected {fmt_date(d, 'en', 1)}. WSIB/CNESST form filed."
        else:
            txt = f"{emp[0]} {emp[1]} starts a graduated return on {fmt_date(d, 'en', 1)} (3 days/week) per occupational health. No night shifts for 4 weeks."
        subj, body = rng.choice(['HR - employee follow-up', 'Leave approved', 'Return to work plan']), f"{greet('en', rng, mgr[0])}\n\n{txt}\n\n{closing('en', rng)}\n{sig(hr, hosp, 'en', rng)}"
    return Mail('leave_hr', lang, who(hr, hosp), [who(mgr, hosp)], subj, body, note='employee leave / occupational health (staff, not patient)')


# 29 ------------------------------------------------------------------------------
def n_payroll(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'cst'])
    hr = ('Margaret', 'Fairbairn', 'HR advisor', 'Conseillère RH')
    if lang == 'fr':
        subj, body = 'Paie – employés résidant en Ontario', f"""{greet('fr', rng)}

Les employés qui résident en Ontario et travaillent au Québec recevront deux relevés (T4 et Relevé 1). L'impôt du Québec est retenu à la source; un crédit peut être réclamé lors de la déclaration ontarienne.
Ne nous envoyez jamais votre NAS par courriel; utilisez le portail RH sécurisé.
Calendrier de paie : dépôts aux deux semaines, le jeudi.

{sig(hr, hosp, 'fr', rng)}"""
    else:
        subj, body = 'Payroll - employees living in Ontario', f"""{greet('en', rng)}

Employees who live in Ontario and work in Quebec will receive two slips (T4 and RL-1). Quebec tax is withheld at source; a credit can be claimed on the Ontario return.
Never e-mail us your SIN; use the secure HR portal.
Pay calendar: bi-weekly deposits on Thursdays.

{sig(hr, hosp, 'en', rng)}"""
    return Mail('payroll', lang, who(hr, hosp), [('Tous / All staff', f'tous@{INST[hosp]["dom"]}')], subj, body, note='payroll notice')


# 30 ------------------------------------------------------------------------------
def n_job_posting(w, rng, lang):
    hosp = rng.choice(list(INST) + ['aeromedic', 'northwing'])
    hr = ('Margaret', 'Fairbairn', 'HR advisor', 'Conseillère RH')
    post = rng.choice([('Flight nurse (bilingual)', 'Infirmière ou infirmier de vol (bilingue)'),
                       ('Out-of-province billing agent', 'Agente ou agent de facturation hors province'),
                       ('Social worker - English-speaking communities', 'Travailleuse sociale - communautés d\'expression anglaise'),
                       ('Transfer coordinator (nights)', 'Coordonnatrice ou coordonnateur des transferts (nuit)')])
    num = f'{rng.randint(2024, 2024)}-{rng.randint(100, 999)}'
    dom = INST[hosp]['dom'] if hosp in INST else COMPANIES[hosp]['dom']
    if lang == 'fr':
        subj, body = f'Affichage {num} – {post[1]}', f"""Affichage interne et externe {num}

Poste : {post[1]}
Statut : temps complet, permanent
Exigences : maîtrise du français et de l'anglais; connaissance des ententes interprovinciales un atout.
Salaire : selon la convention collective.

Faire parvenir votre CV à rh@{dom} avant le {fmt_date(day(rng), 'fr', 2)}."""
    else:
        subj, body = f'Posting {num} - {post[0]}', f"""Internal and external posting {num}

Position: {post[0]}
Status: full-time, permanent
Requirements: fluent English and French; knowledge of interprovincial agreements an asset.
Salary: per collective agreement.

Send your CV to hr@{dom} before {fmt_date(day(rng), 'en', 1)}."""
    return Mail('job_posting', lang, ('Ressources humaines / Human Resources', f'rh@{dom}'), [('Tous / All', f'tous@{dom}')], subj, body,
                body_mode=rng.choice(['plain', 'html', 'alt']), note='job posting')


# 31 ------------------------------------------------------------------------------
def n_committee_notice(w, rng, lang):
    hosp = rng.choice(list(INST))
    chair = staff(rng, kind='hosp')
    d = dt(rng)
    if lang == 'fr':
        subj, body = 'Convocation – comité des transferts interétablissements', f"""{greet('fr', rng)}

Vous êtes convoqués à la rencontre du {fmt_date(d.date(), 'fr', 2)} à {d.hour} h.
Ordre du jour :
1. Adoption du compte rendu
2. Indicateurs de délais de transfert vers Ottawa (T3)
3. Entente avec le transporteur aérien – renouvellement
4. Revue d'événements indésirables (dossiers dépersonnalisés)
5. Varia

{sig(chair, hosp, 'fr', rng)}"""
    else:
        subj, body = 'Notice of meeting - inter-facility transfer committee', f"""{greet('en', rng)}

You are invited to the meeting on {fmt_date(d.date(), 'en', 1)} at {d.hour}:00.
Agenda:
1. Approval of minutes
2. Transfer-time indicators to Ottawa (Q3)
3. Air carrier agreement - renewal
4. Adverse event review (de-identified)
5. Other business

{sig(chair, hosp, 'en', rng)}"""
    return Mail('committee_notice', lang, who(chair, hosp), [('Membres du comité', f'comite.transferts@{INST[hosp]["dom"]}')], subj, body,
                note='committee meeting notice')


# 32 ------------------------------------------------------------------------------
def n_it_notice(w, rng, lang):
    hosp = rng.choice(list(INST))
    it = ('Thomas', 'Radcliffe', 'IT service desk lead', 'Responsable du centre de services TI')
    d = dt(rng)
    kind = rng.choice(['outage', 'phish', 'upgrade'])
    tk = f'INC{rng.randint(1000000, 9999999)}'
    if lang == 'fr':
        txt = {'outage': f"Le module de facturation hors province sera indisponible le {fmt_date(d.date(), 'fr', 2)} de 22 h à 2 h pour une mise à jour. Utilisez les formulaires papier pendant l'interruption.",
               'phish': "Des courriels frauduleux se faisant passer pour une compagnie d'assurance voyage circulent. Ne cliquez pas sur le lien « Réclamation en attente ». Signalez-les au centre de services.",
               'upgrade': f"Le logiciel de télémédecine sera mis à niveau (version 8.4). Billet de référence {tk}."}[kind]
        subj, body = rng.choice(['Avis TI', f'Avis TI – {tk}', 'Interruption planifiée']), f"{greet('fr', rng)}\n\n{txt}\n\n{sig(it, hosp, 'fr', rng)}"
    else:
        txt = {'outage': f"The out-of-province billing module will be down on {fmt_date(d.date(), 'en', 1)} from 10 pm to 2 am for an upgrade. Use paper forms during the outage.",
               'phish': "Phishing e-mails impersonating a travel-insurance company are circulating. Do not click the 'Pending claim' link. Report them to the service desk.",
               'upgrade': f"The telemedicine software is being upgraded (v8.4). Reference ticket {tk}."}[kind]
        subj, body = rng.choice(['IT notice', f'IT notice - {tk}', 'Planned outage']), f"{greet('en', rng)}\n\n{txt}\n\n{sig(it, hosp, 'en', rng)}"
    return Mail('it_notice', lang, who(it, hosp), [('Tous / All', f'tous@{INST[hosp]["dom"]}')], subj, body, note='IT notice')


# 33 ------------------------------------------------------------------------------
def n_facilities(w, rng, lang):
    hosp = rng.choice(list(INST))
    a = staff(rng, kind='admin')
    d = day(rng)
    if lang == 'fr':
        subj, body = rng.choice(['Travaux – stationnement P2', 'Fermeture du pont – accès ambulances', 'Entretien de l\'héliport']), f"""{greet('fr', rng)}

Du {fmt_date(d, 'fr', 2)} pour deux semaines, l'accès par le pont interprovincial sera réduit à une voie. Les ambulances en provenance d'Ottawa utiliseront l'entrée nord.
Le stationnement P2 est fermé; navette à partir du P4 toutes les 15 minutes.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = rng.choice(['Construction - P2 parking', 'Bridge closure - ambulance access', 'Helipad maintenance']), f"""{greet('en', rng)}

Starting {fmt_date(d, 'en', 1)} for two weeks, the interprovincial bridge will be down to one lane. Ambulances from Ottawa will use the north entrance.
P2 parking is closed; shuttle from P4 every 15 minutes.

{sig(a, hosp, 'en', rng)}"""
    return Mail('facilities', lang, who(a, hosp), [('Tous / All', f'tous@{INST[hosp]["dom"]}')], subj, body, note='facilities notice')


# 34 ------------------------------------------------------------------------------
def n_ics_meeting(w, rng, lang):
    hosp = rng.choice(list(INST))
    a, b, c = staff(rng, 3, kind='hosp')
    d = day(rng)
    start = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 15), 0)
    summ = rng.choice(['Comité interprovincial – suivi', 'Rencontre facturation hors province', 'Revue des transferts aériens']) if lang == 'fr' \
        else rng.choice(['Interprovincial committee - follow-up', 'OOP billing huddle', 'Air transfer review'])
    cal = A.ics(f'{rng.getrandbits(64):016x}@{INST[hosp]["dom"]}', summ, start, start + datetime.timedelta(hours=1),
                'Teams / salle B-204', 'Ordre du jour à venir.' if lang == 'fr' else 'Agenda to follow.',
                (f'{a[0]} {a[1]}', who(a, hosp)[1]), [(f'{b[0]} {b[1]}', who(b, hosp)[1]), (f'{c[0]} {c[1]}', who(c, hosp)[1])])
    body = f"{greet(lang, rng)}\n\n{'Invitation ci-jointe.' if lang == 'fr' else 'Invite attached.'}\n\n{sig(a, hosp, lang, rng, short=True)}"
    return Mail('ics_meeting', lang, who(a, hosp), [who(b, hosp), who(c, hosp)], ('Invitation : ' if lang == 'fr' else 'Invitation: ') + summ, body,
                attachments=[Attachment('invite.ics', text=cal, ctype='text/calendar')], note='staff meeting invitation')


# 35 ------------------------------------------------------------------------------
def n_vcard_staff(w, rng, lang):
    hosp = rng.choice(list(INST))
    a, b = staff(rng, 2, kind='hosp')
    card = A.vcard(f'{b[0]} {b[1]}', f'{b[1]};{b[0]};;;', org=INST[hosp][lang], title=b[3] if lang == 'fr' else b[2],
                   tels=[('WORK', INST[hosp]['tel'] + f' x{rng.randint(2100, 6899)}')], emails=[who(b, hosp)[1]])
    body = f"{greet(lang, rng, a[0])}\n\n{'Voici les coordonnées de ma collègue/mon collègue pour les transferts.' if lang == 'fr' else 'Here is my colleague contact for transfers.'}\n\n{sig(a, hosp, lang, rng)}"
    return Mail('vcard_staff', lang, who(a, hosp), [('Partenaires', f'partners@{INST[hosp]["dom"]}')],
                'Coordonnées' if lang == 'fr' else 'Contact details', body,
                attachments=[Attachment(f'{b[0]} {b[1]}.vcf', text=card, ctype='text/x-vcard')], note='staff vCard')


# 36 ------------------------------------------------------------------------------
def n_zip_policies(w, rng, lang):
    hosp = rng.choice(list(INST))
    a = staff(rng, kind='admin')
    members = [('politiques/facturation_hors_province.pdf', A.pdf('Politique', ['# Politique FIN-12', 'Facturation des patients hors province.', 'Version 2024'])),
               ('politiques/transferts_interprovinciaux.docx', A.docx_file('Politique CLIN-31', ['Transferts interprovinciaux.', 'Révisée en 2024.'])),
               ('LISEZMOI.txt', 'Documents approuvés par le comité de direction.\n'.encode('utf-8'))]
    data = A.zip_file(members)
    body = f"{greet(lang, rng)}\n\n{'Les politiques révisées sont dans l' + chr(39) + 'archive ci-jointe.' if lang == 'fr' else 'Revised policies are in the attached archive.'}\n\n{sig(a, hosp, lang, rng)}"
    return Mail('zip_policies', lang, who(a, hosp), [('Gestionnaires', f'gestionnaires@{INST[hosp]["dom"]}')],
                'Politiques révisées' if lang == 'fr' else 'Revised policies', body,
                attachments=[Attachment('politiques_révisées_2024.zip' if lang == 'fr' else 'revised_policies_2024.zip', data, 'application/zip')], note='ZIP of policy documents')


# 37 ------------------------------------------------------------------------------
def n_fwd_newsletter(w, rng, lang):
    hosp = rng.choice(list(INST))
    a, b = staff(rng, 2, kind='hosp')
    co = rng.choice(['northstar', 'maple', 'boreal', 'avl'])
    inner_txt = ('Nouvelles de l\'assistance : nos délais de garantie de paiement ont diminué de 30 %. Rappel : les frais de rapatriement '
                 'pour fracture de la hanche ou AVC sont couverts à 100 % sur approbation médicale.' if lang == 'fr' else
                 'Assistance news: our guarantee-of-payment times dropped 30%. Reminder: repatriation for hip fracture or stroke is '
                 'covered 100% on medical approval.')
    inner = Mail('inner', lang, (COMPANIES[co]['name'], f'news@{COMPANIES[co]["dom"]}'), [('Partners', f'partners@{COMPANIES[co]["dom"]}')],
                 'Bulletin partenaires' if lang == 'fr' else 'Partner bulletin', inner_txt, date=dt(rng))
    body = f"{greet(lang, rng, b[0])}\n\n{'FYI, bulletin de l' + chr(39) + 'assureur.' if lang == 'fr' else 'FYI, insurer bulletin below.'}\n\n{sig(a, hosp, lang, rng, short=True)}"
    return Mail('fwd_newsletter', lang, who(a, hosp), [who(b, hosp)], ('TR: ' if lang == 'fr' else 'FW: ') + inner.subject, body,
                attachments=[Attachment(None, eml=inner)], note='forwarded insurer newsletter as message/rfc822')


# 38 ------------------------------------------------------------------------------
def n_quoted_scheduling(w, rng, lang):
    hosp = rng.choice(list(INST))
    a, b = staff(rng, 2, kind='hosp')
    when = dt(rng)
    if lang == 'fr':
        orig = f"Salut {a[0]},\n\nEst-ce qu'on peut se voir mardi pour préparer la présentation sur les transferts en cardiologie? J'ai les chiffres du trimestre.\n\n{b[0]}"
        top = rng.choice(['Mardi 10 h, ça me va.', 'Plutôt mercredi?', 'Parfait, je réserve la salle.'])
        subj = 'RE: préparation présentation'
    else:
        orig = f"Hi {a[0]},\n\nCan we meet Tuesday to prep the talk on cardiac transfers? I have the quarterly numbers.\n\n{b[0]}"
        top = rng.choice(['Tuesday 10 works.', 'Wednesday instead?', 'Great, booking the room.'])
        subj = 'RE: prep for presentation'
    body = f"{top}\n\n{sig(a, hosp, lang, rng, short=True)}\n\n" + quote_block(orig, (f'{b[0]} {b[1]}', who(b, hosp)[1]), when, lang, rng)
    return Mail('quoted_scheduling', lang, who(a, hosp), [who(b, hosp)], subj, body, note='reply chain about a meeting')


# 39 ------------------------------------------------------------------------------
def n_asset_inventory(w, rng, lang):
    hosp = rng.choice(list(INST))
    a = ('Raphaël', 'Lévesque-Ward', 'Purchasing agent', 'Agent d\'approvisionnement')
    rows = [('asset_tag', 'serial', 'description', 'location', 'next_pm')]
    for i in range(rng.randint(6, 12)):
        rows.append((f'AT-{rng.randint(10000, 99999)}', _luhn10(rng),
                     rng.choice(['Moniteur de transport', 'Transport monitor', 'Ventilator TV-2', 'Pompe VP-300', 'Défibrillateur', 'Incubateur de transport']),
                     rng.choice(['Urgence', 'ED', 'Hangar', 'Bloc', '3 Est']), day(rng).isoformat()))
    data = A.xlsx_file([('Inventaire', rows)])
    body = f"{greet(lang, rng)}\n\n{'Inventaire des équipements de transport à jour (numéros de série vérifiés).' if lang == 'fr' else 'Updated transport equipment inventory (serials verified).'}\n\n{sig(a, hosp, lang, rng)}"
    return Mail('asset_inventory', lang, who(a, hosp), [('Génie biomédical', f'biomed@{INST[hosp]["dom"]}')],
                'Inventaire équipements' if lang == 'fr' else 'Equipment inventory', body,
                attachments=[Attachment('inventaire_équipements_transport.xlsx' if lang == 'fr' else 'transport_equipment_inventory.xlsx', data, XLSX)], note='asset inventory with Luhn-valid serials')


# 40 ------------------------------------------------------------------------------
def n_budget(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    a = ('Étienne', 'Levasseur', 'Finance manager', 'Chef des finances')
    rev, recv = rng.randint(2, 9), rng.randint(300, 900)
    if lang == 'fr':
        subj, body = 'Revenus hors province – état des comptes à recevoir', f"""{greet('fr', rng)}

Revenus de facturation interprovinciale : {rev},{rng.randint(0, 9)} M$ depuis avril. Comptes à recevoir de plus de 90 jours : {recv} k$, principalement des compagnies d'assurance voyage.
Nous recommandons une relance systématique à 60 jours et l'ajout d'un poste à temps partiel.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = 'Out-of-province revenue - receivables status', f"""{greet('en', rng)}

Interprovincial billing revenue: ${rev}.{rng.randint(0, 9)}M since April. Receivables over 90 days: ${recv}k, mostly travel insurers.
We recommend systematic follow-up at 60 days and a part-time position.

{sig(a, hosp, 'en', rng)}"""
    return Mail('budget', lang, who(a, hosp), [('Direction', f'direction@{INST[hosp]["dom"]}')], subj, body, note='finance memo')


# 41 ------------------------------------------------------------------------------
def n_language_access(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'cst', 'pcn', 'oecc'])
    a = staff(rng, kind='hosp')
    if lang == 'fr':
        subj, body = 'Accès aux services en anglais – rappel', f"""{greet('fr', rng)}

Notre établissement est désigné pour offrir certains services en anglais. Les usagers d'expression anglaise (y compris les visiteurs de l'Ontario) peuvent demander un interprète ou un accompagnateur du réseau communautaire.
Liste des documents traduits : consentement, feuillet sur la facturation hors province, directives de congé post-chirurgie.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = 'English-language services - reminder', f"""{greet('en', rng)}

Our facility is designated to offer certain services in English. English-speaking users (including visitors from Ontario) can ask for an interpreter or a community navigator.
Translated documents: consent, out-of-province billing handout, post-surgery discharge instructions.

{sig(a, hosp, 'en', rng)}"""
    return Mail('language_access', lang, who(a, hosp), [('Tous / All', f'tous@{INST[hosp]["dom"]}')], subj, body, note='language access policy')


# 42 ------------------------------------------------------------------------------
def n_staff_vaccination(w, rng, lang):
    hosp = rng.choice(['aeromedic', 'northwing'])
    a = ('Devon', 'Ashcroft', 'Medical director, air medical', 'Directeur médical, transport aérien')
    pct = rng.randint(70, 98)
    if lang == 'fr':
        subj, body = 'Santé au travail – équipages', f"""{greet('fr', rng)}

Taux de vaccination des équipages : influenza {pct} %, hépatite B {rng.randint(90, 100)} %. Les membres qui n'ont pas fourni leur preuve doivent passer au bureau de santé au travail avant le 30.
Les tests d'ajustement N95 auront lieu au hangar mardi.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = 'Occupational health - flight crews', f"""{greet('en', rng)}

Crew vaccination rates: influenza {pct}%, hepatitis B {rng.randint(90, 100)}%. Members without proof on file must see occupational health before the 30th.
N95 fit testing at the hangar on Tuesday.

{sig(a, hosp, 'en', rng)}"""
    return Mail('staff_vaccination', lang, who(a, hosp), [('Équipages / Crews', f'crews@{COMPANIES[hosp]["dom"]}')], subj, body,
                note='aggregate staff vaccination rates')


BUILDERS = {
    'schedule': n_schedule, 'leave_hr': n_leave_hr, 'payroll': n_payroll, 'job_posting': n_job_posting,
    'committee_notice': n_committee_notice, 'it_notice': n_it_notice, 'facilities': n_facilities,
    'ics_meeting': n_ics_meeting, 'vcard_staff': n_vcard_staff, 'zip_policies': n_zip_policies,
    'fwd_newsletter': n_fwd_newsletter, 'quoted_scheduling': n_quoted_scheduling, 'asset_inventory': n_asset_inventory,
    'budget': n_budget, 'language_access': n_language_access, 'staff_vaccination': n_staff_vaccination,
}
