"""Positives, part C: bookings, referrals, prescriptions, insurers, social situations, transports."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_zip
from gen_common import (CLINIC_EN, CLINIC_FR, DOM, PARTNERS, fmt_day, partner_addr, staff_addr,
                        msg_date)
from gen_mime import Mail, build_bytes, html_table, wrap_html
from gen_phelp import (ANALG, MSK, addr_line, exam_day, pick, setup, sex_word, use_contact,
                       use_dob, use_mrn, use_nam, use_name, use_niss, use_nir, use_ohn, use_sin)
from gen_text import forward, greet, outlook_quote, partner_sig, quote, sig, thanks


# ------------------------------------------------------------------ C1 booking with personal phone
def booking(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p)
    c = use_contact(m, rng, 'qc' if lang == 'fr' else 'on')
    m.types.add('diagnosis')
    d = exam_day(m, rng, (-10, -2))
    if lang == 'fr':
        what = rng.choice([('audiogramme de contrôle (DPS à confirmer)', 'audiogramme'),
                           ('spirométrie post-bronchodilatateur (asthme professionnel ?)', 'spiro'),
                           ('suivi CNESST - épicondylite, 4e visite', 'suivi CNESST'),
                           ('examen classe 1 - diabète sous insuline', 'classe 1')])
        subj = rng.choice(['RDV %s - %s' % (what[1], p.surname), 'Demande de rendez-vous',
                           'Booking %s' % nm])
        emp = rng.choice(['metstm', 'translaur'])
        body = ('%s\n\nPouvez-vous céduler %s pour un %s le %s en avant-midi? Il travaille de '
                'soir cette semaine. Son cell : %s (il préfère qu\'on l\'appelle directement, '
                'pas à l\'usine).\n\n%s\n%s') % (greet(lang, rng), nm, what[0], fmt_day(d, lang),
                                                c['phone'], thanks(lang, rng),
                                                partner_sig(emp, lang, title='Conseiller SST'))
        setup(m, rng, partner_addr(emp), [('Rendez-vous', 'rdv@%s' % DOM)], subject=subj)
    else:
        what = rng.choice([('follow-up audiogram (possible STS)', 'audiogram'),
                           ('post-bronchodilator spirometry (?occupational asthma)', 'spiro'),
                           ('WSIB follow-up - epicondylitis, visit 4', 'WSIB f/u'),
                           ('Class A medical - insulin-treated diabetes', 'driver medical')])
        subj = rng.choice(['Booking - %s' % p.surname, 'Appointment request', '%s appt' % what[1]])
        body = ('%s\n\nCould you book %s for a %s on %s, morning if possible? He is on evenings '
                'this week. Cell: %s (he asked that we call him directly, not the plant).\n\n'
                '%s\n%s') % (greet(lang, rng), nm, what[0], fmt_day(d, lang), c['phone'],
                             thanks(lang, rng), partner_sig('kanata', lang, title='HSE'))
        setup(m, rng, partner_addr('kanata'), [('Bookings', 'bookings@%s' % DOM)], subject=subj)
    if 'insulin' in what[0]:
        m.types.add('medication')
    m.text = body
    m.note = 'employer booking request with worker cell phone and reason'


# ------------------------------------------------------------------ C2 calendar invite for a worker
def ics_invite(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p, ['plain', 'initial', 'upper_comma'])
    dob = use_dob(m, rng, p)
    c = use_contact(m, rng, 'qc' if lang == 'fr' else 'on')
    d = exam_day(m, rng, (-9, -1))
    start = datetime.datetime(d.year, d.month, d.day, rng.choice([8, 9, 10, 13, 14]),
                              rng.choice([0, 30]))
    end = start + datetime.timedelta(minutes=45)
    if lang == 'fr':
        summ = 'Pré-embauche + dépistage urinaire - %s' % nm
        desc = ('Travailleur : %s\nDDN : %s\nCell. : %s\nApporter lunettes et carte d\'assurance '
                'maladie. A déclaré prendre de la lévothyroxine et du Concerta (TDAH) - '
                'lettre du médecin à apporter.') % (nm, dob, c['phone'])
        loc = CLINIC_FR + ', salle 2'
        body = ('%s\n\nInvitation pour le rendez-vous pré-embauche. Le candidat a été avisé par '
                'téléphone.\n\n%s') % (greet(lang, rng), sig('wong', lang, rng, short=True))
        subj = 'Invitation : Pré-embauche %s' % fmt_day(d, lang, False)
    else:
        summ = 'Pre-placement medical + urine drug screen - %s' % nm
        desc = ('Worker: %s\nDOB: %s\nCell: %s\nBring glasses and health card. Reports taking '
                'levothyroxine and Concerta (ADHD) - bring prescriber letter.') % (nm, dob,
                                                                                   c['phone'])
        loc = CLINIC_EN + ', room 2'
        body = ('%s\n\nCalendar invite for the pre-placement appointment. The candidate was '
                'called.\n\n%s') % (greet(lang, rng), sig('raman', lang, rng, short=True))
        subj = 'Invitation: Pre-placement %s' % fmt_day(d, lang, False)
    m.types.update(['medication', 'diagnosis'])
    who = 'wong' if lang == 'fr' else 'raman'
    doc = 'benali' if lang == 'fr' else 'fitz'
    ics = make_ics('%s@%s' % (m.key.replace('/', '-'), DOM), start, end, summ, loc, desc,
                   (staff_addr(who)[0], staff_addr(who)[1]), [staff_addr(doc)])
    setup(m, rng, staff_addr(who), [staff_addr(doc)], subject=subj)
    m.text = body
    m.attach('invite.ics', 'text/calendar; method=REQUEST', ics, charset='utf-8')
    m.note = 'calendar invitation for a worker exam with phone and medication'


# ------------------------------------------------------------------ C3 ENT referral (NAM)
def referral_ent(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.nam_holder(rng, lang, 1950, 2000)
    nm = use_name(m, rng, p)
    nam = use_nam(m, rng, p)
    dob = use_dob(m, rng, p)
    m.types.update(['diagnosis', 'lab_result'])
    side = rng.choice([('gauche', 'left'), ('droite', 'right')])
    chart = use_mrn(m, rng) if rng.random() < 0.5 else None
    if lang == 'fr':
        subj = rng.choice(['Référence ORL', 'Demande de consultation ORL - %s' % p.surname])
        body = ('Bonjour,\n\nDemande de consultation en ORL.\n\nNom : %s\nNAM : %s\nDDN : %s  '
                'Sexe : %s\n\nRaison : surdité asymétrique (%s plus atteinte de 25 dB à 2-4 '
                'kHz) et acouphène unilatéral %s depuis 6 mois chez un travailleur exposé au '
                'bruit (presse à estamper, 94 dBA). Éliminer une cause rétrocochléaire avant de '
                'conclure à une surdité professionnelle. Audiogramme ci-joint.\n\n'
                'Priorité : P3 (moins de 3 mois).\n\n%s') % (
            nm, nam, dob, sex_word(p, lang), side[0], side[0], sig('benali', lang, rng))
        if chart:
            body = body.replace('\nNAM : ', '\nNo dossier clinique : %s\nNAM : ' % chart, 1)
        setup(m, rng, staff_addr('benali'), [partner_addr('orl')], subject=subj)
    else:
        subj = rng.choice(['ENT referral', 'Referral - asymmetric hearing loss'])
        body = ('Hello,\n\nENT consultation request.\n\nName: %s\nRAMQ: %s\nDOB: %s  Sex: %s\n\n'
                'Reason: asymmetric hearing loss (%s worse by 25 dB at 2-4 kHz) and %s tinnitus '
                'for 6 months in a noise-exposed worker (stamping press, 94 dBA). Please rule out '
                'a retrocochlear cause before we attribute this to noise. Audiogram attached.\n\n'
                'Priority: within 3 months.\n\n%s') % (
            nm, nam, dob, sex_word(p, lang), side[1], side[1], sig('mitchell', lang, rng))
        if chart:
            body = body.replace('\nRAMQ: ', '\nClinic chart: %s\nRAMQ: ' % chart, 1)
        setup(m, rng, staff_addr('mitchell'), [partner_addr('orl')], subject=subj)
    blocks = [('table', [['Hz', '500', '1000', '2000', '3000', '4000', '6000'],
                         ['OD/R', '10', '10', '15', '25', '35', '30'],
                         ['OG/L', '15', '20', '40', '55', '60', '50']],
               [60, 50, 50, 50, 50, 50, 50])]
    pdf = make_pdf('Audiogramme / Audiogram', [CLINIC_FR], blocks, author='L. Mitchell')
    m.text = body
    m.attach('audiogramme_%s.pdf' % m.date.strftime('%Y%m%d'), 'application/pdf', pdf)
    m.note = 'ENT referral with health number and audiogram'


# ------------------------------------------------------------------ C4 physiatry referral (OHN)
def referral_physiatry(ctx, m, rng):
    lang = 'en'
    p = ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p)
    ohn = use_ohn(m, rng)
    dob = use_dob(m, rng, p)
    c = use_contact(m, rng, 'on', phone=True, address=rng.random() < 0.5)
    m.types.update(['diagnosis', 'medication'])
    dx = pick(rng, MSK[:5], lang)
    med = pick(rng, ANALG, lang)
    lines = ['Patient: %s' % nm, 'DOB: %s' % dob, 'OHIP: %s' % ohn, 'Phone: %s' % c['phone']]
    if 'address' in c:
        lines.append('Address: %s' % addr_line(c['address']))
    body = ('Dear Dr. Ahuja,\n\nThank you for seeing this warehouse worker with a %s since a '
            'lifting injury 10 weeks ago, not improving with physiotherapy. Current medication: '
            '%s. WSIB claim open.\n\n%s\n\nQuestions: injection? imaging? realistic timeline for '
            'full duties?\n\nSincerely,\n%s') % (dx, med, '\n'.join(lines), sig('fitz', lang, rng))
    setup(m, rng, staff_addr('fitz'), [('Bankfield Physiatry', 'referrals@physio-bankfield.example')],
          subject=rng.choice(['Referral - %s' % p.surname, 'New referral', 'Physiatry referral']))
    m.text = body
    m.note = 'physiatry referral with Ontario health number'


# ------------------------------------------------------------------ C5 prescription to pharmacy (NAM)
def prescription(ctx, m, rng):
    lang = 'fr'
    p = ctx.pf.nam_holder(rng, lang, 1950, 2004)
    nm = use_name(m, rng, p)
    nam = use_nam(m, rng, p)
    dob = use_dob(m, rng, p)
    m.types.update(['medication', 'diagnosis'])
    dx = pick(rng, MSK, lang)
    med = pick(rng, ANALG, lang)
    addr = None
    if rng.random() < 0.5:
        c = use_contact(m, rng, 'qc', phone=False, address=True)
        addr = addr_line(c['address'])
    body = ('Pharmacie J. Tanguay - par courriel sécurisé\n\nORDONNANCE\n\nPatient : %s\n'
            'DDN : %s   Sexe : %s\nNAM : %s\n%s\nRx : %s\nQté : selon posologie, 0 '
            'renouvellement\nIndication : %s (lésion professionnelle - facturer CNESST, no de '
            'réclamation à venir)\n\nDre Hélène Carrier, permis 1-98-214\n\n%s') % (
        nm, dob, sex_word(p, lang), nam, ('Adresse : %s\n' % addr) if addr else '', med, dx,
        sig('carrier', lang, rng, short=True))
    setup(m, rng, staff_addr('carrier'), [partner_addr('tanguay')],
          subject=rng.choice(['Ordonnance', 'Rx - %s' % p.surname, 'Ordonnance CNESST']))
    m.text = body
    m.note = 'prescription sent to a pharmacy with health number'


# ------------------------------------------------------------------ C6 disability insurer APS (SIN)
def insurer_aps(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p)
    sin = use_sin(m, rng, allow_fw=False)
    dob = use_dob(m, rng, p)
    m.types.update(['diagnosis', 'medication'])
    social = rng.random() < 0.5
    if social:
        m.types.add('social_information')
    if lang == 'en':
        fields = [['Claimant', nm], ['SIN', sin], ['Date of birth', dob],
                  ['Diagnosis', 'Major depressive disorder, moderate (F32.1); generalized anxiety'],
                  ['Treatment', 'sertraline 150 mg daily, psychotherapy weekly'],
                  ['Restrictions', 'no safety-sensitive work, no night shifts'],
                  ['Return to work', 'gradual RTW estimated in 6-8 weeks']]
        if social:
            fields.append(['Psychosocial', 'recent separation, living with sister, financial '
                                           'strain'])
        pdf = make_pdf('Attending Physician Statement - short-term disability', [CLINIC_EN],
                       [('table', fields, [120, 380])], author='O. Fitzgerald')
        body = ('%s\n\nPlease find the completed Attending Physician Statement for the claimant '
                'referenced in your letter (policy 44-%05d). Original signed copy kept on '
                'file.\n\n%s\n%s') % (greet(lang, rng), rng.randint(10000, 99999),
                                      thanks(lang, rng), sig('fitz', lang, rng))
        setup(m, rng, staff_addr('fitz'), [partner_addr('northway')],
              subject=rng.choice(['APS - %s' % p.surname, 'Attending physician statement']))
        fn = 'APS_%s.pdf' % p.surname
    else:
        fields = [['Réclamant', nm], ['NAS', sin], ['Date de naissance', dob],
                  ['Diagnostic', 'trouble dépressif majeur modéré; anxiété généralisée'],
                  ['Traitement', 'escitalopram (Cipralex) 20 mg DIE, psychothérapie hebdo'],
                  ['Limitations', 'pas de travail critique pour la sécurité, pas de nuit'],
                  ['Retour au travail', 'progressif estimé dans 6 à 8 semaines']]
        if social:
            fields.append(['Contexte', 'séparation récente, hébergée chez sa sœur, difficultés '
                                       'financières'])
        pdf = make_pdf('Déclaration du médecin traitant - invalidité courte durée', [CLINIC_FR],
                       [('table', fields, [120, 380])], author='K. Benali')
        body = ('%s\n\nVous trouverez ci-joint la déclaration du médecin traitant pour la '
                'réclamation en référence (police 44-%05d).\n\n%s\n%s') % (
            greet(lang, rng), rng.randint(10000, 99999), thanks(lang, rng), sig('benali', lang, rng))
        setup(m, rng, staff_addr('benali'), [partner_addr('vigie')],
              subject=rng.choice(['Déclaration médecin traitant - %s' % p.surname,
                                  'Formulaire assureur']))
        fn = 'Declaration_MT_%s.pdf' % p.surname
    m.names.append(p.surname)
    m.text = body
    m.attach(fn, 'application/pdf', pdf)
    m.note = 'disability insurer physician statement with SIN and diagnosis'


# ------------------------------------------------------------------ C7 EAP referral - domestic violence
def eap_violence(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang, sex='F')
    nm = use_name(m, rng, p)
    m.types.add('social_information')
    c = use_contact(m, rng, 'qc' if lang == 'fr' else 'on') if rng.random() < 0.6 else None
    if lang == 'fr':
        body = ('%s\n\nJe vous réfère %s, vue aujourd\'hui pour absences répétées. Elle a '
                'divulgué de la violence conjugale; elle est hébergée en maison d\'aide depuis '
                'une semaine avec ses deux enfants. Elle consent à être contactée par le PAE%s. '
                'Ne pas laisser de message à son ancien numéro ni à son domicile.\n\nL\'employeur '
                'est seulement informé d\'une absence justifiée.\n\n%s\n%s') % (
            greet(lang, rng), nm, (' au %s (numéro sécuritaire)' % c['phone']) if c else '',
            thanks(lang, rng), sig('lemay', lang, rng, disclaimer=True))
        setup(m, rng, staff_addr('lemay'), [partner_addr('eap')],
              subject=rng.choice(['Référence PAE - urgent', 'Référence confidentielle']))
    else:
        body = ('%s\n\nReferring %s, seen today about repeated absences. She disclosed intimate '
                'partner violence and has been staying at a shelter for a week with her two '
                'children. She agrees to be contacted by the EAP%s. Do not leave messages at her '
                'old number or home address.\n\nThe employer only knows the absence is medically '
                'supported.\n\n%s\n%s') % (
            greet(lang, rng), nm, (' at %s (safe number)' % c['phone']) if c else '',
            thanks(lang, rng), sig('raman', lang, rng, disclaimer=True))
        setup(m, rng, staff_addr('raman'), [('EAP Intake', 'intake@eap-horizon.example')],
              subject=rng.choice(['EAP referral - urgent', 'Confidential referral']))
    m.text = body
    m.note = 'EAP referral disclosing intimate partner violence'


# ------------------------------------------------------------------ C8 youth protection context
def youth_protection(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p)
    m.types.update(['social_information', 'diagnosis'])
    if lang == 'fr':
        orig = ('Bonjour,\n\nEst-ce que %s peut avoir un horaire de jour fixe? Ça affecte la '
                'planification des quarts.\n\nJulie' % nm)
        body = ('Julie,\n\nOui, je recommande un horaire de jour fixe pour 3 mois. Pour ton '
                'information seulement et sans le consigner au dossier RH : la DPJ est '
                'impliquée auprès de ses enfants et les visites supervisées ont lieu en soirée. '
                'Il est aussi suivi pour un trouble d\'adaptation.\n\n%s\n\n%s') % (
            sig('benali', lang, rng, short=True),
            quote(orig, lang, m.date - datetime.timedelta(days=1), 'Julie Marchand',
                  partner_addr('translaur')[1], rng))
        setup(m, rng, staff_addr('benali'), [partner_addr('translaur')],
              subject='RE: horaire de jour - %s' % p.surname)
    else:
        orig = ('Hi,\n\nCan %s get a fixed day schedule? It is affecting shift planning.\n\n'
                'Derek' % nm)
        body = ('Derek,\n\nYes, I recommend fixed days for 3 months. For your information only, '
                'not for the HR file: child protection services are involved with his kids and '
                'supervised visits are in the evening. He is also being treated for an '
                'adjustment disorder.\n\n%s\n\n%s') % (
            sig('fitz', lang, rng, short=True),
            quote(orig, lang, m.date - datetime.timedelta(days=1), 'Derek Hughes',
                  partner_addr('norcan')[1], rng))
        setup(m, rng, staff_addr('fitz'), [partner_addr('norcan')],
              subject='RE: day schedule - %s' % p.surname)
    m.text = body
    m.note = 'schedule accommodation revealing youth protection involvement'


# ------------------------------------------------------------------ C9 income support / housing
def income_support(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p)
    m.types.update(['social_information', 'diagnosis'])
    c = use_contact(m, rng, 'on' if lang == 'en' else 'qc', phone=False, address=True)
    if lang == 'en':
        body = ('%s\n\nQuick update on %s (chronic low back pain, WSIB claim denied in March). '
                'He told me today he is now on Ontario Works, behind on rent and has an eviction '
                'hearing next month at %s. Can our social worker call him before his appeal '
                'deadline? He has no working phone, so a letter would have to go to that '
                'address.\n\n%s\n%s') % (greet(lang, rng, 'Priya'), nm, addr_line(c['address']),
                                         thanks(lang, rng), sig('fitz', lang, rng, short=True))
        setup(m, rng, staff_addr('fitz'), [staff_addr('raman')],
              subject=rng.choice(['Social work referral', 'Can SW call him?']))
    else:
        body = ('%s\n\nPetit suivi pour %s (lombalgie chronique, réclamation CNESST refusée). '
                'Il me dit qu\'il est maintenant sur l\'aide sociale, en retard de loyer, et a '
                'une audience au Tribunal administratif du logement le mois prochain pour le '
                'logement du %s. Est-ce que la travailleuse sociale pourrait lui écrire avant '
                'la date limite de contestation? Il n\'a plus de téléphone.\n\n%s\n%s') % (
            greet(lang, rng, 'Annick'), nm, addr_line(c['address']), thanks(lang, rng),
            sig('carrier', lang, rng, short=True))
        setup(m, rng, staff_addr('carrier'), [staff_addr('lemay')],
              subject=rng.choice(['Référence travail social', 'TS - peux-tu voir?']))
    m.text = body
    m.note = 'worker on social assistance facing eviction, home address'


# ------------------------------------------------------------------ C10 Belgian seconded worker (NISS)
def expat_belgian(ctx, m, rng):
    lang = 'fr'
    p = ctx.pf.make(rng, lang, origin='be', lo=1970, hi=1996)
    nm = use_name(m, rng, p)
    niss = use_niss(m, rng, p)
    dob = use_dob(m, rng, p)
    m.types.update(['diagnosis', 'medication', 'lab_result'])
    body = ('%s\n\nPour le travailleur détaché de votre maison mère à Liège :\n\n%s\nNé le : %s\n'
            'Numéro national (NISS) : %s\n\nExamen d\'aptitude au travail souterrain réalisé '
            'le %s. Hypertension connue, traitée par périndopril 5 mg; TA 128/80 à l\'examen. '
            'ECG normal, glycémie à jeun 5,4 mmol/L. Conclusion : apte au travail souterrain.\n\n'
            'Comme demandé par votre service médical belge, le certificat reprend le NISS pour '
            'la caisse d\'assurance. Original par messagerie.\n\n%s\n%s') % (
        greet(lang, rng), nm, dob, niss, fmt_day(exam_day(m, rng), lang), thanks(lang, rng),
        sig('benali', lang, rng))
    setup(m, rng, staff_addr('benali'), [partner_addr('mine')],
          cc=[('Service médical', 'medecine.travail@groupe-meuse.example')],
          subject=rng.choice(['Aptitude travailleur détaché', 'Certificat aptitude - %s' % p.surname]))
    m.text = body
    m.note = 'fitness certificate for a seconded Belgian worker with NISS'


# ------------------------------------------------------------------ C11 French seconded worker (NIR)
def expat_french(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, 'fr', origin='fra', lo=1975, hi=1999)
    nm = use_name(m, rng, p)
    nir = use_nir(m, rng, p)
    dob = use_dob(m, rng, p)
    m.types.update(['lab_result', 'diagnosis'])
    if lang == 'fr':
        paras = ['Salarié : %s' % nm, 'Né(e) le : %s' % dob, 'N° de sécurité sociale : %s' % nir,
                 'Audiométrie tonale : perte de 35 dB à 4 kHz à droite (traumatisme sonore '
                 'ancien selon le salarié).',
                 'Sérologie hépatite B : anti-HBs 8 UI/L (non-répondeur), rappel administré.',
                 'Conclusion : apte au poste de technicien de maintenance, port des protecteurs '
                 'auditifs obligatoire.']
        doc = make_docx('Fiche de liaison - médecine du travail', paras, author='K. Benali')
        body = ('%s\n\nVeuillez trouver la fiche de liaison pour votre salarié détaché, à '
                'transmettre à votre service de santé au travail en France.\n\n%s\n%s') % (
            greet(lang, rng), thanks(lang, rng), sig('benali', lang, rng))
        fn = 'fiche_liaison_%s.docx' % p.surname.lower()
        setup(m, rng, staff_addr('benali'), [partner_addr('metstm')],
              subject='Fiche de liaison - salarié détaché')
    else:
        paras = ['Employee: %s' % nm, 'Date of birth: %s' % dob, 'French social security no.: %s'
                 % nir, 'Pure-tone audiometry: 35 dB loss at 4 kHz right ear (old acoustic trauma '
                 'per employee).', 'Hepatitis B serology: anti-HBs 8 IU/L (non-responder), '
                 'booster given.', 'Conclusion: fit as maintenance technician, hearing '
                 'protection mandatory.']
        doc = make_docx('Occupational health liaison sheet', paras, author='O. Fitzgerald')
        body = ('%s\n\nAttached is the liaison sheet for your seconded employee, for the '
                'occupational health service in France.\n\n%s\n%s') % (
            greet(lang, rng), thanks(lang, rng), sig('fitz', lang, rng))
        fn = 'liaison_sheet_%s.docx' % p.surname
        setup(m, rng, staff_addr('fitz'), [partner_addr('kanata')],
              subject='Liaison sheet - seconded employee')
    m.names.append(p.surname)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)
    m.note = 'liaison sheet for a seconded French worker with NIR'


# ------------------------------------------------------------------ C12 name only in the subject
def subject_only(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p, ['upper_comma', 'comma', 'sur_first', 'plain'])
    m.types.update(['lab_result', 'diagnosis'])
    if lang == 'fr':
        subj = rng.choice(['Re: %s - résultats' % nm, '%s / labo' % nm, 'TR: %s' % nm])
        body = ('Résultats reçus ce matin :\n\nGlycémie à jeun 11,2 mmol/L, HbA1c 8,6 %%, '
                'ALT 94 U/L, GGT 188 U/L, VGM 101.\n\nDonc diabète non connu + bilan hépatique '
                'perturbé. Je l\'appelle cet après-midi; pas de conduite de chariot tant qu\'on '
                'n\'a pas revu.\n\n%s') % sig('benali', lang, rng, short=True)
        setup(m, rng, staff_addr('benali'), [staff_addr('lemay')], subject=subj)
    else:
        subj = rng.choice(['Re: %s - labs' % nm, '%s bloodwork' % nm])
        body = ('Labs back this morning:\n\nFasting glucose 11.2 mmol/L, HbA1c 8.6%%, ALT 94, '
                'GGT 188, MCV 101.\n\nSo new diabetes plus abnormal liver panel. I will call him '
                'this afternoon; no forklift until we review.\n\n%s') % sig('fitz', lang, rng,
                                                                            short=True)
        setup(m, rng, staff_addr('fitz'), [staff_addr('raman')], subject=subj)
    m.text = body
    m.note = 'lab results with the worker named only in the subject'


# ------------------------------------------------------------------ C13 forwarded message attached as .eml
def forwarded_eml(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    inner = Mail(m.key + '/inner', lang, 'inner', '')
    nm = use_name(m, rng, p)
    m.types.update(['lab_result', 'diagnosis'])
    d = msg_date(rng)
    m.date = d + datetime.timedelta(days=rng.randint(1, 3), hours=2)
    if lang == 'en':
        inner.frm = ('Toxi-Nord Results', 'results@toxinord.example')
        inner.to = [staff_addr('dufresne')]
        inner.subject = 'Lab report - specimen %07d' % rng.randint(0, 9999999)
        inner.date = d
        inner.text = ('Donor: %s\nTest: 9-panel urine, GC/MS confirmation\nResult: POSITIVE - '
                      'hydromorphone 1840 ng/mL, morphine 260 ng/mL\nCreatinine 54 mg/dL, specific '
                      'gravity 1.012\n\nReport certified by the laboratory director.\n') % nm
        body = ('%s\n\nForwarding the lab report (attached). The donor showed me a valid '
                'prescription for hydromorphone after his hip surgery, so I will report this '
                'as NEGATIVE to the employer, but he should not operate the crane while taking '
                'it - I am sending a separate fitness note.\n\n%s') % (
            greet(lang, rng, 'Owen'), sig('dufresne', lang, rng, short=True))
        m.types.add('medication')
        setup(m, rng, staff_addr('dufresne'), [staff_addr('fitz')],
              subject='Fwd: ' + inner.subject)
    else:
        inner.frm = ('Toxi-Nord Résultats', 'resultats@toxinord.example')
        inner.to = [staff_addr('dufresne')]
        inner.subject = 'Rapport de laboratoire - échantillon %07d' % rng.randint(0, 9999999)
        inner.date = d
        inner.text = ('Donneur : %s\nAnalyse : urine 9 drogues, confirmation GC/MS\nRésultat : '
                      'POSITIF - hydromorphone 1840 ng/mL, morphine 260 ng/mL\nCréatinine 54 '
                      'mg/dL, densité 1,012\n\nRapport certifié par la directrice du laboratoire.\n'
                      ) % nm
        body = ('%s\n\nJe te transfère le rapport (pièce jointe). Le donneur m\'a montré une '
                'ordonnance valide d\'hydromorphone après sa chirurgie de la hanche; je déclare '
                'donc NÉGATIF à l\'employeur, mais il ne doit pas opérer le pont roulant pendant '
                'le traitement - je t\'envoie une note d\'aptitude séparée.\n\n%s') % (
            greet(lang, rng, 'Karim'), sig('dufresne', lang, rng, short=True))
        m.types.add('medication')
        setup(m, rng, staff_addr('dufresne'), [staff_addr('benali')],
              subject='TR: ' + inner.subject)
    inner.form = 'plain'
    raw = build_bytes(inner, rng, eol='\n')
    m.text = body
    m.attach(inner.subject[:40].replace(' ', '_').replace('/', '-') + '.eml', 'message/rfc822',
             raw)
    m.note = 'forward with the lab report attached as a message'


# ------------------------------------------------------------------ C14 ZIP of reports
def zip_reports(ctx, m, rng):
    lang = m.lang
    n = rng.randint(3, 5)
    members = []
    summary = [['nom', 'conclusion'] if lang == 'fr' else ['name', 'outcome']]
    for i in range(n):
        p = ctx.pf.make(rng, lang)
        m.names.append(p.surname)
        res = rng.choice([('Apte', 'Fit'), ('Apte - protecteurs auditifs obligatoires (DPS)',
                                             'Fit - hearing protection mandatory (STS)'),
                          ('Inapte temporaire - vertiges à investiguer',
                           'Temporarily unfit - vertigo under investigation'),
                          ('Apte avec restrictions - épicondylite droite',
                           'Fit with restrictions - right epicondylitis')])
        r = res[0] if lang == 'fr' else res[1]
        if i == 0:
            r = res[0] if lang == 'fr' else res[1]
            r = ('Inapte temporaire - vertiges à investiguer' if lang == 'fr'
                 else 'Temporarily unfit - vertigo under investigation')
        summary.append(['%s %s' % (p.given, p.surname), r])
        pdf = make_pdf('Certificat d\'aptitude' if lang == 'fr' else 'Fitness certificate',
                       [CLINIC_FR if lang == 'fr' else CLINIC_EN],
                       [('kv', [('Nom :' if lang == 'fr' else 'Name:', p.full),
                                ('Conclusion :' if lang == 'fr' else 'Outcome:', r)])],
                       author='Clinique')
        members.append(('%s_%s.pdf' % (p.surname, p.given), pdf))
    members.append(('sommaire.csv' if lang == 'fr' else 'summary.csv', make_csv(summary).encode(
        'utf-8')))
    m.types.update(['patient_name', 'diagnosis'])
    z = make_zip(members)
    if lang == 'fr':
        subj = 'Certificats - lot du %s' % m.date.strftime('%d/%m')
        body = ('%s\n\nCi-joint l\'archive des certificats d\'aptitude de la semaine (%d '
                'travailleurs) et le sommaire.\n\n%s\n%s') % (greet(lang, rng), n, thanks(lang, rng),
                                                             sig('arsenault', lang, rng))
        fn = 'certificats_semaine_%s.zip' % m.date.strftime('%V')
        setup(m, rng, staff_addr('arsenault'), [partner_addr(rng.choice(['boreal', 'ville']))],
              subject=subj)
    else:
        subj = 'Fitness certificates - batch %s' % m.date.strftime('%m/%d')
        body = ('%s\n\nAttached is a zip with this week\'s fitness certificates (%d workers) and '
                'the summary.\n\n%s\n%s') % (greet(lang, rng), n, thanks(lang, rng),
                                            sig('raman', lang, rng))
        fn = 'certificates_week%s.zip' % m.date.strftime('%V')
        setup(m, rng, staff_addr('raman'), [partner_addr('rideau')], subject=subj)
    m.text = body
    m.attach(fn, 'application/zip', z)
    m.note = 'zip archive of fitness certificates with outcomes'


# ------------------------------------------------------------------ C15 vCard of a worker
def vcard_contact(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    region = 'qc' if lang == 'fr' else 'on'
    c = use_contact(m, rng, region, phone=True, address=True)
    m.types.update(['patient_name', 'diagnosis'])
    m.names.append(p.full)
    note = ('ECG pré-embauche anormal - FA probable, rappeler pour Holter' if lang == 'fr'
            else 'Abnormal pre-placement ECG - probable AF, call back for Holter')
    vc = make_vcard(p.given, p.surname, tel_home=c['phone'], adr=c['address'], note=note)
    if lang == 'fr':
        body = ('%s\n\nJe t\'envoie ses coordonnées personnelles (fiche jointe). Il ne répond pas '
                'au numéro de l\'employeur. ECG : fibrillation auriculaire probable, il faut le '
                'rappeler aujourd\'hui pour le Holter et lui dire de ne pas faire de travail en '
                'hauteur d\'ici là.\n\n%s') % (greet(lang, rng, 'Tiffany'),
                                               sig('benali', lang, rng, short=True))
        setup(m, rng, staff_addr('benali'), [staff_addr('wong')],
              subject=rng.choice(['À rappeler aujourd\'hui', 'Rappel - ECG']))
    else:
        body = ('%s\n\nSending his personal contact card (attached); he is not answering at the '
                'employer number. ECG shows probable atrial fibrillation - please call him today '
                'to book the Holter and tell him no work at heights until then.\n\n%s') % (
            greet(lang, rng, 'Priya'), sig('fitz', lang, rng, short=True))
        setup(m, rng, staff_addr('fitz'), [staff_addr('raman')],
              subject=rng.choice(['Call back today', 'Callback - ECG']))
    m.text = body
    m.attach('%s %s.vcf' % (p.given, p.surname), 'text/vcard', vc,
             charset='utf-8')
    m.note = 'vCard with a worker home phone and address, abnormal ECG'


# ------------------------------------------------------------------ C16 medical content only in quoted part
def quoted_reply(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p)
    m.types.update(['diagnosis', 'medication'])
    dx = pick(rng, MSK, lang)
    med = pick(rng, ANALG, lang)
    if lang == 'fr':
        emp = rng.choice(['boreal', 'metstm', 'ville'])
        first = ('Bonjour,\n\nSuivi de %s ce matin : %s, amélioration lente. %s. Assignation '
                 'temporaire maintenue, réévaluation dans 2 semaines.\n\nAnnick Lemay, inf.' %
                 (nm, dx, med[0].upper() + med[1:]))
        body = ('Merci Annick. Est-ce qu\'on peut prévoir son retour complet pour la fin du mois? '
                'On a besoin de le planifier pour la période de pointe.\n\n%s\n%s') % (
            PARTNERS[emp][2], outlook_quote(first, lang, m.date - datetime.timedelta(hours=5),
                                            'Annick Lemay', staff_addr('lemay')[1],
                                            PARTNERS[emp][2], 'Suivi - %s' % p.surname))
        setup(m, rng, partner_addr(emp), [staff_addr('lemay')],
              subject='RE: Suivi - %s' % p.surname)
    else:
        emp = rng.choice(['norcan', 'kanata'])
        first = ('Hello,\n\nFollow-up for %s this morning: %s, slow improvement. %s. Modified '
                 'duties continue, reassessment in 2 weeks.\n\nPriya Raman' % (nm, dx, med[0].upper()
                                                                               + med[1:]))
        body = ('Thanks Priya. Any chance he is back to full duties by month end? We need to '
                'plan for peak season.\n\n%s\n%s') % (
            PARTNERS[emp][2], outlook_quote(first, lang, m.date - datetime.timedelta(hours=5),
                                            'Priya Raman', staff_addr('raman')[1],
                                            PARTNERS[emp][2], 'Follow-up - %s' % p.surname))
        setup(m, rng, partner_addr(emp), [staff_addr('raman')],
              subject='RE: Follow-up - %s' % p.surname)
    m.names.append(p.surname)
    m.text = body
    m.note = 'employer reply with clinical follow-up in the quoted text'


# ------------------------------------------------------------------ C17 physician sign-out list
def signout(ctx, m, rng):
    lang = m.lang
    n = rng.randint(4, 6)
    items_fr = ['entorse lombaire, AT 4 h/j, revoir le %s', 'DPS bilatéral, attendre réponse ORL',
                'asthme professionnel (isocyanates), débits de pointe en cours, salbutamol PRN',
                'CNESST canal carpien post-op, retour progressif, revoir le %s',
                'plombémie 2,2 µmol/L, retrait, contrôle le %s',
                'test urinaire dilué x2 - recollecte sous observation directe',
                'classe 1 - apnée du sommeil, attendre données CPAP']
    items_en = ['lumbar strain, modified 4 h/day, see %s', 'bilateral STS, awaiting ENT reply',
                'occupational asthma (isocyanates), peak flows running, salbutamol PRN',
                'WSIB carpal tunnel post-op, graduated RTW, see %s',
                'blood lead 46 ug/dL, removed, recheck %s',
                'dilute urine x2 - observed recollection',
                'Class A - OSA, waiting for CPAP download']
    lines = []
    chart = rng.random() < 0.5
    for i in range(n):
        p = ctx.pf.make(rng, lang)
        nm = use_name(m, rng, p, ['upper_comma', 'sur_first', 'comma', 'initial'])
        it = rng.choice(items_fr if lang == 'fr' else items_en)
        if '%s' in it:
            it = it % fmt_day(exam_day(m, rng, (-14, -3)), lang, False)
        ch = (' [%s]' % use_mrn(m, rng)) if chart and i % 2 == 0 else ''
        lines.append('%d. %s%s - %s' % (i + 1, nm, ch, it))
    lines[0] = lines[0].split(' - ')[0] + ' - ' + (items_fr[2] if lang == 'fr' else items_en[2])
    m.types.update(['diagnosis', 'medication'])
    if any(('µmol' in l or 'ug/dL' in l or 'dilu' in l) for l in lines):
        m.types.add('lab_result')
    if lang == 'fr':
        body = ('%s\n\nJe suis en congé du %s au %s. Voici mes dossiers actifs à surveiller :\n\n'
                '%s\n\nLes notes sont à jour dans le DMÉ. Merci!\n\n%s') % (
            greet(lang, rng, 'Karim'), fmt_day(exam_day(m, rng, (-7, -5)), lang, False),
            fmt_day(exam_day(m, rng, (-21, -19)), lang, False), '\n'.join(lines),
            sig('carrier', lang, rng, short=True))
        setup(m, rng, staff_addr('carrier'), [staff_addr('benali')], cc=[staff_addr('lemay')],
              subject='Couverture de mes dossiers')
    else:
        body = ('%s\n\nI am away from %s to %s. Active files to keep an eye on:\n\n%s\n\nNotes '
                'are current in the EMR. Thanks!\n\n%s') % (
            greet(lang, rng, 'Hélène'), fmt_day(exam_day(m, rng, (-7, -5)), lang, False),
            fmt_day(exam_day(m, rng, (-21, -19)), lang, False), '\n'.join(lines),
            sig('fitz', lang, rng, short=True))
        setup(m, rng, staff_addr('fitz'), [staff_addr('carrier')], cc=[staff_addr('raman')],
              subject='Coverage while I am away')
    m.text = body
    m.note = 'physician sign-out list of active worker files'


# ------------------------------------------------------------------ C18 fitness letter DOCX (NAM)
def fitness_letter_docx(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.nam_holder(rng, lang, 1958, 2006)
    nm = use_name(m, rng, p)
    nam = use_nam(m, rng, p, allow_fw=False)
    dob = use_dob(m, rng, p)
    m.types.update(['diagnosis', 'medication'])
    dx = rng.choice([('épilepsie (crise en %d), sous lévétiracétam 750 mg BID',
                      'epilepsy (seizure in %d), on levetiracetam 750 mg BID'),
                     ('syncopes récidivantes, bêtabloquant (bisoprolol 5 mg) débuté en %d',
                      'recurrent syncope, beta-blocker (bisoprolol 5 mg) started %d')])
    yr = m.date.year - 1
    if lang == 'fr':
        paras = ['Objet : aptitude au poste de cariste', 'Travailleur : %s' % nm,
                 'Date de naissance : %s   Sexe : %s   NAM : %s' % (dob, p.sex, nam),
                 'Antécédents pertinents : %s.' % (dx[0] % yr),
                 'Conclusion : inapte temporairement à la conduite de chariot élévateur et au '
                 'travail en hauteur pour 6 mois. Apte à un poste au sol sans machinerie mobile.',
                 'Dre Hélène Carrier']
        doc = make_docx('Avis d\'aptitude', paras, author='Dre H. Carrier')
        fn = rng.choice(['Avis_aptitude_%s_%s.docx' % (p.surname, p.given),
                         'avis aptitude %s.docx' % p.surname.lower()])
        body = ('%s\n\nVoici l\'avis d\'aptitude. Par contre, le paragraphe sur les antécédents '
                'ne devrait pas aller à l\'employeur - peux-tu faire une version sans?\n\n%s') % (
            greet(lang, rng, 'Nadia'), sig('carrier', lang, rng, short=True))
        setup(m, rng, staff_addr('carrier'), [staff_addr('haddad')],
              subject='Avis d\'aptitude à réviser')
    else:
        paras = ['Re: fitness for forklift operator position', 'Worker: %s' % nm,
                 'DOB: %s   Sex: %s   RAMQ: %s' % (dob, p.sex, nam),
                 'Relevant history: %s.' % (dx[1] % yr),
                 'Outcome: temporarily unfit for forklift and work at heights for 6 months. Fit '
                 'for ground-level work without mobile equipment.', 'Dr. H. Carrier']
        doc = make_docx('Fitness opinion', paras, author='H. Carrier')
        fn = 'Fitness_opinion_%s.docx' % p.surname
        body = ('%s\n\nHere is the fitness opinion. The history paragraph should not go to the '
                'employer though - can you make a version without it?\n\n%s') % (
            greet(lang, rng, 'Nadia'), sig('carrier', lang, rng, short=True))
        setup(m, rng, staff_addr('carrier'), [staff_addr('haddad')],
              subject='Fitness opinion - needs edit')
    m.names.append(p.surname)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)
    m.note = 'draft fitness opinion with health number and neurological history'


# ------------------------------------------------------------------ C19 short NAM note (chart lookup)
def nam_lookup(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.nam_holder(rng, lang, 1940, 2006)
    nm = use_name(m, rng, p)
    nam = use_nam(m, rng, p)
    dob = use_dob(m, rng, p)
    m.types.add('lab_result')
    chart = use_mrn(m, rng)
    if lang == 'fr':
        body = ('Tiffany, le labo a classé un résultat dans le mauvais dossier. Il appartient à '
                '%s, %s, DDN %s, sexe %s (notre dossier %s) : créatinine 168 µmol/L, DFGe 41. Il '
                'a été versé au dossier d\'un autre travailleur. Peux-tu corriger et me remettre '
                'le résultat pour que j\'appelle?\n\nK.') % (nm, nam, dob, sex_word(p, lang), chart)
        setup(m, rng, staff_addr('benali'), [staff_addr('wong')],
              subject=rng.choice(['Résultat mal classé', 'correction dossier']))
    else:
        body = ('Tiffany - the lab filed a result in the wrong chart. It belongs to %s, RAMQ %s, '
                'DOB %s, sex %s (our chart %s): creatinine 168 umol/L, eGFR 41. It went to another '
                'worker\'s file. Can you fix it and put the result in my tray so I can call?\n\n'
                'K.') % (nm, nam, dob, sex_word(p, lang), chart)
        setup(m, rng, staff_addr('benali'), [staff_addr('wong')],
              subject=rng.choice(['Misfiled result', 'chart correction']))
    m.text = body
    m.form = rng.choice(['plain', 'html'])
    m.note = 'misfiled lab result with health number'
