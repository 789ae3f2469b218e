"""Non-confidential messages, part 1: clinical-looking hard negatives (no identifiable patient)."""
import datetime

from gen_attach import csv_part, docx_part, make_csv, make_docx, make_pdf, pdf_part, xlsx_part, zip_part
from gen_common import ROLES, luhn_complete, role_title
from gen_style import close, greet, join, signature
from gen_tmpl import result, who_addr

D = datetime.timedelta


def neg(c, cat, note, spec):
    return result(c, cat, note, None, spec)


def lab_accreditation(c):
    q, labdir = c.staff('quality'), c.staff('labdir')
    dt = c.when()
    visit = dt.date() + D(days=c.rng.randint(20, 60))
    k = c.rng.randrange(3)
    if k == 0:
        body = join(greet(c),
                    c.t('La visite d\'Agrément Canada / ISO 15189 du laboratoire de génétique moléculaire aura lieu du %s au %s.'
                        % (c.date(visit, 2), c.date(visit + D(days=2), 2)),
                        'The Accreditation Canada / ISO 15189 visit of the molecular genetics lab runs from %s to %s.'
                        % (c.date(visit, 2), c.date(visit + D(days=2), 2))),
                    c.t('Documents à déposer dans SharePoint d\'ici le %s :\n- Procédures DPNI et CMA (version 2025)\n'
                        '- Registres de contrôle de qualité externe (CAP, EMQN)\n- Dossiers de compétence des technologistes\n'
                        '- Indicateurs : délai médian DPNI 6 jours, taux d\'échec 1,8 %%'
                        % c.date(visit - D(days=10), 2),
                        'Please upload to SharePoint by %s:\n- NIPT and CMA procedures (2025 version)\n- External QA records (CAP, EMQN)\n'
                        '- Technologist competency files\n- Indicators: median NIPT TAT 6 days, failure rate 1.8%%'
                        % c.date(visit - D(days=10), 2)),
                    c.t('Rappel : aucun nom de patient dans les documents déposés.', 'Reminder: no patient names in uploaded documents.'),
                    close(c), signature(c, q))
        subj = c.t('Visite d\'agrément — documents requis', 'Accreditation visit — documents required')
        atts = []
        if c.chance(0.6):
            proc = [c.t('Procédure PON-GEN-014 : réception et enregistrement des échantillons DPNI',
                        'SOP GEN-014: receipt and registration of NIPT samples'),
                    c.t('1. Vérifier deux identifiants sur le tube et la requête.', '1. Check two identifiers on tube and requisition.'),
                    c.t('2. Centrifuger dans les 72 h (tube Streck).', '2. Centrifuge within 72 h (Streck tube).'),
                    c.t('3. Consigner les non-conformités dans le registre.', '3. Record non-conformities in the log.')]
            files = [('PON-GEN-014.pdf', make_pdf(proc, title='PON-GEN-014')),
                     ('PON-GEN-021_validation_NGS.docx', make_docx(proc[1:], title='PON-GEN-021')),
                     ('indicateurs_2025.csv', make_csv([['indicateur', 'valeur'], ['TAT median DPNI (j)', 6],
                                                        ['taux echec (%)', 1.8]], delim=';'))]
            atts.append(zip_part(c.rng, c.t('Procedures_agrement_2025.zip', 'Accreditation_SOPs_2025.zip'), files))
    elif k == 1:
        rows = [[c.t('Exigence', 'Requirement'), c.t('Statut', 'Status'), c.t('Responsable', 'Owner'), c.t('Échéance', 'Due')]]
        reqs = ['5.3 Personnel', '6.4 Équipement — congélateurs -80', '7.3.7 Validation NGS', '7.4 Rapports',
                '8.7 Non-conformités', '6.6 Réactifs — traçabilité des lots']
        for r in reqs:
            rows.append([r, c.pick([c.t('Conforme', 'Compliant'), c.t('En cours', 'In progress'), c.t('Écart mineur', 'Minor gap')]),
                         c.pick(list(c.w.staff_by_role['labtech']) + list(c.w.staff_by_role['quality'])).full,
                         c.date(visit - D(days=c.rng.randint(5, 40)), 0)])
        atts = [xlsx_part(c.rng, c.t('Suivi_ISO15189.xlsx', 'ISO15189_tracker.xlsx'), [('Suivi', rows)], author=q.full)]
        body = join(greet(c), c.t('Tableau de suivi des exigences mis à jour.', 'Updated requirements tracker attached.'),
                    close(c), signature(c, q))
        subj = c.t('Suivi ISO 15189 — mise à jour', 'ISO 15189 tracker — update')
    else:
        body = join(greet(c, labdir.short(c.lang)),
                    c.t('Rapport de l\'essai d\'aptitude CAP NIPT-B 2025 reçu : 5/5 échantillons concordants (T21, T18, T13, '
                        'sexe fœtal). Aucun écart à documenter.',
                        'CAP NIPT-B 2025 proficiency report received: 5/5 samples concordant (T21, T18, T13, fetal sex). '
                        'No deviation to document.'),
                    c.t('Les échantillons PT-01 à PT-05 sont détruits selon la procédure.', 'Samples PT-01 to PT-05 destroyed per procedure.'),
                    signature(c, q))
        subj = c.t('Essai d\'aptitude NIPT — résultats', 'NIPT proficiency testing — results')
        atts = []
    spec = {'from': who_addr(c, q), 'to': [('Labo génétique', 'labo.genetique@chuboreal.example')],
            'cc': [who_addr(c, labdir)], 'date': dt, 'body': body, 'attachments': atts, 'subject': subj}
    return neg(c, 'lab_accreditation', 'lab accreditation / proficiency testing notice', spec)


TOPICS = [
    ('Syndrome de Lynch : mise à jour des lignes directrices', 'Lynch syndrome: guideline update'),
    ('DPNI génome entier : quand l\'offrir ?', 'Genome-wide NIPT: when to offer it?'),
    ('Variants de signification incertaine : reclassification en 2025', 'Variants of uncertain significance: 2025 reclassification'),
    ('PGT-A chez les patientes de plus de 40 ans', 'PGT-A in patients over 40'),
    ('Syphilis congénitale au Québec : leçons de l\'éclosion', 'Congenital syphilis in Quebec: lessons from the outbreak'),
    ('Doxy-PEP : données récentes et résistance', 'Doxy-PEP: recent data and resistance'),
    ('Préservation de la fertilité en oncologie pédiatrique', 'Fertility preservation in paediatric oncology'),
    ('Dépistage de porteurs étendu : enjeux éthiques', 'Expanded carrier screening: ethical issues'),
]


ROLE_TOPICS = {'geneticist': [0, 2, 7], 'gc': [0, 2, 7], 'mfm': [1, 4], 'rei': [3, 6], 'idmd': [4, 5],
               'embryo': [3, 6]}


def genetics_rounds(c):
    gen = c.staff('admin')
    dt = c.when()
    day = dt.date() + D(days=(3 - dt.weekday()) % 7 or 7)
    speakers = [c.staff(c.pick(['geneticist', 'gc', 'mfm', 'rei', 'idmd'])) for _ in range(c.rng.randint(1, 3))]
    lines = []
    for s in speakers:
        t = TOPICS[c.pick(ROLE_TOPICS[s.role])]
        if c.lang == 'fr':
            lines.append('- %s (%s) : « %s »' % (s.display('fr'), role_title(s.role, s.sex, 'fr'), t[0]))
        else:
            lines.append('- %s (%s): "%s"' % (s.display('en'), ROLES[s.role][1], t[1]))
    body = join(greet(c),
                c.t('Tournée de génétique / médecine fœto-maternelle du %s, 12 h à 13 h, amphithéâtre B-1020 et sur Teams.' % c.day(day),
                    'Genetics / MFM rounds on %s, 12:00-13:00, Amphitheatre B-1020 and on Teams.' % c.day(day)),
                '\n'.join(lines),
                c.t('Crédits de DPC : 1 heure (section 1). Les cas présentés sont dénominalisés.',
                    'CPD credits: 1 hour (section 1). Cases presented are de-identified.'),
                c.pick([c.t('Lunch servi aux 50 premiers.', 'Lunch for the first 50.'), '']), signature(c, gen))
    spec = {'from': who_addr(c, gen), 'to': [('Génétique et DPN — tous', 'genetique-dpn@chuboreal.example')], 'date': dt,
            'body': body, 'subject': c.t('Tournée génétique — %s', 'Genetics rounds — %s') % c.date(day, 2)}
    return neg(c, 'genetics_rounds', 'rounds announcement with speakers and disease topics', spec)


def journal_club(c):
    res = c.staff('resident')
    dt = c.when()
    art = c.pick([
        ('Performance du DPNI dans une cohorte de 84 000 grossesses à faible risque', 'NIPT performance in 84,000 low-risk pregnancies',
         'Delaunay-Pike R, et al. J Prenat Screen Methods. 2024;12:201-14.'),
        ('Stimulation douce vs conventionnelle en FIV : essai randomisé', 'Mild vs conventional IVF stimulation: an RCT',
         'Okonkwo-Brandt L, et al. Reprod Med Open. 2025;7:e114.'),
        ('Doxycycline post-exposition et prévention des ITSS bactériennes', 'Doxycycline post-exposure prophylaxis for bacterial STIs',
         'Marchetti V, Holloway J, et al. Sex Health Rev. 2024;31:88-97.'),
        ('Reclassification des VUS BRCA1/2 sur 10 ans', 'Ten-year reclassification of BRCA1/2 VUS',
         'Tanaka-Ross M, et al. Genet Couns Q. 2023;19:455-63.'),
    ])
    body = join(greet(c),
                c.t('Club de lecture du mois : « %s »' % art[0], 'This month\'s journal club: "%s"' % art[1]), art[2],
                c.t('Présenté par %s. Questions à préparer : validité interne, applicabilité à notre clientèle, NNT.'
                    % res.display('fr'),
                    'Presented by %s. Questions: internal validity, applicability to our population, NNT.' % res.display('en')),
                c.t('Le PDF est dans le dossier partagé (droits d\'auteur : usage interne).', 'PDF is in the shared folder (internal use).'),
                close(c), signature(c, res, full=False))
    spec = {'from': who_addr(c, res), 'to': [('Résidents OBGYN', 'residents.obgyn@chuboreal.example')], 'date': dt,
            'body': body, 'subject': c.t('Club de lecture', 'Journal club') + c.pick(['', ' — rappel', ' jeudi'])}
    return neg(c, 'journal_club', 'journal club notice with article citation', spec)


def research_protocol(c):
    rc = c.staff('research')
    dt = c.when()
    proto = 'CER-%d-%04d' % (dt.year, c.rng.randint(100, 2999))
    study = c.pick([
        (c.t('Essai randomisé : protocole antagoniste vs agoniste chez les patientes SOPK', 'RCT: antagonist vs agonist protocol in PCOS patients'),
         c.t('Femmes de 18 à 40 ans, SOPK (critères de Rotterdam), 1er cycle de FIV', 'Women 18-40, PCOS (Rotterdam criteria), first IVF cycle'),
         c.t('Issue primaire : taux de naissances vivantes par cycle initié.', 'Primary outcome: live birth rate per initiated cycle.')),
        (c.t('Adhésion à la PrEP à la demande : étude de cohorte prospective', 'Adherence to on-demand PrEP: prospective cohort'),
         c.t('Adultes de 18 ans et plus débutant la PrEP, compréhension du français ou de l\'anglais', 'Adults 18+ starting PrEP, French or English speakers'),
         c.t('Issue primaire : adhésion mesurée par dosage sanguin du ténofovir.', 'Primary outcome: adherence measured by tenofovir blood levels.')),
        (c.t('Acceptabilité du DPNI génome entier', 'Acceptability of genome-wide NIPT'),
         c.t('Femmes enceintes de 10 à 20 semaines, grossesse unique', 'Pregnant women 10-20 weeks, singleton'),
         c.t('Issue primaire : proportion acceptant le test après counselling.', 'Primary outcome: uptake after counselling.')),
    ])
    paras = ['##' + study[0], c.t('Numéro : ', 'Number: ') + proto,
             c.t('Critères d\'inclusion : ', 'Inclusion criteria: ') + study[1],
             c.t('Critères d\'exclusion : insuffisance rénale (DFGe < 60), grossesse multiple, refus de consentir.',
                 'Exclusion criteria: renal impairment (eGFR < 60), multiple pregnancy, declines consent.'),
             c.t('Taille d\'échantillon : 240 participantes (puissance 80 %, alpha 0,05).',
                 'Sample size: 240 participants (80% power, alpha 0.05).'),
             study[2],
             c.t('Confidentialité : les données seront codées ; la clé de codage est conservée par le chercheur principal.',
                 'Confidentiality: data will be coded; the key is kept by the principal investigator.')]
    k = c.rng.randrange(2)
    atts = [docx_part(c.rng, 'Protocole_%s_v3.docx' % proto, paras, title=study[0][:60], author=rc.full)] if k == 0 else []
    body = join(greet(c),
                c.t('Voici la version 3 du protocole %s pour soumission au CER (réunion du mois prochain).' % proto,
                    'Here is version 3 of protocol %s for REB submission (next month\'s meeting).' % proto),
                '' if atts else '\n'.join(p.lstrip('#') for p in paras), close(c), signature(c, rc))
    spec = {'from': who_addr(c, rc), 'to': [('CER', 'cer@chuboreal.example')], 'cc': [who_addr(c, c.staff('rei'))],
            'date': dt, 'body': body, 'attachments': atts, 'subject': c.t('Protocole %s — v3', 'Protocol %s — v3') % proto}
    return neg(c, 'research_protocol', 'research protocol without participant identities', spec)


LEAFLETS = [
    ('La PrEP : prévenir le VIH', 'PrEP: preventing HIV',
     ['La PrEP (prophylaxie pré-exposition) est un médicament (ténofovir/emtricitabine) qui réduit de plus de 99 % le risque de VIH.',
      'Un suivi aux 3 mois est nécessaire : test VIH, créatinine, dépistage des ITSS.',
      'Effets secondaires possibles : nausées les premières semaines.'],
     ['PrEP (pre-exposure prophylaxis) is a medication (tenofovir/emtricitabine) that lowers HIV risk by over 99%.',
      'Follow-up every 3 months is required: HIV test, creatinine, STI screening.',
      'Possible side effects: nausea in the first weeks.']),
    ('La chlamydia : ce qu\'il faut savoir', 'Chlamydia: what you need to know',
     ['La chlamydia est l\'ITSS bactérienne la plus fréquente au Québec.',
      'Souvent sans symptômes. Traitement : doxycycline 7 jours.',
      'Vos partenaires des 60 derniers jours doivent être avisés et traités.'],
     ['Chlamydia is the most common bacterial STI in Quebec.', 'Often no symptoms. Treatment: doxycycline for 7 days.',
      'Partners from the last 60 days must be notified and treated.']),
    ('Votre cycle de FIV, étape par étape', 'Your IVF cycle, step by step',
     ['Stimulation ovarienne (8 à 12 jours d\'injections), monitoring par échographie et prises de sang.',
      'Ponction des ovocytes sous sédation, puis fécondation au laboratoire.',
      'Transfert d\'embryon 5 jours plus tard ; test de grossesse 9 à 11 jours après.',
      'Risque de syndrome d\'hyperstimulation ovarienne : appelez si ballonnements importants.'],
     ['Ovarian stimulation (8-12 days of injections) with ultrasound and blood monitoring.',
      'Egg retrieval under sedation, then fertilisation in the lab.', 'Embryo transfer 5 days later; pregnancy test 9-11 days after.',
      'Risk of ovarian hyperstimulation syndrome: call us if you feel very bloated.']),
    ('Le dépistage prénatal non invasif (DPNI)', 'Non-invasive prenatal testing (NIPT)',
     ['Le DPNI analyse l\'ADN du placenta dans le sang maternel dès 10 semaines.',
      'Il dépiste la trisomie 21, 18 et 13 ; ce n\'est pas un test diagnostique.',
      'Un résultat à risque élevé doit être confirmé par amniocentèse.'],
     ['NIPT analyses placental DNA in the mother\'s blood from 10 weeks.', 'It screens for trisomy 21, 18 and 13; it is not diagnostic.',
      'A high-risk result must be confirmed by amniocentesis.']),
]


def patient_education(c):
    n = c.staff(c.pick(['shnurse', 'ivfnurse', 'gc']))
    dt = c.when()
    lf = c.pick(LEAFLETS)
    lines = ['##' + c.t(lf[0], lf[1])] + c.t(lf[2], lf[3]) + ['', c.t('Clinique : 514 555-0140 (lundi au vendredi, 8 h à 16 h)',
                                                                     'Clinic: 514 555-0140 (Mon-Fri, 8 am-4 pm)')]
    k = c.rng.randrange(3)
    fn = c.t('Depliant_%s.pdf', 'Leaflet_%s.pdf') % c.pick(['v2025', 'final', 'revise', 'FR', 'web'])
    if k == 0:
        atts = [pdf_part(c.rng, fn, lines, title=c.t(lf[0], lf[1]))]
    elif k == 1:
        atts = [docx_part(c.rng, fn.replace('.pdf', '.docx'), lines, title=c.t(lf[0], lf[1]), author=n.full)]
    else:
        atts = []
    body = join(greet(c),
                c.t('Version révisée du dépliant « %s » pour approbation par le comité des documents aux usagers.' % lf[0],
                    'Revised version of the "%s" leaflet for approval by the patient documents committee.' % lf[1]),
                '' if atts else '\n'.join(l.lstrip('#') for l in lines), close(c), signature(c, n))
    spec = {'from': who_addr(c, n), 'to': [('Comité documents usagers', 'docs.usagers@chuboreal.example')], 'date': dt,
            'body': body, 'attachments': atts, 'subject': c.t('Dépliant — révision', 'Leaflet — revision') + ' : ' + c.t(lf[0], lf[1])}
    return neg(c, 'patient_education', 'patient-education leaflet draft', spec)


def statistics(c):
    m = c.staff('manager')
    dt = c.when()
    k = c.rng.randrange(3)
    months = ['2025-%02d' % i for i in range(1, dt.month + 1)][-6:]
    if k == 0:
        rows = [[c.t('Mois', 'Month'), c.t('Cycles FIV', 'IVF cycles'), c.t('Ponctions', 'Retrievals'), c.t('Transferts', 'Transfers'),
                 c.t('Grossesses cliniques', 'Clinical pregnancies'), c.t('Taux (%)', 'Rate (%)')]]
        for mo in months:
            tr = c.rng.randint(40, 90)
            pr = int(tr * c.rng.uniform(0.3, 0.5))
            ret = tr + c.rng.randint(0, 10)
            rows.append([mo, ret + c.rng.randint(3, 15), ret, tr, pr, round(100.0 * pr / tr, 1)])
        title = c.t('Statistiques FIV', 'IVF statistics')
    elif k == 1:
        rows = [[c.t('Groupe d\'âge', 'Age group'), c.t('Tests', 'Tests'), 'CT +', 'NG +', c.t('Syphilis (nouveaux cas)', 'Syphilis (new)'),
                 c.t('VIH (nouveaux)', 'HIV (new)')]]
        for g in ['15-19', '20-24', '25-29', '30-39', '40+']:
            t = c.rng.randint(80, 600)
            rows.append([g, t, c.rng.randint(2, 40), c.rng.randint(0, 20), c.rng.randint(0, 9), c.rng.randint(0, 3)])
        title = c.t('Positivité ITSS — trimestre', 'STI positivity — quarter')
    else:
        rows = [[c.t('Indicateur', 'Indicator'), 'T1', 'T2', 'T3']]
        for ind in [c.t('DPNI réalisés', 'NIPT performed'), c.t('DPNI à risque élevé', 'High-risk NIPT'),
                    c.t('Amniocentèses', 'Amniocenteses'), c.t('Consultations génétiques', 'Genetics consults'),
                    c.t('Délai moyen 1re consultation (jours)', 'Mean wait for 1st consult (days)')]:
            rows.append([ind] + [c.rng.randint(1, 900) for _ in range(3)])
        title = c.t('Tableau de bord DPN / génétique', 'Prenatal / genetics dashboard')
    form = c.rng.randrange(3)
    atts, tables = [], None
    if form == 0:
        atts = [xlsx_part(c.rng, '%s_%s.xlsx' % (title.replace(' — ', '_').replace(' / ', '-').replace(' ', '_'), dt.strftime('%Y%m')), [(title[:30], rows)],
                          author=m.full)]
        txt = c.t('Tableau ci-joint.', 'Table attached.')
    elif form == 1:
        atts = [csv_part(c.rng, 'stats_%s.csv' % dt.strftime('%Y%m'), rows)]
        txt = c.t('Extraction CSV ci-jointe.', 'CSV extract attached.')
    else:
        tables = [rows]
        txt = '@@TABLE0'
    body = join(greet(c), c.t('%s — données agrégées, aucune donnée nominative.' % title,
                              '%s — aggregate data only, no identifying information.' % title), txt,
                c.t('Les cellules < 5 ne doivent pas être diffusées à l\'externe.', 'Cells < 5 must not be shared externally.'),
                close(c), signature(c, m))
    spec = {'from': who_addr(c, m), 'to': [('Comité de direction', 'codir.femme-enfant@chuboreal.example')], 'date': dt,
            'body': body, 'attachments': atts, 'tables': tables, 'subject': title + ' ' + dt.strftime('%Y-%m')}
    return neg(c, 'statistics', 'aggregate statistics table', spec)


def teaching_case(c):
    gen = c.staff(c.pick(['geneticist', 'rei', 'idmd', 'mfm']))
    dt = c.when()
    case = c.pick([
        c.t('Femme de 34 ans, G0, infertilité primaire de 3 ans. AMH 3,2 pmol/L, hystérosalpingographie : obstruction '
            'bilatérale. Spermogramme du conjoint normal. Question : FIV d\'emblée ou chirurgie ?',
            'A 34-year-old woman, G0, 3 years of primary infertility. AMH 3.2 pmol/L, HSG: bilateral tubal block. Partner\'s '
            'semen analysis normal. Question: straight to IVF or surgery?'),
        c.t('Homme de 28 ans, ulcère génital indolore depuis 10 jours, RPR 1:32. Allergie à la pénicilline rapportée. '
            'Quelles options ?', 'A 28-year-old man with a painless genital ulcer for 10 days, RPR 1:32. Reported penicillin '
            'allergy. Options?'),
        c.t('Patiente de 38 ans, 12 semaines, clarté nucale 3,8 mm, DPNI faible risque. Que proposer ?',
            'A 38-year-old at 12 weeks, NT 3.8 mm, low-risk NIPT. What would you offer?'),
        c.t('Garçon de 6 ans, déficience intellectuelle légère, macro-orchidie ; mère avec ménopause précoce. '
            'Quel test demander en premier ?', 'A 6-year-old boy, mild intellectual disability, macro-orchidism; mother with '
            'early menopause. Which test first?'),
    ])
    body = join(greet(c),
                c.t('Cas clinique (fictif / dénominalisé) pour la séance d\'enseignement des externes :',
                    'Teaching case (fictitious / de-identified) for the clerks\' session:'),
                case, c.t('Réponses et discussion la semaine prochaine.', 'Answers and discussion next week.'),
                signature(c, gen))
    spec = {'from': who_addr(c, gen), 'to': [('Externes', 'externes.femme-enfant@chuboreal.example')], 'date': dt,
            'body': body, 'subject': c.t('Cas clinique de la semaine', 'Case of the week')}
    return neg(c, 'teaching_case', 'anonymised teaching case', spec)


def blank_form(c):
    n = c.staff(c.pick(['ivfnurse', 'shnurse', 'gc', 'admin']))
    dt = c.when()
    form = c.pick([
        (c.t('Consentement à la fécondation in vitro', 'Consent to in vitro fertilisation'),
         [c.t('Nom de la patiente : ______________________', 'Patient name: ______________________'),
          c.t('Date de naissance : ____/____/______   NAM : ____________', 'Date of birth: ____/____/______   RAMQ: ____________'),
          c.t('Nom du/de la conjoint(e) : ______________________', 'Partner name: ______________________'),
          c.t('Je consens à la stimulation ovarienne, à la ponction et au transfert d\'embryons. [ ] Oui [ ] Non',
              'I consent to ovarian stimulation, retrieval and embryo transfer. [ ] Yes [ ] No'),
          c.t('Sort des embryons surnuméraires : [ ] congélation [ ] don à la recherche [ ] destruction',
              'Surplus embryos: [ ] freeze [ ] donate to research [ ] discard'),
          c.t('Signature : ______________________  Date : __________', 'Signature: ______________________  Date: __________')]),
        (c.t('Fiche de notification des partenaires', 'Partner notification form'),
         [c.t('Code du cas index : ________  ITSS : [ ] CT [ ] NG [ ] Syphilis [ ] VIH',
              'Index case code: ________  STI: [ ] CT [ ] NG [ ] Syphilis [ ] HIV'),
          c.t('Partenaire 1 — prénom/surnom : __________ moyen de contact : __________',
              'Partner 1 — first name/nickname: __________ contact: __________'),
          c.t('Date de la dernière exposition : __________', 'Date of last exposure: __________'),
          c.t('Méthode : [ ] par le patient [ ] par l\'infirmière [ ] conjointe', 'Method: [ ] patient [ ] provider [ ] dual')]),
        (c.t('Requête — génétique moléculaire', 'Requisition — molecular genetics'),
         [c.t('Nom, prénom : ________________  No dossier : ________', 'Surname, given name: ________________  MRN: ________'),
          c.t('Analyse demandée : [ ] Panel cancer héréditaire [ ] CMA [ ] Caryotype [ ] Test ciblé : ________',
              'Test requested: [ ] Hereditary cancer panel [ ] CMA [ ] Karyotype [ ] Targeted: ________'),
          c.t('Histoire familiale (joindre l\'arbre généalogique) : ____________', 'Family history (attach pedigree): ____________'),
          c.t('Médecin requérant : ________  Permis : ______', 'Ordering physician: ________  Licence: ______')]),
    ])
    lines = ['##' + form[0]] + form[1] + ['', 'F-%d (rev. %s)' % (c.rng.randint(100, 999), dt.strftime('%Y-%m'))]
    k = c.rng.randrange(2)
    fn = c.t('Formulaire_vierge_%s', 'Blank_form_%s') % c.pick(['FIV', 'notification', 'requete', 'v3'])
    att = pdf_part(c.rng, fn + '.pdf', lines, title=form[0]) if k == 0 else docx_part(c.rng, fn + '.docx', lines, title=form[0])
    body = join(greet(c), c.t('Voici le formulaire vierge à imprimer (nouvelle version). Merci de détruire les anciennes copies.',
                              'Here is the blank form to print (new version). Please discard old copies.'), close(c), signature(c, n))
    spec = {'from': who_addr(c, n), 'to': [('Équipe clinique', 'equipe.clinique@chuboreal.example')], 'date': dt,
            'body': body, 'attachments': [att], 'subject': c.t('Nouveau formulaire : ', 'New form: ') + form[0]}
    return neg(c, 'blank_form', 'blank form with empty patient fields', spec)


def letter_template(c):
    gc = c.staff('gc')
    dt = c.when()
    paras = ['«Prénom» «Nom»', '«Adresse»', '',
             c.t('Objet : information génétique importante pour votre famille', 'Re: important genetic information for your family'),
             c.t('Madame, Monsieur,', 'Dear «Prénom»,'),
             c.t('Un membre de votre famille a reçu un résultat de test génétique montrant une variation dans le gène «GÈNE» '
                 'associée à «CONDITION». Pour des raisons de confidentialité, nous ne pouvons pas vous dire de qui il s\'agit.',
                 'A member of your family received a genetic test result showing a variant in the «GENE» gene associated with '
                 '«CONDITION». For privacy reasons we cannot tell you who it is.'),
             c.t('Vous pouvez prendre rendez-vous au 514 555-0163.', 'You may book an appointment at 514 555-0163.'),
             c.t('Service de génétique médicale', 'Medical Genetics Service')]
    att = docx_part(c.rng, c.t('Gabarit_lettre_apparentes_v4.docx', 'Family_letter_template_v4.docx'), paras,
                    title=c.t('Gabarit', 'Template'), author=gc.full)
    body = join(greet(c), c.t('Gabarit révisé de la lettre aux apparentés (champs de fusion inchangés).',
                              'Revised family-letter template (merge fields unchanged).'), close(c), signature(c, gc))
    spec = {'from': who_addr(c, gc), 'to': [('Conseillères en génétique', 'cg@chuboreal.example')], 'date': dt, 'body': body,
            'attachments': [att], 'subject': c.t('Gabarit lettre familiale v4', 'Family letter template v4')}
    return neg(c, 'letter_template', 'family letter template with merge fields only', spec)


def clinical_protocol(c):
    md = c.staff(c.pick(['idmd', 'rei', 'mfm']))
    dt = c.when()
    prot = c.pick([
        (c.t('Ordonnance collective — suivi de la PrEP', 'Collective order — PrEP follow-up'),
         c.t('1. Avant l\'initiation : VIH Ag/Ac, créatinine, VHB, dépistage ITSS.\n2. Aux 3 mois : VIH, créatinine, ITSS.\n'
             '3. Cesser si DFGe < 60 mL/min et aviser le médecin.\n4. Ténofovir DF/emtricitabine 300/200 mg DIE ou schéma 2-1-1.',
             '1. Before starting: HIV Ag/Ab, creatinine, HBV, STI screen.\n2. Every 3 months: HIV, creatinine, STIs.\n'
             '3. Stop if eGFR < 60 mL/min and notify the physician.\n4. Tenofovir DF/emtricitabine 300/200 mg daily or 2-1-1.')),
        (c.t('Protocole — prise en charge du SHO', 'Protocol — OHSS management'),
         c.t('Critères d\'admission : Ht > 0,45, oligurie, dyspnée. Traitement : cristalloïdes, thromboprophylaxie (énoxaparine 40 mg), '
             'paracentèse si ascite tendue. Cabergoline 0,5 mg x 8 j en prévention.',
             'Admit if Hct > 0.45, oliguria, dyspnoea. Treatment: crystalloids, thromboprophylaxis (enoxaparin 40 mg), paracentesis '
             'for tense ascites. Cabergoline 0.5 mg x 8 days for prevention.')),
        (c.t('Algorithme — DPNI à risque élevé', 'Algorithm — high-risk NIPT'),
         c.t('Appel de la patiente dans les 24 h ; consultation en génétique dans la semaine ; amniocentèse à partir de 15 sem. '
             'Aucune décision d\'interruption sur la base du DPNI seul.',
             'Call the patient within 24 h; genetics counselling within the week; amniocentesis from 15 weeks. No termination '
             'decision on NIPT alone.')),
    ])
    body = join(greet(c), c.t('Nouvelle version approuvée par le CMDP :', 'New version approved by the medical council:'),
                prot[0], prot[1], close(c), signature(c, md))
    spec = {'from': who_addr(c, md), 'to': [('Infirmières cliniques externes', 'inf.cliniques@chuboreal.example')], 'date': dt,
            'body': body, 'subject': prot[0]}
    return neg(c, 'clinical_protocol', 'clinical protocol / collective order', spec)


def donor_recruitment(c):
    n = c.staff('ivfnurse')
    dt = c.when()
    k = c.rng.randrange(2)
    if k == 0:
        body = join(greet(c),
                    c.t('Campagne de recrutement de donneuses d\'ovules 2025 : affiches et publication pour les médias sociaux '
                        'en pièce jointe. Critères : 21-34 ans, IMC 18-30, non-fumeuse. Compensation des frais selon la loi.',
                        '2025 egg donor recruitment campaign: posters and social posts attached. Criteria: age 21-34, BMI 18-30, '
                        'non-smoker. Expense reimbursement as permitted by law.'),
                    c.t('Ligne info-don : 514 555-0188.', 'Donor info line: 514 555-0188.'), close(c), signature(c, n))
        atts = [pdf_part(c.rng, c.t('Affiche_don_ovules.pdf', 'Egg_donation_poster.pdf'),
                         ['##' + c.t('Donnez la vie autrement', 'Give the gift of life'),
                          c.t('Devenez donneuse d\'ovules au CHU Boréal.', 'Become an egg donor at CHU Boréal.')])]
        subj = c.t('Campagne don d\'ovules', 'Egg donor campaign')
    else:
        code = '%d' % c.rng.randint(1000, 9999)
        body = join(greet(c),
                    c.t('Profil non identifiant du donneur #%s (banque partenaire) pour les patientes en attente :' % code,
                        'Non-identifying profile of donor #%s (partner bank) for waiting patients:' % code),
                    c.t('- Âge au don : 27 ans ; taille 1,83 m ; cheveux bruns ; yeux verts\n- Études : génie civil\n'
                        '- Dépistage porteur étendu : négatif (274 gènes)\n- Sérologies : négatives ; CMV négatif\n'
                        '- Antécédents familiaux : diabète de type 2 chez un grand-parent',
                        '- Age at donation: 27; height 1.83 m; brown hair; green eyes\n- Education: civil engineering\n'
                        '- Expanded carrier screen: negative (274 genes)\n- Serologies: negative; CMV negative\n'
                        '- Family history: type 2 diabetes in one grandparent'),
                    close(c), signature(c, n))
        atts = []
        subj = c.t('Profil donneur #%s', 'Donor profile #%s') % code
    spec = {'from': who_addr(c, n), 'to': [('Programme de don', 'don.gametes@chuboreal.example')], 'date': dt, 'body': body,
            'attachments': atts, 'subject': subj}
    return neg(c, 'donor_recruitment', 'donor recruitment or anonymous donor profile', spec)


def test_catalogue(c):
    labdir = c.staff('labdir')
    dt = c.when()
    body = join(greet(c),
                c.t('À compter du %s, le DPNI sera réalisé à l\'interne (plateforme NGS) plutôt qu\'envoyé au laboratoire '
                    'de référence. Délai visé : 5 jours ouvrables. Tube : Streck cfDNA BCT (bouchon noir/beige), stable 7 jours.'
                    % c.date(dt.date() + D(days=30), 2),
                    'Starting %s, NIPT will be run in-house (NGS platform) instead of the reference lab. Target TAT: 5 business days. '
                    'Tube: Streck cfDNA BCT, stable 7 days.' % c.date(dt.date() + D(days=30), 2)),
                c.t('Code d\'analyse au catalogue : GEN-DPNI-02. Les requêtes papier restent acceptées.',
                    'Catalogue code: GEN-DPNI-02. Paper requisitions still accepted.'),
                close(c), signature(c, labdir))
    spec = {'from': who_addr(c, labdir), 'to': [('Prescripteurs DPN', 'prescripteurs.dpn@chuboreal.example')], 'date': dt,
            'body': body, 'subject': c.t('Changement — analyse DPNI', 'Change — NIPT testing')}
    return neg(c, 'test_catalogue', 'lab test catalogue change', spec)


def qc_results(c):
    tech = c.staff('labtech')
    dt = c.when()
    rows = [[c.t('Date', 'Date'), c.t('Niveau', 'Level'), c.t('Lot contrôle', 'QC lot'), c.t('Valeur', 'Value'),
             c.t('Cible', 'Target'), 'ET/SD', c.t('Règle Westgard', 'Westgard rule')]]
    lot = 'QC%s' % luhn_complete(c.rng, '4', 9)
    for i in range(c.rng.randint(6, 12)):
        d = dt.date() - D(days=i)
        rows.append([d.isoformat(), c.pick(['N1', 'N2']), lot, round(c.rng.uniform(95, 135), 1), 115.0, 6.2,
                     c.pick(['OK', 'OK', 'OK', '1-2s'])])
    atts = [xlsx_part(c.rng, 'CQ_hCG_%s.xlsx' % dt.strftime('%Y%m'), [('CQ', rows)], author=tech.full)]
    body = join(greet(c), c.t('Contrôles de qualité bêta-hCG du mois (analyseur #%s). Un 1-2s isolé, pas d\'action.'
                              % luhn_complete(c.rng, '7', 9),
                              'Monthly beta-hCG QC (analyser #%s). One isolated 1-2s, no action.' % luhn_complete(c.rng, '7', 9)),
                signature(c, tech))
    spec = {'from': who_addr(c, tech), 'to': [('Assurance qualité labo', 'aq.labo@chuboreal.example')], 'date': dt,
            'body': body, 'attachments': atts, 'subject': c.t('CQ bêta-hCG', 'beta-hCG QC') + ' ' + dt.strftime('%m/%Y')}
    return neg(c, 'qc_results', 'lab quality-control data with lot and analyser numbers', spec)


def physician_directory(c):
    adm = c.staff('admin')
    dt = c.when()
    lines = []
    for role, fr, en in [('rei', 'infertilité, SOPK, endométriose, préservation de la fertilité',
                          'infertility, PCOS, endometriosis, fertility preservation'),
                         ('geneticist', 'cancers héréditaires, syndromes dysmorphiques, X fragile',
                          'hereditary cancer, dysmorphology, fragile X'),
                         ('mfm', 'grossesses gémellaires, anomalies fœtales, diabète gestationnel',
                          'twin pregnancies, fetal anomalies, gestational diabetes'),
                         ('idmd', 'VIH, syphilis, PrEP, hépatites', 'HIV, syphilis, PrEP, hepatitis')]:
        s = c.staff(role)
        lines.append('- %s — %s (%s %s)' % (s.display(c.lang), c.t(fr, en), c.t('poste', 'ext.'), s.ext))
    body = join(greet(c), c.t('Bottin des médecins et champs d\'expertise mis à jour pour les références :',
                              'Updated physician directory and areas of expertise for referrals:'), '\n'.join(lines),
                close(c), signature(c, adm))
    spec = {'from': who_addr(c, adm), 'to': [('Secrétariats', 'secretariats@chuboreal.example')], 'date': dt, 'body': body,
            'subject': c.t('Bottin des références', 'Referral directory')}
    return neg(c, 'physician_directory', 'physicians listed with the diseases they treat', spec)


def anonymous_question(c):
    """A question from the public web form: symptoms but nobody identifiable."""
    n = c.staff(c.pick(['shnurse', 'ivfnurse', 'gc']))
    dt = c.when()
    q = c.pick([
        c.t('Question anonyme (formulaire web) : « J\'ai eu une relation non protégée il y a 5 jours et j\'ai des brûlures '
            'en urinant. Est-ce que je peux venir sans rendez-vous ? »',
            'Anonymous question (web form): "I had unprotected sex 5 days ago and it burns when I pee. Can I come to the walk-in?"'),
        c.t('Question anonyme (formulaire web) : « J\'ai 41 ans et mon AMH est basse. Est-ce que la FIV vaut la peine ? »',
            'Anonymous question (web form): "I\'m 41 and my AMH is low. Is IVF worth it?"'),
        c.t('Question anonyme (formulaire web) : « Ma sœur est porteuse BRCA2. Est-ce que je dois être référée ? »',
            'Anonymous question (web form): "My sister carries BRCA2. Should I be referred?"'),
    ])
    body = join(greet(c), q,
                c.t('Proposition de réponse type pour la FAQ du site (aucune donnée d\'identification reçue) : ',
                    'Proposed standard answer for the website FAQ (no identifying data received): ')
                + c.t('oui, présentez-vous à la clinique ou appelez le 514 555-0140.', 'yes, come to the clinic or call 514 555-0140.'),
                close(c), signature(c, n))
    spec = {'from': who_addr(c, n), 'to': [('Communications', 'communications@chuboreal.example')], 'date': dt,
            'body': body, 'subject': c.t('Question du formulaire web — réponse FAQ', 'Web form question — FAQ answer')}
    return neg(c, 'anonymous_question', 'anonymous public question without any identifier', spec)


TEMPLATES = {
    'anonymous_question': anonymous_question,
    'lab_accreditation': lab_accreditation,
    'genetics_rounds': genetics_rounds,
    'journal_club': journal_club,
    'research_protocol': research_protocol,
    'patient_education': patient_education,
    'statistics': statistics,
    'teaching_case': teaching_case,
    'blank_form': blank_form,
    'letter_template': letter_template,
    'clinical_protocol': clinical_protocol,
    'donor_recruitment': donor_recruitment,
    'test_catalogue': test_catalogue,
    'qc_results': qc_results,
    'physician_directory': physician_directory,
}
