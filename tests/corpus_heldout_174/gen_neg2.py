"""Negative (non-confidential) messages, bilingual templates — part 2:
statistics, teaching cases, blank forms, mail merge, shortages, recalls, research, occupational health,
staff announcements, calibration logs, training."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_mime import html_table, text_table
from gen_neg1 import L, dr, org
from gen_text import hello, thanks


# --------------------------------------------------------------------------- aggregate statistics
def stats(c):
    m = c.msg('statistics', L(c, 'statistiques agrégées du service', 'aggregate service statistics'), positive=False)
    m.frm = c.who(c.pick(['beaulieu', 'campbell']))
    m.to = [(L(c, 'Comité de direction', 'Leadership team'), 'direction@' + C.DOM)]
    months = []
    d = dt.date(c.date.year, c.date.month, 1)
    for i in range(3, 0, -1):
        y, mth = d.year, d.month - i
        if mth <= 0:
            y, mth = y - 1, mth + 12
        months.append((y, mth))
    rows = [[L(c, 'Indicateur', 'Indicator')] + [(C.MOIS_ABR if c.lang == 'fr' else [x[:3] for x in C.MONTHS])[mm - 1] + ' %d' % yy
                                                  for yy, mm in months]]
    spec = [(L(c, 'Spirométries', 'Spirometries'), 380, 470), (L(c, 'DLCO', 'DLCO'), 120, 160),
            (L(c, 'Polysomnographies', 'Polysomnographies'), 70, 95), (L(c, 'Polygraphies à domicile', 'Home sleep tests'), 40, 80),
            (L(c, 'Clients actifs - O2 à domicile', 'Active home O2 clients'), 610, 640),
            (L(c, 'Nouvelles références - nodules', 'New nodule referrals'), 25, 48),
            (L(c, 'Délai médian PSG (semaines)', 'Median PSG wait (weeks)'), 19, 31),
            (L(c, 'Observance PPC 90 j (% > 4 h/nuit)', 'CPAP adherence at 90 d (% > 4 h/night)'), 64, 78)]
    for name, lo, hi in spec:
        rows.append([name] + [c.num(lo, hi) for _ in months])
    m.subject = L(c, 'Tableau de bord trimestriel - pneumologie', 'Quarterly dashboard - respiratory medicine')
    if c.chance(0.5):
        kind = c.pick(['xlsx', 'csv'])
        if kind == 'xlsx':
            m.attach('xlsx', L(c, 'Tableau_de_bord_T%d.xlsx', 'Dashboard_Q%d.xlsx') % ((months[-1][1] - 1) // 3 + 1),
                     A.xlsx([(L(c, 'Indicateurs', 'Indicators'), rows)]))
        else:
            m.attach('csv', L(c, 'indicateurs.csv', 'indicators.csv'), A.csv_bytes(rows, ';' if c.lang == 'fr' else ','),
                     charset='utf-8')
        tbl = ''
    else:
        m.table_html = html_table(rows)
        tbl = '[[TABLE]]\n\n' + text_table(rows) + '\n\n'
    m.text = L(c, '''Bonjour,

Voici les indicateurs des trois derniers mois. Le délai pour la polysomnographie continue de baisser ; le volume d'O2 à domicile est stable.

%sAucune donnée nominative n'est incluse ; les détails par clinique sont disponibles sur demande.

%s
''', '''Hello,

Here are the indicators for the last three months. The PSG wait keeps improving; home O2 volume is stable.

%sNo patient-level data is included; clinic-level detail is available on request.

%s
''') % (tbl, c.sig(m.frm[1].split('.')[1].split('@')[0]))
    return m


# --------------------------------------------------------------------------- de-identified teaching case
CASES = [
    ("Femme de 58 ans, ancienne fumeuse (40 paquets-années), dyspnée mMRC 3. VEMS 0,98 L (38 %), VEMS/CVF 0,44, DLCO 41 %. "
     "Deux exacerbations l'an dernier, éosinophiles 0,35. SpO2 au repos 90 %, 84 % à la marche.",
     "58-year-old woman, former smoker (40 pack-years), mMRC 3. FEV1 0.98 L (38%), FEV1/FVC 0.44, DLCO 41%. Two "
     "exacerbations last year, eosinophils 0.35. Resting SpO2 90%, 84% on walking.",
     ["Quel traitement inhalé proposez-vous ?", "L'oxygène est-il indiqué ?", "Quelle place pour la réadaptation ?"],
     ["Which inhaled therapy would you choose?", "Is oxygen indicated?", "Where does rehab fit?"]),
    ("Homme de 47 ans, chauffeur d'autobus, ronflements et somnolence (Epworth 17). IMC 36. Polygraphie : IAH 44/h, "
     "nadir 78 %. Tolère mal le masque facial lors de l'essai.",
     "47-year-old male bus driver with snoring and sleepiness (Epworth 17). BMI 36. Home sleep test: AHI 44/h, nadir "
     "78%. Poor tolerance of full-face mask at trial.",
     ["Quelles obligations quant à la conduite ?", "Quelles options si la PPC échoue ?"],
     ["What are the driving obligations?", "What if CPAP fails?"]),
    ("Femme de 66 ans, non-fumeuse, nodule en verre dépoli de 11 mm au LSD découvert fortuitement, stable depuis 2 ans.",
     "66-year-old never-smoker woman with an incidental 11 mm ground-glass RUL nodule, stable over 2 years.",
     ["Suivi selon Fleischner ?", "Quand proposer une biopsie ?"],
     ["Fleischner follow-up?", "When to biopsy?"]),
]


def teaching_case(c):
    i = c.cycle('case_' + c.lang, 3)
    fr, en, qfr, qen = CASES[i]
    m = c.msg('teaching_case', L(c, "cas clinique anonymisé pour l'enseignement", 'de-identified teaching case'), positive=False)
    sk = c.pick(['cote', 'whitfield', 'lemieux', 'desjardins'])
    m.frm = c.who(sk)
    m.to = [(L(c, 'Résidents en pneumologie', 'Respirology residents'), 'residents.pneumo@' + C.DOM)]
    qs = '\n'.join('- ' + q for q in (qfr if c.lang == 'fr' else qen))
    m.subject = L(c, 'Cas clinique du mois - club de lecture %s', 'Case of the month - journal club %s') % c.dtext(c.day(c.num(3, 9)))
    m.text = L(c, '''Bonjour à tous,

Pour le club de lecture de jeudi (12 h, salle 2.40), voici le cas à préparer. Les données ont été modifiées et ne permettent pas d'identifier la personne.

%s

Questions :
%s

Lecture : %s.

%s
''', '''Hi everyone,

For Thursday's journal club (noon, room 2.40), here is the case to prepare. Details have been altered and do not identify the patient.

%s

Questions:
%s

Reading: %s.

%s
''') % (fr if c.lang == 'fr' else en, qs, [L(c, 'GOLD 2024, chapitres 3 et 4', 'GOLD 2024, chapters 3 and 4'),
                                            L(c, 'guide de pratique AASM 2019 sur la PPC', 'AASM 2019 PAP guideline'),
                                            L(c, 'recommandations de Fleischner 2017', 'Fleischner Society 2017 guidelines')][i],
        c.sig(sk, short=True))
    if c.chance(0.35):
        m.attach('pdf', L(c, 'Cas_du_mois.pdf', 'Case_of_the_month.pdf'),
                 A.pdf(L(c, 'Cas clinique du mois', 'Case of the month'), [fr if c.lang == 'fr' else en, ''] +
                       (qfr if c.lang == 'fr' else qen), header=org(c)))
    return m


# --------------------------------------------------------------------------- blank form
def blank_form(c):
    kind = c.cycle('form_' + c.lang, 3)
    m = c.msg('blank_form', L(c, 'formulaire vierge transmis aux cliniques', 'blank form sent to clinics'), positive=False)
    m.frm = c.who(c.pick(['theriault', 'hebert', 'perron', 'henderson']))
    m.to = [(L(c, 'GMF et cliniques partenaires', 'Partner clinics'), 'partenaires@' + C.DOM)]
    title = [L(c, "Demande d'oxygénothérapie à domicile", 'Home Oxygen Request'),
             L(c, "Demande de consultation - clinique du sommeil", 'Sleep Clinic Referral Form'),
             L(c, "Requête - épreuves de fonction respiratoire", 'Pulmonary Function Test Requisition')][kind]
    fields = [L(c, 'Nom du patient', 'Patient name'), L(c, 'Date de naissance (AAAA-MM-JJ)', 'Date of birth (YYYY-MM-DD)'),
              L(c, "NAM (carte d'assurance maladie)", 'Health insurance number'), L(c, 'Téléphone', 'Phone'),
              L(c, 'Diagnostic', 'Diagnosis'), L(c, 'Médicaments actuels', 'Current medications')]
    extra = [[L(c, 'GAR : pH ___ PaCO2 ___ PaO2 ___ (air ambiant)', 'ABG: pH ___ PaCO2 ___ PaO2 ___ (room air)'),
              L(c, 'Débit prescrit : ___ L/min   Durée : ___ h/jour', 'Flow: ___ L/min   Hours/day: ___')],
             [L(c, 'Epworth : ___ /24   STOP-BANG : ___ /8', 'Epworth: ___ /24   STOP-BANG: ___ /8'),
              L(c, 'Conducteur professionnel :  oui  non', 'Commercial driver:  yes  no')],
             [L(c, 'Tests : spirométrie  volumes  DLCO  méthacholine', 'Tests: spirometry  volumes  DLCO  methacholine'),
              L(c, 'Cesser les bronchodilatateurs avant le test :  oui  non', 'Withhold bronchodilators:  yes  no')]][kind]
    lines = ['%s : ______________________________' % f for f in fields] + [''] + extra + ['',
             L(c, 'Signature du médecin : __________________  Permis : ______', 'Physician signature: ______________  Licence: ______'),
             L(c, 'Télécopier au 819 555-0143', 'Fax to 819 555-0143')]
    ver = '2024-%02d' % c.num(6, 11)
    if c.chance(0.5):
        m.attach('pdf', '%s_v%s.pdf' % (title.replace(' ', '_').replace("'", ''), ver), A.pdf(title, lines, header=org(c),
                                                                                              footer='v' + ver))
    else:
        m.attach('docx', '%s_v%s.docx' % (title.replace(' ', '_').replace("'", ''), ver),
                 A.docx(title, [('p', l) for l in lines]))
    m.subject = L(c, 'Nouvelle version du formulaire - %s', 'Updated form - %s') % title
    m.text = L(c, '''Bonjour,

Veuillez utiliser dès maintenant la nouvelle version (%s) du formulaire « %s », ci-jointe. Les anciennes versions seront refusées à compter du %s.

%s
''', '''Hello,

Please start using the attached new version (%s) of the "%s" form. Older versions will be declined after %s.

%s
''') % (ver, title, c.dtext(c.day(20)), c.sig(m.frm[1].split('.')[1].split('@')[0]))
    return m


# --------------------------------------------------------------------------- mail-merge template
def mailmerge(c):
    m = c.msg('template', L(c, 'gabarit de lettre pour publipostage', 'mail-merge letter template'), positive=False)
    m.frm = c.who(c.pick(['hebert', 'fraser', 'fillion']))
    m.to = [c.who('dufour') if c.lang == 'fr' else c.who('chen')]
    body = L(c, '''«Titre» «Prénom» «Nom»
«Adresse1»
«Ville» (Québec) «CodePostal»

Objet : Convocation - «TypeExamen»
NAM : «NAM»   Dossier : «NoDossier»

«Titre» «Nom»,

Nous vous confirmons votre rendez-vous le «DateRDV» à «HeureRDV» à la «Clinique».
Merci d'apporter votre carte d'assurance maladie et la liste de vos médicaments.

Clinique du sommeil - 819 555-0142, poste 2300''', '''«Title» «FirstName» «LastName»
«Address1»
«City», QC «PostalCode»

Re: Appointment - «TestType»
Health card: «HealthCard»   Chart: «ChartNo»

Dear «Title» «LastName»,

This confirms your appointment on «ApptDate» at «ApptTime» at the «Clinic».
Please bring your health card and a list of your medications.

Sleep Clinic - 819 555-0142 ext. 2300''')
    m.subject = L(c, 'Gabarit de convocation à corriger', 'Appointment letter template - fix needed')
    m.text = L(c, '''Bonjour Guillaume,

Le champ «HeureRDV» ne se remplit plus dans le publipostage depuis la mise à jour. Voici le gabarit actuel :

%s

Peux-tu vérifier la source de données (export de l'agenda) ?

%s
''', '''Hi Daniel,

The «ApptTime» field no longer fills in the mail merge since the update. Here is the current template:

%s

Could you check the data source (scheduling export)?

%s
''') % (body, thanks(c))
    if c.chance(0.5):
        m.attach('docx', L(c, 'Gabarit_convocation.docx', 'Appointment_template.docx'),
                 A.docx(L(c, 'Gabarit', 'Template'), [('p', l) for l in body.split('\n')]))
    return m


# --------------------------------------------------------------------------- drug shortage
def shortage(c):
    kind = c.cycle('short_' + c.lang, 2)
    m = c.msg('drug_shortage', L(c, 'avis de pénurie de médicament', 'drug shortage notice'), positive=False)
    m.frm = c.who('rioux')
    m.to = [(L(c, 'Prescripteurs', 'Prescribers'), 'prescripteurs@' + C.DOM)]
    drug = [('Ventolin HFA 100 mcg (salbutamol)', L(c, "Airomir 100 mcg, salbutamol HFA générique, ou Bricanyl Turbuhaler 0,5 mg",
                                                   'Airomir 100 mcg, generic salbutamol HFA, or Bricanyl Turbuhaler 0.5 mg')),
            ('Pulmicort Nebuamp 0,5 mg/2 mL (budésonide)' if c.lang == 'fr' else 'Pulmicort Nebuamp 0.5 mg/2 mL (budesonide)',
             L(c, 'fluticasone en aérosol-doseur avec chambre d\'espacement lorsque possible',
               'fluticasone MDI with a spacer where possible'))][kind]
    m.subject = L(c, 'Pénurie - %s', 'Shortage - %s') % drug[0]
    m.text = L(c, '''Bonjour,

Le fabricant nous informe d'une rupture d'approvisionnement de %s jusqu'à la fin janvier au moins.
Solutions de rechange : %s.
Les pharmacies communautaires de la région sont aussi touchées ; merci d'en tenir compte dans vos ordonnances de départ.

Lot actuellement en réserve au département : %s (expiration 2025-06).

%s
''', '''Hello,

The manufacturer reports a supply disruption for %s until at least the end of January.
Alternatives: %s.
Community pharmacies in the region are also affected; please keep this in mind for discharge prescriptions.

Lot currently held in department stock: %s (exp. 2025-06).

%s
''') % (drug[0], drug[1], C.luhn_serial(c.rng, 8), c.sig('rioux'))
    return m


# --------------------------------------------------------------------------- device recall
def recall(c):
    m = c.msg('recall', L(c, "avis de rappel d'appareil avec numéros de série", 'device recall notice with serial numbers'),
              positive=False)
    m.frm = c.who(c.pick(['chabot', 'beaulieu', 'campbell']))
    m.to = [c.who('desjardins'), c.who('okafor'), c.who('theriault'), c.who('henderson')]
    dev = c.pick([('Somnitech DreamAir 9', L(c, 'dégradation possible de la mousse insonorisante', 'possible degradation of sound-abatement foam')),
                  ('AeroHome 5 (concentrateur)' if c.lang == 'fr' else 'AeroHome 5 concentrator',
                   L(c, "alarme de faible concentration d'O2 qui peut ne pas se déclencher", 'low-O2 alarm may fail to sound'))])
    serials = [C.luhn_serial(c.rng, 10) for _ in range(c.num(4, 7))]
    m.subject = L(c, 'Rappel - %s (classe II)', 'Recall - %s (Class II)') % dev[0]
    m.text = L(c, '''Bonjour,

Le fabricant a émis un rappel de classe II pour %s : %s.
Numéros de série touchés dans notre parc de prêt :
%s

Les appareils en entrepôt sont retirés. Le fournisseur contactera directement les utilisateurs à domicile ; aucune liste nominative ne transitera par courriel. Le bulletin du fabricant (réf. FSN-%d-%03d) est disponible sur l'intranet.

%s
''', '''Hello,

The manufacturer has issued a Class II recall for the %s: %s.
Affected serial numbers in our loaner fleet:
%s

Units in storage have been pulled. The vendor will contact home users directly; no patient lists will be sent by e-mail. The field safety notice (ref. FSN-%d-%03d) is on the intranet.

%s
''') % (dev[0], dev[1], '\n'.join('  - S/N %s' % s for s in serials), c.date.year, c.num(1, 300),
        c.sig(m.frm[1].split('.')[1].split('@')[0]))
    return m


# --------------------------------------------------------------------------- research protocol
def research(c):
    m = c.msg('research', L(c, 'protocole de recherche sans participants identifiés', 'research protocol without participant identities'),
              positive=False)
    m.frm = c.who('sinclair')
    m.to = [(L(c, 'Équipe de recherche', 'Research team'), 'recherche.pneumo@' + C.DOM)]
    study = c.pick([('RESPIRE-2', L(c, "télésurveillance de l'oxygène à domicile", 'remote monitoring of home oxygen')),
                    ('SOMNO-DRIVE', L(c, "observance PPC chez les conducteurs professionnels", 'CPAP adherence in commercial drivers')),
                    ('NODULE-AI', L(c, "aide à la décision pour les nodules pulmonaires", 'decision support for lung nodules'))])
    reb = 'CER-%d-%03d' % (c.date.year, c.num(1, 250))
    m.subject = L(c, '%s - protocole v3.1 approuvé (%s)', '%s - protocol v3.1 approved (%s)') % (study[0], reb)
    m.text = L(c, '''Bonjour à tous,

Le comité d'éthique a approuvé la version 3.1 du protocole %s (%s) le %s.

Critères d'inclusion : 40 ans et plus ; MPOC confirmée par spirométrie (VEMS/CVF < 0,70) ; consentement écrit.
Critères d'exclusion : exacerbation dans les 6 dernières semaines ; incapacité à utiliser une tablette.
Recrutement : %d participants sur 120 visés. Les codes d'étude seulement doivent figurer dans les courriels ; la liste de correspondance reste au classeur verrouillé (local 2.70).

Prochaine réunion d'équipe : %s, 8 h.

%s
''', '''Hi all,

The REB approved version 3.1 of the %s protocol (%s) on %s.

Inclusion: age 40+; spirometry-confirmed COPD (FEV1/FVC < 0.70); written consent.
Exclusion: exacerbation within 6 weeks; unable to use a tablet.
Enrolment: %d of 120 participants. Only study codes may appear in e-mails; the linking log stays in the locked cabinet (room 2.70).

Next team meeting: %s, 8 a.m.

%s
''') % (study[0] + ' (' + study[1] + ')', reb, c.dtext(c.day(-c.num(3, 20))), c.num(8, 64), c.dtext(c.day(c.num(4, 12)), True),
        c.sig('sinclair'))
    return m


# --------------------------------------------------------------------------- occupational health (staff)
def occ_health(c):
    kind = c.cycle('occ_' + c.lang, 3)
    m = c.msg('occupational_health', L(c, 'santé au travail du personnel', 'staff occupational health'), positive=False)
    m.frm = (L(c, 'Santé et sécurité au travail', 'Occupational Health & Safety'), 'sst@' + C.DOM)
    if kind == 0:
        m.to = [c.who('beaulieu') if c.lang == 'fr' else c.who('campbell')]
        rows = [[L(c, 'Employé', 'Employee'), L(c, 'Modèle N95', 'N95 model'), L(c, 'Résultat', 'Result'), L(c, 'À refaire', 'Redo by')]]
        for k in c.rng.sample(['vachon', 'dube', 'kowalski', 'henderson', 'theriault', 'bernier', 'nguyen', 'lachance', 'obrien'], 6):
            s = C.STAFF[k]
            ok = c.chance(0.75)
            rows.append(['%s %s' % (s['first'], s['last']), c.pick(['3M 1870+', '3M 8210', 'Halyard 46727']),
                         L(c, 'réussi', 'pass') if ok else L(c, 'échec', 'fail'),
                         c.day(c.num(300, 700)).isoformat() if ok else L(c, 'dès que possible', 'ASAP')])
        m.table_html = html_table(rows)
        m.subject = L(c, 'Résultats des essais d\'ajustement N95 - votre équipe', 'N95 fit-test results - your team')
        m.text = L(c, '''Bonjour,

Voici les résultats des essais d'ajustement de votre équipe (tests induisant la toux et spirométries) :

[[TABLE]]

%s

Les employés en échec ne doivent pas réaliser de procédures générant des aérosols avant un nouvel essai.
''', '''Hello,

Here are the fit-test results for your team (cough-inducing tests and spirometry):

[[TABLE]]

%s

Staff who failed must not perform aerosol-generating procedures until re-tested.
''') % text_table(rows)
    elif kind == 1:
        emp = c.pick(['dube', 'kowalski', 'lachance', 'obrien'])
        m.to = [c.who(emp)]
        m.cc = [c.who('beaulieu') if c.lang == 'fr' else c.who('campbell')]
        m.subject = L(c, 'Retour progressif au travail', 'Graduated return to work')
        m.text = L(c, '''Bonjour %s,

Suite à la réception du billet de votre médecin (entorse lombaire), votre retour progressif débutera le %s : 3 jours/semaine pendant 2 semaines, sans manipulation de bonbonnes ni de patients de plus de 10 kg.
Votre gestionnaire est en copie pour l'organisation de l'horaire.

Santé et sécurité au travail, poste 2045
''', '''Hi %s,

Following your physician's note (low back strain), your graduated return starts on %s: 3 days/week for 2 weeks, no lifting of cylinders or patient handling over 10 kg.
Your manager is copied for scheduling.

Occupational Health, ext. 2045
''') % (C.STAFF[emp]['first'], c.dtext(c.day(c.num(3, 10))))
    else:
        m.to = [(L(c, 'Personnel clinique', 'Clinical staff'), 'cliniques@' + C.DOM)]
        m.subject = L(c, 'Dépistage annuel de la tuberculose - personnel', 'Annual TB screening - staff')
        m.text = L(c, '''Bonjour,

Le dépistage annuel de la tuberculose (TCT en deux étapes pour les nouveaux employés) est obligatoire pour le personnel du labo de fonction pulmonaire, de la bronchoscopie et de l'unité 6O.
Cliniques : %s et %s, 7 h 30 à 10 h, local 1.12. Lecture 48 à 72 h plus tard.

Santé et sécurité au travail
''', '''Hello,

Annual TB screening (two-step TST for new hires) is mandatory for PFT lab, bronchoscopy and 6 West staff.
Clinics: %s and %s, 7:30-10 a.m., room 1.12. Reading 48-72 h later.

Occupational Health & Safety
''') % (c.dtext(c.day(3), True), c.dtext(c.day(5), True))
    return m


# --------------------------------------------------------------------------- baby announcement (staff)
def baby(c):
    m = c.msg('announcement', L(c, "annonce de naissance du bébé d'une collègue", "staff member's baby announcement"), positive=False)
    parent = c.pick([('Jean-Philippe', 'Drouin', L(c, 'inhalothérapeute', 'RRT')), ('Audrey', 'Lefrançois', L(c, 'infirmière', 'RN')),
                     ('Omar', 'Haddad', L(c, 'technologue', 'technologist')), ('Jessica', 'Tran', L(c, 'inhalothérapeute', 'RRT'))])
    m.frm = c.who(c.pick(['perron', 'fraser', 'hebert']))
    m.to = [(L(c, 'Équipe pneumologie', 'Respiratory team'), 'equipe.pneumo@' + C.DOM)]
    born = c.day(-c.num(1, 6))
    kid = c.pick([('Félix', L(c, 'un garçon', 'a boy')), ('Léa', L(c, 'une fille', 'a girl')), ('Noah', L(c, 'un garçon', 'a boy')),
                  ('Rosalie', L(c, 'une fille', 'a girl'))])
    m.subject = L(c, "C'est %s ! Bienvenue à %s", "It's %s! Welcome %s") % (kid[1], kid[0])
    m.text = L(c, '''Bonjour tout le monde,

Bonne nouvelle : %s %s (%s au POD) et sa conjointe ont accueilli %s, né%s le %s à %s, %s kg et %d cm. La maman et le bébé vont très bien !

Une carte circule au poste de la clinique MPOC jusqu'à vendredi, et une collecte pour un cadeau est en cours (Martine).
''', '''Hi everyone,

Great news: %s %s (%s, home O2 program) and partner welcomed %s, born%s on %s at %s, %s kg and %d cm. Mom and baby are doing great!

A card is circulating at the COPD clinic desk until Friday, and there's a collection for a gift (see Martine).
''') % (parent[0], parent[1], parent[2], kid[0], ('e' if kid[0] in ('Léa', 'Rosalie') else '') if c.lang == 'fr' else '',
        c.dtext(born), c.time(c.num(0, 23), c.num(0, 59)), c.dec(c.fl(2.8, 4.1, 2), 2), c.num(47, 54))
    return m


# --------------------------------------------------------------------------- staff birthdays
def birthdays(c):
    m = c.msg('announcement', L(c, 'anniversaires du personnel du mois', 'staff birthdays of the month'), positive=False)
    m.frm = c.who('perron')
    m.to = [(L(c, 'Équipe pneumologie', 'Respiratory team'), 'equipe.pneumo@' + C.DOM)]
    month = c.date.month
    ppl = c.rng.sample(['vachon', 'dube', 'bernier', 'kowalski', 'nguyen', 'fraser', 'lachance', 'fillion', 'rioux', 'obrien'], 5)
    days = sorted(c.rng.sample(range(1, 29), 5))
    lines = []
    for d, k in zip(days, ppl):
        s = C.STAFF[k]
        lines.append('- %s : %s %s' % (c.dtext(dt.date(c.date.year, month, d)).rsplit(' ', 1)[0], s['first'], s['last']))
    special = c.pick(EXTRA_BDAY)
    lines.append(L(c, '- et un anniversaire spécial : %s %s fête ses 50 ans le %s (née le %s) !',
                   '- and a special one: %s %s turns 50 on %s (born %s)!') % (
        special[0], special[1], c.dtext(dt.date(c.date.year, month, 28)).rsplit(' ', 1)[0], dt.date(c.date.year - 50, month, 28).isoformat()))
    m.subject = L(c, 'Bonne fête aux collègues de %s !', 'Happy birthday to our %s colleagues!') % (
        C.MOIS[month - 1] if c.lang == 'fr' else C.MONTHS[month - 1])
    m.text = L(c, '''Bonjour,

Les anniversaires du mois :
%s

Gâteau au salon du personnel le dernier vendredi du mois à 14 h 30.
''', '''Hello,

This month's birthdays:
%s

Cake in the staff lounge on the last Friday of the month at 2:30 p.m.
''') % '\n'.join(lines)
    return m


EXTRA_BDAY = [('Mireille', 'Bolduc'), ('Caroline', 'Vaillancourt'), ('Sophie', 'Ferland')]


# --------------------------------------------------------------------------- spirometer calibration log
def calibration(c):
    m = c.msg('calibration', L(c, "journal d'étalonnage des spiromètres", 'spirometer calibration log'), positive=False)
    m.frm = c.who(c.pick(['vachon', 'kowalski']))
    m.to = [c.who('bergeron')]
    syr = C.luhn_serial(c.rng, 9)
    devs = [C.luhn_serial(c.rng, 10) for _ in range(3)]
    rows = [['date', L(c, 'appareil_sn', 'device_sn'), L(c, 'seringue_sn', 'syringe_sn'), L(c, 'volume_L', 'volume_L'),
             L(c, 'erreur_pct', 'error_pct'), L(c, 'resultat', 'result'), L(c, 'tech', 'tech')]]
    d = c.day(-10)
    for i in range(10):
        dev = devs[i % 3]
        err = c.fl(-2.4, 2.6, 1) + 0.0
        if abs(err) < 0.05:
            err = 0.1
        rows.append([(d + dt.timedelta(days=i)).isoformat(), dev, syr, '3.00', '%.1f' % err,
                     'OK' if abs(err) <= 2.5 else L(c, 'ÉCHEC', 'FAIL'), c.pick(['KV', 'TK', 'MD'])])
    m.attach('csv', L(c, 'etalonnage_%s.csv', 'calibration_%s.csv') % c.date.strftime('%Y%m'), A.csv_bytes(rows), charset='utf-8')
    m.subject = L(c, "Journal d'étalonnage - 10 derniers jours", 'Calibration log - last 10 days')
    m.text = L(c, '''Bonjour Dr Bergeron,

Journal d'étalonnage (seringue 3 L, S/N %s) en pièce jointe. Une vérification hors tolérance sur l'appareil %s ; capteur nettoyé et re-vérifié OK.

%s
''', '''Hi Dr. Bergeron,

Calibration log (3 L syringe, S/N %s) attached. One out-of-tolerance check on unit %s; sensor cleaned and re-checked OK.

%s
''') % (syr, devs[0], c.sig(m.frm[1].split('.')[1].split('@')[0], short=True))
    return m


# --------------------------------------------------------------------------- training
def training(c):
    m = c.msg('training', L(c, 'horaire de formation obligatoire du personnel', 'mandatory staff training schedule'), positive=False)
    m.frm = c.who(c.pick(['bernier', 'nguyen', 'marchand']))
    m.to = [(L(c, 'Personnel clinique', 'Clinical staff'), 'cliniques@' + C.DOM)]
    topic = c.pick([L(c, 'RCR - recertification', 'BLS recertification'), L(c, 'VNI : installation et surveillance', 'NIV: setup and monitoring'),
                    L(c, 'Manipulation sécuritaire des bouteilles d\'O2', 'Safe handling of O2 cylinders')])
    rows = [[L(c, 'Date', 'Date'), L(c, 'Heure', 'Time'), L(c, 'Groupe', 'Group'), L(c, 'Formatrice/formateur', 'Instructor')]]
    for i in range(4):
        ins = c.pick(C.EXTRA_PEOPLE[:12])
        rows.append([c.day(c.num(3, 25)).isoformat(), c.pick(['8:00', '13:00', '15:30']),
                     c.pick([L(c, 'Labo FP', 'PFT lab'), L(c, 'Sommeil', 'Sleep'), L(c, 'POD', 'Home O2'), '6O' if c.lang == 'fr' else '6W']),
                     '%s %s' % ins])
    m.table_html = html_table(rows)
    m.subject = L(c, 'Formation obligatoire - %s', 'Mandatory training - %s') % topic
    m.text = L(c, '''Bonjour,

Inscrivez-vous à une des séances suivantes (%s) via le portail de formation :

[[TABLE]]

%s

Les heures sont rémunérées. Aviser votre gestionnaire en cas d'absence.
''', '''Hello,

Please sign up for one of the following sessions (%s) through the learning portal:

[[TABLE]]

%s

Time is paid. Let your manager know if you cannot attend.
''') % (topic, text_table(rows))
    return m


PLAN_FR = [(stats, 3), (teaching_case, 3), (blank_form, 3), (mailmerge, 2), (shortage, 2), (recall, 2), (research, 2),
           (occ_health, 3), (baby, 2), (birthdays, 1), (calibration, 2), (training, 2)]
PLAN_EN = [(stats, 3), (teaching_case, 3), (blank_form, 3), (mailmerge, 2), (shortage, 2), (recall, 2), (research, 3),
           (occ_health, 3), (baby, 2), (birthdays, 1), (calibration, 2), (training, 2)]
