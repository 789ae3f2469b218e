"""Positive scenarios, part D: replies to patients, imaging requests, MRONJ consults, dictations."""
import gen_attach as A
import gen_clinical as K
import gen_mime as M
import gen_people as P
import gen_text as T
from gen_mime import Att, addr

S = P.STAFF
X = P.EXTERNAL
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

MAILHOSTS = ['courriel.example', 'postebleue.example', 'maboite.example', 'webmail-nord.example']


def patient_reply(ctx):
    """Clerk replies to a patient's own e-mail, quoting it (medications, sedation worries)."""
    rng = ctx.rng
    p = ctx.patient('qc', age=(20, 80))
    clerk = rng.choice([S['kaur'], S['perreault'], S['turcotte']])
    pmail = '%s.%s%d@%s' % (P.ascii_local(p.given), P.ascii_local(p.surname).replace("'", ''), rng.randint(1, 99),
                            rng.choice(MAILHOSTS))
    pname = ctx.name(p, 'full')
    t0 = M.inner_when(ctx, rng.randint(60, 60 * 48))
    appt = ctx.day(3, 25)
    med = K.take(ctx, 'meds')
    if ctx.fr:
        orig = '\n'.join(['Bonjour,', '', 'J\'ai mon rendez-vous le %s pour l\'extraction de mes dents de sagesse sous sédation.' % ctx.dstr(appt),
                          'Je prends %s, est-ce que je dois arrêter avant?' % med,
                          T.pick(rng, 'Aussi je fais de l\'anxiété et je suis suivie pour une dépression.',
                                 'Mon conjoint ne pourra pas venir me chercher, est-ce que je peux prendre un taxi?',
                                 lambda: 'Mon numéro est le %s si vous voulez m\'appeler.' % ctx.phone(p)), '', 'Merci', pname])
        top = '\n'.join(['Bonjour %s,' % ctx.name(p, rng.choice(['title', 'title_last'])), '',
                         rng.choice(['Ne cessez aucun médicament sans l\'avis de votre médecin; l\'infirmière vous appellera d\'ici vendredi.',
                                     'Continuez votre médication habituelle. Le jeûne commence à minuit la veille.']),
                         'Un accompagnateur adulte est obligatoire après une sédation (le taxi seul n\'est pas accepté).', '',
                         T.bye(ctx, clerk)])
        subj = 'RE: rendez-vous %s' % appt.strftime('%d/%m')
    else:
        orig = '\n'.join(['Hello,', '', 'I have my appointment on %s to get my wisdom teeth out under sedation.' % ctx.dstr(appt),
                          'I take %s, do I need to stop it before?' % med,
                          T.pick(rng, 'Also I have anxiety and I am being treated for depression.',
                                 'My partner can\'t pick me up, can I take a taxi?',
                                 lambda: 'My number is %s if you want to call me.' % ctx.phone(p)), '', 'Thanks', pname])
        top = '\n'.join(['Dear %s,' % ctx.name(p, rng.choice(['title', 'title_last'])), '',
                         rng.choice(['Please do not stop any medication without your doctor\'s advice; the nurse will call you by Friday.',
                                     'Keep taking your usual medication. Fasting starts at midnight the night before.']),
                         'An adult escort is mandatory after sedation (a taxi alone is not accepted).', '', T.bye(ctx, clerk)])
        subj = 'RE: appointment %s' % appt.strftime('%b %d')
    if 'dépression' in orig or 'depression' in orig:
        ctx.mark('diagnosis')
    body = top + '\n\n' + M.quote(ctx, (p.full, pmail), t0, orig, style='gmail')
    msg = M.build_message(ctx, addr(clerk), (p.full, pmail), subj, body)
    return 'reply', 'reply to a patient about sedation instructions', msg


def imaging_request(ctx):
    """Request to radiology for a CBCT or pano; terse, identifier-heavy."""
    rng = ctx.rng
    p = ctx.patient(ctx.kind(0.4), age=(15, 80))
    res = rng.choice([S['bergeron'], S['kowalski'], S['sirois'], S['mensah']])
    rad = ('Imagerie médicale — secrétariat', 'imagerie.rv@' + P.DOMAIN)
    exam = rng.choice(ctx.L(['CBCT mandibule', 'panoramique + Towne', 'TDM faciale sans contraste', 'CBCT maxillaire (sinus)'],
                            ['CBCT mandible', 'pano + reverse Towne', 'non-contrast facial CT', 'CBCT maxilla (sinus)']))
    q = K.take(ctx, rng.choice(['dx_omfs', 'dx_oral']))
    who = T.ident(ctx, p, layout=rng.choice(['compact', 'fields', 'inline']), mrn=True, name=rng.random() < 0.7 or bool(p.nam))
    body = '\n'.join([T.greet(ctx), '', ctx.L('Demande d\'examen : ', 'Exam requested: ') + exam, who,
                      ctx.L('Question clinique : ', 'Clinical question: ') + q + (' ?' if ctx.fr else '?'),
                      ctx.L('Priorité : ', 'Priority: ') + rng.choice(ctx.L(['P2 (moins de 7 jours)', 'P3', 'urgent'], ['P2 (<7 days)', 'P3', 'urgent'])),
                      '', T.bye(ctx, res, short=True)])
    if rng.random() < 0.3:
        body = body.replace(who, who + '\n' + ctx.L('Créatinine : ', 'Creatinine: ') + rng.choice(['68', '104', '131']) + ' umol/L')
        ctx.mark('lab_result')
    msg = M.build_message(ctx, addr(res), rad, ctx.L('Demande imagerie — ', 'Imaging request - ') + exam, body)
    return 'imaging', 'imaging request to radiology', msg


def mronj_consult(ctx):
    """Oncologist refers a patient with exposed bone on antiresorptives."""
    rng = ctx.rng
    p = ctx.patient('nam' if rng.random() < 0.55 else 'qc', pred=lambda a: a >= 45, age=(50, 85))
    onc = ('Dr Pierre-Luc Fréchette' if ctx.fr else 'Dr. Pierre-Luc Frechette', 'pl.frechette@' + P.DOMAIN)
    dst = rng.choice([S['chef'], S['raman'], S['rioux']])
    ctx.mark('diagnosis', 'medication')
    who = T.ident(ctx, p, layout=rng.choice(['fields', 'inline']))
    lab = K.take(ctx, 'labs') if rng.random() < 0.5 else ''
    if ctx.fr:
        body = '\n'.join([T.greet(ctx, dst), '', 'Je vous réfère %s pour os exposé au niveau de la crête mandibulaire gauche '
                          'depuis environ 6 semaines.' % ('la patiente suivante' if p.sex == 'F' else 'le patient suivant'), '', who, '',
                          'Contexte : ' + rng.choice(['myélome multiple, zolédronate mensuel depuis 2022',
                                                      'néo sein métastatique osseux, dénosumab 120 mg q4 sem.',
                                                      'ostéoporose, alendronate depuis 9 ans']) + '.',
                          lab, 'Douleur modérée, pas de fistule. Dois-je suspendre la prochaine dose?', '', onc[0]])
        subj = rng.choice(['Os exposé — bisphosphonates', 'Référence ONM', 'Consult CBMF : ostéonécrose?'])
    else:
        body = '\n'.join([T.greet(ctx, dst), '', 'I am referring this patient for exposed bone on the left mandibular ridge '
                          'for about 6 weeks.', '', who, '',
                          'Background: ' + rng.choice(['multiple myeloma, monthly zoledronate since 2022',
                                                       'metastatic breast cancer to bone, denosumab 120 mg q4w',
                                                       'osteoporosis, alendronate for 9 years']) + '.',
                          lab, 'Moderate pain, no fistula. Should I hold the next dose?', '', onc[0]])
        subj = rng.choice(['Exposed bone - bisphosphonates', 'MRONJ referral', 'OMFS consult: osteonecrosis?'])
    msg = M.build_message(ctx, onc, addr(dst), subj, body)
    return 'referral', 'osteonecrosis referral from oncology', msg


def dictation(ctx):
    """Transcription service returns a consult note (DOCX) for signature."""
    rng = ctx.rng
    p = ctx.patient(ctx.kind(0.4), age=(18, 85))
    doc = rng.choice([S['chef'], S['lachance'], S['haddad'], S['raman'], S['beaulieu']])
    tx = ('Transcription médicale' if ctx.fr else 'Medical transcription', 'transcription@' + P.DOMAIN)
    ctx.mark('diagnosis')
    paras = [T.ident(ctx, p, layout='fields', mrn=True), ('h', ctx.L('Motif de consultation', 'Reason for consultation')),
             K.take(ctx, rng.choice(['dx_omfs', 'dx_oral'])).capitalize() + '.',
             ('h', ctx.L('Antécédents', 'History')), K.take(ctx, 'dx_context').capitalize() + '. ' + K.take(ctx, 'meds') + '.',
             ('h', ctx.L('Examen', 'Examination')), K.take(ctx, 'imaging') + '.',
             ('h', ctx.L('Plan', 'Plan')), K.proc(ctx) + '.']
    if rng.random() < 0.3:
        paras.insert(4, K.take(ctx, 'social').capitalize() + '.')
    job = '%06d' % rng.randrange(10**6)
    fn = T.pick(rng, lambda: '%s_%s.docx' % (job, T.fn_name(ctx, p, 'SUR_G')), ('dictee_%s.docx' if ctx.fr else 'dictation_%s.docx') % job)
    body = '\n'.join([T.greet(ctx, doc), '', ctx.L('Votre dictée no %s est prête pour révision et signature.' % job,
                                                   'Your dictation #%s is ready for review and signature.' % job), '',
                      ctx.L('Service de transcription médicale, poste 22150', 'Medical transcription, ext. 22150')])
    data = A.make_docx(ctx.L('Note de consultation', 'Consultation note'), paras, author='Transcription')
    msg = M.build_message(ctx, tx, addr(doc), ctx.L('Dictée à signer — ', 'Dictation to sign - ') + job, body,
                          attachments=[Att(fn, DOCX, data)])
    return 'consult', 'transcribed consult note for signature', msg
