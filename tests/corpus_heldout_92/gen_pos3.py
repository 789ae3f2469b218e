"""Positive templates, part 3: hospital pharmacy sign-out, subject-only and file-name-only
leaks, calendar invitations, benefit claims (SIN), youth protection, foreign insured
patients (NISS / NIR), discharge prescriptions."""
import datetime as _dt
import html as H

import gen_attach as A
import gen_common as C
import gen_data as D
from gen_base import join
from gen_pos1 import _ident_line


# ------------------------------------------------------------------ 15
def pharmacy_signout(c):
    region = c.set_region()
    h = c.hospital()
    me = c.pharmacist(hosp=True)
    nxt = c.pharmacist(hosp=True)
    n = c.rng.randrange(4, 9)
    c.t('patient_name', 'diagnosis')
    with_mrn = c.chance(0.5)
    if with_mrn:
        c.t('mrn')
    issues = [('vanco : dosage résiduel à 6 h, ajuster', 'vanco: trough at 0600, adjust', 1, 0),
              ('TPN à renouveler, K+ 3,1', 'TPN renewal due, K 3.1', 1, 1),
              ('INR 4,2 – warfarine suspendue', 'INR 4.2 - warfarin on hold', 1, 1),
              ('BCM admission à compléter', 'admission BPMH to finish', 0, 0),
              ('héparine IV nomogramme, aPTT à 12 h', 'heparin IV nomogram, aPTT at noon', 1, 0),
              ('PCA hydromorphone, surveiller sédation', 'hydromorphone PCA, watch sedation', 1, 0),
              ('pip-tazo à désescalader selon culture', 'pip-tazo step-down per culture', 1, 0),
              ('lithium 1,3 – redoser demain', 'lithium 1.3 - recheck tomorrow', 1, 1),
              ('créat 212 – ajuster énoxaparine', 'creat 212 - adjust enoxaparin', 1, 1)]
    issues_fr = [x[0] for x in issues]
    issues_en = [x[1] for x in issues]
    labs_present = False
    meds_present = False
    rows = []
    unit = c.choice(['6 Nord', '4e Est', 'USI', 'Médecine B']) if c.fr else c.choice(['6 North', '4 East', 'ICU', 'Med B'])
    for i in range(n):
        p = c.patient(min_age=30, hosp=h)
        dx = c.choice(D.CONDITIONS)
        k = c.rng.randrange(len(issues_fr))
        labs_present = labs_present or bool(issues[k][3])
        meds_present = meds_present or bool(issues[k][2])
        bed = '%d-%s' % (c.rng.randrange(1, 40), c.choice('ABCD'))
        rows.append([bed, c.name(p, c.choice([1, 6, 2, 4])), (p['mrn'] if with_mrn else ''),
                     dx[0] if c.fr else dx[1], issues_fr[k] if c.fr else issues_en[k]])
    if meds_present:
        c.t('medication')
    if labs_present:
        c.t('lab_result')
    hdr = [c.L('Lit', 'Bed'), c.L('Patient', 'Patient'), c.L('Dossier', 'MRN'), 'Dx', c.L('À faire', 'To do')]
    if not with_mrn:
        hdr.pop(2)
        rows = [r[:2] + r[3:] for r in rows]
    intro = c.L('Liste de relève pharmacie – %s – soir du %s' % (unit, C.fmt_date(c.today, 'fr', 0)),
                'Pharmacy handover - %s - evening of %s' % (unit, C.fmt_date(c.today, 'en', 0)))
    if c.chance(0.5):
        trs = '<tr>%s</tr>' % ''.join('<th style="text-align:left">%s</th>' % H.escape(x) for x in hdr)
        trs += ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % H.escape(x) for x in r) for r in rows)
        html = ('<html><body><div style="font-family:Arial;font-size:10pt"><b>%s</b><br><br>'
                '<table border="1" cellpadding="3" cellspacing="0">%s</table><br>%s<br>%s</div></body></html>'
                % (H.escape(intro), trs, H.escape(c.L('Bonne soirée!', 'Have a good night!')), H.escape(me['full'])))
        mode = c.choice(['html', 'alt'])
        text = join(intro, '\n'.join('  '.join(r) for r in rows), me['full']) if mode == 'alt' else ''
    else:
        html, mode = None, 'plain'
        text = join(c.greet(nxt), intro, '\n'.join(' | '.join(r) for r in rows),
                    c.L('Rien d\'autre de majeur. Bonne soirée.', 'Nothing else major. Good night.'), me['full'])
    subj = c.choice([c.L('Relève pharmacie %s', 'Pharmacy sign-out %s') % unit,
                     c.L('Relève soir', 'Evening handover'), c.L('Liste patients – relève', 'Handover list')])
    return c.spec('pharmacy_signout', subj, text, (me['full'], c.addr_of(me, h['domain'])),
                  [(nxt['full'], c.addr_of(nxt, h['domain']))], html=html, mode=mode,
                  note='hospital pharmacy handover roster')


# ------------------------------------------------------------------ 16
def subject_only(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    doc = c.doctor()
    cl = c.clinic()
    p = c.patient(nam=region == 'QC' and c.chance(0.3), min_age=20)
    c.t('patient_name')
    kind = c.choice(['med', 'dx', 'nam'] if p.get('nam') else ['med', 'dx'])
    d = c.choice(D.DRUGS[:9] + D.DRUGS[12:17] + D.DRUGS[20:30])
    dx = c.choice(D.CONDITIONS)
    if kind == 'med':
        subj = c.L('Renouv. %s - %s %s', 'Refill %s - %s %s') % (c.name(p, c.choice([1, 2, 6])), d[1] if c.fr else d[0], D.strength(d, c.lang, c.rng))
        c.t('medication')
    elif kind == 'dx':
        subj = c.L('%s (%s) - rappel SVP', '%s (%s) - please call back') % (c.name(p, c.choice([0, 2, 3])), dx[0] if c.fr else dx[1])
        c.t('diagnosis')
    else:
        if c.chance(0.5):
            subj = c.L('%s / NAM %s - %s', '%s / RAMQ %s - %s') % (c.name(p, 2), c.nam(p, allow_fw=False), d[1] if c.fr else d[0])
        else:
            subj = c.L('NAM %s - renouv. %s', 'RAMQ %s - refill %s') % (c.nam(p, allow_fw=False), d[1] if c.fr else d[0])
            c.types.remove('patient_name')
        c.t('ramq_nam', 'medication')
    body = c.choice([c.L('Voir fax envoyé ce matin. Merci!', 'See fax sent this morning. Thanks!'),
                     c.L('Pouvez-vous nous rappeler svp?', 'Could you call us back please?'),
                     c.L('Suite à notre appel.', 'Further to our call.'),
                     ''])
    text = join(c.greet(doc) if c.chance(0.5) else '', body, rx['given'] + '\n' + ph['name'] +
                '\n' + C.phone(c.rng, ph['area']))
    return c.spec('subject_only', subj, text, (rx['full'], c.addr_of(rx, ph['domain'])),
                  [(doc['disp'], c.addr_of(doc, cl['domain']))], note='identifying details only in Subject')


# ------------------------------------------------------------------ 17
def filename_only(c):
    region = c.set_region()
    org = c.pharmacy() if c.chance(0.5) else c.hospital()
    me = c.staff()
    you = c.staff()
    p = c.patient(nam=False, min_age=20)
    c.t('patient_name')
    d = c.choice(D.DRUGS[:9] + D.DRUGS[12:17] + D.DRUGS[20:30])
    dx = c.choice(D.CONDITIONS)
    form = c.choice(['pdf', 'docx', 'xlsx'])
    base = c.choice([
        (c.L('Ordonnance_%s_%s_%s', 'Rx_%s_%s_%s') % (p['surname'], p['given'], d[1] if c.fr else d[0]), 'medication'),
        (c.L('BCM %s %s - %s', 'MedRec %s %s - %s') % (p['given'], p['surname'], dx[0] if c.fr else dx[1]), 'diagnosis'),
        ('%s_%s_%s' % (p['surname'].upper(), p['given'], c.L('dosage_lithium', 'lithium_level')), 'medication'),
        (c.L('Entente TAO méthadone %s %s', 'methadone OAT agreement %s %s') % (p['given'], p['surname']), 'medication'),
    ])
    c.t(base[1])
    fname = base[0].replace(' ', c.choice([' ', '_'])) + '.' + form
    scan = c.L('Document numérisé — page 1 de 1', 'Scanned document - page 1 of 1')
    if form == 'pdf':
        data, ct = A.make_pdf(c.L('Numérisation', 'Scan'), [scan, 'Ricoh MP C3004 - %s' % c.today.isoformat()],
                              compress=c.chance(0.5)), 'application/pdf'
    elif form == 'docx':
        data, ct = A.make_docx(c.L('Numérisation', 'Scan'), [scan]), \
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    else:
        data, ct = A.make_xlsx([('Feuil1' if c.fr else 'Sheet1', [[scan]])]), \
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    text = join(c.choice([c.L('Ci-joint comme discuté.', 'Attached as discussed.'),
                          c.L('Voir pièce jointe.', 'See attachment.'), c.L('Pour ton dossier.', 'For your file.'),
                          c.L('Le scan que tu m\'as demandé', 'the scan you asked for')]), me['given'])
    subj = c.choice([c.L('Numérisation', 'Scan'), c.L('document', 'document'), 'Scan %s' % c.today.strftime('%Y%m%d'),
                     c.L('pièce jointe', 'attachment')])
    return c.spec('filename_only', subj, text, (me['full'], c.addr_of(me, org['domain'])),
                  [(you['full'], c.addr_of(you, org['domain']))],
                  attachments=[{'filename': fname, 'ctype': ct, 'data': data}],
                  note='identifying details only in attachment file name')


# ------------------------------------------------------------------ 18
def ics_consult(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    p = c.patient(nam=region == 'QC' and c.chance(0.35), min_age=18)
    c.t('patient_name')
    reason = c.choice([('suivi HTA – ajustement ramipril', 'BP follow-up - ramipril titration', ('diagnosis', 'medication')),
                       ('MedsCheck annuel (12 médicaments)', 'Annual MedsCheck (12 meds)', ('medication',)),
                       ('enseignement stylo insuline – diabète type 2', 'insulin pen teaching - type 2 diabetes', ('diagnosis', 'medication')),
                       ('cessation tabagique – varénicline', 'smoking cessation - varenicline', ('medication',)),
                       ('contraception d\'urgence – suivi', 'emergency contraception follow-up', ('medication',)),
                       ('révision inhalateurs MPOC', 'COPD inhaler review', ('diagnosis', 'medication'))])
    c.t(*reason[2])
    day = c.days(c.rng.randrange(1, 14))
    start = _dt.datetime(day.year, day.month, day.day, c.choice([9, 10, 11, 13, 14, 15, 16]), c.choice([0, 15, 30, 45]))
    end = start + _dt.timedelta(minutes=c.choice([15, 20, 30, 45]))
    summary = c.L('Consultation pharmacien – %s – %s', 'Pharmacist consult - %s - %s') % (
        c.name(p, c.choice([0, 2, 7])), reason[0] if c.fr else reason[1])
    desc = c.L('Rendez-vous en salle de consultation. ', 'In the consultation room. ')
    if c.chance(0.5):
        desc += c.L('Tél. patient : ', 'Patient phone: ') + p['cell']
        c.t('patient_contact')
    if p.get('nam') and c.chance(0.7):
        desc += ' NAM ' + p['nam']
        c.t('ramq_nam')
    ics = A.make_ics('%08x-%04d@%s' % (c.rng.getrandbits(32), c.idx, ph['domain']), summary, start, end,
                     ph['name'] + c.L(' – salle de consultation', ' - consult room'), desc,
                     (rx['full'], c.addr_of(rx, ph['domain'])),
                     [(c.staff()['full'], c.generic_addr('agenda', ph['domain']))])
    generic_subj = c.chance(0.5)
    subj = c.L('Invitation : consultation pharmacien', 'Invitation: pharmacist consultation') if generic_subj else \
        c.L('Invitation : ', 'Invitation: ') + summary
    body = c.L('Rendez-vous ajouté à l\'agenda de la pharmacie.', 'Appointment added to the pharmacy calendar.')
    text = join(body, c.L('Quand : ', 'When: ') + start.strftime('%Y-%m-%d %H:%M'), rx['full'])
    atts = [{'filename': 'invite.ics', 'ctype': 'text/calendar', 'text': ics}]
    return c.spec('ics_consult', subj, text, (rx['full'], c.addr_of(rx, ph['domain'])),
                  [(c.L('Agenda pharmacie', 'Pharmacy calendar'), c.generic_addr('agenda', ph['domain']))],
                  attachments=atts, note='calendar invitation for patient consultation')


# ------------------------------------------------------------------ 19
def benefit_claim(c):
    region = c.set_region('ON' if not c.fr or c.chance(0.3) else 'QC')
    ph = c.pharmacy()
    me = c.pharmacist() if c.chance(0.5) else c.staff(c.L('Technicienne', 'Pharmacy technician'))
    worker = c.staff()
    p = c.patient(min_age=20, max_age=70)
    sin = C.make_sin(c.rng)
    c.t('patient_name', 'ca_sin', 'medication')
    if region == 'ON':
        prog = c.choice([('Ontario Works', 'Ontario au travail'), ('ODSP', 'POSPH'), ('Trillium Drug Program', 'Programme de médicaments Trillium')])
        org = dict(name=c.L('Services sociaux de Prescott-Russell', 'Social Services - %s' % ph['city']),
                   domain='socialservices-on.example')
        ohip = C.fmt_ohip(p['ohip'], c.rng)
        c.t('ca_health_number', 'social_information')
        meds = ', '.join(D.drug_line(d, c.lang, c.rng, False) for d in c.rng.sample(D.DRUGS[:9], 2))
        body = c.L(
            "Pour compléter la demande %s de %s : NAS %s, carte santé %s, DDN %s. Revenu du ménage : aucun depuis "
            "%s (perte d'emploi). Médicaments en cours : %s. Sans couverture, le patient ne peut pas payer son "
            "renouvellement de la semaine prochaine."
            % (prog[1], c.name(p, 0), C.fmt_sin(sin, c.rng), ohip, c.dob(p), C.MOIS[c.today.month - 1], meds),
            "To complete the %s application for %s: SIN %s, health card %s, DOB %s. Household income: none since "
            "%s (job loss). Current meds: %s. Without coverage the patient can't pay for next week's refill."
            % (prog[0], c.name(p, 0), C.fmt_sin(sin, c.rng), ohip, c.dob(p), C.MONTHS[c.today.month - 1], meds))
        c.t('date_of_birth')
        note = 'income-support drug coverage application with SIN and OHIP'
    else:
        prog = c.choice(['CNESST', 'IVAC'])
        org = dict(name=prog, domain='%s-agents.example' % prog.lower())
        dx = c.L('fracture du poignet droit (accident de travail)', 'right wrist fracture (workplace injury)') if prog == 'CNESST' \
            else c.L('stress post-traumatique à la suite d\'une agression', 'PTSD following an assault')
        c.t('diagnosis')
        if prog == 'IVAC':
            c.t('social_information')
        meds = ', '.join(D.drug_line(d, c.lang, c.rng, False) for d in
                         [D.drug_by('hydromorphone' if prog == 'CNESST' else 'sertraline'), D.drug_by('omeprazole')])
        body = c.L(
            "Réclamation pour %s, NAS %s, dossier %s %d-%05d. Diagnostic : %s. Médicaments servis depuis le %s : %s. "
            "Les reçus sont joints; pouvez-vous confirmer le remboursement direct à la pharmacie?"
            % (c.name(p, c.choice([0, 1])), C.fmt_sin(sin, c.rng), prog, c.today.year, c.rng.randrange(100000), dx,
               C.fmt_date(c.days(-30), 'fr', 0), meds),
            "Claim for %s, SIN %s, %s file %d-%05d. Diagnosis: %s. Medications dispensed since %s: %s. Receipts "
            "attached - can you confirm direct reimbursement to the pharmacy?"
            % (c.name(p, c.choice([0, 1])), C.fmt_sin(sin, c.rng), prog, c.today.year, c.rng.randrange(100000), dx,
               C.fmt_date(c.days(-30), 'en', 0), meds))
        note = '%s claim with SIN' % prog
    text = join(c.greet(worker), body, c.close(), c.signature(me, ph, lic=False))
    subj = c.choice([c.L('Demande de couverture - %s', 'Coverage application - %s') % p['surname'],
                     c.L('Documents demandés', 'Requested information'), c.L('Réclamation médicaments', 'Drug claim')])
    return c.spec('benefit_claim', subj, text, (me['full'], c.addr_of(me, ph['domain'])),
                  [(worker['full'], c.addr_of(worker, org['domain']))], note=note)


# ------------------------------------------------------------------ 20
def youth_protection(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    worker = c.staff()
    agency = c.L(dict(name='DPJ – Direction de la protection de la jeunesse', domain='dpj-region.example'),
                 dict(name="Family and Children's Services of Rideau-Lakes", domain='fcs-rideaulakes.example')
                 if region == 'ON' else dict(name='Director of Youth Protection (DYP) - Batshaw area office',
                                             domain='dyp-westisland.example'))
    child = c.patient(nam=region == 'QC' and c.chance(0.5), min_age=4, max_age=16)
    c.t('patient_name', 'medication', 'social_information')
    d = D.drug_by(c.choice(['methylphenidate', 'salbutamol', 'quetiapine']))
    dx = {'methylphenidate': ('TDAH', 'ADHD'), 'salbutamol': ('asthme', 'asthma'),
          'quetiapine': ('trouble de l\'attachement avec agressivité', 'attachment disorder with aggression')}[d[0]]
    c.t('diagnosis')
    ident = c.name(child, 0)
    if child.get('nam'):
        ident += c.L(' (NAM ', ' (RAMQ ') + c.nam(child) + ')'
        c.t('ramq_nam')
    body = c.L(
        "Suite au placement de %s en famille d'accueil (ordonnance de la Chambre de la jeunesse), la mère n'est "
        "plus autorisée à récupérer les médicaments. Le %s pour %s : à remettre uniquement à la famille d'accueil "
        "(M. et Mme %s). Pouvez-vous nous faire parvenir la copie du jugement pour le dossier?"
        % (ident, D.drug_line(d, 'fr', c.rng), dx[0], c.staff()['surname']),
        "Following %s's placement in foster care, the mother is no longer authorized to pick up medications. "
        "Current Rx, %s for %s: release only to the foster parents (the %s family). Could you send us a copy of the court "
        "order for our file?" % (ident, D.drug_line(d, 'en', c.rng), dx[1], c.staff()['surname']))
    text = join(c.greet(worker), body, c.close(), c.signature(rx, ph))
    subj = c.choice([c.L('Placement - autorisation de remise des médicaments', 'Placement - medication pick-up authorization'),
                     c.L('Dossier %s - pharmacie', 'File %s - pharmacy') % child['surname']])
    return c.spec('youth_protection', subj, text, (rx['full'], c.addr_of(rx, ph['domain'])),
                  [(worker['full'], c.addr_of(worker, agency['domain']))], note='youth protection placement, child meds')


# ------------------------------------------------------------------ 21
def foreign_patient(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    be = c.idx % 2 == 0
    student = c.chance(0.6)
    p = c.patient(min_age=19 if student else 20, max_age=29 if student else 78, region=region)
    p['surname'] = c.choice(C.BE_SUR if be else C.FRA_SUR)
    p['given'] = c.choice(C.EU_GIVEN[p['sex']])
    c.t('patient_name', 'medication')
    f = p['sex'] == 'F'
    if be:
        num = C.fmt_niss(C.make_niss(c.rng, p['dob'], p['sex']), c.rng)
        c.t('be_niss')
        idtxt = c.L('NISS (Belgique) : %s', 'Belgian NISS: %s') % num
        ins = c.L('sa mutualité', ('her' if f else 'his') + ' Belgian mutual insurer')
        who = c.L(('étudiante' if f else 'étudiant') + ' belge en échange', 'Belgian exchange student') if student else \
            c.L('touriste belge', 'Belgian visitor')
    else:
        num = C.fmt_nir(C.make_nir(c.rng, p['dob'], p['sex']), c.rng)
        c.t('fr_nir')
        idtxt = c.L('NIR (carte Vitale) : %s', 'French social security no. (NIR): %s') % num
        ins = c.L('la CPAM', 'the French CPAM')
        who = c.L(('étudiante française' if f else 'étudiant français') + ' (PVT)', 'French student (working holiday)') \
            if student else c.L('touriste ' + ('française' if f else 'français'), 'French visitor')
    d = D.drug_by(c.choice(['insulin glargine', 'levothyroxine', 'sertraline', 'salbutamol']))
    dx = {'insulin glargine': ('diabète de type 1', 'type 1 diabetes'), 'levothyroxine': ('hypothyroïdie', 'hypothyroidism'),
          'sertraline': ('dépression', 'depression'), 'salbutamol': ('asthme', 'asthma')}[d[0]]
    c.t('diagnosis')
    when_dob = c.chance(0.5)
    if when_dob:
        c.t('date_of_birth')
    body = c.L(
        "%s, %s%s, s'est présenté%s sans ordonnance canadienne : %s (%s), ses réserves sont épuisées. J'ai "
        "servi une quantité d'urgence (7 jours). %s. Facture jointe pour remboursement par %s; merci de "
        "faire suivre à la clinique pour une ordonnance locale."
        % (c.name(p, 0), who, (', DDN ' + c.dob(p)) if when_dob else '', 'e' if f else '', D.drug_line(d, 'fr', c.rng),
           dx[0], idtxt, ins),
        "%s, %s%s, came in without a Canadian prescription: %s (%s), supply ran out. I dispensed an emergency "
        "7-day supply. %s. Invoice attached for reimbursement by %s; please forward to the walk-in clinic for "
        "a local prescription."
        % (c.name(p, 0), who, (', DOB ' + c.dob(p)) if when_dob else '', D.drug_line(d, 'en', c.rng), dx[1], idtxt, ins))
    atts = []
    if c.chance(0.6):
        lines = [c.L('Facture – dépannage', 'Invoice - emergency supply'), c.name(p, 0), idtxt,
                 D.drug_line(d, c.lang, c.rng), c.L('Montant : %.2f $', 'Amount: $%.2f') % (c.rng.randrange(2000, 15000) / 100)]
        atts.append({'filename': c.L('facture_dépannage_%s.pdf', 'invoice_emergency_supply_%s.pdf') % p['surname'].lower(), 'ctype': 'application/pdf',
                     'data': A.make_pdf(ph['name'], lines, compress=c.chance(0.5))})
    clinic = c.clinic()
    text = join(c.greet(), body, c.close(), c.signature(rx, ph))
    subj = c.choice([c.L('Dépannage patient étranger', 'Emergency supply - foreign patient'),
                     c.L('Dépannage - %s', 'Emergency supply - %s') % p['surname']])
    return c.spec('foreign_patient', subj, text, (rx['full'], c.addr_of(rx, ph['domain'])),
                  [(clinic['name'], c.generic_addr('accueil' if c.fr else 'frontdesk', clinic['domain']))],
                  attachments=atts, note='foreign insured patient (%s)' % ('NISS' if be else 'NIR'))


# ------------------------------------------------------------------ 22
def discharge_rx(c):
    region = c.set_region()
    h = c.hospital()
    ph = c.pharmacy()
    hrx = c.pharmacist(hosp=True)
    doc = c.doctor()
    p = c.patient(nam=region == 'QC' and c.chance(0.6), min_age=30, hosp=h)
    dx = c.choice(D.CONDITIONS[:16])
    c.t('patient_name', 'medication', 'diagnosis')
    meds = c.rng.sample(D.DRUGS[:8] + D.DRUGS[20:24], c.rng.randrange(2, 6))
    stopped = c.choice(D.DRUGS[24:28])
    lines = [c.L('Ordonnance de départ', 'Discharge prescription'), c.name(p, 1)]
    if c.chance(0.7):
        lines.append(c.L('DDN : ', 'DOB: ') + p['dob'].isoformat())
        c.t('date_of_birth')
    if p.get('nam'):
        lines.append('NAM : ' + c.nam(p, allow_fw=False))
        c.t('ramq_nam')
    elif p.get('ohip') and c.chance(0.7):
        lines.append('OHIP: ' + C.fmt_ohip(p['ohip'], c.rng))
        c.t('ca_health_number')
    if c.chance(0.6):
        lines.append(c.L('Dossier : ', 'MRN: ') + p['mrn'])
        c.t('mrn')
    lines.append(c.L('Diagnostic principal : ', 'Main diagnosis: ') + (dx[0] if c.fr else dx[1]))
    lines.append('')
    lines += ['%d. %s' % (i + 1, D.drug_line(d, c.lang, c.rng)) for i, d in enumerate(meds)]
    lines.append(c.L('CESSER : ', 'STOP: ') + (stopped[1] if c.fr else stopped[0]))
    lines.append('')
    lines.append(doc['disp'] + ' – ' + doc['lic'])
    atts = []
    if c.chance(0.6):
        atts.append({'filename': c.L('ordonnance_départ_%s.pdf', 'discharge_rx_%s.pdf') % c.today.strftime('%Y%m%d'),
                     'ctype': 'application/pdf', 'data': A.make_pdf(h['name'], lines, compress=c.chance(0.5))})
        body = c.L('Ordonnance de départ ci-jointe pour %s, congé prévu cet après-midi. La pharmacie a été choisie par la patiente/le patient.',
                   'Discharge prescription attached for %s, going home this afternoon. Your pharmacy was chosen by the patient.') % c.name(p, 5)
    else:
        body = join(c.L('Ordonnance de départ transmise :', 'Discharge prescription below:'), '\n'.join(lines))
    text = join(c.greet(), body, c.L('Le pilulier doit être ajusté en conséquence.', 'Please update the blister pack accordingly.')
                if c.chance(0.4) else '', c.close(), c.signature(hrx, h))
    subj = c.choice([c.L('Ordonnance de départ', 'Discharge Rx'), c.L('Congé - %s', 'Discharge - %s') % p['surname'],
                     c.L('Congé ce PM – nouvelle médication', 'Going home today - new meds')])
    return c.spec('discharge_rx', subj, text, (hrx['full'], c.addr_of(hrx, h['domain'])),
                  [(ph['name'], c.generic_addr('ordonnances' if c.fr else 'rx', ph['domain']))], attachments=atts,
                  note='hospital discharge prescription to community pharmacy')
