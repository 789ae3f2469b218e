"""Negative scenarios, part C: hard negatives — escort staffing without names, pharmacy
operations, equipment with checksum-valid serials, general clinical questions, patient
leaflets, audits, community partners, research protocols, supplies, staff invitations and
vCards, admin reply threads."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcf, make_xlsx, make_zip
from gen_clin import dept_addr, later, spec, workday_after
from gen_common import ORG, closing, greet, make_staff, short_day, signature
from gen_neg_b import luhn_serial


def n_escort_staffing(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    s = make_staff(rng, lang, rng.choice(['coord', 'adm']), org)
    sgt = make_staff(rng, lang, 'asc', org)
    d = workday_after(when, rng.randint(1, 5))
    n = rng.randint(2, 6)
    if fr:
        body = f"""{greet(rng, lang, sgt['first'])}

Pour {short_day(d, lang)}, nous avons {n} sorties médicales planifiées (consultations externes à l'{ORG['hrsa']['short']} et au {ORG['chle']['short']}), entre 8 h et 15 h. Il faudrait {n * 2} agents d'escorte et un véhicule adapté pour une des sorties (fauteuil roulant).
Les détails nominatifs suivent par le canal sécurisé habituel, comme d'habitude; rien de nominatif par courriel.

{closing(rng, lang)}
{signature(rng, s, lang)}"""
        subj = rng.choice([f'Besoins d\'escortes {d:%d/%m}', 'Sorties médicales – planification des effectifs', 'Escortes hospitalières à prévoir'])
    else:
        body = f"""{greet(rng, lang, sgt['first'])}

For {short_day(d, lang)} we have {n} planned medical escorts (outpatient consults at {ORG['hrsa']['short']} and {ORG['chle']['short']}) between 8 am and 3 pm. We need {n * 2} escort officers and one accessible vehicle (wheelchair).
Names will follow through the usual secure channel; nothing identifying by e-mail.

{closing(rng, lang)}
{signature(rng, s, lang)}"""
        subj = rng.choice([f'Escort needs {d:%b %d}', 'Medical escorts - staffing', 'Hospital escorts to plan'])
    return spec('escort_staffing', lang, [], 'escort staffing request with no patient identity', subj, s, [sgt], body, when)


def n_pharmacy_ops(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    ph = make_staff(rng, lang, 'pharm', org)
    kind = rng.choice(['count', 'fridge', 'cart', 'returns', 'carries'])
    if fr:
        txt = {
            'count': f"Le décompte des stupéfiants du quart de nuit présente un écart de {rng.randint(2, 15)} mL de méthadone 10 mg/mL (flacon no {rng.randint(1, 9)}). Probablement une erreur de mesure; merci aux deux infirmières de documenter et de co-signer le registre avant 10 h.",
            'fridge': f"Le réfrigérateur à vaccins de l'infirmerie a atteint 9,4 °C pendant 3 h cette nuit. Les vaccins sont en quarantaine en attendant l'avis de la santé publique. Ne pas utiliser.",
            'cart': "Rappel : les chariots à médicaments doivent être verrouillés en tout temps dans les secteurs. Lors de la dernière tournée, deux chariots étaient déverrouillés.",
            'returns': f"Les médicaments des personnes libérées doivent être retournés à la pharmacie dans les 48 h. Bac de retour au local {rng.choice(['B-12', 'INF-3'])}.",
            'carries': "Nouvelle consigne : aucune dose de TAO à emporter ne peut être remise lors d'un transfert; la dose est administrée avant le départ et documentée sur la feuille de transfert.",
        }[kind]
        subj = {'count': 'Écart décompte stupéfiants', 'fridge': 'Bris de chaîne de froid – vaccins en quarantaine', 'cart': 'Chariots à médicaments',
                'returns': 'Retour des médicaments', 'carries': 'Doses TAO lors des transferts'}[kind]
    else:
        txt = {
            'count': f"The night narcotic count is off by {rng.randint(2, 15)} mL of methadone 10 mg/mL (bottle #{rng.randint(1, 9)}). Probably a measuring error; both nurses please document and co-sign the register before 10 am.",
            'fridge': "The HCU vaccine fridge reached 9.4 °C for 3 hours overnight. Vaccines are quarantined pending public health advice. Do not use.",
            'cart': "Reminder: medication carts must be locked at all times on the units. Two carts were found unlocked on the last round.",
            'returns': f"Medications of released individuals must go back to pharmacy within 48 h. Return bin in room {rng.choice(['B-12', 'HCU-3'])}.",
            'carries': "New instruction: no OAT carries may be handed over at transfer; the dose is given before departure and documented on the transfer sheet.",
        }[kind]
        subj = {'count': 'Narcotic count discrepancy', 'fridge': 'Cold chain break - vaccines quarantined', 'cart': 'Medication carts',
                'returns': 'Medication returns', 'carries': 'OAT doses at transfer'}[kind]
    body = f"{greet(rng, lang)}\n\n{txt}\n\n{closing(rng, lang)}\n{signature(rng, ph, lang)}"
    return spec('pharmacy_ops', lang, [], 'pharmacy operations notice, no patient', subj, ph, [dept_addr('Equipe soins' if fr else 'Nursing team', org)],
                body, when)


def n_equipment(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'hrsa'])
    s = make_staff(rng, lang, rng.choice(['coord', 'achat', 'ti']), org)
    devs = [('Défibrillateur externe automatisé', 'AED'), ('Pompe volumétrique', 'Infusion pump'), ('Moniteur de signes vitaux', 'Vital signs monitor'),
            ('Glucomètre', 'Glucometer'), ('Électrocardiographe', 'ECG machine'), ('Réfrigérateur à vaccins', 'Vaccine fridge')]
    rows = [['Appareil' if fr else 'Device', 'No de série' if fr else 'Serial no.', 'No d\'actif' if fr else 'Asset no.', 'Local' if fr else 'Location',
             'Prochain entretien' if fr else 'Next service']]
    for d in rng.sample(devs, rng.randint(3, 6)):
        rows.append([d[0] if fr else d[1], f'SN{luhn_serial(rng, 10)}' if rng.random() < 0.5 else luhn_serial(rng, 9), luhn_serial(rng, 9),
                     rng.choice(['INF-1', 'INF-2', 'Secteur A' if fr else 'A unit', 'Admission' if fr else 'Intake']),
                     later(when, rng.randint(10, 200)).strftime('%Y-%m-%d')])
    if fr:
        body = f"""{greet(rng, lang)}

Voici l'inventaire des équipements biomédicaux du service de santé à vérifier avant l'inspection. Les appareils dont l'entretien préventif est échu sont à retirer du service.

{chr(10).join(' | '.join(r) for r in rows)}

{closing(rng, lang)}
{signature(rng, s, lang)}"""
        subj = rng.choice(['Inventaire biomédical', 'Entretien préventif – équipements', 'Liste des actifs – service de santé'])
    else:
        body = f"""{greet(rng, lang)}

Here is the Health Services biomedical equipment inventory to check before inspection. Devices overdue for preventive maintenance must be taken out of service.

{chr(10).join(' | '.join(r) for r in rows)}

{closing(rng, lang)}
{signature(rng, s, lang)}"""
        subj = rng.choice(['Biomedical inventory', 'Preventive maintenance - equipment', 'Asset list - Health Services'])
    atts = []
    if rng.random() < 0.5:
        atts.append(dict(filename='inventaire_biomed.xlsx' if fr else 'biomed_inventory.xlsx',
                         ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=make_xlsx([('Actifs' if fr else 'Assets', rows)])))
    return spec('equipment', lang, [], 'equipment inventory with checksum-valid serial and asset numbers', subj, s,
                [make_staff(rng, lang, 'chef', org)], body, when, attachments=atts)


def n_clinical_question(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    a = make_staff(rng, lang, rng.choice(['inf', 'infc']), org)
    b = make_staff(rng, lang, rng.choice(['pharm', 'md']), org)
    q = rng.choice([
        ("De façon générale, peut-on écraser les comprimés de buprénorphine-naloxone pour limiter le détournement, ou faut-il passer aux films?",
         "Les films sont préférables; écraser réduit l'absorption. On peut aussi envisager la forme injectable mensuelle.",
         "Generally speaking, can we crush buprenorphine-naloxone tablets to limit diversion, or should we switch to films?",
         "Films are preferable; crushing lowers absorption. Monthly injectable is also an option."),
        ("Question générale : quel intervalle minimal entre la dernière dose de méthadone et une induction de buprénorphine?",
         "En général, attendre des signes de sevrage modérés (COWS ≥ 12) ou utiliser le microdosage. On en discute à la formation de mars.",
         "General question: minimum interval between last methadone dose and a buprenorphine induction?",
         "Usually wait for moderate withdrawal (COWS ≥ 12) or use micro-dosing. We'll cover it at the March training."),
        ("Est-ce que l'ordonnance collective de naloxone couvre les visiteurs qui font une surdose au parloir?",
         "Oui, l'ordonnance collective s'applique à toute personne présente dans l'établissement.",
         "Does the naloxone medical directive cover visitors who overdose in the visiting room?",
         "Yes, the directive applies to anyone on the premises."),
        ("Pour le dépistage VHC à l'admission, on fait le test réflexe d'ARN ou on attend la sérologie?",
         "Test réflexe d'ARN sur le même prélèvement, c'est la procédure depuis janvier.",
         "For HCV screening at intake, do we do reflex RNA or wait for serology?",
         "Reflex RNA on the same sample, that's been the procedure since January."),
    ])
    if fr:
        body = f"{q[1]}\n\n{b['first']}\n\n-----Message d'origine-----\nDe : {a['name']}\nEnvoyé : {later(when, -1):%Y-%m-%d %H:%M}\nÀ : {b['name']}\nObjet : Question TAO\n\n{greet(rng, lang, b['first'])}\n\n{q[0]}\n\nMerci!\n{a['first']}"
        subj = 'RE: Question TAO'
    else:
        body = f"{q[3]}\n\n{b['first']}\n\n-----Original Message-----\nFrom: {a['name']}\nSent: {later(when, -1):%Y-%m-%d %H:%M}\nTo: {b['name']}\nSubject: OAT question\n\n{greet(rng, lang, b['first'])}\n\n{q[2]}\n\nThanks!\n{a['first']}"
        subj = 'RE: OAT question'
    return spec('clinical_question', lang, [], 'general clinical question and answer, no patient', subj, b, [a], body, when, reply=True)


def n_leaflet(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'relais'])
    s = make_staff(rng, lang, rng.choice(['infc', 'coord']), org)
    lf = rng.choice([
        ('Reprendre son traitement après la sortie', 'Staying on treatment after release',
         ['Votre tolérance aux opioïdes baisse rapidement en détention.', 'Gardez votre trousse de naloxone sur vous.',
          'Présentez-vous à votre pharmacie dans les 24 h.', 'Ligne d\'aide 24/7 : 1-800-555-0100.'],
         ['Your opioid tolerance drops quickly in custody.', 'Keep your naloxone kit with you.', 'Go to your pharmacy within 24 h.',
          '24/7 help line: 1-800-555-0100.']),
        ('L\'hépatite C se guérit', 'Hepatitis C can be cured',
         ['Un traitement de 8 à 12 semaines, en comprimés.', 'Peu d\'effets secondaires.', 'Demandez un test au service de santé.'],
         ['8 to 12 weeks of pills.', 'Few side effects.', 'Ask Health Services for a test.']),
        ('Comment demander des soins', 'How to request health care',
         ['Remplissez le formulaire de demande et déposez-le dans la boîte du secteur.', 'Urgence : avisez immédiatement un agent.'],
         ['Fill out a request form and put it in the unit box.', 'Emergency: tell an officer immediately.']),
    ])
    title = lf[0] if fr else lf[1]
    lines = lf[2] if fr else lf[3]
    if fr:
        body = f"{greet(rng, lang)}\n\nVoici la version finale du feuillet « {title} » à remettre aux personnes incarcérées. Impression : {rng.randint(200, 800)} copies, recto verso.\n\n{closing(rng, lang)}\n{signature(rng, s, lang)}"
        subj = f'Feuillet d\'information – {title}'
    else:
        body = f"{greet(rng, lang)}\n\nFinal version of the \"{title}\" leaflet for people in custody. Print run: {rng.randint(200, 800)} copies, double-sided.\n\n{closing(rng, lang)}\n{signature(rng, s, lang)}"
        subj = f'Information leaflet - {title}'
    return spec('leaflet', lang, [], 'generic patient information leaflet', subj, s, [('Imprimerie' if fr else 'Print shop', f'imprimerie@{ORG[org]["domain"]}')],
                body, when, attachments=[dict(filename=('feuillet.pdf' if fr else 'leaflet.pdf'), ctype='application/pdf', data=make_pdf(title, lines))])


def n_audit(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    s = make_staff(rng, lang, rng.choice(['coord', 'chef']), org)
    n = rng.randint(40, 120)
    e = rng.randint(2, 14)
    if fr:
        body = f"""{greet(rng, lang)}

Résultats de l'audit des FADM (février) : {n} dossiers audités, {e} erreurs de transcription ({100 * e / n:.1f} %), dont {rng.randint(0, 3)} avec omission de dose. Aucun événement grave.
Recommandations : double vérification lors des nouvelles ordonnances; formation courte au prochain caucus.
Le rapport d'agrément est attendu en juin; les normes « Gestion des médicaments » et « Prévention des infections » sont prioritaires.

{signature(rng, s, lang)}"""
        subj = 'Résultats audit FADM / préparation agrément'
    else:
        body = f"""{greet(rng, lang)}

MAR audit results (February): {n} records audited, {e} transcription errors ({100 * e / n:.1f}%), {rng.randint(0, 3)} with an omitted dose. No serious events.
Recommendations: double-check on new orders; short training at the next huddle.
The accreditation survey is expected in June; "Medication Management" and "Infection Prevention" standards are the priority.

{signature(rng, s, lang)}"""
        subj = 'MAR audit results / accreditation prep'
    return spec('audit', lang, [], 'aggregate audit results', subj, s, [dept_addr('Equipe soins' if fr else 'Nursing team', org)], body, when)


def n_community_partner(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['relais', 'clsc', 'park', 'crc', 'harbour'])
    lang = 'en' if org in ('park', 'harbour') and rng.random() < 0.7 else lang
    fr = lang == 'fr'
    s = make_staff(rng, lang, rng.choice(['coord', 'infc', 'adm']), org)
    to = make_staff(rng, lang, rng.choice(['coord', 'ts']), rng.choice(['edpe', 'mtc']))
    kind = rng.choice(['hours', 'process', 'contact', 'capacity'])
    if fr:
        txt = {
            'hours': f"À compter du {workday_after(when, 5):%Y-%m-%d}, le sans rendez-vous TAO de la {ORG[org]['fr']} sera ouvert du lundi au vendredi de 8 h à 11 h, et le samedi de 9 h à 11 h.",
            'process': f"Pour les références à la sortie, merci d'utiliser désormais le formulaire de référence unifié et de l'envoyer au {ORG[org]['fax']}, au moins 5 jours ouvrables avant la date de libération.",
            'contact': f"Je remplace {make_staff(rng, lang, 'coord', org)['name']} comme personne-ressource pour les références des établissements de détention. Mes coordonnées : {ORG[org]['phone']}.",
            'capacity': "Nous avons actuellement 6 places disponibles pour des nouvelles prises en charge TAO ce mois-ci. Au-delà, délai d'environ 2 semaines.",
        }[kind]
        subj = {'hours': 'Nouvel horaire – sans rendez-vous', 'process': 'Processus de référence – mise à jour', 'contact': 'Nouvelle personne-ressource',
                'capacity': 'Disponibilités – nouvelles prises en charge'}[kind]
    else:
        txt = {
            'hours': f"Starting {workday_after(when, 5):%Y-%m-%d}, the {ORG[org]['en']} walk-in OAT clinic will be open Monday to Friday 8 to 11 am and Saturday 9 to 11 am.",
            'process': f"For release referrals, please use the unified referral form and fax it to {ORG[org]['fax']} at least 5 business days before the release date.",
            'contact': f"I'm taking over from {make_staff(rng, lang, 'coord', org)['name']} as the contact person for referrals from correctional facilities. You can reach me at {ORG[org]['phone']}.",
            'capacity': "We currently have 6 openings for new OAT patients this month. After that, about a 2-week wait.",
        }[kind]
        subj = {'hours': 'New walk-in hours', 'process': 'Referral process - update', 'contact': 'New contact person', 'capacity': 'Openings - new patients'}[kind]
    body = f"{greet(rng, lang, to['first'])}\n\n{txt}\n\n{closing(rng, lang)}\n{signature(rng, s, lang)}"
    atts = []
    if kind == 'process' and rng.random() < 0.7:
        atts.append(dict(filename=('formulaire_reference_vierge.docx' if fr else 'referral_form_blank.docx'),
                         ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         data=make_docx('Formulaire de référence' if fr else 'Referral form',
                                        ['Nom : ____________' if fr else 'Name: ____________', 'Date de libération : ______' if fr else 'Release date: ______',
                                         'TAO : [ ] méthadone [ ] buprénorphine' if fr else 'OAT: [ ] methadone [ ] buprenorphine'])))
    return spec('community_partner', lang, [], 'community partner service notice', subj, s, [to], body, when, attachments=atts)


def n_research(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['crt', 'mtc', 'edpe'])
    s = make_staff(rng, lang, rng.choice(['md', 'psy', 'coord']), org)
    if fr:
        body = f"""{greet(rng, lang)}

Le comité d'éthique de la recherche a approuvé (no de projet CER-{when.year}-{rng.randint(100, 999)}) l'étude « Continuité du traitement par agonistes opioïdes dans les 30 jours suivant la libération : étude de cohorte rétrospective ».
Objectif : estimer la proportion de personnes recevant une dose de TAO dans les 72 h suivant la sortie. Taille visée : 400 participants. Les données seront dépersonnalisées à l'extraction; aucune donnée nominative ne quittera l'établissement.
Le protocole complet est joint. Les cliniciens intéressés à collaborer peuvent me contacter.

{signature(rng, s, lang)}"""
        subj = 'Approbation CER – étude sur la continuité du TAO'
    else:
        body = f"""{greet(rng, lang)}

The research ethics board has approved (project REB-{when.year}-{rng.randint(100, 999)}) the study "Continuity of opioid agonist treatment in the 30 days after release: a retrospective cohort".
Aim: estimate the proportion of people receiving an OAT dose within 72 h of release. Target sample: 400 participants. Data will be de-identified at extraction; no identifying data will leave the institution.
Full protocol attached. Clinicians interested in collaborating can contact me.

{signature(rng, s, lang)}"""
        subj = 'REB approval - OAT continuity study'
    att = dict(filename='protocole_etude.docx' if fr else 'study_protocol.docx',
               ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
               data=make_docx('Protocole de recherche' if fr else 'Research protocol',
                              ['## Méthodes' if fr else '## Methods', 'Cohorte rétrospective, 2022-2024.' if fr else 'Retrospective cohort, 2022-2024.',
                               '## Analyse' if fr else '## Analysis', 'Régression logistique.' if fr else 'Logistic regression.']))
    return spec('research', lang, [], 'research protocol without participant identities', subj, s,
                [('Équipe clinique' if fr else 'Clinical team', f'clinique@{ORG[org]["domain"]}')], body, when, attachments=[att])


def n_supplies(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    s = make_staff(rng, lang, 'inf', org)
    b = make_staff(rng, lang, 'achat', org)
    items = rng.sample([('pansements hydrocolloïdes', 'hydrocolloid dressings'), ('gobelets doseurs', 'dosing cups'), ('abaisse-langues', 'tongue depressors'),
                        ('tests de grossesse', 'pregnancy tests'), ('bandelettes urinaires', 'urine dipsticks'), ('trousses de naloxone', 'naloxone kits'),
                        ('masques N95 (taille M)', 'N95 masks (size M)'), ('lancettes', 'lancets')], 4)
    rows = [[(i[0] if fr else i[1]), rng.randint(2, 50)] for i in items]
    if fr:
        body = f"{greet(rng, lang, b['first'])}\n\nCommande hebdomadaire de l'infirmerie :\n" + '\n'.join(f'- {r[0]} : {r[1]}' for r in rows) + \
               f"\n\nCentre de coûts {rng.randint(6000, 6999)}. Livraison avant {short_day(workday_after(when, 3), lang)} si possible.\n\n{closing(rng, lang)}\n{signature(rng, s, lang, 1)}"
        subj = 'Commande infirmerie'
    else:
        body = f"{greet(rng, lang, b['first'])}\n\nWeekly HCU order:\n" + '\n'.join(f'- {r[0]}: {r[1]}' for r in rows) + \
               f"\n\nCost centre {rng.randint(6000, 6999)}. Delivery before {short_day(workday_after(when, 3), lang)} if possible.\n\n{closing(rng, lang)}\n{signature(rng, s, lang, 1)}"
        subj = 'HCU supply order'
    return spec('supplies', lang, [], 'supply order', subj, s, [b], body, when)


def n_staff_invite(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'crt'])
    s = make_staff(rng, lang, rng.choice(['chef', 'coord']), org)
    att = [make_staff(rng, lang, rng.choice(['inf', 'infc', 'md', 'pharm']), org) for _ in range(rng.randint(2, 5))]
    d = workday_after(when, rng.randint(2, 10)).replace(hour=rng.choice([9, 10, 14]), minute=0)
    title = rng.choice([('Caucus mensuel – service de santé', 'Monthly Health Services huddle'),
                        ('Comité TAO – révision des indicateurs', 'OAT committee – indicator review'),
                        ('Rencontre avec les partenaires communautaires', 'Meeting with community partners'),
                        ('Simulation code bleu', 'Code blue simulation')])[0 if fr else 1]
    ics = make_ics(f'{d:%Y%m%d%H%M}-{rng.randint(1000, 9999)}@{ORG[org]["domain"]}', d, d + datetime.timedelta(hours=1), title,
                   ('Salle ' if fr else 'Room ') + rng.choice(['A-104', 'B-210', 'Teams']), ('Ordre du jour à venir.' if fr else 'Agenda to follow.'),
                   organizer=(s['name'], s['email']), attendees=[(a['name'], a['email']) for a in att])
    body = (f"{greet(rng, lang)}\n\n{title} — {short_day(d, lang)}, {d:%H} h.\n\n{signature(rng, s, lang, 1)}" if fr else
            f"{greet(rng, lang)}\n\n{title} — {short_day(d, lang)}, {d:%H}:00.\n\n{signature(rng, s, lang, 1)}")
    kw = {}
    atts = []
    if rng.random() < 0.5:
        kw = dict(ics_inline=ics, body_kind='alt')
    else:
        atts.append(dict(filename='invite.ics', ctype='text/calendar; method=REQUEST; charset="utf-8"', data=ics))
    return spec('staff_invite', lang, [], 'staff meeting calendar invitation', ('Invitation : ' if fr else 'Invitation: ') + title, s, att, body, when,
                attachments=atts, **kw)


def n_staff_vcard(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'relais', 'crt', 'hrsa'])
    s = make_staff(rng, lang, rng.choice(['md', 'psy', 'pharm', 'coord', 'ts']), org)
    to = make_staff(rng, lang, rng.choice(['inf', 'adm']), rng.choice(['edpe', 'mtc']))
    o = ORG[org]
    addr = o['addr'].replace('  ', ' ')
    parts = addr.split(', ')
    card = dict(fn=s['dname'], n=(s['last'], s['first']), org=o[lang], title=s['title'], tel=[('WORK', o['phone']), ('FAX', o['fax'])],
                email=s['email'], note=('Coordonnées professionnelles' if fr else 'Work contact'))
    vcf = make_vcf([card])
    body = (f"{greet(rng, lang, to['first'])}\n\nVoici mes coordonnées pour les références futures.\n\n{signature(rng, s, lang)}" if fr else
            f"{greet(rng, lang, to['first'])}\n\nHere are my contact details for future referrals.\n\n{signature(rng, s, lang)}")
    return spec('staff_vcard', lang, [], 'vCard of a staff member (work contact)', 'Coordonnées' if fr else 'Contact details', s, [to], body, when,
                attachments=[dict(filename=f'{s["first"]} {s["last"]}.vcf', ctype='text/x-vcard', data=vcf)])


def n_admin_thread(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    a = make_staff(rng, lang, rng.choice(['chef', 'adm']), org)
    b = make_staff(rng, lang, rng.choice(['coord', 'infc', 'pharm']), org)
    topic = rng.choice([
        ("Stationnement du personnel pendant les travaux", "Les places P3 sont réservées au personnel de nuit jusqu'à la fin des travaux.", "Parfait, merci pour l'info.",
         "Staff parking during construction", "P3 spots are reserved for night staff until construction ends.", "Great, thanks."),
        ("Commande de sarraus", "Les tailles sont à remettre avant vendredi.", "J'ai envoyé les tailles de l'équipe de soir.",
         "Scrubs order", "Sizes are due Friday.", "I sent the evening team's sizes."),
        ("Budget formation", "Il reste 3 200 $ au budget de formation pour l'année.", "On pourrait financer 2 inscriptions au congrès.",
         "Training budget", "$3,200 left in this year's training budget.", "We could fund 2 conference registrations."),
        ("Clés du local de pharmacie", "Une clé manque au registre depuis mardi.", "Retrouvée dans la boîte du poste de contrôle.",
         "Pharmacy room keys", "One key missing from the log since Tuesday.", "Found in the control post box."),
    ])
    if fr:
        body = f"{topic[2]}\n\n{b['first']}\n\nLe {later(when, -1):%Y-%m-%d} à 16:12, {a['name']} <{a['email']}> a écrit :\n> {greet(rng, lang)}\n>\n> {topic[1]}\n>\n> {a['first']}"
        subj = f'RE: {topic[0]}'
    else:
        body = f"{topic[5]}\n\n{b['first']}\n\nOn {later(when, -1):%Y-%m-%d} at 4:12 PM, {a['name']} <{a['email']}> wrote:\n> {greet(rng, lang)}\n>\n> {topic[4]}\n>\n> {a['first']}"
        subj = f'RE: {topic[3]}'
    return spec('admin_thread', lang, [], 'administrative reply thread', subj, b, [a], body, when, reply=True)
