"""Positive templates, part A: referrals, audiograms, vestibular tests, implant mapping, candidacy."""
from gen_common import L, Spec, Att, ORG, d_long, d_day, d_iso, hhmm, pat_word, he, ne, thanks, greet, quote
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv
from gen_mime import html_table

FREQS = [250, 500, 1000, 2000, 4000, 8000]


def audiogram(rng, profile):
    """Thresholds (dB HL) for right and left ears."""
    def curve(base, slope, noise=5):
        out = []
        for i, _ in enumerate(FREQS):
            v = base + slope * max(0, i - 1) + rng.choice([-5, 0, 0, 5]) * (noise // 5)
            out.append(max(-5, min(120, 5 * round(v / 5))))
        return out
    if profile == 'normal':
        return curve(10, 1), curve(10, 1)
    if profile == 'presby':
        return curve(20, 12), curve(25, 12)
    if profile == 'ssnhl_r':
        return curve(65, 5), curve(15, 4)
    if profile == 'ssnhl_l':
        return curve(15, 4), curve(70, 4)
    if profile == 'profound':
        return curve(90, 5), curve(95, 4)
    if profile == 'noise':
        r = curve(15, 0)
        l = curve(15, 0)
        r[4] += 40
        l[4] += 45
        r[3] += 15
        l[3] += 20
        return r, l
    if profile == 'conductive_l':
        return curve(15, 1), curve(45, -3)
    return curve(30, 6), curve(30, 6)


def pta(th):
    return round(sum(th[1:4]) / 3)


def audio_rows(lang, r, l):
    head = [L(lang, 'Oreille', 'Ear')] + ['%d Hz' % f for f in FREQS] + [L(lang, 'MSP', 'PTA')]
    return [head, [L(lang, 'OD', 'RE')] + r + [pta(r)], [L(lang, 'OG', 'LE')] + l + [pta(l)]]


def audio_text(lang, r, l):
    rows = audio_rows(lang, r, l)
    out = []
    for row in rows:
        out.append('  '.join(str(x).ljust(7) for x in row).rstrip())
    return '\n'.join(out)


DX = {
    'ssnhl': ('surdité neurosensorielle brusque', 'sudden sensorineural hearing loss'),
    'asym': ('surdité neurosensorielle asymétrique', 'asymmetric sensorineural hearing loss'),
    'tinn': ('acouphène unilatéral pulsatile', 'unilateral pulsatile tinnitus'),
    'com': ('otite moyenne chronique avec otorrhée', 'chronic otitis media with otorrhea'),
    'chole': ('cholestéatome atical', 'attic cholesteatoma'),
    'otos': ('otospongiose', 'otosclerosis'),
    'presby': ('presbyacousie', 'presbycusis'),
    'meniere': ('maladie de Ménière', "Ménière's disease"),
    'bppv': ('VPPB du canal postérieur droit', 'right posterior canal BPPV'),
    'neuritis': ('névrite vestibulaire gauche', 'left vestibular neuritis'),
    'bvh': ('hypofonction vestibulaire bilatérale', 'bilateral vestibular hypofunction'),
    'profound': ('surdité neurosensorielle sévère à profonde bilatérale',
                 'bilateral severe-to-profound sensorineural hearing loss'),
    'ome': ('otite séreuse bilatérale', 'bilateral otitis media with effusion'),
    'perf': ('perforation tympanique centrale gauche', 'left central TM perforation'),
}


def dx(lang, key):
    return DX[key][0] if lang == 'fr' else DX[key][1]


# ---------------------------------------------------------------------------
def t_referral(ctx, lang):
    rng = ctx.rng
    T = set(['diagnosis'])
    fm = ctx.staff(lang, 'fm')
    ent = ctx.staff(lang, 'orl', 'ent_lead_' + lang)
    clerk = ctx.staff(lang, 'clerk', 'ent_clerk_' + lang)
    fm = dict(fm, email='%s@%s' % (fm['email'].split('@')[0], ctx.pick(['gmf-riviere.example', 'cliniquelesaules.example', 'clinique-du-pont.example'])))
    p = ctx.patient(lang, 25, 85, nam=ctx.chance(0.75 if lang == 'fr' else 0.4))
    kind = ctx.pick(['ssnhl', 'asym', 'tinn', 'com', 'otos'])
    spec = Spec('referral', lang, fm, [clerk], '', '', cc=[ent] if ctx.chance(0.3) else None)
    idl = ctx.ident(spec, p, lang, T)
    onset = ctx.earlier(2, 9)
    if kind == 'ssnhl':
        T.add('medication')
        side = ctx.pick([('droite', 'right'), ('gauche', 'left')])
        hx = L(lang,
               'Baisse auditive soudaine à %s depuis le %s au réveil, avec plénitude et acouphène. Pas de vertige. '
               "Weber latéralisé à l'oreille saine. J'ai débuté prednisone 60 mg PO die x 7 jours." % (side[0], d_long(onset, 'fr')),
               'Sudden hearing loss in the %s ear since waking on %s, with aural fullness and tinnitus. No vertigo. '
               'Weber lateralizes to the good ear. Started prednisone 60 mg PO daily x 7 days.' % (side[1], d_long(onset, 'en')))
        urg = L(lang, 'URGENT – ', 'URGENT - ')
    elif kind == 'asym':
        hx = L(lang, 'Surdité asymétrique progressive (G > D) découverte au dépistage, acouphène gauche. '
               'Audiogramme en pharmacie : écart de 25 dB à 2-4 kHz. IRM à prévoir?',
               'Progressive asymmetric hearing loss (L > R) found on screening, left tinnitus. '
               'Pharmacy audiogram shows a 25 dB gap at 2-4 kHz. ? needs MRI')
        urg = ''
    elif kind == 'tinn':
        hx = L(lang, "Acouphène pulsatile droit synchrone au pouls depuis 3 mois, insomnie. TA 148/92 sous amlodipine 5 mg.",
               'Right pulsatile tinnitus, pulse-synchronous, for 3 months, poor sleep. BP 148/92 on amlodipine 5 mg.')
        T.add('medication')
        urg = ''
    elif kind == 'com':
        hx = L(lang, "Otorrhée gauche récidivante malgré Ciprodex x 3 cures, hypoacousie. Diabète type 2 (metformine).",
               'Recurrent left otorrhea despite three courses of Ciprodex, hearing decreased. Type 2 diabetic on metformin.')
        T.add('medication')
        urg = ''
    else:
        hx = L(lang, "Hypoacousie de transmission progressive, mère avec otospongiose. Rinne négatif à gauche.",
               'Progressive conductive hearing loss, mother had otosclerosis. Rinne negative on the left.')
        urg = ''
    label = dx(lang, kind)
    subj_name = ctx.chance(0.35)
    who = ctx.name(p, lang, 'surfirst' if subj_name else None)
    spec.subject = L(lang, '%sRéférence ORL – %s' % (urg, who if subj_name else label),
                     '%sENT referral - %s' % (urg, who if subj_name else label))
    body = [greet(rng, lang),
            L(lang, "Je vous réfère %s pour évaluation en ORL :" % ('la patiente suivante' if p.fem() else 'le patient suivant'),
              'Please see the following patient in the ENT clinic:'),
            '',
            idl,
            '']
    if ctx.chance(0.5):
        T.add('patient_contact')
        body.append(L(lang, 'Tél. (domicile) : ', 'Home phone: ') + p.phone)
    body += [L(lang, 'Motif : ', 'Reason: ') + label, hx, '',
             L(lang, 'Merci de la convoquer rapidement.' if p.fem() else 'Merci de le convoquer rapidement.',
               'Thank you for seeing %s.' % ('her' if p.fem() else 'him')),
             '', ctx.sig(fm, lang, unit=L(lang, 'GMF de la Rivière', 'Riverside Family Medicine Group'))]
    atts = []
    if ctx.chance(0.3):
        pdf = make_pdf(L(lang, 'Demande de consultation – ORL', 'Consultation request - ENT'),
                       [idl, L(lang, 'Motif : ', 'Reason: ') + label, hx,
                        L(lang, 'Médecin référent : ', 'Referring physician: ') + fm['name']],
                       author=fm['name'])
        atts.append(Att(L(lang, 'consultation_ORL_', 'ENT_referral_') + ctx.fname(p) + '.pdf',
                        'application/pdf', pdf, 'pdf'))
    spec.text = '\n'.join(body)
    spec.atts = atts
    spec.types = sorted(T)
    spec.note = L(lang, 'référence médecin de famille vers ORL', 'family physician referral to ENT')
    return spec


def t_audiogram(ctx, lang):
    rng = ctx.rng
    T = set(['lab_result', 'diagnosis'])
    aud = ctx.staff(lang, 'audio')
    ent = ctx.staff(lang, 'orl')
    p = ctx.patient(lang, 20, 92, nam=ctx.chance(0.3))
    prof = ctx.pick(['presby', 'ssnhl_r', 'ssnhl_l', 'noise', 'conductive_l', 'flat'])
    r, l = audiogram(rng, prof)
    concl = {
        'presby': ('Surdité neurosensorielle bilatérale symétrique, légère à modérée en pente, compatible avec une presbyacousie.',
                   'Bilateral symmetric sloping mild-to-moderate SNHL consistent with presbycusis.'),
        'ssnhl_r': ("Surdité neurosensorielle droite sévère d'apparition récente; oreille gauche normale.",
                    'Severe right SNHL of recent onset; left ear within normal limits.'),
        'ssnhl_l': ('Surdité neurosensorielle gauche sévère-profonde, asymétrie marquée. IRM suggérée.',
                    'Severe-to-profound left SNHL, marked asymmetry. MRI suggested.'),
        'noise': ('Encoche bilatérale à 4 kHz compatible avec une exposition au bruit.',
                  'Bilateral 4 kHz notch consistent with noise exposure.'),
        'conductive_l': ('Surdité de transmission gauche, écart aérien-osseux 30 dB, tympanogramme type As.',
                         'Left conductive loss, 30 dB air-bone gap, type As tympanogram.'),
        'flat': ('Surdité neurosensorielle bilatérale modérée, plate.', 'Bilateral flat moderate SNHL.'),
    }[prof][0 if lang == 'fr' else 1]
    tymp = ctx.pick(['A / A', 'A / B', 'As / A', 'C / A', 'A / As'])
    srs = '%d %% / %d %%' % (ctx.pick([96, 92, 88, 84, 76, 68]), ctx.pick([100, 96, 92, 80, 56, 40]))
    spec = Spec('audiogram', lang, aud, [ent], '', '')
    mode = ctx.pick(['inline', 'inline', 'pdf_named', 'pdf_only_name_in_file'])
    seen = ctx.earlier(0, 3)
    table_txt = audio_text(lang, r, l)
    res_lines = [L(lang, 'Tympanométrie (OD / OG) : ', 'Tympanometry (RE / LE): ') + tymp,
                 L(lang, 'Reconnaissance de mots (OD / OG) : ', 'Word recognition (RE / LE): ') + srs,
                 L(lang, 'Conclusion : ', 'Impression: ') + concl]
    if mode == 'pdf_only_name_in_file':
        T.add('patient_name')
        spec.names.append(p.surname)
        spec.subject = L(lang, 'Audiogramme – pt vu(e) ce matin', 'Audiogram from this morning')
        body = [greet(rng, lang, ent['title']),
                L(lang, "Ci-joint l'audiogramme de %s vu%s ce matin en clinique (voir nom du fichier). En bref : %s" %
                  (pat_word(p, lang), 'e' if p.fem() else '', concl[0].lower() + concl[1:]),
                  "Attached is the audiogram for the patient I saw this morning (see file name). In short: %s" % concl),
                '', ctx.sig(aud, lang)]
        pdf = make_pdf(L(lang, 'Audiogramme tonal et vocal', 'Pure-tone and speech audiogram'),
                       [L(lang, 'Date : ', 'Date: ') + d_iso(seen)] + res_lines[:2],
                       table=audio_rows(lang, r, l), author=aud['name'])
        spec.atts = [Att('%s_%s_%s.pdf' % (L(lang, 'audiogramme', 'audiogram'), ctx.fname(p, 'SUR_Giv'), d_iso(seen)),
                         'application/pdf', pdf, 'pdf')]
    else:
        mrn_only = ctx.chance(0.3)
        if mrn_only:
            idl = ctx.ident(spec, p, lang, T, dob=ctx.chance(0.4), mrn=True, nam=False, with_name=False)
            spec.subject = ctx.pick([L(lang, 'Audiogramme ', 'Audiogram ') + p.mrn,
                                     L(lang, 'Évaluation audiologique', 'Audiology assessment')])
        else:
            idl = ctx.ident(spec, p, lang, T, dob=ctx.chance(0.6))
            spec.subject = ctx.pick([L(lang, 'Résultats audio – ', 'Audio results - ') + ctx.name(p, lang, 'initial'),
                                     L(lang, 'Audiogramme ', 'Audiogram ') + p.mrn,
                                     L(lang, 'Évaluation audiologique', 'Audiology assessment')])
            if 'Audio results' in spec.subject or 'Résultats audio' in spec.subject:
                spec.names.append(p.surname)
        if p.mrn in spec.subject:
            T.add('mrn')
            spec.ids.append(('mrn', p.mrn_digits))
        body = [greet(rng, lang, ent['title']), '',
                L(lang, 'Évaluation audiologique du %s :' % d_long(seen, 'fr'), 'Audiology assessment on %s:' % d_long(seen, 'en')),
                idl, '']
        if mode == 'inline':
            body += [table_txt, ''] + res_lines
            if ctx.chance(0.5):
                spec.html = ('<p>%s</p><p>%s</p>%s<p>%s</p><p>%s</p>' % (
                    body[0], '<br>'.join(body[2:4]), html_table(audio_rows(lang, r, l)), '<br>'.join(res_lines),
                    ctx.sig(aud, lang, short=True).replace('\n', '<br>')))
        else:
            body += [res_lines[-1], L(lang, 'Audiogramme complet en pièce jointe.', 'Full audiogram attached.')]
            pdf = make_pdf(L(lang, 'Audiogramme', 'Audiogram'), [idl, d_iso(seen)] + res_lines,
                           table=audio_rows(lang, r, l), author=aud['name'])
            spec.atts = [Att('%s_%s.pdf' % (L(lang, 'audiogramme', 'audiogram'), p.mrn.replace(' ', '')),
                             'application/pdf', pdf, 'pdf')]
        body += ['', thanks(rng, lang), ctx.sig(aud, lang, unit=ORG[lang]['audio'])]
    spec.text = '\n'.join(body)
    spec.types = sorted(T)
    spec.note = L(lang, 'résultats audiogramme à l\'ORL', 'audiogram results to ENT')
    return spec


def t_vestibular(ctx, lang):
    rng = ctx.rng
    T = set(['lab_result', 'diagnosis'])
    phys = ctx.staff(lang, 'audio')
    ent = ctx.staff(lang, 'otol')
    p = ctx.patient(lang, 30, 88, nam=ctx.chance(0.35))
    k = ctx.pick(['bppv', 'neuritis', 'meniere', 'bvh'])
    spec = Spec('vestibular', lang, phys, [ent], '', '')
    idl = ctx.ident(spec, p, lang, T, dob=ctx.chance(0.5))
    uw = rng.randint(28, 64)
    gain_r, gain_l = (round(rng.uniform(0.85, 1.05), 2), round(rng.uniform(0.35, 0.62), 2))
    res = {
        'bppv': (['Dix-Hallpike droit positif : nystagmus géotropique torsionnel, latence 3 s, durée 20 s.',
                  'Manœuvre d\'Epley effectuée x 2, Dix-Hallpike négatif au contrôle.'],
                 ['Right Dix-Hallpike positive: geotropic torsional nystagmus, 3 s latency, 20 s duration.',
                  'Epley manoeuvre x 2, repeat Dix-Hallpike negative.']),
        'neuritis': (['Épreuves caloriques : parésie canalaire gauche %d %% (Jongkees).' % uw,
                      'vHIT : gain CSC droit %.2f, gauche %.2f avec saccades de rattrapage overt.' % (gain_r, gain_l)],
                     ['Calorics: left canal paresis %d%% (Jongkees).' % uw,
                      'vHIT: right lateral gain %.2f, left %.2f with overt catch-up saccades.' % (gain_r, gain_l)]),
        'meniere': (['Audiogramme : SNH gauche en basses fréquences (40 dB à 250-500 Hz), fluctuante.',
                     'ECochG : ratio SP/AP 0,52 à gauche. Caloriques : parésie G %d %%.' % uw],
                    ['Audiogram: left low-frequency SNHL (40 dB at 250-500 Hz), fluctuating.',
                     'ECochG: SP/AP ratio 0.52 left. Calorics: left paresis %d%%.' % uw]),
        'bvh': (['vHIT : gains bilatéraux abaissés (D %.2f, G %.2f).' % (gain_l - 0.1, gain_l),
                 'Caloriques : réponses < 6°/s bilatéralement. Antécédent de gentamicine IV (2023).'],
                ['vHIT: reduced gains bilaterally (R %.2f, L %.2f).' % (gain_l - 0.1, gain_l),
                 'Calorics: responses < 6 deg/s bilaterally. History of IV gentamicin (2023).']),
    }[k][0 if lang == 'fr' else 1]
    plan = {
        'bppv': ('Pas de médication. Revoir PRN.', 'No medication needed. See PRN.'),
        'neuritis': ('Cesser le dimenhydrinate (Gravol) et référer en réadaptation vestibulaire.',
                     'Stop dimenhydrinate (Gravol); refer to vestibular rehab.'),
        'meniere': ('Suggère bétahistine 24 mg BID et diète hyposodée; HCTZ à discuter.',
                    'Suggest betahistine 24 mg BID and low-salt diet; consider HCTZ.'),
        'bvh': ('Réadaptation vestibulaire; éviter aminosides. Chutes x 2 ce mois-ci.',
                'Vestibular rehab; avoid aminoglycosides. Two falls this month.'),
    }[k][0 if lang == 'fr' else 1]
    if k in ('neuritis', 'meniere', 'bvh'):
        T.add('medication')
    subj_opts = [L(lang, 'VNG / vHIT – ', 'VNG / vHIT - ') + ctx.name(p, lang, ctx.pick(['surfirst', 'title_sur', 'initial'])),
                 L(lang, 'Clinique vestibulaire – résultats', 'Vestibular clinic - results'),
                 L(lang, 'Bilan vestibulaire ', 'Vestibular work-up ') + dx(lang, k)]
    spec.subject = ctx.pick(subj_opts)
    body = [greet(rng, lang, ent['title']), '',
            L(lang, 'Résultats du bilan vestibulaire de ce jour :', "Results of today's vestibular testing:"),
            idl, ''] + ['- ' + x for x in res] + ['',
            L(lang, 'Impression : ', 'Impression: ') + dx(lang, k), L(lang, 'Plan : ', 'Plan: ') + plan,
            '', ctx.sig(phys, lang, unit=ORG[lang]['vest'])]
    spec.text = '\n'.join(body)
    if ctx.chance(0.25):
        rows = [[L(lang, 'Épreuve', 'Test'), L(lang, 'Résultat', 'Result')]] + [[str(i + 1), x] for i, x in enumerate(res)]
        spec.atts = [Att(L(lang, 'rapport_VNG_', 'VNG_report_') + p.mrn.replace(' ', '') + '.docx',
                         'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         make_docx(L(lang, 'Rapport de vidéonystagmographie', 'Videonystagmography report'),
                                   [idl, L(lang, 'Impression : ', 'Impression: ') + dx(lang, k)], rows, author=phys['name']),
                         'docx')]
    spec.types = sorted(T)
    spec.note = L(lang, 'résultats bilan vestibulaire', 'vestibular test results')
    return spec


def t_ci_mapping(ctx, lang):
    rng = ctx.rng
    T = set(['lab_result', 'diagnosis'])
    aud = ctx.staff(lang, 'ci_audio', 'ci_aud_' + lang)
    sur = ctx.staff(lang, 'otol', 'ci_surgeon_' + lang)
    child = ctx.chance(0.35)
    p = ctx.patient(lang, 2, 12, nam=ctx.chance(0.5)) if child else ctx.patient(lang, 25, 89, nam=ctx.chance(0.4))
    spec = Spec('ci_mapping', lang, aud, [sur], '', '')
    side = ctx.pick([('droite', 'right'), ('gauche', 'left')])
    weeks = ctx.pick([1, 4, 12, 26, 52])
    n_el = 22
    imps = [round(rng.uniform(4.5, 11.5), 1) for _ in range(n_el)]
    bad = sorted(rng.sample(range(1, n_el + 1), ctx.pick([0, 1, 2])))
    for b in bad:
        imps[b - 1] = 'OC'
    hrs = round(rng.uniform(3.5, 14.0), 1)
    score = rng.randint(18, 88)
    given_only = ctx.chance(0.25) and child
    if given_only:
        T.add('patient_name')
        spec.names.append(p.given)
        who = p.given
        idl = L(lang, 'Dossier : ', 'MRN: ') + p.mrn
        T.add('mrn')
        spec.ids.append(('mrn', p.mrn_digits))
    else:
        idl = ctx.ident(spec, p, lang, T, dob=child or ctx.chance(0.4))
        who = ctx.name(p, lang, ctx.pick(['title_sur', 'initial', 'full', 'surfirst']))
    bad_txt = (', '.join('E%d' % b for b in bad)) if bad else L(lang, 'aucune', 'none')
    lines = [L(lang, 'Programmation IC %s – %s semaine(s) post-activation' % (side[0], weeks),
               'CI programming, %s ear - %d week(s) post activation' % (side[1], weeks)),
             L(lang, 'Électrodes désactivées (circuit ouvert) : ', 'Electrodes deactivated (open circuit): ') + bad_txt,
             L(lang, 'Datalogging : %s h/jour' % str(hrs).replace('.', ','), 'Datalogging: %s h/day' % hrs),
             L(lang, 'Reconnaissance de phrases en silence : %d %%' % score, 'Sentence recognition in quiet: %d%%' % score),
             L(lang, 'Niveaux C augmentés de 5 UC sur les électrodes apicales.', 'C levels raised 5 CU on apical electrodes.'),
             L(lang, 'Dx : ', 'Dx: ') + ctx.pick([L(lang, 'surdité neurosensorielle profonde bilatérale', 'bilateral profound SNHL'),
                                                  L(lang, 'surdité unilatérale profonde (SSD)', 'single-sided deafness'),
                                                  L(lang, 'neuropathie auditive', 'auditory neuropathy spectrum disorder')])]
    if child:
        lines.append(L(lang, 'Port irrégulier à la garderie selon la mère.', 'Inconsistent wear at daycare per mother.'))
    spec.subject = ctx.pick([L(lang, 'Programmation IC – ', 'CI mapping - ') + who,
                             L(lang, 'Suivi implant – ', 'Implant follow-up - ') + who,
                             L(lang, 'Mapping de ce matin', "This morning's mapping")])
    body = [greet(rng, lang, sur['given']), '',
            L(lang, 'Petit résumé de la séance de %s :' % who, 'Quick summary of the session with %s:' % who),
            idl, ''] + lines
    atts = []
    if ctx.chance(0.45):
        rows = [['E', L(lang, 'Impédance (kΩ)', 'Impedance (kOhm)'), 'T (CU)', 'C (CU)']]
        for i in range(n_el):
            t = rng.randint(100, 160)
            rows.append(['E%d' % (i + 1), imps[i], '' if imps[i] == 'OC' else t, '' if imps[i] == 'OC' else t + rng.randint(40, 70)])
        x = make_xlsx([(L(lang, 'Impédances', 'Impedances'), rows)], author=aud['name'])
        atts.append(Att('%s_%s_%s.xlsx' % (L(lang, 'impedances', 'impedances'), ctx.fname(p), d_iso(ctx.today)),
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x, 'xlsx'))
        if p.surname not in spec.names:
            spec.names.append(p.surname)
            T.add('patient_name')
        body += ['', L(lang, 'Impédances détaillées en pièce jointe.', 'Detailed impedances attached.')]
    body += ['', thanks(rng, lang), ctx.sig(aud, lang, unit=ORG[lang]['ci'])]
    spec.text = '\n'.join(body)
    spec.atts = atts
    spec.types = sorted(T)
    spec.note = L(lang, 'compte rendu de programmation d\'implant', 'implant mapping session summary')
    return spec


def t_ci_candidacy(ctx, lang):
    rng = ctx.rng
    T = set(['lab_result', 'diagnosis', 'patient_name'])
    coord = ctx.staff(lang, 'ci_audio', 'ci_aud_' + lang)
    team = [ctx.staff(lang, 'otol', 'ci_surgeon_' + lang), ctx.staff(lang, 'speech'), ctx.staff(lang, 'sw', 'sw_' + lang)]
    spec = Spec('ci_candidacy', lang, coord, team, '', '')
    meet = ctx.later(3, 14)
    n = rng.randint(4, 7)
    etio = [('méningite (1998)', 'meningitis (1998)'), ('otospongiose évoluée', 'far-advanced otosclerosis'),
            ('progressive idiopathique', 'progressive idiopathic'), ('CMV congénital', 'congenital CMV'),
            ('GJB2 biallélique', 'biallelic GJB2'), ('Ménière bilatéral', "bilateral Ménière's"),
            ('ototoxicité (cisplatine)', 'ototoxicity (cisplatin)'), ('SNB non récupérée', 'unrecovered SSNHL')]
    use_nam = ctx.chance(0.5)
    head = [L(lang, 'Nom', 'Name'), L(lang, 'DDN', 'DOB')] + ([L(lang, 'Sexe', 'Sex'), 'NAM'] if use_nam else []) + \
        [L(lang, 'Dossier', 'MRN'), L(lang, 'Étiologie', 'Etiology'), 'AzBio (%)', L(lang, 'Recommandation', 'Recommendation')]
    rows = [head]
    T.add('date_of_birth')
    T.add('mrn')
    for i in range(n):
        child = rng.random() < 0.25
        p = ctx.patient(lang, 1, 6, nam=use_nam) if child else ctx.patient(lang, 30, 86, nam=use_nam)
        dob = ctx.dob(p, lang)
        r = [ctx.name(p, lang, ctx.pick(['surfirst', 'upper', 'full'])), dob]
        if use_nam:
            if p.nam:
                r += [p.sex, p.nam]
                spec.add_nam(p, dob, p.sex)
                T.add('ramq_nam')
            else:
                r += [p.sex, '']
        r += [p.mrn, ctx.pick(etio)[0 if lang == 'fr' else 1], 'n/a' if child else str(rng.randint(4, 48)),
              ctx.pick([L(lang, 'IC unilatéral', 'unilateral CI'), L(lang, 'IC bilatéral séquentiel', 'sequential bilateral CI'),
                        L(lang, 'essai ACA optimisé', 'optimized hearing-aid trial'), L(lang, 'IRM à compléter', 'MRI pending')])]
        rows.append(r)
        spec.names.append(p.surname)
        spec.ids.append(('mrn', p.mrn_digits))
    fmt = ctx.pick(['xlsx', 'docx', 'html', 'csv'])
    spec.subject = L(lang, 'Comité de candidature IC – liste du %s' % d_long(meet, 'fr'),
                     'CI candidacy committee - list for %s' % d_long(meet, 'en'))
    intro = [greet(rng, lang), '',
             L(lang, 'Voici la liste des dossiers qui seront présentés au comité de candidature du %s (salle 2-114).' % d_day(meet, 'fr'),
               'Here is the list of files for the candidacy committee on %s (room 2-114).' % d_day(meet, 'en')),
             L(lang, 'Merci de compléter vos évaluations avant la rencontre.', 'Please complete your assessments before the meeting.')]
    if fmt == 'html':
        spec.text = '\n'.join(intro + [''] + [' | '.join(str(c) for c in r) for r in rows] + ['', ctx.sig(coord, lang, short=True)])
        spec.html = '<p>%s</p><p>%s</p>%s<p>%s</p>' % (intro[0], ' '.join(intro[2:]), html_table(rows),
                                                      ctx.sig(coord, lang, short=True).replace('\n', '<br>'))
        spec.prefer = {'body': ctx.pick(['html', 'alt'])}
    else:
        spec.text = '\n'.join(intro + ['', L(lang, 'Liste en pièce jointe (confidentiel).', 'List attached (confidential).'),
                                        '', ctx.sig(coord, lang, unit=ORG[lang]['ci'])])
        fn = L(lang, 'comite_candidature_IC_', 'CI_candidacy_committee_') + d_iso(meet)
        if fmt == 'xlsx':
            spec.atts = [Att(fn + '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                             make_xlsx([(L(lang, 'Candidats', 'Candidates'), rows)], author=coord['name']), 'xlsx')]
        elif fmt == 'docx':
            spec.atts = [Att(fn + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                             make_docx(L(lang, 'Comité de candidature – implant cochléaire', 'Cochlear implant candidacy committee'),
                                       [d_long(meet, lang)], rows, author=coord['name']), 'docx')]
        else:
            enc = ctx.pick(['utf-8', 'windows-1252'])
            a = Att(fn + '.csv', 'text/csv', make_csv(rows, delimiter=';' if lang == 'fr' else ',', encoding=enc), 'csv')
            a.charset = enc
            spec.atts = [a]
    spec.types = sorted(T)
    spec.note = L(lang, 'liste de candidats au comité d\'implant', 'implant candidacy committee list')
    return spec
