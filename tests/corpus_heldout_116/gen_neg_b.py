"""Negative messages, part B: clinical content without an identifiable patient."""
import datetime
import gen_people as P
import gen_attach as A
import gen_clin as C
from gen_common import to_html, html_table, text_table
from gen_neg_a import XLSX, DOCX, _team


def n_teaching_case(m):
    r = m.rng
    st = m.staff(['physio', 'occupational', 'director', 'kinesio'])
    stem = r.choice(C.TEACHING_STEMS)
    c = [x for x in C.CONDITIONS if x['key'] == stem[2]][0]
    txt = [m.greet(), '', m.fr('Cas clinique pour le club de lecture de jeudi (données dépersonnalisées) :', 'Case for Thursday\'s journal club (de-identified):'), '',
           (stem[0] if m.lang == 'fr' else stem[1]) + '. ' + m.fr('Tableau compatible avec : ', 'Presentation consistent with: ') + (c['fr'] if m.lang == 'fr' else c['en']) + '.',
           c['find_fr'] if m.lang == 'fr' else c['find_en'],
           c['res_fr'] if m.lang == 'fr' else c['res_en'],
           m.fr('Médication : ', 'Medication: ') + C.MEDS[c['meds'][0]][0 if m.lang == 'fr' else 1] + '.', '',
           m.fr('Questions : 1) Quels tests additionnels ? 2) Critères de progression ? 3) Drapeaux jaunes ?',
                'Questions: 1) Which further tests? 2) Progression criteria? 3) Yellow flags?'), '',
           m.fr('Article : Ardern et al., critères de retour au sport (2016).', 'Paper: return-to-sport consensus (2016).'), '', m.sig(st)]
    m.envelope(m.staff_addr(st), ('Cliniciens' if m.lang == 'fr' else 'Clinicians', 'cliniciens@' + P.DOMAIN),
               m.fr('Club de lecture – cas clinique', 'Journal club – teaching case'))
    m.body('\n'.join(txt))
    if r.random() < 0.3:
        m.attach(m.fr('cas_clinique_anonymise.pdf', 'teaching_case_deidentified.pdf'), 'application/pdf', A.pdf([t for t in txt[2:9] if t]))
    return m.result('de-identified teaching case')


def n_stats(m):
    r = m.rng
    st = r.choice([P.STAFF[16], P.STAFF[7], P.STAFF[11]])
    month = m.earlier(20, 40)
    rows = [[m.fr('Catégorie', 'Category'), 'Laval', 'Sherbrooke', 'Sainte-Foy', 'Gatineau']]
    for lab in [m.fr('Nouveaux dossiers', 'New files'), 'CNESST', 'SAAQ', m.fr('Assureurs privés', 'Private insurers'),
                m.fr('LCA post-op', 'ACL post-op'), m.fr('Commotions', 'Concussions'), m.fr('Lombalgies', 'Low back pain'),
                m.fr('Taux d\'absence (%)', 'No-show rate (%)')]:
        rows.append([lab] + [str(r.randint(3, 140)) if '%' not in lab else '%.1f' % (r.uniform(2, 9)) for _ in range(4)])
    txt = [m.greet(), '', m.fr('Voici les indicateurs de %s %d. La proportion de dossiers CNESST continue d\'augmenter (38 %% des nouveaux dossiers).',
                               'Here are the %s %d indicators. Work-injury files keep growing (38%% of new files).') % (
               (P.MONTHS_FR if m.lang == 'fr' else P.MONTHS_EN)[month.month - 1], month.year),
           m.fr('Délai moyen avant première évaluation : 4,2 jours.', 'Average wait for initial assessment: 4.2 days.'), '', m.close(), m.sig(st)]
    mode = r.choice(['xlsx', 'inline', 'csv'])
    if mode == 'xlsx':
        m.attach(m.fr('indicateurs_%s_réseau.xlsx', 'indicators_%s_network.xlsx') % month.strftime('%Y-%m'), XLSX, A.xlsx_bytes([('Indicateurs', rows)]))
        m.body('\n'.join(txt))
    elif mode == 'csv':
        m.attach('indicateurs_%s.csv' % month.strftime('%Y-%m'), 'text/csv', A.csv_bytes(rows), text_charset='utf-8', cte='quoted-printable')
        m.body('\n'.join(txt))
    else:
        m.body('\n'.join(txt[:4]) + '\n\n' + text_table(rows) + '\n\n' + '\n'.join(txt[4:]),
               html=to_html('\n'.join(txt[:4]), r).replace('</body>', html_table(rows) + '</body>'))
    m.envelope(m.staff_addr(st), ('Direction' if m.lang == 'fr' else 'Management', 'direction@' + P.DOMAIN),
               m.fr('Indicateurs mensuels', 'Monthly indicators'))
    return m.result('aggregate monthly statistics')


def n_newsletter(m):
    r = m.rng
    topic = r.choice([(m.fr('Prévenir les blessures au ski', 'Preventing ski injuries'),
                       m.fr('Les entorses du genou (dont la rupture du LCA) représentent près du tiers des blessures au ski alpin. Un échauffement de 10 minutes et des fixations bien ajustées réduisent le risque.',
                            'Knee sprains (including ACL tears) account for about a third of alpine ski injuries. A 10-minute warm-up and properly set bindings reduce the risk.')),
                      (m.fr('Arthrose du genou : bouger, c\'est soigner', 'Knee osteoarthritis: movement is medicine'),
                       m.fr('L\'exercice supervisé diminue la douleur autant que certains anti-inflammatoires. Parlez-en à votre physiothérapeute.',
                            'Supervised exercise reduces pain as much as some anti-inflammatories. Ask your physiotherapist.')),
                      (m.fr('Télétravail et douleurs au cou', 'Working from home and neck pain'),
                       m.fr('Un écran à la hauteur des yeux et des pauses actives aux 45 minutes préviennent bien des cervicalgies.',
                            'A screen at eye level and active breaks every 45 minutes prevent much neck pain.')),
                      (m.fr('Commotions cérébrales chez les jeunes sportifs', 'Concussions in young athletes'),
                       m.fr('Au moindre doute, on retire le joueur du jeu. Le retour se fait par étapes, sous supervision.',
                            'When in doubt, sit them out. Return to play is gradual and supervised.'))])
    txt = ['%s – %s' % (m.fr('Infolettre Boréalis', 'Borealis newsletter'), topic[0]), '', m.fr('Chère clientèle,', 'Dear clients,'), '', topic[1], '',
           m.fr('Nouveau : nos cliniques offrent maintenant l\'évaluation des orthèses plantaires le samedi.', 'New: orthotic assessments now available on Saturdays.'),
           '', m.fr('Pour vous désabonner, répondez « STOP ».', 'To unsubscribe, reply "STOP".'), P.ORG + ' – ' + m.clinic['phone']]
    m.envelope(('Physio Boréalis', 'infolettre@' + P.DOMAIN), ('Clientèle Boréalis' if m.lang == 'fr' else 'Borealis clients', 'infolettre@' + P.DOMAIN),
               '%s : %s' % (m.fr('Infolettre', 'Newsletter'), topic[0]))
    m.body('\n'.join(txt), html=to_html('\n'.join(txt), r, 'outlook'), structure=r.choice([None, 'html']))
    return m.result('patient newsletter on a health topic')


def n_blank_form(m):
    r = m.rng
    st = m.staff(['administrative', 'receptionist', 'coordinator', 'director'])
    kind = r.choice(['intake', 'consent', 'ortho', 'cnesst'])
    title = {'intake': m.fr('Questionnaire d\'accueil – nouvelle clientèle', 'New client intake questionnaire'),
             'consent': m.fr('Consentement aux soins et à la communication de renseignements', 'Consent to treatment and release of information'),
             'ortho': m.fr('Prescription d\'orthèses plantaires (gabarit)', 'Foot orthotics prescription (template)'),
             'cnesst': m.fr('Formulaire de suivi – lésion professionnelle (vierge)', 'Work-injury follow-up form (blank)')}[kind]
    fields = [m.fr('Nom du patient : ______________________', 'Patient name: ______________________'),
              m.fr('Date de naissance (AAAA-MM-JJ) : ____-__-__', 'Date of birth (YYYY-MM-DD): ____-__-__'),
              m.fr('NAM : ____ ____ ____   (ex. : ABCD 1234 5678)', 'Health card no.: ____ ____ ____   (e.g. ABCD 1234 5678)'),
              m.fr('Adresse : ______________________  Téléphone : (___) ___-____', 'Address: ______________________  Phone: (___) ___-____'),
              m.fr('Diagnostic / raison de consultation : ______________________', 'Diagnosis / reason for visit: ______________________'),
              m.fr('Médication actuelle : [ ] anti-inflammatoires [ ] anticoagulants [ ] opioïdes [ ] autre : ______', 'Current medication: [ ] anti-inflammatories [ ] anticoagulants [ ] opioids [ ] other: ______'),
              m.fr('Payeur : [ ] CNESST  [ ] SAAQ  [ ] assureur privé  [ ] patient', 'Payer: [ ] work-injury board  [ ] auto insurer  [ ] private insurer  [ ] self-pay'),
              m.fr('Signature : ____________________  Date : __________', 'Signature: ____________________  Date: __________')]
    fn = {'intake': m.fr('Questionnaire d\'accueil – v3.docx', 'intake_form_v3.docx'), 'consent': m.fr('consentement_2025.pdf', 'consent_2025.pdf'),
          'ortho': 'gabarit_prescription_orthèses.docx', 'cnesst': m.fr('formulaire_suivi_lésion_professionnelle_vierge.pdf', 'work_injury_followup_blank.pdf')}[kind]
    if fn.endswith('.pdf'):
        m.attach(fn, 'application/pdf', A.pdf([('h', title)] + fields, letterhead=[m.clinic['name'], m.clinic['street'], m.clinic['city']]))
    else:
        m.attach(fn, DOCX, A.docx_bytes(fields, title=title, header_text=m.clinic['name']))
    txt = [m.greet(), '', m.fr('Voici la nouvelle version du formulaire « %s ». Merci de détruire les anciennes copies papier.',
                               'Here is the new version of the "%s" form. Please discard old paper copies.') % title, '', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), _team(m), m.fr('Nouveau formulaire : %s', 'New form: %s') % title)
    m.body('\n'.join(txt))
    return m.result('blank form template')


def n_conference(m):
    r = m.rng
    st = m.staff(['director', 'physio'])
    d = m.later(30, 90).date()
    prog = [('08:30', 'Dr Karim Haddad', m.fr('Reconstruction du LCA : quoi de neuf en 2025 ?', 'ACL reconstruction: what\'s new in 2025?')),
            ('09:30', 'Dre Ingrid Fontaine', m.fr('Syndrome post-commotionnel persistant', 'Persistent post-concussion symptoms')),
            ('10:45', 'Dre Chloé Dumoulin', m.fr('Polyarthrite rhumatoïde et exercice', 'Rheumatoid arthritis and exercise')),
            ('13:00', 'Nadia Benali, pht', m.fr('Lombalgie chronique : éducation à la neurophysiologie de la douleur', 'Chronic low back pain: pain neuroscience education')),
            ('14:00', 'Dr Julien Renard', m.fr('Fractures du radius distal : plaque volaire et réadaptation précoce', 'Distal radius fractures: volar plating and early rehab')),
            ('15:15', m.fr('Table ronde', 'Panel'), m.fr('Dossiers CNESST et SAAQ : bonnes pratiques de rédaction', 'Writing good insurer reports'))]
    rows = [[m.fr('Heure', 'Time'), m.fr('Conférencier', 'Speaker'), m.fr('Sujet', 'Topic')]] + [list(p) for p in prog]
    txt = [m.greet(), '', m.fr('Programme du colloque régional en réadaptation musculosquelettique du %s (Centre des congrès fictif de Laval) :',
                               'Programme of the regional MSK rehabilitation symposium on %s (Laval convention centre):') % m.date(d, False), '',
           text_table(rows), '', m.fr('Inscription : 225 $ avant le %s. 6 heures de formation reconnues.', 'Registration: $225 before %s. 6 CE hours.') % m.date(d - datetime.timedelta(days=21), False),
           '', m.sig(st)]
    m.envelope(m.staff_addr(st), ('Cliniciens' if m.lang == 'fr' else 'Clinicians', 'cliniciens@' + P.DOMAIN), m.fr('Colloque MSK – programme', 'MSK symposium – programme'))
    m.body('\n'.join(txt), html=to_html('\n'.join(txt[:3]), r).replace('</body>', html_table(rows) + '</body>') if r.random() < 0.5 else None)
    if r.random() < 0.4:
        m.attach(m.fr('Programme – colloque réadaptation MSK.pdf', 'Programme – MSK rehabilitation symposium.pdf'), 'application/pdf', A.pdf([('h', m.fr('Programme', 'Programme')), ('t', rows)]))
    return m.result('conference programme with speakers and topics')


def n_physician_directory(m):
    r = m.rng
    st = m.staff(['coordinator', 'director', 'administrative'])
    lines = []
    for ph in r.sample(P.PHYSICIANS, 5):
        focus = r.choice([m.fr('accepte les références LCA et ménisques', 'accepts ACL and meniscus referrals'),
                          m.fr('infiltrations échoguidées épaule/hanche', 'ultrasound-guided shoulder/hip injections'),
                          m.fr('suivi des commotions cérébrales', 'concussion follow-up'),
                          m.fr('dossiers CNESST (médecin traitant)', 'work-injury files (attending physician)'),
                          m.fr('hernies discales et sténoses lombaires', 'disc herniations and lumbar stenosis')])
        lines.append('- %s, %s (%s) : %s' % (ph[0], ph[1] if m.lang == 'fr' else ph[2], ph[3], focus))
    txt = [m.greet(), '', m.fr('Mise à jour de la liste des médecins partenaires pour les références :', 'Updated list of partner physicians for referrals:'), ''] + lines + [
        '', m.fr('Télécopieur central des références : (450) 555-0190.', 'Central referral fax: (450) 555-0190.'), '', m.sig(st)]
    m.envelope(m.staff_addr(st), ('Cliniciens' if m.lang == 'fr' else 'Clinicians', 'cliniciens@' + P.DOMAIN), m.fr('Médecins partenaires – mise à jour', 'Partner physicians – update'))
    m.body('\n'.join(txt))
    return m.result('physician directory with specialties')


def n_research(m):
    r = m.rng
    st = P.STAFF[7]
    txt = [m.greet(), '', m.fr('Notre clinique participe à une étude multicentrique : « Effet de l\'entraînement avec restriction du flot sanguin après reconstruction du LCA ». ',
                               'Our clinic is joining a multicentre study: "Blood-flow restriction training after ACL reconstruction". '),
           m.fr('Critères d\'inclusion : 18-40 ans, reconstruction primaire, 2 à 6 semaines post-op. Exclusion : antécédent de thrombose veineuse, anticoagulothérapie.',
                'Inclusion: age 18-40, primary reconstruction, 2-6 weeks post-op. Exclusion: prior venous thrombosis, anticoagulation.'),
           m.fr('Objectif : 60 participants sur 18 mois. Protocole v2.1 approuvé par le comité d\'éthique (projet 2024-117).',
                'Target: 60 participants over 18 months. Protocol v2.1 approved by the ethics board (project 2024-117).'),
           m.fr('Aucun recrutement avant la formation du 14. Le protocole est joint.', 'No recruitment before the training on the 14th. Protocol attached.'), '', m.sig(st)]
    m.envelope(m.staff_addr(st), ('Physiothérapeutes' if m.lang == 'fr' else 'Physiotherapists', 'physio@' + P.DOMAIN), m.fr('Projet de recherche BFR-LCA', 'BFR-ACL research project'))
    m.body('\n'.join(txt))
    m.attach('protocole_BFR_LCA_v2.1.docx', DOCX, A.docx_bytes(txt[2:6] + [('h', m.fr('Mesures', 'Outcomes')), 'IKDC, LSI quadriceps, KOOS'], title='BFR-LCA'))
    return m.result('research protocol without participants')


def n_anon_cancel(m):
    r = m.rng
    st = m.staff(['receptionist', 'administrative'])
    st2 = m.staff(['physio', 'kinesio', 'occupational'])
    slot = r.choice(['8 h 30', '10 h', '14 h', '15 h 30', '16 h 45'])
    txt = [r.choice([m.fr('Ton patient de %s a annulé (malade). Je peux mettre quelqu\'un de la liste d\'attente ?', 'Your %s cancelled (sick). Shall I book someone from the waitlist?'),
                     m.fr('La patiente de %s sera en retard de 15 min, bouchon sur la 40.', 'Your %s will be 15 min late, traffic on the highway.'),
                     m.fr('Le nouveau cas CNESST de %s a été déplacé à demain, l\'agente n\'avait pas encore accepté la réclamation.', 'The new work-injury case at %s moved to tomorrow; the adjuster had not accepted the claim yet.')]) % slot,
           m.fr('Il reste 12 personnes sur la liste d\'attente (dont 5 post-op).', '12 people remain on the waitlist (5 post-op).') if r.random() < 0.5 else '', '', st[0]]
    m.envelope(m.staff_addr(st), m.staff_addr(st2), r.choice([m.fr('Annulation %s' % slot, 'Cancellation %s' % slot), m.fr('ton %s' % slot, 'your %s' % slot), 'Agenda']))
    m.body('\n'.join(txt))
    return m.result('anonymous cancellation, no identifiable patient')


def n_drug_shortage(m):
    r = m.rng
    st = P.STAFF[7]
    drug = r.choice([('lidocaïne 1 % injectable', 'lidocaine 1% injection'), ('triamcinolone 40 mg/mL', 'triamcinolone 40 mg/mL'),
                     ('diclofénac gel 2,32 %', 'diclofenac 2.32% gel'), ('gel d\'échographie stérile', 'sterile ultrasound gel')])
    txt = [m.greet(), '', m.fr('Avis de rupture d\'approvisionnement : %s (fabricant fictif Pharmalys), retour prévu en mars.',
                               'Shortage notice: %s (manufacturer Pharmalys), expected back in March.') % drug[0 if m.lang == 'fr' else 1],
           m.fr('Les médecins infiltrateurs ont été avisés ; aucune action requise de la part des thérapeutes sauf d\'informer la clientèle si elle pose la question.',
                'Injecting physicians have been notified; no action required from therapists other than informing clients who ask.'), '', m.sig(st)]
    m.envelope(m.staff_addr(st), ('Cliniciens' if m.lang == 'fr' else 'Clinicians', 'cliniciens@' + P.DOMAIN), m.fr('Pénurie : %s', 'Shortage: %s') % drug[0 if m.lang == 'fr' else 1])
    m.body('\n'.join(txt))
    return m.result('drug / supply shortage notice')


def n_guideline(m):
    r = m.rng
    st = m.staff(['director', 'physio'])
    g = r.choice([(m.fr('Protocole post-op LCA (version 2025)', 'ACL post-op protocol (2025 version)'),
                   [m.fr('Semaines 0-2 : extension complète, contrôle de l\'œdème, activation du quadriceps.', 'Weeks 0-2: full extension, swelling control, quad activation.'),
                    m.fr('Semaines 3-6 : flexion 120°, vélo stationnaire, squat partiel.', 'Weeks 3-6: flexion 120°, stationary bike, partial squat.'),
                    m.fr('Mois 4 : course si LSI quadriceps ≥ 70 %.', 'Month 4: running if quad LSI ≥ 70%.'),
                    m.fr('Mois 9 : retour au sport si batterie de tests réussie.', 'Month 9: return to sport if test battery passed.')]),
                  (m.fr('Protocole de retour au jeu – commotion', 'Return-to-play protocol – concussion'),
                   [m.fr('Étape 1 : activités quotidiennes limitées par les symptômes.', 'Stage 1: symptom-limited daily activities.'),
                    m.fr('Étape 2 : exercice aérobique léger.', 'Stage 2: light aerobic exercise.'),
                    m.fr('Étape 4 : exercices sans contact.', 'Stage 4: non-contact drills.'),
                    m.fr('Étape 6 : retour au jeu après autorisation médicale.', 'Stage 6: return to play after medical clearance.')]),
                  (m.fr('Précautions post-PTH voie postérieure', 'Posterior-approach THA precautions'),
                   [m.fr('Pas de flexion de hanche > 90°.', 'No hip flexion > 90°.'), m.fr('Pas d\'adduction au-delà de la ligne médiane.', 'No adduction past midline.'),
                    m.fr('Pas de rotation interne.', 'No internal rotation.'), m.fr('Surveillance des signes de TVP sous anticoagulant.', 'Watch for DVT signs while on anticoagulant.')])])
    txt = [m.greet(), '', m.fr('Le document « %s » a été révisé par le comité clinique. Principaux points :', 'The "%s" document was revised by the clinical committee. Key points:') % g[0], ''] + \
          ['• ' + x for x in g[1]] + ['', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), ('Cliniciens' if m.lang == 'fr' else 'Clinicians', 'cliniciens@' + P.DOMAIN), g[0])
    m.body('\n'.join(txt))
    if r.random() < 0.5:
        m.attach(P.strip_accents_login(g[0].split('(')[0]).replace('–', '-').strip()[:40] + '.pdf', 'application/pdf', A.pdf([('h', g[0])] + g[1]))
    return m.result('clinical protocol / guideline')


def n_insurer_general(m):
    r = m.rng
    st = P.STAFF[11]
    txt = [m.greet(), '', r.choice([
        m.fr('L\'assureur Sentinelle nous informe qu\'à compter du 1er janvier, les demandes de préautorisation pour plus de 12 séances devront passer par son portail.',
             'Sentinelle Assurances informs us that from January 1, pre-authorisation requests beyond 12 sessions must go through its portal.'),
        m.fr('Nouvelle grille tarifaire pour les lésions professionnelles : évaluation initiale 95 $, traitement 62 $. Les codes de facturation ne changent pas.',
             'New fee schedule for work-injury files: initial assessment $95, treatment $62. Billing codes are unchanged.'),
        m.fr('Rappel : les rapports d\'évolution SAAQ doivent être transmis dans les 10 jours ouvrables suivant la réévaluation.',
             'Reminder: auto-insurer progress reports are due within 10 business days of the reassessment.')]),
        m.fr('Questions : voyez avec moi au poste 214.', 'Questions: see me at ext. 214.'), '', m.sig(st)]
    m.envelope(m.staff_addr(st), ('Cliniciens' if m.lang == 'fr' else 'Clinicians', 'cliniciens@' + P.DOMAIN), m.fr('Info assureurs', 'Insurer update'))
    m.body('\n'.join(txt))
    return m.result('insurer policy update, no patient')


def n_quality_incident(m):
    r = m.rng
    st = P.STAFF[16]
    txt = [m.greet(), '', m.fr('Sommaire dépersonnalisé d\'un incident survenu la semaine dernière : un usager a fait une chute sans blessure en descendant de la table électrique, '
                               'la table n\'avait pas été abaissée complètement. Déclaration AH-223 complétée.',
                               'De-identified summary of last week\'s incident: a client fell without injury stepping off the electric table, which had not been fully lowered. Incident report completed.'),
           m.fr('Rappel : abaisser la table et verrouiller les roues avant chaque transfert.', 'Reminder: lower the table and lock the wheels before every transfer.'), '', m.sig(st)]
    m.envelope(m.staff_addr(st), ('Tout le personnel' if m.lang == 'fr' else 'All staff', 'personnel@' + P.DOMAIN), m.fr('Sécurité – rappel après incident', 'Safety – reminder after incident'))
    m.body('\n'.join(txt))
    return m.result('de-identified incident summary')


def n_billing_codes(m):
    r = m.rng
    st = P.STAFF[19]
    rows = [['Code', m.fr('Description', 'Description'), m.fr('Tarif', 'Fee')],
            ['PT-EV1', m.fr('Évaluation initiale physiothérapie', 'Initial physiotherapy assessment'), '110,00 $'],
            ['PT-TX', m.fr('Traitement 45 min', 'Treatment 45 min'), '85,00 $'],
            ['OT-DOM', m.fr('Visite à domicile ergothérapie', 'OT home visit'), '160,00 $'],
            ['KIN-RT', m.fr('Séance de reconditionnement', 'Reconditioning session'), '70,00 $'],
            ['ORT-PL', m.fr('Orthèses plantaires sur mesure', 'Custom foot orthotics'), '450,00 $']]
    txt = [m.greet(), '', m.fr('Grille tarifaire 2025 en vigueur le 6 janvier :', '2025 fee schedule effective January 6:'), '', text_table(rows), '', m.sig(st)]
    m.envelope(m.staff_addr(st), _team(m), m.fr('Tarifs 2025', '2025 fees'))
    m.body('\n'.join(txt))
    return m.result('fee schedule')
