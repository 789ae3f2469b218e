"""Positive templates, part A: neonatal intensive care and obstetrics."""
import datetime as dt

import corpus_common as C
import corpus_text as X
from corpus_base import NEONATAL, PRENATAL, dx


def pname(c, p, style=None):
    """A patient name written in one of the ways people really write it."""
    s = c.rng.randint(0, 6) if style is None else style
    if s == 0:
        return p.full
    if s == 1:
        return p.rev
    if s == 2:
        return '%s %s' % (p.surname.upper(), p.given)
    if s == 3:
        if c.fr:
            return ('Mme ' if p.sex == 'F' else 'M. ') + p.full
        return ('Ms. ' if p.sex == 'F' else 'Mr. ') + p.full
    if s == 4:
        return '%s %s' % (p.surname, p.given)
    if s == 5:
        return C.strip_accents(p.full)
    return '%s, %s' % (p.surname, p.given)


def mother_label(c, m):
    return pname(c, m, c.pick([0, 1, 3, 4]))


# ---------------------------------------------------------------- P: NICU transfer (Quebec)
def p_nicu_transfer(c):
    rng = c.rng
    mom = c.mother_nam()
    baby = c.newborn(mom.surname, (0, 2), named=False)
    d = dx(NEONATAL, rng)
    med = c.pick(d['med'])
    lab = c.pick(d['lab'])
    doc = c.staff('peds', 'hrv')
    coord = c.staff('transfer', 'chu')
    ty = ['patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result']
    lines = []
    use_nam = c.chance(0.65)
    use_mrn = c.chance(0.7)
    momname = mother_label(c, mom)
    if c.fr:
        subj = c.pick(['Demande de transfert USIN - bébé %s %s sem' % (mom.surname, baby.ga),
                       'URGENT transfert néonatal %s' % mom.surname.upper(),
                       'Transfert bb %s vers CHU' % mom.surname])
        lines.append(X.greet(rng, 'fr', coord.given))
        lines.append('')
        lines.append('Nous demandons le transfert vers votre USIN du %s de %s, né(e) chez nous le %s à %s.'
                     % (baby.given.lower(), momname, c.date(baby.dob), baby.birth_time))
        lines.append('')
        lines.append('- AG : %s sem., PN : %d g' % (baby.ga, baby.weight))
        lines.append('- Dx : %s' % d['fr'])
        lines.append('- Tx en cours : %s' % med[0])
        lines.append('- Dernier résultat : %s' % lab[0])
        if use_mrn:
            lines.append('- %s (HRVV)' % c.mrn('hrv'))
        if use_nam:
            lines.append('- Mère : %s, NAM %s, née le %s' % (momname, c.nam(mom), c.date(mom.dob)))
        lines.append('')
        lines.append(c.pick(['Les parents sont informés et d\'accord avec le transfert.',
                             'Le père accompagnera l\'équipe de transport; la mère reste chez nous (post-césarienne).',
                             'Merci de nous rappeler au poste de l\'unité dès que le lit est confirmé.']))
        lines.append('')
        lines.append(X.closing(rng, 'fr'))
        lines.append(doc.signature('fr'))
    else:
        subj = c.pick(['NICU transfer request - baby %s %s wks' % (mom.surname, baby.ga),
                       'URGENT neonatal transfer %s' % mom.surname.upper(),
                       'Transfer: baby %s to CHU NICU' % mom.surname])
        lines.append(X.greet(rng, 'en', coord.given))
        lines.append('')
        lines.append('We are requesting transfer to your NICU of the %s of %s, born here on %s at %s.'
                     % (baby.given.lower().replace('baby ', 'baby '), momname, c.date(baby.dob), baby.birth_time))
        lines.append('')
        lines.append('* GA %s wks, BW %d g' % (baby.ga, baby.weight))
        lines.append('* Dx: %s' % d['en'])
        lines.append('* Current tx: %s' % med[1])
        lines.append('* Latest: %s' % lab[1])
        if use_mrn:
            lines.append('* %s (Vallée-Verte)' % c.mrn('hrv'))
        if use_nam:
            lines.append('* Mother: %s, RAMQ %s, DOB %s' % (momname, c.nam(mom), c.date(mom.dob)))
        lines.append('')
        lines.append(c.pick(['Parents are aware and agree with the transfer.',
                             'Dad will travel with the transport team; mom stays with us post C-section.',
                             'Please call the unit desk as soon as the bed is confirmed.']))
        lines.append('')
        lines.append(X.closing(rng, 'en'))
        lines.append(doc.signature('en'))
    if use_mrn:
        ty.append('mrn')
    if use_nam:
        ty.append('ramq_nam')
    text = '\n'.join(lines)
    atts = []
    if c.chance(0.35):
        fname = c.L('resume_transfert_%s.pdf' % C.slug(mom.surname), 'transfer_summary_%s.pdf' % C.slug(mom.surname))
        atts.append(c.att_pdf(fname, c.L('Résumé de transfert néonatal', 'Neonatal transfer summary'),
                              [l for l in lines[2:] if l and not l.startswith('--')], author=doc.full))
    env = c.env(doc.addr(), [coord.addr()], subj, cc=[c.staff('neonat', 'chu').addr()] if c.chance(0.4) else None)
    return c.finish('nicu_transfer', ty, 'NICU transfer request, newborn + mother identified%s' %
                    ('; PDF summary' if atts else ''), env, text, attachments=atts)


# ---------------------------------------------------------------- P: Ontario transfer (OHIP)
def p_nicu_transfer_on(c):
    rng = c.rng
    mom = c.invented_adult('F')
    num, vc = C.gen_ohip(rng)
    baby = c.newborn(mom.surname, (1, 12), named=True)
    d = dx(NEONATAL, rng)
    med, lab = c.pick(d['med']), c.pick(d['lab'])
    src = c.staff('peds_on', 'rideau')
    dst = c.staff('neonat', 'chu')
    ohip = C.fmt_ohip(num, vc, rng.randint(0, 3))
    ty = ['ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result']
    addr = None
    if c.chance(0.4):
        addr = C.home_address(rng, ontario=True)
        ty.append('patient_contact')
    if c.fr:
        subj = 'Retour vers le CHU : %s %s (%s)' % (baby.given, baby.surname, c.pick(['RCH', 'Rideau', 'Ottawa']))
        body = ['Bonjour Dr %s,' % dst.surname, '',
                'Comme discuté au téléphone, %s %s (né(e) le %s, AG %s) pourra être rapatrié(e) au CHU demain.'
                % (baby.given, baby.surname, c.date(baby.dob), baby.ga),
                'Dx principal : %s. Traitement : %s. %s.' % (d['fr'], med[0], lab[0].capitalize()),
                'La famille réside au Québec mais la mère, %s, est couverte par l\'OHIP : %s.' % (mom.full, ohip)]
        if addr:
            body.append('Adresse de la famille : %s' % addr)
        body += ['', 'Au plaisir,', src.signature('fr')]
    else:
        subj = c.pick(['Back-transfer %s %s' % (baby.given, baby.surname),
                       'Re: transfer of baby %s' % baby.surname])
        body = ['Dear Dr. %s,' % dst.surname, '',
                'Following our call, %s %s (DOB %s, GA at birth %s wks, BW %d g) is ready for back-transfer.'
                % (baby.given, baby.surname, c.date(baby.dob), baby.ga, baby.weight),
                '', 'Problem list:', '- %s' % d['en'], '- on %s' % med[1], '- %s' % lab[1], '',
                'Mother: %s, Ontario health card %s.' % (mom.full, ohip)]
        if addr:
            body.append('Home: %s' % addr)
        body += ['', 'Best regards,', src.signature('en')]
    env = c.env(src.addr(), [dst.addr()], subj)
    return c.finish('nicu_transfer_ontario', ty, 'Ontario-to-Quebec neonatal back-transfer with Ontario health number',
                    env, '\n'.join(body))


# ---------------------------------------------------------------- P: NICU bed board roster
def p_nicu_roster(c):
    rng = c.rng
    n = rng.randint(4, 7)
    rows = []
    with_mrn = c.chance(0.5)
    with_dob = c.chance(0.7)
    for i in range(n):
        fam = c.pick(C.FAMILY + [p.surname for p in c.people[:10]])
        b = c.newborn(fam, (1, 40), named=c.chance(0.4))
        d = dx(NEONATAL, rng)
        label = ('%s %s' % (b.surname.upper(), b.given)) if b.named else (
            '%s %s' % (b.surname.upper(), c.L('bb ' + ('F' if b.sex == 'F' else 'M'), 'baby ' + b.sex)))
        row = ['%d%s' % (rng.randint(1, 24), c.pick(['', 'A', 'B'])), label]
        if with_dob:
            row.append(c.date(b.dob, 3))
        row += [b.ga, d['abbr'], c.pick(d['med'])[0 if c.fr else 1].split(' ')[0]]
        if with_mrn:
            row.append(c.mrn('chu', 3).split(': ')[-1].split(' ')[-1])
        rows.append(row)
    headers = [c.L('Lit', 'Bed'), c.L('Nom', 'Name')] + ([c.L('DDN', 'DOB')] if with_dob else []) + [
        'AG', 'Dx', c.L('Rx', 'Meds')] + (['MRN' if not c.fr else 'Dossier'] if with_mrn else [])
    sender = c.staff('nicu_rn')
    intro = c.L('Tableau de relève de nuit - USIN (%s)' % c.date(c.today, 2),
                'Night handover board - NICU (%s)' % c.date(c.today, 2))
    text = '%s\n\n%s\n\n%s\n%s' % (X.greet(rng, c.lang), intro, X.text_table(headers, rows), sender.signature(c.lang))
    html = ('<html><body><p>%s</p><p>%s</p>\n%s\n<p>%s</p></body></html>\n'
            % (X.esc(X.greet(rng, c.lang)), X.esc(intro), X.html_table(headers, rows),
               X.esc(sender.signature(c.lang)).replace('\n', '<br>\n')))
    ty = ['patient_name', 'diagnosis', 'medication'] + (['date_of_birth'] if with_dob else []) + (
        ['mrn'] if with_mrn else [])
    to = [c.staff('nicu_rn').addr() for _ in range(rng.randint(2, 4))]
    env = c.env(sender.addr(), to, c.L('Relève USIN nuit', 'NICU night handover') + ' ' + c.date(c.today, 3))
    atts = []
    if c.chance(0.3):
        atts.append(c.att_xlsx(c.L('releve_usin.xlsx', 'nicu_handover.xlsx'), [('USIN', headers, rows)]))
    return c.finish('nicu_handover_roster', ty, 'NICU handover roster table, surname-first',
                    env, text, html=html, attachments=atts, mode=c.pick(['html', 'alt']))


# ---------------------------------------------------------------- P: NICU discharge summary (DOCX)
def p_nicu_discharge(c):
    rng = c.rng
    mom = c.mother_nam() if c.chance(0.5) else c.invented_adult('F')
    baby = c.newborn(mom.surname, (20, 70), named=True)
    d = dx(NEONATAL, rng)
    neo = c.staff('neonat')
    clsc = c.staff('prenatal_rn', 'clsc')
    mrn = c.mrn('chu')
    addr = C.home_address(rng)
    tel = C.phone(rng)
    ty = ['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication', 'patient_contact']
    if c.fr:
        paras = ['Patient : %s %s   Sexe : %s   DDN : %s' % (baby.given, baby.surname, baby.sex, c.date(baby.dob, 0)),
                 mrn, 'AG à la naissance : %s sem.   PN : %d g' % (baby.ga, baby.weight),
                 'Mère : %s   Tél. : %s' % (mom.full, tel), 'Adresse : %s' % addr,
                 '## Diagnostics', '- Prématurité', '- %s' % d['fr'],
                 '## Médicaments au congé', '- vitamine D 400 UI DIE', '- fer élémentaire 3 mg/kg/j',
                 '- %s (sevrage prévu)' % c.pick(d['med'])[0],
                 '## Suivi', '- Clinique de suivi néonatal dans 4 semaines', '- Visite CLSC à domicile dans 48 h']
        body = '%s\n\nCi-joint le résumé de congé de %s (congé prévu %s). Merci d\'organiser la visite à domicile.\n\n%s\n%s' % (
            X.greet(rng, 'fr', clsc.given), c.pick([baby.given, 'bébé ' + baby.surname, baby.full]),
            c.date(c.later(0, 2), 2), X.closing(rng, 'fr'), neo.signature('fr'))
        subj = c.pick(['Congé USIN - suivi CLSC', 'Résumé de congé %s' % baby.surname, 'Congé bébé ' + baby.surname])
        fname = 'resume_conge_%s_%s.docx' % (C.slug(baby.surname), C.slug(baby.given))
        title = 'Résumé de congé – Unité de soins intensifs néonatals'
    else:
        paras = ['Patient: %s %s   Sex: %s   DOB: %s' % (baby.given, baby.surname, baby.sex, c.date(baby.dob, 0)),
                 mrn, 'GA at birth: %s wks   BW: %d g' % (baby.ga, baby.weight),
                 'Mother: %s   Phone: %s' % (mom.full, tel), 'Address: %s' % addr,
                 '## Diagnoses', '- Prematurity', '- %s' % d['en'],
                 '## Discharge medications', '- vitamin D 400 IU daily', '- elemental iron 3 mg/kg/day',
                 '- %s (to be weaned)' % c.pick(d['med'])[1],
                 '## Follow-up', '- Neonatal follow-up clinic in 4 weeks', '- CLSC home visit within 48 h']
        body = '%s\n\nPlease find attached the discharge summary (discharge planned %s). Could you arrange the home visit?\n\n%s\n%s' % (
            X.greet(rng, 'en', clsc.given), c.date(c.later(0, 2), 2), X.closing(rng, 'en'), neo.signature('en'))
        subj = c.pick(['NICU discharge - CLSC follow-up', 'Discharge summary', 'D/C summary attached'])
        fname = c.pick(['discharge_summary_%s.docx' % C.slug(baby.surname), 'DC_summary.docx'])
        title = 'NICU Discharge Summary'
    att = c.att_docx(fname, title, paras, author=neo.full)
    env = c.env(neo.addr(), [clsc.addr()], subj)
    return c.finish('nicu_discharge_summary', ty, 'NICU discharge summary in DOCX attachment; body short',
                    env, body, attachments=[att])


# ---------------------------------------------------------------- P: newborn screening result
def p_newborn_screen(c):
    rng = c.rng
    mom = c.invented_adult('F') if c.chance(0.5) else c.mother_nam()
    baby = c.newborn(mom.surname, (5, 14), named=c.chance(0.6))
    lab = c.staff('records', 'chu') if c.chance(0.3) else c.staff('peds', 'chu')
    peds = c.staff('peds', c.pick(['hrv', 'cme']))
    kind = rng.randint(0, 2)
    res = [(('TSH 62 mU/L sur le papier buvard (seuil 20)', 'TSH 62 mU/L on the blood spot (cut-off 20)'),
            ('hypothyroïdie congénitale probable', 'probable congenital hypothyroidism')),
           (('phénylalanine 980 µmol/L', 'phenylalanine 980 umol/L'), ('phénylcétonurie suspectée', 'suspected PKU')),
           (('électrophorèse de l\'Hb : profil FS', 'Hb electrophoresis: FS pattern'),
            ('drépanocytose probable', 'probable sickle cell disease'))][kind]
    tel = C.phone(rng)
    ty = ['patient_name', 'date_of_birth', 'lab_result', 'diagnosis']
    mrn_line = ''
    if c.chance(0.6):
        mrn_line = c.mrn('chu')
        ty.append('mrn')
    with_tel = c.chance(0.6)
    if with_tel:
        ty.append('patient_contact')
    if c.fr:
        subj = c.pick(['Dépistage néonatal anormal - %s' % baby.surname, 'Résultat dépistage sanguin à rappeler',
                       'URGENT : dépistage néonatal positif'])
        text = ('%s\n\nLe programme de dépistage néonatal sanguin nous signale pour %s %s (né(e) le %s, mère %s) : %s.\n'
                'Impression : %s. Un rendez-vous doit être donné d\'ici 48 h.\n%s%s\n\n%s\n%s') % (
            X.greet(rng, 'fr', peds.display('fr')), baby.given, baby.surname, c.date(baby.dob), mom.full,
            res[0][0], res[1][0], (mrn_line + '\n') if mrn_line else '',
            ('Téléphone de la famille : %s\n' % tel) if with_tel else '', X.closing(rng, 'fr'), lab.signature('fr'))
    else:
        subj = c.pick(['Abnormal newborn screen - %s' % baby.surname, 'Newborn screening result to call back',
                       'URGENT: positive newborn screen'])
        text = ('%s\n\nThe newborn blood-spot screening program flagged %s %s (DOB %s, mother %s): %s.\n'
                'Impression: %s. Family needs an appointment within 48 h.\n%s%s\n\n%s\n%s') % (
            X.greet(rng, 'en', peds.display('en')), baby.given, baby.surname, c.date(baby.dob), mom.full,
            res[0][1], res[1][1], (mrn_line + '\n') if mrn_line else '',
            ('Family phone: %s\n' % tel) if with_tel else '', X.closing(rng, 'en'), lab.signature('en'))
    env = c.env(lab.addr(), [peds.addr()], subj)
    return c.finish('newborn_screening', ty, 'abnormal newborn screening result for named infant', env, text)


# ---------------------------------------------------------------- P: prenatal follow-up (nurse <-> OB)
def p_prenatal_followup(c):
    rng = c.rng
    use_nam = c.chance(0.5)
    mom = c.mother_nam() if use_nam or c.chance(0.3) else c.invented_adult('F')
    d = dx(PRENATAL, rng)
    ga = '%d+%d' % (rng.randint(14, 37), rng.randint(0, 6))
    nurse = c.staff('prenatal_rn')
    ob = c.staff('ob')
    med, lab = c.pick(d['med']), c.pick(d['lab'])
    ty = ['patient_name', 'diagnosis', 'lab_result', 'medication']
    ident = ''
    if use_nam and mom.nam:
        ident = c.L(' (NAM %s)', ' (RAMQ %s)') % c.nam(mom)
        ty.append('ramq_nam')
    dob_txt = ''
    if c.chance(0.4):
        dob_txt = c.L(', née le %s', ', DOB %s') % c.date(mom.dob)
        ty.append('date_of_birth')
    who = pname(c, mom)
    if c.fr:
        subj = c.pick(['Suivi de grossesse - %s' % mom.surname, '%s %s sem' % (d['abbr'], ga),
                       'Résultats %s' % who, 'Question suivi prénatal'])
        text = ('%s\n\nPour %s%s%s, %s sem. : %s.\nRésultat : %s.\nJe propose %s; pouvez-vous confirmer ?\n'
                'Prochain RV le %s.\n\n%s\n%s') % (
            X.greet(rng, 'fr', ob.display('fr')), who, dob_txt, ident, ga, d['fr'], lab[0], med[0],
            c.date(c.later(3, 20), 2), X.closing(rng, 'fr'), nurse.signature('fr'))
    else:
        subj = c.pick(['Prenatal follow-up - %s' % mom.surname, '%s %s wks' % (d['abbr'], ga),
                       'Results %s' % who, 'Prenatal question'])
        text = ('%s\n\nRe %s%s%s, %s wks: %s.\nResult: %s.\nI suggest %s, can you confirm?\n'
                'Next appointment %s.\n\n%s\n%s') % (
            X.greet(rng, 'en', ob.display('en')), who, dob_txt, ident, ga, d['en'], lab[1], med[1],
            c.date(c.later(3, 20), 2), X.closing(rng, 'en'), nurse.signature('en'))
    atts = []
    if c.chance(0.3):
        start = dt.datetime.combine(c.later(2, 14), dt.time(rng.choice([8, 9, 10, 13, 14]), rng.choice([0, 15, 30])))
        atts.append(c.att_ics('invite.ics', uid='%s-%d@cme-boreal.example' % (c.kind, c.idx), start=start,
                              end=start + dt.timedelta(minutes=30),
                              summary=c.L('Suivi %s - %s', 'Follow-up %s - %s') % (d['abbr'], who),
                              description=c.L('Grossesse %s sem. %s', 'Pregnancy %s wk. %s') % (ga, c.L(d['fr'], d['en'])),
                              location=c.L('Clinique prénatale, 2e étage', 'Prenatal clinic, 2nd floor'),
                              organizer=nurse.addr(), attendees=[ob.addr()]))
    env = c.env(nurse.addr(), [ob.addr()], subj)
    return c.finish('prenatal_followup', ty, 'prenatal follow-up between nurse and obstetrician%s' %
                    ('; ICS invite' if atts else ''), env, text, attachments=atts)


# ---------------------------------------------------------------- P: pregnant patient writes in
def p_prenatal_patient_mail(c):
    rng = c.rng
    mom = c.mother_nam() if c.chance(0.5) else c.invented_adult('F')
    d = dx(PRENATAL, rng)
    ga = rng.randint(12, 38)
    nurse = c.staff('prenatal_rn')
    tel = C.phone(rng, sep=c.pick(['-', ' ', '']))
    ty = ['patient_name', 'diagnosis', 'lab_result']
    lab = c.pick(d['lab'])
    with_tel = c.chance(0.6)
    if c.fr:
        body = c.pick([
            'Bonjour,\n\nC\'est %s, je suis suivie pour %s (%s semaines). J\'ai eu mes résultats sur le portail : %s. '
            'Est-ce que c\'est normal? Je suis un peu inquiète.\n' % (mom.full, d['fr'], ga, lab[0]),
            'Allo %s,\n\nmes résultats sont sortis: %s. le Dr m\'avait parlé de %s, est-ce que je dois changer qqch? '
            'je suis rendue a %s sem.\n' % (nurse.given, lab[0], d['fr'], ga)])
        if with_tel:
            body += '\nVous pouvez me rappeler au %s.\n' % tel
        body += '\nMerci!\n%s' % (mom.given if c.chance(0.5) else mom.full)
        body = C.sloppy(rng, body, 0.03, drop_accents=c.chance(0.4), protect=[mom.full, lab[0], tel])
        subj = c.pick(['Question résultats', 'mes résultats', 'RE: suivi grossesse', 'Inquiète - résultats'])
    else:
        body = c.pick([
            'Hi,\n\nThis is %s, I\'m followed for %s (%s weeks). My results came out on the portal: %s. '
            'Is that normal? I\'m a bit worried.\n' % (mom.full, d['en'], ga, lab[1]),
            'Hey %s,\n\nmy results are in: %s. dr mentioned %s, do I need to change anything? '
            'I\'m %s wks now\n' % (nurse.given, lab[1], d['en'], ga)])
        if with_tel:
            body += '\nYou can call me back at %s.\n' % tel
        body += '\nThanks!\n%s' % (mom.given if c.chance(0.5) else mom.full)
        body = C.sloppy(rng, body, 0.03, protect=[mom.full, lab[1], tel])
        subj = c.pick(['Question about results', 'my results', 'RE: pregnancy follow-up', 'worried about results'])
    if mom.full not in body:
        # first name only in the body: the sender display carries the full name
        pass
    if with_tel:
        ty.append('patient_contact')
    sender = (mom.full, C.personal_email(rng, mom.given, mom.surname))
    env = c.env(sender, [nurse.addr()], subj)
    return c.finish('prenatal_patient_message', ty, 'pregnant patient writes about her results from personal mail',
                    env, body)


# ---------------------------------------------------------------- P: ultrasound report forwarded
def p_prenatal_us_report(c):
    rng = c.rng
    use_nam = c.chance(0.5)
    mom = c.mother_nam() if use_nam else c.invented_adult('F')
    ga = '%d+%d' % (rng.randint(18, 34), rng.randint(0, 6))
    finding = c.pick([('pyélectasie bilatérale 8 mm', 'bilateral pyelectasis 8 mm'),
                      ('placenta praevia recouvrant', 'complete placenta praevia'),
                      ('poids fœtal estimé < 3e percentile', 'EFW < 3rd percentile'),
                      ('fente labiale unilatérale gauche', 'left unilateral cleft lip'),
                      ('oligoamnios, ILA 4 cm', 'oligohydramnios, AFI 4 cm')])
    rad = c.staff('ob', 'cme')
    dest = c.staff('midwife', 'cme') if c.chance(0.5) else c.staff('prenatal_rn', 'clsc')
    ty = ['patient_name', 'date_of_birth', 'diagnosis', 'lab_result']
    lines_fr = ['Patiente : %s' % mom.rev, 'Date de naissance : %s' % C.fmt_date(mom.dob, 'fr', 0),
                'Examen : échographie obstétricale, %s sem.' % ga,
                'BPD 78 mm, CA 251 mm, LF 57 mm', 'Conclusion : %s' % finding[0],
                'Recommandation : contrôle dans 3 semaines, avis en médecine fœto-maternelle.']
    lines_en = ['Patient: %s' % mom.rev, 'Date of birth: %s' % C.fmt_date(mom.dob, 'en', 0),
                'Exam: obstetrical ultrasound, %s wks' % ga,
                'BPD 78 mm, AC 251 mm, FL 57 mm', 'Conclusion: %s' % finding[1],
                'Recommendation: repeat in 3 weeks, MFM consult.']
    lines = lines_fr if c.fr else lines_en
    if use_nam:
        lines.insert(1, 'NAM : %s' % c.nam(mom, 0) if c.fr else 'RAMQ: %s' % c.nam(mom, 0))
        ty.append('ramq_nam')
    fname = c.pick(['echo_%s_%s.pdf' % (C.slug(mom.surname), ga.replace('+', 'p')),
                    '%s_%s_US.pdf' % (mom.surname.upper(), C.strip_accents(mom.given)), 'rapport_echo.pdf'])
    att = c.att_pdf(fname, c.L('Rapport d\'échographie obstétricale', 'Obstetrical ultrasound report'), lines,
                    author=rad.full)
    body = c.L('%s\n\nVoici le rapport d\'écho de ta patiente. %s\n\n%s\n%s',
               '%s\n\nHere is the ultrasound report for your patient. %s\n\n%s\n%s') % (
        X.greet(rng, c.lang, dest.given, formal=False),
        c.pick([c.L('À discuter à la réunion de mardi.', 'To discuss at Tuesday\'s meeting.'), '',
                c.L('Peux-tu la rappeler?', 'Can you call her?')]), X.closing(rng, c.lang), rad.signature(c.lang))
    subj = c.pick([c.L('Rapport écho', 'US report'), c.L('Écho %s sem', 'US %s wks') % ga, 'TR: ' + fname])
    env = c.env(rad.addr(), [dest.addr()], subj)
    return c.finish('prenatal_ultrasound', ty, 'obstetrical ultrasound report in PDF; identity only in attachment',
                    env, body, attachments=[att])


# ---------------------------------------------------------------- P: French mother with NIR
def p_prenatal_nir(c):
    rng = c.rng
    fam = c.pick(C.FR_FAMILY)
    mom = c.invented_adult('F', fam, 24, 38)
    nir = C.gen_nir(rng, mom.dob, 'F')
    mom.ids['nir'] = nir
    d = dx(PRENATAL, rng)
    ga = rng.randint(10, 30)
    clerk = c.staff('clerk', 'cme')
    org = C.ORGS['lyon']
    doc = C.Person('Rolland', 'Dr Anne', mom.dob, 'F')
    ty = ['fr_nir', 'patient_name', 'date_of_birth', 'diagnosis']
    nirs = C.fmt_nir(nir, rng.randint(0, 2))
    med_txt = ''
    if c.chance(0.5):
        med_txt = ' Traitement actuel : %s.' % c.pick(d['med'])[0]
        ty.append('medication')
    contact = ''
    if c.chance(0.5):
        contact = '\nCoordonnées au Québec : %s, %s' % (C.home_address(rng), C.phone(rng))
        ty.append('patient_contact')
    if True:
        text = ('Madame, Monsieur,\n\nJe vous adresse Mme %s, née le %s (n° de sécurité sociale %s), '
                'que je suivais pour sa grossesse actuelle (%s SA) et qui s\'installe au Québec ce mois-ci.\n'
                'Antécédents / problème actuel : %s.%s\nMerci de bien vouloir assurer la suite du suivi.%s\n\n'
                'Bien confraternellement,\n%s\nGynécologue-obstétricienne\n%s\n%s\n%s') % (
            mom.full, C.fmt_date(mom.dob, 'fr', rng.choice([1, 2])), nirs, ga, d['fr'], med_txt, contact,
            doc.given + ' ' + doc.surname, org.name_fr, org.street + ', ' + org.postal + ' ' + org.city,
            '+33 4 55 50 %02d %02d' % (rng.randint(10, 99), rng.randint(10, 99)))
    sender = ('Secrétariat Dr Rolland', 'secretariat.rolland@%s' % org.domain)
    env = c.env(sender, [clerk.addr()], c.pick(['Transfert de suivi de grossesse - Mme %s' % mom.surname,
                                               'Courrier de liaison %s' % mom.full, 'Adressage patiente']))
    atts = []
    if c.chance(0.4):
        atts.append(c.att_pdf('courrier_liaison_%s.pdf' % C.slug(mom.surname), 'Courrier de liaison',
                              text.split('\n')[:8], author='Dr Rolland'))
    return c.finish('prenatal_transfer_france', ty, 'prenatal care transfer letter from France with NIR',
                    env, text, attachments=atts)


# ---------------------------------------------------------------- P: post-partum home visit booking
def p_postpartum_home_visit(c):
    rng = c.rng
    mom = c.mother_nam() if c.chance(0.5) else c.invented_adult('F')
    baby = c.newborn(mom.surname, (1, 4), named=True)
    sender = c.staff('clerk', 'cme')
    clsc = c.staff('prenatal_rn', 'clsc')
    addr, tel = C.home_address(rng), C.phone(rng)
    issue = c.pick([('césarienne d\'urgence, douleur mal contrôlée', 'emergency C-section, poorly controlled pain',
                     ('hydromorphone 1 mg PRN', 'hydromorphone 1 mg PRN')),
                    ('allaitement difficile, perte de poids bébé 11 %', 'difficult breastfeeding, baby weight loss 11%',
                     None),
                    ('HTA gestationnelle, TA à revérifier', 'gestational hypertension, BP to recheck',
                     ('labétalol 100 mg BID', 'labetalol 100 mg BID')),
                    ('ictère léger chez le bébé, bili à contrôler', 'mild jaundice in baby, bilirubin to recheck', None)])
    ty = ['patient_name', 'patient_contact', 'diagnosis']
    med = ''
    if issue[2]:
        ty.append('medication')
        med = c.L(' Rx : %s.', ' Rx: %s.') % issue[2][0 if c.fr else 1]
    if c.fr:
        text = ('%s\n\nNouvelle demande de visite postnatale à domicile :\n\nMère : %s\nBébé : %s, né(e) le %s\n'
                'Adresse : %s\nTél. : %s\nMotif : %s.%s\n\nCongé prévu aujourd\'hui.\n\n%s\n%s') % (
            X.greet(rng, 'fr'), pname(c, mom), baby.given, c.date(baby.dob), addr, tel, issue[0], med,
            X.closing(rng, 'fr'), sender.signature('fr'))
        subj = c.pick(['Visite postnatale - %s' % mom.surname, 'Demande SIPPE/postnatal', 'Congé mère-bébé %s' % c.date(c.today, 1)])
    else:
        text = ('%s\n\nNew postnatal home visit request:\n\nMother: %s\nBaby: %s, born %s\n'
                'Address: %s\nPhone: %s\nReason: %s.%s\n\nDischarge planned today.\n\n%s\n%s') % (
            X.greet(rng, 'en'), pname(c, mom), baby.given, c.date(baby.dob), addr, tel, issue[1], med,
            X.closing(rng, 'en'), sender.signature('en'))
        subj = c.pick(['Postnatal visit - %s' % mom.surname, 'Home visit request', 'Mother-baby discharge %s' % c.date(c.today, 1)])
    ty.append('date_of_birth')
    atts = []
    if c.chance(0.4):
        atts.append(c.att_vcf('%s.vcf' % C.slug(mom.full), full=mom.full, surname=mom.surname, given=mom.given,
                              tels=[('HOME', tel)], adr=addr,
                              note=c.L('Visite postnatale - bébé %s', 'Postnatal visit - baby %s') % baby.given))
    env = c.env(sender.addr(), [clsc.addr()], subj)
    return c.finish('postpartum_home_visit', ty, 'postnatal home-visit booking with address and phone%s' %
                    ('; vCard' if atts else ''), env, text, attachments=atts)


# ---------------------------------------------------------------- P: SIN for parental benefits
def p_parental_benefits_sin(c):
    rng = c.rng
    mom = c.mother_nam() if c.chance(0.5) else c.invented_adult('F')
    sin = C.gen_sin(rng)
    sw = c.staff('sw', c.pick(['chu', 'cme']))
    baby = c.newborn(mom.surname, (10, 60), named=True)
    social = c.pick([('mère monoparentale, sans revenu depuis l\'hospitalisation', 'single mother, no income since the admission'),
                     ('le conjoint a perdu son emploi, retard de loyer de deux mois', 'partner lost his job, two months behind on rent'),
                     ('famille à 2 h de route, hébergée à la maison de parents', 'family lives 2 h away, staying at the parents\' house')])
    ty = ['ca_sin', 'patient_name', 'social_information']
    if c.fr:
        text = ('%s\n\nJe vous écris au sujet de %s (NAS %s), dont le bébé %s est hospitalisé à l\'USIN depuis le %s. '
                'Situation : %s.\nPouvez-vous accélérer le traitement de sa demande de prestations (RQAP) ? '
                'Elle a signé l\'autorisation ci-jointe.\n\n%s\n%s') % (
            X.greet(rng, 'fr'), pname(c, mom), C.fmt_sin(sin, rng.randint(0, 2)), baby.given, c.date(baby.dob, 2),
            social[0], X.closing(rng, 'fr'), sw.signature('fr'))
        subj = c.pick(['Demande prioritaire RQAP', 'Prestations parentales - %s' % mom.surname, 'Dossier RQAP urgent'])
    else:
        text = ('%s\n\nI am writing about %s (SIN %s), whose baby %s has been in our NICU since %s. '
                'Situation: %s.\nCould her parental benefits claim be expedited? She signed the attached consent.\n\n%s\n%s') % (
            X.greet(rng, 'en'), pname(c, mom), C.fmt_sin(sin, rng.randint(0, 2)), baby.given, c.date(baby.dob, 2),
            social[1], X.closing(rng, 'en'), sw.signature('en'))
        subj = c.pick(['Priority parental benefits request', 'Benefits - %s' % mom.surname, 'Urgent claim'])
    atts = []
    if c.chance(0.5):
        atts.append(c.att_pdf(c.L('autorisation_%s.pdf', 'consent_%s.pdf') % C.slug(mom.surname),
                              c.L('Autorisation de communiquer des renseignements', 'Authorization to release information'),
                              [c.L('Nom : ', 'Name: ') + mom.full, c.L('NAS : ', 'SIN: ') + C.fmt_sin(sin, 0),
                               c.L('Signature : ', 'Signature: ') + '________', c.L('Date : ', 'Date: ') + c.date(c.today, 0)]))
    env = c.env(sw.addr(), [('RQAP - Service prioritaire' if c.fr else 'Benefits office', 'priorite@rqap-service.example')],
                subj)
    return c.finish('parental_benefits', ty, 'social worker request quoting the mother\'s SIN and social situation',
                    env, text, attachments=atts)


# ---------------------------------------------------------------- P: perinatal loss follow-up
def p_perinatal_loss(c):
    rng = c.rng
    mom = c.mother_nam() if c.chance(0.5) else c.invented_adult('F')
    when = c.earlier(5, 40)
    sw = c.staff('sw', 'cme')
    ob = c.staff('ob', 'cme')
    epds = rng.randint(13, 24)
    ga = rng.randint(22, 39)
    ty = ['patient_name', 'diagnosis', 'lab_result']
    extra = ''
    if c.chance(0.5):
        ty.append('social_information')
        extra = c.L(' Le conjoint est retourné travailler, elle est seule le jour et dit ne pas dormir.',
                    ' Her partner is back at work, she is alone during the day and says she is not sleeping.')
    if c.fr:
        text = ('%s\n\nSuivi de deuil périnatal pour %s : mort fœtale in utero à %d sem. le %s. '
                'EPDS à %d aujourd\'hui.%s\nJe propose une référence en psychiatrie périnatale.\n\n%s\n%s') % (
            X.greet(rng, 'fr', ob.display('fr')), pname(c, mom), ga, c.date(when, 2), epds, extra,
            X.closing(rng, 'fr'), sw.signature('fr'))
        subj = c.pick(['Suivi deuil périnatal', 'Mme %s - suivi' % mom.surname, 'Référence psy périnatale'])
    else:
        text = ('%s\n\nPerinatal bereavement follow-up for %s: intrauterine fetal death at %d weeks on %s. '
                'EPDS %d today.%s\nI am suggesting a perinatal psychiatry referral.\n\n%s\n%s') % (
            X.greet(rng, 'en', ob.display('en')), pname(c, mom), ga, c.date(when, 2), epds, extra,
            X.closing(rng, 'en'), sw.signature('en'))
        subj = c.pick(['Perinatal loss follow-up', '%s - follow-up' % mom.surname, 'Perinatal psych referral'])
    env = c.env(sw.addr(), [ob.addr()], subj)
    return c.finish('perinatal_loss', ty, 'perinatal bereavement follow-up with EPDS score', env, text)


# ---------------------------------------------------------------- P: perinatal mental health invite (ICS)
def p_postpartum_ics(c):
    rng = c.rng
    mom = c.mother_nam() if c.chance(0.5) else c.invented_adult('F')
    psy = c.staff('sw', 'cme')
    start = dt.datetime.combine(c.later(1, 10), dt.time(rng.choice([9, 10, 11, 13, 14, 15]), rng.choice([0, 30])))
    dxs = c.pick([('dépression post-partum', 'postpartum depression'), ('trouble anxieux post-partum', 'postpartum anxiety'),
                  ('psychose post-partum - suivi post-hospitalisation', 'postpartum psychosis - post-admission follow-up')])
    ty = ['patient_name', 'diagnosis']
    desc = c.L('Patiente : %s. Motif : %s.', 'Patient: %s. Reason: %s.') % (mom.full, dxs[0 if c.fr else 1])
    if c.chance(0.5):
        desc += c.L(' Sertraline 50 mg depuis 3 sem.', ' On sertraline 50 mg for 3 wks.')
        ty.append('medication')
    summary = c.pick(['%s - %s' % (mom.surname, c.L('suivi périnatal', 'perinatal f/u')),
                      c.L('RV psy périnatale %s', 'Perinatal psych appt %s') % mom.full])
    ics = c.att_ics('invitation.ics', uid='pp-%d@cme-boreal.example' % c.idx, start=start,
                    end=start + dt.timedelta(minutes=60), summary=summary, description=desc,
                    location=c.L('Local 3.114, CME Boréal', 'Room 3.114, CME Boréal'), organizer=psy.addr(),
                    attendees=[c.staff('ob', 'cme').addr()])
    body = c.L('Invitation : %s\n%s\n\nQuand : %s\n', 'Invitation: %s\n%s\n\nWhen: %s\n') % (
        summary, desc if c.chance(0.5) else '', C.fmt_date(start.date(), c.lang, 2) + ' %02d:%02d' % (start.hour, start.minute))
    env = c.env(psy.addr(), [c.staff('ob', 'cme').addr()], c.L('Invitation : ', 'Invitation: ') + summary)
    return c.finish('perinatal_mental_health', ty, 'calendar invitation naming patient and perinatal psychiatric diagnosis',
                    env, body, attachments=[ics], mode='plain')


# ---------------------------------------------------------------- P: lactation consult (reply quoting mother)
def p_lactation(c):
    rng = c.rng
    mom = c.mother_nam() if c.chance(0.4) else c.invented_adult('F')
    lc = c.staff('lact', 'cme')
    baby_name = c.pick(C.KID_GIVEN_F + C.KID_GIVEN_M)
    asked = c.earlier(1, 3)
    when = dt.datetime.combine(asked, dt.time(rng.randint(6, 23), rng.randint(0, 59)))
    mom_addr = C.personal_email(rng, mom.given, mom.surname)
    issue = c.pick([('mastite à droite, fièvre 38,9', 'right-sided mastitis, fever 38.9',
                     'céphalexine 500 mg QID', 'cephalexin 500 mg QID'),
                    ('crevasses qui saignent et muguet chez %s' % baby_name, 'bleeding cracked nipples and thrush in %s' % baby_name,
                     'nystatine pour le bébé', 'nystatin for the baby'),
                    ('baisse de production', 'low milk supply', 'dompéridone 10 mg TID', 'domperidone 10 mg TID')])
    ty = ['patient_name', 'diagnosis', 'medication']
    if c.fr:
        orig = C.sloppy(rng, 'Bonjour, j\'ai %s depuis hier. %s a 3 semaines. Le medecin de garde m\'a prescrit %s, '
                        'est-ce que je peux continuer d\'allaiter? Merci, %s' % (issue[0], baby_name, issue[2], mom.given),
                        0.04, drop_accents=True, protect=[mom.given, baby_name])
        reply = c.pick(['Bonjour %s,\n\nOui, vous pouvez continuer à allaiter pendant le traitement. '
                        'Je vous appelle demain matin pour faire le point.' % mom.given,
                        'Oui aucun problème pour l\'allaitement. On se voit jeudi à la clinique.'])
        subj = 'RE: ' + c.pick(['allaitement', 'question allaitement', 'mastite?'])
    else:
        orig = C.sloppy(rng, 'Hi, I have %s since yesterday. %s is 3 weeks old. The walk-in doctor gave me %s, '
                        'can I keep breastfeeding? Thanks, %s' % (issue[1], baby_name, issue[3], mom.given),
                        0.04, protect=[mom.given, baby_name])
        reply = c.pick(['Hi %s,\n\nYes, you can keep breastfeeding during treatment. I\'ll call you tomorrow morning.' % mom.given,
                        'Yes, no problem for breastfeeding. See you Thursday at the clinic.'])
        subj = 'RE: ' + c.pick(['breastfeeding', 'breastfeeding question', 'mastitis?'])
    text = '%s\n%s\n\n%s' % (reply, lc.signature(c.lang),
                             X.quote_reply(rng, c.lang, when, mom.full, mom_addr, orig, lc.email, subj[4:]))
    env = c.env(lc.addr(), [(mom.full, mom_addr)], subj, in_reply_to=C.msgid(rng, mom_addr.split('@')[1]))
    return c.finish('lactation_consult', ty, 'lactation consultant reply; details in the quoted message from the mother',
                    env, text)


TEMPLATES_A = [
    (p_nicu_transfer, 0.6, 4),
    (p_nicu_transfer_on, 0.2, 3),
    (p_nicu_roster, 0.6, 4),
    (p_nicu_discharge, 0.6, 4),
    (p_newborn_screen, 0.5, 3),
    (p_prenatal_followup, 0.6, 4),
    (p_prenatal_patient_mail, 0.6, 4),
    (p_prenatal_us_report, 0.5, 4),
    (p_prenatal_nir, 1.0, 3),
    (p_postpartum_home_visit, 0.6, 4),
    (p_parental_benefits_sin, 0.5, 3),
    (p_perinatal_loss, 0.5, 3),
    (p_postpartum_ics, 0.5, 3),
    (p_lactation, 0.5, 4),
]
