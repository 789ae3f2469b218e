"""Negative templates, part B: conferences, physician directories,
statistics, anonymised teaching cases, IT / facilities, committees, drug
shortages, recalls, research protocols, agency and insurer updates, generic
legal mail, procedures, staff meetings, staff vCards, reply chains, attached
.eml and ZIP bundles of templates."""
import datetime
from gen_core import L, Mail, who, clinic, agent, INJURIES, PSYCH, MEDS, JOBS, MECHANISMS, pick, quote, sub_mail, job
from gen_neg_a import any_clinic, letterhead, SERVICES
import gen_people as P
import gen_ids as I
import gen_mime as M
import gen_files as F

TD = datetime.timedelta


def doctor(rng, lang):
    pp = P.person(rng, lang)
    spec = rng.choice([('physiatre', 'physiatrist', 'douleur chronique et lombalgie', 'chronic pain and low back pain'),
                       ('orthopédiste', 'orthopaedic surgeon', 'chirurgie de l\'épaule et de la coiffe des rotateurs', 'shoulder and rotator cuff surgery'),
                       ('neurologue', 'neurologist', 'commotions cérébrales et céphalées post-traumatiques', 'concussion and post-traumatic headache'),
                       ('psychiatre', 'psychiatrist', 'troubles anxieux et TSPT en milieu de travail', 'workplace anxiety disorders and PTSD'),
                       ('plasticien', 'plastic surgeon', 'chirurgie de la main et du poignet', 'hand and wrist surgery'),
                       ('omnipraticienne', 'family physician', 'médecine du travail et surdité professionnelle', 'occupational medicine and noise-induced hearing loss')])
    title = ('Dre ' if pp.sex == 'F' else 'Dr ') if lang == 'fr' else 'Dr. '
    sp = spec[0]
    if pp.sex == 'F' and sp == 'plasticien':
        sp = 'plasticienne'
    if pp.sex == 'M' and sp == 'omnipraticienne':
        sp = 'omnipraticien'
    return title + pp.full, sp if lang == 'fr' else spec[1], spec[2] if lang == 'fr' else spec[3]


# --------------------------------------------------------------------------- N10
def congres(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    org = P.staff(rng, c, 'mgr')
    m.sender = org
    m.to = [(L(lang, 'Membres', 'Members'), 'membres@reseau-readaptation.example')]
    rows = [[L(lang, 'Heure', 'Time'), L(lang, 'Conférence', 'Talk'), L(lang, 'Conférencier', 'Speaker')]]
    for k in range(rng.randrange(4, 7)):
        d = doctor(rng, lang)
        rows.append(['%d h %02d' % (8 + k, rng.choice([0, 30])) if lang == 'fr' else '%d:%02d' % (8 + k, rng.choice([0, 30])), d[2].capitalize(), '%s, %s' % (d[0], d[1])])
    title = rng.choice([L(lang, 'Colloque régional sur les lésions professionnelles', 'Regional symposium on workplace injuries'),
                        L(lang, 'Journée de formation : retour au travail après une lésion musculosquelettique', 'Training day: return to work after musculoskeletal injury')])
    m.subject = L(lang, 'Programme — %s' % title, 'Programme - %s' % title)
    m.text = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Voici le programme de notre %s, le %s à Québec (6 heures de formation reconnues).' % (title.lower(), P.fdate(m.date + TD(days=40), 'fr')),
                                                                       'Here is the programme for our %s on %s in Toronto (6 CE hours).' % (title.lower(), P.fdate(m.date + TD(days=40), 'en'))),
                                             M.text_table(rows), L(lang, 'Inscription : 195 $ (membres), 245 $ (non-membres).', 'Registration: $195 (members), $245 (non-members).'), P.signature(rng, org, lang))
    if rng.random() < 0.5:
        m.attach_pdf(L(lang, 'programme_colloque.pdf', 'symposium_programme.pdf'), title, [('t', rows)])
    return m, 'congres_programme' if lang == 'fr' else 'conference_programme', L(lang, 'programme de colloque (conférenciers et sujets)', 'conference programme (speakers and topics)')


# --------------------------------------------------------------------------- N11
def medecins_referents(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    s = P.staff(rng, c, 'admin')
    m.sender = s
    m.to = [(L(lang, 'Thérapeutes', 'Therapists'), 'cliniciens@' + c.domain)]
    rows = [[L(lang, 'Médecin', 'Physician'), L(lang, 'Spécialité', 'Specialty'), L(lang, 'Intérêt clinique', 'Clinical interest'), L(lang, 'Téléphone', 'Phone')]]
    for _ in range(rng.randrange(4, 8)):
        d = doctor(rng, lang)
        rows.append([d[0], d[1], d[2], P.phone(rng)])
    m.subject = rng.choice([L(lang, 'Liste des médecins désignés à jour', 'Updated list of referring physicians'), L(lang, 'Répertoire - médecins qui acceptent les dossiers CNESST', 'Directory - physicians accepting WSIB files')])
    m.text = '%s\n\n%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Voici la liste des médecins à qui nous pouvons référer nos clients :', 'Here are the physicians we can refer clients to:'),
                                       M.text_table(rows), P.signature(rng, s, lang))
    if rng.random() < 0.4:
        m.structure = 'html'
        m.html = '<html><body><p>%s</p>%s<p>%s</p></body></html>' % (P.greeting(rng, lang), M.html_table(rows), s.full)
    return m, 'medecins_referents' if lang == 'fr' else 'referral_directory', L(lang, 'répertoire de médecins et leurs spécialités', 'physician directory with specialties')


# --------------------------------------------------------------------------- N12
def statistiques(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    mgr = P.staff(rng, c, 'mgr')
    m.sender = mgr
    m.to = [(L(lang, 'Direction', 'Management'), 'direction@' + c.domain)]
    rows = [[L(lang, 'Diagnostic', 'Diagnosis'), L(lang, 'Nouveaux dossiers', 'New files'), L(lang, 'Durée moyenne (sem.)', 'Mean duration (wks)'), L(lang, 'Retour au travail (%)', 'Return to work (%)')]]
    for inj in rng.sample(INJURIES, 6):
        rows.append([inj[0] if lang == 'fr' else inj[1], str(rng.randrange(4, 80)), '%.1f' % rng.uniform(3, 20), str(rng.randrange(55, 96))])
    q = rng.randrange(1, 5)
    m.subject = L(lang, 'Statistiques T%d — dossiers CNESST/SAAQ' % q, 'Q%d statistics - WSIB/MVA files' % q)
    m.text = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Voici les indicateurs du trimestre (%d nouveaux dossiers, %d %% CNESST). Aucune donnée nominative.' % (rng.randrange(150, 400), rng.randrange(40, 70)),
                                                                       'Quarterly indicators below (%d new files, %d%% WSIB). No identifying data.' % (rng.randrange(150, 400), rng.randrange(40, 70))),
                                             M.text_table(rows), L(lang, 'On en discute au comité de gestion.', 'We will review at the management meeting.'), P.signature(rng, mgr, lang))
    r = rng.random()
    if r < 0.4:
        m.attach_xlsx(L(lang, 'statistiques_T%d.xlsx', 'stats_Q%d.xlsx') % q, [('T%d' % q, rows)])
    elif r < 0.8:
        m.attach_csv(L(lang, 'statistiques_T%d.csv', 'stats_Q%d.csv') % q, rows)
    return m, 'statistiques' if lang == 'fr' else 'statistics', L(lang, 'statistiques agrégées par diagnostic', 'aggregate statistics by diagnosis')


# --------------------------------------------------------------------------- N13
def cas_clinique(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    s = P.staff(rng, c, rng.choice(['physio', 'ergo', 'md']))
    inj = rng.choice(INJURIES)
    age = rng.randrange(24, 62)
    sx = rng.choice('FM')
    sex = L(lang, 'Femme' if sx == 'F' else 'Homme', 'Woman' if sx == 'F' else 'Man')
    m.sender = s
    m.to = [(L(lang, 'Stagiaires', 'Students'), 'stagiaires@' + c.domain)]
    m.subject = rng.choice([L(lang, 'Cas clinique pour le club de lecture', 'Teaching case for journal club'), L(lang, 'Vignette clinique (anonymisée)', 'Clinical vignette (de-identified)')])
    m.text = L(lang, '%s\n\nCas pour mercredi (anonymisé) :\n\n%s de %d ans, %s, %s %s. %s. Traité avec %s.\n\nQuestions :\n1. Quels tests cliniques proposez-vous?\n2. Quelle progression des exercices?\n3. À quel moment recommander un retour progressif?\n\n%s',
               '%s\n\nCase for Wednesday (de-identified):\n\n%s, %d, %s, %s %s. %s. Treated with %s.\n\nQuestions:\n1. Which clinical tests would you use?\n2. How would you progress exercises?\n3. When would you recommend graduated return?\n\n%s') % (
        P.greeting(rng, lang), sex, age, job(rng, lang, sx), inj[0] if lang == 'fr' else inj[1], pick(rng, MECHANISMS, lang),
        L(lang, 'Douleur 6/10, sommeil perturbé', 'Pain 6/10, poor sleep'), pick(rng, MEDS, lang), P.signature(rng, s, lang, 'mid'))
    return m, 'cas_clinique_anonymise' if lang == 'fr' else 'teaching_case', L(lang, 'cas clinique anonymisé', 'de-identified teaching case')


# --------------------------------------------------------------------------- N14
def avis_ti(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    it = P.external(rng, L(lang, 'Soutien informatique', 'IT Support'), 'techsoutien.example', lang, L(lang, 'technicien', 'Technician'))
    m.sender = it
    m.to = [(L(lang, 'Tous les utilisateurs', 'All users'), 'tous@' + c.domain)]
    k = rng.randrange(4)
    if k == 0:
        m.subject = L(lang, 'Maintenance du DME samedi', 'EMR maintenance Saturday')
        body = L(lang, 'Le dossier médical électronique sera indisponible samedi de 22 h à 2 h (mise à jour 7.4). Imprimez l\'horaire de lundi à l\'avance.',
                 'The EMR will be down Saturday 10 pm to 2 am (version 7.4 upgrade). Print Monday\'s schedule in advance.')
    elif k == 1:
        m.subject = L(lang, 'ATTENTION : hameçonnage « facture CNESST »', 'WARNING: phishing - "WSIB invoice"')
        body = L(lang, 'Des courriels frauduleux imitant la CNESST circulent (« Votre facture est en retard »). Ne cliquez sur aucun lien; transférez-les à securite@techsoutien.example.',
                 'Fraudulent e-mails impersonating WSIB are circulating ("Your invoice is overdue"). Do not click links; forward them to security@techsoutien.example.')
    elif k == 2:
        m.subject = L(lang, 'Changement de mot de passe obligatoire', 'Mandatory password change')
        body = L(lang, 'Votre mot de passe expire dans 5 jours. Minimum 14 caractères. L\'authentification multifacteur sera activée le 1er du mois.',
                 'Your password expires in 5 days. Minimum 14 characters. MFA will be enabled on the 1st of the month.')
    else:
        m.subject = L(lang, 'Remplacement des postes de la réception', 'Front desk PC replacement')
        rows = [[L(lang, 'Poste', 'Workstation'), L(lang, 'No d\'actif', 'Asset tag'), L(lang, 'No de série', 'Serial')]] + [
            ['REC-%02d' % i, 'A-%s' % I.luhn_serial(rng, 8), I.luhn_serial(rng, 9)] for i in range(1, 4)]
        body = L(lang, 'Les postes suivants seront remplacés mardi :\n\n', 'The following PCs will be replaced Tuesday:\n\n') + M.text_table(rows)
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), body, P.signature(rng, it, lang, 'mid'))
    return m, 'avis_ti' if lang == 'fr' else 'it_notice', L(lang, 'avis informatique', 'IT notice')


# --------------------------------------------------------------------------- N15
def immeuble(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    mgr = P.staff(rng, c, 'mgr')
    m.sender = mgr
    m.to = [(L(lang, 'Équipe', 'Team'), 'equipe@' + c.domain)]
    k = rng.randrange(3)
    m.subject = [L(lang, 'Travaux de ventilation - salle d\'exercice fermée', 'HVAC work - gym closed'), L(lang, 'Stationnement: déneigement', 'Parking: snow removal'),
                 L(lang, 'Alarme incendie - exercice d\'évacuation', 'Fire drill')][k]
    body = [L(lang, 'La salle d\'exercice sera fermée jeudi et vendredi pour les travaux de ventilation. Les traitements seront faits dans les cubicules 2 à 5.',
              'The gym will be closed Thursday and Friday for HVAC work. Treatments will be done in cubicles 2 to 5.'),
            L(lang, 'Merci de libérer les places du côté est avant 7 h demain pour le déneigement. Les clients à mobilité réduite peuvent utiliser le débarcadère.',
              'Please clear the east-side spots before 7 am tomorrow for snow removal. Clients with reduced mobility can use the drop-off area.'),
            L(lang, 'Un exercice d\'évacuation aura lieu mardi vers 10 h. Les thérapeutes accompagnent leurs clients au point de rassemblement.',
              'A fire drill will take place Tuesday around 10 am. Therapists escort their clients to the assembly point.')][k]
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), body, P.signature(rng, mgr, lang))
    return m, 'immeuble' if lang == 'fr' else 'facilities', L(lang, 'avis concernant l\'immeuble', 'facilities notice')


# --------------------------------------------------------------------------- N16
def comite(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    ch = P.staff(rng, c, rng.choice(['mgr', 'physio']))
    m.sender = ch
    m.to = [who(P.staff(rng, c)) for _ in range(rng.randrange(3, 6))]
    name = rng.choice([L(lang, 'Comité qualité et sécurité', 'Quality and Safety Committee'), L(lang, 'Comité de santé et sécurité du travail', 'Joint Health and Safety Committee'),
                       L(lang, 'Comité d\'éthique clinique', 'Clinical Ethics Committee')])
    d = P.weekday_on_or_after(m.date + TD(days=rng.randrange(5, 20)))
    agenda = L(lang, ['Adoption de l\'ordre du jour', 'Suivi du registre des incidents (données agrégées)', 'Révision de la politique de consentement', 'Audit de tenue de dossiers', 'Varia'],
               ['Approval of agenda', 'Incident log follow-up (aggregate)', 'Consent policy review', 'Chart audit results', 'Other business'])
    m.subject = L(lang, 'Convocation — %s, %s' % (name, P.fdate(d, 'fr')), 'Notice of meeting - %s, %s' % (name, P.fdate(d, 'en')))
    m.text = '%s\n\n%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Vous êtes convoqué(e)s à la réunion du %s, le %s à 12 h, salle Laurier (ou Teams).' % (name, P.fdate(d, 'fr', 'day')),
                                                                   'You are invited to the %s meeting on %s at noon, Laurier room (or Teams).' % (name, P.fdate(d, 'en', 'day'))),
                                       '\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(agenda)), P.signature(rng, ch, lang))
    if rng.random() < 0.4:
        m.attach_docx(L(lang, 'ordre_du_jour.docx', 'agenda.docx'), name, [('p', '\n\n'.join(agenda))])
    return m, 'comite' if lang == 'fr' else 'committee', L(lang, 'convocation de comité', 'committee notice')


# --------------------------------------------------------------------------- N17
def rupture(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = rng.choice([x for x in (P.CLINICS_FR + P.CLINICS_EN) if x.lang == lang and x.kind in ('medtravail', 'physio')])
    s = P.staff(rng, c, 'md')
    drug = rng.choice([('cyclobenzaprine 10 mg', 'cyclobenzaprine 10 mg'), ('diclofénac topique 2,32 %', 'topical diclofenac 2.32%'), ('naproxène 500 mg', 'naproxen 500 mg'),
                       ('lidocaïne 2 % sans épinéphrine', 'lidocaine 2% without epinephrine')])
    m.sender = s
    m.to = [(L(lang, 'Médecins', 'Physicians'), 'medecins@' + c.domain)]
    m.subject = L(lang, 'Rupture d\'approvisionnement : %s' % drug[0], 'Drug shortage: %s' % drug[1])
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Santé Canada signale une rupture de %s jusqu\'en %s. Alternatives suggérées par le pharmacien : voir la note jointe. Aucun changement pour les ordonnances déjà servies.' % (drug[0], P.MOIS[(m.date.month + 2) % 12]),
                                                            'Health Canada reports a shortage of %s until %s. Pharmacist-suggested alternatives are in the attached note. No change for prescriptions already filled.' % (drug[1], P.MONTHS[(m.date.month + 2) % 12])),
                                 P.signature(rng, s, lang))
    return m, 'rupture_medicament' if lang == 'fr' else 'drug_shortage', L(lang, 'avis de rupture de médicament', 'drug shortage notice')


# --------------------------------------------------------------------------- N18
def rappel_fournisseur(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    sup = P.external(rng, 'RehabSource Canada', 'rehabsource.example', lang, L(lang, 'Affaires réglementaires', 'Regulatory Affairs'))
    item = rng.choice(EQ)
    lots = [I.luhn_serial(rng, 9) for _ in range(3)]
    m.sender = sup
    m.to = [who(P.staff(rng, c, 'mgr'))]
    m.subject = L(lang, 'AVIS DE RAPPEL VOLONTAIRE — %s' % item[0], 'VOLUNTARY RECALL NOTICE - %s' % item[1])
    m.text = '%s\n\n%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Par mesure de précaution, nous rappelons les lots suivants (%s) en raison d\'un risque de surchauffe :' % item[0],
                                                                   'As a precaution we are recalling the following lots (%s) due to a risk of overheating:' % item[1]),
                                       '\n'.join('  LOT %s  (exp. %d-%02d)' % (l, m.date.year + 2, rng.randrange(1, 13)) for l in lots),
                                       L(lang, 'Veuillez retirer ces unités et remplir le formulaire de retour. Aucun incident chez les patients n\'a été rapporté.\n\n', 'Please quarantine these units and complete the return form. No patient incidents have been reported.\n\n') + P.signature(rng, sup, lang, 'mid'))
    return m, 'rappel_fournisseur' if lang == 'fr' else 'supplier_recall', L(lang, 'rappel de fournisseur (numéros de lot)', 'supplier recall (lot numbers)')


EQ = [('électrodes auto-adhésives 5x5', 'self-adhesive electrodes 5x5'), ('compresses chaudes réutilisables', 'reusable hot packs'),
      ('appareil TENS modèle T-200', 'TENS unit model T-200'), ('bandes élastiques sans latex', 'latex-free resistance bands')]


# --------------------------------------------------------------------------- N19
def protocole_recherche(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    pi = P.staff(rng, c, rng.choice(['physio', 'ergo']))
    m.sender = pi
    m.to = [(L(lang, 'Comité d\'éthique de la recherche', 'Research Ethics Board'), 'cer@universite-partenaire.example')]
    topic = rng.choice([L(lang, 'l\'effet d\'un programme d\'exercices supervisés sur le retour au travail après une lombalgie', 'the effect of supervised exercise on return to work after low back pain'),
                        L(lang, 'la télé-réadaptation après une entorse cervicale', 'telerehabilitation after whiplash injury')])
    m.subject = L(lang, 'Soumission du protocole — étude sur %s' % topic[:40], 'Protocol submission - study on %s' % topic[:40])
    blocks = [('h', L(lang, 'Objectif', 'Objective')), ('p', L(lang, 'Évaluer %s.' % topic, 'To evaluate %s.' % topic)),
              ('h', L(lang, 'Population', 'Population')), ('p', L(lang, 'Travailleurs de 18 à 65 ans, indemnisés, en arrêt depuis 4 à 12 semaines. n = 120.', 'Workers aged 18-65 on benefits, off work 4-12 weeks. n = 120.')),
              ('h', L(lang, 'Confidentialité', 'Confidentiality')), ('p', L(lang, 'Les participants seront identifiés par un code (P001 à P120); la clé sera conservée séparément.', 'Participants will be identified by code (P001-P120); the key will be kept separately.'))]
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Veuillez trouver ci-joint le protocole et le formulaire de consentement (version 1.2).', 'Please find attached the protocol and consent form (version 1.2).'), P.signature(rng, pi, lang))
    m.attach_pdf(L(lang, 'protocole_v1.2.pdf', 'protocol_v1.2.pdf'), L(lang, 'Protocole de recherche', 'Research protocol'), blocks)
    return m, 'protocole_recherche' if lang == 'fr' else 'research_protocol', L(lang, 'protocole de recherche sans participants identifiés', 'research protocol without participant identities')


# --------------------------------------------------------------------------- N20
def mise_a_jour_organisme(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    mgr = P.staff(rng, c, 'mgr')
    src = rng.choice(['cnesst', 'insurer']) if lang == 'fr' else rng.choice(['wsib', 'insurer'])
    m.sender = mgr
    m.to = [(L(lang, 'Équipe clinique', 'Clinical team'), 'equipe@' + c.domain)]
    if src == 'insurer':
        ins = rng.choice(P.INSURERS_FR if lang == 'fr' else P.INSURERS_EN)[0]
        m.subject = L(lang, 'TR: Nouveau processus de demande de renseignements - %s' % ins, 'FW: New information request process - %s' % ins)
        body = L(lang, '%s exige désormais que toute demande de notes cliniques soit accompagnée d\'une autorisation signée datant de moins de 12 mois. '
                       'Ne transmettez rien sans avoir vérifié l\'autorisation au dossier.' % ins,
                 '%s now requires a signed authorization dated within 12 months for any request for clinical notes. '
                 'Do not send anything without checking the authorization on file.' % ins)
    else:
        m.subject = L(lang, 'CNESST : nouveaux formulaires de rapport en vigueur', 'WSIB: updated Form 8 and FAF in effect')
        body = L(lang, 'La CNESST a mis à jour le rapport d\'évolution et le formulaire d\'assignation temporaire. Les anciens gabarits seront refusés à partir du 1er. '
                       'Délais de transmission : 6 jours ouvrables.',
                 'WSIB has updated Form 8 and the Functional Abilities Form. Old versions will be rejected as of the 1st. Submission deadline: 3 business days.')
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), body, P.signature(rng, mgr, lang))
    return m, 'mise_a_jour_organisme' if lang == 'fr' else 'agency_update', L(lang, 'mise à jour de processus (organisme/assureur)', 'agency or insurer process update')


# --------------------------------------------------------------------------- N21
def avocat_generique(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    firm = rng.choice(P.LAWFIRMS_FR if lang == 'fr' else P.LAWFIRMS_EN)
    law = P.external(rng, firm[0], firm[1], lang, L(lang, 'avocate', 'Partner'))
    c = any_clinic(rng, lang)
    m.sender = law
    m.to = [who(P.staff(rng, c, 'mgr'))]
    m.subject = rng.choice([L(lang, 'Webinaire : les nouvelles règles du TAT en matière de lésions professionnelles', 'Webinar: recent tribunal decisions on workplace injury claims'),
                            L(lang, 'Votre tarif pour les copies de dossiers', 'Your rates for chart copies')])
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Pourriez-vous nous faire parvenir votre politique et vos tarifs pour les demandes de copies de dossiers? Nous mettons à jour notre guide interne. '
                                                               'Nous vous invitons aussi à notre webinaire gratuit le mois prochain.',
                                                               'Could you send us your policy and fees for chart copy requests? We are updating our internal guide. '
                                                               'You are also welcome to our free webinar next month.'), P.signature(rng, law, lang, 'disclaimer'))
    return m, 'avocat_generique' if lang == 'fr' else 'lawyer_generic', L(lang, 'courriel d\'avocat sans client identifié', 'lawyer e-mail without an identified client')


# --------------------------------------------------------------------------- N22
def procedure_acces(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    mgr = P.staff(rng, c, 'mgr')
    m.sender = mgr
    m.to = [(L(lang, 'Réception', 'Front desk'), 'reception@' + c.domain)]
    m.subject = L(lang, 'Procédure : demandes d\'accès au dossier (assureurs, avocats, employeurs)', 'Procedure: record requests (insurers, lawyers, employers)')
    steps = L(lang, ['Vérifier l\'autorisation signée (moins de 12 mois) ou l\'ordonnance du tribunal.',
                     'Ne jamais transmettre de diagnostic à l\'employeur sans consentement explicite; seules les limitations fonctionnelles sont communiquées.',
                     'Les demandes de la CNESST liées à une réclamation sont traitées sans consentement (LATMP).',
                     'Envoyer par portail sécurisé seulement, jamais par courriel non chiffré.',
                     'Consigner l\'envoi au registre des divulgations.'],
              ['Check the signed authorization (within 12 months) or court order.',
               'Never send a diagnosis to an employer without explicit consent; only functional abilities are shared.',
               'WSIB requests related to a claim are handled without consent under the WSIA.',
               'Send via the secure portal only, never by unencrypted e-mail.',
               'Record the disclosure in the disclosure log.'])
    m.text = '%s\n\n%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Rappel de la procédure :', 'Reminder of the procedure:'), '\n'.join('%d) %s' % (i + 1, s) for i, s in enumerate(steps)), P.signature(rng, mgr, lang))
    return m, 'procedure_acces' if lang == 'fr' else 'access_procedure', L(lang, 'procédure interne d\'accès aux dossiers', 'internal records-access procedure')


# --------------------------------------------------------------------------- N23
def reunion_ics(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    org = P.staff(rng, c, 'mgr')
    att = [P.staff(rng, c) for _ in range(rng.randrange(2, 5))]
    d = P.weekday_on_or_after(m.date + TD(days=rng.randrange(2, 14)))
    start = datetime.datetime(d.year, d.month, d.day, 12, 0)
    summ = rng.choice([L(lang, 'Réunion d\'équipe clinique', 'Clinical team meeting'), L(lang, 'Formation : prévention des TMS chez le personnel', 'Training: MSD prevention for staff'),
                       L(lang, 'Rencontre représentant CNESST (processus de facturation)', 'Meeting with WSIB rep (billing process)')])
    ics = F.make_ics('%s@%s' % (ctx.seedkey.replace(' ', ''), c.domain), start, start + TD(hours=1), summ, L(lang, 'Salle Laurier / Teams', 'Laurier room / Teams'),
                     L(lang, 'Dîner fourni. Apportez vos questions.', 'Lunch provided. Bring your questions.'), who(org), [who(a) for a in att])
    m.sender = org
    m.to = [who(a) for a in att]
    m.subject = L(lang, 'Invitation : %s' % summ, 'Invitation: %s' % summ)
    m.text = '%s\n%s 12:00-13:00\n\n%s' % (summ, P.fdate(d, lang, 'day'), P.signature(rng, org, lang, 'short'))
    m.attach_ics('invite.ics', ics)
    return m, 'reunion_ics' if lang == 'fr' else 'meeting_invite', L(lang, 'invitation de réunion du personnel', 'staff meeting invitation')


# --------------------------------------------------------------------------- N24
def vcard_personnel(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    s = P.staff(rng, c, rng.choice(['physio', 'ergo', 'md']))
    vcf = F.make_vcf(s.first, s.last, org=c.name, title=s.title, tels=[('WORK', c.phone), ('FAX', c.phone[:-2] + '99')], emails=[s.email],
                     note=L(lang, 'Réfère pour les lésions de l\'épaule et les commotions.', 'Takes referrals for shoulder injuries and concussion.'))
    m.sender = s
    m.to = [who(P.external(rng, *rng.choice(P.EMPLOYERS_FR if lang == 'fr' else P.EMPLOYERS_EN), lang=lang))]
    m.subject = L(lang, 'Mes coordonnées', 'My contact details')
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Comme convenu, voici ma carte de contact pour vos références.', 'As discussed, here is my contact card for referrals.'), P.signature(rng, s, lang))
    m.attach_vcf('%s.vcf' % P.strip_accents(s.full), vcf)
    return m, 'vcard_personnel' if lang == 'fr' else 'vcard_staff', L(lang, 'vCard d\'une thérapeute', 'therapist\'s vCard')


# --------------------------------------------------------------------------- N25
def rapport_annuel(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    mgr = P.staff(rng, c, 'mgr')
    m.sender = mgr
    m.to = [(L(lang, 'Associés', 'Partners'), 'associes@' + c.domain)]
    rows = [[L(lang, 'Indicateur', 'Indicator'), '2023', '2024'], [L(lang, 'Clients traités', 'Clients treated'), str(rng.randrange(900, 1500)), str(rng.randrange(900, 1600))],
            [L(lang, 'Dossiers CNESST', 'WSIB files'), str(rng.randrange(300, 600)), str(rng.randrange(300, 650))],
            [L(lang, 'Délai moyen 1re évaluation (jours)', 'Mean wait for assessment (days)'), '%.1f' % rng.uniform(2, 6), '%.1f' % rng.uniform(2, 6)],
            [L(lang, 'Satisfaction (%)', 'Satisfaction (%)'), str(rng.randrange(85, 95)), str(rng.randrange(85, 98))]]
    m.subject = L(lang, 'Rapport annuel 2024 — version finale', '2024 annual report - final')
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Ci-joint le rapport annuel. Faits saillants : hausse des dossiers de commotions et des lésions psychologiques.', 'Annual report attached. Highlights: more concussion and psychological injury files.'), P.signature(rng, mgr, lang))
    m.attach_pdf(L(lang, 'rapport_annuel_2024.pdf', 'annual_report_2024.pdf'), L(lang, 'Rapport annuel 2024', '2024 Annual Report'), [('t', rows), ('p', L(lang, 'Données agrégées; aucune information nominative.', 'Aggregate data; no personal information.'))], letterhead=letterhead(c, lang))
    return m, 'rapport_annuel' if lang == 'fr' else 'annual_report', L(lang, 'rapport annuel agrégé', 'aggregate annual report')


# --------------------------------------------------------------------------- N26
def formation(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    tr = P.staff(rng, c, rng.choice(['physio', 'kin', 'ergo']))
    m.sender = tr
    m.to = [(L(lang, 'Personnel', 'Staff'), 'personnel@' + c.domain)]
    topic = rng.choice(SERVICES)
    m.subject = L(lang, 'Formation interne : %s' % topic[0].split(' (')[0], 'In-service: %s' % topic[1].split(' (')[0])
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Je présenterai une formation sur %s jeudi midi. Nous verrons les données probantes, les tests cliniques et la progression des exercices. Diapositives disponibles après.' % topic[0],
                                                            'I will present an in-service on %s Thursday at noon: evidence, clinical tests and exercise progression. Slides available afterwards.' % topic[1]), P.signature(rng, tr, lang))
    return m, 'formation' if lang == 'fr' else 'training', L(lang, 'formation interne', 'in-service training')


# --------------------------------------------------------------------------- N27
def reponse_historique_neg(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    me, other = P.staff(rng, c), P.staff(rng, c)
    subj0 = rng.choice([L(lang, 'Échange de quart samedi', 'Saturday shift swap'), L(lang, 'Commande de fournitures', 'Supply order'), L(lang, 'Clé de la salle 4', 'Room 4 key'),
                        L(lang, 'Disponibilités pour la formation', 'Availability for training')])
    earlier = rng.choice([L(lang, 'Peux-tu prendre mon samedi 8 h-12 h? Je prendrais ton mardi soir. La salle d\'exercice sera libre.', 'Could you take my Saturday 8-12? I would take your Tuesday evening. The gym will be free.'),
                          L(lang, 'Il manque des électrodes et du papier de table. Je passe la commande vendredi, d\'autres besoins?', 'We are short on electrodes and table paper. I am ordering Friday, anything else?'),
                          L(lang, 'Qui a la clé de la salle 4? Le technicien doit réparer la table électrique.', 'Who has the room 4 key? The technician needs to fix the electric table.')])
    q = quote(rng, lang, who(other), m.date - TD(days=1), '%s\n\n%s\n\n%s' % (P.greeting(rng, lang, me.first), earlier, other.first), to=who(me), subject=subj0)
    m.sender = me
    m.to = [who(other)]
    m.subject = 'RE: ' + subj0
    m.text = '%s\n\n%s\n\n%s' % (rng.choice([L(lang, 'Oui pas de problème!', 'Sure, no problem!'), L(lang, 'Ajoute des bandes élastiques rouges svp.', 'Please add red resistance bands.'), L(lang, 'Je l\'ai laissée à la réception.', 'I left it at the front desk.')]),
                                 P.signature(rng, me, lang, 'short'), q)
    return m, 'reponse_historique_neg' if lang == 'fr' else 'reply_chain', L(lang, 'échange interne avec historique cité', 'internal reply chain with quoted history')


# --------------------------------------------------------------------------- N28
def eml_joint_neg(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    me, boss = P.staff(rng, c), P.staff(rng, c, 'mgr')
    inner = sub_mail(ctx, '/inner')
    src = P.external(inner.rng, 'RehabSource Canada', 'rehabsource.example', lang, '')
    inner.sender, inner.to = src, [who(me)]
    inner.subject = L(lang, 'Votre soumission — équipement d\'électrothérapie', 'Your quote - electrotherapy equipment')
    inner.text = '%s\n\n%s\n\n%s' % (P.greeting(inner.rng, lang), L(lang, 'Voici notre soumission pour 2 appareils TENS et 1 ultrason. Prix valides 30 jours. Garantie 2 ans.', 'Here is our quote for 2 TENS units and 1 ultrasound. Prices valid 30 days. 2-year warranty.'), src.full)
    inner.structure = 'plain'
    data = inner.build()
    m.sender, m.to = me, [who(boss)]
    m.subject = L(lang, 'TR: soumission équipement', 'FW: equipment quote')
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang, boss.first), L(lang, 'Voir la soumission ci-jointe, on en parle?', 'See the attached quote, shall we discuss?'), P.signature(rng, me, lang, 'short'))
    m.attach_eml('soumission.eml' if lang == 'fr' else 'quote.eml', data)
    return m, 'eml_joint_neg' if lang == 'fr' else 'attached_eml_neg', L(lang, 'courriel fournisseur joint (message/rfc822)', 'attached supplier e-mail (message/rfc822)')


# --------------------------------------------------------------------------- N29
def zip_gabarits(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    s = P.staff(rng, c, 'admin')
    m.sender = s
    m.to = [(L(lang, 'Cliniciens', 'Clinicians'), 'cliniciens@' + c.domain)]
    m.subject = L(lang, 'Trousse de gabarits (rapports CNESST/SAAQ)', 'Template kit (WSIB/MVA reports)')
    d1 = F.make_docx(L(lang, 'Gabarit — rapport d\'évolution', 'Template - progress report'),
                     [('kv', [(L(lang, 'Client', 'Client'), '{{nom_client}}' if lang == 'fr' else '{{client_name}}'), (L(lang, 'No dossier', 'Chart'), '{{dossier}}'),
                              (L(lang, 'Diagnostic', 'Diagnosis'), '{{diagnostic}}')]), ('p', L(lang, 'Évolution : ...\n\nPlan : ...', 'Progress: ...\n\nPlan: ...'))])
    x1 = F.make_xlsx([(L(lang, 'Suivi', 'Tracking'), [[L(lang, 'Client', 'Client'), L(lang, 'Dossier', 'Chart'), L(lang, 'Payeur', 'Payer'), L(lang, 'Séances', 'Visits')]])])
    p1 = F.make_pdf(L(lang, 'Aide-mémoire — délais de transmission', 'Cheat sheet - submission deadlines'), [('t', [[L(lang, 'Organisme', 'Agency'), L(lang, 'Délai', 'Deadline')], ['CNESST', '6 j'], ['SAAQ', '10 j'], ['WSIB', '3 d']])])
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Voici la trousse de gabarits à jour (vides). Merci de ne plus utiliser les anciennes versions.', 'Here is the updated (blank) template kit. Please stop using old versions.'), P.signature(rng, s, lang))
    m.attach_zip(L(lang, 'gabarits_2025.zip', 'templates_2025.zip'), [(L(lang, 'gabarit_rapport_evolution.docx', 'progress_report_template.docx'), d1),
                                                                      (L(lang, 'suivi_vierge.xlsx', 'tracking_blank.xlsx'), x1), (L(lang, 'aide-mémoire.pdf', 'cheat_sheet.pdf'), p1)])
    return m, 'zip_gabarits' if lang == 'fr' else 'zip_templates', L(lang, 'ZIP de gabarits vierges', 'ZIP of blank templates')
