"""Negative templates, part B: clinical-sounding mail without an identifiable
patient — newsletters, anonymised cases, statistics, blank forms, templates,
shortages, recalls, reference values, policies, directories, handouts,
committees, research without participants, training, closures."""
import datetime

from gen_common import (HOSP, HOSP_ADDR, HOSP_DOMAIN, closing, dec, dept_addr, dept_name, dr, fmt_date,
                        greet, signature)
from gen_files import (att_docx, att_ics, att_pdf, att_xlsx, make_docx, make_ics, make_pdf, make_xlsx)
from gen_neg_a import CLIN, neg
from gen_pos_a import dept_pair, staff_pair
from gen_text import DX, L

ALL = ('Tout le personnel', 'tous@' + HOSP_DOMAIN)


def n_newsletter_disease(ctx, lang):
    d = ctx.msg_date()
    comm = ctx.staff('comm', 'coord', 'F')
    fr = lang == 'fr'
    topic = ctx.choice([
        ("Saison du VRS : le nirsévimab offert à tous les nourrissons nés depuis le 1er avril",
         "RSV season: nirsevimab offered to all infants born since April 1",
         "Le nirsévimab réduit d'environ 75 % les hospitalisations pour bronchiolite. Les parents peuvent prendre rendez-vous en CLSC.",
         "Nirsevimab reduces bronchiolitis admissions by about 75%. Parents can book at their CLSC."),
        ("Journée lavande : mieux comprendre l'épilepsie chez l'enfant", "Purple Day: understanding childhood epilepsy",
         "Environ 1 enfant sur 150 reçoit un diagnostic d'épilepsie avant 10 ans. Kiosque d'information au hall principal le 26 mars.",
         "About 1 child in 150 is diagnosed with epilepsy before age 10. Information booth in the main lobby on March 26."),
        ("Rougeole : vérifiez le statut vaccinal", "Measles: check immunization status",
         "Trois cas ont été confirmés dans la région. Tout enfant fébrile avec éruption doit être isolé dès l'accueil.",
         "Three cases have been confirmed in the region. Any febrile child with a rash must be isolated at registration."),
        ("Mois de la sensibilisation à la maladie cœliaque", "Coeliac Awareness Month",
         "La prévalence est d'environ 1 %. La clinique de gastroentérologie offre des ateliers de cuisine sans gluten aux familles.",
         "Prevalence is about 1%. The GI clinic offers gluten-free cooking workshops to families."),
        ("Avril, mois de l'autisme : nouvelles ressources", "April is Autism Acceptance Month: new resources",
         "La clinique TSA a publié un guide pour les familles en attente d'évaluation et une trousse sensorielle pour les salles d'attente.",
         "The autism clinic published a guide for families awaiting assessment and a sensory kit for waiting rooms.")])
    no = ctx.randint(12, 140)
    if fr:
        subj = f"L'Info-HESA no {no} – {topic[0]}"
        text = (f"L'INFO-HESA – bulletin interne no {no}\n\n{topic[0]}\n\n{topic[2]}\n\n"
                f"Aussi dans ce numéro : la Fondation lance sa campagne d'automne; nouveaux visages en pédopsychiatrie; "
                f"rappel sur l'hygiène des mains.\n\nDirection des communications\nPour vous désabonner, répondez « STOP ».")
    else:
        subj = f"HESA News no. {no} – {topic[1]}"
        text = (f"HESA NEWS – internal newsletter no. {no}\n\n{topic[1]}\n\n{topic[3]}\n\n"
                f"Also in this issue: the Foundation launches its fall campaign; new faces in child psychiatry; hand hygiene reminder.\n\n"
                f"Communications\nTo unsubscribe reply STOP.")
    return neg(ctx, lang, 'newsletter_disease', 'internal newsletter about a disease topic', ('Communications HESA', dept_addr('comm')),
               [ALL], subj, text, date=d)


def n_teaching_case_anon(ctx, lang):
    d = ctx.msg_date()
    res = ctx.staff('teach', 'res')
    fr = lang == 'fr'
    age = ctx.randint(2, 15)
    sex = ctx.choice([('Garçon', 'boy'), ('Fille', 'girl')])
    case = ctx.choice([
        ("épisodes de fixité du regard de 10 secondes, jusqu'à 50 fois par jour. EEG : pointes-ondes généralisées à 3 Hz. Éthosuximide débuté.",
         "10-second staring spells up to 50 times a day. EEG: generalised 3 Hz spike-wave. Ethosuximide started."),
        ("polyurie, polydipsie et perte de 4 kg en 3 semaines. Glycémie 28 mmol/L, pH 7,18. Prise en charge de l'acidocétose selon le protocole.",
         "polyuria, polydipsia and 4 kg weight loss over 3 weeks. Glucose 28 mmol/L, pH 7.18. DKA managed per protocol."),
        ("diarrhée chronique, cassure de la courbe de poids et anémie ferriprive. Anti-tTG > 10 fois la normale; biopsies compatibles Marsh 3b.",
         "chronic diarrhoea, falling weight curve and iron-deficiency anaemia. Anti-tTG > 10x ULN; biopsies Marsh 3b."),
        ("retard de langage, peu de contact visuel et intérêts restreints. ADOS-2 positif; discussion sur l'annonce du diagnostic aux parents.",
         "language delay, poor eye contact and restricted interests. Positive ADOS-2; discussion on disclosing the diagnosis to parents.")])
    if fr:
        subj = ctx.choice(['Cas clinique anonymisé – tournée de jeudi', 'Cas pour la demi-journée académique', 'Quiz clinique de la semaine'])
        text = (f"Bonjour à tous,\n\nCas de la semaine (anonymisé) :\n\n{sex[0]} de {age} ans, sans antécédents, présentant {case[0]}\n\n"
                f"Questions : 1) Diagnostic différentiel? 2) Examens de première ligne? 3) Suivi?\n\n"
                f"Les réponses seront discutées jeudi à 8 h, amphithéâtre B.\n\n{res.given}, R3")
    else:
        subj = ctx.choice(['Anonymised case – Thursday rounds', 'Case for academic half-day', 'Clinical quiz of the week'])
        text = (f"Hi all,\n\nCase of the week (anonymised):\n\nA {age}-year-old {sex[1]}, previously healthy, presenting with {case[1]}\n\n"
                f"Questions: 1) Differential? 2) First-line work-up? 3) Follow-up?\n\nAnswers discussed Thursday 8 am, lecture hall B.\n\n{res.given}, PGY3")
    return neg(ctx, lang, 'teaching_case_anonymised', 'anonymised teaching case (age and sex only)', staff_pair(res),
               [('Résidents pédiatrie', f'residents.pediatrie@{HOSP_DOMAIN}')], subj, text, date=d)


def n_anon_advice(ctx, lang):
    d = ctx.msg_date()
    dept = ctx.choice(['cl', 'home', 'school'])
    a = ctx.staff(dept, 'cl' if dept == 'cl' else 'nurse', 'F')
    b = ctx.staff(dept, 'cl' if dept == 'cl' else 'nurse', 'F')
    fr = lang == 'fr'
    q = ctx.choice([
        ("J'ai un petit garçon de 3 ans autiste non verbal qui refuse toute prise de sang. Vous avez des trucs qui marchent (distraction, séquence visuelle)?",
         "I have a 3-year-old non-verbal autistic boy who refuses every blood draw. Any tricks that work (distraction, visual schedule)?"),
        ("Une ado de 15 ans avec un diabète de type 1 refuse de faire ses glycémies à l'école par gêne. Avez-vous déjà fait un atelier de groupe?",
         "A 15-year-old with type 1 diabetes refuses to check her glucose at school out of embarrassment. Have you ever run a group workshop?"),
        ("Question générale : quel délai recommandez-vous entre la pose d'un bouton de gastrostomie et le retour au service de garde?",
         "General question: what delay do you recommend between a gastrostomy button insertion and return to daycare?")])
    if fr:
        subj = ctx.choice(['Question – vos trucs?', 'Besoin de vos idées', 'Question générale'])
        text = f"{greet(ctx, 'fr', b.given)}\n\n{q[0]}\n\nMerci d'avance!\n{a.given}"
    else:
        subj = ctx.choice(['Question – your tips?', 'Need your ideas', 'General question'])
        text = f"{greet(ctx, 'en', b.given)}\n\n{q[1]}\n\nThanks in advance!\n{a.given}"
    return neg(ctx, lang, 'anonymous_practice_question', 'colleague asks for advice about an unnamed child (age only)',
               staff_pair(a), [staff_pair(b)], subj, text, date=d)


def n_stats_xlsx(ctx, lang):
    d = ctx.msg_date()
    qual = ctx.staff('qual', 'coord')
    fr = lang == 'fr'
    clinics = ['TSA', 'Développement' if fr else 'Development', 'Neurologie' if fr else 'Neurology', 'Endocrinologie' if fr else 'Endocrinology',
               'Gastroentérologie' if fr else 'Gastroenterology', 'Suivi néonatal' if fr else 'Neonatal follow-up']
    hdr = ['Clinique' if fr else 'Clinic', 'Références' if fr else 'Referrals', 'Nouveaux' if fr else 'New patients',
           'Délai médian (j)' if fr else 'Median wait (d)', 'Attente > 12 mois' if fr else 'Waiting > 12 months', '% garçons' if fr else '% boys']
    rows = [hdr] + [[c, ctx.randint(80, 700), ctx.randint(40, 400), ctx.randint(30, 480), ctx.randint(0, 300), ctx.randint(40, 80)] for c in clinics]
    q = ctx.randint(1, 4)
    fn = f'Indicateurs_T{q}_{d.year}.xlsx' if fr else f'Indicators_Q{q}_{d.year}.xlsx'
    if fr:
        subj = f'Tableau de bord – T{q} {d.year}'
        text = (f"{greet(ctx, 'fr')}\n\nVoici le tableau de bord trimestriel des cliniques externes. Le délai médian pour une évaluation TSA "
                f"demeure au-dessus de la cible ministérielle.\n\n{closing(ctx, 'fr')}\n\n{signature(ctx, qual, 'fr')}")
    else:
        subj = f'Dashboard – Q{q} {d.year}'
        text = (f"{greet(ctx, 'en')}\n\nAttached is the quarterly outpatient clinic dashboard. The median wait for an autism assessment "
                f"remains above the ministry target.\n\n{closing(ctx, 'en')}\n\n{signature(ctx, qual, 'en')}")
    return neg(ctx, lang, 'aggregate_stats_xlsx', 'aggregate clinic statistics spreadsheet', staff_pair(qual),
               [('Comité de direction' if fr else 'Management committee', f'direction@{HOSP_DOMAIN}')], subj, text,
               atts=[att_xlsx(fn, make_xlsx([('T' + str(q) if fr else 'Q' + str(q), rows)]))], date=d)


def n_blank_form(ctx, lang):
    d = ctx.msg_date()
    dept = ctx.choice(['dev', 'school', 'neuro', 'sw'])
    sec = ctx.staff(dept, 'sec', 'F')
    fr = lang == 'fr'
    title = {'dev': ('Formulaire de référence – Clinique de développement', 'Referral form – Developmental Clinic'),
             'school': ("Autorisation d'administrer un médicament à l'école", 'Authorization to administer medication at school'),
             'neuro': ('Plan d\'urgence – crises épileptiques', 'Seizure emergency plan'),
             'sw': ('Demande de services sociaux', 'Social work request')}[dept]
    blocks = [("Nom de l'enfant : ______________________   Prénom : ________________" if fr else "Child's last name: ____________________  First name: ______________"),
              ("Date de naissance (AAAA-MM-JJ) : ____-__-__      Sexe : ☐ M  ☐ F" if fr else "Date of birth (YYYY-MM-DD): ____-__-__      Sex: ☐ M  ☐ F").replace('☐', '[ ]'),
              ("NAM : __ __ __ __   __ __ __ __   __ __ __ __      No de dossier : ________" if fr else "Health card (RAMQ): ____ ____ ____      Chart no.: ________"),
              ("Adresse : ____________________________________   Téléphone : (___) ___-____" if fr else "Address: ____________________________________   Phone: (___) ___-____"),
              '', ('h', 'Renseignements cliniques' if fr else 'Clinical information'),
              ("Diagnostic(s) : _______________________________________________" if fr else "Diagnosis(es): _______________________________________________"),
              ("Médicament / dose / heure : ___________________________________" if fr else "Medication / dose / time: ___________________________________"),
              '', ("Signature du parent : ____________________   Date : __________" if fr else "Parent signature: ____________________   Date: __________")]
    pdf = make_pdf(title[0 if fr else 1], blocks, header=HOSP[lang], footer=HOSP_ADDR[lang], compress=ctx.chance(0.5))
    fn = ctx.choice([f'formulaire_{dept}_vierge.pdf' if fr else f'{dept}_form_blank.pdf', f'{title[0 if fr else 1][:30]}.pdf'])
    if fr:
        subj = ctx.choice(['Formulaire à jour (version vierge)', f'Nouveau formulaire – {title[0]}', 'Formulaire à distribuer'])
        text = f"{greet(ctx, 'fr')}\n\nVoici la nouvelle version du formulaire. Merci de détruire les anciennes copies.\n\n{closing(ctx, 'fr')}\n{sec.full}"
    else:
        subj = ctx.choice(['Updated form (blank)', f'New form – {title[1]}', 'Form to distribute'])
        text = f"{greet(ctx, 'en')}\n\nHere is the new version of the form. Please discard old copies.\n\n{closing(ctx, 'en')}\n{sec.full}"
    return neg(ctx, lang, 'blank_form_pdf', 'blank form with NAM / DOB / diagnosis fields', staff_pair(sec),
               [dept_pair(dept, lang)], subj, text, atts=[att_pdf(fn, pdf)], date=d)


def n_template_xlsx(ctx, lang):
    d = ctx.msg_date()
    coord = ctx.staff(ctx.choice(['home', 'tsa', 'gi']), 'coord', 'F')
    fr = lang == 'fr'
    hdr = (['Nom', 'Prénom', 'Date de naissance', 'NAM', 'No dossier', 'Diagnostic', 'Adresse', 'Téléphone'] if fr else
           ['Last name', 'First name', 'Date of birth', 'Health card', 'MRN', 'Diagnosis', 'Address', 'Phone'])
    ex = ['NOM', 'Prénom' if fr else 'First', 'AAAA-MM-JJ' if fr else 'YYYY-MM-DD', 'XXXX 0000 0000', '0000000',
          '(liste déroulante)' if fr else '(drop-down)', 'no, rue, ville' if fr else 'no., street, city', '(000) 000-0000']
    rows = [hdr, ex] + [[''] * len(hdr) for _ in range(5)]
    if fr:
        subj = ctx.choice(['Gabarit de liste – à utiliser dès lundi', 'Nouveau gabarit Excel', 'Modèle de tableau de suivi'])
        text = (f"{greet(ctx, 'fr')}\n\nVoici le gabarit à utiliser pour les listes de suivi. Ne pas l'envoyer par courriel une fois rempli : "
                f"le déposer dans le dossier partagé sécurisé.\n\n{closing(ctx, 'fr')}\n\n{signature(ctx, coord, 'fr')}")
    else:
        subj = ctx.choice(['List template – use from Monday', 'New Excel template', 'Tracking sheet template'])
        text = (f"{greet(ctx, 'en')}\n\nHere is the template for follow-up lists. Do not e-mail it once filled in: save it in the secure shared folder.\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, coord, 'en')}")
    return neg(ctx, lang, 'empty_template_xlsx', 'empty spreadsheet template with placeholder NAM/DOB', staff_pair(coord),
               [dept_pair(coord.dept, lang)], subj, text,
               atts=[att_xlsx('gabarit_liste.xlsx' if fr else 'list_template.xlsx', make_xlsx([('Gabarit' if fr else 'Template', rows)]))], date=d)


def n_drug_shortage(ctx, lang):
    d = ctx.msg_date()
    ph = ctx.staff('pharm', 'pharm')
    fr = lang == 'fr'
    drug = ctx.choice([('méthylphénidate à libération prolongée 18 mg', 'extended-release methylphenidate 18 mg', 'TDAH', 'ADHD'),
                       ('lévothyroxine en suspension', 'levothyroxine suspension', 'hypothyroïdie congénitale', 'congenital hypothyroidism'),
                       ('éthosuximide sirop', 'ethosuximide syrup', 'épilepsie-absences', 'absence epilepsy'),
                       ('glucagon injectable 1 mg', 'glucagon 1 mg injection', 'diabète de type 1', 'type 1 diabetes'),
                       ('PEG 3350 sans électrolytes', 'PEG 3350 without electrolytes', 'constipation', 'constipation')])
    if fr:
        subj = f'Rupture d\'approvisionnement – {drug[0]}'
        text = (f"{greet(ctx, 'fr')}\n\nLe fournisseur nous informe d'une rupture de {drug[0]} jusqu'à la mi-{ctx.choice(['mars', 'juin', 'octobre'])}. "
                f"Pour les patients suivis pour {drug[2]}, le comité de pharmacologie recommande les alternatives suivantes (voir tableau sur l'intranet). "
                f"Aucune substitution automatique : une nouvelle ordonnance est requise.\n\n{closing(ctx, 'fr')}\n\n{signature(ctx, ph, 'fr')}")
    else:
        subj = f'Drug shortage – {drug[1]}'
        text = (f"{greet(ctx, 'en')}\n\nThe supplier reports a shortage of {drug[1]} until mid-{ctx.choice(['March', 'June', 'October'])}. "
                f"For patients followed for {drug[3]}, the P&T committee recommends the alternatives on the intranet table. "
                f"No automatic substitution: a new prescription is required.\n\n{closing(ctx, 'en')}\n\n{signature(ctx, ph, 'en')}")
    return neg(ctx, lang, 'drug_shortage', 'drug shortage notice', staff_pair(ph), [('Prescripteurs' if fr else 'Prescribers', f'prescripteurs@{HOSP_DOMAIN}')],
               subj, text, date=d)


def n_supplier_recall(ctx, lang):
    from stdnum import luhn
    d = ctx.msg_date()
    fr = lang == 'fr'
    body = str(ctx.randint(100000000, 999999999))
    lot = body + luhn.calc_check_digit(body)
    lots = [lot] + [f'{ctx.randint(2400, 2512)}-{ctx.randint(100, 999)}' for _ in range(2)]
    prod = ctx.choice([('Préparation pour nourrissons hypoallergénique 400 g', 'Hypoallergenic infant formula 400 g'),
                       ('Pompe à insuline modèle IP-300 (logiciel 2.1)', 'Insulin pump model IP-300 (software 2.1)'),
                       ('Sondes nasogastriques 6 Fr', 'Nasogastric tubes 6 Fr'),
                       ('Bandelettes de glycémie GlucoKid', 'GlucoKid blood glucose strips')])
    if fr:
        subj = f'AVIS DE RAPPEL – {prod[0]}'
        text = (f"{greet(ctx, 'fr')}\n\nLe fabricant procède au rappel volontaire du produit suivant : {prod[0]}.\n"
                f"Lots visés : {', '.join(lots)}\n"
                f"Motif : risque de contamination / défaut de fabrication. Retirer les unités des réserves d'unités et les retourner à l'approvisionnement.\n\n"
                f"Approvisionnement – poste 3100")
    else:
        subj = f'RECALL NOTICE – {prod[1]}'
        text = (f"{greet(ctx, 'en')}\n\nThe manufacturer is voluntarily recalling: {prod[1]}.\nAffected lots: {', '.join(lots)}\n"
                f"Reason: possible contamination / manufacturing defect. Remove units from ward stock and return them to Procurement.\n\n"
                f"Procurement – ext. 3100")
    return neg(ctx, lang, 'supplier_recall', 'product recall with lot numbers (one passes Luhn)', ('Approvisionnement', dept_addr('appro')),
               [('Chefs d\'unité' if fr else 'Unit managers', f'chefs.unite@{HOSP_DOMAIN}')], subj, text, date=d)


def n_lab_reference(ctx, lang):
    d = ctx.msg_date()
    lab = ctx.staff('lab', 'tech')
    biochem = ctx.staff('lab', 'md')
    fr = lang == 'fr'
    when = ctx.future(d, 5, 30)
    if fr:
        subj = ctx.choice(['Nouveaux intervalles de référence pédiatriques – TSH et T4 libre', 'Changement de méthode – HbA1c', 'Calprotectine fécale : nouveau seuil'])
        text = (f"{greet(ctx, 'fr')}\n\nÀ compter du {fmt_date(when, 'fr', 2)}, le laboratoire utilisera de nouveaux intervalles de référence selon l'âge :\n"
                f"- TSH 0-14 jours : 1,0-39 mU/L; 15 jours-1 an : 1,7-9,1 mU/L; 1-18 ans : 0,7-5,7 mU/L\n"
                f"- HbA1c : cible < 7,0 % chez l'enfant diabétique (lignes directrices 2024)\n"
                f"- Calprotectine fécale : < 50 µg/g normal; 50-200 zone grise\n\nLes rapports antérieurs ne seront pas modifiés.\n\n"
                f"{dr(biochem, 'fr')}, biochimiste clinique\n{dept_name('lab', 'fr')}")
    else:
        subj = ctx.choice(['New paediatric reference intervals – TSH and free T4', 'Method change – HbA1c', 'Faecal calprotectin: new cut-off'])
        text = (f"{greet(ctx, 'en')}\n\nStarting {fmt_date(when, 'en', 1)}, the lab will use new age-based reference intervals:\n"
                f"- TSH 0-14 days: 1.0-39 mU/L; 15 days-1 yr: 1.7-9.1 mU/L; 1-18 yrs: 0.7-5.7 mU/L\n"
                f"- HbA1c: target < 7.0% in children with diabetes (2024 guidelines)\n"
                f"- Faecal calprotectin: < 50 µg/g normal; 50-200 grey zone\n\nPrevious reports will not be modified.\n\n"
                f"{dr(biochem, 'en')}, clinical biochemist\n{dept_name('lab', 'en')}")
    return neg(ctx, lang, 'lab_reference_values', 'lab notice with numeric reference values, no patient', staff_pair(lab),
               [('Médecins' if fr else 'Physicians', f'medecins@{HOSP_DOMAIN}')], subj, text, date=d)


def n_policy_docx(ctx, lang):
    d = ctx.msg_date()
    qual = ctx.staff('qual', 'coord', 'F')
    fr = lang == 'fr'
    title = ctx.choice([('Procédure : transmission sécurisée des renseignements aux écoles et CPE', 'Procedure: secure sharing of information with schools and daycares'),
                        ('Politique : signalement à la DPJ par le personnel', 'Policy: youth protection reporting by staff'),
                        ('Procédure : préparation de l\'enfant à une intervention (vie de l\'enfant)', 'Procedure: preparing a child for a procedure (Child Life)')])
    t = title[0 if fr else 1]
    blocks = [('h', 'Objet' if fr else 'Purpose'),
              ("Encadrer les pratiques du personnel. Aucun renseignement nominatif ne doit être transmis sans le consentement écrit du parent ou de l'usager de 14 ans et plus." if fr else
               "Frame staff practice. No identifying information may be shared without written consent from the parent or the user aged 14 or over."),
              ('h', 'Étapes' if fr else 'Steps'),
              ("1. Vérifier le consentement. 2. Utiliser le courriel chiffré. 3. Consigner la transmission au dossier." if fr else
               "1. Check consent. 2. Use encrypted e-mail. 3. Document the transmission in the chart."),
              ('table', [['Version', 'Date', 'Approbation' if fr else 'Approved by'], ['3.0', fmt_date(d.date(), lang, 0), 'Comité de direction' if fr else 'Management committee']])]
    doc = make_docx(t, blocks, header_text=HOSP[lang])
    if fr:
        subj = f'Mise à jour – {t}'
        text = f"{greet(ctx, 'fr')}\n\nLa procédure ci-jointe entre en vigueur le 1er du mois prochain. Merci d'en prendre connaissance.\n\n{signature(ctx, qual, 'fr')}"
    else:
        subj = f'Update – {t}'
        text = f"{greet(ctx, 'en')}\n\nThe attached procedure takes effect on the 1st of next month. Please read it.\n\n{signature(ctx, qual, 'en')}"
    return neg(ctx, lang, 'policy_docx', 'policy/procedure document (DOCX)', staff_pair(qual), [ALL], subj, text,
               atts=[att_docx(('Procedure_' if not fr else 'Procédure_') + f'{ctx.randint(100, 999)}.docx', doc)], date=d)


def n_physician_directory(ctx, lang):
    d = ctx.msg_date()
    sec = ctx.staff('comm', 'sec', 'F')
    fr = lang == 'fr'
    lines = []
    for dept in ['neuro', 'endo', 'gi', 'dev']:
        for _ in range(2):
            md = ctx.staff(dept, dept)
            dxs = ', '.join(L(x, lang) for x in ctx.sample(DX[dept if dept != 'dev' else 'tsa'], 2))
            lines.append(f"{dr(md, lang)} – {dept_name(dept, lang)} – {'intérêts' if fr else 'interests'} : {dxs} – "
                         f"{'poste' if fr else 'ext.'} {md.ext}")
    if fr:
        subj = 'Répertoire des médecins spécialistes – mise à jour'
        text = (f"{greet(ctx, 'fr')}\n\nPour faciliter les références des médecins de famille, voici le répertoire à jour :\n\n" + '\n'.join(lines) +
                f"\n\nLes références se font par le formulaire centralisé (télécopieur 514-555-0150).\n\n{sec.full}\nCommunications")
    else:
        subj = 'Specialist physician directory – update'
        text = (f"{greet(ctx, 'en')}\n\nTo help family physicians refer, here is the updated directory:\n\n" + '\n'.join(lines) +
                f"\n\nReferrals go through the central form (fax 514-555-0150).\n\n{sec.full}\nCommunications")
    return neg(ctx, lang, 'physician_directory', 'physicians listed with the diseases they treat', staff_pair(sec),
               [('GMF partenaires' if fr else 'Partner clinics', 'liste@gmf3rives.example')], subj, text, date=d)


def n_parent_handout(ctx, lang):
    d = ctx.msg_date()
    nurse = ctx.staff(ctx.choice(['gi', 'neuro', 'home']), 'nurse', 'F')
    fr = lang == 'fr'
    topic = ctx.choice([('Alimentation par gastrostomie à la maison', 'Gastrostomy feeding at home',
                         "Rincer le bouton avec 10 mL d'eau avant et après chaque gavage. Si le bouton sort, le remettre en place dans l'heure ou venir à l'urgence.",
                         "Flush the button with 10 mL of water before and after each feed. If it comes out, replace it within the hour or come to the ED."),
                        ('Que faire pendant une crise convulsive', 'What to do during a seizure',
                         "Coucher l'enfant sur le côté, ne rien mettre dans sa bouche, chronométrer. Appeler le 911 si la crise dure plus de 5 minutes.",
                         "Lay the child on their side, put nothing in the mouth, time it. Call 911 if it lasts over 5 minutes."),
                        ('Hypoglycémie : la règle des 15', 'Hypoglycaemia: the rule of 15',
                         "Si la glycémie est sous 4 mmol/L, donner 15 g de sucre rapide, attendre 15 minutes et revérifier.",
                         "If glucose is below 4 mmol/L, give 15 g of fast sugar, wait 15 minutes and recheck.")])
    pdf = make_pdf(topic[0 if fr else 1], [topic[2 if fr else 3], '', ("Questions? Clinique : 514-555-0177" if fr else "Questions? Clinic: 514-555-0177")],
                   header=HOSP[lang], compress=True)
    if fr:
        subj = f'Feuillet aux parents – {topic[0]}'
        text = f"{greet(ctx, 'fr')}\n\nVoici le feuillet révisé à remettre aux familles. Version imprimable en pièce jointe.\n\n{signature(ctx, nurse, 'fr')}"
    else:
        subj = f'Parent handout – {topic[1]}'
        text = f"{greet(ctx, 'en')}\n\nHere is the revised handout for families. Printable version attached.\n\n{signature(ctx, nurse, 'en')}"
    return neg(ctx, lang, 'parent_handout', 'generic parent education handout (PDF)', staff_pair(nurse), [dept_pair(nurse.dept, lang)],
               subj, text, atts=[att_pdf('feuillet_parents.pdf' if fr else 'parent_handout.pdf', pdf)], date=d)


def n_committee_notice(ctx, lang):
    d = ctx.msg_date()
    sec = ctx.staff('qual', 'sec', 'F')
    fr = lang == 'fr'
    com = ctx.choice([('Comité de pharmacologie', 'Pharmacy & Therapeutics Committee', "Ajout du nirsévimab au formulaire; protocole d'insuline IV"),
                      ('Comité d\'éthique clinique', 'Clinical Ethics Committee', "Consentement des adolescents de 14 ans et plus"),
                      ('Comité de prévention des infections', 'Infection Prevention Committee', "Éclosion de VRS à l'unité 6B (bilan agrégé)"),
                      ('Comité des usagers', 'Users\' Committee', "Sondage de satisfaction des familles – résultats")])
    when = datetime.datetime.combine(ctx.future(d, 5, 30), datetime.time(12, 0))
    ics = make_ics(f'{ctx.randint(10**8, 10**9)}@{HOSP_DOMAIN}', when, when + datetime.timedelta(minutes=90),
                   com[0] if fr else com[1], com[2], 'Salle du conseil', organizer=(sec.full, sec.email),
                   stamp=d.astimezone(datetime.timezone.utc).replace(tzinfo=None))
    if fr:
        subj = f'Convocation – {com[0]} – {fmt_date(when.date(), "fr", 2)}'
        text = f"{greet(ctx, 'fr')}\n\nVous êtes convoqué(e) à la prochaine réunion du {com[0].lower()}.\nOrdre du jour : {com[2]}.\n\n{sec.full}\nSecrétariat des comités"
    else:
        subj = f'Notice of meeting – {com[1]} – {fmt_date(when.date(), "en", 1)}'
        text = f"{greet(ctx, 'en')}\n\nYou are invited to the next meeting of the {com[1]}.\nAgenda: {com[2]}.\n\n{sec.full}\nCommittee Secretariat"
    atts = [att_ics('convocation.ics' if fr else 'meeting.ics', ics)] if ctx.chance(0.6) else []
    return neg(ctx, lang, 'committee_notice', 'committee meeting notice', staff_pair(sec), [('Membres du comité' if fr else 'Committee members', f'comite@{HOSP_DOMAIN}')],
               subj, text, atts=atts, date=d)


def n_research_poster(ctx, lang):
    d = ctx.msg_date()
    coord = ctx.staff('res', 'coord', 'F')
    pi = ctx.staff('res', ctx.choice(['neuro', 'endo', 'gi', 'dev']))
    fr = lang == 'fr'
    st = ctx.choice([('Votre enfant de 6 à 12 ans a un TDAH et dort mal?', 'Does your 6-12-year-old with ADHD sleep poorly?', 'SOMMEIL-TDAH'),
                     ('Étude sur le microbiote chez les enfants autistes de 3 à 8 ans', 'Gut microbiome study in autistic children aged 3-8', 'GUT-ASD'),
                     ('Adolescents avec diabète de type 1 : testez une application', 'Teens with type 1 diabetes: try an app', 'T1D-APP'),
                     ('Anciens prématurés de moins de 29 semaines : suivi à 5 ans', 'Former preterm infants under 29 weeks: 5-year follow-up', 'PREM-5')])
    pdf = make_pdf(st[0] if fr else st[1],
                   [("Nous recrutons des participants pour l'étude " if fr else "We are recruiting participants for the study ") + st[2] + '.',
                    ("Compensation : 50 $ par visite. Approuvé par le comité d'éthique de la recherche (projet 2025-" if fr else
                     "Compensation: $50 per visit. Approved by the research ethics board (project 2025-") + f"{ctx.randint(1000, 9999)}).",
                    ("Chercheur principal : " if fr else "Principal investigator: ") + dr(pi, lang),
                    ("Information : " if fr else "Information: ") + f"514-555-01{ctx.randint(10, 99)} – {coord.email}"],
                   header=dept_name('res', lang), compress=ctx.chance(0.5))
    if fr:
        subj = f'Affiche de recrutement – étude {st[2]}'
        text = f"{greet(ctx, 'fr')}\n\nPourriez-vous afficher la pièce jointe dans votre salle d'attente? Aucun participant n'est encore recruté.\n\n{signature(ctx, coord, 'fr')}"
    else:
        subj = f'Recruitment poster – {st[2]} study'
        text = f"{greet(ctx, 'en')}\n\nCould you post the attached in your waiting room? No participants recruited yet.\n\n{signature(ctx, coord, 'en')}"
    return neg(ctx, lang, 'research_poster', 'research recruitment poster without participants', staff_pair(coord),
               [('Cliniques externes' if fr else 'Outpatient clinics', f'cliniques.externes@{HOSP_DOMAIN}')], subj, text,
               atts=[att_pdf(f'affiche_{st[2]}.pdf' if fr else f'poster_{st[2]}.pdf', pdf)], date=d)


def n_research_protocol(ctx, lang):
    d = ctx.msg_date()
    coord = ctx.staff('res', 'coord')
    fr = lang == 'fr'
    proj = f'2025-{ctx.randint(1000, 9999)}'
    if fr:
        subj = f'Projet {proj} – amendement no {ctx.randint(1, 4)} au protocole'
        text = (f"{greet(ctx, 'fr')}\n\nVeuillez trouver les modifications au protocole du projet {proj} :\n"
                f"- Critères d'inclusion : enfants de 2 à 17 ans avec maladie de Crohn confirmée, calprotectine > 250 µg/g.\n"
                f"- Critères d'exclusion : traitement biologique dans les 3 derniers mois.\n- Taille d'échantillon : 120 participants.\n\n"
                f"Aucun renseignement sur des participants n'est joint.\n\n{signature(ctx, coord, 'fr')}")
    else:
        subj = f'Project {proj} – protocol amendment no. {ctx.randint(1, 4)}'
        text = (f"{greet(ctx, 'en')}\n\nPlease find the changes to the protocol of project {proj}:\n"
                f"- Inclusion: children aged 2-17 with confirmed Crohn's disease, calprotectin > 250 µg/g.\n"
                f"- Exclusion: biologic therapy in the last 3 months.\n- Sample size: 120 participants.\n\n"
                f"No participant information is attached.\n\n{signature(ctx, coord, 'en')}")
    return neg(ctx, lang, 'research_protocol', 'protocol amendment with eligibility criteria only', staff_pair(coord),
               [('Comité d\'éthique de la recherche' if fr else 'Research Ethics Board', f'cer@{HOSP_DOMAIN}')], subj, text, date=d)


def n_dpj_training(ctx, lang):
    d = ctx.msg_date()
    sw = ctx.staff('sw', 'sw', 'F')
    fr = lang == 'fr'
    when = ctx.future(d, 7, 40)
    if fr:
        subj = ctx.choice(['Formation : le signalement à la DPJ', 'Atelier – maltraitance : reconnaître et signaler'])
        text = (f"{greet(ctx, 'fr')}\n\nLe service social offre une formation d'une heure le {fmt_date(when, 'fr', 2)} à midi. Au programme :\n"
                f"- l'obligation de signaler (art. 39 LPJ) et la confidentialité;\n"
                f"- vignettes : un nourrisson de 4 mois avec ecchymoses; un enfant d'âge scolaire souvent absent et affamé;\n"
                f"- comment joindre le service de réception des signalements.\n\nInscription par courriel.\n\n{signature(ctx, sw, 'fr')}")
    else:
        subj = ctx.choice(['Training: reporting to youth protection', 'Workshop – child abuse: recognize and report'])
        text = (f"{greet(ctx, 'en')}\n\nSocial Work offers a one-hour session on {fmt_date(when, 'en', 1)} at noon. Content:\n"
                f"- the duty to report (s. 39 YPA) and confidentiality;\n"
                f"- vignettes: a 4-month-old with bruises; a school-age child often absent and hungry;\n"
                f"- how to reach the intake service.\n\nRegister by e-mail.\n\n{signature(ctx, sw, 'en')}")
    return neg(ctx, lang, 'dpj_training', 'training on youth-protection reporting with anonymous vignettes', staff_pair(sw), [ALL],
               subj, text, date=d)


def n_clinic_closure(ctx, lang):
    d = ctx.msg_date()
    dept = ctx.choice(['neuro', 'endo', 'gi', 'dev', 'neo'])
    mgr = ctx.staff(dept, 'mgr')
    fr = lang == 'fr'
    when = ctx.future(d, 7, 30)
    if fr:
        subj = f'Fermeture de la clinique – {fmt_date(when, "fr", 2)}'
        text = (f"Chers parents,\n\nLa {dept_name(dept, 'fr').lower()} sera fermée le {fmt_date(when, 'fr', 2)} en raison d'une formation. "
                f"Les rendez-vous prévus ce jour-là seront reportés; notre équipe communiquera avec chaque famille. "
                f"En cas d'urgence, présentez-vous à l'urgence ou appelez Info-Santé 811.\n\n{mgr.full}\n{dept_name(dept, 'fr')}")
    else:
        subj = f'Clinic closure – {fmt_date(when, "en", 1)}'
        text = (f"Dear parents,\n\nThe {dept_name(dept, 'en')} clinic will be closed on {fmt_date(when, 'en', 1)} for staff training. "
                f"Appointments that day will be rescheduled; our team will contact each family. "
                f"In an emergency go to the ED or call Info-Santé 811.\n\n{mgr.full}\n{dept_name(dept, 'en')}")
    return neg(ctx, lang, 'clinic_closure_notice', 'mass notice to families (Bcc) about closure, no individual', staff_pair(mgr),
               [('Familles' if fr else 'Families', f'ne-pas-repondre@{HOSP_DOMAIN}')], subj, text, date=d)


def n_thanks_anonymous(ctx, lang):
    d = ctx.msg_date()
    mgr = ctx.staff(ctx.choice(['cl', 'home', 'neo']), 'mgr', 'F')
    fr = lang == 'fr'
    if fr:
        subj = ctx.choice(['Un beau mot de remerciement', 'À partager avec l\'équipe', 'Merci!'])
        text = (f"{greet(ctx, 'fr')}\n\nJe vous partage ce mot reçu au comptoir (sans signature) :\n\n"
                f"« Merci à toute l'équipe pour votre douceur pendant les longues semaines d'hospitalisation de notre bébé. "
                f"Vous avez fait une énorme différence. — Une famille reconnaissante »\n\nBravo à tous!\n{mgr.given}")
    else:
        subj = ctx.choice(['A lovely thank-you note', 'To share with the team', 'Thank you!'])
        text = (f"{greet(ctx, 'en')}\n\nSharing this unsigned card left at the desk:\n\n"
                f"\"Thank you to the whole team for your kindness during our baby's long weeks in hospital. "
                f"You made a huge difference. — A grateful family\"\n\nWell done everyone!\n{mgr.given}")
    return neg(ctx, lang, 'anonymous_thanks', 'unsigned thank-you note shared with staff', staff_pair(mgr), [dept_pair(mgr.dept, lang)],
               subj, text, date=d)


TEMPLATES = [
    (n_newsletter_disease, 5), (n_teaching_case_anon, 5), (n_anon_advice, 4), (n_stats_xlsx, 4), (n_blank_form, 5),
    (n_template_xlsx, 3), (n_drug_shortage, 4), (n_supplier_recall, 4), (n_lab_reference, 3), (n_policy_docx, 3),
    (n_physician_directory, 4), (n_parent_handout, 4), (n_committee_notice, 4), (n_research_poster, 4),
    (n_research_protocol, 3), (n_dpj_training, 3), (n_clinic_closure, 3), (n_thanks_anonymous, 3),
]
