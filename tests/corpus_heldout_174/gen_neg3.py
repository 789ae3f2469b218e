"""Negative (non-confidential) messages, bilingual templates — part 3:
guidelines, directories, candidates, handouts, clinic logistics, audits, staff notes, threads."""
import gen_attach as A
import gen_common as C
from gen_mime import html_table, text_table
from gen_neg1 import L, dr, org
from gen_text import hello, quote, thanks


def guideline(c):
    kind = c.cycle('guide_' + c.lang, 3)
    m = c.msg('guideline', L(c, 'résumé de lignes directrices cliniques', 'clinical guideline summary'), positive=False)
    sk = c.pick(['whitfield', 'cote', 'desjardins', 'lemieux'])
    m.frm = c.who(sk)
    m.to = [(L(c, 'Médecins et résidents', 'Physicians and residents'), 'cliniciens@' + C.DOM)]
    if kind == 0:
        m.subject = L(c, 'GOLD 2024 - aide-mémoire', 'GOLD 2024 - pocket summary')
        body = L(c, '''Groupe A : un bronchodilatateur (BDLA de préférence).
Groupe B : BALA + AMLA en un seul dispositif.
Groupe E : BALA + AMLA ; ajouter un CSI si éosinophiles >= 300/µL.
Après exacerbation sous BALA + AMLA : CSI si éos >= 100 ; sinon roflumilast (VEMS < 50 %, bronchite chronique) ou azithromycine (ex-fumeurs).
Oxygène de longue durée : PaO2 <= 55 mmHg ou SaO2 <= 88 %, ou PaO2 56-59 avec cœur pulmonaire ou polyglobulie.''',
                 '''Group A: a bronchodilator (long-acting preferred).
Group B: LABA + LAMA in a single inhaler.
Group E: LABA + LAMA; add ICS if eosinophils >= 300/uL.
Exacerbations on LABA + LAMA: ICS if eos >= 100; otherwise roflumilast (FEV1 < 50%, chronic bronchitis) or azithromycin (former smokers).
Long-term oxygen: PaO2 <= 55 mmHg or SaO2 <= 88%, or PaO2 56-59 with cor pulmonale or polycythemia.''')
    elif kind == 1:
        m.subject = L(c, 'Asthme sévère - critères de référence à la clinique', 'Severe asthma - referral criteria')
        body = L(c, '''La Dre Whitfield, qui dirige la clinique d'asthme sévère, rappelle les critères de référence :
- asthme non maîtrisé malgré CSI dose élevée + BALA (étape 4-5) ;
- >= 2 cures de corticostéroïdes oraux par année ou corticothérapie orale d'entretien ;
- suspicion d'asthme professionnel ou d'aspergillose bronchopulmonaire allergique.
Les biologiques (anti-IL5, anti-IL4R, anti-TSLP) sont initiés exclusivement par la clinique.''',
                 '''Dr. Whitfield, who leads the severe asthma clinic, reminds everyone of the referral criteria:
- uncontrolled asthma despite high-dose ICS + LABA (step 4-5);
- >= 2 courses of oral corticosteroids per year or maintenance OCS;
- suspected occupational asthma or allergic bronchopulmonary aspergillosis.
Biologics (anti-IL5, anti-IL4R, anti-TSLP) are started by the clinic only.''')
    else:
        m.subject = L(c, 'Nodules incidents - rappel Fleischner 2017', 'Incidental nodules - Fleischner 2017 reminder')
        body = L(c, '''Nodule solide unique < 6 mm, faible risque : aucun suivi systématique.
6-8 mm : TDM à 6-12 mois puis à 18-24 mois.
> 8 mm : TDM à 3 mois, TEP-TDM ou biopsie.
Verre dépoli >= 6 mm : TDM à 6-12 mois puis aux 2 ans jusqu'à 5 ans.
La clinique des nodules (Dre Lemieux, Dre Patel) accepte les références directes des radiologistes.''',
                 '''Single solid nodule < 6 mm, low risk: no routine follow-up.
6-8 mm: CT at 6-12 months then 18-24 months.
> 8 mm: CT at 3 months, PET-CT or biopsy.
Ground-glass >= 6 mm: CT at 6-12 months then every 2 years to 5 years.
The nodule clinic (Dr. Lemieux, Dr. Patel) accepts direct referrals from radiologists.''')
    m.text = '%s\n\n%s\n\n%s\n' % (hello(c), body, c.sig(sk))
    return m


def directory(c):
    m = c.msg('directory', L(c, 'mise à jour du répertoire téléphonique', 'phone directory update'), positive=False)
    m.frm = c.who('perron')
    m.to = [(L(c, 'Tout le personnel', 'All staff'), 'tous@' + C.DOM)]
    rows = [[L(c, 'Service', 'Service'), L(c, 'Téléphone', 'Phone'), L(c, 'Local', 'Room'), L(c, 'Courriel', 'E-mail')]]
    for svc, ext, room, mail in [(L(c, 'Accueil pneumologie', 'Respiratory intake'), '2202', '1.05', 'accueil.pneumo'),
                                 (L(c, 'Labo de fonction pulmonaire', 'PFT lab'), '2214', '2.10', 'lfp'),
                                 (L(c, 'Clinique du sommeil', 'Sleep clinic'), '2300', '3.14', 'sommeil'),
                                 (L(c, "Programme d'O2 à domicile", 'Home oxygen program'), '2281', '1.22', 'pod'),
                                 (L(c, 'Réadaptation pulmonaire', 'Pulmonary rehab'), '2264', 'B-010', 'readaptation'),
                                 (L(c, 'Clinique des nodules', 'Nodule clinic'), '2231', '2.31', 'nodules')]:
        rows.append([svc, '819 555-01%s (%s %s)' % (ext[-2:], L(c, 'poste', 'ext.'), ext), room, '%s@%s' % (mail, C.DOM)])
    m.table_html = html_table(rows)
    if c.chance(0.7):
        m.attach('vcf', 'CSRDR.vcf', A.vcf(L(c, 'Accueil', 'Intake'), C.ORG_SHORT, tel=[('WORK', C.ORG_PHONE), ('FAX', C.ORG_FAX)],
                                           email='accueil.pneumo@' + C.DOM, org=org(c)))
    m.subject = L(c, 'Répertoire téléphonique - mise à jour', 'Phone directory - update')
    m.text = L(c, '''Bonjour,

Voici le répertoire mis à jour des cliniques :

[[TABLE]]

%s

Ligne principale : %s ; télécopieur : %s.
''', '''Hello,

Here is the updated clinic directory:

[[TABLE]]

%s

Main line: %s; fax: %s.
''') % (text_table(rows), C.ORG_PHONE, C.ORG_FAX)
    return m


def candidates(c):
    m = c.msg('recruitment', L(c, "horaire d'entrevues de candidats", 'candidate interview schedule'), positive=False)
    m.frm = c.who('marchand')
    m.to = [c.who('beaulieu') if c.lang == 'fr' else c.who('campbell'), c.who(c.pick(['theriault', 'henderson', 'dube']))]
    cands = c.rng.sample(C.EXTRA_PEOPLE[12:], 4)
    rows = [[L(c, 'Heure', 'Time'), L(c, 'Candidat(e)', 'Candidate'), L(c, 'Poste', 'Position'), L(c, 'Remarque', 'Note')]]
    for i, (g, s) in enumerate(cands):
        rows.append(['%d:%02d' % (9 + i, c.pick([0, 30])), '%s %s' % (g, s),
                     c.pick([L(c, 'Inhalothérapeute POD', 'RRT home O2'), L(c, 'Technologue PSG', 'PSG technologist')]),
                     c.pick([L(c, 'références reçues', 'references received'), L(c, 'entrevue Teams', 'Teams interview'),
                             L(c, 'diplômée 2024', '2024 graduate'), '-'])])
    m.table_html = html_table(rows)
    when = c.day(c.num(2, 8))
    m.subject = L(c, 'Entrevues du %s', 'Interviews on %s') % c.dtext(when)
    m.text = L(c, '''Bonjour,

Voici l'horaire des entrevues du %s (salle 1.30) :

[[TABLE]]

%s

Les CV sont dans le dossier partagé RH > Affichage 2024-%03d. Merci de remplir la grille d'évaluation après chaque entrevue.

%s
''', '''Hello,

Here is the interview schedule for %s (room 1.30):

[[TABLE]]

%s

CVs are in the HR shared folder > Posting 2024-%03d. Please complete the scoring grid after each interview.

%s
''') % (c.dtext(when, True), text_table(rows), c.num(80, 190), c.sig('marchand'))
    return m


def handout(c):
    m = c.msg('patient_education', L(c, "dépliant d'enseignement générique", 'generic patient education handout'), positive=False)
    m.frm = c.who(c.pick(['bernier', 'nguyen']))
    m.to = [(L(c, 'Équipe enseignement', 'Education team'), 'enseignement@' + C.DOM)]
    lines = L(c, ['1. Retirez le capuchon et agitez l\'aérosol-doseur.', '2. Insérez-le dans la chambre d\'espacement.',
                  '3. Expirez complètement, puis placez l\'embout dans la bouche.', '4. Appuyez une fois et inspirez lentement.',
                  '5. Retenez votre respiration 10 secondes.', '6. Rincez-vous la bouche après un corticostéroïde inhalé.',
                  '', 'Questions ? Centre d\'enseignement MPOC-asthme : 819 555-0142, poste 2240.'],
              ['1. Remove the cap and shake the inhaler.', '2. Attach it to the spacer.',
               '3. Breathe out fully, then put the mouthpiece in your mouth.', '4. Press once and breathe in slowly.',
               '5. Hold your breath for 10 seconds.', '6. Rinse your mouth after an inhaled corticosteroid.',
               '', 'Questions? COPD-Asthma Education Centre: 819 555-0142 ext. 2240.'])
    title = L(c, 'Bien utiliser votre aérosol-doseur avec chambre d\'espacement', 'Using your inhaler with a spacer')
    m.attach('pdf', L(c, 'Depliant_aerosol_doseur.pdf', 'Handout_inhaler_spacer.pdf'), A.pdf(title, lines, header=org(c)))
    m.subject = L(c, 'Dépliant révisé - aérosol-doseur', 'Revised handout - inhaler technique')
    m.text = L(c, '''Bonjour l'équipe,

Version révisée du dépliant (validée par le comité des documents aux usagers). Merci d'imprimer cette version pour les sessions de groupe et de détruire les anciennes copies.

%s
''', '''Hi team,

Revised handout attached (approved by the patient documents committee). Please print this version for group sessions and recycle the old copies.

%s
''') % c.sig(m.frm[1].split('.')[1].split('@')[0])
    return m


def clinic_cancel(c):
    m = c.msg('clinic_logistics', L(c, "annulation d'une plage de clinique (sans liste de patients)",
                                    'clinic session cancelled (no patient list)'), positive=False)
    sk = c.pick(['desjardins', 'okafor', 'patel', 'lemieux'])
    m.frm = c.who(sk)
    m.to = [c.who('fillion') if c.lang == 'fr' else c.who('fraser')]
    when = c.day(c.num(10, 25))
    m.subject = L(c, 'Annulation de ma clinique du %s', 'Cancelling my clinic on %s') % c.dtext(when)
    m.text = L(c, '''Bonjour,

Je serai au congrès le %s ; ma clinique de l'après-midi est donc annulée. Il y a %d rendez-vous à reporter (voir l'agenda). Priorisez les suivis de titration et les nouveaux cas urgents dans mes plages du %s.

%s
''', '''Hi,

I will be at a conference on %s, so my afternoon clinic is cancelled. There are %d appointments to move (see the scheduler). Please prioritize titration follow-ups and urgent new cases in my slots on %s.

%s
''') % (c.dtext(when, True), c.num(9, 18), c.dtext(c.day(c.num(27, 35))), c.sig(sk, short=True))
    return m


def accreditation(c):
    m = c.msg('accreditation', L(c, "préparation de la visite d'Agrément", 'accreditation visit preparation'), positive=False)
    m.frm = c.who('beaulieu') if c.lang == 'fr' else c.who('campbell')
    m.to = [(L(c, 'Tout le personnel', 'All staff'), 'tous@' + C.DOM)]
    when = c.day(c.num(15, 30))
    m.subject = L(c, "Visite d'Agrément - %s", 'Accreditation visit - %s') % c.dtext(when)
    m.text = L(c, '''Bonjour à tous,

Les visiteurs d'Agrément seront chez nous du %s au %s. Ils utiliseront la méthode des traceurs : attendez-vous à des questions sur la double identification, le bilan comparatif des médicaments et la sécurité de l'oxygène à domicile.
Aide-mémoire et pratiques organisationnelles requises (POR) dans l'intranet.

Merci de votre collaboration !
%s
''', '''Hi everyone,

Accreditation surveyors will be on site from %s to %s. They will use tracer methodology: expect questions on two-identifier checks, medication reconciliation and home oxygen safety.
Quick reference and Required Organizational Practices (ROPs) are on the intranet.

Thanks for your help!
%s
''') % (c.dtext(when), c.dtext(c.day(c.num(31, 33))), c.sig(m.frm[1].split('.')[1].split('@')[0]))
    return m


def vendor_meeting(c):
    m = c.msg('vendor', L(c, "présentation d'un représentant pharmaceutique", 'pharmaceutical rep presentation'), positive=False)
    m.frm = ('Jessica Tran' if c.lang == 'en' else 'Mélanie Dostie', 'rep.%d@respipharma.example' % c.num(10, 99))
    m.to = [c.who(c.pick(['whitfield', 'bergeron', 'cote']))]
    when = c.day(c.num(5, 20))
    m.subject = L(c, 'Dîner-conférence - nouvelle trithérapie en un inhalateur', 'Lunch & learn - new single-inhaler triple therapy')
    m.text = L(c, '''Bonjour Docteur,

Je vous propose un dîner-conférence le %s à 12 h pour l'équipe : données de l'étude de phase III sur la trithérapie en un seul inhalateur chez les patients MPOC avec exacerbations, et démonstration du dispositif.
Conférencier : Dr Luc Fradette, pneumologue. Le repas est offert ; 1 heure de formation non accréditée.

Mélanie Dostie
Représentante, RespiPharma Canada
Cell. 514 555-0174
''', '''Dear Doctor,

I'd like to offer a lunch & learn for your team on %s at noon: phase III data on single-inhaler triple therapy in exacerbating COPD, plus a device demo.
Speaker: Dr. Luc Fradette, respirologist. Lunch provided; 1 hour non-accredited.

Jessica Tran
Medical Representative, RespiPharma Canada
Cell 514 555-0174
''') % c.dtext(when, True)
    if c.chance(0.7):
        g, s_ = m.frm[0].split(' ', 1)
        m.attach('vcf', '%s.vcf' % m.frm[0].replace(' ', '_'),
                 A.vcf(g, s_, tel=[('CELL', '514 555-0174'), ('WORK', '1 800 555-0110')], email=m.frm[1],
                       org='RespiPharma Canada', title=L(c, 'Représentante médicale', 'Medical Representative')))
    return m


def party(c):
    m = c.msg('social_event', L(c, 'invitation à une activité sociale du personnel', 'staff social event invitation'), positive=False)
    m.frm = (L(c, 'Comité social', 'Social Committee'), 'comite.social@' + C.DOM)
    m.to = [(L(c, 'Tout le personnel', 'All staff'), 'tous@' + C.DOM)]
    kind = c.cycle('party_' + c.lang, 2)
    if kind == 0:
        m.subject = L(c, 'Party des Fêtes - 13 décembre', 'Holiday party - December 13')
        m.text = L(c, '''Bonjour !

Le party des Fêtes aura lieu le vendredi 13 décembre dès 17 h 30 à la salle Le Boréal (455, rue du Quai). Souper, DJ et tirage. 25 $ par personne, payable à Martine Perron avant le 29 novembre.
Allergies alimentaires : écrivez-nous.

Le comité social
''', '''Hi all!

The holiday party is Friday, December 13 from 5:30 p.m. at Le Boréal hall (455 rue du Quai). Dinner, DJ and door prizes. $25 per person, payable to Martine Perron by November 29.
Food allergies: let us know.

Social Committee
''')
    else:
        m.subject = L(c, 'Dîner partage de l\'Action de grâce', 'Thanksgiving potluck')
        m.text = L(c, '''Bonjour,

Dîner partage le jeudi 10 octobre à midi au salon du personnel. Inscrivez votre plat sur la feuille à la porte de la cuisinette.

Le comité social
''', '''Hello,

Potluck lunch on Thursday, October 10 at noon in the staff lounge. Sign up with your dish on the sheet by the kitchenette door.

Social Committee
''')
    if c.chance(0.4):
        m.html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>'
                  '<body style="font-family:Verdana;background:#fdf6e3"><div style="border:3px dashed #b22;padding:16px">'
                  + m.text.replace('\n', '<br>\n') + '</div></body></html>\n')
        m.force = {'structure': c.pick(['html', 'alt'])}
    return m


def quality_audit(c):
    m = c.msg('quality_audit', L(c, "résultats agrégés d'un audit de qualité", 'aggregate quality audit results'), positive=False)
    m.frm = c.who(c.pick(['beaulieu', 'campbell', 'perron']))
    m.to = [(L(c, 'Comité qualité', 'Quality committee'), 'comite.2@' + C.DOM)]
    kind = c.cycle('audit_' + c.lang, 2)
    n = c.num(150, 260)
    if kind == 0:
        m.subject = L(c, 'Audit - observance PPC à 90 jours', 'Audit - CPAP adherence at 90 days')
        m.text = L(c, '''Bonjour,

Audit de %d dossiers de nouveaux utilisateurs de PPC (janvier à juin) :
- observance >= 4 h/nuit sur 70 %% des nuits : %d %%
- IAH résiduel < 10/h : %d %%
- suivi à 30 jours documenté : %d %%
Les écarts concernent surtout les masques faciaux. Aucune donnée nominative n'est jointe.

%s
''', '''Hello,

Audit of %d charts of new CPAP users (January to June):
- adherence >= 4 h/night on 70%% of nights: %d%%
- residual AHI < 10/h: %d%%
- documented 30-day follow-up: %d%%
Gaps mostly involve full-face masks. No identifiable data attached.

%s
''') % (n, c.num(62, 78), c.num(80, 93), c.num(55, 88), c.sig(m.frm[1].split('.')[1].split('@')[0]))
    else:
        m.subject = L(c, "Audit - sécurité de l'oxygène à domicile", 'Audit - home oxygen safety')
        m.text = L(c, '''Bonjour,

Sur %d visites à domicile auditées : détecteurs de fumée fonctionnels %d %%, absence de tabagisme confirmée %d %%, coupe-feu installé sur la tubulure %d %%.
Recommandation : remise systématique du dépliant sur les risques d'incendie et rappel aux inhalothérapeutes.

%s
''', '''Hello,

Of %d audited home visits: working smoke detectors %d%%, confirmed no smoking %d%%, firebreak valve on tubing %d%%.
Recommendation: hand out the fire-risk leaflet at every visit and remind RTs.

%s
''') % (n, c.num(85, 97), c.num(80, 94), c.num(60, 90), c.sig(m.frm[1].split('.')[1].split('@')[0]))
    return m


def cleaning(c):
    m = c.msg('procedure', L(c, "procédure de retraitement d'équipement de prêt", 'loaner equipment reprocessing procedure'), positive=False)
    m.frm = c.who(c.pick(['theriault', 'henderson', 'dube']))
    m.to = [(L(c, 'Inhalothérapeutes', 'Respiratory therapists'), 'inhalo@' + C.DOM)]
    serials = [C.luhn_serial(c.rng, 9) for _ in range(3)]
    m.subject = L(c, 'Retraitement des oxymètres et PPC de prêt', 'Reprocessing loaner oximeters and CPAPs')
    m.text = L(c, '''Bonjour,

Rappel de la procédure : au retour, nettoyer l'appareil avec les lingettes au peroxyde (temps de contact 1 min), remplacer le filtre, consigner le numéro de série dans le registre puis apposer l'étiquette verte « Propre ».
Trois appareils ont été retrouvés sans étiquette cette semaine (S/N %s, %s, %s) ; ils ont été remis en quarantaine.

%s
''', '''Hello,

Procedure reminder: on return, wipe the unit with peroxide wipes (1-minute contact time), replace the filter, log the serial number in the register and apply the green "Clean" tag.
Three units were found untagged this week (S/N %s, %s, %s); they are back in quarantine.

%s
''') % (serials[0], serials[1], serials[2], c.sig(m.frm[1].split('.')[1].split('@')[0]))
    return m


def student(c):
    m = c.msg('students', L(c, "accueil de stagiaires en inhalothérapie", 'respiratory therapy student placements'), positive=False)
    m.frm = c.who(c.pick(['vachon', 'kowalski']))
    m.to = [(L(c, 'Labo FP et POD', 'PFT lab and home O2'), 'lfp@' + C.DOM)]
    studs = c.rng.sample(C.EXTRA_PEOPLE[:12], 3)
    m.subject = L(c, 'Stagiaires - session d\'hiver', 'Students - winter rotation')
    m.text = L(c, '''Bonjour,

Nous accueillerons trois stagiaires du cégep à compter du %s : %s, %s et %s. Horaire : lundi au jeudi, 8 h à 16 h. Elles et ils ne doivent pas réaliser de tests de provocation sans supervision directe.

%s
''', '''Hello,

We will host three college RT students starting %s: %s, %s and %s. Schedule: Monday to Thursday, 8 a.m. to 4 p.m. They must not run challenge tests without direct supervision.

%s
''') % (c.dtext(c.day(c.num(10, 30))), '%s %s' % studs[0], '%s %s' % studs[1], '%s %s' % studs[2],
        c.sig(m.frm[1].split('.')[1].split('@')[0], short=True))
    return m


def staff_sick(c):
    m = c.msg('staff_absence', L(c, "absence imprévue d'un membre du personnel", 'staff member calling in sick'), positive=False)
    emp = c.pick(['vachon', 'dube', 'bernier', 'kowalski', 'nguyen', 'lachance', 'obrien'])
    mgr = 'beaulieu' if c.lang == 'fr' else 'campbell'
    m.frm = c.who(emp)
    m.to = [c.who(mgr)]
    m.cc = [c.who('fillion') if c.lang == 'fr' else c.who('fraser')]
    ill = c.pick([L(c, 'une gastro', 'a stomach bug'), L(c, 'une grosse grippe (fièvre depuis hier)', 'the flu (fever since last night)'),
                  L(c, 'une crise de migraine', 'a migraine')])
    m.subject = L(c, 'Absente aujourd\'hui', 'Out sick today') if C.STAFF[emp]['first'] in ('Karine', 'Julie', 'Grace') else \
        L(c, 'Absent aujourd\'hui', 'Out sick today')
    m.text = L(c, '''Bonjour,

Je ne pourrai pas rentrer aujourd'hui, j'ai %s. Mes rendez-vous de 9 h et 10 h peuvent être déplacés ou vus par un collègue ; le reste de la journée est administratif.
Je vous tiens au courant pour demain.

%s
''', '''Hi,

I won't make it in today - I have %s. My 9 and 10 a.m. appointments can be moved or seen by a colleague; the rest of the day is admin.
Will update you about tomorrow.

%s
''') % (ill, C.STAFF[emp]['first'])
    return m


def reply_schedule(c):
    m = c.msg('reply', L(c, 'réponse citée au sujet d\'un échange de garde', 'quoted reply about a call swap'), positive=False)
    a, b = c.rng.sample(['lemieux', 'bergeron', 'desjardins', 'cote', 'whitfield', 'patel', 'okafor'], 2)
    m.frm = c.who(b)
    m.to = [c.who(a)]
    m.cc = [c.who('perron')]
    c.reply_headers(m)
    d = c.day(c.num(8, 25))
    when = c.earlier(c.num(2, 30))
    orig = L(c, '''Salut %s,

Serais-tu disponible pour échanger ta garde du %s contre la mienne du %s ? J'ai une soutenance de thèse à l'extérieur ce jour-là.

%s''', '''Hi %s,

Would you swap your call on %s for mine on %s? I have a thesis defence out of town that day.

%s''') % (C.STAFF[b]['first'], c.dtext(d, True), c.dtext(c.day(c.num(27, 40)), True), C.STAFF[a]['first'])
    m.subject = L(c, 'RE: Échange de garde', 'RE: Call swap')
    m.text = '%s\n\n%s\n\n%s\n\n%s\n' % (
        L(c, 'Pas de problème, c\'est noté. Martine, peux-tu mettre l\'horaire à jour ?',
          'No problem, done. Martine, could you update the schedule?'),
        C.STAFF[b]['first'], c.sent_line(when, '%s %s' % (C.STAFF[a]['first'], C.STAFF[a]['last']), C.STAFF[a]['email']),
        quote(orig))
    return m


def fwd_vendor(c):
    m = c.msg('forward', L(c, "publicité d'un fournisseur transférée à un collègue", 'vendor promotion forwarded to a colleague'),
              positive=False)
    m.frm = c.who(c.pick(['theriault', 'henderson']))
    m.to = [c.who(c.pick(['chabot', 'campbell']))]
    when = c.earlier(c.num(5, 60))
    orig_s = L(c, 'Nouveau : concentrateur portatif AeroGo 3', 'New: AeroGo 3 portable concentrator')
    m.subject = L(c, 'TR: ', 'FW: ') + orig_s
    body = L(c, '''Découvrez l'AeroGo 3 : 2,1 kg, débit pulsé réglages 1 à 5, autonomie de 9 h avec la batterie double. Prix institutionnel : 2 150 $ (minimum 5 unités). Essai gratuit de 30 jours pour les programmes d'oxygène à domicile.
Numéro de modèle AG3-DUAL, homologation Santé Canada %s.''', '''Meet the AeroGo 3: 2.1 kg, pulse settings 1-5, up to 9 h with the double battery. Institutional price: $2,150 (minimum 5 units). Free 30-day trial for home oxygen programs.
Model AG3-DUAL, Health Canada licence %s.''') % C.luhn_serial(c.rng, 6)
    intro = L(c, 'Intéressant pour le renouvellement de notre parc de prêt ?', 'Worth a look for replacing our loaner fleet?')
    if c.chance(0.5):
        m.text = '%s\n\n%s\n\n%s\n\n%s\n' % (intro, c.sig(m.frm[1].split('.')[1].split('@')[0], short=True),
                                              c.fwd_block(when, 'AeroMed Solutions <ventes@aeromed.example>', m.frm[1], orig_s), body)
    else:
        from gen_model import M
        from gen_text import inner_eml
        inner = M(c.lang, 'promo', '', False)
        inner.frm = ('AeroMed Solutions', 'ventes@aeromed.example')
        inner.to = [('', m.frm[1])]
        inner.subject = orig_s
        inner.text = body + '\n\nAeroMed Solutions - 1 800 555-0188\n'
        m.attach('eml', orig_s.replace(':', '') + '.eml', inner_eml(c, m, inner, when))
        m.text = '%s\n\n%s\n' % (intro, c.sig(m.frm[1].split('.')[1].split('@')[0], short=True))
    return m


def room_booking(c):
    m = c.msg('room_booking', L(c, "réservation de salle", 'room booking'), positive=False)
    m.frm = c.who(c.pick(['bernier', 'nguyen', 'sinclair']))
    m.to = [(L(c, 'Réservation des salles', 'Room bookings'), 'salles@' + C.DOM)]
    when = c.day(c.num(5, 20))
    m.subject = L(c, 'Réservation auditorium A - %s', 'Booking Auditorium A - %s') % c.dtext(when)
    m.text = L(c, '''Bonjour,

J'aimerais réserver l'auditorium A le %s de 13 h à 16 h pour la session de groupe « Mieux vivre avec la MPOC » (environ 25 personnes). Besoin : projecteur, micro sans fil et 6 tables.

%s
''', '''Hello,

I would like to book Auditorium A on %s from 1 to 4 p.m. for the "Living Well with COPD" group session (about 25 people). Needs: projector, wireless mic and 6 tables.

%s
''') % (c.dtext(when, True), c.sig(m.frm[1].split('.')[1].split('@')[0]))
    return m


PLAN_FR = [(guideline, 3), (directory, 1), (candidates, 2), (handout, 1), (clinic_cancel, 1), (accreditation, 1),
           (vendor_meeting, 1), (party, 2), (quality_audit, 2), (cleaning, 2), (student, 1), (staff_sick, 2),
           (reply_schedule, 2), (fwd_vendor, 1), (room_booking, 1)]
PLAN_EN = [(guideline, 2), (directory, 1), (candidates, 2), (handout, 1), (clinic_cancel, 1), (accreditation, 1),
           (vendor_meeting, 1), (party, 2), (quality_audit, 2), (cleaning, 2), (student, 1), (staff_sick, 2),
           (reply_schedule, 2), (fwd_vendor, 1), (room_booking, 1)]
