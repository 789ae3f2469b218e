"""Positive (confidential) templates, part B: clinics, letters, forwards, odd transports."""
import datetime

import gen_attach as A
import gen_data as D
from gen_common import (AEDS, ANTITHROMB, DEFICITS, EPI_DX, MS_DRUGS, MS_DX, STROKE_DX)
from gen_pos_a import (Acc, L, dob_s, gx, join, mrn_s, nam_s, nm, pat, pick, spec)


def patient_email(ctx, p):
    local = D.strip_accents('%s.%s%d' % (p['given'][0], p['surname'], p['dob'][0] % 100)).lower()
    local = local.replace(' ', '').replace("'", '')
    return '%s@%s' % (local, ctx.c('courriel.example', 'maboite.example', 'reseau-qc.example', 'mail.example'))


def quote(ctx, sender_name, sender_email, dt, text, style=None):
    style = style or ctx.c('gmail', 'outlook', 'plain')
    if style == 'gmail':
        if ctx.fr:
            head = 'Le %s, %s <%s> a écrit :' % (ctx.fdate(dt), sender_name, sender_email)
        else:
            head = 'On %s, %s <%s> wrote:' % (ctx.fdate(dt), sender_name, sender_email)
        return head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    if style == 'outlook':
        if ctx.fr:
            return ('-----Message d\'origine-----\nDe : %s <%s>\nEnvoyé : %s\nObjet : %s\n\n%s'
                    % (sender_name, sender_email, ctx.fdate(dt), '{subj}', text))
        return ('-----Original Message-----\nFrom: %s <%s>\nSent: %s\nSubject: %s\n\n%s'
                % (sender_name, sender_email, ctx.fdate(dt), '{subj}', text))
    return ('________________________________\n' + ('De : %s\n' if ctx.fr else 'From: %s\n') % sender_name +
            '\n' + text)


# --------------------------------------------------------------------------- P8 driving
def p_driving(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site()
    neuro = ctx.person('neuro', s)
    v = r.randint(0, 2)
    p = pat(ctx, nam=r.random() < 0.5, lo=1940, hi=2003)
    acc.add('patient_name', 'diagnosis')
    if v == 0:
        # letter to the patient after a seizure
        dx = pick(ctx, EPI_DX)
        med = pick(ctx, AEDS)
        acc.add('medication')
        months = ctx.c(3, 6, 12)
        to = [(p['given'] + ' ' + p['surname'], patient_email(ctx, p))]
        if ctx.fr:
            txt = ('Comme discuté lors de votre visite, suite à votre diagnostic (%s), la loi m\'oblige à vous '
                   'rappeler que vous ne pouvez pas conduire pour une période de %d mois sans crise. Continuez le %s '
                   'tel que prescrit. La déclaration à la SAAQ sera faite par notre bureau.' % (dx, months, med))
            subj = ctx.c('Conduite automobile - suivi de votre visite', 'Suivi clinique épilepsie', 'Votre permis de conduire')
            hello = ctx.c('Bonjour %s %s,' % (D.title(p, 'fr'), p['surname']), 'Bonjour %s,' % p['given'])
        else:
            txt = ('As discussed at your visit, following your diagnosis (%s), I must remind you that you may not drive '
                   'for %d seizure-free months. Keep taking %s as prescribed. Our office will send the report to the SAAQ.'
                   % (dx, months, med))
            subj = ctx.c('Driving - follow-up from your visit', 'Epilepsy clinic follow-up', 'Your driver\'s licence')
            hello = ctx.c('Dear %s %s,' % (D.title(p, 'en'), p['surname']), 'Hello %s,' % p['given'])
        body = join(hello, txt, ctx.bye(), ctx.signature(neuro))
        note = 'neurologist writes to patient about driving restriction after seizure'
    else:
        ot = ctx.person('ot', ctx.site('acute'))
        to = [ctx.addr(ot)]
        name = nm(ctx, p, acc)
        dx = pick(ctx, STROKE_DX)
        deff = pick(ctx, DEFICITS[4:])
        if ctx.fr:
            txt = ('Je vous réfère %s (%d ans) pour une évaluation de la conduite automobile. %s il y a %d mois, '
                   'séquelle : %s. Il/elle insiste pour reprendre le volant (travail en région).'
                   % (name, p['age'], dx[0].upper() + dx[1:], r.randint(2, 9), deff))
            txt = gx(txt, p)
            subj = ctx.c('Référence - évaluation de la conduite', 'Éval conduite post-AVC', 'Demande éval SAAQ')
        else:
            txt = ('I am referring %s (%d) for an on-road driving evaluation. %s %d months ago, residual %s. '
                   'Very keen to drive again (works out of town).' % (name, p['age'], dx[0].upper() + dx[1:],
                                                                     r.randint(2, 9), deff))
            subj = ctx.c('Referral - driving evaluation', 'Post-stroke driving assessment', 'SAAQ driving eval request')
        extra = [dob_s(ctx, p, acc)]
        if p['nam']:
            extra.append(nam_s(ctx, p, acc))
        if r.random() < 0.5:
            extra.append(ctx.t('Tél. du patient : ', 'Patient phone: ') + ctx.gen.phone())
            acc.add('patient_contact')
        body = join(ctx.hello(ot), txt, '\n'.join(extra), ctx.bye(), ctx.signature(neuro))
        note = 'referral for driving evaluation after stroke'
    return spec(ctx, 'conduite_auto' if ctx.fr else 'driving', subj, ctx.addr(neuro), to, body, acc, note)


# --------------------------------------------------------------------------- P9 return to work (SIN)
def p_return_work(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site()
    who = ctx.person(ctx.c('physiatrist', 'ot'), s)
    p = pat(ctx, nam=False, lo=1962, hi=2000)
    acc.add('patient_name', 'diagnosis')
    sin = ctx.gen.sin()
    acc.rec('ca_sin', sin)
    sin_txt = D.fmt_sin(sin, ctx.c('space', 'space', 'dash', 'plain', 'dots', 'wide'))
    insurer = ctx.c('Assurances Boréales inc.', 'Mutuelle du Fleuve', 'Northbridge Life (example)')
    claim = 'R-%s' % ctx.gen.digits(7)
    full = D.name_form(p, ctx.c('full', 'last_first', 'title_full'), ctx.lang)
    weeks = r.randint(3, 8)
    if ctx.fr:
        txt = ('Objet : réclamation invalidité %s\nAssuré(e) : %s\nNAS : %s\n\n'
               'Suite à %s avec %s, nous recommandons un retour progressif au travail : %d jours/semaine '
               'pendant %d semaines, tâches allégées, pas de conduite de véhicule de l\'entreprise. '
               'Fatigue cognitive importante en fin de journée.' % (claim, full, sin_txt, pick(ctx, STROKE_DX),
                                                                    pick(ctx, DEFICITS), r.randint(2, 3), weeks))
        subj = ctx.c('Retour progressif au travail', 'RPT - dossier %s' % claim, 'Plan de retour au travail')
    else:
        txt = ('Re: disability claim %s\nInsured: %s\nSIN: %s\n\nFollowing %s with %s, we recommend a graduated '
               'return to work: %d days/week for %d weeks, modified duties, no driving of company vehicles. '
               'Significant cognitive fatigue late in the day.' % (claim, full, sin_txt, pick(ctx, STROKE_DX),
                                                                     pick(ctx, DEFICITS), r.randint(2, 3), weeks))
        subj = ctx.c('Graduated return to work', 'RTW plan - claim %s' % claim, 'Return-to-work recommendation')
    if r.random() < 0.5:
        txt += '\n' + dob_s(ctx, p, acc)
    atts = []
    if r.random() < 0.35:
        pdf = A.make_pdf([ctx.t('# Plan de retour au travail', '# Return-to-work plan'), full,
                          ('NAS ' if ctx.fr else 'SIN ') + D.fmt_sin(sin, 'space'),
                          ctx.t('Semaine 1-2 : 2 jours', 'Week 1-2: 2 days'),
                          ctx.t('Semaine 3-4 : 3 jours', 'Week 3-4: 3 days')], compress=True)
        atts.append(dict(kind='pdf', filename=ctx.t('plan_RPT.pdf', 'RTW_plan.pdf'), data=pdf))
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(who))
    return spec(ctx, 'retour_travail' if ctx.fr else 'return_to_work', subj, ctx.addr(who),
                [(ctx.t('Gestion des réclamations', 'Claims'), 'reclamations@assureur-%d.example' % r.randint(1, 9))],
                body, acc, 'graduated return-to-work plan sent to insurer with SIN', attachments=atts)


# --------------------------------------------------------------------------- P10 epilepsy clinic
def p_epilepsy(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    nurse = ctx.person('epil_nurse', s)
    neuro = ctx.person('neuro', s)
    p = pat(ctx, nam=r.random() < 0.55, lo=1950, hi=2015)
    name = nm(ctx, p, acc)
    acc.add('diagnosis', 'medication')
    med = pick(ctx, AEDS)
    n = r.randint(1, 4)
    lines = []
    if ctx.fr:
        lines.append('%s a appelé ce matin : %d crise(s) depuis %s, %s.' % (
            name, n, ctx.c('lundi', 'la semaine dernière', 'sa dernière visite'),
            ctx.c('la dernière avec chute et morsure de langue', 'type absence selon la conjointe',
                  'aura épigastrique puis perte de contact')))
        lines.append('Prend %s, admet avoir oublié %s.' % (med, ctx.c('2 doses', 'quelques doses', 'la dose du soir souvent')))
        if r.random() < 0.6:
            lines.append('Dernier taux sérique : %s µmol/L (%s).' % (r.randint(8, 95), ctx.c('janvier', 'décembre')))
            acc.add('lab_result')
        lines.append(ctx.c('EEG de contrôle prévu le %s.' % ctx.fdate(ctx.when(), False),
                           'Demande si on augmente la dose ou si on ajoute le clobazam.',
                           '%s demande aussi si %s peut conduire.' % (('Elle', 'elle') if p['sex'] == 'F' else ('Il', 'il'))))
        subj = ctx.c('Appel patient - clinique épilepsie', 'Crises ++', 'Message tél. épilepsie', 'À rappeler SVP')
    else:
        lines.append('%s called this morning: %d seizure(s) since %s, %s.' % (
            name, n, ctx.c('Monday', 'last week', 'the last visit'),
            ctx.c('the last one with a fall and tongue bite', 'absence-type per partner', 'epigastric aura then loss of contact')))
        lines.append('Taking %s, admits missing %s.' % (med, ctx.c('2 doses', 'a few doses', 'evening doses often')))
        if r.random() < 0.6:
            lines.append('Last serum level: %s umol/L (%s).' % (r.randint(8, 95), ctx.c('January', 'December')))
            acc.add('lab_result')
        lines.append(ctx.c('Follow-up EEG booked for %s.' % ctx.fdate(ctx.when(), False),
                           'Asks whether to increase the dose or add clobazam.',
                           'Also asks if %s can drive.' % ('she' if p['sex'] == 'F' else 'he')))
        subj = ctx.c('Patient call - epilepsy clinic', 'Breakthrough seizures', 'Phone message epilepsy', 'Please call back')
    if r.random() < 0.6:
        lines.append(ctx.t('Rappeler au ', 'Call back at ') + ctx.gen.phone())
        acc.add('patient_contact')
    if p['nam'] and r.random() < 0.7:
        lines.append(nam_s(ctx, p, acc))
    elif r.random() < 0.5:
        lines.append(mrn_s(ctx, s, acc))
    body = join(ctx.hello(neuro), '\n'.join(lines), ctx.signature(nurse, short=True))
    return spec(ctx, 'clinique_epilepsie' if ctx.fr else 'epilepsy_clinic', subj, ctx.addr(nurse), [ctx.addr(neuro)],
                body, acc, 'epilepsy clinic phone message about breakthrough seizures')


# --------------------------------------------------------------------------- P11 MS clinic
def p_ms(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    nurse = ctx.person('ms_nurse', s)
    p = pat(ctx, nam=r.random() < 0.65, lo=1960, hi=2004)
    name = nm(ctx, p, acc)
    acc.add('diagnosis', 'medication', 'lab_result')
    drug = pick(ctx, MS_DRUGS[:2])
    when = ctx.when()
    if ctx.fr:
        lines = ['Pouvez-vous céduler la perfusion de %s pour %s (%s) le %s ou la semaine suivante?'
                 % (drug, name, pick(ctx, MS_DX), ctx.fdate(when, False)),
                 'Bilan pré-perfusion : lymphocytes %s x10^9/L, IgG %s g/L, AgHBs négatif, index anti-JCV %s.'
                 % (ctx.num(r.uniform(0.6, 2.4)), ctx.num(r.uniform(5.5, 12.0)), ctx.num(r.uniform(0.1, 3.2), 2)),
                 ctx.c('IRM de janvier : 2 nouvelles lésions T2, pas de rehaussement.', 'IRM stable.',
                       'Poussée en décembre (névrite optique G), traitée par méthylprednisolone.')]
        subj = ctx.c('Perfusion SEP à céduler', 'Clinique SEP - rendez-vous perfusion', 'RV perfusion')
    else:
        lines = ['Could you book the %s infusion for %s (%s) on %s or the following week?'
                 % (drug, name, pick(ctx, MS_DX), ctx.fdate(when, False)),
                 'Pre-infusion labs: lymphocytes %s x10^9/L, IgG %s g/L, HBsAg negative, anti-JCV index %s.'
                 % (ctx.num(r.uniform(0.6, 2.4)), ctx.num(r.uniform(5.5, 12.0)), ctx.num(r.uniform(0.1, 3.2), 2)),
                 ctx.c('January MRI: 2 new T2 lesions, no enhancement.', 'MRI stable.',
                       'Relapse in December (left optic neuritis), treated with IV methylprednisolone.')]
        subj = ctx.c('MS infusion to book', 'MS clinic - infusion appointment', 'Infusion booking')
    if r.random() < 0.6:
        lines.append(dob_s(ctx, p, acc))
    if p['nam']:
        lines.append(nam_s(ctx, p, acc))
    cent = ctx.team('Centre de perfusion', 'Infusion centre', s, 'perfusion')
    body = join(ctx.hello(), '\n'.join(lines), ctx.bye(), ctx.signature(nurse))
    return spec(ctx, 'clinique_sep' if ctx.fr else 'ms_clinic', subj, ctx.addr(nurse), [cent], body, acc,
                'MS infusion booking with pre-infusion labs')


# --------------------------------------------------------------------------- P14 clinic CSV export
def p_clinic_csv(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    clerk = ctx.person('clerk', s)
    neuro = ctx.person('neuro', s)
    acc.add('patient_name', 'date_of_birth', 'mrn', 'diagnosis')
    with_nam = r.random() < 0.5
    with_tel = r.random() < 0.5
    motifs_fr = ['suivi post-AVC', 'EEG', 'suivi épilepsie', 'clinique SEP', 'AIT - investigation', 'céphalée chronique',
                 'neuropathie', 'suivi post-thrombectomie', 'spasticité - toxine botulinique']
    motifs_en = ['post-stroke follow-up', 'EEG', 'epilepsy follow-up', 'MS clinic', 'TIA work-up', 'chronic headache',
                 'neuropathy', 'post-thrombectomy follow-up', 'spasticity - botulinum toxin']
    hdr = ctx.t('Date;Heure;Nom;Prénom;DDN;No dossier', 'Date,Time,Last,First,DOB,MRN').split(';' if ctx.fr else ',')
    if with_nam:
        hdr.append('NAM' if ctx.fr else 'RAMQ')
        acc.add('ramq_nam')
    if with_tel:
        hdr.append(ctx.t('Téléphone', 'Phone'))
        acc.add('patient_contact')
    hdr.append(ctx.t('Motif', 'Reason'))
    rows = [hdr]
    day = ctx.when()
    for i in range(r.randint(6, 15)):
        p = pat(ctx, nam=with_nam and r.random() < 0.9)
        t = day.replace(hour=8, minute=0) + datetime.timedelta(minutes=20 * i)
        row = [t.strftime('%Y-%m-%d'), t.strftime('%H:%M'), p['surname'], p['given'],
               D.fmt_date(p['dob'], 'iso'), ctx.gen.mrn(s)]
        if with_nam:
            row.append(p['nam'] or '')
        if with_tel:
            row.append(ctx.gen.phone())
        row.append(r.choice(motifs_fr if ctx.fr else motifs_en))
        rows.append(row)
    if with_nam and not any(row[6] for row in rows[1:]):
        acc.types.remove('ramq_nam')
    sep = ';' if ctx.fr else ','
    csv = A.make_csv(rows, sep=sep, eol=ctx.c('\r\n', '\n'))
    fname = ctx.c('export_clinique_%s.csv' % day.strftime('%Y%m%d'), 'RV_neuro.csv', 'agenda_%s.csv' % neuro['surname'],
                  'clinic_list.csv')
    body = join(ctx.hello(neuro), ctx.t('Voici l\'export de votre clinique de %s.' % ctx.fdate(day, False),
                                        'Here is the export of your clinic for %s.' % ctx.fdate(day, False)),
                ctx.t('Deux plages sont encore libres en après-midi.', 'Two slots are still open in the afternoon.'),
                ctx.signature(clerk))
    att = dict(kind='csv', filename=fname, data=csv, as_binary=r.random() < 0.25)
    return spec(ctx, 'export_clinique_csv' if ctx.fr else 'clinic_export_csv', ctx.t('Liste clinique', 'Clinic list'),
                ctx.addr(clerk), [ctx.addr(neuro)], body, acc, 'clinic appointment CSV export', attachments=[att])


# --------------------------------------------------------------------------- P15 family meeting invite
def p_family_meeting(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site()
    sw = ctx.person('sw', s)
    neuro = ctx.person('neuro', s)
    ot = ctx.person('ot', s)
    p = pat(ctx, nam=False, lo=1930, hi=1975)
    acc.add('patient_name', 'diagnosis', 'social_information')
    name = D.name_form(p, ctx.c('title', 'title_full', 'full'), ctx.lang)
    when = ctx.when()
    end = when + datetime.timedelta(minutes=45)
    if ctx.fr:
        summary = 'Rencontre familiale - %s' % name
        desc = ('Rencontre avec la famille de %s (%s). Sujets : pronostic, orientation CHSLD vs retour à domicile, '
                'épuisement de la conjointe, mandat de protection.' % (name, pick(ctx, STROKE_DX)))
        body = join(ctx.hello(), 'Vous êtes invités à la rencontre familiale.', desc, ctx.signature(sw))
        loc = 'Salle de conférence 4e, %s' % s['short']
    else:
        summary = 'Family meeting - %s' % name
        desc = ('Meeting with the family of %s (%s). Topics: prognosis, LTC placement vs home, spouse burnout, '
                'protection mandate.' % (name, pick(ctx, STROKE_DX)))
        body = join(ctx.hello(), 'You are invited to the family meeting.', desc, ctx.signature(sw))
        loc = '4th floor conference room, %s' % s['short']
    ics = A.make_ics('fam-%08x@%s' % (r.getrandbits(32), s['dom']), when, end, summary, description=desc,
                     location=loc, organizer=(ctx.dname(sw), sw['email']),
                     attendees=[(ctx.dname(neuro), neuro['email']), (ctx.dname(ot), ot['email'])])
    invite = r.random() < 0.6
    if not invite and r.random() < 0.5:
        body = join(ctx.hello(), ctx.t('Invitation en pièce jointe.', 'Invite attached.'), ctx.signature(sw, short=True))
    return spec(ctx, 'rencontre_famille_ics' if ctx.fr else 'family_meeting_ics', summary, ctx.addr(sw),
                [ctx.addr(neuro), ctx.addr(ot)], body, acc, 'calendar invitation for a family meeting',
                attachments=[dict(kind='ics', filename='invite.ics', data=ics, invite=invite)])


# --------------------------------------------------------------------------- P16 patient vCard
def p_vcard(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    clerk = ctx.person('clerk', s)
    nurse = ctx.person(ctx.c('ms_nurse', 'liaison', 'epil_nurse'), s)
    p = pat(ctx, nam=r.random() < 0.45, lo=1945, hi=2004)
    acc.add('patient_name', 'patient_contact')
    fn = '%s %s' % (p['given'], p['surname'])
    tel = ctx.gen.phone()
    note = None
    if r.random() < 0.8:
        if 'ms' in nurse['role']:
            note = ctx.t('Clinique SEP - %s' % pick(ctx, MS_DRUGS), 'MS clinic - %s' % pick(ctx, MS_DRUGS))
            acc.add('diagnosis', 'medication')
        elif 'epil' in nurse['role']:
            note = ctx.t('Épilepsie - %s' % pick(ctx, AEDS), 'Epilepsy - %s' % pick(ctx, AEDS))
            acc.add('diagnosis', 'medication')
        else:
            note = ctx.t('Suivi post-AVC, aphasique : parler à sa fille', 'Post-stroke follow-up, aphasic: speak to daughter')
            acc.add('diagnosis')
        if p['nam'] and r.random() < 0.7:
            note += ' / ' + nam_s(ctx, p, acc, label=False)
    bday = None
    if r.random() < 0.6:
        bday = D.fmt_date(p['dob'], 'iso')
        acc.add('date_of_birth')
    street, town, pc = ctx.gen.address_parts(en=not ctx.fr)
    vc = A.make_vcard(fn, '%s;%s;;;' % (p['surname'], p['given']), tel=[('HOME', tel), ('CELL', ctx.gen.phone())],
                      email=patient_email(ctx, p), adr=('HOME', '%s;%s;QC;%s;Canada' % (street.replace(',', '\\,'), town, pc)),
                      note=note, bday=bday)
    if note is None:
        acc.add('diagnosis')
        body_txt = ctx.t('Voici la fiche contact de %s pour le suivi téléphonique post-AVC (elle préfère le cellulaire).'
                         % D.name_form(p, 'title', 'fr'),
                         'Contact card for %s for the post-stroke phone follow-up (prefers cell).'
                         % D.name_form(p, 'title', 'en'))
    else:
        body_txt = ctx.c(*([
            'Voici la fiche contact demandée.', 'Coordonnées en pièce jointe.', 'Fiche contact ci-jointe, à jour ce matin.']
            if ctx.fr else ['Here is the contact card you asked for.', 'Contact details attached.',
                            'Contact card attached, updated this morning.']))
    fname = D.strip_accents(fn).replace(' ', '_') + '.vcf'
    body = join(ctx.hello(nurse), body_txt, ctx.signature(clerk, short=True))
    return spec(ctx, 'vcard_patient', ctx.t('Coordonnées patient', 'Patient contact'), ctx.addr(clerk), [ctx.addr(nurse)],
                body, acc, 'patient vCard with home phone and address',
                attachments=[dict(kind='vcf', filename=fname, data=vc)])


# --------------------------------------------------------------------------- P17 subject-only leak
def p_subject_only(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    a = ctx.person(ctx.c('neuro', 'resident', 'nurse'), s)
    b = ctx.person('neuro', s)
    p = pat(ctx, nam=False)
    acc.add('patient_name', 'diagnosis')
    nmx = D.name_form(p, ctx.c('last_first', 'full', 'title', 'initial', 'lower', 'last_first_plain'), ctx.lang)
    if ctx.fr:
        topic = ctx.c('EEG anormal - ajuster Keppra?', 'IRM: nouvelle lésion SEP', 'AIT récidivant', 'INR 5,2 sous warfarine',
                      'dysphagie - sonde?', 'crise ce matin', 'HIC - reprise apixaban?', 'refus de CHSLD')
        bodies = ['Peux-tu regarder quand tu as 2 minutes? Merci', 'Voir objet. On en parle à la tournée.',
                  'Je t\'appelle après la clinique.', 'Svp me rappeler.', 'FYI', '']
    else:
        topic = ctx.c('abnormal EEG - adjust Keppra?', 'MRI: new MS lesion', 'recurrent TIA', 'INR 5.2 on warfarin',
                      'dysphagia - NG tube?', 'seizure this AM', 'ICH - restart apixaban?', 'refusing LTC')
        bodies = ['Can you take a look when you have a minute? Thanks', 'See subject. Let\'s discuss at rounds.',
                  'Will call you after clinic.', 'Please call me.', 'FYI', '']
    if any(k in topic for k in ('Keppra', 'warfarin', 'apixaban')):
        acc.add('medication')
    if 'INR' in topic:
        acc.add('lab_result')
    if 'CHSLD' in topic or 'LTC' in topic:
        acc.add('social_information')
    subj = ctx.c('%s - %s', '%s : %s', 'RE: %s / %s') % (nmx, topic)
    body = join(r.choice(bodies), ctx.signature(a, short=True))
    return spec(ctx, 'objet_seulement' if ctx.fr else 'subject_only', subj, ctx.addr(a), [ctx.addr(b)], body, acc,
                'identity and problem only in the Subject line', force={'structure': ctx.c('plain', 'alt')})


# --------------------------------------------------------------------------- P18 filename-only leak
def p_filename_only(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    a = ctx.person(ctx.c('clerk', 'nurse', 'slp'), s)
    b = ctx.person('neuro', s)
    p = pat(ctx, nam=False)
    acc.add('patient_name', 'diagnosis')
    sur, giv = p['surname'], p['given']
    kind = ctx.c('pdf', 'pdf', 'docx')
    opts = [
        'EEG_%s_%s_epilepsie.%s' % (sur, giv, kind) if ctx.fr else 'EEG_%s_%s_epilepsy.%s' % (sur, giv, kind),
        'IRM_SEP_%s-%s_2025-01.%s' % (sur, giv, kind) if ctx.fr else 'MRI_MS_%s-%s_2025-01.%s' % (sur, giv, kind),
        'videofluoro_dysphagie_%s %s.%s' % (giv, sur, kind) if ctx.fr else 'VFSS_dysphagia_%s %s.%s' % (giv, sur, kind),
        '%s %s - AVC - demande URFI.%s' % (sur, giv, kind) if ctx.fr else '%s %s - stroke - IRF referral.%s' % (sur, giv, kind),
        'Doppler carotidien %s %s sténose.%s' % (giv, sur, kind) if ctx.fr else 'Carotid doppler %s %s stenosis.%s' % (giv, sur, kind),
    ]
    fname = r.choice(opts)
    if ctx.fr:
        doc_lines = ['# Document numérisé', 'Numériseur Xerox - poste 4 Nord', 'Pages : %d' % r.randint(1, 4)]
    else:
        doc_lines = ['# Scanned document', 'Scanner 4 North', 'Pages: %d' % r.randint(1, 4)]
    data = A.make_pdf(doc_lines, compress=r.random() < 0.5) if kind == 'pdf' else A.make_docx(doc_lines)
    body = join(ctx.hello(b), r.choice(['Ci-joint.', 'Voir pièce jointe.', 'Rapport en PJ, merci de signer.', 'Pour signature.']
                                       if ctx.fr else ['Attached.', 'See attachment.', 'Report attached, please sign.',
                                                       'For signature.']),
                ctx.signature(a, short=True))
    return spec(ctx, 'nom_fichier' if ctx.fr else 'filename_only', ctx.t('Document à signer', 'Document for signature'),
                ctx.addr(a), [ctx.addr(b)], body, acc, 'identity and test only in the attachment file name',
                attachments=[dict(kind=kind, filename=fname, data=data,
                                  fname_style=ctx.c('plain', 'rfc2231', 'rfc2231_cont', 'latin1_2231'))])


# --------------------------------------------------------------------------- P19 patient's own mail forwarded
def p_patient_fwd(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    clerk = ctx.person('clerk', s)
    neuro = ctx.person('neuro', s)
    p = pat(ctx, nam=r.random() < 0.45, lo=1945, hi=2003)
    acc.add('patient_name', 'diagnosis', 'patient_contact')
    pe = patient_email(ctx, p)
    full = '%s %s' % (p['given'], p['surname'])
    tel = ctx.gen.phone()
    topic = r.randint(0, 2)
    if ctx.fr:
        if topic == 0:
            msg = ('Bonjour Dr %s,\nc\'est %s, j\'ai refait une crise hier soir au souper, ma femme dit que ça a duré '
                   '2 minutes. Je prends toujours mon %s mais je me sens très fatigué. Est-ce que je dois changer la dose? '
                   'Vous pouvez me rejoindre au %s.\nMerci' % (neuro['surname'], full, pick(ctx, AEDS), tel))
        elif topic == 1:
            msg = ('Bonjour,\nJe suis %s, suivie à la clinique SEP. Depuis 5 jours j\'ai des engourdissements dans la '
                   'jambe gauche et la vue embrouillée. Ma perfusion de %s est prévue le mois prochain. '
                   'Mon cell : %s\nMerci beaucoup' % (full, pick(ctx, MS_DRUGS[:2]).split(' ')[0], tel))
        else:
            msg = ('Bonjour, ici la fille de %s. Depuis son AVC il a de la misère à avaler ses pilules '
                   '(%s surtout). Il tousse quand il boit. Est-ce normal? Mon numéro : %s' % (full, pick(ctx, ANTITHROMB), tel))
        fwd = ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : <%s>\n\n%s'
               % (full if topic != 2 else p['surname'], pe, ctx.fdate(ctx.when()), ctx.c('question', 'Mon rendez-vous', 'urgent'),
                  'neuro.clinique@' + s['dom'], msg))
        top = ctx.c('Dr %s, courriel reçu sur la boîte de la clinique, pouvez-vous regarder?' % neuro['surname'],
                    'Pour vous, reçu ce matin.', 'Message de patient, je lui ai dit que vous la rappelleriez.')
        subj = 'TR: ' + ctx.c('question', 'Mon rendez-vous', 'urgent', 'crise')
    else:
        if topic == 0:
            msg = ('Hi Dr %s,\nthis is %s, I had another seizure last night at dinner, my wife says it lasted 2 minutes. '
                   'I am still on %s but feel very tired. Should I change the dose? You can reach me at %s.\nThanks'
                   % (neuro['surname'], full, pick(ctx, AEDS), tel))
        elif topic == 1:
            msg = ('Hello,\nI am %s, followed at the MS clinic. For 5 days I have numbness in my left leg and blurry '
                   'vision. My %s infusion is next month. Cell: %s\nThank you' % (full, pick(ctx, MS_DRUGS[:2]).split(' ')[0], tel))
        else:
            msg = ('Hi, this is the daughter of %s. Since his stroke he struggles to swallow his pills (%s mostly). '
                   'He coughs when drinking. Is that normal? My number: %s' % (full, pick(ctx, ANTITHROMB), tel))
        fwd = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n%s'
               % (full if topic != 2 else p['surname'], pe, ctx.fdate(ctx.when()), ctx.c('question', 'My appointment', 'urgent'),
                  'neuro.clinic@' + s['dom'], msg))
        top = ctx.c('Dr. %s, this came into the clinic mailbox, could you have a look?' % neuro['surname'],
                    'For you, received this morning.', 'Patient message, told them you would call back.')
        subj = 'Fwd: ' + ctx.c('question', 'My appointment', 'urgent', 'seizure')
    acc.add('medication')
    if p['nam'] and r.random() < 0.6:
        top += '\n' + nam_s(ctx, p, acc)
    body = join(top, ctx.signature(clerk, short=True), fwd)
    return spec(ctx, 'courriel_patient_transfere' if ctx.fr else 'patient_email_forwarded', subj, ctx.addr(clerk),
                [ctx.addr(neuro)], body, acc, 'patient or relative e-mail forwarded inline')


# --------------------------------------------------------------------------- P20 reply with quoted history
def p_reply_thread(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    a = ctx.person(ctx.c('neuro', 'physiatrist'), s)
    b = ctx.person(ctx.c('liaison', 'nurse', 'ot', 'sw'), s)
    p = pat(ctx, nam=r.random() < 0.55, lo=1935, hi=1995)
    acc.add('patient_name', 'diagnosis')
    name = D.name_form(p, ctx.c('title', 'title_full', 'full', 'initial'), ctx.lang)
    dt = datetime.datetime(2025, 2, r.randint(3, 27), r.randint(8, 16), r.randint(0, 59))
    if ctx.fr:
        orig = ('%s\n\nEst-ce que %s peut avoir son congé jeudi? Physio OK pour la marche avec canne, mais '
                'l\'orthophoniste note encore une %s. %s\n\nMerci\n%s'
                % (ctx.hello(a), name, pick(ctx, DEFICITS[:2] + DEFICITS[5:7]),
                   ctx.c('La fille demande aussi pour le formulaire d\'invalidité.', 'Le CLSC est avisé.',
                         'Il vit seul, on a fait une demande de services au CLSC.'), b['given']))
        top = ctx.c('OK pour jeudi, je signe la prescription de départ demain matin.', 'Oui, pas d\'objection.',
                    'On attend le résultat du Holter avant, vendredi plutôt.')
        subj = 'RE: ' + ctx.c('Congé jeudi?', 'congé', 'Question congé 4e')
    else:
        orig = ('%s\n\nCan %s go home on Thursday? PT is fine with cane walking, but SLP still notes %s. %s\n\nThanks\n%s'
                % (ctx.hello(a), name, pick(ctx, DEFICITS[:2] + DEFICITS[5:7]),
                   ctx.c('Daughter is asking about the disability form.', 'CLSC has been notified.',
                         'He lives alone; a CLSC home-care request was sent.'), b['given']))
        top = ctx.c('Fine for Thursday, I will sign the discharge script tomorrow morning.', 'Yes, no objection.',
                    'Let us wait for the Holter, Friday instead.')
        subj = 'RE: ' + ctx.c('Discharge Thursday?', 'discharge', 'D/C question 4th floor')
    if 'vit seul' in orig or 'lives alone' in orig or 'invalidité' in orig or 'disability' in orig:
        acc.add('social_information')
    if p['nam'] and r.random() < 0.7:
        orig = orig.replace('\n\nMerci' if ctx.fr else '\n\nThanks', '\n' + nam_s(ctx, p, acc) + ('\n\nMerci' if ctx.fr else '\n\nThanks'))
    q = quote(ctx, ctx.dname(b, False), b['email'], dt, orig)
    q = q.replace('{subj}', subj[4:])
    body = join(top, ctx.signature(a, short=True), q)
    return spec(ctx, 'reponse_historique' if ctx.fr else 'reply_with_history', subj, ctx.addr(a), [ctx.addr(b)], body, acc,
                'short reply; identity and clinical details only in quoted history',
                in_reply_to='%08x@%s' % (r.getrandbits(32), s['dom']))


# --------------------------------------------------------------------------- P21 lab follow-up
def p_lab(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    a = ctx.person(ctx.c('resident', 'pharm', 'nurse'), s)
    b = ctx.person('neuro', s)
    p = pat(ctx, nam=r.random() < 0.5, lo=1935, hi=2000)
    acc.add('lab_result', 'medication')
    use_name = r.random() < 0.75
    who = nm(ctx, p, acc) if use_name else mrn_s(ctx, s, acc)
    v = r.randint(0, 3)
    if ctx.fr:
        txt = [('INR à %s ce matin chez %s sous warfarine (cible 2-3). Je suggère de sauter une dose puis 2,5 mg. OK?'
                % (ctx.num(r.uniform(3.6, 6.5)), who)),
               ('Taux d\'acide valproïque à %d µmol/L chez %s (thérapeutique 350-700). Ammoniémie %d. On augmente?'
                % (r.randint(150, 330), who, r.randint(30, 80))),
               ('LDL à %s mmol/L chez %s malgré atorvastatine 80 mg; on ajoute l\'ézétimibe?'
                % (ctx.num(r.uniform(2.1, 3.8)), who)),
               ('Anti-Xa apixaban %d ng/mL pour %s avant la ponction lombaire. Plaquettes %d.'
                % (r.randint(20, 240), who, r.randint(120, 300)))][v]
        subj = ctx.c('Résultat labo', 'Labo à revoir', 'INR/labo', 'Résultat critique')
    else:
        txt = [('INR %s this morning for %s on warfarin (target 2-3). Suggest hold one dose then 2.5 mg. OK?'
                % (ctx.num(r.uniform(3.6, 6.5)), who)),
               ('Valproate level %d umol/L for %s (therapeutic 350-700). Ammonia %d. Increase?'
                % (r.randint(150, 330), who, r.randint(30, 80))),
               ('LDL %s mmol/L for %s despite atorvastatin 80 mg; add ezetimibe?' % (ctx.num(r.uniform(2.1, 3.8)), who)),
               ('Apixaban anti-Xa %d ng/mL for %s before the LP. Platelets %d.' % (r.randint(20, 240), who, r.randint(120, 300)))][v]
        subj = ctx.c('Lab result', 'Lab to review', 'INR/labs', 'Critical result')
    extra = []
    if use_name and r.random() < 0.4:
        extra.append(mrn_s(ctx, s, acc))
    if p['nam'] and r.random() < 0.7:
        extra.append(nam_s(ctx, p, acc))
    body = join(ctx.hello(b), txt, '\n'.join(extra), ctx.signature(a, short=True))
    return spec(ctx, 'suivi_labo' if ctx.fr else 'lab_followup', subj, ctx.addr(a), [ctx.addr(b)], body, acc,
                'lab result follow-up with medication adjustment')


# --------------------------------------------------------------------------- P23 pharmacy question
def p_pharmacy(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    neuro = ctx.person('neuro', s)
    ph_name = ctx.c('Pharmacie Beaulac & Fiset', 'Pharmacie du Carrefour', 'Pharmacie Lortie-Hamel', 'Riverside Pharmacy')
    ph = ctx.gen.staff(ctx.lang)
    p = pat(ctx, nam=r.random() < 0.5, lo=1935, hi=2000)
    name = nm(ctx, p, acc)
    acc.add('medication')
    v = r.randint(0, 2)
    if ctx.fr:
        q = ['Nous avons reçu une ordonnance pour %s (%s) : AAS 80 mg + clopidogrel 75 mg. La durée de la double '
             'thérapie n\'est pas indiquée (21 jours?). De plus, elle prend de l\'oméprazole.' % (name, dob_s(ctx, p, acc, False)),
             'Pour %s (%s), l\'ordonnance d\'apixaban indique 2,5 mg BID. Le patient a %d ans, %d kg, créatinine %d. '
             'Voulez-vous vraiment la dose réduite?' % (name, dob_s(ctx, p, acc, False), p['age'], r.randint(58, 95), r.randint(70, 130)),
             'Rupture de lévétiracétam 750 mg : peut-on servir 2 x 500 mg + ... ou passer à 1500 mg BID en 3 co de 500 mg '
             'pour %s (%s)? Prochaine dose ce soir.' % (name, dob_s(ctx, p, acc, False))][v]
        subj = ctx.c('Question ordonnance', 'Précision - ordonnance neurologie', 'Ordonnance à clarifier')
        sig = '%s %s, pharmacienne\n%s\n%s' % (ph['given'], ph['surname'], ph_name, ctx.gen.phone())
    else:
        q = ['We received a prescription for %s (DOB %s): ASA 81 mg + clopidogrel 75 mg. Duration of dual therapy '
             'not specified (21 days?). Also on omeprazole.' % (name, dob_s(ctx, p, acc, False)),
             'For %s (DOB %s), the apixaban script says 2.5 mg BID. Patient is %d, %d kg, creatinine %d. '
             'Did you intend the reduced dose?' % (name, dob_s(ctx, p, acc, False), p['age'], r.randint(58, 95), r.randint(70, 130)),
             'Shortage of levetiracetam 750 mg: may we dispense 1 x 500 mg + 1 x 250 mg BID for %s (DOB %s)? '
             'Next dose tonight.' % (name, dob_s(ctx, p, acc, False))][v]
        subj = ctx.c('Prescription question', 'Clarification - neurology prescription', 'Rx to clarify')
        sig = '%s %s, RPh\n%s\n%s' % (ph['given'], ph['surname'], ph_name, ctx.gen.phone())
    if v == 1:
        acc.add('lab_result')
    if p['nam'] and r.random() < 0.5:
        q += '\n' + nam_s(ctx, p, acc)
    body = join(ctx.hello(neuro), q, ctx.bye(), sig)
    frm = ('%s %s' % (ph['given'], ph['surname']), 'labo@pharmacie-%d.example' % r.randint(10, 99))
    return spec(ctx, 'question_pharmacie' if ctx.fr else 'pharmacy_question', subj, frm,
                [ctx.addr(neuro)], body, acc, 'community pharmacist asks about a patient prescription')


# --------------------------------------------------------------------------- P25 social work
def p_social(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site()
    sw = ctx.person('sw', s)
    other = ctx.person(ctx.c('liaison', 'neuro'), s)
    p = pat(ctx, nam=r.random() < 0.45, lo=1950, hi=2003)
    name = nm(ctx, p, acc)
    acc.add('social_information', 'diagnosis')
    v = r.randint(0, 3)
    if ctx.fr:
        txt = [('%s a perdu son logement pendant l\'hospitalisation (bail résilié). Aucune adresse au congé; '
                'demande en cours à l\'Office municipal d\'habitation et hébergement temporaire au refuge. '
                'Séquelles : %s.' % (name, pick(ctx, DEFICITS))),
               ('Signalement à la DPJ fait ce matin pour les 2 enfants de %s (8 et 11 ans), la mère étant hospitalisée '
                'pour %s et le conjoint absent. Intervenante DPJ : Mme %s.' % (name, pick(ctx, STROKE_DX),
                                                                             ctx.gen.staff('fr')['surname'])),
               ('%s a divulgué de la violence conjugale. Ne pas transmettre d\'informations au conjoint; '
                'plan de sécurité fait, maison d\'hébergement contactée pour le congé. Épilepsie post-traumatique '
                'sous %s.' % (name, pick(ctx, AEDS))),
               ('%s est prestataire de l\'aide sociale; demande de contrainte sévère à l\'emploi à compléter '
                'par le médecin suite à %s.' % (name, pick(ctx, STROKE_DX)))][v]
        subj = ctx.c('Situation sociale - congé', 'Suivi service social', 'Confidentiel - service social', 'Plan de congé')
    else:
        txt = [('%s lost their apartment during the admission (lease terminated). No address at discharge; housing '
                'application in progress and temporary shelter arranged. Deficits: %s.' % (name, pick(ctx, DEFICITS))),
               ('Youth protection (DPJ) report made this morning for the 2 children of %s (8 and 11), mother admitted for '
                '%s and partner absent. DPJ worker: Ms. %s.' % (name, pick(ctx, STROKE_DX), ctx.gen.staff('en')['surname'])),
               ('%s disclosed intimate partner violence. Do not share information with the partner; safety plan done, '
                'shelter contacted for discharge. Post-traumatic epilepsy on %s.' % (name, pick(ctx, AEDS))),
               ('%s is on social assistance; the severe employment limitation form must be completed by the physician '
                'following %s.' % (name, pick(ctx, STROKE_DX)))][v]
        subj = ctx.c('Social situation - discharge', 'Social work follow-up', 'Confidential - social work', 'Discharge plan')
    if v == 2:
        acc.add('medication')
    if v == 3 and r.random() < 0.6:
        sin = ctx.gen.sin()
        acc.rec('ca_sin', sin)
        txt += ctx.t('\nNAS pour le formulaire : ', '\nSIN for the form: ') + D.fmt_sin(sin, ctx.c('space', 'dash', 'plain'))
    if p['nam'] and r.random() < 0.6:
        txt += '\n' + nam_s(ctx, p, acc)
    body = join(ctx.hello(other), txt, ctx.bye(), ctx.signature(sw))
    return spec(ctx, 'service_social' if ctx.fr else 'social_work', subj, ctx.addr(sw), [ctx.addr(other)], body, acc,
                'social worker note (housing / youth protection / violence / income support)')


# --------------------------------------------------------------------------- P27 forwarded .eml
def p_forward_eml(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    neuro = ctx.person('neuro', s)
    fwd = ctx.person(ctx.c('clerk', 'coord', 'nurse'), s)
    dest = ctx.person(ctx.c('liaison', 'neuro'), ctx.site('acute'))
    p = pat(ctx, nam=r.random() < 0.6, lo=1945, hi=2004)
    name = nm(ctx, p, acc)
    acc.add('diagnosis', 'medication')
    if ctx.fr:
        inner_body = ('%s\n\nJ\'ai vu %s en consultation. Impression : %s. Je débute %s et je demande un EEG de privation '
                      'de sommeil. %s\n\n%s' % (ctx.hello(fwd), name, pick(ctx, EPI_DX), pick(ctx, AEDS),
                                                 ctx.c('Pas de conduite pour 6 mois.', 'Revoir dans 3 mois.', ''),
                                                 ctx.signature(neuro)))
        inner_subj = ctx.c('Consultation neurologie', 'Réponse à votre demande de consultation', 'Consult')
        outer = ctx.c('Pour ton info, voir le courriel du Dr %s ci-joint.' % neuro['surname'],
                      'Je te transfère la réponse de consultation.', 'FYI - ci-joint.')
    else:
        inner_body = ('%s\n\nI saw %s in consultation. Impression: %s. Starting %s and ordering a sleep-deprived EEG. '
                      '%s\n\n%s' % (ctx.hello(fwd), name, pick(ctx, EPI_DX), pick(ctx, AEDS),
                                     ctx.c('No driving for 6 months.', 'See again in 3 months.', ''), ctx.signature(neuro)))
        inner_subj = ctx.c('Neurology consult', 'Reply to your consult request', 'Consult')
        outer = ctx.c('FYI, see Dr. %s\'s e-mail attached.' % neuro['surname'], 'Forwarding the consult reply.',
                      'FYI - attached.')
    if p['nam'] and r.random() < 0.8:
        inner_body = inner_body.replace('\n\n', '\n' + nam_s(ctx, p, acc) + '\n\n', 1)
    if r.random() < 0.4:
        inner_body += '\n' + dob_s(ctx, p, acc)
    inner = dict(lang=ctx.lang, subject=inner_subj, from_=ctx.addr(neuro), to=[ctx.addr(fwd)], body=inner_body,
                 attachments=[], date=None)
    body = join(ctx.hello(dest), outer, ctx.signature(fwd, short=True))
    fname = ctx.c('%s.eml' % inner_subj, 'message.eml', 'Consultation.eml', None)
    return spec(ctx, 'eml_joint' if ctx.fr else 'attached_eml', ctx.t('TR: ', 'FW: ') + inner_subj, ctx.addr(fwd),
                [ctx.addr(dest)], body, acc, 'consult reply forwarded as attached message/rfc822',
                attachments=[dict(kind='eml', filename=fname or 'msg.eml', spec=inner, data=None, named=fname is not None)])


# --------------------------------------------------------------------------- P28 ZIP of records
def p_zip(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    rehab = r.choice([x for x in D.SITES if x['short'] in ('CR Le Phare', 'ERC')])
    liaison = ctx.person('liaison', s)
    p = pat(ctx, nam=r.random() < 0.75, lo=1935, hi=1995)
    acc.add('patient_name', 'diagnosis', 'medication')
    full = '%s %s' % (p['given'], p['surname'])
    pdf_lines = [ctx.t('# Résumé de transfert', '# Transfer summary'), full, dob_s(ctx, p, acc), mrn_s(ctx, s, acc)]
    if p['nam']:
        pdf_lines.append(nam_s(ctx, p, acc))
    pdf_lines += [pick(ctx, STROKE_DX), ', '.join(L(ctx, x) for x in r.sample(DEFICITS, 2))]
    meds = [['Médicament', 'Dose', 'Fréquence'] if ctx.fr else ['Drug', 'Dose', 'Frequency']]
    for m in r.sample(['apixaban|5 mg|BID', 'atorvastatine|80 mg|DIE' if ctx.fr else 'atorvastatin|80 mg|daily',
                       'ramipril|5 mg|DIE' if ctx.fr else 'ramipril|5 mg|daily', 'metformine|500 mg|BID' if ctx.fr else 'metformin|500 mg|BID',
                       'lévétiracétam|500 mg|BID' if ctx.fr else 'levetiracetam|500 mg|BID', 'baclofène|10 mg|TID' if ctx.fr else 'baclofen|10 mg|TID'], 4):
        meds.append(m.split('|'))
    members = [(ctx.t('resume_transfert.pdf', 'transfer_summary.pdf'), A.make_pdf(pdf_lines, compress=r.random() < 0.5)),
               (ctx.t('medication.csv', 'medications.csv'), A.make_csv(meds, sep=';' if ctx.fr else ',').encode('utf-8'))]
    if r.random() < 0.5:
        members.append((ctx.t('note_physio.docx', 'pt_note.docx'),
                        A.make_docx([ctx.t('Physio - ', 'PT - ') + full, 'Berg %d/56' % r.randint(15, 50)])))
    z = A.make_zip(members)
    fname = ctx.c('transfert_%s.zip' % D.strip_accents(p['surname']).lower(), 'dossier_transfert.zip', 'documents.zip')
    body = join(ctx.hello(), ctx.t('Voici les documents pour le transfert de demain (mot de passe envoyé séparément... '
                                   'finalement pas de mot de passe, le fichier était trop gros).',
                                   'Documents for tomorrow\'s transfer attached.'),
                ctx.bye(), ctx.signature(liaison))
    return spec(ctx, 'zip_dossier' if ctx.fr else 'zip_records', ctx.t('Documents transfert', 'Transfer documents'),
                ctx.addr(liaison), [ctx.team('Admissions', 'Admissions', rehab, 'admissions')], body, acc,
                'ZIP with transfer summary PDF and medication CSV',
                attachments=[dict(kind='zip', filename=fname, data=z)])


# --------------------------------------------------------------------------- P29 identifier only
def p_id_only(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    a = ctx.person(ctx.c('resident', 'neuro', 'nurse'), s)
    b = ctx.person('neuro', s)
    p = pat(ctx, nam=r.random() < 0.75, lo=1935, hi=2004)
    acc.add('diagnosis')
    if p['nam']:
        ident = nam_s(ctx, p, acc)
    else:
        ident = mrn_s(ctx, s, acc)
    if ctx.fr:
        txt = ctx.c('%s : IRM de contrôle montre 2 nouvelles lésions T2 périventriculaires, SEP active. À discuter pour changement de traitement.',
                    '%s - EEG : pointes temporales gauches fréquentes. Compatible avec épilepsie focale.',
                    'Pour le %s : AVC lacunaire confirmé à l\'IRM, je cancelle l\'angio.',
                    '%s : doppler carotidien - sténose 80 %% ACI droite, réfère en chirurgie vasculaire.') % ident
        subj = ctx.c('Résultat', 'Résultat imagerie', 'EEG', 'à voir')
    else:
        txt = ctx.c('%s: follow-up MRI shows 2 new periventricular T2 lesions, active MS. Discuss switching therapy.',
                    '%s - EEG: frequent left temporal spikes, consistent with focal epilepsy.',
                    'Re %s: lacunar stroke confirmed on MRI, cancelling the angio.',
                    '%s: carotid doppler - 80%% right ICA stenosis, referring to vascular surgery.') % ident
        subj = ctx.c('Result', 'Imaging result', 'EEG', 'to review')
    body = join(txt, ctx.signature(a, short=True))
    return spec(ctx, 'identifiant_seul' if ctx.fr else 'identifier_only', subj, ctx.addr(a), [ctx.addr(b)], body, acc,
                'patient identified only by NAM or chart number, with result')


# --------------------------------------------------------------------------- P31 imaging request
def p_imaging(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    neuro = ctx.person('neuro', s)
    p = pat(ctx, nam=r.random() < 0.65, lo=1950, hi=2004)
    name = nm(ctx, p, acc)
    acc.add('diagnosis', 'date_of_birth', 'lab_result')
    if ctx.fr:
        txt = ('Demande d\'IRM cérébrale %s pour %s (%s).\nIndication : %s.\nCréatinine %d µmol/L, DFGe %d. '
               'Pas de stimulateur. %s' % (ctx.c('avec gadolinium', 'et moelle cervicale avec gado', 'protocole AVC'), name,
                                            dob_s(ctx, p, acc, False), pick(ctx, MS_DX + STROKE_DX[5:7]),
                                            r.randint(55, 120), r.randint(50, 110),
                                            ctx.c('Claustrophobe, lorazépam 1 mg SL avant l\'examen.', 'Priorité P3.', '')))
        subj = ctx.c('Demande IRM', 'IRM à prioriser', 'Requête imagerie')
    else:
        txt = ('Brain MRI request %s for %s (DOB %s).\nIndication: %s.\nCreatinine %d umol/L, eGFR %d. No pacemaker. %s'
               % (ctx.c('with gadolinium', 'plus C-spine with gad', 'stroke protocol'), name, dob_s(ctx, p, acc, False),
                  pick(ctx, MS_DX + STROKE_DX[5:7]), r.randint(55, 120), r.randint(50, 110),
                  ctx.c('Claustrophobic, lorazepam 1 mg SL before the scan.', 'Priority P3.', '')))
        subj = ctx.c('MRI request', 'MRI to prioritize', 'Imaging requisition')
    if 'lorazepam' in txt or 'lorazépam' in txt:
        acc.add('medication')
    if p['nam']:
        txt += '\n' + nam_s(ctx, p, acc)
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(neuro))
    return spec(ctx, 'demande_imagerie' if ctx.fr else 'imaging_request', subj, ctx.addr(neuro),
                [ctx.team('Rendez-vous IRM', 'MRI booking', s, 'irm.rv')], body, acc, 'MRI request with indication')


# --------------------------------------------------------------------------- P32 spasticity clinic
def p_spasticity(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site()
    md = ctx.person('physiatrist', s)
    nurse = ctx.person('nurse', s)
    p = pat(ctx, nam=r.random() < 0.45, lo=1945, hi=2000)
    name = nm(ctx, p, acc)
    acc.add('diagnosis', 'medication')
    units = r.choice([200, 300, 400])
    when = ctx.when()
    if ctx.fr:
        txt = ('Merci de céduler %s à la clinique de spasticité le %s : injection de toxine botulinique %d U '
               '(biceps, fléchisseurs des doigts) pour spasticité du MS %s post-AVC, Ashworth %d. '
               'Il/elle prend du baclofène 10 mg TID, à poursuivre.' % (name, ctx.fdate(when), units,
                                                                       ctx.c('droit', 'gauche'), r.randint(2, 4)))
        txt = gx(txt, p)
        subj = ctx.c('Clinique spasticité', 'Toxine - à céduler', 'RV spasticité')
    else:
        txt = ('Please book %s in the spasticity clinic on %s: botulinum toxin %d U (biceps, finger flexors) for '
               '%s upper-limb spasticity post-stroke, Ashworth %d. On baclofen 10 mg TID, continue.'
               % (name, ctx.fdate(when), units, ctx.c('right', 'left'), r.randint(2, 4)))
        subj = ctx.c('Spasticity clinic', 'Botox - to book', 'Spasticity appointment')
    if p['nam']:
        txt += '\n' + nam_s(ctx, p, acc)
    body = join(ctx.hello(nurse), txt, ctx.signature(md, short=True))
    return spec(ctx, 'clinique_spasticite' if ctx.fr else 'spasticity_clinic', subj, ctx.addr(md), [ctx.addr(nurse)],
                body, acc, 'spasticity clinic botulinum toxin booking')


POS_B = [p_driving, p_return_work, p_epilepsy, p_ms, p_clinic_csv, p_family_meeting, p_vcard, p_subject_only,
         p_filename_only, p_patient_fwd, p_reply_thread, p_lab, p_pharmacy, p_social,
         p_forward_eml, p_zip, p_id_only, p_imaging, p_spasticity]
