"""Positive templates, part B: Belgium (NISS), France (NIR), Ontario, exports and keys."""
import datetime

import gen_files as F
from gen_common import (AE_TERMS, LABS, MEDS, SITES, SOCIAL_BE, age_at, closing, dear, dfr, den, dlang, name_style,
                        nam_fmt, niss_fmt, nir_fmt, ohip_fmt, signature, title_of)
from gen_tpl import earlier, fname_safe, fw_, generic, quoted, re_, spec, types, who


def _L(lang, pair):
    return pair[0] if lang == 'fr' else pair[1]


BE_DX = [
    ('BPCO GOLD 3 avec deux exacerbations sur les 12 derniers mois', 'GOLD 3 COPD with two exacerbations in the past 12 months', 'BREATHE-COPD',
     'tiotropium/olodatérol 2,5/2,5 µg 2 inh/j', 'tiotropium/olodaterol 2.5/2.5 mcg 2 puffs daily'),
    ('stéatohépatite (MASH) F3 à la biopsie, FibroScan 12,4 kPa', 'biopsy-proven MASH F3, FibroScan 12.4 kPa', 'HEPA-CLEAR',
     'metformine 850 mg 2×/j, rosuvastatine 10 mg', 'metformin 850 mg BID, rosuvastatin 10 mg'),
    ('syndrome néphrotique corticodépendant (3 rechutes en 1 an)', 'steroid-dependent nephrotic syndrome (3 relapses in 1 year)', 'NEPHRO-KID',
     'prednisolone 1 mg/kg/j en décroissance', 'prednisolone 1 mg/kg/day tapering'),
]


# ---------------------------------------------------------------------------
# P10 Belgian referral with NISS
# ---------------------------------------------------------------------------
def p_be_referral(g, lang):
    d = g.msg_date()
    dx = g.pick(BE_DX[:2])
    site = 'bxl'
    p = g.person('be', age=g.randint(45, 78))
    niss = g.niss(p['dob'], p['sex'])
    gp = g.staff_named('Verstraete')
    to = g.staff('bxl', exclude=('Vanderlinden', 'Dumont'))
    pi = g.staff_named('Dumont' if dx[2] == 'BREATHE-COPD' else 'Vanderlinden')
    gsm = g.phone('be')
    nm = name_style(g, p, g.pick(['title', 'SURNAME Given', 'full']), lang)
    if lang == 'fr':
        body = [g.pick(['Chère Consœur, cher Confrère,', 'Bonjour,', 'Cher Professeur,' if pi['title'] == 'Pr' else 'Chère Collègue,']),
                "Je vous adresse %s, né%s le %s (NISS %s), pour une éventuelle inclusion dans l'étude %s."
                % (nm, 'e' if p['sex'] == 'F' else '', dfr(p['dob'], 2), niss_fmt(g, niss), dx[2]),
                "Antécédents : %s. Traitement actuel : %s. %s" % (dx[0], dx[3], g.pick(["Ex-fumeur (40 UPA).", "Pas d'allergie connue.", "HTA traitée."])),
                g.pick(["Le patient est joignable sur son GSM au %s." % gsm, "GSM : %s (de préférence après 17 h)." % gsm]),
                "Je reste à votre disposition.", 'Bien confraternellement,' if g.chance(0.5) else 'Bien à vous,',
                ('sig', signature(g, gp, lang))]
        subj = g.pick(['Patient pour étude %s' % dx[2], 'Adressage - %s' % dx[2], 'Demande d\'inclusion %s' % dx[2]])
    else:
        body = ['Dear colleague,',
                "I am referring %s, born %s (Belgian national number %s), for possible enrolment in %s."
                % (nm, den(p['dob'], 0), niss_fmt(g, niss), dx[2]),
                "History: %s. Current treatment: %s." % (dx[1], dx[4]), "Mobile: %s." % gsm, 'Kind regards,',
                ('sig', signature(g, gp, lang))]
        subj = 'Referral for %s' % dx[2]
    return spec('reference_niss', lang, types('be_niss', 'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'),
                'Belgian GP referral with NISS, birth date, diagnosis, treatment and mobile', who(g, gp, lang),
                [who(g, to, lang)], subj, body, date=d, region='be', cc=[who(g, pi, lang)] if g.chance(0.5) else [])


# ---------------------------------------------------------------------------
# P11 Belgian social situation with NISS
# ---------------------------------------------------------------------------
def p_be_social(g, lang):
    d = g.msg_date()
    site = g.pick(['lie', 'bxl'])
    st = g.study('bxl')
    p = g.person('be', age=g.randint(25, 70))
    niss = g.niss(p['dob'], p['sex'])
    a = g.staff(site, exclude=('Dumont', 'Vanderlinden', 'Delcourt'))
    soc = g.pick(SOCIAL_BE)
    addr = g.address('be')
    nm = name_style(g, p, g.pick(['title', 'full', 'SURNAME Given']), lang)
    body = [g.pick(['Bonjour Madame,', 'Bonjour,', 'Madame, Monsieur,']),
            "Nous prenons en charge dans le cadre de l'étude %s (%s) %s, NISS %s, domicilié%s %s."
            % (st['code'], st['dx_fr'], nm, niss_fmt(g, niss), 'e' if p['sex'] == 'F' else '', addr.replace('\n', ', ')),
            "L'intéressé%s %s. Pourriez-vous nous confirmer la prise en charge des frais de déplacement pour les visites V3 à V8 ?"
            % ('e' if p['sex'] == 'F' else '', soc),
            closing(g, 'fr', True), ('sig', signature(g, a, 'fr'))]
    subj = g.pick(['Frais de déplacement participant - %s' % st['code'], 'Demande CPAS - remboursement transport',
                   'Situation sociale participant %s' % st['code']])
    to = [('Service social', 'service.social@%s' % SITES[site]['domain'])] if g.chance(0.5) else [('CPAS - cellule santé', 'sante@cpas-commune.example')]
    return spec('situation_sociale_niss', 'fr', types('be_niss', 'patient_name', 'patient_contact', 'social_information', 'diagnosis'),
                'participant NISS with home address and social situation (CPAS, protection)', who(g, a, 'fr'), to, subj, body,
                date=d, region='be')


# ---------------------------------------------------------------------------
# P12 French cross-border participant with NIR
# ---------------------------------------------------------------------------
def p_fr_nir(g, lang):
    d = g.msg_date()
    site = g.pick(['bxl', 'lie'])
    st = g.study('bxl')
    p = g.person('fr', age=g.randint(35, 72))
    nir = g.nir(p['dob'], p['sex'])
    a = g.staff(site, exclude=('Dumont', 'Vanderlinden', 'Delcourt'))
    addr = g.address('fr')
    nm = name_style(g, p, g.pick(['title', 'full', 'SURNAME Given', 'surfirst']), lang)
    ty = {'fr_nir', 'patient_name', 'diagnosis'}
    if lang == 'fr':
        body = [g.pick(['Bonjour,', 'Madame, Monsieur,']),
                "%s, résidant en France (%s), participe à l'étude %s pour une %s. Afin d'établir le formulaire S2 auprès de sa CPAM, "
                "voici son numéro de sécurité sociale : %s." % (nm, addr.replace('\n', ', '), st['code'], st['dx_fr'], nir_fmt(g, nir)),
                g.pick(["La prochaine visite (V4, avec prélèvements) est prévue le %s." % dfr(g.future(d), 0),
                        "Merci de nous renvoyer l'accord de prise en charge avant la visite du %s." % dfr(g.future(d), 0)]),
                closing(g, lang, True), ('sig', signature(g, a, lang))]
        subj = g.pick(['Formulaire S2 - participant frontalier', 'Prise en charge CPAM - %s' % st['code'], 'NIR participant'])
        ty.add('patient_contact')
    else:
        body = ['Hello,', "%s (French resident, social security number %s) is enrolled in %s for %s. Could the travel insurance "
                "certificate be issued before the next visit on %s?" % (nm, nir_fmt(g, nir), st['code'], st['dx_en'], den(g.future(d), 0)),
                closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'Cross-border participant - %s' % st['code']
    to = [('CPAM - relations internationales', 'ri@cpam-hainaut-fr.example')] if lang == 'fr' and g.chance(0.5) else [who(g, g.staff_named('Goldberg'), lang)]
    return spec('frontalier_nir', lang, types(ty), 'French cross-border participant with NIR and diagnosis',
                who(g, a, lang), to, subj, body, date=d, region='be')


# ---------------------------------------------------------------------------
# P13 Ontario referral with health number
# ---------------------------------------------------------------------------
def p_ohip(g, lang):
    d = g.msg_date()
    p = g.person('on', age=g.randint(30, 75))
    hn = g.ohip()
    doc = g.staff_named('Henley')
    coord = g.staff_named('Fontaine')
    pi = g.staff_named('Okoye')
    med = g.pick(['methotrexate 20 mg weekly and folic acid', 'adalimumab 40 mg q2w (secondary failure)', 'hydroxychloroquine 200 mg BID'])
    lab = g.pick(['CRP 38 mg/L, anti-CCP strongly positive', 'ESR 52 mm/h, RF positive', 'CRP 21 mg/L'])
    nm = name_style(g, p, g.pick(['title', 'full', 'surfirst']), 'en')
    if lang == 'en':
        body = [dear(g, pi, lang),
                "I'm referring %s (DOB %s, OHIP %s) to your LUMEN-RA study. Seropositive rheumatoid arthritis since %d, "
                "active despite %s. Latest labs: %s." % (nm, den(p['dob'], g.pick([0, 1, 3])), ohip_fmt(g, hn), d.year - g.randint(3, 12), med, lab),
                g.pick(["Lives in Ottawa but works in Gatineau, so visits at your site are easier.",
                        "Patient is aware that Quebec sites need the Ontario number for billing."]),
                closing(g, lang), ('sig', signature(g, doc, lang))]
        subj = g.pick(['Referral - LUMEN-RA', 'RA patient for your trial', 'New referral (Ontario patient)'])
    else:
        body = [dear(g, pi, lang),
                "Je vous réfère %s (né%s le %s, carte Santé Ontario %s) pour l'étude LUMEN-RA. Polyarthrite rhumatoïde séropositive, "
                "active malgré %s. Derniers résultats : %s." % (nm, 'e' if p['sex'] == 'F' else '', dfr(p['dob'], 0), ohip_fmt(g, hn),
                                                                 med, lab),
                closing(g, lang), ('sig', signature(g, doc, lang))]
        subj = 'Référence - LUMEN-RA (patient ontarien)'
    return spec('reference_ontario', lang, types('ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'),
                'Ontario referral with health number, DOB, diagnosis and labs', who(g, doc, lang), [who(g, pi, lang)], subj, body,
                date=d, region='qc', cc=[who(g, coord, lang)])


# ---------------------------------------------------------------------------
# P14 lab export that still carries names / MRN / NAM
# ---------------------------------------------------------------------------
def p_export_csv(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'mtl', 'lie'])
    be = SITES[site]['country'] == 'be'
    st = g.study('bxl' if be else 'mtl')
    dm = g.staff_named('Rochon' if not be else 'Vermeulen')
    cra = g.staff_named(g.pick(['Marchetti', 'Ostrowski', 'Goldberg']))
    hdr = ['subject_id', 'nom', 'prenom', 'no_dossier', 'visite', 'date_prelev', 'K_mmol_L', 'creat_umol_L', 'ALT_U_L', 'HbA1c_pct']
    ty = {'patient_name', 'mrn', 'lab_result'}
    rows = []
    use_nam = not be and g.chance(0.4)
    if use_nam:
        hdr.insert(4, 'nam')
        ty.add('ramq_nam')
    for i in range(g.randint(6, 14)):
        p = g.nam_person() if use_nam and i % 3 == 0 else g.person('be' if be else 'qc')
        r = [g.subject_code(), p['surname'].upper(), p['given'], g.mrn(site)]
        if use_nam:
            r.append(p['nam'] if p['nam_holder'] else '')
        r += [g.pick(['V2', 'V3', 'V4', 'V6']), dfr(g.past(d, 1, 40), 1), '%.1f' % (g.randint(34, 62) / 10),
              str(g.randint(55, 190)), str(g.randint(12, 240)), '%.1f' % (g.randint(58, 102) / 10)]
        rows.append(r)
    csvb = F.make_csv([hdr] + rows, delim=g.pick([',', ';']), encoding=g.pick(['utf-8', 'windows-1252']), crlf=g.chance(0.5))
    fn = 'export_labo_%s_%s.csv' % (st['code'].lower(), d.strftime('%Y%m%d'))
    if g.chance(0.4):
        att = {'filename': fn.replace('.csv', '.zip'), 'ctype': 'application/zip', 'data': F.make_zip([(fn, csvb)])}
        note = 'zipped lab export with names, MRN and results'
    else:
        att = {'filename': fn, 'ctype': 'text/csv', 'data': csvb}
        note = 'lab export CSV with names, MRN and results'
    if lang == 'fr':
        body = [dear(g, cra, lang), g.pick(["Voici l'extraction des résultats de laboratoire local demandée pour la réconciliation.",
                                            "Ci-joint l'export des labos locaux (toutes visites) pour la revue des valeurs hors normes."]),
                closing(g, lang, be), ('sig', signature(g, dm, lang))]
        subj = g.pick(['Export labos locaux %s' % st['code'], 'Réconciliation laboratoires', 'Extraction demandée'])
    else:
        body = [dear(g, cra, lang), g.pick(['Attached is the local lab extract for reconciliation.',
                                            'Here is the full local lab export for the out-of-range review.']),
                closing(g, lang), ('sig', signature(g, dm, lang))]
        subj = g.pick(['Local lab export %s' % st['code'], 'Lab reconciliation file', 'Requested extract'])
    return spec('export_donnees', lang, types(ty), note, who(g, dm, lang), [who(g, cra, lang)], subj, body, date=d,
                attachments=[att], region='be' if be else 'qc')


# ---------------------------------------------------------------------------
# P15 re-identification key in a ZIP
# ---------------------------------------------------------------------------
def p_reid_key(g, lang):
    d = g.msg_date()
    st = g.study('mtl')
    a = g.staff_named(g.pick(['Bissonnette', 'Rochon', 'Leduc']))
    b = g.staff(g.pick(['mtl', 'cro']), exclude=(a['surname'], 'Quenneville', 'Beausoleil', 'St-Pierre', 'Girouard'))
    hdr = ['Code', 'Nom', 'Prénom', 'NAM', 'DDN', 'Téléphone'] if lang == 'fr' else ['Code', 'Last name', 'First name', 'RAMQ', 'DOB', 'Phone']
    rows = []
    for _ in range(g.randint(5, 12)):
        p = g.nam_person('senior' if st['code'] == 'MEMORIA-AD' else 'adult')
        rows.append([g.subject_code(101), p['surname'], p['given'], p['nam'], dfr(p['dob'], 1), g.phone('qc')])
    kind = g.pick(['xlsx', 'csv'])
    if kind == 'xlsx':
        inner = ('cle_correspondance_%s.xlsx' % st['code'], F.make_xlsx([('Clé', [hdr] + rows)]))
    else:
        inner = ('cle_correspondance_%s.csv' % st['code'], F.make_csv([hdr] + rows, encoding='utf-8'))
    z = F.make_zip([inner, ('LISEZMOI.txt' if lang == 'fr' else 'README.txt',
                            ('Document confidentiel - ne pas transmettre au promoteur.\n' if lang == 'fr'
                             else 'Confidential - do not share with sponsor.\n').encode('utf-8'))])
    if lang == 'fr':
        body = [dear(g, b, lang), g.pick(["Comme convenu, la clé de correspondance codes/participants (le mot de passe suit par Teams).",
                                          "Voici la table de correspondance à jour pour l'archivage."]), closing(g, lang), ('sig', signature(g, a, lang))]
        subj = g.pick(['Table de correspondance', 'Clé %s' % st['code'], 'Fichier demandé'])
    else:
        body = [dear(g, b, lang), 'As agreed, the subject code key (password to follow by Teams).', closing(g, lang), ('sig', signature(g, a, lang))]
        subj = g.pick(['Code key', 'Subject key %s' % st['code']])
    return spec('cle_correspondance', lang, types('patient_name', 'ramq_nam', 'date_of_birth', 'patient_contact'),
                'ZIP holding re-identification key (names, NAM, DOB, phone)', who(g, a, lang), [who(g, b, lang)], subj, body, date=d,
                attachments=[{'filename': 'cle_%s.zip' % st['code'].lower(), 'ctype': g.pick(['application/zip', 'application/x-zip-compressed']), 'data': z}],
                region='qc')


# ---------------------------------------------------------------------------
# P31 paediatric participant and youth protection (NAM child or Belgian NISS)
# ---------------------------------------------------------------------------
def p_paediatric_social(g, lang):
    d = g.msg_date()
    if g.chance(0.5):
        p = g.nam_person('kid')
        ident = ('NAM %s' % nam_fmt(g, p['nam'])) if lang == 'fr' else ('RAMQ %s' % nam_fmt(g, p['nam']))
        idt = 'ramq_nam'
        agency_fr, agency_en = 'la DPJ', 'youth protection (DPJ)'
        a = g.staff_named(g.pick(['Bissonnette', 'Dagenais']))
        to = g.staff_named('Corriveau')
        region = 'qc'
    else:
        p = g.person('be', kid=True)
        niss = g.niss(p['dob'], p['sex'])
        ident = 'NISS %s' % niss_fmt(g, niss)
        idt = 'be_niss'
        agency_fr, agency_en = 'le SAJ (Service d\'aide à la jeunesse)', 'the youth aid service (SAJ)'
        a = g.staff_named(g.pick(['Hallet', 'Vermeulen']))
        to = g.staff_named('Delcourt')
        region = 'be'
    nm = '%s %s' % (p['given'], p['surname'])
    if lang == 'fr':
        body = [dear(g, to, lang),
                "Pour %s (%s, %d ans), inclus%s dans NEPHRO-KID pour un syndrome néphrotique corticodépendant : l'enfant a été placé%s "
                "en famille d'accueil par %s la semaine dernière. La mère n'a plus l'autorité pour signer le formulaire d'assentiment/consentement."
                % (nm, ident, age_at(p['dob'], d.date()), 'e' if p['sex'] == 'F' else '', 'e' if p['sex'] == 'F' else '', agency_fr),
                g.pick(["Comment procède-t-on pour la visite V5 du %s ?" % dfr(g.future(d), 0),
                        "Faut-il suspendre la prochaine perfusion de KD-55 en attendant ?"]),
                closing(g, lang, region == 'be'), ('sig', signature(g, a, lang))]
        subj = g.pick(['Consentement - changement de tuteur', 'Participant NEPHRO-KID - situation familiale', 'Question éthique urgente'])
    else:
        body = [dear(g, to, lang),
                "%s (%s, age %d), enrolled in NEPHRO-KID for steroid-dependent nephrotic syndrome, was placed in foster care by %s last week. "
                "The mother can no longer sign the consent form." % (nm, ident, age_at(p['dob'], d.date()), agency_en),
                "How should we handle the V5 visit?", closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'NEPHRO-KID participant - guardianship change'
    return spec('pediatrie_protection', lang, types(idt, 'patient_name', 'diagnosis', 'social_information'),
                'paediatric participant placed by youth protection, with identifier', who(g, a, lang), [who(g, to, lang)], subj, body,
                date=d, region=region)


POS_B = [
    (p_be_referral, 4, 1),
    (p_be_social, 2, 0),
    (p_fr_nir, 3, 1),
    (p_ohip, 1, 3),
    (p_export_csv, 1, 2),
    (p_reid_key, 2, 1),
    (p_paediatric_social, 2, 0),
]
