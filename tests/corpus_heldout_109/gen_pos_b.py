"""Positive messages, part B: hand-overs, subject / file-name leaks, calendars, vCards, ZIP, forwarded .eml."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_common import (ORG, SCHOOLS, age_at, d_en, d_fr, grade_label, name_as, pron, slug, staff, strip_accents)
from gen_compose import (Mail, closing, footer, forward_block, greet, html_table, quote_block, render_mail,
                         school_contact, signature, text_table, text_to_html)
from gen_mime import message, multipart, text_part
from gen_pos_a import NURSES, drug_name, nurse, patient, school_name
from gen_reg import Rec
from gen_vocab import ACUTE, CHRONIC, MENTAL, SEXUAL, SOCIAL


# ------------------------------------------------------------------ P14 hand-over list
def p_handover(ctx, lang):
    r = Rec(ctx, 'handover', lang)
    n = nurse(ctx, lang)
    repl = staff(ctx.pick([x for x in NURSES if x != n.surname]))
    k = ctx.randint(5, 8)
    rows = [['Élève', 'Niveau', 'Situation', 'À faire'] if lang == 'fr' else ['Student', 'Grade', 'Issue', 'To do']]
    has_med = has_soc = False
    for i in range(k):
        p = patient(ctx, ctx.pick(['prim', 'sec', 'sec']), lang, 0.3)
        nm = r.name(p, ctx.pick(['full', 'last_first', 'upper_last', 'initial', 'full']))
        kind = ctx.pick(['chronic', 'chronic', 'mental', 'social', 'sexual'])
        if kind == 'chronic' or (kind == 'sexual' and age_at(p.dob, datetime.date(2025, 1, 1)) < 14):
            c = CHRONIC[ctx.pick(list(CHRONIC))]
            issue = c[lang]
            meds = c['med_' + lang]
            todo = (('Vérifier ' + drug_name(meds[0]) + ' à l\'école') if meds else 'Rencontre parents') if lang == 'fr' \
                else (('Check ' + drug_name(meds[0]) + ' supply') if meds else 'Meet parents')
            has_med = has_med or bool(meds)
        elif kind == 'mental':
            issue, todo = ctx.pick(MENTAL[lang])
        elif kind == 'social':
            issue = ctx.pick(SOCIAL[lang])
            todo = 'Suivi avec la TS' if lang == 'fr' else 'Follow up with SW'
            has_soc = True
        else:
            s = SEXUAL[ctx.pick(list(SEXUAL))]
            issue = s[lang]
            todo = ('Traitement : ' + s['tx_fr']) if lang == 'fr' else ('Treatment: ' + s['tx_en'])
            has_med = True
        rows.append([nm, grade_label(p.dob, lang), issue, todo])
    r.t('diagnosis')
    if has_med:
        r.t('medication')
    if has_soc:
        r.t('social_information')
    m = Mail(ctx, lang).sender(n)
    m.add_to(repl.full, repl.email)
    if repl.surname != 'Charbonneau':
        m.cc.append((staff('Charbonneau').full, staff('Charbonneau').email))
    leave = ctx.pick(['mon congé de maternité', 'mes vacances', 'mon congé', 'ma formation de 3 semaines']) if lang == 'fr' \
        else ctx.pick(['my maternity leave', 'my vacation', 'my leave'])
    if lang == 'fr':
        m.subject = ctx.pick(['Passation de dossiers', 'Suivis actifs — passation', f'Dossiers à suivre pendant {leave}'])
        intro = (f'{greet(ctx, "fr", repl.given)}\n\nComme convenu, voici mes suivis actifs pendant {leave}. '
                 f'Les dossiers papier sont dans le classeur barré de l\'infirmerie.')
        outro = f'Bon courage et merci!\n{signature(ctx, n, "fr")}'
    else:
        m.subject = ctx.pick(['Handover', 'Active follow-ups - handover'])
        intro = f'{greet(ctx, "en", repl.given)}\n\nAs agreed, here are my active follow-ups during {leave}.'
        outro = f'Thanks so much!\n{signature(ctx, n, "en")}'
    style = ctx.pick(['table', 'list', 'html'])
    if style == 'list':
        lst = '\n'.join(f'- {a} ({b}) : {c_} -> {d}' for a, b, c_, d in rows[1:])
        m.text = f'{intro}\n\n{lst}\n\n{outro}' + footer(ctx, lang)
        return r.done(render_mail(m, form=ctx.pick(['plain', 'alt'])), 'nurse hand-over list of students (text)')
    m.text = f'{intro}\n\n{text_table(rows)}\n\n{outro}' + footer(ctx, lang)
    hb = text_to_html(ctx, intro, False).replace('</body></html>\n', '') + html_table(rows) + \
        text_to_html(ctx, outro, False).split('<body', 1)[1].split('>', 1)[1]
    m.html = hb
    form = 'html' if style == 'html' else 'alt'
    return r.done(render_mail(m, form=form), 'nurse hand-over table of students')


# ------------------------------------------------------------------ P15 subject-only leak
def p_subject_only(ctx, lang):
    r = Rec(ctx, 'subject_leak', lang)
    sender = nurse(ctx, lang) if ctx.chance(0.5) else staff(ctx.pick(['Vaillancourt', 'Laberge', 'Haddad']))
    to = staff(ctx.pick([x for x in ['Lavigne', 'Bergeron', 'Gingras', 'Belhadj', 'Dufresne'] if x != sender.surname]))
    what = ctx.pick([
        ('youth', 'chlamydia +, à rappeler', 'chlamydia +, call back'),
        ('teen', 'idées suicidaires — suivi urgent', 'suicidal ideation - urgent f/u'),
        ('youthF', 'test de grossesse positif', 'positive pregnancy test'),
        ('school', 'EpiPen expiré', 'EpiPen expired'),
        ('school', 'convulsion à l\'école ce matin', 'seizure at school this morning'),
        ('school', 'Concerta 36 mg — nouvelle ordonnance', 'Concerta 36 mg - new Rx'),
        ('prim', 'pédiculose — 3e fois', 'head lice - 3rd time'),
        ('school', 'signalement DPJ fait', 'DPJ report filed'),
    ])
    p = patient(ctx, what[0].rstrip('F'), lang, 0.5)
    if what[0].endswith('F') and p.sex != 'F':
        p = ctx.kid(lang, 15, 21, sex='F')
    nm = r.name(p, ctx.pick(['full', 'lower', 'upper_last', 'last_first', 'initial']))
    label = what[1] if lang == 'fr' else what[2]
    if 'EpiPen' in label or 'Concerta' in label:
        r.t('medication')
    elif 'DPJ' in label:
        r.t('social_information')
    elif 'grossesse' in label or 'pregnancy' in label or 'chlamydia' in label:
        r.t('lab_result')
    else:
        r.t('diagnosis')
    subj = ctx.pick([f'{nm} — {label}', f'{label} ({nm})', f'RE: {nm} {label}', f'{nm}: {label}'])
    if p.nam and ctx.chance(0.45):
        subj += f' [{r.nam(p, ctx.pick(["plain", "std", "dots"]))}]'
    if ctx.chance(0.3):
        dob = r.dob(p, 'iso')
        subj += f' — ddn {dob}' if lang == 'fr' else f' - DOB {dob}'
    m = Mail(ctx, lang).sender(sender)
    m.add_to(to.full, to.email)
    m.subject = subj
    if lang == 'fr':
        m.text = ctx.pick(['Peux-tu me rappeler quand tu as deux minutes? Merci',
                           f'{greet(ctx, "fr", to.given)}\n\nTout est dans l\'objet. On s\'en parle demain matin?\n\n{sender.given}',
                           'Voir objet. Je suis au poste 4412 jusqu\'à 16 h.',
                           f'{to.given}, je te laisse gérer, je suis en vaccination toute la journée.\n\n{sender.given}'])
    else:
        m.text = ctx.pick(['Can you call me when you have a minute? Thanks',
                           f'{greet(ctx, "en", to.given)}\n\nSee subject. Can we talk tomorrow morning?\n\n{sender.given}'])
    return r.done(render_mail(m, form=ctx.pick(['plain', 'plain', 'alt'])), 'identifying details only in Subject')


# ------------------------------------------------------------------ P16 file-name-only leak
def p_filename_only(ctx, lang):
    r = Rec(ctx, 'filename_leak', lang)
    p = patient(ctx, ctx.pick(['school', 'youth', 'teen']), lang, 0.5)
    adult = p.school is None or p.school[1] == 'sec'
    n = nurse(ctx, lang) if ctx.chance(0.6) else staff(ctx.pick(['Vaillancourt', 'Laberge', 'Pépin']))
    to = staff(ctx.pick([x for x in ['Marchand', 'Lemay', 'Laberge', 'Gendron', 'Lavigne'] if x != n.surname]))
    g, s = p.given, p.surname
    opts_fr = [(f'Evaluation TDAH - {s} {g}.pdf', 'diagnosis', f'{s} {g}'),
               (f'Résultat chlamydia positif - {g} {s}.pdf', 'lab_result', f'{g} {s}'),
               (f'Plan de sécurité (idées suicidaires) {g}_{s}.pdf', 'diagnosis', f'{g} {s}'),
               (f'{s.upper()}_{g}_rapport_orthophonie_dysphasie.pdf', 'diagnosis', f'{s} {g}'),
               (f'Signalement DPJ - {g} {s}.pdf', 'social_information', f'{g} {s}'),
               (f'{g} {s} - suivi anorexie - courbe de poids.pdf', 'diagnosis', f'{g} {s}')]
    opts_en = [(f'ADHD assessment - {s}, {g}.pdf', 'diagnosis', f'{s} {g}'),
               (f'{g} {s} chlamydia positive.pdf', 'lab_result', f'{g} {s}'),
               (f'Safety plan (suicidal ideation) {g} {s}.pdf', 'diagnosis', f'{g} {s}'),
               (f'{s.upper()} {g} - speech therapy report - language disorder.pdf', 'diagnosis', f'{s} {g}')]
    opts = opts_fr if lang == 'fr' else opts_en
    if not adult:
        opts = [o for o in opts if 'chlamydia' not in o[0]]
    fname, t, shown = ctx.pick(opts)
    r.t(t)
    r.raw_name(shown)
    if p.nam and ctx.chance(0.45):
        fname = fname[:-4] + '_' + r.nam(p, 'plain') + '.pdf'
    if lang == 'fr':
        blocks = [('p', 'Document numérisé — Xerox WorkCentre 7855'), ('small', 'Page 1 de 3'), ('sp',),
                  ('small', 'Numérisé le ' + d_fr(ctx.date(), 'iso'))]
    else:
        blocks = [('p', 'Scanned document - Xerox WorkCentre 7855'), ('small', 'Page 1 of 3')]
    data = make_pdf(blocks, title='Scan')
    m = Mail(ctx, lang).sender(n)
    m.add_to(to.short_title(lang), to.email)
    if lang == 'fr':
        m.subject = ctx.pick(['Document numérisé', 'Numérisation', 'Comme demandé', 'Document pour ton dossier',
                              'TR: Numérisation du copieur'])
        m.text = ctx.pick([f'{greet(ctx, "fr", to.given)}\n\nVoici le document que tu m\'as demandé.\n\n{closing(ctx, "fr")}\n{n.given}',
                           'Voir pièce jointe.', f'Ci-joint, tel que discuté.\n\n{signature(ctx, n, "fr")}'])
    else:
        m.subject = ctx.pick(['Scanned document', 'As requested', 'Scan'])
        m.text = ctx.pick([f'{greet(ctx, "en", to.given)}\n\nHere is the document you asked for.\n\n{n.given}',
                           'See attached.'])
    m.attach(data=data, ctype=ctx.pick(['application/pdf', 'application/octet-stream']), filename=fname,
             fn_style=ctx.pick(['2231', '2047', '2231cont', 'auto', 'latin1']))
    return r.done(render_mail(m, form=ctx.pick(['plain', 'alt'])), 'identifying details only in attachment file name')


# ------------------------------------------------------------------ P17 calendar invitation
def p_ics(ctx, lang):
    r = Rec(ctx, 'calendar_invite', lang)
    kind = ctx.pick(['pi', 'youth', 'followup'])
    p = patient(ctx, 'youth' if kind == 'youth' else 'school', lang, 0.5)
    n = nurse(ctx, lang) if kind != 'youth' else staff(ctx.pick(['Vaillancourt', 'Lavigne', 'Goldberg']))
    nm = r.name(p, ctx.pick(['full', 'upper_last', 'last_first']))
    r.t('diagnosis')
    d = ctx.date()
    start = datetime.datetime(d.year, d.month, d.day, ctx.pick([8, 9, 10, 13, 14, 15]), ctx.pick([0, 30]))
    end = start + datetime.timedelta(minutes=ctx.pick([30, 45, 60]))
    school = p.school or SCHOOLS[4]
    attendees = []
    if kind == 'pi':
        c = CHRONIC[ctx.pick(['adhd', 'adhd2', 'anxiety', 'epilepsy', 't1d'])]
        summary = (f'Rencontre plan d\'intervention — {nm} ({c["fr"]})' if lang == 'fr'
                   else f'IEP meeting - {nm} ({c["en"]})')
        loc = school[0]
        desc = ('Présents : parents, enseignante, direction adjointe, infirmière scolaire. Révision des mesures '
                'd\'adaptation et de la prise de médication à l\'école.' if lang == 'fr' else
                'Parents, teacher, vice-principal and school nurse. Review of accommodations and medication at school.')
        t = school_contact(ctx, school, None, lang)
        attendees.append((t[0], t[1]))
        mom = f'{p.mother[0]} {p.mother[1]}'
        attendees.append((mom, f'{slug(p.mother[0])}.{slug(p.mother[1])}@courriel.example'))
    elif kind == 'youth':
        what = ctx.pick(['dépistage ITSS + renouvellement contraception', 'suivi test de grossesse',
                         'résultat chlamydia / traitement', 'vaccin VPH (dose 2) + counselling PrEP']) if lang == 'fr' else \
            ctx.pick(['STI screening + contraception renewal', 'pregnancy test follow-up', 'chlamydia result / treatment'])
        if p.sex != 'F' and ('grossesse' in what or 'pregnancy' in what or 'contracep' in what):
            what = 'dépistage ITSS + counselling PrEP' if lang == 'fr' else 'STI screening + PrEP counselling'
        summary = (f'RDV clinique jeunesse — {nm} — {what}' if lang == 'fr' else f'Youth clinic appt - {nm} - {what}')
        loc = ctx.pick(['Clinique jeunesse, local 114', 'CLSC du Vieux-Moulin, bureau 2']) if lang == 'fr' else 'Youth clinic, room 114'
        desc = ('Ne pas appeler à la maison — texto seulement.' if lang == 'fr' else 'Do not call home - text only.')
        other = staff(ctx.pick(['Haddad', 'Gingras']))
        attendees.append((other.full, other.email))
    else:
        a = ctx.pick(ACUTE[lang])
        summary = (f'Suivi infirmier {nm} — {a[0]}' if lang == 'fr' else f'Nurse follow-up {nm} - {a[0]}')
        loc = school[0] + (' — infirmerie' if lang == 'fr' else ' - health room')
        desc = a[1]
        t = school_contact(ctx, school, None, lang)
        attendees.append((t[0], t[1]))
    if ctx.chance(0.3) and p.nam:
        desc += ('\nNAM : ' if lang == 'fr' else '\nRAMQ: ') + r.nam(p, 'std')
    uid = '%032x' % ctx.rng.getrandbits(128)
    ics = make_ics(uid, start, end, summary, loc, desc, (n.full, n.email), attendees,
                   datetime.datetime(d.year, d.month, d.day, 7, 0, 0))
    m = Mail(ctx, lang).sender(n)
    for a, b in attendees:
        m.add_to(a, b)
    m.subject = summary if ctx.chance(0.6) else (('Invitation : ' if lang == 'fr' else 'Invitation: ') +
                                                 (d_fr(d, 'day') if lang == 'fr' else d_en(d, 'day')))
    when_txt = f'{d_fr(d, "day")} {start:%H:%M}-{end:%H:%M}' if lang == 'fr' else f'{d_en(d, "day")} {start:%H:%M}-{end:%H:%M}'
    m.text = (f'{summary}\n{when_txt}\n{loc}\n\n' if ctx.chance(0.5) else f'{when_txt}\n{loc}\n\n') + desc
    how = ctx.pick(['attach', 'alt'])
    if how == 'attach':
        m.attach(kind='text', text=ics, subtype='calendar', charset='utf-8', filename='invite.ics',
                 extra_ct='; method=REQUEST', cte=ctx.pick(['base64', '8bit', 'quoted-printable']))
        return r.done(render_mail(m, form='plain'), f'calendar invitation ({kind}) with .ics')
    # Outlook style: multipart/alternative text + calendar
    raw = _alt_calendar(ctx, m, ics)
    return r.done(raw, f'calendar invitation ({kind}), text/calendar alternative')


def _alt_calendar(ctx, m, ics):
    from gen_compose import _boundary, tz_for, STATS
    import gen_mime as M
    tp = text_part(m.text, 'plain', 'utf-8', ctx.pick(['quoted-printable', 'base64']))
    cal = text_part(ics, 'calendar', 'utf-8', ctx.pick(['base64', '8bit']), extra_ct='; method=REQUEST')
    ctx.msg_counter += 1
    body = multipart('alternative', [tp, cal], _boundary(ctx, ctx.msg_counter))
    STATS['forms']['alt'] = STATS['forms'].get('alt', 0) + 1
    dt = ctx.dt()
    hdrs = [('From', M.haddr(m.frm[0], m.frm[1])), ('To', ',\n '.join(M.haddr(a, b) for a, b in m.to)),
            ('Subject', M.hval(m.subject, 'utf-8', ctx.pick(['B', 'Q']))), ('Date', M.fmt_date(dt, tz_for(dt))),
            ('Message-ID', f'<{ctx.rng.getrandbits(48):012x}.{ctx.msg_counter:04d}@{m.frm[1].split("@")[1]}>'),
            ('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Class', 'urn:content-classes:calendarmessage')]
    crlf = ctx.chance(0.6)
    STATS['crlf' if crlf else 'lf'] += 1
    return message(hdrs, body, crlf)


# ------------------------------------------------------------------ P18 vCard of a patient / parent
def p_vcard(ctx, lang):
    r = Rec(ctx, 'vcard_contact', lang)
    p = patient(ctx, ctx.pick(['teen', 'youth']), lang, 0.5)
    n = staff(ctx.pick(['Vaillancourt', 'Laberge', 'Belhadj', 'Pépin'] if lang == 'fr' else ['Goldberg', "O'Connor"]))
    to = staff(ctx.pick([x for x in ['Lavigne', 'Haddad', 'Gingras', 'Bergeron'] if x != n.surname]))
    r.raw_name(f'{p.given} {p.surname}')
    r.t('patient_contact')
    note_opts_fr = ['Suivi anorexie — pesée mardi', 'Suivi idées suicidaires, filet de sécurité au dossier',
                    'Clinique jeunesse : contraception + ITSS', 'Jeune en fugue, contact via TS seulement',
                    'Suivi grossesse — 14 semaines']
    note_opts_en = ['Eating disorder follow-up - weigh-in Tuesday', 'Suicidal ideation follow-up, safety plan on file',
                    'Youth clinic: contraception + STI', 'Pregnancy follow-up - 14 weeks']
    notes = note_opts_fr if lang == 'fr' else note_opts_en
    if p.sex != 'F':
        notes = [x for x in notes if 'grossesse' not in x and 'Pregnancy' not in x]
    note = ctx.pick(notes)
    if 'fugue' in note:
        r.t('social_information')
    else:
        r.t('diagnosis')
    bday = p.dob if ctx.chance(0.6) else None
    if bday:
        r.t('date_of_birth')
    vc = make_vcard(p.given, p.surname, tel_cell=ctx.phone_fmt(p.phone), email=p.email if ctx.chance(0.6) else None,
                    adr=p.address if ctx.chance(0.7) else None, bday=bday, note=note)
    m = Mail(ctx, lang).sender(n)
    m.add_to(to.full, to.email)
    if lang == 'fr':
        m.subject = ctx.pick(['Coordonnées', 'Contact pour le suivi', f'Fiche contact {p.given}'])
        m.text = f'{greet(ctx, "fr", to.given)}\n\nVoici ses coordonnées pour le suivi de la semaine prochaine.\n\n{n.given}'
    else:
        m.subject = ctx.pick(['Contact info', 'Contact for follow-up'])
        m.text = f'{greet(ctx, "en", to.given)}\n\nHere is the contact card for next week\'s follow-up.\n\n{n.given}'
    fn = f'{p.given} {p.surname}.vcf'
    m.attach(kind='text', text=vc, subtype=ctx.pick(['vcard', 'x-vcard']), charset='utf-8', filename=fn,
             cte=ctx.pick(['base64', 'quoted-printable', '8bit']))
    return r.done(render_mail(m, form=ctx.pick(['plain', 'alt'])), 'vCard of a young patient with clinical note')


# ------------------------------------------------------------------ P19 ZIP bundle (growth follow-up)
def p_zip_bundle(ctx, lang):
    r = Rec(ctx, 'zip_bundle', lang)
    p = patient(ctx, 'prim', lang, 0.5)
    n = nurse(ctx, lang)
    doc = staff('Marchand') if lang == 'fr' else staff('Walsh')
    nm = name_as(ctx, p, 'full')
    r.raw_name(nm)
    r.t('diagnosis')
    dob = r.dob(p, 'iso')
    rows = [['Date', 'Poids (kg)' if lang == 'fr' else 'Weight (kg)', 'Taille (cm)' if lang == 'fr' else 'Height (cm)', 'IMC' if lang == 'fr' else 'BMI']]
    w, h = ctx.randint(19, 30) + 0.4, ctx.randint(112, 138)
    for i in range(4):
        dd = datetime.date(2023 + (i + 1) // 2, 3 if i % 2 == 0 else 10, ctx.randint(2, 27))
        rows.append([dd.isoformat(), f'{w:.1f}', str(h), f'{w / (h / 100) ** 2:.1f}'])
        w -= ctx.randint(0, 6) / 10
        h += ctx.randint(1, 3)
    if lang == 'fr':
        pdf = make_pdf([('h', 'Suivi staturo-pondéral'), ('kv', 'Élève :', nm), ('kv', 'Date de naissance :', dob),
                        ('table', rows, [110, 90, 90, 70]),
                        ('p', 'Cassure de la courbe pondérale; perte de poids malgré la croissance. Référence en pédiatrie '
                              'recommandée (retard pondéral, trouble alimentaire à éliminer).')])
        letter = make_docx([('p', d_fr(ctx.date())), ('p', f'Aux parents de {nm}'),
                            ('p', 'Lors du suivi à l\'école, nous avons constaté que la courbe de poids de votre enfant '
                                  'ne progresse plus. Nous vous recommandons une consultation en pédiatrie.'),
                            ('p', n.full + ', infirmière scolaire')], author=n.full)
        files = [('courbe_croissance.pdf', pdf), ('lettre_parents.docx', letter)]
        zname = ctx.pick([f'suivi_{slug(p.surname)}.zip', 'documents_suivi.zip', 'Dossier école.zip'])
        m_sub, txt = 'Documents pour la référence', (f'{greet(ctx, "fr", doc.dr("fr"))}\n\nVous trouverez '
                                                    f'dans le fichier compressé la courbe et la lettre remise aux parents.'
                                                    f'\n\n{closing(ctx, "fr")}\n{signature(ctx, n, "fr")}')
    else:
        pdf = make_pdf([('h', 'Growth follow-up'), ('kv', 'Student:', nm), ('kv', 'Date of birth:', dob),
                        ('table', rows, [110, 90, 90, 70]),
                        ('p', 'Weight curve crossing percentiles downward despite linear growth; paediatric assessment '
                              'recommended (faltering growth, rule out eating disorder).')])
        letter = make_docx([('p', d_en(ctx.date())), ('p', f'To the parents of {nm}'),
                            ('p', 'Your child\'s weight is no longer increasing as expected; we recommend a visit with a '
                                  'paediatrician.')], author=n.full)
        files = [('growth_chart.pdf', pdf), ('parent_letter.docx', letter)]
        zname = ctx.pick(['followup_docs.zip', f'{slug(p.surname)}_docs.zip'])
        m_sub, txt = 'Documents for referral', (f'{greet(ctx, "en", doc.dr("en"))}\n\nThe zip contains the '
                                               f'growth chart and the letter given to the parents.\n\n{signature(ctx, n, "en")}')
    if ctx.chance(0.4):
        csv_rows = '\n'.join(';'.join(x) for x in rows)
        files.append(('mesures.csv' if lang == 'fr' else 'measures.csv', csv_rows.encode('utf-8')))
    data = make_zip(files)
    m = Mail(ctx, lang).sender(n)
    m.add_to(doc.short_title(lang), doc.email)
    m.subject = m_sub
    m.text = txt + footer(ctx, lang)
    m.attach(data=data, ctype=ctx.pick(['application/zip', 'application/x-zip-compressed']), filename=zname)
    return r.done(render_mail(m), 'ZIP with growth chart and parent letter')


# ------------------------------------------------------------------ P20 forwarded as attached .eml
def p_attached_eml(ctx, lang):
    r = Rec(ctx, 'attached_eml', lang)
    p = patient(ctx, 'school', lang, 0.5)
    c = CHRONIC[ctx.pick(['asthma', 'epilepsy', 'peanut', 't1d', 'anxiety', 'sickle'])]
    mother = f'{p.mother[0]} {p.mother[1]}'
    maddr = f'{slug(p.mother[0])}{ctx.randint(1, 99)}@' + ctx.pick(['courriel.example', 'mail.example'])
    n = nurse(ctx, lang)
    school = p.school or SCHOOLS[0]
    sec = school_contact(ctx, school, None, lang)
    r.raw_name(f'{p.given} {p.surname}')
    r.t('diagnosis')
    meds = c['med_' + lang]
    inner = Mail(ctx, lang)
    inner.frm = (mother, maddr)
    inner.add_to(sec[0], sec[1])
    if lang == 'fr':
        inner.subject = ctx.pick([f'Absence de {p.given}', 'Hospitalisation de mon fils' if p.sex == 'M' else 'Hospitalisation de ma fille',
                                  'Info importante'])
        txt = (f'Bonjour,\n\n{p.given} {p.surname} ({grade_label(p.dob)}) a été hospitalisé{"e" if p.sex == "F" else ""} '
               f'en fin de semaine à cause de son {c["fr"]}.')
        if meds:
            txt += f' Le pédiatre a ajouté {meds[0]}.'
            r.t('medication')
        txt += ' Il faudrait que l\'infirmière me contacte avant son retour lundi.\n\n' + mother
    else:
        inner.subject = ctx.pick([f'{p.given} absent', 'Hospital stay', 'Important'])
        txt = f'Hello,\n\n{p.given} {p.surname} ({grade_label(p.dob, "en")}) was in hospital over the weekend because of {c["en"]}.'
        if meds:
            txt += f' The paediatrician added {meds[0]}.'
            r.t('medication')
        txt += ' Please ask the nurse to call me before the return on Monday.\n\n' + mother
    inner.text = txt
    inner_raw = render_mail(inner, form=ctx.pick(['plain', 'alt']), crlf=False)
    m = Mail(ctx, lang)
    m.frm = (sec[0], sec[1])
    m.add_to(n.full, n.email)
    if lang == 'fr':
        m.subject = 'TR: ' + inner.subject if ctx.chance(0.5) else 'Courriel d\'un parent (voir pièce jointe)'
        m.text = f'{greet(ctx, "fr", n.given)}\n\nVoir le courriel ci-joint reçu ce matin.\n\n{sec[0]}\n{sec[2]}'
    else:
        m.subject = 'FW: ' + inner.subject
        m.text = f'{greet(ctx, "en", n.given)}\n\nSee the attached e-mail we received this morning.\n\n{sec[0]}'
    fname = ctx.pick([inner.subject + '.eml', 'message.eml', None])
    m.attach(kind='eml', data=inner_raw, filename=fname)
    return r.done(render_mail(m, form=ctx.pick(['plain', 'alt', 'html'])), 'parent e-mail forwarded as attached message/rfc822')


# ------------------------------------------------------------------ P21 leak only in quoted history
def p_quoted(ctx, lang):
    r = Rec(ctx, 'quoted_history', lang)
    p = patient(ctx, ctx.pick(['school', 'youth']), lang, 0.5)
    a = nurse(ctx, lang)
    b = staff(ctx.pick([x for x in ['Laberge', 'Pépin', 'Belhadj', 'Lavigne', 'Marchand'] if x != a.surname]))
    nm = r.name(p, ctx.pick(['full', 'upper_last', 'lower', 'title']))
    kind = ctx.pick(['mental', 'chronic', 'social', 'acute'])
    if kind == 'mental':
        prob, plan = ctx.pick(MENTAL[lang])
        r.t('diagnosis')
    elif kind == 'chronic':
        c = CHRONIC[ctx.pick(list(CHRONIC))]
        prob, plan = c[lang], c['school_' + lang]
        r.t('diagnosis')
    elif kind == 'social':
        prob, plan = ctx.pick(SOCIAL[lang]), ('rencontre prévue avec la TS' if lang == 'fr' else 'meeting planned with the SW')
        r.t('social_information')
    else:
        prob, plan = ctx.pick(ACUTE[lang])
        r.t('diagnosis')
    dt0 = ctx.dt()
    if lang == 'fr':
        orig = (f'{greet(ctx, "fr", b.given)}\n\nPour info, {nm} ({grade_label(p.dob)}) : {prob}. {plan[0].upper() + plan[1:]}.\n'
                f'Peux-tu faire un suivi de ton côté cette semaine?\n\n{a.given}')
        top = ctx.pick(['Merci, c\'est noté. Je m\'en occupe jeudi.', 'Reçu, je l\'ajoute à ma liste.', 'Ok parfait, merci!',
                        'Je l\'ai vu(e) ce matin, je te reviens.'])
        m_sub = ctx.pick(['RE: Pour info', 'RE: suivi', 'RE: Élève à voir', 'Re: petit suivi'])
        q = quote_block(ctx, 'fr', (a.full, a.email), (b.full, b.email), dt0, m_sub[4:].strip(), orig)
    else:
        orig = (f'{greet(ctx, "en", b.given)}\n\nFYI, {nm} ({grade_label(p.dob, "en")}): {prob}. {plan[0].upper() + plan[1:]}.\n'
                f'Could you follow up this week?\n\n{a.given}')
        top = ctx.pick(['Thanks, noted. I will see them Thursday.', 'Got it, adding to my list.', 'Ok, thanks!'])
        m_sub = ctx.pick(['RE: FYI', 'RE: follow-up', 'Re: student to see'])
        q = quote_block(ctx, 'en', (a.full, a.email), (b.full, b.email), dt0, m_sub[4:].strip(), orig)
    m = Mail(ctx, lang).sender(b)
    m.add_to(a.full, a.email)
    m.subject = m_sub
    m.in_reply_to = f'<{ctx.rng.getrandbits(40):010x}@{a.email.split("@")[1]}>'
    m.text = f'{top}\n\n{b.given}\n\n{q}'
    return r.done(render_mail(m), 'short reply; patient details only in quoted history')


# ------------------------------------------------------------------ P22 HTML-only field-trip list
def p_trip_list(ctx, lang):
    r = Rec(ctx, 'field_trip_health_list', lang)
    n = nurse(ctx, lang)
    school = ctx.pick([s for s in SCHOOLS if (s[2] == lang or lang == 'fr' and s[2] == 'fr')])
    t = school_contact(ctx, school, None, lang)
    rows = [['Élève', 'Problème de santé', 'Médicament / consigne'] if lang == 'fr' else ['Student', 'Health issue', 'Medication / instruction']]
    has_med = False
    for i in range(ctx.randint(4, 7)):
        p = patient(ctx, 'prim' if school[1] == 'prim' else 'sec', lang, 0.3)
        key = ctx.pick(['peanut', 'asthma', 't1d', 'epilepsy', 'celiac', 'enuresis', 'nuts_adult', 'adhd'])
        c = CHRONIC[key]
        meds = c['med_' + lang]
        has_med = has_med or bool(meds)
        rows.append([r.name(p, ctx.pick(['full', 'upper_last', 'last_first'])), c[lang],
                     meds[0] if meds else c['school_' + lang]])
    r.t('diagnosis')
    if has_med:
        r.t('medication')
    trip = ctx.pick(['la sortie au Biodôme', 'la classe neige', 'la sortie aux pommes', 'le voyage à Québec']) if lang == 'fr' \
        else ctx.pick(['the Biodome trip', 'the ski day', 'the Quebec City trip'])
    intro = (f'<p>{greet(ctx, lang, t[3])}</p><p>Voici les élèves ayant des particularités de santé pour {trip}. '
             f'Merci de remettre la liste aux accompagnateurs seulement.</p>' if lang == 'fr' else
             f'<p>{greet(ctx, lang, t[3])}</p><p>Here are the students with health needs for {trip}. Please give the list to '
             f'chaperones only.</p>')
    outro = '<p>' + signature(ctx, n, lang).replace('\n', '<br>\n') + '</p>'
    m = Mail(ctx, lang).sender(n)
    m.add_to(t[0], t[1])
    m.subject = (f'Particularités santé — {trip}' if lang == 'fr' else f'Health needs - {trip}')
    m.html = (f'<html><body style="font-family:Arial">\n{intro}\n{html_table(rows)}\n{outro}\n</body></html>\n')
    return r.done(render_mail(m, form='html'), 'HTML-only list of students with health needs for a field trip')


# ------------------------------------------------------------------ P23 transport request
def p_transport(ctx, lang):
    r = Rec(ctx, 'transport_request', lang)
    p = patient(ctx, 'school', lang, 0.5)
    n = staff(ctx.pick(['Turcotte', 'Dubé'])) if lang == 'fr' else staff(ctx.pick(["O'Connor", 'Raman']))
    nm = r.name(p, ctx.pick(['full', 'upper_comma', 'last_first']))
    street, town, pc = p.address
    r.t('patient_contact')
    clinic = ctx.pick([('clinique d\'endocrinologie pédiatrique', 'diabète de type 1'),
                       ('pédopsychiatrie (évaluation)', 'trouble anxieux'),
                       ('clinique de fibrose kystique', 'fibrose kystique'),
                       ('clinique d\'hématologie', 'drépanocytose')]) if lang == 'fr' else \
        ctx.pick([('paediatric endocrinology clinic', 'type 1 diabetes'), ('child psychiatry (assessment)', 'anxiety disorder'),
                  ('haematology clinic', 'sickle cell disease')])
    r.t('diagnosis')
    d = ctx.date()
    hh = ctx.pick(['8 h 30', '9 h 15', '13 h', '14 h 45']) if lang == 'fr' else ctx.pick(['8:30 am', '9:15 am', '1:00 pm'])
    m = Mail(ctx, lang).sender(n)
    m.add_to('Transport adapté' if lang == 'fr' else 'Medical transport', 'transport@taxi-saules.example')
    if lang == 'fr':
        m.subject = ctx.pick(['Demande de transport', f'Transport {d_fr(d, "day")}', 'Réservation taxi — rendez-vous médical'])
        lines = [greet(ctx, 'fr'), '', 'Nous aurions besoin d\'un transport pour :', f'Nom : {nm}',
                 f'Adresse de départ : {street}, {town} {pc}', f'Téléphone : {ctx.phone_fmt(p.phone)}',
                 f'Destination : {ORG["chu_fr"]}, {clinic[0]}', f'Rendez-vous : {d_fr(d, "day")} à {hh}',
                 f'Motif (pour le dossier du transporteur) : suivi {clinic[1]}',
                 'Accompagnement : un parent', '', closing(ctx, 'fr'), signature(ctx, n, 'fr')]
    else:
        m.subject = ctx.pick(['Transport request', f'Ride for {d_en(d, "day")}'])
        lines = [greet(ctx, 'en'), '', 'We need a ride for:', f'Name: {nm}', f'Pick-up: {street}, {town} {pc}',
                 f'Phone: {ctx.phone_fmt(p.phone)}', f'Destination: {ORG["hosp_en"]}, {clinic[0]}',
                 f'Appointment: {d_en(d, "day")} at {hh}', f'Reason: {clinic[1]} follow-up', '', closing(ctx, 'en'),
                 signature(ctx, n, 'en')]
    if ctx.chance(0.35):
        lines.insert(5, ('Date de naissance : ' if lang == 'fr' else 'DOB: ') + r.dob(p))
    if p.nam and ctx.chance(0.4):
        lines.insert(5, ('NAM : ' if lang == 'fr' else 'RAMQ: ') + r.nam(p))
    m.text = '\n'.join(lines) + footer(ctx, lang)
    return r.done(render_mail(m), 'transport booking for a young patient\'s hospital appointment')


# ------------------------------------------------------------------ P24 screening -> booking request
def p_booking(ctx, lang):
    r = Rec(ctx, 'booking_request', lang)
    p = patient(ctx, 'prim', lang, 0.6)
    n = nurse(ctx, lang)
    nm = r.name(p, ctx.pick(['full', 'upper_last', 'last_first']))
    dob = r.dob(p)
    what = ctx.pick(['vision', 'hearing'])
    if what == 'vision':
        res_fr = f'acuité visuelle OD 6/{ctx.pick([15, 18, 24])}, OG 6/{ctx.pick([6, 9])}; strabisme intermittent observé'
        res_en = f'visual acuity OD 6/{ctx.pick([15, 18, 24])}, OS 6/{ctx.pick([6, 9])}; intermittent strabismus noted'
        dest_fr, dest_en = 'Clinique d\'ophtalmologie pédiatrique', 'Paediatric ophthalmology clinic'
    else:
        res_fr = f'audiométrie de dépistage échouée à gauche (seuil {ctx.pick([35, 40, 45])} dB à 2000 et 4000 Hz)'
        res_en = f'failed screening audiometry on the left ({ctx.pick([35, 40, 45])} dB at 2000 and 4000 Hz)'
        dest_fr, dest_en = 'Service d\'audiologie', 'Audiology department'
    r.t('lab_result')
    m = Mail(ctx, lang).sender(n)
    m.add_to(dest_fr if lang == 'fr' else dest_en, f'rendezvous@{ORG["hosp_dom"] if lang == "fr" else ORG["hosp_en_dom"]}')
    if lang == 'fr':
        m.subject = ctx.pick(['Demande de rendez-vous', f'Dépistage {"visuel" if what == "vision" else "auditif"} échoué', 'Prise de rendez-vous'])
        lines = [greet(ctx, 'fr'), '', f'Suite au dépistage en {grade_label(p.dob)}, je demande un rendez-vous pour :',
                 f'{nm}, né{"e" if p.sex == "F" else ""} le {dob}']
        if p.nam:
            lines.append(f'NAM {r.nam(p)}')
        lines += [f'Résultat : {res_fr}.', f'Parent : {p.mother[0]} {p.mother[1]}', '', closing(ctx, 'fr'), signature(ctx, n, 'fr')]
    else:
        m.subject = ctx.pick(['Appointment request', f'Failed {what} screening'])
        lines = [greet(ctx, 'en'), '', f'Following school screening, please book:', f'{nm}, DOB {dob}']
        if p.nam:
            lines.append(f'RAMQ {r.nam(p)}')
        lines += [f'Result: {res_en}.', '', closing(ctx, 'en'), signature(ctx, n, 'en')]
    m.text = '\n'.join(lines) + footer(ctx, lang)
    return r.done(render_mail(m), f'booking request after failed {what} screening')


# ------------------------------------------------------------------ P25 pharmacy question
def p_pharmacy(ctx, lang):
    from gen_common import PHARMACIES
    r = Rec(ctx, 'pharmacy_question', lang)
    p = patient(ctx, ctx.pick(['school', 'youth']), lang, 0.5)
    ph_name, ph_tel = ctx.pick(PHARMACIES)
    key = ctx.pick(['adhd', 'adhd2', 'anxiety', 'depression', 'epilepsy', 'hypothyroid', 'enuresis'])
    c = CHRONIC[key]
    med = c['med_' + lang][0]
    presc = staff(ctx.pick(['Lavigne', 'Haddad', 'Lemay']))
    pharm_n = ctx.pick([('Nicolas', 'Brassard'), ('Élise', 'Tanguay'), ('Omar', 'Benslimane')])
    m = Mail(ctx, lang)
    m.frm = (f'{pharm_n[0]} {pharm_n[1]}, pharm.', f'{slug(pharm_n[0])}.{slug(pharm_n[1])}@{slug(ph_name).replace(".", "-")}.example')
    m.add_to(presc.short_title(lang), presc.email)
    nm = r.name(p, ctx.pick(['full', 'upper_comma', 'title_full']))
    r.t('medication')
    dob = r.dob(p)
    if lang == 'fr':
        q = ctx.pick([f'la dose prescrite ({med}) semble élevée pour son poids ({ctx.randint(24, 48)} kg)',
                      f'le produit ({drug_name(med)}) est en rupture chez notre grossiste; accepteriez-vous une substitution?',
                      'l\'ordonnance n\'indique pas la durée du traitement',
                      'le parent demande si le comprimé peut être coupé'])
        m.subject = ctx.pick(['Question ordonnance', f'Ordonnance {nm}', 'Demande de clarification — ordonnance'])
        lines = [greet(ctx, 'fr', presc.dr('fr')), '',
                 f'Nous avons reçu une ordonnance pour {nm} (ddn {dob}) : {med}.',
                 f'Petite question : {q}' + ('' if q.endswith('?') else '.'), 'Pourriez-vous nous rappeler ou nous retourner l\'ordonnance corrigée par télécopieur?',
                 '', f'{pharm_n[0]} {pharm_n[1]}, pharmacien{"ne" if pharm_n[0] == "Élise" else ""}', ph_name, ph_tel]
    else:
        q = ctx.pick([f'the dose ({med}) seems high for the weight ({ctx.randint(24, 48)} kg)',
                      f'{drug_name(med)} is on backorder; would you accept a substitution?',
                      'the prescription does not state the duration'])
        m.subject = ctx.pick(['Prescription question', f'Rx clarification - {nm}'])
        lines = [greet(ctx, 'en', presc.dr('en')), '', f'We received a prescription for {nm} (DOB {dob}): {med}.',
                 f'Question: {q}' + ('' if q.endswith('?') else '.'), 'Could you call us back or fax a corrected prescription?', '',
                 f'{pharm_n[0]} {pharm_n[1]}, pharmacist', ph_name, ph_tel]
    if p.nam and ctx.chance(0.5):
        lines.insert(3, ('NAM inscrit : ' if lang == 'fr' else 'RAMQ on Rx: ') + r.nam(p))
    if ctx.chance(0.4):
        r.t('diagnosis')
        lines.insert(3, (f'Indication inscrite : {c["fr"]}.' if lang == 'fr' else f'Indication on Rx: {c["en"]}.'))
    m.text = '\n'.join(lines)
    return r.done(render_mail(m), 'community pharmacist question about a prescription')


# ------------------------------------------------------------------ P26 discharge summary
def p_discharge(ctx, lang):
    r = Rec(ctx, 'discharge_summary', lang)
    p = patient(ctx, 'school', lang, 0.5)
    a = ctx.pick(ACUTE[lang])
    mrn = r.mrn(ctx.mrn('hrrs' if lang == 'fr' else 'wch'))
    nm = r.name(p, ctx.pick(['upper_comma', 'full', 'last_first']))
    dob = r.dob(p, 'iso')
    r.t('diagnosis')
    has_med = any(x in a[1] for x in ('amoxicill', 'prednisone', 'Flovent', 'acétaminophène', 'acetaminophen'))
    if has_med:
        r.t('medication')
    adm = ctx.date()
    dis = adm + datetime.timedelta(days=ctx.randint(1, 4))
    sender_addr = ('Archives / liaison', f'liaison.pediatrie@{ORG["hosp_dom"]}') if lang == 'fr' else \
        ('Discharge liaison', f'discharge.liaison@{ORG["hosp_en_dom"]}')
    n = nurse(ctx, lang)
    nam_b = [('kv', 'NAM :' if lang == 'fr' else 'RAMQ:', r.nam(p, ctx.pick(['std', 'plain'])))] if p.nam and ctx.chance(0.6) else []
    if lang == 'fr':
        blocks = [('h', 'Résumé de départ — Pédiatrie'), ('kv', 'Patient :', nm), ('kv', 'No dossier :', mrn), *nam_b,
                  ('kv', 'Date de naissance :', dob), ('kv', 'Admission / départ :', f'{adm.isoformat()} / {dis.isoformat()}'),
                  ('kv', 'Diagnostic principal :', a[0]), ('p', f'Recommandations : {a[1]}.'),
                  ('p', 'Suivi : infirmière scolaire avisée pour le retour en classe; revoir en clinique externe dans 2 semaines.'),
                  ('small', 'Dre Hélène Marchand, pédiatre')]
        text = (f'{greet(ctx, "fr")}\n\nÀ la demande du Dre Marchand, nous vous transmettons le résumé de départ pour le '
                f'suivi en milieu scolaire.\n\nService de liaison — {ORG["hosp_fr"]}')
        subj = ctx.pick(['Résumé de départ — liaison scolaire', f'Résumé de départ {mrn}', 'Congé pédiatrie — suivi scolaire'])
        fname = ctx.pick([f'resume_depart_{mrn}.pdf', 'Résumé de départ.pdf', f'{p.surname}_{p.given}_resume.pdf'])
    else:
        blocks = [('h', 'Discharge summary - Paediatrics'), ('kv', 'Patient:', nm), ('kv', 'MRN:', mrn), *nam_b,
                  ('kv', 'Date of birth:', dob), ('kv', 'Admitted / discharged:', f'{adm.isoformat()} / {dis.isoformat()}'),
                  ('kv', 'Main diagnosis:', a[0]), ('p', f'Recommendations: {a[1]}.'), ('small', 'Dr. Kevin Walsh, paediatrician')]
        text = f'{greet(ctx, "en")}\n\nPlease find the discharge summary for school follow-up.\n\nDischarge liaison, {ORG["hosp_en"]}'
        subj = ctx.pick(['Discharge summary - school liaison', f'Discharge summary {mrn}'])
        fname = ctx.pick([f'discharge_{mrn}.pdf', 'DischargeSummary.pdf'])
    if f'{p.surname}_{p.given}' in fname:
        pass
    m = Mail(ctx, lang)
    m.frm = sender_addr
    m.add_to(n.full, n.email)
    m.subject = subj
    how = ctx.pick(['pdf', 'pdf', 'inline'])
    if how == 'pdf':
        m.text = text + footer(ctx, lang)
        m.attach(data=make_pdf(blocks, title='Resume'), ctype='application/pdf', filename=fname)
    else:
        body = '\n'.join((b[1] + ' ' + b[2]) if b[0] == 'kv' else b[1] for b in blocks)
        m.text = text.split('\n\n')[0] + '\n\n' + body + '\n\n' + text.split('\n\n')[-1] + footer(ctx, lang)
    return r.done(render_mail(m), 'hospital discharge summary sent to the school nurse')
