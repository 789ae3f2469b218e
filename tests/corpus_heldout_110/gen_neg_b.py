"""Negative templates, part B: recalls, shortages, newsletters, conferences, committees, statistics,
blank forms, teaching cases, directories, training, protocols, research, operations, inventory, notices."""
import datetime

from gen_common import (L, HOSPITALS, CLINICS, SUPPLIERS, actor, closing, fdate, fday, greet, hosp, oname, phone, sup,
                        time_str, work_day, digits, signature, MEDS)
from gen_tpl import mail, mailbox, later, re_subj, fw_subj, forward_inline, who, ascii_fname
from gen_neg_a import R, luhn_serial, any_supplier
import gen_files as F
import gen_mime as M


def all_partners(rng, lang):
    h = rng.choice(HOSPITALS)
    return [(L(lang, 'Partenaires – ', 'Partners - ') + oname(h, lang), 'partenaires@%s' % h['dom'])]


# ---------------------------------------------------------------- N3
def n_recall(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('oxygen', rng), sup('dialysis', rng), sup('rental', rng)])
    snd = actor(w, s, lang)
    snd['sig'] = signature(rng, snd['name'], L(lang, 'Affaires réglementaires et qualité', 'Regulatory affairs and quality'), s, lang)
    prod = {'oxygen': (L(lang, 'Concentrateur d\'oxygène AeroFlo 5 (modèle AF5-200)', 'AeroFlo 5 oxygen concentrator (model AF5-200)'),
                       L(lang, 'l\'alarme de faible débit peut ne pas se déclencher', 'the low-flow alarm may fail to sound')),
            'dialysis': (L(lang, 'Ensembles de cycleur PD-Link', 'PD-Link cycler sets'),
                         L(lang, 'risque de fuite au connecteur du patient', 'risk of leakage at the patient connector')),
            'rental': (L(lang, 'Toile de lève-personne SafeLift taille L', 'SafeLift sling, size L'),
                       L(lang, 'usure prématurée des coutures', 'premature seam wear'))}[s['kind']]
    if s['kind'] == 'dialysis':
        ids = ['%02d%s%03d' % (rng.randrange(23, 26), rng.choice('ABCDEFGHJK'), rng.randrange(100, 999)) for _ in range(rng.randrange(3, 7))]
        idl = L(lang, 'Lots visés', 'Affected lots')
    else:
        ids = [luhn_serial(rng, rng.choice([9, 9, 10])) if rng.random() < 0.6 else 'SN%s' % digits(rng, 8) for _ in range(rng.randrange(4, 9))]
        idl = L(lang, 'Numéros de série visés', 'Affected serial numbers')
    text = L(lang, '%s\n\nAVIS DE RAPPEL VOLONTAIRE – %s\n\nProblème : %s. Aucun incident n\'a été rapporté à ce jour.\n\n%s :\n%s\n\n'
                   'Mesures : nos techniciens remplaceront les appareils visés chez les usagers d\'ici le %s. Aucune action n\'est requise de la part '
                   'des établissements, sauf de mettre en quarantaine les unités en inventaire.\n\nRéférence Santé Canada : RA-%d\n\n%s',
             '%s\n\nVOLUNTARY RECALL NOTICE - %s\n\nIssue: %s. No incidents have been reported to date.\n\n%s:\n%s\n\n'
             'Action: our technicians will replace affected units in clients\' homes by %s. No action is required from facilities other than '
             'quarantining units in stock.\n\nHealth Canada reference: RA-%d\n\n%s') % (
        greet(rng, lang), prod[0], prod[1], idl, '\n'.join('- ' + i for i in ids), fdate(later(day, 30), lang), rng.randrange(60000, 79999), snd['sig'])
    atts = []
    if rng.random() < 0.35:
        atts.append(dict(kind='bin', data=F.make_pdf(L(lang, 'Avis de rappel', 'Recall notice'), [prod[0], prod[1], ('table', [idl], [[i] for i in ids])]),
                         ctype='application/pdf', filename=L(lang, 'Avis_de_rappel.pdf', 'Recall_notice.pdf')))
    m = mail(rng, snd, all_partners(rng, lang), L(lang, 'Rappel volontaire – %s', 'Voluntary recall - %s') % prod[0], text, day, lang, attachments=atts)
    return R('recall', 'supplier recall with serial/lot numbers (some checksum-valid)', m)


# ---------------------------------------------------------------- N4
def n_shortage(w, rng, lang):
    day = work_day(rng)
    h = rng.choice(HOSPITALS)
    pharm = actor(w, h, lang, 'hospital')
    pharm['sig'] = signature(rng, pharm['name'], L(lang, 'Pharmacien, approvisionnement', 'Pharmacist, procurement'), h, lang)
    it = rng.choice(L(lang, [('Dianeal PD-2 glucose 2,5 % 5 L', 'remplacer par deux sacs de 2,5 L; aviser les patients en DP lors de la prochaine livraison'),
                             ('Héparine 1 000 U/mL, fioles de 10 mL', 'allocation à 70 % des commandes habituelles; privilégier les fioles de 5 mL'),
                             ('Lunettes nasales pédiatriques', 'utiliser le format néonatal ou le modèle 2,1 m coupé selon le protocole'),
                             ('Tubulures d\'extension pour concentrateur 15 m', 'limiter à une tubulure par installation')],
                      [('Dianeal PD-2 2.5% dextrose 5 L', 'substitute two 2.5 L bags; inform PD patients at the next delivery'),
                       ('Heparin 1,000 U/mL, 10 mL vials', 'allocation at 70% of usual orders; use 5 mL vials where possible'),
                       ('Paediatric nasal cannulas', 'use neonatal size or cut 7-ft model per protocol'),
                       ('50-ft concentrator extension tubing', 'limit to one tubing per installation')]))
    text = L(lang, '%s\n\nAVIS DE PÉNURIE\n\nProduit : %s\nDurée estimée : %d semaines\nConduite à tenir : %s.\n\n'
                   'Nous ferons le point à nouveau le %s.\n\n%s',
             '%s\n\nSHORTAGE NOTICE\n\nProduct: %s\nEstimated duration: %d weeks\nWhat to do: %s.\n\nWe will provide an update on %s.\n\n%s') % (
        greet(rng, lang), it[0], rng.randrange(3, 12), it[1], fday(later(day, 14), lang), pharm['sig'])
    m = mail(rng, pharm, [(L(lang, 'Fournisseurs et unités de soins', 'Suppliers and units'), 'diffusion-pharmacie@%s' % h['dom'])],
             L(lang, 'Pénurie : %s', 'Shortage: %s') % it[0], text, day, lang)
    return R('shortage', 'drug / supply shortage notice', m)


# ---------------------------------------------------------------- N11
def n_newsletter(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('oxygen', rng), sup('dialysis', rng), sup('nursing', rng)])
    snd = ('%s' % oname(s, lang), 'infolettre@%s' % s['dom'])
    arts = {'oxygen': L(lang, [('Oxygène et sécurité', 'Ne jamais fumer ni utiliser de chandelles à moins de 3 mètres d\'un concentrateur. En 2024, 4 incendies liés à l\'oxygène ont été rapportés au Québec.'),
                               ('Vivre avec la MPOC', 'La réadaptation pulmonaire réduit les hospitalisations. Parlez-en à votre équipe.'),
                               ('Nouveaux concentrateurs portables', 'Plus légers (2,2 kg), autonomie de 8 heures.')],
                        [('Oxygen safety', 'Never smoke or use candles within 3 metres of a concentrator. Four oxygen-related fires were reported in Quebec in 2024.'),
                         ('Living with COPD', 'Pulmonary rehab reduces hospital stays. Ask your care team about it.'),
                         ('New portable concentrators', 'Lighter (2.2 kg), 8-hour battery.')]),
            'dialysis': L(lang, [('Mars, mois du rein', 'Près de 5 000 Québécois sont traités par dialyse. La dialyse à domicile progresse : 18 % des nouveaux patients en 2024.'),
                                 ('Conseils pour l\'entreposage', 'Gardez les solutions entre 4 et 30 °C, à l\'abri du soleil.'),
                                 ('Nouveau service de livraison du samedi', 'Disponible dans les régions de Laval et de Longueuil.')],
                          [('March is Kidney Month', 'About 5,000 Quebecers are on dialysis. Home dialysis keeps growing: 18% of new patients in 2024.'),
                           ('Storage tips', 'Keep solutions between 4 and 30 °C, away from sunlight.'),
                           ('New Saturday deliveries', 'Now available in Laval and Longueuil.')]),
            'nursing': L(lang, [('Prévenir les chutes à domicile', 'Un aîné sur trois chute chaque année. Tapis, éclairage et barres d\'appui font la différence.'),
                                ('Soins de plaies', 'Notre équipe a suivi 1 240 plaies chroniques l\'an dernier, avec 71 % de guérison en 12 semaines.'),
                                ('Bienvenue à nos nouvelles infirmières', 'Huit infirmières se joignent à l\'équipe de la Rive-Sud.')],
                         [('Preventing falls at home', 'One senior in three falls each year. Rugs, lighting and grab bars make a difference.'),
                          ('Wound care', 'Our team followed 1,240 chronic wounds last year, 71% healed within 12 weeks.'),
                          ('Welcome to our new nurses', 'Eight nurses joined the South Shore team.')])}[s['kind']]
    title = L(lang, 'Infolettre %s – %s %d', '%s newsletter - %s %d') % (oname(s, lang), L(lang, rng.choice(['printemps', 'été', 'hiver']), rng.choice(['Spring', 'Summer', 'Winter'])), day.year)
    text = title + '\n\n' + '\n\n'.join('%s\n%s' % a for a in arts) + '\n\n' + L(lang, 'Pour vous désabonner, répondez « STOP ».', 'To unsubscribe, reply STOP.')
    html = ('<html><body style="font-family: Arial; max-width: 640px"><h1 style="color:#0a5">%s</h1>\n' % M.html.escape(title) +
            '\n'.join('<h2>%s</h2>\n<p>%s</p>' % (M.html.escape(a), M.html.escape(b)) for a, b in arts) +
            '\n<hr><p style="font-size:9pt">%s<br>%s</p></body></html>\n' % (M.html.escape(s['addr']), L(lang, 'Pour vous désabonner, répondez « STOP ».', 'To unsubscribe, reply STOP.')))
    m = mail(rng, snd, all_partners(rng, lang), title, text, day, lang, html=html, form=rng.choice(['html', 'alt', 'alt']))
    return R('newsletter', 'supplier newsletter about diseases and services, aggregate figures only', m)


# ---------------------------------------------------------------- N12
def n_conference(w, rng, lang):
    day = work_day(rng)
    org = rng.choice(SUPPLIERS + HOSPITALS)
    snd = actor(w, org, lang, org.get('kind', 'hospital'))
    topics = L(lang, ['L\'oxygénothérapie dans la MPOC : qui en bénéficie vraiment?', 'Dialyse péritonéale assistée à domicile', 'Transport des patients bariatriques',
                      'Soins palliatifs à domicile et gestion de la douleur', 'Prévention des plaies de pression', 'La SLA : équipements et ventilation à domicile'],
                  ['Oxygen therapy in COPD: who really benefits?', 'Assisted peritoneal dialysis at home', 'Transporting bariatric patients',
                   'Palliative home care and pain management', 'Preventing pressure injuries', 'ALS: equipment and home ventilation'])
    prog = []
    t = 8
    for tp in rng.sample(topics, 4):
        prog.append('%s – %s, %s : %s' % (time_str(rng, lang, t, 30), w.doctor(lang), rng.choice(L(lang, ['pneumologue', 'néphrologue', 'physiatre', 'médecin de famille', 'intensiviste'],
                                                                                               ['respirologist', 'nephrologist', 'physiatrist', 'family physician', 'intensivist'])), tp))
        t += 1
    cd = later(day, rng.randrange(20, 80))
    text = L(lang, '%s\n\nInscrivez-vous au Colloque sur les soins à domicile et le transport médical, le %s au Centre des congrès de Laval.\n\nProgramme :\n%s\n\n'
                   '5 heures de formation accréditées. Inscription : 95 $ (gratuit pour les résidents).\n\n%s',
             '%s\n\nRegister for the Home Care and Medical Transport Symposium on %s at the Laval Convention Centre.\n\nProgramme:\n%s\n\n'
             '5 accredited hours. Registration: $95 (free for residents).\n\n%s') % (greet(rng, lang), fdate(cd, lang), '\n'.join(prog), snd['sig'])
    atts = []
    if rng.random() < 0.4:
        atts.append(dict(kind='bin', data=F.make_pdf(L(lang, 'Programme du colloque', 'Symposium programme'), prog), ctype='application/pdf',
                         filename=L(lang, 'Programme_du_colloque_soins_à_domicile_%d.pdf', 'Symposium_programme_%d.pdf') % cd.year))
    m = mail(rng, snd, all_partners(rng, lang), L(lang, 'Colloque %d – programme', '%d Symposium - programme') % cd.year, text, day, lang, attachments=atts)
    return R('conference', 'conference programme with physician speakers and disease topics', m)


# ---------------------------------------------------------------- N13
def n_committee(w, rng, lang):
    day = work_day(rng)
    h = rng.choice(HOSPITALS)
    sec = actor(w, h, lang, 'hospital')
    members = [w.staff() for _ in range(5)]
    pct = rng.randrange(84, 98)
    inc = rng.randrange(0, 6)
    kind = rng.randrange(2)
    if kind == 0:
        text = L(lang, '%s\n\nORDRE DU JOUR – Comité conjoint qualité des transports\n%s, 13h30, salle 2.104 / Teams\n\n'
                       '1. Adoption de l\'ordre du jour\n2. Suivi du procès-verbal\n3. Ponctualité des transports adaptés (%d %% en %s)\n'
                       '4. Incidents déclarés (%d, aucun avec conséquence)\n5. Nouveau formulaire de réservation\n6. Varia\n\nMembres : %s\n\n%s',
                 '%s\n\nAGENDA - Joint Transport Quality Committee\n%s, 1:30 p.m., room 2.104 / Teams\n\n1. Approval of agenda\n2. Minutes follow-up\n'
                 '3. Adapted transport punctuality (%d%% in %s)\n4. Reported incidents (%d, none with harm)\n5. New booking form\n6. Other business\n\nMembers: %s\n\n%s')
        text = text % (greet(rng, lang), fday(later(day, 7), lang), pct, L(lang, 'février', 'February'), inc, ', '.join(members), sec['sig'])
        subj = L(lang, 'ODJ – Comité qualité transports', 'Agenda - Transport Quality Committee')
    else:
        text = L(lang, '%s\n\nCOMPTE RENDU – Comité de prévention des infections (volet équipements à domicile)\n\nPrésents : %s\n\n'
                       '- Taux de conformité du nettoyage des concentrateurs retournés : %d %%\n- %d non-conformités relevées à l\'entrepôt\n'
                       '- Rappel : les équipements provenant d\'un domicile en isolement C. difficile doivent être ensachés et étiquetés.\n'
                       '- Prochaine rencontre : %s\n\n%s',
                 '%s\n\nMINUTES - Infection Prevention Committee (home equipment)\n\nPresent: %s\n\n- Cleaning compliance for returned concentrators: %d%%\n'
                 '- %d non-conformities found at the warehouse\n- Reminder: equipment coming from a C. difficile isolation home must be bagged and labelled.\n'
                 '- Next meeting: %s\n\n%s') % (greet(rng, lang), ', '.join(members), pct, inc, fdate(later(day, 30), lang), sec['sig'])
        subj = L(lang, 'Compte rendu – Comité PCI équipements', 'Minutes - IPC equipment committee')
    m = mail(rng, sec, [(L(lang, 'Membres du comité', 'Committee members'), 'comite.qualite@%s' % h['dom'])], subj, text, day, lang)
    return R('committee', 'committee agenda/minutes with aggregate figures', m)


# ---------------------------------------------------------------- N14
def n_statistics(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('adapted', rng), sup('oxygen', rng), sup('ambulance', rng), sup('nursing', rng)])
    snd = actor(w, s, lang)
    months = L(lang, ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin'], ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'])
    if s['kind'] == 'oxygen':
        hdr = L(lang, ['Mois', 'Nouveaux clients', 'MPOC', 'Fibrose', 'Insuff. cardiaque', 'Autres', 'Délai moyen install. (h)'],
                ['Month', 'New clients', 'COPD', 'Fibrosis', 'Heart failure', 'Other', 'Avg install delay (h)'])
        rows = [[mo, rng.randrange(40, 90), rng.randrange(25, 60), rng.randrange(2, 10), rng.randrange(2, 9), rng.randrange(1, 8), rng.randrange(8, 30)] for mo in months]
    else:
        hdr = L(lang, ['Mois', 'Demandes', 'Réalisées', 'Annulations', 'Absences', 'Ponctualité (%)'],
                ['Month', 'Requests', 'Completed', 'Cancellations', 'No-shows', 'On time (%)'])
        rows = []
        for mo in months:
            d = rng.randrange(800, 3000)
            rows.append([mo, d, d - rng.randrange(20, 120), rng.randrange(20, 120), rng.randrange(5, 40), rng.randrange(82, 98)])
    v = rng.randrange(3)
    text = L(lang, '%s\n\nVoici les statistiques du premier semestre pour votre établissement.\n\n%s\n%s',
             '%s\n\nHere are the first-half statistics for your facility.\n\n%s\n%s') % (greet(rng, lang), closing(rng, lang), snd['sig'])
    atts = []
    m_kw = {}
    if v == 0:
        atts.append(dict(kind='bin', data=F.make_xlsx([('Stats', hdr, rows)], author=snd['name']),
                         ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename=L(lang, 'Statistiques_1er_semestre_établissement.xlsx', 'Stats_H1.xlsx')))
    elif v == 1:
        atts.append(dict(kind='text', text=F.make_csv(hdr, rows, ';'), ctype='text/csv', filename=L(lang, 'stats_semestre.csv', 'stats_h1.csv')))
    else:
        m_kw['html'] = M.text_to_html(text.split('\n\n')[0] + '\n\n' + text.split('\n\n')[1], rng).replace('</body>', M.html_table(hdr, rows) + '\n<p>' + snd['sig'].replace('\n', '<br>') + '</p></body>')
        text = text + '\n\n' + '\n'.join('\t'.join(str(c) for c in r) for r in [hdr] + rows)
        m_kw['form'] = 'alt'
    h = rng.choice(HOSPITALS)
    m = mail(rng, snd, [(L(lang, 'Direction des services', 'Service director'), 'direction@%s' % h['dom'])],
             L(lang, 'Statistiques S1 %d', 'H1 %d statistics') % day.year, text, day, lang, attachments=atts, **m_kw)
    return R('statistics', 'aggregate service statistics', m)


# ---------------------------------------------------------------- N15
def n_blank_form(w, rng, lang):
    day = work_day(rng)
    org = rng.choice(SUPPLIERS + HOSPITALS)
    snd = actor(w, org, lang, org.get('kind', 'hospital'))
    title = rng.choice(L(lang, ['Demande de transport adapté', 'Ordonnance d\'oxygénothérapie à domicile', 'Demande de services infirmiers à domicile',
                                'Demande de location d\'équipement', 'Formulaire de transport interétablissements'],
                         ['Adapted transport request', 'Home oxygen prescription', 'Home nursing referral', 'Equipment rental request',
                          'Interfacility transfer form']))
    labels = L(lang, ['Nom du patient', 'Date de naissance (AAAA-MM-JJ)', 'NAM', 'No de dossier', 'Adresse', 'Téléphone', 'Diagnostic',
                      'Médication', 'Résultats pertinents (SpO2, gaz)', 'Signature du médecin', 'No de permis'],
               ['Patient name', 'Date of birth (YYYY-MM-DD)', 'Health card number', 'Chart number', 'Address', 'Phone', 'Diagnosis',
                'Medication', 'Relevant results (SpO2, ABG)', 'Physician signature', 'Licence number'])
    blocks = [('field', l + ' :', '') for l in labels] + [L(lang, 'Version 2025-02. Retourner par télécopieur au %s.', 'Version 2025-02. Fax back to %s.') % phone(rng)]
    kind = rng.choice(['pdf', 'docx'])
    data = F.make_pdf(title, blocks) if kind == 'pdf' else F.make_docx(title, blocks)
    ctype = 'application/pdf' if kind == 'pdf' else 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    fname = ascii_fname(title) + '_v2025-02.' + kind if rng.random() < 0.6 else title + '.' + kind
    text = L(lang, '%s\n\nVoici la nouvelle version du formulaire « %s ». Merci de détruire les anciennes versions et d\'utiliser celle-ci dès le %s.\n\n%s\n%s',
             '%s\n\nHere is the new version of the "%s" form. Please discard older versions and use this one starting %s.\n\n%s\n%s') % (
        greet(rng, lang), title, fdate(later(day, 7), lang), closing(rng, lang), snd['sig'])
    m = mail(rng, snd, all_partners(rng, lang), L(lang, 'Nouveau formulaire : %s', 'New form: %s') % title, text, day, lang,
             attachments=[dict(kind='bin', data=data, ctype=ctype, filename=fname)])
    return R('blank_form', 'blank form template with identifier field labels', m)


# ---------------------------------------------------------------- N16
def n_teaching_case(w, rng, lang):
    day = work_day(rng)
    org = rng.choice([sup('oxygen', rng), sup('nursing', rng), rng.choice(HOSPITALS)])
    snd = actor(w, org, lang, org.get('kind', 'hospital'))
    age = rng.randrange(55, 88)
    case = rng.choice(L(lang, [
        'Un homme de %d ans, ancien fumeur (50 paquets-années), connu pour une MPOC GOLD 3, reçoit de l\'oxygène 2 L/min. Au domicile, SpO2 à 84 %% '
        'au repos, FR 28/min, utilisation des muscles accessoires. Il prend du tiotropium et du salbutamol au besoin.\n\nQuestions : 1) Quels signes justifient un '
        'transfert à l\'urgence? 2) Faut-il augmenter le débit d\'oxygène avant l\'arrivée des paramédics?',
        'Une femme de %d ans en dialyse péritonéale depuis 2 ans présente un dialysat trouble et des douleurs abdominales. Leucocytes dans le dialysat : 450/µL.\n\n'
        'Questions : 1) Quel est le diagnostic le plus probable? 2) Quels prélèvements faire avant l\'antibiothérapie intrapéritonéale?',
        'Un patient de %d ans, diabétique de type 2, présente un ulcère plantaire de 2 cm avec écoulement. HbA1c 9,8 %%.\n\n'
        'Questions : 1) Quelle classification utiliser? 2) Quand référer en clinique du pied diabétique?'],
        ['A %d-year-old man, former smoker (50 pack-years), with GOLD 3 COPD is on oxygen 2 L/min. At home, SpO2 84%% at rest, RR 28, '
         'accessory muscle use. He takes tiotropium and salbutamol PRN.\n\nQuestions: 1) Which signs warrant transfer to the ED? '
         '2) Should the oxygen flow be increased before paramedics arrive?',
         'A %d-year-old woman on peritoneal dialysis for 2 years presents with cloudy effluent and abdominal pain. Effluent WBC 450/µL.\n\n'
         'Questions: 1) What is the most likely diagnosis? 2) Which samples should be taken before intraperitoneal antibiotics?',
         'A %d-year-old patient with type 2 diabetes has a 2 cm draining plantar ulcer. HbA1c 9.8%%.\n\n'
         'Questions: 1) Which classification should be used? 2) When to refer to the diabetic foot clinic?'])) % age
    case = case.replace('A 8', 'An 8')
    text = L(lang, '%s\n\nVoici le cas clinique (fictif, anonymisé) pour la formation de jeudi.\n\n%s\n\nRéponses en séance.\n\n%s',
             '%s\n\nHere is the (fictional, anonymised) case for Thursday\'s teaching session.\n\n%s\n\nAnswers in class.\n\n%s') % (greet(rng, lang), case, snd['sig'])
    m = mail(rng, snd, [(L(lang, 'Équipe clinique', 'Clinical team'), 'equipe.clinique@%s' % org['dom'])],
             L(lang, 'Cas clinique – formation', 'Teaching case'), text, day, lang)
    return R('teaching_case', 'anonymised teaching case with diagnosis and lab values', m)


# ---------------------------------------------------------------- N17
def n_physician_directory(w, rng, lang):
    day = work_day(rng)
    h = rng.choice(HOSPITALS + CLINICS)
    snd = actor(w, h, lang, 'hospital')
    specs = L(lang, ['néphrologie – dialyse péritonéale', 'néphrologie – hémodialyse à domicile', 'pneumologie – MPOC et oxygénothérapie',
                     'pneumologie – fibrose pulmonaire', 'gériatrie – démence', 'soins palliatifs', 'physiatrie – blessés médullaires'],
              ['nephrology - peritoneal dialysis', 'nephrology - home hemodialysis', 'respirology - COPD and home oxygen',
               'respirology - pulmonary fibrosis', 'geriatrics - dementia', 'palliative care', 'physiatry - spinal cord injury'])
    v = rng.randrange(2)
    if v == 0:
        wk = later(day, 3)
        lines = ['%s : %s (%s)' % (L(lang, ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'], ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])[i], w.doctor(lang), rng.choice(specs))
                 for i in range(5)]
        text = L(lang, '%s\n\nListe de garde des médecins répondants pour les fournisseurs de soins à domicile, semaine du %s :\n\n%s\n\n'
                       'Pour joindre le médecin de garde : téléphoniste au %s.\n\n%s',
                 '%s\n\nOn-call physicians for home-care suppliers, week of %s:\n\n%s\n\nTo reach the on-call physician: switchboard %s.\n\n%s') % (
            greet(rng, lang), fdate(wk, lang), '\n'.join(lines), phone(rng), snd['sig'])
        subj = L(lang, 'Liste de garde – semaine du %s', 'On-call list - week of %s') % fdate(wk, lang, 1)
    else:
        doc = w.doctor(lang)
        text = L(lang, '%s\n\nNous avons le plaisir d\'annoncer l\'arrivée de %s, spécialisé(e) en %s. %s accepte dès maintenant les nouvelles '
                       'références de patients atteints de MPOC sévère, de fibrose pulmonaire ou d\'apnée du sommeil. Télécopieur des références : %s.\n\n%s',
                 '%s\n\nWe are pleased to welcome %s, who specialises in %s. New referrals for patients with severe COPD, pulmonary fibrosis '
                 'or sleep apnea are now accepted%s. Referral fax: %s.\n\n%s') % (
            greet(rng, lang), doc, rng.choice(specs[2:4]), L(lang, 'Ce médecin', ''), phone(rng), snd['sig'])
        subj = L(lang, 'Nouveau médecin à la clinique', 'New physician at the clinic')
    m = mail(rng, snd, all_partners(rng, lang), subj, text, day, lang)
    return R('physician_directory', 'physicians named with the diseases they treat', m)


# ---------------------------------------------------------------- N20
def n_training(w, rng, lang):
    day = work_day(rng)
    org = rng.choice(SUPPLIERS)
    snd = actor(w, org, lang)
    tr = rng.choice(L(lang, ['PDSB – déplacement sécuritaire des bénéficiaires', 'Sécurité de l\'oxygène et prévention des incendies', 'Recertification RCR/DEA',
                             'Transport des patients en isolement', 'Gestion de l\'agressivité'],
                      ['Safe patient handling (PDSB)', 'Oxygen safety and fire prevention', 'CPR/AED recertification', 'Transporting patients in isolation',
                       'Managing aggressive behaviour']))
    d = later(day, rng.randrange(5, 30))
    hh = rng.choice([8, 9, 13])
    text = L(lang, '%s\n\nUne formation obligatoire « %s » aura lieu le %s de %s à %s, salle de formation du siège social. '
                   'Inscription auprès de votre coordonnateur. Les heures sont rémunérées.\n\n%s',
             '%s\n\nMandatory training "%s" will be held on %s from %s to %s at the head-office training room. Register with your coordinator. '
             'Hours are paid.\n\n%s') % (greet(rng, lang), tr, fday(d, lang), time_str(rng, lang, hh, 0), time_str(rng, lang, hh + 3, 30), snd['sig'])
    atts = []
    if rng.random() < 0.5:
        start = datetime.datetime(d.year, d.month, d.day, hh, 0)
        ics = F.make_ics('%08x@%s' % (rng.randrange(16 ** 8), org['dom']), start, start + datetime.timedelta(hours=3, minutes=30), tr,
                         L(lang, 'Salle de formation, siège social', 'Training room, head office'), L(lang, 'Formation obligatoire', 'Mandatory training'),
                         (snd['name'], snd['addr']), [(L(lang, 'Personnel terrain', 'Field staff'), 'terrain@%s' % org['dom'])])
        atts.append(dict(kind='text', text=ics, ctype='text/calendar', filename='formation.ics' if lang == 'fr' else 'training.ics'))
    m = mail(rng, snd, [(L(lang, 'Personnel terrain', 'Field staff'), 'terrain@%s' % org['dom'])], L(lang, 'Formation : %s', 'Training: %s') % tr,
             text, day, lang, attachments=atts)
    return R('training', 'staff training notice', m)


# ---------------------------------------------------------------- N21
def n_policy_protocol(w, rng, lang):
    day = work_day(rng)
    org = rng.choice(SUPPLIERS + HOSPITALS)
    snd = actor(w, org, lang, org.get('kind', 'hospital'))
    pr = rng.choice(L(lang, [('Transport d\'un usager en isolement (SARM, ERV, C. difficile)',
                              ['Vérifier l\'indication d\'isolement sur la requête.', 'Porter blouse et gants; masque si précautions gouttelettes.',
                               'Désinfecter la civière avec un produit sporicide après un cas de C. difficile.', 'Consigner le nettoyage au registre.']),
                             ('Nettoyage des concentrateurs retournés',
                              ['Ensacher l\'appareil au domicile.', 'Remplacer filtres et tubulures.', 'Désinfecter les surfaces (peroxyde 0,5 %).',
                               'Étiqueter « propre » avec la date et les initiales du technicien.']),
                             ('Entreposage des bouteilles d\'oxygène au domicile',
                              ['Maximum 12 bouteilles E.', 'Loin de toute source de chaleur.', 'Bouteilles attachées ou couchées.', 'Affiche « Oxygène – interdit de fumer ».'])],
                      [('Transporting a patient in isolation (MRSA, VRE, C. difficile)',
                        ['Check the isolation indication on the request.', 'Wear gown and gloves; mask for droplet precautions.',
                         'Disinfect the stretcher with a sporicidal product after a C. difficile case.', 'Log the cleaning in the register.']),
                       ('Cleaning returned concentrators',
                        ['Bag the unit in the home.', 'Replace filters and tubing.', 'Disinfect surfaces (0.5% peroxide).',
                         'Label "clean" with date and technician initials.']),
                       ('Storing oxygen cylinders at home',
                        ['Maximum 12 E cylinders.', 'Away from heat sources.', 'Cylinders secured or lying flat.', '"Oxygen - no smoking" sign posted.'])]))
    text = L(lang, '%s\n\nVoici la procédure révisée « %s », en vigueur le %s :\n\n%s\n\n%s',
             '%s\n\nHere is the revised procedure "%s", effective %s:\n\n%s\n\n%s') % (
        greet(rng, lang), pr[0], fdate(later(day, 10), lang), '\n'.join('%d. %s' % (i + 1, s) for i, s in enumerate(pr[1])), snd['sig'])
    atts = []
    if rng.random() < 0.4:
        atts.append(dict(kind='bin', data=F.make_docx(pr[0], pr[1], author=snd['name']),
                         ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document', filename=L(lang, 'Procédure_révisée.docx', 'Procedure.docx')))
    m = mail(rng, snd, [(L(lang, 'Personnel', 'Staff'), 'personnel@%s' % org['dom'])], L(lang, 'Procédure révisée', 'Revised procedure'), text, day, lang, attachments=atts)
    return R('policy_protocol', 'generic procedure mentioning infections, no patient', m)


# ---------------------------------------------------------------- N22
def n_research_protocol(w, rng, lang):
    day = work_day(rng)
    h = rng.choice(HOSPITALS)
    snd = actor(w, h, lang, 'hospital')
    snd['sig'] = signature(rng, snd['name'], L(lang, 'Coordonnatrice de recherche', 'Research coordinator'), h, lang)
    text = L(lang, '%s\n\nLe protocole DOMI-DIAL v2.1 (comparaison de la qualité de vie en dialyse péritonéale et en hémodialyse à domicile) a été approuvé '
                   'par le CER (no %d-%03d). Critères d\'inclusion : adultes en dialyse à domicile depuis plus de 3 mois; exclusion : espérance de vie < 6 mois. '
                   'Objectif de recrutement : 120 participants sur 18 mois. Les fournisseurs recevront uniquement des données agrégées.\n\n'
                   'Le protocole complet est joint.\n\n%s',
             '%s\n\nThe DOMI-DIAL v2.1 protocol (quality of life on peritoneal vs home hemodialysis) was approved by the REB (no. %d-%03d). '
             'Inclusion: adults on home dialysis for more than 3 months; exclusion: life expectancy < 6 months. Recruitment target: 120 participants '
             'over 18 months. Suppliers will only receive aggregate data.\n\nFull protocol attached.\n\n%s') % (greet(rng, lang), day.year, rng.randrange(1, 400), snd['sig'])
    pdf = F.make_pdf('DOMI-DIAL v2.1', [L(lang, 'Objectif principal : comparer les scores KDQOL-36 à 12 mois.', 'Primary objective: compare KDQOL-36 scores at 12 months.'),
                                        L(lang, 'Devis : cohorte prospective multicentrique.', 'Design: prospective multicentre cohort.'),
                                        L(lang, 'Analyse : modèles mixtes; seuil alpha 0,05.', 'Analysis: mixed models; alpha 0.05.')])
    m = mail(rng, snd, [who(actor(w, sup('dialysis', rng), lang))], L(lang, 'Protocole DOMI-DIAL approuvé', 'DOMI-DIAL protocol approved'), text, day, lang,
             attachments=[dict(kind='bin', data=pdf, ctype='application/pdf', filename='DOMI-DIAL_v2.1.pdf')])
    return R('research_protocol', 'research protocol without participant identities', m)


# ---------------------------------------------------------------- N25
def n_scheduling_ops(w, rng, lang):
    day = work_day(rng)
    v = rng.randrange(4)
    s = sup(rng.choice([['adapted', 'ambulance'], ['adapted', 'ambulance'], ['oxygen', 'dialysis', 'rental'],
                        ['adapted', 'oxygen', 'nursing', 'rental']][v]), rng)
    snd = actor(w, s, lang)
    d = later(day, rng.randrange(1, 10))
    text = [L(lang, 'En raison de la tempête prévue, tous les transports non urgents du %s sont annulés, sauf les transports pour dialyse et '
                    'oncologie, qui sont maintenus. Nous communiquerons avec chaque unité pour reprogrammer.',
              'Due to the forecast storm, all non-urgent transports on %s are cancelled, except dialysis and oncology trips, which are maintained. '
              'We will contact each unit to reschedule.'),
            L(lang, 'À compter du %s, le délai minimal de réservation passe à 48 h ouvrables. Les demandes reçues après 15h seront traitées le lendemain.',
              'Starting %s, the minimum booking lead time becomes 48 business hours. Requests received after 3 p.m. will be processed the next day.'),
            L(lang, 'Pendant le congé férié du %s, le service de livraison sera fermé. Les commandes urgentes pourront être passées au service de garde.',
              'During the statutory holiday on %s, deliveries will be closed. Urgent orders can be placed with the on-call service.'),
            L(lang, 'Notre capacité sera réduite de 15 %% la semaine du %s (formation du personnel). Merci de regrouper les demandes lorsque possible.',
              'Our capacity will be reduced by 15%% the week of %s (staff training). Please group requests where possible.')][v] % fday(d, lang)
    subj = [L(lang, 'Tempête – annulation des transports non urgents', 'Storm - non-urgent transports cancelled'),
            L(lang, 'Nouveau délai de réservation', 'New booking lead time'), L(lang, 'Congé férié – livraisons', 'Holiday - deliveries'),
            L(lang, 'Capacité réduite', 'Reduced capacity')][v]
    m = mail(rng, snd, all_partners(rng, lang), subj, '%s\n\n%s\n\n%s\n%s' % (greet(rng, lang), text, closing(rng, lang), snd['sig']), day, lang)
    return R('scheduling_ops', 'operational notice without any patient', m)


# ---------------------------------------------------------------- N26
def n_inventory(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('rental', rng), sup('oxygen', rng)])
    snd = actor(w, s, lang)
    hdr = L(lang, ['No actif', 'No série', 'Modèle', 'Dépôt', 'Statut', 'Dernier entretien'], ['Asset', 'Serial', 'Model', 'Depot', 'Status', 'Last service'])
    models = {'rental': ['Invacare G-Series', 'Drive Delta', 'Joerns Hoyer HPL402', 'Medline Excel 2000'],
              'oxygen': ['AeroFlo 5', 'Inogen One G5', 'EverFlo Q', 'SimplyGo Mini']}[s['kind']]
    rows = []
    for i in range(rng.randrange(8, 16)):
        rows.append(['A-%05d' % rng.randrange(100000), luhn_serial(rng, rng.choice([9, 10])) if rng.random() < 0.5 else 'SN%s' % digits(rng, 8),
                     rng.choice(models), rng.choice(['Laval', 'Longueuil', 'Blainville', 'Terrebonne']),
                     rng.choice(L(lang, ['en location', 'en entrepôt', 'en réparation', 'à désinfecter'], ['rented', 'in stock', 'in repair', 'to disinfect'])),
                     (day - datetime.timedelta(days=rng.randrange(10, 300))).isoformat()])
    csvt = F.make_csv(hdr, rows, rng.choice([',', ';']))
    text = L(lang, '%s\n\nInventaire au %s pour l\'audit annuel du contrat (équipements appartenant à l\'établissement).\n\n%s\n%s',
             '%s\n\nInventory as of %s for the annual contract audit (facility-owned equipment).\n\n%s\n%s') % (
        greet(rng, lang), fdate(day, lang), closing(rng, lang), snd['sig'])
    h = rng.choice(HOSPITALS)
    m = mail(rng, snd, [(L(lang, 'Gestion des actifs', 'Asset management'), 'actifs@%s' % h['dom'])], L(lang, 'Inventaire des équipements', 'Equipment inventory'),
             text, day, lang, attachments=[dict(kind='text', text=csvt, ctype='text/csv', filename='inventaire_%s.csv' % day.strftime('%Y%m%d'))])
    return R('inventory', 'equipment inventory with asset and serial numbers', m)


# ---------------------------------------------------------------- N28
def n_forwarded_notice(w, rng, lang):
    day = work_day(rng)
    h = rng.choice(HOSPITALS)
    snd = actor(w, h, lang, 'hospital')
    ministry = ('%s' % L(lang, 'Direction des services préhospitaliers', 'Prehospital Services Directorate'), 'dspu@msss.example')
    v = rng.randrange(2)
    memo = [L(lang, 'Circulaire 2025-%03d\n\nObjet : tarification du transport ambulancier 2025-2026\n\nÀ compter du 1er avril, le tarif de base passe à 125 $ '
                    'et le tarif kilométrique à 1,75 $. Les usagers de 65 ans et plus demeurent exemptés. Les établissements sont responsables des transports '
                    'interétablissements.',
              'Circular 2025-%03d\n\nRe: ambulance transport rates 2025-2026\n\nEffective April 1, the base rate becomes $125 and the per-km rate $1.75. '
              'Users aged 65 and over remain exempt. Facilities are responsible for interfacility transports.'),
            L(lang, 'Circulaire 2025-%03d\n\nObjet : programme d\'oxygénothérapie à domicile – critères d\'admissibilité\n\nL\'oxygène de longue durée est couvert '
                    'lorsque la PaO2 au repos est ≤ 55 mmHg, ou ≤ 59 mmHg en présence de cœur pulmonaire ou de polyglobulie. Réévaluation après 3 mois.',
              'Circular 2025-%03d\n\nRe: home oxygen program - eligibility criteria\n\nLong-term oxygen is covered when resting PaO2 is ≤ 55 mmHg, or ≤ 59 mmHg '
              'with cor pulmonale or polycythemia. Reassess after 3 months.')][v] % rng.randrange(1, 200)
    orig = mail(rng, ministry, [(L(lang, 'Directions des établissements', 'Facility directors'), 'directions@msss.example')],
                memo.split('\n\n')[1].split(' : ', 1)[-1].split(': ', 1)[-1], memo, later(day, -3) if day.weekday() > 2 else day, lang)
    s = rng.choice([sup('ambulance', rng), sup('oxygen', rng)])
    intro = L(lang, '%s\n\nPour votre information, voir la circulaire ci-dessous/ci-jointe.\n\n%s', '%s\n\nFYI, see the circular below/attached.\n\n%s') % (
        greet(rng, lang), snd['sig'])
    if rng.random() < 0.5:
        m = mail(rng, snd, [who(actor(w, s, lang))], fw_subj(orig['subject'], lang, rng), intro + '\n\n' + forward_inline(orig, lang), day, lang)
    else:
        m = mail(rng, snd, [who(actor(w, s, lang))], fw_subj(orig['subject'], lang, rng), intro, day, lang,
                 attachments=[dict(kind='eml', mail=orig, filename=None)])
    return R('forwarded_notice', 'forwarded ministry circular (inline or message/rfc822)', m)


# ---------------------------------------------------------------- N29
def n_meeting_invite(w, rng, lang):
    day = work_day(rng)
    s = any_supplier(rng)
    h = rng.choice(HOSPITALS)
    org_ = actor(w, h, lang, 'hospital')
    att = [who(actor(w, s, lang)), who(actor(w, h, lang, 'hospital'))]
    d = later(day, rng.randrange(3, 20))
    hh = rng.choice([9, 10, 13, 14])
    start = datetime.datetime(d.year, d.month, d.day, hh, 0)
    summ = L(lang, 'Suivi de contrat %s / %s', 'Contract follow-up %s / %s') % (s['fr'].split(' ')[0], h['key'].upper())
    desc = L(lang, 'Ordre du jour : indicateurs de performance, facturation, plan de contingence hivernal. Lien Teams à venir.',
             'Agenda: KPIs, billing, winter contingency plan. Teams link to follow.')
    ics = F.make_ics('%08x@%s' % (rng.randrange(16 ** 8), h['dom']), start, start + datetime.timedelta(hours=1), summ,
                     L(lang, 'Salle 2.104 / Teams', 'Room 2.104 / Teams'), desc, (org_['name'], org_['addr']), att)
    text = '%s\n\n%s\n\n%s' % (greet(rng, lang), desc, org_['sig'])
    m = mail(rng, org_, att, summ, text, day, lang,
             attachments=[dict(kind='text', text=ics, ctype='text/calendar', filename='invite.ics')])
    return R('meeting_invite', 'staff/supplier meeting invitation', m)
