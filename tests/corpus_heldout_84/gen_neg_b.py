"""Negative builders, part B: blank forms, staff occupational health, conference programmes,
on-call rosters, aggregate bed census, drug shortages, research protocols, facilities, radio tests,
poison-prevention campaigns, telehealth room bookings, staff vCards."""
import datetime

from gen_common import ORGS, pick, chance, staff, staff_addr, phone_fmt, fmt_date, hhmm
from gen_mime import Mail, Att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf
from gen_text import greet, close, signature, compose, dec, unit_no
from gen_people import sender, team, ascii_fn
from gen_neg_a import luhn_serial, _all_staff


# ------------------------------------------------------------------ 13. blank forms
def blank_form(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['corti', 'spl', 'hvn']))
    title = pick(ctx.rng, [L('Demande de transfert interétablissement', 'Inter-facility transfer request'),
                           L('Rapport d\'intervention préhospitalière', 'Patient care report'),
                           L('Demande de transport non urgent', 'Non-urgent transport request'),
                           L('Formulaire de consentement à la téléconsultation', 'Teleconsultation consent form')])
    fields = [L('Nom du patient : ______________________', 'Patient name: ______________________'),
              L('Prénom : ______________   Sexe : F [ ]  M [ ]  X [ ]', 'First name: ______________   Sex: F [ ]  M [ ]  X [ ]'),
              L('Date de naissance : AAAA-MM-JJ', 'Date of birth: YYYY-MM-DD'),
              L('NAM : ____ ____ ____   Exp. : __/__', 'Health card (RAMQ): ____ ____ ____   Exp.: __/__'),
              L('No de dossier : __________', 'MRN: __________'),
              L('Diagnostic principal : ______________________', 'Primary diagnosis: ______________________'),
              L('Médication en cours : [ ] anticoagulant  [ ] insuline  [ ] opioïde', 'Current meds: [ ] anticoagulant  [ ] insulin  [ ] opioid'),
              L('Allergies : ______________', 'Allergies: ______________'),
              L('Signature du médecin référent : ______________', 'Referring physician signature: ______________')]
    kind = ctx.rng.randrange(3)
    ver = 'v%d.%d' % (ctx.rng.randrange(1, 6), ctx.rng.randrange(10))
    base = ascii_fn(title).replace('\'', '')[:36]
    if kind == 0:
        att = Att('%s_%s.pdf' % (base, ver), 'application/pdf', data=make_pdf(title, fields, author=ORGS['corti'][0], subtitle=ver))
    elif kind == 1:
        att = Att('%s_%s.docx' % (base, ver), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  data=make_docx(title, fields, author='%s %s' % me))
    else:
        rows = [[L('Champ', 'Field'), L('Valeur', 'Value')]] + [[f.split(':')[0], ''] for f in fields]
        att = Att('%s_%s.xlsx' % (base, ver), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                  data=make_xlsx([(L('Formulaire', 'Form'), rows)], author='%s %s' % me))
    paras = [L('Voici la nouvelle version (%s) du formulaire « %s ». Merci de détruire les anciennes copies papier.' % (ver, title),
               'Here is the new version (%s) of the "%s" form. Please discard old paper copies.' % (ver, title)),
             L('Le champ NAM est maintenant obligatoire.', 'The health card field is now mandatory.') if ctx.chance(0.5) else '']
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Agente d\'information', 'Information officer'), 'corti'))
    return Mail(ctx.lang, L('Nouveau formulaire : ', 'New form: ') + title, frm, _all_staff(ctx, 'hvn', 'Unités de soins', 'Care units', 'unites'),
                text, atts=[att], note='blank form template')


# ------------------------------------------------------------------ 14. staff occupational health
def staff_occ_health(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'ciss')
    emp = staff(ctx.rng, exclude=[me])
    sup = staff(ctx.rng, exclude=[me, emp])
    kind = ctx.rng.randrange(3)
    if kind == 0:
        facts = L('entorse lombaire en soulevant une civière lors d\'un quart de nuit; assignation temporaire (tâches administratives) pour 3 semaines',
                  'lumbar strain lifting a stretcher on a night shift; modified duties (admin) for 3 weeks')
    elif kind == 1:
        facts = L('exposition percutanée (piqûre d\'aiguille) lors d\'une intervention; suivi sérologique prévu à 6 semaines et 3 mois en santé au travail',
                  'needlestick exposure during a call; occupational health serology follow-up at 6 weeks and 3 months')
    else:
        facts = L('retour progressif au travail après un arrêt pour stress post-traumatique; horaire de jour seulement',
                  'graduated return to work after PTSD leave; day shifts only')
    paras = [L('Avis de la santé et sécurité au travail concernant %s %s (matricule %d) :' % (emp[0], emp[1], ctx.rng.randrange(10000, 99999)),
               'Occupational health notice regarding %s %s (employee #%d):' % (emp[0], emp[1], ctx.rng.randrange(10000, 99999))),
             facts + '.',
             L('Merci d\'ajuster l\'horaire en conséquence. Le formulaire ADR de la CNESST a été transmis.', 'Please adjust the schedule accordingly. The CNESST claim form was filed.')]
    text = compose(ctx, greet(ctx, sup[0]), paras, signature(ctx, me, L('Conseillère en santé et sécurité du travail', 'Occupational health advisor'), 'ciss'))
    return Mail(ctx.lang, pick(ctx.rng, [L('SST - assignation temporaire', 'OHS - modified duties'), L('Santé au travail - suivi employé', 'Occupational health - employee follow-up')]),
                frm, [('%s %s' % sup, staff_addr(sup, ORGS['spl'][1]))], text, note='employee occupational health (staff, not patient)')


# ------------------------------------------------------------------ 15. conference programmes
def conference_program(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['chul', 'spl']))
    speakers = staff(ctx.rng, 5, exclude=[me])
    topics = [L('Thrombectomie : élargir la fenêtre thérapeutique', 'Thrombectomy: widening the window'),
              L('Surdoses d\'opioïdes en région : portrait 2024', 'Rural opioid overdoses: 2024 picture'),
              L('Transport aéromédical des patients instables', 'Air transport of unstable patients'),
              L('Sepsis préhospitalier : antibiotiques avant l\'arrivée ?', 'Prehospital sepsis: antibiotics before arrival?'),
              L('Gestion des lits et patients NSA : leçons apprises', 'Bed management and ALC: lessons learned'),
              L('Télé-AVC en région éloignée', 'Telestroke in remote regions')]
    ctx.rng.shuffle(topics)
    times = sorted(ctx.rng.sample(['08h30', '09h15', '10h30', '11h15', '13h30', '14h15', '15h00'], 5))
    if ctx.lang == 'en':
        times = [t.replace('h', ':') for t in times]
    lines = [L('%s — Dr %s %s : %s', '%s — Dr. %s %s: %s') % (tm, g, s, t)
             for tm, (g, s), t in zip(times, speakers, topics)]
    paras = [L('Programme préliminaire — Journée régionale de médecine d\'urgence et préhospitalière', 'Preliminary programme — Regional emergency & prehospital medicine day'),
             '\n'.join(lines), L('Inscription : 75 $ (gratuit pour les résidents). Crédits FMOQ/SOFEDUC reconnus.', 'Registration: $75 (free for residents). CME credits available.')]
    atts = []
    if ctx.chance(0.5):
        atts.append(Att(L('programme_journee.pdf', 'programme.pdf'), 'application/pdf',
                        data=make_pdf(paras[0], lines + ['', paras[2]], author=ORGS['chul'][0], compress=ctx.chance(0.5))))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Comité scientifique', 'Scientific committee'), 'chul'))
    return Mail(ctx.lang, L('Programme - Journée régionale d\'urgence', 'Programme - Regional emergency medicine day'), frm,
                _all_staff(ctx, 'chul', 'Médecins et paramédics', 'Physicians and paramedics', 'liste.urgence'), text, atts=atts,
                note='conference programme, speakers and topics')


# ------------------------------------------------------------------ 16. on-call rosters
def oncall_roster(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['corti', 'chul']))
    docs = staff(ctx.rng, 6, exclude=[me])
    specs = [(L('Cardiologie / hémodynamie', 'Cardiology / cath lab'), L('STEMI, choc cardiogénique', 'STEMI, cardiogenic shock')),
             (L('Neurologie vasculaire', 'Stroke neurology'), L('AVC aigu, thrombectomie', 'acute stroke, thrombectomy')),
             (L('Neurochirurgie', 'Neurosurgery'), L('hématomes intracrâniens, TCC', 'intracranial bleeds, TBI')),
             (L('Chirurgie vasculaire', 'Vascular surgery'), L('dissections et ruptures d\'anévrisme', 'dissections, ruptured AAA')),
             (L('Soins intensifs', 'Critical care'), L('sepsis, insuffisance respiratoire', 'sepsis, respiratory failure')),
             (L('Pédiatrie', 'Paediatrics'), L('intoxications, convulsions', 'poisonings, seizures'))]
    w = ctx.day - datetime.timedelta(days=ctx.day.weekday())
    lines = ['%s — Dr %s %s — %s — %s' % (sp, g, s, cond, phone_fmt(ctx.rng)) for (g, s), (sp, cond) in zip(docs, specs)]
    paras = [L('Garde des centres receveurs, semaine du %s :' % fmt_date(ctx.rng, w, 'fr', 1), 'Receiving-centre on-call, week of %s:' % fmt_date(ctx.rng, w, 'en', 1)),
             '\n'.join(lines), L('Toute demande passe d\'abord par le CORTI (24/7).', 'All requests go through CORTI first (24/7).')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Agente administrative, CORTI', 'Admin, CORTI'), 'corti'))
    return Mail(ctx.lang, L('Liste de garde - semaine du %s', 'On-call list - week of %s') % w.strftime('%Y-%m-%d'), frm,
                _all_staff(ctx, 'corti', 'Urgences de la région', 'Regional EDs', 'urgences'), text,
                note='physician on-call roster with specialties and conditions treated')


# ------------------------------------------------------------------ 17. aggregate bed census
def bed_census_aggregate(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['hvn', 'corti']))
    sites = ['HRVN', 'CHU-L', 'HSCP', 'HRAS', 'CHMA']
    rows = [[L('Site', 'Site'), L('Civières', 'Stretchers'), L('Occupation %', 'Occupancy %'), '> 24 h', L('NSA', 'ALC'), L('Attente lit SI', 'ICU waits')]]
    for s in sites:
        rows.append([s, ctx.rng.randrange(12, 60), ctx.rng.randrange(80, 175), ctx.rng.randrange(0, 20), ctx.rng.randrange(2, 40), ctx.rng.randrange(0, 5)])
    tbl = '\n'.join('\t'.join(str(c) for c in r) for r in rows)
    html = None
    if ctx.chance(0.5):
        html = '<html><body><p>%s</p><table border="1" cellpadding="3">%s</table><p>%s</p></body></html>\n' % (
            L('Portrait régional des urgences à 8h :', 'Regional ED snapshot at 08:00:'),
            '\n'.join('<tr>' + ''.join('<td>%s</td>' % c for c in r) + '</tr>' for r in rows),
            L('Niveau de surcapacité : ORANGE', 'Overcapacity level: ORANGE'))
    paras = [L('Portrait régional des urgences à 8h :', 'Regional ED snapshot at 08:00:'), tbl,
             L('Niveau de surcapacité : %s. %d ambulances en attente de transfert de soins à HRVN.' % (pick(ctx.rng, ['JAUNE', 'ORANGE', 'ROUGE']), ctx.rng.randrange(1, 7)),
               'Overcapacity level: %s. %d ambulances waiting on offload at HRVN.' % (pick(ctx.rng, ['YELLOW', 'ORANGE', 'RED']), ctx.rng.randrange(1, 7)))]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Coordonnateur de la fluidité', 'Patient flow coordinator'), 'corti'))
    return Mail(ctx.lang, L('Portrait urgences %s', 'ED snapshot %s') % ctx.day.strftime('%d/%m'), frm,
                _all_staff(ctx, 'ciss', 'Cellule de coordination', 'Coordination cell', 'cellule'), text, html=html,
                note='aggregate bed census, no patients')


# ------------------------------------------------------------------ 18. drug shortages
def drug_shortage(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['hvn', 'chul']))
    drug, alt = pick(ctx.rng, [(L('salbutamol en solution pour nébulisation 5 mg/mL', 'salbutamol nebulizer solution 5 mg/mL'), L('salbutamol en aérosol-doseur avec chambre d\'espacement', 'MDI salbutamol with spacer')),
                               (L('fentanyl 50 mcg/mL fioles de 2 mL', 'fentanyl 50 mcg/mL 2 mL vials'), L('hydromorphone 2 mg/mL', 'hydromorphone 2 mg/mL')),
                               (L('glucagon 1 mg trousse', 'glucagon 1 mg kit'), L('glucagon intranasal 3 mg', 'intranasal glucagon 3 mg')),
                               (L('midazolam 5 mg/mL', 'midazolam 5 mg/mL'), L('lorazépam 4 mg/mL', 'lorazepam 4 mg/mL'))])
    paras = [L('AVIS DE PÉNURIE', 'SHORTAGE NOTICE'),
             L('Produit : %s\nDurée prévue : %d semaines\nSubstitut autorisé : %s' % (drug, ctx.rng.randrange(2, 16), alt),
               'Product: %s\nExpected duration: %d weeks\nApproved substitute: %s' % (drug, ctx.rng.randrange(2, 16), alt)),
             L('Les protocoles seront ajustés temporairement. Aucune action requise pour les patients déjà traités.', 'Protocols will be temporarily adjusted. No action needed for patients already treated.')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Chef du département de pharmacie', 'Director of pharmacy'), 'hvn'))
    return Mail(ctx.lang, L('Pénurie : ', 'Shortage: ') + drug.split(' ')[0], frm,
                _all_staff(ctx, 'ciss', 'Prescripteurs', 'Prescribers', 'prescripteurs'), text, note='drug shortage notice')


# ------------------------------------------------------------------ 19. research protocols
def research_protocol(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'chul')
    pi = staff(ctx.rng, exclude=[me])
    acro = pick(ctx.rng, ['PREHOS-AVC', 'NALOX-IN', 'TRANSFER-ICU', 'TELE-811'])
    paras = [L('Étude %s — version 3.1 du protocole approuvée par le CER (no %d-%04d)' % (acro, ctx.when.year, ctx.rng.randrange(10000)),
               'Study %s — protocol v3.1 approved by the REB (#%d-%04d)' % (acro, ctx.when.year, ctx.rng.randrange(10000))),
             L('Chercheur principal : Dr %s %s\nCritères d\'inclusion : adultes ≥ 18 ans avec suspicion d\'AVC ou de surdose transportés par ambulance\n'
               'Critères d\'exclusion : grossesse, refus, transfert interétablissement\nTaille visée : 420 participants' % pi,
               'Principal investigator: Dr. %s %s\nInclusion: adults ≥ 18 with suspected stroke or overdose transported by ambulance\n'
               'Exclusion: pregnancy, refusal, inter-facility transfer\nTarget sample: 420 participants' % pi),
             L('Les données seront dénominalisées à la source. Aucune liste de participants ne doit circuler par courriel.',
               'Data will be de-identified at source. Participant lists must never be sent by e-mail.')]
    atts = []
    if ctx.chance(0.5):
        atts.append(Att('%s_protocole_v3.1.pdf' % acro if ctx.lang == 'fr' else '%s_protocol_v3.1.pdf' % acro, 'application/pdf',
                        data=make_pdf(paras[0], paras[1].split('\n') + ['', paras[2]], author=ORGS['chul'][0])))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Coordonnatrice de recherche', 'Research coordinator'), 'chul'))
    return Mail(ctx.lang, L('Étude %s - protocole approuvé', 'Study %s - protocol approved') % acro, frm,
                _all_staff(ctx, 'spl', 'Paramédics participants', 'Participating paramedics', 'recherche'), text, atts=atts,
                note='research protocol without participant identities')


# ------------------------------------------------------------------ 20. facilities
def facilities(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'hvn')
    what = pick(ctx.rng, [
        (L('Fermeture de l\'héliport', 'Helipad closure'), L('L\'héliport sera fermé pour réfection de la surface du %s au %s. Les évacuations aéromédicales seront redirigées vers l\'aéroport municipal (transfert ambulancier 12 min).',
                                                            'The helipad will be closed for resurfacing from %s to %s. Medevacs will land at the municipal airport (12-min ambulance transfer).')),
        (L('Portes du garage ambulancier', 'Ambulance bay doors'), L('Les portes du garage ambulancier seront remplacées du %s au %s. Utiliser l\'entrée temporaire côté nord.',
                                                                      'The ambulance bay doors will be replaced from %s to %s. Use the temporary north entrance.')),
        (L('Ascenseur 3 hors service', 'Elevator 3 out of service'), L('L\'ascenseur 3 (civières) sera hors service du %s au %s. Prévoir du temps pour les transferts vers le bloc.',
                                                                        'Elevator 3 (stretcher) will be out of service from %s to %s. Allow extra time for OR transfers.')),
        (L('Stationnement P2', 'Parking P2'), L('Le stationnement P2 sera fermé du %s au %s pour déneigement lourd.', 'Parking P2 will be closed from %s to %s for snow removal.')),
    ])
    d1 = ctx.day + datetime.timedelta(days=ctx.rng.randrange(2, 12))
    d2 = d1 + datetime.timedelta(days=ctx.rng.randrange(1, 10))
    paras = [what[1] % (fmt_date(ctx.rng, d1, ctx.lang), fmt_date(ctx.rng, d2, ctx.lang)),
             L('Bon de travail : BT-%06d. Questions : services techniques, poste 2270.' % ctx.rng.randrange(10**6), 'Work order: WO-%06d. Questions: facilities, ext. 2270.' % ctx.rng.randrange(10**6))]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Services techniques', 'Facilities management'), 'hvn'))
    return Mail(ctx.lang, what[0], frm, _all_staff(ctx, 'hvn', 'Tout le personnel', 'All staff'), text, note='facilities notice')


# ------------------------------------------------------------------ 21. radio tests
def radio_test(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'ccs')
    chans = ['TAC-%d' % n for n in sorted(ctx.rng.sample(range(1, 9), 3))]
    paras = [L('Test hebdomadaire des canaux radio mardi à 10h00 : %s.' % ', '.join(chans), 'Weekly radio channel test Tuesday 10:00: %s.' % ', '.join(chans)),
             L('Chaque unité doit confirmer en ondes avec son indicatif (ex. « %s, test 5 sur 5 »). Les unités en affectation P0/P1 sont exemptées.' % unit_no(ctx),
               'Each unit confirms on air with its call sign (e.g. "%s, test 5 by 5"). Units on P0/P1 assignments are exempt.' % unit_no(ctx)),
             L('Rappel : les noms des patients ne doivent jamais être mentionnés en ondes.', 'Reminder: never say patient names on air.')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Chef de salle, CCS', 'Floor supervisor, dispatch'), 'ccs'))
    return Mail(ctx.lang, L('Test radio hebdomadaire', 'Weekly radio test'), frm, _all_staff(ctx, 'spl', 'Unités', 'All units', 'unites'), text,
                note='radio test notice')


# ------------------------------------------------------------------ 22. poison-prevention campaigns
def poison_prevention(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'cap')
    topic = pick(ctx.rng, [
        (L('Champignons sauvages', 'Wild mushrooms'), L('%d appels l\'automne dernier pour ingestion de champignons sauvages, dont %d hospitalisations.', '%d calls last fall for wild mushroom ingestion, %d hospitalizations.')),
        (L('Produits comestibles de cannabis', 'Cannabis edibles'), L('%d enfants de moins de 6 ans ont été exposés à des produits comestibles l\'an dernier (%d admis aux soins intensifs).', '%d children under 6 exposed to edibles last year (%d ICU admissions).')),
        (L('Piles bouton', 'Button batteries'), L('%d ingestions de piles bouton rapportées, dont %d ayant nécessité une endoscopie.', '%d button battery ingestions reported, %d requiring endoscopy.')),
        (L('Monoxyde de carbone', 'Carbon monoxide'), L('%d intoxications au CO cet hiver, dont %d traitées en caisson hyperbare.', '%d CO poisonings this winter, %d treated with hyperbaric oxygen.')),
    ])
    n1 = ctx.rng.randrange(40, 400)
    paras = [L('Campagne de prévention : %s' % topic[0], 'Prevention campaign: %s' % topic[0]), topic[1] % (n1, ctx.rng.randrange(3, 30)),
             L('Affiches et dépliants disponibles (commande via le portail). Numéro du Centre antipoison : 1 800 555-0199.',
               'Posters and leaflets available via the portal. Poison Centre line: 1 800 555-0199.')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Éducatrice en prévention', 'Prevention educator'), 'cap'))
    return Mail(ctx.lang, L('Prévention : ', 'Prevention: ') + topic[0], frm, _all_staff(ctx, 'ciss', 'Partenaires', 'Partners', 'partenaires'), text,
                form=pick(ctx.rng, [None, 'html']), note='poison prevention campaign with aggregate figures')


# ------------------------------------------------------------------ 23. telehealth room booking (staff meeting)
def telehealth_room_booking(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'tele')
    others = staff(ctx.rng, 3, exclude=[me])
    purpose = pick(ctx.rng, [L('Rencontre du comité télé-AVC', 'Telestroke committee meeting'), L('Formation des infirmières sur le chariot de télésanté', 'Nurse training on the telehealth cart'),
                             L('Test de connexion avec Pointe-Boréale', 'Connection test with Pointe-Boréale'), L('Revue mensuelle des indicateurs de téléconsultation', 'Monthly teleconsult KPI review')])
    start = (ctx.when + datetime.timedelta(days=ctx.rng.randrange(2, 20))).replace(hour=ctx.rng.randrange(8, 16), minute=0, second=0, tzinfo=None)
    ics = make_ics('room-%s@telesante-boreale.example' % ctx.idx, purpose, L('Salle télésanté 1. Aucun patient.', 'Telehealth room 1. No patients.'),
                   start, start + datetime.timedelta(hours=1), L('Salle télésanté 1, CLSC Lac-Brûlé', 'Telehealth room 1, Lac-Brûlé CLSC'),
                   ('%s %s' % me, frm[1]), [('%s %s' % o, staff_addr(o, ORGS['tele'][1])) for o in others])
    text = compose(ctx, greet(ctx), [L('Invitation pour : %s.' % purpose, 'Invitation: %s.' % purpose)], signature(ctx, me, '', 'tele', short=True))
    return Mail(ctx.lang, L('Invitation : ', 'Invitation: ') + purpose, frm, [('%s %s' % o, staff_addr(o, ORGS['tele'][1])) for o in others], text,
                atts=[Att('invite.ics', 'text/calendar', text=ics)], note='calendar invitation for a staff meeting')


# ------------------------------------------------------------------ 24. staff vCards
def staff_vcard(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['corti', 'sab', 'cap']))
    newp = staff(ctx.rng, exclude=[me])
    org = pick(ctx.rng, ['corti', 'sab', 'cap', 'is811'])
    role = pick(ctx.rng, [L('Infirmière coordonnatrice de nuit', 'Night coordination nurse'), L('Chef des opérations aériennes', 'Flight operations lead'),
                          L('Toxicologue conseil', 'Consulting toxicologist')])
    vcf = make_vcf(newp[0], newp[1], tel=[('WORK', phone_fmt(ctx.rng)), ('CELL', phone_fmt(ctx.rng))], email=staff_addr(newp, ORGS[org][1]),
                   org=ORGS[org][0], title=role)
    text = compose(ctx, greet(ctx), [L('Je vous présente %s, %s, qui se joint à notre équipe. Sa carte de contact est jointe.' % (' '.join(newp), role.lower()),
                                       'Please welcome %s, %s, who joins our team. Contact card attached.' % (' '.join(newp), role.lower()))],
                   signature(ctx, me, L('Directrice', 'Director'), org))
    return Mail(ctx.lang, L('Nouvelle collègue - coordonnées', 'New colleague - contact details'), frm, _all_staff(ctx, org, 'Partenaires', 'Partners', 'partenaires'),
                text, atts=[Att('%s_%s.vcf' % (ascii_fn(newp[0]), ascii_fn(newp[1])), 'text/vcard', text=vcf)], note='staff vCard')
