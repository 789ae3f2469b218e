"""Positive messages, part B: attachments by name, replies, forwards, patients' own mail, handovers,
orthotics, occupational therapy, Ontario patients."""
import datetime
import gen_people as P
import gen_ids as I
import gen_attach as A
import gen_mime
from gen_common import to_html, html_table, text_table
from gen_pos_a import cond, dx, proc, med, res, find, social, letterhead

FILE_TAG = {'acl': ('LCA_postop', 'ACL_reconstruction'), 'ankle': ('entorse_cheville', 'ankle_sprain'),
            'cuff': ('tendinopathie_epaule', 'shoulder_tendinopathy'), 'capsulitis': ('capsulite', 'frozen_shoulder'),
            'lbp': ('lombalgie', 'low_back_pain'), 'hernia': ('hernie_L5S1', 'disc_herniation'),
            'whiplash': ('entorse_cervicale', 'whiplash'), 'concussion': ('commotion', 'concussion'),
            'radius': ('fracture_poignet', 'wrist_fracture'), 'tka': ('PTG', 'TKA'), 'tha': ('PTH', 'THA'),
            'carpal': ('canal_carpien', 'carpal_tunnel'), 'epicondyle': ('epicondylite', 'tennis_elbow'),
            'plantar': ('fasciite_plantaire', 'plantar_fasciitis'), 'pfps': ('SFP_genoux', 'PFPS'),
            'achilles': ('tendinopathie_achille', 'achilles_tendinopathy'), 'malleolar': ('fracture_cheville', 'ankle_fracture'),
            'stroke': ('AVC', 'stroke'), 'cuffrepair': ('coiffe_postop', 'cuff_repair'), 'ptsd': ('TSPT', 'PTSD'),
            'rhabdo': ('rhabdomyolyse', 'rhabdo')}


def tag(m, c):
    return FILE_TAG[c['key']][0 if m.lang == 'fr' else 1]


def exercise_sheet(m, c):
    return [('h', m.fr('PROGRAMME D\'EXERCICES À DOMICILE', 'HOME EXERCISE PROGRAMME')),
            m.fr('Région : ', 'Region: ') + c['short_fr' if m.lang == 'fr' else 'short_en'],
            m.fr('1. Mobilité active, 10 répétitions, 3 fois par jour.', '1. Active range of motion, 10 reps, 3 times a day.'),
            m.fr('2. Renforcement isométrique, 5 x 10 secondes.', '2. Isometric strengthening, 5 x 10 seconds.'),
            m.fr('3. Équilibre unipodal, 3 x 30 secondes.', '3. Single-leg balance, 3 x 30 seconds.'),
            m.fr('Arrêtez si la douleur dépasse 5/10 et avisez votre thérapeute.', 'Stop if pain exceeds 5/10 and tell your therapist.')]


def p_filename_only(m):
    r = m.rng
    c = cond(m)
    st = m.staff(['physio', 'kinesio', 'occupational'])
    if r.random() < 0.25:
        pat = m.holder()
        m.t('diagnosis')
        fn = '%s_%s_%s.pdf' % (m.fr('rapport', 'report'), m.nam(pat, style=r.choice(['plain', 'dash'])), tag(m, c))
    else:
        pat = m.patient()
        m.t('patient_name', 'diagnosis')
        fn = None
    fn = fn or r.choice(['Exercices_%s_%s_%s.pdf' % (tag(m, c), pat.surname, pat.given),
                   '%s %s - %s.pdf' % (pat.surname.upper(), pat.given[0], tag(m, c).replace('_', ' ')),
                   '%s_%s_%s_HEP.pdf' % (m.when.strftime('%Y%m%d'), pat.surname.lower(), tag(m, c))])
    if r.random() < 0.3:
        fn = fn.replace('.pdf', '.docx')
        data = A.docx_bytes([x for x in exercise_sheet(m, c)[1:]], title=exercise_sheet(m, c)[0][1])
        ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    else:
        data = A.pdf(exercise_sheet(m, c), letterhead=letterhead(m))
        ct = 'application/pdf'
    m.attach(fn, ct, data)
    to = r.choice([m.staff_addr(m.staff()), ('Réception' if m.lang == 'fr' else 'Front desk', 'reception-%s@%s' % (m.clinic['key'], P.DOMAIN))])
    m.envelope(m.staff_addr(st), to, r.choice([m.fr('Programme à imprimer', 'Programme to print'), m.fr('à imprimer svp', 'please print'), 'HEP']))
    m.body('\n'.join([m.greet(), '', m.fr('Peux-tu imprimer le document ci-joint pour mon 14 h ? Merci !',
                                         'Could you print the attached for my 2 pm? Thanks!'), '', st[0]]))
    return m.result('patient and condition only in attachment file name')


def p_quoted_reply(m):
    r = m.rng
    c = cond(m)
    st = m.staff(['physio', 'occupational', 'kinesio'])
    ph = m.phys()
    use_holder = r.random() < 0.5
    pat = m.holder() if use_holder else m.patient()
    m.t('patient_name', 'diagnosis')
    t0 = m.when - datetime.timedelta(hours=r.randint(3, 50))
    q = [m.greet(st[0]), '',
         m.fr('J\'ai revu %s ce matin pour %s.', 'I saw %s this morning for %s.') % (pat.name_variant(r, m.lang), dx(m, c))]
    if r.random() < 0.6:
        q.append(m.fr('J\'ai prescrit %s. ', 'I prescribed %s. ') % med(m, r.choice(c['meds'])))
        m.t('medication')
    if r.random() < 0.5:
        q.append(res(m, c))
        m.t('lab_result')
    if use_holder:
        q.append(m.fr('(NAM %s, DDN %s)', '(RAMQ %s, DOB %s)') % (m.nam(pat), pat.dob.isoformat()))
        m.t('date_of_birth')
    elif r.random() < 0.5:
        q.append(m.fr('(dossier %s)', '(chart %s)') % I.make_mrn(r, r.choice(['hosp', 'hosp2'])))
        m.t('mrn')
    q += [m.fr('Pouvez-vous devancer son rendez-vous en physio ?', 'Could you move up the physio appointment?'), '', ph[0]]
    quoted = m.quote('\n'.join(q), '%s <%s>' % m.phys_addr(ph), t0,
                     subject=m.fr('Patient(e) commun(e)', 'Shared patient'), to='%s %s' % st[:2])
    top = [r.choice([m.fr('Parfait, c\'est noté. Je la/le vois jeudi.', 'Perfect, noted. Seeing them Thursday.'),
                     m.fr('Merci docteur, ce sera fait.', 'Thanks doctor, will do.'), m.fr('Oui.', 'Yes.'),
                     m.fr('Bien reçu, je vous reviens après la séance.', 'Received, I will get back to you after the session.')]),
           '', st[0], '', quoted]
    m.envelope(m.staff_addr(st), m.phys_addr(ph), m.fr('Patient(e) commun(e)', 'Shared patient'), reply=True)
    m.body('\n'.join(top))
    return m.result('reply where patient details are only in the quoted history')


def _patient_mail(m, pat, c):
    r = m.rng
    lines = [r.choice([m.fr('Bonjour,', 'Hello,'), m.fr('Bonsoir', 'Hi'), m.fr('Allo', 'Good evening,')]), '',
             m.fr('C\'est %s. ', 'This is %s. ') % pat.full +
             r.choice([m.fr('Depuis la dernière séance, j\'ai encore plus mal (%s). ', 'Since the last session the pain is worse (%s). '),
                       m.fr('Je dois annuler mardi, mon %s me fait trop souffrir. ', 'I need to cancel Tuesday, my %s hurts too much. ')])
             % c['short_fr' if m.lang == 'fr' else 'short_en']]
    m.t('patient_name')
    if r.random() < 0.7:
        lines.append(m.fr('Le médecin a dit que c\'était une %s.', 'The doctor said it is a %s.') % dx(m, c))
        m.t('diagnosis')
    else:
        lines.append(m.fr('Est-ce normal d\'avoir encore de l\'enflure après la %s ?', 'Is it normal to still be swollen after the %s?') % (proc(m, c) or dx(m, c)))
        m.t('diagnosis')
    if r.random() < 0.5:
        lines.append(m.fr('Est-ce que je peux prendre mon %s avant l\'exercice ?', 'Can I take my %s before exercising?') % med(m, r.choice(c['meds'])))
        m.t('medication')
    if r.random() < 0.6:
        lines.append(m.fr('Vous pouvez me joindre au %s.', 'You can reach me at %s.') % P.phone(r))
        m.t('patient_contact')
    if r.random() < 0.3:
        lines.append(social(m, r.choice(['job_loss', 'welfare', 'lives_alone'])))
        m.t('social_information')
    lines += ['', m.fr('Merci', 'Thanks'), pat.given]
    return '\n'.join(lines)


def _pat_email(pat, r):
    return '%s.%s%d@%s' % (P.strip_accents_login(pat.given), P.strip_accents_login(pat.surname), r.randint(1, 99),
                           r.choice(['courriel.example', 'mailbox.example', 'webmail.example']))


def p_inline_forward(m):
    r = m.rng
    c = cond(m)
    st = m.staff(['receptionist', 'administrative'])
    st2 = m.staff(['physio', 'occupational', 'kinesio'])
    pat = m.patient()
    pm = _patient_mail(m, pat, c)
    t0 = m.when - datetime.timedelta(hours=r.randint(1, 30))
    fwd = m.forward_block(pm, '%s <%s>' % (pat.full, _pat_email(pat, r)), t0,
                          r.choice([m.fr('Rendez-vous', 'Appointment'), m.fr('question', 'question'), 'RDV mardi']),
                          'reception-%s@%s' % (m.clinic['key'], P.DOMAIN))
    top = [m.greet(st2[0]), '', r.choice([m.fr('Message reçu ce matin pour toi.', 'This came in for you this morning.'),
                                          m.fr('Peux-tu la/le rappeler ?', 'Can you call them back?'), 'FYI']), '', st[0], '', fwd]
    m.envelope(m.staff_addr(st), m.staff_addr(st2), m.fr('TR: ', 'Fwd: ') + r.choice([m.fr('Rendez-vous', 'Appointment'), 'question']))
    m.body('\n'.join(top))
    return m.result('patient e-mail forwarded inline to therapist')


def p_rfc822(m):
    r = m.rng
    c = cond(m)
    st = m.staff(['receptionist', 'administrative', 'coordinator'])
    st2 = m.staff(['physio', 'occupational', 'orthotist'])
    pat = m.patient()
    inner_text = _patient_mail(m, pat, c)
    t0 = m.when - datetime.timedelta(hours=r.randint(2, 40))
    inner_spec = dict(from_=(pat.full, _pat_email(pat, r)), to=[('Physio Boréalis', 'reception-%s@%s' % (m.clinic['key'], P.DOMAIN))],
                      subject=r.choice([m.fr('Question sur mon traitement', 'Question about my treatment'), m.fr('annulation', 'cancel'), 'RDV']),
                      date=t0.replace(tzinfo=m.when.tzinfo), msgid='<%08x@%s>' % (r.getrandbits(32), 'mailbox.example'),
                      text=inner_text, charset=r.choice(['utf-8', 'iso-8859-1']), cte=r.choice(['8bit', 'quoted-printable', 'base64']),
                      linesep='\n')
    if r.random() < 0.4:
        inner_spec['html'] = to_html(inner_text, r)
    eml = gen_mime.build(inner_spec, r)
    m.attach(r.choice(['%s.eml' % inner_spec['subject'], 'message_patient.eml', 'Courriel %s.eml' % pat.surname]), 'message/rfc822', eml)
    m.envelope(m.staff_addr(st), m.staff_addr(st2), m.fr('TR: ', 'FW: ') + inner_spec['subject'])
    m.body('\n'.join([m.greet(st2[0]), '', m.fr('Voir le courriel ci-joint.', 'See attached e-mail.'), '', st[0]]))
    return m.result('patient e-mail attached as message/rfc822')


def p_reply_patient(m):
    r = m.rng
    c = cond(m)
    st = m.staff(['physio', 'receptionist', 'kinesio'])
    pat = m.patient()
    appt = m.later(2, 9)
    m.t('patient_name', 'diagnosis')
    if r.random() < 0.4:
        addr = P.home_address(r)
        txt = [m.greet(pat.title(m.lang) + ' ' + pat.full), '',
               m.fr('Votre évaluation initiale en ergothérapie à domicile aura lieu le %s à %s, au %s, %s.',
                    'Your initial occupational therapy home assessment is booked for %s at %s, at %s, %s.')
               % (P.long_date(appt.date(), m.lang), appt.strftime('%H:%M'), addr[0], addr[1]),
               m.fr('Merci de confirmer en répondant à ce courriel.', 'Please confirm by replying to this e-mail.'), '', m.close(), m.sig(st)]
        m.types.remove('diagnosis')
        m.t('patient_contact')
        m.envelope(m.staff_addr(st), (pat.full, _pat_email(pat, r)), m.fr('Confirmation de rendez-vous', 'Appointment confirmation'))
        m.body('\n'.join(txt))
        return m.result('appointment confirmation to patient with home address')
    txt = [m.greet(pat.title(m.lang) + ' ' + pat.surname), '',
           m.fr('Votre prochain rendez-vous pour le suivi de votre %s est confirmé le %s à %s avec %s.',
                'Your next follow-up for your %s is confirmed on %s at %s with %s.')
           % (dx(m, c), P.long_date(appt.date(), m.lang), appt.strftime('%H:%M'), st[0]),
           m.fr('Apportez vos souliers de course et vos orthèses.', 'Please bring running shoes and your orthotics.'), '', m.close(), m.sig(st)]
    if r.random() < 0.6:
        orig = _patient_mail(m, pat, c)
        txt += ['', m.quote(orig, '%s <%s>' % (pat.full, _pat_email(pat, r)), m.when - datetime.timedelta(hours=r.randint(2, 20)))]
    m.envelope(m.staff_addr(st), (pat.full, _pat_email(pat, r)), m.fr('Votre rendez-vous', 'Your appointment'), reply=r.random() < 0.6)
    m.body('\n'.join(txt))
    return m.result('reply to patient confirming follow-up for condition')


def p_handover(m):
    r = m.rng
    st = m.staff(['physio', 'occupational', 'kinesio'])
    st2 = m.staff(['physio', 'occupational', 'kinesio'])
    n = r.randint(4, 7)
    rows = [[m.fr('Patient', 'Patient'), m.fr('Dx', 'Dx'), m.fr('Fréq.', 'Freq.'), m.fr('À surveiller', 'Watch for')]]
    hold_i = r.randint(0, n - 1) if r.random() < 0.5 else -1
    extra = []
    for i in range(n):
        pat = m.holder() if i == hold_i else m.patient()
        c = cond(m)
        watch = r.choice([m.fr('douleur nocturne', 'night pain'), m.fr('prend %s' % med(m, r.choice(c['meds'])), 'on %s' % med(m, r.choice(c['meds']))),
                          m.fr('retour au travail le 15', 'RTW on the 15th'), m.fr('progression OK', 'progressing well')])
        if 'prend' in watch or watch.startswith('on '):
            m.t('medication')
        rows.append([pat.name_variant(r, m.lang), dx(m, c), '2x/sem' if m.lang == 'fr' else '2x/wk', watch])
        if i == hold_i:
            extra.append('%s : NAM %s' % (pat.surname, m.nam(pat)))
    m.t('patient_name', 'diagnosis')
    leave = m.later(3, 10)
    txt = [m.greet(st2[0]), '',
           m.fr('Comme je pars en congé à partir du %s, voici mes patients que tu reprends :', 'As I am on leave from %s, here are the patients you are taking over:')
           % m.date(leave.date(), False), '', text_table(rows)]
    if extra:
        txt += [''] + extra
    txt += ['', m.fr('Les notes sont à jour dans le DME. Merci mille fois !', 'Notes are up to date in the EMR. Thanks a million!'), '', st[0]]
    html = None
    if r.random() < 0.5:
        html = to_html('\n'.join(txt[:3]), r) .replace('</body></html>', html_table(rows) + ''.join('<p>%s</p>' % e for e in extra) + '<p>%s</p></body></html>' % st[0])
    m.envelope(m.staff_addr(st), m.staff_addr(st2), m.fr('Transfert de ma charge de cas', 'Caseload handover'), cc=m.staff_addr(P.STAFF[7]))
    m.body('\n'.join(txt), html=html)
    return m.result('caseload handover list with names and diagnoses')


def p_ortho_order(m):
    r = m.rng
    c = cond(m, ['ortho'])
    st = m.staff(['orthotist', 'technician', 'physio'])
    ph = m.phys()
    use_holder = r.random() < 0.5
    pat = m.holder() if use_holder else m.patient()
    m.t('patient_name', 'diagnosis', 'date_of_birth')
    lines = [('h', m.fr('BON DE COMMANDE – ORTHÈSES PLANTAIRES SUR MESURE', 'ORDER FORM – CUSTOM FOOT ORTHOTICS')),
             m.fr('Client(e) : ', 'Client: ') + pat.full, m.fr('Date de naissance : ', 'Date of birth: ') + pat.dob.isoformat()]
    if use_holder:
        lines.append('NAM : ' + m.nam(pat, allow_fullwidth=False))
    else:
        lines.append(m.fr('Dossier : ', 'File: ') + I.make_mrn(r, 'ortho'))
        m.t('mrn')
    lines += [m.fr('Prescripteur : ', 'Prescriber: ') + ph[0], m.fr('Diagnostic : ', 'Diagnosis: ') + dx(m, c),
              m.fr('Pointure : %d ; largeur : %s', 'Shoe size: %d; width: %s') % (r.randint(6, 12), r.choice(['B', 'D', 'EE'])),
              m.fr('Coquille polypropylène 3 mm, talonnette 4 mm, recouvrement EVA', 'Polypropylene 3 mm shell, 4 mm heel post, EVA top cover'),
              find(m, c)]
    fn = 'commande_%s_%s.pdf' % (r.randint(1000, 9999), pat.surname.lower())
    m.attach(fn, 'application/pdf', A.pdf(lines, letterhead=[P.CLINICS[4]['name'], P.CLINICS[4]['street'], P.CLINICS[4]['city']]))
    txt = [m.greet(), '', m.fr('Nouvelle commande ci-jointe, moulage 3D envoyé sur le portail. Délai souhaité : 10 jours.',
                               'New order attached, 3D scan uploaded to the portal. Requested turnaround: 10 days.'), '', m.sig(st, 'short')]
    m.envelope(m.staff_addr(st), ('Laboratoire', 'commandes@labortho-precision.example'),
               r.choice([m.fr('Commande orthèses – %s', 'Orthotics order – %s') % pat.surname, m.fr('Nouvelle commande', 'New order')]))
    m.body('\n'.join(txt))
    return m.result('custom orthotics order form with patient details')


def p_ot_home(m):
    r = m.rng
    c = cond(m, ['ot', 'postop'], keys=['stroke', 'tha', 'tka', 'radius'])
    st = m.staff(['occupational'])
    pat = m.patient(min_age=60, max_age=90)
    addr = P.home_address(r)
    sk = r.choice(['lives_alone', 'caregiver', 'welfare'])
    m.t('patient_name', 'diagnosis', 'patient_contact', 'social_information')
    txt = [m.greet(), '',
           m.fr('Suite à la visite à domicile du %s chez %s (%s, %s), voici mes recommandations.',
                'Following my home visit on %s with %s (%s, %s), here are my recommendations.')
           % (m.date(m.earlier(1, 6), False), pat.name_variant(r, m.lang), addr[0], addr[1]),
           m.fr('Contexte : ', 'Background: ') + dx(m, c) + '. ' + find(m, c), social(m, sk), '',
           m.fr('- Banc de transfert pour le bain et barre d\'appui murale', '- Tub transfer bench and wall grab bar'),
           m.fr('- Retirer les carpettes du corridor', '- Remove hallway rugs'),
           m.fr('- Popote roulante 3 fois/semaine', '- Meals on Wheels 3 times a week'), '']
    if r.random() < 0.5:
        txt.append(m.fr('Tél. à domicile : %s', 'Home phone: %s') % P.phone(r, addr[2]))
    txt += [m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), (m.fr('Travailleuse sociale – CLSC', 'Social worker – CLSC'), 'ts.soutien-domicile@cisss-fictif.example'),
               m.fr('Visite à domicile – %s', 'Home visit – %s') % pat.surname)
    m.body('\n'.join(txt))
    return m.result('occupational therapy home visit with address and social situation')


def p_kinesio_rtw(m):
    r = m.rng
    c = cond(m, ['work'])
    st = m.staff(['kinesio'])
    adj = r.choice(P.ADJUSTERS)
    pat = m.patient()
    employer = r.choice(P.EMPLOYERS)
    rows = [[m.fr('Semaine', 'Week'), m.fr('Horaire', 'Hours'), m.fr('Tâches', 'Tasks')],
            ['1', m.fr('3 x 4 h', '3 x 4 h'), m.fr('tâches légères, pas de charge', 'light duties, no lifting')],
            ['2', m.fr('4 x 4 h', '4 x 4 h'), m.fr('charge < 10 kg', 'lifting < 10 kg')],
            ['3', m.fr('4 x 6 h', '4 x 6 h'), m.fr('tâches régulières adaptées', 'modified regular duties')],
            ['4', m.fr('5 x 8 h', '5 x 8 h'), m.fr('retour complet', 'full duties')]]
    m.t('patient_name', 'diagnosis', 'social_information')
    txt = [m.greet('%s %s' % adj), '',
           m.fr('Voici le plan de retour progressif au travail de %s chez %s, en lien avec %s.',
                'Here is the graded return-to-work plan for %s at %s, related to %s.') % (pat.full, employer, dx(m, c)),
           m.fr('Le travailleur est en arrêt depuis 9 semaines ; ', 'The worker has been off for 9 weeks; ') + find(m, c), '',
           text_table(rows), '', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), ('%s %s' % adj, 'agent.%s@%s' % (P.strip_accents_login(adj[1]), P.INSURERS[3]['domain'])),
               m.fr('Retour progressif – %s', 'Graded RTW – %s') % pat.full)
    m.body('\n'.join(txt), html=to_html('\n'.join(txt[:4]), r).replace('</body>', html_table(rows) + '<p>%s %s</p></body>' % st[:2]) if r.random() < 0.4 else None)
    return m.result('graded return-to-work plan sent to adjuster')


def p_ontario(m):
    r = m.rng
    c = cond(m, ['sport', 'auto', 'postop', 'work'])
    m.clinic = P.CLINICS[3]
    st = m.staff(['physio'])
    pat = m.patient()
    num, vc = I.make_ohn(r)
    ohn = I.fmt_ohn(num, vc, r.choice(['dash', 'space', 'plain', 'novc']))
    m.add_id('ca_health_number', num)
    addr = P.home_address(r, ontario=True)
    m.t('patient_name', 'diagnosis')
    mode = r.choice(['letter', 'billing', 'xlsx'])
    if mode == 'letter':
        ph = P.PHYSICIANS[7]
        txt = [m.greet(ph[0]), '',
               m.fr('Votre patient(e) %s (carte Santé Ontario %s), résidant au %s, %s, est suivi(e) à notre clinique de Gatineau pour %s.',
                    'Your patient %s (OHIP %s), of %s, %s, is being treated at our Gatineau clinic for %s.')
               % (pat.full, ohn, addr[0], addr[1], dx(m, c)), find(m, c), '', m.close(), m.sig(st)]
        m.t('patient_contact')
        m.envelope(m.staff_addr(st), m.phys_addr(ph), m.fr('Suivi de votre patient(e)', 'Update on your patient'))
        m.body('\n'.join(txt))
    elif mode == 'billing':
        ins = r.choice(P.INSURERS[:3])
        txt = [m.greet(), '', m.fr('Demande de remboursement – patient(e) hors province', 'Reimbursement request – out-of-province patient'),
               m.fr('Nom : %s', 'Name: %s') % pat.full, m.fr('Date de naissance : %s', 'Date of birth: %s') % pat.dob.isoformat(),
               m.fr('N° Santé Ontario : %s', 'Ontario health number: %s') % ohn,
               m.fr('Motif : %s', 'Reason: %s') % dx(m, c), m.fr('Séances : 8 (du %s au %s)', 'Sessions: 8 (%s to %s)') % (
                   m.earlier(40, 60).isoformat(), m.earlier(1, 5).isoformat()), '', m.sig(st, 'full')]
        m.t('date_of_birth')
        m.envelope(m.staff_addr(st), ('Claims', 'claims@' + ins['domain']), m.fr('Remboursement hors province', 'Out-of-province claim'))
        m.body('\n'.join(txt))
    else:
        rows = [['Nom', 'OHIP', 'DDN', 'Motif', 'Ville']]
        rows.append([pat.full, ohn, pat.dob.isoformat(), c['fr'], addr[1].split(',')[0]])
        for _ in range(r.randint(2, 4)):
            p2 = m.patient()
            n2, v2 = I.make_ohn(r)
            m.add_id('ca_health_number', n2)
            c2 = cond(m)
            rows.append([p2.full, I.fmt_ohn(n2, v2, 'dash'), p2.dob.isoformat(), c2['fr'], r.choice(['Ottawa', 'Rockland', 'Orléans'])])
        m.t('date_of_birth')
        m.attach('patients_ontario_%s.xlsx' % m.when.strftime('%Y%m'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                 A.xlsx_bytes([('Ontario', rows)]))
        m.envelope(m.staff_addr(st), m.staff_addr(P.STAFF[19]), m.fr('Patients Ontario – facturation', 'Ontario patients – billing'))
        m.body('\n'.join([m.greet(P.STAFF[19][0]), '', m.fr('Liste du mois ci-jointe.', 'This month\'s list attached.'), '', st[0]]))
    return m.result('Ontario patient with OHIP number')
