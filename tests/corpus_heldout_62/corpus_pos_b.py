"""Positive templates, part B: school nurses, youth protection, vaccination, parents, misc."""
import datetime as dt

import corpus_common as C
import corpus_text as X
from corpus_base import NEONATAL, PEDIATRIC, ADOLESCENT, SOCIAL, VACCINES, ADVERSE, PRENATAL, dx, vaccine_for
from corpus_pos_a import pname


def he(c, p):
    return c.L('il' if p.sex == 'M' else 'elle', 'he' if p.sex == 'M' else 'she')


def his(c, p):
    return c.L('son' if p.sex == 'M' else 'sa', 'his' if p.sex == 'M' else 'her')


def child_word(c, p):
    return c.L('mon fils' if p.sex == 'M' else 'ma fille', 'my son' if p.sex == 'M' else 'my daughter')


def grade(c, p):
    a = p.age(c.today)
    if a <= 5:
        return c.L('maternelle', 'kindergarten')
    if a <= 11:
        return c.L('%de année' % (a - 5) if a > 6 else '1re année', 'grade %d' % (a - 5))
    return c.L('secondaire %d' % min(5, a - 11), 'grade %d' % min(12, a - 5))


def group(c):
    return c.pick(['%d0%d' % (c.rng.randint(1, 5), c.rng.randint(1, 4)), 'gr. %d' % c.rng.randint(101, 599),
                   'groupe %s' % c.pick('ABCDEF')])


# ---------------------------------------------------------------- P: school action plan to teachers
def p_school_action_plan(c):
    rng = c.rng
    kid = c.kid_nam(5, 16) if c.chance(0.4) else c.invented_kid(5, 16)
    d = dx(PEDIATRIC, rng)
    med = c.pick(d['med'])
    nurse = c.staff('school_rn', 'clsc')
    org = C.ORGS['school'] if c.fr else C.ORGS['eng']
    teachers = [('%s %s' % (c.pick(C.STAFF_GIVEN), c.pick(C.STAFF_SUR)), 'ens%d@%s' % (rng.randint(10, 99), org.domain))
                for _ in range(rng.randint(1, 3))]
    ty = ['patient_name', 'diagnosis', 'medication']
    dob = ''
    if c.chance(0.5):
        dob = c.L(' (DDN %s)', ' (DOB %s)') % c.date(kid.dob)
        ty.append('date_of_birth')
    name = pname(c, kid, c.pick([0, 0, 1, 4]))
    if c.fr:
        text = ('%s\n\nPour votre information, %s%s, %s, a un diagnostic de %s. '
                '%s doit avoir accès à %s en tout temps (dans son sac%s / au secrétariat).\n\n'
                'En cas de symptômes :\n- appeler le 911\n- aviser les parents\n- m\'aviser\n\n'
                'Le plan d\'action signé par le médecin est au dossier de l\'élève.\n\n%s\n%s') % (
            X.greet(rng, 'fr'), name, dob, grade(c, kid), d['fr'], he(c, kid).capitalize(), med[0],
            '', X.closing(rng, 'fr'), nurse.signature('fr'))
        subj = c.pick(['Plan d\'action santé - élève %s' % group(c), 'Élève avec %s' % d['abbr'],
                       'Info santé : %s' % kid.given])
    else:
        text = ('%s\n\nFor your information, %s%s, %s, has been diagnosed with %s. '
                '%s must have access to %s at all times (in %s bag / at the office).\n\n'
                'If symptoms occur:\n- call 911\n- notify the parents\n- let me know\n\n'
                'The signed action plan is in the student file.\n\n%s\n%s') % (
            X.greet(rng, 'en'), name, dob, grade(c, kid), d['en'], he(c, kid).capitalize(), med[1],
            his(c, kid), X.closing(rng, 'en'), nurse.signature('en'))
        subj = c.pick(['Health action plan - student', 'Student with %s' % d['en'], 'Health info: %s' % kid.given])
    atts = []
    if c.chance(0.35):
        atts.append(c.att_pdf(c.L('plan_action_%s.pdf', 'action_plan_%s.pdf') % C.slug(kid.given),
                              c.L('Plan d\'action - problème de santé', 'Health condition action plan'),
                              [c.L('Élève : ', 'Student: ') + kid.full, c.L('Diagnostic : ', 'Diagnosis: ') + c.L(d['fr'], d['en']),
                               c.L('Médicament : ', 'Medication: ') + med[0 if c.fr else 1]]))
    env = c.env(nurse.addr(), teachers, subj)
    return c.finish('school_nurse_action_plan', ty, 'school nurse informs teachers of a named pupil\'s condition',
                    env, text, attachments=atts)


# ---------------------------------------------------------------- P: school health roster (XLSX)
def p_school_roster(c):
    rng = c.rng
    nurse = c.staff('school_rn', 'clsc')
    org = C.ORGS['school'] if c.fr else C.ORGS['eng']
    n = rng.randint(5, 12)
    rows = []
    with_tel = c.chance(0.5)
    kids = []
    for i in range(n):
        k = c.kid_nam(5, 12) if (i == 0 and c.chance(0.5)) else c.invented_kid(5, 12)
        kids.append(k)
        d = dx(PEDIATRIC, rng)
        row = [k.surname.upper(), k.given, c.date(k.dob, 0), group(c), c.L(d['fr'], d['en']),
               c.pick(d['med'])[0 if c.fr else 1]]
        if with_tel:
            row.append(C.phone(rng))
        rows.append(row)
    rows.sort(key=lambda r: (C.strip_accents(r[0]), r[1]))
    headers = [c.L('Nom', 'Last name'), c.L('Prénom', 'First name'), c.L('DDN', 'DOB'), c.L('Groupe', 'Class'),
               c.L('Problème de santé', 'Health condition'), c.L('Médication', 'Medication')] + (
        [c.L('Tél. parent', 'Parent phone')] if with_tel else [])
    ty = ['patient_name', 'date_of_birth', 'diagnosis', 'medication'] + (['patient_contact'] if with_tel else [])
    fname = c.pick([c.L('liste_sante_eleves_%d.xlsx', 'student_health_list_%d.xlsx') % c.today.year,
                    c.L('eleves_allergies.xlsx', 'allergies_medical_list.xlsx')])
    body = c.L('%s\n\nVoici la liste à jour des élèves ayant un problème de santé pour la rentrée. '
               'À garder dans le cartable de suppléance.\n\n%s\n%s',
               '%s\n\nHere is the updated list of students with health conditions. Please keep it in the supply '
               'teacher binder.\n\n%s\n%s') % (X.greet(rng, c.lang), X.closing(rng, c.lang), nurse.signature(c.lang))
    env = c.env(nurse.addr(), [('Direction', 'direction@%s' % org.domain), ('Secrétariat', 'secretariat@%s' % org.domain)],
                c.L('Liste santé élèves', 'Student health list'))
    att = c.att_xlsx(fname, [(c.L('Élèves', 'Students'), headers, rows)], author=nurse.full)
    return c.finish('school_health_roster', ty, 'school health list spreadsheet, surname-first', env, body,
                    attachments=[att])


# ---------------------------------------------------------------- P: school nurse to parent
def p_school_nurse_parent(c):
    rng = c.rng
    use_nam = c.chance(0.35)
    kid = c.kid_nam(5, 16) if use_nam or c.chance(0.3) else c.invented_kid(5, 16)
    parent = c.invented_adult(c.pick(['F', 'M']), kid.surname, 28, 50)
    nurse = c.staff('school_rn', 'clsc')
    paddr = C.personal_email(rng, parent.given, parent.surname)
    topic = rng.randint(0, 2)
    ty = ['patient_name']
    if topic == 0:
        # vaccination record incomplete
        v = vaccine_for(rng, kid.age(c.today))
        ty += ['medication']
        body = c.L('%s\n\nSelon le registre de vaccination, %s n\'a pas reçu %s. Nous offrirons la vaccination à l\'école le %s.',
                   '%s\n\nAccording to the immunization registry, %s has not received %s. We will be vaccinating at school on %s.') % (
            X.greet(rng, c.lang, parent.given), kid.given + ' ' + kid.surname, v[0 if c.fr else 1], c.date(c.later(5, 30), 2))
        if use_nam and kid.nam:
            body += c.L(' Pouvez-vous confirmer le numéro d\'assurance maladie %s et la date de naissance (%s)?',
                        ' Could you confirm health insurance number %s and date of birth (%s)?') % (c.nam(kid), c.date(kid.dob))
            ty += ['ramq_nam', 'date_of_birth']
    elif topic == 1:
        d = dx(PEDIATRIC, rng)
        lab = c.pick(d['lab'])
        ty += ['diagnosis', 'lab_result']
        body = c.L('%s\n\n%s est venu(e) à l\'infirmerie ce matin. Compte tenu de %s %s, j\'ai noté : %s. '
                   'Je vous suggère d\'en parler à votre médecin.',
                   '%s\n\n%s came to the health office this morning. Given %s %s, I noted: %s. '
                   'I suggest you discuss it with your doctor.') % (
            X.greet(rng, c.lang, parent.given), kid.full, his(c, kid), c.L(d['fr'], d['en']), lab[0 if c.fr else 1])
    else:
        ty += ['diagnosis', 'social_information']
        body = c.L('%s\n\nJe fais suite à notre appel. %s a confié à son enseignante vivre beaucoup d\'anxiété depuis la séparation '
                   'et le déménagement chez vous. Je propose une rencontre avec la psychoéducatrice; '
                   'j\'ai aussi noté des maux de ventre fréquents (6 visites à l\'infirmerie ce mois-ci).',
                   '%s\n\nFollowing our call: %s told the teacher about a lot of anxiety since the separation and the move '
                   'to your place. I suggest a meeting with the school counsellor; I also noted frequent stomach aches '
                   '(6 visits to the health office this month).') % (X.greet(rng, c.lang, parent.given), kid.given)
        if kid.surname not in body:
            body = body.replace(kid.given, '%s %s' % (kid.given, kid.surname), 1)
    body += '\n\n%s\n%s' % (X.closing(rng, c.lang), nurse.signature(c.lang))
    if c.chance(0.4):
        body += '\n\n' + X.disclaimer(c.lang)
    subj = c.pick([c.L('Votre enfant %s', 'Your child %s') % kid.given, c.L('Infirmerie scolaire', 'School health office'),
                   c.L('Suivi - %s %s', 'Follow-up - %s %s') % (kid.given, kid.surname)])
    env = c.env(nurse.addr(), [(parent.full, paddr)], subj)
    return c.finish('school_nurse_to_parent', ty, 'school nurse writes to a parent about a named child', env, body)


# ---------------------------------------------------------------- P: parent to school nurse
def p_parent_school(c):
    rng = c.rng
    kid = c.kid_nam(5, 14) if c.chance(0.4) else c.invented_kid(5, 14)
    parent = c.invented_adult(c.pick(['F', 'M']), kid.surname if c.chance(0.7) else None, 28, 50)
    nurse = c.staff('school_rn', 'clsc')
    d = dx(PEDIATRIC, rng)
    med = c.pick(d['med'])
    tel = C.phone(rng, sep='')
    ty = ['patient_name', 'diagnosis', 'medication']
    with_tel = c.chance(0.5)
    if c.fr:
        body = ('Bonjour Madame %s,\n\n%s %s (%s, %s) a recu un diagnostic de %s la semaine derniere. '
                'Le pediatre a prescrit %s, %s devra prendre une dose a l\'ecole le midi. '
                'Je vais deposer le formulaire d\'autorisation signé au secretariat demain.\n'
                % (nurse.surname, child_word(c, kid).capitalize(), kid.full, grade(c, kid), group(c), d['fr'], med[0], he(c, kid)))
        if with_tel:
            body += 'Mon cell: %s si besoin.\n' % tel
        body += '\nMerci beaucoup\n%s' % parent.full
        body = C.sloppy(rng, body, 0.04, drop_accents=c.chance(0.5), protect=[kid.full, parent.full, med[0], tel])
        subj = c.pick(['medicament a l\'ecole', 'Nouveau diagnostic %s' % kid.given, 'autorisation medicament'])
    else:
        body = ('Hi Ms. %s,\n\n%s %s (%s) was diagnosed with %s last week. '
                'The pediatrician prescribed %s and %s will need a dose at school at lunch. '
                'I\'ll drop off the signed consent form at the office tomorrow.\n'
                % (nurse.surname, child_word(c, kid).capitalize(), kid.full, grade(c, kid), d['en'], med[1], he(c, kid)))
        if with_tel:
            body += 'My cell: %s if needed.\n' % tel
        body += '\nThanks so much\n%s' % parent.full
        body = C.sloppy(rng, body, 0.04, protect=[kid.full, parent.full, med[1], tel])
        subj = c.pick(['meds at school', 'New diagnosis - %s' % kid.given, 'medication consent'])
    if with_tel:
        ty.append('patient_contact')
    env = c.env((parent.full, C.personal_email(rng, parent.given, parent.surname)), [nurse.addr()], subj)
    return c.finish('parent_to_school_nurse', ty, 'parent tells school nurse about child\'s new diagnosis and medication',
                    env, body)


# ---------------------------------------------------------------- P: youth protection referral
def p_dpj_referral(c):
    rng = c.rng
    use_nam = c.chance(0.5)
    kid = c.kid_nam(5, 15) if use_nam else c.invented_kid(0, 15)
    sw = c.staff('sw', c.pick(['chu', 'hrv', 'clsc']))
    mom = c.invented_adult('F', kid.surname if c.chance(0.5) else None, 20, 45)
    soc = c.pick(SOCIAL)
    ty = ['patient_name', 'date_of_birth', 'social_information']
    inj = None
    if c.chance(0.5):
        inj = c.pick([('fracture de l\'humérus droit non expliquée', 'unexplained right humerus fracture'),
                      ('ecchymoses multiples d\'âges différents', 'multiple bruises of different ages'),
                      ('retard staturo-pondéral (poids < 3e percentile)', 'failure to thrive (weight < 3rd percentile)')])
        ty.append('diagnosis')
    addr = C.home_address(rng)
    with_addr = c.chance(0.6)
    if with_addr:
        ty.append('patient_contact')
    if use_nam:
        ty.append('ramq_nam')
    if c.fr:
        fields = ['Enfant : %s' % pname(c, kid, c.pick([1, 2, 4])), 'Date de naissance : %s' % c.date(kid.dob),
                  'Sexe : %s' % kid.sex]
        if use_nam:
            fields.append('NAM : %s' % c.nam(kid))
        fields.append('Mère : %s' % mom.full)
        if with_addr:
            fields.append('Adresse : %s' % addr)
        fields.append('Motif du signalement : %s' % soc[0])
        if inj:
            fields.append('Constat médical : %s' % inj[0])
        body = ('%s\n\nJe vous transmets un signalement (art. 39 LPJ) concernant l\'enfant ci-dessous.\n\n%s\n\n'
                'L\'enfant est présentement hospitalisé(e) à l\'unité de pédiatrie. Merci de communiquer avec moi rapidement.'
                '\n\n%s\n%s') % (X.greet(rng, 'fr'), '\n'.join(fields), X.closing(rng, 'fr'), sw.signature('fr'))
        subj = c.pick(['Signalement DPJ', 'Signalement - %s' % kid.surname.upper(), 'URGENT signalement enfant hospitalisé',
                       'Signalement art. 39'])
    else:
        fields = ['Child: %s' % pname(c, kid, c.pick([1, 2, 4])), 'Date of birth: %s' % c.date(kid.dob), 'Sex: %s' % kid.sex]
        if use_nam:
            fields.append('RAMQ: %s' % c.nam(kid))
        fields.append('Mother: %s' % mom.full)
        if with_addr:
            fields.append('Address: %s' % addr)
        fields.append('Reason for report: %s' % soc[1])
        if inj:
            fields.append('Medical findings: %s' % inj[1])
        body = ('%s\n\nPlease find below a report to youth protection (s. 39 YPA) regarding this child.\n\n%s\n\n'
                'The child is currently admitted to pediatrics. Please call me as soon as possible.\n\n%s\n%s') % (
            X.greet(rng, 'en'), '\n'.join(fields), X.closing(rng, 'en'), sw.signature('en'))
        subj = c.pick(['Youth protection report', 'DPJ report - %s' % kid.surname.upper(), 'URGENT report hospitalized child'])
    atts = []
    if c.chance(0.4):
        atts.append(c.att_docx(c.L('signalement_%s.docx', 'report_%s.docx') % C.slug(kid.surname),
                               c.L('Formulaire de signalement', 'Youth protection report form'), fields, author=sw.full))
        body = body.split('\n\n')[0] + '\n\n' + c.L('Voir le formulaire ci-joint.', 'See attached form.') + '\n\n' + sw.signature(c.lang)
    env = c.env(sw.addr(), [('Réception des signalements' if c.fr else 'Intake', 'rts@%s' % C.ORGS['dpj'].domain)], subj)
    return c.finish('youth_protection_referral', ty, 'youth protection report for named child%s' %
                    ('; DOCX form only' if atts else ''), env, body, attachments=atts)


# ---------------------------------------------------------------- P: DPJ follow-up reply
def p_dpj_followup(c):
    rng = c.rng
    kid = c.kid_nam(6, 16) if c.chance(0.4) else c.invented_kid(6, 16)
    worker = c.staff('dpj', 'dpj')
    nurse = c.staff('school_rn', 'clsc')
    soc = c.pick(SOCIAL)
    asked = c.when - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(1, 8))
    q = c.L('%s\n\nDans le cadre de l\'évaluation du dossier de %s (%s), pouvez-vous me dire si vous avez des observations '
            'sur son état de santé et sa présence à l\'école ? Contexte : %s.\n\n%s\n%s',
            '%s\n\nAs part of the assessment for %s (%s), could you share any observations about health and school '
            'attendance? Context: %s.\n\n%s\n%s') % (X.greet(rng, c.lang, nurse.given), pname(c, kid, c.pick([0, 1, 4])),
                                                  grade(c, kid), soc[0 if c.fr else 1], X.closing(rng, c.lang),
                                                  worker.signature(c.lang))
    ty = ['patient_name', 'social_information']
    ans_bits = []
    if c.chance(0.6):
        ans_bits.append(c.L('Il/elle est venu(e) 9 fois à l\'infirmerie depuis septembre (maux de tête, faim).',
                            'Came to the health office 9 times since September (headaches, hunger).'))
        ty.append('diagnosis')
    ans_bits.append(c.L('Les vaccins sont à jour. Je n\'ai pas vu la mère aux rencontres.',
                        'Vaccines are up to date. I have not seen the mother at meetings.'))
    reply = '%s\n\n%s\n\n%s\n%s' % (X.greet(rng, c.lang, worker.given), ' '.join(ans_bits), X.closing(rng, c.lang),
                                    nurse.signature(c.lang))
    subj = c.L('Demande d\'information - dossier %s', 'Information request - file %s') % kid.surname
    text = reply + '\n\n' + X.quote_reply(rng, c.lang, asked, worker.full, worker.email, q, nurse.email, subj)
    env = c.env(nurse.addr(), [worker.addr()], 'RE: ' + subj, in_reply_to=C.msgid(rng, C.ORGS['dpj'].domain))
    return c.finish('youth_protection_followup', ty, 'reply to a youth protection worker; context in quoted request',
                    env, text)


# ---------------------------------------------------------------- P: Ontario CAS referral (OHIP)
def p_cas_referral(c):
    rng = c.rng
    kid = c.invented_kid(0, 12)
    num, vc = C.gen_ohip(rng)
    doc = c.staff('peds_on', 'rideau')
    soc = c.pick(SOCIAL)
    d = dx(NEONATAL if kid.age(c.today) < 1 else PEDIATRIC, rng)
    ty = ['ca_health_number', 'patient_name', 'date_of_birth', 'social_information', 'diagnosis']
    with_addr = c.chance(0.5)
    addr = C.home_address(rng, ontario=True)
    if with_addr:
        ty.append('patient_contact')
    hc = C.fmt_ohip(num, vc, rng.randint(0, 3))
    if c.fr:
        text = ('%s\n\nJe fais un signalement concernant %s %s, né(e) le %s, carte Santé Ontario %s%s.\n'
                'Contexte : %s. L\'enfant est suivi(e) chez nous pour %s.\n\n%s\n%s') % (
            X.greet(rng, 'fr'), kid.given, kid.surname.upper(), c.date(kid.dob), hc,
            (', domicilié(e) au ' + addr) if with_addr else '', soc[0], d['fr'], X.closing(rng, 'fr'), doc.signature('fr'))
        subj = 'Signalement - %s' % kid.surname
    else:
        text = ('%s\n\nI am making a report regarding %s %s, DOB %s, OHIP %s%s.\n'
                'Concern: %s. The child is followed here for %s.\n\n%s\n%s') % (
            X.greet(rng, 'en'), kid.given, kid.surname.upper(), c.date(kid.dob), hc,
            (', living at ' + addr) if with_addr else '', soc[1], d['en'], X.closing(rng, 'en'), doc.signature('en'))
        subj = c.pick(['CAS referral - %s' % kid.surname, 'Duty to report', 'Child protection concern'])
    env = c.env(doc.addr(), [('Intake', 'intake@%s' % C.ORGS['cas'].domain)], subj)
    return c.finish('child_protection_ontario', ty, 'Ontario child protection report with health card number', env, text)


# ---------------------------------------------------------------- P: vaccination record
def p_vaccination_record(c):
    rng = c.rng
    use_nam = c.chance(0.6)
    kid = c.kid_nam(5, 16) if use_nam else c.invented_kid(1, 12)
    nurse = c.staff('vax_rn', 'clsc')
    other = c.staff('clerk', c.pick(['chu', 'hrv', 'cme']))
    doses = []
    for i in range(rng.randint(3, 6)):
        dd = rng.randint(60, max(61, (c.today - kid.dob).days - 10))
        v = vaccine_for(rng, dd // 365)
        d = kid.dob + dt.timedelta(days=dd)
        doses.append((C.fmt_date(d, c.lang, 0), v[0 if c.fr else 1], 'LOT %s%d' % (c.pick(['AX', 'KB', 'U0', 'Y7']), rng.randint(1000, 9999))))
    doses.sort()
    ty = ['patient_name', 'date_of_birth', 'medication']
    ident = '%s, %s %s' % (pname(c, kid, c.pick([1, 2, 4])), c.L('né(e) le', 'DOB'), c.date(kid.dob))
    if use_nam:
        ident += ', %s %s' % (c.L('NAM', 'RAMQ'), c.nam(kid))
        ty.append('ramq_nam')
    missing = vaccine_for(rng, kid.age(c.today))[0 if c.fr else 1]
    table = X.text_table([c.L('Date', 'Date'), c.L('Vaccin', 'Vaccine'), 'Lot'], doses)
    text = c.L('%s\n\nVoici le relevé de vaccination demandé pour %s :\n\n%s\n\nManquant selon le calendrier : %s.\n\n%s\n%s',
               '%s\n\nHere is the requested immunization record for %s:\n\n%s\n\nMissing per schedule: %s.\n\n%s\n%s') % (
        X.greet(rng, c.lang, other.given), ident, table, missing, X.closing(rng, c.lang), nurse.signature(c.lang))
    html = None
    if c.chance(0.5):
        html = ('<html><body><p>%s</p><p>%s</p>%s<p>%s</p><p>%s</p></body></html>\n' % (
            X.esc(X.greet(rng, c.lang, other.given)), X.esc(c.L('Relevé de vaccination : ', 'Immunization record: ') + ident),
            X.html_table([c.L('Date', 'Date'), c.L('Vaccin', 'Vaccine'), 'Lot'], doses),
            X.esc(c.L('Manquant : ', 'Missing: ') + missing), X.esc(nurse.signature(c.lang)).replace('\n', '<br>')))
    subj = c.pick([c.L('Relevé de vaccination', 'Immunization record'), c.L('Carnet vaccinal %s', 'Vaccine record %s') % kid.surname])
    env = c.env(nurse.addr(), [other.addr()], subj)
    return c.finish('vaccination_record', ty, 'immunization history table for a named child', env, text, html=html,
                    mode='alt' if html else None)


# ---------------------------------------------------------------- P: adverse event following immunization
def p_vaccine_adverse(c):
    rng = c.rng
    use_nam = c.chance(0.5)
    kid = c.kid_nam(5, 12) if use_nam else c.invented_kid(0, 6)
    nurse = c.staff('vax_rn', 'clsc')
    ev = c.pick(ADVERSE)
    v = vaccine_for(rng, kid.age(c.today))
    ty = ['patient_name', 'date_of_birth', 'medication', 'diagnosis']
    lines = [c.L('Nom : ', 'Name: ') + kid.rev, c.L('Date de naissance : ', 'Date of birth: ') + c.date(kid.dob, 0)]
    if use_nam:
        lines.append(c.L('NAM : ', 'RAMQ: ') + c.nam(kid, 0))
        ty.append('ramq_nam')
    lines += [c.L('Vaccin : ', 'Vaccine: ') + v[0 if c.fr else 1] + ' LOT %s%d' % (c.pick(['MX', 'RB', 'V4']), rng.randint(100, 999)),
              c.L('Manifestation : ', 'Event: ') + ev[0 if c.fr else 1],
              c.L('Évolution : résolution complète en 24 h.', 'Outcome: fully resolved within 24 h.')]
    as_pdf = c.chance(0.5)
    if as_pdf:
        att = c.att_pdf(c.L('MCI_%s.pdf', 'AEFI_%s.pdf') % C.slug(kid.surname),
                        c.L('Déclaration de manifestation clinique inhabituelle (MCI)', 'Adverse event following immunization report'),
                        lines, author=nurse.full)
        text = c.L('%s\n\nCi-joint une déclaration de MCI à saisir au registre.\n\n%s\n%s',
                   '%s\n\nAttached is an AEFI report for entry into the registry.\n\n%s\n%s') % (
            X.greet(rng, c.lang), X.closing(rng, c.lang), nurse.signature(c.lang))
        atts = [att]
    else:
        text = c.L('%s\n\nDéclaration de MCI :\n\n%s\n\n%s\n%s', '%s\n\nAEFI report:\n\n%s\n\n%s\n%s') % (
            X.greet(rng, c.lang), '\n'.join(lines), X.closing(rng, c.lang), nurse.signature(c.lang))
        atts = []
    env = c.env(nurse.addr(), [(c.L('Santé publique - vigilance', 'Public health - vaccine safety'), 'mci@sante-publique-vv.example')],
                c.pick([c.L('Déclaration MCI', 'AEFI report'), 'MCI - %s' % kid.surname, c.L('Réaction post-vaccinale', 'Post-vaccine reaction')]))
    return c.finish('vaccine_adverse_event', ty, 'adverse event following immunization report%s' % ('; PDF' if as_pdf else ''),
                    env, text, attachments=atts)


# ---------------------------------------------------------------- P: vaccination booking list (CSV / ZIP)
def p_vaccination_booking(c):
    rng = c.rng
    nurse = c.staff('vax_rn', 'clsc')
    clerk = c.staff('clerk', 'clsc')
    n = rng.randint(6, 14)
    rows = []
    with_nam = c.chance(0.4)
    for i in range(n):
        if with_nam and i < 2:
            k = c.kid_nam(5, 12)
            nam = c.nam(k, 0)
        else:
            k = c.invented_kid(0, 5)
            nam = ''
        t = '%02d:%02d' % (8 + i // 4, (i % 4) * 15)
        row = [t, k.surname, k.given, C.fmt_date(k.dob, c.lang, 0), C.phone(rng, sep='-'),
               vaccine_for(rng, k.age(c.today))[0 if c.fr else 1]]
        if with_nam:
            row.insert(4, nam)
        rows.append(row)
    headers = [c.L('Heure', 'Time'), c.L('Nom', 'Last name'), c.L('Prénom', 'First name'), c.L('DDN', 'DOB')] + (
        ['NAM'] if with_nam else []) + [c.L('Téléphone', 'Phone'), c.L('Vaccin prévu', 'Planned vaccine')]
    ty = ['patient_name', 'date_of_birth', 'patient_contact', 'medication'] + (['ramq_nam'] if with_nam else [])
    day = c.later(1, 7)
    csvname = c.L('rv_vaccination_%s.csv', 'vaccination_bookings_%s.csv') % day.isoformat()
    csvp = c.att_csv(csvname, headers, rows, sep=c.pick([';', ',']))
    atts = [csvp]
    note = 'vaccination clinic booking list as CSV'
    if c.chance(0.5):
        from corpus_mime import make_csv, make_pdf
        data = make_csv(headers, rows, ';').encode('utf-8')
        pdf = make_pdf(c.L('Horaire clinique de vaccination', 'Vaccination clinic schedule'), [c.date(day, 2)],
                       table=(headers, rows))
        atts = [c.att_zip(c.L('clinique_vaccination_%s.zip', 'vaccination_clinic_%s.zip') % day.isoformat(),
                          [(csvname, data), (csvname.replace('.csv', '.pdf'), pdf)])]
        note = 'vaccination clinic booking list inside ZIP (CSV + PDF)'
    text = c.L('%s\n\nVoici la liste des rendez-vous pour la clinique du %s. Merci de faire les rappels téléphoniques.\n\n%s\n%s',
               '%s\n\nHere is the booking list for the %s clinic. Please make the reminder calls.\n\n%s\n%s') % (
        X.greet(rng, c.lang, clerk.given), c.date(day, 2), X.closing(rng, c.lang), nurse.signature(c.lang))
    env = c.env(nurse.addr(), [clerk.addr()], c.L('Liste RV vaccination', 'Vaccination bookings') + ' ' + c.date(day, 3))
    return c.finish('vaccination_booking_list', ty, note, env, text, attachments=atts)


# ---------------------------------------------------------------- P: parent writes to pediatric clinic
def p_parent_clinic(c):
    rng = c.rng
    use_nam = c.chance(0.45)
    kid = c.kid_nam(5, 14) if use_nam else c.invented_kid(0, 10)
    parent = c.invented_adult(c.pick(['F', 'M']), kid.surname if c.chance(0.7) else None, 25, 50)
    clinic = c.staff('clerk', c.pick(['chu', 'hrv']))
    d = dx(PEDIATRIC, rng) if c.chance(0.6) else None
    ty = ['patient_name']
    tel = C.phone(rng, sep=c.pick(['-', ' ', '']))
    fever = c.L('fait de la fièvre (39,6) depuis 3 jours', 'has had a fever (39.6) for 3 days')
    if c.fr:
        body = 'Bonjour,\n\n%s %s %s' % (child_word(c, kid).capitalize(), kid.full if c.chance(0.6) else kid.given, fever)
        if d:
            body += ". %s est suivi(e) pour %s et prend %s" % (
                he(c, kid).capitalize(), d['fr'], c.pick(d['med'])[0])
        body += '. Est-ce possible d\'avoir un rendez-vous cette semaine?'
    else:
        body = 'Hello,\n\n%s %s %s' % (child_word(c, kid).capitalize(), kid.full if c.chance(0.6) else kid.given, fever)
        if d:
            body += '. %s is followed for %s and takes %s' % (
                he(c, kid).capitalize(), d['en'], c.pick(d['med'])[1])
        body += '. Could we get an appointment this week?'
    ty.append('diagnosis')
    if d:
        ty.append('medication')
    if c.chance(0.6):
        body += c.L('\nSa date de naissance est le %s', '\nDate of birth is %s') % c.date(kid.dob)
        ty.append('date_of_birth')
        if use_nam:
            body += c.L(' et sa carte soleil %s', ' and RAMQ card %s') % c.nam(kid)
            ty.append('ramq_nam')
    elif use_nam:
        body += c.L('\nNAM: %s', '\nRAMQ #: %s') % c.nam(kid)
        ty.append('ramq_nam')
    if c.chance(0.6):
        body += c.L('\nVous pouvez me joindre au %s.', '\nYou can reach me at %s.') % tel
        ty.append('patient_contact')
    body += '\n\n%s\n%s' % (c.L('Merci', 'Thanks'), parent.given if c.chance(0.4) else parent.full)
    body = C.sloppy(rng, body, 0.035, drop_accents=c.fr and c.chance(0.5), protect=[kid.full, parent.full, tel])
    if kid.surname not in body:
        body = body.replace(kid.given, kid.full, 1)
    subj = c.pick([c.L('Demande de rendez-vous', 'Appointment request'), c.L('fièvre', 'fever'),
                   c.L('RV pour %s', 'Appt for %s') % kid.given, c.L('urgent svp', 'urgent please')])
    env = c.env((parent.full, C.personal_email(rng, parent.given, parent.surname)), [clinic.addr()], subj)
    return c.finish('parent_to_clinic', ty, 'parent asks pediatric clinic for an appointment for a sick child', env, body)


# ---------------------------------------------------------------- P: clinic reply quoting parent's message
def p_clinic_reply_quoting(c):
    rng = c.rng
    kid = c.kid_nam(5, 14) if c.chance(0.4) else c.invented_kid(0, 12)
    parent = c.invented_adult(c.pick(['F', 'M']), kid.surname, 25, 50)
    nurse = c.staff(c.pick(['nicu_rn', 'peds', 'clerk']), c.pick(['chu', 'hrv']))
    d = dx(PEDIATRIC + NEONATAL[:3], rng)
    paddr = C.personal_email(rng, parent.given, parent.surname)
    sent = c.when - dt.timedelta(hours=rng.randint(3, 60))
    orig = c.L('Bonjour, mon enfant %s (né(e) le %s) a eu un diagnostic de %s et on attend encore l\'appel pour le suivi. '
               'Pouvez-vous vérifier? Merci, %s',
               'Hi, my child %s (born %s) was diagnosed with %s and we are still waiting for a call about follow-up. '
               'Could you check? Thanks, %s') % (kid.full, c.date(kid.dob), c.L(d['fr'], d['en']), parent.given)
    orig = C.sloppy(rng, orig, 0.03, drop_accents=c.fr and c.chance(0.5), protect=[kid.full, parent.given])
    reply = c.pick([c.L('Bonjour,\n\nLe rendez-vous est confirmé pour le %s à 9 h 30. Présentez-vous à l\'accueil 15 minutes avant.',
                         'Hello,\n\nThe appointment is confirmed for %s at 9:30. Please check in 15 minutes early.') % c.date(c.later(2, 20), 2),
                    c.L('Bonjour, c\'est noté, je transmets à l\'infirmière.', 'Hi, noted, forwarding to the nurse.')])
    subj = c.pick([c.L('suivi', 'follow-up'), c.L('rendez-vous de suivi', 'follow-up appointment')])
    text = '%s\n\n%s\n\n%s' % (reply, nurse.signature(c.lang),
                               X.quote_reply(rng, c.lang, sent, parent.full, paddr, orig, nurse.email, subj))
    env = c.env(nurse.addr(), [(parent.full, paddr)], 'RE: ' + subj, in_reply_to=C.msgid(rng, paddr.split('@')[1]))
    return c.finish('clinic_reply_quoted', ['patient_name', 'date_of_birth', 'diagnosis'],
                    'benign reply; child details only in quoted parent message', env, text)


# ---------------------------------------------------------------- P: forward with attached .eml
def p_forward_eml(c):
    rng = c.rng
    kid = c.kid_nam(5, 15) if c.chance(0.5) else c.invented_kid(1, 15)
    d = dx(PEDIATRIC, rng)
    med = c.pick(d['med'])
    a = c.staff('peds', c.pick(['chu', 'hrv']))
    b = c.staff('clerk', a.org.key)
    dest = c.staff('nicu_rn' if c.chance(0.3) else 'sw', a.org.key)
    ty = ['patient_name', 'diagnosis', 'medication']
    inner_txt = c.L('%s\n\nSuivi de %s : %s, on ajuste %s. Revoir dans 6 semaines.%s\n\n%s',
                    '%s\n\nFollow-up for %s: %s, adjusting %s. See again in 6 weeks.%s\n\n%s') % (
        X.greet(rng, c.lang, b.given), pname(c, kid), c.L(d['fr'], d['en']), med[0 if c.fr else 1], '@@EXTRA@@',
        a.signature(c.lang))
    extra = ''
    if kid.nam and c.chance(0.6):
        extra = c.L(' NAM %s.', ' RAMQ %s.') % c.nam(kid)
        ty.append('ramq_nam')
    inner_txt = inner_txt.replace('@@EXTRA@@', extra)
    inner = c.inner_message(a.addr(), [b.addr()], c.L('Suivi %s', 'Follow-up %s') % kid.surname, inner_txt,
                            when=c.when - dt.timedelta(days=rng.randint(1, 20)),
                            charset=c.pick(['utf-8', 'iso-8859-1']), cte=c.pick(['quoted-printable', '8bit', 'base64']))
    body = c.L('%s\n\nFYI, voir le message ci-joint. Peux-tu t\'en occuper?\n\n%s',
               '%s\n\nFYI see attached message. Can you take care of it?\n\n%s') % (
        X.greet(rng, c.lang, dest.given, formal=False), b.signature(c.lang))
    env = c.env(b.addr(), [dest.addr()], c.L('TR: Suivi ', 'Fwd: Follow-up ') + kid.surname)
    return c.finish('forward_attached_eml', ty, 'forward with the original message attached as message/rfc822',
                    env, body, attachments=[c.att_eml(inner, c.pick([None, 'message.eml', 'suivi.eml']))])


# ---------------------------------------------------------------- P: identity + diagnosis only in subject
def p_subject_only(c):
    rng = c.rng
    mom = c.mother_nam() if c.chance(0.5) else c.invented_adult('F')
    d = dx(PRENATAL, rng)
    sender = c.staff('ob', 'cme')
    to = c.staff('clerk', 'cme')
    day = c.later(2, 30)
    if c.fr:
        subj = c.pick(['RE: %s %s - %s, césa prévue %s' % (mom.surname.upper(), mom.given, d['abbr'], C.fmt_date(day, 'fr', 1)),
                       '%s, %s -> induction %s' % (mom.rev, d['abbr'], C.fmt_date(day, 'fr', 1)),
                       'TR: %s (%s) salle op %s' % (mom.full, d['fr'], C.fmt_date(day, 'fr', 0))])
    else:
        subj = c.pick(['RE: %s %s - %s, C/S booked %s' % (mom.surname.upper(), mom.given, d['abbr'], C.fmt_date(day, 'en', 1)),
                       '%s, %s -> IOL %s' % (mom.rev, d['abbr'], C.fmt_date(day, 'en', 1)),
                       'Re: %s (%s) booking OR %s' % (mom.full, d['en'], C.fmt_date(day, 'en', 0))])
    body = c.pick([c.L('Ok pour moi, je réserve la salle.', 'OK with me, booking the room.'),
                   c.L('Confirmé. Merci!', 'Confirmed. Thanks!'), c.L('Oui, svp ajouter à la liste.', 'Yes, please add to the list.')])
    body += '\n\n' + sender.signature(c.lang)
    env = c.env(sender.addr(), [to.addr()], subj, in_reply_to=C.msgid(rng, 'cme-boreal.example'))
    return c.finish('subject_line_only', ['patient_name', 'diagnosis'],
                    'patient name and obstetric diagnosis only in the Subject line; body is one line', env, body)


# ---------------------------------------------------------------- P: MRN + clinical facts, no name
def p_mrn_only(c):
    rng = c.rng
    d = dx(NEONATAL, rng)
    rn = c.staff('nicu_rn')
    doc = c.staff('neonat')
    prefix, digits = C.gen_mrn(rng, 'chu')
    ref = c.pick([digits, '%s-%s' % (digits[:3], digits[3:]), prefix + digits, '#' + digits])
    lab = c.pick(d['lab'])
    with_med = c.chance(0.5)
    text = c.L('%s\n\nDossier %s : %s ce matin. Dx %s. On %s. Peux-tu passer le voir avant 10 h?\n\n%s',
               '%s\n\nChart %s: %s this morning. Dx %s. Plan: %s. Can you see the baby before 10?\n\n%s') % (
        X.greet(rng, c.lang, doc.given, formal=False), ref, lab[0 if c.fr else 1], d['abbr'],
        c.pick(d['med'])[0 if c.fr else 1] if with_med else c.L('maintient le plan', 'keep same plan'), rn.signature(c.lang))
    ty = ['mrn', 'lab_result', 'diagnosis'] + (['medication'] if with_med else [])
    env = c.env(rn.addr(), [doc.addr()], c.pick(['%s' % ref, c.L('bébé lit %d', 'baby bed %d') % rng.randint(1, 24), c.L('À voir', 'To see')]))
    return c.finish('mrn_only', ty, 'chart number with neonatal result and diagnosis, no name', env, text)


# ---------------------------------------------------------------- P: adolescent clinic
def p_adolescent(c):
    rng = c.rng
    teen = c.kid_nam(14, 19) if c.chance(0.5) else c.invented_kid(14, 17)
    a = c.pick(ADOLESCENT)
    nurse = c.staff('school_rn', 'clsc')
    doc = c.staff('peds', c.pick(['chu', 'hrv']))
    ty = ['patient_name', 'diagnosis', 'medication', 'lab_result']
    soc = ''
    if c.chance(0.5):
        soc = c.L(' Ne souhaite pas que ses parents soient informés; vit présentement chez une amie.',
                  ' Does not want parents informed; currently staying at a friend\'s place.')
        ty.append('social_information')
    dob = ''
    if c.chance(0.5):
        dob = c.L(' (DDN %s)', ' (DOB %s)') % c.date(teen.dob)
        ty.append('date_of_birth')
    text = c.L('%s\n\nJe vous réfère %s%s, %d ans, vu(e) à la clinique jeunesse : %s. Résultat : %s. Débuté : %s.%s\n\n%s\n%s',
               '%s\n\nReferring %s%s, %d y.o., seen at the youth clinic: %s. Result: %s. Started: %s.%s\n\n%s\n%s') % (
        X.greet(rng, c.lang, doc.display(c.lang)), pname(c, teen, c.pick([0, 1, 4, 5])), dob, teen.age(c.today),
        a[c.lang], c.pick(a['lab'])[0 if c.fr else 1], c.pick(a['med'])[0 if c.fr else 1], soc,
        X.closing(rng, c.lang), nurse.signature(c.lang))
    if c.chance(0.3):
        text += '\n\n' + X.disclaimer(c.lang)
    env = c.env(nurse.addr(), [doc.addr()], c.pick([c.L('Référence clinique jeunesse', 'Youth clinic referral'),
                                                     c.L('Référence - confidentiel', 'Referral - confidential'), c.L('Ado à voir', 'Teen to see')]))
    return c.finish('adolescent_clinic', ty, 'youth clinic referral of a named adolescent', env, text)


# ---------------------------------------------------------------- P: interpreter booking
def p_interpreter(c):
    rng = c.rng
    fam = c.pick(['Nkurunziza', 'Diallo', 'Obeng', 'Mbaye', 'Haile', 'Tesfaye', 'Rahimi'])
    kid = c.invented_kid(0, 8, family=fam)
    clerk = c.staff('clerk', c.pick(['chu', 'cme']))
    lang_ = c.pick([('tigrigna', 'Tigrinya'), ('dari', 'Dari'), ('swahili', 'Swahili'), ('espagnol', 'Spanish'), ('arabe', 'Arabic')])
    d = dx(NEONATAL + PEDIATRIC, rng)
    day = c.later(2, 15)
    ty = ['patient_name', 'social_information']
    dx_txt = ''
    if c.chance(0.6):
        dx_txt = c.L(' (suivi %s)', ' (follow-up of %s)') % c.L(d['fr'], d['en'])
        ty.append('diagnosis')
    text = c.L('%s\n\nBesoin d\'un interprète en %s le %s à 13 h pour la famille de %s%s. '
               'Famille demandeuse d\'asile arrivée récemment, la mère ne parle ni français ni anglais.\n\n%s\n%s',
               '%s\n\nWe need a %s interpreter on %s at 1 pm for the family of %s%s. '
               'Recently arrived asylum-seeking family; the mother speaks neither French nor English.\n\n%s\n%s') % (
        X.greet(rng, c.lang), lang_[0 if c.fr else 1], c.date(day, 2), kid.full, dx_txt, X.closing(rng, c.lang),
        clerk.signature(c.lang))
    env = c.env(clerk.addr(), [(c.L('Banque d\'interprètes', 'Interpreter bank'), 'interpretes@cisss-valleeverte.example')],
                c.L('Demande d\'interprète %s', 'Interpreter request %s') % C.fmt_date(day, c.lang, 0))
    return c.finish('interpreter_booking', ty, 'interpreter booking naming a child and family migration status', env, text)


# ---------------------------------------------------------------- P: transport booking
def p_transport(c):
    rng = c.rng
    mom = c.mother_nam() if c.chance(0.4) else c.invented_adult('F')
    clerk = c.staff('clerk', c.pick(['chu', 'cme']))
    addr, tel = C.home_address(rng), C.phone(rng)
    day = c.later(1, 10)
    reason = c.pick([('retour à domicile après séjour USIN du bébé (sous O2)', 'discharge home after baby\'s NICU stay (on O2)'),
                     ('rendez-vous en médecine fœto-maternelle, grossesse gémellaire', 'maternal-fetal medicine visit, twin pregnancy'),
                     ('suivi en cardiologie pédiatrique du bébé', 'baby\'s pediatric cardiology follow-up')])
    text = c.L('%s\n\nTransport adapté demandé :\nNom : %s\nAdresse de départ : %s\nTél. : %s\nDate : %s, 8 h 15\n'
               'Destination : %s\nMotif : %s\n\n%s\n%s',
               '%s\n\nTransport requested:\nName: %s\nPickup address: %s\nPhone: %s\nDate: %s, 8:15 am\n'
               'Destination: %s\nReason: %s\n\n%s\n%s') % (
        X.greet(rng, c.lang), pname(c, mom, c.pick([0, 1, 3])), addr, tel, c.date(day, 2), clerk.org.name(c.lang),
        reason[0 if c.fr else 1], X.closing(rng, c.lang), clerk.signature(c.lang))
    env = c.env(clerk.addr(), [(c.L('Centrale de transport', 'Transport desk'), 'transport@cisss-valleeverte.example')],
                c.L('Demande de transport', 'Transport request') + ' ' + C.fmt_date(day, c.lang, 0))
    return c.finish('transport_booking', ['patient_name', 'patient_contact', 'diagnosis'],
                    'transport booking with home address and phone', env, text)


# ---------------------------------------------------------------- P: Belgian child with NISS
def p_belgian_child(c):
    rng = c.rng
    kid = c.invented_kid(0, 12, family=c.pick(C.BE_FAMILY))
    niss = C.gen_niss(rng, kid.dob, kid.sex)
    d = dx(PEDIATRIC + NEONATAL[6:], rng)
    org = C.ORGS['liege']
    peds = c.staff('peds', 'chu')
    med = c.pick(d['med'])[0]
    ty = ['be_niss', 'patient_name', 'date_of_birth', 'diagnosis', 'medication']
    c.lang, c.fr = 'fr', True
    text = ('Cher Confrère,\n\nJe vous adresse %s %s, né(e) le %s (NISS %s), que nous suivons pour %s. '
            'La famille s\'installe au Québec le mois prochain. Traitement actuel : %s.\n'
            'Je joins le dernier rapport de consultation.\n\nBien à vous,\nDr %s %s\n%s\n%s, %s %s') % (
        kid.given, kid.surname.upper(), C.fmt_date(kid.dob, 'fr', c.pick([1, 2])), C.fmt_niss(niss, rng.randint(0, 2)),
        d['fr'], med, c.pick(['Sophie', 'Luc', 'Pierre', 'Anne']), c.pick(['Lemaire', 'Wouters', 'Goossens']),
        org.name_fr, org.street, org.postal, org.city)
    atts = []
    if c.chance(0.5):
        atts.append(c.att_pdf('rapport_%s.pdf' % C.slug(kid.surname), 'Rapport de consultation pédiatrique',
                              ['Patient : %s %s' % (kid.surname.upper(), kid.given), 'NISS : %s' % C.fmt_niss(niss, 0),
                               'Diagnostic : %s' % d['fr'], 'Traitement : %s' % med]))
    env = c.env(('Secrétariat pédiatrie', 'secretariat@%s' % org.domain), [peds.addr()],
                c.pick(['Transfert de suivi - %s %s' % (kid.given, kid.surname), 'Courrier patient %s' % kid.surname]))
    return c.finish('pediatric_transfer_belgium', ty, 'pediatric follow-up transfer from Belgium with NISS',
                    env, text, attachments=atts)


# ---------------------------------------------------------------- P: home oxygen with vCard
def p_home_oxygen_vcard(c):
    rng = c.rng
    parent = c.invented_adult(c.pick(['F', 'M']))
    baby = c.newborn(parent.surname, (40, 120), named=True)
    rt = c.staff('rt')
    vendor = ('Service à la clientèle' if c.fr else 'Customer service', 'oxygene@medisupply.example')
    tel = C.phone(rng)
    addr = C.home_address(rng)
    vc = c.att_vcf('%s.vcf' % C.slug(parent.full), full=parent.full, surname=parent.surname, given=parent.given,
                   tels=[('CELL', tel)], adr=addr, emails=[C.personal_email(rng, parent.given, parent.surname)],
                   note=c.L('Parent de %s - O2 à domicile', 'Parent of %s - home O2') % baby.given)
    text = c.L('%s\n\nNouveau client pour l\'oxygène à domicile : %s %s, %s mois, dysplasie bronchopulmonaire, '
               'O2 0,25 L/min par lunette nasale 24 h/24. Coordonnées du parent dans la fiche jointe. Livraison avant le congé svp.\n\n%s\n%s',
               '%s\n\nNew home oxygen client: %s %s, %s months old, bronchopulmonary dysplasia, '
               'O2 0.25 L/min by nasal cannula 24/7. Parent contact card attached. Please deliver before discharge.\n\n%s\n%s') % (
        X.greet(rng, c.lang), baby.given, baby.surname, max(1, (c.today - baby.dob).days // 30), X.closing(rng, c.lang),
        rt.signature(c.lang))
    env = c.env(rt.addr(), [vendor], c.L('Oxygène à domicile - nouveau client', 'Home oxygen - new client'))
    return c.finish('home_oxygen_vcard', ['patient_name', 'diagnosis', 'medication', 'patient_contact'],
                    'home oxygen order; parent address and phone in vCard', env, text, attachments=[vc])


# ---------------------------------------------------------------- P: neonatal follow-up clinic export (ZIP)
def p_followup_zip(c):
    rng = c.rng
    edu = c.staff('clerk', 'chu')
    doc = c.staff('neonat', 'chu')
    rows = []
    for i in range(rng.randint(5, 10)):
        b = c.invented_kid(0, 2)
        d = dx(NEONATAL, rng)
        rows.append([b.surname, b.given, C.fmt_date(b.dob, c.lang, 0), c.mrn('chu', 3).split(' ')[-1],
                     c.L(d['fr'], d['en']), c.pick(['Bayley-4', c.L('Audiologie', 'Audiology'), c.L('Ophtalmo', 'Ophthalmology')])])
    headers = [c.L('Nom', 'Surname'), c.L('Prénom', 'Given'), c.L('DDN', 'DOB'), 'MRN', 'Dx', c.L('Évaluation', 'Assessment')]
    csv_txt = __import__('corpus_mime').make_csv(headers, rows, ',')
    files = [(c.L('suivi_neonatal.csv', 'neonatal_followup.csv'), csv_txt.encode('cp1252', 'replace')),
             ('LISEZMOI.txt' if c.fr else 'README.txt', c.L('Export clinique de suivi néonatal.\r\n', 'Neonatal follow-up clinic export.\r\n').encode('utf-8'))]
    att = c.att_zip(c.L('export_suivi_%s.zip', 'followup_export_%s.zip') % c.today.strftime('%Y%m'), files)
    text = c.L('%s\n\nL\'export du mois est joint (ZIP).\n\n%s', '%s\n\nThis month\'s export is attached (ZIP).\n\n%s') % (
        X.greet(rng, c.lang, doc.given), edu.signature(c.lang))
    env = c.env(edu.addr(), [doc.addr()], c.L('Export clinique de suivi', 'Follow-up clinic export'))
    return c.finish('followup_clinic_export', ['patient_name', 'date_of_birth', 'mrn', 'diagnosis'],
                    'neonatal follow-up list in CSV inside ZIP', env, text, attachments=[att])


TEMPLATES_B = [
    (p_school_action_plan, 0.5, 4),
    (p_school_roster, 0.5, 4),
    (p_school_nurse_parent, 0.6, 4),
    (p_parent_school, 0.6, 4),
    (p_dpj_referral, 0.7, 5),
    (p_dpj_followup, 0.7, 3),
    (p_cas_referral, 0.2, 3),
    (p_vaccination_record, 0.6, 4),
    (p_vaccine_adverse, 0.6, 3),
    (p_vaccination_booking, 0.6, 3),
    (p_parent_clinic, 0.55, 5),
    (p_clinic_reply_quoting, 0.55, 3),
    (p_forward_eml, 0.5, 4),
    (p_subject_only, 0.5, 3),
    (p_mrn_only, 0.5, 3),
    (p_adolescent, 0.5, 3),
    (p_interpreter, 0.5, 2),
    (p_transport, 0.5, 3),
    (p_belgian_child, 1.0, 3),
    (p_home_oxygen_vcard, 0.5, 2),
    (p_followup_zip, 0.5, 2),
]
