"""Negative templates, part 2: newsletters, continuing education, committee notices,
IT notices, aggregate statistics, blank forms."""
import datetime as _dt
import html as H

import gen_attach as A
import gen_common as C
import gen_data as D
from gen_base import join
from gen_neg1 import _org, _luhn_serial


# ------------------------------------------------------------------ newsletter
def newsletter(c):
    c.set_region()
    org = _org(c)
    ed = c.pharmacist('mrn_len' in org)
    topics = c.rng.sample([
        (c.L('Sémaglutide et diabète de type 2 : quoi surveiller', 'Semaglutide in type 2 diabetes: what to monitor'),
         c.L('Nausées fréquentes en début de traitement; titrer lentement. Attention aux pénuries récurrentes.',
             'Nausea is common early on; titrate slowly. Watch for recurring shortages.')),
        (c.L('Anticoagulants oraux directs en insuffisance rénale', 'DOACs in renal impairment'),
         c.L('Ajuster l\'apixaban selon l\'âge, le poids et la créatinine (2 critères sur 3).',
             'Adjust apixaban by age, weight and creatinine (2 of 3 criteria).')),
        (c.L('Déprescription des benzodiazépines chez l\'aîné', 'Deprescribing benzodiazepines in older adults'),
         c.L('Réduire de 25 %% toutes les 2 semaines; offrir la TCC-I.', 'Taper by 25%% every 2 weeks; offer CBT-I.')),
        (c.L('Vaccin RSV : nouvelles recommandations du CIQ', 'RSV vaccine: new NACI guidance'),
         c.L('Offert aux 75 ans et plus et aux résidents de CHSLD.', 'Offered to adults 75+ and LTC residents.')),
        (c.L('Lithium et AINS : une interaction à ne pas manquer', 'Lithium and NSAIDs: an interaction not to miss'),
         c.L('Hausse de la lithémie de 20 à 40 %%; privilégier l\'acétaminophène.',
             'Lithium levels rise 20-40%%; prefer acetaminophen.')),
        (c.L('Méthotrexate hebdomadaire : erreurs de fréquence', 'Weekly methotrexate: frequency errors'),
         c.L('Trois incidents signalés au Québec cette année; double vérification recommandée.',
             'Three incidents reported in the province this year; double check recommended.')),
    ], 3)
    num = c.rng.randrange(20, 140)
    title = c.L('Info-Pharmaco – numéro %d', 'Pharmacy Pulse - Issue %d') % num
    paras = [(t, (b % ()) if '%%' in b else b) for t, b in topics]
    html = ('<html><body style="font-family:Georgia,serif;max-width:640px"><h1 style="color:#1b5e8a">%s</h1>' % H.escape(title) +
            ''.join('<h2>%s</h2><p>%s</p>' % (H.escape(t), H.escape(b)) for t, b in paras) +
            '<hr><p style="font-size:9pt">%s<br>%s</p></body></html>' % (
                H.escape(c.L('Rédaction : ', 'Editor: ') + ed['full'] + ', ' + ed['title']),
                H.escape(c.L('Pour vous désabonner, répondez « retrait ».', 'To unsubscribe, reply "remove".'))))
    text = join(title, *['%s\n%s' % (t, b) for t, b in paras], c.L('Rédaction : ', 'Editor: ') + ed['full'])
    mode = c.choice(['html', 'alt', 'alt'])
    atts = []
    if c.chance(0.35):
        atts.append({'filename': c.L('InfoPharmaco_%d.pdf', 'PharmacyPulse_%d.pdf') % num, 'ctype': 'application/pdf',
                     'data': A.make_pdf(title, ['%s: %s' % (t, b) for t, b in paras], compress=c.chance(0.5))})
    return c.spec('newsletter', title, text, (c.L('Info-Pharmaco', 'Pharmacy Pulse'), c.generic_addr('bulletin', org['domain'])),
                  [(c.L('Abonnés', 'Subscribers'), c.generic_addr('abonnes', org['domain']))], html=html, mode=mode,
                  attachments=atts, note='pharmacy newsletter about diseases/drugs')


# ------------------------------------------------------------------ continuing education / conference
def ce_event(c):
    c.set_region()
    org = _org(c)
    coord = c.staff()
    spk = [c.doctor(c.choice([c.L('cardiologue', 'cardiologist'), c.L('néphrologue', 'nephrologist'),
                              c.L('interniste', 'internist')])),
           c.doctor(c.choice([c.L('psychiatre', 'psychiatrist'), c.L('médecin en dépendance', 'addiction medicine physician')]))]
    phs = c.pharmacist(True)
    talks = [(spk[0], c.L('Anticoagulation en fibrillation auriculaire chez l\'insuffisant rénal',
                          'Anticoagulation in atrial fibrillation with CKD')),
             (spk[1], c.L('Traitement du trouble lié à l\'usage des opioïdes : nouveautés', 'Opioid use disorder treatment update')),
             (phs, c.L('Cas cliniques : interactions avec le tacrolimus', 'Clinical cases: tacrolimus interactions'))]
    day = c.days(c.rng.randrange(10, 40))
    prog = '\n'.join('%s  %s — %s (%s)' % (t, topic, p.get('disp', p['full']), p.get('spec', p.get('title')))
                     for t, (p, topic) in zip(['8 h 30', '10 h 00', '13 h 30'] if c.fr else ['8:30', '10:00', '1:30'], talks))
    body = c.L("Journée de formation continue en pharmacothérapie – %s\nLieu : auditorium %s\n\nProgramme :\n%s\n\n"
               "Activité reconnue par l'OPQ (6 UFC). Inscription gratuite pour le personnel." % (
                   C.fmt_date(day, 'fr', 0), org['name'], prog),
               "Pharmacotherapy CE day - %s\nVenue: %s auditorium\n\nProgram:\n%s\n\nAccredited for 6 CEUs. Free for "
               "staff." % (C.fmt_date(day, 'en', 0), org['name'], prog))
    atts = []
    if c.chance(0.6):
        st = _dt.datetime(day.year, day.month, day.day, 8, 30)
        atts.append({'filename': c.L('formation_continue_pharmacothérapie.ics', 'ce_day.ics'), 'ctype': 'text/calendar',
                     'text': A.make_ics('%08x@%s' % (c.rng.getrandbits(32), org['domain']),
                                        c.L('Journée de formation continue – pharmacothérapie', 'CE day - pharmacotherapy'),
                                        st, st + _dt.timedelta(hours=8), c.L('Auditorium', 'Auditorium'),
                                        body, (coord['full'], c.addr_of(coord, org['domain'])))})
    if c.chance(0.3):
        atts.append({'filename': '%s.vcf' % spk[0]['surname'], 'ctype': 'text/vcard',
                     'text': A.make_vcard(spk[0]['given'], spk[0]['surname'], org=org['name'], title=spk[0]['spec'],
                                          tel_work=C.phone(c.rng, org.get('area')), email=c.addr_of(spk[0], org['domain']))})
    text = join(c.greet(), body, c.close(), coord['full'] + '\n' + c.L('Coordination de l\'enseignement', 'Education coordinator'))
    subj = c.L('Formation continue – %s', 'CE day - %s') % C.fmt_date(day, c.lang, 0)
    return c.spec('ce_event', subj, text, (coord['full'], c.addr_of(coord, org['domain'])),
                  [(c.L('Pharmaciens', 'Pharmacists'), c.generic_addr('pharmaciens', org['domain']))], attachments=atts,
                  note='continuing education programme with speakers and topics')


# ------------------------------------------------------------------ P&T / committee
def committee_notice(c):
    c.set_region('QC' if c.fr else 'ON')
    h = c.hospital()
    sec = c.staff()
    chair = c.doctor(c.L('interniste', 'internist'))
    items = [c.L('Ajout au formulaire : sémaglutide (diabète de type 2, IMC > 30)', 'Formulary addition: semaglutide (T2DM, BMI > 30)'),
             c.L('Retrait : ranitidine', 'Removal: ranitidine'),
             c.L('Ordonnance collective : ajustement de la warfarine par les pharmaciens', 'Medical directive: pharmacist warfarin dosing'),
             c.L('Bilan des incidents médicamenteux T3 (statistiques agrégées)', 'Q3 medication incident summary (aggregate)'),
             c.L('Protocole d\'antibioprophylaxie chirurgicale – révision', 'Surgical antibiotic prophylaxis protocol - revision'),
             c.L('Pénurie d\'amoxicilline pédiatrique – stratégie régionale', 'Paediatric amoxicillin shortage - regional strategy')]
    chosen = c.rng.sample(items, c.rng.randrange(3, 6))
    day = c.days(c.rng.randrange(5, 20))
    agenda = '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(chosen))
    body = c.L("Comité de pharmacologie – réunion du %s, 12 h, salle du conseil.\nPrésidence : %s\n\nOrdre du jour :\n%s"
               % (C.fmt_date(day, 'fr', 0), chair['disp'], agenda),
               "Pharmacy & Therapeutics Committee - %s, 12:00, boardroom.\nChair: %s\n\nAgenda:\n%s"
               % (C.fmt_date(day, 'en', 0), chair['disp'], agenda))
    atts = []
    if c.chance(0.5):
        atts.append({'filename': c.L('ODJ_comité_pharmacologie_%s.docx', 'PT_agenda_%s.docx') % day.isoformat(),
                     'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'data': A.make_docx(c.L('Ordre du jour', 'Agenda'), body.split('\n'), author=sec['full'])})
    text = join(c.greet(), body, c.L('Le procès-verbal de la dernière rencontre est joint.', 'Minutes of the last meeting to follow.'),
                sec['full'] + '\n' + c.L('Secrétariat du comité', 'Committee secretary'))
    subj = c.L('Comité de pharmacologie – %s', 'P&T Committee - %s') % C.fmt_date(day, c.lang, 1)
    return c.spec('committee_notice', subj, text, (sec['full'], c.addr_of(sec, h['domain'])),
                  [(c.L('Membres du comité', 'Committee members'), c.generic_addr('comite-pt', h['domain']))],
                  attachments=atts, note='P&T committee notice')


# ------------------------------------------------------------------ IT notices
def it_notice(c):
    c.set_region()
    org = _org(c)
    it = c.staff()
    sysname = c.choice(['RxVision 11', 'DispensaPro', 'MedCab (cabinets automatisés)', 'PharmaLink DSQ',
                        'eMAR / CliniDose'])
    start = c.days(c.rng.randrange(2, 12))
    body = c.L(
        "Interruption planifiée : %s sera indisponible le %s de 22 h à 2 h pour une mise à jour (v%d.%d). Pendant "
        "l'interruption, utilisez les formulaires papier de saisie d'ordonnances et la procédure de dégradé. "
        "Les cabinets automatisés resteront accessibles en mode « override » pour les médicaments d'urgence "
        "(naloxone, épinéphrine). Billet de service : INC%07d."
        % (sysname, C.fmt_date(start, 'fr', 0), c.rng.randrange(3, 12), c.rng.randrange(10), c.rng.randrange(10 ** 7)),
        "Planned outage: %s will be down on %s from 10 pm to 2 am for an upgrade (v%d.%d). Use the paper order-entry "
        "forms and downtime procedure. Automated cabinets stay available in override mode for emergency meds "
        "(naloxone, epinephrine). Ticket: INC%07d."
        % (sysname, C.fmt_date(start, 'en', 0), c.rng.randrange(3, 12), c.rng.randrange(10), c.rng.randrange(10 ** 7)))
    if c.chance(0.4):
        body += '\n\n' + c.L('Numéro de série du serveur remplacé : %s. Étiquette d\'actif : %s.',
                             'Replaced server serial: %s. Asset tag: %s.') % (
            _luhn_serial(c, 10, 'ohip'), _luhn_serial(c, 9, 'sin'))
    text = join(c.greet(), body, it['full'] + '\n' + c.L('Services informatiques', 'IT Services') + '\n' +
                c.L('Soutien : poste 4357', 'Service desk: ext. 4357'))
    subj = c.L('[TI] Interruption planifiée – %s', '[IT] Planned outage - %s') % sysname
    return c.spec('it_notice', subj, text, (it['full'], c.addr_of(it, org['domain'])),
                  [(c.L('Pharmacie – tous', 'Pharmacy - all'), c.generic_addr('pharmacie', org['domain']))],
                  note='IT downtime notice')


# ------------------------------------------------------------------ aggregate statistics
def statistics(c):
    c.set_region()
    org = _org(c)
    mgr = c.pharmacist('mrn_len' in org)
    kind = c.choice(['incidents', 'medrec', 'interventions'])
    units = [c.L('Médecine', 'Medicine'), c.L('Chirurgie', 'Surgery'), c.L('USI', 'ICU'), c.L('Gériatrie', 'Geriatrics'),
             c.L('Psychiatrie', 'Psychiatry'), c.L('Urgence', 'Emergency')]
    if kind == 'incidents':
        hdr = [c.L('Unité', 'Unit'), c.L('Incidents', 'Incidents'), c.L('Accidents sans conséquence', 'No-harm events'),
               c.L('Accidents avec conséquence', 'Harm events'), c.L('Taux /1000 doses', 'Rate /1000 doses')]
        rows = [hdr] + [[u, c.rng.randrange(0, 40), c.rng.randrange(0, 15), c.rng.randrange(0, 3), round(c.rng.uniform(0.1, 2.5), 2)] for u in units]
        title = c.L('Incidents/accidents médicamenteux – période %d', 'Medication incidents - period %d') % c.rng.randrange(1, 13)
    elif kind == 'medrec':
        hdr = [c.L('Unité', 'Unit'), c.L('Admissions', 'Admissions'), c.L('BCM complétés', 'BPMH completed'), '%']
        rows = [hdr]
        for u in units:
            a = c.rng.randrange(40, 300)
            b = c.rng.randrange(a // 2, a)
            rows.append([u, a, b, round(100 * b / a, 1)])
        title = c.L('Taux de BCM à l\'admission', 'Admission med rec compliance')
    else:
        hdr = [c.L('Type d\'intervention', 'Intervention type'), c.L('Nombre', 'Count'), c.L('Acceptées', 'Accepted')]
        types = [c.L('Ajustement rénal', 'Renal dose adjustment'), c.L('Interaction', 'Drug interaction'),
                 c.L('Allergie', 'Allergy'), c.L('Duplication', 'Duplication'), c.L('Désescalade antibiotique', 'Antibiotic de-escalation')]
        rows = [hdr]
        for t in types:
            n = c.rng.randrange(10, 200)
            rows.append([t, n, c.rng.randrange(n // 2, n + 1)])
        title = c.L('Interventions pharmaceutiques – trimestre', 'Pharmacist interventions - quarter')
    fmt = c.choice(['csv', 'xlsx', 'inline', 'zip'])
    atts = []
    fn = title.split(' – ')[0].split(' - ')[0].replace(' ', '_').replace('/', '_').lower()
    if fmt == 'csv':
        atts.append({'filename': fn + '.csv', 'ctype': 'text/csv', 'text': A.make_csv(rows, ';' if c.fr else ',')})
    elif fmt == 'xlsx':
        atts.append({'filename': fn + '.xlsx', 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     'data': A.make_xlsx([(c.L('Données', 'Data'), rows)], author=mgr['full'])})
    elif fmt == 'zip':
        atts.append({'filename': c.L('rapports_%s.zip', 'reports_%s.zip') % c.today.strftime('%Y%m'), 'ctype': 'application/zip',
                     'data': A.make_zip([(fn + '.csv', A.make_csv(rows).encode('utf-8')),
                                         ('lisezmoi.txt' if c.fr else 'readme.txt',
                                          c.L('Données agrégées, aucune donnée nominative.', 'Aggregate data, no identifiers.').encode('utf-8'))])})
    body = c.L("Voici les statistiques de la période. Aucune donnée nominative n'est incluse; les détails par "
               "patient restent dans le système de gestion des risques.",
               "Here are the stats for the period. No patient-level data included; details stay in the risk "
               "management system.")
    tbl = '\n'.join(' | '.join(str(x) for x in r) for r in rows) if fmt == 'inline' else ''
    text = join(c.greet(), title, body, tbl, c.close(), c.signature(mgr, org))
    return c.spec('statistics', title, text, (mgr['full'], c.addr_of(mgr, org['domain'])),
                  [(c.L('Comité de gestion des risques', 'Risk management committee'), c.generic_addr('risques', org['domain']))],
                  attachments=atts, note='aggregate pharmacy statistics (%s)' % kind)


# ------------------------------------------------------------------ blank forms / templates
def blank_form(c):
    c.set_region()
    org = _org(c)
    me = c.staff()
    kind = c.choice(['renewal', 'medrec', 'incident', 'consent'])
    if kind == 'renewal':
        title = c.L('Demande de renouvellement d\'ordonnance', 'Prescription renewal request')
        fields = [c.L('Nom du patient : ______________________', 'Patient name: ______________________'),
                  c.L('NAM : ____ ____ ____   DDN : ____/__/__', 'Health card no.: __________  DOB: ____/__/__'),
                  c.L('Médicament / teneur / posologie : ______________', 'Drug / strength / directions: ______________'),
                  c.L('Renouveler pour : ☐ 3 mois ☐ 6 mois ☐ 12 mois', 'Renew for: [ ] 3 mo [ ] 6 mo [ ] 12 mo'),
                  c.L('Signature du prescripteur : ____________', 'Prescriber signature: ____________')]
    elif kind == 'medrec':
        title = c.L('Bilan comparatif des médicaments (BCM) – gabarit', 'Best Possible Medication History (BPMH) - template')
        fields = [c.L('Nom : ____________  Dossier : ________', 'Name: ____________  MRN: ________'),
                  c.L('Sources consultées : ☐ DSQ ☐ pharmacie communautaire ☐ patient ☐ famille',
                      'Sources: [ ] provincial viewer [ ] community pharmacy [ ] patient [ ] family'),
                  c.L('Allergies : ____________', 'Allergies: ____________'),
                  c.L('Médicament | Dose | Fréquence | Dernière prise | Poursuivre?', 'Drug | Dose | Frequency | Last dose | Continue?')]
    elif kind == 'incident':
        title = c.L('Formulaire AH-223 – rapport de déclaration d\'incident ou d\'accident', 'Medication incident report form')
        fields = [c.L('Date et heure de l\'événement : ________', 'Date/time of event: ________'),
                  c.L('Usager concerné (nom, no de dossier) : ________', 'Patient (name, MRN): ________'),
                  c.L('Type : ☐ dose ☐ médicament ☐ patient ☐ moment ☐ voie', 'Type: [ ] dose [ ] drug [ ] patient [ ] time [ ] route'),
                  c.L('Conséquences : ________', 'Outcome: ________')]
    else:
        title = c.L('Consentement – traitement par agonistes opioïdes (gabarit)', 'Consent - opioid agonist therapy (template)')
        fields = [c.L('Je, soussigné(e) ____________, accepte...', 'I, ____________, agree...'),
                  c.L('Pharmacie désignée : ____________', 'Designated pharmacy: ____________'),
                  c.L('Doses à emporter : ☐ oui ☐ non', 'Carries: [ ] yes [ ] no')]
    fmt = c.choice(['pdf', 'docx'])
    fname = c.L('gabarit_%s_vierge.%s', '%s_form_blank.%s') % (c.L({'renewal': 'renouvellement', 'medrec': 'BCM', 'incident': 'déclaration_incident', 'consent': 'consentement_TAO'}[kind], kind), fmt)
    if fmt == 'pdf':
        att = {'filename': fname, 'ctype': 'application/pdf', 'data': A.make_pdf(title, fields, compress=c.chance(0.5))}
    else:
        att = {'filename': fname, 'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
               'data': A.make_docx(title, fields, author=me['full'])}
    body = c.L("Voici la nouvelle version du formulaire « %s » (rév. %s). Merci de détruire les anciennes copies et "
               "d'utiliser celle-ci dès lundi." % (title, c.today.strftime('%Y-%m')),
               "Attached is the updated '%s' form (rev. %s). Please discard old copies and use this one starting "
               "Monday." % (title, c.today.strftime('%Y-%m')))
    text = join(c.greet(), body, c.close(), me['full'])
    subj = c.L('Nouveau formulaire : %s', 'Updated form: %s') % title
    return c.spec('blank_form', subj, text, (me['full'], c.addr_of(me, org['domain'])),
                  [(c.L('Équipe', 'Team'), c.generic_addr('equipe', org['domain']))], attachments=[att],
                  note='blank form / template (%s)' % kind)


PLAN = [(newsletter, 10), (ce_event, 10), (committee_notice, 10), (it_notice, 10), (statistics, 10), (blank_form, 10)]
