"""Positive messages, part A: physician correspondence, insurer files, auto-accident files."""
import gen_people as P
import gen_ids as I
import gen_attach as A
import gen_clin as C
from gen_common import to_html, html_table, text_table


def cond(m, ctx=None, keys=None):
    pool = [c for c in C.CONDITIONS if (ctx is None or c['ctx'] in (ctx if isinstance(ctx, (list, tuple)) else [ctx]))
            and (keys is None or c['key'] in keys)]
    return m.rng.choice(pool)


def dx(m, c):
    return c['fr'] if m.lang == 'fr' else c['en']


def proc(m, c):
    return c.get('proc_fr' if m.lang == 'fr' else 'proc_en')


def med(m, key):
    return C.MEDS[key][0 if m.lang == 'fr' else 1]


def res(m, c):
    return c['res_fr'] if m.lang == 'fr' else c['res_en']


def find(m, c):
    return c['find_fr'] if m.lang == 'fr' else c['find_en']


def social(m, key):
    return C.SOCIAL[key][0 if m.lang == 'fr' else 1]


def letterhead(m):
    c = m.clinic
    return [c['name'], c['street'] + ', ' + c['city'], 'Tél. %s  Téléc. %s' % (c['phone'], c['fax'])]


# ---------------------------------------------------------------------------------------------
def p_progress_md(m):
    """Progress report to the referring physician; sometimes PDF attached."""
    r = m.rng
    c = cond(m)
    st = m.staff(['physio', 'occupational', 'kinesio'])
    ph = m.phys()
    use_holder = r.random() < 0.6
    pat = m.holder() if use_holder else m.patient()
    name = pat.name_variant(r, m.lang)
    with_pdf = r.random() < 0.45
    m.t('patient_name', 'diagnosis')
    ref = m.earlier(20, 60)
    dob_txt = ''
    if r.random() < 0.6:
        dob_txt = m.fr(' (DDN : %s)', ' (DOB %s)') % m.date(pat.dob)
        m.t('date_of_birth')
    lines = [m.greet(ph[0]), '',
             m.fr('Voici un bref rapport d\'évolution concernant %s%s, que vous nous avez référé(e) le %s pour %s.',
                  'Here is a short progress note for %s%s, whom you referred to us on %s for %s.')
             % (name, dob_txt, m.date(ref, False), dx(m, c)),
             '']
    if proc(m, c):
        lines.append(m.fr('Rappel : %s le %s.', 'Reminder: %s on %s.') % (proc(m, c), m.date(m.earlier(30, 80), False)))
    lines.append(m.fr('Examen du jour : ', 'Today\'s exam: ') + find(m, c))
    if r.random() < 0.6:
        lines.append(res(m, c))
        m.t('lab_result')
    lines.append('')
    if r.random() < 0.5:
        mk = r.choice(c['meds'])
        lines.append(m.fr('La douleur limite encore les exercices malgré %s. Seriez-vous d\'accord pour réévaluer la médication ?',
                          'Pain still limits the exercise programme despite %s. Would you consider reviewing the medication?') % med(m, mk))
        m.t('medication')
    lines.append(m.fr('Plan : poursuivre 2 séances/semaine pour 4 semaines, progression du renforcement et retour graduel aux activités.',
                      'Plan: continue twice weekly for 4 weeks, progressive strengthening and graded return to activity.'))
    if use_holder and not with_pdf:
        lines.append(m.fr('NAM : %s', 'RAMQ no.: %s') % m.nam(pat))
    lines += ['', m.close(), m.sig(st)]
    subj = r.choice([m.fr('Rapport d\'évolution – %s', 'Progress report – %s') % name,
                     m.fr('Suivi physio - %s', 'Physio follow-up - %s') % pat.surname,
                     m.fr('Votre patient(e) référé(e) le %s', 'Your referral of %s') % m.date(ref, False)])
    if subj.startswith(('Votre', 'Your')):
        pass
    m.envelope(m.staff_addr(st), m.phys_addr(ph), subj)
    m.body('\n'.join(lines))
    if with_pdf:
        rep = [('h', m.fr('RAPPORT D\'ÉVOLUTION EN PHYSIOTHÉRAPIE', 'PHYSIOTHERAPY PROGRESS REPORT')),
               m.fr('Patient(e) : ', 'Patient: ') + pat.full,
               m.fr('Date de naissance : ', 'Date of birth: ') + pat.dob.isoformat()]
        m.t('date_of_birth')
        if use_holder:
            rep.append('NAM : ' + m.nam(pat, allow_fullwidth=False))
        else:
            mrn = I.make_mrn(r, 'clinic')
            rep.append(m.fr('N° de dossier : ', 'Chart no.: ') + mrn)
            m.t('mrn')
        rep += [m.fr('Diagnostic : ', 'Diagnosis: ') + dx(m, c), m.fr('Médecin référent : ', 'Referring physician: ') + ph[0],
                '', find(m, c), '', m.fr('Thérapeute : ', 'Therapist: ') + '%s %s' % (st[0], st[1])]
        fn = r.choice(['rapport_evolution_%s.pdf' % pat.surname, 'Rapport d\'évolution – %s %s.pdf' % (pat.surname, pat.given),
                       'progress_note_%s.pdf' % m.when.strftime('%Y%m%d')])
        m.attach(fn, 'application/pdf', A.pdf(rep, letterhead=letterhead(m)))
    return m.result('progress report to referring physician')


def p_referral_out(m):
    """Physio asks a physician for imaging / injection / medical follow-up."""
    r = m.rng
    c = cond(m, ['work', 'sport', 'ortho'])
    st = m.staff(['physio'])
    ph = m.phys()
    use_holder = r.random() < 0.6
    pat = m.holder() if use_holder else m.patient()
    m.t('patient_name', 'diagnosis')
    lines = [m.greet(ph[0].split(' ', 1)[1] if r.random() < 0.3 else ph[0]), '']
    lines.append(m.fr('Je vous écris au sujet de %s, vu(e) en physiothérapie depuis le %s pour %s.',
                      'I am writing about %s, seen in physiotherapy since %s for %s.')
                 % (pat.name_variant(r, m.lang), m.date(m.earlier(21, 70), False), dx(m, c)))
    lines.append(m.fr('Malgré 8 séances, l\'évolution plafonne : ', 'After 8 sessions progress has plateaued: ') + find(m, c))
    ask = r.choice([m.fr('Une imagerie (échographie ou IRM) serait-elle indiquée ?', 'Would imaging (ultrasound or MRI) be indicated?'),
                    m.fr('Une infiltration pourrait-elle être envisagée ?', 'Could an injection be considered?'),
                    m.fr('Pourriez-vous la/le revoir en clinique ?', 'Could you see the patient again?')])
    lines += ['', ask, '']
    if use_holder:
        lines.append(m.fr('NAM : %s   DDN : %s', 'RAMQ: %s   DOB: %s') % (m.nam(pat), m.date(pat.dob)))
        m.t('date_of_birth')
    if r.random() < 0.4:
        addr = P.home_address(r)
        lines.append(m.fr('Coordonnées : %s, %s — %s', 'Contact: %s, %s — %s') % (addr[0], addr[1], P.phone(r, addr[2])))
        m.t('patient_contact')
    lines += ['', m.close(), m.sig(st)]
    subj = r.choice([m.fr('Demande de réévaluation – %s', 'Request for reassessment – %s') % pat.full,
                     m.fr('%s : %s – imagerie ?', '%s: %s – imaging?') % (pat.surname.upper(), c['short_fr' if m.lang == 'fr' else 'short_en'])])
    m.envelope(m.staff_addr(st), m.phys_addr(ph), subj, cc=m.staff_addr(m.staff(['administrative'])) if r.random() < 0.3 else None)
    m.body('\n'.join(lines))
    return m.result('physio asks physician for reassessment')


def p_cnesst_report(m):
    """Work-injury progress report to the adjuster (DOCX or PDF), often with SIN/NAM."""
    r = m.rng
    c = cond(m, ['work'])
    ins = P.INSURERS[3]
    adj = r.choice(P.ADJUSTERS)
    st = m.staff(['physio', 'occupational', 'coordinator'])
    use_holder = r.random() < 0.6
    pat = m.holder() if use_holder else m.patient()
    employer = r.choice(P.EMPLOYERS)
    cl = I.non_luhn_digits(r, 9)
    claim = '%s %s %s' % (cl[:3], cl[3:6], cl[6:])
    m.t('patient_name', 'diagnosis', 'social_information')
    subj = r.choice([m.fr('Dossier %s – rapport d\'évolution', 'Claim %s – progress report') % claim,
                     m.fr('Rapport physio – %s (lésion professionnelle)', 'Physio report – %s (work injury)') % pat.full,
                     m.fr('Réclamation %s / %s', 'Claim %s / %s') % (claim, pat.surname)])
    body = [m.greet(adj[0] if r.random() < 0.5 else '%s %s' % adj), '',
            m.fr('Vous trouverez ci-joint le rapport d\'évolution pour le dossier %s (travailleur(se) : %s, employeur : %s).',
                 'Please find attached the progress report for claim %s (worker: %s, employer: %s).') % (claim, pat.full, employer),
            m.fr('En résumé : %s ; la personne demeure en arrêt de travail et nous recommandons 6 semaines additionnelles.',
                 'In short: %s; the worker remains off work and we recommend 6 more weeks.') % dx(m, c),
            '', m.close(), m.sig(st)]
    rep = [('h', m.fr('RAPPORT D\'ÉVOLUTION – LÉSION PROFESSIONNELLE', 'PROGRESS REPORT – WORK INJURY')),
           m.fr('Nom : %s', 'Name: %s') % pat.full,
           m.fr('Date de naissance : %s', 'Date of birth: %s') % pat.dob.isoformat()]
    m.t('date_of_birth')
    if use_holder:
        rep.append('NAM : %s' % m.nam(pat, allow_fullwidth=False))
    if r.random() < 0.6:
        sin = I.make_sin(r)
        rep.append(m.fr('NAS : %s', 'SIN: %s') % I.fmt_sin(sin, r.choice(['dash', 'space', 'plain'])))
        m.add_id('ca_sin', sin)
    rep += [m.fr('N° de dossier : %s', 'Claim no.: %s') % claim, m.fr('Employeur : %s', 'Employer: %s') % employer,
            m.fr('Date de l\'événement : %s', 'Date of injury: %s') % m.earlier(40, 120).isoformat(),
            m.fr('Diagnostic : %s', 'Diagnosis: %s') % dx(m, c), '', ('h', m.fr('Évolution', 'Progress')), find(m, c),
            social(m, 'work_stop')]
    if r.random() < 0.5:
        rep.append(res(m, c))
        m.t('lab_result')
    rep += ['', ('h', m.fr('Capacités / restrictions', 'Capacities / restrictions')),
            m.fr('Pas de charge > 10 kg, pas de travail au-dessus des épaules, pauses aux 45 minutes.',
                 'No lifting > 10 kg, no overhead work, breaks every 45 minutes.'),
            m.fr('Thérapeute : %s %s', 'Therapist: %s %s') % (st[0], st[1])]
    if r.random() < 0.5:
        fn = 'Rapport_evolution_%s.docx' % claim.replace(' ', '')
        m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                 A.docx_bytes(rep[1:], title=rep[0][1]))
    else:
        fn = 'rapport_%s_%s.pdf' % (pat.surname.lower(), m.when.strftime('%Y-%m-%d'))
        m.attach(fn, 'application/pdf', A.pdf(rep, letterhead=letterhead(m), compress=r.random() < 0.5))
    m.envelope(m.staff_addr(st), ('%s %s' % adj, '%s.%s@%s' % (P.strip_accents_login(adj[0]), P.strip_accents_login(adj[1]), ins['domain'])), subj)
    m.body('\n'.join(body))
    return m.result('work-injury progress report to adjuster')


def p_auto_file(m):
    """Car-accident insurer file: initial assessment / treatment plan."""
    r = m.rng
    c = cond(m, ['auto'])
    ins = P.INSURERS[4] if r.random() < 0.6 else r.choice(P.INSURERS[:3])
    adj = r.choice(P.ADJUSTERS)
    st = m.staff(['physio', 'occupational'])
    use_holder = r.random() < 0.6
    pat = m.holder() if use_holder else m.patient()
    acc = m.earlier(10, 60)
    file_no = '%d-%06d' % (r.choice([24, 25]), r.randint(0, 999999))
    m.t('patient_name', 'diagnosis')
    txt = [m.greet('%s %s' % adj), '',
           m.fr('Suite à l\'évaluation initiale du %s, voici le plan de traitement proposé pour %s (dossier %s), accident du %s.',
                'Following the initial assessment on %s, here is the proposed treatment plan for %s (file %s), collision of %s.')
           % (m.date(m.earlier(1, 7), False), pat.name_variant(r, m.lang), file_no, m.date(acc, False)),
           '', m.fr('Diagnostic : ', 'Diagnosis: ') + dx(m, c), m.fr('Constats : ', 'Findings: ') + find(m, c)]
    if use_holder:
        txt.append(m.fr('NAM : %s – né(e) le %s', 'Health card (RAMQ): %s – born %s') % (m.nam(pat), m.date(pat.dob)))
        m.t('date_of_birth')
    if r.random() < 0.5:
        txt.append(social(m, r.choice(['work_stop', 'lives_alone', 'caregiver'])))
        m.t('social_information')
    if r.random() < 0.4:
        txt.append(m.fr('Médication actuelle : %s.', 'Current medication: %s.') % med(m, r.choice(c['meds'])))
        m.t('medication')
    txt += ['', m.fr('Plan : 12 séances de physiothérapie sur 6 semaines, programme d\'exercices à domicile, réévaluation au terme.',
                     'Plan: 12 physiotherapy sessions over 6 weeks, home exercise programme, reassessment at the end.'),
            '', m.close(), m.sig(st, 'full')]
    subj = r.choice([m.fr('Plan de traitement – dossier %s', 'Treatment plan – file %s') % file_no,
                     m.fr('Accident %s – %s – plan de traitement', 'MVC %s – %s – treatment plan') % (acc.isoformat(), pat.full)])
    m.envelope(m.staff_addr(st), ('%s %s' % adj, 'reclamations@' + ins['domain']), subj)
    m.body('\n'.join(txt))
    return m.result('auto-accident treatment plan to insurer')


def p_private_auth(m):
    """Request to a private insurer for more sessions / orthotics pre-authorisation."""
    r = m.rng
    c = cond(m, ['sport', 'ortho', 'postop'])
    ins = r.choice(P.INSURERS[:3])
    st = m.staff(['physio', 'orthotist', 'coordinator'])
    pat = m.patient()
    pol = '%s-%07d' % (r.choice(['GRP', 'POL', 'CERT']), r.randint(0, 9999999))
    m.t('patient_name', 'diagnosis')
    txt = [m.greet(), '',
           m.fr('Nous demandons une préautorisation pour 10 séances supplémentaires pour l\'assuré(e) %s (certificat %s).',
                'We are requesting pre-authorisation for 10 additional sessions for plan member %s (certificate %s).')
           % (pat.full, pol),
           m.fr('Condition : %s. ', 'Condition: %s. ') % dx(m, c) + find(m, c)]
    if r.random() < 0.6:
        txt.append(m.fr('Date de naissance de l\'assuré(e) : %s', 'Member date of birth: %s') % m.date(pat.dob))
        m.t('date_of_birth')
    if proc(m, c):
        txt.append(m.fr('Chirurgie : %s.', 'Surgery: %s.') % proc(m, c))
    txt += ['', m.fr('La note du médecin traitant est disponible sur demande.', 'The treating physician\'s note is available on request.'),
            '', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), ('Service des réclamations' if m.lang == 'fr' else 'Claims', 'claims@' + ins['domain']),
               r.choice([m.fr('Préautorisation – %s – %s', 'Pre-authorization – %s – %s') % (pol, pat.full),
                         m.fr('Demande de séances supplémentaires', 'Additional sessions request')]))
    m.body('\n'.join(txt))
    return m.result('pre-authorisation request to private insurer')


def p_roster_xlsx(m):
    """Day roster spreadsheet (patients, reasons) shared internally."""
    r = m.rng
    st = m.staff(['administrative', 'receptionist', 'director'])
    day = m.later(1, 3)
    rows = [[m.fr('Heure', 'Time'), m.fr('Patient', 'Patient'), m.fr('DDN', 'DOB'), m.fr('Motif', 'Reason'),
             m.fr('Thérapeute', 'Therapist'), m.fr('Payeur', 'Payer')]]
    n = r.randint(7, 12)
    holder_row = r.random() < 0.6
    if holder_row:
        rows[0].insert(3, 'NAM')
    for i in range(n):
        use_h = holder_row and i == 2
        pat = m.holder() if use_h else m.patient()
        c = cond(m)
        row = ['%02d:%02d' % (8 + i // 2, 0 if i % 2 == 0 else 30), '%s, %s' % (pat.surname, pat.given), pat.dob.isoformat(),
               c['short_fr' if m.lang == 'fr' else 'short_en'] + (' – ' + m.fr('éval. initiale', 'initial eval') if r.random() < 0.3 else ''),
               '%s %s' % r.choice(P.STAFF[:9])[:2], r.choice(['CNESST', 'SAAQ', 'Privé', 'Sentinelle', 'Northgate'])]
        if holder_row:
            row.insert(3, m.nam(pat, style='plain') if use_h else '')
        rows.append(row)
    m.t('patient_name', 'date_of_birth', 'diagnosis')
    fn = r.choice(['horaire_%s.xlsx' % day.strftime('%Y-%m-%d'), 'Agenda %s.xlsx' % day.strftime('%d-%m'),
                   'roster_%s.xlsx' % day.strftime('%b%d').lower()])
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
             A.xlsx_bytes([(m.fr('Horaire', 'Schedule'), rows)]))
    txt = [m.greet(), '', m.fr('Voici l\'horaire de %s pour la clinique de %s. Svp confirmez les évaluations initiales.',
                               'Attached is the schedule for %s at the %s clinic. Please confirm the initial evaluations.')
           % (P.long_date(day.date(), m.lang), m.clinic['short']), '', m.close(), '%s' % st[0]]
    m.envelope(m.staff_addr(st), ('Équipe clinique' if m.lang == 'fr' else 'Clinical team', 'equipe-%s@%s' % (m.clinic['key'], P.DOMAIN)),
               m.fr('Horaire du %s', 'Schedule for %s') % P.long_date(day.date(), m.lang))
    m.body('\n'.join(txt))
    return m.result('daily roster spreadsheet with patients and reasons')


def p_csv_zip(m):
    """EMR export (CSV inside ZIP, or bare CSV) sent to billing / vendor."""
    r = m.rng
    st = m.staff(['coordinator', 'accounting', 'IT', 'administrative'])
    rows = [['no_dossier', 'nom', 'prenom', 'ddn', 'nam', 'payeur', 'diagnostic', 'nb_seances']]
    for i in range(r.randint(6, 10)):
        use_h = i in (1, 4)
        pat = m.holder('fr') if use_h else m.patient('fr')
        c = cond(m)
        rows.append([I.make_mrn(r, 'clinic'), pat.surname, pat.given, pat.dob.isoformat(),
                     I.fmt_nam(pat.nam, 'plain') if use_h else '', r.choice(['CNESST', 'SAAQ', 'PRIVE', 'PATIENT']),
                     c['fr'], r.randint(1, 24)])
        if use_h:
            m.add_id('ramq_nam', pat.nam)
    m.t('patient_name', 'date_of_birth', 'diagnosis', 'mrn')
    enc = r.choice(['utf-8', 'windows-1252'])
    data = A.csv_bytes(rows, sep=r.choice([';', ',']), encoding=enc, bom=(enc == 'utf-8' and r.random() < 0.5))
    period = m.when.strftime('%Y-%m')
    if r.random() < 0.6:
        z = A.zip_bytes([('export_%s/patients_actifs.csv' % period, data),
                         ('export_%s/LISEZMOI.txt' % period, 'Export DME – ne pas diffuser.\r\n'.encode('utf-8'))])
        m.attach('export_dme_%s.zip' % period, 'application/zip', z)
    else:
        m.attach('patients_actifs_%s.csv' % period, 'text/csv', data, text_charset=enc, cte=r.choice(['base64', 'quoted-printable']))
    m.lang = 'fr'
    txt = [m.greet(), '', r.choice(['Tel que demandé, l\'extraction des dossiers actifs du mois.',
                                    'Voici le fichier pour la conciliation de facturation de %s.' % period]),
           'Le mot de passe suivra par texto.' if r.random() < 0.5 else '', '', m.close(), st[0]]
    m.envelope(m.staff_addr(st), ('Facturation' if r.random() < 0.5 else 'Soutien DME', r.choice(['facturation@', 'soutien@']) +
                                  r.choice(['comptapro-sante.example', 'dme-logiciel.example'])),
               r.choice(['Extraction %s' % period, 'Fichier patients actifs', 'Conciliation %s' % period]))
    m.body('\n'.join(txt))
    return m.result('EMR export with patient list')


def p_ics(m):
    """Calendar invitation naming the patient and the reason."""
    r = m.rng
    c = cond(m)
    st = m.staff(['physio', 'occupational', 'kinesio', 'orthotist'])
    st2 = m.staff(['physio', 'occupational', 'kinesio', 'receptionist'])
    use_holder = r.random() < 0.3
    pat = m.holder() if use_holder else m.patient()
    start = m.later(1, 10)
    import datetime as _dt
    end = start + _dt.timedelta(minutes=r.choice([45, 60, 90]))
    if r.random() < 0.3:
        summary = m.fr('RDV – %s', 'Appt – %s') % pat.full
        desc = m.fr('Patient(e) : %s. Première visite, apporter la requête du médecin. ', 'Patient: %s. First visit, bring the physician\'s request. ') % pat.full
        m.t('patient_name')
    else:
        summary = r.choice([m.fr('Éval. initiale – %s – %s', 'Initial eval – %s – %s') % (pat.full, c['short_fr' if m.lang == 'fr' else 'short_en']),
                            m.fr('%s (%s) – suivi', '%s (%s) – follow-up') % (pat.name_variant(r, m.lang, False), dx(m, c))])
        desc = m.fr('Patient(e) : %s. Motif : %s. ', 'Patient: %s. Reason: %s. ') % (pat.full, dx(m, c))
        m.t('patient_name', 'diagnosis')
    if r.random() < 0.5:
        tel = P.phone(r)
        desc += m.fr('Cell. patient : %s. ', 'Patient cell: %s. ') % tel
        m.t('patient_contact')
    if r.random() < 0.4 or use_holder:
        desc += m.fr('DDN %s. ', 'DOB %s. ') % pat.dob.isoformat()
        m.t('date_of_birth')
    if use_holder:
        desc += 'NAM %s. ' % m.nam(pat, allow_fullwidth=False)
    ics = A.ics_bytes('%08x@%s' % (r.getrandbits(32), P.DOMAIN), start, end, summary, desc,
                      m.clinic['name'] + m.fr(', salle 3', ', room 3'), m.staff_addr(st), [m.staff_addr(st2)])
    txt = [m.fr('Invitation : ', 'Invitation: ') + summary, P.long_date(start.date(), m.lang) + ' ' + start.strftime('%H:%M'), '', st[0]]
    m.envelope(m.staff_addr(st), m.staff_addr(st2), m.fr('Invitation : %s', 'Invitation: %s') % summary)
    m.body('\n'.join(txt))
    m.attach('invite.ics', 'text/calendar', ics, text_charset='utf-8', cte=r.choice(['7bit', 'base64', 'quoted-printable']))
    return m.result('calendar invitation naming patient and reason')


def p_vcard(m):
    """vCard of a patient passed to a colleague / orthotics lab."""
    r = m.rng
    c = cond(m, ['ortho', 'ot', 'postop'])
    st = m.staff()
    st2 = m.staff(['orthotist', 'occupational', 'technician'])
    pat = m.patient()
    addr = P.home_address(r)
    tel = P.phone(r, addr[2])
    note = m.fr('Patient(e) de la clinique de %s – %s. Préfère être appelé(e) après 16 h.', 'Patient at the %s clinic – %s. Prefers calls after 4 pm.') % (
        m.clinic['short'], dx(m, c))
    city = addr[1].split(' (')[0]
    card = A.vcf_bytes(pat.given, pat.surname, tel_home=tel, tel_cell=P.phone(r) if r.random() < 0.5 else None,
                       email='%s.%s%d@courriel.example' % (P.strip_accents_login(pat.given), P.strip_accents_login(pat.surname)[:4], r.randint(1, 99)),
                       adr=(addr[0], city, 'QC', addr[1][-7:]), note=note,
                       bday=pat.dob.strftime('%Y-%m-%d') if r.random() < 0.5 else None)
    m.t('patient_name', 'patient_contact', 'diagnosis')
    if b'BDAY' in card:
        m.t('date_of_birth')
    txt = [m.greet(st2[0]), '', m.fr('Voici les coordonnées pour le rendez-vous de prise de mesures.',
                                     'Here are the contact details for the casting appointment.'), '', st[0]]
    m.envelope(m.staff_addr(st), m.staff_addr(st2), m.fr('Coordonnées', 'Contact card'))
    m.body('\n'.join(txt))
    m.attach('%s %s.vcf' % (pat.given, pat.surname), 'text/vcard', card, text_charset='utf-8', cte=r.choice(['7bit', 'quoted-printable', 'base64']))
    return m.result('patient vCard with home contact and condition')


def p_subject_only(m):
    """The leak is only in the Subject line; the body is bland."""
    r = m.rng
    c = cond(m)
    st = m.staff()
    st2 = m.staff()
    if r.random() < 0.3:
        pat = m.holder()
        subj = m.fr('NAM %s – %s – rappel', 'RAMQ %s – %s – reminder') % (m.nam(pat, allow_fullwidth=False), dx(m, c))
        m.t('diagnosis')
        txt = [r.choice([m.fr('Carte expirée, svp demander la nouvelle au prochain RDV.', 'Card expired, please ask for the new one next visit.'),
                         m.fr('Voir objet.', 'See subject.')]), '', st[0]]
        m.envelope(m.staff_addr(st), m.staff_addr(st2), subj)
        m.body('\n'.join(txt))
        return m.result('NAM and condition only in subject')
    pat = m.patient()
    subj = r.choice([m.fr('Annulation %s – %s', 'Cancellation %s – %s') % (pat.name_variant(r, m.lang), c['short_fr' if m.lang == 'fr' else 'short_en']),
                     m.fr('%s / %s – reporter à jeudi', '%s / %s – move to Thursday') % (pat.surname.upper() + ' ' + pat.given, dx(m, c)),
                     m.fr('Tr: résultats pour %s (%s)', 'Fw: results for %s (%s)') % (pat.full, dx(m, c))])
    m.t('patient_name', 'diagnosis')
    txt = [r.choice([m.fr('Peux-tu t\'en occuper ? Merci', 'Can you take care of this? Thanks'),
                     m.fr('Voir ci-dessus.', 'See subject.'), m.fr('Fait. On en reparle demain.', 'Done. Let\'s talk tomorrow.'),
                     m.fr('Comme discuté au téléphone.', 'As discussed on the phone.')]), '', st[0]]
    m.envelope(m.staff_addr(st), m.staff_addr(st2), subj)
    m.body('\n'.join(txt))
    return m.result('patient and condition only in subject')
