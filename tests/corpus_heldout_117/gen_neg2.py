"""Negative templates, part 2: clinical-sounding mail without an identifiable patient:
newsletters, conferences, physician profiles, statistics, shortages, recalls, invoices, blank forms,
teaching cases, research protocols, protocols and policies, inventories."""
import datetime

from gen_base import ORGS, phone, fdate, luhn_serial
from gen_clin import DX, MEDS, SYMPTOMS
from gen_common import Staff, sig, greet, close, org_name, pick
from gen_mime import Mail, Att
from gen_files import make_xlsx, make_pdf, make_docx, make_csv, make_ics, make_zip

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def n_newsletter(r, lang, when):
    a = Staff(r, 'fondation', 'commu')
    fr = lang == 'fr'
    dx = r.sample(DX, 2)
    if fr:
        arts = ['**Le mot de la direction', 'Cette année, notre équipe a accompagné plus de %d personnes et leurs proches, à domicile et à la Maison.' % r.randint(280, 420),
                '', '**Mieux comprendre : %s' % dx[0][0].split('(')[0].strip(),
                'Saviez-vous que les soins palliatifs peuvent débuter dès le diagnostic? Notre infirmière-pivot explique comment la '
                'gestion des symptômes (douleur, essoufflement, fatigue) améliore la qualité de vie.', '',
                '**Journée de la SLA', 'Le 21 juin, nous soulignons la Journée mondiale de la SLA. Une conférence grand public aura lieu à la bibliothèque municipale.',
                '', '**Bénévoles recherchés', 'Accompagnement, musique, zoothérapie : joignez-vous à nos %d bénévoles!' % r.randint(80, 160)]
        subj = 'Infolettre – %s %d' % (['hiver', 'printemps', 'été', 'automne'][(when.month % 12) // 3], when.year)
    else:
        arts = ['**From the director', 'This year our team supported more than %d people and their families, at home and at the residence.' % r.randint(280, 420),
                '', '**Understanding %s' % dx[0][1].split('(')[0].strip(),
                'Did you know palliative care can start at diagnosis? Our nurse navigator explains how symptom management (pain, '
                'breathlessness, fatigue) improves quality of life.', '', '**ALS awareness day',
                'On June 21 we mark Global ALS Day with a public talk at the municipal library.', '', '**Volunteers wanted',
                'Companionship, music, pet therapy: join our %d volunteers!' % r.randint(80, 160)]
        subj = 'Newsletter – %s %d' % (['Winter', 'Spring', 'Summer', 'Fall'][(when.month % 12) // 3], when.year)
    htm = '<html><body style="font-family:Georgia;max-width:640px">\n<h1 style="color:#2b5d34">%s</h1>\n' % (
        'Le Havre-des-Pins – Infolettre' if fr else 'Havre-des-Pins Newsletter')
    para = []
    for l in arts:
        if l.startswith('**'):
            htm += '<h2>%s</h2>\n' % l[2:]
        elif l:
            htm += '<p>%s</p>\n' % l
    htm += '<p style="font-size:8pt;color:#777">%s<br>%s</p>\n</body></html>\n' % (
        org_name('fondation', lang), 'Se désabonner : https://havredespins.example/desabonnement' if fr else 'Unsubscribe: https://havredespins.example/unsubscribe')
    txt = '\n'.join(l[2:].upper() if l.startswith('**') else l for l in arts)
    m = Mail(lang, ('Le Havre-des-Pins', 'infolettre@havredespins.example'), [('Abonnés', 'abonnes@havredespins.example')], subj,
             txt if r.random() < 0.6 else None, html=htm, date=when, mode=r.choice(['alt', 'html']))
    if m.text is None:
        m.mode = 'html'
    return m, 'public newsletter about palliative care and diseases'


def n_conference(r, lang, when):
    a = Staff(r, 'ecsp', 'chef')
    fr = lang == 'fr'
    speakers = [Staff(r, r.choice(['ecsp', 'hopital', 'gmf', 'pharma']), r.choice(['md_ecsp', 'md_onco', 'pharm', 'ts', 'inf_sad'])) for _ in range(5)]
    topics_fr = ['Sédation palliative continue : indications et surveillance', 'Méthadone en douleur cancéreuse réfractaire',
                 'SLA : anticiper la détresse respiratoire à domicile', 'Insuffisance cardiaque terminale : désactivation des défibrillateurs',
                 'Le deuil compliqué chez les proches aidants', 'AMM et troubles neurocognitifs : où en sommes-nous?',
                 'Délirium terminal : approche pharmacologique et non pharmacologique']
    topics_en = ['Continuous palliative sedation: indications and monitoring', 'Methadone for refractory cancer pain',
                 'ALS: anticipating respiratory distress at home', 'End-stage heart failure: ICD deactivation',
                 'Complicated grief in family caregivers', 'MAID and neurocognitive disorders: where are we?',
                 'Terminal delirium: pharmacological and non-pharmacological approach']
    tops = r.sample(range(len(topics_fr)), 5)
    d = (when + datetime.timedelta(days=r.randint(20, 90))).date()
    lines = []
    for i, (s, t) in enumerate(zip(speakers, tops)):
        lines.append('%s  %s – %s, %s' % (['8 h 30', '9 h 30', '10 h 45', '13 h 00', '14 h 15'][i] if fr else ['8:30', '9:30', '10:45', '1:00', '2:15'][i],
                                         topics_fr[t] if fr else topics_en[t], s.name(lang), s.role_txt(lang).lower()))
    title = '%de Journée régionale de soins palliatifs' % r.randint(8, 19) if fr else '%dth Regional Palliative Care Day' % r.randint(8, 19)
    pdf = make_pdf(['**' + title, fdate(d, lang), 'Centre des congrès de Val-des-Érables', ''] + lines +
                   ['', 'Inscription : 95 $ (repas inclus) – 6 h de formation reconnues' if fr else 'Registration: $95 (lunch included) – 6 accredited hours'],
                   title='Programme', compress=r.random() < 0.5)
    body = ('%s\n\nLe programme de la %s (%s) est maintenant disponible. Les places sont limitées.\n\n%s' % (
        greet('fr', r), title, fdate(d, 'fr'), close('fr', r))) if fr else \
        ('%s\n\nThe programme for the %s (%s) is now available. Seating is limited.\n\n%s' % (greet('en', r), title, fdate(d, 'en'), close('en', r)))
    if r.random() < 0.5:
        body += '\n\n' + '\n'.join(lines)
    m = Mail(lang, a.na(), [('Partenaires', 'partenaires@cisss-vde.example')], title, body + '\n' + sig(a, lang, r), date=when,
             atts=[Att('programme.pdf' if fr else 'program.pdf', 'application/pdf', pdf)])
    return m, 'conference programme with speakers and clinical topics'


def n_physician_profile(r, lang, when):
    a = Staff(r, 'hopital', 'commu')
    fr = lang == 'fr'
    docs = [Staff(r, 'hopital', r.choice(['md_onco', 'md_ecsp'])) for _ in range(3)]
    dxs = r.sample(DX, 3)
    if fr:
        lines = ['%s – %s; clinique de %s les %s.' % (d.name('fr'), d.role_txt('fr'), x[0].split('(')[0].split(',')[0].strip(),
                                                     r.choice(['lundis', 'mardis', 'jeudis'])) for d, x in zip(docs, dxs)]
        body = ('%s\n\nPour mettre à jour votre bottin de référence, voici les médecins qui assurent les cliniques spécialisées ce '
                'semestre :\n\n%s\n\nLes références se font via le formulaire habituel (fax %s).\n\n%s' % (
                    greet('fr', r), '\n'.join(lines), ORGS['hopital']['fax'], close('fr', r)))
        subj = 'Bottin – cliniques spécialisées'
    else:
        lines = ['%s – %s; %s clinic on %s.' % (d.name('en'), d.role_txt('en'), x[1].split('(')[0].split(',')[0].strip(),
                                              r.choice(['Mondays', 'Tuesdays', 'Thursdays'])) for d, x in zip(docs, dxs)]
        body = ('%s\n\nTo update your referral directory, here are the physicians running the specialised clinics this term:\n\n%s\n\n'
                'Referrals via the usual form (fax %s).\n\n%s' % (greet('en', r), '\n'.join(lines), ORGS['hopital']['fax'], close('en', r)))
        subj = 'Directory – specialised clinics'
    m = Mail(lang, a.na(), [('GMF partenaires', 'gmf@gmfcedres.example')], subj, body + '\n' + sig(a, lang, r), date=when)
    return m, 'physicians listed with the diseases their clinics treat'


def n_stats(r, lang, when):
    a = Staff(r, 'sad', r.choice(['qualite', 'chef']))
    fr = lang == 'fr'
    q = r.randint(1, 4)
    rows = [['Indicateur' if fr else 'Indicator', 'T%d' % q if fr else 'Q%d' % q, 'Cible' if fr else 'Target']]
    vals = [('Usagers suivis à domicile', 'Home care clients followed', r.randint(180, 260), '–'),
            ('Décès à domicile (%)', 'Deaths at home (%)', r.randint(38, 61), 45),
            ('Admissions à la Maison', 'Residence admissions', r.randint(40, 75), '–'),
            ('Durée médiane de séjour (jours)', 'Median length of stay (days)', r.randint(8, 19), '–'),
            ('Demandes d\'AMM reçues', 'MAID requests received', r.randint(9, 30), '–'),
            ('AMM administrées', 'MAID provisions', r.randint(5, 20), '–'),
            ('Délai moyen 1re visite (h)', 'Mean time to first visit (h)', r.randint(20, 60), 48),
            ('Familles rejointes en suivi de deuil (%)', 'Families reached for bereavement follow-up (%)', r.randint(70, 95), 90)]
    for f, e, v, t in vals:
        rows.append([f if fr else e, v, t])
    xl = make_xlsx([('Tableau de bord' if fr else 'Dashboard', rows)], author=a.name(lang, False))
    summary = '\n'.join('- %s : %s' % (row[0], row[1]) if fr else '- %s: %s' % (row[0], row[1]) for row in rows[1:5])
    body = ('%s\n\nVoici le tableau de bord du trimestre %d. Faits saillants :\n%s\n\nLes données sont agrégées et ne contiennent aucune '
            'information nominative.\n\n%s' % (greet('fr', r), q, summary, close('fr', r))) if fr else \
        ('%s\n\nHere is the Q%d dashboard. Highlights:\n%s\n\nData are aggregated and contain no personal information.\n\n%s' % (
            greet('en', r), q, summary, close('en', r)))
    m = Mail(lang, a.na(), [('Comité de direction' if fr else 'Management committee', 'direction@cisss-vde.example')],
             ('Tableau de bord T%d' % q) if fr else ('Q%d dashboard' % q), body + '\n' + sig(a, lang, r), date=when,
             atts=[Att('tableau_bord_T%d.xlsx' % q if fr else 'dashboard_Q%d.xlsx' % q, XLSX, xl)] if r.random() < 0.7 else [])
    return m, 'aggregate quarterly statistics'


def n_shortage(r, lang, when):
    ph = Staff(r, 'pharma', 'pharm')
    fr = lang == 'fr'
    drug = r.choice([('midazolam 5 mg/mL, fioles de 2 mL', 'midazolam 5 mg/mL, 2 mL vials', 'lorazépam SL ou méthotriméprazine', 'SL lorazepam or methotrimeprazine'),
                     ('hydromorphone 10 mg/mL (HP)', 'hydromorphone 10 mg/mL (HP)', 'hydromorphone 2 mg/mL en volumes ajustés', 'hydromorphone 2 mg/mL with adjusted volumes'),
                     ('glycopyrrolate 0,2 mg/mL', 'glycopyrrolate 0.2 mg/mL', 'scopolamine butylbromure', 'hyoscine butylbromide'),
                     ('méthadone 1 mg/mL solution orale', 'methadone 1 mg/mL oral solution', 'comprimés de méthadone 1 mg', 'methadone 1 mg tablets')])
    lot = '%s%d' % (r.choice(['A', 'K', 'T']), r.randint(10000, 99999))
    if fr:
        body = ('%s\n\nAvis de pénurie : %s (fournisseur : Laboratoires Boréal, lot %s et suivants). Retour prévu : %s.\n\n'
                'Alternative recommandée par le comité de pharmacologie : %s. Merci de ne pas constituer de réserves et de réviser '
                'les ordonnances des trousses de détresse lors des renouvellements.\n\n%s' % (
                    greet('fr', r), drug[0], lot, fdate((when + datetime.timedelta(days=r.randint(20, 70))).date(), 'fr'), drug[2], close('fr', r)))
        subj = 'Avis de pénurie – %s' % drug[0].split(',')[0]
    else:
        body = ('%s\n\nShortage notice: %s (supplier: Boreal Laboratories, lot %s onward). Expected back: %s.\n\nAlternative recommended '
                'by the P&T committee: %s. Please do not stockpile and review crisis-kit prescriptions at renewal.\n\n%s' % (
                    greet('en', r), drug[1], lot, fdate((when + datetime.timedelta(days=r.randint(20, 70))).date(), 'en'), drug[3], close('en', r)))
        subj = 'Drug shortage – %s' % drug[1].split(',')[0]
    m = Mail(lang, ph.na(), [('Prescripteurs SP' if fr else 'Palliative prescribers', 'prescripteurs.sp@cisss-vde.example')], subj,
             body + '\n' + sig(ph, lang, r), date=when)
    return m, 'drug shortage notice for a comfort medication'


def n_recall(r, lang, when):
    a = Staff(r, 'hopital', 'achat')
    fr = lang == 'fr'
    serials = [luhn_serial(r, 9) for _ in range(r.randint(3, 6))]
    fmt = lambda s: '%s %s %s' % (s[:3], s[3:6], s[6:]) if r.random() < 0.5 else s
    dev = r.choice([('la pompe à perfusion ambulatoire SC-200', 'SC-200 ambulatory infusion pump', 'alarme d\'occlusion non déclenchée', 'occlusion alarm may fail'),
                    ('le concentrateur d\'oxygène OxyLite 5', 'OxyLite 5 oxygen concentrator', 'surchauffe du compresseur', 'compressor may overheat'),
                    ('le matelas thérapeutique AirFlex', 'AirFlex therapeutic mattress', 'dégonflage lent non signalé', 'slow deflation without alarm')])
    lst = '\n'.join('  N° de série %s' % fmt(s) if fr else '  Serial no. %s' % fmt(s) for s in serials)
    if fr:
        body = ('%s\n\nRappel du fabricant (classe II) visant %s : risque de %s. Les appareils suivants '
                'de notre parc de prêt sont touchés :\n\n%s\n\nMerci de les retirer du service et de les retourner au magasin central '
                '(bon de retour RMA-%d). Aucun incident n\'a été rapporté chez nous.\n\n%s' % (
                    greet('fr', r), dev[0], dev[2], lst, r.randint(10000, 99999), close('fr', r)))
        subj = 'Rappel fabricant – %s' % dev[0].split(' ', 1)[1]
    else:
        body = ('%s\n\nManufacturer recall (class II) for the %s: %s. The following units in our loan fleet are '
                'affected:\n\n%s\n\nPlease take them out of service and return them to central stores (RMA-%d). No incident reported '
                'here.\n\n%s' % (greet('en', r), dev[1], dev[3], lst, r.randint(10000, 99999), close('en', r)))
        subj = 'Manufacturer recall – %s' % dev[1]
    m = Mail(lang, a.na(), [('Équipement SAD' if fr else 'Home care equipment', 'equipement@cisss-vde.example')], subj,
             body + '\n' + sig(a, lang, r), date=when)
    return m, 'device recall listing serial numbers (some pass a Luhn check)'


def n_invoice(r, lang, when):
    a = Staff(r, 'pharma', 'admin')
    b = Staff(r, 'maison', 'admin')
    fr = lang == 'fr'
    inv = 'F-%d-%05d' % (when.year, r.randint(1, 99999))
    po = luhn_serial(r, 10)
    items = r.sample([('Hydromorphone 10 mg/mL, 1 mL x 10', 84.20), ('Midazolam 5 mg/mL, 2 mL x 10', 37.50),
                      ('Seringues 1 mL luer-lock x 100', 22.90), ('Aiguilles papillon 25 G x 50', 41.00),
                      ('Glycopyrrolate 0,2 mg/mL x 10', 66.10), ('Timbres fentanyl 25 mcg/h x 5', 58.75),
                      ('Haloperidol 5 mg/mL x 10', 29.30)], 4)
    L = ['**' + ('FACTURE ' if fr else 'INVOICE ') + inv, org_name('pharma', lang), ORGS['pharma']['addr'], '',
         ('Facturer à : ' if fr else 'Bill to: ') + org_name('maison', lang), ('Bon de commande : ' if fr else 'PO: ') + po, '']
    tot = 0
    for name, price in items:
        q = r.randint(1, 4)
        tot += q * price
        L.append('%-40s %2d x %7.2f = %8.2f $' % (name, q, price, q * price))
    tps, tvq = tot * 0.05, tot * 0.09975
    L += ['', 'Sous-total : %.2f $' % tot, 'TPS : %.2f $' % tps, 'TVQ : %.2f $' % tvq, 'Total : %.2f $' % (tot + tps + tvq),
          'Paiement net 30 jours' if fr else 'Net 30 days']
    pdf = make_pdf(L, title='Facture', compress=r.random() < 0.5)
    body = ('%s\n\nVous trouverez ci-joint la facture %s pour les médicaments de confort livrés le %s (BC %s).\n\n%s' % (
        greet('fr', r), inv, fdate((when - datetime.timedelta(days=3)).date(), 'fr'), po, close('fr', r))) if fr else \
        ('%s\n\nPlease find attached invoice %s for the comfort medications delivered on %s (PO %s).\n\n%s' % (
            greet('en', r), inv, fdate((when - datetime.timedelta(days=3)).date(), 'en'), po, close('en', r)))
    m = Mail(lang, a.na(), [b.na()], ('Facture ' if fr else 'Invoice ') + inv, body + '\n' + sig(a, lang, r), date=when,
             atts=[Att('%s.pdf' % inv, 'application/pdf', pdf)])
    return m, 'pharmacy invoice for comfort medications; PO number passes Luhn'


def n_blank_form(r, lang, when):
    a = Staff(r, r.choice(['maison', 'sad', 'amm']), r.choice(['admin', 'qualite', 'amm']))
    fr = lang == 'fr'
    kind = r.choice(['admission', 'amm', 'deuil'])
    if fr:
        title = {'admission': 'Demande d\'admission – Maison de soins palliatifs', 'amm': 'Aide-mémoire – évaluation d\'admissibilité AMM',
                 'deuil': 'Consentement au suivi de deuil'}[kind]
        fields = ['Nom de l\'usager : ______________________', 'Date de naissance : AAAA-MM-JJ', 'NAM : ____ ____ ____ (4 lettres, 8 chiffres)',
                  'Diagnostic principal : ______________________', 'Échelle PPS : ____ %', 'Médication actuelle : (joindre le profil pharmacologique)',
                  'Personne-ressource : ______________  Tél. : (___) ___-____', 'Signature du professionnel : ______________']
        body = ('%s\n\nVoici la nouvelle version (v.%d.%d) du formulaire « %s ». Merci de détruire les anciennes copies papier. '
                'Le formulaire est aussi disponible dans l\'intranet.\n\n%s' % (greet('fr', r), r.randint(2, 5), r.randint(0, 9), title, close('fr', r)))
    else:
        title = {'admission': 'Hospice admission request', 'amm': 'MAID eligibility assessment checklist', 'deuil': 'Bereavement follow-up consent'}[kind]
        fields = ['Client name: ______________________', 'Date of birth: YYYY-MM-DD', 'RAMQ no.: ____ ____ ____ (4 letters, 8 digits)',
                  'Primary diagnosis: ______________________', 'PPS: ____%', 'Current medication: (attach pharmacy profile)',
                  'Contact person: ______________  Tel.: (___) ___-____', 'Professional signature: ______________']
        body = ('%s\n\nHere is the new version (v%d.%d) of the "%s" form. Please discard old paper copies. It is also on the intranet.\n\n%s'
                % (greet('en', r), r.randint(2, 5), r.randint(0, 9), title, close('en', r)))
    fmt = r.choice(['docx', 'pdf'])
    if fmt == 'docx':
        blob = make_docx([('h', title)] + [('p', f) for f in fields] + [('footer', 'Formulaire %s-%03d' % (kind.upper()[:3], r.randint(1, 200)))],
                         author=a.name(lang, False), title=title)
        att = Att('formulaire_%s_vierge.docx' % kind if fr else 'blank_%s_form.docx' % kind, DOCX_CT, blob)
    else:
        blob = make_pdf(['**' + title, ''] + fields, title=title, compress=r.random() < 0.5)
        att = Att('formulaire_%s_vierge.pdf' % kind if fr else 'blank_%s_form.pdf' % kind, 'application/pdf', blob)
    m = Mail(lang, a.na(), [('Équipes cliniques' if fr else 'Clinical teams', 'cliniques@cisss-vde.example')],
             ('Nouveau formulaire : ' if fr else 'New form: ') + title, body + '\n' + sig(a, lang, r), date=when, atts=[att])
    return m, 'blank clinical form template with empty identity fields'


def n_teaching_case(r, lang, when):
    md = Staff(r, 'ecsp', 'md_ecsp')
    fr = lang == 'fr'
    dx = r.choice(DX)
    age = r.randint(55, 88)
    meds = pick(r, MEDS, lang, 2)
    if fr:
        fem = r.random() < 0.5
        case = ('Cas clinique (anonymisé) pour la séance de jeudi :\n\n%s de %d ans, atteint%s de %s, suivi%s à domicile. Depuis 3 jours : %s. '
                'Médication : %s; %s.\n\nQuestions :\n1. Quelles causes réversibles rechercher?\n2. Quelle rotation d\'opioïde proposeriez-vous?\n'
                '3. Quand discuter de sédation palliative?\n\nAucune donnée permettant d\'identifier la personne n\'a été conservée.' % (
                    'Une femme' if fem else 'Un homme', age, 'e' if fem else '', dx[0], 'e' if fem else '', pick(r, SYMPTOMS, 'fr'), meds[0], meds[1]))
        subj = 'Club de lecture / cas clinique – jeudi'
    else:
        case = ('Teaching case (anonymised) for Thursday\'s session:\n\nA %d-year-old %s with %s, followed at home. Over 3 days: %s. '
                'Medication: %s; %s.\n\nQuestions:\n1. Which reversible causes would you look for?\n2. Which opioid rotation would you suggest?\n'
                '3. When would you discuss palliative sedation?\n\nNo identifying data were kept.' % (
                    age, r.choice(['woman', 'man']), dx[1], pick(r, SYMPTOMS, 'en'), meds[0], meds[1]))
        subj = 'Journal club / teaching case – Thursday'
    m = Mail(lang, md.na(), [('Résidents et externes' if fr else 'Residents and students', 'enseignement@hrve.example')], subj,
             greet(lang, r) + '\n\n' + case + '\n\n' + close(lang, r) + '\n' + sig(md, lang, r), date=when)
    return m, 'anonymised teaching case'


def n_research(r, lang, when):
    md = Staff(r, 'ecsp', 'md_ecsp')
    fr = lang == 'fr'
    n = r.randint(30, 120)
    if fr:
        title = r.choice(['Effet de la musicothérapie sur l\'anxiété en fin de vie : essai pragmatique',
                          'Kétamine à faible dose pour la douleur neuropathique réfractaire : étude de faisabilité',
                          'Télésurveillance des symptômes chez les patients suivis à domicile'])
        body = ('%s\n\nLe CER a approuvé le protocole « %s » (n° %d-%03d). Résumé : étude prospective, %d participants visés, critères '
                'd\'inclusion : adulte suivi en soins palliatifs, PPS ≥ 30 %%, capable de consentir. Le recrutement débutera le %s. '
                'Les assistants de recherche n\'auront accès qu\'à des données codées.\n\nProtocole complet joint.\n\n%s' % (
                    greet('fr', r), title, when.year, r.randint(1, 300), n, fdate((when + datetime.timedelta(days=30)).date(), 'fr'), close('fr', r)))
    else:
        title = r.choice(['Music therapy for end-of-life anxiety: a pragmatic trial', 'Low-dose ketamine for refractory neuropathic pain: feasibility study',
                          'Remote symptom monitoring for home palliative patients'])
        body = ('%s\n\nThe REB approved the protocol "%s" (no. %d-%03d). Summary: prospective study, target %d participants; inclusion: adults '
                'followed in palliative care, PPS >= 30%%, able to consent. Recruitment starts %s. Research assistants only see coded data.\n\n'
                'Full protocol attached.\n\n%s' % (greet('en', r), title, when.year, r.randint(1, 300), n,
                                                   fdate((when + datetime.timedelta(days=30)).date(), 'en'), close('en', r)))
    docx_b = make_docx([('h', title), ('h2', 'Objectifs' if fr else 'Objectives'),
                        ('p', 'Évaluer l\'effet de l\'intervention sur les symptômes mesurés par l\'ESAS-r.' if fr else 'Assess the effect on ESAS-r symptom scores.'),
                        ('h2', 'Méthode' if fr else 'Methods'), ('p', 'Échantillon de %d participants, randomisation 1:1.' % n if fr else '%d participants, 1:1 randomisation.' % n),
                        ('h2', 'Confidentialité' if fr else 'Confidentiality'),
                        ('p', 'Les données seront codées; la clé sera conservée par le chercheur principal.' if fr else 'Data coded; key kept by the PI.')],
                       author=md.name(lang, False))
    m = Mail(lang, md.na(), [('Équipe de recherche' if fr else 'Research team', 'recherche@hrve.example')],
             ('Protocole approuvé – ' if fr else 'Protocol approved – ') + title[:50], body + '\n' + sig(md, lang, r), date=when,
             atts=[Att('protocole.docx' if fr else 'protocol.docx', DOCX_CT, docx_b)])
    return m, 'research protocol without participant identities'


def n_protocol(r, lang, when):
    ph = Staff(r, 'ecsp', r.choice(['pharm', 'md_ecsp']))
    fr = lang == 'fr'
    meds = [MEDS[4], MEDS[0], MEDS[7], MEDS[5], MEDS[6]]
    if fr:
        lines = ['Mise à jour du protocole de la trousse de détresse (ordonnance collective OC-SP-07) :', ''] + [
            '- ' + m[0] for m in meds] + ['', 'Doses à ajuster selon l\'âge, la fonction rénale et l\'exposition antérieure aux opioïdes. '
                                              'La version PDF signée remplace celle de 2022.']
        subj = 'Protocole trousse de détresse – mise à jour'
    else:
        lines = ['Update to the crisis-kit protocol (collective order OC-SP-07):', ''] + ['- ' + m[1] for m in meds] + [
            '', 'Adjust doses to age, renal function and prior opioid exposure. The signed PDF supersedes the 2022 version.']
        subj = 'Crisis-kit protocol – update'
    pdf = make_pdf(['**OC-SP-07'] + lines, title='OC-SP-07', compress=True)
    m = Mail(lang, ph.na(), [('Infirmières SAD et Maison' if fr else 'Home care and residence nurses', 'inf.sp@cisss-vde.example')], subj,
             greet(lang, r) + '\n\n' + '\n'.join(lines) + '\n\n' + close(lang, r) + '\n' + sig(ph, lang, r), date=when,
             atts=[Att('OC-SP-07_v3.pdf', 'application/pdf', pdf)] if r.random() < 0.6 else [])
    return m, 'collective order / protocol listing comfort medications and doses'


def n_policy(r, lang, when):
    q = Staff(r, 'sad', 'qualite')
    fr = lang == 'fr'
    if fr:
        body = ('%s\n\nRappel de la procédure lors d\'un décès attendu à domicile :\n1. La famille appelle la ligne de garde (%s).\n'
                '2. L\'infirmière se déplace et effectue le constat de décès selon l\'ordonnance collective.\n3. Le médecin de garde remplit le '
                'bulletin SP-3 dans les 24 h.\n4. Aviser la pharmacie pour la récupération des médicaments non utilisés (stupéfiants).\n'
                '5. Offrir le suivi de deuil (formulaire de consentement).\n\nAucun changement à la procédure depuis mars.\n\n%s' % (
                    greet('fr', r), ORGS['sad']['tel'], close('fr', r)))
        subj = 'Procédure – décès attendu à domicile'
    else:
        body = ('%s\n\nReminder of the procedure for an expected death at home:\n1. Family calls the on-call line (%s).\n2. Nurse attends '
                'and pronounces death under the collective order.\n3. On-call physician completes form SP-3 within 24 h.\n4. Notify '
                'the pharmacy to collect unused medication (narcotics).\n5. Offer bereavement follow-up (consent form).\n\nNo change since March.\n\n%s' % (
                    greet('en', r), ORGS['sad']['tel'], close('en', r)))
        subj = 'Procedure – expected death at home'
    m = Mail(lang, q.na(), [('Équipe SAD' if fr else 'Home care team', 'equipe.sad@cisss-vde.example')], subj, body + '\n' + sig(q, lang, r), date=when)
    return m, 'procedure reminder for expected deaths at home'


def n_occupancy(r, lang, when):
    asi = Staff(r, 'maison', 'asi')
    fr = lang == 'fr'
    beds = 12
    occ = r.randint(8, 12)
    if fr:
        body = ('%s\n\nTaux d\'occupation ce matin : %d/%d lits. Admissions prévues aujourd\'hui : %d. Départs (décès) dans les dernières '
                '24 h : %d. Liste d\'attente : %d personnes (dont %d à domicile).\nDurée moyenne de séjour du mois : %.1f jours.\n\n%s' % (
                    greet('fr', r), occ, beds, r.randint(0, 2), r.randint(0, 2), r.randint(2, 9), r.randint(1, 4), r.uniform(7, 18), close('fr', r)))
        subj = 'Occupation des lits – %s' % fdate(when.date(), 'fr')
    else:
        body = ('%s\n\nOccupancy this morning: %d/%d beds. Admissions planned today: %d. Discharges (deaths) in the last 24 h: %d. '
                'Wait list: %d people (%d at home).\nMean length of stay this month: %.1f days.\n\n%s' % (
                    greet('en', r), occ, beds, r.randint(0, 2), r.randint(0, 2), r.randint(2, 9), r.randint(1, 4), r.uniform(7, 18), close('en', r)))
        subj = 'Bed occupancy – %s' % fdate(when.date(), 'en')
    m = Mail(lang, asi.na(), [('Direction', 'direction@havredespins.example')], subj, body + '\n' + sig(asi, lang, r, 'short'), date=when)
    return m, 'daily bed occupancy counts, no names'


def n_inventory(r, lang, when):
    ph = Staff(r, 'pharma', 'pharm')
    fr = lang == 'fr'
    rows = [['Produit' if fr else 'Product', 'DIN', 'Lot', 'Exp.', 'Qté' if fr else 'Qty', 'Emplacement' if fr else 'Location']]
    for name in r.sample(['Hydromorphone 2 mg/mL', 'Midazolam 5 mg/mL', 'Glycopyrrolate 0,2 mg/mL', 'Halopéridol 5 mg/mL',
                          'Méthotriméprazine 25 mg/mL', 'Furosémide 10 mg/mL', 'Morphine 10 mg/mL', 'Dexaméthasone 4 mg/mL'], 6):
        rows.append([name, '%08d' % r.randint(2000000, 2500000), '%s%d' % (r.choice('ABKT'), r.randint(1000, 9999)),
                     '%d-%02d' % (when.year + 1, r.randint(1, 12)), r.randint(2, 40), r.choice(['Armoire A', 'Réfrigérateur', 'Coffre stupéfiants'])])
    sep = r.choice([';', ','])
    csv = make_csv(rows, sep)
    body = ('%s\n\nInventaire mensuel des trousses de détresse et de l\'armoire de la Maison (export CSV). Aucun écart de décompte des '
            'stupéfiants ce mois-ci.\n\n%s' % (greet('fr', r), close('fr', r))) if fr else \
        ('%s\n\nMonthly inventory of crisis kits and the residence cabinet (CSV export). No narcotic count discrepancy this month.\n\n%s' % (
            greet('en', r), close('en', r)))
    m = Mail(lang, ph.na(), [Staff(r, 'maison', 'asi').na()], 'Inventaire mensuel' if fr else 'Monthly inventory', body + '\n' + sig(ph, lang, r), date=when,
             atts=[Att('inventaire_%s.csv' % when.strftime('%Y%m') if fr else 'inventory_%s.csv' % when.strftime('%Y%m'), 'text/csv',
                       text=csv, charset=r.choice(['utf-8', 'windows-1252', 'iso-8859-1']))])
    return m, 'medication inventory CSV with DIN and lot numbers'


TEMPLATES = [n_newsletter, n_conference, n_physician_profile, n_stats, n_shortage, n_recall, n_invoice, n_blank_form,
             n_teaching_case, n_research, n_protocol, n_policy, n_occupancy, n_inventory]
