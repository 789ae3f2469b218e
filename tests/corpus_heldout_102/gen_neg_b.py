"""Negative messages, part B: statistics, blank forms, teaching, shortages, research, training, logs, invitations."""
import gen_docs as D
import gen_ids as I
import gen_mime as M
from gen_common import signature, transport, quote, orig_header, on_wrote
from gen_neg_a import N, addr, luhn_serial, SPEC_FR, SPEC_EN


# ------------------------------------------------------------------ statistics
def n_stats(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    mgr = c.staff(role='mgr', lang=lang)
    docs = [c.staff(lang=lang, site=mgr['site']) for _ in range(rng.randrange(4, 8))]
    per = c.pick('P%d' % rng.randrange(1, 13), 'T%d' % rng.randrange(1, 5))
    v = rng.randrange(2)
    if v == 0:
        hdr = ['Endoscopiste', 'Coloscopies', 'TDA (%)', 'Intubation caecale (%)', 'Prép. inadéquate (%)'] if lang == 'fr' else \
              ['Endoscopist', 'Colonoscopies', 'ADR (%)', 'Caecal intubation (%)', 'Inadequate prep (%)']
        rows = [hdr] + [['Dr %s' % d['surname'], rng.randrange(60, 260), rng.randrange(22, 48), rng.randrange(92, 100), rng.randrange(3, 14)] for d in docs]
        note = 'per-endoscopist quality indicators (staff performance, aggregate)'
    else:
        hdr = ['Priorité', 'Demandes', 'Délai médian (j)', '% dans les délais'] if lang == 'fr' else ['Priority', 'Requests', 'Median wait (d)', '% within target']
        rows = [hdr] + [[p, rng.randrange(20, 900), rng.randrange(3, 400), rng.randrange(30, 99)] for p in ['P1', 'P2', 'P3', 'P4', 'P5']]
        note = 'aggregate wait-time statistics'
    intro = (c.pick('Voici les indicateurs de la période %s.' % per, 'Tableau de bord endoscopie — %s' % per) if lang == 'fr'
             else c.pick('Indicators for period %s attached.' % per, 'Endoscopy dashboard - %s' % per))
    fmt = rng.choice(['inline', 'xlsx', 'csv'])
    subj = (c.pick('Indicateurs qualité %s' % per, 'Statistiques attente coloscopie %s' % per) if lang == 'fr' else
            c.pick('Quality indicators %s' % per, 'Colonoscopy wait stats %s' % per))
    to = [('Gastro - médecins', 'gastro-md@' + mgr['site']['dom'])]
    if fmt == 'inline':
        return N(c, 'statistics', lang, subj, addr(mgr), to, intro + '\n\n' + '\n'.join(' | '.join(str(x) for x in r) for r in rows) + '\n' + signature(c, mgr, lang),
                 note, t=transport(c, kind=c.pick('html', 'alt')))
    if fmt == 'xlsx':
        att = {'filename': 'indicateurs_%s.xlsx' % per, 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data': D.xlsx([(per, rows)])}
    else:
        att = {'filename': 'stats_%s.csv' % per, 'ctype': 'text/csv', 'text': D.csv_text(rows, sep=c.pick(',', ';')), 'charset': 'utf-8', 'cte': c.pick('base64', '8bit')}
    return N(c, 'statistics', lang, subj, addr(mgr), to, intro + '\n' + signature(c, mgr, lang), note, atts=[att])


# ------------------------------------------------------------------ blank forms and templates
def n_blank_form(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    a = c.staff(role='clerk', lang=lang)
    if lang == 'fr':
        paras = ['# Demande de coloscopie — Formulaire régional (v.2025-01)', 'Nom du patient : ______________________',
                 'NAM : ____ ____ ____     Date de naissance : AAAA-MM-JJ', 'Téléphone : (___) ___-____',
                 'Indication :  [ ] RSOSi positif   [ ] Rectorragies   [ ] Anémie ferriprive   [ ] Surveillance', 'Anticoagulant :  [ ] Oui  [ ] Non  Lequel : ______',
                 'Signature du médecin : ______________  No de permis : _____']
        subj = c.pick('Nouveau formulaire de demande de coloscopie', 'Gabarit lettre de préparation (à jour)', 'Formulaire vierge')
        text = 'Bonjour,\n\nVoici la nouvelle version du formulaire à utiliser dès lundi. Les anciennes versions seront refusées au triage.\n'
    else:
        paras = ['# Colonoscopy request - Regional form (v.2025-01)', 'Patient name: ______________________', 'Health card: ____ ____ ____   DOB: YYYY-MM-DD',
                 'Phone: (___) ___-____', 'Indication: [ ] Positive FIT  [ ] Rectal bleeding  [ ] Iron-deficiency anaemia  [ ] Surveillance',
                 'Anticoagulant: [ ] Yes [ ] No  Which: ______', 'Physician signature: ______________  Licence: _____']
        subj = c.pick('New colonoscopy request form', 'Prep letter template (updated)', 'Blank form')
        text = 'Hello,\n\nHere is the new form to use from Monday. Older versions will be returned by triage.\n'
    if c.chance(0.3):
        paras += ['Bonjour [PRÉNOM] [NOM],' if lang == 'fr' else 'Dear [FIRST NAME] [LAST NAME],',
                  'Votre examen est prévu le [DATE] à [HEURE].' if lang == 'fr' else 'Your procedure is on [DATE] at [TIME].']
    fmt = rng.choice(['docx', 'pdf'])
    if fmt == 'docx':
        att = {'filename': c.pick('formulaire_coloscopie_v2025.docx', 'gabarit_lettre.docx', 'request_form.docx'),
               'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'data': D.docx(paras)}
    else:
        att = {'filename': c.pick('Formulaire_vierge.pdf', 'request_form_blank.pdf'), 'ctype': 'application/pdf', 'data': D.pdf(paras, compress=c.chance(0.5))}
    return N(c, 'blank_form', lang, subj, addr(a), [('Cliniques référentes', 'gmf-liste@' + a['site']['dom'])], text + signature(c, a, lang),
             'blank request form / template', atts=[att])


# ------------------------------------------------------------------ anonymised teaching case
def n_teaching(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    md = c.staff(lang=lang)
    age = rng.randrange(24, 80)
    if lang == 'fr':
        case = rng.choice([
            'Un homme de %d ans se présente avec méléna et Hb à 72 g/L. Il prend du naproxène pour une gonarthrose. Quelle est la prochaine étape?' % age,
            'Une femme de %d ans, connue pour une colite ulcéreuse depuis 8 ans, consulte pour 10 selles sanglantes/jour, CRP 120. Critères de Truelove et Witts?' % age,
            'Un patient de %d ans avec cirrhose Child B présente de la confusion. Ammoniémie non nécessaire. Quel traitement?' % age,
            'Une patiente de %d ans a une ferritine à 4 et des anti-tTG positifs. Quelle biopsie faire?' % age])
        subj = c.pick('Cas clinique de la semaine', 'Club de lecture — cas anonymisé', 'Quiz GI pour les résidents')
        text = 'Bonjour à tous,\n\nCas de la semaine (anonymisé) :\n\n%s\n\nRéponses à la réunion de jeudi.\n' % case
    else:
        case = rng.choice([
            'A %d-year-old man presents with melena and Hb 72 g/L. He takes naproxen for knee OA. Next step?' % age,
            'A %d-year-old woman with 8-year UC presents with 10 bloody stools/day, CRP 120. Truelove-Witts criteria?' % age,
            'A %d-year-old patient with Child B cirrhosis presents confused. Is ammonia needed? Treatment?' % age,
            'A %d-year-old woman has ferritin 4 and positive anti-tTG. Which biopsies?' % age])
        subj = c.pick('Case of the week', 'Journal club - anonymised case', 'GI quiz for residents')
        text = 'Hi all,\n\nCase of the week (anonymised):\n\n%s\n\nAnswers at Thursday rounds.\n' % case
    text += signature(c, md, lang)
    return N(c, 'teaching_case', lang, subj, addr(md), [('Résidents GI', 'residents-gi@' + md['site']['dom'])], text, 'anonymised teaching case')


# ------------------------------------------------------------------ generic patient education leaflet
def n_leaflet(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    rn = c.staff(role='rn', lang=lang)
    if lang == 'fr':
        paras = ['# Préparer votre coloscopie', 'Trois jours avant : évitez les grains, noix, maïs, fruits et légumes crus.',
                 'La veille : liquides clairs seulement (bouillon, jus de pomme, Jell-O jaune).',
                 'Prenez la première moitié de la préparation PEG à 18 h et la deuxième 5 h avant l\'examen.',
                 'Si vous prenez un anticoagulant (warfarine, apixaban, rivaroxaban) ou de l\'insuline, parlez-en à votre médecin.',
                 'Questions : %s' % rn['site']['tel']]
        subj = c.pick('Révision du feuillet de préparation', 'Feuillet patient — commentaires?', 'Nouvelle version du dépliant')
        text = 'Bonjour l\'équipe,\n\nPouvez-vous relire la nouvelle version du feuillet avant l\'impression? Commentaires d\'ici vendredi.\n'
    else:
        paras = ['# Getting ready for your colonoscopy', 'Three days before: avoid seeds, nuts, corn, raw fruit and vegetables.',
                 'Day before: clear fluids only (broth, apple juice, yellow Jell-O).', 'Take half of the PEG prep at 6 p.m. and the rest 5 hours before.',
                 'If you take a blood thinner (warfarin, apixaban, rivaroxaban) or insulin, talk to your doctor.', 'Questions: %s' % rn['site']['tel']]
        subj = c.pick('Prep leaflet review', 'Patient handout - comments?', 'New brochure version')
        text = 'Hi team,\n\nCould you review the new leaflet before printing? Comments by Friday.\n'
    fmt = rng.choice(['pdf', 'docx', 'inline'])
    if fmt == 'inline':
        return N(c, 'patient_education', lang, subj, addr(rn), [('Équipe endo', 'equipe.endo@' + rn['site']['dom'])],
                 text + '\n' + '\n'.join(p.lstrip('# ') for p in paras) + '\n' + signature(c, rn, lang), 'generic patient education leaflet')
    att = ({'filename': 'feuillet_prep.pdf' if lang == 'fr' else 'prep_leaflet.pdf', 'ctype': 'application/pdf', 'data': D.pdf(paras, compress=c.chance(0.5))}
           if fmt == 'pdf' else {'filename': 'feuillet_prep.docx', 'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'data': D.docx(paras)})
    return N(c, 'patient_education', lang, subj, addr(rn), [('Équipe endo', 'equipe.endo@' + rn['site']['dom'])], text + signature(c, rn, lang),
             'generic patient education leaflet', atts=[att])


# ------------------------------------------------------------------ drug shortage
def n_shortage(c):
    lang = c.pick('fr', 'en', 'fr')
    ph = c.staff(role='pharm', lang=lang)
    d = c.pick(('PEG 3350 4 L (Colyte)', 'PEG 3350 4 L (Colyte)', 'Pico-Salax ou Bi-Peglyte', 'Pico-Salax or Bi-Peglyte'),
               ('picosulfate de sodium (Pico-Salax)', 'sodium picosulfate (Pico-Salax)', 'PEG 3350 fractionné', 'split-dose PEG 3350'),
               ('vasopressine', 'vasopressin', 'octréotide en perfusion', 'octreotide infusion'),
               ('lidocaïne visqueuse 2 %', 'viscous lidocaine 2%', 'vaporisateur de lidocaïne 10 %', 'lidocaine 10% spray'))
    if lang == 'fr':
        subj = 'Avis de rupture d\'approvisionnement — %s' % d[0]
        text = ('Bonjour,\n\nLe fournisseur nous avise d\'une rupture de %s jusqu\'à la fin du mois. Alternative recommandée : %s. '
                'Les ordonnances préimprimées seront mises à jour. Aucun changement pour les patients déjà servis.\n' % (d[0], d[2]))
    else:
        subj = 'Drug shortage notice - %s' % d[1]
        text = ('Hello,\n\nOur supplier reports a shortage of %s until month-end. Recommended alternative: %s. Pre-printed orders will be updated. '
                'No change for patients already dispensed.\n' % (d[1], d[3]))
    text += signature(c, ph, lang, unit='Département de pharmacie' if lang == 'fr' else 'Pharmacy Department')
    return N(c, 'drug_shortage', lang, subj, addr(ph), [('Prescripteurs GI', 'prescripteurs-gi@' + ph['site']['dom'])], text, 'drug shortage notice')


# ------------------------------------------------------------------ facilities
def n_facilities(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    f = c.staff(role='mgr', lang=lang)
    day = c.future(2, 25)
    k = rng.randrange(4)
    if lang == 'fr':
        subj = ['Travaux — salle de retraitement', 'Fermeture ascenseur C', 'Ventilation salle 2', 'Stationnement P3 fermé'][k]
        text = 'Bonjour,\n\n%s\n' % ('Des travaux de ventilation auront lieu le %s dans la salle de retraitement. Les laveurs-désinfecteurs 2 et 3 seront hors service.' % day,
                                          'L\'ascenseur C sera fermé le %s; utilisez l\'ascenseur B pour les civières.' % day,
                                          'Le débit d\'air de la salle 2 est sous la norme; la salle est fermée pour les bronchoscopies jusqu\'au %s.' % day,
                                          'Le stationnement P3 sera fermé le %s pour le déneigement.' % day)[k]
    else:
        subj = ['Works - reprocessing room', 'Elevator C closure', 'Room 2 ventilation', 'Parking P3 closed'][k]
        text = 'Hello,\n\n%s\n' % ('Ventilation work on %s in the reprocessing room. Washer-disinfectors 2 and 3 out of service.' % day,
                                        'Elevator C closed on %s; use elevator B for stretchers.' % day,
                                        'Room 2 air exchange below standard; closed for bronchoscopy until %s.' % day,
                                        'Parking P3 closed on %s for snow removal.' % day)[k]
    text += signature(c, f, lang, unit='Services techniques' if lang == 'fr' else 'Facilities')
    return N(c, 'facilities', lang, subj, addr(f), [('Tout le personnel', 'tous@' + f['site']['dom'])], text, 'facilities notice')


# ------------------------------------------------------------------ research protocol
def n_research(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'en')
    pi = c.staff(lang=lang)
    proto = 'GI-%d-%03d' % (rng.randrange(2023, 2026), rng.randrange(1, 999))
    if lang == 'fr':
        subj = 'Recrutement — étude %s' % proto
        text = ('Bonjour,\n\nL\'étude %s (phase III, anti-IL-23 dans la maladie de Crohn modérée à sévère) recrute.\nCritères d\'inclusion : 18-75 ans, '
                'CDAI 220-450, échec d\'au moins un anti-TNF. Exclusion : sténose symptomatique, stomie.\nRéférez les candidats potentiels à la '
                'coordonnatrice; aucun renseignement nominatif par courriel svp.\nApprobation CER n° %s.\n' % (proto, rng.randrange(2000, 9999)))
    else:
        subj = 'Recruitment - study %s' % proto
        text = ("Hello,\n\nStudy %s (phase III, anti-IL-23 in moderate-to-severe Crohn's disease) is recruiting.\nInclusion: age 18-75, CDAI 220-450, "
                'failure of at least one anti-TNF. Exclusion: symptomatic stricture, stoma.\nPlease refer candidates to the coordinator; no identifying '
                'information by e-mail.\nREB approval no. %s.\n' % (proto, rng.randrange(2000, 9999)))
    text += signature(c, pi, lang, unit='Centre de recherche' if lang == 'fr' else 'Research Centre')
    atts = []
    if c.chance(0.4):
        atts.append({'filename': 'synopsis_%s.pdf' % proto, 'ctype': 'application/pdf',
                     'data': D.pdf(['# Synopsis %s' % proto, 'Population: adults with Crohn\'s disease', 'Primary endpoint: clinical remission at week 12',
                                    'Sample size: 480'], compress=True)})
    return N(c, 'research_protocol', lang, subj, addr(pi), [('Gastro - médecins', 'gastro-md@' + pi['site']['dom'])], text,
             'research protocol without participants', atts=atts)


# ------------------------------------------------------------------ physician directory
def n_directory(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    a = c.staff(role='clerk', lang=lang)
    lines = []
    for _ in range(rng.randrange(5, 9)):
        s = c.staff(lang=lang)
        lines.append('%s %s | %s | %s' % ('Dr' if lang == 'en' else c.pick('Dr', 'Dre'), s['given'] + ' ' + s['surname'],
                                          rng.choice(SPEC_FR if lang == 'fr' else SPEC_EN), I.phone_fmt(rng)))
    hdr = 'Médecin | Champ d\'intérêt | Ligne clinique' if lang == 'fr' else 'Physician | Area of interest | Clinic line'
    intro = ('Bonjour,\n\nVoici le bottin à jour des gastroentérologues et leurs champs d\'intérêt pour orienter les références :'
             if lang == 'fr' else 'Hello,\n\nHere is the updated directory of gastroenterologists and their interests to route referrals:')
    text = intro + '\n\n' + hdr + '\n' + '\n'.join(lines) + '\n' + signature(c, a, lang)
    return N(c, 'physician_directory', lang, c.pick('Bottin des gastroentérologues', 'Qui fait quoi en GI') if lang == 'fr' else
             c.pick('GI physician directory', 'Who does what in GI'), addr(a), [('GMF de la région', 'gmf-region@' + a['site']['dom'])], text,
             'physicians named with diseases they treat')


# ------------------------------------------------------------------ training
def n_training(c):
    lang = c.pick('fr', 'en', 'fr')
    ed = c.staff(role='rn', lang=lang)
    day = c.future(5, 40)
    if lang == 'fr':
        subj = c.pick('Formation sédation-analgésie — inscription', 'Recertification RCR/ACLS', 'Formation nouveau duodénoscope à usage unique')
        text = ('Bonjour,\n\nUne formation obligatoire aura lieu le %s (3 h, local 2.105). Contenu : %s. Inscrivez-vous auprès de %s.\n' %
                (day, c.pick('capnographie, échelles de sédation, antidotes (naloxone, flumazénil)', 'algorithmes ACLS et simulation',
                             'manipulation et élimination du duodénoscope jetable'), ed['given']))
    else:
        subj = c.pick('Sedation training - registration', 'BLS/ACLS recertification', 'Single-use duodenoscope training')
        text = ('Hello,\n\nMandatory training on %s (3 h, room 2.105). Content: %s. Register with %s.\n' %
                (day, c.pick('capnography, sedation scales, reversal agents (naloxone, flumazenil)', 'ACLS algorithms and simulation',
                             'handling and disposal of the single-use duodenoscope'), ed['given']))
    text += signature(c, ed, lang, unit='Enseignement' if lang == 'fr' else 'Education')
    return N(c, 'training', lang, subj, addr(ed), [('Personnel endoscopie', 'personnel.endo@' + ed['site']['dom'])], text, 'staff training notice')


# ------------------------------------------------------------------ privacy reminder
def n_privacy(c):
    lang = c.pick('fr', 'en', 'fr')
    po = c.staff(role='mgr', lang=lang)
    if lang == 'fr':
        subj = 'Rappel : renseignements de santé et courriel'
        text = ('Bonjour à tous,\n\nRappel de la politique : n\'inscrivez jamais un NAM (format XXXX 0000 0000), un numéro de dossier, un nom de '
                'patient ou un diagnostic dans l\'objet d\'un courriel. Utilisez la messagerie sécurisée pour les résultats de pathologie.\n'
                'Les incidents de confidentialité doivent être déclarés dans les 24 heures.\n')
    else:
        subj = 'Reminder: health information and e-mail'
        text = ('Hello all,\n\nPolicy reminder: never put a health card number (format XXXX 0000 0000), chart number, patient name or diagnosis in an '
                'e-mail subject line. Use secure messaging for pathology results.\nPrivacy incidents must be reported within 24 hours.\n')
    text += signature(c, po, lang, unit='Bureau de la protection des renseignements' if lang == 'fr' else 'Privacy Office')
    return N(c, 'privacy_reminder', lang, subj, addr(po), [('Tout le personnel', 'tous@' + po['site']['dom'])], text, 'privacy policy reminder')


# ------------------------------------------------------------------ scope reprocessing log
def n_reprocessing(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    t = c.staff(role='clerk', lang=lang)
    hdr = ['Endoscope', 'N° série', 'Cycle LDE', 'Test de fuite', 'Culture'] if lang == 'fr' else ['Scope', 'Serial', 'AER cycle', 'Leak test', 'Culture']
    rows = [hdr]
    for _ in range(rng.randrange(5, 10)):
        rows.append([rng.choice(['CF-HQ190L', 'GIF-H190', 'TJF-Q190V', 'PCF-H190DL', 'GF-UCT180']), luhn_serial(rng, rng.choice([7, 9, 10])),
                     str(rng.randrange(10000, 99999)), 'OK', rng.choice(['négatif', 'négatif', '< 10 UFC', 'P. aeruginosa 30 UFC — en quarantaine'] if lang == 'fr'
                                                                         else ['negative', 'negative', '< 10 CFU', 'P. aeruginosa 30 CFU - quarantined'])])
    intro = ('Résultats des cultures de surveillance des endoscopes ce mois-ci.' if lang == 'fr' else 'Scope surveillance culture results for this month.')
    fmt = rng.choice(['inline', 'xlsx'])
    subj = c.pick('Cultures endoscopes — mois', 'Registre retraitement') if lang == 'fr' else c.pick('Scope cultures - monthly', 'Reprocessing log')
    to = [('Prévention infections', 'pci@' + t['site']['dom'])]
    if fmt == 'inline':
        return N(c, 'reprocessing_log', lang, subj, addr(t), to, intro + '\n\n' + '\n'.join(' | '.join(r) for r in rows) + '\n' + signature(c, t, lang),
                 'scope reprocessing log with serial numbers')
    return N(c, 'reprocessing_log', lang, subj, addr(t), to, intro + '\n' + signature(c, t, lang), 'scope reprocessing log with serial numbers',
             atts=[{'filename': 'registre_retraitement.xlsx', 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data': D.xlsx([('Log', rows)])}])


# ------------------------------------------------------------------ satisfaction survey
def n_survey(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    q = c.staff(role='mgr', lang=lang)
    n = rng.randrange(150, 900)
    if lang == 'fr':
        subj = 'Sondage de satisfaction — résultats'
        text = ('Bonjour,\n\n%d répondants ce trimestre. Satisfaction globale : %d %%. Points à améliorer : délai d\'attente le jour même (moyenne 52 min), '
                'clarté des instructions de préparation (71 %% les jugent claires). Commentaires libres anonymisés en pièce jointe.\n' % (n, rng.randrange(80, 96)))
    else:
        subj = 'Patient satisfaction survey - results'
        text = ('Hello,\n\n%d respondents this quarter. Overall satisfaction: %d%%. To improve: same-day wait (mean 52 min), clarity of prep instructions '
                '(71%% found them clear). Anonymised free-text comments attached.\n' % (n, rng.randrange(80, 96)))
    comments = ['Personnel très gentil.', 'La préparation était difficile à boire.', 'Attente trop longue à l\'accueil.', 'Instructions claires, merci.'] if lang == 'fr' \
        else ['Very kind staff.', 'Prep was hard to drink.', 'Long wait at reception.', 'Clear instructions, thanks.']
    att = {'filename': 'commentaires.csv' if lang == 'fr' else 'comments.csv', 'ctype': 'text/csv', 'charset': 'windows-1252', 'cte': 'quoted-printable',
           'text': D.csv_text([['#', 'Commentaire' if lang == 'fr' else 'Comment']] + [[str(i + 1), x] for i, x in enumerate(comments)])}
    return N(c, 'survey_results', lang, subj, addr(q), [('Équipe endo', 'equipe.endo@' + q['site']['dom'])], text + signature(c, q, lang),
             'aggregate satisfaction survey', atts=[att])


# ------------------------------------------------------------------ vendor demo invitation (ICS)
def n_vendor_ics(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    rep = ('Karen Whitfield (Optiscope)' if c.chance(0.5) else 'Marc-André Sirois (EndoRepair)', 'rendezvous@optiscope-medical.example')
    mgr = c.staff(role='mgr', lang=lang)
    day = c.future(5, 30).replace('-', '')
    summ = c.pick('Démo — processeur vidéo avec IA de détection de polypes', 'Essai — pompe d\'irrigation') if lang == 'fr' else \
        c.pick('Demo - video processor with AI polyp detection', 'Trial - irrigation pump')
    ics = D.ics('demo-%s@optiscope-medical.example' % day, day + 'T120000', day + 'T130000', summ,
                'Dîner fourni. Aucune donnée patient ne sera utilisée.' if lang == 'fr' else 'Lunch provided. No patient data will be used.',
                'Salle de conférence 3.110', rep, [(mgr['disp'], mgr['email'])])
    text = (c.pick('Bonjour, voici l\'invitation pour la démonstration.', 'Confirmation de la démo.') if lang == 'fr'
            else c.pick('Hello, here is the invitation for the demo.', 'Demo confirmed.'))
    return N(c, 'vendor_invite', lang, summ, rep, [addr(mgr)], text, 'vendor demo calendar invitation',
             atts=[{'filename': 'invite.ics', 'ctype': 'text/calendar', 'ctype_extra': '; method=REQUEST', 'text': ics, 'charset': 'utf-8',
                    'cte': c.pick('base64', '8bit'), 'style': 'plain'}])


# ------------------------------------------------------------------ staff / rep vCard
def n_vcard_staff(c):
    lang = c.pick('fr', 'en')
    s = c.staff(lang=lang)
    a = c.staff(role='clerk', lang=lang, site=s['site'])
    vc = D.vcard(s['disp'], [s['surname'], s['given'], '', 'Dr', ''], tels=[('WORK', s['site']['tel']), ('FAX', I.phone(c.rng))], emails=[s['email']],
                 org=s['site']['name'], title='Gastroentérologue — hépatologie' if lang == 'fr' else 'Gastroenterologist - hepatology')
    text = (c.pick('Voici les coordonnées de la nouvelle hépatologue, pour vos références.', 'Coordonnées à jour.') if lang == 'fr'
            else c.pick('Contact details for our new hepatologist, for referrals.', 'Updated contact.')) + '\n' + signature(c, a, lang, long=False)
    return N(c, 'staff_vcard', lang, c.pick('Nouvelle collègue', 'Coordonnées', 'New colleague'), addr(a), [('GMF', 'gmf-region@' + a['site']['dom'])],
             text, 'vCard of a physician', atts=[{'filename': '%s.vcf' % I.strip_accents(s['surname']), 'ctype': 'text/vcard', 'text': vc, 'charset': 'utf-8',
                                                 'cte': c.pick('base64', 'quoted-printable')}])


# ------------------------------------------------------------------ inventory
def n_inventory(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    a = c.staff(role='clerk', lang=lang)
    hdr = ['Code', 'Article', 'En stock', 'Seuil', 'À commander'] if lang == 'fr' else ['Code', 'Item', 'On hand', 'Par', 'To order']
    items = ['Pince biopsie 2,3 mm', 'Anse froide 10 mm', 'Clips hémostatiques', 'Bouchons de biopsie', 'Colyte 4 L', 'Pico-Salax', 'Propofol 20 mL',
             'Lidocaïne vaporisateur', 'Embout buccal', 'Sacs à spécimens'] if lang == 'fr' else \
        ['Biopsy forceps 2.3 mm', 'Cold snare 10 mm', 'Haemostatic clips', 'Biopsy caps', 'Colyte 4 L', 'Pico-Salax', 'Propofol 20 mL', 'Lidocaine spray',
         'Bite block', 'Specimen bags']
    rows = [hdr] + [[str(rng.randrange(100000, 999999)), it, rng.randrange(0, 200), rng.randrange(10, 80), rng.randrange(0, 100)] for it in rng.sample(items, 7)]
    fmt = rng.choice(['xlsx', 'csv'])
    att = ({'filename': 'inventaire.xlsx', 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data': D.xlsx([('Inventaire', rows)])}
           if fmt == 'xlsx' else {'filename': 'inventaire.csv', 'ctype': 'text/csv', 'text': D.csv_text(rows, sep=';'), 'charset': 'iso-8859-1', 'cte': '8bit'})
    text = (c.pick('Inventaire hebdomadaire ci-joint.', 'Voici les quantités à commander.') if lang == 'fr'
            else c.pick('Weekly inventory attached.', 'Quantities to order.')) + '\n' + signature(c, a, lang)
    return N(c, 'inventory', lang, c.pick('Inventaire', 'Commande fournitures') if lang == 'fr' else c.pick('Inventory', 'Supply order'), addr(a),
             [('Magasin', 'magasin@' + a['site']['dom'])], text, 'supply inventory', atts=[att])
