"""Positive messages, part A: referrals, consult replies, vaccination rosters, school care plans."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx
from gen_common import (ORG, STAFF, age_at, d_en, d_fr, fmt_nam, grade_label, name_as, pron, slug, staff,
                        strip_accents)
from gen_compose import (Mail, closing, footer, forward_block, greet, html_table, quote_block, render_mail,
                         school_contact, signature, text_table)
from gen_reg import Rec
from gen_vocab import CHRONIC, VACCINES

NURSES = ['Bergeron', 'Desrosiers', 'Thériault', 'Dufresne', 'Charbonneau', 'Raman']
NURSES_EN = ["O'Connor", 'Raman', 'Goldberg']
YOUTH = ['Vaillancourt', 'Lavigne', 'Goldberg', 'Haddad', 'Gingras']


def patient(ctx, kind, lang='fr', p_holder=0.5):
    p_holder = min(0.85, p_holder + 0.1)
    ranges = {'prim': (5, 11), 'sec': (12, 16), 'school': (5, 16), 'youth': (14, 23), 'teen': (13, 17),
              'adult_youth': (18, 23)}
    lo, hi = ranges[kind]
    if ctx.chance(p_holder):
        return ctx.holder(lo, hi)
    return ctx.kid(lang, lo, hi)


def nurse(ctx, lang):
    return staff(ctx.pick(NURSES if lang == 'fr' else NURSES_EN))


def drug_name(med):
    import re
    if '(' in med and med.index('(') < 40:
        return med[:med.index(')') + 1]
    return re.split(r'\s\d|,', med, 1)[0].strip(' ,')


def school_name(p, lang):
    if p.school:
        return p.school[0]
    return 'Cégep de la Rivière-des-Saules' if lang == 'fr' else 'the CEGEP'


# ------------------------------------------------------------------ P1 referral
REFERRAL_REASONS = {
    'fr': [('courbe de poids qui plafonne depuis 18 mois (passée du 25e au 3e percentile)', 'Retard pondéral'),
           ('questionnaire de Conners rempli par l\'enseignante très évocateur d\'un TDAH; grande difficulté à rester '
            'assis, oublis fréquents', 'Évaluation TDAH'),
           ('céphalées presque quotidiennes depuis la rentrée, parfois avec vomissements le matin', 'Céphalées récurrentes'),
           ('test d\'Adams positif au dépistage, gibbosité droite visible', 'Scoliose à évaluer'),
           ('énurésie nocturne persistante, l\'enfant refuse d\'aller à la classe neige', 'Énurésie'),
           ('essoufflement et toux à l\'effort en éducation physique, sifflements rapportés par l\'enseignant',
            'Asthme à l\'effort?'),
           ('malaises à répétition à l\'école (3 pertes de conscience brèves depuis octobre)', 'Syncopes récidivantes')],
    'en': [('weight curve has plateaued for 18 months (dropped from the 25th to the 3rd percentile)', 'Faltering growth'),
           ('teacher-completed Conners questionnaire strongly suggestive of ADHD', 'ADHD assessment'),
           ('near-daily headaches since September, sometimes with morning vomiting', 'Recurrent headaches'),
           ('positive Adams forward-bend test at screening, visible right rib hump', 'Possible scoliosis'),
           ('exercise-induced cough and wheeze in gym class', 'Exercise-induced asthma?'),
           ('three brief episodes of loss of consciousness at school since October', 'Recurrent syncope')],
}


def p_referral(ctx, lang):
    r = Rec(ctx, 'referral', lang)
    p = patient(ctx, 'school', lang, 0.55)
    n = nurse(ctx, lang)
    doc = staff(ctx.pick(['Marchand', 'Lemay'])) if lang == 'fr' else staff('Walsh')
    reason, short = ctx.pick(REFERRAL_REASONS[lang])
    r.t('diagnosis')
    m = Mail(ctx, lang).sender(n)
    m.add_to(doc.short_title(lang), doc.email)
    nm = r.name(p, ctx.pick(['full', 'full', 'upper_last', 'last_first']))
    dob = r.dob(p)
    has_nam = p.nam and ctx.chance(0.7)
    nam = r.nam(p) if has_nam else None
    mother = f'{p.mother[0]} {p.mother[1]}'
    phone = ctx.phone_fmt(p.phone)
    with_phone = ctx.chance(0.6)
    if with_phone:
        r.t('patient_contact')
    if lang == 'fr':
        m.subject = ctx.pick([f'Référence — {nm}', f'Demande de consultation : {short}', f'Réf. pédiatrie {nm}',
                              f'Référence {short.lower()} - élève de {grade_label(p.dob)}'])
        body = [greet(ctx, 'fr', doc.dr('fr')), '',
                f'Je me permets de vous adresser {nm}, né{"e" if p.sex == "F" else ""} le {dob}, '
                f'élève de {grade_label(p.dob)} à {school_name(p, lang)}.']
        if nam:
            body.append(f'NAM : {nam}')
        body += ['', f'Motif : {reason}.',
                 ctx.pick(['Les parents ont consenti à la référence.', 'La mère est d\'accord avec la démarche.',
                           'J\'ai rencontré les parents la semaine dernière, ils sont inquiets.']),
                 '']
        if with_phone:
            body.append(f'Vous pouvez joindre la mère, {mother}, au {phone}.')
        body += ['Je reste disponible si vous avez besoin des observations de l\'école.', '', closing(ctx, 'fr'),
                 signature(ctx, n, 'fr')]
    else:
        m.subject = ctx.pick([f'Referral - {nm}', f'Referral: {short}', f'New referral for {nm}'])
        body = [greet(ctx, 'en', doc.dr('en')), '',
                f'I would like to refer {nm} (DOB {dob}), a {grade_label(p.dob, "en")} student at '
                f'{school_name(p, lang)}.']
        if nam:
            body.append(f'Health card (RAMQ): {nam}')
        body += ['', f'Reason: {reason}.', 'Parents agree with the referral.', '']
        if with_phone:
            body.append(f'Mother ({mother}) can be reached at {phone}.')
        body += ['', closing(ctx, 'en'), signature(ctx, n, 'en')]
    m.text = '\n'.join(body) + footer(ctx, lang)
    return r.done(render_mail(m), f'school nurse referral to physician ({short})')


# ------------------------------------------------------------------ P2 consult reply
def p_consult_reply(ctx, lang):
    r = Rec(ctx, 'consult_reply', lang)
    p = patient(ctx, 'school', lang, 0.5)
    key = ctx.pick(['adhd', 'adhd2', 'asthma', 'epilepsy', 'anxiety', 'migraine', 'celiac', 'enuresis'])
    c = CHRONIC[key]
    if lang == 'fr':
        doc = staff(ctx.pick(['Beaulieu', 'Marchand'] if key in ('adhd', 'adhd2', 'anxiety') else ['Marchand', 'Lemay']))
    else:
        doc = staff('Walsh')
    n = nurse(ctx, lang)
    m = Mail(ctx, lang).sender(doc)
    m.add_to(n.full, n.email)
    nm = r.name(p, ctx.pick(['full', 'title_full', 'initial', 'full']))
    r.t('diagnosis')
    meds = c['med_' + lang]
    if meds:
        r.t('medication')
    dt0 = ctx.dt()
    if lang == 'fr':
        orig = (f'Bonjour {doc.short_title("fr")}, je vous avais référé {nm} en début d\'année pour une évaluation. '
                f'Avez-vous pu {pron(p)[1]} voir? Merci.')
        m.subject = f'RE: Référence {nm}' if ctx.chance(0.6) else f'RE: Suivi de votre référence'
        lines = [greet(ctx, 'fr', n.given), '',
                 f'J\'ai vu {nm} en clinique le {d_fr(ctx.date())} avec sa mère.',
                 f'Impression : {c["fr"]}.']
        if meds:
            lines.append('Plan : ' + '; '.join(meds) + '.')
        lines += [f'Pour l\'école : {c["school_fr"]}.',
                  'Je la reverrai dans 3 mois. N\'hésitez pas à me transmettre les observations de l\'enseignante.' if
                  p.sex == 'F' else
                  'Je le reverrai dans 3 mois. N\'hésitez pas à me transmettre les observations de l\'enseignante.',
                  '', closing(ctx, 'fr'), signature(ctx, doc, 'fr', 'full'), '',
                  quote_block(ctx, 'fr', (n.full, n.email), (doc.short_title('fr'), doc.email), dt0,
                              'Référence', orig)]
    else:
        orig = f'Hello Dr. {doc.surname}, following up on my referral for {nm}. Thank you.'
        m.subject = f'RE: Referral {nm}'
        lines = [greet(ctx, 'en', n.given), '', f'I saw {nm} in clinic on {d_en(ctx.date())} with a parent.',
                 f'Impression: {c["en"]}.']
        if meds:
            lines.append('Plan: ' + '; '.join(meds) + '.')
        lines += [f'For school: {c["school_en"]}.', 'Follow-up in 3 months.', '', closing(ctx, 'en'),
                  signature(ctx, doc, 'en', 'full'), '',
                  quote_block(ctx, 'en', (n.full, n.email), (doc.short_title('en'), doc.email), dt0, 'Referral', orig)]
    m.text = '\n'.join(lines) + footer(ctx, lang)
    return r.done(render_mail(m), f'physician reply to school nurse ({key})')


# ------------------------------------------------------------------ P3 vaccination roster (xlsx)
def _roster_people(ctx, lang, n, kind, ph=0.3):
    people = []
    for i in range(n):
        people.append(patient(ctx, kind, lang, ph))
    # de-duplicate by name
    out, seen = [], []
    for p in people:
        if p.full not in seen:
            seen.append(p.full)
            out.append(p)
    return out


def _grade_people(ctx, lang, n, gi):
    from gen_common import Person, grade_index
    hs = [h for h in ctx.holders if grade_index(h.dob) == gi]
    out, seen = [], []
    for i in range(n):
        if hs and ctx.chance(0.25):
            h = ctx.pick(hs)
            p = Person(h.given, h.surname, h.sex, h.dob, h.nam)
        else:
            p = ctx.kid(lang, 0, 0)
            y0 = 2024 - gi - 5       # cohort: born Oct (y0-1) .. Sep y0
            d0 = datetime.date(y0 - 1, 10, 1) + datetime.timedelta(days=ctx.randint(0, 364))
            p.dob = d0
        if p.full not in seen:
            seen.append(p.full)
            out.append(p)
    return out


def p_vacc_roster(ctx, lang):
    r = Rec(ctx, 'vaccination_roster', lang)
    n = nurse(ctx, lang)
    school = ctx.pick([s for s in __import__('gen_common').SCHOOLS if s[2] == lang or lang == 'fr' and s[2] == 'fr'])
    kind = 'prim' if school[1] == 'prim' else 'sec'
    catchup = ctx.chance(0.4)
    if catchup:
        people = _roster_people(ctx, lang, ctx.randint(9, 16), kind, 0.4)
        vac = (('rattrapage (tous niveaux)', '') if lang == 'fr' else ('catch-up (all grades)', ''))
    else:
        gi = 4 if kind == 'prim' else 9
        people = _grade_people(ctx, lang, ctx.randint(10, 16), gi)
        vac = VACCINES[lang][0 if kind == 'prim' else 2]
    notes_fr = ['', '', '', '', 'Refus parental', 'Allergie aux œufs (non contre-indiqué)',
                'Syncope lors de la dose précédente — vacciner couché', 'Anaphylaxie arachides (EpiPen au secrétariat)',
                'Absent lors de la 1re dose', 'Asthme', 'Consentement non reçu', 'Trouble de la coagulation — aviser infirmière']
    notes_en = ['', '', '', '', 'Parent refused', 'Egg allergy (not a contraindication)',
                'Fainted at previous dose - vaccinate lying down', 'Peanut anaphylaxis (EpiPen in office)',
                'Absent at dose 1', 'Asthma', 'No consent received', 'Bleeding disorder - notify nurse']
    hdr = ['Nom', 'Prénom', 'Date de naissance', 'NAM', 'Groupe', 'Consentement', 'Remarques'] if lang == 'fr' else \
        ['Last name', 'First name', 'DOB', 'Health card', 'Class', 'Consent', 'Notes']
    rows = [hdr]
    with_nam = ctx.chance(0.8)
    has_note_dx = False
    for p in people:
        note = ctx.pick(notes_fr if lang == 'fr' else notes_en)
        if note and note not in ('Refus parental', 'Parent refused', 'Consentement non reçu', 'No consent received',
                                 'Absent lors de la 1re dose', 'Absent at dose 1'):
            has_note_dx = True
        nam = ''
        if p.nam and with_nam:
            nam = fmt_nam(ctx, p.nam, ctx.pick(['std', 'plain']))
            r.ids['nam'].append(p.nam)
            r.t('ramq_nam')
        rows.append([p.surname.upper(), p.given, p.dob.isoformat(), nam,
                     f'{ctx.randint(1, 4)}{ctx.pick("0123")}{ctx.randint(1, 9)}',
                     ctx.pick(['Oui', 'Oui', 'Oui', 'Non']) if lang == 'fr' else ctx.pick(['Yes', 'Yes', 'No']), note])
        r.names.append(p.surname.upper() + ' ' + p.given)
    if not has_note_dx:
        rows[1][-1] = 'Asthme' if lang == 'fr' else 'Asthma'
    r.t('patient_name', 'date_of_birth', 'diagnosis')
    d = ctx.date()
    fname = (f'Liste_vaccination_{slug(school[0]).replace(".", "_")[:28]}_{d.isoformat()}.xlsx' if lang == 'fr'
             else f'Vaccination_list_{d.isoformat()}.xlsx')
    data = make_xlsx([('Liste' if lang == 'fr' else 'List', rows)], author=n.full, when=(d.year, d.month, d.day, 8, 0, 0))
    m = Mail(ctx, lang).sender(n)
    sec = school_contact(ctx, school, 'secr' if lang == 'fr' else 'secret', lang)
    m.add_to(sec[0], sec[1])
    m.cc.append((staff('Gendron').full, staff('Gendron').email))
    if lang == 'fr':
        m.subject = ctx.pick([f'Vaccination {vac[0]} du {d_fr(d, "day")}', 'Liste pour la journée de vaccination',
                              f'Vaccination scolaire — {school[0]}'])
        m.text = '\n'.join([greet(ctx, 'fr', sec[3]), '',
                            f'Voici la liste des élèves pour la séance de vaccination du {d_fr(d, "day")} (vaccin : {vac[0]}).',
                            'Pouvez-vous vérifier les groupes et me dire si des élèves seront absents? J\'ai mis en '
                            'remarque les particularités de santé à connaître.', '',
                            'Merci de ne pas afficher la liste dans le local.', '', closing(ctx, 'fr'),
                            signature(ctx, n, 'fr')]) + footer(ctx, 'fr')
    else:
        m.subject = ctx.pick([f'{vac[0]} vaccination day - student list', 'Student list for vaccination clinic'])
        m.text = '\n'.join([greet(ctx, 'en', sec[3]), '', f'Attached is the list for the {vac[0]} clinic on '
                            f'{d_en(d, "day")}. Health notes are in the last column; please keep it in the office.',
                            '', closing(ctx, 'en'), signature(ctx, n, 'en')]) + footer(ctx, 'en')
    m.attach(data=data, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename=fname)
    return r.done(render_mail(m, form=ctx.pick(['plain', 'alt'])), 'vaccination day roster (XLSX) with health notes')


# ------------------------------------------------------------------ P4 catch-up list (csv)
def p_vacc_catchup(ctx, lang):
    r = Rec(ctx, 'vaccination_catchup', lang)
    n = nurse(ctx, lang)
    people = _roster_people(ctx, lang, ctx.randint(6, 12), ctx.pick(['sec', 'prim']))
    vs = [v[0] for v in VACCINES[lang]]
    if lang == 'fr':
        hdr = ['nom', 'prenom', 'ddn', 'nam', 'ecole', 'doses_manquantes', 'commentaire']
    else:
        hdr = ['last_name', 'first_name', 'dob', 'ramq', 'school', 'missing_doses', 'comment']
    rows = [hdr]
    comments_fr = ['', '', 'nouvel arrivant, carnet incomplet', 'parent à rappeler', 'dossier papier au CLSC',
                   'à vacciner au CLSC', 'immunosupprimé (méthotrexate) — pas de vaccin vivant']
    comments_en = ['', '', 'newcomer, incomplete record', 'call parent back', 'to be vaccinated at CLSC',
                   'immunosuppressed (methotrexate) - no live vaccine']
    for p in people:
        nam = ''
        if p.nam:
            nam = p.nam if ctx.chance(0.7) else fmt_nam(ctx, p.nam, 'std')
            r.ids['nam'].append(p.nam)
            r.t('ramq_nam')
        rows.append([p.surname, p.given, p.dob.isoformat(), nam, (p.school or ('', ))[0],
                     ' + '.join(ctx.sample(vs, ctx.randint(1, 2))),
                     ctx.pick(comments_fr if lang == 'fr' else comments_en)])
        r.names.append(f'{p.surname} {p.given}')
    r.t('patient_name', 'date_of_birth', 'medication')
    enc = ctx.pick(['utf-8-sig', 'cp1252', 'utf-8'])
    data = make_csv(rows, delimiter=ctx.pick([';', ',']), encoding=enc)
    m = Mail(ctx, lang).sender(n)
    other = staff(ctx.pick([x for x in NURSES if x != n.surname]))
    m.add_to(other.full, other.email)
    fname = 'rattrapage_vaccinal.csv' if lang == 'fr' else 'catch_up_export.csv'
    if lang == 'fr':
        m.subject = ctx.pick(['Rattrapage vaccinal — export', 'Liste rattrapage à faire', 'export registre'])
        m.text = (f'{greet(ctx, "fr", other.given)}\n\nVoici l\'export du registre pour les élèves qui ont des doses '
                  f'manquantes. Peux-tu prendre ceux de ton secteur?\n\n{closing(ctx, "fr")}\n{signature(ctx, n, "fr")}')
    else:
        m.subject = 'Catch-up vaccination export'
        m.text = (f'{greet(ctx, "en", other.given)}\n\nHere is the registry export of students with missing doses. '
                  f'Can you take the ones in your sector?\n\n{closing(ctx, "en")}\n{signature(ctx, n, "en")}')
    m.text += footer(ctx, lang)
    m.attach(kind='text', text=data.decode(enc), subtype='csv', charset='utf-8' if enc != 'cp1252' else 'windows-1252',
             filename=fname)
    return r.done(render_mail(m), 'catch-up vaccination CSV export')


# ------------------------------------------------------------------ P5 anaphylaxis plan (pdf)
def p_anaphylaxis_plan(ctx, lang):
    r = Rec(ctx, 'anaphylaxis_plan', lang)
    p = patient(ctx, 'prim', lang, 0.55)
    key = ctx.pick(['peanut', 'peanut', 'nuts_adult'])
    c = CHRONIC[key]
    n = nurse(ctx, lang)
    nm = r.name(p, 'full')
    dob = r.dob(p, 'iso')
    r.t('diagnosis', 'medication', 'patient_contact')
    ph1, ph2 = ctx.phone_fmt(p.phone), ctx.phone_fmt()
    if lang == 'fr':
        blocks = [('h', 'PLAN D\'URGENCE — ANAPHYLAXIE'), ('kv', 'Nom de l\'élève :', nm), ('kv', 'Date de naissance :', dob),
                  ('kv', 'École / groupe :', f'{school_name(p, lang)} / {grade_label(p.dob)}'),
                  ('kv', 'Allergie :', c['fr']), ('kv', 'Médicament :', c['med_fr'][0]),
                  ('kv', 'Parent 1 :', f'{p.mother[0]} {p.mother[1]} — {ph1}'),
                  ('kv', 'Parent 2 :', f'{p.father[0]} {p.father[1]} — {ph2}'), ('sp',),
                  ('h2', 'En cas de réaction'),
                  ('p', '1. Administrer l\'auto-injecteur immédiatement dans la cuisse. 2. Appeler le 911. '
                        '3. Aviser les parents. 4. Une 2e dose peut être donnée après 5 minutes si aucune amélioration.'),
                  ('small', f'Consignes à l\'école : {c["school_fr"]}.')]
        if p.nam and ctx.chance(0.5):
            blocks.insert(3, ('kv', 'NAM :', r.nam(p, 'std')))
        fname = f'Plan anaphylaxie - {p.given} {p.surname}.pdf' if ctx.chance(0.5) else 'plan_urgence_anaphylaxie.pdf'
    else:
        blocks = [('h', 'ANAPHYLAXIS EMERGENCY PLAN'), ('kv', 'Student:', nm), ('kv', 'Date of birth:', dob),
                  ('kv', 'School / grade:', f'{school_name(p, lang)} / {grade_label(p.dob, "en")}'),
                  ('kv', 'Allergy:', c['en']), ('kv', 'Medication:', c['med_en'][0]),
                  ('kv', 'Parent 1:', f'{p.mother[0]} {p.mother[1]} - {ph1}'),
                  ('kv', 'Parent 2:', f'{p.father[0]} {p.father[1]} - {ph2}'), ('sp',),
                  ('p', 'Give the auto-injector right away, call 911, then call the parents.'),
                  ('small', f'At school: {c["school_en"]}.')]
        fname = f'Anaphylaxis plan {p.given} {p.surname}.pdf' if ctx.chance(0.5) else 'anaphylaxis_plan.pdf'
    if p.given + ' ' + p.surname in fname:
        r.names.append(p.given + ' ' + p.surname)
    data = make_pdf(blocks, title='Plan')
    m = Mail(ctx, lang).sender(n)
    sc = school_contact(ctx, p.school, None, lang) if p.school else ('Secrétariat', 'secretariat@cssvds.example', '', '')
    m.add_to(sc[0], sc[1])
    if lang == 'fr':
        m.subject = ctx.pick(['Plan d\'urgence anaphylaxie', f'Plan anaphylaxie — {p.given}', 'Nouveau plan d\'urgence à afficher au secrétariat'])
        m.text = (f'{greet(ctx, "fr", sc[3] or None)}\n\nCi-joint le plan d\'urgence à jour. Merci d\'en remettre une copie '
                  f'à l\'enseignante et au service de garde, et de vérifier la date d\'expiration des auto-injecteurs.'
                  f'\n\n{closing(ctx, "fr")}\n{signature(ctx, n, "fr")}')
    else:
        m.subject = ctx.pick(['Anaphylaxis plan', 'Updated emergency plan'])
        m.text = (f'{greet(ctx, "en", sc[3] or None)}\n\nPlease find the updated emergency plan attached; a copy should go '
                  f'to the homeroom teacher and the daycare.\n\n{closing(ctx, "en")}\n{signature(ctx, n, "en")}')
    m.text += footer(ctx, lang)
    m.attach(data=data, ctype='application/pdf', filename=fname)
    return r.done(render_mail(m), 'anaphylaxis emergency plan PDF for a pupil')


# ------------------------------------------------------------------ P6 diabetes plan (docx)
def p_diabetes_plan(ctx, lang):
    r = Rec(ctx, 'diabetes_plan', lang)
    p = patient(ctx, 'school', lang, 0.5)
    c = CHRONIC['t1d']
    n = nurse(ctx, lang)
    nm = r.name(p, ctx.pick(['full', 'upper_comma']))
    r.t('diagnosis', 'medication', 'lab_result')
    g1 = ctx.pick(['3,1', '2,8', '3,6']) if lang == 'fr' else ctx.pick(['3.1', '2.8', '3.6'])
    if lang == 'fr':
        blocks = [('h', 'Plan de soins individualisé — diabète de type 1'), ('kv', 'Élève :', nm),
                  ('kv', 'Groupe :', grade_label(p.dob)), ('kv', 'Diagnostic :', f'{c["fr"]} depuis {ctx.randint(2016, 2023)}'),
                  ('h2', 'Traitement'), *[('bullet', x) for x in c['med_fr']],
                  ('h2', 'Cibles et hypoglycémie'),
                  ('p', f'Cible avant le dîner : 4 à 8 mmol/L. Dernière hypoglycémie à l\'école : {g1} mmol/L le '
                        f'{d_fr(ctx.date())}, corrigée avec 15 g de glucides.'),
                  ('p', f'Consignes : {c["school_fr"]}.'),
                  ('table', [['Moment', 'Action'], ['Glycémie < 4', '15 g de glucides, recontrôler 15 min'],
                             ['Glycémie > 14', 'Vérifier cétones, aviser parent']])]
    else:
        blocks = [('h', 'Individual care plan - type 1 diabetes'), ('kv', 'Student:', nm),
                  ('kv', 'Grade:', grade_label(p.dob, 'en')), ('kv', 'Diagnosis:', c['en']),
                  ('h2', 'Treatment'), *[('bullet', x) for x in c['med_en']],
                  ('p', f'Target before lunch 4-8 mmol/L. Last school hypoglycaemia: {g1} mmol/L on {d_en(ctx.date())}.'),
                  ('p', f'Notes: {c["school_en"]}.')]
    if ctx.chance(0.4):
        blocks.insert(2, ('kv', 'Date de naissance :' if lang == 'fr' else 'DOB:', r.dob(p, 'iso')))
    d = ctx.date()
    data = make_docx(blocks, author=n.full, when=(d.year, d.month, d.day, 10, 0, 0))
    fname = ctx.pick([f'PSI_diabete_{strip_accents(p.surname)}.docx', 'plan_soins_diabete.docx', 'Plan de soins.docx'])
    if lang == 'en':
        fname = ctx.pick(['diabetes_care_plan.docx', f'Care plan {p.surname}.docx'])
    m = Mail(ctx, lang).sender(n)
    sc = school_contact(ctx, p.school, None, lang) if p.school else ('Direction', 'direction@cssvds.example', '', '')
    m.add_to(sc[0], sc[1])
    if lang == 'fr':
        m.subject = ctx.pick(['Plan de soins — diabète', 'PSI à jour pour la rentrée', 'Formation du personnel + plan de soins'])
        m.text = (f'{greet(ctx, "fr", sc[3] or None)}\n\nVoici le plan de soins mis à jour après la rencontre avec les parents. '
                  f'Je passerai jeudi pour former le personnel du service de garde.\n\n{closing(ctx, "fr")}\n'
                  f'{signature(ctx, n, "fr")}')
    else:
        m.subject = 'Updated diabetes care plan'
        m.text = (f'{greet(ctx, "en", sc[3] or None)}\n\nAttached is the updated plan after meeting with the parents. '
                  f'I will train the lunch staff on Thursday.\n\n{closing(ctx, "en")}\n{signature(ctx, n, "en")}')
    m.text += footer(ctx, lang)
    m.attach(data=data, ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document', filename=fname)
    return r.done(render_mail(m), 'type 1 diabetes school care plan (DOCX)')


# ------------------------------------------------------------------ P7 STI result
def p_sti_result(ctx, lang):
    from gen_vocab import SEXUAL
    r = Rec(ctx, 'sti_result', lang)
    p = patient(ctx, 'youth', lang, 0.5)
    key = ctx.pick(list(SEXUAL))
    s = dict(SEXUAL[key])
    if p.sex == 'M':
        s['lab_fr'] = s['lab_fr'].replace('prélèvement vaginal', 'urine')
        s['lab_en'] = s['lab_en'].replace('vaginal swab', 'urine')
    sender = staff(ctx.pick(['Vaillancourt', 'Lavigne', 'Haddad'] if lang == 'fr' else ['Goldberg', 'Lavigne']))
    to = staff(ctx.pick([x for x in ['Haddad', 'Lavigne', 'Gingras', 'Vaillancourt'] if x != sender.surname]))
    m = Mail(ctx, lang).sender(sender)
    m.add_to(to.full, to.email)
    nm = r.name(p, ctx.pick(['full', 'upper_last', 'lower', 'initial', 'full']))
    r.t('lab_result', 'diagnosis', 'medication')
    dob_line = ''
    if ctx.chance(0.5):
        dob_line = (f' (ddn {r.dob(p)})' if lang == 'fr' else f' (DOB {r.dob(p)})')
    mrn = ''
    if ctx.chance(0.35):
        mrn = r.mrn(ctx.mrn('clsc'))
    if lang == 'fr':
        m.subject = ctx.pick([f'Résultat {s["fr"]} — {nm}', 'Résultat positif à traiter', f'ITSS {nm}',
                              'Résultats de la clinique de mardi'])
        lines = [greet(ctx, 'fr', to.given), '',
                 f'Le résultat de {nm}{dob_line} est revenu : {s["lab_fr"]}.']
        if mrn:
            lines.append(f'Dossier CLSC : {mrn}')
        if p.nam and ctx.chance(0.5):
            lines.append(f'NAM : {r.nam(p)}')
        lines += [f'Traitement prévu selon l\'ordonnance collective : {s["tx_fr"]}.',
                  ctx.pick(['Je l\'ai joint{e} par texto, rendez-vous jeudi 15 h 30 pour le traitement.',
                            'Pas réussi à l\'appeler, j\'ai laissé un message sur son cellulaire (numéro au dossier).',
                            'Le ou la partenaire doit être avisé(e); on en discutera au rendez-vous.']).replace(
                      '{e}', 'e' if p.sex == 'F' else ''),
                  'Peux-tu signer l\'ordonnance individuelle si besoin?', '', closing(ctx, 'fr'), signature(ctx, sender, 'fr')]
    else:
        m.subject = ctx.pick([f'{s["en"].capitalize()} result - {nm}', 'Positive result to treat', f'STI follow-up {nm}'])
        lines = [greet(ctx, 'en', to.given), '', f'{nm}{dob_line}: {s["lab_en"]}.']
        if mrn:
            lines.append(f'CLSC chart: {mrn}')
        if p.nam and ctx.chance(0.5):
            lines.append(f'Medicare (RAMQ): {r.nam(p)}')
        lines += [f'Plan: {s["tx_en"]}; partner notification to discuss at the visit.',
                  'Booked for Thursday 3:30 pm.', '', closing(ctx, 'en'), signature(ctx, sender, 'en')]
    m.text = '\n'.join(lines) + footer(ctx, lang)
    return r.done(render_mail(m), f'youth clinic STI result ({key})')


# ------------------------------------------------------------------ P8 contraception follow-up
def p_contraception(ctx, lang):
    from gen_vocab import CONTRA, EC
    r = Rec(ctx, 'contraception', lang)
    p = patient(ctx, 'youth', lang, 0.5)
    if p.sex != 'F':
        p = ctx.kid(lang, 15, 21, sex='F')
    sender = staff(ctx.pick(['Vaillancourt', 'Lavigne', 'Gingras'] if lang == 'fr' else ['Goldberg', 'Raman']))
    to = staff('Proulx') if ctx.chance(0.4) else staff(ctx.pick(['Haddad', 'Lavigne']))
    if to.surname == sender.surname:
        to = staff('Haddad')
    m = Mail(ctx, lang).sender(sender)
    m.add_to(to.full, to.email)
    nm = r.name(p, ctx.pick(['full', 'last_first', 'lower', 'full']))
    r.t('medication')
    ec = ctx.chance(0.35)
    med = ctx.pick(EC[lang] if ec else CONTRA[lang])
    age = age_at(p.dob, datetime.date(2025, 1, 15))
    extra_dob = ctx.chance(0.5)
    if lang == 'fr':
        m.subject = ctx.pick([f'Contraception — {nm}', 'Question ordonnance', f'{nm} - renouvellement', 'Suivi clinique jeunesse'])
        lines = [greet(ctx, 'fr', to.given), '']
        if ec:
            lines.append(f'J\'ai vu {nm} ({age} ans) ce midi pour une contraception d\'urgence (relation non protégée '
                         f'il y a {ctx.randint(1, 4)} jours). Remis : {med}.')
            lines.append('Test de grossesse à faire dans 3 semaines; on a commencé à parler d\'une méthode régulière.')
        else:
            lines.append(f'{nm} ({age} ans) souhaite poursuivre {med}. Tension artérielle {ctx.randint(102, 124)}/'
                         f'{ctx.randint(62, 80)}, pas de contre-indication au questionnaire.')
            lines.append('Peux-tu faire le renouvellement pour 12 mois? Elle passera à la pharmacie vendredi.')
        if extra_dob:
            lines.append(f'Date de naissance : {r.dob(p)}')
        if p.nam and ctx.chance(0.6):
            lines.append(f'NAM : {r.nam(p)}')
        lines += ['', closing(ctx, 'fr'), signature(ctx, sender, 'fr')]
    else:
        m.subject = ctx.pick([f'Contraception - {nm}', 'Prescription question', 'Youth clinic follow-up'])
        lines = [greet(ctx, 'en', to.given), '']
        if ec:
            lines.append(f'Saw {nm} ({age}) today for emergency contraception (unprotected sex {ctx.randint(1, 4)} days '
                         f'ago). Given: {med}. Pregnancy test in 3 weeks.')
        else:
            lines.append(f'{nm} ({age}) wants to continue {med}. BP {ctx.randint(102, 124)}/{ctx.randint(62, 80)}, '
                         f'no contraindications. Can you renew for 12 months?')
        if extra_dob:
            lines.append(f'DOB: {r.dob(p)}')
        if p.nam and ctx.chance(0.6):
            lines.append(f'RAMQ: {r.nam(p)}')
        lines += ['', closing(ctx, 'en'), signature(ctx, sender, 'en')]
    m.text = '\n'.join(lines) + footer(ctx, lang)
    return r.done(render_mail(m), 'youth clinic contraception follow-up')


# ------------------------------------------------------------------ P9 pregnancy referral
def p_pregnancy(ctx, lang):
    r = Rec(ctx, 'pregnancy_referral', lang)
    p = patient(ctx, 'youth', lang, 0.4)
    if p.sex != 'F':
        p = ctx.kid(lang, 15, 20, sex='F')
    sender = staff(ctx.pick(['Vaillancourt', 'Lavigne'] if lang == 'fr' else ['Goldberg', 'Lavigne']))
    m = Mail(ctx, lang).sender(sender)
    clinic = ('Clinique de planification des naissances', 'cpn@hrrs.example') if lang == 'fr' else \
        ('Family planning clinic', 'familyplanning@westvale-ch.example')
    m.add_to(*clinic)
    nm = r.name(p, ctx.pick(['full', 'upper_comma', 'full']))
    dob = r.dob(p)
    weeks = ctx.randint(6, 11)
    r.t('lab_result', 'diagnosis', 'patient_contact')
    ph = ctx.phone_fmt(p.phone)
    if lang == 'fr':
        m.subject = ctx.pick(['Demande de rendez-vous — IVG', 'Référence CPN', f'Référence {nm}'])
        lines = [greet(ctx, 'fr'), '', f'Je vous réfère {nm}, née le {dob}.',
                 f'Test de grossesse urinaire positif à la clinique jeunesse le {d_fr(ctx.date())}; DDM il y a environ '
                 f'{weeks} semaines. Elle souhaite une interruption de grossesse et a été informée des options.',
                 f'Elle préfère être jointe sur son cellulaire : {ph} (ne pas laisser de message détaillé, '
                 f'les parents ne sont pas au courant).']
        if p.nam and ctx.chance(0.7):
            lines.append(f'NAM : {r.nam(p)}')
        lines += ['', closing(ctx, 'fr'), signature(ctx, sender, 'fr')]
    else:
        m.subject = ctx.pick(['Appointment request - termination', 'Referral to family planning'])
        lines = [greet(ctx, 'en'), '', f'Referring {nm}, DOB {dob}.',
                 f'Positive urine pregnancy test at the youth clinic; LMP about {weeks} weeks ago. She is requesting a '
                 f'termination and was counselled on all options.',
                 f'Please call her cell at {ph} (no detailed voicemail, parents are not aware).', '',
                 closing(ctx, 'en'), signature(ctx, sender, 'en')]
    m.text = '\n'.join(lines) + footer(ctx, lang)
    m.importance = 'High' if ctx.chance(0.4) else None
    return r.done(render_mail(m), 'youth clinic referral for termination of pregnancy')


# ------------------------------------------------------------------ P10 youth mental health
def p_mental_health(ctx, lang):
    from gen_vocab import MENTAL
    r = Rec(ctx, 'mental_health', lang)
    p = patient(ctx, 'sec', lang, 0.5)
    prob, plan = ctx.pick(MENTAL[lang])
    school = p.school if p.school and (p.school[2] == lang) else \
        ctx.pick([s for s in __import__('gen_common').SCHOOLS if s[1] == 'sec' and s[2] == lang])
    if lang == 'fr':
        g, s_, role = ctx.pick([('Geneviève', 'Allard', 'psychologue scolaire'), ('Audrey', 'Bourassa', 'TES'),
                                ('Simon', 'Desjardins', "conseiller d'orientation")])
    else:
        g, s_, role = ctx.pick([('Tom', 'Okafor', 'guidance counsellor'), ('Carla', 'Mendes', 'special education technician')])
    from_addr = f'{slug(g)}.{slug(s_)}@{school[3]}'
    to = staff(ctx.pick(['Laberge', 'Belhadj', 'Pépin']))
    nm = r.name(p, ctx.pick(['full', 'lower', 'upper_last']))
    r.t('diagnosis')
    m = Mail(ctx, lang)
    m.frm = (f'{g} {s_}', from_addr)
    m.add_to(to.full, to.email)
    n = nurse(ctx, lang)
    m.cc.append((n.full, n.email))
    social = ctx.chance(0.4)
    if lang == 'fr':
        m.subject = ctx.pick([f'URGENT — {nm}', 'Demande de service rapide', f'Élève vu ce matin : {nm}',
                              'Référence accueil psychosocial'])
        lines = [greet(ctx, 'fr', to.given), '',
                 f'J\'ai rencontré {nm} ({grade_label(p.dob)}) ce matin pour {prob}.',
                 f'Ce qui a été fait : {plan}.']
        if social:
            from gen_vocab import SOCIAL
            lines.append('Contexte : ' + ctx.pick(SOCIAL['fr']) + '.')
            r.t('social_information')
        lines += [f'Pouvez-vous {pron(p)[1]} prendre en priorité à l\'accueil psychosocial? Je suis à l\'école jusqu\'à 16 h.',
                  '', f'{g} {s_}', role[0].upper() + role[1:], school[0]]
    else:
        m.subject = ctx.pick([f'URGENT - {nm}', 'Priority referral', 'Student seen this morning'])
        lines = [greet(ctx, 'en', to.given), '', f'I met with {nm} ({grade_label(p.dob, "en")}) this morning for {prob}.',
                 f'What was done: {plan}.']
        if social:
            from gen_vocab import SOCIAL
            lines.append('Context: ' + ctx.pick(SOCIAL['en']) + '.')
            r.t('social_information')
        lines += ['Could intake see this student as a priority? I am at school until 4 pm.', '', f'{g} {s_}', role, school[0]]
    m.text = '\n'.join(lines)
    m.importance = 'High'
    return r.done(render_mail(m), 'school staff urgent referral to CLSC psychosocial intake')


# ------------------------------------------------------------------ P11 youth protection
def p_dpj(ctx, lang):
    from gen_vocab import SOCIAL
    r = Rec(ctx, 'youth_protection', lang)
    p = patient(ctx, 'school', lang, 0.45)
    sw = staff(ctx.pick(['Laberge', 'Belhadj']))
    m = Mail(ctx, lang).sender(sw)
    m.add_to('Réception des signalements' if lang == 'fr' else 'Intake - youth protection', f'rts@{ORG["dpj_dom"]}')
    nm = r.name(p, ctx.pick(['full', 'upper_comma', 'last_first']))
    dob = r.dob(p)
    r.t('social_information')
    mother = f'{p.mother[0]} {p.mother[1]}'
    street, town, pc = p.address
    addr_included = ctx.chance(0.6)
    if addr_included:
        r.t('patient_contact')
    if lang == 'fr':
        facts = ctx.pick([
            f'l\'enfant arrive régulièrement à l\'école sans dîner et avec des vêtements inadaptés au froid; '
            f'{pron(p)[0]} a mentionné à l\'enseignante que « maman dort toute la journée »',
            f'ecchymoses sur l\'avant-bras et le cou observées par l\'infirmière scolaire le {d_fr(ctx.date())}; '
            f'{pron(p)[0]} dit être tombé{"e" if p.sex == "F" else ""} dans l\'escalier',
            f'absentéisme de 40 % depuis septembre, la mère ne répond plus aux appels de l\'école',
            'dévoilement à la TES d\'attouchements par un membre de la famille élargie'])
        m.subject = ctx.pick(['Confirmation écrite de signalement', 'Signalement — suivi écrit', f'Signalement {nm}'])
        lines = [greet(ctx, 'fr'), '', 'Tel que convenu au téléphone ce matin, voici la confirmation écrite de notre '
                 'signalement.', '', f'Enfant : {nm}, né{"e" if p.sex == "F" else ""} le {dob}',
                 f'Mère : {mother}']
        if addr_included:
            lines.append(f'Adresse : {street}, {town} {pc}')
        lines += [f'Faits observés : {facts}.', '', 'Je demeure disponible pour compléter l\'information.', '',
                  signature(ctx, sw, 'fr', 'full')]
    else:
        facts = ctx.pick(['child regularly arrives without lunch and without winter clothing',
                          f'bruises on the forearm and neck seen by the school nurse on {d_en(ctx.date())}',
                          '40% absenteeism since September; mother no longer answers the school'])
        m.subject = ctx.pick(['Written confirmation of report', f'Report - {nm}'])
        lines = [greet(ctx, 'en'), '', 'As discussed by phone this morning, here is the written confirmation of our report.',
                 '', f'Child: {nm}, DOB {dob}', f'Mother: {mother}']
        if addr_included:
            lines.append(f'Address: {street}, {town} {pc}')
        lines += [f'Observed: {facts}.', '', signature(ctx, sw, 'en', 'full')]
    m.text = '\n'.join(lines) + footer(ctx, lang)
    return r.done(render_mail(m), 'written confirmation of youth-protection report')


# ------------------------------------------------------------------ P12 parent mail forwarded inline
def p_parent_forward(ctx, lang):
    r = Rec(ctx, 'parent_forward', lang)
    p = patient(ctx, 'school', lang, 0.5)
    key = ctx.pick(['epilepsy', 'asthma', 'adhd', 'anxiety', 'celiac', 'sickle', 'hypothyroid'])
    c = CHRONIC[key]
    mother = f'{p.mother[0]} {p.mother[1]}'
    maddr = f'{slug(p.mother[0])}.{slug(p.mother[1])}@' + ctx.pick(['courriel.example', 'mail.example'])
    school = p.school or ctx.pick(__import__('gen_common').SCHOOLS[:7])
    sec = school_contact(ctx, school, 'secr' if lang == 'fr' else 'secret', lang)
    n = nurse(ctx, lang)
    given_form = p.given
    r.names.append(p.given + ' ' + p.surname)
    r.t('patient_name', 'diagnosis')
    meds = c['med_' + lang]
    if meds:
        r.t('medication')
    ph = ctx.phone_fmt(p.phone)
    if lang == 'fr':
        orig = '\n'.join([
            'Bonjour,', '',
            f'Je voulais vous informer que {given_form} {p.surname} ({grade_label(p.dob)}, groupe de Mme Lauzon) a eu '
            f'un nouveau diagnostic : {c["fr"]}.' + (f' Le médecin a prescrit {meds[0]}.' if meds else ''),
            'Est-ce que l\'infirmière pourrait me rappeler pour voir ce qu\'il faut faire à l\'école?',
            f'Mon cell : {ph}', '', 'Merci', mother])
        fwd = forward_block(ctx, 'fr', (mother, maddr), (sec[0], sec[1]), ctx.dt(), 'Info santé de mon enfant', orig)
        m = Mail(ctx, 'fr')
        m.frm = (sec[0], sec[1])
        m.add_to(n.full, n.email)
        m.subject = ctx.pick(['TR: Info santé de mon enfant', 'Tr : message d\'un parent', 'TR: Info santé'])
        m.text = f'{greet(ctx, "fr", n.given)}\n\nJe te transfère le courriel d\'une mère reçu ce matin.\n\n{sec[0]}\n{school[0]}\n\n{fwd}'
    else:
        orig = '\n'.join(['Hello,', '', f'{given_form} {p.surname} ({grade_label(p.dob, "en")}) was just diagnosed with '
                          f'{c["en"]}.' + (f' The doctor prescribed {meds[0]}.' if meds else ''),
                          'Could the nurse call me about what is needed at school?', f'My cell: {ph}', '', 'Thanks,', mother])
        fwd = forward_block(ctx, 'en', (mother, maddr), (sec[0], sec[1]), ctx.dt(), 'Health info for my child', orig)
        m = Mail(ctx, 'en')
        m.frm = (sec[0], sec[1])
        m.add_to(n.full, n.email)
        m.subject = 'FW: Health info for my child'
        m.text = f'{greet(ctx, "en", n.given)}\n\nForwarding a parent\'s e-mail from this morning.\n\n{sec[0]}\n{school[0]}\n\n{fwd}'
    r.t('patient_contact')
    return r.done(render_mail(m), 'school secretary forwards a parent e-mail with new diagnosis')


# ------------------------------------------------------------------ P13 teacher about ADHD meds
def p_teacher_meds(ctx, lang):
    r = Rec(ctx, 'teacher_medication', lang)
    p = patient(ctx, 'prim', lang, 0.5)
    key = ctx.pick(['adhd', 'adhd2', 'epilepsy', 'asthma'])
    c = CHRONIC[key]
    school = p.school or ctx.pick(__import__('gen_common').SCHOOLS[:4])
    t = school_contact(ctx, school, 'enseign' if lang == 'fr' else 'teacher', lang)
    n = nurse(ctx, lang)
    m = Mail(ctx, lang)
    m.frm = (t[0], t[1])
    m.add_to(n.full, n.email)
    nm = r.name(p, ctx.pick(['full', 'initial', 'full', 'lower']))
    r.t('medication', 'diagnosis')
    med = c['med_' + lang][0]
    il = pron(p)[0]
    drug = drug_name(med)
    de_ = "d'" if drug[0].lower() in 'aeéiouyh' else 'de '
    if lang == 'fr':
        m.subject = ctx.pick([f'{p.given} et sa médication', 'Question médicament', f'Re: {nm}', 'petite question'])
        if key in ('adhd', 'adhd2'):
            body = (f'Bonjour {n.given},\n\nJe voulais te dire que {nm} semble ne pas avoir pris son {drug} depuis '
                    f'lundi. Son {c["fr"].split(" (")[0]} est vraiment plus difficile à gérer en classe, {il} ne tient pas '
                    f'en place. La mère dit qu\'il n\'y en a plus à la pharmacie. Est-ce que tu peux la rappeler?'
                    f'\n\nMerci!\n{t[3]}')
        else:
            body = (f'Salut {n.given},\n\n{nm} a fait une crise en fin de journée hier ({c["fr"]}). On a suivi le '
                    f'plan. Est-ce normal qu\'on n\'ait pas {de_}{drug} à l\'école? Je ne me sens pas à '
                    f'l\'aise.\n\n{t[0]}\n{t[2]}')
    else:
        m.subject = ctx.pick([f'{p.given} - medication', 'Quick question', 'medication at school'])
        if key in ('adhd', 'adhd2'):
            body = (f'Hi {n.given},\n\n{nm} seems to have missed {pron(p, "en")[2]} {drug} all week ({c["en"]}); '
                    f'it is really showing in class. Mom says the pharmacy is out of stock. Could you give her a call?'
                    f'\n\nThanks,\n{t[3]}')
        else:
            body = (f'Hi {n.given},\n\n{nm} had an episode at the end of the day yesterday ({c["en"]}). We followed '
                    f'the plan, but we have no {drug} at school. Is that normal?\n\n{t[0]}\n{t[2]}')
    m.text = body
    return r.done(render_mail(m), 'teacher asks school nurse about a pupil\'s medication')
