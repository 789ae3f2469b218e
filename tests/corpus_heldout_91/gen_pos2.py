"""Positive templates, part 2: family mail, quoted replies, subject-only leaks, MAID, bereavement,
family meetings, chart-number-only, chat-like notes, death notices, equipment, volunteers, chaplaincy,
automated lab notices."""
from gen_common import (org, staff_member, phone, address, mrn, hour, hour_en, date_fr, date_en,
                        relative_name, relative, rel_word, strip_accents)
from gen_pos_base import patient, name_as, nam_text, Types, finish, role, clsc_to, yesno, g
from gen_style import to_list, reply_block, msg_date, compose
from gen_vocab import LABS, cap, sc_med, dx, sx, med, lab, soc, amm, niveau, meds, dxs


def p_family_mail(r, lang, ctx):
    p = patient(r, ctx, lang, 0.4)
    o = org(r)
    s = staff_member(r, role(r.choice([0, 13, 5])))
    to = to_list(r, 1, o[1])
    fr = lang == 'fr'
    kind = r.choice(['child', 'child', 'spouse', 'sibling'])
    rel, rsex = relative(r, p.surname if kind != 'spouse' or yesno(r) else None)
    rel_mail = strip_accents(rel).lower().replace(' ', '.').replace("'", '') + '%d@courriel.example' % r.randint(1, 99)
    relph = phone(r)
    t = Types('patient_name', 'diagnosis', 'patient_contact')
    m = r.choice(['hydromorphone', 'morphine', 'midazolam', 'oxycodone', 'halopéridol' if fr else 'haloperidol',
                  'lorazépam' if fr else 'lorazepam'])
    t.add('medication')
    if kind == 'child':
        who_fr, who_en = g(p, 'Maman', 'Papa'), g(p, 'Mom', 'Dad')
        subj_fr, subj_en = g(p, 'Ma mère', 'Mon père'), g(p, 'My mother', 'My father')
    else:
        who_fr = who_en = p.given
        subj_fr, subj_en = p.given, p.given
    if fr:
        fam = ('Bonjour,\n\nJe suis %s, %s de %s. %s a eu une très mauvaise nuit : %s. '
               'On lui a donné deux entredoses (%s) mais ça ne suffit pas. Est-ce que l\'infirmière peut passer aujourd\'hui? '
               'Je suis joignable au %s.\n\nMerci infiniment pour tout ce que vous faites.\n%s'
               % (rel, ('la ' if rsex == 'F' else 'le ') + rel_word(kind, rsex, lang), name_as(r, p, lang, 'full'),
                  who_fr, sx(r, lang), m, relph, rel.split()[0]))
        intro = r.choice(['Pour info, courriel reçu de la famille ce matin. Peux-tu appeler?',
                          'Je te transfère le message de la famille. Visite à prévoir en priorité.',
                          'Voir ci-dessous — je n\'ai pas pu %s rejoindre.' % ('la' if rsex == 'F' else 'le')])
        hdr = ('---------- Message transféré ----------\nDe : %s <%s>\nDate : %s\nObjet : %s\n\n'
               % (rel, rel_mail, msg_date(r), subj_fr))
        subj = 'TR: ' + r.choice([subj_fr, 'Besoin d\'aide', 'Nuit difficile'])
    else:
        fam = ('Hello,\n\nThis is %s, %s\'s %s. %s had a really bad night: %s. We gave two breakthrough doses (%s) and it is not '
               'enough. Could the nurse come by today? You can reach me at %s.\n\nThank you for everything.\n%s'
               % (rel, name_as(r, p, lang, 'full'), rel_word(kind, rsex, lang), who_en, sx(r, lang), m, relph,
                  rel.split()[0]))
        intro = r.choice(['FYI, email from the family this morning. Can you call them?',
                          'Forwarding the family\'s message — please prioritize a visit today.'])
        hdr = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\n\n'
               % (rel, rel_mail, msg_date(r), subj_en))
        subj = 'Fwd: ' + r.choice([subj_en, 'Need help', 'Bad night'])
    body = intro + '\n\n' + hdr + fam
    return finish(r, lang, 'family_mail_forwarded', t, 'family e-mail forwarded inline', subj, body, o, s, to,
                  greet=False)


def p_quoted(r, lang, ctx):
    """Short harmless reply; the confidential part is only in the quoted history."""
    p = patient(r, ctx, lang, 0.5)
    o = org(r)
    s = staff_member(r)
    prev = staff_member(r, role(r.choice([0, 1, 2])))
    to = [(prev.full, prev.email(o[1]))]
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis')
    lines = []
    if fr:
        lines.append('Peux-tu organiser la visite conjointe pour %s ?' % name_as(r, p, lang))
        lines.append('Dx : %s. %s' % (dx(r, lang, p), sx(r, lang)))
    else:
        lines.append('Can you set up the joint visit for %s?' % name_as(r, p, lang))
        lines.append('Dx: %s. %s' % (dx(r, lang, p), sx(r, lang)))
    if p.nam and yesno(r, 0.5):
        lines.append(('NAM %s' if fr else 'RAMQ %s') % nam_text(r, p))
        t.add('ramq_nam')
    if yesno(r, 0.6):
        lines.append(med(r, lang))
        t.add('medication')
    if yesno(r, 0.4):
        lines.append(soc(r, lang, p))
        t.add('social_information')
    prev_subj = r.choice(['Visite conjointe', 'Suivi', 'À planifier']) if fr else r.choice(['Joint visit', 'Follow-up'])
    prev_body = (('Bonjour,\n\n' if fr else 'Hi,\n\n') + '\n'.join(lines) + '\n\n' + prev.given)
    hist = reply_block(r, lang, '%s <%s>' % (prev.full, prev.email(o[1])), s.full, msg_date(r), prev_subj, prev_body)
    top = r.choice(['Parfait, c\'est noté.', 'Ok pour moi, je m\'en occupe demain.', 'Fait. Merci!',
                    'Je regarde ça et je te reviens.']) if fr else \
        r.choice(['Got it, thanks.', 'Done.', 'Will do tomorrow morning.', 'Noted, I\'ll take care of it.'])
    text = top + '\n\n' + s.given + '\n\n' + hist + '\n'
    return finish(r, lang, 'reply_quoted_history', t, 'short reply; patient details only in quoted history',
                  ('RE: ' if fr else 'Re: ') + prev_subj, '', o, s, to, raw_text=text)


def p_subject_only(r, lang, ctx):
    p = patient(r, ctx, lang, 0.2)
    o = org(r)
    s = staff_member(r)
    to = to_list(r, r.randint(1, 2), o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis')
    nm = name_as(r, p, lang, r.choice(['title_sur', 'rev_upper', 'sur_giv', 'title_full', 'lower']))
    if fr:
        subj = r.choice(['%s – %s – admission USP demain' % (nm, dx(r, lang, p).split(',')[0].split('(')[0].strip()),
                         'AMM %s – 2e évaluation jeudi' % nm,
                         '%s : %s, SVP rappeler la famille' % (nm, sx(r, lang)),
                         'Décès de %s cette nuit (%s, sédation palliative) – aviser Dr'
                         % (nm, dx(r, lang, p).split(',')[0].split('(')[0].strip())])
        body = r.choice(['Voir objet. Merci!', 'SVP me rappeler.', 'Info seulement.', 'Comme discuté au téléphone.',
                         'Peux-tu t\'en occuper ? Je suis en congé demain.'])
    else:
        subj = r.choice(['%s - %s - PCU admission tomorrow' % (nm, dx(r, lang, p).split(',')[0].split('(')[0].strip()),
                         'MAID %s - second assessment Thursday' % nm,
                         '%s: %s, please call family' % (nm, sx(r, lang)),
                         '%s passed overnight (%s, palliative sedation) - notify MD'
                         % (nm, dx(r, lang, p).split(',')[0].split('(')[0].strip())])
        body = r.choice(['See subject. Thanks!', 'Please call me.', 'FYI only.', 'As discussed by phone.'])
    if 'sédation' in subj or 'sedation' in subj:
        t.add('medication')
    return finish(r, lang, 'subject_only', t, 'identity and clinical detail only in Subject', subj, body, o, s, to,
                  greet=yesno(r, 0.3), transport=r.choice(['plain', 'html']))


def p_amm(r, lang, ctx):
    p = patient(r, ctx, lang, 0.65)
    o = org(r)
    s = staff_member(r, role(12))
    md = staff_member(r, role(1))
    to = [(md.full, md.email(r.choice([o[1], 'medecins-independants.example'])))]
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis')
    idl = []
    if p.nam and yesno(r, 0.7):
        idl.append(('NAM : %s' if fr else 'RAMQ: %s') % nam_text(r, p))
        t.add('ramq_nam')
    if yesno(r, 0.6):
        idl.append(('DDN : %s' if fr else 'DOB: %s') % r.choice([p.dob, p.dob_long(lang)]))
        t.add('date_of_birth')
    if yesno(r, 0.5):
        idl.append(('Adresse : %s' if fr else 'Address: %s') % address(r))
        t.add('patient_contact')
    idtxt = ('\n' + '\n'.join(idl)) if idl else ''
    if fr:
        body = ('Dossier GIS – statut : %s\nPersonne concernée : %s%s\n\nDiagnostic principal : %s\n'
                'Souffrances rapportées : %s ; perte d\'autonomie importante.\n\n'
                'Pourriez-vous agir comme %s médecin évaluateur ? Disponibilités souhaitées : %s ou %s. '
                'L\'évaluation se ferait %s.\n\nLe formulaire de demande signé est au dossier. Merci de confirmer.'
                % (amm(r, lang), name_as(r, p, lang, r.choice(['title_full', 'rev'])), idtxt, dx(r, lang, p), sx(r, lang),
                   r.choice(['premier', 'deuxième']), date_fr(r, 3), date_fr(r, 3),
                   r.choice(['à domicile', 'à l\'unité de soins palliatifs, chambre %d' % r.randint(1, 20),
                             'à la maison de soins palliatifs'])))
        subj = r.choice(['GIS AMM – demande d\'évaluation', 'Évaluation AMM à planifier', 'AMM – besoin d\'un 2e évaluateur',
                         'Demande AMM reçue'])
    else:
        body = ('MAID support group file - status: %s\nPerson: %s%s\n\nMain diagnosis: %s\nReported suffering: %s; major loss of function.\n\n'
                'Would you act as %s assessor? Preferred dates: %s or %s. Assessment would take place %s.\n\n'
                'The signed request form is on file. Please confirm.'
                % (amm(r, lang), name_as(r, p, lang, r.choice(['title_full', 'rev'])), idtxt, dx(r, lang, p), sx(r, lang),
                   r.choice(['first', 'second']), date_en(r, 3), date_en(r, 3),
                   r.choice(['at home', 'on the palliative unit, room %d' % r.randint(1, 20), 'at the hospice'])))
        subj = r.choice(['MAID assessment request', 'MAID - second assessor needed', 'MAID request received'])
    if yesno(r, 0.3):
        body += ('\n\nProtocole prévu : midazolam, propofol, rocuronium (trousse de la pharmacie).' if fr else
                 '\n\nPlanned protocol: midazolam, propofol, rocuronium (pharmacy kit).')
        t.add('medication')
    return finish(r, lang, 'maid_coordination', t, 'MAID request coordination', subj, body, o, s, to,
                  to_name=md.short(lang))


def p_bereavement(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(8))
    to = to_list(r, r.randint(1, 3), o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'social_information')
    n = r.randint(3, 5)
    lines = []
    for i in range(n):
        dec = patient(r, ctx, lang, 0.1)
        rk = r.choice(['spouse', 'child', 'child'])
        fam, fsex = relative(r, dec.surname if rk == 'child' or yesno(r) else None)
        risk = r.choice([('risque élevé – idées suicidaires passives', 'high risk - passive suicidal ideation'),
                         ('risque modéré – isolement', 'moderate risk - isolated'),
                         ('deuil anticipé difficile, enfants 8 et 11 ans', 'difficult anticipatory grief, children aged 8 and 11'),
                         ('faible', 'low'),
                         ('consommation d\'alcool en hausse', 'increased alcohol use'),
                         ('difficultés financières depuis le décès', 'financial hardship since the death')])[0 if fr else 1]
        ph = ''
        if yesno(r, 0.6):
            ph = ' – ' + phone(r)
            t.add('patient_contact')
        if fr:
            lines.append('- %s (%s de %s, %s le %s)%s : %s' % (fam, rel_word(rk, fsex, lang),
                                                                    name_as(r, dec, lang, 'full'), g(dec, 'décédée', 'décédé'), date_fr(r, 2), ph, risk))
        else:
            lines.append('- %s (%s of %s, died %s)%s: %s' % (fam, rel_word(rk, fsex, lang),
                                                              name_as(r, dec, lang, 'full'), date_en(r, 2), ph, risk))
    if fr:
        body = ('Voici les appels de suivi de deuil à faire cette semaine (6 semaines post-décès) :\n\n%s\n\n'
                'Pour les personnes à risque élevé, aviser la TS et proposer une rencontre individuelle. '
                'Les cartes de condoléances sont parties mardi.' % '\n'.join(lines))
        subj = r.choice(['Suivi de deuil – appels de la semaine', 'Appels deuil 6 semaines', 'Liste suivi deuil'])
    else:
        body = ('Bereavement follow-up calls for this week (6 weeks post-death):\n\n%s\n\n'
                'For high-risk people, notify the social worker and offer an individual session.' % '\n'.join(lines))
        subj = r.choice(['Bereavement calls this week', 'Bereavement follow-up list'])
    return finish(r, lang, 'bereavement_followup', t, 'bereavement call list with relatives and risk', subj, body,
                  o, s, to)


def p_family_meeting(r, lang, ctx):
    p = patient(r, ctx, lang, 0.4)
    o = org(r)
    s = staff_member(r, role(r.choice([1, 2])))
    to = to_list(r, r.randint(2, 4), o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis', 'social_information')
    rels = [relative_name(r, p.surname, 'F'), relative_name(r, p.surname, 'M')]
    so = soc(r, lang, p)
    if fr:
        body = ('Résumé de la rencontre familiale d\'hier pour %s (%s).\n\n'
                'Présents : %s (fille), %s (fils), Dre %s, TS, infirmière.\n'
                '- Pronostic de quelques jours à quelques semaines expliqué ; la famille comprend.\n'
                '- %s.\n- Niveau de soins confirmé : %s.\n- %s\n- Prochaine rencontre au besoin.'
                % (name_as(r, p, lang), dx(r, lang, p), rels[0], rels[1], staff_member(r).surname, so, niveau(r, lang),
                   r.choice([g(p, 'La patiente', 'Le patient') + ' souhaite mourir à domicile ; évaluation du soutien SAD.',
                             'Le fils demande une deuxième opinion, tension importante avec sa sœur.',
                             'Discussion de la sédation palliative continue si symptômes réfractaires.'])))
        subj = r.choice(['Rencontre familiale – résumé', 'Compte rendu rencontre de famille', 'Suivi rencontre famille ch. %d' % r.randint(1, 20)])
    else:
        body = ('Summary of yesterday\'s family meeting for %s (%s).\n\n'
                'Present: %s (daughter), %s (son), Dr %s, SW, RN.\n'
                '- Prognosis of days to weeks explained; family understands.\n- %s.\n- Goals of care confirmed: %s.\n'
                '- %s\n- Next meeting as needed.'
                % (name_as(r, p, lang), dx(r, lang, p), rels[0], rels[1], staff_member(r).surname, so, niveau(r, lang),
                   r.choice(['Patient wishes to die at home; home-care support being assessed.',
                             'Son requests a second opinion; significant tension with his sister.',
                             'Continuous palliative sedation discussed should symptoms become refractory.'])))
        subj = r.choice(['Family meeting summary', 'Family meeting - notes'])
    return finish(r, lang, 'family_meeting', t, 'family meeting summary', subj, body, o, s, to)


def p_mrn_only(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(r.choice([0, 1, 3])))
    to = to_list(r, 1, o[1])
    fr = lang == 'fr'
    t = Types('mrn', 'lab_result', 'medication')
    chart = mrn(r)
    bed = r.randint(1, 20)
    l1, l2 = r.sample([x[0 if fr else 1] for x in LABS], 2)
    if fr:
        body = ('Dossier %s (lit %d) : %s, %s. On débute %s ce soir. '
                'Aviser le médecin traitant au matin.' % (chart, bed, l1, l2, med(r, lang)))
        subj = r.choice(['Dossier %s' % chart, 'Labo critique', 'À faire – lit %d' % bed])
    else:
        body = ('Chart %s (bed %d): %s, %s. Starting %s tonight. Notify attending in the morning.'
                % (chart, bed, l1, l2, med(r, lang)))
        subj = r.choice(['MRN %s' % chart, 'Critical lab', 'To do - bed %d' % bed])
    return finish(r, lang, 'chart_number_only', t, 'chart number with labs, no name', subj, body, o, s, to,
                  greet=yesno(r, 0.3))


def p_chat(r, lang, ctx):
    p = patient(r, ctx, lang, 0.2)
    o = org(r)
    s = staff_member(r, role(r.choice([0, 13])))
    to = to_list(r, 1, o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'medication', 'diagnosis')
    nm = name_as(r, p, lang, r.choice(['lower', 'title_sur', 'sur_giv']))
    if fr:
        body = r.choice(['peux-tu passer voir %s ce pm? %s, %s suffit plus. merci',
                         'allo, %s a appelé 3x ce matin — %s. j\'ai augmenté le %s selon l\'ordonnance, à réévaluer',
                         'fyi %s : %s. pompe changée, %s en place.'])
        body = body % (nm.lower() if yesno(r) else nm, sx(r, lang),
                       r.choice(['dilaudid', 'la morphine', 'l\'hydromorphone', 'le fentanyl', 'la méthadone'])
                       if 'suffit' in body else med(r, lang))
        subj = r.choice(['visite', 'svp', 'pm', '(sans objet)', 'urgent'])
    else:
        body = r.choice(['can you swing by %s this pm? %s, the %s isn\'t cutting it anymore. thx',
                         'fyi %s called 3x this am — %s. bumped the %s per order, reassess tonight'])
        body = body % (nm, sx(r, lang), med(r, lang).split(' ')[0] if 'cutting' in body else med(r, lang))
        subj = r.choice(['visit', 'pls', 'quick one', '(no subject)'])
    text = body + '\n\n' + r.choice(['-' + s.given[0], s.given, 'Envoyé de mon iPhone' if fr else 'Sent from my iPhone'])
    return finish(r, lang, 'chat_like_note', t, 'terse note with lower-case/bare name and meds', subj, '', o, s, to,
                  raw_text=text + '\n', transport='plain')


def p_death_notice(r, lang, ctx):
    p = patient(r, ctx, lang, 0.75)
    o = org(r)
    s = staff_member(r, role(r.choice([1, 5])))
    gp = staff_member(r, role(1))
    to = [(gp.display(lang), 'clinique@gmf-%s.example' % strip_accents(gp.surname).lower())]
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis')
    idl = ''
    if p.nam:
        idl = (' (NAM %s)' if fr else ' (RAMQ %s)') % nam_text(r, p)
        t.add('ramq_nam')
    if yesno(r, 0.5):
        idl += ((', ' + g(p, 'née', 'né') + ' le %s') if fr else ', born %s') % p.dob_long(lang)
        t.add('date_of_birth')
    if fr:
        body = ('Nous vous informons du décès de ' + g(p, 'votre patiente', 'votre patient') + ' %s%s, survenu le %s à %s, '
                'à la %s. Cause : %s. Décès attendu, paisible, famille présente.\n\n'
                'Le suivi de deuil sera offert à la famille par notre équipe.'
                % (name_as(r, p, lang, r.choice(['title_full', 'rev'])), idl, date_fr(r, 3), hour(r),
                   r.choice(['maison de soins palliatifs', 'unité de soins palliatifs', 'résidence familiale']), dx(r, lang, p)))
        subj = r.choice(['Avis de décès', 'Avis de décès – patientèle de votre GMF', 'Décès – information au médecin de famille'])
    else:
        body = ('We regret to inform you that your patient %s%s died on %s at %s at the %s. '
                'Cause: %s. Expected and peaceful death, family present.\n\nBereavement follow-up will be offered.'
                % (name_as(r, p, lang, r.choice(['title_full', 'rev'])), idl, date_en(r, 3), hour_en(r),
                   r.choice(['hospice', 'palliative care unit', 'family home']), dx(r, lang, p)))
        subj = r.choice(['Notice of death', 'Death notification - your patient'])
    return finish(r, lang, 'death_notice', t, 'death notice to family physician', subj, body, o, s, to,
                  to_name=gp.short(lang))


def p_equipment(r, lang, ctx):
    p = patient(r, ctx, lang, 0.3)
    o = org(r)
    s = staff_member(r, role(11))
    to = [('Prêt d\'équipement' if lang == 'fr' else 'Equipment loans', 'pret.equipement@%s' % o[1])]
    fr = lang == 'fr'
    t = Types('patient_name', 'patient_contact', 'diagnosis')
    if fr:
        body = ('Livraison requise d\'ici %s chez %s, %s (tél. %s) :\n- lit électrique avec matelas thérapeutique\n'
                '- chaise d\'aisance\n- fauteuil roulant inclinable\n\nContexte : %s, PPS %d %%, fin de vie à domicile. '
                'Entrée par la porte arrière, chien dans la maison.'
                % (r.choice(['demain midi', 'jeudi', 'vendredi AM']), name_as(r, p, lang), address(r), phone(r),
                   dx(r, lang, p), r.choice([20, 30, 40])))
        subj = r.choice(['Demande d\'équipement – fin de vie à domicile', 'Lit électrique URGENT'])
    else:
        body = ('Delivery needed by %s to %s, %s (phone %s):\n- hospital bed with pressure mattress\n- commode\n'
                '- tilt wheelchair\n\nContext: %s, PPS %d%%, dying at home. Use back door.'
                % (r.choice(['tomorrow noon', 'Thursday', 'Friday a.m.']), name_as(r, p, lang), address(r), phone(r),
                   dx(r, lang, p), r.choice([20, 30, 40])))
        subj = r.choice(['Equipment request - end of life at home', 'Hospital bed URGENT'])
    return finish(r, lang, 'equipment_request', t, 'home equipment delivery with address and diagnosis', subj, body,
                  o, s, to)


def p_volunteer(r, lang, ctx):
    p = patient(r, ctx, lang, 0.2)
    p2 = patient(r, ctx, lang, 0.0)
    o = org(r)
    s = staff_member(r, role(7))
    to = to_list(r, r.randint(2, 4), 'benevoles-phare.example')
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis', 'social_information')
    if fr:
        body = ('Quarts de présence de la semaine :\n\n- Chambre %d, %s : aime la musique country, très anxieuse la nuit '
                '(%s). Sa fille vient après 18 h.\n- Chambre %d, %s : %s ; ne reçoit aucune visite, '
                'aimerait qu\'on lui lise le journal.\n\nMerci pour votre présence si précieuse.'
                % (r.randint(1, 12), name_as(r, p, lang, 'title_full'), dx(r, lang, p), r.randint(1, 12),
                   name_as(r, p2, lang, 'title_sur'), dx(r, lang, p2)))
        subj = r.choice(['Bénévoles – présence de la semaine', 'Horaire bénévoles + résidents'])
    else:
        body = ('This week\'s bedside shifts:\n\n- Room %d, %s: loves country music, very anxious at night (%s). '
                'Daughter comes after 6 p.m.\n- Room %d, %s: %s; no visitors at all, would like someone to read the paper.\n\n'
                'Thank you for your precious presence.'
                % (r.randint(1, 12), name_as(r, p, lang, 'title_full'), dx(r, lang, p), r.randint(1, 12),
                   name_as(r, p2, lang, 'title_sur'), dx(r, lang, p2)))
        subj = r.choice(['Volunteers - this week', 'Volunteer shifts + residents'])
    return finish(r, lang, 'volunteer_assignment', t, 'hospice volunteer briefing naming residents', subj, body, o, s, to)


RELIGION = [
    ('le sacrement des malades', 'the sacrament of the sick', 'catholique pratiquant', 'practising Catholic'),
    ('la visite d\'un imam', 'a visit from an imam', 'musulman', 'Muslim'),
    ('la visite d\'un rabbin', 'a visit from a rabbi', 'de confession juive', 'Jewish'),
    ('une accompagnatrice spirituelle', 'a spiritual care counsellor', 'sans appartenance religieuse', 'not religious'),
    ('la visite d\'un pasteur', 'a visit from a pastor', 'protestant', 'Protestant'),
]


def p_spiritual(r, lang, ctx):
    p = patient(r, ctx, lang, 0.3)
    o = org(r)
    s = staff_member(r, role(r.choice([0, 4])))
    chap = staff_member(r, role(6))
    to = [(chap.full, chap.email(o[1]))]
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis', 'social_information')
    rel = r.choice(RELIGION)
    room = r.randint(1, 30)
    if fr:
        conf = rel[2] if p.sex == 'M' or rel[2].startswith(('de ', 'sans')) else rel[2] + 'e'
        conf = conf.replace('catholique pratiquante', 'catholique pratiquante').replace('musulmane', 'musulmane')
        body = ('%s (ch. %d) demande à recevoir %s. %s %s, en froid avec son frère depuis 20 ans, et voudrait se '
                'réconcilier avant de mourir. %s, probablement quelques jours.'
                % (name_as(r, p, lang), room, rel[0], g(p, 'Elle est', 'Il est'), conf, cap(dx(r, lang, p))))
        subj = r.choice(['Demande de soins spirituels', 'Visite SVP – ch. %d' % room])
    else:
        body = ('%s (room %d) is asking for %s. %s, estranged from brother for 20 years and would like to '
                'reconcile before dying. %s, probably days.'
                % (name_as(r, p, lang), room, rel[1], rel[3], cap(dx(r, lang, p))))
        subj = r.choice(['Spiritual care request', 'Visit please - room %d' % room])
    return finish(r, lang, 'spiritual_care_request', t, 'chaplaincy request naming patient', subj, body, o, s, to,
                  to_name=chap.given)


def p_lab_auto(r, lang, ctx):
    p = patient(r, ctx, lang, 0.3)
    o = org(r)
    s = staff_member(r, role(1))
    fr = lang == 'fr'
    t = Types('patient_name', 'mrn', 'date_of_birth', 'lab_result')
    chart = mrn(r)
    if fr:
        text = ('*** AVIS DE VALEUR CRITIQUE – Laboratoire %s ***\n\nPatient : %s\nDossier : %s\nDDN : %s\n'
                'Prélèvement : %s %s\n\nRésultat : %s\nRésultat : %s\n\nMédecin demandeur : %s\n\n'
                'Ce message est généré automatiquement. Ne pas répondre.\n'
                % (o[0], p.rev, chart, p.dob, date_fr(r, 3), hour(r), lab(r, lang), lab(r, lang), s.display(lang)))
        subj = 'Valeur critique – %s' % chart
    else:
        text = ('*** CRITICAL VALUE NOTIFICATION - %s Laboratory ***\n\nPatient: %s\nMRN: %s\nDOB: %s\n'
                'Collected: %s %s\n\nResult: %s\nResult: %s\n\nOrdering: %s\n\nAutomated message, do not reply.\n'
                % (o[0], p.rev, chart, p.dob, date_en(r, 3), hour_en(r), lab(r, lang), lab(r, lang), s.display(lang)))
        subj = 'Critical value - MRN %s' % chart
    lab_s = staff_member(r)
    return finish(r, lang, 'lab_auto_notice', t, 'automated critical lab value', subj, '', o, lab_s,
                  [(s.full, s.email(o[1]))], raw_text=text, from_addr='no-reply.labo@%s' % o[1],
                  from_name='Laboratoire' if fr else 'Laboratory', transport='plain', charset='us-ascii' if not fr else None)
