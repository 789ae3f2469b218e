"""Positive templates, part A: portal, renewals, referrals, labs, notes, forms."""
import datetime

import attach
import ids
import vocab as V
from compose import Mail


def _pt_email_to(m, p, rng):
    m.to = [(p.full if rng.random() < 0.7 else '', ids.personal_email(p, rng))]


def _id_bits(c, p, m, want_nam=0.5, want_dob=0.5, odd=False):
    """Return a short identification string for person p and update types."""
    bits = []
    if p.nam and c.chance(want_nam):
        bits.append(c.choice(['NAM', 'NAM', 'RAMQ', 'no RAMQ', 'carte soleil'] if c.lang == 'fr'
                             else ['RAMQ', 'RAMQ #', 'health card', 'NAM']) + ' ' + c.nam(p, odd))
        m.types.add('ramq_nam')
    if c.chance(want_dob):
        bits.append(c.L(c.choice(['DDN', 'né(e) le', 'date de naissance']), c.choice(['DOB', 'born', 'D.O.B.'])) + ' ' + c.date(p.dob))
        m.types.add('date_of_birth')
    return bits


# ------------------------------------------------------------------ 1 portal reply
def portal_reply(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    key = c.choice(['htn', 'dm2', 'hypo', 'gad', 'dep', 'asthma', 'migraine', 'gout', 'uti', 'lbp', 'ins'])
    dxs, md = V.dx(key, lang, rng), V.med(key, rng)
    nurse = c.me('nurse')
    m.types.update({'patient_name', 'diagnosis'})
    if lang == 'fr':
        ptxt = [V.typo(c.choice([
            "Bonjour, depuis que j'ai commencé le %s pour mon %s j'ai des étourdissements le matin et mal à la tête. Est-ce normal? Je dois continuer?" % (md, dxs),
            "Allo, mon %s n'est pas bien contrôlé je pense, j'ai encore des symptômes même avec le %s. Est-ce que je peux augmenter la dose moi-même?" % (dxs, md),
            "Bonjour docteur, je voulais savoir si je peux arrêter le %s, je me sens mieux. Merci" % md,
        ]), rng, 0.12), "%s" % p.given]
    else:
        ptxt = [V.typo(c.choice([
            "Hi, since I started %s for my %s I get dizzy in the mornings and have headaches. Is that normal? Should I keep taking it?" % (md, dxs),
            "Hello, I don't think my %s is well controlled, still having symptoms even on %s. Can I double the dose?" % (dxs, md),
            "Hi doctor, can I stop the %s? I feel much better now. thanks" % md,
        ]), rng, 0.12), p.given]
    m.types.add('medication')
    meta = c.L('Message reçu via le portail patient le %s de : %s' % (c.date(datetime.date(2024, 9, rng.randrange(2, 28))), p.full),
               'Portal message received %s from: %s' % (c.date(datetime.date(2024, 9, rng.randrange(2, 28))), p.full))
    idb = _id_bits(c, p, m, 0.45, 0.45)
    if idb:
        meta += ' (' + ', '.join(idb) + ')'
    variant = c.choice(['to_patient', 'to_doc', 'to_doc'])
    if variant == 'to_patient':
        m.frm = ('%s - %s' % (nurse['full'], V.clinic_name(c.cl, lang)), nurse['addr'])
        _pt_email_to(m, p, rng)
        m.subject = c.L('RE: Question sur ma médication', 'RE: Question about my medication')
        m.reply = True
        reply = c.L("%s\n\nMerci pour votre message. Le médicament (%s) peut causer ces effets au début du traitement. "
                    "Ne modifiez pas la dose sans en parler %s. Nous vous proposons un rendez-vous téléphonique jeudi." %
                    (V.greet(lang, rng, p.title(lang) + ' ' + p.surname), md, V.au_dr(c.doc)),
                    "%s\n\nThanks for your message. %s can cause these effects when you start it. Please don't change the dose "
                    "before talking to %s. We can offer you a phone appointment on Thursday." %
                    (V.greet(lang, rng, p.given), md, V.dname(c.doc, lang, short=True)))
        m.blocks = [reply, c.sig(nurse), ('quote', meta, ptxt)]
        m.note = 'nurse reply to patient quoting portal message (name, diagnosis, medication)'
    else:
        m.frm = (nurse['full'], nurse['addr'])
        m.to = [(V.dname(c.doc, lang), c.doc_addr())]
        m.subject = c.choice([c.L('TR: message portail - %s' % p.full, 'FW: portal message - %s' % p.full),
                              c.L('Portail: question médication', 'Portal: medication question'),
                              c.L('question pt %s %s' % (p.surname, p.given[0]), 'pt question %s %s' % (p.surname, p.given[0]))])
        body = c.L("%s\npeux-tu regarder ce message du portail? Elle/il est suivi(e) pour : %s. Je lui réponds quoi?" % (V.greet(lang, rng, c.doc['given']), dxs),
                   "%s\ncan you look at this portal message? Followed for %s. What should I answer?" % (V.greet(lang, rng, c.doc['given']), dxs))
        m.blocks = [body, ('fwd', [c.L('-------- Message d\'origine --------', '-------- Original message --------'), meta], ptxt), c.sig(nurse)]
        m.note = 'internal forward of portal message to physician'
    m.gp = p
    return m


# ------------------------------------------------------------------ 2 renewal to pharmacy
def rx_pharmacy(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    ph = c.choice(ids.PHARMACIES)
    keys = rng.sample(['htn', 'dm2', 'hypo', 'lipid', 'afib', 'copd', 'asthma', 'dep', 'gad', 'adhd', 'ckd', 'gout', 'bph',
                       'migraine', 'osteo', 'breast', 'hiv', 'ins', 'alz'], rng.randrange(1, 4))
    sec = c.me(c.choice(['sec', 'nurse', 'pharm']))
    m.frm = (sec['full'], sec['addr'])
    m.to = [(ph[0], 'ordonnances@' + ph[1])]
    m.types.update({'patient_name', 'medication'})
    rows = []
    for k in keys:
        rows.append([V.med(k, rng), c.choice(['90 j x 4', '30 jours, 3 renouv.', '1 an', '6 mois']) if lang == 'fr'
                     else c.choice(['90 d x 4', '30 days, 3 refills', '1 year', '6 months']),
                     V.dx(k, lang, rng) if c.chance(0.5) else ''])
    if any(r[2] for r in rows):
        m.types.add('diagnosis')
    idb = _id_bits(c, p, m, 0.6, 0.8)
    who = c.choice([p.full, p.rev, '%s %s' % (p.title(lang), p.full), p.surname.upper() + ' ' + p.given])
    m.subject = c.choice([c.L('Renouvellement - %s' % who, 'Renewal - %s' % who),
                          c.L('Réponse demande de renouvellement', 'Re: refill request'),
                          c.L('Ordonnance renouvelée', 'Prescription renewed')])
    intro = c.L("%s\nSuite à votre demande du %s, %s autorise le renouvellement suivant pour %s%s :" %
                (V.greet(lang, rng), c.date(datetime.date(2024, rng.randrange(8, 10), rng.randrange(1, 28))),
                 V.le_dr(c.doc), who, (' (' + ', '.join(idb) + ')') if idb else ''),
                "%s\nFurther to your request of %s, %s authorizes the following renewal for %s%s:" %
                (V.greet(lang, rng), c.date(datetime.date(2024, rng.randrange(8, 10), rng.randrange(1, 28))),
                 V.dname(c.doc, lang), who, (' (' + ', '.join(idb) + ')') if idb else ''))
    heads = c.L(['Médicament', 'Durée', 'Indication'], ['Drug', 'Duration', 'Indication'])
    m.blocks = [intro, ('table', heads, rows),
                c.L("L'ordonnance signée suit par télécopieur sécurisé.", 'Signed prescription follows by secure fax.'),
                c.sig(sec)]
    if c.chance(0.4):
        pdf = attach.make_pdf(c.L('Ordonnance', 'Prescription'),
                              [c.g(p, '%s : %s' % (c.L('Patient(e)', 'Patient'), p.full))] + [', '.join(x) for x in idb] +
                              ['%s - %s' % (r[0], r[1]) for r in rows] + ['', V.dname(c.doc, lang) + ' - ' + V.clinic_name(c.cl, lang)])
        m.att(c.L('ordonnance_%s.pdf' % p.surname.lower(), 'rx_%s.pdf' % p.surname.lower()), pdf, 'application/pdf')
    if c.chance(0.4):
        m.blocks.append(V.disclaimer(lang))
    m.note = 'renewal authorisation to pharmacy (name, medication)'
    m.gp = p
    return m


# ------------------------------------------------------------------ 3 renewal asked by patient
def rx_patient(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    key = c.choice(['hypo', 'lipid', 'htn', 'adhd', 'dep', 'bph', 'osteo', 'gad', 'ins'])
    md = V.med(key, rng)
    sec = c.me('sec')
    m.frm = (sec['full'] + ' | ' + V.clinic_name(c.cl, lang), sec['addr'])
    _pt_email_to(m, p, rng)
    m.reply = True
    m.types.update({'patient_name', 'medication'})
    m.subject = c.L(c.choice(['RE: renouvellement', 'RE: Renouvelement prescription', 'Re: pilules']),
                    c.choice(['RE: refill', 'RE: prescription renewal', 'Re: meds']))
    ph_num = ids.phone(rng)
    q = [V.typo(c.L("Bonjour, il me reste juste 3 comprimés de %s. Pouvez vous envoyer le renouvellement à ma pharmacie? "
                    "Vous pouvez me rejoindre au %s. %s" % (md, ph_num, p.full),
                    "Hi, I only have 3 pills of %s left. Could you send the renewal to my pharmacy? You can reach me at %s. %s"
                    % (md, ph_num, p.full)), rng, 0.15)]
    m.types.add('patient_contact')
    if c.chance(0.5):
        q.append(c.L('Mon NAM : %s' % c.nam(p, True), 'My health card: %s' % c.nam(p, True)))
        m.types.add('ramq_nam')
    ans = c.L("%s\n\nLa demande a été transmise %s. Le renouvellement de votre %s sera envoyé à la pharmacie d'ici 48 h ouvrables. "
              "Prévoyez une prise de sang (bilan %s) avant votre prochain suivi." % (V.greet(lang, rng, p.title(lang) + ' ' + p.surname),
                                                                                V.au_dr(c.doc), md.split()[0],
                                                                                c.choice(['lipidique', 'thyroïdien', 'rénal', 'annuel'])),
              "%s\n\nYour request was passed on to %s. The renewal of your %s will be sent to the pharmacy within 2 business days. "
              "Please get your blood work done before the next follow-up." % (V.greet(lang, rng, p.given),
                                                                              V.dname(c.doc, lang, short=True), md.split()[0]))
    intro = c.L('Le %s, %s <%s> a écrit :', 'On %s, %s <%s> wrote:') % (c.date(datetime.date(2024, 9, rng.randrange(1, 29))), p.full, m.to[0][1])
    m.blocks = [ans, c.sig(sec), ('quote', intro, q)]
    m.note = 'reply to patient renewal request quoting phone and medication'
    m.gp = p
    return m


# ------------------------------------------------------------------ 4 referral
SPECIALTIES = [
    ('cardiologie', 'cardiology', ['afib', 'htn', 'lipid']),
    ('endocrinologie', 'endocrinology', ['dm2', 'hypo', 'osteo']),
    ('néphrologie', 'nephrology', ['ckd']),
    ('urologie', 'urology', ['bph']),
    ('pneumologie', 'respirology', ['copd', 'osa', 'asthma']),
    ('gastro-entérologie', 'gastroenterology', ['anemia']),
    ('rhumatologie', 'rheumatology', ['gout', 'osteo']),
    ('neurologie', 'neurology', ['migraine', 'alz']),
    ('psychiatrie', 'psychiatry', ['dep', 'ptsd', 'aud']),
    ('oncologie', 'oncology', ['breast']),
]


def referral(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    spfr, spen, keys = c.choice(SPECIALTIES)
    key = c.choice(keys)
    hosp = c.choice(ids.HOSPITALS)
    dxs = V.dx(key, lang, rng)
    md = V.med(key, rng)
    lb = V.lab(key, lang, rng)
    m.frm = (V.dname(c.doc, lang), c.doc_addr())
    m.to = [(c.L('Centre de répartition des demandes de services (CRDS)', 'Referral intake (CRDS)'), 'crds@' + hosp[1])]
    m.types.update({'patient_name', 'diagnosis'})
    prio = c.choice(['A', 'B', 'C', 'D', 'E'])
    m.subject = c.choice([c.L('Demande de consultation %s - priorité %s' % (spfr, prio), 'Consultation request %s - priority %s' % (spen, prio)),
                          c.L('Consult %s: %s' % (spfr, p.rev), 'Consult %s: %s' % (spen, p.rev)),
                          c.L('Référence %s' % spfr, 'Referral %s' % spen)])
    lines = [c.L('Patient(e) : ', 'Patient: ') + c.choice([p.full, p.rev])]
    lines.append(c.L('NAM : ', 'RAMQ: ') + c.nam(p))
    lines.append(c.L('Date de naissance : ', 'Date of birth: ') + c.date(p.dob))
    m.types.update({'ramq_nam', 'date_of_birth'})
    lines.append(c.L('Raison de consultation : ', 'Reason for referral: ') + dxs + c.L(', mal contrôlé(e) malgré traitement', ', poorly controlled despite treatment'))
    if md:
        lines.append(c.L('Médication actuelle : ', 'Current medication: ') + md)
        m.types.add('medication')
    if lb:
        lines.append(c.L('Résultats pertinents : ', 'Relevant results: ') + lb)
        m.types.add('lab_result')
    lines.append(c.L('Priorité : ', 'Priority: ') + prio)
    lines.append(c.L('Médecin référent : ', 'Referring physician: ') + V.dname(c.doc, lang) + ' - ' + V.clinic_name(c.cl, lang))
    lines = [c.g(p, x) for x in lines]
    mode = c.choice(['pdf', 'pdf', 'docx', 'body'])
    if mode == 'body':
        m.blocks = [V.greet(lang, rng), c.L('Voici une demande de consultation en %s :' % spfr, 'Please find a %s referral below:' % spen),
                    ('list', lines), c.sig(c.doc, doc=True)]
    else:
        short = c.L('Bonjour,\nCi-joint une demande de consultation en %s pour %s %s. Merci de confirmer la réception.' %
                    (spfr, p.title(lang), p.surname),
                    'Hello,\nAttached is a %s referral for %s %s. Please confirm receipt.' % (spen, p.title(lang), p.surname))
        if c.chance(0.3):
            short = c.L('Bonjour, voir formulaire ci-joint. Merci.', 'Hello, see attached form. Thanks.')
        m.blocks = [short, c.sig(c.doc, doc=True), V.disclaimer(lang)]
        fname = c.choice(['consultation_%s_%s.%s' % (spfr.split('-')[0][:6], p.surname, mode),
                          'DSC_%s.%s' % (rng.randrange(10000, 99999), mode),
                          'Référence_%s_%s.%s' % (p.surname, p.given, mode)])
        if mode == 'pdf':
            data = attach.make_pdf(c.L('Demande de consultation - %s' % spfr, 'Consultation request - %s' % spen), lines,
                                   footer=V.clinic_name(c.cl, lang) + ' ' + c.cl[5])
            m.att(fname, data, 'application/pdf')
        else:
            data = attach.make_docx(c.L('Demande de consultation', 'Consultation request'), lines)
            m.att(fname, data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    m.note = 'specialist referral (%s) with NAM, DOB, diagnosis' % mode
    m.gp = p
    return m


# ------------------------------------------------------------------ 5 lab follow-up
def lab_followup(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    key = c.choice([k for k in V.WITH_LABS if k not in ('preg', 'chlam', 'hiv', 'uti')])
    labs = V.labs(key, lang, rng, 2)
    mrn = ids.make_mrn(rng)
    lab_name, lab_dom = c.choice(ids.LABS)
    variant = c.choice(['nurse', 'lab', 'doc'])
    m.types.update({'lab_result', 'mrn'})
    who = c.choice([p.rev, p.full, '%s %s' % (p.surname, p.given)])
    if c.chance(0.85):
        m.types.add('patient_name')
    else:
        who = ''
    ref = c.L('dossier ', 'chart ') + ids.fmt_mrn(mrn, rng, lang)
    if variant == 'lab':
        m.frm = (lab_name + c.L(' - valeurs critiques', ' - critical values'), 'critiques@' + lab_dom)
        m.to = [(V.dname(c.doc, lang), c.doc_addr())]
        m.subject = c.L('VALEUR CRITIQUE - %s' % (who or ref), 'CRITICAL VALUE - %s' % (who or ref))
        m.blocks = [c.L('Valeur critique à communiquer au médecin traitant.', 'Critical value to be communicated to the ordering physician.'),
                    ('table', c.L(['Patient', 'No dossier', 'Analyse', 'Prélevé le'], ['Patient', 'Chart no', 'Test', 'Collected']),
                     [[who or '-', ids.fmt_mrn(mrn, rng, lang), labs[0], c.date(datetime.date(2024, 9, rng.randrange(1, 29)))]]),
                    c.L('Prière de confirmer la prise en charge en répondant à ce courriel.', 'Please acknowledge by replying to this e-mail.')]
        m.note = 'lab critical value notice'
    else:
        nurse = c.me('nurse')
        if variant == 'nurse':
            m.frm = (nurse['full'], nurse['addr'])
            m.to = [(V.dname(c.doc, lang), c.doc_addr())]
            sig = c.sig(nurse)
        else:
            m.frm = (V.dname(c.doc, lang), c.doc_addr())
            m.to = [(nurse['full'], nurse['addr'])]
            sig = c.sig(c.doc, doc=True)
        m.subject = c.choice([c.L('Résultats anormaux - %s' % ref, 'Abnormal results - %s' % ref),
                              c.L('suivi labo', 'lab f/u'), c.L('Résultats %s' % who, 'Results %s' % who).strip()])
        txt = c.L("%s (%s) : %s. %s" % (who or c.L('Patient(e)', 'Patient'), ref, ', '.join(labs),
                                        c.choice(['Peux-tu la/le convoquer cette semaine?', 'On répète dans 2 semaines.',
                                                  'Ajuster la dose et revoir en 1 mois svp.', 'À discuter demain au caucus.'])),
                  "%s (%s): %s. %s" % (who or 'Patient', ref, ', '.join(labs),
                                       c.choice(['Can you book them this week?', 'Repeat in 2 weeks.',
                                                 'Please adjust the dose and see again in 1 month.', "Let's discuss at tomorrow's huddle."])))
        m.blocks = [V.greet(lang, rng), txt]
        if c.chance(0.5):
            m.blocks.append(c.L('Dx connu : ', 'Known dx: ') + V.dx(key, lang, rng))
            m.types.add('diagnosis')
        m.blocks.append(sig)
        m.note = 'internal lab follow-up with chart number and values'
    m.gp = p
    return m


# ------------------------------------------------------------------ 6 call-back list (xlsx/csv)
def lab_callbacks(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    nurse = c.me('nurse')
    sec = c.me('sec')
    m.frm = (nurse['full'], nurse['addr'])
    m.to = [(sec['full'], sec['addr'])]
    m.subject = c.choice([c.L('Liste rappels résultats %s' % c.date(datetime.date(2024, 10, rng.randrange(1, 28))),
                              'Results call-back list %s' % c.date(datetime.date(2024, 10, rng.randrange(1, 28)))),
                          c.L('rappels à faire', 'call backs')])
    heads = c.L(['Nom', 'Prénom', 'DDN', 'Téléphone', 'Résultat', 'Action'], ['Last name', 'First name', 'DOB', 'Phone', 'Result', 'Action'])
    rows = []
    for _ in range(rng.randrange(4, 9)):
        p = c.pt(adults=True)
        key = c.choice([k for k in V.WITH_LABS if k not in ('preg',)])
        rows.append([p.surname, p.given, p.dob.isoformat(), ids.phone(rng), V.lab(key, lang, rng),
                     c.choice(c.L(['RDV 1 sem', 'répéter', 'appel MD', 'ajuster dose'], ['appt 1 wk', 'repeat', 'MD call', 'adjust dose']))])
    m.types.update({'patient_name', 'date_of_birth', 'patient_contact', 'lab_result'})
    fmt = c.choice(['xlsx', 'csv', 'csv'])
    m.blocks = [V.greet(lang, rng, sec['given']),
                c.L('Voici la liste des patients à rappeler pour leurs résultats. Merci de noter au dossier quand c\'est fait.',
                    'Here is the list of patients to call back about results. Please document in the chart once done.'),
                c.sig(nurse)]
    if fmt == 'xlsx':
        m.att(c.L('rappels_resultats.xlsx', 'callbacks.xlsx'), attach.make_xlsx(c.L('Rappels', 'Callbacks'), heads, rows),
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    else:
        m.att(c.L('rappels.csv', 'callbacks.csv'), attach.make_csv(heads, rows, sep=c.choice([',', ';'])), 'text/csv',
              charset=c.choice(['utf-8', 'windows-1252']))
    m.note = 'call-back list as %s attachment' % fmt
    return m


# ------------------------------------------------------------------ 7 sick note
def sick_note(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    key = c.choice(['lbp', 'dep', 'gad', 'migraine', 'ptsd', 'copd', 'uti', 'aud'])
    dxs = V.dx(key, lang, rng)
    d0 = datetime.date(2024, 10, rng.randrange(1, 15))
    d1 = d0 + datetime.timedelta(days=rng.choice([3, 7, 14, 21, 28]))
    m.types.update({'patient_name', 'diagnosis'})
    variant = c.choice(['to_patient', 'to_patient', 'patient_request'])
    note_lines = [c.L('Billet médical', 'Medical note'), '',
                  c.L('Je certifie avoir examiné %s %s le %s.' % (p.title(lang), p.full, c.date(d0)),
                      'I certify that I examined %s %s on %s.' % (p.title(lang), p.full, c.date(d0))),
                  c.L("Son état de santé (%s) l'empêche de travailler du %s au %s inclusivement." % (dxs, c.date(d0), c.date(d1)),
                      'Due to a medical condition (%s) the patient is unable to work from %s to %s inclusive.' % (dxs, c.date(d0), c.date(d1))),
                  '', V.dname(c.doc, lang) + ' - ' + V.clinic_name(c.cl, lang)]
    if variant == 'patient_request':
        sec = c.me('sec')
        m.frm = (sec['full'], sec['addr'])
        m.to = [(V.dname(c.doc, lang), c.doc_addr())]
        m.subject = c.L('TR: billet pour employeur', 'FW: note for employer')
        q = [V.typo(c.L("Bonjour, j'aurais besoin d'un billet pour mon employeur pour mon absence depuis lundi. SVP ne pas écrire que c'est pour ma %s, "
                        "je ne veux pas que mon patron le sache. Merci, %s" % (dxs, p.full),
                        "Hi, I need a note for my employer for my absence since Monday. Please don't write that it's for my %s, "
                        "I don't want my boss to know. Thanks, %s" % (dxs, p.full)), rng, 0.12)]
        m.blocks = [c.L('Dr, demande reçue ce matin, peux-tu préparer le billet?', 'Doc, got this request this morning, can you prepare the note?'),
                    ('fwd', [c.L('---------- Message transféré ----------', '---------- Forwarded message ----------'),
                             c.L('De : ', 'From: ') + p.full + ' <' + ids.personal_email(p, rng) + '>'], q), c.sig(sec)]
        m.note = 'forwarded sick-note request mentioning diagnosis and patient e-mail'
        m.types.add('patient_contact')
    else:
        m.frm = (V.dname(c.doc, lang), c.doc_addr())
        _pt_email_to(m, p, rng)
        m.subject = c.choice([c.L('Votre billet médical', 'Your medical note'), c.L('Billet arrêt de travail', 'Work absence note')])
        m.blocks = [V.greet(lang, rng, p.title(lang) + ' ' + p.surname),
                    c.L('Tel que discuté, voici votre billet médical. Reprise du travail prévue le %s.' % c.date(d1 + datetime.timedelta(days=1)),
                        'As discussed, here is your medical note. Planned return to work on %s.' % c.date(d1 + datetime.timedelta(days=1))),
                    c.sig(c.doc, doc=True)]
        fmt = c.choice(['pdf', 'docx'])
        if fmt == 'pdf':
            m.att(c.L('billet_medical_%s.pdf' % p.surname, 'medical_note_%s.pdf' % p.surname),
                  attach.make_pdf(note_lines[0], note_lines[2:]), 'application/pdf')
        else:
            m.att(c.L('Billet_%s_%s.docx' % (p.surname, p.given), 'Note_%s_%s.docx' % (p.surname, p.given)),
                  attach.make_docx(note_lines[0], note_lines[2:]),
                  'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        m.note = 'sick note attached (%s)' % fmt
    m.gp = p
    return m


# ------------------------------------------------------------------ 8 insurance form
INSURERS = ['Assurances Boréalis', 'Mutuelle Laurentienne Vie', 'Groupe Assurance Cap-Rouge', 'Northbridge Life & Disability']


def insurance_form(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    key = c.choice(['lbp', 'dep', 'gad', 'ptsd', 'breast', 'copd', 'migraine'])
    dxs = V.dx(key, lang, rng)
    sin = ids.make_sin(rng)
    ins = c.choice(INSURERS)
    sec = c.me(c.choice(['sec', 'mgr']))
    m.frm = (sec['full'], sec['addr'])
    m.to = [(ins + c.L(' - Service des réclamations', ' - Claims'), 'reclamations@' + ids.ascii_local(ins.split()[1]) + '-assur.example')]
    m.types.update({'patient_name', 'ca_sin', 'diagnosis', 'date_of_birth'})
    claim = '%s-%d' % (c.choice(['RC', 'INV', 'CL']), rng.randrange(100000, 999999))
    m.subject = c.choice([c.L('Formulaire invalidité - dossier %s' % claim, 'Disability form - claim %s' % claim),
                          c.L('Déclaration du médecin traitant - %s' % p.full, "Attending physician's statement - %s" % p.full)])
    fields = [(c.L('Nom de l\'assuré', 'Insured name'), p.rev),
              (c.L('NAS', 'SIN'), ids.fmt_sin(sin, rng)),
              (c.L('Date de naissance', 'Date of birth'), c.date(p.dob)),
              (c.L('No de réclamation', 'Claim no'), claim),
              (c.L('Diagnostic principal', 'Primary diagnosis'), dxs),
              (c.L('Date de début de l\'incapacité', 'Date disability began'), c.date(datetime.date(2024, rng.randrange(6, 9), rng.randrange(1, 28)))),
              (c.L('Retour au travail prévu', 'Expected return to work'), c.choice(c.L(['indéterminé', 'progressif dans 4 sem.'], ['undetermined', 'gradual in 4 wks'])))]
    md = V.med(key, rng)
    if md:
        fields.append((c.L('Traitement', 'Treatment'), md))
        m.types.add('medication')
    if c.chance(0.35):
        fields.append((c.L('NAM', 'RAMQ'), c.nam(p)))
        m.types.add('ramq_nam')
    lines = ['%s : %s' % f if lang == 'fr' else '%s: %s' % f for f in fields]
    mode = c.choice(['pdf', 'pdf', 'body'])
    if mode == 'pdf':
        m.blocks = [V.greet(lang, rng), c.L('Veuillez trouver ci-joint la déclaration du médecin traitant complétée pour votre assuré(e).',
                                            "Please find attached the completed attending physician's statement for your insured."),
                    c.L('Frais de formulaire : 40 $ (facture séparée).', 'Form fee: $40 (invoiced separately).'), c.sig(sec)]
        m.att(c.L('declaration_medecin_%s.pdf' % claim, 'APS_%s.pdf' % claim),
              attach.make_pdf(c.L('Déclaration du médecin traitant', "Attending Physician's Statement"), lines,
                              footer=ins), 'application/pdf')
    else:
        m.blocks = [V.greet(lang, rng), c.L('Voici les renseignements demandés :', 'Here is the requested information:'),
                    ('table', c.L(['Champ', 'Valeur'], ['Field', 'Value']), [list(f) for f in fields]), c.sig(sec)]
    m.note = 'insurer disability form with SIN (%s)' % mode
    m.gp = p
    return m
