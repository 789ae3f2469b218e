"""Positive builders, part C: lists, social situations, structured attachments, foreign identifiers."""
import datetime as dt

import gen_attach as A
import gen_common as C
import gen_vocab as V
from gen_util import (pname, nam_txt, pdf, docx, xlsx, png, csv_att, ics_att, vcf_att, zip_att, fn_safe, quote,
                      reply_header, fwd_header, table_text)


def _types(*pairs):
    return [t for t, cond in pairs if cond]


# ---------------------------------------------------------------------------
def signout_list(c):
    res = c.st('res')
    surg = c.st('plastic')
    hosp = 'hqc' if c.region == 'qc' else 'hnb'
    n = c.rng.randrange(4, 8)
    probs = [('brûlure 2e degré profond 12 % SCT, jour 3', '12% TBSA deep partial burn, day 3', 'greffe prévue jeudi', 'graft planned Thursday'),
             ('cellulite main droite post-morsure de chat', 'R hand cellulitis after cat bite', 'clindamycine IV, élever', 'IV clindamycin, elevate'),
             ('lambeau DIEP gauche J1', 'L DIEP flap POD1', 'surveillance Doppler q1h', 'hourly Doppler checks'),
             ('fasciite nécrosante cuisse, post-débridement', 'necrotizing fasciitis thigh, post-debridement', 'retour au bloc demain', 'back to OR tomorrow'),
             ('ulcère sacré stade 4, dénutrition', 'stage 4 sacral ulcer, malnutrition', 'TPN, consult nutrition', 'NPWT, dietitian consult'),
             ('lacération tendon fléchisseur FDP 3e doigt', 'FDP laceration 3rd finger', 'réparation demain AM', 'repair tomorrow AM'),
             ('hématome post-réduction mammaire', 'hematoma after breast reduction', 'surveiller Hb, évacuation si expansion',
              'watch Hb, evacuate if expanding')]
    rows = [[c.t('Ch.', 'Rm'), c.t('Patient', 'Patient'), c.t('Dossier', 'MRN'), c.t('Âge', 'Age'), c.t('Problème', 'Problem'),
             c.t('À faire', 'To do')]]
    used = set()
    for i in range(n):
        p = c.pat(nam=False)
        if p.surname in used:
            continue
        used.add(p.surname)
        pr = c.pick(probs)
        rows.append(['%d-%s' % (c.rng.randrange(401, 460), c.pick('AB')), p.upper_rev, p.mrn, str(c.age(p)),
                     pr[0] if c.lang == 'fr' else pr[1], pr[2] if c.lang == 'fr' else pr[3]])
    meds = any('clindamy' in r[-1] for r in rows[1:])
    tbl = table_text(rows)
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), c.t('Liste de garde plastie pour ce soir :', 'Plastics sign-out for tonight:'),
                                     tbl, c.t('Bonne garde!', 'Good luck tonight!') + '\n' + res.dname(c.lang))
    return dict(cat='signout_list', types=['patient_name', 'mrn', 'diagnosis'] + (['medication'] if meds else []),
                note='on-call sign-out list (room, name, chart, problem)', frm=c.who(res), to=[c.who(surg)],
                cc=[(c.t('Résidents plastie', 'Plastics residents'), 'residents.plastie@%s' % C.SITES[hosp]['domain'])],
                subject=c.t('Liste de garde – plastie %s' % c.fd(c.today, 0), 'Sign-out plastics %s' % c.fd(c.today, 0)),
                text=body, tr={'alt': True} if c.chance(0.5) else {'html_only': True})


# ---------------------------------------------------------------------------
def youth_protection(c):
    sw = c.st('sw')
    surg = c.st('plastic')
    child_holders = [h for h in c.holders if h.dob.year >= 2014]
    use_nam = c.lang == 'fr' and child_holders and c.chance(0.6)
    if use_nam:
        p = c.pick(child_holders)
        C.holder(c.rng, [p])
    else:
        p = c.pat(nam=False, lo=2015, hi=2022)
    hosp = 'hqc' if c.region == 'qc' else 'hnb'
    nm = pname(c, p, c.pick(['full', 'rev', 'upper']))
    if c.lang == 'fr':
        agency = 'DPJ' if c.region == 'qc' else 'Développement social (protection de l\'enfance)'
        body = ('%s\n\nSuite à notre discussion, un signalement a été fait à la %s ce matin concernant %s (DDN %s%s), '
                'admis%s pour brûlure par immersion aux deux pieds (distribution en chaussette, 6 %% SCT). La version '
                'de la mère ne concorde pas avec le patron lésionnel. Le conjoint a des antécédents de violence '
                'conjugale.\n\nL\'intervenante (Mme Lacroix) passera à l\'unité à 14 h. Merci de ne pas donner congé '
                'à l\'enfant avant son évaluation, et de documenter les photos au dossier %s.\n\n%s\n\n%s') % (
            c.hi(surg), agency, nm, c.dob(p, 0), ', NAM %s' % nam_txt(c, p, 'space') if use_nam else '',
            'e' if p.sex == 'F' else '', p.mrn, c.bye(), c.sig(sw))
        subj = c.pick(['Signalement – enfant %s' % p.surname, 'Confidentiel : signalement %s' % (
                           'DPJ' if c.region == 'qc' else 'protection de l\'enfance'),
                       'Suivi social – brûlure pédiatrique'])
    else:
        agency = 'Child Protection Services (Social Development)' if c.region == 'nb' else 'the DPJ'
        body = ('%s\n\nFollowing our discussion, a report was made to %s this morning regarding %s (DOB %s), admitted with '
                'bilateral foot immersion burns (stocking distribution, 6%% TBSA). The mother\'s account does not fit the '
                'injury pattern, and the partner has a history of intimate partner violence.\n\nThe caseworker will come '
                'to the unit at 2 p.m. Please do not discharge the child before the assessment, and file the photos '
                'under chart %s.\n\n%s\n\n%s') % (c.hi(surg), agency, nm, c.dob(p, 0), p.mrn, c.bye(), c.sig(sw))
        subj = c.pick(['Child protection report - %s' % p.surname, 'Confidential: CPS referral', 'Social work follow-up - pediatric burn'])
    types = _types(('patient_name', True), ('date_of_birth', True), ('diagnosis', True), ('social_information', True),
                   ('mrn', True), ('ramq_nam', bool(use_nam)))
    return dict(cat='youth_protection', types=types, note='child protection report about a burned child',
                frm=c.who(sw), to=[c.who(surg)], subject=subj, text=body)


# ---------------------------------------------------------------------------
def social_support(c):
    sw, nurse = c.st('sw'), c.st('wound')
    p = c.pat(nam=c.lang == 'fr' and c.chance(0.4))
    use_nam = p.nam is not None
    sit = c.pick([('prestataire de l\'aide sociale depuis sa perte d\'emploi', 'on income assistance since losing their job'),
                  ('hébergé%s temporairement dans un refuge' % ('e' if p.sex == 'F' else ''), 'temporarily staying in a shelter'),
                  ('en attente d\'un logement social, vit dans sa voiture', 'waiting for social housing, living in their car'),
                  ('sans revenu depuis la séparation, trois enfants à charge', 'no income since separation, three dependent children')])
    w = c.pick(V.WOUNDS)
    if c.lang == 'fr':
        body = ('%s\n\nJe t\'écris au sujet de %s%s, suivi%s pour %s. %s est %s et n\'a pas les moyens de payer les '
                'pansements (environ 180 $/semaine) ni les vêtements compressifs. J\'ai fait une demande au fonds '
                'd\'aide de la fondation; peux-tu me confirmer la quantité de pansements nécessaire pour 4 semaines?\n\n'
                'On peut %s joindre au %s (laisser un message).\n\n%s\n\n%s') % (
            c.hi(nurse.given), pname(c, p, c.pick(['title_full', 'full'])),
            ' (NAM %s)' % nam_txt(c, p, 'space') if use_nam else '', 'e' if p.sex == 'F' else '', w[0],
            'Elle' if p.sex == 'F' else 'Il', sit[0], 'la' if p.sex == 'F' else 'le', c.tel(p.cell), c.bye(), c.sig(sw))
        subj = c.pick(['Aide financière pansements – %s' % p.surname, 'Situation sociale %s' % p.surname, 'Fonds d\'aide – pansements'])
    else:
        body = ('%s\n\nI\'m writing about %s, followed for %s. They are %s and cannot afford the dressings '
                '(about $180/week) or the compression garments. I applied to the foundation\'s assistance fund; can you '
                'confirm how many dressings are needed for 4 weeks?\n\nBest reached at %s (leave a message).\n\n%s\n\n%s') % (
            c.hi(nurse.given), pname(c, p, c.pick(['title_full', 'full'])), w[1], sit[1], c.tel(p.cell), c.bye(), c.sig(sw))
        subj = c.pick(['Dressing funding - %s' % p.surname, 'Social situation %s' % p.surname, 'Assistance fund - dressings'])
    types = _types(('patient_name', True), ('diagnosis', True), ('social_information', True), ('patient_contact', True),
                   ('ramq_nam', use_nam))
    return dict(cat='social_situation', types=types, note='social worker about a wound-care patient with no income/housing',
                frm=c.who(sw), to=[c.who(nurse)], subject=subj, text=body)


# ---------------------------------------------------------------------------
def subject_only(c):
    a, b = c.st(c.pick(['derm', 'plastic'])), c.st(c.pick(['nurse', 'clerk']))
    p = c.pat(nam=False)
    dx = c.pick([('CBC nez – reprise?', 'BCC nose - re-excision?'), ('mélanome 1,2 mm – GS?', 'melanoma 1.2mm - SLNB?'),
                 ('psoriasis – échec MTX, biologique', 'psoriasis - failed MTX, biologic'),
                 ('déhiscence abdo', 'abdo dehiscence'), ('HS – Humira refusé', 'HS - Humira denied')])
    nm = pname(c, p, c.pick(['rev', 'upper', 'full', 'lower']))
    subj = '%s%s %s' % (c.pick(['RE: ', 'Re: ', 'TR: ' if c.lang == 'fr' else 'Fwd: ', '']), nm, dx[0] if c.lang == 'fr' else dx[1])
    body = c.pick(c.t(['Ok pour jeudi.', 'Oui, mets-le sur la liste.', 'Vu, je m\'en occupe.', 'Parfait merci', 'On en parle demain'],
                      ['Ok for Thursday.', 'Yes, add to the list.', 'Seen, I\'ll handle it.', 'Perfect thanks', 'Let\'s discuss tomorrow']))
    if c.chance(0.5):
        body += '\n\n' + c.t('Envoyé de mon iPhone', 'Sent from my iPhone')
    else:
        body += '\n\n' + a.given
    return dict(cat='subject_only', types=['patient_name', 'diagnosis'], note='leak only in the Subject line',
                frm=c.who(a), to=[c.who(b)], subject=subj, text=body)


# ---------------------------------------------------------------------------
def quoted_reply(c):
    a, b = c.st('derm'), c.st('nurse')
    p = c.pat(nam=c.chance(0.4))
    use_nam = p.nam is not None
    dx = c.pick(V.DX_DRUG)
    when = c.earlier(1, 4)
    she = p.sex == 'F'
    if c.lang == 'fr':
        orig = ('%s\n\n%s%s a appelé : poussée de %s malgré le %s, %s. '
                '%s demande si on peut avancer son rendez-vous. Je lui ai dit qu\'on %s rappellerait.\n\n%s') % (
            c.hi(a.given), pname(c, p, c.pick(['title_full', 'full'])), ' (NAM %s)' % nam_txt(c, p, 'space') if use_nam else '',
            dx[0], dx[2], c.pick(['nouvelles lésions aux jambes', 'beaucoup de démangeaisons la nuit', 'ça ne dort plus']),
            'Elle' if she else 'Il', 'la' if she else 'le', b.given)
        top = c.pick(['Oui, mets-%s le %s à %s.' % ('la' if she else 'le', c.fd(c.later(2, 9), 2), c.hour()), 'Ok, je regarde ça demain.',
                      'Réglé, je l\'ai appelé%s.' % ('e' if she else '')])
        subj = 'RE: ' + c.pick(['appel patient', 'Message téléphonique', 'À rappeler'])
    else:
        orig = ('%s\n\n%s%s called: %s flare despite %s, %s. %s is asking if the appointment can be moved up. I said we '
                'would call back.\n\n%s') % (
            c.hi(a.given), pname(c, p, c.pick(['title_full', 'full'])), ' (RAMQ %s)' % nam_txt(c, p, 'space') if use_nam else '',
            dx[1], dx[2], c.pick(['new lesions on the legs', 'itching a lot at night', 'not sleeping']), 'She' if she else 'He', b.given)
        top = c.pick(['Yes, put %s on %s at %s.' % ('her' if she else 'him', c.fd(c.later(2, 9), 2), c.hour()),
                      'Ok, will look tomorrow.', 'Done, I called.'])
        subj = 'RE: ' + c.pick(['patient call', 'Phone message', 'Callback'])
    body = '%s\n\n%s\n\n%s\n%s' % (top, a.given, reply_header(c, '%s <%s>' % (b.full, b.email()), when), quote(orig))
    types = _types(('patient_name', True), ('diagnosis', True), ('medication', True), ('ramq_nam', use_nam))
    return dict(cat='quoted_history', types=types, note='short reply; the leak is in the quoted history',
                frm=c.who(a), to=[c.who(b)], subject=subj, text=body, tr={'alt': c.chance(0.5)})


# ---------------------------------------------------------------------------
def ics_invite(c):
    derm, clerk = c.st(c.pick(['derm', 'plastic'])), c.st('clerk')
    p = c.pat(nam=c.chance(0.5))
    use_nam = p.nam is not None
    kind = c.pick([('Suivi mélanome', 'Melanoma follow-up'), ('Excision CBC joue', 'BCC excision cheek'),
                   ('Mohs – CBC nez', 'Mohs - BCC nose'), ('Début Skyrizi – enseignement', 'Skyrizi start - teaching'),
                   ('Contrôle plaie abdominoplastie', 'Abdominoplasty wound check')])
    d = c.later(3, 30)
    h = c.pick([8, 9, 10, 13, 14, 15])
    start = dt.datetime(d.year, d.month, d.day, h, c.pick([0, 30]))
    end = start + dt.timedelta(minutes=c.pick([30, 45, 60]))
    summary = '%s – %s' % (c.pv(kind), pname(c, p, c.pick(['rev', 'full', 'upper'])))
    desc = c.t('Patient%s : %s\nDDN : %s\n' % ('e' if p.sex == 'F' else '', p.full, p.dob.isoformat()),
               'Patient: %s\nDOB: %s\n' % (p.full, p.dob.isoformat()))
    if use_nam:
        desc += 'NAM: %s\n' % p.nam
    desc += c.t('Tél. : %s' % p.phone, 'Phone: %s' % p.phone)
    ics = A.make_ics('%s-%d@%s' % (start.strftime('%Y%m%dT%H%M'), c.rng.randrange(10000), C.SITES[c.region]['domain']),
                     summary, start, end, desc, location=c.site_name() + c.t(', salle 3', ', room 3'),
                     organizer=(clerk.full, clerk.email()), attendees=[(derm.full, derm.email())],
                     tzid='America/Moncton' if c.region == 'nb' else 'America/Toronto')
    inline = c.chance(0.5)
    body = c.t('Rendez-vous ajouté à votre agenda.', 'Appointment added to your calendar.') + '\n\n' + c.sig(clerk, short=True)
    att = ics_att(c, ics, fname=c.pick(['invite.ics', 'rendez-vous.ics' if c.lang == 'fr' else 'appointment.ics']), inline=inline)
    types = _types(('patient_name', True), ('diagnosis', True), ('date_of_birth', True), ('patient_contact', True),
                   ('ramq_nam', use_nam))
    return dict(cat='calendar_invite', types=types, note='calendar invitation (ICS) for a patient appointment',
                frm=c.who(clerk), to=[c.who(derm)], subject=c.t('Invitation : ', 'Invitation: ') + summary,
                text=body, attachments=[att])


# ---------------------------------------------------------------------------
def vcard_patient(c):
    clerk, nurse = c.st('clerk'), c.st('nurse')
    p = c.pat(nam=False)
    dx = c.pick([('photothérapie pour psoriasis', 'phototherapy for psoriasis'), ('hidradénite, début adalimumab', 'hidradenitis, starting adalimumab'),
                 ('suivi post-mélanome', 'post-melanoma surveillance'), ('pelade étendue', 'extensive alopecia areata')])
    note = c.pv(dx)
    vcf = A.make_vcf(p.given, p.surname, tel=p.phone, cell=p.cell, email=p.email, adr=(p.street, p.city, p.prov, p.postal),
                     bday=p.dob if c.chance(0.7) else None, note=note if c.chance(0.5) else None)
    has_bday = 'BDAY' in vcf
    body = '%s\n\n%s\n\n%s' % (c.hi(nurse.given), c.t('Nouvelle patiente pour %s, sa fiche est jointe. Elle préfère être appelée '
                                                     'sur son cellulaire.' % note if p.sex == 'F' else
                                                     'Nouveau patient pour %s, sa fiche est jointe. Il préfère être appelé '
                                                     'sur son cellulaire.' % note,
                                                     'New patient for %s, contact card attached. Prefers the cell number.' % note),
                           c.sig(clerk, short=True))
    types = ['patient_name', 'patient_contact', 'diagnosis'] + (['date_of_birth'] if has_bday else [])
    return dict(cat='vcard', types=types, note='patient vCard attached with condition in body', frm=c.who(clerk),
                to=[c.who(nurse)], subject=c.t('Nouveau patient – fiche', 'New patient - contact'),
                text=body, attachments=[vcf_att(c, vcf, '%s %s.vcf' % (p.given, p.surname))])


# ---------------------------------------------------------------------------
def csv_queue(c):
    coord, derm = c.st('td'), c.st('derm')
    rows = [c.t(['No demande', 'NAM', 'Nom', 'Prénom', 'DDN', 'Site', 'Priorité', 'Impression'],
                ['Request', 'RAMQ', 'Last', 'First', 'DOB', 'Site', 'Priority', 'Impression'])]
    anynam = False
    seen = set()
    for i in range(c.rng.randrange(5, 10)):
        p = c.pat(nam=c.chance(0.6))
        if p.full in seen:
            continue
        seen.add(p.full)
        anynam = anynam or p.nam is not None
        les = c.pick(V.LESIONS)
        rows.append(['TD-%d-%05d' % (c.today.year, c.rng.randrange(1, 99999)), p.nam or '', p.surname, p.given,
                     p.dob.isoformat(), c.pv(c.pick(V.SITES_BODY)), c.pick(['P1', 'P2', 'P3']), c.pv(les[:2])])
    fname = c.pick(['file_attente_TD_%s.csv' % c.today.strftime('%Y%m%d'), 'export_%s.csv' % c.today.strftime('%Y%m%d'),
                    'td_queue.csv'])
    body = '%s\n\n%s\n\n%s' % (c.hi(derm.given), c.t('Export de la file d\'attente de télédermatologie (demandes non triées).',
                                                     'Export of the untriaged teledermatology queue.'), c.sig(coord))
    types = ['patient_name', 'date_of_birth', 'diagnosis'] + (['ramq_nam'] if anynam else [])
    return dict(cat='csv_export', types=types, note='CSV export of teledermatology queue', frm=c.who(coord), to=[c.who(derm)],
                subject=c.t('File d\'attente TD', 'TD queue export'), text=body, attachments=[csv_att(c, fname, rows)])


# ---------------------------------------------------------------------------
def zip_bundle(c):
    gp, coord = c.st('gp'), c.st('td')
    p = c.pat(nam=True)
    les = c.pick(V.LESIONS)
    req = 'TD-%d-%05d' % (c.today.year, c.rng.randrange(1, 99999))
    lines = [c.t('Patient : ', 'Patient: ') + p.full, c.t('DDN : ', 'DOB: ') + p.dob.isoformat(), 'NAM: ' + p.nam, '',
             c.t('Question clinique : ', 'Clinical question: ') + c.pv(les[:2]) + ' ?', c.t('Référent : ', 'Referrer: ') + gp.dname(c.lang)]
    members = [('%s/photo_%d.png' % (req, i + 1), A.make_png(c.rng)) for i in range(c.rng.randrange(2, 4))]
    members.append(('%s/%s.pdf' % (req, c.t('demande', 'request')), A.make_pdf(c.t('Demande de télédermatologie', 'Teledermatology request'), lines)))
    body = '%s\n\n%s\n\n%s' % (c.hi(), c.t('Le fichier compressé contient les photos et la demande %s.' % req,
                                           'The zip contains the photos and request %s.' % req), c.sig(gp, short=True))
    return dict(cat='zip_bundle', types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'],
                note='ZIP with photos and request PDF', frm=c.who(gp), to=[c.who(coord)], subject=req,
                text=body, attachments=[zip_att('%s.zip' % req, members)])


# ---------------------------------------------------------------------------
def _patient_msg(c, p):
    bio = c.pick(V.BIOLOGICS)
    kind = c.pick(['postop', 'bio', 'mole'])
    if c.lang == 'fr':
        txt = {'postop': 'Bonjour, j\'ai été opéré%s il y a 6 jours (%s) et la plaie est rouge et chaude, avec un peu de pus. '
                         'J\'ai 38,2 de fièvre ce matin. Je prends encore la céphalexine. Est-ce normal?' % (
                             'e' if p.sex == 'F' else '', c.pv(c.pick(V.PLASTIC)[:2])),
               'bio': 'Bonjour, mon psoriasis est revenu malgré le %s. J\'ai aussi des douleurs aux doigts le matin. '
                      'Pouvez-vous devancer mon rendez-vous?' % bio[2],
               'mole': 'Bonjour, le grain de beauté sur mon dos que le docteur a regardé en mars a grossi et saigne '
                       'quand je m\'essuie. Mon père a eu un mélanome. Je suis inquiète.'}[kind]
        txt += '\n\nVous pouvez me rejoindre au %s.\n\n%s' % (c.tel(p.cell), p.full)
        subj = c.pick(['Question', 'Besoin d\'aide svp', 'Mon rendez-vous', 'urgent'])
    else:
        txt = {'postop': 'Hi, I had surgery 6 days ago (%s) and the incision is red and hot with some pus. I had a temp of '
                         '38.2 this morning. Still taking the cephalexin. Is this normal?' % c.pv(c.pick(V.PLASTIC)[:2]),
               'bio': 'Hi, my psoriasis came back even on %s, and my fingers hurt in the morning. Can you move my '
                      'appointment up?' % bio[2],
               'mole': 'Hi, the mole on my back the doctor looked at in March got bigger and bleeds when I dry off. My dad '
                       'had melanoma. I\'m worried.'}[kind]
        txt += '\n\nYou can reach me at %s.\n\n%s' % (c.tel(p.cell), p.full)
        subj = c.pick(['Question', 'Need help please', 'My appointment', 'urgent'])
    meds = kind in ('postop', 'bio')
    return subj, txt, meds


def forwarded_patient_eml(c):
    clerk, nurse = c.st('clerk'), c.st('nurse')
    p = c.pat(nam=False)
    subj, txt, meds = _patient_msg(c, p)
    inner = dict(frm=(p.full, p.email), to=[(c.t('Réception', 'Reception'), 'info@%s' % C.SITES[c.region]['domain'])],
                 subject=subj, text=txt, date=c.date - dt.timedelta(hours=c.rng.randrange(2, 30)))
    body = '%s\n\n%s\n\n%s' % (c.hi(nurse.given), c.t('Message reçu dans la boîte générale, je te le transfère.',
                                                      'This came into the general inbox, forwarding to you.'), c.sig(clerk, short=True))
    types = ['patient_name', 'diagnosis', 'patient_contact'] + (['medication'] if meds else [])
    return dict(cat='forward_eml', types=types, note='patient e-mail forwarded as attached .eml', frm=c.who(clerk),
                to=[c.who(nurse)], subject=c.t('TR: ', 'Fwd: ') + subj, text=body,
                inner=(c.pick(['%s.eml' % subj, 'message.eml', 'Message patient.eml']), inner))


def patient_inline_forward(c):
    clerk, nurse = c.st('clerk'), c.st(c.pick(['nurse', 'derm']))
    p = c.pat(nam=False)
    subj, txt, meds = _patient_msg(c, p)
    fh = fwd_header(c, '%s <%s>' % (p.full, p.email), 'info@%s' % C.SITES[c.region]['domain'], subj, c.today)
    body = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (c.hi(nurse.given), c.t('Peux-tu rappeler cette personne?', 'Can you call this person back?'),
                                           c.sig(clerk, short=True), fh, txt)
    types = ['patient_name', 'diagnosis', 'patient_contact'] + (['medication'] if meds else [])
    return dict(cat='forward_inline', types=types, note='patient e-mail forwarded inline', frm=c.who(clerk), to=[c.who(nurse)],
                subject=c.t('TR: ', 'FW: ') + subj, text=body, tr={'alt': c.chance(0.4)})


# ---------------------------------------------------------------------------
def sin_claim(c):
    surg = c.st('plastic')
    clerk = c.st('clerk')
    p = c.pat(nam=False, lo=1960, hi=2000)
    sin = C.gen_sin(c.rng)
    proc = c.pick([V.PLASTIC[5], V.PLASTIC[3], V.PLASTIC[7]])
    off = c.later(5, 15)
    ret = off + dt.timedelta(days=c.pick([28, 42, 56]))
    insurer = c.pick([('Assurance Laurentide Vie', 'Laurentide Life Assurance', 'laurentidevie.example'),
                      ('Mutuelle Atlantique', 'Atlantic Mutual', 'atlanticmutual.example')])
    emp = c.pick(['Transport Roy-Lévesque inc.', 'Scierie Vallée-Verte', 'Boulangerie du Coin', 'Northshore Fisheries Ltd.'])
    sin_s = C.fmt_sin(c.rng, sin)
    if c.lang == 'fr':
        lines = ['## Section A – Employé(e)', 'Nom : %s' % p.full, 'Date de naissance : %s' % c.dob(p, 0),
                 'Numéro d\'assurance sociale : %s' % sin_s, 'Employeur : %s' % emp,
                 '## Section B – Déclaration du médecin traitant', 'Diagnostic : %s' % proc[2],
                 'Traitement : %s le %s' % (proc[0], c.fd(off, 0)),
                 'Arrêt de travail du %s au %s (retour progressif à évaluer)' % (c.fd(off, 0), c.fd(ret, 0)),
                 'Médecin : %s' % surg.dname('fr')]
        title = 'Demande de prestations d\'invalidité de courte durée'
        body = '%s\n\nVeuillez trouver ci-joint le formulaire d\'invalidité dûment complété pour %s.\n\n%s\n\n%s' % (
            c.hi(), pname(c, p, 'title_full'), c.bye(), c.sig(clerk))
    else:
        lines = ['## Part A - Employee', 'Name: %s' % p.full, 'Date of birth: %s' % c.dob(p, 0),
                 'Social Insurance Number: %s' % sin_s, 'Employer: %s' % emp,
                 '## Part B - Attending Physician Statement', 'Diagnosis: %s' % proc[3],
                 'Treatment: %s on %s' % (proc[1], c.fd(off, 0)),
                 'Off work from %s to %s (graduated return to be assessed)' % (c.fd(off, 0), c.fd(ret, 0)),
                 'Physician: %s' % surg.dname('en')]
        title = 'Short-Term Disability Claim'
        body = '%s\n\nPlease find attached the completed disability form for %s.\n\n%s\n\n%s' % (
            c.hi(), pname(c, p, 'title_full'), c.bye(), c.sig(clerk))
    fmt = c.pick(['pdf', 'docx'])
    fname = c.pick(['%s_%s.%s' % (c.t('invalidité', 'STD_claim'), fn_safe(p.surname), fmt), 'formulaire_%s.%s' % (c.today.strftime('%Y%m%d'), fmt)])
    att = pdf(fname, title, lines, c) if fmt == 'pdf' else docx(fname, title, lines, author=clerk.full)
    return dict(cat='disability_claim', types=['patient_name', 'date_of_birth', 'ca_sin', 'diagnosis'],
                note='disability insurance form with SIN (%s)' % fmt, frm=c.who(clerk),
                to=[(c.pv(insurer[:2]) + c.t(' – Réclamations', ' - Claims'), 'reclamations@%s' % insurer[2])],
                subject=c.t('Formulaire invalidité – %s' % p.surname, 'Disability form - %s' % p.surname), text=body, attachments=[att])


# ---------------------------------------------------------------------------
def ohip_patient(c):
    clerk = c.st('clerk')
    derm = c.st(c.pick(['derm', 'plastic']))
    p = c.pat(nam=False, lang='en' if c.chance(0.6) else c.lang)
    p.city, p.prov, p.postal = c.pick([('Ottawa', 'ON', 'K1N 0A4'), ('Cornwall', 'ON', 'K6H 0B2'), ('Kingston', 'ON', 'K7L 0C3')])
    p.phone = C.phone(c.rng, c.pick(['613', '343']))
    p.street = '%d %s' % (c.rng.randrange(10, 900), c.pick(['Elgin Street', 'Pitt Street', 'Brock Street', 'Montreal Road']))
    hn = C.gen_ohip(c.rng)
    hn_s = C.fmt_ohip(c.rng, hn)
    dx = c.pick(V.LESIONS[:7])
    if c.lang == 'fr':
        body = ('%s\n\nPatient hors province vu aujourd\'hui (visiteur de l\'Ontario), facturation via l\'entente réciproque.\n\n'
                'Nom : %s\nDDN : %s\nCarte santé Ontario : %s\nAdresse : %s, %s %s\nTél. : %s\n\n'
                'Diagnostic : %s (biopsie faite, pathologie à suivre)\nCode d\'acte : %s\n\n%s\n\n%s') % (
            c.hi(), p.upper_rev, c.dob(p, 0), hn_s, p.street, p.city, p.postal, c.tel(p.phone), dx[0],
            c.pick(['00.090', '00.215', '08.129']), c.bye(), c.sig(clerk))
        subj = c.pick(['Facturation hors province – %s' % p.surname, 'Patient Ontario – facturation RAMQ', 'Hors province'])
    else:
        body = ('%s\n\nOut-of-province patient seen today (Ontario visitor), to be billed under the reciprocal agreement.\n\n'
                'Name: %s\nDOB: %s\nOntario health card: %s\nAddress: %s, %s %s\nPhone: %s\n\n'
                'Diagnosis: %s (biopsy done, pathology pending)\nFee code: %s\n\n%s\n\n%s') % (
            c.hi(), p.upper_rev, c.dob(p, 0), hn_s, p.street, p.city, p.postal, c.tel(p.phone), dx[1],
            c.pick(['A035', 'Z113', 'R094']), c.bye(), c.sig(clerk))
        subj = c.pick(['Out-of-province billing - %s' % p.surname, 'Ontario patient - reciprocal billing', 'OOP claim'])
    return dict(cat='out_of_province', types=['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis', 'patient_contact'],
                note='Ontario visitor with health number, billing', frm=c.who(clerk),
                to=[(c.t('Facturation', 'Billing'), 'facturation@%s' % C.SITES[c.region]['domain'])], cc=[c.who(derm)],
                subject=subj, text=body)


# ---------------------------------------------------------------------------
def european_patient(c, kind):
    derm = c.st(c.pick(['derm', 'plastic']))
    clerk = c.st('clerk')
    g, s, sex = c.pick(C.PAT_BE if kind == 'be' else C.PAT_FR)
    p = C.Person(g, s, C.rand_dob(c.rng, 1950, 2001), sex)
    if kind == 'be':
        num = C.gen_niss(c.rng, p.dob, sex)
        num_s = c.pick([num, '%s.%s.%s-%s.%s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:]),
                        '%s %s %s' % (num[:6], num[6:9], num[9:])])
        lbl = c.t('NISS (Belgique)', 'Belgian national number (NISS)')
        payer = c.t('mutualité belge', 'Belgian mutual insurer')
        tp = 'be_niss'
    else:
        num = C.gen_nir(c.rng, p.dob, sex)
        num_s = c.pick([num, C.fmt_nir(num)])
        lbl = c.t('N° de sécurité sociale (France)', 'French social security number (NIR)')
        payer = c.t('CPAM / assurance voyage', 'CPAM / travel insurer')
        tp = 'fr_nir'
    dx = c.pick([('brûlure du 2e degré de la main droite (barbecue)', 'second-degree burn of the right hand (barbecue)'),
                 ('lacération du cuir chevelu suturée (12 points)', 'scalp laceration, sutured (12 stitches)'),
                 ('mélanome suspecté du mollet, biopsie faite', 'suspected melanoma of the calf, biopsied'),
                 ('cellulite du pied après piqûre, antibiothérapie', 'foot cellulitis after insect bite, on antibiotics')])
    lines = [c.t('Rapport médical pour remboursement', 'Medical report for reimbursement'), '',
             c.t('Patient : ', 'Patient: ') + p.full, c.t('Date de naissance : ', 'Date of birth: ') + c.dob(p, 0),
             '%s : %s' % (lbl, num_s), c.t('Date de la visite : ', 'Date of visit: ') + c.fd(c.earlier(0, 3), 0),
             c.t('Diagnostic : ', 'Diagnosis: ') + c.pv(dx), c.t('Médecin : ', 'Physician: ') + derm.dname(c.lang),
             c.t('Montant payé par le patient : ', 'Amount paid by patient: ') + '%d,00 $' % c.rng.randrange(150, 900)]
    inline = c.chance(0.5)
    atts = []
    if inline:
        body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), c.t('Rapport demandé par la %s du patient :' % payer,
                                                     'Report requested by the patient\'s %s:' % payer), '\n'.join(lines), c.sig(clerk))
    else:
        atts.append(pdf(c.pick(['rapport_médical_%s.pdf' % fn_safe(p.surname), 'medical_report_%s.pdf' % fn_safe(p.surname)]),
                        c.t('Rapport médical', 'Medical report'), lines, c, header=[c.site_name()]))
        body = '%s\n\n%s\n\n%s' % (c.hi(), c.t('Ci-joint le rapport pour la %s de %s.' % (payer, p.full),
                                               'Attached is the report for %s\'s %s.' % (p.full, payer)), c.sig(clerk))
    to = (p.full, 'x%s.%s@%s' % (C.strip_accents(g).lower()[:5], C.strip_accents(s).lower().replace(' ', ''),
                                 'mail-be.example' if kind == 'be' else 'mail-fr.example'))
    return dict(cat='foreign_visitor_%s' % kind, types=['patient_name', 'date_of_birth', tp, 'diagnosis'],
                note='European visitor medical report with %s' % tp.upper(), frm=c.who(clerk), to=[to],
                subject=c.t('Rapport médical – remboursement', 'Medical report for reimbursement'), text=body, attachments=atts)


def be_patient(c):
    return european_patient(c, 'be')


def fr_patient(c):
    return european_patient(c, 'fr')


# ---------------------------------------------------------------------------
def phone_message(c):
    clerk, nurse = c.st('clerk'), c.st(c.pick(['nurse', 'wound']))
    p = c.pat(nam=False)
    why = c.pick([('saignement au site de biopsie depuis hier soir', 'bleeding at the biopsy site since last night'),
                  ('rougeur et chaleur autour de la cicatrice de blépharoplastie', 'redness and warmth around the blepharoplasty incision'),
                  ('réaction au site d\'injection de Dupixent (œdème 5 cm)', 'Dupixent injection site reaction (5 cm swelling)'),
                  ('question sur le résultat de biopsie (carcinome basocellulaire)', 'question about biopsy result (basal cell carcinoma)')])
    nm = pname(c, p, c.pick(['title_full', 'full', 'rev', 'lower']))
    t = c.tel(c.pick([p.phone, p.cell]))
    if c.lang == 'fr':
        body = 'Message tél. – %s\n\n%s a appelé à %s : %s.\nRappeler au %s%s.\n\n%s' % (
            c.fd(c.today, 0), nm, c.hour(), why[0], t, c.pick(['', ' (pas de message sur le répondeur SVP)', ' après 15 h']),
            clerk.given)
        subj = c.pick(['Message tél. %s' % nm, 'À rappeler', 'Appel patient'])
    else:
        body = 'Phone msg - %s\n\n%s called at %s: %s.\nCall back at %s%s.\n\n%s' % (
            c.fd(c.today, 0), nm, c.hour(), why[1], t, c.pick(['', ' (please do not leave a voicemail)', ' after 3 p.m.']), clerk.given)
        subj = c.pick(['Phone message %s' % nm, 'Callback needed', 'Patient call'])
    types = ['patient_name', 'diagnosis', 'patient_contact'] + (['medication'] if 'Dupixent' in why[0] else [])
    return dict(cat='phone_message', types=types, note='phone message with callback number', frm=c.who(clerk), to=[c.who(nurse)],
                subject=subj, text=body)


# ---------------------------------------------------------------------------
def waitlist_xlsx(c):
    mgr, surg = c.st('mgr'), c.st('plastic')
    rows = [c.t(['Dossier', 'Nom', 'DDN', 'Intervention', 'Indication', 'IMC', 'Priorité', 'Inscrit le'],
                ['Chart', 'Name', 'DOB', 'Procedure', 'Indication', 'BMI', 'Priority', 'Listed'])]
    seen = set()
    for i in range(c.rng.randrange(6, 12)):
        p = c.pat(nam=False)
        if p.full in seen:
            continue
        seen.add(p.full)
        pr = c.pick(V.PLASTIC)
        rows.append([p.mrn, p.rev, p.dob.isoformat(), c.pv(pr[:2]), pr[2] if c.lang == 'fr' else pr[3],
                     '%.1f' % (c.rng.randrange(210, 390) / 10), c.pick(['P2', 'P3', 'P4']), c.earlier(60, 500).isoformat()])
    fname = c.pick(['liste_d\'attente_plastie_%s.xlsx' % c.today.strftime('%Y%m') if c.lang == 'fr' else 'plastics_waitlist.xlsx', 'waitlist_%s.xlsx' % c.today.strftime('%Y%m'),
                    'LA_%s.xlsx' % surg.surname])
    body = '%s\n\n%s\n\n%s' % (c.hi(surg), c.t('Voici votre liste d\'attente à jour. Merci de confirmer les priorités '
                                                             'avant la réunion de mardi.',
                                                             'Here is your updated wait list. Please confirm priorities before Tuesday\'s meeting.'),
                               c.sig(mgr))
    return dict(cat='waitlist_xlsx', types=['patient_name', 'mrn', 'date_of_birth', 'diagnosis'],
                note='surgical wait list spreadsheet', frm=c.who(mgr), to=[c.who(surg)],
                subject=c.t('Liste d\'attente – mise à jour', 'Wait list update'), text=body,
                attachments=[xlsx(fname, [(c.t('Liste', 'List'), rows)], author=mgr.full)])
