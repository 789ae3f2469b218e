"""Positive templates, part C: ordinary mail carrying patients — subject-only
and file-name-only leaks, rosters, calendar invitations, vCards, patients'
own mail forwarded, quoted replies, attached .eml and hand-over lists."""
import datetime
from gen_core import (L, Mail, nam_patient, plain_patient, name_as, nam_str, file_stem, INJURIES, PSYCH,
                      MEDS, SOCIAL, LABS, MECHANISMS, JOBS, pick, clinic, agent, claim_no, who, quote,
                      forward_block, sub_mail)
from gen_pos_a import letterhead, qc_clinic, on_clinic, patient, employer
import gen_people as P
import gen_ids as I
import gen_mime as M
import gen_files as F

TD = datetime.timedelta


def any_clinic(rng, lang):
    return rng.choice(P.CLINICS_FR if lang == 'fr' else P.CLINICS_EN)


def short_dx(inj, lang):
    words = (inj[0] if lang == 'fr' else inj[1]).split(' avec ')[0].split(' with ')[0]
    return words


# --------------------------------------------------------------------------- B1
def subject_leak(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    a, b = P.staff(rng, c), P.staff(rng, c)
    p = patient(ctx, 0.8, ('worker', 'senior', 'child')) if lang == 'fr' else plain_patient(ctx)
    inj = rng.choice(INJURIES)
    nm = name_as(p, rng, lang, rng.choice(['full', 'last_first', 'upper_first', 'title_full', 'lower', 'last_first_nocomma']))
    dx = short_dx(inj, lang)
    m.sender = a
    m.to = [who(b)]
    m.subject = rng.choice([
        L(lang, '%s - %s - RV à reporter' % (nm, dx), '%s - %s - reschedule' % (nm, dx)),
        L(lang, 'TR: %s (%s) rechute?' % (nm, dx), 'FW: %s (%s) relapse?' % (nm, dx)),
        L(lang, 'RE: %s / %s' % (dx, nm), 'RE: %s / %s' % (dx, nm)),
    ])
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang, b.first), rng.choice([
        L(lang, 'Peux-tu le/la rappeler pour déplacer son rendez-vous de jeudi? Merci!', 'Can you call to move Thursday\'s appointment? Thanks!'),
        L(lang, 'Voir mon message précédent. Je suis en formation demain.', 'See my earlier note. I am away at a course tomorrow.'),
        L(lang, 'On en parle à la réunion de 12 h?', 'Can we discuss at the noon huddle?'),
        L(lang, 'Ok pour moi, je le prends mardi.', 'Fine by me, I will take it Tuesday.')]), P.signature(rng, a, lang, rng.choice(['short', 'mobile', 'mid'])))
    m.t('patient_name', 'diagnosis')
    if p.nam and rng.random() < 0.5:
        ns = nam_str(p, rng)
        m.subject = rng.choice([L(lang, 'NAM %s — %s' % (ns, dx), 'RAMQ %s - %s' % (ns, dx)), '%s / %s' % (dx, ns)])
        m.types = {'ramq_nam', 'diagnosis'}
    return m, 'fuite_objet' if lang == 'fr' else 'subject_leak', L(lang, 'nom et diagnostic seulement dans l\'objet', 'name and diagnosis only in the Subject')


# --------------------------------------------------------------------------- B2
def filename_leak(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    s = P.staff(rng, c, 'admin')
    rec = agent(rng, lang, rng.choice(['cnesst', 'saaq'] if lang == 'fr' else ['wsib', 'cnesst']))
    p = patient(ctx, 0.8, ('worker', 'senior', 'child')) if lang == 'fr' else plain_patient(ctx)
    inj = rng.choice(INJURIES)
    dxs = short_dx(inj, lang).replace(' ', rng.choice(['_', '-', ' ']))
    m.sender = s
    m.to = [who(rec)]
    m.subject = rng.choice([L(lang, 'Document demandé', 'Requested document'), L(lang, 'Envoi numérisé', 'Scanned document'), 'Scan %s' % m.date.strftime('%Y-%m-%d')])
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, rng.choice(['Voir pièce jointe.', 'Tel que demandé au téléphone, voici le document.', 'Document numérisé ci-joint.']),
                                                             rng.choice(['See attached.', 'As requested on the phone, here is the document.', 'Scanned copy attached.'])),
                                 P.signature(rng, s, lang))
    stem = file_stem(p, rng, full=True)
    fn = rng.choice(['%s_%s.pdf' % (stem, dxs), '%s - %s - %s.pdf' % (L(lang, 'rapport', 'report'), stem, dxs), '%s_%s_%s.pdf' % (dxs, stem, m.date.strftime('%Y%m%d'))])
    m.attach(fn, 'application/pdf', F.make_scan_pdf(fn))
    m.t('patient_name', 'diagnosis')
    return m, 'fuite_nom_fichier' if lang == 'fr' else 'filename_leak', L(lang, 'nom et diagnostic seulement dans le nom du fichier (PDF numérisé)', 'name and diagnosis only in the attachment file name (scanned PDF)')


# --------------------------------------------------------------------------- B3
def horaire_patients(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    s = P.staff(rng, c, 'admin')
    team = [P.staff(rng, c, 'physio') for _ in range(2)]
    m.sender = s
    m.to = [who(t) for t in team]
    d = m.date + TD(days=1)
    rows = [[L(lang, 'Heure', 'Time'), L(lang, 'Client', 'Client'), L(lang, 'Dossier', 'Chart'), L(lang, 'Payeur', 'Payer'), L(lang, 'Motif', 'Reason'), L(lang, 'Thérapeute', 'Therapist')]]
    has_nam = lang == 'fr' and rng.random() < 0.5
    if has_nam:
        rows[0].insert(2, 'NAM')
    for k in range(rng.randrange(5, 10)):
        p = patient(ctx, 0.5, ('worker', 'worker', 'senior')) if lang == 'fr' else plain_patient(ctx)
        inj = rng.choice(INJURIES)
        rows.append(['%d:%02d' % (8 + k // 2, 30 * (k % 2)), name_as(p, rng, lang, rng.choice(['last_first', 'full', 'upper_first'])),
                     I.make_mrn(rng, 'clinic'), rng.choice((['CNESST', 'SAAQ', L(lang, 'privé', 'private'), L(lang, 'assurance', 'insurance')] if p.group == 'worker' else ['SAAQ', L(lang, 'privé', 'private')]) if lang == 'fr' or c in P.CLINICS_EN[:2] else ['WSIB', 'MVA', 'private', 'extended health']),
                     short_dx(inj, lang), rng.choice(team).first])
        if has_nam:
            rows[-1].insert(2, nam_str(p, rng, rng.choice(['plain', 'space'])) if p.nam else '')
            if p.nam:
                m.t('ramq_nam')
    m.t('patient_name', 'mrn', 'diagnosis')
    m.subject = rng.choice([L(lang, 'Horaire du %s' % P.fdate(d, 'fr', 'day'), 'Schedule for %s' % P.fdate(d, 'en', 'day')),
                            L(lang, 'Liste des RV de demain', 'Tomorrow\'s bookings'), L(lang, 'horaire', 'schedule')])
    kind = rng.choice(['xlsx', 'csv', 'csv', 'html'])
    intro = L(lang, 'Voici l\'horaire de demain. Merci de me signaler les changements avant 16 h.', 'Here is tomorrow\'s schedule. Please send me changes before 4 pm.')
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), intro, P.signature(rng, s, lang, 'short'))
    if kind == 'xlsx':
        m.attach_xlsx(L(lang, 'horaire_%s.xlsx', 'schedule_%s.xlsx') % d.isoformat(), [(L(lang, 'Horaire', 'Schedule'), rows)], author=s.full)
    elif kind == 'csv':
        m.attach_csv(L(lang, 'export_rv_%s.csv', 'appointments_%s.csv') % d.strftime('%Y%m%d'), rows)
    else:
        m.structure = 'html'
        m.html = '<html><body><p>%s</p><p>%s</p>%s<p>%s</p></body></html>' % (P.greeting(rng, lang), intro, M.html_table(rows), s.first)
    return m, 'horaire_patients' if lang == 'fr' else 'patient_schedule', L(lang, 'horaire des clients (%s)' % kind, 'patient schedule (%s)' % kind)


# --------------------------------------------------------------------------- B4
def ics_rdv(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = rng.choice([x for x in (P.CLINICS_FR + P.CLINICS_EN) if x.kind in ('ergo', 'physio') and x.lang == lang])
    ot = P.staff(rng, c, 'ergo')
    emp = employer(rng, lang)
    hr = P.external(rng, emp[0], emp[1], lang, L(lang, 'RH', 'HR'))
    p = patient(ctx, 0.8, ('worker', 'senior', 'child')) if lang == 'fr' else plain_patient(ctx)
    inj = rng.choice(INJURIES)
    nm = name_as(p, rng, lang, rng.choice(['full', 'title_full', 'last_first']))
    d = P.weekday_on_or_after(m.date + TD(days=rng.randrange(3, 15)))
    start = datetime.datetime(d.year, d.month, d.day, rng.randrange(8, 15), rng.choice([0, 30]))
    summ = L(lang, 'Visite de poste — %s (%s)' % (nm, short_dx(inj, 'fr')), 'Job site visit - %s (%s)' % (nm, short_dx(inj, 'en')))
    desc = L(lang, 'Analyse du poste de travail en vue du retour progressif. Apporter la description de tâches.',
             'Workstation assessment before graduated return. Please bring the job description.')
    if p.nam and rng.random() < 0.5:
        desc += L(lang, ' Réf. NAM %s.', ' Ref. RAMQ %s.') % nam_str(p, rng, rng.choice(['plain', 'space']))
        m.t('ramq_nam')
    ics = F.make_ics('%s@%s' % (ctx.seedkey.replace(' ', ''), c.domain), start, start + TD(hours=2), summ, emp[0], desc, who(ot), [who(hr)])
    m.sender = ot
    m.to = [who(hr)]
    m.subject = L(lang, 'Invitation : ', 'Invitation: ') + summ
    m.text = '%s\n\n%s\n%s\n\n%s' % (summ, P.fdate(d, lang, 'day'), desc, P.signature(rng, ot, lang, 'mid'))
    m.attach_ics('invite.ics', ics)
    m.t('patient_name', 'diagnosis')
    return m, 'invitation_ics' if lang == 'fr' else 'calendar_invite', L(lang, 'invitation ICS nommant le travailleur et la lésion', 'ICS invitation naming the worker and injury')


# --------------------------------------------------------------------------- B5
def vcard_patient(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    a, b = P.staff(rng, c, 'admin'), P.staff(rng, c)
    p = patient(ctx, 0.7) if lang == 'fr' else plain_patient(ctx)
    p.address = P.home_address(rng, lang)
    p.phone = P.phone(rng)
    inj = rng.choice(INJURIES)
    claim = claim_no(rng, 'cnesst' if lang == 'fr' else 'wsib')
    note = L(lang, 'Dossier CNESST %s - %s. Joindre en soirée seulement.' % (claim, short_dx(inj, 'fr')),
             'Claim %s - %s. Evenings only.' % (claim, short_dx(inj, 'en')))
    if p.nam and rng.random() < 0.5:
        note += ' NAM: %s' % nam_str(p, rng, 'space')
        m.t('ramq_nam')
    vcf = F.make_vcf(p.first, p.last, tels=[('HOME', p.phone), ('CELL', P.phone(rng))], emails=['%s%d@videotron.example' % (P.slug(p.first), rng.randrange(10, 99))],
                     adr=p.address, note=note)
    m.sender = a
    m.to = [who(b)]
    m.subject = rng.choice([L(lang, 'Coordonnées', 'Contact info'), L(lang, 'contact client', 'client contact'), p.full])
    if p.full in m.subject:
        m.t('patient_name')
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang, b.first), L(lang, 'Voici la fiche contact pour ton appel de suivi.', 'Contact card for your follow-up call.'), P.signature(rng, a, lang, 'short'))
    m.attach_vcf('%s.vcf' % P.strip_accents(p.full), vcf)
    m.t('patient_name', 'patient_contact', 'diagnosis')
    return m, 'vcard_client' if lang == 'fr' else 'vcard_client', L(lang, 'vCard du client avec adresse et note de lésion', 'client vCard with home address and injury note')


# --------------------------------------------------------------------------- B6
def courriel_patient(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    recv, fwd_to = P.staff(rng, c, 'admin'), P.staff(rng, c, rng.choice(['physio', 'ergo', 'md']))
    p = patient(ctx, 0.8) if lang == 'fr' else plain_patient(ctx)
    p.phone = P.phone(rng)
    pe = '%s.%s@%s' % (P.slug(p.first), P.slug(p.last), rng.choice(['videotron.example', 'bellnet.example', 'courriel.example', 'mailbox.example']))
    inj = rng.choice(INJURIES)
    med = pick(rng, MEDS, lang)
    ps = L(lang, 'Bonjour,\n\nJe voulais vous dire que depuis le dernier traitement j\'ai beaucoup plus mal (%s). Mon médecin m\'a prescrit %s mais ça me rend étourdi%s. '
              'Est-ce que je dois quand même venir lundi? Vous pouvez me rappeler au %s.\n\nMerci\n%s',
           'Hello,\n\nSince my last treatment the pain is much worse (%s). My doctor prescribed %s but it makes me dizzy. '
           'Should I still come Monday? You can call me at %s.\n\nThanks\n%s')
    if lang == 'fr':
        ps = ps % (short_dx(inj, 'fr'), med, 'e' if p.sex == 'F' else '', P.phone_fmt(rng, p.phone), p.first)
    else:
        ps = ps % (short_dx(inj, 'en'), med, P.phone_fmt(rng, p.phone), p.first)
    if p.nam and rng.random() < 0.5:
        ps = ps.replace(L(lang, '\n\nMerci\n', '\n\nThanks\n'), L(lang, '\nMon numéro d\'assurance maladie si jamais : %s\n\nMerci\n', '\nMy RAMQ card number in case you need it: %s\n\nThanks\n') % nam_str(p, rng, rng.choice(['lower', 'plain', 'space', 'spread', 'fullwidth'])))
        m.t('ramq_nam')
    subj0 = rng.choice([L(lang, 'rendez-vous lundi', 'Monday appointment'), L(lang, 'question', 'question'), 'traitement' if lang == 'fr' else 'treatment'])
    fb = forward_block(rng, lang, (p.full, pe), m.date, subj0, (recv.full, recv.email), ps)
    m.sender = recv
    m.to = [who(fwd_to)]
    m.subject = L(lang, 'TR: ', 'Fwd: ') + subj0
    m.text = '%s\n\n%s\n\n%s' % (rng.choice([L(lang, 'Pour toi, elle/il attend un retour d\'appel.', 'For you - waiting for a call back.'), L(lang, 'Peux-tu la/le rappeler?', 'Can you call back?'), 'FYI']),
                                 P.signature(rng, recv, lang, 'short'), fb)
    m.t('patient_name', 'diagnosis', 'medication', 'patient_contact')
    return m, 'courriel_client_transfere' if lang == 'fr' else 'patient_email_forward', L(lang, 'courriel du client transféré (douleur, médicament, téléphone)', 'patient\'s own e-mail forwarded (pain, medication, phone)')


def _patient_paragraph(ctx, rng, lang, p, m):
    """A paragraph about a patient; returns text and adds types to m."""
    inj = rng.choice(INJURIES)
    opt = 0 if (p.nam and rng.random() < 0.45) else rng.randrange(1, 5)
    nm = name_as(p, rng, lang)
    if opt == 4:
        m.t('lab_result')
        return L(lang, 'Résultat reçu pour %s : %s. Je l\'ai informé%s et on revoit le plan vendredi.' % (nm, pick(rng, LABS, 'fr'), 'e' if p.sex == 'F' else ''),
                 'Result received for %s: %s. I informed the client; we will review the plan Friday.' % (nm, pick(rng, LABS, 'en')))
    m.t('patient_name')
    if opt == 0 and p.nam:
        m.t('ramq_nam', 'diagnosis')
        return L(lang, 'Pouvez-vous me transmettre le dernier rapport de %s (NAM %s)? Le dossier est en révision pour %s.' % (nm, nam_str(p, rng), inj[0]),
                 'Could you send me the latest report for %s (RAMQ %s)? The file is under review for %s.' % (nm, nam_str(p, rng), inj[1]))
    if opt == 1:
        m.t('medication', 'diagnosis')
        return L(lang, '%s a annulé ce matin : douleur augmentée (%s), %s est sous %s. À rappeler.' % (nm, short_dx(inj, 'fr'), p.pro('fr'), pick(rng, MEDS, 'fr')),
                 '%s cancelled this morning: more pain from the %s, now on %s. Please call back.' % (nm, short_dx(inj, 'en'), pick(rng, MEDS, 'en')))
    if opt == 2:
        m.t('date_of_birth', 'diagnosis')
        return L(lang, 'Nouveau dossier : %s, né%s le %s, %s, référé%s par le Dr Dufour. Première évaluation à planifier.' % (
            nm, 'e' if p.sex == 'F' else '', P.fdate(p.dob, 'fr'), inj[0], 'e' if p.sex == 'F' else ''),
                 'New referral: %s, born %s, %s, referred by Dr. Dufour. Please book an initial assessment.' % (nm, P.fdate(p.dob, 'en'), inj[1]))
    m.t('social_information', 'diagnosis')
    return L(lang, 'Pour %s (%s) : %s. La travailleuse sociale du CLSC est impliquée.' % (nm, short_dx(inj, 'fr'), pick(rng, SOCIAL, 'fr')),
             'Re %s (%s): %s. The community social worker is involved.' % (nm, short_dx(inj, 'en'), pick(rng, SOCIAL, 'en')))


# --------------------------------------------------------------------------- B7
def reponse_historique(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    me = P.staff(rng, c)
    other = rng.choice([P.staff(rng, c), agent(rng, lang, 'cnesst' if lang == 'fr' else 'wsib')])
    p = patient(ctx, 0.85, ('worker', 'worker', 'senior')) if lang == 'fr' else (nam_patient(ctx) if rng.random() < 0.4 else plain_patient(ctx))
    para = _patient_paragraph(ctx, rng, lang, p, m)
    subj0 = rng.choice([L(lang, 'Suivi', 'Follow-up'), L(lang, 'Question dossier', 'File question'), L(lang, 'annulation', 'cancellation'), 'Re: rapport'])
    q = quote(rng, lang, who(other), m.date - TD(days=rng.randrange(0, 3)),
              '%s\n\n%s\n\n%s' % (P.greeting(rng, lang, me.first if rng.random() < 0.7 else None), para, other.first), to=who(me), subject=subj0)
    m.sender = me
    m.to = [who(other)]
    m.subject = 'RE: ' + subj0
    m.extra = [('In-Reply-To', '<%s@%s>' % (__import__('hashlib').md5(ctx.seedkey.encode()).hexdigest()[:12], other.email.split('@')[1]))]
    m.text = '%s\n\n%s\n\n%s' % (rng.choice([L(lang, 'C\'est noté, merci.', 'Noted, thanks.'), L(lang, 'Parfait, je m\'en occupe cet après-midi.', 'Perfect, I will handle it this afternoon.'),
                                              L(lang, 'Oui, envoyé ce matin.', 'Yes, sent this morning.'), L(lang, 'Je vérifie et je te reviens.', 'Let me check and get back to you.')]),
                                 P.signature(rng, me, lang, rng.choice(['short', 'mid', 'full'])), q)
    m.structure = rng.choice(['plain', 'alt', 'html'])
    return m, 'reponse_historique' if lang == 'fr' else 'reply_quoted_history', L(lang, 'réponse anodine, renseignements dans l\'historique cité', 'harmless reply, patient data in quoted history')


# --------------------------------------------------------------------------- B8
def eml_joint(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    me, boss = P.staff(rng, c), P.staff(rng, c, 'mgr')
    oc = rng.choice([x for x in (P.CLINICS_FR if lang == 'fr' else P.CLINICS_EN) if x is not c])
    other = P.staff(rng, oc)
    p = patient(ctx, 0.85, ('worker', 'worker', 'senior')) if lang == 'fr' else (nam_patient(ctx) if rng.random() < 0.4 else plain_patient(ctx))
    inner = sub_mail(ctx, '/inner')
    inner.sender = other
    inner.to = [who(me)]
    inner.subject = rng.choice([L(lang, 'Suivi client', 'Client follow-up'), L(lang, 'Référence', 'Referral'), 'Dossier' if lang == 'fr' else 'File', L(lang, 'Question', 'Question')])
    para = _patient_paragraph(inner.ctx, inner.rng, lang, p, inner)
    inner.text = '%s\n\n%s\n\n%s\n%s' % (P.greeting(inner.rng, lang), para, P.closing(inner.rng, lang), other.full)
    inner.structure = 'plain'
    data = inner.build()
    m.types |= inner.types
    m.sender = me
    m.to = [who(boss)]
    m.subject = rng.choice([L(lang, 'TR: ', 'FW: ') + inner.subject, L(lang, 'Courriel de %s' % oc.name, 'E-mail from %s' % oc.name), L(lang, 'pour info', 'FYI')])
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang, boss.first), L(lang, 'Je te joins le courriel reçu ce matin; comment veux-tu qu\'on procède?', 'Attaching the e-mail I got this morning; how do you want to proceed?'),
                                 P.signature(rng, me, lang, 'short'))
    m.attach_eml(rng.choice([inner.subject + '.eml', 'message.eml', L(lang, 'courriel_agent.eml', 'case_manager_email.eml')]), data)
    return m, 'eml_joint' if lang == 'fr' else 'attached_eml', L(lang, 'courriel joint (message/rfc822) contenant les renseignements', 'attached message/rfc822 carrying patient data')


# --------------------------------------------------------------------------- B9
def liste_transfert(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    me, col = P.staff(rng, c, 'physio'), P.staff(rng, c, 'physio')
    m.sender = me
    m.to = [who(col)]
    m.subject = rng.choice([L(lang, 'Transfert de ma clientèle pendant mes vacances', 'Caseload handover while I am away'), L(lang, 'Liste de transfert', 'Handover list')])
    lines = []
    for k in range(rng.randrange(4, 8)):
        p = patient(ctx, 0.5) if lang == 'fr' else plain_patient(ctx)
        inj = rng.choice(INJURIES)
        extra = rng.choice(['', pick(rng, MEDS, lang), pick(rng, SOCIAL, lang), L(lang, 'RAT prévu le %s' % P.fdate(m.date + TD(days=14), 'fr', 'num'), 'RTW planned %s' % P.fdate(m.date + TD(days=14), 'en', 'num'))])
        idn = ''
        if p.nam and rng.random() < 0.4:
            idn = ' (%s)' % nam_str(p, rng, rng.choice(['plain', 'space', 'dots']))
            m.t('ramq_nam')
        lines.append(('- %s%s : %s%s' if lang == 'fr' else '- %s%s: %s%s') % (name_as(p, rng, lang, rng.choice(['full', 'last_first', 'lower', 'initial'])), idn, short_dx(inj, lang), (' — ' + extra) if extra else ''))
    m.t('patient_name', 'diagnosis')
    body = '\n'.join(lines)
    if any(x[0] in body or x[1] in body for x in MEDS):
        m.t('medication')
    if any(x[0] in body or x[1] in body for x in SOCIAL):
        m.t('social_information')
    m.text = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (P.greeting(rng, lang, col.first),
                                             L(lang, 'Voici les clients que tu verras du %s au %s :' % (P.fdate(m.date + TD(days=7), 'fr'), P.fdate(m.date + TD(days=21), 'fr')),
                                               'Here are the clients you will see from %s to %s:' % (P.fdate(m.date + TD(days=7), 'en'), P.fdate(m.date + TD(days=21), 'en'))),
                                             body, L(lang, 'Les notes sont à jour dans le DME. Merci mille fois!', 'Notes are up to date in the EMR. Thanks a million!'), P.signature(rng, me, lang, 'short'))
    return m, 'liste_transfert' if lang == 'fr' else 'handover_list', L(lang, 'liste de transfert de clientèle', 'caseload handover list')


# --------------------------------------------------------------------------- B10
def identifiant_seul(ctx):
    """Patient identified by a number only (NAM / chart / health card), no name."""
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    a, b = P.staff(rng, c, rng.choice(['md', 'physio', 'ergo'])), P.staff(rng, c)
    m.sender, m.to = a, [who(b)]
    inj = rng.choice(INJURIES)
    variant = rng.choice(['nam', 'mrn'] if lang == 'fr' else ['ohip', 'mrn', 'nam'])
    if variant == 'nam':
        p = nam_patient(ctx)
        ident = L(lang, 'NAM %s', 'RAMQ %s') % nam_str(p, rng)
        m.t('ramq_nam')
    elif variant == 'mrn':
        ident = L(lang, 'dossier %s', 'chart %s') % I.make_mrn(rng, rng.choice(['clinic', 'hosp']) if lang == 'fr' else 'en')
        m.t('mrn')
    else:
        num, vc = I.make_ohip(rng)
        ident = 'health card %s' % I.fmt_ohip(num, vc, rng.choice(['dash', 'space', 'plain', 'fullwidth']))
        m.t('ca_health_number')
    k = rng.randrange(3)
    if k == 0:
        body = L(lang, 'Résultat reçu pour le %s : %s. Retrait préventif à prévoir, je m\'occupe d\'aviser la CNESST.' % (ident, pick(rng, LABS, 'fr')),
                 'Result received for %s: %s. Removal from exposure needed; I will notify the board.' % (ident, pick(rng, LABS, 'en')))
        m.t('lab_result')
        m.subject = L(lang, 'Résultat à traiter', 'Result to action')
    elif k == 1:
        body = L(lang, 'Pour le %s : %s confirmée à l\'imagerie. Cesser les exercices en charge et ajouter %s.' % (ident, inj[0], pick(rng, MEDS, 'fr')),
                 'Re %s: %s confirmed on imaging. Stop loaded exercises; adding %s.' % (ident, inj[1], pick(rng, MEDS, 'en')))
        m.t('diagnosis', 'medication')
        m.subject = L(lang, 'Mise à jour du plan', 'Plan update')
    else:
        body = L(lang, 'Nouveau cas CNESST, %s, %s. Première évaluation demandée cette semaine.' % (ident, inj[0]),
                 'New claim, %s, %s. Initial assessment requested this week.' % (ident, inj[1]))
        m.t('diagnosis')
        m.subject = rng.choice([L(lang, 'Nouveau cas', 'New case'), ident])
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang, b.first), body, P.signature(rng, a, lang, rng.choice(['short', 'mid'])))
    return m, 'identifiant_seul' if lang == 'fr' else 'identifier_only', L(lang, 'patient identifié seulement par un numéro (%s)' % variant, 'patient identified by a number only (%s)' % variant)
